//! The `game` module, natively: a game set up by a program and played frame by frame with keys, as
//! the worker plays it in the browser and the checks play it headless.

use std::sync::OnceLock;

use darbnica_python::game_world::FrameChanges;
use darbnica_python::native::{FrameInput, GamePlay, NativeRunner};
use darbnica_python::{FRAME_TIME_LIMIT_MS, GameFrame, RunOutcome, RunRequest};

fn runner() -> &'static NativeRunner {
    static RUNNER: OnceLock<NativeRunner> = OnceLock::new();
    RUNNER.get_or_init(NativeRunner::new)
}

const DT: f32 = 1.0 / 60.0;

fn play(code: &str, frames: Vec<FrameInput>) -> GamePlay {
    let played = runner().play_game(RunRequest::new(code), frames);
    assert_eq!(
        played.setup.outcome,
        RunOutcome::Finished,
        "stderr: {}",
        played.setup.stderr
    );
    played
}

fn drawn(frame: &GameFrame) -> &FrameChanges {
    match frame {
        GameFrame::Drawn(changes) => changes,
        GameFrame::Ended(outcome) => panic!("the game ended: {outcome:?}"),
    }
}

#[test]
fn held_keys_move_the_player_by_time_dt() {
    let code = "from game import *\n\
                player = Entity(model='cube', color='orange')\n\
                def update():\n\
                \x20   if held_keys['right']:\n\
                \x20       player.x += 6 * time.dt\n\
                \x20   if held_keys['left']:\n\
                \x20       player.x -= 6 * time.dt\n\
                \x20   print(round(player.x, 3))\n";
    let mut frames = vec![FrameInput::holding(DT, &["right"]); 30];
    frames.extend(vec![FrameInput::holding(DT, &["left"]); 10]);
    let played = play(code, frames);
    assert_eq!(played.frames.len(), 40);
    let first = drawn(&played.frames[0]);
    assert_eq!(first.models.len(), 1, "the cube's mesh goes once");
    assert_eq!(first.spawned.len(), 1);
    assert_eq!(first.spawned[0].colour, [0xf0, 0x8c, 0x2e]);
    let last_line = played.setup.stdout.lines().last().expect("printed");
    assert_eq!(
        last_line, "2.0",
        "30 frames right and 10 left at 6 units a second"
    );
    let moved = drawn(&played.frames[39]);
    assert_eq!(moved.changed.len(), 1);
    assert!((moved.changed[0].position[0] - 2.0).abs() < 1e-4);
    assert!(moved.models.is_empty());
}

#[test]
fn collisions_destroy_coins_and_count_the_score() {
    let code = "from game import *\n\
                player = Entity(model='cube')\n\
                coins = [Entity(model='sphere', color='gold', x=i, scale=0.5, collider='sphere') for i in (1, 2, 3)]\n\
                score = 0\n\
                label = Text('0')\n\
                def update():\n\
                \x20   global score\n\
                \x20   player.x += 3 * time.dt\n\
                \x20   for coin in coins[:]:\n\
                \x20       if player.intersects(coin):\n\
                \x20           destroy(coin)\n\
                \x20           coins.remove(coin)\n\
                \x20           score += 1\n\
                \x20           label.text = str(score)\n\
                \x20           play_sound('coin')\n";
    let played = play(code, vec![FrameInput::holding(DT, &[]); 60]);
    let destroyed: usize = played
        .frames
        .iter()
        .map(|frame| drawn(frame).destroyed.len())
        .sum();
    assert_eq!(destroyed, 3, "every coin is reached within a second");
    let sounds: usize = played
        .frames
        .iter()
        .map(|frame| drawn(frame).sounds.len())
        .sum();
    assert_eq!(sounds, 3);
    let last_text = played
        .frames
        .iter()
        .rev()
        .find_map(|frame| drawn(frame).texts.clone())
        .expect("the label changed");
    assert_eq!(last_text[0].text, "3");
}

