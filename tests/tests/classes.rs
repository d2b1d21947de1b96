//! Classes from end to end, on the real server and database, with one browser per person: a
//! teacher signs up, makes a class and assigns two exercises; a student joins with the code, runs
//! an assigned exercise online, loses the connection, solves it offline (the header says the work
//! is kept on this device), comes back online and the work syncs; the teacher's grid, never
//! reloaded, shows it solved and the other exercise not started, and opens the student's code.
//! Work done before joining reaches the account too (also work from before the outbox existed),
//! and a student's progress comes back on another sign-in after signing out. Screenshots of the grid and the student's assignments in
//! Latvian and English, at desktop and phone width.

use darbnica_e2e::classroom::{
    COURSE, FIRST, SECOND, cell, cell_state, join, open_first, run_and_wait, teacher_with_a_class,
    wait_for_cell, wait_for_sync,
};
use darbnica_e2e::{BrowserOptions, TestBrowser, TestServer};

/// Failed requests the browser logs as errors by design in these tests: a wrong password (401)
/// and requests while offline.
const EXPECTED_LOGS: &[&str] = &[
    "status of 401",
    "net::ERR_INTERNET_DISCONNECTED",
    "Failed to fetch",
];

/// Makes the app's IndexedDB as version 1 made it, with one exercise solved in two runs.
const OLD_DATABASE: &str = "(key => new Promise((resolve, reject) => {
    const request = indexedDB.open('darbnica', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('progress');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
        const database = request.result;
        const transaction = database.transaction('progress', 'readwrite');
        const [course, exercise] = key.split('/');
        const at = Date.now() - 60000;
        transaction.objectStore('progress').put(JSON.stringify({
            course, exercise, status: 'solved', attempts: 2, hints_shown: 0,
            code: 'print(\"from before\")', updated_at: at, solved_at: at - 1000,
        }), key);
        transaction.oncomplete = () => { database.close(); resolve(true); };
        transaction.onerror = () => reject(transaction.error);
    };
}))";

