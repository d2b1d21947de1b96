//! The JSON API under `/api`, one module a resource.

mod courses;
mod health;
mod models;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::get;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;

use crate::AppState;

/// The largest request body the API accepts. Progress saves are small; anything bigger is a
/// mistake or an attack.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

pub fn api_router(state: AppState) -> Router {
    Router::new()
        .route("/health", get(health::get_health))
        .route("/courses", get(courses::list_courses))
        .route("/courses/{course}", get(courses::get_course))
        .route("/models", get(models::list_models))
        .route("/models/{model}", get(models::get_model))
        .route("/models/{model}/thumbnail.png", get(models::get_thumbnail))
        .route("/workshops", get(models::list_workshops))
        .route("/workshops/{workshop}", get(models::get_workshop))
        .route(
            "/courses/{course}/exercises/{exercise}",
            get(courses::get_exercise),
        )
        // Without its own fallback, an unknown `/api/...` path would reach the app's index.html.
        .fallback(|| async { axum::http::StatusCode::NOT_FOUND })
        .with_state(state)
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES))
        // Outside the limits, so that their rejections get the JSON body too.
        .layer(axum::middleware::map_response(crate::error::json_errors))
        .layer(CompressionLayer::new())
}
