//! `GET /api/courses`: the course list, as loaded from `content/` at start.

use axum::Json;
use axum::extract::State;
use darbnica_api::CourseSummary;

use crate::AppState;

pub async fn list_courses(State(state): State<AppState>) -> Json<Vec<CourseSummary>> {
    Json(state.courses.as_ref().clone())
}
