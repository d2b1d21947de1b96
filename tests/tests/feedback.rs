//! A teacher's feedback in real browsers, with a teacher and two students, in Latvian and in
//! English: a comment on a line of a student's code and the work sent back with a note; the
//! student sees "1 new comment" and "look again" on their assignments, the comment beside its line
//! in the editor, follows the line as the code changes, answers, and solves it again; the teacher's
//! grid shows the answer and the resubmission, the timeline her runs with the paste before the last
//! one, and the work is accepted; the class's code downloads as a ZIP of .py files. The classmate
//! sees none of it, and cannot answer in it.

use darbnica_e2e::axe::{audit, axe_source};
use darbnica_e2e::classroom::{
    EDITOR, FIRST, cell, join, run_and_wait, teacher_with_a_class, wait_for_cell, wait_for_sync,
};
use darbnica_e2e::{BrowserOptions, TestBrowser, TestServer};

/// What each language's run uses and expects to read.
struct Words {
    language: &'static str,
    email: &'static str,
    class: &'static str,
    comment: &'static str,
    note: &'static str,
    answer: &'static str,
    sent_back: &'static str,
    new_comment: &'static str,
    look_again: &'static str,
    moved: &'static str,
    changed: &'static str,
    resubmitted: &'static str,
    new_answer: &'static str,
    accepted_teacher: &'static str,
    accepted_student: &'static str,
    pasted: &'static str,
    alike: &'static str,
}

const LATVIAN: Words = Words {
    language: "lv",
    email: "ieva@skola.lv",
    class: "7.b informātika",
    comment: "Vai te nav jābūt komatam pēc vārda Sveika?",
    note: "Pārbaudi komatu un izsaukuma zīmi.",
    answer: "Sapratu, izlaboju!",
    sent_back: "Nosūtīts atpakaļ",
    new_comment: "1 jauns komentārs",
    look_again: "Skolotājs lūdz tevi šo darbu vēlreiz pārskatīt.",
    moved: "tagad 3. rindā",
    changed: "šī rinda kopš tā laika ir mainīta",
    resubmitted: "Atrisināts vēlreiz pēc atpakaļ sūtīšanas",
    new_answer: "1 jauna atbilde",
    accepted_teacher: "Pieņemts",
    accepted_student: "Skolotājs šo darbu pieņēma.",
    pasted: "ielīmētas 20 rakstzīmes",
    alike: "līdzīgas par 100%",
};

const ENGLISH: Words = Words {
    language: "en",
    email: "ieva@school.lv",
    class: "Year 7 coding",
    comment: "Should there be a comma after Sveika?",
    note: "Check the comma and the exclamation mark.",
    answer: "Got it, fixed!",
    sent_back: "Sent back",
    new_comment: "1 new comment",
    look_again: "Your teacher asks you to look at this again.",
    moved: "now on line 3",
    changed: "this line has changed since",
    resubmitted: "Solved again since it was sent back",
    new_answer: "1 new answer",
    accepted_teacher: "Accepted",
    accepted_student: "Your teacher accepted this work.",
    pasted: "pasted 20 characters",
    alike: "100% alike",
};

/// Jānis's solution, and Anna's last: the same program but for its names and spacing.
const JANIS_SOLUTION: &str = "teksts = \"Sveika, pasaule!\"\nif teksts:\n    print(teksts)";
const ANNA_SOLUTION: &str =
    "sveiciens = \"Sveika, pasaule!\"\nif sveiciens:\n    print( sveiciens )";

/// What Anna pastes before her last run (20 characters).
const PASTED: &str = "\n# Paldies, skolotāj";

/// Anna's first try: the greeting without its comma, on line 2.
const FIRST_TRY: &str = "vards = \"pasaule\"\nprint(\"Sveika\", vards)";

