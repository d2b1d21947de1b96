//! A teacher's own exercise in the browser: written in the form (kept in the tab across a reload
//! until saved), refused while something is wrong (HTML in the task, a starting code that
//! already passes), tried in the worker, saved,
//! assigned, and solved by two students in Latvian and English, whose runs reach the grid; an
//! English teacher on a phone writes one checked by its output; and a student of another class
//! cannot open it.

use darbnica_e2e::classroom::{EDITOR, join, run_and_wait, teacher_with_an_empty_class};
use darbnica_e2e::{BrowserOptions, TestBrowser, TestServer};

/// Fills the fields common to the tests' exercises.
async fn write_task(
    teacher: &TestBrowser,
    titles: (&str, &str),
    texts: (&str, &str),
    starter: &str,
    solution: &str,
) -> anyhow::Result<()> {
    teacher.text("#own-exercise-form").await?;
    teacher.replace_text("#own-title-lv", titles.0).await?;
    teacher.replace_text("#own-title-en", titles.1).await?;
    teacher.replace_text("#own-text-lv", texts.0).await?;
    teacher.replace_text("#own-text-en", texts.1).await?;
    teacher
        .replace_text("#own-starter .cm-content", starter)
        .await?;
    teacher
        .replace_text("#own-solution .cm-content", solution)
        .await?;
    Ok(())
}

/// Presses Check and waits until the trial has ended (or found problems).
async fn try_it(teacher: &TestBrowser) -> anyhow::Result<()> {
    teacher.click("#own-check").await?;
    teacher
        .wait_until(
            "!!document.querySelector('#own-trial-done, #own-problems') \
             && !document.querySelector('#own-check').disabled",
        )
        .await
}

async fn save_disabled(teacher: &TestBrowser) -> anyhow::Result<bool> {
    Ok(teacher
        .eval("document.querySelector('#own-save').disabled")
        .await?
        == true)
}

