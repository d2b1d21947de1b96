//! The harness of the server's integration suites: the whole app in-process (`oneshot`), each test
//! on a fresh real database with the portal's real content.
//!
//! The database is SQLite, or PostgreSQL when `DARBNICA_TEST_POSTGRES_URL` names a cluster (a URL
//! to its `postgres` database): each test then gets a database of its own there. `cargo xtask
//! test` runs the suites both ways, starting a throwaway PostgreSQL cluster for the second.

#![expect(dead_code, reason = "each suite uses part of the harness")]

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{HeaderMap, Request, StatusCode, header};
use darbnica_lessons::Content;
use darbnica_server::AppState;
use darbnica_server::database::Database;
use http_body_util::BodyExt as _;
use serde_json::{Value, json};
use tower::ServiceExt as _;

pub struct TestApp {
    pub router: Router,
    pub database: Database,
    dir: std::sync::Arc<tempfile::TempDir>,
}

/// `"postgres"` when the suite runs on PostgreSQL, else `"sqlite"`.
pub fn expected_database() -> &'static str {
    if postgres_url().is_some() {
        "postgres"
    } else {
        "sqlite"
    }
}

fn postgres_url() -> Option<String> {
    std::env::var("DARBNICA_TEST_POSTGRES_URL")
        .ok()
        .filter(|url| !url.is_empty())
}

async fn test_database(dir: &Path) -> Database {
    let url = match postgres_url() {
        Some(admin_url) => {
            let name = format!("test_{}", uuid::Uuid::new_v4().simple());
            let admin = Database::connect(&admin_url)
                .await
                .expect("connecting to the test PostgreSQL cluster");
            sqlx::query(&format!("CREATE DATABASE {name}"))
                .execute(admin.pool())
                .await
                .unwrap();
            admin.close().await;
            let (base, _) = admin_url.rsplit_once('/').expect("a URL with a database");
            format!("{base}/{name}")
        }
        None => format!("sqlite://{}/test.db", dir.display()),
    };
    let database = Database::connect(&url).await.unwrap();
    database.migrate().await.unwrap();
    database
}

pub async fn test_app() -> TestApp {
    test_app_with(|state| state).await
}

/// A test app whose state `configure` may change first (e.g. a public origin).
pub async fn test_app_with(configure: impl FnOnce(AppState) -> AppState) -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    let database = test_database(dir.path()).await;
    let content = Content::load(&repo_root().join("content")).unwrap();

    let dist = dir.path().join("dist");
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(
        dist.join("index.html"),
        "<!doctype html><title>Darbnīca</title>",
    )
    .unwrap();
    std::fs::write(dist.join("darbnica-app-0123456789abcdef_bg.wasm"), b"\0asm").unwrap();
    std::fs::write(
        dist.join("darbnica-app-0123456789abcdef.js"),
        "export default 1;",
    )
    .unwrap();
    std::fs::write(
        dist.join("darbnica-app-0123456789abcdef.js.br"),
        b"brotli bytes",
    )
    .unwrap();

    TestApp {
        router: darbnica_server::app(configure(AppState::new(database.clone(), &content)), &dist),
        database,
        dir: std::sync::Arc::new(dir),
    }
}

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

impl TestApp {
    pub async fn send(&self, request: Request<Body>) -> (StatusCode, HeaderMap, Vec<u8>) {
        let response = self.router.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let body = response
            .into_body()
            .collect()
            .await
            .unwrap()
            .to_bytes()
            .to_vec();
        (status, headers, body)
    }

    pub async fn get(&self, uri: &str) -> (StatusCode, HeaderMap, Vec<u8>) {
        self.send(Request::get(uri).body(Body::empty()).unwrap())
            .await
    }

    pub async fn get_json(&self, uri: &str) -> (StatusCode, Value) {
        let (status, headers, body) = self.get(uri).await;
        assert_eq!(headers[header::CONTENT_TYPE], "application/json", "{uri}");
        (status, serde_json::from_slice(&body).unwrap())
    }

    /// A second copy of the server on the same database, as behind a load balancer: nothing is
    /// shared with the first but the database.
    pub fn another_copy(&self) -> TestApp {
        let content = Content::load(&repo_root().join("content")).unwrap();
        TestApp {
            router: darbnica_server::app(
                AppState::new(self.database.clone(), &content),
                &self.dir.path().join("dist"),
            ),
            database: self.database.clone(),
            dir: std::sync::Arc::clone(&self.dir),
        }
    }

    /// A browser of its own: it keeps the session cookie the server sets.
    pub fn client(&self) -> Client<'_> {
        Client {
            app: self,
            cookie: Mutex::new(None),
            address: None,
        }
    }

    /// A browser of its own on the computer with the address `address` (e.g. `192.0.2.7`), as the
    /// server sees the connection.
    pub fn client_from(&self, address: &str) -> Client<'_> {
        Client {
            address: Some(SocketAddr::new(address.parse().unwrap(), 50_000)),
            ..self.client()
        }
    }
}

pub struct Client<'a> {
    app: &'a TestApp,
    cookie: Mutex<Option<String>>,
    address: Option<SocketAddr>,
}

