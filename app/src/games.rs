//! The game studio: write a 3D game in Python, play it on the page (the worker plays its frames,
//! the page draws them), pause it, step through it, look at its entities.

pub mod game_card;
pub mod game_controls;
pub mod game_inspector;
pub mod game_keys;
pub mod game_page;
pub mod game_player;
pub mod game_scene;
pub mod game_sounds;
pub mod game_studio_page;
pub mod game_toolbar;
pub mod game_view;
pub mod games_page;
pub mod touch_controls;
