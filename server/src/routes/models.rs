//! The 3D sandbox's gallery, as loaded from `content/models/` at start:
//! - `GET /api/models`: every project, without its code;
//! - `GET /api/models/{model}`: one project with its script.

use axum::Json;
use axum::extract::{Path, State};
use darbnica_api::{ModelDetail, ModelSummary};

use crate::AppState;
use crate::error::AppError;

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
