//! A teacher's own exercises: written in the browser, stored on the server, owned by the teacher,
//! assignable to their classes and seen by no one else but the students of a class they are
//! assigned to, who do them like any course exercise.
//!
//! An exercise is checked by a form (expected output for given input lines; a function's expected
//! results for given arguments; random inputs compared with the solution), which becomes a
//! `check.py` ([`OwnChecks::check_py`]), or by the teacher's own `check.py` with the `checks`
//! module the courses use. The app and the server check a draft by the same rules
//! ([`OwnExercise::problems`]); the server also parses its Python and renders its Markdown as
//! content is, and the page runs the solution (it must pass) and the starter (it must not) in the
//! worker before saving.

use serde::{Deserialize, Serialize};
#[cfg(feature = "openapi")]
use utoipa::ToSchema;

use crate::classes::MAX_CODE_BYTES;

/// Longest title, in characters.
pub const MAX_TITLE_CHARS: usize = 100;
/// Longest task text (Markdown), in characters.
pub const MAX_TEXT_CHARS: usize = 10_000;
/// Most cases of one kind (output cases, function cases).
pub const MAX_CASES: usize = 50;
/// Longest input line, expected output, argument list or expected value, in characters.
pub const MAX_CASE_CHARS: usize = 2_000;
/// Most input lines in one case.
pub const MAX_INPUT_LINES: usize = 50;
/// Most random cases compared with the solution.
pub const MAX_RANDOM_CASES: u32 = 100;
/// Most exercises a teacher keeps.
pub const MAX_OWN_EXERCISES: u32 = 500;
/// The time limit of a run of an own exercise, as a course exercise's default.
pub const TIME_LIMIT_MS: u32 = 5_000;
/// Wrong runs after which the solution may be shown: never, since a teacher's solution is the
/// teacher's to share (the page leaves the solution out of an own exercise).
pub const SOLUTION_AFTER_TRIES: u32 = u32::MAX;

/// The course that own exercises' item keys and pages name (`own/<id>`, `/courses/own/<id>`), so
/// that progress, sync and the exercise page treat them as any exercise; no content course may
/// have this id.
pub const OWN_COURSE: &str = "own";

/// A text in Latvian, English or both; an empty one is missing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct EitherLanguage {
    #[serde(default)]
    pub lv: String,
    #[serde(default)]
    pub en: String,
}

impl EitherLanguage {
    /// Both languages, a missing one filled with the other (a student reading the other language
    /// sees the teacher's words rather than nothing).
    pub fn localized(&self) -> crate::Localized {
        let (lv, en) = (self.lv.trim(), self.en.trim());
        crate::Localized {
            lv: if lv.is_empty() { en } else { lv }.to_owned(),
            en: if en.is_empty() { lv } else { en }.to_owned(),
        }
    }

    fn is_empty(&self) -> bool {
        self.lv.trim().is_empty() && self.en.trim().is_empty()
    }
}

/// An exercise as its teacher writes it: `POST /api/own-exercises`, `PUT /api/own-exercises/{id}`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct OwnExercise {
    pub title: EitherLanguage,
    /// The task, in Markdown (as course exercises are written).
    pub text: EitherLanguage,
    /// The code the editor starts with (may be empty).
    #[serde(default)]
    pub starter: String,
    pub solution: String,
    pub checks: OwnChecks,
}

/// How an own exercise is checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum OwnChecks {
    /// Filled in a form.
    Form(FormChecks),
    /// The teacher's own `check.py`.
    Script { check_py: String },
}

impl Default for OwnChecks {
    fn default() -> OwnChecks {
        OwnChecks::Form(FormChecks::default())
    }
}

/// The checks of the form. Every part may be empty, but not all of them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct FormChecks {
    /// The program's output for given `input()` lines.
    #[serde(default)]
    pub outputs: Vec<OutputCase>,
    /// A function the program defines, called with given arguments.
    #[serde(default)]
    pub function: Option<FunctionChecks>,
    /// The program run with random whole numbers as its input lines, its output compared with
    /// the solution's.
    #[serde(default)]
    pub random_inputs: Option<RandomNumbers>,
}

