//! Accounts, classes, assignments and progress: the teacher's side of the portal and the
//! student's synced progress.
//!
//! Times are milliseconds since 1970 (UTC), as JavaScript's `Date.now()` gives them. Items (what a
//! teacher assigns and a student works on) are named by [`ItemKey`] strings: `"<course>/<exercise>"`
//! for an exercise, `"model:<id>"` for a 3D project of the gallery.

use serde::{Deserialize, Serialize};

use crate::{ExerciseKind, Localized};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// The longest password the server accepts (hashing is deliberately slow; a megabyte "password"
/// would be an attack).
pub const MAX_PASSWORD_CHARS: usize = 200;
/// The shortest password the server accepts.
pub const MIN_PASSWORD_CHARS: usize = 8;
/// The shortest password of a student. The portal suggests passphrases of three words and a
/// number (`crate::passphrase`), which are longer than this and easier to remember than short
/// random letters.
pub const MIN_STUDENT_PASSWORD_CHARS: usize = 10;
/// Display names and class names.
pub const MAX_NAME_CHARS: usize = 80;
/// At most this many attempts in one `POST /api/progress`.
pub const MAX_SYNC_BATCH: usize = 100;
/// The largest code of one attempt, in bytes.
pub const MAX_CODE_BYTES: usize = 64 * 1024;
/// The characters of a join code: no 0/O, 1/I/L, and no U/V pair, so it reads aloud and types
/// without doubt.
pub const JOIN_CODE_ALPHABET: &str = "ABCDEFGHJKMNPQRSTWXYZ23456789";
/// Characters in a join code.
pub const JOIN_CODE_LENGTH: usize = 6;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Teacher,
    Student,
}

/// The signed-in user: `GET /api/me` answers `Option<Me>` (`null` when nobody is signed in).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Me {
    pub id: String,
    pub name: String,
    pub role: Role,
    /// Teachers only.
    pub email: Option<String>,
}

/// `POST /api/auth/signup`: a teacher's new account. Students join a class instead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct SignUp {
    pub name: String,
    pub email: String,
    pub password: String,
}

/// `POST /api/auth/signin`: a teacher signs in with email, a student with a class's join code and
/// the name they chose when joining.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(tag = "as", rename_all = "snake_case")]
pub enum SignIn {
    Teacher {
        email: String,
        password: String,
    },
    Student {
        class_code: String,
        name: String,
        password: String,
    },
}

/// `GET /api/join/{code}`: what a join code leads to, for the join page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct JoinInfo {
    pub code: String,
    pub class_name: String,
    pub teacher_name: String,
}

/// `POST /api/join`: a student joins a class. Without a session a new student account is made
/// with `name` and `password`, in this class: its teacher becomes responsible for the account. A
/// signed-in student joins another class by confirming with their own `password` (name unused):
/// a link from a stranger cannot add them to a class with one click.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Join {
    pub code: String,
    pub name: Option<String>,
    pub password: Option<String>,
}

/// A class as the teacher's list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ClassSummary {
    pub id: String,
    pub name: String,
    pub join_code: String,
    pub archived: bool,
    pub student_count: u32,
    pub assignment_count: u32,
    pub created_at: i64,
}

/// `POST /api/classes`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct NewClass {
    pub name: String,
}

/// `PATCH /api/classes/{id}`: rename, archive or bring back.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ClassChange {
    pub name: Option<String>,
    pub archived: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct StudentRef {
    pub id: String,
    pub name: String,
    pub joined_at: i64,
    /// The student's account was made by joining this class, so this class's teacher is the one
    /// responsible for it: only they can give the student a new password.
    pub account_here: bool,
    /// This class is the only one the student is in and their account was made here: removing
    /// them may also delete the account and its work.
    #[serde(default)]
    pub only_here: bool,
}

/// `PUT /api/classes/{id}/students/{student}/password`: the teacher responsible for a student's
/// account (the class where it was made) gives a student who forgot theirs a new password; the
/// student's sessions on every device end.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct NewPassword {
    pub password: String,
}

/// `PUT /api/me/password`: a signed-in user changes their own password. Their other sessions end.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct PasswordChange {
    pub current: String,
    pub new: String,
}

