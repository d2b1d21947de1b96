//! Load on the progress API, for `cargo xtask bench load` and the crash test: many students, each
//! a keep-alive HTTP/1.1 connection of its own (hyper), saving one attempt a request as fast as
//! the server answers. Every attempt has a fresh UUID, so the ids the server acknowledged can be
//! looked up in the database afterwards.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use anyhow::{Context as _, bail};
use http_body_util::{BodyExt as _, Full};
use hyper::body::Bytes;
use hyper::client::conn::http1;
use hyper::{Request, StatusCode, header};
use hyper_util::rt::TokioIo;
use serde_json::{Value, json};
use tokio::net::TcpStream;

/// One keep-alive connection to the server, carrying one student's session cookie.
pub struct Connection {
    sender: http1::SendRequest<Full<Bytes>>,
    address: SocketAddr,
    cookie: Option<String>,
}

impl Connection {
    pub async fn open(address: SocketAddr) -> anyhow::Result<Connection> {
        let stream = TcpStream::connect(address)
            .await
            .with_context(|| format!("connecting to {address}"))?;
        Connection::handshake(address, stream).await
    }

    /// A connection from the loopback address `source` (e.g. 127.0.0.2), which the server sees
    /// as another client.
    pub async fn open_from(
        address: SocketAddr,
        source: std::net::Ipv4Addr,
    ) -> anyhow::Result<Connection> {
        let socket = tokio::net::TcpSocket::new_v4()?;
        socket.bind(SocketAddr::from((source, 0)))?;
        let stream = socket
            .connect(address)
            .await
            .with_context(|| format!("connecting to {address} from {source}"))?;
        Connection::handshake(address, stream).await
    }

    async fn handshake(address: SocketAddr, stream: TcpStream) -> anyhow::Result<Connection> {
        stream.set_nodelay(true)?;
        let (sender, connection) = http1::handshake(TokioIo::new(stream)).await?;
        tokio::spawn(connection);
        Ok(Connection {
            sender,
            address,
            cookie: None,
        })
    }

    /// The same session on a new connection to `address` (the server started again, say).
    pub async fn reconnect(self, address: SocketAddr) -> anyhow::Result<Connection> {
        let mut connection = Connection::open(address).await?;
        connection.cookie = self.cookie;
        Ok(connection)
    }

    /// `POST path` with `body`; answers the status and the body. Keeps a session cookie it is
    /// given.
    pub async fn post(&mut self, path: &str, body: &Value) -> anyhow::Result<(StatusCode, Bytes)> {
        self.send(Request::post(path), Some(body)).await
    }

    /// `GET path`; answers the status and the body.
    pub async fn get(&mut self, path: &str) -> anyhow::Result<(StatusCode, Bytes)> {
        self.send(Request::get(path), None).await
    }

    async fn send(
        &mut self,
        request: hyper::http::request::Builder,
        body: Option<&Value>,
    ) -> anyhow::Result<(StatusCode, Bytes)> {
        let mut request = request.header(header::HOST, self.address.to_string());
        if body.is_some() {
            request = request.header(header::CONTENT_TYPE, "application/json");
        }
        if let Some(cookie) = &self.cookie {
            request = request.header(header::COOKIE, cookie);
        }
        let body = body.map(Value::to_string).unwrap_or_default();
        let request = request.body(Full::new(Bytes::from(body)))?;
        self.sender.ready().await?;
        let response = self.sender.send_request(request).await?;
        let status = response.status();
        if let Some(cookie) = response.headers().get(header::SET_COOKIE) {
            let pair = cookie.to_str()?.split(';').next().unwrap_or_default();
            self.cookie = Some(pair.to_owned());
        }
        let body = response.into_body().collect().await?.to_bytes();
        Ok((status, body))
    }

    async fn post_expecting(
        &mut self,
        path: &str,
        body: &Value,
        expected: StatusCode,
    ) -> anyhow::Result<Value> {
        let (status, answer) = self.post(path, body).await?;
        if status != expected {
            bail!(
                "POST {path}: {status}: {}",
                String::from_utf8_lossy(&answer)
            );
        }
        Ok(serde_json::from_slice(&answer)?)
    }
}

