//! The server's HTTP behaviour for content and errors, in-process: `app(state)` driven with
//! `oneshot`, each test on a fresh real database (SQLite, or PostgreSQL: see `common`).

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use common::{expected_database, test_app};
use serde_json::{Value, json};

#[tokio::test]
async fn health_reports_the_database_and_content() {
    let app = test_app().await;
    let (status, body) = app.get_json("/api/health").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["status"], "ok");
    assert_eq!(body["database"], expected_database());
    assert_eq!(body["course_count"], 3);
    assert!(
        body["database_created_at"]
            .as_str()
            .unwrap()
            .starts_with("20"),
        "{body}"
    );
}

#[tokio::test]
async fn courses_are_listed_in_order_with_both_languages() {
    let app = test_app().await;
    let (status, body) = app.get_json("/api/courses").await;
    assert_eq!(status, StatusCode::OK);
    let first = &body[0];
    assert_eq!(first["id"], "programmesanas-pamati");
    assert_eq!(
        first["title"],
        json!({"lv": "Programmēšanas pamati", "en": "Programming basics"})
    );
    assert_eq!(first["lesson_count"], 9);
    assert!(first["exercise_count"].as_u64().unwrap() >= 30, "{first}");
    assert_eq!(body[1]["id"], "generativais-dizains");
}

#[tokio::test]
async fn a_course_lists_its_lessons_and_their_exercises_in_order() {
    let app = test_app().await;
    let (status, body) = app.get_json("/api/courses/programmesanas-pamati").await;
    assert_eq!(status, StatusCode::OK);
    let lesson = &body["lessons"][0];
    assert_eq!(lesson["id"], "izvade");
    assert_eq!(
        lesson["exercises"][0],
        json!({
            "id": "sveika-pasaule",
            "title": {"lv": "Sveika, pasaule!", "en": "Hello, world!"},
            "kind": "program",
            "difficulty": 1
        })
    );
}

#[tokio::test]
async fn an_exercise_comes_with_its_task_checks_and_neighbours_across_lessons() {
    let app = test_app().await;
    let (status, body) = app
        .get_json("/api/courses/programmesanas-pamati/exercises/sveika-pasaule")
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["lesson"], "izvade");
    assert!(
        body["text_html"]["lv"]
            .as_str()
            .unwrap()
            .contains("<code>print</code>")
    );
    assert!(
        body["text_html"]["en"]
            .as_str()
            .unwrap()
            .contains("Hello, world!")
    );
    assert!(body["hints_html"].as_array().unwrap().len() >= 2);
    assert!(
        body["check"]
            .as_str()
            .unwrap()
            .contains("from checks import")
    );
    assert_eq!(body["starter"]["en"], "# Write your program here\n");
    assert_eq!(body["previous"], Value::Null);
    assert_eq!(body["next"]["id"], "vairakas-rindas");

    // The last exercise of the first lesson leads into the next lesson.
    let (_, body) = app
        .get_json("/api/courses/programmesanas-pamati/exercises/maja")
        .await;
    assert_eq!(body["next"]["id"], "taisnsturis");
}

#[tokio::test]
async fn unknown_courses_and_exercises_are_json_404s_that_name_them() {
    let app = test_app().await;
    let (status, body) = app.get_json("/api/courses/nav-tada").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(
        body,
        json!({"error": {"code": "not_found", "message": "there is no course `nav-tada`"}})
    );
    let (status, body) = app
        .get_json("/api/courses/programmesanas-pamati/exercises/nav-tada")
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body["error"]["code"], "not_found");
}

#[tokio::test]
async fn an_unknown_endpoint_is_a_json_404() {
    let app = test_app().await;
    let (status, body) = app.get_json("/api/no-such-thing").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(
        body,
        json!({"error": {"code": "not_found", "message": "there is no such API endpoint"}})
    );
}

#[tokio::test]
async fn a_wrong_method_is_a_json_405_that_names_the_allowed_ones() {
    let app = test_app().await;
    let (status, headers, body) = app
        .send(Request::delete("/api/courses").body(Body::empty()).unwrap())
        .await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(headers[header::ALLOW], "GET,HEAD");
    let body: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(body["error"]["code"], "method_not_allowed");
}

