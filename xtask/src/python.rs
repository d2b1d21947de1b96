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
        RunOutcome::MemoryLimit { limit_mib } => {
            bail!("{file} used more than {limit_mib} MiB of memory and was stopped")
        }
        RunOutcome::NoInput => bail!("{file} asked for input, but stdin had no more lines"),
        RunOutcome::Crashed { message } => {
            bail!("the Python runtime crashed running {file}: {message}")
        }
    }
}

/// `cargo xtask model FILE.py [--param NAME=VALUE]... [--export OUT.stl|.3mf|.obj|.glb]`: runs a
/// modelling script natively, prints its parameters and the measures of what it shows, and writes
/// the shown solids (as one) in the format the file name says.
pub fn model(file: &str, options: &[&str]) -> anyhow::Result<()> {
    use darbnica_api::python::ExportFormat;

    let code = std::fs::read_to_string(file).with_context(|| format!("reading {file}"))?;
    let mut request = RunRequest::new(code);
    request.limits.time_ms = 60_000;
    let mut export_to = None;
    let mut options = options.iter();
    while let Some(option) = options.next() {
        match (*option, options.next()) {
            ("--param", Some(pair)) => {
                let (name, value) = pair
                    .split_once('=')
                    .with_context(|| format!("--param wants NAME=VALUE, not {pair}"))?;
                let value: f64 = value
                    .parse()
                    .with_context(|| format!("--param {name}: {value} is not a number"))?;
                request.params.insert(name.to_owned(), value);
            }
            ("--export", Some(path)) => export_to = Some(*path),
            (other, _) => bail!("unknown or incomplete option: {other}"),
        }
    }
    let (run, scene) = NativeRunner::new().run_model(request);
    print!("{}", run.stdout);
    eprint!("{}", run.stderr);
    if let RunOutcome::Error(error) = &run.outcome {
        eprint!("{}", error.traceback);
    }
    if run.outcome != RunOutcome::Finished {
        bail!("{file} did not finish: {:?}", run.outcome);
    }
    for param in &scene.params {
        println!(
            "param {}={} (default {}, {}..{})",
            param.name, param.value, param.default, param.min, param.max
        );
    }
    let solid = scene.union();
    let mesh = solid.mesh().map_err(|error| anyhow::anyhow!("{error}"))?;
    let bounds = mesh.bounds();
    println!(
        "shown={} triangles={} volume_mm3={:.3} watertight={} size_mm={}",
        scene.shown.len(),
        mesh.triangle_count(),
        mesh.volume(),
        mesh.is_watertight(),
        bounds.map_or("-".to_owned(), |b| {
            let size = b.size();
            format!("{:.2}x{:.2}x{:.2}", size.x, size.y, size.z)
        })
    );
    if let Some(path) = export_to {
        let extension = path.rsplit_once('.').map(|(_, extension)| extension);
        let Some(format) = ExportFormat::ALL
            .into_iter()
            .find(|format| Some(format.extension()) == extension)
        else {
            bail!("--export {path}: the file name must end in .stl, .3mf, .obj or .glb");
        };
        let bytes = darbnica_python::export(&mesh, format)?;
        std::fs::write(path, &bytes).with_context(|| format!("writing {path}"))?;
        println!("wrote {path} ({} bytes)", bytes.len());
    }
    Ok(())
}

/// `cargo xtask thumbnails`: builds every gallery model at its defaults and writes its
/// `thumbnail.png`, the picture the gallery shows, and its `facts.json`, the sliders and measures
/// its page shows before the runtime has loaded (the content check insists both are current).
pub fn thumbnails(content_dir: &std::path::Path) -> anyhow::Result<()> {
    let (content, problems) = darbnica_lessons::Content::load_with_problems(content_dir);
    if !problems.is_empty() {
        eprintln!("{problems}");
    }
    let runner = NativeRunner::new();
    for model in &content.models {
        let mut request = RunRequest::new(model.code.as_str());
        request.limits.time_ms = 60_000;
        let (run, scene) = runner.run_model(request);
        if run.outcome != RunOutcome::Finished {
            bail!("{}: the model did not finish: {:?}", model.id, run.outcome);
        }
        let png = darbnica_python::content::thumbnail(&scene)
            .with_context(|| format!("{}: the model cannot be built", model.id))?;
        let path = model.dir.join(darbnica_python::content::THUMBNAIL_FILE);
        std::fs::write(&path, &png).with_context(|| format!("writing {}", path.display()))?;
        println!("{} ({} bytes)", path.display(), png.len());
        let facts = darbnica_python::content::facts(&scene)
            .with_context(|| format!("{}: the model cannot be built", model.id))?;
        let path = model.dir.join(darbnica_lessons::Model::FACTS_FILE);
        let text = serde_json::to_string_pretty(&facts)? + "\n";
        std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
        println!("{}", path.display());
    }
    Ok(())
}
