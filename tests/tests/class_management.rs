//! A teacher's class page beyond the first lesson, on the real server and database: renaming a
//! class, archiving it and bringing it back (the /classes list and the join link follow); taking
//! assigned work back; due dates, with work solved after one shown as solved late; and a student
//! who signs out with work still unsent. Screenshots of the archived class page and of the
//! sign-out warning in Latvian and English.

use std::time::Duration;

use darbnica_e2e::classroom::{
    COURSE, FIRST, SECOND, assign, cell, cell_state, join, open_first, run_and_wait,
    teacher_with_a_class, teacher_with_an_empty_class, wait_for_cell, wait_for_sync,
};
use darbnica_e2e::{BrowserOptions, TestBrowser, TestServer};

/// The join page asks for an archived class's code and gets a 404, which the browser logs.
const NO_CLASS: &[&str] = &["status of 404"];

/// Requests the browser logs as errors while it is offline.
const OFFLINE: &[&str] = &["net::ERR_INTERNET_DISCONNECTED", "Failed to fetch"];

const FIRST_SOLUTION: &str = "print(\"Sveika, pasaule!\")";
const SECOND_SOLUTION_EN: &str = "print(\"Monday: programming\")\nprint(\"Tuesday: 3D modelling\")\nprint(\"Wednesday: game development\")";

/// A JavaScript function of milliseconds since 1970: the `[date, time]` that
/// `<input type=date>` and `<input type=time>` hold for it in the browser's time zone.
const LOCAL_INPUTS: &str = "(ms => {
    const at = new Date(ms);
    const two = number => String(number).padStart(2, '0');
    return [`${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`,
            `${two(at.getHours())}:${two(at.getMinutes())}`];
})";

/// A JavaScript function of milliseconds since 1970: how the app writes a due date in `locale`.
const DUE_TEXT: &str = "((ms, locale) => new Date(ms).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' }))";

/// Counts what this browser keeps of the user's progress: `[progress records, unsent attempts]`.
const LOCAL_PROGRESS: &str = "new Promise((resolve, reject) => {
    const request = indexedDB.open('darbnica');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
        const database = request.result;
        const transaction = database.transaction(['progress', 'outbox'], 'readonly');
        const progress = transaction.objectStore('progress').count();
        const outbox = transaction.objectStore('outbox').count();
        transaction.oncomplete = () => { database.close(); resolve([progress.result, outbox.result]); };
        transaction.onerror = () => reject(transaction.error);
    };
})";

/// Fills the assign form's due date and time as a date picker would (the inputs' value, then the
/// `input` and `change` events the page listens to).
async fn set_due(teacher: &TestBrowser, date: &str, time: &str) -> anyhow::Result<()> {
    let fill = format!(
        "(([date, time]) => {{
            for (const [selector, value] of [['#assign-due-date', date], ['#assign-due-time', time]]) {{
                const input = document.querySelector(selector);
                input.value = value;
                input.dispatchEvent(new Event('input', {{ bubbles: true }}));
                input.dispatchEvent(new Event('change', {{ bubbles: true }}));
            }}
            return document.querySelector('#assign-due-date').value === date
                && document.querySelector('#assign-due-time').value === time;
        }})({})",
        serde_json::json!([date, time])
    );
    assert_eq!(teacher.eval(&fill).await?, true, "{date} {time}");
    Ok(())
}

/// The `[date, time]` inputs for `ms`, in the browser's time zone.
async fn local_inputs(browser: &TestBrowser, ms: i64) -> anyhow::Result<(String, String)> {
    let inputs: Vec<String> =
        serde_json::from_value(browser.eval(&format!("{LOCAL_INPUTS}({ms})")).await?)?;
    let [date, time] = <[String; 2]>::try_from(inputs)
        .map_err(|inputs| anyhow::anyhow!("not a date and a time: {inputs:?}"))?;
    Ok((date, time))
}

fn my_assignment(item: &str) -> String {
    format!("#my-assignments li[data-item='{item}']")
}