/// `GET /api/me/sessions`: one place where the user is signed in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct SessionInfo {
    /// The session's public name, for `DELETE /api/me/sessions/{handle}` (not the cookie's secret).
    pub handle: String,
    /// When the user signed in there.
    pub since: i64,
    /// The last request there, to within a few minutes.
    pub last_active: i64,
    /// When it ends by itself unless used again.
    pub expires_at: i64,
    /// The browser and system, e.g. "Firefox, Windows"; empty when unknown.
    pub device: String,
    /// The session this request came from.
    pub current: bool,
}

/// `POST /api/me/sessions/end-others`: how many sessions ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct SessionsEnded {
    pub ended: u32,
}

/// `GET /api/me/data`: everything the portal keeps about the signed-in user, to take with them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct AccountExport {
    pub exported_at: i64,
    pub account: ExportedAccount,
    /// The classes a student is in.
    pub classes_joined: Vec<ExportedMembership>,
    /// The classes a teacher made, with what they assigned (their students' work is the
    /// students' own, and is in each student's export).
    pub classes_taught: Vec<ExportedClass>,
    /// Every run the user saved, with its code.
    pub attempts: Vec<Attempt>,
    /// The comments on the user's work and the ones they wrote (a teacher's, on their students'
    /// work), with the answers; and the verdicts on the user's work or given by them.
    #[serde(default)]
    pub comments: Vec<ExportedComment>,
    #[serde(default)]
    pub reviews: Vec<ExportedReview>,
    /// The exercises a teacher wrote.
    #[serde(default)]
    pub own_exercises: Vec<crate::own_exercises::OwnExerciseDraft>,
    pub sessions: Vec<SessionInfo>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ExportedComment {
    pub class_name: String,
    pub student_name: String,
    pub item: String,
    pub attempt: String,
    pub first_line: u32,
    pub last_line: u32,
    pub author_name: String,
    pub body: String,
    pub at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ExportedReview {
    pub class_name: String,
    pub student_name: String,
    pub item: String,
    pub verdict: crate::feedback::Verdict,
    pub note: String,
    pub at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ExportedAccount {
    pub id: String,
    pub role: Role,
    pub name: String,
    pub email: Option<String>,
    pub created_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ExportedMembership {
    pub class_name: String,
    pub teacher_name: String,
    pub joined_at: i64,
    /// The account was made in this class, whose teacher is responsible for it.
    pub account_made_here: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ExportedClass {
    pub name: String,
    pub join_code: String,
    pub archived: bool,
    pub created_at: i64,
    pub student_count: u32,
    /// The assigned items ([`ItemKey`] strings) with their due dates.
    pub assignments: Vec<ExportedAssignment>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ExportedAssignment {
    pub item: String,
    pub due_at: Option<i64>,
    pub assigned_at: i64,
}

/// `DELETE /api/me`: the account and everything in it go, once the password confirms it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct DeleteAccount {
    pub password: String,
}

/// One assigned item of a class, with what the page needs to show and link it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Assignment {
    pub id: String,
    /// An [`ItemKey`] string.
    pub item: String,
    pub title: Localized,
    pub kind: ExerciseKind,
    /// The app's path for the item, e.g. `/courses/python-pamati/sveika-pasaule`.
    pub path: String,
    pub due_at: Option<i64>,
    pub assigned_at: i64,
}

/// `GET /api/classes/{id}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ClassDetail {
    #[serde(flatten)]
    pub summary: ClassSummary,
    pub students: Vec<StudentRef>,
    pub assignments: Vec<Assignment>,
}

/// `POST /api/classes/{id}/assignments`: assign items (a whole lesson is sent as its items), all
/// with one due date. Items already assigned get the new due date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct NewAssignments {
    pub items: Vec<String>,
    pub due_at: Option<i64>,
}

/// Where a student stands on one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ItemState {
    NotStarted,
    Tried,
    SolvedLate,
    Solved,
}

/// One cell of the class × item grid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct GridCell {
    pub student: String,
    pub item: String,
    pub state: ItemState,
    pub attempts: u32,
    pub last_activity: Option<i64>,
    /// The teacher's verdict, if any.
    #[serde(default)]
    pub review: Option<crate::feedback::Review>,
    /// Comments and answers on the item, and the student's answers the teacher has not read.
    #[serde(default)]
    pub comments: u32,
    #[serde(default)]
    pub new_answers: u32,
}

/// `GET /api/classes/{id}/grid`: rows are students, columns assignments; cells only for pairs
/// with any activity (the rest are not started).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Grid {
    pub students: Vec<StudentRef>,
    pub assignments: Vec<Assignment>,
    pub cells: Vec<GridCell>,
}

