//! A teacher's feedback on a student's work: comments on lines of a run, answers from either
//! side, what is new to whom, verdicts and resubmissions; and what is refused (other classes,
//! other students, bad input). On SQLite, and on PostgreSQL under `cargo xtask test`.

mod common;

use axum::http::StatusCode;
use common::{Client, class, now_ms, save_run_at as run, student, teacher, test_app};
use serde_json::{Value, json};

const ITEM: &str = "programmesanas-pamati/sveika-pasaule";
const OTHER_ITEM: &str = "programmesanas-pamati/vairakas-rindas";

async fn assign(teacher: &Client<'_>, class: &str, items: &[&str]) {
    teacher
        .expect(
            StatusCode::OK,
            "POST",
            &format!("/api/classes/{class}/assignments"),
            Some(json!({"items": items})),
        )
        .await;
}

/// The signed-in student's assignment of `item`.
async fn my_assignment(student: &Client<'_>, item: &str) -> Value {
    let mine = student
        .expect(StatusCode::OK, "GET", "/api/me/assignments", None)
        .await;
    mine.as_array()
        .unwrap()
        .iter()
        .find(|assignment| assignment["item"] == item)
        .cloned()
        .unwrap_or_else(|| panic!("no assignment of {item}: {mine}"))
}

/// The grid's cell of `student` on `item`.
async fn cell(teacher: &Client<'_>, class: &str, student: &str, item: &str) -> Value {
    let grid = teacher
        .expect(
            StatusCode::OK,
            "GET",
            &format!("/api/classes/{class}/grid"),
            None,
        )
        .await;
    grid["cells"]
        .as_array()
        .unwrap()
        .iter()
        .find(|cell| cell["student"] == student && cell["item"] == item)
        .cloned()
        .unwrap_or_else(|| panic!("no cell: {grid}"))
}

