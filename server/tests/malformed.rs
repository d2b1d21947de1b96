//! Every operation of the API, taken from its own OpenAPI document, is sent broken requests by an
//! anonymous visitor, a student and a teacher: wrong path parameters, bodies that are not JSON,
//! JSON of the wrong shape, the wrong content type. Each must get a 4xx whose JSON body says what
//! was wrong, never a 5xx. Runs on SQLite, and on PostgreSQL under `cargo xtask test`.

mod common;

use axum::http::StatusCode;
use common::{Client, class, student, teacher, test_app};
use serde_json::{Value, json};

/// Path parameters that name nothing, or are plainly hostile.
const WRONG_PARAMETERS: [&str; 4] = [
    "nav-tada",
    "%27%3B%20DROP%20TABLE%20users%3B%20--",
    "%00",
    "%C4%81%C4%81%C4%81%C4%81%C4%81%C4%81%C4%81%C4%81%C4%81%C4%81%C4%81%C4%81%C4%81%C4%81%C4%81",
];

/// Bodies that are not what any operation takes: (content type, bytes).
fn wrong_bodies() -> Vec<(&'static str, Vec<u8>)> {
    let json = |value: Value| ("application/json", value.to_string().into_bytes());
    vec![
        ("application/json", b"{\"name\": ".to_vec()),
        ("application/json", b"\xff\xfe not utf-8".to_vec()),
        ("application/json", Vec::new()),
        json(json!([])),
        json(json!("teksts")),
        json(json!({})),
        json(json!({
            "name": 5, "email": [], "password": {}, "as": "direktors", "code": 7,
            "items": "visi", "due_at": "rīt", "archived": "jā",
            "attempts": [{"id": "nav-uuid", "item": 1, "code": null, "passed": "jā", "at": -1}],
        })),
        json(json!({"due_at": 1e300, "items": [null], "attempts": [[]]})),
        // NUL (U+0000) in every text: PostgreSQL cannot store it.
        json(json!({
            "name": "An\u{0}na", "email": "an\u{0}na@skola.lv", "password": "kaķis\u{0}kaķis",
            "as": "teacher", "code": "AB\u{0}CDE", "class_code": "\u{0}", "items": ["a\u{0}/b"],
            "attempts": [{"id": "\u{0}", "item": "a/b\u{0}", "code": "", "passed": true, "at": 1}],
        })),
        (
            "text/plain",
            json!({"name": "Anna", "password": "kaķis"})
                .to_string()
                .into_bytes(),
        ),
    ]
}

/// `(method, path template)` of every operation in the served OpenAPI document.
fn operations() -> Vec<(String, String)> {
    let document = serde_json::to_value(darbnica_server::openapi()).unwrap();
    let mut operations = Vec::new();
    for (path, item) in document["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            if ["get", "post", "put", "patch", "delete"].contains(&method.as_str()) {
                operations.push((method.to_uppercase(), path.clone()));
            }
        }
    }
    operations
}

/// `template` with each `{parameter}` replaced by `value`.
fn fill(template: &str, value: &str) -> String {
    let mut path = String::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let end = start + rest[start..].find('}').unwrap();
        path.push_str(&rest[..start]);
        path.push_str(value);
        rest = &rest[end + 1..];
    }
    path.push_str(rest);
    path
}

/// Sends `method uri` (with `body`) and checks the answer is not a server error and, when it is a
/// client error, that it explains itself in JSON.
async fn check(
    client: &Client<'_>,
    who: &str,
    method: &str,
    uri: &str,
    body: Option<(&str, Vec<u8>)>,
) {
    let shown = body
        .as_ref()
        .map(|(kind, bytes)| format!("{kind} {}", String::from_utf8_lossy(bytes)))
        .unwrap_or_default();
    let (status, answer) = client.send(method, uri, body).await;
    let answer_text = String::from_utf8_lossy(&answer);
    assert!(
        !status.is_server_error(),
        "{who}: {method} {uri} {shown} → {status}: {answer_text}"
    );
    if status.is_client_error() {
        let error: Value = serde_json::from_slice(&answer).unwrap_or_else(|_| {
            panic!("{who}: {method} {uri} {shown} → {status} without JSON: {answer_text}")
        });
        let message = error["error"]["message"].as_str().unwrap_or_default();
        assert!(
            !message.is_empty(),
            "{who}: {method} {uri} {shown} → {status} says nothing: {answer_text}"
        );
    }
}