#[tokio::test]
async fn a_student_solves_offline_and_the_teachers_grid_shows_it_after_sync() -> anyhow::Result<()>
{
    let server = TestServer::start()?;
    let teacher = TestBrowser::launch(BrowserOptions::desktop("lv")).await?;
    let code = teacher_with_a_class(&teacher, &server, "ieva@skola.lv", "7.b informātika").await?;
    let link = teacher
        .eval("document.querySelector('#join-link').value")
        .await?;
    assert_eq!(
        link.as_str(),
        Some(server.url(&format!("/join/{code}")).as_str())
    );
    teacher
        .wait_for_text("#grid-empty", "Klasē vēl nav")
        .await?;

    // The student opens the join link: the class and its teacher, then a name and a password.
    let student = TestBrowser::launch(BrowserOptions::desktop("lv")).await?;
    student.goto(&server.url(&format!("/join/{code}"))).await?;
    student
        .wait_for_text("#join-class-name", "7.b informātika")
        .await?;
    assert_eq!(
        student.text("#join-teacher-name").await?,
        "Skolotājs: Ieva Kalniņa"
    );
    // A password too short is explained before anything is sent.
    student.replace_text("#join-name", "Anna Liepa").await?;
    student.replace_text("#join-password", "abc").await?;
    student.click("#join-submit").await?;
    student
        .wait_for_text("#join-error", "vismaz 10 rakstzīmes")
        .await?;
    student.screenshot("classes-join-lv-desktop").await?;
    // The page suggests a passphrase of three Latvian words and a number, and shows it.
    student.click("#join-suggest").await?;
    student
        .wait_until("/^[a-z]+-[a-z]+-[a-z]+-[1-9][0-9]$/.test(document.querySelector('#join-password').value)")
        .await?;
    assert_eq!(
        student
            .eval("document.querySelector('#join-password').type")
            .await?
            .as_str(),
        Some("text")
    );
    student.text(".passphrase__note").await?;
    student
        .screenshot("classes-join-passphrase-lv-desktop")
        .await?;
    student.click("#join-submit").await?;
    student.wait_for_text("h1", "Mani uzdevumi").await?;
    student
        .wait_for_text("#my-assignments", "Sveika, pasaule!")
        .await?;
    assert_eq!(student.texts("#my-assignments > li").await?.len(), 2);
    assert_eq!(student.text("#account-name").await?, "Anna Liepa");
    wait_for_sync(&student, "saved").await?;

    // The teacher's grid learns of the student without a reload.
    teacher
        .wait_for_text("#class-grid tbody", "Anna Liepa")
        .await?;

    // One run online (which also loads Python), a wrong answer.
    student
        .click(&format!("#my-assignments li[data-item='{FIRST}'] a"))
        .await?;
    student.editor_made().await?;
    run_and_wait(&student, "print(\"Sveika\")", ".check-result--failed").await?;
    wait_for_sync(&student, "saved").await?;
    wait_for_cell(&teacher, FIRST, "tried").await?;

    // Offline, the right answer: kept on this device, said so in the header.
    student.set_offline(true).await?;
    wait_for_sync(&student, "offline").await?;
    run_and_wait(
        &student,
        "print(\"Sveika, pasaule!\")",
        ".check-result--passed",
    )
    .await?;
    assert_eq!(
        student.text("#sync-status").await?,
        "Nav savienojuma — saglabāts šajā ierīcē"
    );
    assert_eq!(student.text("#exercise-status").await?, "Atrisināts");
    student.screenshot("classes-offline-solved-lv").await?;
    // The server has not heard of it: asked now, it still has the exercise only tried.
    let on_server = teacher
        .eval(&format!(
            "fetch(location.pathname.replace('/classes/', '/api/classes/') + '/grid')\
             .then(answer => answer.json())\
             .then(grid => grid.cells.find(cell => cell.item === '{FIRST}')?.state)"
        ))
        .await?;
    assert_eq!(on_server.as_str(), Some("tried"), "{on_server}");
    assert_eq!(
        teacher.eval(&cell_state(FIRST)).await?.as_str(),
        Some("tried")
    );

    // Back online: it syncs, and the teacher's open grid shows it solved.
    student.set_offline(false).await?;
    wait_for_sync(&student, "saved").await?;
    assert_eq!(student.text("#sync-status").await?, "Saglabāts");
    wait_for_cell(&teacher, FIRST, "solved").await?;
    assert_eq!(
        teacher.eval(&cell_state(SECOND)).await?.as_str(),
        Some("not-started")
    );
    let solved = teacher.text(&cell(FIRST)).await?;
    assert!(solved.contains("2 reizes"), "{solved}");
    teacher.wait_for_text("#class-grid thead", "1/1 ✓").await?;
    teacher.screenshot("classes-grid-lv-desktop").await?;

    // The teacher opens the student's latest code.
    teacher.click(&format!("{} button", cell(FIRST))).await?;
    teacher
        .wait_for_text("#student-code", "print(\"Sveika, pasaule!\")")
        .await?;
    assert_eq!(
        teacher.texts("#student-code .code-lines__text").await?,
        ["print(\"Sveika, pasaule!\")"]
    );
    assert!(
        teacher
            .text("#code-dialog-meta")
            .await?
            .contains("Pārbaudes izdevās")
    );
    assert!(
        teacher
            .text("#code-dialog-heading")
            .await?
            .contains("Anna Liepa")
    );
    teacher
        .screenshot("classes-student-code-lv-desktop")
        .await?;
    teacher.click("#code-dialog-close").await?;
    teacher
        .wait_until("!document.querySelector('#code-dialog').open")
        .await?;

    // The student's assignments: the solved one last (undone first).
    student.goto(&server.url("/assignments")).await?;
    student
        .wait_until(&format!(
            "document.querySelector(\"#my-assignments li[data-item='{FIRST}']\")?.dataset.state === 'solved'"
        ))
        .await?;
    let items = student
        .texts("#my-assignments .my-assignment__title")
        .await?;
    assert_eq!(items, ["Nedēļas plāns", "Sveika, pasaule!"]);
    student.screenshot("classes-assignments-lv-desktop").await?;
    student.click(".language-switch__option[lang=en]").await?;
    student.wait_for_text("h1", "My assignments").await?;
    student.screenshot("classes-assignments-en-desktop").await?;

    // The student forgot her password: the teacher sets a new one, which signs her out on every
    // device, and she signs in with it.
    teacher
        .click("#student-list li .student-list__password")
        .await?;
    teacher
        .wait_for_text("#student-password-form", "Jauna parole — Anna Liepa.")
        .await?;
    teacher.replace_text("#student-new-password", "abc").await?;
    teacher
        .click("#student-password-form button[type=submit]")
        .await?;
    teacher
        .wait_for_text("#student-password-form .form-error", "vismaz 10")
        .await?;
    teacher.click("#student-password-suggest").await?;
    teacher
        .wait_until("document.querySelector('#student-new-password').value.length >= 10")
        .await?;
    let new_password = teacher
        .eval("document.querySelector('#student-new-password').value")
        .await?
        .as_str()
        .unwrap()
        .to_owned();
    teacher
        .click("#student-password-form button[type=submit]")
        .await?;
    teacher
        .wait_for_text(
            "#student-password-set",
            "Anna Liepa: jaunā parole saglabāta.",
        )
        .await?;
    teacher
        .screenshot("classes-new-password-lv-desktop")
        .await?;
    student.goto(&server.url("/signin")).await?;
    student.text("#signin-link").await?;
    student.replace_text("#student-code", &code).await?;
    student.replace_text("#student-name", "Anna Liepa").await?;
    student
        .replace_text("#student-password", &new_password)
        .await?;
    student.click("#student-signin button[type=submit]").await?;
    student.wait_for_text("h1", "My assignments").await?;

    // The teacher removes the student, after confirming.
    teacher
        .click("#student-list li .student-list__remove")
        .await?;
    teacher
        .wait_for_text(".student-list__confirm", "Izņemt no klases: Anna Liepa?")
        .await?;
    teacher.click(".student-list__confirm-yes").await?;
    teacher.text("#students-empty").await?;
    teacher.text("#grid-empty").await?;

    student.finish(EXPECTED_LOGS).await?;
    teacher.finish(EXPECTED_LOGS).await
}