/// One run of the program: its input lines and what it must print.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct OutputCase {
    #[serde(default)]
    pub input: Vec<String>,
    pub output: String,
}

/// A function's name, calls with their expected results, and random calls compared with the
/// solution.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct FunctionChecks {
    pub name: String,
    #[serde(default)]
    pub cases: Vec<CallCase>,
    /// Random whole-number arguments (a range each), the results compared with the solution's.
    #[serde(default)]
    pub random: Option<RandomNumbers>,
}

/// A call: the arguments as Python writes them (`3, 4` or `"Anna"`) and the expected result as a
/// Python value (`12`, `"Sveiki, Anna!"`, `[1, 2]`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct CallCase {
    pub args: String,
    pub expected: String,
}

/// Random whole numbers: one range each (an input line, or an argument), and how many cases.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct RandomNumbers {
    pub ranges: Vec<NumberRange>,
    pub count: u32,
}

/// From `low` to `high`, both included.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct NumberRange {
    pub low: i64,
    pub high: i64,
}

/// What is wrong with a draft: the field (`title`, `text`, `solution`, `outputs.2.output`, …)
/// and the problem, which each side words for its reader.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct DraftProblem {
    pub field: String,
    pub problem: DraftProblemKind,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum DraftProblemKind {
    /// Neither language has it.
    Missing,
    /// One language has a title but no task text, or the other way round.
    OtherLanguageMissing,
    TooLong {
        max: usize,
    },
    TooMany {
        max: usize,
    },
    ControlCharacters,
    /// Not a Python name (a function's).
    NotAName,
    /// A range whose low end is above its high end, or random cases without ranges or count.
    BadRange,
    /// No check at all.
    NoChecks,
    /// Python that does not parse (the server's parser): the line and the parser's words.
    NotPython {
        line: u32,
        message: String,
    },
    /// Markdown the content rules refuse (raw HTML, a `javascript:` link): the line and why.
    Markdown {
        line: u32,
        message: String,
    },
}

impl OwnExercise {
    /// What is wrong with it by the rules both sides check (sizes, fields, languages), in the
    /// form's order; empty when nothing is. The server adds what needs its parsers.
    pub fn problems(&self) -> Vec<DraftProblem> {
        let mut problems = Vec::new();
        let mut report = |field: &str, problem| {
            problems.push(DraftProblem {
                field: field.to_owned(),
                problem,
            })
        };
        for (field, text, max) in [
            ("title", &self.title, MAX_TITLE_CHARS),
            ("text", &self.text, MAX_TEXT_CHARS),
        ] {
            if text.is_empty() {
                report(field, DraftProblemKind::Missing);
            }
            for (code, words) in [("lv", &text.lv), ("en", &text.en)] {
                let field = format!("{field}.{code}");
                if words.chars().count() > max {
                    report(&field, DraftProblemKind::TooLong { max });
                }
                // A task text has lines; a title has one.
                let allowed =
                    |c: char| field.starts_with("text") && matches!(c, '\n' | '\t' | '\r');
                if words.chars().any(|c| c.is_control() && !allowed(c)) {
                    report(&field, DraftProblemKind::ControlCharacters);
                }
            }
        }
        for code in ["lv", "en"] {
            let has = |text: &EitherLanguage| !text.localized_raw(code).trim().is_empty();
            if has(&self.title) != has(&self.text)
                && !self.title.is_empty()
                && !self.text.is_empty()
            {
                let field = if has(&self.title) { "text" } else { "title" };
                report(
                    &format!("{field}.{code}"),
                    DraftProblemKind::OtherLanguageMissing,
                );
            }
        }
        if self.solution.trim().is_empty() {
            report("solution", DraftProblemKind::Missing);
        }
        for (field, code) in [("starter", &self.starter), ("solution", &self.solution)] {
            if code.len() > MAX_CODE_BYTES {
                report(
                    field,
                    DraftProblemKind::TooLong {
                        max: MAX_CODE_BYTES,
                    },
                );
            }
        }
        match &self.checks {
            OwnChecks::Script { check_py } => {
                if check_py.trim().is_empty() {
                    report("check_py", DraftProblemKind::Missing);
                } else if check_py.len() > MAX_CODE_BYTES {
                    report(
                        "check_py",
                        DraftProblemKind::TooLong {
                            max: MAX_CODE_BYTES,
                        },
                    );
                }
            }
            OwnChecks::Form(form) => form.problems(&mut report),
        }
        problems
    }

