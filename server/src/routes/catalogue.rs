//! `GET /api/catalogue`: the address of every answer about content and their version, which the
//! service worker (`service-worker/service-worker.js`) fetches to keep a copy for offline use.

use axum::Json;
use axum::extract::State;
use darbnica_api::CatalogueIndex;

use crate::AppState;

#[utoipa::path(get, path = "/catalogue", tag = "content", responses((status = 200, body = CatalogueIndex)))]
pub async fn get_catalogue(State(state): State<AppState>) -> Json<CatalogueIndex> {
    Json(state.catalog.index.clone())
}
