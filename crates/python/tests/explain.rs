//! Friendly explanations (`darbnica_api::explain`) against the interpreter's real messages: each of
//! the errors beginners meet most, made by a real program, gets the explanation meant for it.

use darbnica_api::explain::{KEYS, explain};
use darbnica_python::native::NativeRunner;
use darbnica_python::{RunOutcome, RunRequest};

#[test]
fn the_common_beginner_errors_get_their_explanations() {
    let runner = NativeRunner::new();
    let cases: &[(&str, &str)] = &[
        ("pirnt('Sveiki')", "explain-name-suggestion"),
        ("print(rezultats)", "explain-name"),
        ("if True:\nprint(1)", "explain-indent-expected"),
        ("print(1)\n    print(2)", "explain-indent-unexpected"),
        (
            "if True:\n        print(1)\n    print(2)",
            "explain-indent-mismatch",
        ),
        ("print('Sveiki)", "explain-syntax-string"),
        ("print((1 + 2)", "explain-syntax-bracket"),
        ("if 1 > 0\n    print(1)", "explain-syntax-colon"),
        ("x = 1\nif x = 1:\n    print(x)", "explain-syntax-equals"),
        (
            "vecums = 12\nprint('Vecums: ' + vecums)",
            "explain-str-plus-int",
        ),
        ("print(5 + '5')", "explain-str-plus-int"),
        ("x = = 1", "explain-syntax"),
        ("print([1] - 1)", "explain-operand"),
        ("print(10 / 0)", "explain-zero-division"),
        ("int('divi')", "explain-int-literal"),
        ("print([1, 2, 3][3])", "explain-index"),
        ("print({'a': 1}['b'])", "explain-key"),
        ("'teksts'.push('x')", "explain-attribute"),
        ("def f(a, b):\n    return a\nf(1)", "explain-arguments"),
        ("x = 5\nx()", "explain-not-callable"),
        ("def f(n):\n    return f(n + 1)\nf(0)", "explain-recursion"),
        ("n = 0\ndef f():\n    n += 1\nf()", "explain-unbound-local"),
        ("import turtel", "explain-module"),
        ("x = 10 ** 10 ** 9", "explain-memory"),
    ];
    let mut seen = Vec::new();
    let mut wrong = Vec::new();
    for (code, expected) in cases {
        let run = runner.run_captured(RunRequest::new(*code));
        let RunOutcome::Error(error) = &run.outcome else {
            panic!("{code:?} should fail, got {:?}", run.outcome);
        };
        let key = explain(error).map(|explanation| explanation.key);
        if key != Some(*expected) {
            wrong.push(format!(
                "{code:?} raised {}: {} and got {key:?}, not {expected}",
                error.kind, error.message
            ));
        }
        seen.push(*expected);
    }
    // Offline, a module of the on-demand library cannot be downloaded.
    let offline = NativeRunner::new();
    let outcome = offline.run_with_host(RunRequest::new("import statistics"), Box::new(Offline));
    let RunOutcome::Error(error) = &outcome else {
        panic!("importing offline ended {outcome:?}");
    };
    assert_eq!(
        explain(error).map(|explanation| explanation.key),
        Some("explain-module-download"),
        "{error:?}"
    );
    seen.push("explain-module-download");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    for key in KEYS {
        assert!(seen.contains(key), "no program here gives {key}");
    }
}

#[test]
fn the_explanation_names_what_the_message_names() {
    let runner = NativeRunner::new();
    let run = runner.run_captured(RunRequest::new("skaits = 3\nprint(skait)"));
    let RunOutcome::Error(error) = &run.outcome else {
        panic!("expected a NameError, got {:?}", run.outcome);
    };
    let explanation = explain(error).unwrap();
    assert_eq!(explanation.args["name"], "skait");
    assert_eq!(explanation.args["suggestion"], "skaits");
}

/// A host with no connection to the portal.
struct Offline;

impl darbnica_python::Host for Offline {
    fn write(&mut self, _stream: darbnica_python::Stream, _text: &str) {}

    fn read_line(&mut self, _prompt: &str) -> Option<String> {
        None
    }

    fn python_library(&mut self) -> Result<Vec<u8>, String> {
        Err("the portal could not be reached".to_owned())
    }
}
