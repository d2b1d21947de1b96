//! Courses and exercises, as loaded from `content/` at start:
//! - `GET /api/courses`: the course list;
//! - `GET /api/courses/{course}`: a course with its lessons and exercises;
//! - `GET /api/courses/{course}/exercises/{exercise}`: one exercise, all the page needs to run it.

use axum::Json;
use axum::extract::{Path, State};
use darbnica_api::{CourseDetail, CourseSummary, ExerciseDetail};

use crate::AppState;
use crate::error::{AppError, Result};

#[utoipa::path(get, path = "/courses", tag = "content", responses((status = 200, body = Vec<CourseSummary>)))]
pub async fn list_courses(State(state): State<AppState>) -> Json<Vec<CourseSummary>> {
    Json(state.catalog.courses.summaries().to_vec())
}

#[utoipa::path(get, path = "/courses/{course}", tag = "content", params(("course" = String, Path)),
    responses((status = 200, body = CourseDetail), (status = 404, body = darbnica_api::ErrorBody)))]
pub async fn get_course(
    State(state): State<AppState>,
    Path(course): Path<String>,
) -> Result<Json<CourseDetail>> {
    state.catalog.courses.get_or_not_found(&course).map(Json)
}

#[utoipa::path(get, path = "/courses/{course}/exercises/{exercise}", tag = "content",
    params(("course" = String, Path), ("exercise" = String, Path)),
    responses((status = 200, body = ExerciseDetail), (status = 404, body = darbnica_api::ErrorBody)))]
pub async fn get_exercise(
    State(state): State<AppState>,
    Path((course, exercise)): Path<(String, String)>,
) -> Result<Json<ExerciseDetail>> {
    state
        .catalog
        .exercise(&course, &exercise)
        .cloned()
        .map(Json)
        .ok_or_else(|| {
            AppError::NotFound(format!(
                "there is no exercise `{exercise}` in course `{course}`"
            ))
        })
}