    /// Its `check.py`.
    pub fn check_py(&self) -> String {
        match &self.checks {
            OwnChecks::Script { check_py } => check_py.clone(),
            OwnChecks::Form(form) => form.check_py(),
        }
    }
}

impl EitherLanguage {
    fn localized_raw(&self, code: &str) -> &str {
        if code == "en" { &self.en } else { &self.lv }
    }
}

/// Whether `name` is a Python identifier of ASCII letters, digits and `_` (not a keyword).
pub fn is_python_name(name: &str) -> bool {
    const KEYWORDS: [&str; 35] = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
        "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
        "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
        "try", "while", "with", "yield",
    ];
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|first| first.is_ascii_alphabetic() || first == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && name.len() <= 100
        && !KEYWORDS.contains(&name)
}

impl FormChecks {
    fn problems(&self, report: &mut impl FnMut(&str, DraftProblemKind)) {
        let function_checks = self
            .function
            .as_ref()
            .is_some_and(|function| !function.cases.is_empty() || function.random.is_some());
        if self.outputs.is_empty() && !function_checks && self.random_inputs.is_none() {
            report("checks", DraftProblemKind::NoChecks);
        }
        if self.outputs.len() > MAX_CASES {
            report("outputs", DraftProblemKind::TooMany { max: MAX_CASES });
        }
        for (index, case) in self.outputs.iter().enumerate() {
            if case.input.len() > MAX_INPUT_LINES {
                report(
                    &format!("outputs.{index}.input"),
                    DraftProblemKind::TooMany {
                        max: MAX_INPUT_LINES,
                    },
                );
            }
            for (field, text) in case
                .input
                .iter()
                .map(|line| ("input", line))
                .chain([("output", &case.output)])
            {
                check_case_text(&format!("outputs.{index}.{field}"), text, field, report);
            }
        }
        if let Some(function) = &self.function {
            if !is_python_name(&function.name) {
                report("function.name", DraftProblemKind::NotAName);
            }
            if function.cases.len() > MAX_CASES {
                report(
                    "function.cases",
                    DraftProblemKind::TooMany { max: MAX_CASES },
                );
            }
            for (index, case) in function.cases.iter().enumerate() {
                check_case_text(
                    &format!("function.cases.{index}.args"),
                    &case.args,
                    "args",
                    report,
                );
                check_case_text(
                    &format!("function.cases.{index}.expected"),
                    &case.expected,
                    "expected",
                    report,
                );
            }
            if let Some(random) = &function.random {
                random.problems("function.random", report);
            }
        }
        if let Some(random) = &self.random_inputs {
            random.problems("random_inputs", report);
        }
    }

    /// The `check.py` the form stands for, with the `checks` module's functions.
    pub fn check_py(&self) -> String {
        let mut code = String::from("from checks import *\n");
        for case in &self.outputs {
            code.push_str(&format!(
                "output_is({}, input={})\n",
                python_string(&case.output),
                python_list(&case.input)
            ));
        }
        if let Some(function) = &self.function {
            for case in &function.cases {
                // The arguments and the value are Python, parsed by the server before saving.
                let args = case.args.trim();
                let args = if args.is_empty() {
                    "()".to_owned()
                } else {
                    format!("({args},)")
                };
                code.push_str(&format!(
                    "returns({}, {args}, {})\n",
                    python_string(&function.name),
                    case.expected.trim()
                ));
            }
            if let Some(random) = &function.random {
                code.push_str(&format!(
                    "same_as_solution({}, random_cases=lambda rng: ({},), count={})\n",
                    python_string(&function.name),
                    random.draws(),
                    random.count
                ));
            }
        }
        if let Some(random) = &self.random_inputs {
            code.push_str(&format!(
                "import random as _random\n_rng = _random.Random(1)\n\
                 same_output_as_solution(inputs=[[str(n) for n in ({},)] for _ in range({})])\n",
                random.draws_with("_rng"),
                random.count
            ));
        }
        code
    }
}