#[tokio::test]
async fn an_oversized_body_is_a_json_413() {
    let app = test_app().await;
    // 70 kB is too much for a sign-in, and 2 MB for anything.
    for (uri, size) in [("/api/auth/signin", 70_000), ("/api/progress", 2_000_000)] {
        let request = Request::post(uri)
            .header(header::CONTENT_TYPE, "application/json")
            .header(header::CONTENT_LENGTH, size)
            .body(Body::from(vec![b' '; size]))
            .unwrap();
        let (status, _, body) = app.send(request).await;
        assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{uri}");
        let body: Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(body["error"]["code"], "payload_too_large");
        assert_eq!(
            body["error"]["message"],
            "the request body is too large: at most 65536 bytes (1048576 for a progress sync)"
        );
    }
}

#[tokio::test]
async fn api_answers_are_compressed_when_the_client_accepts_it() {
    let app = test_app().await;
    let request = Request::get("/api/courses")
        .header(header::ACCEPT_ENCODING, "br")
        .body(Body::empty())
        .unwrap();
    let (status, headers, _) = app.send(request).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_ENCODING], "br");
}

#[tokio::test]
async fn app_routes_get_index_html_which_is_always_revalidated_and_others_a_404() {
    let app = test_app().await;
    let pages = [
        "/",
        "/courses/programmesanas-pamati",
        "/courses/programmesanas-pamati/sveika-pasaule",
        "/models/zobrats",
        "/games/pongs",
        "/workshops/3d-spelu-izstrade",
        "/classes/42",
        "/join/ABC234",
    ];
    // Paths that name nothing: the app shows its not-found page, with a 404.
    let nothing = [
        "/no-such-page",
        "/wp-login.php",
        "/courses/python-pirmie-soli",
        "/courses/programmesanas-pamati/nav-tada",
        "/models/nav-tada",
        "/games/nav-tada",
        "/workshops/nav-tada",
        "/models/zobrats/x",
        "/playground/",
        "/../Cargo.toml",
        "/%2e%2e/Cargo.toml",
    ];
    let cases = pages
        .iter()
        .map(|path| (path, StatusCode::OK))
        .chain(nothing.iter().map(|path| (path, StatusCode::NOT_FOUND)));
    for (path, expected) in cases {
        let (status, headers, body) = app.get(path).await;
        assert_eq!(status, expected, "{path}");
        assert_eq!(headers[header::CACHE_CONTROL], "no-cache", "{path}");
        assert!(
            String::from_utf8(body)
                .unwrap()
                .contains("<title>Darbnīca</title>"),
            "{path}"
        );
    }
    // Each content page preloads the API answer it asks for first; other pages and the paths
    // that name nothing preload nothing.
    for (path, preload) in [
        ("/", Some("/api/courses")),
        ("/models", Some("/api/models")),
        (
            "/courses/programmesanas-pamati/sveika-pasaule",
            Some("/api/courses/programmesanas-pamati/exercises/sveika-pasaule"),
        ),
        ("/models/zobrats", Some("/api/models/zobrats")),
        ("/games/pongs", Some("/api/games/pongs")),
        ("/playground", None),
        ("/classes/42", None),
        ("/models/nav-tada", None),
    ] {
        let (_, headers, _) = app.get(path).await;
        assert_eq!(
            headers
                .get(header::LINK)
                .map(|link| link.to_str().unwrap().to_owned()),
            preload.map(|api| format!("<{api}>; rel=preload; as=fetch; crossorigin")),
            "{path}"
        );
        // And what it names answers.
        if let Some(api) = preload {
            assert_eq!(app.get(api).await.0, StatusCode::OK, "{api}");
        }
    }
    // Files of the build are files.
    let (status, _, _) = app.get("/darbnica-app-0123456789abcdef.js").await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn hashed_assets_are_cached_for_a_year_and_served_precompressed() {
    let app = test_app().await;
    let (status, headers, _) = app.get("/darbnica-app-0123456789abcdef_bg.wasm").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "application/wasm");
    assert_eq!(
        headers[header::CACHE_CONTROL],
        "public, max-age=31536000, immutable"
    );

    let request = Request::get("/darbnica-app-0123456789abcdef.js")
        .header(header::ACCEPT_ENCODING, "gzip, br")
        .body(Body::empty())
        .unwrap();
    let (status, headers, body) = app.send(request).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_ENCODING], "br");
    assert_eq!(body, b"brotli bytes");
}