#[tokio::test]
async fn a_comment_on_a_line_reaches_the_student_who_answers_and_it_stays_with_its_run() {
    let app = test_app().await;
    let ilze = teacher(&app, "ilze@skola.lv").await;
    let (class_id, code) = class(&ilze, "7.a").await;
    let (anna, anna_id) = student(&app, &code, "Anna").await;
    let (janis, _) = student(&app, &code, "Jānis").await;
    assign(&ilze, &class_id, &[ITEM]).await;
    let first = run(
        &anna,
        ITEM,
        "name = input()\nprint('Sveiks', name)\n",
        false,
        now_ms() - 60_000,
    )
    .await;
    let student_path = format!("/api/classes/{class_id}/students/{anna_id}");
    let feedback = ilze
        .expect(
            StatusCode::OK,
            "GET",
            &format!("{student_path}/feedback?item={ITEM}"),
            None,
        )
        .await;
    assert_eq!(feedback, json!({"comments": [], "review": null}));

    let comment = ilze
        .expect(
            StatusCode::OK,
            "POST",
            &format!("{student_path}/comments"),
            Some(
                json!({"item": ITEM, "attempt": first, "first_line": 2, "last_line": 2,
                        "body": "  Kas te izdrukājas, ja vārds ir tukšs?  "}),
            ),
        )
        .await;
    assert_eq!(comment["quoted"], "print('Sveiks', name)");
    assert_eq!(comment["body"], "Kas te izdrukājas, ja vārds ir tukšs?");
    assert_eq!(comment["by_teacher"], true);
    assert_eq!(comment["author"], "Ilze Ozola");
    assert_eq!(comment["thread"], comment["id"]);
    assert_eq!(comment["new"], false, "not new to the one who wrote it");

    // The student: one new comment on the assignment, and the comment with its line.
    assert_eq!(my_assignment(&anna, ITEM).await["new_comments"], 1);
    let mine = anna
        .expect(
            StatusCode::OK,
            "GET",
            &format!("/api/me/feedback?item={ITEM}"),
            None,
        )
        .await;
    assert_eq!(mine["classes"][0]["class_name"], "7.a");
    let seen_by_anna = &mine["classes"][0]["comments"][0];
    assert_eq!(seen_by_anna["new"], true);
    assert_eq!(seen_by_anna["first_line"], 2);
    assert_eq!(seen_by_anna["attempt"], first.as_str());

    // She answers, and reads what was new.
    let thread = comment["thread"].as_str().unwrap();
    let answer = anna
        .expect(
            StatusCode::OK,
            "POST",
            &format!("/api/me/comments/{thread}"),
            Some(json!({"body": "Tad izdrukājas tikai Sveiks."})),
        )
        .await;
    assert_eq!(answer["by_teacher"], false);
    assert_eq!(answer["author"], "Anna");
    assert_eq!(answer["thread"], thread);
    assert_eq!(answer["quoted"], "print('Sveiks', name)");
    anna.expect(
        StatusCode::NO_CONTENT,
        "POST",
        "/api/me/feedback/seen",
        Some(json!({"item": ITEM})),
    )
    .await;
    assert_eq!(my_assignment(&anna, ITEM).await["new_comments"], 0);

    // The teacher: two comments on the cell, one answer not read; then read.
    let on_grid = cell(&ilze, &class_id, &anna_id, ITEM).await;
    assert_eq!(
        (on_grid["comments"].clone(), on_grid["new_answers"].clone()),
        (json!(2), json!(1))
    );
    let feedback = ilze
        .expect(
            StatusCode::OK,
            "GET",
            &format!("{student_path}/feedback?item={ITEM}"),
            None,
        )
        .await;
    assert_eq!(feedback["comments"][1]["new"], true);
    ilze.expect(
        StatusCode::NO_CONTENT,
        "POST",
        &format!("{student_path}/feedback/seen"),
        Some(json!({"item": ITEM})),
    )
    .await;
    assert_eq!(
        cell(&ilze, &class_id, &anna_id, ITEM).await["new_answers"],
        0
    );
    // The teacher answers in the same thread.
    let again = ilze
        .expect(
            StatusCode::OK,
            "POST",
            &format!("{student_path}/comments/{thread}"),
            Some(json!({"body": "Tieši tā. Ko darīt?"})),
        )
        .await;
    assert_eq!(again["thread"], thread);

    // A later run changes the code: the comment stays with the run it was on.
    run(
        &anna,
        ITEM,
        "name = input()\nif name:\n    print('Sveiks', name)\n",
        true,
        now_ms(),
    )
    .await;
    let mine = anna
        .expect(
            StatusCode::OK,
            "GET",
            &format!("/api/me/feedback?item={ITEM}"),
            None,
        )
        .await;
    let comments = mine["classes"][0]["comments"].as_array().unwrap();
    assert_eq!(comments.len(), 3);
    assert!(
        comments
            .iter()
            .all(|comment| comment["attempt"] == first.as_str()
                && comment["quoted"] == "print('Sveiks', name)")
    );
    assert_eq!(
        comments
            .iter()
            .map(|comment| comment["new"].clone())
            .collect::<Vec<_>>(),
        [json!(false), json!(false), json!(true)]
    );

    // A classmate sees none of it and cannot answer in it.
    let theirs = janis
        .expect(
            StatusCode::OK,
            "GET",
            &format!("/api/me/feedback?item={ITEM}"),
            None,
        )
        .await;
    assert_eq!(theirs, json!({"classes": []}));
    janis
        .expect(
            StatusCode::NOT_FOUND,
            "POST",
            &format!("/api/me/comments/{thread}"),
            Some(json!({"body": "Es arī!"})),
        )
        .await;
    assert_eq!(my_assignment(&janis, ITEM).await["new_comments"], 0);
}

