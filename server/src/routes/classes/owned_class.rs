//! The extractors of the class handlers under `/api/classes/{id}`: the signed-in teacher's own
//! class, and a student of it. They check ownership before the handler runs, so no handler can
//! forget to; a class of another teacher is as absent as one that does not exist (404).

use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use darbnica_api::classes::ClassSummary;
use serde::Deserialize;

use super::{member, owned_class};
use crate::AppState;
use crate::auth::Teacher;
use crate::sessions::SessionUser;

/// One of the signed-in teacher's classes, named by the path's `{id}`: a 401 for nobody, a 403 for
/// a student, a 404 when the teacher has no such class.
#[derive(Debug, Clone)]
pub struct OwnedClass {
    pub teacher: SessionUser,
    pub summary: ClassSummary,
}

impl OwnedClass {
    pub fn id(&self) -> &str {
        &self.summary.id
    }
}

impl FromRequestParts<AppState> for OwnedClass {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let Teacher(teacher) = Teacher::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        let Path(ClassSegment { id }) = Path::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        let summary = owned_class(state, &teacher.id, &id)
            .await
            .map_err(IntoResponse::into_response)?;
        Ok(OwnedClass { teacher, summary })
    }
}

/// A student in one of the signed-in teacher's classes, named by the path's `{id}` and
/// `{student}`: as [`OwnedClass`], and a 404 also when the class has no such student.
#[derive(Debug, Clone)]
pub struct ClassStudent {
    pub class: OwnedClass,
    /// The student's user id.
    pub student: String,
}

impl FromRequestParts<AppState> for ClassStudent {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let class = OwnedClass::from_request_parts(parts, state).await?;
        let Path(StudentSegment { student }) = Path::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        member(state, class.id(), &student)
            .await
            .map_err(IntoResponse::into_response)?;
        Ok(ClassStudent { class, student })
    }
}

/// The `{id}` of a path under `/api/classes/{id}` (a path segment that is not UTF-8 is a 400 before
/// the class is looked up).
#[derive(Deserialize)]
struct ClassSegment {
    id: String,
}

/// The `{student}` of a path under `/api/classes/{id}/students/{student}`.
#[derive(Deserialize)]
struct StudentSegment {
    student: String,
}
