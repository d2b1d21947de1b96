//! The `darbnica` modelling module, natively: solids, transforms, booleans, sketches, measures,
//! `param` (with values from sliders) and `show`, and clear errors for bad input.

use std::sync::OnceLock;

use darbnica_python::native::NativeRunner;
use darbnica_python::{RunOutcome, RunRequest, Scene};

fn runner() -> &'static NativeRunner {
    static RUNNER: OnceLock<NativeRunner> = OnceLock::new();
    RUNNER.get_or_init(NativeRunner::new)
}

fn model(code: &str, params: &[(&str, f64)]) -> (String, Scene) {
    let mut request = RunRequest::new(code);
    request.params = params
        .iter()
        .map(|(name, value)| ((*name).to_owned(), *value))
        .collect();
    let (run, scene) = runner().run_model(request);
    assert_eq!(run.outcome, RunOutcome::Finished, "stderr: {}", run.stderr);
    (run.stdout, scene)
}

#[test]
fn solids_combine_with_operators_and_measure_exactly() {
    let (printed, scene) = model(
        "from darbnica import *\n\
         a = cube(2)\n\
         b = cube(2).translate(1, 1, 1)\n\
         print(round((a + b).volume, 9), round((a - b).volume, 9), round((a & b).volume, 9))\n\
         print(sum([a, b.translate(5, 0, 0)]).volume)\n\
         show(a + b)",
        &[],
    );
    assert_eq!(printed, "15.0 7.0 1.0\n16.0\n");
    assert_eq!(scene.shown.len(), 1);
    let mesh = scene.shown[0].solid.mesh().unwrap();
    assert!(mesh.is_watertight());
    assert!((mesh.volume() - 15.0).abs() < 1e-9);
}

#[test]
fn params_declare_sliders_and_take_their_values_from_the_request() {
    let code = "from darbnica import *\n\
                h = param('height', 40, 10, 200, step=1, label={'lv': 'Augstums', 'en': 'Height'})\n\
                r = param('radius', 2.5, 1, 10)\n\
                print(h, type(h).__name__, r)\n\
                show(cylinder(h, r))";
    let (printed, scene) = model(code, &[]);
    assert_eq!(printed, "40 int 2.5\n");
    assert_eq!(scene.params.len(), 2);
    let height = &scene.params[0];
    assert_eq!(
        (height.min, height.max, height.step),
        (10.0, 200.0, Some(1.0))
    );
    assert_eq!(height.label["lv"], "Augstums");
    assert!(height.integer);

    let (printed, scene) = model(code, &[("height", 120.0), ("radius", 50.0)]);
    // A slider value past the range is held to it.
    assert_eq!(printed, "120 int 10.0\n");
    let bounds = scene.shown[0].solid.mesh().unwrap().bounds().unwrap();
    assert!((bounds.max.z - 120.0).abs() < 1e-9);
}

#[test]
fn sketches_extrude_and_revolve_into_solids() {
    let (printed, scene) = model(
        "from darbnica import *\n\
         frame = rectangle(10, center=True) - circle(3, 64)\n\
         plate = frame.extrude(2)\n\
         vase = circle(1, 16).translate(4, 0).revolve(360, segments=32)\n\
         print(plate.genus, vase.genus, plate.watertight)\n\
         show(plate, vase.translate(0, 0, 10))",
        &[],
    );
    assert_eq!(printed, "1 1 True\n");
    assert_eq!(scene.shown.len(), 2);
}

#[test]
fn bad_input_is_a_clear_python_error_on_its_line() {
    let mut request = RunRequest::new("from darbnica import *\n\nshow(sphere(-5))");
    request.limits.time_ms = 20_000;
    let (run, _) = runner().run_model(request);
    let RunOutcome::Error(error) = run.outcome else {
        panic!("expected an error, got {:?}", run.outcome);
    };
    assert_eq!(error.kind, "ValueError");
    assert_eq!(error.line, Some(3));
    assert_eq!(
        error.message,
        "the sphere's radius must be greater than 0, not -5"
    );

    let (run, _) = runner().run_model(RunRequest::new(
        "from darbnica import *\nparam('a', 50, 1, 10)",
    ));
    assert!(
        matches!(run.outcome, RunOutcome::Error(ref e) if e.message.contains("must be between"))
    );
}

#[test]
fn each_run_starts_with_an_empty_scene() {
    let (_, first) = model(
        "from darbnica import *\nshow(cube(1))\nparam('n', 1, 0, 5)",
        &[],
    );
    assert_eq!((first.shown.len(), first.params.len()), (1, 1));
    let (_, second) = model("x = 1", &[]);
    assert_eq!((second.shown.len(), second.params.len()), (0, 0));
}

