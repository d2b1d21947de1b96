//! The JSON types the browser app and the server exchange, shared so the two cannot drift apart.
//!
//! Architecture invariant: this crate knows nothing of HTTP, browsers or databases; it is plain
//! serde data, compiled both natively (server) and to wasm32 (app).

pub mod assets;
pub mod classes;
pub mod explain;
pub mod feedback;
pub mod own_exercises;
pub mod pages;
pub mod passphrase;
pub mod prerendered;
pub mod python;

use serde::{Deserialize, Serialize};

/// A text given in both of the portal's languages. Content and API carry both, and the app picks
/// the one the user reads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Localized {
    pub lv: String,
    pub en: String,
}

impl Localized {
    /// The text in the language with this code (`"lv"` or `"en"`); Latvian for any other code,
    /// since Latvian is the portal's first language.
    pub fn get(&self, language_code: &str) -> &str {
        match language_code {
            "en" => &self.en,
            _ => &self.lv,
        }
    }
}

/// One course as the course list shows it: `GET /api/courses` answers `Vec<CourseSummary>`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CourseSummary {
    pub id: String,
    pub title: Localized,
    pub summary: Localized,
    pub lesson_count: u32,
    #[serde(default)]
    pub exercise_count: u32,
}

/// `GET /api/courses/{course}`: a course with its lessons and their exercises, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CourseDetail {
    pub id: String,
    pub title: Localized,
    pub summary: Localized,
    pub lessons: Vec<LessonDetail>,
    /// The association's workshops this course goes with.
    #[serde(default)]
    pub workshops: Vec<WorkshopLink>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LessonDetail {
    pub id: String,
    pub title: Localized,
    pub exercises: Vec<ExerciseSummary>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WorkshopLink {
    pub title: Localized,
    pub url: String,
}

/// An exercise as lists show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ExerciseSummary {
    pub id: String,
    pub title: Localized,
    pub kind: ExerciseKind,
    /// 1 (first steps) to 3 (a stretch).
    pub difficulty: u8,
}

/// What an exercise asks for, which decides how its checks look at the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ExerciseKind {
    /// A whole program: checked by what it prints for given input.
    Program,
    /// A function: checked by calling it.
    Function,
    /// A 3D model: checked by the mesh it builds.
    Model,
    /// A 3D game (the `game` module): checked by playing it with scripted keys; the page plays it.
    Game,
}

/// `GET /api/courses/{course}/exercises/{exercise}`: all the page needs to show, run and check an
/// exercise. The checks run in the student's browser, so they and the reference solution (which
/// randomised checks compare against) come along; the page shows the solution only after the
/// exercise is solved or tried `solution_after_tries` times.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ExerciseDetail {
    pub course: String,
    pub course_title: Localized,
    pub lesson: String,
    pub lesson_title: Localized,
    pub id: String,
    pub title: Localized,
    pub kind: ExerciseKind,
    pub difficulty: u8,
    pub tags: Vec<String>,
    /// The task, rendered from Markdown to HTML (trusted: it comes from reviewed content files).
    pub text_html: Localized,
    /// In the order they are revealed, as HTML.
    pub hints_html: Vec<Localized>,
    /// The code the editor starts with, and the reference solution, in each language (their
    /// comments and texts differ).
    pub starter: Localized,
    pub solution: Localized,
    pub check: String,
    pub time_limit_ms: u32,
    pub solution_after_tries: u32,
    /// What `input()` gets when the exercise runs; past these lines the page asks the student.
    #[serde(default)]
    pub input: Vec<String>,
    /// Neighbours in the course's order, across lessons.
    pub previous: Option<ExerciseSummary>,
    pub next: Option<ExerciseSummary>,
}

/// A 3D project of the gallery: `GET /api/models` answers `Vec<ModelSummary>`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ModelSummary {
    pub id: String,
    pub title: Localized,
    pub description: Localized,
    pub tags: Vec<String>,
}

/// `GET /api/models/{id}`: a project with its script.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ModelDetail {
    #[serde(flatten)]
    pub summary: ModelSummary,
    /// `model.py`, for the sandbox's editor.
    pub code: String,
    /// What a run of `code` at its defaults reports (the sliders, the size, the triangles), made
    /// with the thumbnail: the page shows them before the Python runtime has loaded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Object>))]
    pub facts: Option<python::ModelInfo>,
}

/// A playable game project of the game studio: `GET /api/games` answers `Vec<GameSummary>`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GameSummary {
    pub id: String,
    pub title: Localized,
    pub description: Localized,
    pub tags: Vec<String>,
    /// One line on which keys play it.
    pub controls: Localized,
}

/// `GET /api/games/{id}`: a game with its code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GameDetail {
    #[serde(flatten)]
    pub summary: GameSummary,
    /// `game.lv.py` and `game.en.py`: the same game, its names, comments and texts in each
    /// language.
    pub code: Localized,
}

/// A workshop of the association: `GET /api/workshops` answers `Vec<WorkshopSummary>`, newest
/// first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WorkshopSummary {
    pub id: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    pub place: Localized,
    pub title: Localized,
    pub summary: Localized,
    pub model_count: u32,
    pub exercise_count: u32,
    #[serde(default)]
    pub game_count: u32,
}

/// `GET /api/workshops/{id}`: a workshop with the projects, exercises and games it uses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WorkshopDetail {
    #[serde(flatten)]
    pub summary: WorkshopSummary,
    pub models: Vec<ModelSummary>,
    pub exercises: Vec<WorkshopExercise>,
    #[serde(default)]
    pub games: Vec<GameSummary>,
}

