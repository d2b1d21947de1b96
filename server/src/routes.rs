//! The JSON API under `/api`, one module a resource, and its OpenAPI document
//! (`GET /api/openapi.json`), generated from the handlers' annotations and the API types.

mod accounts;
mod classes;
mod courses;
mod health;
mod me;
mod models;
mod progress;
mod workshops;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{delete, get, post, put};
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use utoipa::OpenApi;

use crate::AppState;

/// The largest request body the API accepts, but for progress syncs.
pub const MAX_BODY_BYTES: usize = 64 * 1024;
/// The largest progress sync: up to [`darbnica_api::classes::MAX_SYNC_BATCH`] attempts with their
/// code.
pub const MAX_SYNC_BODY_BYTES: usize = 1024 * 1024;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Darbnīca API",
        description = "The portal's JSON API. Errors always have the body \
            `{\"error\": {\"code\", \"message\"}}`. Writes need the session cookie (from sign-in or \
            joining a class) and, from a browser, this site's own Origin."
    ),
    paths(
        health::get_health,
        courses::list_courses,
        courses::get_course,
        courses::get_exercise,
        models::list_models,
        models::get_model,
        models::get_thumbnail,
        workshops::list_workshops,
        workshops::get_workshop,
        accounts::sign_up,
        accounts::sign_in,
        accounts::sign_out,
        accounts::get_me,
        accounts::get_join_info,
        accounts::join_class,
        me::change_password,
        me::list_sessions,
        me::end_session,
        me::end_other_sessions,
        me::export_data,
        me::delete_account,
        classes::list_classes,
        classes::create_class,
        classes::get_class,
        classes::change_class,
        classes::remove_student,
        classes::delete_student_account,
        classes::set_student_password,
        classes::create_assignments,
        classes::delete_assignment,
        classes::get_grid,
        classes::get_grid_csv,
        classes::get_student_code,
        progress::save_progress,
        progress::get_progress,
        progress::list_my_assignments,
    )
)]
pub struct ApiDoc;

pub fn api_router(state: AppState) -> Router {
    let sync = Router::new()
        .route(
            "/progress",
            post(progress::save_progress).get(progress::get_progress),
        )
        .layer(DefaultBodyLimit::max(MAX_SYNC_BODY_BYTES));
    Router::new()
        .route(
            "/openapi.json",
            get(|| async { axum::Json(ApiDoc::openapi()) }),
        )
        .route("/health", get(health::get_health))
        .route("/courses", get(courses::list_courses))
        .route("/courses/{course}", get(courses::get_course))
        .route(
            "/courses/{course}/exercises/{exercise}",
            get(courses::get_exercise),
        )
        .route("/models", get(models::list_models))
        .route("/models/{model}", get(models::get_model))
        .route("/models/{model}/thumbnail.png", get(models::get_thumbnail))
        .route("/workshops", get(workshops::list_workshops))
        .route("/workshops/{workshop}", get(workshops::get_workshop))
        .route("/auth/signup", post(accounts::sign_up))
        .route("/auth/signin", post(accounts::sign_in))
        .route("/auth/signout", post(accounts::sign_out))
        .route("/me", get(accounts::get_me).delete(me::delete_account))
        .route("/me/data", get(me::export_data))
        .route("/me/assignments", get(progress::list_my_assignments))
        .route("/me/password", put(me::change_password))
        .route("/me/sessions", get(me::list_sessions))
        .route("/me/sessions/end-others", post(me::end_other_sessions))
        .route("/me/sessions/{handle}", delete(me::end_session))
        .route("/join", post(accounts::join_class))
        .route("/join/{code}", get(accounts::get_join_info))
        .route(
            "/classes",
            get(classes::list_classes).post(classes::create_class),
        )
        .nest("/classes/{id}", class_router())
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .merge(sync)
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
        .layer(CompressionLayer::new())
}

/// Everything under `/api/classes/{id}`: each handler takes the class as an
/// [`classes::OwnedClass`], which is the signed-in teacher's or a 404.
fn class_router() -> Router<AppState> {
    Router::new()
        .route("/", get(classes::get_class).patch(classes::change_class))
        .route("/students/{student}", delete(classes::remove_student))
        .route("/students/{student}/code", get(classes::get_student_code))
        .route(
            "/students/{student}/account",
            delete(classes::delete_student_account),
        )
        .route(
            "/students/{student}/password",
            put(classes::set_student_password),
        )
        .route("/assignments", post(classes::create_assignments))
        .route(
            "/assignments/{assignment}",
            delete(classes::delete_assignment),
        )
        .route("/grid", get(classes::get_grid))
        .route("/grid.csv", get(classes::get_grid_csv))
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
