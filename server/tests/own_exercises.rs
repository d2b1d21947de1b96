//! A teacher's own exercises: written, checked, kept, changed, assigned, done by the class's
//! students like any exercise, deleted; and who may see or touch one (nobody but its teacher and
//! the students of a class of theirs it is assigned to), with what bad drafts get. On SQLite, and
//! on PostgreSQL under `cargo xtask test`.

mod common;

use axum::http::StatusCode;
use common::{Client, TestApp, class, save_run, student, teacher, test_app};
use serde_json::{Value, json};

fn exercise(title: &str) -> Value {
    json!({
        "title": {"lv": title, "en": ""},
        "text": {"lv": "Uzraksti funkciju `double(n)`, kas atdod `2 * n`.", "en": ""},
        "starter": "def double(n):\n    pass\n",
        "solution": "def double(n):\n    return 2 * n\n",
        "checks": {"kind": "form",
                   "outputs": [],
                   "function": {"name": "double",
                                "cases": [{"args": "3", "expected": "6"}, {"args": "-1", "expected": "-2"}],
                                "random": {"ranges": [{"low": -50, "high": 50}], "count": 10}},
                   "random_inputs": null},
    })
}

/// `teacher`'s new exercise: its id and item key.
async fn create(teacher: &Client<'_>, title: &str) -> (String, String) {
    let created = teacher
        .expect(
            StatusCode::CREATED,
            "POST",
            "/api/own-exercises",
            Some(exercise(title)),
        )
        .await;
    (
        created["id"].as_str().unwrap().to_owned(),
        created["item"].as_str().unwrap().to_owned(),
    )
}

async fn assign(teacher: &Client<'_>, class: &str, item: &str) -> (StatusCode, Value) {
    teacher
        .call(
            "POST",
            &format!("/api/classes/{class}/assignments"),
            Some(json!({"items": [item]})),
        )
        .await
}

async fn error_code(
    client: &Client<'_>,
    method: &str,
    uri: &str,
    body: Option<Value>,
) -> (StatusCode, String) {
    let (status, body) = client.call(method, uri, body).await;
    (
        status,
        body["error"]["code"].as_str().unwrap_or("").to_owned(),
    )
}

