//! A link to the model with its settings, to copy and send.

use std::collections::BTreeMap;

use darbnica_api::python::ModelInfo;
use leptos::prelude::*;

use crate::common::copy_link::{CopyLink, CopyLinkTexts};
use crate::sandbox::share;

/// A link to this model with these settings: a project's own link when its code is unchanged,
/// else one that carries the code.
#[component]
pub fn ShareBox(
    model: Signal<Option<Box<ModelInfo>>>,
    project: Option<String>,
    source: StoredValue<String>,
    original: StoredValue<String>,
) -> impl IntoView {
    let make = Callback::new(move |origin: String| {
        let params: BTreeMap<String, f64> = model.with_untracked(|model| {
            model
                .iter()
                .flat_map(|model| model.params.iter())
                .map(|param| (param.name.clone(), param.value))
                .collect()
        });
        let code = source.get_value();
        match &project {
            Some(id) if code == original.get_value() => {
                let query = share::query(&params);
                if query.is_empty() {
                    format!("{origin}/models/{id}")
                } else {
                    format!("{origin}/models/{id}?{query}")
                }
            }
            _ => format!(
                "{origin}/sandbox#{}",
                share::encode(&share::Shared { code, params })
            ),
        }
    });
    view! { <CopyLink texts=TEXTS make/> }
}

const TEXTS: CopyLinkTexts = CopyLinkTexts {
    button: "sandbox-share",
    label: "sandbox-share-label",
    copied: "sandbox-share-copied",
    copy: "sandbox-share-copy",
};
