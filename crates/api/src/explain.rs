//! Friendly explanations of the errors beginners meet most, shown beside Python's own traceback.
//!
//! [`explain`] recognises an error by its type and message and names a Fluent message (`explain-…`,
//! in the app's `locales/`) with the parts of the message it needs, such as the misspelt name. The
//! runtime's tests run real programs through it, so a change in the interpreter's wording fails a
//! test rather than silently dropping an explanation.

use std::collections::BTreeMap;

use crate::python::PythonError;

/// Which explanation fits an error, and what to fill in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explanation {
    /// A Fluent message id, `explain-…`.
    pub key: &'static str,
    pub args: BTreeMap<&'static str, String>,
}

impl Explanation {
    fn new(key: &'static str) -> Explanation {
        Explanation {
            key,
            args: BTreeMap::new(),
        }
    }

    fn with(mut self, name: &'static str, value: impl Into<String>) -> Explanation {
        self.args.insert(name, value.into());
        self
    }
}

/// Every explanation key [`explain`] can give, for the app's test that each has a text.
pub const KEYS: &[&str] = &[
    "explain-name",
    "explain-name-suggestion",
    "explain-indent-expected",
    "explain-indent-unexpected",
    "explain-indent-mismatch",
    "explain-syntax-string",
    "explain-syntax-bracket",
    "explain-syntax-colon",
    "explain-syntax-equals",
    "explain-syntax",
    "explain-str-plus-int",
    "explain-operand",
    "explain-zero-division",
    "explain-int-literal",
    "explain-index",
    "explain-key",
    "explain-attribute",
    "explain-arguments",
    "explain-not-callable",
    "explain-recursion",
    "explain-memory",
    "explain-unbound-local",
    "explain-module",
    "explain-module-download",
];

/// The explanation for `error`, if it is one beginners often meet.
pub fn explain(error: &PythonError) -> Option<Explanation> {
    let message = error.message.as_str();
    let lower = message.to_lowercase();
    let explanation = match error.kind.as_str() {
        "NameError" => {
            let name = quoted(message).unwrap_or_default();
            match suggestion(message) {
                Some(suggested) => Explanation::new("explain-name-suggestion")
                    .with("name", name)
                    .with("suggestion", suggested),
                None => Explanation::new("explain-name").with("name", name),
            }
        }
        "UnboundLocalError" => {
            Explanation::new("explain-unbound-local").with("name", quoted(message)?)
        }
        "IndentationError" | "TabError" => {
            if lower.contains("unexpected indent") {
                Explanation::new("explain-indent-unexpected")
            } else if lower.contains("unindent") || lower.contains("does not match") {
                Explanation::new("explain-indent-mismatch")
            } else {
                Explanation::new("explain-indent-expected")
            }
        }
        "SyntaxError" => syntax(&lower),
        "TypeError" => type_error(message, &lower)?,
        "ZeroDivisionError" => Explanation::new("explain-zero-division"),
        "ValueError" if lower.starts_with("invalid literal for int()") => {
            let text = message
                .split_once(": ")
                .map(|(_, text)| text.to_owned())
                .unwrap_or_default();
            Explanation::new("explain-int-literal").with("text", text)
        }
        "IndexError" => Explanation::new("explain-index"),
        "KeyError" => Explanation::new("explain-key").with("key", message.to_owned()),
        "AttributeError" => {
            let mut names = quoted_all(message);
            let type_name = names.next()?;
            let attribute = names.next()?;
            Explanation::new("explain-attribute")
                .with("type", type_name)
                .with("name", attribute)
        }
        "RecursionError" => Explanation::new("explain-recursion"),
        "MemoryError" => Explanation::new("explain-memory"),
        "ModuleNotFoundError" => Explanation::new("explain-module").with("name", quoted(message)?),
        // A module of the on-demand library (`darbnica_python::on_demand`) the worker could not
        // download.
        "ImportError" if lower.contains("could not be downloaded") => {
            Explanation::new("explain-module-download").with("name", quoted(message)?)
        }
        _ => return None,
    };
    Some(explanation)
}