/// A teacher, classes of 30 and `students` students who joined them; answers a signed-in
/// connection for each student.
pub async fn enroll(address: SocketAddr, students: usize) -> anyhow::Result<Vec<Connection>> {
    let mut teacher = Connection::open(address).await?;
    teacher
        .post_expecting(
            "/api/auth/signup",
            &json!({"name": "Slodzes Skolotāja", "email": "slodze@skola.lv", "password": "parole123"}),
            StatusCode::CREATED,
        )
        .await?;
    let mut codes = Vec::new();
    for class in 0..students.div_ceil(30) {
        let class = teacher
            .post_expecting(
                "/api/classes",
                &json!({"name": format!("Slodze {class}")}),
                StatusCode::CREATED,
            )
            .await?;
        codes.push(
            class["join_code"]
                .as_str()
                .context("a join code")?
                .to_owned(),
        );
    }
    let mut joined = Vec::with_capacity(students);
    // Joining hashes a password: a few at a time keeps both cores busy without a queue.
    for chunk in (0..students).collect::<Vec<_>>().chunks(8) {
        let joins = chunk.iter().map(|&student| {
            let code = codes[student / 30].clone();
            async move {
                let mut connection = Connection::open(address).await?;
                connection
                    .post_expecting(
                        "/api/join",
                        &json!({"code": code, "name": format!("Skolēns {student}"), "password": "kaķis-lec-42"}),
                        StatusCode::CREATED,
                    )
                    .await?;
                anyhow::Ok(connection)
            }
        });
        for connection in futures::future::join_all(joins).await {
            joined.push(connection?);
        }
    }
    Ok(joined)
}

/// What a load run measured.
#[derive(Debug, Default)]
pub struct LoadReport {
    /// The ids of the attempts the server answered 200 for, warm-up included.
    pub acknowledged: Vec<String>,
    /// Each acknowledged save's round trip after the warm-up, in microseconds.
    pub latencies_us: Vec<u64>,
    /// Requests that failed (a refused connection after a kill counts here).
    pub failures: usize,
    pub elapsed: Duration,
}

impl LoadReport {
    /// Saves acknowledged a second after the warm-up.
    pub fn saves_per_second(&self) -> f64 {
        self.latencies_us.len() as f64 / self.elapsed.as_secs_f64()
    }

    /// The `q`-quantile (0 to 1) of the latencies, in milliseconds.
    pub fn quantile_ms(&self, q: f64) -> f64 {
        let mut sorted = self.latencies_us.clone();
        sorted.sort_unstable();
        if sorted.is_empty() {
            return f64::NAN;
        }
        let index = ((sorted.len() - 1) as f64 * q).round() as usize;
        sorted[index] as f64 / 1000.0
    }
}

/// How fast each connection saves.
#[derive(Debug, Clone, Copy)]
pub enum Pace {
    /// The next request as soon as the last is answered: the most the server can take.
    BackToBack,
    /// This many saves a second from all connections together, each connection on its own
    /// schedule. A latency counts from when the request was due, not from when it was sent, so a
    /// server that falls behind cannot hide its queue (no coordinated omission).
    Total(f64),
}

/// Every connection saves attempts at `pace` until `duration` has passed or `stop` is set; a
/// connection whose request fails stops. Measures only what happens after `warm_up`.
pub async fn save_attempts(
    connections: Vec<Connection>,
    pace: Pace,
    warm_up: Duration,
    duration: Duration,
    stop: Arc<AtomicBool>,
) -> LoadReport {
    let start = Instant::now();
    let measure_from = start + warm_up;
    let end = measure_from + duration;
    let count = connections.len();
    let tasks: Vec<_> = connections
        .into_iter()
        .enumerate()
        .map(|(index, mut connection)| {
            let stop = Arc::clone(&stop);
            let interval = match pace {
                Pace::BackToBack => None,
                Pace::Total(rate) => Some(Duration::from_secs_f64(count as f64 / rate)),
            };
            tokio::spawn(async move {
                let mut report = LoadReport::default();
                // Spread the connections' schedules evenly over one interval.
                let mut due = start
                    + interval
                        .unwrap_or_default()
                        .mul_f64(index as f64 / count as f64);
                while Instant::now() < end && !stop.load(Ordering::Relaxed) {
                    let sent = match interval {
                        Some(interval) => {
                            tokio::time::sleep_until(due.into()).await;
                            let sent = due;
                            due += interval;
                            sent
                        }
                        None => Instant::now(),
                    };
                    let id = uuid::Uuid::new_v4().to_string();
                    let batch = json!({"attempts": [{
                        "id": id,
                        "item": "programmesanas-pamati/sveika-pasaule",
                        "code": "print(\"Sveika, pasaule!\")\n",
                        "passed": true,
                        "at": SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |since| since.as_millis()),
                    }]});
                    match connection.post("/api/progress", &batch).await {
                        Ok((StatusCode::OK, _)) => {
                            if sent >= measure_from {
                                report.latencies_us.push(
                                    u64::try_from(sent.elapsed().as_micros()).unwrap_or(u64::MAX),
                                );
                            }
                            report.acknowledged.push(id);
                        }
                        Ok(_) | Err(_) => {
                            report.failures += 1;
                            break;
                        }
                    }
                }
                report
            })
        })
        .collect();
    let mut total = LoadReport::default();
    for task in tasks {
        let Ok(mut report) = task.await else {
            total.failures += 1;
            continue;
        };
        total.acknowledged.append(&mut report.acknowledged);
        total.latencies_us.append(&mut report.latencies_us);
        total.failures += report.failures;
    }
    total.elapsed = Instant::now()
        .min(end)
        .saturating_duration_since(measure_from);
    total
}

