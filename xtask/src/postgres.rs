//! A throwaway PostgreSQL cluster: Debian's PostgreSQL (installed when missing), a fresh data
//! folder in the temporary folder, listening on a free loopback port, trusted local connections.
//! For the server's integration suites it runs without fsync (it holds nothing worth keeping); for
//! the load benchmark with PostgreSQL's own durable defaults, so that the figures are honest.
//! Dropping the cluster stops it and deletes its folder.

use std::path::PathBuf;

use anyhow::Context as _;

use crate::shell::Shell;
use crate::tools;

pub struct Cluster {
    data_dir: PathBuf,
    bin_dir: PathBuf,
    port: u16,
    /// Set when running as root, which PostgreSQL refuses: the tools then run as `postgres`.
    run_as: Option<&'static str>,
}

/// Whether a commit must be on disk before PostgreSQL acknowledges it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Durability {
    /// fsync off, asynchronous commit: fast, for tests.
    Throwaway,
    /// PostgreSQL's defaults (fsync, synchronous commit): for measuring.
    Durable,
}

impl Cluster {
    pub fn start(shell: &Shell, durability: Durability) -> anyhow::Result<Cluster> {
        let bin_dir = match find_bin_dir() {
            Some(bin_dir) => bin_dir,
            None => {
                tools::ensure_debian_packages(shell, &[("/usr/lib/postgresql", "postgresql")])?;
                find_bin_dir().context("the postgresql package installed no initdb")?
            }
        };
        let root = shell
            .output(shell.command("id").arg("-u"))
            .is_some_and(|uid| uid.trim() == "0");
        let run_as = root.then_some("postgres");
        // In the system's temporary folder: the `postgres` user may not enter root's home.
        let data_dir =
            std::env::temp_dir().join(format!("darbnica-postgres-{}", std::process::id()));
        if data_dir.exists() {
            std::fs::remove_dir_all(&data_dir)?;
        }
        std::fs::create_dir_all(&data_dir)?;
        let port = free_port()?;
        let cluster = Cluster {
            data_dir,
            bin_dir,
            port,
            run_as,
        };
        if let Some(user) = run_as {
            shell.run(
                shell
                    .command("chown")
                    .arg(format!("{user}:{user}"))
                    .arg(&cluster.data_dir),
            )?;
        }
        shell
            .run(
                cluster
                    .tool(shell, "initdb")
                    .args([
                        "--auth=trust",
                        "--username=postgres",
                        "--encoding=UTF8",
                        "--locale=C",
                        "--no-sync",
                        "-D",
                    ])
                    .arg(&cluster.data_dir),
            )
            .context("creating the test PostgreSQL cluster")?;
        let mut options = format!(
            "-p {port} -k {} -c listen_addresses=127.0.0.1 -c max_connections=200",
            cluster.data_dir.display()
        );
        if durability == Durability::Throwaway {
            options.push_str(" -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        }
        shell
            .run(
                cluster
                    .tool(shell, "pg_ctl")
                    .arg("-D")
                    .arg(&cluster.data_dir)
                    .args(["-o", &options, "-w", "-l"])
                    .arg(cluster.data_dir.join("server.log"))
                    .arg("start"),
            )
            .context("starting the test PostgreSQL cluster")?;
        Ok(cluster)
    }

    /// The URL of the cluster's `postgres` database (tests make their own databases from it).
    pub fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }

    fn tool(&self, shell: &Shell, name: &str) -> std::process::Command {
        let program = self.bin_dir.join(name);
        match self.run_as {
            Some(user) => {
                let mut command = shell.command("runuser");
                command.args(["-u", user, "--"]).arg(program);
                command
            }
            None => shell.command(&program.to_string_lossy()),
        }
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        if let Ok(shell) = Shell::new() {
            let _ = self
                .tool(&shell, "pg_ctl")
                .arg("-D")
                .arg(&self.data_dir)
                .args(["-m", "immediate", "stop"])
                .status();
        }
        let _ = std::fs::remove_dir_all(&self.data_dir);
    }
}

/// The newest installed PostgreSQL's `bin` folder.
fn find_bin_dir() -> Option<PathBuf> {
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|entry| {
            let entry = entry.ok()?;
            let version = entry.file_name().to_str()?.parse().ok()?;
            let bin = entry.path().join("bin");
            bin.join("initdb").is_file().then_some((version, bin))
        })
        .collect();
    versions.sort();
    versions.pop().map(|(_, bin)| bin)
}

fn free_port() -> anyhow::Result<u16> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").context("finding a free port")?;
    Ok(listener.local_addr()?.port())
}