#[tokio::test]
async fn the_gallery_lists_models_and_gives_one_with_its_script() {
    let app = test_app().await;
    let (status, body) = app.get_json("/api/models").await;
    assert_eq!(status, StatusCode::OK);
    let models = body.as_array().unwrap();
    assert!(models.len() >= 10, "{body}");
    assert!(models.iter().all(|model| model.get("code").is_none()));
    let id = models[0]["id"].as_str().unwrap();
    let (status, body) = app.get_json(&format!("/api/models/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        body["code"]
            .as_str()
            .unwrap()
            .contains("from darbnica import")
    );
    assert!(!body["title"]["lv"].as_str().unwrap().is_empty());
    // With its sliders and measures at its defaults, for the page to show before any run.
    let facts: darbnica_api::python::ModelInfo =
        serde_json::from_value(body["facts"].clone()).unwrap();
    assert!(facts.triangles > 0 && facts.bounds.is_some() && facts.error.is_none());
    assert!(
        facts
            .params
            .iter()
            .all(|param| body["code"].as_str().unwrap().contains(&param.name)),
        "{body}"
    );
    let (status, body) = app.get_json("/api/models/nav-tada").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body["error"]["message"], "there is no model `nav-tada`");

    let (status, headers, png) = app.get(&format!("/api/models/{id}/thumbnail.png")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "image/png");
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
}

#[tokio::test]
async fn the_game_studio_lists_games_and_gives_one_with_its_code_in_both_languages() {
    let app = test_app().await;
    let (status, body) = app.get_json("/api/games").await;
    assert_eq!(status, StatusCode::OK);
    let games = body.as_array().unwrap();
    assert!(games.len() >= 5, "{body}");
    assert!(games.iter().all(|game| game.get("code").is_none()));
    let ids: Vec<&str> = games
        .iter()
        .map(|game| game["id"].as_str().unwrap())
        .collect();
    let mut sorted = ids.clone();
    sorted.sort_unstable();
    assert_eq!(ids, sorted, "in id order");
    for game in games {
        for text in ["title", "description", "controls"] {
            assert!(!game[text]["lv"].as_str().unwrap().is_empty(), "{game}");
            assert!(!game[text]["en"].as_str().unwrap().is_empty(), "{game}");
        }
    }

    let (status, body) = app.get_json("/api/games/pongs").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["id"], "pongs");
    for lang in ["lv", "en"] {
        assert!(
            body["code"][lang]
                .as_str()
                .unwrap()
                .contains("from game import"),
            "{body}"
        );
    }
    assert_ne!(body["code"]["lv"], body["code"]["en"]);
    assert!(!body["controls"]["en"].as_str().unwrap().is_empty());

    let (status, body) = app.get_json("/api/games/nav-tada").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body["error"]["message"], "there is no game `nav-tada`");

    // A workshop lists its games, without their code.
    let (status, body) = app.get_json("/api/workshops/3d-spelu-izstrade").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["game_count"], 5);
    assert_eq!(body["games"][0]["id"], "dzintars-un-vilni");
    assert!(body["games"][0].get("code").is_none());
}

#[tokio::test]
async fn workshops_list_newest_first_and_link_their_projects_and_exercises() {
    let app = test_app().await;
    let (status, body) = app.get_json("/api/workshops").await;
    assert_eq!(status, StatusCode::OK);
    let workshops = body.as_array().unwrap();
    assert!(workshops.len() >= 3, "{body}");
    let dates: Vec<&str> = workshops
        .iter()
        .map(|workshop| workshop["date"].as_str().unwrap())
        .collect();
    assert!(dates.windows(2).all(|pair| pair[0] >= pair[1]), "{dates:?}");

    let (status, body) = app.get_json("/api/workshops/speles-objekti").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["models"][0]["id"], "zema-poli-koks");
    assert!(
        !body["models"][0]["title"]["en"]
            .as_str()
            .unwrap()
            .is_empty()
    );
    assert_eq!(body["exercises"][0]["course"], "programmesanas-pamati");
    assert_eq!(body["exercises"][0]["id"], "punkti-uz-rinka");
    assert_eq!(body["model_count"], 3);
    assert_eq!(body["game_count"], 0);
    assert_eq!(body["games"], json!([]));

    let (status, body) = app.get_json("/api/workshops/nav-tada").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body["error"]["message"], "there is no workshop `nav-tada`");
}

