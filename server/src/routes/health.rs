//! `GET /api/health`: for load balancers, monitors and the end-to-end tests' start-up wait.

use axum::Json;
use axum::extract::State;
use darbnica_api::Health;

use crate::AppState;
use crate::error::Result;

#[utoipa::path(get, path = "/health", tag = "health", responses((status = 200, body = Health)))]
pub async fn get_health(State(state): State<AppState>) -> Result<Json<Health>> {
    let database_created_at = state.database.created_at().await?;
    Ok(Json(Health {
        status: "ok".into(),
        version: env!("CARGO_PKG_VERSION").into(),
        database: state.database.kind().name().into(),
        database_created_at,
        course_count: u32::try_from(state.catalog.courses.summaries().len()).unwrap_or(u32::MAX),
    }))
}
