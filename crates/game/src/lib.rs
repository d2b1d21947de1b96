//! The game studio's engine: the world a student's Python game builds and changes.
//!
//! A game is entities (a model, a place, a turn, a size, a colour, a velocity, a collider), a clock,
//! the keys held and pressed, a camera, texts on the screen and sounds to play. Python's `game`
//! module (in `darbnica-python`) changes the [`World`]; each frame the world moves what has a
//! velocity and hands over what changed ([`FrameChanges`]), which the page draws. Checks play the
//! same world headless, with scripted keys.
//!
//! Units are the game's own (1 = a metre, if you like), and Y is up, as in Ursina, Godot and
//! three-d. Rotations are in degrees about X, Y and Z. Colliders are boxes aligned with the axes
//! (a turned entity's box grows to hold it) or spheres: enough for beginners' games, and cheap.
//!
//! Architecture invariant: plain Rust. No Python, browser or renderer types: the worker, the page
//! and native checks all use it.

mod changes;
mod collide;
mod world;

pub use changes::{CameraState, EntityState, FrameChanges, ModelMesh, TextState};
pub use collide::{Aabb, Collider};
pub use world::{
    CAMERA_OFFSET, Camera, Entity, EntityId, Input, ModelId, Sound, Text, TextId, Time,
    TooManyEntities, World, normalize_key,
};

/// Frames a check may play at most, and a game may be stepped by at once: about 5 minutes at 60
/// frames a second.
pub const MAX_FRAMES: u32 = 18_000;

/// Entities a world may hold: past this, spawning is refused (a game that spawns in a loop without
/// end stops with a clear error instead of filling the memory).
pub const MAX_ENTITIES: usize = 5_000;

/// How long one frame may take to play, in milliseconds: an `update()` past this is stopped (a loop
/// without end) and the game ends. Natively the runtime's watchdog stops it; in the browser the
/// page stops the worker.
pub const FRAME_TIME_LIMIT_MS: u32 = 1_000;

/// The longest time step a frame may take, in seconds: a tab that slept for a minute does not
/// throw its entities a minute's velocity at once.
pub const MAX_DT: f32 = 0.1;
