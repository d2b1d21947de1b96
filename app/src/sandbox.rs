//! The 3D sandbox: a model script and its sliders, the three-d viewport, the gallery, share links
//! and exports.

pub mod gallery_page;
pub mod model_viewport;
pub mod sandbox_page;
pub mod share;
pub mod viewport;