/// How many attempts the `attempts` table of the database at `database_url` holds.
pub async fn attempt_count(database_url: &str) -> anyhow::Result<i64> {
    use sqlx::Connection as _;
    sqlx::any::install_default_drivers();
    let mut connection = sqlx::AnyConnection::connect(database_url)
        .await
        .with_context(|| format!("opening {database_url}"))?;
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM attempts")
        .fetch_one(&mut connection)
        .await?;
    connection.close().await?;
    Ok(count)
}

/// Waits until the database at `database_url` holds at least `count` attempts (a minute at most).
pub async fn wait_for_attempts(database_url: &str, count: i64) -> anyhow::Result<()> {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let stored = attempt_count(database_url).await?;
        if stored >= count {
            return Ok(());
        }
        anyhow::ensure!(
            Instant::now() < deadline,
            "only {stored} of {count} attempts were stored within a minute"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Of `acknowledged`, the ids that are not in the `attempts` table of the database at
/// `database_url` (SQLite or PostgreSQL).
pub async fn missing_attempts(
    database_url: &str,
    acknowledged: &[String],
) -> anyhow::Result<Vec<String>> {
    use sqlx::Connection as _;
    sqlx::any::install_default_drivers();
    let mut connection = sqlx::AnyConnection::connect(database_url)
        .await
        .with_context(|| format!("opening {database_url}"))?;
    let stored: Vec<(String,)> = sqlx::query_as("SELECT id FROM attempts")
        .fetch_all(&mut connection)
        .await?;
    connection.close().await?;
    let stored: std::collections::HashSet<String> = stored.into_iter().map(|(id,)| id).collect();
    Ok(acknowledged
        .iter()
        .filter(|id| !stored.contains(*id))
        .cloned()
        .collect())
}

/// What a crash in the middle of saving did to the saves.
#[derive(Debug)]
pub struct CrashReport {
    /// Saves the server acknowledged before it died.
    pub acknowledged: usize,
    /// The ids of acknowledged saves that are not in the database after the restart.
    pub lost: Vec<String>,
    /// Requests that failed: the ones under way when the server died.
    pub failures: usize,
    /// What `PRAGMA integrity_check` said of the database after the restart (`ok`).
    pub integrity: String,
}

/// Enrols `students` on `server`, has them save back to back, kills the server with SIGKILL once
/// it has stored `kill_after` saves, starts it again on the same database (recovering it), stops
/// it, and looks up every save it had acknowledged.
pub async fn crash_mid_load(
    server: &mut crate::TestServer,
    students: usize,
    kill_after: i64,
) -> anyhow::Result<CrashReport> {
    let connections = enroll(server.address(), students).await?;
    let load = tokio::spawn(save_attempts(
        connections,
        Pace::BackToBack,
        Duration::ZERO,
        Duration::from_secs(3600),
        Arc::new(AtomicBool::new(false)),
    ));
    wait_for_attempts(&server.database_url(), kill_after).await?;
    server.kill();
    let report = load.await?;
    server.restart()?;
    server.terminate()?;
    Ok(CrashReport {
        acknowledged: report.acknowledged.len(),
        lost: missing_attempts(&server.database_url(), &report.acknowledged).await?,
        failures: report.failures,
        integrity: integrity_check(&server.database_url()).await?,
    })
}

/// What `PRAGMA integrity_check` says of the SQLite database at `url` (`ok` when it is sound).
pub async fn integrity_check(url: &str) -> anyhow::Result<String> {
    use sqlx::Connection as _;
    let mut connection = sqlx::SqliteConnection::connect(url).await?;
    let verdict: String = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(&mut connection)
        .await?;
    connection.close().await?;
    Ok(verdict)
}