#[tokio::test]
async fn a_teacher_writes_tries_and_assigns_an_exercise_and_two_students_solve_it()
-> anyhow::Result<()> {
    let server = TestServer::start()?;
    let teacher = TestBrowser::launch(BrowserOptions::desktop("lv")).await?;
    let code = teacher_with_an_empty_class(&teacher, &server, "ieva@skola.lv", "7.b").await?;
    let class_page = teacher.eval_string("location.pathname").await?;

    // From the classes page to her exercises: none yet.
    teacher.goto(&server.url("/classes")).await?;
    teacher.click("#own-exercises-link").await?;
    teacher.text("#own-empty").await?;
    teacher.click("#own-new").await?;
    write_task(
        &teacher,
        ("Divkāršot", "Double it"),
        (
            "Uzraksti funkciju `divreiz(n)`, kas atdod <b>divreiz</b> lielāku skaitli.",
            "Write a function `divreiz(n)` that returns twice the number.",
        ),
        "def divreiz(n):\n    return n + n\n",
        "def divreiz(n):\n    return 2 * n\n",
    )
    .await?;
    teacher.click("#own-function-on").await?;
    teacher
        .replace_text("#own-function-name", "divreiz")
        .await?;
    teacher.click("#own-call-add").await?;
    teacher.replace_text("#own-call-args-0", "3").await?;
    teacher.replace_text("#own-call-expected-0", "6").await?;
    teacher.click("#random-calls-on").await?;

    // HTML in the task: the server's Markdown rules refuse it, said in Latvian; Save stays shut.
    try_it(&teacher).await?;
    let problems = teacher.text("#own-problems").await?;
    assert!(
        problems.contains("Uzdevums (latviski)") && problems.contains("HTML"),
        "{problems}"
    );
    assert!(save_disabled(&teacher).await?);

    // Without it, the trial runs: the starting code already passes, so still no saving.
    teacher
        .replace_text(
            "#own-text-lv",
            "Uzraksti funkciju `divreiz(n)`, kas atdod **divreiz** lielāku skaitli.",
        )
        .await?;
    try_it(&teacher).await?;
    assert_eq!(
        teacher
            .eval("document.querySelector('#own-trial-starter [data-passed]').dataset.passed")
            .await?,
        "true"
    );
    assert!(
        teacher
            .text("#own-trial-starter")
            .await?
            .contains("skolēnam nebūtu ko darīt")
    );
    assert!(save_disabled(&teacher).await?);

    // A starting code with something to do: all good, the student's view shows, Save opens.
    teacher
        .replace_text(
            "#own-starter .cm-content",
            "def divreiz(n):\n    return n\n",
        )
        .await?;
    try_it(&teacher).await?;
    teacher
        .wait_for_text("#own-trial-done", "Viss kārtībā")
        .await?;
    teacher
        .text("#own-trial-solution .check-result--passed")
        .await?;
    assert!(
        teacher
            .text("#own-preview")
            .await?
            .contains("Uzraksti funkciju divreiz(n)")
    );
    assert!(!save_disabled(&teacher).await?);
    teacher.screenshot("own-exercise-lv-tried").await?;
    // A change after the trial shuts Save until the next one.
    teacher.replace_text("#own-call-expected-0", "7").await?;
    assert!(save_disabled(&teacher).await?);
    teacher.replace_text("#own-call-expected-0", "6").await?;
    try_it(&teacher).await?;
    teacher
        .wait_for_text("#own-trial-done", "Viss kārtībā")
        .await?;
    teacher.click("#own-save").await?;
    let listed = teacher.text("#own-list").await?;
    assert!(listed.contains("Divkāršot"), "{listed}");
    let item = teacher
        .eval_string("document.querySelector('#own-list li').dataset.item")
        .await?;
    assert!(item.starts_with("own/"), "{item}");
    teacher.screenshot("own-exercises-lv-list").await?;

    // Changed: opened from the list as she wrote it, the English title made clearer, tried
    // and saved again.
    teacher.click("#own-list .own-list__title").await?;
    teacher.wait_for_text("main h1", "Uzdevuma maiņa").await?;
    assert_eq!(
        teacher
            .eval_string("document.querySelector('#own-call-args-0').value")
            .await?,
        "3"
    );
    teacher
        .replace_text("#own-title-en", "Double the number")
        .await?;
    assert!(save_disabled(&teacher).await?);
    try_it(&teacher).await?;
    teacher
        .wait_for_text("#own-trial-done", "Viss kārtībā")
        .await?;
    teacher.click("#own-save").await?;
    teacher.text("#own-list").await?;
    assert_eq!(
        teacher
            .eval("document.querySelectorAll('#own-list li').length")
            .await?,
        1
    );

    // Assigned from the class page, with her other exercises.
    teacher.goto(&server.url(&class_page)).await?;
    teacher.click("#assign-own summary").await?;
    teacher
        .click(&format!("#assign-form input[data-item='{item}']"))
        .await?;
    teacher.click("#assign-submit").await?;
    teacher
        .wait_for_text("#assignment-list", "Divkāršot")
        .await?;

    // Two students, in Latvian and in English, find it in their work and solve it.
    for (language, name, title, task) in [
        ("lv", "Anna", "Divkāršot", "Uzraksti funkciju"),
        ("en", "Sam", "Double the number", "Write a function"),
    ] {
        let student = TestBrowser::launch(BrowserOptions::desktop(language)).await?;
        join(&student, &server, &code, name).await?;
        student
            .click(&format!("#my-assignments a[href='/courses/{item}']"))
            .await?;
        student.wait_for_text("main h1", title).await?;
        assert!(
            student.text(".task-text").await?.contains(task),
            "{language}"
        );
        student.editor_made().await?;
        assert_eq!(
            student.text(EDITOR).await?.trim_end(),
            "def divreiz(n):\n    return n"
        );
        // A wrong answer is told what was expected; the right one passes.
        run_and_wait(
            &student,
            "def divreiz(n):\n    return n + 1\n",
            ".check-result--failed",
        )
        .await?;
        run_and_wait(
            &student,
            "def divreiz(n):\n    return n * 2\n",
            ".check-result--passed",
        )
        .await?;
        student
            .screenshot(&format!("own-exercise-{language}-solved"))
            .await?;
        darbnica_e2e::classroom::wait_for_sync(&student, "saved").await?;
        student.finish(&[]).await?;
    }

    // The grid shows both solved.
    teacher.reload().await?;
    teacher
        .wait_until(&format!(
            "document.querySelectorAll(\"#class-grid td[data-item='{item}'][data-state=solved]\").length === 2"
        ))
        .await?;
    teacher.finish(&[]).await
}

