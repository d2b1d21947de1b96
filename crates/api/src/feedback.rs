//! A teacher's feedback on a student's work on an assigned item: comments on lines of a run's
//! code, answered by either side, and a verdict (accepted, or sent back for another try).
//!
//! A comment stays with the run it was written on: its `quoted` lines are that run's, and the
//! page finds where they are in today's code ([`find_quoted`]) or says they changed.

use serde::{Deserialize, Serialize};
#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// Longest comment, reply or note, in characters.
pub const MAX_COMMENT_CHARS: usize = 2000;
/// Most comments (replies included) on one student's item in one class.
pub const MAX_COMMENTS_PER_ITEM: u32 = 200;
/// Most lines one comment may be on.
pub const MAX_COMMENTED_LINES: u32 = 50;

/// A teacher's word on an assigned item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Accepted,
    SentBack,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Accepted => "accepted",
            Verdict::SentBack => "sent_back",
        }
    }

    pub fn parse(text: &str) -> Option<Verdict> {
        match text {
            "accepted" => Some(Verdict::Accepted),
            "sent_back" => Some(Verdict::SentBack),
            _ => None,
        }
    }
}

/// A verdict as it stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Review {
    pub verdict: Verdict,
    /// The teacher's note (may be empty for an acceptance).
    pub note: String,
    pub at: i64,
    /// Sent back, and the student has solved it again since.
    pub resubmitted: bool,
}

/// `PUT /api/classes/{id}/students/{student}/review`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct NewReview {
    pub item: String,
    pub verdict: Verdict,
    #[serde(default)]
    pub note: String,
}

/// One comment or reply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Comment {
    pub id: String,
    /// The first comment of its thread (its own id for the first).
    pub thread: String,
    /// The run whose code it is on, and when that run was.
    pub attempt: String,
    pub attempt_at: i64,
    /// Lines of that run's code, counted from 1.
    pub first_line: u32,
    pub last_line: u32,
    /// Those lines, as they were in that run.
    pub quoted: String,
    pub by_teacher: bool,
    pub author: String,
    pub body: String,
    pub at: i64,
    /// Written by the other side and not yet seen by the one asking.
    pub new: bool,
}

/// `GET /api/classes/{id}/students/{student}/feedback?item=…`: the thread of comments on the
/// student's item in that class, oldest first, and the verdict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Feedback {
    pub comments: Vec<Comment>,
    pub review: Option<Review>,
}

/// `GET /api/me/feedback?item=…`: what the student's teachers said on the item, by class.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct MyFeedback {
    pub classes: Vec<ClassFeedback>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ClassFeedback {
    pub class_name: String,
    #[serde(flatten)]
    pub feedback: Feedback,
}

/// `POST /api/classes/{id}/students/{student}/comments`: a teacher's comment on lines of a run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct NewComment {
    pub item: String,
    pub attempt: String,
    pub first_line: u32,
    pub last_line: u32,
    pub body: String,
}

/// `POST …/comments/{thread}` (the teacher) or `POST /api/me/comments/{thread}` (the student): an
/// answer in a thread.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct NewReply {
    pub body: String,
}

/// `POST …/feedback/seen` and `POST /api/me/feedback/seen`: the reader has seen what is new on an
/// item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Seen {
    pub item: String,
}

/// Most runs the timeline shows (the latest).
pub const MAX_TIMELINE_RUNS: usize = 100;
/// Lines added in one step from which the timeline marks a large insertion.
pub const LARGE_INSERTION_LINES: u32 = 8;
/// A paste's size, in characters, from which the timeline marks it.
pub const LARGE_PASTE_CHARS: u32 = 200;

/// `GET /api/classes/{id}/students/{student}/runs?item=…`: a student's runs of an item, oldest
/// first, each with its change from the run before.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Run {
    pub id: String,
    pub at: i64,
    pub passed: bool,
    /// Lines added and removed since the run before (for the first, all its lines are added).
    pub added: u32,
    pub removed: u32,
    /// The change, line by line: what changed with up to two unchanged lines around it, and a
    /// gap between such groups.
    pub diff: Vec<DiffLine>,
    /// The sizes of the pastes into the editor before this run.
    pub pasted: Vec<u32>,
    /// At least [`LARGE_INSERTION_LINES`] lines added, or a paste of [`LARGE_PASTE_CHARS`]
    /// characters or more.
    pub large: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct DiffLine {
    pub kind: DiffKind,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DiffKind {
    Same,
    Added,
    Removed,
    /// Unchanged lines left out.
    Gap,
}

/// From how alike (in percent) two programs are listed.
pub const MIN_SIMILAR_PERCENT: u8 = 50;
/// Most pairs listed.
pub const MAX_SIMILAR_PAIRS: usize = 30;

/// `GET /api/classes/{id}/similarity?item=…`: the class's latest programs for an item, compared in
/// pairs once names, comments and formatting are set aside.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Similarity {
    /// Students whose programs were compared.
    pub compared: u32,
    /// Students whose program is too short to compare, or only what everyone was given.
    pub too_short: u32,
    /// Pairs at least [`MIN_SIMILAR_PERCENT`] alike, most alike first (at most
    /// [`MAX_SIMILAR_PAIRS`]).
    pub pairs: Vec<SimilarPair>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct SimilarPair {
    pub first: PairSide,
    pub second: PairSide,
    pub percent: u8,
}

/// One student of a pair, with their program.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct PairSide {
    pub student: String,
    pub name: String,
    pub code: String,
}