#[test]
fn input_gets_each_press_and_velocity_moves_entities() {
    let code = "from game import *\n\
                ball = Entity(model='sphere')\n\
                def input(key):\n\
                \x20   if key == 'space':\n\
                \x20       ball.velocity = (0, 5, 0)\n";
    let mut frames = vec![FrameInput::holding(0.1, &[]); 1];
    frames.push(FrameInput {
        dt: 0.1,
        held: ["space".to_owned()].into(),
        pressed: vec!["space".to_owned()],
    });
    frames.extend(vec![FrameInput::holding(0.1, &[]); 9]);
    let played = play(code, frames);
    let last = drawn(played.frames.last().expect("frames"));
    let y = last.changed[0].position[1];
    assert!(
        (y - 5.0).abs() < 1e-4,
        "{y}: ten frames of 0.1 s at 5 units a second"
    );
}

#[test]
fn entities_of_a_game_class_run_their_own_update() {
    let code = "from game import *\n\
                class Spinner(Entity):\n\
                \x20   def update(self):\n\
                \x20       self.rotation = (0, self.rotation[1] + 90 * time.dt, 0)\n\
                \x20       self.turns += 1\n\
                s = Spinner(model='cylinder', turns=0)\n\
                def update():\n\
                \x20   print(s.turns)\n";
    let played = play(code, vec![FrameInput::holding(0.1, &[]); 2]);
    // The game's update runs before the entities' own: it sees 0, then 1.
    assert_eq!(played.setup.stdout, "0\n1\n");
    let spun = drawn(&played.frames[1]);
    assert!(
        (spun.changed[0].rotation[1] - 18.0).abs() < 1e-3,
        "{spun:?}"
    );
}

#[test]
fn a_solid_from_the_modelling_module_is_a_model() {
    let code = "from game import *\n\
                from darbnica import cylinder, cube\n\
                tower = cylinder(3, 1) - cube(1)\n\
                a = Entity(model=tower)\n\
                b = Entity(model=tower, x=5)\n";
    let played = play(code, vec![FrameInput::holding(DT, &[])]);
    let first = drawn(&played.frames[0]);
    assert_eq!(
        first.models.len(),
        1,
        "one solid, one mesh, however many entities use it"
    );
    let heights: Vec<f32> = first.models[0]
        .positions
        .chunks(3)
        .map(|vertex| vertex[1])
        .collect();
    let top = heights.iter().copied().fold(f32::MIN, f32::max);
    assert!(
        (top - 3.0).abs() < 1e-4,
        "Z up in the kernel is Y up in the game: {top}"
    );
}

#[test]
fn an_error_in_update_ends_the_game_at_the_students_line() {
    let code = "from game import *\n\
                player = Entity()\n\
                def update():\n\
                \x20   if time.frame == 3:\n\
                \x20       player.x += 'far'\n";
    let played = play(code, vec![FrameInput::holding(DT, &[]); 10]);
    assert_eq!(
        played.frames.len(),
        3,
        "the game ends with the frame that failed"
    );
    let GameFrame::Ended(RunOutcome::Error(error)) = &played.frames[2] else {
        panic!("{:?}", played.frames[2]);
    };
    assert_eq!(error.kind, "TypeError");
    assert_eq!(error.line, Some(5));
}

#[test]
fn an_update_that_never_returns_is_stopped_and_the_runtime_goes_on() {
    let code = "from game import *\n\
                def update():\n\
                \x20   while True:\n\
                \x20       pass\n";
    let played = play(code, vec![FrameInput::holding(DT, &[]); 3]);
    assert_eq!(
        played.frames,
        vec![GameFrame::Ended(RunOutcome::TimeLimit {
            limit_ms: FRAME_TIME_LIMIT_MS
        })]
    );
    let next = runner().run_captured(RunRequest::new("print('still here')"));
    assert_eq!(next.stdout, "still here\n");
}