/// Fetches the link `selector` points at, as the teacher's browser would, and reads it as a ZIP:
/// its files by path, with their text.
async fn zip_files(
    browser: &TestBrowser,
    selector: &str,
) -> anyhow::Result<std::collections::BTreeMap<String, String>> {
    use std::io::Read as _;
    let bytes = browser
        .eval(&format!(
            "fetch(document.querySelector({}).href)
                .then(response => response.arrayBuffer())
                .then(buffer => Array.from(new Uint8Array(buffer)))",
            serde_json::to_string(selector)?
        ))
        .await?;
    let bytes: Vec<u8> = serde_json::from_value(bytes)?;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))?;
    let mut files = std::collections::BTreeMap::new();
    for index in 0..archive.len() {
        let mut file = archive.by_index(index)?;
        let mut text = String::new();
        file.read_to_string(&mut text)?;
        files.insert(file.name()?.into_owned(), text);
    }
    Ok(files)
}

#[tokio::test]
async fn a_teacher_comments_sends_back_and_accepts_and_only_that_student_sees_it()
-> anyhow::Result<()> {
    let server = TestServer::start()?;
    for words in [LATVIAN, ENGLISH] {
        feedback_in(&server, &words).await?;
    }
    Ok(())
}

async fn feedback_in(server: &TestServer, words: &Words) -> anyhow::Result<()> {
    let language = words.language;
    let teacher = TestBrowser::launch(BrowserOptions::desktop(language)).await?;
    let code = teacher_with_a_class(&teacher, server, words.email, words.class).await?;
    let anna = TestBrowser::launch(if language == "lv" {
        BrowserOptions::desktop(language)
    } else {
        BrowserOptions::phone(language)
    })
    .await?;
    join(&anna, server, &code, "Anna Liepa").await?;
    let janis = TestBrowser::launch(BrowserOptions::desktop(language)).await?;
    join(&janis, server, &code, "Jānis Ozols").await?;
    let exercise = server.url(&format!("/courses/{FIRST}"));

    // Anna tries; Jānis solves it.
    anna.goto(&exercise).await?;
    anna.editor_made().await?;
    run_and_wait(&anna, FIRST_TRY, ".check-result--failed").await?;
    wait_for_sync(&anna, "saved").await?;
    janis.goto(&exercise).await?;
    janis.editor_made().await?;
    run_and_wait(&janis, JANIS_SOLUTION, ".check-result--passed").await?;
    wait_for_sync(&janis, "saved").await?;

    // The teacher opens Anna's code (her row is first), comments on line 2 and sends it back.
    wait_for_cell(&teacher, FIRST, "tried").await?;
    teacher.click(&format!("{} button", cell(FIRST))).await?;
    teacher
        .text("#student-code .code-lines__number[data-line='2']")
        .await?;
    teacher
        .click("#student-code .code-lines__number[data-line='2']")
        .await?;
    teacher.replace_text("#comment-body", words.comment).await?;
    teacher.click("#comment-send").await?;
    teacher
        .wait_for_text(".comment-thread[data-line='2']", words.comment)
        .await?;
    assert!(
        teacher
            .text(".comment-thread[data-line='2'] .comment-thread__quote")
            .await?
            .contains("print(\"Sveika\", vards)")
    );
    teacher.replace_text("#review-note", words.note).await?;
    teacher.click("#review-send-back").await?;
    teacher
        .wait_for_text("#review-state", words.sent_back)
        .await?;
    teacher
        .screenshot(&format!("feedback-teacher-{language}-desktop"))
        .await?;
    let axe = axe_source()?;
    let (violations, _) = audit(&teacher, &axe).await?;
    assert!(
        violations.is_empty(),
        "the teacher's dialog: {violations:?}"
    );
    teacher.click("#code-dialog-close").await?;
    teacher
        .wait_until("!document.querySelector('#code-dialog').open")
        .await?;
    teacher.reload().await?;
    teacher
        .wait_for_text(
            &format!("{} .grid-cell__review", cell(FIRST)),
            words.sent_back,
        )
        .await?;

    // Anna: a new comment and "look again" on her assignments.
    anna.goto(&server.url("/assignments")).await?;
    let item = format!("#my-assignments li[data-item='{FIRST}']");
    anna.wait_for_text(
        &format!("{item} .my-assignment__comments"),
        words.new_comment,
    )
    .await?;
    assert_eq!(
        anna.text(&format!("{item} .my-assignment__verdict"))
            .await?,
        words.look_again
    );
    anna.screenshot(&format!("feedback-assignments-{language}"))
        .await?;

    // On the exercise: the verdict with its note, the thread, and the comment beside line 2.
    anna.click(&format!("{item} a")).await?;
    anna.editor_made().await?;
    anna.wait_for_text("#my-verdict", words.look_again).await?;
    assert!(anna.text("#my-verdict").await?.contains(words.note));
    let thread = ".my-feedback .comment-thread[data-line='2']";
    anna.wait_for_text(thread, words.comment).await?;
    assert!(
        anna.text(&format!("{thread} .comment"))
            .await?
            .contains(words.comment)
    );
    anna.wait_for_text(".cm-commented-line", "print(\"Sveika\", vards)")
        .await?;
    assert!(anna.text(".cm-comment-note").await?.contains(words.comment));
    anna.screenshot(&format!("feedback-student-{language}"))
        .await?;
    let (violations, _) = audit(&anna, &axe).await?;
    assert!(
        violations.is_empty(),
        "the student's feedback: {violations:?}"
    );

    // The line moves down as she adds one above it; then she changes the line itself.
    anna.replace_text(EDITOR, &format!("# {}\n{FIRST_TRY}", words.answer))
        .await?;
    anna.wait_for_text(&format!("{thread} .comment-thread__now"), words.moved)
        .await?;
    anna.replace_text(EDITOR, ANNA_SOLUTION).await?;
    anna.wait_for_text(&format!("{thread} .comment-thread__now"), words.changed)
        .await?;

    // She answers, and solves it.
    anna.replace_text(&format!("{thread} textarea"), words.answer)
        .await?;
    anna.click(&format!("{thread} .comment-thread__answer button"))
        .await?;
    anna.wait_for_text(&format!("{thread} .comment:last-child"), words.answer)
        .await?;
    // A paste (a thank-you line at the end), then the run that solves it: the run carries the
    // paste's size, not its text.
    anna.eval(&format!(
        "(() => {{ const data = new DataTransfer(); data.setData('text/plain', {}); \
         document.querySelector('.cm-content').dispatchEvent(new ClipboardEvent('paste', \
         {{clipboardData: data, bubbles: true, cancelable: true}})); return 1; }})()",
        serde_json::to_string(PASTED)?
    ))
    .await?;
    anna.wait_for_text(EDITOR, PASTED.trim()).await?;
    anna.click("#run-button").await?;
    anna.text(".check-result--passed").await?;
    wait_for_sync(&anna, "saved").await?;

    // The teacher: solved again, and a new answer; accepted.
    teacher.reload().await?;
    let anna_cell = cell(FIRST);
    teacher
        .wait_for_text(
            &format!("{anna_cell} .grid-cell__review"),
            words.resubmitted,
        )
        .await?;
    assert!(
        teacher
            .text(&format!("{anna_cell} .grid-cell__comments"))
            .await?
            .contains(words.new_answer)
    );
    teacher
        .screenshot(&format!("feedback-grid-{language}-desktop"))
        .await?;
    teacher.click(&format!("{anna_cell} button")).await?;
    teacher
        .wait_for_text(".comment-thread .comment--new", words.answer)
        .await?;
    // How the code came to be: her two runs, newest first, the paste marked with its size.
    teacher
        .wait_until("document.querySelectorAll('#run-timeline > li').length === 2")
        .await?;
    let newest = "#run-timeline > li:first-child";
    assert_eq!(
        teacher
            .text(&format!("{newest} .run-timeline__mark--paste"))
            .await?,
        words.pasted
    );
    teacher
        .click(&format!("{newest} .run-timeline__toggle"))
        .await?;
    teacher
        .wait_for_text(&format!("{newest} .run-timeline__diff"), PASTED.trim())
        .await?;
    assert!(
        teacher
            .texts(&format!("{newest} .diff-line--added"))
            .await?
            .iter()
            .any(|line| line.contains(PASTED.trim())),
        "the pasted line is among those added"
    );
    teacher
        .screenshot(&format!("feedback-timeline-{language}-desktop"))
        .await?;
    teacher.click("#review-accept").await?;
    teacher
        .wait_for_text("#review-state", words.accepted_teacher)
        .await?;

    anna.goto(&server.url("/assignments")).await?;
    anna.wait_for_text(
        &format!("{item} .my-assignment__verdict"),
        words.accepted_student,
    )
    .await?;
    assert_eq!(
        anna.eval(&format!(
            "document.querySelector(\"{item} .my-assignment__comments\") === null"
        ))
        .await?,
        true,
        "what she has read is no longer new"
    );

    // The class's code as a download: a folder a student, a file an item, the latest run.
    let files = zip_files(&teacher, "#work-zip").await?;
    assert_eq!(
        files.keys().map(String::as_str).collect::<Vec<_>>(),
        [
            format!("Anna Liepa/{FIRST}.py"),
            format!("Jānis Ozols/{FIRST}.py"),
        ]
    );
    assert!(files[&format!("Anna Liepa/{FIRST}.py")].contains(PASTED.trim()));
    let annas = zip_files(&teacher, "#student-list li:first-child .student-list__work").await?;
    assert_eq!(annas.keys().collect::<Vec<_>>(), [&format!("{FIRST}.py")]);

    // Similar programs: Anna's and Jānis's, once names and spacing are set aside.
    teacher.click("#code-dialog-close").await?;
    teacher
        .wait_until("!document.querySelector('#code-dialog').open")
        .await?;
    teacher.click("#similar-compare").await?;
    teacher
        .wait_for_text(
            "#similar-pairs .similar-pair__names",
            "Anna Liepa · Jānis Ozols",
        )
        .await?;
    assert_eq!(
        teacher
            .text("#similar-pairs .similar-pair__percent")
            .await?,
        words.alike
    );
    teacher.click("#similar-pairs summary").await?;
    teacher
        .wait_for_text("#similar-pairs figure:last-child pre", "print(teksts)")
        .await?;
    teacher
        .screenshot(&format!("feedback-similar-{language}-desktop"))
        .await?;

    // Jānis sees none of it, and cannot answer in Anna's thread.
    let thread_id = teacher
        .eval_string("document.querySelector('.comment-thread').dataset.thread")
        .await?;
    janis.goto(&server.url("/assignments")).await?;
    janis.text(&item).await?;
    assert_eq!(
        janis
            .eval(&format!(
                "document.querySelector(\"{item} .my-assignment__feedback\") === null"
            ))
            .await?,
        true
    );
    janis.goto(&exercise).await?;
    janis.editor_made().await?;
    janis.wait_for_response("/api/me/feedback").await?;
    assert_eq!(
        janis
            .eval("document.querySelector('#my-feedback') === null")
            .await?,
        true
    );
    let refused = janis
        .eval(&format!(
            "fetch('/api/me/comments/{thread_id}', {{method: 'POST', \
             headers: {{'Content-Type': 'application/json'}}, \
             body: JSON.stringify({{body: 'Es arī!'}})}}).then(answer => answer.status)"
        ))
        .await?;
    assert_eq!(refused, 404);

    teacher.finish(&[]).await?;
    anna.finish(&[]).await?;
    janis.finish(&["404"]).await?;
    Ok(())
}
