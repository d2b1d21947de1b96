//! The thin server: serves the built browser app from `dist/` and a small JSON API under `/api`,
//! and keeps its state in a database (SQLite by default, PostgreSQL by `DATABASE_URL`).
//!
//! Architecture invariant: the server is stateless apart from its database and the content it
//! loads at start, so several copies can run behind a load balancer.

pub mod auth;
mod catalog;
pub mod config;
pub mod database;
pub mod error;
pub mod headers;
pub mod limits;
pub mod logging;
mod own_exercises;
pub mod passwords;
mod prerendered;
mod routes;
pub mod saver;
pub mod serving;
pub mod sessions;
mod similarity;
mod static_files;

pub use routes::openapi;

use std::future::Future;
use std::sync::Arc;

use anyhow::Context as _;
use axum::Router;
use darbnica_lessons::Content;
use tower_http::trace::TraceLayer;

use crate::config::Config;
use crate::database::Database;

/// What every request handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub database: Database,
    /// Courses and exercises, built once from `content/` at start.
    pub catalog: Arc<catalog::Catalog>,
    /// Stores attempts with group commit.
    pub saver: saver::Saver,
    /// Password hashing, bounded in how many run and wait at once.
    pub passwords: passwords::PasswordHasher,
    /// Proxies whose `X-Forwarded-For` names the client (`DARBNICA_TRUSTED_PROXIES`).
    pub trusted_proxies: Arc<limits::TrustedProxies>,
    /// How fast each user may save progress.
    pub save_rate: Arc<limits::SaveRate>,
    /// Whether the portal is served over HTTPS (then the session cookie is `Secure`).
    pub https: bool,
    /// The origin users reach the portal at, when a proxy changes `Host` (see `config`).
    pub public_origin: Option<Arc<str>>,
}

impl AppState {
    /// The state for `database` and `content`; starts the attempt writer, so it must be called
    /// within a Tokio runtime.
    pub fn new(database: Database, content: &Content) -> AppState {
        AppState {
            saver: saver::Saver::start(database.clone()),
            database,
            catalog: Arc::new(catalog::Catalog::new(content)),
            passwords: passwords::PasswordHasher::default(),
            trusted_proxies: Arc::default(),
            save_rate: Arc::default(),
            https: false,
            public_origin: None,
        }
    }
}

/// The whole HTTP application: the API under `/api` and the built app for every other path.
pub fn app(state: AppState, dist_dir: &std::path::Path) -> Router {
    let https = state.https;
    let catalog = Arc::clone(&state.catalog);
    let in_flight = Arc::new(tokio::sync::Semaphore::new(MAX_REQUESTS_IN_FLIGHT));
    routes::api_router(state)
        .merge(static_files::router(dist_dir, catalog))
        // A client that sends its body slowly, or a request that takes too long, is cut off.
        .layer(tower_http::timeout::RequestBodyTimeoutLayer::new(
            REQUEST_TIMEOUT,
        ))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            REQUEST_TIMEOUT,
        ))
        .layer(axum::middleware::from_fn(
            move |request: axum::extract::Request, next: axum::middleware::Next| {
                let in_flight = Arc::clone(&in_flight);
                async move {
                    // Full: a quick 503 now beats a queue that grows until memory runs out.
                    let Ok(_permit) = in_flight.try_acquire() else {
                        return axum::response::IntoResponse::into_response(
                            error::AppError::ServiceUnavailable {
                                message: "the server is very busy; try again in a moment".into(),
                                retry_after_seconds: 1,
                            },
                        );
                    };
                    next.run(request).await
                }
            },
        ))
        .layer(axum::middleware::map_response(
            move |response: axum::response::Response| async move {
                headers::add_security_headers(response, https)
            },
        ))
        .layer(TraceLayer::new_for_http())
}

/// How long a request may take, its body included.
pub const REQUEST_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);
/// Requests handled at once; more get a 503 with `Retry-After`.
pub const MAX_REQUESTS_IN_FLIGHT: usize = 2048;

/// Connects to the database (running migrations), loads the content and serves until `shutdown`
/// completes; then it finishes the requests under way and returns.
pub async fn serve(
    config: Config,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let content = Content::load(&config.content_dir).map_err(|problems| {
        anyhow::anyhow!(
            "the content under {} has problems:\n{problems}",
            config.content_dir.display()
        )
    })?;
    let database = Database::connect(&config.database_url).await?;
    database.migrate().await?;
    if !config.dist_dir.join("index.html").is_file() {
        tracing::warn!(dist = %config.dist_dir.display(), "no built app found: only the API is served (build it with `cargo xtask run`)");
    }
    let state = AppState {
        https: config.https,
        public_origin: config.public_origin.map(Arc::from),
        trusted_proxies: Arc::new(config.trusted_proxies),
        ..AppState::new(database.clone(), &content)
    };
    tokio::spawn(sweep_expired(
        database.clone(),
        Arc::clone(&state.save_rate),
    ));
    let app = app(state, &config.dist_dir);

    let address = std::net::SocketAddr::new(config.host, config.port);
    let listener = tokio::net::TcpListener::bind(address)
        .await
        .with_context(|| {
            format!("listening on {address} (is another server using that port? set PORT)")
        })?;
    tracing::info!("listening on http://{}", listener.local_addr()?);
    serving::serve(listener, app, serving::Connections::default(), shutdown)
        .await
        .context("serving HTTP")?;
    database.close().await;
    tracing::info!("stopped");
    Ok(())
}

/// How often expired sessions and counted tries that no limit reaches any more are deleted.
const SWEEP_EVERY: std::time::Duration = std::time::Duration::from_secs(10 * 60);

/// Deletes expired sessions and old counted tries (and forgets idle save allowances), at start and then every [`SWEEP_EVERY`], for as
/// long as the server runs.
async fn sweep_expired(database: Database, save_rate: Arc<limits::SaveRate>) {
    let mut every = tokio::time::interval(SWEEP_EVERY);
    loop {
        every.tick().await;
        save_rate.sweep();
        match sessions::DatabaseSessions::delete_expired(&database).await {
            Ok(0) => {}
            Ok(swept) => tracing::info!(swept, "deleted expired sessions"),
            Err(error) => tracing::warn!(
                error = format!("{error:#}"),
                "cannot delete expired sessions"
            ),
        }
        if let Err(error) = limits::sweep(&database).await {
            tracing::warn!(
                error = format!("{error:#}"),
                "cannot delete old counted tries"
            );
        }
    }
}

/// Completes on Ctrl+C or SIGTERM, so that the server can finish what it is doing and stop.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(error) = tokio::signal::ctrl_c().await {
            tracing::error!(%error, "cannot listen for Ctrl+C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(error) => {
                tracing::error!(%error, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
