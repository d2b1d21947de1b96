//! The association's workshops, as loaded from `content/workshops/` at start:
//! - `GET /api/workshops` (newest first): every workshop;
//! - `GET /api/workshops/{workshop}`: one, with its projects, exercises and games.

use axum::Json;
use axum::extract::{Path, State};
use darbnica_api::{WorkshopDetail, WorkshopSummary};

use crate::AppState;
use crate::error::Result;

#[utoipa::path(get, path = "/workshops", tag = "content", responses((status = 200, body = Vec<WorkshopSummary>)))]
pub async fn list_workshops(State(state): State<AppState>) -> Json<Vec<WorkshopSummary>> {
    Json(state.catalog.workshops.summaries().to_vec())
}

#[utoipa::path(get, path = "/workshops/{workshop}", tag = "content", params(("workshop" = String, Path)),
    responses((status = 200, body = WorkshopDetail), (status = 404, body = darbnica_api::ErrorBody)))]
pub async fn get_workshop(
    State(state): State<AppState>,
    Path(workshop): Path<String>,
) -> Result<Json<WorkshopDetail>> {
    state
        .catalog
        .workshops
        .get_or_not_found(&workshop)
        .map(Json)
}