impl Grid {
    /// The cell of `student` on `item`, if they did anything on it.
    pub fn cell(&self, student: &str, item: &str) -> Option<&GridCell> {
        self.cells
            .iter()
            .find(|cell| cell.student == student && cell.item == item)
    }
}

/// `GET /api/classes/{id}/students/{student}/code?item=…`: a student's latest code on an item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct StudentCode {
    pub student: String,
    pub item: String,
    /// The run's id, for comments on its lines.
    #[serde(default)]
    pub attempt: String,
    pub code: String,
    pub passed: bool,
    pub at: i64,
}

/// `GET /api/me/assignments`: what the signed-in student has to do, soonest due first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct MyAssignment {
    pub class_name: String,
    #[serde(flatten)]
    pub assignment: Assignment,
    pub state: ItemState,
    /// The teacher's verdict, if any.
    #[serde(default)]
    pub review: Option<crate::feedback::Review>,
    /// The teacher's comments the student has not read yet (and whether the verdict is new).
    #[serde(default)]
    pub new_comments: u32,
    #[serde(default)]
    pub new_review: bool,
}

/// One run of an exercise or model, made and named in the browser. Its `id` is a UUID the browser
/// chose, so sending it twice stores it once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Attempt {
    pub id: String,
    pub item: String,
    pub code: String,
    pub passed: bool,
    /// When it ran, by the browser's clock.
    pub at: i64,
    /// The sizes, in characters, of the pastes into the editor since the run before (at most
    /// [`MAX_PASTES`]); never what was pasted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pasted: Vec<u32>,
}

/// Most pastes one attempt records.
pub const MAX_PASTES: usize = 100;

/// `POST /api/progress`: attempts made since the last sync (at most [`MAX_SYNC_BATCH`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct SyncBatch {
    pub attempts: Vec<Attempt>,
}

/// The answer to a sync: every attempt of the batch is now stored (`stored` new ones, `duplicates`
/// already there from an earlier try).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct SyncResult {
    pub stored: u32,
    pub duplicates: u32,
}

/// `GET /api/progress`: the signed-in user's progress on every item they touched, from every
/// device, for the browser to merge into what it keeps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ItemProgress {
    pub item: String,
    pub attempts: u32,
    pub solved_at: Option<i64>,
    pub last_code: String,
    pub last_at: i64,
}

/// An item named by its string: an exercise of a course, or a gallery model.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ItemKey<'a> {
    Exercise { course: &'a str, exercise: &'a str },
    Model { model: &'a str },
}

impl<'a> ItemKey<'a> {
    pub fn parse(key: &'a str) -> Option<ItemKey<'a>> {
        let valid = |part: &str| {
            !part.is_empty()
                && part.len() <= 100
                && part
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        };
        if let Some(model) = key.strip_prefix("model:") {
            return valid(model).then_some(ItemKey::Model { model });
        }
        let (course, exercise) = key.split_once('/')?;
        (valid(course) && valid(exercise)).then_some(ItemKey::Exercise { course, exercise })
    }

    /// The app's path for the item.
    pub fn path(&self) -> String {
        match self {
            ItemKey::Exercise { course, exercise } => format!("/courses/{course}/{exercise}"),
            ItemKey::Model { model } => format!("/models/{model}"),
        }
    }
}

impl std::fmt::Display for ItemKey<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ItemKey::Exercise { course, exercise } => write!(f, "{course}/{exercise}"),
            ItemKey::Model { model } => write!(f, "model:{model}"),
        }
    }
}

/// A join code as typed, made comparable: upper case, with spaces and dashes dropped.
pub fn normalize_join_code(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// A join code as typed, normalised, if it can be one: [`JOIN_CODE_LENGTH`] characters of
/// [`JOIN_CODE_ALPHABET`].
pub fn parse_join_code(typed: &str) -> Option<String> {
    let code = normalize_join_code(typed);
    (code.chars().count() == JOIN_CODE_LENGTH
        && code.chars().all(|c| JOIN_CODE_ALPHABET.contains(c)))
    .then_some(code)
}

/// What is wrong with a field of an account or class form. The server and the app check by the
/// same rules (these functions); each words the problem for its own reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldProblem {
    Empty,
    TooLong { max: usize },
    TooShort { min: usize },
    ControlCharacters,
    NotAnEmail,
}