#[tokio::test]
async fn work_done_before_joining_reaches_the_account_and_comes_back_after_signing_in_again()
-> anyhow::Result<()> {
    let server = TestServer::start()?;
    let teacher = TestBrowser::launch(BrowserOptions::desktop("en")).await?;
    let code = teacher_with_a_class(&teacher, &server, "ieva@school.org", "Robotics club").await?;

    // On a phone, without an account. This browser solved an exercise before there was an
    // outbox (an IndexedDB of version 1, as the app made it then).
    let student = TestBrowser::launch(BrowserOptions::phone("en")).await?;
    student.goto(&server.url("/api/health")).await?;
    let made = student.eval(&format!("{OLD_DATABASE}({SECOND:?})")).await?;
    assert_eq!(made, true);
    // Now solved here: kept only here.
    open_first(&student, &server).await?;
    assert_eq!(student.text("#signin-link").await?, "Sign in");
    assert_eq!(
        student
            .eval("!!document.querySelector('#sync-status')")
            .await?,
        false
    );
    run_and_wait(
        &student,
        "print(\"Hello, world!\")",
        ".check-result--passed",
    )
    .await?;
    assert_eq!(student.text("#exercise-status").await?, "Solved");

    // Joining with the code typed by hand: the work goes to the new account.
    student.click("#signin-link").await?;
    student.click("#join-link").await?;
    student
        .replace_text("#join-code", &code.to_lowercase())
        .await?;
    student.click("#join-code-form button[type=submit]").await?;
    student
        .wait_for_text("#join-class-name", "Robotics club")
        .await?;
    student.replace_text("#join-name", "Mark").await?;
    student
        .replace_text("#join-password", "pass-word-1234")
        .await?;
    student.click("#join-submit").await?;
    student.wait_for_text("h1", "My assignments").await?;
    wait_for_sync(&student, "saved").await?;
    for item in [FIRST, SECOND] {
        student
            .wait_until(&format!(
                "document.querySelector(\"#my-assignments li[data-item='{item}']\")?.dataset.state === 'solved'"
            ))
            .await?;
        wait_for_cell(&teacher, item, "solved").await?;
    }
    let old = teacher.text(&cell(SECOND)).await?;
    assert!(old.contains("2 runs"), "{old}");
    teacher.screenshot("classes-grid-en-desktop").await?;
    student.screenshot("classes-assignments-en-phone").await?;
    student.click(".language-switch__option[lang=lv]").await?;
    student.wait_for_text("h1", "Mani uzdevumi").await?;
    student.screenshot("classes-assignments-lv-phone").await?;
    student.click(".language-switch__option[lang=en]").await?;

    // Signing out clears this device; a wrong password is told plainly; signing in again brings
    // the progress back from the server.
    student.click("#signout-button").await?;
    student.text("#signin-link").await?;
    student
        .goto(&server.url(&format!("/courses/{COURSE}")))
        .await?;
    student
        .wait_for_text("#course-progress", "0 of 39 exercises solved")
        .await?;
    student.goto(&server.url("/signin")).await?;
    student.replace_text("#student-code", &code).await?;
    student.replace_text("#student-name", "mark").await?;
    student
        .replace_text("#student-password", "wrong-one")
        .await?;
    student.click("#student-signin button[type=submit]").await?;
    student
        .wait_for_text(
            "#student-signin-error",
            "Wrong class code, name or password.",
        )
        .await?;
    student.screenshot("classes-signin-en-phone").await?;
    student
        .replace_text("#student-password", "pass-word-1234")
        .await?;
    student.click("#student-signin button[type=submit]").await?;
    student.wait_for_text("h1", "My assignments").await?;
    student
        .goto(&server.url(&format!("/courses/{COURSE}")))
        .await?;
    student
        .wait_for_text("#course-progress", "2 of 39 exercises solved")
        .await?;

    // A gallery model: pressing Run records an attempt on it (opening it and turning to it, which
    // builds it, does not).
    student.goto(&server.url("/models/zobrats")).await?;
    student.hover(".viewport__canvas").await?;
    student
        .wait_until(
            "Number(document.querySelector('.viewport__canvas')?.dataset.triangles ?? 0) > 0",
        )
        .await?;
    student
        .wait_until("!document.querySelector('#run-button').disabled")
        .await?;
    let models_synced = "fetch('/api/progress').then(response => response.json())
        .then(items => items.filter(item => item.item === 'model:zobrats').map(item => item.attempts)[0] ?? 0)";
    assert_eq!(student.eval(models_synced).await?, 0);
    student.click("#run-button").await?;
    student
        .wait_until(&format!("{models_synced}.then(attempts => attempts === 1)"))
        .await?;

    // The teacher on a phone: signs in, opens the class; the grid scrolls sideways.
    let phone = TestBrowser::launch(BrowserOptions::phone("en")).await?;
    phone.goto(&server.url("/signin")).await?;
    phone
        .replace_text("#teacher-email", "ieva@school.org")
        .await?;
    phone
        .replace_text("#teacher-password", "skolotaja-parole")
        .await?;
    phone.click("#teacher-signin button[type=submit]").await?;
    phone.wait_for_text("#class-list", "Robotics club").await?;
    phone.click("#class-list h2 a").await?;
    wait_for_cell(&phone, FIRST, "solved").await?;
    phone.screenshot("classes-grid-en-phone").await?;
    phone.click(".language-switch__option[lang=lv]").await?;
    phone.wait_for_text("#grid-heading", "Kā veicas").await?;
    phone.screenshot("classes-grid-lv-phone").await?;

    phone.finish(EXPECTED_LOGS).await?;
    student.finish(EXPECTED_LOGS).await?;
    teacher.finish(EXPECTED_LOGS).await
}