#[tokio::test]
async fn an_english_teacher_on_a_phone_checks_by_output_and_others_cannot_open_it()
-> anyhow::Result<()> {
    let server = TestServer::start()?;
    let teacher = TestBrowser::launch(BrowserOptions::phone("en")).await?;
    teacher_with_an_empty_class(&teacher, &server, "sam@school.uk", "Year 8").await?;
    teacher.goto(&server.url("/my-exercises/new")).await?;
    write_task(
        &teacher,
        ("", "Add two numbers"),
        ("", "Read two whole numbers and print their sum."),
        "a = int(input())\nb = int(input())\n",
        "a = int(input())\nb = int(input())\nprint(a + b)\n",
    )
    .await?;
    teacher.click("#own-output-add").await?;
    teacher.replace_text("#own-output-input-0", "2\n3").await?;
    teacher.replace_text("#own-output-expected-0", "5").await?;
    teacher.click("#random-inputs-on").await?;
    teacher.replace_text("#random-inputs-low-0", "-20").await?;
    teacher.replace_text("#random-inputs-high-0", "20").await?;
    teacher.click("#random-inputs-add").await?;
    try_it(&teacher).await?;
    teacher.wait_for_text("#own-trial-done", "All good").await?;
    let no_sideways_scroll = "document.documentElement.scrollWidth <= window.innerWidth";
    assert_eq!(teacher.eval(no_sideways_scroll).await?, true);
    teacher.screenshot("own-exercise-en-phone").await?;
    teacher.click("#own-save").await?;
    teacher.text("#own-list").await?;
    teacher.screenshot("own-exercises-en-phone-list").await?;
    let item = teacher
        .eval_string("document.querySelector('#own-list li').dataset.item")
        .await?;

    // It opens for its teacher as a student would see it …
    teacher
        .goto(&server.url(&format!("/courses/{item}")))
        .await?;
    teacher.wait_for_text("main h1", "Add two numbers").await?;
    teacher.finish(&[]).await?;

    // … and for nobody else: another teacher's student gets the not-found state.
    let other = TestBrowser::launch(BrowserOptions::desktop("en")).await?;
    let other_code = teacher_with_an_empty_class(&other, &server, "x@school.uk", "Other").await?;
    let outsider = TestBrowser::launch(BrowserOptions::desktop("en")).await?;
    join(&outsider, &server, &other_code, "Olga").await?;
    outsider
        .goto(&server.url(&format!("/courses/{item}")))
        .await?;
    let error = outsider.text(".error-state").await?;
    assert!(!error.contains("Add two numbers"), "{error}");
    outsider.finish(&["404"]).await?;
    other.finish(&[]).await
}

#[tokio::test]
async fn a_teacher_checks_with_her_own_check_py_and_a_broken_one_is_named() -> anyhow::Result<()> {
    let server = TestServer::start()?;
    let teacher = TestBrowser::launch(BrowserOptions::desktop("en")).await?;
    teacher_with_an_empty_class(&teacher, &server, "ilze@skola.lv", "9.a").await?;
    teacher.goto(&server.url("/my-exercises/new")).await?;
    write_task(
        &teacher,
        ("Cilpa", "A loop"),
        (
            "Izvadi skaitļus no 1 līdz 3 ar `for`.",
            "Print 1 to 3 with `for`.",
        ),
        "",
        "for i in range(1, 4):\n    print(i)\n",
    )
    .await?;
    // A reload by mistake loses nothing: what was typed comes back, and the page says it is
    // not saved yet.
    teacher.reload().await?;
    teacher.text("#own-restored").await?;
    assert_eq!(
        teacher
            .eval_string("document.querySelector('#own-title-en').value")
            .await?,
        "A loop"
    );
    teacher
        .wait_for_text("#own-solution .cm-content", "range(1, 4)")
        .await?;
    teacher.click("#own-checks-script").await?;
    // A check.py with a mistake in it: the checks are broken, which is the author's to fix.
    teacher
        .replace_text(
            "#own-check-py .cm-content",
            "from checks import *\noutput_is(\"1\\n2\\n3\")\nuses(\"for\")\nnot_a_check()\n",
        )
        .await?;
    try_it(&teacher).await?;
    teacher
        .text("#own-trial-solution .check-result--broken")
        .await?;
    assert!(save_disabled(&teacher).await?);
    // Mended: the solution passes, the empty starter does not.
    teacher
        .replace_text(
            "#own-check-py .cm-content",
            "from checks import *\noutput_is(\"1\\n2\\n3\")\nuses(\"for\")\n",
        )
        .await?;
    try_it(&teacher).await?;
    teacher.wait_for_text("#own-trial-done", "All good").await?;
    teacher.screenshot("own-exercise-en-check-py").await?;
    teacher.click("#own-save").await?;
    assert!(teacher.text("#own-list").await?.contains("A loop"));
    // Deleted with a second press, which says what it takes back first.
    teacher.click("#own-list .button--danger").await?;
    assert!(
        teacher
            .text("#own-list")
            .await?
            .contains("Press again to delete it for good")
    );
    teacher.click("#own-list .button--danger").await?;
    teacher.text("#own-empty").await?;
    // Saved, it is no longer kept aside: a new exercise starts empty.
    teacher.click("#own-new").await?;
    teacher.text("#own-exercise-form").await?;
    assert_eq!(
        teacher
            .eval("document.querySelector('#own-restored') === null && document.querySelector('#own-title-en').value === ''")
            .await?,
        true
    );
    teacher.finish(&[]).await
}