#[tokio::test]
async fn a_teacher_writes_assigns_and_changes_an_exercise_and_the_class_does_it() {
    let app = test_app().await;
    let ilze = teacher(&app, "ilze@skola.lv").await;
    let (class_id, code) = class(&ilze, "7.b").await;
    let (id, item) = create(&ilze, "Dubulto").await;
    assert_eq!(item, format!("own/{id}"));

    // Listed, and readable as written.
    let list = ilze
        .expect(StatusCode::OK, "GET", "/api/own-exercises", None)
        .await;
    assert_eq!(list[0]["id"], id.as_str());
    assert_eq!(list[0]["title"], json!({"lv": "Dubulto", "en": "Dubulto"}));
    assert_eq!(list[0]["assigned"], 0);
    let draft = ilze
        .expect(
            StatusCode::OK,
            "GET",
            &format!("/api/own-exercises/{id}/draft"),
            None,
        )
        .await;
    assert_eq!(draft["exercise"], exercise("Dubulto"));

    // Assigned: the class's list and a student's show it with its title, and the student reads
    // it as a course exercise, with the form's checks made into check.py.
    let (status, assignments) = assign(&ilze, &class_id, &item).await;
    assert_eq!(status, StatusCode::OK, "{assignments}");
    assert_eq!(assignments[0]["title"]["lv"], "Dubulto");
    assert_eq!(assignments[0]["path"], format!("/courses/own/{id}"));
    let (anna, anna_id) = student(&app, &code, "Anna").await;
    let mine = anna
        .expect(StatusCode::OK, "GET", "/api/me/assignments", None)
        .await;
    assert_eq!(mine[0]["title"]["en"], "Dubulto", "{mine}");
    let detail = anna
        .expect(
            StatusCode::OK,
            "GET",
            &format!("/api/own-exercises/{id}"),
            None,
        )
        .await;
    assert_eq!(detail["course"], "own");
    assert_eq!(detail["id"], id.as_str());
    assert!(
        detail["text_html"]["en"]
            .as_str()
            .unwrap()
            .contains("<code>double(n)</code>")
    );
    assert!(
        detail["check"]
            .as_str()
            .unwrap()
            .contains("returns(\"double\", (3,), 6)"),
        "{detail}"
    );

    // Her run is kept and the grid shows it.
    save_run(&anna, &item, "def double(n):\n    return n + n\n").await;
    let grid = ilze
        .expect(
            StatusCode::OK,
            "GET",
            &format!("/api/classes/{class_id}/grid"),
            None,
        )
        .await;
    let cell = grid["cells"]
        .as_array()
        .unwrap()
        .iter()
        .find(|cell| cell["student"] == anna_id.as_str() && cell["item"] == item.as_str())
        .unwrap_or_else(|| panic!("no cell: {grid}"));
    assert_eq!(cell["state"], "solved");

    // Changed: the student reads the new words.
    let mut changed = exercise("Dubulto skaitli");
    changed["text"]["en"] = json!("Write `double(n)`.");
    changed["title"]["en"] = json!("Double a number");
    ilze.expect(
        StatusCode::OK,
        "PUT",
        &format!("/api/own-exercises/{id}"),
        Some(changed),
    )
    .await;
    let detail = anna
        .expect(
            StatusCode::OK,
            "GET",
            &format!("/api/own-exercises/{id}"),
            None,
        )
        .await;
    assert_eq!(
        detail["title"],
        json!({"lv": "Dubulto skaitli", "en": "Double a number"})
    );
    let list = ilze
        .expect(StatusCode::OK, "GET", "/api/own-exercises", None)
        .await;
    assert_eq!(list[0]["assigned"], 1);

    // Deleted: gone from the class and from the student; her run stays hers.
    ilze.expect(
        StatusCode::NO_CONTENT,
        "DELETE",
        &format!("/api/own-exercises/{id}"),
        None,
    )
    .await;
    let class_now = ilze
        .expect(
            StatusCode::OK,
            "GET",
            &format!("/api/classes/{class_id}"),
            None,
        )
        .await;
    assert_eq!(class_now["assignments"], json!([]));
    let (status, _) = anna.get(&format!("/api/own-exercises/{id}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let progress = anna
        .expect(StatusCode::OK, "GET", "/api/progress", None)
        .await;
    assert!(progress.to_string().contains(&item), "{progress}");
}

#[tokio::test]
async fn nobody_else_sees_or_touches_a_teachers_exercise() {
    let app = test_app().await;
    let ilze = teacher(&app, "ilze@skola.lv").await;
    let (class_a, code_a) = class(&ilze, "7.a").await;
    let (_class_b, code_b) = class(&ilze, "7.b").await;
    let (id, item) = create(&ilze, "Dubulto").await;
    assign(&ilze, &class_a, &item).await;

    // Another teacher: as if it did not exist; they cannot assign it to their class either.
    let peteris = teacher(&app, "peteris@skola.lv").await;
    let (class_p, code_p) = class(&peteris, "8.c").await;
    for (method, uri, body) in [
        ("GET", format!("/api/own-exercises/{id}"), None),
        ("GET", format!("/api/own-exercises/{id}/draft"), None),
        (
            "PUT",
            format!("/api/own-exercises/{id}"),
            Some(exercise("Mans")),
        ),
        ("DELETE", format!("/api/own-exercises/{id}"), None),
    ] {
        let (status, _) = peteris.call(method, &uri, body).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{method} {uri}");
    }
    let list = peteris
        .expect(StatusCode::OK, "GET", "/api/own-exercises", None)
        .await;
    assert_eq!(list, json!([]));
    let (status, _) = assign(&peteris, &class_p, &item).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    // A student of the class it is assigned to reads it; one of another class of the same
    // teacher, or of another teacher's, does not, and cannot save runs on it.
    let (anna, _) = student(&app, &code_a, "Anna").await;
    anna.expect(
        StatusCode::OK,
        "GET",
        &format!("/api/own-exercises/{id}"),
        None,
    )
    .await;
    let (janis, _) = student(&app, &code_b, "Jānis").await;
    let (karlis, _) = student(&app, &code_p, "Kārlis").await;
    for outsider in [&janis, &karlis] {
        let (status, _) = outsider.get(&format!("/api/own-exercises/{id}")).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (status, body) = outsider
            .post(
                "/api/progress",
                json!({"attempts": [{"id": uuid::Uuid::new_v4().to_string(), "item": item,
                                     "code": "print(1)", "passed": true, "at": common::now_ms()}]}),
            )
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
        // Nor is it on their list.
        let mine = outsider
            .expect(StatusCode::OK, "GET", "/api/me/assignments", None)
            .await;
        assert!(!mine.to_string().contains(&item), "{mine}");
    }
    // Students neither list nor write exercises; nobody signed out reads one.
    for (method, uri) in [
        ("GET", "/api/own-exercises"),
        ("POST", "/api/own-exercises"),
        ("POST", "/api/own-exercises/check"),
    ] {
        let body = (method == "POST").then(|| exercise("X"));
        assert_eq!(
            error_code(&anna, method, uri, body).await,
            (StatusCode::FORBIDDEN, "teachers_only".to_owned())
        );
    }
    let nobody = app.client();
    assert_eq!(
        error_code(&nobody, "GET", &format!("/api/own-exercises/{id}"), None).await,
        (StatusCode::UNAUTHORIZED, "not_signed_in".to_owned())
    );
    // A made-up id is the same 404.
    let (status, _) = anna.get("/api/own-exercises/not-an-id").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_bad_draft_is_refused_with_its_problems_and_stores_nothing() {
    let app = test_app().await;
    let ilze = teacher(&app, "ilze@skola.lv").await;

    // The check names every problem; the save is refused.
    let mut bad = exercise("Dubulto");
    bad["title"]["lv"] = json!("");
    bad["solution"] = json!("def double(n):\n    return 2 *\n");
    bad["text"]["lv"] = json!("Sveiki <img src=x onerror=alert(1)>");
    let check = ilze
        .expect(
            StatusCode::OK,
            "POST",
            "/api/own-exercises/check",
            Some(bad.clone()),
        )
        .await;
    assert_eq!(check["preview"], Value::Null);
    assert_eq!(check["problems"][0]["field"], "title", "{check}");
    assert_eq!(
        error_code(&ilze, "POST", "/api/own-exercises", Some(bad.clone())).await,
        (StatusCode::BAD_REQUEST, "exercise_invalid".to_owned())
    );
    // With the title back, the parser and the Markdown rules speak.
    bad["title"]["lv"] = json!("Dubulto");
    let check = ilze
        .expect(
            StatusCode::OK,
            "POST",
            "/api/own-exercises/check",
            Some(bad.clone()),
        )
        .await;
    let fields: Vec<&str> = check["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|problem| problem["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["solution", "text.lv"], "{check}");
    assert_eq!(check["problems"][0]["problem"]["kind"], "not_python");
    assert_eq!(check["problems"][0]["problem"]["line"], 2);
    assert_eq!(check["problems"][1]["problem"]["kind"], "markdown");
    let list = ilze
        .expect(StatusCode::OK, "GET", "/api/own-exercises", None)
        .await;
    assert_eq!(list, json!([]));

    // A good draft's check answers the student's view.
    let check = ilze
        .expect(
            StatusCode::OK,
            "POST",
            "/api/own-exercises/check",
            Some(exercise("Labs")),
        )
        .await;
    assert_eq!(check["problems"], json!([]));
    assert_eq!(check["preview"]["title"]["en"], "Labs");

    // Not an exercise at all, or too big: a 4xx with a JSON error.
    for body in [
        json!({"title": 1}),
        json!([]),
        json!({"checks": {"kind": "magic"}}),
    ] {
        let (status, answer) = ilze.post("/api/own-exercises", body.clone()).await;
        assert!(status.is_client_error(), "{body}: {status}");
        assert!(answer["error"]["code"].is_string(), "{answer}");
    }
    let mut huge = exercise("Liels");
    huge["solution"] = json!(format!("x = 1\n{}", "# garš\n".repeat(20_000)));
    let (status, _) = ilze.post("/api/own-exercises", huge).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn an_exercise_that_breaks_by_todays_rules_cannot_be_assigned() {
    let app = test_app().await;
    let ilze = teacher(&app, "ilze@skola.lv").await;
    let (class_id, _) = class(&ilze, "7.b").await;
    let (id, item) = create(&ilze, "Dubulto").await;
    // As if stored under older rules: its solution no longer parses.
    break_solution(&app, &id).await;
    let (status, body) = assign(&ilze, &class_id, &item).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    let class_now = ilze
        .expect(
            StatusCode::OK,
            "GET",
            &format!("/api/classes/{class_id}"),
            None,
        )
        .await;
    assert_eq!(class_now["assignments"], json!([]));
}

async fn break_solution(app: &TestApp, id: &str) {
    let (body,): (String,) = sqlx::query_as("SELECT body FROM own_exercises WHERE id = $1")
        .bind(id)
        .fetch_one(app.database.pool())
        .await
        .unwrap();
    let mut exercise: Value = serde_json::from_str(&body).unwrap();
    exercise["solution"] = json!("def double(n)\n    return 2 * n\n");
    sqlx::query("UPDATE own_exercises SET body = $1 WHERE id = $2")
        .bind(exercise.to_string())
        .bind(id)
        .execute(app.database.pool())
        .await
        .unwrap();
}

#[tokio::test]
async fn a_teachers_exercises_are_in_their_data_and_go_with_their_account() {
    let app = test_app().await;
    let ilze = teacher(&app, "ilze@skola.lv").await;
    let (id, _) = create(&ilze, "Dubulto").await;
    let export = ilze
        .expect(StatusCode::OK, "GET", "/api/me/data", None)
        .await;
    assert_eq!(export["own_exercises"][0]["id"], id.as_str());
    assert_eq!(export["own_exercises"][0]["exercise"], exercise("Dubulto"));
    ilze.expect(
        StatusCode::NO_CONTENT,
        "DELETE",
        "/api/me",
        Some(json!({"password": "parole123"})),
    )
    .await;
    let (left,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM own_exercises")
        .fetch_one(app.database.pool())
        .await
        .unwrap();
    assert_eq!(left, 0);
}