fn check_case_text(
    field: &str,
    text: &str,
    kind: &str,
    report: &mut impl FnMut(&str, DraftProblemKind),
) {
    if text.chars().count() > MAX_CASE_CHARS {
        report(
            field,
            DraftProblemKind::TooLong {
                max: MAX_CASE_CHARS,
            },
        );
    }
    // An expected output may have several lines; an input line, arguments and a value have one.
    let allowed = |c: char| kind == "output" && matches!(c, '\n' | '\t' | '\r');
    if text.chars().any(|c| c.is_control() && !allowed(c)) {
        report(field, DraftProblemKind::ControlCharacters);
    }
    // A function may take no arguments, but it returns something.
    if kind == "expected" && text.trim().is_empty() {
        report(field, DraftProblemKind::Missing);
    }
}

impl RandomNumbers {
    fn problems(&self, field: &str, report: &mut impl FnMut(&str, DraftProblemKind)) {
        if self.ranges.is_empty()
            || self.ranges.len() > MAX_INPUT_LINES
            || self.count == 0
            || self.count > MAX_RANDOM_CASES
            || self.ranges.iter().any(|range| range.low > range.high)
        {
            report(field, DraftProblemKind::BadRange);
        }
    }

    fn draws(&self) -> String {
        self.draws_with("rng")
    }

    fn draws_with(&self, rng: &str) -> String {
        self.ranges
            .iter()
            .map(|range| format!("{rng}.randint({}, {})", range.low, range.high))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// `text` as a Python string literal in double quotes: a backslash, a quote and every control
/// character escaped, the rest as it is (check.py is UTF-8).
fn python_string(text: &str) -> String {
    let mut literal = String::with_capacity(text.len() + 2);
    literal.push('"');
    for c in text.chars() {
        match c {
            '\\' => literal.push_str("\\\\"),
            '"' => literal.push_str("\\\""),
            '\n' => literal.push_str("\\n"),
            '\r' => literal.push_str("\\r"),
            '\t' => literal.push_str("\\t"),
            c if c.is_control() => literal.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => literal.push(c),
        }
    }
    literal.push('"');
    literal
}

fn python_list(lines: &[String]) -> String {
    format!(
        "[{}]",
        lines
            .iter()
            .map(|line| python_string(line))
            .collect::<Vec<_>>()
            .join(", ")
    )
}

/// `GET /api/own-exercises`: one of the teacher's exercises in their list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct OwnExerciseSummary {
    pub id: String,
    /// Its item key (`own/<id>`), for assigning.
    pub item: String,
    pub title: crate::Localized,
    pub updated_at: i64,
    /// How many of the teacher's classes have it assigned.
    pub assigned: u32,
}

/// `GET /api/own-exercises/{id}/draft`: the exercise as its teacher wrote it, for editing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct OwnExerciseDraft {
    pub id: String,
    pub item: String,
    pub exercise: OwnExercise,
    pub updated_at: i64,
}

impl OwnExerciseDraft {
    /// The exercise `id` as written, under its item key.
    pub fn new(id: String, exercise: OwnExercise, updated_at: i64) -> OwnExerciseDraft {
        OwnExerciseDraft {
            item: item_of(&id),
            id,
            exercise,
            updated_at,
        }
    }
}

/// `POST /api/own-exercises/check`: what is wrong with a draft, or, when nothing is, the student's
/// view of it (its task rendered, its `check.py` made), for the page to run in the worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct OwnExerciseCheck {
    pub problems: Vec<DraftProblem>,
    pub preview: Option<crate::ExerciseDetail>,
}