/// A name as people type it: trimmed, inner runs of spaces made one, 1 to [`MAX_NAME_CHARS`]
/// characters, no control characters.
pub fn clean_name(name: &str) -> Result<String, FieldProblem> {
    let cleaned = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if cleaned.is_empty() {
        Err(FieldProblem::Empty)
    } else if cleaned.chars().count() > MAX_NAME_CHARS {
        Err(FieldProblem::TooLong {
            max: MAX_NAME_CHARS,
        })
    } else if cleaned.chars().any(char::is_control) {
        Err(FieldProblem::ControlCharacters)
    } else {
        Ok(cleaned)
    }
}

/// An email address, trimmed and lower-cased: something@something.domain, no spaces or control
/// characters.
pub fn clean_email(email: &str) -> Result<String, FieldProblem> {
    let email = email.trim().to_lowercase();
    let valid = email.len() <= 254
        && email
            .split_once('@')
            .is_some_and(|(local, domain)| !local.is_empty() && domain.contains('.'))
        && !email.chars().any(|c| c.is_whitespace() || c.is_control());
    if valid {
        Ok(email)
    } else {
        Err(FieldProblem::NotAnEmail)
    }
}

/// A new password: at least `min` characters ([`MIN_PASSWORD_CHARS`] for teachers,
/// [`MIN_STUDENT_PASSWORD_CHARS`] for students), at most [`MAX_PASSWORD_CHARS`].
pub fn check_new_password(password: &str, min: usize) -> Result<(), FieldProblem> {
    let length = password.chars().count();
    if length < min {
        Err(FieldProblem::TooShort { min })
    } else if length > MAX_PASSWORD_CHARS {
        Err(FieldProblem::TooLong {
            max: MAX_PASSWORD_CHARS,
        })
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn item_keys_round_trip_and_reject_nonsense() {
        for key in ["python-pamati/sveika-pasaule", "model:zobrats"] {
            assert_eq!(ItemKey::parse(key).unwrap().to_string(), key);
        }
        assert_eq!(
            ItemKey::parse("model:zobrats").unwrap().path(),
            "/models/zobrats"
        );
        for bad in [
            "",
            "course",
            "a/b/c",
            "model:",
            "../x/y",
            "a/b c",
            "model:a/b",
        ] {
            assert_eq!(ItemKey::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn the_join_alphabet_has_no_lookalikes() {
        for confusing in ['0', 'O', '1', 'I', 'L'] {
            assert!(!JOIN_CODE_ALPHABET.contains(confusing), "{confusing}");
        }
        assert_eq!(normalize_join_code(" abc-2x7 "), "ABC2X7");
        assert_eq!(parse_join_code("abc-234"), Some("ABC234".into()));
        assert_eq!(parse_join_code("ABC10O"), None);
        assert_eq!(parse_join_code("ABC23"), None);
    }

    #[test]
    fn form_fields_follow_one_set_of_rules() {
        assert_eq!(clean_name("  Anna   Liepa "), Ok("Anna Liepa".into()));
        assert_eq!(clean_name(" "), Err(FieldProblem::Empty));
        assert_eq!(
            clean_name(&"a".repeat(81)),
            Err(FieldProblem::TooLong { max: 80 })
        );
        assert_eq!(
            clean_name("An\u{7}na"),
            Err(FieldProblem::ControlCharacters)
        );
        assert_eq!(clean_email(" Anna@Skola.LV"), Ok("anna@skola.lv".into()));
        for wrong in [
            "anna@skola",
            "an na@skola.lv",
            "@skola.lv",
            "skola.lv",
            "an\0na@skola.lv",
        ] {
            assert_eq!(clean_email(wrong), Err(FieldProblem::NotAnEmail), "{wrong}");
        }
        assert_eq!(
            check_new_password("1234567", MIN_PASSWORD_CHARS),
            Err(FieldProblem::TooShort { min: 8 })
        );
        assert_eq!(
            check_new_password("kaķis", MIN_STUDENT_PASSWORD_CHARS),
            Err(FieldProblem::TooShort { min: 10 })
        );
        assert_eq!(
            check_new_password("kaķis-lec-42", MIN_STUDENT_PASSWORD_CHARS),
            Ok(())
        );
        assert_eq!(
            check_new_password(&"x".repeat(201), 4),
            Err(FieldProblem::TooLong { max: 200 })
        );
    }

    #[test]
    fn sign_in_is_tagged_by_who_signs_in() {
        let student: SignIn = serde_json::from_str(
            r#"{"as":"student","class_code":"ABC234","name":"Anna","password":"kaķis"}"#,
        )
        .unwrap();
        assert!(matches!(student, SignIn::Student { .. }));
    }
}
