//! The 3D sandbox's gallery, as loaded from `content/models/` at start:
//! - `GET /api/models`: every project, without its code;
//! - `GET /api/models/{model}`: one project with its script;
//! - `GET /api/models/{model}/thumbnail.png`: its picture for the gallery.

use axum::Json;
use axum::extract::{Path, State};
use darbnica_api::{ModelDetail, ModelSummary};

use crate::AppState;
use crate::error::{AppError, Result};

#[utoipa::path(get, path = "/models", tag = "content", responses((status = 200, body = Vec<ModelSummary>)))]
pub async fn list_models(State(state): State<AppState>) -> Json<Vec<ModelSummary>> {
    Json(state.catalog.models.summaries().to_vec())
}

#[utoipa::path(get, path = "/models/{model}", tag = "content", params(("model" = String, Path)),
    responses((status = 200, body = ModelDetail), (status = 404, body = darbnica_api::ErrorBody)))]
pub async fn get_model(
    State(state): State<AppState>,
    Path(model): Path<String>,
) -> Result<Json<ModelDetail>> {
    state.catalog.models.get_or_not_found(&model).map(Json)
}

#[utoipa::path(get, path = "/models/{model}/thumbnail.png", tag = "content", params(("model" = String, Path)),
    responses((status = 200, description = "a PNG picture of the model", content_type = "image/png"), (status = 404, body = darbnica_api::ErrorBody)))]
pub async fn get_thumbnail(
    State(state): State<AppState>,
    Path(model): Path<String>,
) -> Result<impl axum::response::IntoResponse> {
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
