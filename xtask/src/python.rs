//! `cargo xtask py FILE.py`: runs a file with the portal's Python runtime natively, with the same
//! stand-ins and limits as in the browser; stdin is passed through, so `input()` reads the terminal.

use anyhow::{Context as _, bail};
use darbnica_python::native::NativeRunner;
use darbnica_python::{RunOutcome, RunRequest};

pub fn run_file(file: &str) -> anyhow::Result<()> {
    let code = std::fs::read_to_string(file).with_context(|| format!("reading {file}"))?;
    let outcome = NativeRunner::new().run_in_terminal(RunRequest::new(code));
    match outcome {
        RunOutcome::Finished => Ok(()),
        RunOutcome::Error(error) => {
            eprint!("{}", error.traceback);
            bail!(
                "{file}: {} on line {}",
                error.kind,
                error.line.map_or("?".into(), |line| line.to_string())
            )
        }
        RunOutcome::Exited { code } => bail!("{file} exited with code {code}"),
        RunOutcome::TimeLimit { limit_ms } => {
            bail!("{file} ran longer than {limit_ms} ms and was stopped")
        }
        RunOutcome::OutputLimit {
            limit_chars,
            limit_lines,
        } => {
            bail!(
                "{file} printed more than {limit_lines} lines or {limit_chars} characters and was stopped"
            )
        }
        RunOutcome::NoInput => bail!("{file} asked for input, but stdin had no more lines"),
        RunOutcome::Crashed { message } => {
            bail!("the Python runtime crashed running {file}: {message}")
        }
    }
}
