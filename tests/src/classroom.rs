//! Steps the class tests share, done in the browser as people do them: a teacher signs up and
//! makes a class, assigns exercises; a student runs code; and ways to wait for the sync status and
//! for a cell of the teacher's grid.

use crate::{TestBrowser, TestServer};

/// The code editor's editable area.
pub const EDITOR: &str = ".cm-content";
pub const COURSE: &str = "programmesanas-pamati";
/// "Sveika, pasaule!": print one line.
pub const FIRST: &str = "programmesanas-pamati/sveika-pasaule";
/// "Nedēļas plāns": print three lines.
pub const SECOND: &str = "programmesanas-pamati/vairakas-rindas";

/// Signs a new teacher up and makes a class with nothing assigned yet; the browser is left on the
/// class page. Returns the join code.
pub async fn teacher_with_an_empty_class(
    teacher: &TestBrowser,
    server: &TestServer,
    email: &str,
    class_name: &str,
) -> anyhow::Result<String> {
    teacher.goto(&server.url("/signup")).await?;
    teacher.replace_text("#signup-name", "Ieva Kalniņa").await?;
    teacher.replace_text("#signup-email", email).await?;
    teacher
        .replace_text("#signup-password", "skolotaja-parole")
        .await?;
    teacher.click("#signup-form button[type=submit]").await?;
    teacher.text("#new-class-form").await?;
    teacher.replace_text("#new-class-name", class_name).await?;
    teacher.click("#new-class-submit").await?;
    teacher.wait_for_text("#class-name", class_name).await?;
    let code = teacher.text("#join-code").await?;
    assert_eq!(code.len(), 6, "{code}");
    Ok(code)
}

/// [`teacher_with_an_empty_class`] with [`FIRST`] and [`SECOND`] assigned, no due date.
pub async fn teacher_with_a_class(
    teacher: &TestBrowser,
    server: &TestServer,
    email: &str,
    class_name: &str,
) -> anyhow::Result<String> {
    let code = teacher_with_an_empty_class(teacher, server, email, class_name).await?;
    assign(teacher, &[FIRST, SECOND]).await?;
    teacher
        .wait_until("document.querySelectorAll('#assignment-list li').length === 2")
        .await?;
    Ok(code)
}

/// Ticks `items` in the class page's assign form (with whatever due date it holds) and sends it;
/// waits until the assigned-work list shows them.
pub async fn assign(teacher: &TestBrowser, items: &[&str]) -> anyhow::Result<()> {
    for item in items {
        teacher
            .click(&format!("#assign-form input[data-item='{item}']"))
            .await?;
    }
    teacher.click("#assign-submit").await?;
    for item in items {
        teacher
            .text(&format!("#assignment-list li[data-item='{item}']"))
            .await?;
    }
    Ok(())
}

/// Opens the exercise [`FIRST`] and waits for its editor.
pub async fn open_first(browser: &TestBrowser, server: &TestServer) -> anyhow::Result<()> {
    browser
        .goto(&server.url(&format!("/courses/{FIRST}")))
        .await?;
    browser.editor_made().await?;
    Ok(())
}

/// Opens [`FIRST`] and solves it in Latvian.
pub async fn solve_first(browser: &TestBrowser, server: &TestServer) -> anyhow::Result<()> {
    open_first(browser, server).await?;
    run_and_wait(
        browser,
        "print(\"Sveika, pasaule!\")",
        ".check-result--passed",
    )
    .await
}

/// Puts `code` in the editor, runs it and waits for the element `result` (a check result).
pub async fn run_and_wait(browser: &TestBrowser, code: &str, result: &str) -> anyhow::Result<()> {
    browser.replace_text(EDITOR, code).await?;
    browser.click("#run-button").await?;
    browser.text(result).await?;
    Ok(())
}

/// Waits until the header's sync status is `state` (`saved`, `syncing`, `offline`, `waiting`).
pub async fn wait_for_sync(browser: &TestBrowser, state: &str) -> anyhow::Result<()> {
    browser
        .wait_until(&format!(
            "document.querySelector('#sync-status')?.dataset.state === '{state}'"
        ))
        .await
}

/// The grid cell of the first student for `item`.
pub fn cell(item: &str) -> String {
    format!("#class-grid tbody tr:first-child td[data-item='{item}']")
}

/// A JavaScript expression: the `data-state` of [`cell`]`(item)`.
pub fn cell_state(item: &str) -> String {
    format!("document.querySelector(\"{}\")?.dataset.state", cell(item))
}

/// Waits until [`cell`]`(item)` shows `state` (`not-started`, `tried`, `solved`, `solved-late`).
pub async fn wait_for_cell(browser: &TestBrowser, item: &str, state: &str) -> anyhow::Result<()> {
    browser
        .wait_until(&format!("{} === '{state}'", cell_state(item)))
        .await
}

/// The password [`join`] chooses.
pub const STUDENT_PASSWORD: &str = "parole-1234";

/// Opens the join link and joins as `name` (password [`STUDENT_PASSWORD`]); the browser is left
/// on the student's assignments.
pub async fn join(
    student: &TestBrowser,
    server: &TestServer,
    code: &str,
    name: &str,
) -> anyhow::Result<()> {
    student.goto(&server.url(&format!("/join/{code}"))).await?;
    student.text("#join-form").await?;
    student.replace_text("#join-name", name).await?;
    student
        .replace_text("#join-password", STUDENT_PASSWORD)
        .await?;
    student.click("#join-submit").await?;
    student.text("#my-assignments, #assignments-none").await?;
    wait_for_sync(student, "saved").await
}
