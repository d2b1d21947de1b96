//! Running the programs the commands are made of, all with one environment: the shared cargo
//! target directory, the locally installed tools first on PATH, and Trunk kept offline.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context as _, bail};

pub struct Shell {
    /// The repository's root folder.
    pub root: PathBuf,
    /// Cargo's target directory, shared by every build (and by CI on the same machine).
    pub target_dir: PathBuf,
    path: OsString,
}

impl Shell {
    pub fn new() -> anyhow::Result<Shell> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .context("xtask/ has no parent folder")?
            .to_path_buf();
        let home = std::env::var_os("HOME")
            .map(PathBuf::from)
            .unwrap_or_else(std::env::temp_dir);
        // Outside the clone, so that every clone (and CI's fresh one) shares one incremental build.
        let target_dir = std::env::var_os("CARGO_TARGET_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| home.join(".cache/darbnica/target"));
        let mut path_entries = vec![root.join("node_modules/.bin"), home.join(".cargo/bin")];
        path_entries.extend(std::env::split_paths(
            &std::env::var_os("PATH").unwrap_or_default(),
        ));
        let path = std::env::join_paths(path_entries).context("building PATH")?;
        Ok(Shell {
            root,
            target_dir,
            path,
        })
    }

    /// A shell whose target directory is `dir/target`, for tests of what xtask writes there.
    #[cfg(test)]
    pub fn for_tests(dir: &Path) -> Shell {
        Shell {
            root: dir.to_path_buf(),
            target_dir: dir.join("target"),
            path: std::env::var_os("PATH").unwrap_or_default(),
        }
    }

    pub fn env_or(&self, name: &str, default: &str) -> String {
        std::env::var(name).unwrap_or_else(|_| default.to_owned())
    }

    /// A command run in the repository's root with the shared environment.
    pub fn command(&self, program: &str) -> Command {
        let mut command = Command::new(program);
        command
            .current_dir(&self.root)
            .env("PATH", &self.path)
            .env("CARGO_TARGET_DIR", &self.target_dir)
            .env("TRUNK_SKIP_VERSION_CHECK", "true");
        // CI's log shows only its tail: a failing test's error message must not be pushed out of
        // it by anyhow's backtrace (panics keep theirs under RUST_BACKTRACE). Asked for, it stays.
        if std::env::var_os("RUST_LIB_BACKTRACE").is_none() {
            command.env("RUST_LIB_BACKTRACE", "0");
        }
        command
    }

    pub fn cargo(&self) -> Command {
        self.command("cargo")
    }

    /// Runs `command`, echoing it first; fails when it fails.
    pub fn run(&self, command: &mut Command) -> anyhow::Result<()> {
        eprintln!("$ {}", describe(command));
        let status = command
            .status()
            .with_context(|| format!("starting {}", describe(command)))?;
        if !status.success() {
            bail!("{} failed ({status})", describe(command));
        }
        Ok(())
    }

    /// Runs `command`, echoing it first, with its standard output captured and returned (its
    /// standard error still shown); fails when it fails.
    pub fn run_captured(&self, command: &mut Command) -> anyhow::Result<String> {
        eprintln!("$ {}", describe(command));
        let output = command
            .stderr(std::process::Stdio::inherit())
            .output()
            .with_context(|| format!("starting {}", describe(command)))?;
        if !output.status.success() {
            bail!("{} failed ({})", describe(command), output.status);
        }
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    }

    /// Runs `command` quietly and returns its standard output, or `None` when it cannot start or
    /// fails: for asking tools their version.
    pub fn output(&self, command: &mut Command) -> Option<String> {
        let output = command.output().ok()?;
        output
            .status
            .success()
            .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
    }
}

fn describe(command: &Command) -> String {
    std::iter::once(command.get_program())
        .chain(command.get_args())
        .map(|part| part.to_string_lossy())
        .collect::<Vec<_>>()
        .join(" ")
}
