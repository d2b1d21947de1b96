//! Attacks on children's accounts, tried through the JSON API as an attacker would: taking over a
//! student's account from another class, guessing passwords and join codes from one place and from
//! many, through a proxy and across copies of the server; and what a user can do about their own
//! sessions.

mod common;

use axum::http::StatusCode;
use common::{
    STUDENT_PASSWORD, TestApp, class, join_another, student, teacher, test_app, test_app_with,
};
use darbnica_server::AppState;
use darbnica_server::limits::{
    TrustedProxies, UNKNOWN_JOIN_CODES_PER_ADDRESS, WRONG_SIGN_INS_PER_ACCOUNT,
    WRONG_SIGN_INS_PER_ADDRESS,
};
use serde_json::{Value, json};

const EXERCISE: &str = "programmesanas-pamati/sveika-pasaule";
const OTHER_EXERCISE: &str = "programmesanas-pamati/vairakas-rindas";

fn student_sign_in(code: &str, name: &str, password: &str) -> Value {
    json!({"as": "student", "class_code": code, "name": name, "password": password})
}

async fn assign(teacher: &common::Client<'_>, class: &str, item: &str) {
    teacher
        .expect(
            StatusCode::OK,
            "POST",
            &format!("/api/classes/{class}/assignments"),
            Some(json!({"items": [item]})),
        )
        .await;
}

