//! Playable projects for the game studio: `content/games/<id>/game.toml` (titles, description,
//! tags, the keys that play it) and the game's code in each language, `game.lv.py` and
//! `game.en.py`, programs for the `game` module.

use std::path::{Path, PathBuf};

use darbnica_api::Localized;
use serde::Deserialize;
use toml::Spanned;

use crate::course::{Checker, TextFile};
use crate::problem::{Problem, Problems, read_text};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Game {
    pub id: String,
    pub title: Localized,
    pub description: Localized,
    pub tags: Vec<String>,
    /// One line on which keys play it.
    pub controls: Localized,
    /// `game.lv.py` and `game.en.py`.
    pub code: Localized,
    pub dir: PathBuf,
}

impl Game {
    /// The file that holds the game's code in `lang` (`"lv"` or `"en"`).
    pub fn code_file(&self, lang: &str) -> PathBuf {
        code_file(&self.dir, lang)
    }
}

fn code_file(dir: &Path, lang: &str) -> PathBuf {
    dir.join(format!("game.{lang}.py"))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GameFile {
    id: Spanned<String>,
    title: Spanned<TextFile>,
    description: Spanned<TextFile>,
    #[serde(default)]
    tags: Vec<Spanned<String>>,
    controls: Spanned<TextFile>,
}

/// Every game under `games_dir`, in id order; a missing folder means no games.
pub(crate) fn load_all(games_dir: &Path, problems: &mut Problems) -> Vec<Game> {
    crate::load_each(games_dir, "games", problems, load)
}

/// The game in `dir`, when there is a folder; a missing folder is no game, not a problem.
pub(crate) fn load_one(dir: &Path, problems: &mut Problems) -> Option<Game> {
    dir.is_dir().then(|| load(dir, problems)).flatten()
}

fn load(dir: &Path, problems: &mut Problems) -> Option<Game> {
    let (mut check, parsed) = Checker::open::<GameFile>(dir.join("game.toml"), problems)?;
    check.folder_id(&parsed.id, dir, "game id");
    let tags = check.tags(parsed.tags);
    let title = check.text(&parsed.title, "title");
    let description = check.text(&parsed.description, "description");
    let controls = check.text(&parsed.controls, "controls");
    if controls.lv.contains('\n') || controls.en.contains('\n') {
        check.report(&parsed.controls, "controls must be one line".to_owned());
    }
    let mut code = |lang: &str| {
        let file = code_file(dir, lang);
        let code = read_text(&file, "the game's code", problems).unwrap_or_default();
        if code.trim().is_empty() && file.exists() {
            problems.push(Problem::whole_file(&file, "the game's code is empty"));
        }
        code
    };
    let code = Localized {
        lv: code("lv"),
        en: code("en"),
    };
    Some(Game {
        id: parsed.id.into_inner(),
        title,
        description,
        tags,
        controls,
        code,
        dir: dir.to_path_buf(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOML: &str = "id = \"dzintars\"\ntitle = { lv = \"Dzintars\", en = \"Amber\" }\ndescription = { lv = \"Vāc dzintaru.\", en = \"Collect amber.\" }\ntags = [\"collect\"]\ncontrols = { lv = \"Bultiņas: iet\", en = \"Arrows: walk\" }\n";

    #[test]
    fn a_game_loads_with_its_code_in_both_languages() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("dzintars");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("game.toml"), TOML).unwrap();
        std::fs::write(
            dir.join("game.lv.py"),
            "from game import *\nspeletajs = Entity()\n",
        )
        .unwrap();
        std::fs::write(
            dir.join("game.en.py"),
            "from game import *\nplayer = Entity()\n",
        )
        .unwrap();
        let mut problems = Problems::default();
        let games = load_all(root.path(), &mut problems);
        assert!(problems.is_empty(), "{problems}");
        assert_eq!(games.len(), 1);
        assert_eq!(games[0].controls.en, "Arrows: walk");
        assert!(games[0].code.lv.contains("speletajs"));
        assert!(games[0].code.en.contains("player"));
        assert_eq!(games[0].code_file("en"), dir.join("game.en.py"));
    }

    #[test]
    fn mistakes_in_a_game_are_reported_at_their_lines() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("dzintars");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("game.toml"),
            "id = \"Dzintars\"\ntitle = { lv = \"Dzintars\", en = \"Amber\" }\ndescription = { lv = \"Vāc.\", en = \"Collect.\" }\ncontrols = { lv = \"\", en = \"Arrows\\nand space\" }\n",
        )
        .unwrap();
        std::fs::write(dir.join("game.lv.py"), "  \n").unwrap();
        let mut problems = Problems::default();
        load_all(root.path(), &mut problems);
        let report = problems.to_string();
        for expected in [
            "game.toml:1: game id `Dzintars` may use only",
            "game.toml:1: game id `Dzintars` must match its folder name `dzintars`",
            "game.toml:4: controls has no lv text",
            "game.toml:4: controls must be one line",
            "game.lv.py:1: the game's code is empty",
            "game.en.py:1: cannot read the game's code",
        ] {
            assert!(report.contains(expected), "{expected}\n{report}");
        }

        std::fs::write(dir.join("game.toml"), "id = \"dzintars\"\ntitle = { lv = \"Dzintars\", en = \"Amber\" }\ndescription = { lv = \"Vāc.\", en = \"Collect.\" }\n").unwrap();
        let mut problems = Problems::default();
        load_all(root.path(), &mut problems);
        assert!(
            problems
                .to_string()
                .contains("game.toml:1: missing field `controls`"),
            "{problems}"
        );
    }
}
