//! The portal's geometry kernel: solids, transforms, robust booleans (through `boolmesh`, a
//! pure-Rust port of Manifold's algorithm), measures and exports, for the 3D sandbox and the
//! model exercises' checks.
//!
//! Units are millimetres and Z is up, as 3D printers expect. Every operation on bad input (NaN,
//! negative sizes, absurd segment counts, open polyhedra) returns a [`GeometryError`], never a
//! panic.
//!
//! Architecture invariant: no web dependencies; the same code runs natively (tests, benchmarks)
//! and in the browser's Python worker.

pub mod boolean_cache;
mod error;
pub mod export;
mod mesh;
pub mod primitives;
mod sketch;
mod solid;
#[cfg(feature = "thumbnail")]
pub mod thumbnail;

pub use error::{GeometryError, Result};
pub use glam::{DMat4, DVec2, DVec3};
pub use mesh::{Bounds, Mesh};
pub use sketch::Sketch;
pub use solid::{Limits, Solid};