impl<'a> Client<'a> {
    /// The same browser (its cookie) talking to `app`, e.g. another copy of the server.
    pub fn on<'b>(&self, app: &'b TestApp) -> Client<'b> {
        Client {
            app,
            cookie: Mutex::new(self.cookie.lock().unwrap().clone()),
            address: self.address,
        }
    }

    /// Sends `method uri` with `body` as JSON (when given), as a same-site browser would; answers
    /// the status and the JSON body (`null` for an empty one).
    pub async fn call(&self, method: &str, uri: &str, body: Option<Value>) -> (StatusCode, Value) {
        let body = body.map(|body| ("application/json", body.to_string().into_bytes()));
        let (status, body) = self.send(method, uri, body).await;
        let body = if body.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&body).unwrap_or_else(|_| {
                panic!(
                    "{method} {uri}: not JSON: {}",
                    String::from_utf8_lossy(&body)
                )
            })
        };
        (status, body)
    }

    /// Sends `method uri` with `body` (its content type and bytes) as a same-site browser would,
    /// keeping the cookie the server sets; answers the status and the body's bytes.
    pub async fn send(
        &self,
        method: &str,
        uri: &str,
        body: Option<(&str, Vec<u8>)>,
    ) -> (StatusCode, Vec<u8>) {
        let (status, _, body) = self.send_with(method, uri, body, &[]).await;
        (status, body)
    }

    /// Like [`Client::send`], with extra `headers`; answers the response's headers too.
    pub async fn send_with(
        &self,
        method: &str,
        uri: &str,
        body: Option<(&str, Vec<u8>)>,
        headers: &[(&str, &str)],
    ) -> (StatusCode, HeaderMap, Vec<u8>) {
        let mut request = Request::builder()
            .method(method)
            .uri(uri)
            .header(header::HOST, "localhost:8080")
            .header(header::ORIGIN, "http://localhost:8080");
        if let Some(cookie) = self.cookie.lock().unwrap().clone() {
            request = request.header(header::COOKIE, cookie);
        }
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        if let Some(address) = self.address {
            request = request.extension(ConnectInfo(address));
        }
        let request = match body {
            Some((content_type, body)) => request
                .header(header::CONTENT_TYPE, content_type)
                .body(Body::from(body)),
            None => request.body(Body::empty()),
        }
        .unwrap_or_else(|error| panic!("{method} {uri}: {error}"));
        let (status, headers, body) = self.app.send(request).await;
        if let Some(set_cookie) = headers.get(header::SET_COOKIE) {
            let pair = set_cookie.to_str().unwrap().split(';').next().unwrap();
            *self.cookie.lock().unwrap() = Some(pair.to_owned());
        }
        (status, headers, body)
    }

    /// The session cookie this browser holds (`name=value`), if any.
    pub fn cookie(&self) -> Option<String> {
        self.cookie.lock().unwrap().clone()
    }

    pub async fn get(&self, uri: &str) -> (StatusCode, Value) {
        self.call("GET", uri, None).await
    }

    pub async fn post(&self, uri: &str, body: Value) -> (StatusCode, Value) {
        self.call("POST", uri, Some(body)).await
    }

    /// Like [`Client::call`], expecting `status`; answers the body.
    pub async fn expect(
        &self,
        status: StatusCode,
        method: &str,
        uri: &str,
        body: Option<Value>,
    ) -> Value {
        let (got, body) = self.call(method, uri, body).await;
        assert_eq!(got, status, "{method} {uri}: {body}");
        body
    }
}

/// A teacher, Ilze Ozola, signed up with `email`.
pub async fn teacher<'a>(app: &'a TestApp, email: &str) -> Client<'a> {
    let client = app.client();
    client
        .expect(
            StatusCode::CREATED,
            "POST",
            "/api/auth/signup",
            Some(json!({"name": "Ilze Ozola", "email": email, "password": "parole123"})),
        )
        .await;
    client
}

/// A class of `teacher`: (id, join code).
pub async fn class(teacher: &Client<'_>, name: &str) -> (String, String) {
    let class = teacher
        .expect(
            StatusCode::CREATED,
            "POST",
            "/api/classes",
            Some(json!({"name": name})),
        )
        .await;
    (
        class["id"].as_str().unwrap().to_owned(),
        class["join_code"].as_str().unwrap().to_owned(),
    )
}

/// Now, in milliseconds since 1970, as the browser stamps attempts.
pub fn now_ms() -> i64 {
    i64::try_from(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_millis(),
    )
    .unwrap()
}

/// `client` saves one passing run of `item` with `code`.
pub async fn save_run(client: &Client<'_>, item: &str, code: &str) {
    save_run_at(client, item, code, true, now_ms()).await;
}

/// `client` saves one run of `item` with `code`, `passed` or not, made `at` (ms); answers its id.
pub async fn save_run_at(
    client: &Client<'_>,
    item: &str,
    code: &str,
    passed: bool,
    at: i64,
) -> String {
    let id = uuid::Uuid::new_v4().to_string();
    client
        .expect(
            StatusCode::OK,
            "POST",
            "/api/progress",
            Some(
                json!({"attempts": [{"id": id, "item": item, "code": code, "passed": passed,
                                      "at": at}]}),
            ),
        )
        .await;
    id
}

/// The password the harness's students choose: a passphrase like the ones the portal suggests.
pub const STUDENT_PASSWORD: &str = "kaķis-lec-42";

/// A student who joined with `code` as `name` (password [`STUDENT_PASSWORD`]): the client, and
/// the student's id.
pub async fn student<'a>(app: &'a TestApp, code: &str, name: &str) -> (Client<'a>, String) {
    let client = app.client();
    let me = client
        .expect(
            StatusCode::CREATED,
            "POST",
            "/api/join",
            Some(json!({"code": code, "name": name, "password": STUDENT_PASSWORD})),
        )
        .await;
    (client, me["id"].as_str().unwrap().to_owned())
}

/// `student` (signed in), confirming with their password, joins the class with `code` too.
pub async fn join_another(student: &Client<'_>, code: &str) -> Value {
    student
        .expect(
            StatusCode::CREATED,
            "POST",
            "/api/join",
            Some(json!({"code": code, "password": STUDENT_PASSWORD})),
        )
        .await
}