/// A comment's or a note's text, trimmed: up to [`MAX_COMMENT_CHARS`], no control characters but
/// line breaks and tabs; a comment may not be empty (`allow_empty` for a note).
pub fn clean_comment(
    text: &str,
    allow_empty: bool,
) -> Result<String, crate::classes::FieldProblem> {
    use crate::classes::FieldProblem;
    let text = text.trim();
    if text.is_empty() && !allow_empty {
        Err(FieldProblem::Empty)
    } else if text.chars().count() > MAX_COMMENT_CHARS {
        Err(FieldProblem::TooLong {
            max: MAX_COMMENT_CHARS,
        })
    } else if text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r')
    {
        Err(FieldProblem::ControlCharacters)
    } else {
        Ok(text.replace("\r\n", "\n"))
    }
}

/// Lines `first..=last` of `code` (from 1), or `None` when the code has no such lines.
pub fn quote(code: &str, first: u32, last: u32) -> Option<String> {
    let lines: Vec<&str> = code.lines().collect();
    let (first, last) = (usize::try_from(first).ok()?, usize::try_from(last).ok()?);
    (first >= 1 && first <= last && last <= lines.len()).then(|| lines[first - 1..last].join("\n"))
}

/// Where the `quoted` lines (first line `was_at`) are in `code` now: the first line of the place
/// where they all stand, line for line (spaces at the ends aside), nearest to where they were; or
/// `None` when they are nowhere, as they were.
pub fn find_quoted(code: &str, quoted: &str, was_at: u32) -> Option<u32> {
    let wanted: Vec<&str> = quoted.lines().map(str::trim).collect();
    let lines: Vec<&str> = code.lines().map(str::trim).collect();
    if wanted.is_empty() || wanted.iter().all(|line| line.is_empty()) || wanted.len() > lines.len()
    {
        return None;
    }
    (0..=lines.len() - wanted.len())
        .filter(|&start| lines[start..start + wanted.len()] == wanted[..])
        .map(|start| start as u32 + 1)
        .min_by_key(|&line| line.abs_diff(was_at))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quote_is_the_lines_asked_for() {
        let code = "a = 1\nb = 2\nprint(a + b)\n";
        assert_eq!(quote(code, 2, 3).as_deref(), Some("b = 2\nprint(a + b)"));
        assert_eq!(quote(code, 1, 1).as_deref(), Some("a = 1"));
        assert_eq!(quote(code, 0, 1), None);
        assert_eq!(quote(code, 3, 2), None);
        assert_eq!(quote(code, 3, 4), None);
    }

    #[test]
    fn quoted_lines_are_found_where_they_moved_or_not_at_all() {
        let then = "name = input()\nprint('Hi', name)";
        let now = "# greeting\nname = input()\n    print('Hi', name)  ";
        assert_eq!(find_quoted(now, "print('Hi', name)", 2), Some(3));
        assert_eq!(find_quoted(now, then, 1), Some(2));
        assert_eq!(find_quoted(now, "print('Hello', name)", 2), None);
        assert_eq!(find_quoted(now, "", 1), None);
        // Of two places, the nearer one.
        let twice = "x = 1\ny = 2\nx = 1\n";
        assert_eq!(find_quoted(twice, "x = 1", 3), Some(3));
        assert_eq!(find_quoted(twice, "x = 1", 1), Some(1));
    }

    #[test]
    fn a_comment_is_trimmed_and_bounded() {
        use crate::classes::FieldProblem;
        assert_eq!(
            clean_comment("  Labi!\r\nBet…  ", false),
            Ok("Labi!\nBet…".into())
        );
        assert_eq!(clean_comment("  ", false), Err(FieldProblem::Empty));
        assert_eq!(clean_comment("  ", true), Ok(String::new()));
        assert_eq!(
            clean_comment(&"ā".repeat(2001), false),
            Err(FieldProblem::TooLong { max: 2000 })
        );
        assert_eq!(
            clean_comment("a\u{1b}[31m", false),
            Err(FieldProblem::ControlCharacters)
        );
    }
}