/// Puts attempts into this browser's outbox as the app does (JSON strings, in order); `attempts`
/// is a JavaScript array expression.
fn into_outbox(attempts: &str) -> String {
    format!(
        "new Promise((resolve, reject) => {{
            const request = indexedDB.open('darbnica');
            request.onerror = () => reject(request.error);
            request.onsuccess = () => {{
                const database = request.result;
                const transaction = database.transaction(['outbox'], 'readwrite');
                for (const attempt of {attempts}) {{
                    transaction.objectStore('outbox').add(JSON.stringify(attempt));
                }}
                transaction.oncomplete = () => {{ database.close(); resolve(true); }};
                transaction.onerror = () => reject(transaction.error);
            }};
        }})"
    )
}

/// How many attempts wait in this browser's outbox.
const OUTBOX_COUNT: &str = "new Promise((resolve, reject) => {
    const request = indexedDB.open('darbnica');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
        const database = request.result;
        const count = database.transaction(['outbox'], 'readonly').objectStore('outbox').count();
        count.onsuccess = () => { database.close(); resolve(count.result); };
        count.onerror = () => reject(count.error);
    };
})";

#[tokio::test]
async fn an_attempt_the_server_refuses_is_dropped_alone_and_the_rest_of_its_batch_syncs()
-> anyhow::Result<()> {
    let server = TestServer::start()?;
    let teacher = TestBrowser::launch(BrowserOptions::desktop("lv")).await?;
    let code = teacher_with_a_class(&teacher, &server, "ieva@skola.lv", "5.a").await?;
    let student = TestBrowser::launch(BrowserOptions::desktop("lv")).await?;
    join(&student, &server, &code, "Marta").await?;

    // An attempt from a browser whose clock said 1970 (the server refuses those), then a good
    // one behind it in the same batch.
    let attempts = format!(
        "[{{id: '00000000-0000-4000-8000-000000000001',
            item: '{FIRST}', code: 'print(1)', passed: false, at: 1000}},
          {{id: '00000000-0000-4000-8000-000000000002', item: '{FIRST}',
            code: 'print(\"Sveika, pasaule!\")', passed: true, at: Date.now()}}]"
    );
    assert_eq!(student.eval(&into_outbox(&attempts)).await?, true);
    // The app sends its outbox when the connection comes back.
    student
        .eval("dispatchEvent(new Event('online')); true")
        .await?;
    student
        .wait_until(&format!("{OUTBOX_COUNT}.then(count => count === 0)"))
        .await?;
    wait_for_sync(&student, "saved").await?;

    // The good attempt reached the server, and the refused one was not stored.
    wait_for_cell(&teacher, FIRST, "solved").await?;
    let solved = teacher.text(&cell(FIRST)).await?;
    assert!(solved.contains("1 reize"), "{solved}");

    student.finish(&["status of 400"]).await?;
    teacher.finish(&[]).await
}
