//! Accounts, classes, assignments, the grid and progress sync, through the HTTP API on a real
//! database (SQLite, or PostgreSQL: see `common`). Each test is a small story of teachers and
//! students, each with their own session cookie.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use common::{STUDENT_PASSWORD, TestApp, class, student, teacher, test_app, test_app_with};
use darbnica_server::AppState;
use serde_json::{Value, json};

const EXERCISE: &str = "programmesanas-pamati/sveika-pasaule";
const OTHER_EXERCISE: &str = "programmesanas-pamati/vairakas-rindas";
const MODEL: &str = "model:zobrats";

fn uuid() -> String {
    uuid::Uuid::new_v4().to_string()
}

use common::now_ms;

fn attempt(id: &str, item: &str, code: &str, passed: bool, at: i64) -> Value {
    json!({"id": id, "item": item, "code": code, "passed": passed, "at": at})
}

#[tokio::test]
async fn a_teacher_signs_up_signs_out_and_signs_in_again() {
    let app = test_app().await;
    let client = app.client();
    assert_eq!(client.get("/api/me").await, (StatusCode::OK, Value::Null));

    // The session cookie: HttpOnly, SameSite=Lax, not Secure over plain HTTP.
    let request = Request::post("/api/auth/signup")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(
            json!({"name": "  Ilze   Ozola ", "email": "Ilze@Skola.LV", "password": "parole123"})
                .to_string(),
        ))
        .unwrap();
    let (status, headers, body) = app.send(request).await;
    assert_eq!(status, StatusCode::CREATED);
    let cookie = headers[header::SET_COOKIE].to_str().unwrap();
    assert!(cookie.starts_with("darbnica_session="), "{cookie}");
    for attribute in ["HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(cookie.contains(attribute), "{cookie}");
    }
    assert!(!cookie.contains("Secure"), "{cookie}");
    let me: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(me["name"], "Ilze Ozola");
    assert_eq!(me["email"], "ilze@skola.lv");
    assert_eq!(me["role"], "teacher");

    // The same email again, in other case, is taken.
    let (status, body) = client
        .post(
            "/api/auth/signup",
            json!({"name": "X", "email": "ILZE@skola.lv", "password": "parole123"}),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    assert_eq!(body["error"]["code"], "email_taken");

    let (status, body) = client
        .post(
            "/api/auth/signin",
            json!({"as": "teacher", "email": "ilze@skola.lv", "password": "nepareiza"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        body["error"]["message"],
        "the email or the password is wrong"
    );
    // An unknown email gets the very same answer.
    let (status, unknown) = client
        .post(
            "/api/auth/signin",
            json!({"as": "teacher", "email": "nav@skola.lv", "password": "nepareiza"}),
        )
        .await;
    assert_eq!((status, &unknown), (StatusCode::UNAUTHORIZED, &body));

    let me = client
        .expect(
            StatusCode::OK,
            "POST",
            "/api/auth/signin",
            Some(json!({"as": "teacher", "email": " ILZE@skola.lv", "password": "parole123"})),
        )
        .await;
    assert_eq!(me["name"], "Ilze Ozola");
    assert_eq!(client.get("/api/me").await.1["email"], "ilze@skola.lv");

    client
        .expect(StatusCode::NO_CONTENT, "POST", "/api/auth/signout", None)
        .await;
    assert_eq!(client.get("/api/me").await, (StatusCode::OK, Value::Null));
    let (status, _) = client.get("/api/classes").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn sign_up_says_what_is_wrong_with_the_form() {
    let app = test_app().await;
    let client = app.client();
    for (form, message) in [
        (
            json!({"name": "", "email": "a@b.lv", "password": "parole123"}),
            "the name is empty",
        ),
        (
            json!({"name": "A", "email": "nav-epasts", "password": "parole123"}),
            "`nav-epasts` is not an email address",
        ),
        (
            json!({"name": "A", "email": "a@b.lv", "password": "īsa"}),
            "the password is shorter than 8 characters",
        ),
    ] {
        let (status, body) = client.post("/api/auth/signup", form).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
        assert_eq!(body["error"]["message"], message);
    }
    // A field missing is the framework's rejection, still JSON and still saying what is wrong.
    let (status, body) = client.post("/api/auth/signup", json!({"name": "A"})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["error"]["code"], "bad_request");
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("missing field `email`"),
        "{body}"
    );
    let request = Request::post("/api/auth/signup")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from("{not json"))
        .unwrap();
    let (status, _, body) = app.send(request).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let body: Value = serde_json::from_slice(&body).unwrap();
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .starts_with("Failed to parse the request body as JSON"),
        "{body}"
    );
}