async fn wait_for_my_assignment(
    student: &TestBrowser,
    item: &str,
    state: &str,
) -> anyhow::Result<()> {
    student
        .wait_until(&format!(
            "document.querySelector(\"{}\")?.dataset.state === '{state}'",
            my_assignment(item)
        ))
        .await
}

/// The class id from the class page's address.
async fn class_id(teacher: &TestBrowser) -> anyhow::Result<String> {
    let id = teacher.eval("location.pathname.split('/')[2]").await?;
    Ok(id.as_str().unwrap_or_default().to_owned())
}

/// How many elements match `selector`.
async fn count(browser: &TestBrowser, selector: &str) -> anyhow::Result<usize> {
    Ok(browser.texts(selector).await?.len())
}

#[tokio::test]
async fn a_class_is_renamed_archived_and_brought_back() -> anyhow::Result<()> {
    let server = TestServer::start()?;
    let teacher = TestBrowser::launch(BrowserOptions::desktop("lv")).await?;
    let code = teacher_with_an_empty_class(&teacher, &server, "ieva@skola.lv", "7.a").await?;

    // A class needs a name: an empty one is explained and nothing changes.
    teacher.click("#rename-button").await?;
    assert_eq!(
        teacher
            .eval("document.querySelector('#rename-name').value")
            .await?,
        "7.a"
    );
    teacher.replace_text("#rename-name", "   ").await?;
    teacher.click("#rename-form button[type=submit]").await?;
    teacher
        .wait_for_text("#class-header-error", "Ieraksti klases nosaukumu.")
        .await?;
    // Cancelling keeps the old name.
    teacher.click("#rename-form button[type=button]").await?;
    teacher.wait_for_text("#class-name", "7.a").await?;

    teacher.click("#rename-button").await?;
    teacher
        .replace_text("#rename-name", "  7.a informātika (pulciņš)  ")
        .await?;
    teacher.click("#rename-form button[type=submit]").await?;
    teacher
        .wait_until(
            "document.querySelector('#class-name')?.innerText === '7.a informātika (pulciņš)'",
        )
        .await?;
    assert_eq!(count(&teacher, "#rename-form").await?, 0);
    // Saved on the server: a reload and the list of classes show the new name.
    teacher.reload().await?;
    teacher
        .wait_for_text("#class-name", "7.a informātika (pulciņš)")
        .await?;
    teacher.click(".breadcrumbs a").await?;
    teacher
        .wait_for_text("#class-list", "7.a informātika (pulciņš)")
        .await?;
    assert_eq!(
        teacher.texts("#class-list .class-card__name").await?,
        ["7.a informātika (pulciņš)"]
    );

    // Archived: said so on the page, the button brings it back, and the list puts it apart.
    teacher.click("#class-list h2 a").await?;
    teacher.wait_for_text("#archive-button", "Arhivēt").await?;
    teacher.click("#archive-button").await?;
    teacher
        .wait_for_text("#archived-notice", "Klase ir arhīvā")
        .await?;
    assert_eq!(teacher.text("#archive-button").await?, "Atjaunot no arhīva");
    // No code to hand out while nobody can join.
    assert_eq!(count(&teacher, "#join-code").await?, 0);
    teacher
        .screenshot("class-management-archived-lv-desktop")
        .await?;
    teacher.click(".language-switch__option[lang=en]").await?;
    teacher
        .wait_for_text("#archived-notice", "This class is archived")
        .await?;
    assert_eq!(
        teacher.text("#archive-button").await?,
        "Bring back from the archive"
    );
    teacher
        .screenshot("class-management-archived-en-desktop")
        .await?;
    teacher.resize(&BrowserOptions::phone("en")).await?;
    teacher
        .screenshot("class-management-archived-en-phone")
        .await?;
    teacher.click(".language-switch__option[lang=lv]").await?;
    teacher
        .wait_for_text("#archived-notice", "Klase ir arhīvā")
        .await?;
    teacher
        .screenshot("class-management-archived-lv-phone")
        .await?;
    teacher.resize(&BrowserOptions::desktop("lv")).await?;

    teacher.reload().await?;
    teacher
        .wait_for_text("#archived-notice", "Klase ir arhīvā")
        .await?;
    teacher.click(".breadcrumbs a").await?;
    teacher
        .wait_for_text("#archived-class-list", "7.a informātika (pulciņš)")
        .await?;
    assert_eq!(count(&teacher, "#class-list li").await?, 0);
    // It is not "no classes yet".
    assert_eq!(
        teacher.text("#classes-empty").await?,
        "Visas tavas klases ir arhīvā — tās ir zemāk. Jaunu klasi vari izveidot augstāk."
    );
    assert_eq!(
        count(&teacher, "#archived-class-list li.class-card--archived").await?,
        1
    );
    assert!(
        teacher
            .text(".classes__archived h2")
            .await?
            .contains("Arhīvā")
    );
    teacher
        .screenshot("class-management-list-archived-lv-desktop")
        .await?;

    // An archived class takes no new students: its join link finds no class.
    teacher.goto(&server.url(&format!("/join/{code}"))).await?;
    teacher
        .wait_for_text("#join-code-error", "Klases ar šādu kodu nav")
        .await?;

    // Brought back: the notice goes, the list has it among the open classes, the link works.
    teacher.goto(&server.url("/classes")).await?;
    teacher.click("#archived-class-list h2 a").await?;
    teacher
        .wait_for_text("#archive-button", "Atjaunot no arhīva")
        .await?;
    teacher.click("#archive-button").await?;
    teacher.wait_for_text("#archive-button", "Arhivēt").await?;
    assert_eq!(count(&teacher, "#archived-notice").await?, 0);
    assert_eq!(teacher.text("#join-code").await?, code);
    teacher.reload().await?;
    teacher.wait_for_text("#archive-button", "Arhivēt").await?;
    assert_eq!(count(&teacher, "#archived-notice").await?, 0);
    assert_eq!(teacher.text("#join-code").await?, code);
    teacher.goto(&server.url("/classes")).await?;
    teacher
        .wait_for_text("#class-list", "7.a informātika (pulciņš)")
        .await?;
    assert_eq!(count(&teacher, "#archived-class-list").await?, 0);
    assert_eq!(count(&teacher, ".class-card--archived").await?, 0);
    assert_eq!(count(&teacher, "#classes-empty").await?, 0);
    teacher.goto(&server.url(&format!("/join/{code}"))).await?;
    teacher
        .wait_for_text("#join-class-name", "7.a informātika (pulciņš)")
        .await?;

    teacher.finish(NO_CLASS).await
}