fn syntax(lower: &str) -> Explanation {
    let has = |needles: &[&str]| needles.iter().any(|needle| lower.contains(needle));
    if has(&[
        "unterminated string",
        "missing closing quote",
        "eol while scanning",
    ]) {
        Explanation::new("explain-syntax-string")
    } else if has(&[
        "was never closed",
        "unmatched",
        "does not match opening",
        "expected ')'",
    ]) || has(&["expected ']'", "expected '}'"])
    {
        Explanation::new("explain-syntax-bracket")
    } else if has(&["expected ':'"]) {
        Explanation::new("explain-syntax-colon")
    } else if has(&[
        "maybe you meant '=='",
        "assignment expression",
        "cannot assign to",
    ]) {
        Explanation::new("explain-syntax-equals")
    } else {
        Explanation::new("explain-syntax")
    }
}

fn type_error(message: &str, lower: &str) -> Option<Explanation> {
    if lower.starts_with("can only concatenate str")
        || (lower.starts_with("unsupported operand") && lower.contains("'str'"))
    {
        return Some(Explanation::new("explain-str-plus-int"));
    }
    if lower.starts_with("unsupported operand") {
        let mut names = quoted_all(message);
        let left = names.next()?;
        let right = names.next()?;
        return Some(
            Explanation::new("explain-operand")
                .with("left", left)
                .with("right", right),
        );
    }
    if lower.contains("required positional argument")
        || lower.contains("positional argument but")
        || lower.contains("positional arguments but")
    {
        return Some(Explanation::new("explain-arguments"));
    }
    if lower.contains("object is not callable") {
        return Some(Explanation::new("explain-not-callable").with("type", quoted(message)?));
    }
    None
}

/// The first `'…'` in `message`.
fn quoted(message: &str) -> Option<String> {
    quoted_all(message).next()
}

fn quoted_all(message: &str) -> impl Iterator<Item = String> + '_ {
    message.split('\'').skip(1).step_by(2).map(str::to_owned)
}

/// The name after "Did you mean:", as Python's NameError suggestions put it.
fn suggestion(message: &str) -> Option<String> {
    let (_, after) = message.split_once("Did you mean")?;
    quoted(after)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(kind: &str, message: &str) -> PythonError {
        PythonError {
            kind: kind.into(),
            message: message.into(),
            line: Some(1),
            column: None,
            frames: Vec::new(),
            traceback: String::new(),
        }
    }

    fn explained(kind: &str, message: &str) -> Option<Explanation> {
        explain(&error(kind, message))
    }

    fn key(kind: &str, message: &str) -> Option<&'static str> {
        explained(kind, message).map(|explanation| explanation.key)
    }

    #[test]
    fn a_misspelt_name_gets_its_suggestion() {
        assert_eq!(
            explained(
                "NameError",
                "name 'pirnt' is not defined. Did you mean: 'print'?"
            ),
            Some(
                Explanation::new("explain-name-suggestion")
                    .with("name", "pirnt")
                    .with("suggestion", "print")
            )
        );
        assert_eq!(
            key("NameError", "name 'vards' is not defined"),
            Some("explain-name")
        );
    }

    #[test]
    fn adding_text_and_a_number_is_recognised_both_ways() {
        assert_eq!(
            key("TypeError", "can only concatenate str (not \"int\") to str"),
            Some("explain-str-plus-int")
        );
        assert_eq!(
            key(
                "TypeError",
                "unsupported operand type(s) for +: 'int' and 'str'"
            ),
            Some("explain-str-plus-int")
        );
        let other = explained(
            "TypeError",
            "unsupported operand type(s) for -: 'list' and 'int'",
        )
        .unwrap();
        assert_eq!(other.key, "explain-operand");
        assert_eq!(other.args["left"], "list");
    }

    #[test]
    fn errors_beginners_rarely_meet_get_no_explanation() {
        assert_eq!(key("OverflowError", "math range error"), None);
        assert_eq!(key("TypeError", "something unusual"), None);
    }

    #[test]
    fn every_key_given_is_listed() {
        for (kind, message) in [
            ("NameError", "name 'x' is not defined"),
            ("ZeroDivisionError", "division by zero"),
            ("IndexError", "list index out of range"),
            ("KeyError", "'a'"),
            ("RecursionError", "maximum recursion depth exceeded"),
            ("MemoryError", ""),
            ("SyntaxError", "invalid syntax"),
            ("IndentationError", "unexpected indent"),
        ] {
            let found = key(kind, message).unwrap();
            assert!(KEYS.contains(&found), "{found} is not in KEYS");
        }
    }
}
