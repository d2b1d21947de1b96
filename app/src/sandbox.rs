//! The 3D sandbox: a model script and its sliders, the three-d viewport, the gallery, share links
//! and exports.

pub mod export_bar;
pub mod gallery_item;
pub mod gallery_page;
pub mod model_facts;
pub mod model_viewport;
pub mod param_choice;
pub mod param_controls;
pub mod param_runs;
pub mod param_slider;
pub mod param_toggle;
pub mod sandbox_page;
pub mod sandbox_workspace;
pub mod share;
pub mod share_box;
pub mod slider_scheduler;
pub mod viewport;