#[tokio::test]
async fn assigned_work_taken_back_leaves_the_list_and_the_grid() -> anyhow::Result<()> {
    let server = TestServer::start()?;
    let teacher = TestBrowser::launch(BrowserOptions::desktop("lv")).await?;
    let code = teacher_with_a_class(&teacher, &server, "ieva@skola.lv", "8.c").await?;
    let student = TestBrowser::launch(BrowserOptions::desktop("lv")).await?;
    join(&student, &server, &code, "Jānis Ozols").await?;
    assert_eq!(count(&student, "#my-assignments > li").await?, 2);

    // Both exercises are columns of the grid once the student is in it.
    teacher
        .wait_for_text("#class-grid tbody", "Jānis Ozols")
        .await?;
    let columns = "Array.from(document.querySelectorAll('#class-grid thead th[data-item]')).map(th => th.dataset.item)";
    assert_eq!(
        teacher.eval(columns).await?,
        serde_json::json!([FIRST, SECOND])
    );

    teacher
        .click(&format!("#assignment-list li[data-item='{SECOND}'] button"))
        .await?;
    teacher
        .wait_until("document.querySelectorAll('#assignment-list li').length === 1")
        .await?;
    assert_eq!(
        teacher
            .eval("document.querySelector('#assignment-list li').dataset.item")
            .await?,
        FIRST
    );
    teacher
        .wait_until(&format!("JSON.stringify({columns}) === '[\"{FIRST}\"]'"))
        .await?;
    assert_eq!(
        count(&teacher, &format!("#class-grid td[data-item='{SECOND}']")).await?,
        0
    );

    // Gone on the server too: after a reload, and after the grid has been asked for again.
    teacher.reload().await?;
    teacher
        .wait_for_text("#class-grid tbody", "Jānis Ozols")
        .await?;
    teacher
        .wait_for_response(&format!("/api/classes/{}/grid", class_id(&teacher).await?))
        .await?;
    assert_eq!(teacher.eval(columns).await?, serde_json::json!([FIRST]));
    assert_eq!(count(&teacher, "#assignment-list li").await?, 1);
    student.reload().await?;
    student.text(&my_assignment(FIRST)).await?;
    assert_eq!(count(&student, "#my-assignments > li").await?, 1);

    // The last one taken back: nothing assigned, said so in the list and the grid.
    teacher
        .click(&format!("#assignment-list li[data-item='{FIRST}'] button"))
        .await?;
    teacher
        .wait_for_text("#assignments-empty", "Vēl nekas nav uzdots")
        .await?;
    teacher
        .wait_for_text("#grid-empty", "Vēl nav uzdots neviens darbs")
        .await?;
    student.reload().await?;
    student
        .wait_for_text("#assignments-none", "Pagaidām nekas nav uzdots")
        .await?;

    student.finish(&[]).await?;
    teacher.finish(&[]).await
}

