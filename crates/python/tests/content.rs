//! The content validator: the portal's own exercises pass it, and each kind of mistake in an
//! exercise is reported at its file.

use std::path::Path;

use darbnica_lessons::Content;
use darbnica_python::RunRequest;
use darbnica_python::content::{load_and_validate, validate};
use darbnica_python::native::NativeRunner;

#[test]
fn every_exercise_of_the_portal_passes_its_own_checks() {
    let content_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let runner = NativeRunner::new();
    match load_and_validate(&content_dir, &runner) {
        Ok(content) => assert!(content.exercise_count() > 0, "content/ has no exercises"),
        Err(problems) => panic!("content has problems:\n{problems}"),
    }
}

/// A course with one exercise made of `files`, validated; the problems, with paths relative to
/// the exercise, one a line.
fn problems_of(files: &[(&str, &str)]) -> String {
    let root = tempfile::tempdir().unwrap();
    let course = root.path().join("courses/kurss");
    let exercise = course.join("nodarbiba/area");
    std::fs::create_dir_all(exercise.join("wrong")).unwrap();
    std::fs::write(
        course.join("course.toml"),
        r#"id = "kurss"
title = { lv = "Kurss", en = "Course" }
summary = { lv = "Kurss", en = "Course" }
[[lessons]]
id = "nodarbiba"
title = { lv = "Nodarbība", en = "Lesson" }
exercises = ["area"]
"#,
    )
    .unwrap();
    let defaults: &[(&str, &str)] = &[
        (
            "exercise.toml",
            r#"id = "area"
kind = "function"
difficulty = 1
title = { lv = "Laukums", en = "Area" }
[[hints]]
lv = "Reizini."
en = "Multiply."
[[hints]]
lv = "Atgriez."
en = "Return it."
"#,
        ),
        ("lv.md", "Uzraksti `area(a, b)`."),
        ("en.md", "Write `area(a, b)`."),
        ("starter.py", "def area(a, b):\n    pass\n"),
        ("solution.py", "def area(a, b):\n    return a * b\n"),
        (
            "check.py",
            "from checks import *\nreturns('area', (3, 4), 12)\n",
        ),
        ("wrong/plus.py", "def area(a, b):\n    return a + b\n"),
    ];
    for (name, text) in defaults {
        std::fs::write(exercise.join(name), text).unwrap();
    }
    for (name, text) in files {
        std::fs::write(exercise.join(name), text).unwrap();
    }
    let content = Content::load(root.path()).unwrap_or_else(|problems| panic!("{problems}"));
    validate(&content, &NativeRunner::new())
        .iter()
        .map(|problem| {
            let file = problem
                .file
                .strip_prefix(&exercise)
                .unwrap_or(&problem.file);
            format!("{}:{}: {}", file.display(), problem.line, problem.message)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_sound_exercise_has_no_problems() {
    assert_eq!(problems_of(&[]), "");
}

#[test]
fn a_solution_that_fails_its_checks_is_reported() {
    let report = problems_of(&[("solution.py", "def area(a, b):\n    return a * b + 1\n")]);
    assert_eq!(
        report,
        "solution.py:1: the solution fails its checks (lv): check-call-result(actual=\"13\", call=\"area(3, 4)\", expected=\"12\")\n\
         solution.py:1: the solution fails its checks (en): check-call-result(actual=\"13\", call=\"area(3, 4)\", expected=\"12\")"
    );
}

#[test]
fn a_wrong_answer_that_passes_is_reported() {
    let report = problems_of(&[("wrong/same.py", "def area(a, b):\n    return b * a\n")]);
    assert_eq!(
        report,
        "wrong/same.py:1: this known-wrong answer passes all 1 checks (lv): the checks miss its mistake\n\
         wrong/same.py:1: this known-wrong answer passes all 1 checks (en): the checks miss its mistake"
    );
}

#[test]
fn a_starter_that_crashes_and_broken_checks_are_reported_at_their_lines() {
    let report = problems_of(&[
        ("starter.py", "def area(a, b):\n    pass\nprint(area(1))\n"),
        (
            "check.py",
            "from checks import *\n\nreturns('area', (3, 4), 12)\nnope()\n",
        ),
    ]);
    assert_eq!(
        report,
        "starter.py:3: the starter fails: TypeError: area() missing 1 required positional argument: 'b'\n\
         check.py:4: the checks fail: NameError: name 'nope' is not defined. Did you mean: 'None'?"
    );
}

/// A gallery model from `code`, validated; the problems, one a line. Its thumbnail and facts are
/// made first (when the model builds), as `cargo xtask thumbnails` would, unless `thumbnail` or
/// `facts` give them.
fn model_problems(code: &str) -> String {
    model_problems_with(code, None, None)
}

fn model_problems_with(code: &str, thumbnail: Option<&[u8]>, facts: Option<&str>) -> String {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("models/kubs");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("model.toml"),
        "id = \"kubs\"\ntitle = { lv = \"Kubs\", en = \"Cube\" }\ndescription = { lv = \"Kubs.\", en = \"A cube.\" }\n",
    )
    .unwrap();
    std::fs::write(dir.join("model.py"), code).unwrap();
    let runner = NativeRunner::new();
    let drawn = match thumbnail {
        Some(png) => Some(png.to_vec()),
        None => darbnica_python::content::thumbnail(&runner.run_model(RunRequest::new(code)).1),
    };
    if let Some(png) = drawn {
        std::fs::write(dir.join("thumbnail.png"), png).unwrap();
    }
    let facts = match facts {
        Some(text) => Some(text.to_owned()),
        None => darbnica_python::content::facts(&runner.run_model(RunRequest::new(code)).1)
            .map(|facts| serde_json::to_string_pretty(&facts).unwrap()),
    };
    if let Some(text) = facts {
        std::fs::write(dir.join("facts.json"), text).unwrap();
    }
    let (content, problems) = Content::load_with_problems(root.path());
    assert!(
        problems.is_empty() || content.courses.is_empty(),
        "{problems}"
    );
    validate(&content, &runner)
        .iter()
        .map(|problem| format!("{}: {}", problem.line, problem.message))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_gallery_model_must_build_on_the_bed_at_every_slider_end() {
    assert_eq!(
        model_problems("from darbnica import *\ns = param('size', 20, 5, 50)\nshow(cube(s))"),
        ""
    );
    assert_eq!(
        model_problems("from darbnica import *\ns = param('size', 20, 5, 500)\nshow(cube(s))"),
        "1: with size = 500, the model is 500.0 × 500.0 × 500.0 mm, more than the 200 mm bed"
    );
    assert_eq!(
        model_problems("from darbnica import *\nshow(cube(10, center=True))"),
        "1: at its defaults, the model reaches below the bed (z = -5.000)"
    );
    assert_eq!(
        model_problems("from darbnica import *\ncube(10)"),
        "1: at its defaults, the model shows nothing (call show(...))"
    );
    assert_eq!(
        model_problems("from darbnica import *\n\nshow(sphere(0))"),
        "3: at its defaults, the model fails: ValueError: the sphere's radius must be greater than 0, not 0"
    );
}

#[test]
fn a_gallery_model_needs_a_current_thumbnail() {
    let code = "from darbnica import *\nshow(cube(10))";
    assert_eq!(
        model_problems_with(code, Some(b"\x89PNG old picture"), None),
        "1: the thumbnail does not show the model as it is now: run `cargo xtask thumbnails`"
    );
    assert_eq!(model_problems(code), "");
}

#[test]
fn a_gallery_model_needs_current_facts() {
    let code = "from darbnica import *\nsize = param('size', 10, 5, 20)\nshow(cube(size))";
    let runner = NativeRunner::new();
    let mut older = darbnica_python::content::facts(
        &runner
            .run_model(RunRequest::new(
                "from darbnica import *\nsize = param('size', 12, 5, 20)\nshow(cube(size))",
            ))
            .1,
    )
    .unwrap();
    assert_eq!(
        model_problems_with(code, None, Some(&serde_json::to_string(&older).unwrap())),
        "1: the facts are not the model's as it is now: run `cargo xtask thumbnails`"
    );
    older.params[0].value = 10.0;
    assert_eq!(
        model_problems_with(code, None, Some(&serde_json::to_string(&older).unwrap())),
        "1: the facts are not the model's as it is now: run `cargo xtask thumbnails`",
        "the same sliders with another size"
    );
    let current =
        darbnica_python::content::facts(&runner.run_model(RunRequest::new(code)).1).unwrap();
    assert_eq!(current.triangles, 12);
    assert_eq!(current.bounds, Some([[0.0; 3], [10.0; 3]]));
    assert_eq!(
        model_problems_with(code, None, Some(&serde_json::to_string(&current).unwrap())),
        ""
    );
}

/// A game of the studio with `lv` and `en` as its code, validated; the problems, one a line, with
/// the file's name.
fn game_problems(lv: &str, en: &str) -> String {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("games/spele");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("game.toml"),
        "id = \"spele\"\ntitle = { lv = \"Spēle\", en = \"Game\" }\ndescription = { lv = \"Spēle.\", en = \"A game.\" }\ncontrols = { lv = \"Bultiņas\", en = \"Arrows\" }\n",
    )
    .unwrap();
    std::fs::write(dir.join("game.lv.py"), lv).unwrap();
    std::fs::write(dir.join("game.en.py"), en).unwrap();
    let (content, problems) = Content::load_with_problems(root.path());
    assert_eq!(content.games.len(), 1, "{problems}");
    validate(&content, &NativeRunner::new())
        .iter()
        .map(|problem| {
            let file = problem.file.file_name().unwrap().to_string_lossy();
            format!("{file}:{}: {}", problem.line, problem.message)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_game_must_set_up_and_play_two_seconds_with_the_keys_in_both_languages() {
    let game = "from game import *\n\
                player = Entity(model='cube')\n\
                def update():\n\
                \x20   if held_keys['right']:\n\
                \x20       player.x += 4 * time.dt\n\
                def input(key):\n\
                \x20   if key == 'space':\n\
                \x20       play_sound('jump')\n";
    assert_eq!(game_problems(game, game), "");

    let broken_setup = "from game import *\nplayer = Entity(model='dragon')\n";
    let fails_in_play = "from game import *\n\
                         player = Entity()\n\
                         def input(key):\n\
                         \x20   if key == 'space':\n\
                         \x20       player.x += 'far'\n";
    assert_eq!(
        game_problems(broken_setup, fails_in_play),
        "game.lv.py:2: the game's setup fails: ValueError: there is no model called 'dragon': use one of cube, sphere, cylinder, cone, plane, or a solid from the darbnica module\n\
         game.en.py:5: in frame 30 of 120 (right arrow held for the first 60, space pressed in frame 30), the game fails: TypeError: unsupported operand type(s) for +=: 'float' and 'str'"
    );

    let no_game = "print('no game here')\n";
    let endless = "from game import *\n\
                   def update():\n\
                   \x20   if time.frame > 100:\n\
                   \x20       while True:\n\
                   \x20           pass\n";
    let report = game_problems(no_game, endless);
    assert!(
        report.starts_with(
            "game.lv.py:1: the game puts nothing on the screen: it makes no Entity (`from game import *`)\n"
        ),
        "{report}"
    );
    assert!(
        report.ends_with("the game runs longer than 1000 ms"),
        "{report}"
    );
}

#[test]
fn a_game_is_played_at_each_end_of_its_sliders() {
    let game = "from game import *\n\
                speed = param('speed', 4, 1, 9, label={'lv': 'Ātrums', 'en': 'Speed'})\n\
                player = Entity(model='cube')\n\
                def update():\n\
                \x20   player.x += speed * time.dt\n\
                \x20   if speed > 8 and time.frame == 10:\n\
                \x20       player.x = 'far'\n";
    assert_eq!(
        game_problems(game, game),
        "game.lv.py:7: with speed = 9, in frame 9 of 120 (right arrow held for the first 60, space pressed in frame 30), the game fails: TypeError: x must be a number, not str\n\
         game.en.py:7: with speed = 9, in frame 9 of 120 (right arrow held for the first 60, space pressed in frame 30), the game fails: TypeError: x must be a number, not str"
    );
}
