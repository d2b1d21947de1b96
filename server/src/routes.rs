//! The JSON API under `/api`, one module a resource, and its OpenAPI document
//! (`GET /api/openapi.json`), generated from the handlers' annotations and the API types. Each
//! handler's `#[utoipa::path]` is the only place its path and method are written: utoipa-axum's
//! `routes!` registers the handler there and adds the operation to the document.

mod accounts;
mod catalogue;
mod classes;
mod courses;
mod feedback;
mod games;
mod health;
mod me;
mod models;
mod own_exercises;
mod progress;
mod workshops;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::get;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;

/// Where the API is served; the paths in the handlers' `#[utoipa::path]` are relative to it.
const API_PREFIX: &str = "/api";

/// The largest request body the API accepts, but for progress syncs.
pub const MAX_BODY_BYTES: usize = 64 * 1024;
/// The largest progress sync: up to [`darbnica_api::classes::MAX_SYNC_BATCH`] attempts with their
/// code.
pub const MAX_SYNC_BODY_BYTES: usize = 1024 * 1024;

/// The document's description; its paths come from the routes (see [`api_routes`]).
#[derive(OpenApi)]
#[openapi(info(
    title = "Darbnīca API",
    description = "The portal's JSON API. Errors always have the body \
        `{\"error\": {\"code\", \"message\"}}`. Writes need the session cookie (from sign-in or \
        joining a class) and, from a browser, this site's own Origin."
))]
struct ApiDoc;

/// The OpenAPI document of the API, as `GET /api/openapi.json` serves it.
pub fn openapi() -> utoipa::openapi::OpenApi {
    document(api_routes().into_openapi())
}

/// [`ApiDoc`] with the paths (and the schemas they use) of the API's routes, under `/api`.
fn document(routes: utoipa::openapi::OpenApi) -> utoipa::openapi::OpenApi {
    ApiDoc::openapi().nest(API_PREFIX, routes)
}

/// The API under `/api`, with its own fallback, sessions, Origin check, body limits, JSON errors
/// and compression.
pub fn api_router(state: AppState) -> Router {
    let (routes, paths) = api_routes().split_for_parts();
    let document = document(paths);
    let api = routes
        .route(
            "/openapi.json",
            get(move || std::future::ready(axum::Json(document.clone()))),
        )
        // Without its own fallback, an unknown `/api/...` path would reach the app's index.html.
        .fallback(|| async { axum::http::StatusCode::NOT_FOUND })
        .with_state(state.clone())
        .layer(crate::sessions::session_layer(
            state.database.clone(),
            state.https,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.public_origin.clone(),
            crate::auth::same_origin_writes,
        ))
        .layer(RequestBodyLimitLayer::new(MAX_SYNC_BODY_BYTES))
        // Outside the limits, so that their rejections get the JSON body too.
        .layer(axum::middleware::map_response(crate::error::json_errors))
        .layer(CompressionLayer::new());
    Router::new().nest(API_PREFIX, api)
}

/// Every API route, each at the path and method of its handler's `#[utoipa::path]` (the handlers
/// of one path in one `routes!`), with the OpenAPI paths they make.
fn api_routes() -> OpenApiRouter<AppState> {
    let sync = OpenApiRouter::default()
        .routes(routes!(progress::save_progress, progress::get_progress))
        .layer(DefaultBodyLimit::max(MAX_SYNC_BODY_BYTES));
    OpenApiRouter::default()
        .routes(routes!(health::get_health))
        .routes(routes!(catalogue::get_catalogue))
        .routes(routes!(courses::list_courses))
        .routes(routes!(courses::get_course))
        .routes(routes!(courses::get_exercise))
        .routes(routes!(models::list_models))
        .routes(routes!(models::get_model))
        .routes(routes!(models::get_thumbnail))
        .routes(routes!(games::list_games))
        .routes(routes!(games::get_game))
        .routes(routes!(workshops::list_workshops))
        .routes(routes!(workshops::get_workshop))
        .routes(routes!(accounts::sign_up))
        .routes(routes!(accounts::sign_in))
        .routes(routes!(accounts::sign_out))
        .routes(routes!(accounts::get_me, me::delete_account))
        .routes(routes!(me::export_data))
        .routes(routes!(progress::list_my_assignments))
        .routes(routes!(feedback::get_my_feedback))
        .routes(routes!(feedback::reply_as_student))
        .routes(routes!(feedback::student_saw))
        .routes(routes!(me::change_password))
        .routes(routes!(me::list_sessions))
        .routes(routes!(me::end_other_sessions))
        .routes(routes!(me::end_session))
        .routes(routes!(accounts::join_class))
        .routes(routes!(accounts::get_join_info))
        .routes(routes!(classes::list_classes, classes::create_class))
        .routes(routes!(
            own_exercises::list_own_exercises,
            own_exercises::create_own_exercise
        ))
        .routes(routes!(own_exercises::check_own_exercise))
        .routes(routes!(own_exercises::get_own_exercise_draft))
        .routes(routes!(
            own_exercises::get_own_exercise,
            own_exercises::change_own_exercise,
            own_exercises::delete_own_exercise
        ))
        .nest("/classes/{id}", class_routes())
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .merge(sync)
}

/// Everything under `/api/classes/{id}` (the handlers' paths are relative to it): each handler
/// takes the class as an [`classes::OwnedClass`], which is the signed-in teacher's or a 404.
fn class_routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::default()
        .routes(routes!(classes::get_class, classes::change_class))
        .routes(routes!(classes::remove_student))
        .routes(routes!(classes::get_student_code))
        .routes(routes!(classes::delete_student_account))
        .routes(routes!(classes::set_student_password))
        .routes(routes!(classes::create_assignments))
        .routes(routes!(classes::delete_assignment))
        .routes(routes!(classes::get_grid))
        .routes(routes!(classes::get_grid_csv))
        .routes(routes!(classes::get_class_work))
        .routes(routes!(classes::get_student_work))
        .routes(routes!(feedback::get_feedback))
        .routes(routes!(feedback::get_runs))
        .routes(routes!(feedback::get_similarity))
        .routes(routes!(feedback::create_comment))
        .routes(routes!(feedback::reply_as_teacher))
        .routes(routes!(feedback::set_review))
        .routes(routes!(feedback::teacher_saw))
}

/// Now, in milliseconds since 1970.
pub(crate) fn now_ms() -> i64 {
    i64::try_from(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default()
            .as_millis(),
    )
    .unwrap_or(i64::MAX)
}

/// A fresh random id (a UUID v4).
pub(crate) fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// Whether the database refused a write for a duplicate key.
pub(crate) fn is_unique_violation(error: &sqlx::Error) -> bool {
    error
        .as_database_error()
        .is_some_and(|error| error.is_unique_violation())
}