/// The item key of the own exercise `id`.
pub fn item_of(id: &str) -> String {
    format!("{OWN_COURSE}/{id}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> OwnExercise {
        OwnExercise {
            title: EitherLanguage {
                lv: "Dubulto".into(),
                en: String::new(),
            },
            text: EitherLanguage {
                lv: "Uzraksti funkciju `double`.".into(),
                en: String::new(),
            },
            starter: "def double(n):\n    pass\n".into(),
            solution: "def double(n):\n    return 2 * n\n".into(),
            checks: OwnChecks::Form(FormChecks {
                outputs: vec![],
                function: Some(FunctionChecks {
                    name: "double".into(),
                    cases: vec![CallCase {
                        args: "3".into(),
                        expected: "6".into(),
                    }],
                    random: Some(RandomNumbers {
                        ranges: vec![NumberRange { low: -5, high: 5 }],
                        count: 10,
                    }),
                }),
                random_inputs: None,
            }),
        }
    }

    fn fields(exercise: &OwnExercise) -> Vec<String> {
        exercise
            .problems()
            .into_iter()
            .map(|problem| problem.field)
            .collect()
    }

    #[test]
    fn a_complete_draft_in_one_language_has_no_problems_and_reads_in_both() {
        let exercise = draft();
        assert_eq!(exercise.problems(), vec![]);
        assert_eq!(exercise.title.localized().en, "Dubulto");
        assert_eq!(exercise.title.localized().lv, "Dubulto");
    }

    #[test]
    fn missing_too_long_and_half_translated_fields_are_named() {
        let mut exercise = draft();
        exercise.title.lv = String::new();
        exercise.text.lv = String::new();
        assert_eq!(fields(&exercise), ["title", "text"]);

        let mut exercise = draft();
        exercise.title.en = "Double".into();
        assert_eq!(fields(&exercise), ["text.en"]);
        assert_eq!(
            exercise.problems()[0].problem,
            DraftProblemKind::OtherLanguageMissing
        );

        let mut exercise = draft();
        exercise.title.lv = "x".repeat(MAX_TITLE_CHARS + 1);
        exercise.solution = " \n".into();
        assert_eq!(fields(&exercise), ["title.lv", "solution"]);

        let mut exercise = draft();
        exercise.title.lv = "a\u{7}b".into();
        assert_eq!(fields(&exercise), ["title.lv"]);
    }

    #[test]
    fn the_form_needs_a_check_a_name_and_ranges_that_make_sense() {
        let mut exercise = draft();
        exercise.checks = OwnChecks::Form(FormChecks::default());
        assert_eq!(fields(&exercise), ["checks"]);

        let mut exercise = draft();
        if let OwnChecks::Form(form) = &mut exercise.checks {
            let function = form.function.as_mut().expect("a function");
            function.name = "2x".into();
            function.random = Some(RandomNumbers {
                ranges: vec![NumberRange { low: 5, high: 1 }],
                count: 10,
            });
            form.outputs.push(OutputCase {
                input: vec!["a\nb".into()],
                output: "two\nlines".into(),
            });
        }
        assert_eq!(
            fields(&exercise),
            ["outputs.0.input", "function.name", "function.random"]
        );
        assert!(!is_python_name("class"));
        assert!(is_python_name("_area2"));
    }

    #[test]
    fn the_form_becomes_a_check_py_with_the_checks_module() {
        let mut exercise = draft();
        if let OwnChecks::Form(form) = &mut exercise.checks {
            form.outputs.push(OutputCase {
                input: vec!["Anna".into()],
                output: "Sveiki, \"Anna\"!\n".into(),
            });
            form.random_inputs = Some(RandomNumbers {
                ranges: vec![
                    NumberRange { low: 1, high: 9 },
                    NumberRange { low: -3, high: 3 },
                ],
                count: 5,
            });
        }
        assert_eq!(
            exercise.check_py(),
            "from checks import *\n\
             output_is(\"Sveiki, \\\"Anna\\\"!\\n\", input=[\"Anna\"])\n\
             returns(\"double\", (3,), 6)\n\
             same_as_solution(\"double\", random_cases=lambda rng: (rng.randint(-5, 5),), count=10)\n\
             import random as _random\n_rng = _random.Random(1)\n\
             same_output_as_solution(inputs=[[str(n) for n in (_rng.randint(1, 9), _rng.randint(-3, 3),)] for _ in range(5)])\n"
        );
        let script = OwnChecks::Script {
            check_py: "from checks import *\nuses('for')\n".into(),
        };
        exercise.checks = script;
        assert_eq!(exercise.check_py(), "from checks import *\nuses('for')\n");
    }
}
