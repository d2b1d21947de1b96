//! How alike two students' programs are once names, comments and formatting are set aside, as
//! MOSS and Dolos measure it: each program is read as Python tokens (ruff's parser, which
//! RustPython uses), with every name that is not a builtin made one "name", every string one
//! "string" and every number one "number"; runs of [`K`] tokens are hashed, and winnowing keeps
//! the smallest hash of every [`WINDOW`] in a row as the program's fingerprints. Two programs'
//! similarity is the share of fingerprints they have in common (Dice: twice the shared over the
//! sum). Fingerprints of the exercise's own starter are left out of both, as MOSS leaves out base
//! code: everyone was given those.

use std::collections::HashSet;
use std::hash::{DefaultHasher, Hash, Hasher};

use ruff_python_ast::PySourceType;
use ruff_python_ast::token::TokenKind;

/// Tokens in a hashed run.
const K: usize = 6;
/// Hashes in a winnowing window.
const WINDOW: usize = 4;

/// Python's builtins a beginner calls: kept as themselves, since which one a program calls is
/// part of what it does.
const BUILTINS: [&str; 24] = [
    "print",
    "input",
    "int",
    "float",
    "str",
    "len",
    "range",
    "list",
    "dict",
    "set",
    "tuple",
    "sum",
    "min",
    "max",
    "abs",
    "round",
    "sorted",
    "enumerate",
    "zip",
    "bool",
    "type",
    "open",
    "map",
    "filter",
];

/// A token as the comparison sees it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Token<'a> {
    Kind(TokenKind),
    Builtin(&'a str),
}

/// `code`'s tokens, normalised: comments and line breaks inside brackets dropped, names,
/// strings and numbers made alike (but builtins).
fn tokens(code: &str) -> Vec<Token<'_>> {
    let parsed = ruff_python_parser::parse_unchecked_source(code, PySourceType::Python);
    parsed
        .tokens()
        .iter()
        .filter_map(|token| {
            use ruff_text_size::Ranged as _;
            let kind = token.kind();
            match kind {
                TokenKind::Comment | TokenKind::NonLogicalNewline | TokenKind::EndOfFile => None,
                TokenKind::Name => {
                    let text =
                        code.get(token.range().start().to_usize()..token.range().end().to_usize())?;
                    Some(match BUILTINS.iter().find(|builtin| **builtin == text) {
                        Some(builtin) => Token::Builtin(builtin),
                        None => Token::Kind(TokenKind::Name),
                    })
                }
                TokenKind::Float | TokenKind::Complex => Some(Token::Kind(TokenKind::Int)),
                TokenKind::FStringStart | TokenKind::TStringStart => {
                    Some(Token::Kind(TokenKind::String))
                }
                TokenKind::FStringMiddle
                | TokenKind::FStringEnd
                | TokenKind::TStringMiddle
                | TokenKind::TStringEnd => None,
                kind => Some(Token::Kind(kind)),
            }
        })
        .collect()
}

/// `code`'s fingerprints: the winnowed hashes of its runs of [`K`] tokens (none for a program
/// shorter than that).
pub fn fingerprints(code: &str) -> HashSet<u64> {
    let tokens = tokens(code);
    let hashes: Vec<u64> = tokens
        .windows(K)
        .map(|run| {
            let mut hasher = DefaultHasher::new();
            run.hash(&mut hasher);
            hasher.finish()
        })
        .collect();
    if hashes.len() < WINDOW {
        return hashes.into_iter().collect();
    }
    hashes
        .windows(WINDOW)
        .filter_map(|window| window.iter().min().copied())
        .collect()
}

/// A program's fingerprints without those of the code every student was given.
pub fn own_fingerprints(code: &str, given: &HashSet<u64>) -> HashSet<u64> {
    fingerprints(code)
        .into_iter()
        .filter(|print| !given.contains(print))
        .collect()
}

/// How alike two programs' fingerprints are, from 0 to 1; `None` when either has none to
/// compare.
pub fn similarity(a: &HashSet<u64>, b: &HashSet<u64>) -> Option<f64> {
    if a.is_empty() || b.is_empty() {
        return None;
    }
    let shared = a.intersection(b).count();
    Some(2.0 * shared as f64 / (a.len() + b.len()) as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn alike(a: &str, b: &str) -> f64 {
        similarity(&fingerprints(a), &fingerprints(b)).unwrap()
    }

    const ORIGINAL: &str = "name = input('Name? ')\nage = int(input('Age? '))\n\
        for year in range(1, 11):\n    print(name, 'will be', age + year)\n\
        if age > 12:\n    print('teen')\nelse:\n    print('child')\n";

    #[test]
    fn new_names_comments_and_spacing_do_not_hide_the_same_program() {
        let disguised = "# my own work!\nvards = input(\"Vārds? \")  # asks\n\
            vecums = int( input( \"Vecums? \" ) )\n\n\
            for gads in range(2, 12):\n    print(vards, \"būs\", vecums + gads)\n\
            if vecums > 13:\n    print(\"pusaudzis\")\nelse:\n    print(\"bērns\")\n";
        assert_eq!(alike(ORIGINAL, disguised), 1.0);
    }

    #[test]
    fn a_different_program_is_not_alike() {
        let other = "total = 0\nwhile True:\n    line = input()\n    if not line:\n        break\n\
            total += float(line)\nprint(round(total, 2))\n";
        assert!(alike(ORIGINAL, other) < 0.2, "{}", alike(ORIGINAL, other));
        // Half of it the same: in between.
        let half = "name = input('Name? ')\nage = int(input('Age? '))\n\
            for year in range(1, 11):\n    print(name, 'will be', age + year)\n\
            total = 0\nwhile True:\n    line = input()\n    if not line:\n        break\n";
        let score = alike(ORIGINAL, half);
        assert!((0.3..0.8).contains(&score), "{score}");
    }

    #[test]
    fn what_everyone_was_given_does_not_count_and_tiny_programs_are_not_compared() {
        let starter = "name = input('Name? ')\nage = int(input('Age? '))\n";
        let given = fingerprints(starter);
        let only_starter = own_fingerprints(starter, &given);
        assert!(only_starter.is_empty());
        assert_eq!(similarity(&only_starter, &fingerprints(ORIGINAL)), None);
        assert!(fingerprints("x").is_empty());
        // Code that does not parse is still read as tokens.
        assert!(!fingerprints("for i in range(10)\n    print(i, i * i, i ** 3)\n").is_empty());
    }
}