#[tokio::test]
async fn every_answer_carries_the_security_headers_and_hsts_only_over_https() {
    let app = test_app().await;
    let paths = [
        "/",
        "/courses/python-pirmie-soli",
        "/darbnica-app-0123456789abcdef.js",
        "/api/courses",
        "/api/nav-tada",
        "/api/me",
        "/api/classes",
    ];
    for path in paths {
        let (_, headers, _) = app.get(path).await;
        let policy = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
        let directive = |name: &str| {
            policy
                .split(';')
                .map(str::trim)
                .find(|directive| directive.split(' ').next() == Some(name))
                .unwrap_or_else(|| panic!("{path}: no {name} in {policy}"))
                .to_owned()
        };
        // Scripts only from the portal (and its wasm); nothing inline, nothing evaluated.
        assert_eq!(
            directive("script-src"),
            "script-src 'self' 'wasm-unsafe-eval'",
            "{path}"
        );
        assert_eq!(directive("frame-ancestors"), "frame-ancestors 'none'");
        assert_eq!(directive("object-src"), "object-src 'none'");
        assert_eq!(directive("connect-src"), "connect-src 'self'");
        assert!(!policy.contains("unsafe-eval'") || policy.contains("wasm-unsafe-eval"));
        assert!(!directive("script-src").contains("unsafe-inline"), "{path}");
        assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff", "{path}");
        assert_eq!(headers[header::REFERRER_POLICY], "no-referrer", "{path}");
        assert_eq!(headers[header::X_FRAME_OPTIONS], "DENY", "{path}");
        let permissions = headers["permissions-policy"].to_str().unwrap();
        for feature in ["camera=()", "microphone=()", "geolocation=()"] {
            assert!(permissions.contains(feature), "{path}: {permissions}");
        }
        assert!(
            headers.get(header::STRICT_TRANSPORT_SECURITY).is_none(),
            "{path}: HSTS over plain HTTP"
        );
    }
    let https = common::test_app_with(|state| darbnica_server::AppState {
        https: true,
        ..state
    })
    .await;
    for path in ["/", "/api/courses", "/api/nav-tada"] {
        let (_, headers, _) = https.get(path).await;
        assert_eq!(
            headers[header::STRICT_TRANSPORT_SECURITY],
            "max-age=63072000; includeSubDomains",
            "{path}"
        );
    }
}

#[tokio::test]
async fn the_catalogue_names_every_content_answer_once_and_each_answers() {
    let app = test_app().await;
    let (status, index) = app.get_json("/api/catalogue").await;
    assert_eq!(status, StatusCode::OK);
    let urls: Vec<&str> = index["urls"]
        .as_array()
        .unwrap()
        .iter()
        .map(|url| url.as_str().unwrap())
        .collect();
    let unique: std::collections::BTreeSet<_> = urls.iter().collect();
    assert_eq!(unique.len(), urls.len(), "an address twice: {urls:?}");
    // Each list, and each item of each list, is in it.
    for list in ["courses", "models", "games", "workshops"] {
        let list_url = format!("/api/{list}");
        assert!(urls.contains(&list_url.as_str()), "{list_url}");
        let (_, items) = app.get_json(&list_url).await;
        for item in items.as_array().unwrap() {
            let url = format!("/api/{list}/{}", item["id"].as_str().unwrap());
            assert!(urls.contains(&url.as_str()), "{url} is missing");
        }
    }
    assert!(urls.contains(&"/api/courses/programmesanas-pamati/exercises/sveika-pasaule"));
    assert!(urls.iter().any(|url| url.ends_with("/thumbnail.png")));
    assert!(urls.len() > 50, "{}", urls.len());
    // Nobody's own data: only content.
    assert!(
        urls.iter().all(|url| !url.contains("/me")
            && !url.contains("/classes")
            && !url.contains("/progress")),
        "{urls:?}"
    );
    for url in &urls {
        let (status, _, body) = app.get(url).await;
        assert_eq!(status, StatusCode::OK, "{url}");
        assert!(!body.is_empty(), "{url}");
    }
    // The same content gives the same version, whenever the server starts.
    let (_, again) = test_app().await.get_json("/api/catalogue").await;
    assert_eq!(again["version"], index["version"]);
    assert_eq!(index["version"].as_str().unwrap().len(), 16);
}