#[tokio::test]
async fn a_class_from_join_code_to_grid() {
    let app = test_app().await;
    let ilze = teacher(&app, "ilze@skola.lv").await;
    let (class_id, code) = class(&ilze, "7.b informātika").await;
    assert_eq!(code.len(), 6);

    // The join page finds the class by its code typed loosely.
    let loose = format!("{}-{}", code[..3].to_lowercase(), code[3..].to_lowercase());
    let anonymous = app.client();
    let info = anonymous
        .expect(StatusCode::OK, "GET", &format!("/api/join/{loose}"), None)
        .await;
    assert_eq!(
        info,
        json!({"code": code, "class_name": "7.b informātika", "teacher_name": "Ilze Ozola"})
    );

    let (anna, anna_id) = student(&app, &loose, "Anna").await;
    let (_janis, janis_id) = student(&app, &code, "Jānis").await;
    // Names are unique in a class, whatever the case.
    let (status, body) = app
        .client()
        .post(
            "/api/join",
            json!({"code": code, "name": "ANNA", "password": "cits-vārds-11"}),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");

    // Students cannot see teachers' pages.
    let (status, _) = anna.get("/api/classes").await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // Two exercises and a model, the first one due already.
    let past_due = now_ms() - 60_000;
    let assigned = ilze
        .expect(
            StatusCode::OK,
            "POST",
            &format!("/api/classes/{class_id}/assignments"),
            Some(json!({"items": [EXERCISE, OTHER_EXERCISE], "due_at": past_due})),
        )
        .await;
    assert_eq!(assigned.as_array().unwrap().len(), 2);
    assert_eq!(assigned[0]["item"], EXERCISE);
    assert_eq!(assigned[0]["title"]["en"], "Hello, world!");
    assert_eq!(
        assigned[0]["path"],
        "/courses/programmesanas-pamati/sveika-pasaule"
    );
    let assigned = ilze
        .expect(
            StatusCode::OK,
            "POST",
            &format!("/api/classes/{class_id}/assignments"),
            Some(json!({"items": [MODEL]})),
        )
        .await;
    assert_eq!(assigned.as_array().unwrap().len(), 3);
    assert_eq!(assigned[2]["kind"], "model");
    assert_eq!(assigned[2]["path"], "/models/zobrats");
    let (status, body) = ilze
        .post(
            &format!("/api/classes/{class_id}/assignments"),
            json!({"items": ["programmesanas-pamati/nav-tada"]}),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(
        body["error"]["message"],
        "there is no exercise or model `programmesanas-pamati/nav-tada`"
    );

    let mine = anna
        .expect(StatusCode::OK, "GET", "/api/me/assignments", None)
        .await;
    assert_eq!(mine.as_array().unwrap().len(), 3);
    assert_eq!(mine[0]["class_name"], "7.b informātika");
    assert_eq!(mine[0]["state"], "not_started");
    assert_eq!(mine[0]["due_at"], past_due);

    // Anna tries, then solves (late: the due date has passed); Jānis does nothing yet.
    let (first, second) = (uuid(), uuid());
    let batch = json!({"attempts": [
        attempt(&first, EXERCISE, "print('sveiki')", false, now_ms() - 2000),
        attempt(&second, EXERCISE, "print(\"Sveika, pasaule!\")", true, now_ms() - 1000),
    ]});
    let result = anna
        .expect(StatusCode::OK, "POST", "/api/progress", Some(batch.clone()))
        .await;
    assert_eq!(result, json!({"stored": 2, "duplicates": 0}));
    // The same batch again (a retry after a lost answer) stores nothing twice.
    let result = anna
        .expect(StatusCode::OK, "POST", "/api/progress", Some(batch))
        .await;
    assert_eq!(result, json!({"stored": 0, "duplicates": 2}));

    let grid = ilze
        .expect(
            StatusCode::OK,
            "GET",
            &format!("/api/classes/{class_id}/grid"),
            None,
        )
        .await;
    let names: Vec<&str> = grid["students"]
        .as_array()
        .unwrap()
        .iter()
        .map(|student| student["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Anna", "Jānis"]);
    assert_eq!(grid["assignments"].as_array().unwrap().len(), 3);
    let cells = grid["cells"].as_array().unwrap();
    assert_eq!(cells.len(), 1, "{grid}");
    assert_eq!(cells[0]["student"], anna_id.as_str());
    assert_eq!(cells[0]["item"], EXERCISE);
    assert_eq!(cells[0]["state"], "solved_late");
    assert_eq!(cells[0]["attempts"], 2);

    let code_url = format!("/api/classes/{class_id}/students/{anna_id}/code?item={EXERCISE}");
    let latest = ilze.expect(StatusCode::OK, "GET", &code_url, None).await;
    assert_eq!(latest["code"], "print(\"Sveika, pasaule!\")");
    assert_eq!(latest["passed"], true);
    let (status, _) = ilze
        .get(&format!(
            "/api/classes/{class_id}/students/{janis_id}/code?item={EXERCISE}"
        ))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    let mine = anna
        .expect(StatusCode::OK, "GET", "/api/me/assignments", None)
        .await;
    // Done work goes last.
    assert_eq!(mine[2]["item"], EXERCISE);
    assert_eq!(mine[2]["state"], "solved_late");

    // Removing Jānis takes him off the grid; renaming and archiving the class.
    ilze.expect(
        StatusCode::NO_CONTENT,
        "DELETE",
        &format!("/api/classes/{class_id}/students/{janis_id}"),
        None,
    )
    .await;
    let detail = ilze
        .expect(
            StatusCode::OK,
            "GET",
            &format!("/api/classes/{class_id}"),
            None,
        )
        .await;
    assert_eq!(detail["students"].as_array().unwrap().len(), 1);
    assert_eq!(detail["student_count"], 1);
    assert_eq!(detail["assignment_count"], 3);
    let renamed = ilze
        .expect(
            StatusCode::OK,
            "PATCH",
            &format!("/api/classes/{class_id}"),
            Some(json!({"name": "8.b informātika", "archived": true})),
        )
        .await;
    assert_eq!(renamed["name"], "8.b informātika");
    assert_eq!(renamed["archived"], true);
    // An archived class takes no one new, and leaves its students' lists.
    let (status, _) = anonymous.get(&format!("/api/join/{code}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let mine = anna
        .expect(StatusCode::OK, "GET", "/api/me/assignments", None)
        .await;
    assert_eq!(mine, json!([]));
}

#[tokio::test]
async fn another_teacher_finds_none_of_it() {
    let app = test_app().await;
    let ilze = teacher(&app, "ilze@skola.lv").await;
    let (class_id, code) = class(&ilze, "7.b").await;
    let (_anna, anna_id) = student(&app, &code, "Anna").await;
    let peteris = teacher(&app, "peteris@skola.lv").await;
    assert_eq!(
        peteris.get("/api/classes").await,
        (StatusCode::OK, json!([]))
    );
    for (method, uri, body) in [
        ("GET", format!("/api/classes/{class_id}"), None),
        ("GET", format!("/api/classes/{class_id}/grid"), None),
        (
            "GET",
            format!("/api/classes/{class_id}/students/{anna_id}/code?item={EXERCISE}"),
            None,
        ),
        (
            "PATCH",
            format!("/api/classes/{class_id}"),
            Some(json!({"archived": true})),
        ),
        (
            "POST",
            format!("/api/classes/{class_id}/assignments"),
            Some(json!({"items": [EXERCISE]})),
        ),
        (
            "DELETE",
            format!("/api/classes/{class_id}/students/{anna_id}"),
            None,
        ),
    ] {
        let (status, body) = peteris.call(method, &uri, body).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{method} {uri}: {body}");
        assert_eq!(
            body["error"]["message"],
            format!("you have no class with the id {class_id}")
        );
    }
    // Nothing changed for the owner.
    let detail = ilze
        .expect(
            StatusCode::OK,
            "GET",
            &format!("/api/classes/{class_id}"),
            None,
        )
        .await;
    assert_eq!(detail["archived"], false);
    assert_eq!(detail["students"].as_array().unwrap().len(), 1);
    assert_eq!(detail["assignments"], json!([]));
}

#[tokio::test]
async fn a_student_signs_in_with_the_class_code_and_two_devices_merge() {
    let app = test_app().await;
    let ilze = teacher(&app, "ilze@skola.lv").await;
    let (_, code) = class(&ilze, "7.b").await;
    let (laptop, _) = student(&app, &code, "Anna Bērziņa").await;

    let phone = app.client();
    let (status, _) = phone
        .post(
            "/api/auth/signin",
            json!({"as": "student", "class_code": code, "name": "anna bērziņa", "password": "nepareiza"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let me = phone
        .expect(
            StatusCode::OK,
            "POST",
            "/api/auth/signin",
            Some(
                json!({"as": "student", "class_code": code.to_lowercase(), "name": " anna  bērziņa", "password": STUDENT_PASSWORD}),
            ),
        )
        .await;
    assert_eq!(me["name"], "Anna Bērziņa");
    assert_eq!(me["role"], "student");

    let earlier = now_ms() - 10_000;
    laptop
        .expect(
            StatusCode::OK,
            "POST",
            "/api/progress",
            Some(json!({"attempts": [attempt(&uuid(), EXERCISE, "print(1)", false, earlier)]})),
        )
        .await;
    phone
        .expect(
            StatusCode::OK,
            "POST",
            "/api/progress",
            Some(json!({"attempts": [
                attempt(&uuid(), EXERCISE, "print(2)", true, earlier + 5000),
                attempt(&uuid(), MODEL, "show(cube(10))", true, earlier + 6000),
            ]})),
        )
        .await;
    let progress = laptop
        .expect(StatusCode::OK, "GET", "/api/progress", None)
        .await;
    assert_eq!(
        progress,
        json!([
            {"item": MODEL, "attempts": 1, "solved_at": earlier + 6000, "last_code": "show(cube(10))", "last_at": earlier + 6000},
            {"item": EXERCISE, "attempts": 2, "solved_at": earlier + 5000, "last_code": "print(2)", "last_at": earlier + 5000},
        ])
    );
}

#[tokio::test]
async fn saves_sent_at_once_are_all_stored_and_code_comes_back_as_written() {
    let app = test_app().await;
    let ilze = teacher(&app, "ilze@skola.lv").await;
    let (_, code) = class(&ilze, "7.b").await;
    let (anna, _) = student(&app, &code, "Anna").await;
    let (janis, _) = student(&app, &code, "Jānis").await;

    // Code a JSON or SQL layer could mangle: quotes, backslashes, escapes, Latvian letters, an
    // emoji, tabs, a JSON-looking string, a NUL (kept as U+FFFD: PostgreSQL cannot store one).
    let tricky =
        "s = \"ā\\n\\\"\"\t# '); DROP TABLE attempts; --\nprint(s, '🐍', {\"$.id\": 1})\r\n\0";
    let stored = tricky.replace('\0', "\u{FFFD}");
    let at = now_ms() - 60_000;
    // Many requests at once, so that the writer stores several of them in one transaction; one
    // of them sends an id twice and another repeats an earlier request's ids.
    let batches: Vec<(&common::Client<'_>, Value)> = (0..24)
        .map(|n| {
            let who = if n % 2 == 0 { &anna } else { &janis };
            let item = if n % 3 == 0 { EXERCISE } else { OTHER_EXERCISE };
            let ids = [uuid(), uuid()];
            let batch = json!({"attempts": [
                attempt(&ids[0], item, &format!("print({n})"), false, at + n),
                attempt(&ids[1], item, tricky, n % 3 == 0, at + 1000 + n),
            ]});
            (who, batch)
        })
        .collect();
    let mut requests: Vec<_> = batches
        .iter()
        .map(|(who, batch)| {
            who.expect(StatusCode::OK, "POST", "/api/progress", Some(batch.clone()))
        })
        .collect();
    let repeated = batches[4].1.clone();
    requests.push(anna.expect(StatusCode::OK, "POST", "/api/progress", Some(repeated)));
    let twice = uuid();
    let doubled = json!({"attempts": [
        attempt(&twice, EXERCISE, "print('x')", false, at),
        attempt(&twice, EXERCISE, "print('x')", false, at),
    ]});
    requests.push(anna.expect(StatusCode::OK, "POST", "/api/progress", Some(doubled)));
    let results = futures::future::join_all(requests).await;

    let (mut new, mut known) = (0, 0);
    for result in &results {
        new += result["stored"].as_u64().unwrap();
        known += result["duplicates"].as_u64().unwrap();
    }
    // 24 batches of 2 and one new id: 49 new. The repeated batch (2) and the doubled id (1) are
    // known once the first copy is stored, whichever request the writer took first.
    assert_eq!((new, known), (49, 3), "{results:?}");

    // Anna: 12 batches of 2 and the doubled id once; Jānis: 12 batches of 2.
    for (who, runs) in [(&anna, 25), (&janis, 24)] {
        let progress = who
            .expect(StatusCode::OK, "GET", "/api/progress", None)
            .await;
        let items = progress.as_array().unwrap();
        // Every item's latest run is the tricky one; only the exercise's passed.
        for item in items {
            assert_eq!(item["last_code"], stored.as_str(), "{item}");
            assert_eq!(
                item["solved_at"].is_null(),
                item["item"] == OTHER_EXERCISE,
                "{item}"
            );
        }
        let attempts: u64 = items
            .iter()
            .map(|item| item["attempts"].as_u64().unwrap())
            .sum();
        assert_eq!(attempts, runs, "{progress}");
    }
}

#[tokio::test]
async fn a_student_in_two_classes_sees_the_work_of_both_until_a_class_ends() {
    let app = test_app().await;
    let ilze = teacher(&app, "ilze@skola.lv").await;
    let peteris = teacher(&app, "peteris@skola.lv").await;
    let (informatika, code) = class(&ilze, "7.b informātika").await;
    let (pulcins, pulcina_code) = class(&peteris, "3D pulciņš").await;
    let (anna, anna_id) = student(&app, &code, "Anna").await;
    // Signed in, Anna joins Pēteris's class too, as the same student.
    let me = common::join_another(&anna, &pulcina_code).await;
    assert_eq!(me["id"], anna_id);

    let soon = now_ms() + 86_400_000;
    for (teacher, class, items, due_at) in [
        (&ilze, &informatika, json!([EXERCISE]), json!(null)),
        (
            &peteris,
            &pulcins,
            json!([MODEL, OTHER_EXERCISE]),
            json!(soon),
        ),
    ] {
        teacher
            .expect(
                StatusCode::OK,
                "POST",
                &format!("/api/classes/{class}/assignments"),
                Some(json!({"items": items, "due_at": due_at})),
            )
            .await;
    }
    anna.expect(
        StatusCode::OK,
        "POST",
        "/api/progress",
        Some(json!({"attempts": [attempt(&uuid(), MODEL, "show(cube(10))", true, now_ms())]})),
    )
    .await;

    let mine = anna
        .expect(StatusCode::OK, "GET", "/api/me/assignments", None)
        .await;
    let summary: Vec<(&str, &str, &str)> = mine
        .as_array()
        .unwrap()
        .iter()
        .map(|mine| {
            (
                mine["class_name"].as_str().unwrap(),
                mine["item"].as_str().unwrap(),
                mine["state"].as_str().unwrap(),
            )
        })
        .collect();
    // Undone first, soonest due first (no due date counts as last); done work at the end.
    assert_eq!(
        summary,
        [
            ("3D pulciņš", OTHER_EXERCISE, "not_started"),
            ("7.b informātika", EXERCISE, "not_started"),
            ("3D pulciņš", MODEL, "solved"),
        ]
    );
    assert_eq!(mine[0]["due_at"], soon);

    // Pēteris archives his class: its work is over for Anna. Ilze removes her: nothing is left.
    peteris
        .expect(
            StatusCode::OK,
            "PATCH",
            &format!("/api/classes/{pulcins}"),
            Some(json!({"archived": true})),
        )
        .await;
    let mine = anna
        .expect(StatusCode::OK, "GET", "/api/me/assignments", None)
        .await;
    assert_eq!(mine.as_array().unwrap().len(), 1);
    assert_eq!(mine[0]["class_name"], "7.b informātika");
    ilze.expect(
        StatusCode::NO_CONTENT,
        "DELETE",
        &format!("/api/classes/{informatika}/students/{anna_id}"),
        None,
    )
    .await;
    let mine = anna
        .expect(StatusCode::OK, "GET", "/api/me/assignments", None)
        .await;
    assert_eq!(mine, json!([]));
}

#[tokio::test]
async fn a_bad_sync_says_which_attempt_is_wrong_and_stores_none_of_it() {
    let app = test_app().await;
    let ilze = teacher(&app, "ilze@skola.lv").await;
    let (_, code) = class(&ilze, "7.b").await;
    let (anna, _) = student(&app, &code, "Anna").await;
    let good = attempt(&uuid(), EXERCISE, "print(1)", true, now_ms());
    for (bad, message) in [
        (
            attempt("nav-uuid", EXERCISE, "", false, now_ms()),
            "attempt 1: the id `nav-uuid` is not a UUID",
        ),
        (
            attempt(&uuid(), "../../etc", "", false, now_ms()),
            "attempt 1: `../../etc` names no item (expected `course/exercise` or `model:id`)",
        ),
        (
            attempt(&uuid(), EXERCISE, "", false, 12),
            "attempt 1: the time 12 is before 2024",
        ),
        (
            attempt(&uuid(), EXERCISE, &"x".repeat(70_000), false, now_ms()),
            "attempt 1: the code is longer than 65536 bytes",
        ),
    ] {
        let (status, body) = anna
            .post("/api/progress", json!({"attempts": [good, bad]}))
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
        assert_eq!(body["error"]["message"], message);
    }
    let too_many: Vec<Value> = (0..101)
        .map(|_| attempt(&uuid(), EXERCISE, "", false, now_ms()))
        .collect();
    let (status, body) = anna
        .post("/api/progress", json!({"attempts": too_many}))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(
        body["error"]["message"],
        "a batch holds at most 100 attempts; this one has 101"
    );
    assert_eq!(anna.get("/api/progress").await, (StatusCode::OK, json!([])));
    // Without a session, nothing is stored either.
    let (status, body) = app
        .client()
        .post("/api/progress", json!({"attempts": [good]}))
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body["error"]["code"], "not_signed_in");
}

/// A sign-up posted with `Origin: origin` to `host`: its status and error message.
async fn sign_up_from(
    app: &TestApp,
    host: &str,
    origin: &str,
    email: &str,
) -> (StatusCode, String) {
    let request = Request::post("/api/auth/signup")
        .header(header::HOST, host)
        .header(header::ORIGIN, origin)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(
            json!({"name": "A", "email": email, "password": "parole123"}).to_string(),
        ))
        .unwrap();
    let (status, _, body) = app.send(request).await;
    (status, String::from_utf8_lossy(&body).into_owned())
}

#[tokio::test]
async fn a_write_from_another_site_is_refused() {
    let app = test_app().await;
    let (status, body) =
        sign_up_from(&app, "localhost:8080", "https://evil.example", "a@b.lv").await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    assert!(body.contains("this site's own pages"), "{body}");
    let (status, body) =
        sign_up_from(&app, "localhost:8080", "http://localhost:8080", "a@b.lv").await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
}

#[tokio::test]
async fn behind_a_proxy_writes_must_come_from_the_public_origin() {
    // The proxy forwards to the server's own address, so `Host` is not what the browser saw.
    let app = test_app_with(|state| AppState {
        public_origin: Some("https://darbnica.example.lv".into()),
        ..state
    })
    .await;
    let host = "127.0.0.1:8080";
    for (origin, email, expected) in [
        ("https://darbnica.example.lv", "a@b.lv", StatusCode::CREATED),
        ("http://127.0.0.1:8080", "b@b.lv", StatusCode::FORBIDDEN),
        ("https://evil.example", "c@b.lv", StatusCode::FORBIDDEN),
    ] {
        let (status, body) = sign_up_from(&app, host, origin, email).await;
        assert_eq!(status, expected, "{origin}: {body}");
    }
}

#[tokio::test]
async fn the_api_is_described_in_openapi() {
    let app = test_app().await;
    let (status, document) = app.get_json("/api/openapi.json").await;
    assert_eq!(status, StatusCode::OK);
    assert!(document["openapi"].as_str().unwrap().starts_with("3."));
    let paths = document["paths"].as_object().unwrap();
    for path in [
        "/api/progress",
        "/api/classes/{id}/grid",
        "/api/auth/signin",
        "/api/courses/{course}",
    ] {
        assert!(paths.contains_key(path), "{path} missing");
    }
    assert!(paths["/api/progress"]["post"]["requestBody"].is_object());
    let schemas = document["components"]["schemas"].as_object().unwrap();
    for schema in ["SyncBatch", "Attempt", "Grid", "ItemState", "ErrorBody"] {
        assert!(schemas.contains_key(schema), "{schema} missing");
    }
    // Every error code the server can send is in the document, and the app knows each
    // (`darbnica_api::ErrorCode::ALL`, whose texts the app's tests check).
    let documented: std::collections::BTreeSet<&str> = schemas["ErrorCode"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|code| code.as_str().unwrap())
        .collect();
    let listed: std::collections::BTreeSet<String> = darbnica_api::ErrorCode::ALL
        .iter()
        .map(|code| {
            serde_json::to_value(code)
                .unwrap()
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(
        documented
            .iter()
            .map(|code| (*code).to_owned())
            .collect::<std::collections::BTreeSet<_>>(),
        listed
            .iter()
            .cloned()
            .chain(["unknown".to_owned()])
            .collect()
    );
    // The document is the code's: the served one is the one `openapi()` builds.
    assert_eq!(
        document,
        serde_json::to_value(darbnica_server::openapi()).unwrap()
    );
}

#[tokio::test]
async fn copies_of_the_server_behind_a_load_balancer_share_everything_through_the_database() {
    let first = test_app().await;
    let second = first.another_copy();
    let ilze = teacher(&first, "ilze@skola.lv").await;
    let (class_id, code) = class(&ilze, "7.b").await;
    let (anna, anna_id) = student(&first, &code, "Anna").await;

    // Anna's requests land on either copy; each save is stored once.
    let id = uuid();
    let batch = json!({"attempts": [attempt(&id, EXERCISE, "print(1)", true, now_ms())]});
    let anna_there = anna.on(&second);
    assert_eq!(
        anna_there
            .expect(StatusCode::OK, "POST", "/api/progress", Some(batch.clone()))
            .await,
        json!({"stored": 1, "duplicates": 0})
    );
    assert_eq!(
        anna.expect(StatusCode::OK, "POST", "/api/progress", Some(batch))
            .await,
        json!({"stored": 0, "duplicates": 1})
    );
    // The teacher's session from the first copy works on the second.
    let ilze_there = ilze.on(&second);
    ilze_there
        .expect(
            StatusCode::OK,
            "POST",
            &format!("/api/classes/{class_id}/assignments"),
            Some(json!({"items": [EXERCISE]})),
        )
        .await;
    let grid = ilze
        .expect(
            StatusCode::OK,
            "GET",
            &format!("/api/classes/{class_id}/grid"),
            None,
        )
        .await;
    assert_eq!(grid["cells"][0]["student"], anna_id.as_str());
    assert_eq!(grid["cells"][0]["state"], "solved");
    // Signing out on one copy signs out on every copy.
    anna.expect(StatusCode::NO_CONTENT, "POST", "/api/auth/signout", None)
        .await;
    assert_eq!(
        anna_there.get("/api/me").await,
        (StatusCode::OK, Value::Null)
    );
}

#[tokio::test]
async fn a_teacher_gives_a_forgetful_student_a_new_password_and_ends_their_sessions() {
    let app = test_app().await;
    let ilze = teacher(&app, "ilze@skola.lv").await;
    let (class_id, code) = class(&ilze, "7.b").await;
    let (anna, anna_id) = student(&app, &code, "Anna").await;
    let url = format!("/api/classes/{class_id}/students/{anna_id}/password");

    let (status, body) = ilze
        .call("PUT", &url, Some(json!({"password": "abc"})))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(
        body["error"]["message"],
        "the password is shorter than 10 characters"
    );
    // Only her own teacher may, and only for a student of the class.
    let peteris = teacher(&app, "peteris@skola.lv").await;
    let (status, _) = peteris
        .call("PUT", &url, Some(json!({"password": "suns-rej-77"})))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = anna
        .call("PUT", &url, Some(json!({"password": "suns-rej-77"})))
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (_, other) = class(&ilze, "8.a").await;
    let (_, janis_id) = student(&app, &other, "Jānis").await;
    let (status, _) = ilze
        .call(
            "PUT",
            &format!("/api/classes/{class_id}/students/{janis_id}/password"),
            Some(json!({"password": "suns-rej-77"})),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(anna.get("/api/me").await.1["name"], "Anna");

    ilze.expect(
        StatusCode::NO_CONTENT,
        "PUT",
        &url,
        Some(json!({"password": "suns-rej-77"})),
    )
    .await;
    // Whoever was signed in as Anna is signed out; the old password no longer works.
    assert_eq!(anna.get("/api/me").await, (StatusCode::OK, Value::Null));
    let sign_in = |password: &str| json!({"as": "student", "class_code": code, "name": "Anna", "password": password});
    let (status, _) = anna
        .post("/api/auth/signin", sign_in(STUDENT_PASSWORD))
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, me) = anna.post("/api/auth/signin", sign_in("suns-rej-77")).await;
    assert_eq!(status, StatusCode::OK, "{me}");
    assert_eq!(me["id"], anna_id.as_str());
}