#[tokio::test]
async fn work_sent_back_and_solved_again_shows_as_resubmitted_then_accepted() {
    let app = test_app().await;
    let ilze = teacher(&app, "ilze@skola.lv").await;
    let (class_id, code) = class(&ilze, "7.a").await;
    let (anna, anna_id) = student(&app, &code, "Anna").await;
    let (_janis, janis_id) = student(&app, &code, "Jānis").await;
    assign(&ilze, &class_id, &[ITEM]).await;
    run(
        &anna,
        ITEM,
        "print('Sveika, pasaule!')",
        true,
        now_ms() - 60_000,
    )
    .await;
    let review = |student: &str| format!("/api/classes/{class_id}/students/{student}/review");

    // Sent back needs a note; a student with no run yet has nothing to look at.
    ilze.expect(
        StatusCode::BAD_REQUEST,
        "PUT",
        &review(&anna_id),
        Some(json!({"item": ITEM, "verdict": "sent_back", "note": "  "})),
    )
    .await;
    let none = ilze
        .expect(
            StatusCode::NOT_FOUND,
            "PUT",
            &review(&janis_id),
            Some(json!({"item": ITEM, "verdict": "accepted"})),
        )
        .await;
    assert_eq!(none["error"]["code"], "no_code_yet");

    let sent = ilze
        .expect(
            StatusCode::OK,
            "PUT",
            &review(&anna_id),
            Some(json!({"item": ITEM, "verdict": "sent_back",
                        "note": "Pārbaudi komatu un izsaukuma zīmi."})),
        )
        .await;
    assert_eq!(sent["verdict"], "sent_back");
    assert_eq!(sent["resubmitted"], false);
    let mine = my_assignment(&anna, ITEM).await;
    assert_eq!(mine["review"]["verdict"], "sent_back");
    assert_eq!(mine["review"]["note"], "Pārbaudi komatu un izsaukuma zīmi.");
    assert_eq!(mine["new_review"], true);
    anna.expect(
        StatusCode::NO_CONTENT,
        "POST",
        "/api/me/feedback/seen",
        Some(json!({"item": ITEM})),
    )
    .await;
    assert_eq!(my_assignment(&anna, ITEM).await["new_review"], false);
    assert_eq!(
        cell(&ilze, &class_id, &anna_id, ITEM).await["review"]["resubmitted"],
        false
    );

    // A failing run is no resubmission; a solved one after the verdict is.
    run(&anna, ITEM, "print('Sveika pasaule')", false, now_ms() + 1).await;
    assert_eq!(
        cell(&ilze, &class_id, &anna_id, ITEM).await["review"]["resubmitted"],
        false
    );
    run(&anna, ITEM, "print('Sveika, pasaule!')", true, now_ms() + 2).await;
    assert_eq!(
        cell(&ilze, &class_id, &anna_id, ITEM).await["review"]["resubmitted"],
        true
    );
    assert_eq!(
        my_assignment(&anna, ITEM).await["review"]["resubmitted"],
        true
    );

    // Accepted: a new verdict, new to the student again.
    let accepted = ilze
        .expect(
            StatusCode::OK,
            "PUT",
            &review(&anna_id),
            Some(json!({"item": ITEM, "verdict": "accepted"})),
        )
        .await;
    assert_eq!(accepted["verdict"], "accepted");
    assert_eq!(accepted["note"], "");
    let mine = my_assignment(&anna, ITEM).await;
    assert_eq!(mine["review"]["verdict"], "accepted");
    assert_eq!(mine["new_review"], true);
    let feedback = anna
        .expect(
            StatusCode::OK,
            "GET",
            &format!("/api/me/feedback?item={ITEM}"),
            None,
        )
        .await;
    assert_eq!(feedback["classes"][0]["review"]["verdict"], "accepted");
}