#[test]
fn the_page_gets_the_sliders_the_measures_and_one_mesh() {
    let (_, scene) = model(
        "from darbnica import *\nw = param('width', 20, 5, 50)\nshow(cube(w), cube(5).translate(30, 0, 0))",
        &[("width", 10.0)],
    );
    let (info, mesh) = scene.model(&darbnica_geometry::Limits::default());
    let mesh = mesh.expect("a mesh");
    assert_eq!(info.shown, 2);
    assert_eq!(info.params[0].value, 10.0);
    assert_eq!(info.triangles as usize, mesh.triangle_count());
    assert!(info.watertight);
    assert!((info.volume_mm3 - 1125.0).abs() < 1e-9);
    assert_eq!(info.bounds, Some([[0.0, 0.0, 0.0], [35.0, 10.0, 10.0]]));

    let (info, mesh) = scene.model(&darbnica_geometry::Limits::triangles(10));
    assert!(mesh.is_none());
    assert_eq!(info.error_code.as_deref(), Some("too_many_triangles"));
}

#[test]
fn checkboxes_and_dropdowns_give_the_script_booleans_and_texts() {
    let code = "from darbnica import *\n\
                lid = param('lid', True, label={'lv': 'Ar vāku', 'en': 'With a lid'})\n\
                style = param('style', 'waves', choices={'plain': {'lv': 'Gluds', 'en': 'Plain'}, 'waves': {'lv': 'Viļņi', 'en': 'Waves'}})\n\
                size = param('size', 's', choices=['s', 'm', 'l'])\n\
                print(lid, style, size)\n\
                show(cube(1))";
    let (printed, scene) = model(code, &[]);
    assert_eq!(printed, "True waves s\n");
    let (info, _) = scene.model(&darbnica_geometry::Limits::default());
    use darbnica_api::python::ParamKind;
    assert_eq!(info.params[0].kind, ParamKind::Toggle);
    assert_eq!(info.params[0].label["en"], "With a lid");
    assert_eq!(info.params[1].kind, ParamKind::Choice);
    assert_eq!((info.params[1].value, info.params[1].max), (1.0, 1.0));
    assert_eq!(info.params[1].choices[0].label["lv"], "Gluds");
    assert_eq!(info.params[2].choices.len(), 3);

    let (printed, _) = model(code, &[("lid", 0.0), ("style", 0.0), ("size", 7.0)]);
    // A choice past the end is held to the last one.
    assert_eq!(printed, "False plain l\n");

    for (bad, says) in [
        (
            "param('style', 'zigzag', choices=['plain'])",
            "must be one of the choices",
        ),
        ("param('style', 'plain')", "needs choices"),
        ("param('n', 5)", "needs a min and a max"),
    ] {
        let (run, _) =
            runner().run_model(RunRequest::new(format!("from darbnica import *\n{bad}")));
        assert!(
            matches!(run.outcome, RunOutcome::Error(ref e) if e.message.contains(says)),
            "{bad}: {:?}",
            run.outcome
        );
    }
}

#[test]
fn colours_follow_solids_and_group_the_mesh_into_parts() {
    let (_, scene) = model(
        "from darbnica import *\n\
         tower = cube(4).color('sarkans')\n\
         show(tower.translate(0, 0, 1) - cube(1))\n\
         show(cube(2).translate(10, 0, 0), color='#0000ff')\n\
         show(cube(3).translate(20, 0, 0))\n\
         show(cube(1).translate(30, 0, 0).color(214, 69, 69))",
        &[],
    );
    let colours: Vec<_> = scene.shown.iter().map(|shown| shown.colour).collect();
    let red = Some([0xd6, 0x45, 0x45]);
    assert_eq!(colours, [red, Some([0, 0, 255]), None, red]);
    let (info, mesh) = scene.model(&darbnica_geometry::Limits::default());
    let mesh = mesh.unwrap();
    // Two red cubes (joined), a blue one and an uncoloured one: 12 triangles each.
    let ends: Vec<_> = info
        .parts
        .iter()
        .map(|part| (part.end, part.colour))
        .collect();
    assert_eq!(ends, [(24, red), (36, Some([0, 0, 255])), (48, None)]);
    assert_eq!(mesh.triangle_count(), 48);

    let (run, _) = runner().run_model(RunRequest::new(
        "from darbnica import *\nshow(cube(1).color('sky'))",
    ));
    assert!(
        matches!(run.outcome, RunOutcome::Error(ref e) if e.message.contains("unknown colour"))
    );
}

#[test]
fn model_checks_see_what_was_shown() {
    let (printed, _) = model(
        "from darbnica import *\n\
         import darbnica\n\
         print(darbnica._shown_facts())\n\
         ring = (cylinder(2, 10) - cylinder(4, 5).translate(0, 0, -1)).translate(0, 0, 3)\n\
         show(ring, cube(1))\n\
         facts = darbnica._shown_facts()\n\
         print(facts['holes'], facts['parts'], facts['watertight'], facts['min'][2], facts['max'][2], facts['triangles'] > 0)",
        &[],
    );
    assert_eq!(printed, "None\n1 2 True 0.0 5.0 True\n");
}
