//! The JSON types the browser app and the server exchange, shared so the two cannot drift apart.
//!
//! Architecture invariant: this crate knows nothing of HTTP, browsers or databases; it is plain
//! serde data, compiled both natively (server) and to wasm32 (app).

pub mod python;

use serde::{Deserialize, Serialize};

/// A text given in both of the portal's languages. Content and API carry both, and the app picks
/// the one the user reads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
pub struct CourseSummary {
    pub id: String,
    pub title: Localized,
    pub summary: Localized,
    pub lesson_count: u32,
}

/// `GET /api/health`: the server is up and its database answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Health {
    pub status: String,
    pub version: String,
    /// `"sqlite"` or `"postgres"`.
    pub database: String,
    /// When the database was created: proves that it answers and its migrations ran.
    pub database_created_at: String,
    pub course_count: u32,
}

/// Every error the API answers has this body: `{"error": {"code": "...", "message": "..."}}`.
/// The app shows a text of its own for `code` in the user's language; `message` is for developers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorDetail {
    pub code: ErrorCode,
    pub message: String,
}

/// What went wrong, as a stable machine-readable code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    BadRequest,
    NotFound,
    MethodNotAllowed,
    PayloadTooLarge,
    UnsupportedMediaType,
    TooManyRequests,
    Internal,
    ServiceUnavailable,
    /// A code this build of the app does not know yet (a newer server).
    #[serde(other)]
    Unknown,
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
