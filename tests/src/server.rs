//! The real server binary, started as a process on a free loopback port with its own data folder
//! (so a fresh SQLite file), killed when the test ends.

use std::io::{Read as _, Write as _};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context as _, bail};

use crate::path_from_env;

pub struct TestServer {
    port: u16,
    data_dir: tempfile::TempDir,
    /// `DATABASE_URL` when it is not the SQLite file in `data_dir`.
    database_url: Option<String>,
    /// The built app it serves, when it is not `DARBNICA_DIST_DIR`'s.
    dist_dir: Option<PathBuf>,
    child: Option<Child>,
}

impl TestServer {
    /// Starts the server on a fresh SQLite file and waits until `/api/health` answers.
    pub fn start() -> anyhow::Result<TestServer> {
        TestServer::start_on(None)
    }

    /// Starts the server on `database_url` (`None`: a fresh SQLite file) and waits until
    /// `/api/health` answers.
    pub fn start_on(database_url: Option<String>) -> anyhow::Result<TestServer> {
        TestServer::start_with(database_url, None)
    }

    /// Starts the server on a fresh SQLite file, serving the built app in `dist_dir` (a copy
    /// that a test changes, say, to make a new release).
    pub fn start_with_dist(dist_dir: PathBuf) -> anyhow::Result<TestServer> {
        TestServer::start_with(None, Some(dist_dir))
    }

    fn start_with(
        database_url: Option<String>,
        dist_dir: Option<PathBuf>,
    ) -> anyhow::Result<TestServer> {
        let port = free_port()?;
        let mut server = TestServer {
            port,
            data_dir: tempfile::tempdir()?,
            database_url,
            dist_dir,
            child: None,
        };
        server.spawn()?;
        Ok(server)
    }

    /// Where the server listens.
    pub fn address(&self) -> std::net::SocketAddr {
        std::net::SocketAddr::from(([127, 0, 0, 1], self.port))
    }

    /// The server's process id, while it runs.
    pub fn pid(&self) -> Option<u32> {
        self.child.as_ref().map(Child::id)
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// Kills the process at once (SIGKILL), as a crash or a pulled plug would.
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Asks the server to stop (SIGTERM, as a service manager would) and waits for it to exit.
    pub fn terminate(&mut self) -> anyhow::Result<std::process::ExitStatus> {
        let mut child = self.child.take().context("the server is not running")?;
        let status = Command::new("kill")
            .args(["-TERM", &child.id().to_string()])
            .status()?;
        if !status.success() {
            bail!("kill -TERM failed");
        }
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(status) = child.try_wait()? {
                return Ok(status);
            }
            if Instant::now() > deadline {
                let _ = child.kill();
                bail!(
                    "the server did not stop within 10 s of SIGTERM:\n{}",
                    self.log()
                );
            }
            #[expect(
                clippy::disallowed_methods,
                reason = "polls the process's exit, with a deadline"
            )]
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Starts the server again on the same port and database.
    pub fn restart(&mut self) -> anyhow::Result<()> {
        self.kill();
        self.spawn()
    }

    /// The server binary with this server's configuration, to run as a server or with one of its
    /// commands (`backup FILE`, `restore FILE`).
    pub fn command(&self) -> anyhow::Result<Command> {
        let binary = path_from_env("DARBNICA_SERVER_BIN", "target/debug/darbnica-server");
        if !binary.exists() {
            bail!(
                "no server binary at {}: run the tests with `cargo xtask test`",
                binary.display()
            );
        }
        let mut command = Command::new(&binary);
        match &self.database_url {
            Some(url) => command.env("DATABASE_URL", url),
            None => command.env_remove("DATABASE_URL"),
        };
        command
            .env("DARBNICA_DATA_DIR", self.data_dir.path())
            .env(
                "DARBNICA_CONTENT_DIR",
                path_from_env("DARBNICA_CONTENT_DIR", "content"),
            )
            .env("NO_COLOR", "1");
        Ok(command)
    }

    fn spawn(&mut self) -> anyhow::Result<()> {
        let log = std::fs::File::create(self.data_dir.path().join("server.log"))?;
        let mut command = self.command()?;
        let child = command
            .env("PORT", self.port.to_string())
            .env("HOST", "127.0.0.1")
            .env(
                "DARBNICA_DIST_DIR",
                self.dist_dir
                    .clone()
                    .unwrap_or_else(|| path_from_env("DARBNICA_DIST_DIR", "dist")),
            )
            .env("RUST_LOG", "info")
            .stdin(Stdio::null())
            .stdout(log.try_clone()?)
            .stderr(log)
            .spawn()
            .context("starting the server")?;
        self.child = Some(child);
        self.wait_until_healthy()
    }

    fn wait_until_healthy(&mut self) -> anyhow::Result<()> {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Ok(response) = http_get(self.port, "/api/health")
                && response.starts_with("HTTP/1.1 200")
            {
                return Ok(());
            }
            if let Some(status) = self
                .child
                .as_mut()
                .and_then(|child| child.try_wait().ok().flatten())
            {
                bail!(
                    "the server exited ({status}) before it was ready:\n{}",
                    self.log()
                );
            }
            if Instant::now() > deadline {
                bail!(
                    "the server did not answer /api/health within 30 s:\n{}",
                    self.log()
                );
            }
            #[expect(
                clippy::disallowed_methods,
                reason = "polls /api/health, with a deadline"
            )]
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// What the server has logged so far, for failure messages.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.data_dir.path().join("server.log")).unwrap_or_default()
    }

    /// The SQLite file the server uses when it was not given a `DATABASE_URL`.
    pub fn database_file(&self) -> PathBuf {
        self.data_dir.path().join("darbnica.db")
    }

    /// The database the server uses, as a URL sqlx can open.
    pub fn database_url(&self) -> String {
        self.database_url
            .clone()
            .unwrap_or_else(|| format!("sqlite://{}", self.database_file().display()))
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.kill();
    }
}

/// A port that was free a moment ago: bind port 0, read the port, let it go.
fn free_port() -> anyhow::Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// A minimal HTTP/1.1 GET, enough to ask for health without a client library.
fn http_get(port: u16, path: &str) -> std::io::Result<String> {
    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
    stream.set_read_timeout(Some(Duration::from_secs(5)))?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )?;
    let mut response = String::new();
    stream.read_to_string(&mut response)?;
    Ok(response)
}
