//! The 3D sandbox: a model script in the editor, its `param(...)`s as sliders, checkboxes and
//! dropdowns, the model drawn in 3D, files to save it as, and a link to share it.
//!
//! This page finds the project to open: a gallery model (`/models/:model`, slider values in the
//! query), code from a share link (`/sandbox#…`), or the starter (`/sandbox`).

use std::collections::BTreeMap;

use darbnica_api::ModelSummary;
use darbnica_api::python::ModelInfo;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::common::loaded::Loaded;
use crate::sandbox::sandbox_workspace::SandboxWorkspace;
use crate::sandbox::share;
use crate::shell::api;

/// What the sandbox starts with when no project is opened.
const STARTER: &str = "from darbnica import *\n\nheight = param(\"height\", 40, 10, 120, label={\"lv\": \"Augstums\", \"en\": \"Height\"})\nradius = param(\"radius\", 20, 5, 60, label={\"lv\": \"Rādiuss\", \"en\": \"Radius\"})\n\ncup = cylinder(height, radius, segments=64)\ninside = cylinder(height, radius - 2, segments=64).translate(0, 0, 2)\nshow(cup - inside)\n";

/// What the sandbox opens with.
#[derive(Clone)]
pub struct Project {
    pub summary: Option<ModelSummary>,
    pub code: String,
    pub values: BTreeMap<String, f64>,
    /// A gallery model's sliders and measures at its defaults, known before any run.
    pub facts: Option<ModelInfo>,
    /// False for code from a share link: it runs when the viewer presses Run.
    pub autorun: bool,
    /// A share link that could not be read.
    pub damaged_link: bool,
}

fn location_hash() -> String {
    web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .unwrap_or_default()
}

/// `/models/:model` (with slider values in the query), or `/sandbox` (with shared code in the
/// fragment, or the starter).
#[component]
pub fn SandboxPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let model_id = move || params.with(|params| params.get("model"));
    let project = LocalResource::new(move || {
        let id = model_id();
        let values = query.with_untracked(|query| {
            share::params_from_query(
                query
                    .clone()
                    .into_iter()
                    .collect::<Vec<_>>()
                    .iter()
                    .map(|(name, value)| (name.as_ref(), value.as_str())),
            )
        });
        async move {
            match id {
                Some(id) => api::fetch_model(&id).await.map(|model| Project {
                    summary: Some(model.summary),
                    code: model.code,
                    values,
                    facts: model.facts,
                    autorun: true,
                    damaged_link: false,
                }),
                None => {
                    let hash = location_hash();
                    Ok(match share::decode(&hash) {
                        Some(shared) => Project {
                            summary: None,
                            code: shared.code,
                            values: shared.params,
                            facts: None,
                            autorun: false,
                            damaged_link: false,
                        },
                        None => Project {
                            summary: None,
                            code: STARTER.to_owned(),
                            values: BTreeMap::new(),
                            facts: None,
                            autorun: true,
                            damaged_link: hash.len() > 1,
                        },
                    })
                }
            }
        }
    });
    view! {
        <Loaded resource=project loading_key="model-loading" error_title_key="model-error-title" let:project>
            <SandboxWorkspace project/>
        </Loaded>
    }
}