#[tokio::test]
async fn feedback_is_refused_across_classes_students_and_for_bad_input() {
    let app = test_app().await;
    let ilze = teacher(&app, "ilze@skola.lv").await;
    let other = teacher(&app, "cits@skola.lv").await;
    let (class_id, code) = class(&ilze, "7.a").await;
    let (other_class, other_code) = class(&other, "8.b").await;
    let (anna, anna_id) = student(&app, &code, "Anna").await;
    let (janis, janis_id) = student(&app, &code, "Jānis").await;
    let (_olga, olga_id) = student(&app, &other_code, "Olga").await;
    assign(&ilze, &class_id, &[ITEM]).await;
    assign(&other, &other_class, &[ITEM]).await;
    let annas = run(&anna, ITEM, "a = 1\nb = 2\nprint(a + b)\n", true, now_ms()).await;
    let janis_run = run(&janis, ITEM, "print(3)\n", true, now_ms()).await;
    let annas_other = run(&anna, OTHER_ITEM, "print('x')\n", true, now_ms()).await;
    let comments = format!("/api/classes/{class_id}/students/{anna_id}/comments");
    let comment = |attempt: &str, item: &str, first: u32, last: u32, body: &str| {
        json!({"item": item, "attempt": attempt, "first_line": first, "last_line": last,
               "body": body})
    };

    // Another teacher: not their class, and their class does not have Anna.
    other
        .expect(
            StatusCode::NOT_FOUND,
            "POST",
            &comments,
            Some(comment(&annas, ITEM, 1, 1, "Sveiki")),
        )
        .await;
    other
        .expect(
            StatusCode::NOT_FOUND,
            "POST",
            &format!("/api/classes/{other_class}/students/{anna_id}/comments"),
            Some(comment(&annas, ITEM, 1, 1, "Sveiki")),
        )
        .await;
    other
        .expect(
            StatusCode::NOT_FOUND,
            "GET",
            &format!("/api/classes/{other_class}/students/{anna_id}/feedback?item={ITEM}"),
            None,
        )
        .await;
    // A student may not use the teacher's side, even on their own work.
    anna.expect(
        StatusCode::FORBIDDEN,
        "POST",
        &comments,
        Some(comment(&annas, ITEM, 1, 1, "Man pašai")),
    )
    .await;
    // The run must be this student's, of this item, which the class assigned.
    for (attempt, item) in [
        (janis_run.as_str(), ITEM),
        (annas_other.as_str(), OTHER_ITEM),
        (annas_other.as_str(), ITEM),
        ("nav-tada", ITEM),
    ] {
        ilze.expect(
            StatusCode::NOT_FOUND,
            "POST",
            &comments,
            Some(comment(attempt, item, 1, 1, "Sveiki")),
        )
        .await;
    }
    // Lines the run has, a body that is text.
    for (first, last, body) in [
        (0, 1, "Sveiki"),
        (2, 1, "Sveiki"),
        (3, 4, "Sveiki"),
        (1, 1, "   "),
        (1, 1, "bīstami\u{1b}[2J"),
    ] {
        ilze.expect(
            StatusCode::BAD_REQUEST,
            "POST",
            &comments,
            Some(comment(&annas, ITEM, first, last, body)),
        )
        .await;
    }
    let long = "ā".repeat(2001);
    ilze.expect(
        StatusCode::BAD_REQUEST,
        "POST",
        &comments,
        Some(comment(&annas, ITEM, 1, 1, &long)),
    )
    .await;
    let (status, _) = ilze
        .call(
            "POST",
            &comments,
            Some(json!({"item": ITEM, "attempt": annas})),
        )
        .await;
    assert!(status.is_client_error(), "{status}");

    // A thread of class 7.a cannot be answered through another class, nor by a classmate.
    let thread = ilze
        .expect(
            StatusCode::OK,
            "POST",
            &comments,
            Some(comment(&annas, ITEM, 1, 3, "Labi!")),
        )
        .await["thread"]
        .as_str()
        .unwrap()
        .to_owned();
    other
        .expect(
            StatusCode::NOT_FOUND,
            "POST",
            &format!("/api/classes/{other_class}/students/{olga_id}/comments/{thread}"),
            Some(json!({"body": "Es arī"})),
        )
        .await;
    ilze.expect(
        StatusCode::NOT_FOUND,
        "POST",
        &format!("/api/classes/{class_id}/students/{janis_id}/comments/{thread}"),
        Some(json!({"body": "Jānim"})),
    )
    .await;

    // At most so many comments on one student's item.
    for index in 1..darbnica_api::feedback::MAX_COMMENTS_PER_ITEM {
        ilze.expect(
            StatusCode::OK,
            "POST",
            &format!("{comments}/{thread}"),
            Some(json!({"body": format!("Piezīme {index}")})),
        )
        .await;
    }
    let full = ilze
        .expect(
            StatusCode::TOO_MANY_REQUESTS,
            "POST",
            &comments,
            Some(comment(&annas, ITEM, 1, 1, "Vēl viena")),
        )
        .await;
    assert_eq!(full["error"]["code"], "storage_full");

    // Out of the class, Anna cannot answer any more, and the teacher no longer sees her work.
    ilze.expect(
        StatusCode::NO_CONTENT,
        "DELETE",
        &format!("/api/classes/{class_id}/students/{anna_id}"),
        None,
    )
    .await;
    anna.expect(
        StatusCode::NOT_FOUND,
        "POST",
        &format!("/api/me/comments/{thread}"),
        Some(json!({"body": "Vai vēl var?"})),
    )
    .await;
    ilze.expect(
        StatusCode::NOT_FOUND,
        "GET",
        &format!("/api/classes/{class_id}/students/{anna_id}/feedback?item={ITEM}"),
        None,
    )
    .await;
}

