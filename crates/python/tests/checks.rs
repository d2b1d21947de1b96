//! The `checks` module that exercises' `check.py` files use, run natively exactly as the worker
//! runs it: every kind of check, passing and failing, and what each failure says.

use std::sync::OnceLock;

use darbnica_python::native::NativeRunner;
use darbnica_python::{CheckReport, CheckSpec, RunOutcome, RunRequest};

fn runner() -> &'static NativeRunner {
    static RUNNER: OnceLock<NativeRunner> = OnceLock::new();
    RUNNER.get_or_init(NativeRunner::new)
}

/// Runs `code` with `check` (and `solution`), expecting the program itself to finish.
fn report(code: &str, check: &str, solution: &str) -> CheckReport {
    let mut request = RunRequest::new(code);
    request.stdin = vec!["1".into(); 4];
    request.check = Some(CheckSpec {
        check: format!("from checks import *\n{check}"),
        solution: solution.into(),
        lang: "lv".into(),
    });
    let run = runner().run_captured(request);
    assert_eq!(run.outcome, RunOutcome::Finished, "stderr: {}", run.stderr);
    run.report.expect("a finished run with checks has a report")
}

/// The failures as `key{arg=value,…}`, one a line, for compact assertions.
fn failures(report: &CheckReport) -> String {
    assert!(
        report.broken.is_none(),
        "broken checks: {:?}",
        report.broken
    );
    report
        .failures
        .iter()
        .map(|finding| {
            let args: Vec<String> = finding
                .args
                .iter()
                .map(|(name, value)| format!("{name}={value}"))
                .collect();
            format!("{}{{{}}}", finding.key, args.join(","))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn output_is_normalises_spaces_blank_lines_and_numbers_but_not_words() {
    let check = "output_is('Summa: 7\\nVidēji: 3.5')";
    let good = report(
        "print('Summa:', 7.0)\nprint('Vidēji:  3.50 ')\nprint()",
        check,
        "",
    );
    assert!(good.passed(), "{}", failures(&good));
    assert_eq!(good.total, 1);

    let bad = report("print('Summa:', 8)\nprint('Vidēji: 3.5')", check, "");
    assert!(!bad.passed());
    assert_eq!(
        failures(&bad),
        "check-output-line{actual=Summa: 8,expected=Summa: 7,line=1}"
    );
}

#[test]
fn output_is_feeds_input_lines_and_ignores_prompts() {
    let code = "a = int(input('Pirmais: '))\nb = int(input('Otrais: '))\nprint(a + b)";
    let check = "output_is('7', input=['3', '4'])\noutput_is('0', input=['-2', '2'])";
    assert!(report(code, check, "").passed());

    let wrong = "a = input()\nb = input()\nprint(a + b)";
    assert_eq!(
        failures(&report(wrong, check, "")),
        "check-output-line{actual=34,expected=7,input=3, 4,line=1}\n\
         check-output-line{actual=-22,expected=0,input=-2, 2,line=1}"
    );
}

#[test]
fn a_program_that_wants_more_input_or_fails_under_checks_says_so() {
    let check = "output_is('2', input=['1'])\noutput_is('x', input=['a'])";
    let code = "n = int(input())\nm = int(input())\nprint(n + m)";
    let report = report(code, check, "");
    assert_eq!(
        failures(&report),
        "check-program-input{input=1}\n\
         check-program-error{error=ValueError,input=a,line=1,message=invalid literal for int() with base 10: 'a'}"
    );
    let crashing = "n = int(input())\nprint(n * 2)";
    assert_eq!(
        failures(&self::report(crashing, "output_is('x', input=['abc'])", "")),
        "check-program-error{error=ValueError,input=abc,line=1,message=invalid literal for int() with base 10: 'abc'}"
    );
}

#[test]
fn missing_and_extra_lines_are_named() {
    let check = "output_is('a\\nb')";
    assert_eq!(
        failures(&report("print('a')", check, "")),
        "check-output-missing{expected=b,line=2}"
    );
    assert_eq!(
        failures(&report("print('a')\nprint('b')\nprint('c')", check, "")),
        "check-output-extra{actual=c,line=3}"
    );
    assert_eq!(
        failures(&report("x = 1", check, "")),
        "check-output-nothing{expected=a}"
    );
}

#[test]
fn returns_compares_with_float_tolerance_and_names_the_call() {
    let check = "returns('area', (3, 4), 12)\nreturns('area', (0.1, 3), 0.3)";
    assert!(report("def area(a, b):\n    return a * b", check, "").passed());
    assert_eq!(
        failures(&report("def area(a, b):\n    return a + b", check, "")),
        "check-call-result{actual=7,call=area(3, 4),expected=12}\n\
         check-call-result{actual=3.1,call=area(0.1, 3),expected=0.3}"
    );
}

#[test]
fn printing_instead_of_returning_and_a_missing_function_get_their_own_messages() {
    let check = "returns('area', (3, 4), 12)";
    assert_eq!(
        failures(&report("def area(a, b):\n    print(a * b)", check, "")),
        "check-call-printed{call=area(3, 4),printed=12}"
    );
    assert_eq!(
        failures(&report("def laukums(a, b):\n    return a * b", check, "")),
        "check-function-missing{name=area}"
    );
    assert_eq!(
        failures(&report("def area(a):\n    return a", check, "")),
        "check-call-params{call=area(3, 4),message=area() takes 1 positional argument but 2 were given}"
    );
}

#[test]
fn same_as_solution_tries_seeded_random_cases_and_stops_at_the_first_difference() {
    let solution = "def biggest(numbers):\n    return max(numbers)";
    let check = "same_as_solution('biggest', [([1, 2],)], random_cases=lambda rng: ([rng.randint(-9, 9) for _ in range(5)],), count=30)";
    assert!(report("def biggest(n):\n    return sorted(n)[-1]", check, solution).passed());
    let wrong = report(
        "def biggest(n):\n    b = 0\n    for x in n:\n        if x > b:\n            b = x\n    return b",
        check,
        solution,
    );
    assert_eq!(wrong.failures.len(), 1, "{}", failures(&wrong));
    assert_eq!(wrong.failures[0].key, "check-call-result");
    // The same seed gives the same cases, so the student sees the same counterexample each run.
    assert_eq!(
        wrong,
        report(
            "def biggest(n):\n    b = 0\n    for x in n:\n        if x > b:\n            b = x\n    return b",
            check,
            solution
        )
    );
}

#[test]
fn same_output_as_solution_runs_both_with_each_input() {
    let solution = "n = int(input())\nfor i in range(n):\n    print('*' * (i + 1))";
    let check = "same_output_as_solution(inputs=[['1'], ['3']])";
    assert!(
        report(
            "n = int(input())\nfor i in range(1, n + 1):\n    print('*' * i)",
            check,
            solution
        )
        .passed()
    );
    assert_eq!(
        failures(&report(
            "n = int(input())\nfor i in range(n):\n    print('*' * i)",
            check,
            solution
        )),
        "check-output-nothing{expected=*,input=1}\n\
         check-output-line{actual=,expected=*,input=3,line=1}"
    );
}

#[test]
fn structure_checks_read_the_code() {
    let check = "uses('for')\nuses_call('print')\navoids_call('sum')";
    assert!(report("s = 0\nfor x in [1, 2]:\n    s += x\nprint(s)", check, "").passed());
    assert_eq!(
        failures(&report("print(sum([1, 2]))", check, "")),
        "check-uses{construct=for}\ncheck-avoids-call{name=sum}"
    );
}

#[test]
fn an_authors_own_check_carries_both_languages() {
    let report = report(
        "n = 4",
        "check(run().variables.get('n') == 5, lv='Mainīgajam n jābūt 5.', en='n should be 5.')",
        "",
    );
    assert_eq!(report.failures.len(), 1);
    let text = report.failures[0].text.as_ref().unwrap();
    assert_eq!(text.lv, "Mainīgajam n jābūt 5.");
    assert_eq!(text.en, "n should be 5.");
}

#[test]
fn broken_checks_are_reported_for_the_author_not_as_the_students_failure() {
    let report = report("print(1)", "output_is('1')\nundefined_helper()", "");
    assert!(!report.passed());
    let broken = report.broken.expect("check.py raised");
    assert!(broken.contains("NameError"), "{broken}");
    assert!(broken.contains("check.py"), "{broken}");
}

#[test]
fn checks_do_not_run_when_the_program_fails_and_an_endless_loop_in_them_hits_the_time_limit() {
    let mut request = RunRequest::new("print(1/0)");
    request.check = Some(CheckSpec {
        check: "from checks import *\noutput_is('1')".into(),
        solution: String::new(),
        lang: "lv".into(),
    });
    let run = runner().run_captured(request);
    assert!(matches!(run.outcome, RunOutcome::Error(_)));
    assert_eq!(run.report, None);

    let mut request = RunRequest::new("n = input()\nwhile n != 'stop':\n    pass");
    request.stdin = vec!["stop".into()];
    request.limits.time_ms = 1_000;
    request.check = Some(CheckSpec {
        check: "from checks import *\noutput_is('', input=['go'])".into(),
        solution: String::new(),
        lang: "lv".into(),
    });
    let run = runner().run_captured(request);
    assert_eq!(run.outcome, RunOutcome::TimeLimit { limit_ms: 1_000 });
    assert_eq!(run.report, None);
}

#[test]
fn output_printed_under_checks_stays_out_of_the_students_output() {
    let mut request = RunRequest::new("print('redzams')");
    request.check = Some(CheckSpec {
        check: "from checks import *\noutput_is('redzams')\noutput_is('redzams')".into(),
        solution: String::new(),
        lang: "lv".into(),
    });
    let run = runner().run_captured(request);
    assert_eq!(run.stdout, "redzams\n");
    assert!(run.report.unwrap().passed());
}

#[test]
fn a_text_in_both_languages_passes_in_either_and_is_quoted_in_the_students() {
    let check = "output_is(text(lv='Sveika, pasaule!', en='Hello, world!'))";
    assert!(report("print('Hello, world!')", check, "").passed());
    assert!(report("print('Sveika, pasaule!')", check, "").passed());
    let mut request = RunRequest::new("print('Hi')");
    request.check = Some(CheckSpec {
        check: format!("from checks import *\n{check}"),
        solution: String::new(),
        lang: "en".into(),
    });
    let run = runner().run_captured(request);
    assert_eq!(
        failures(&run.report.unwrap()),
        "check-output-line{actual=Hi,expected=Hello, world!,line=1}"
    );
}

/// A game exercise: "move the player right with the arrow key".
const GAME_SOLUTION: &str = "from game import *\n\
    player = Entity(model='cube', color='orange')\n\
    def update():\n\
    \x20   if held_keys['right']:\n\
    \x20       player.x += 5 * time.dt\n";

const GAME_CHECK: &str = "game = play(frames=30, keys={'right': 30})\n\
    check(game.ok and game.variables['player'].x > 2, lv='Ar bultiņu pa labi spēlētājam jāiet pa labi.', en='The right arrow should move the player right.')\n\
    still = play(frames=30)\n\
    check(still.ok and still.variables['player'].x == 0, lv='Bez taustiņiem spēlētājs stāv.', en='With no keys the player stays.')\n";

/// The English texts of the author's own checks that failed.
fn failed_texts(report: &CheckReport) -> Vec<String> {
    report
        .failures
        .iter()
        .filter_map(|finding| finding.text.as_ref().map(|text| text.en.clone()))
        .collect()
}

#[test]
fn play_runs_a_game_with_scripted_keys_and_checks_its_state() {
    let good = report(GAME_SOLUTION, GAME_CHECK, GAME_SOLUTION);
    assert!(good.passed(), "{}", failures(&good));
    assert_eq!(good.total, 2);

    let backwards = GAME_SOLUTION.replace("+=", "-=");
    assert_eq!(
        failed_texts(&report(&backwards, GAME_CHECK, GAME_SOLUTION)),
        ["The right arrow should move the player right."]
    );
    let always = GAME_SOLUTION.replace("if held_keys['right']", "if True");
    assert_eq!(
        failed_texts(&report(&always, GAME_CHECK, GAME_SOLUTION)),
        ["With no keys the player stays."]
    );
}

#[test]
fn an_error_in_a_played_game_is_a_finding_at_its_line() {
    let broken = "from game import *\n\
        player = Entity()\n\
        def update():\n\
        \x20   player.x += speed\n";
    let found = report(broken, GAME_CHECK, GAME_SOLUTION);
    let text = failures(&found);
    assert!(
        text.starts_with("check-program-error{error=NameError,line=4,"),
        "{text}"
    );
}

#[test]
fn presses_call_input_once_per_stretch_and_the_runs_game_is_kept_apart() {
    let code = "from game import *\n\
        jumps = 0\n\
        def input(key):\n\
        \x20   global jumps\n\
        \x20   if key == 'space':\n\
        \x20       jumps += 1\n";
    let check = "game = play(frames=40, keys={'space': [3, 4, 5, 20]})\n\
        check(game.variables['jumps'] == 2, lv='Divi lēcieni.', en='Two jumps.')\n";
    let found = report(code, check, code);
    assert!(found.passed(), "{}", failures(&found));
}

#[test]
fn a_played_game_tells_its_sounds_and_camera_and_an_earlier_games_entities_are_gone() {
    let code = "from game import *\n\
        player = Entity()\n\
        camera.follow(player, offset=(0, 2, 5))\n\
        def update():\n\
        \x20   player.x += 1\n\
        \x20   if time.frame in (3, 5):\n\
        \x20       play_sound('coin')\n";
    let check = "first = play(frames=6)\n\
        old = first.variables['player']\n\
        check(first.sounds == ['coin', 'coin'], lv='skaņas', en='sounds')\n\
        check(first.camera[0] == (6.0, 2.0, 5.0), lv='kamera', en='camera')\n\
        second = play(frames=1)\n\
        check(not old and second.variables['player'].x == 1, lv='jauna spēle', en='a new game')\n";
    let found = report(code, check, code);
    assert!(found.passed(), "{:?}", failed_texts(&found));
    assert_eq!(found.total, 3);
}

#[test]
fn a_checked_run_ends_cleanly_on_exit_and_with_an_error_on_exit_with_a_code() {
    let check = "import sys\n\
                 r = run()\n\
                 check(r.ok and r.error is None and r.lines == ['a'], lv='exit()', en='exit()')\n";
    let clean = report("import sys\nprint('a')\nsys.exit()\nprint('b')", check, "");
    assert!(clean.passed(), "{}", failures(&clean));
    let code = "import sys\nif input() == 'stop':\n    sys.exit(2)\nprint('a')";
    let check = "r = run(input=['stop'])\n\
                 check(r.error[:2] == ('SystemExit', '2') and not r.ok, lv='kods', en='code')\n";
    let with_code = report(code, check, "");
    assert!(with_code.passed(), "{}", failures(&with_code));
}