#[tokio::test]
async fn work_solved_after_the_due_date_shows_as_solved_late() -> anyhow::Result<()> {
    let server = TestServer::start()?;
    let teacher = TestBrowser::launch(BrowserOptions::desktop("lv")).await?;
    let code = teacher_with_an_empty_class(&teacher, &server, "ieva@skola.lv", "9.a").await?;

    // A due date that has passed is refused before anything is sent.
    let now = teacher
        .eval("Date.now()")
        .await?
        .as_f64()
        .unwrap_or_default() as i64;
    let (yesterday, _) = local_inputs(&teacher, now - 86_400_000).await?;
    set_due(&teacher, &yesterday, "12:00").await?;
    teacher
        .click(&format!("#assign-form input[data-item='{FIRST}']"))
        .await?;
    teacher.click("#assign-submit").await?;
    teacher
        .wait_for_text("#assign-error", "Termiņš jau ir pagājis")
        .await?;
    assert_eq!(count(&teacher, "#assignment-list").await?, 0);
    teacher
        .click(&format!("#assign-form input[data-item='{FIRST}']"))
        .await?;

    // The first exercise is due at the next whole minute at least 20 s away (the form takes
    // minutes): soon enough to wait for; the second tomorrow.
    let soon = (now + 20_000 + 59_999) / 60_000 * 60_000;
    let (date, time) = local_inputs(&teacher, soon).await?;
    set_due(&teacher, &date, &time).await?;
    assign(&teacher, &[FIRST]).await?;
    let tomorrow = now + 86_400_000;
    let (date, _) = local_inputs(&teacher, tomorrow).await?;
    set_due(&teacher, &date, "").await?;
    assign(&teacher, &[SECOND]).await?;
    let tomorrow_end = teacher
        .eval(&format!("new Date('{date}T23:59').getTime()"))
        .await?
        .as_f64()
        .unwrap_or_default() as i64;
    let due_lv = |ms: i64| format!("{DUE_TEXT}({ms}, 'lv-LV')");
    for (item, due) in [(FIRST, soon), (SECOND, tomorrow_end)] {
        let shown = teacher
            .text(&format!(
                "#assignment-list li[data-item='{item}'] .assignment-list__due"
            ))
            .await?;
        let expected = teacher.eval(&due_lv(due)).await?;
        assert_eq!(
            shown,
            format!("Termiņš: {}", expected.as_str().unwrap_or_default()),
            "{item}"
        );
    }

    // The student sees both due dates.
    let student = TestBrowser::launch(BrowserOptions::desktop("en")).await?;
    join(&student, &server, &code, "Mark").await?;
    for (item, due) in [(FIRST, soon), (SECOND, tomorrow_end)] {
        let expected = student.eval(&format!("{DUE_TEXT}({due}, 'en-GB')")).await?;
        let shown = student
            .text(&format!("{} .my-assignment__due", my_assignment(item)))
            .await?;
        assert_eq!(
            shown,
            format!("Due {}", expected.as_str().unwrap_or_default())
        );
    }
    teacher.wait_for_text("#class-grid tbody", "Mark").await?;

    // Solved before its due date: plain solved.
    student
        .goto(&server.url(&format!("/courses/{SECOND}")))
        .await?;
    student.editor_made().await?;
    run_and_wait(&student, SECOND_SOLUTION_EN, ".check-result--passed").await?;
    wait_for_sync(&student, "saved").await?;
    wait_for_cell(&teacher, SECOND, "solved").await?;

    // The first one's due time passes with it not started: overdue on the student's list.
    student
        .wait_until_within(&format!("Date.now() > {soon}"), Duration::from_secs(90))
        .await?;
    student.goto(&server.url("/assignments")).await?;
    student.text(&my_assignment(FIRST)).await?;
    assert_eq!(
        count(
            &student,
            &format!("{} .my-assignment__due--over", my_assignment(FIRST))
        )
        .await?,
        1
    );
    assert_eq!(
        count(
            &student,
            &format!("{} .my-assignment__due--over", my_assignment(SECOND))
        )
        .await?,
        0
    );

    // Solved after it: solved late, for the teacher and the student.
    open_first(&student, &server).await?;
    run_and_wait(
        &student,
        "print(\"Hello, world!\")",
        ".check-result--passed",
    )
    .await?;
    wait_for_sync(&student, "saved").await?;
    wait_for_cell(&teacher, FIRST, "solved-late").await?;
    assert!(
        teacher
            .text(&cell(FIRST))
            .await?
            .contains("Atrisināts pēc termiņa")
    );
    assert_eq!(
        count(
            &teacher,
            &format!("{} .grid-mark--solved-late", cell(FIRST))
        )
        .await?,
        1
    );
    assert_eq!(teacher.eval(&cell_state(SECOND)).await?, "solved");
    // Solved late is done all the same.
    assert_eq!(
        teacher
            .text(&format!(
                "#class-grid thead th[data-item='{FIRST}'] .class-grid__done"
            ))
            .await?,
        "1/1 ✓"
    );
    teacher
        .screenshot("class-management-late-grid-lv-desktop")
        .await?;

    student.goto(&server.url("/assignments")).await?;
    wait_for_my_assignment(&student, FIRST, "solved-late").await?;
    wait_for_my_assignment(&student, SECOND, "solved").await?;
    assert_eq!(
        student
            .text(&format!("{} .my-assignment__state", my_assignment(FIRST)))
            .await?,
        "Solved late"
    );
    let expected = student
        .eval(&format!("{DUE_TEXT}({soon}, 'en-GB')"))
        .await?;
    assert_eq!(
        student
            .text(&format!("{} .my-assignment__due", my_assignment(FIRST)))
            .await?,
        format!("Due {}", expected.as_str().unwrap_or_default())
    );
    // Done, even late, is no longer overdue.
    assert_eq!(count(&student, ".my-assignment__due--over").await?, 0);
    student
        .screenshot("class-management-late-assignments-en-desktop")
        .await?;

    student.finish(&[]).await?;
    teacher.finish(&[]).await
}

