//! A user's own account and the safety of joining, in the browser on the real server: a teacher
//! signed in on two computers sees both on `/account`, signs the other one out and changes the
//! password; a student of one class who opens another teacher's join link is told whose class it
//! is and must type her password, and that teacher cannot give her a new password. Screenshots in
//! Latvian and English, desktop and phone.

use darbnica_e2e::classroom::{STUDENT_PASSWORD, join, teacher_with_an_empty_class};
use darbnica_e2e::{BrowserOptions, TestBrowser, TestServer};

/// A wrong password (401) is logged by the browser as a failed request, by design here.
const EXPECTED_LOGS: &[&str] = &["status of 401"];

async fn sign_in_teacher(
    browser: &TestBrowser,
    server: &TestServer,
    email: &str,
    password: &str,
) -> anyhow::Result<()> {
    browser.goto(&server.url("/signin")).await?;
    browser.replace_text("#teacher-email", email).await?;
    browser.replace_text("#teacher-password", password).await?;
    browser.click("#teacher-signin button[type=submit]").await?;
    browser.text("#account-name").await?;
    Ok(())
}

#[tokio::test]
async fn a_teacher_signs_out_another_computer_and_changes_the_password() -> anyhow::Result<()> {
    let server = TestServer::start()?;
    let school = TestBrowser::launch(BrowserOptions::desktop("lv")).await?;
    teacher_with_an_empty_class(&school, &server, "ieva@skola.lv", "7.b").await?;
    let home = TestBrowser::launch(BrowserOptions::desktop("en")).await?;
    sign_in_teacher(&home, &server, "ieva@skola.lv", "skolotaja-parole").await?;
    home.text("#signin-link, #account-name").await?;

    // From home, her name leads to her account: how long she stays signed in, and where she is.
    home.click("#account-name").await?;
    home.wait_for_text("h1", "My account").await?;
    home.wait_for_text("#session-lifetime", "12 hours").await?;
    home.wait_until("document.querySelectorAll('#session-list li').length === 2")
        .await?;
    home.wait_for_text(".session-list__item--current", "this browser")
        .await?;
    home.screenshot("account-sessions-en-desktop").await?;

    // Sign the school computer out from home: it is signed out there at its next request.
    home.click("#sessions-end-others").await?;
    home.wait_for_text("#sessions-ended", "Signed out on 1 other device.")
        .await?;
    home.wait_until("document.querySelectorAll('#session-list li').length === 1")
        .await?;
    school.reload().await?;
    school.text("#signin-link").await?;

    // A new password: the current one must be right.
    home.replace_text("#password-current", "nepareiza-parole")
        .await?;
    home.replace_text("#password-new", "jauna-skolotajas-parole")
        .await?;
    home.click("#password-change-submit").await?;
    home.wait_for_text("#password-change-error", "not your current password")
        .await?;
    home.replace_text("#password-current", "skolotaja-parole")
        .await?;
    home.click("#password-change-submit").await?;
    home.wait_for_text("#password-changed", "Your password has been changed")
        .await?;
    home.screenshot("account-password-changed-en-desktop")
        .await?;

    // The old one no longer works; the new one does. In Latvian on a phone, the account page.
    school.goto(&server.url("/signin")).await?;
    school
        .replace_text("#teacher-email", "ieva@skola.lv")
        .await?;
    school
        .replace_text("#teacher-password", "skolotaja-parole")
        .await?;
    school.click("#teacher-signin button[type=submit]").await?;
    school
        .wait_for_text("#teacher-signin-error", "Nepareizs")
        .await?;
    sign_in_teacher(&school, &server, "ieva@skola.lv", "jauna-skolotajas-parole").await?;
    school.resize(&BrowserOptions::phone("lv")).await?;
    school.goto(&server.url("/account")).await?;
    school.wait_for_text("h1", "Mans konts").await?;
    school
        .wait_for_text("#session-lifetime", "12 stundas")
        .await?;
    school
        .wait_until("document.querySelectorAll('#session-list li').length === 2")
        .await?;
    school.screenshot("account-sessions-lv-phone").await?;

    home.finish(EXPECTED_LOGS).await?;
    school.finish(EXPECTED_LOGS).await
}