#[tokio::test]
async fn feedback_is_in_both_exports_and_goes_with_the_students_account() {
    let app = test_app().await;
    let ilze = teacher(&app, "ilze@skola.lv").await;
    let (class_id, code) = class(&ilze, "7.a").await;
    let (anna, anna_id) = student(&app, &code, "Anna").await;
    assign(&ilze, &class_id, &[ITEM]).await;
    let attempt = run(&anna, ITEM, "print('Sveika, pasaule!')\n", true, now_ms()).await;
    let student_path = format!("/api/classes/{class_id}/students/{anna_id}");
    let thread = ilze
        .expect(
            StatusCode::OK,
            "POST",
            &format!("{student_path}/comments"),
            Some(
                json!({"item": ITEM, "attempt": attempt, "first_line": 1, "last_line": 1,
                        "body": "Skaisti!"}),
            ),
        )
        .await["thread"]
        .as_str()
        .unwrap()
        .to_owned();
    anna.expect(
        StatusCode::OK,
        "POST",
        &format!("/api/me/comments/{thread}"),
        Some(json!({"body": "Paldies!"})),
    )
    .await;
    ilze.expect(
        StatusCode::OK,
        "PUT",
        &format!("{student_path}/review"),
        Some(json!({"item": ITEM, "verdict": "accepted", "note": "Pieņemts."})),
    )
    .await;
    // Anna's has the thread on her work; Ilze's, what she wrote (Anna's answer is Anna's).
    for (who, client, written) in [
        ("Anna", &anna, &["Skaisti!", "Paldies!"][..]),
        ("Ilze", &ilze, &["Skaisti!"][..]),
    ] {
        let export = client
            .expect(StatusCode::OK, "GET", "/api/me/data", None)
            .await;
        let bodies: Vec<&str> = export["comments"]
            .as_array()
            .unwrap()
            .iter()
            .map(|comment| comment["body"].as_str().unwrap())
            .collect();
        assert_eq!(bodies, written, "{who}: {export}");
        assert_eq!(export["reviews"][0]["note"], "Pieņemts.", "{who}");
        assert_eq!(export["reviews"][0]["student_name"], "Anna", "{who}");
    }

    anna.expect(
        StatusCode::NO_CONTENT,
        "DELETE",
        "/api/me",
        Some(json!({"password": common::STUDENT_PASSWORD})),
    )
    .await;
    for table in ["comments", "reviews"] {
        let (left,): (i64,) = sqlx::query_as(&format!(
            "SELECT COUNT(*) FROM {table} WHERE student_id = $1"
        ))
        .bind(&anna_id)
        .fetch_one(app.database.pool())
        .await
        .unwrap();
        assert_eq!(left, 0, "{table} still holds Anna's");
    }
}