#[tokio::test]
async fn a_student_signs_out_anyway_with_work_unsent_and_this_device_forgets_it()
-> anyhow::Result<()> {
    let server = TestServer::start()?;
    let teacher = TestBrowser::launch(BrowserOptions::desktop("lv")).await?;
    let code = teacher_with_a_class(&teacher, &server, "ieva@skola.lv", "6.b").await?;

    // On a phone: one run sent, then the answer solved offline and kept here.
    let student = TestBrowser::launch(BrowserOptions::phone("lv")).await?;
    join(&student, &server, &code, "Anna Liepa").await?;
    open_first(&student, &server).await?;
    run_and_wait(&student, "print(\"Sveika\")", ".check-result--failed").await?;
    wait_for_sync(&student, "saved").await?;
    wait_for_cell(&teacher, FIRST, "tried").await?;
    student.set_offline(true).await?;
    wait_for_sync(&student, "offline").await?;
    run_and_wait(&student, FIRST_SOLUTION, ".check-result--passed").await?;
    student
        .wait_until(&format!(
            "{LOCAL_PROGRESS}.then(([progress, outbox]) => progress === 1 && outbox === 1)"
        ))
        .await?;

    // Signing out would lose it: the menu says so and offers to sign out anyway, or not.
    student.click("#signout-button").await?;
    student
        .wait_for_text(
            "#signout-problem",
            "1 darbs vēl nav nosūtīts, jo nav savienojuma. Ja iziesi tagad, tas pazudīs.",
        )
        .await?;
    assert_eq!(student.text("#account-name").await?, "Anna Liepa");
    student
        .screenshot("class-management-signout-unsent-lv-phone")
        .await?;
    student.click("#signout-problem .button--outline").await?;
    student
        .wait_until("!document.querySelector('#signout-problem')")
        .await?;
    assert_eq!(student.text("#account-name").await?, "Anna Liepa");
    assert_eq!(
        student.eval(LOCAL_PROGRESS).await?,
        serde_json::json!([1, 1])
    );

    student.click(".language-switch__option[lang=en]").await?;
    student.wait_for_text("#exercise-status", "Solved").await?;
    student.click("#signout-button").await?;
    student
        .wait_for_text(
            "#signout-problem",
            "One piece of work hasn’t been sent yet because there’s no connection. If you sign out now, it will be lost.",
        )
        .await?;
    assert_eq!(
        student.text("#signout-problem .button--danger").await?,
        "Sign out anyway"
    );
    student
        .screenshot("class-management-signout-unsent-en-phone")
        .await?;
    student.resize(&BrowserOptions::desktop("en")).await?;
    student
        .screenshot("class-management-signout-unsent-en-desktop")
        .await?;
    student.click(".language-switch__option[lang=lv]").await?;
    student
        .wait_for_text("#signout-problem", "1 darbs vēl nav nosūtīts")
        .await?;
    student
        .screenshot("class-management-signout-unsent-lv-desktop")
        .await?;
    student.click(".language-switch__option[lang=en]").await?;
    student.resize(&BrowserOptions::phone("en")).await?;

    // Her assigned work is kept for the page to open offline…
    assert_ne!(
        student
            .eval("localStorage.getItem('darbnica-assignments')")
            .await?,
        serde_json::Value::Null
    );
    // Anyway: signed out, and nothing of hers is left on this device.
    student.click("#signout-problem .button--danger").await?;
    assert_eq!(student.text("#signin-link").await?, "Sign in");
    assert_eq!(count(&student, "#account-name").await?, 0);
    assert_eq!(
        student.eval(LOCAL_PROGRESS).await?,
        serde_json::json!([0, 0])
    );
    for key in ["darbnica-me", "darbnica-assignments"] {
        assert_eq!(
            student
                .eval(&format!("localStorage.getItem('{key}')"))
                .await?,
            serde_json::Value::Null,
            "{key}"
        );
    }

    // Back online the next person finds nobody signed in, and no progress here.
    student.set_offline(false).await?;
    student
        .goto(&server.url(&format!("/courses/{COURSE}")))
        .await?;
    student
        .wait_for_text("#course-progress", "0 of 39 exercises solved")
        .await?;
    student.wait_for_response("/api/me").await?;
    assert_eq!(
        student
            .eval("fetch('/api/me').then(response => response.json())")
            .await?,
        serde_json::Value::Null
    );
    assert_eq!(student.text("#signin-link").await?, "Sign in");
    assert_eq!(count(&student, "#account-name").await?, 0);
    // The solved run never reached the server: the teacher still sees her as having tried.
    assert_eq!(teacher.eval(&cell_state(FIRST)).await?, "tried");

    student.finish(OFFLINE).await?;
    teacher.finish(&[]).await
}
