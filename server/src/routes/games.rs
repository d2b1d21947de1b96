//! The game studio's playable projects, as loaded from `content/games/` at start:
//! - `GET /api/games`: every game, without its code;
//! - `GET /api/games/{game}`: one game with its code in both languages.

use axum::Json;
use axum::extract::{Path, State};
use darbnica_api::{GameDetail, GameSummary};

use crate::AppState;
use crate::error::Result;

#[utoipa::path(get, path = "/games", tag = "content", responses((status = 200, body = Vec<GameSummary>)))]
pub async fn list_games(State(state): State<AppState>) -> Json<Vec<GameSummary>> {
    Json(state.catalog.games.summaries().to_vec())
}

#[utoipa::path(get, path = "/games/{game}", tag = "content", params(("game" = String, Path)),
    responses((status = 200, body = GameDetail), (status = 404, body = darbnica_api::ErrorBody)))]
pub async fn get_game(
    State(state): State<AppState>,
    Path(game): Path<String>,
) -> Result<Json<GameDetail>> {
    state.catalog.games.get_or_not_found(&game).map(Json)
}
