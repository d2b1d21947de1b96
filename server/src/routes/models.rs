//! The 3D sandbox's gallery, as loaded from `content/models/` at start:
//! - `GET /api/models`: every project, without its code;
//! - `GET /api/models/{model}`: one project with its script;
//! - `GET /api/models/{model}/thumbnail.png`: its picture for the gallery;
//! - `GET /api/workshops` (newest first) and `/api/workshops/{workshop}`: the workshops that use
//!   them, with their exercises.

use axum::Json;
use axum::extract::{Path, State};
use darbnica_api::{ModelDetail, ModelSummary, WorkshopDetail, WorkshopSummary};

use crate::AppState;
use crate::error::AppError;

#[utoipa::path(get, path = "/api/models", tag = "content", responses((status = 200, body = Vec<ModelSummary>)))]
pub async fn list_models(State(state): State<AppState>) -> Json<Vec<ModelSummary>> {
    Json(
        state
            .catalog
            .models
            .iter()
            .map(|model| model.summary.clone())
            .collect(),
    )
}

#[utoipa::path(get, path = "/api/models/{model}", tag = "content", params(("model" = String, Path)),
    responses((status = 200, body = ModelDetail), (status = 404, body = darbnica_api::ErrorBody)))]
pub async fn get_model(
    State(state): State<AppState>,
    Path(model): Path<String>,
) -> Result<Json<ModelDetail>, AppError> {
    state
        .catalog
        .model(&model)
        .cloned()
        .map(Json)
        .ok_or_else(|| AppError::NotFound(format!("there is no model `{model}`")))
}

#[utoipa::path(get, path = "/api/models/{model}/thumbnail.png", tag = "content", params(("model" = String, Path)),
    responses((status = 200, description = "a PNG picture of the model", content_type = "image/png"), (status = 404, body = darbnica_api::ErrorBody)))]
pub async fn get_thumbnail(
    State(state): State<AppState>,
    Path(model): Path<String>,
) -> Result<impl axum::response::IntoResponse, AppError> {
    let png = state
        .catalog
        .thumbnail(&model)
        .ok_or_else(|| AppError::NotFound(format!("there is no thumbnail for `{model}`")))?;
    Ok((
        [
            (axum::http::header::CONTENT_TYPE, "image/png"),
            // Thumbnails change only with the content, which changes only with a new start.
            (axum::http::header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        png,
    ))
}

#[utoipa::path(get, path = "/api/workshops", tag = "content", responses((status = 200, body = Vec<WorkshopSummary>)))]
pub async fn list_workshops(State(state): State<AppState>) -> Json<Vec<WorkshopSummary>> {
    Json(
        state
            .catalog
            .workshops
            .iter()
            .map(|workshop| workshop.summary.clone())
            .collect(),
    )
}

#[utoipa::path(get, path = "/api/workshops/{workshop}", tag = "content", params(("workshop" = String, Path)),
    responses((status = 200, body = WorkshopDetail), (status = 404, body = darbnica_api::ErrorBody)))]
pub async fn get_workshop(
    State(state): State<AppState>,
    Path(workshop): Path<String>,
) -> Result<Json<WorkshopDetail>, AppError> {
    state
        .catalog
        .workshop(&workshop)
        .cloned()
        .map(Json)
        .ok_or_else(|| AppError::NotFound(format!("there is no workshop `{workshop}`")))
}
