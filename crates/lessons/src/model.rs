//! 3D projects for the sandbox's gallery: `content/models/<id>/model.toml` (titles, description,
//! tags) and `model.py`, a script for the `darbnica` module whose `param(...)`s become sliders,
//! with what `cargo xtask thumbnails` made of it: `thumbnail.png` and `facts.json`.

use std::path::{Path, PathBuf};

use darbnica_api::Localized;
use darbnica_api::python::ModelInfo;
use serde::Deserialize;
use toml::Spanned;

use crate::course::{Checker, TextFile};
use crate::problem::{Problem, Problems, read_text};

#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub id: String,
    pub title: Localized,
    pub description: Localized,
    pub tags: Vec<String>,
    /// `model.py`.
    pub code: String,
    /// `thumbnail.png`, drawn from the model by `cargo xtask thumbnails`; the content check
    /// makes sure it is there and current.
    pub thumbnail: Option<Vec<u8>>,
    /// `facts.json`: what a run of the model at its defaults reports (its sliders, size and
    /// triangles), so that the page can show them before the runtime has loaded. Written with the
    /// thumbnail; the content check makes sure it is current.
    pub facts: Option<ModelInfo>,
    pub dir: PathBuf,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ModelFile {
    id: Spanned<String>,
    title: Spanned<TextFile>,
    description: Spanned<TextFile>,
    #[serde(default)]
    tags: Vec<Spanned<String>>,
}

/// Every model under `models_dir`, in id order; a missing folder means no models.
pub(crate) fn load_all(models_dir: &Path, problems: &mut Problems) -> Vec<Model> {
    crate::load_each(models_dir, "models", problems, load)
}

fn load(dir: &Path, problems: &mut Problems) -> Option<Model> {
    let (mut check, parsed) = Checker::open::<ModelFile>(dir.join("model.toml"), problems)?;
    check.folder_id(&parsed.id, dir, "model id");
    let tags = check.tags(parsed.tags);
    let title = check.text(&parsed.title, "title");
    let description = check.text(&parsed.description, "description");
    let script = dir.join("model.py");
    let code = read_text(&script, "it", problems);
    if code.as_deref().is_some_and(|code| code.trim().is_empty()) {
        problems.push(Problem::whole_file(&script, "the model script is empty"));
    }
    Some(Model {
        id: parsed.id.into_inner(),
        title,
        description,
        tags,
        code: code.unwrap_or_default(),
        thumbnail: std::fs::read(dir.join("thumbnail.png")).ok(),
        facts: load_facts(&dir.join(Model::FACTS_FILE), problems),
        dir: dir.to_path_buf(),
    })
}

impl Model {
    /// Each gallery model's facts at its defaults, next to its `model.py`.
    pub const FACTS_FILE: &str = "facts.json";
}

/// `facts.json`, when there is one; a file that does not read as a model's facts is a problem
/// (a missing one is the content check's to report, with the thumbnail).
fn load_facts(file: &Path, problems: &mut Problems) -> Option<ModelInfo> {
    let text = std::fs::read_to_string(file).ok()?;
    match serde_json::from_str(&text) {
        Ok(facts) => Some(facts),
        Err(error) => {
            problems.push(Problem::at_line(
                file,
                error.line(),
                format!("these are not a model's facts ({error}): run `cargo xtask thumbnails`"),
            ));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_model_loads_and_its_mistakes_are_reported() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("vaze");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("model.toml"),
            "id = \"vaze\"\ntitle = { lv = \"Vāze\", en = \"Vase\" }\ndescription = { lv = \"Vāze.\", en = \"A vase.\" }\ntags = [\"vase\"]\n",
        )
        .unwrap();
        std::fs::write(
            dir.join("model.py"),
            "from darbnica import *\nshow(cube(1))\n",
        )
        .unwrap();
        let mut problems = Problems::default();
        let models = load_all(root.path(), &mut problems);
        assert!(problems.is_empty(), "{problems}");
        assert_eq!(models[0].title.en, "Vase");
        assert_eq!(models[0].facts, None);

        std::fs::write(
            dir.join("facts.json"),
            "{\"params\": [],\n \"shown\": \"one\"}",
        )
        .unwrap();
        let mut problems = Problems::default();
        let models = load_all(root.path(), &mut problems);
        assert_eq!(models[0].facts, None);
        let report = problems.to_string();
        assert!(
            report.contains("facts.json:2: these are not a model's facts (invalid type: string \"one\", expected u32")
                && report.contains("run `cargo xtask thumbnails`"),
            "{report}"
        );

        std::fs::write(dir.join("model.toml"), "id = \"Vaze\"\ntitle = { lv = \"\", en = \"Vase\" }\ndescription = { lv = \"Vāze.\", en = \"A vase.\" }\n").unwrap();
        std::fs::remove_file(dir.join("model.py")).unwrap();
        let mut problems = Problems::default();
        load_all(root.path(), &mut problems);
        let report = problems.to_string();
        assert!(
            report.contains("model.toml:1: model id `Vaze` may use only"),
            "{report}"
        );
        assert!(
            report.contains("model.toml:2: title has no lv text"),
            "{report}"
        );
        assert!(report.contains("model.py:1: cannot read it"), "{report}");
    }
}