#[test]
fn bad_settings_get_clear_errors() {
    for (code, message) in [
        (
            "Entity(model='dragon')",
            "there is no model called 'dragon'",
        ),
        (
            "Entity(position=(1, 2))",
            "position takes three numbers (x, y, z), not 2",
        ),
        ("Entity(x='left')", "x must be a number, not str"),
        (
            "Entity(collider='blob')",
            "collider must be 'box', 'sphere' or None",
        ),
        ("Entity(2)", "Entity() takes its settings by name"),
        ("play_sound('boom')", "there is no sound called 'boom'"),
        (
            "e = Entity()\ndestroy(e)\ne.x = 1",
            "this entity was destroyed",
        ),
        ("camera.zoom = 2", "the camera has no setting 'zoom'"),
        ("del camera.fov", "the camera's fov cannot be deleted"),
        ("time.dt = 1", "'dt' cannot be changed"),
        ("t = Text('3')\nt.size = 'big'", "size"),
        (
            "t = Text('3')\nt.font = 'x'",
            "a Text has no setting 'font'",
        ),
    ] {
        let run = runner().run_captured(RunRequest::new(format!("from game import *\n{code}")));
        let RunOutcome::Error(error) = &run.outcome else {
            panic!("{code}: {:?}", run.outcome);
        };
        assert!(
            error.message.contains(message),
            "{code}: {} does not say {message}",
            error.message
        );
    }
}

#[test]
fn a_destroyed_entity_is_false_and_touching_lists_the_games_own_objects() {
    let code = "from game import *\n\
                player = Entity()\n\
                wall = Entity(x=0.5, name='wall')\n\
                print([e.name for e in player.touching])\n\
                destroy(wall)\n\
                print(bool(wall), player.touching)\n";
    let run = runner().run_captured(RunRequest::new(code));
    assert_eq!(run.outcome, RunOutcome::Finished, "{}", run.stderr);
    assert_eq!(run.stdout, "['wall']\nFalse []\n");
}

#[test]
fn each_run_starts_a_new_world() {
    let first = play(
        "from game import *\nEntity()\nEntity()\n",
        vec![FrameInput::holding(DT, &[])],
    );
    assert_eq!(drawn(&first.frames[0]).spawned.len(), 2);
    let second = play(
        "from game import *\nEntity()\n",
        vec![FrameInput::holding(DT, &[])],
    );
    let changes = drawn(&second.frames[0]);
    assert_eq!(changes.spawned.len(), 1);
    assert_eq!(
        changes.models.len(),
        1,
        "the new world sends its models again"
    );
}

#[test]
fn the_camera_follows_the_player() {
    let code = "from game import *\n\
                player = Entity()\n\
                camera.follow(player, offset=(0, 2, 8))\n\
                def update():\n\
                \x20   player.x += 1\n";
    let played = play(code, vec![FrameInput::holding(DT, &[]); 2]);
    let camera = drawn(&played.frames[1])
        .camera
        .expect("it moved with the player");
    assert_eq!(camera.position, [2.0, 2.0, 8.0]);
    assert_eq!(camera.target, [2.0, 0.0, 0.0]);
}

#[test]
fn checks_that_play_the_game_leave_the_runs_own_game_as_it_was() {
    let code = "from game import *\n\
                player = Entity(color='red')\n\
                def update():\n\
                \x20   player.x += 1\n";
    let mut request = RunRequest::new(code);
    request.check = Some(darbnica_python::CheckSpec {
        check: "from checks import *\n\
                game = play(frames=50)\n\
                check(game.variables['player'].x == 50, lv='x', en='x')\n"
            .into(),
        solution: code.into(),
        lang: "en".into(),
    });
    let played = runner().play_game(request, vec![FrameInput::holding(DT, &[]); 2]);
    let report = played.setup.report.expect("checked");
    assert!(report.passed(), "{report:?}");
    let first = drawn(&played.frames[0]);
    assert_eq!(first.spawned.len(), 1, "only the run's own player");
    assert_eq!(first.spawned[0].colour, [0xd6, 0x45, 0x45]);
    assert_eq!(
        first.spawned[0].position[0], 1.0,
        "one frame in, not fifty-one"
    );
}

#[test]
fn a_games_params_are_sliders_and_the_sliders_values_play() {
    let code = "from game import *\n\
                speed = param('speed', 4, 1, 9, label={'lv': 'Ātrums', 'en': 'Speed'})\n\
                player = Entity()\n\
                def update():\n\
                \x20   player.x += speed * time.dt\n";
    // Five frames of 0.1 s (the longest step a frame takes).
    let frames = vec![FrameInput::holding(0.1, &[]); 5];
    let played = runner().play_game(RunRequest::new(code), frames.clone());
    assert_eq!(played.params.len(), 1);
    assert_eq!(played.params[0].name, "speed");
    assert_eq!(played.params[0].value, 4.0);
    assert_eq!(played.params[0].label["lv"], "Ātrums");
    let mut request = RunRequest::new(code);
    request.params.insert("speed".into(), 8.0);
    let played = runner().play_game(request, frames);
    assert_eq!(played.params[0].value, 8.0);
    let Some(GameFrame::Drawn(last)) = played.frames.last() else {
        panic!("{:?}", played.frames.last());
    };
    let x = last.changed.first().expect("the player moved").position[0];
    assert!((x - 4.0).abs() < 1e-4, "x = {x}");
}