#[tokio::test]
async fn the_timeline_shows_each_run_with_its_change_and_marks_pastes_and_large_insertions() {
    let app = test_app().await;
    let ilze = teacher(&app, "ilze@skola.lv").await;
    let other = teacher(&app, "cits@skola.lv").await;
    let (class_id, code) = class(&ilze, "7.a").await;
    let (other_class, _) = class(&other, "8.b").await;
    let (anna, anna_id) = student(&app, &code, "Anna").await;
    assign(&ilze, &class_id, &[ITEM]).await;
    let at = now_ms() - 60_000;
    let save = |code: String, passed: bool, at: i64, pasted: Vec<u32>| {
        json!({"attempts": [{"id": uuid::Uuid::new_v4().to_string(), "item": ITEM,
                             "code": code, "passed": passed, "at": at, "pasted": pasted}]})
    };
    for (code, passed, when, pasted) in [
        ("print('Sveika')\n".to_owned(), false, at, vec![]),
        (
            "print('Sveika, pasaule!')\n".to_owned(),
            true,
            at + 1000,
            vec![14],
        ),
        (
            (0..10)
                .map(|line| format!("x{line} = {line}\n"))
                .collect::<String>()
                + "print('Sveika, pasaule!')\n",
            true,
            at + 2000,
            vec![],
        ),
        (
            "print('Sveika, pasaule!')\n".to_owned(),
            true,
            at + 3000,
            vec![640],
        ),
    ] {
        anna.expect(
            StatusCode::OK,
            "POST",
            "/api/progress",
            Some(save(code, passed, when, pasted)),
        )
        .await;
    }
    let runs = ilze
        .expect(
            StatusCode::OK,
            "GET",
            &format!("/api/classes/{class_id}/students/{anna_id}/runs?item={ITEM}"),
            None,
        )
        .await;
    let runs = runs.as_array().unwrap();
    assert_eq!(runs.len(), 4);
    let summary: Vec<(Value, Value, Value, Value, Value)> = runs
        .iter()
        .map(|run| {
            (
                run["added"].clone(),
                run["removed"].clone(),
                run["passed"].clone(),
                run["large"].clone(),
                run["pasted"].clone(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            (json!(1), json!(0), json!(false), json!(false), json!([])),
            (json!(1), json!(1), json!(true), json!(false), json!([14])),
            (json!(10), json!(0), json!(true), json!(true), json!([])),
            (json!(0), json!(10), json!(true), json!(true), json!([640])),
        ]
    );
    assert_eq!(
        runs[1]["diff"],
        json!([{"kind": "removed", "text": "print('Sveika')"},
               {"kind": "added", "text": "print('Sveika, pasaule!')"}])
    );
    // Her own export has the sizes too (never what was pasted: the server is not sent it).
    let export = anna
        .expect(StatusCode::OK, "GET", "/api/me/data", None)
        .await;
    assert_eq!(export["attempts"][3]["pasted"], json!([640]));

    // Another teacher, or an item the class did not assign: nothing.
    other
        .expect(
            StatusCode::NOT_FOUND,
            "GET",
            &format!("/api/classes/{other_class}/students/{anna_id}/runs?item={ITEM}"),
            None,
        )
        .await;
    ilze.expect(
        StatusCode::NOT_FOUND,
        "GET",
        &format!("/api/classes/{class_id}/students/{anna_id}/runs?item={OTHER_ITEM}"),
        None,
    )
    .await;
    // At most a hundred pastes a run, each no longer than code may be.
    for pasted in [vec![1; 101], vec![70_000]] {
        anna.expect(
            StatusCode::BAD_REQUEST,
            "POST",
            "/api/progress",
            Some(save("print(1)".to_owned(), true, now_ms(), pasted)),
        )
        .await;
    }
}

#[tokio::test]
async fn the_similarity_view_pairs_programs_alike_but_for_names_comments_and_spacing() {
    let app = test_app().await;
    let ilze = teacher(&app, "ilze@skola.lv").await;
    let other = teacher(&app, "cits@skola.lv").await;
    let (class_id, code) = class(&ilze, "7.a").await;
    let (other_class, _) = class(&other, "8.b").await;
    assign(&ilze, &class_id, &[ITEM]).await;
    let programs = [
        (
            "Anna",
            "greeting = 'Sveika'\nwho = 'pasaule'\nfor i in range(1):\n    print(greeting + ', ' + who + '!')\n",
        ),
        (
            "Jānis",
            "# mans risinājums\nsveiciens = \"Sveika\"\nkam = \"pasaule\"\n\nfor k in range( 1 ):\n    print(sveiciens+\", \"+kam+\"!\")  # drukā\n",
        ),
        (
            "Olga",
            "words = ['Sveika', 'pasaule']\ntext = ', '.join(words)\nif text:\n    print(text + '!')\nelse:\n    print('?')\n",
        ),
        ("Pēteris", "print(\"Sveika, pasaule!\")\n"),
    ];
    let mut ids = Vec::new();
    for (name, program) in programs {
        let (client, id) = student(&app, &code, name).await;
        run(&client, ITEM, program, true, now_ms()).await;
        ids.push(id);
    }
    let similarity = ilze
        .expect(
            StatusCode::OK,
            "GET",
            &format!("/api/classes/{class_id}/similarity?item={ITEM}"),
            None,
        )
        .await;
    // Pēteris's one line is too short to tell anything by.
    assert_eq!(similarity["too_short"], 1, "{similarity}");
    assert_eq!(similarity["compared"], 3);
    let pairs = similarity["pairs"].as_array().unwrap();
    assert_eq!(
        pairs.len(),
        1,
        "only Anna and Jānis are alike: {similarity}"
    );
    assert_eq!(pairs[0]["percent"], 100);
    assert_eq!(
        (
            pairs[0]["first"]["name"].clone(),
            pairs[0]["second"]["name"].clone()
        ),
        (json!("Anna"), json!("Jānis"))
    );
    assert!(
        pairs[0]["second"]["code"]
            .as_str()
            .unwrap()
            .contains("mans risinājums")
    );

    other
        .expect(
            StatusCode::NOT_FOUND,
            "GET",
            &format!("/api/classes/{class_id}/similarity?item={ITEM}"),
            None,
        )
        .await;
    other
        .expect(
            StatusCode::NOT_FOUND,
            "GET",
            &format!("/api/classes/{other_class}/similarity?item={ITEM}"),
            None,
        )
        .await;
}