/// The attack of the issue, step by step: teacher B's class gets a signed-in student of teacher
/// A's class, then B tries to reset the student's password, sign in as them and read their work.
#[tokio::test]
async fn a_teacher_of_another_class_cannot_take_over_a_student() {
    let app = test_app().await;
    let ilze = teacher(&app, "ilze@skola.lv").await;
    let (home, home_code) = class(&ilze, "7.b").await;
    let (anna, anna_id) = student(&app, &home_code, "Anna").await;
    assign(&ilze, &home, EXERCISE).await;
    common::save_run(&anna, EXERCISE, "print('Ilzes uzdevums')").await;

    let stranger = teacher(&app, "svesais@example.lv").await;
    let (trap, trap_code) = class(&stranger, "Bezmaksas spēles").await;
    assign(&stranger, &trap, OTHER_EXERCISE).await;

    // One click on the stranger's link is not enough: joining another class takes her password.
    let (status, body) = anna.post("/api/join", json!({"code": trap_code})).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");
    let (status, _) = anna
        .post(
            "/api/join",
            json!({"code": trap_code, "password": "nepareiza-parole"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let roster = stranger
        .expect(StatusCode::OK, "GET", &format!("/api/classes/{trap}"), None)
        .await;
    assert_eq!(roster["students"], json!([]));

    // Say she was talked into confirming: the stranger's class has her now, but not her account.
    join_another(&anna, &trap_code).await;
    let roster = stranger
        .expect(StatusCode::OK, "GET", &format!("/api/classes/{trap}"), None)
        .await;
    assert_eq!(roster["students"][0]["id"], anna_id.as_str());
    assert_eq!(roster["students"][0]["account_here"], false);
    let (status, body) = stranger
        .call(
            "PUT",
            &format!("/api/classes/{trap}/students/{anna_id}/password"),
            Some(json!({"password": "svesa-parole-1"})),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    // She is still signed in, and her password still works.
    assert_eq!(anna.get("/api/me").await.1["id"], anna_id.as_str());
    for password in ["svesa-parole-1"] {
        let (status, _) = app
            .client()
            .post(
                "/api/auth/signin",
                student_sign_in(&home_code, "Anna", password),
            )
            .await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    // The stranger reads no work on what only Ilze assigned, not even by naming it.
    let (status, _) = stranger
        .get(&format!(
            "/api/classes/{trap}/students/{anna_id}/code?item={EXERCISE}"
        ))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let grid = stranger
        .expect(
            StatusCode::OK,
            "GET",
            &format!("/api/classes/{trap}/grid"),
            None,
        )
        .await;
    assert!(
        grid["cells"]
            .as_array()
            .unwrap()
            .iter()
            .all(|cell| cell["item"] != EXERCISE),
        "{grid}"
    );
    // What she does for the stranger's class, the stranger sees; that is what joining means.
    common::save_run(&anna, OTHER_EXERCISE, "print('spēle')").await;
    let code = stranger
        .expect(
            StatusCode::OK,
            "GET",
            &format!("/api/classes/{trap}/students/{anna_id}/code?item={OTHER_EXERCISE}"),
            None,
        )
        .await;
    assert_eq!(code["code"], "print('spēle')");

    // Ilze, whose class made the account, can still help her; in her own second class she cannot.
    let (second, second_code) = class(&ilze, "8.a pulciņš").await;
    join_another(&anna, &second_code).await;
    let (status, _) = ilze
        .call(
            "PUT",
            &format!("/api/classes/{second}/students/{anna_id}/password"),
            Some(json!({"password": "jauna-parole-7"})),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    ilze.expect(
        StatusCode::NO_CONTENT,
        "PUT",
        &format!("/api/classes/{home}/students/{anna_id}/password"),
        Some(json!({"password": "jauna-parole-7"})),
    )
    .await;

    // Removed from the class that made her account, she has no responsible teacher: the account
    // does not pass to the next class's teacher.
    ilze.expect(
        StatusCode::NO_CONTENT,
        "DELETE",
        &format!("/api/classes/{home}/students/{anna_id}"),
        None,
    )
    .await;
    let (status, _) = stranger
        .call(
            "PUT",
            &format!("/api/classes/{trap}/students/{anna_id}/password"),
            Some(json!({"password": "svesa-parole-1"})),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = ilze
        .call(
            "PUT",
            &format!("/api/classes/{home}/students/{anna_id}/password"),
            Some(json!({"password": "svesa-parole-1"})),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_flood_of_guesses_from_one_place_neither_gets_in_nor_locks_the_student_out() {
    let app = test_app().await;
    let ilze = teacher(&app, "ilze@skola.lv").await;
    let (_, code) = class(&ilze, "7.b").await;
    student(&app, &code, "Anna").await;

    let attacker = app.client_from("203.0.113.66");
    let max = usize::try_from(WRONG_SIGN_INS_PER_ADDRESS.max).unwrap();
    for n in 0..max {
        let (status, body) = attacker
            .post(
                "/api/auth/signin",
                student_sign_in(&code, "Anna", &format!("minejums-{n:04}")),
            )
            .await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "try {n}: {body}");
    }
    // Even the right password is refused from there now, with how long to wait.
    let (status, headers, body) = attacker
        .send_with(
            "POST",
            "/api/auth/signin",
            Some((
                "application/json",
                student_sign_in(&code, "Anna", STUDENT_PASSWORD)
                    .to_string()
                    .into_bytes(),
            )),
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    let wait: u64 = headers["retry-after"].to_str().unwrap().parse().unwrap();
    assert!(
        (1..=WRONG_SIGN_INS_PER_ADDRESS.window.as_secs()).contains(&wait),
        "{wait}"
    );
    let body: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(body["error"]["code"], "rate_limited");
    // A new name each time does not help the attacker: the address is what is counted.
    for name in ["Bērziņš", "Jānis", "Līga"] {
        let (status, _) = attacker
            .post(
                "/api/auth/signin",
                student_sign_in(&code, name, "minejums-x"),
            )
            .await;
        assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{name}");
    }
    // Anna, from her own computer, signs in as usual.
    let anna = app.client_from("198.51.100.20");
    let (status, me) = anna
        .post(
            "/api/auth/signin",
            student_sign_in(&code, "Anna", STUDENT_PASSWORD),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{me}");
}

#[tokio::test]
async fn an_attack_on_one_account_from_many_places_is_slowed_down_too() {
    let app = test_app().await;
    teacher(&app, "ilze@skola.lv").await;
    let sign_in =
        |password: &str| json!({"as": "teacher", "email": "ilze@skola.lv", "password": password});
    let per_address = WRONG_SIGN_INS_PER_ADDRESS.max;
    let mut tries = 0;
    let mut address = 0;
    while tries < WRONG_SIGN_INS_PER_ACCOUNT.max {
        address += 1;
        let attacker = app.client_from(&format!("203.0.113.{address}"));
        for _ in 0..per_address.min(WRONG_SIGN_INS_PER_ACCOUNT.max - tries) {
            let (status, _) = attacker
                .post("/api/auth/signin", sign_in("minejums-123"))
                .await;
            assert_eq!(status, StatusCode::UNAUTHORIZED);
            tries += 1;
        }
    }
    // The account is over its limit, so a fresh address waits as well (the price of stopping a
    // distributed attack; no single place could do this).
    assert!(address >= 2);
    let (status, _) = app
        .client_from("203.0.113.200")
        .post("/api/auth/signin", sign_in("minejums-123"))
        .await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    // Other accounts are not affected.
    teacher(&app, "peteris@skola.lv").await;
    let (status, _) = app
        .client_from("203.0.113.200")
        .post(
            "/api/auth/signin",
            json!({"as": "teacher", "email": "peteris@skola.lv", "password": "parole123"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn copies_of_the_server_share_one_count() {
    let app = test_app().await;
    teacher(&app, "ilze@skola.lv").await;
    let copies = [app.another_copy(), app.another_copy()];
    let max = WRONG_SIGN_INS_PER_ADDRESS.max;
    for n in 0..max {
        let copy = &copies[usize::try_from(n).unwrap() % copies.len()];
        let (status, _) = copy
            .client_from("203.0.113.5")
            .post(
                "/api/auth/signin",
                json!({"as": "teacher", "email": "ilze@skola.lv", "password": "minejums-123"}),
            )
            .await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    for app in [&app, &copies[0], &copies[1]] {
        let (status, _) = app
            .client_from("203.0.113.5")
            .post(
                "/api/auth/signin",
                json!({"as": "teacher", "email": "ilze@skola.lv", "password": "minejums-123"}),
            )
            .await;
        assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    }
}

#[tokio::test]
async fn join_codes_cannot_be_guessed_quickly() {
    let app = test_app().await;
    let ilze = teacher(&app, "ilze@skola.lv").await;
    let (_, code) = class(&ilze, "7.b").await;
    let guesser = app.client_from("203.0.113.9");
    // Right codes do not count: a class's pupils share one school address.
    for _ in 0..30 {
        guesser
            .expect(StatusCode::OK, "GET", &format!("/api/join/{code}"), None)
            .await;
    }
    let alphabet: Vec<char> = darbnica_api::classes::JOIN_CODE_ALPHABET.chars().collect();
    let mut guesses = 0;
    for n in 0.. {
        let guess: String = (0..6)
            .map(|place| alphabet[(n * 7 + place * 3) % alphabet.len()])
            .collect();
        if guess == code {
            continue;
        }
        let (status, _) = guesser.get(&format!("/api/join/{guess}")).await;
        if status == StatusCode::TOO_MANY_REQUESTS {
            break;
        }
        assert_eq!(status, StatusCode::NOT_FOUND);
        guesses += 1;
    }
    assert_eq!(guesses, UNKNOWN_JOIN_CODES_PER_ADDRESS.max);
    // Joining by guessing is the same count.
    let (status, _) = guesser
        .post(
            "/api/join",
            json!({"code": "ABCDEF", "name": "X", "password": "parole-parole"}),
        )
        .await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    // Someone else at another address is not affected.
    app.client_from("198.51.100.1")
        .expect(StatusCode::OK, "GET", &format!("/api/join/{code}"), None)
        .await;
}

#[tokio::test]
async fn behind_a_trusted_proxy_the_forwarded_client_is_counted() {
    let app = test_app_with(|state| AppState {
        trusted_proxies: std::sync::Arc::new(TrustedProxies::parse("127.0.0.1").unwrap()),
        ..state
    })
    .await;
    teacher(&app, "ilze@skola.lv").await;
    let through_proxy = app.client_from("127.0.0.1");
    let body = |password: &str| {
        Some((
            "application/json",
            json!({"as": "teacher", "email": "ilze@skola.lv", "password": password})
                .to_string()
                .into_bytes(),
        ))
    };
    for _ in 0..WRONG_SIGN_INS_PER_ADDRESS.max {
        // The attacker writes an address of their own choosing first; the proxy appends theirs.
        let forwarded = format!("10.9.9.{}, 203.0.113.77", rand_octet());
        let (status, _, _) = through_proxy
            .send_with(
                "POST",
                "/api/auth/signin",
                body("minejums-123"),
                &[("x-forwarded-for", &forwarded)],
            )
            .await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    let (status, _, _) = through_proxy
        .send_with(
            "POST",
            "/api/auth/signin",
            body("parole123"),
            &[("x-forwarded-for", "203.0.113.77")],
        )
        .await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    // Another client behind the same proxy is counted apart.
    let (status, _, _) = through_proxy
        .send_with(
            "POST",
            "/api/auth/signin",
            body("parole123"),
            &[("x-forwarded-for", "198.51.100.3")],
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    // A client that is not the proxy cannot name another address.
    let direct = app.client_from("198.51.100.50");
    let (status, _, _) = direct
        .send_with(
            "POST",
            "/api/auth/signin",
            body("parole123"),
            &[("x-forwarded-for", "203.0.113.77")],
        )
        .await;
    assert_eq!(status, StatusCode::OK);
}

fn rand_octet() -> u8 {
    uuid::Uuid::new_v4().as_bytes()[0]
}

#[tokio::test]
async fn new_students_need_a_password_that_is_hard_to_guess() {
    let app = test_app().await;
    let ilze = teacher(&app, "ilze@skola.lv").await;
    let (_, code) = class(&ilze, "7.b").await;
    let (status, body) = app
        .client()
        .post(
            "/api/join",
            json!({"code": code, "name": "Anna", "password": "kaķis"}),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(
        body["error"]["message"],
        "the password is shorter than 10 characters"
    );
}

async fn session_list(client: &common::Client<'_>) -> Vec<Value> {
    client
        .expect(StatusCode::OK, "GET", "/api/me/sessions", None)
        .await
        .as_array()
        .unwrap()
        .clone()
}

async fn signed_in_teacher<'a>(app: &'a TestApp, user_agent: &str) -> common::Client<'a> {
    let client = app.client();
    let (status, _, _) = client
        .send_with(
            "POST",
            "/api/auth/signin",
            Some((
                "application/json",
                json!({"as": "teacher", "email": "ilze@skola.lv", "password": "parole123"})
                    .to_string()
                    .into_bytes(),
            )),
            &[("user-agent", user_agent)],
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    client
}

#[tokio::test]
async fn a_teacher_sees_their_sessions_ends_them_and_changes_the_password() {
    let app = test_app().await;
    teacher(&app, "ilze@skola.lv").await;
    let school = signed_in_teacher(
        &app,
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    )
    .await;
    let home = signed_in_teacher(
        &app,
        "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    )
    .await;
    let phone = signed_in_teacher(
        &app,
        "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
    )
    .await;

    let sessions = session_list(&home).await;
    // The sign-up's own session, and three more.
    assert_eq!(sessions.len(), 4, "{sessions:?}");
    assert_eq!(sessions[0]["current"], true);
    assert_eq!(sessions[0]["device"], "Firefox, Linux");
    assert!(
        sessions[1..]
            .iter()
            .all(|session| session["current"] == false)
    );
    // The cookie's secret is nowhere in the list.
    let cookie = home.cookie().unwrap();
    let secret = cookie.split_once('=').unwrap().1;
    assert!(!serde_json::to_string(&sessions).unwrap().contains(secret));

    // Sign out the school computer from home.
    let school_handle = sessions
        .iter()
        .find(|session| session["device"] == "Chrome, Windows")
        .unwrap()["handle"]
        .as_str()
        .unwrap()
        .to_owned();
    home.expect(
        StatusCode::NO_CONTENT,
        "DELETE",
        &format!("/api/me/sessions/{school_handle}"),
        None,
    )
    .await;
    assert_eq!(school.get("/api/me").await, (StatusCode::OK, Value::Null));
    assert_eq!(session_list(&home).await.len(), 3);
    // Nobody ends another user's session by its handle.
    let other = teacher(&app, "peteris@skola.lv").await;
    let phone_handle = session_list(&phone).await[0]["handle"]
        .as_str()
        .unwrap()
        .to_owned();
    let (status, _) = other
        .call("DELETE", &format!("/api/me/sessions/{phone_handle}"), None)
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(phone.get("/api/me").await.1["email"], "ilze@skola.lv");

    // "Sign out everywhere else".
    let ended = home
        .expect(StatusCode::OK, "POST", "/api/me/sessions/end-others", None)
        .await;
    assert_eq!(ended["ended"], 2);
    assert_eq!(phone.get("/api/me").await, (StatusCode::OK, Value::Null));
    assert_eq!(session_list(&home).await.len(), 1);

    // A new password: the current one is asked for, and other sessions end.
    let phone = signed_in_teacher(&app, "phone").await;
    let (status, _) = home
        .call(
            "PUT",
            "/api/me/password",
            Some(json!({"current": "nepareiza", "new": "jauna-parole-123"})),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, body) = home
        .call(
            "PUT",
            "/api/me/password",
            Some(json!({"current": "parole123", "new": "īsa"})),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    home.expect(
        StatusCode::NO_CONTENT,
        "PUT",
        "/api/me/password",
        Some(json!({"current": "parole123", "new": "jauna-parole-123"})),
    )
    .await;
    assert_eq!(home.get("/api/me").await.1["email"], "ilze@skola.lv");
    assert_eq!(phone.get("/api/me").await, (StatusCode::OK, Value::Null));
    let (status, _) = app
        .client()
        .post(
            "/api/auth/signin",
            json!({"as": "teacher", "email": "ilze@skola.lv", "password": "parole123"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

/// The id of `client`'s session (the cookie's value), its expiry in Unix seconds, and its data.
async fn session_row(app: &TestApp, client: &common::Client<'_>) -> (String, i64, String) {
    let cookie = client.cookie().unwrap();
    let id = cookie.split_once('=').unwrap().1.to_owned();
    let (expires_at, data): (i64, String) =
        sqlx::query_as("SELECT expires_at, data FROM sessions WHERE id = $1")
            .bind(&id)
            .fetch_one(app.database.pool())
            .await
            .unwrap();
    (id, expires_at, data)
}

fn now_seconds() -> i64 {
    i64::try_from(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs(),
    )
    .unwrap()
}

#[tokio::test]
async fn sessions_end_after_a_while_unused_and_last_while_used() {
    let app = test_app().await;
    let ilze = teacher(&app, "ilze@skola.lv").await;
    let (_, code) = class(&ilze, "7.b").await;
    let (anna, _) = student(&app, &code, "Anna").await;

    let (ilze_session, teacher_expiry, data) = session_row(&app, &ilze).await;
    let (_, student_expiry, _) = session_row(&app, &anna).await;
    let hours = |seconds: i64| (seconds - now_seconds()) as f64 / 3600.0;
    assert!(
        (11.9..=12.0).contains(&hours(teacher_expiry)),
        "{}",
        hours(teacher_expiry)
    );
    assert!(
        (6.0 * 24.0 - 0.1..=6.0 * 24.0).contains(&hours(student_expiry)),
        "{}",
        hours(student_expiry)
    );

    // Say Ilze's session was last moved forward an hour ago and ends in eleven hours: her next
    // request moves it to twelve hours from now again.
    let hour_ago_ms = (now_seconds() - 3600) * 1000;
    let mut data: Value = serde_json::from_str(&data).unwrap();
    data["user"]["refreshed"] = json!(hour_ago_ms);
    sqlx::query("UPDATE sessions SET data = $1, expires_at = $2 WHERE id = $3")
        .bind(data.to_string())
        .bind(now_seconds() + 11 * 3600)
        .bind(&ilze_session)
        .execute(app.database.pool())
        .await
        .unwrap();
    assert_eq!(ilze.get("/api/me").await.1["role"], "teacher");
    let (_, moved, _) = session_row(&app, &ilze).await;
    assert!(hours(moved) > 11.9, "{}", hours(moved));

    // An expired session is not honoured, and the sweep deletes it.
    sqlx::query("UPDATE sessions SET expires_at = $1 WHERE id = $2")
        .bind(now_seconds() - 1)
        .bind(&ilze_session)
        .execute(app.database.pool())
        .await
        .unwrap();
    assert_eq!(ilze.get("/api/me").await, (StatusCode::OK, Value::Null));
    let swept = darbnica_server::sessions::DatabaseSessions::delete_expired(&app.database)
        .await
        .unwrap();
    assert_eq!(swept, 1);
    assert_eq!(anna.get("/api/me").await.1["name"], "Anna");
}

fn attempts(count: usize, item: &str) -> Value {
    let now = common::now_ms();
    json!({"attempts": (0..count).map(|n| json!({
        "id": uuid::Uuid::new_v4().to_string(), "item": item,
        "code": format!("print({n})"), "passed": false, "at": now,
    })).collect::<Vec<_>>()})
}

#[tokio::test]
async fn saves_name_real_items_and_fill_no_more_than_the_quota() {
    let app = test_app().await;
    let ilze = teacher(&app, "ilze@skola.lv").await;
    let (_, code) = class(&ilze, "7.b").await;
    let (anna, anna_id) = student(&app, &code, "Anna").await;

    // An item the catalogue does not have is refused, whatever it looks like.
    let (status, body) = anna
        .post("/api/progress", attempts(1, "nav-tada/nav-tada"))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("no exercise or model"),
        "{body}"
    );

    // The totals follow what is stored (a repeated id counts once).
    let batch = attempts(3, EXERCISE);
    anna.expect(StatusCode::OK, "POST", "/api/progress", Some(batch.clone()))
        .await;
    anna.expect(StatusCode::OK, "POST", "/api/progress", Some(batch))
        .await;
    let usage = || async {
        sqlx::query_as::<_, (i64, i64)>(
            "SELECT stored_attempts, stored_code_chars FROM users WHERE id = $1",
        )
        .bind(&anna_id)
        .fetch_one(app.database.pool())
        .await
        .unwrap()
    };
    assert_eq!(usage().await, (3, 24));

    // One run short of the limit: a save of two is refused whole, and kept by the browser.
    sqlx::query("UPDATE users SET stored_attempts = $1 WHERE id = $2")
        .bind(darbnica_server::saver::MAX_STORED_ATTEMPTS - 1)
        .bind(&anna_id)
        .execute(app.database.pool())
        .await
        .unwrap();
    let (status, headers, body) = anna
        .send_with(
            "POST",
            "/api/progress",
            Some((
                "application/json",
                attempts(2, EXERCISE).to_string().into_bytes(),
            )),
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(headers["retry-after"], "3600");
    let body: Value = serde_json::from_slice(&body).unwrap();
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("storage limit"),
        "{body}"
    );
    anna.expect(
        StatusCode::OK,
        "POST",
        "/api/progress",
        Some(attempts(1, EXERCISE)),
    )
    .await;
    let (stored,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM attempts WHERE user_id = $1")
        .bind(&anna_id)
        .fetch_one(app.database.pool())
        .await
        .unwrap();
    assert_eq!(stored, 4);
    // Others are not affected.
    let (janis, _) = student(&app, &code, "Jānis").await;
    janis
        .expect(
            StatusCode::OK,
            "POST",
            "/api/progress",
            Some(attempts(2, EXERCISE)),
        )
        .await;
}

#[tokio::test]
async fn a_flood_of_saves_from_one_account_is_slowed_down() {
    let app = test_app().await;
    let ilze = teacher(&app, "ilze@skola.lv").await;
    let (_, code) = class(&ilze, "7.b").await;
    let (anna, _) = student(&app, &code, "Anna").await;
    let mut accepted = 0;
    let mut refused = None;
    for _ in 0..30 {
        let (status, headers, _) = anna
            .send_with(
                "POST",
                "/api/progress",
                Some((
                    "application/json",
                    attempts(100, EXERCISE).to_string().into_bytes(),
                )),
                &[],
            )
            .await;
        if status == StatusCode::TOO_MANY_REQUESTS {
            refused = Some(headers["retry-after"].to_str().unwrap().to_owned());
            break;
        }
        assert_eq!(status, StatusCode::OK);
        accepted += 1;
    }
    // The burst (an outbox that was offline for a day) goes through; then the account waits.
    assert!(accepted >= 20, "{accepted}");
    let wait: u64 = refused.expect("a 429").parse().unwrap();
    assert!(wait >= 1);
    let (janis, _) = student(&app, &code, "Jānis").await;
    janis
        .expect(
            StatusCode::OK,
            "POST",
            "/api/progress",
            Some(attempts(100, EXERCISE)),
        )
        .await;
}

#[tokio::test]
async fn a_session_from_before_handles_keeps_itself_when_it_ends_the_others() {
    let app = test_app().await;
    teacher(&app, "ilze@skola.lv").await;
    let here = signed_in_teacher(&app, "here").await;
    let elsewhere = signed_in_teacher(&app, "elsewhere").await;
    // Both sessions as an older server stored them: no handle, no times.
    sqlx::query(
        "UPDATE sessions SET data = '{\"user\":{\"id\":\"' || user_id || '\",\"role\":\"teacher\"}}' \
         WHERE user_id IS NOT NULL",
    )
    .execute(app.database.pool())
    .await
    .unwrap();
    let ended = here
        .expect(StatusCode::OK, "POST", "/api/me/sessions/end-others", None)
        .await;
    assert_eq!(
        ended["ended"], 2,
        "the sign-up's session and the other computer's"
    );
    assert_eq!(here.get("/api/me").await.1["email"], "ilze@skola.lv");
    assert_eq!(
        elsewhere.get("/api/me").await,
        (StatusCode::OK, Value::Null)
    );
}