#[tokio::test]
async fn joining_another_teachers_class_asks_whose_class_it_is_and_her_password()
-> anyhow::Result<()> {
    let server = TestServer::start()?;
    let ieva = TestBrowser::launch(BrowserOptions::desktop("lv")).await?;
    let home_code = teacher_with_an_empty_class(&ieva, &server, "ieva@skola.lv", "7.b").await?;
    let stranger = TestBrowser::launch(BrowserOptions::desktop("lv")).await?;
    stranger.goto(&server.url("/signup")).await?;
    stranger.replace_text("#signup-name", "Svešais").await?;
    stranger
        .replace_text("#signup-email", "svesais@example.lv")
        .await?;
    stranger
        .replace_text("#signup-password", "svesa-parole")
        .await?;
    stranger.click("#signup-form button[type=submit]").await?;
    stranger.text("#new-class-form").await?;
    stranger
        .replace_text("#new-class-name", "Bezmaksas spēles")
        .await?;
    stranger.click("#new-class-submit").await?;
    let trap_code = stranger.text("#join-code").await?;

    let anna = TestBrowser::launch(BrowserOptions::phone("lv")).await?;
    join(&anna, &server, &home_code, "Anna").await?;

    // The stranger's link: whose class it is, a warning, and her own password to confirm.
    anna.goto(&server.url(&format!("/join/{trap_code}")))
        .await?;
    anna.wait_for_text("#join-confirm-text", "Bezmaksas spēles")
        .await?;
    assert!(anna.text("#join-confirm-text").await?.contains("Svešais"));
    anna.text("#join-confirm-warning").await?;
    anna.screenshot("join-another-class-lv-phone").await?;
    anna.click("#join-submit").await?;
    anna.wait_for_text("#join-error", "paroli").await?;
    anna.replace_text("#join-confirm-password", "nav-mana-parole")
        .await?;
    anna.click("#join-submit").await?;
    anna.wait_for_text("#join-error", "Tā nav tava parole")
        .await?;
    anna.replace_text("#join-confirm-password", STUDENT_PASSWORD)
        .await?;
    anna.click("#join-submit").await?;
    anna.wait_for_text("h1", "Mani uzdevumi").await?;

    // The stranger's class has her, but her account stays in Ieva's care.
    stranger.reload().await?;
    stranger.wait_for_text("#student-list", "Anna").await?;
    stranger
        .wait_for_text(
            "#student-list .student-list__elsewhere",
            "Konts no citas klases",
        )
        .await?;
    assert_eq!(
        stranger
            .eval("document.querySelectorAll('#student-list .student-list__password').length")
            .await?
            .as_i64(),
        Some(0)
    );
    stranger
        .screenshot("class-student-from-elsewhere-lv-desktop")
        .await?;
    ieva.reload().await?;
    ieva.wait_for_text("#student-list", "Anna").await?;
    ieva.text("#student-list .student-list__password").await?;

    // In English on a desktop, the confirmation for a third class.
    anna.resize(&BrowserOptions::desktop("en")).await?;
    anna.click(".language-switch__option[lang=en]").await?;
    let third = TestBrowser::launch(BrowserOptions::desktop("en")).await?;
    let third_code =
        teacher_with_an_empty_class(&third, &server, "third@skola.lv", "Robotics club").await?;
    anna.goto(&server.url(&format!("/join/{third_code}")))
        .await?;
    anna.wait_for_text("#join-confirm-text", "Robotics club")
        .await?;
    anna.wait_for_text("#join-confirm-warning", "really is your teacher")
        .await?;
    anna.screenshot("join-another-class-en-desktop").await?;

    anna.finish(EXPECTED_LOGS).await?;
    third.finish(EXPECTED_LOGS).await?;
    stranger.finish(EXPECTED_LOGS).await?;
    ieva.finish(EXPECTED_LOGS).await
}

#[tokio::test]
async fn the_privacy_page_the_class_spreadsheet_and_a_student_deleting_the_account()
-> anyhow::Result<()> {
    let server = TestServer::start()?;
    let ieva = TestBrowser::launch(BrowserOptions::desktop("lv")).await?;
    let code = teacher_with_an_empty_class(&ieva, &server, "ieva@skola.lv", "7.b").await?;
    let anna = TestBrowser::launch(BrowserOptions::phone("lv")).await?;
    join(&anna, &server, &code, "Anna Bērziņa").await?;

    // The teacher's grid as a spreadsheet: UTF-8 with a byte-order mark, Latvian headings.
    ieva.reload().await?;
    ieva.wait_for_text("#student-list", "Anna Bērziņa").await?;
    // (`text()` would drop the byte-order mark: read the bytes.)
    let csv = ieva
        .eval(
            "fetch(document.querySelector('#grid-csv').href)
                .then(response => response.arrayBuffer())
                .then(buffer => Array.from(new Uint8Array(buffer)))",
        )
        .await?;
    let bytes: Vec<u8> = serde_json::from_value(csv)?;
    assert!(bytes.starts_with(&[0xEF, 0xBB, 0xBF]), "{bytes:?}");
    let csv = String::from_utf8(bytes[3..].to_vec())?;
    assert!(
        csv.starts_with("Skolēns") && csv.contains("\nAnna Bērziņa"),
        "{csv}"
    );

    // Anyone can read what is kept and why, from the footer.
    anna.click("#privacy-link").await?;
    anna.wait_for_text("h1", "Privātums").await?;
    anna.wait_for_text("#privacy", "Ko mēs nekad nedarām")
        .await?;
    anna.screenshot("privacy-lv-phone").await?;
    anna.resize(&BrowserOptions::desktop("en")).await?;
    anna.click(".language-switch__option[lang=en]").await?;
    anna.wait_for_text("h1", "Privacy").await?;
    anna.screenshot("privacy-en-desktop").await?;

    // Her data: a download, and deleting the account after typing her password.
    anna.click("#account-name").await?;
    anna.wait_for_text("h1", "My account").await?;
    anna.wait_for_text("#session-lifetime", "6 days").await?;
    let export = anna
        .eval("fetch('/api/me/data').then(response => response.json()).then(data => data.account.name)")
        .await?;
    assert_eq!(export.as_str(), Some("Anna Bērziņa"));
    anna.click("#account-delete").await?;
    anna.replace_text("#account-delete-password", "nav-mana-parole")
        .await?;
    anna.click("#account-delete-submit").await?;
    anna.wait_for_text("#account-delete-error", "nothing was deleted")
        .await?;
    anna.screenshot("account-delete-en-desktop").await?;
    anna.replace_text("#account-delete-password", STUDENT_PASSWORD)
        .await?;
    anna.click("#account-delete-submit").await?;
    anna.text("#signin-link").await?;

    ieva.reload().await?;
    ieva.text("#students-empty").await?;
    anna.finish(EXPECTED_LOGS).await?;
    ieva.finish(EXPECTED_LOGS).await
}