#[tokio::test]
async fn broken_requests_to_every_operation_get_a_4xx_that_says_why() {
    let app = test_app().await;
    let teacher = teacher(&app, "ilze@skola.lv").await;
    let (class_id, code) = class(&teacher, "7.b").await;
    let (student, _) = student(&app, &code, "Anna").await;
    let anonymous = app.client();

    let operations = operations();
    assert!(
        operations.len() >= 25,
        "the document lists {} operations",
        operations.len()
    );
    // Signing out would end the sessions the rest of the checks need: it goes last.
    let (last, operations): (Vec<_>, Vec<_>) = operations
        .into_iter()
        .partition(|(_, path)| path == "/api/auth/signout");
    let mut checked = 0;
    for (method, template) in operations.iter().chain(&last) {
        for (who, client) in [
            ("anonymous", &anonymous),
            ("student", &student),
            ("teacher", &teacher),
        ] {
            let mut uris: Vec<String> = WRONG_PARAMETERS
                .iter()
                .map(|value| fill(template, value))
                .collect();
            uris.dedup();
            // A real class, so that the checks reach past "no such class" for its owner.
            let real = fill(template, &class_id);
            uris.push(format!("{real}?item=%ZZ&item=nav-tada"));
            uris.push(real);
            for uri in &uris {
                if method == "GET" || method == "DELETE" {
                    check(client, who, method, uri, None).await;
                } else {
                    for body in wrong_bodies() {
                        check(client, who, method, uri, Some(body)).await;
                    }
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 200, "{checked}");

    // Nothing broken was stored: the class still has its one student and no work.
    let teacher = app.client();
    teacher
        .expect(
            StatusCode::OK,
            "POST",
            "/api/auth/signin",
            Some(json!({"as": "teacher", "email": "ilze@skola.lv", "password": "parole123"})),
        )
        .await;
    let detail = teacher
        .expect(
            StatusCode::OK,
            "GET",
            &format!("/api/classes/{class_id}"),
            None,
        )
        .await;
    assert_eq!(detail["students"].as_array().unwrap().len(), 1, "{detail}");
    assert_eq!(detail["assignments"], json!([]));
    assert_eq!(detail["name"], "7.b");
}

#[tokio::test]
async fn code_with_a_nul_is_stored_on_either_database_next_to_other_saves() {
    let app = test_app().await;
    let teacher = teacher(&app, "ilze@skola.lv").await;
    let (_, code) = class(&teacher, "7.b").await;
    let (anna, _) = student(&app, &code, "Anna").await;
    let (janis, _) = student(&app, &code, "Jānis").await;
    let attempt = |code: &str| {
        json!({"attempts": [{
            "id": uuid::Uuid::new_v4().to_string(),
            "item": "programmesanas-pamati/sveika-pasaule",
            "code": code,
            "passed": false,
            "at": 1_800_000_000_000_i64,
        }]})
    };
    // Both at once, so that the two saves may share one write.
    let (pasted, plain) = tokio::join!(
        anna.call("POST", "/api/progress", Some(attempt("print('a\u{0}b')"))),
        janis.call("POST", "/api/progress", Some(attempt("print('ab')"))),
    );
    assert_eq!(
        pasted,
        (StatusCode::OK, json!({"stored": 1, "duplicates": 0}))
    );
    assert_eq!(
        plain,
        (StatusCode::OK, json!({"stored": 1, "duplicates": 0}))
    );
    let progress = anna
        .expect(StatusCode::OK, "GET", "/api/progress", None)
        .await;
    assert_eq!(progress[0]["last_code"], "print('a\u{FFFD}b')");
}