/// An exercise a workshop uses, with the course it belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WorkshopExercise {
    pub course: String,
    pub course_title: Localized,
    #[serde(flatten)]
    pub exercise: ExerciseSummary,
}

/// `GET /api/health`: the server is up and its database answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Health {
    pub status: String,
    pub version: String,
    /// `"sqlite"` or `"postgres"`.
    pub database: String,
    /// When the database was created: proves that it answers and its migrations ran.
    pub database_created_at: String,
    pub course_count: u32,
}

/// `GET /api/catalogue`: every address of the content the API serves (courses, exercises,
/// models with their thumbnails, games, workshops, and their lists), for the service worker to
/// keep a copy of so that every page opens offline. `version` changes when the content does, so
/// a browser that has this version's copy need not fetch it again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CatalogueIndex {
    pub version: String,
    /// Paths from the site's root (`/api/courses/python`), each once.
    pub urls: Vec<String>,
}

/// Every error the API answers has this body: `{"error": {"code": "...", "message": "..."}}`.
/// The app shows a text of its own for `code` in the user's language; `message` is for developers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorDetail {
    pub code: ErrorCode,
    pub message: String,
}

/// What went wrong, as a stable machine-readable code. The app chooses the text it shows by it
/// (`app/src/shell/api.rs`); the general codes come with their HTTP status, the others name a
/// refusal the user can do something about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    BadRequest,
    NotFound,
    MethodNotAllowed,
    PayloadTooLarge,
    UnsupportedMediaType,
    /// Too many requests from one place at once (a flood), or (`rate_limited`) too many tries.
    TooManyRequests,
    Internal,
    ServiceUnavailable,
    /// The request needs someone signed in (401).
    NotSignedIn,
    /// Only a teacher may do this (403).
    TeachersOnly,
    /// A write that came from another site's page (403).
    CrossSiteWrite,
    /// The email, the class code, the name or the password of a sign-in is wrong (401).
    SignInWrong,
    /// The user's own password, asked again before something that matters, is wrong (401).
    PasswordWrong,
    /// A teacher's account with this email exists (409).
    EmailTaken,
    /// Someone in the class already has this name (409).
    NameTaken,
    /// No open class has this join code (404).
    JoinCodeUnknown,
    /// A teacher cannot join a class as a student (403).
    TeacherCannotJoin,
    /// The student's account was made in another teacher's class, which alone looks after it
    /// (403).
    AccountElsewhere,
    /// Too many wrong tries (passwords, join codes) or new accounts from one place or for one
    /// account; `Retry-After` says when to try again (429).
    RateLimited,
    /// The account keeps as much saved work as it may (429).
    StorageFull,
    /// The student has not run this item yet, so there is no code to show (404).
    NoCodeYet,
    /// A teacher's exercise has problems (400): the page's check lists them.
    ExerciseInvalid,
    /// A code this build of the app does not know yet (a newer server).
    #[serde(other)]
    Unknown,
}

impl ErrorCode {
    /// Every code a server can send (all but `Unknown`).
    pub const ALL: [ErrorCode; 22] = [
        ErrorCode::BadRequest,
        ErrorCode::NotFound,
        ErrorCode::MethodNotAllowed,
        ErrorCode::PayloadTooLarge,
        ErrorCode::UnsupportedMediaType,
        ErrorCode::TooManyRequests,
        ErrorCode::Internal,
        ErrorCode::ServiceUnavailable,
        ErrorCode::NotSignedIn,
        ErrorCode::TeachersOnly,
        ErrorCode::CrossSiteWrite,
        ErrorCode::SignInWrong,
        ErrorCode::PasswordWrong,
        ErrorCode::EmailTaken,
        ErrorCode::NameTaken,
        ErrorCode::JoinCodeUnknown,
        ErrorCode::TeacherCannotJoin,
        ErrorCode::AccountElsewhere,
        ErrorCode::RateLimited,
        ErrorCode::StorageFull,
        ErrorCode::NoCodeYet,
        ErrorCode::ExerciseInvalid,
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_body_has_the_documented_shape() {
        let body = ErrorBody {
            error: ErrorDetail {
                code: ErrorCode::PayloadTooLarge,
                message: "request body is larger than 65536 bytes".into(),
            },
        };
        assert_eq!(
            serde_json::to_string(&body).unwrap(),
            r#"{"error":{"code":"payload_too_large","message":"request body is larger than 65536 bytes"}}"#
        );
    }

    #[test]
    fn every_code_in_the_list_is_a_different_one_that_parses_back() {
        let names: std::collections::BTreeSet<String> = ErrorCode::ALL
            .iter()
            .map(|code| serde_json::to_string(code).unwrap())
            .collect();
        assert_eq!(names.len(), ErrorCode::ALL.len());
        for code in ErrorCode::ALL {
            let json = serde_json::to_string(&code).unwrap();
            assert_eq!(serde_json::from_str::<ErrorCode>(&json).unwrap(), code);
        }
        assert!(names.contains("\"join_code_unknown\""));
    }

    #[test]
    fn unknown_error_codes_from_a_newer_server_still_parse() {
        let body: ErrorBody =
            serde_json::from_str(r#"{"error":{"code":"quota_exceeded","message":"x"}}"#).unwrap();
        assert_eq!(body.error.code, ErrorCode::Unknown);
    }

    #[test]
    fn localized_falls_back_to_latvian() {
        let text = Localized {
            lv: "Sveiki".into(),
            en: "Hello".into(),
        };
        assert_eq!(text.get("en"), "Hello");
        assert_eq!(text.get("lv"), "Sveiki");
        assert_eq!(text.get("de"), "Sveiki");
    }
}