#[test]
fn an_entitys_model_reads_back_as_it_was_given() {
    let code = "from game import *\n\
                from darbnica import cylinder\n\
                ball = Entity(model='sphere')\n\
                tower = cylinder(2, 1)\n\
                keep = Entity(model=tower)\n\
                print(ball.model, Entity().model, keep.model is tower)\n\
                ball.model = 'cone'\n\
                print(ball.model)\n\
                destroy(ball)\n\
                ball.model\n";
    let run = runner().run_captured(RunRequest::new(code));
    assert_eq!(run.stdout, "sphere cube True\ncone\n");
    let RunOutcome::Error(error) = &run.outcome else {
        panic!("{:?}", run.outcome);
    };
    assert!(
        error.message.contains("this entity was destroyed"),
        "{}",
        error.message
    );
}

#[test]
fn a_gallery_model_is_an_entitys_model_built_with_the_values_given() {
    let runner = NativeRunner::new();
    let mut gallery = std::collections::BTreeMap::new();
    gallery.insert(
        "tornis".to_owned(),
        "from darbnica import *\n\
         h = param('height', 10, 1, 50)\n\
         show(cube([2, 2, h]).color('red'))\n"
            .to_owned(),
    );
    gallery.insert(
        "tukss".to_owned(),
        "from darbnica import *\nx = 1\n".to_owned(),
    );
    runner.add_gallery(gallery);
    let code = "from game import *\n\
                tall = gallery_model('tornis', height=30)\n\
                print(tall.bounds[1][2], gallery_model('tornis').bounds[1][2])\n\
                t = Entity(model=tall)\n\
                print(t.model is tall)\n\
                # The model's own param and show stay its own.\n\
                speed = param('speed', 2, 1, 5)\n";
    let played = runner.play_game(RunRequest::new(code), vec![FrameInput::holding(DT, &[])]);
    assert_eq!(
        played.setup.outcome,
        RunOutcome::Finished,
        "{}",
        played.setup.stderr
    );
    assert_eq!(played.setup.stdout, "30.0 10.0\nTrue\n");
    assert_eq!(
        played
            .params
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>(),
        ["speed"]
    );
    let changes = drawn(&played.frames[0]);
    assert_eq!(changes.spawned.len(), 1);
    assert_eq!(
        changes.spawned[0].colour,
        [214, 69, 69],
        "the model's colour (red)"
    );

    for (code, message) in [
        (
            "gallery_model('nav-tada')",
            "there is no gallery model called 'nav-tada' here",
        ),
        (
            "gallery_model('../x')",
            "there is no gallery model called '../x'",
        ),
        (
            "gallery_model('tukss')",
            "the gallery model 'tukss' shows nothing",
        ),
        (
            "gallery_model('tornis', height='augsts')",
            "takes a number, not str",
        ),
    ] {
        let run = runner.run_captured(RunRequest::new(format!("from game import *\n{code}")));
        let RunOutcome::Error(error) = &run.outcome else {
            panic!("{code}: {:?}", run.outcome);
        };
        assert!(error.message.contains(message), "{code}: {}", error.message);
    }
}

#[test]
fn a_coloured_solid_brings_its_colour_unless_the_entity_is_given_one() {
    let code = "from game import *\n\
                from darbnica import cube\n\
                red = cube(1).color('red')\n\
                a = Entity(model=red)\n\
                b = Entity(color='blue', model=red)\n\
                c = Entity(model=cube(1))\n\
                print(a.color, b.color, c.color == Entity().color)\n";
    let run = runner().run_captured(RunRequest::new(code));
    assert_eq!(run.outcome, RunOutcome::Finished, "{}", run.stderr);
    assert_eq!(run.stdout, "#d64545 #3d7bd9 True\n");
}
