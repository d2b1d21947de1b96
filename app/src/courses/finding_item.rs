//! One thing an exercise's checks found wrong, in the student's language, with the input it was
//! tried with.

use darbnica_api::python::Finding;
use leptos::prelude::*;

use crate::common::rich_text::with_code;
use crate::shell::i18n::{I18n, use_i18n};

#[component]
pub fn FindingItem(finding: Finding) -> impl IntoView {
    let i18n = use_i18n();
    let input = finding.args.get("input").cloned();
    view! {
        <li class="check-result__finding">
            {input.map(|input| view! {
                <span class="check-result__input">{move || i18n.t_text_args("check-input-label", &[("input", input.clone())])}" "</span>
            })}
            <span>{move || with_code(&finding_text(i18n, &finding))}</span>
        </li>
    }
}

/// A finding in the user's language: the author's own words, or the `check-…` message.
pub fn finding_text(i18n: I18n, finding: &Finding) -> String {
    if let Some(text) = &finding.text {
        return text.get(i18n.language().code()).to_owned();
    }
    let args: Vec<(&str, String)> = finding
        .args
        .iter()
        .filter(|(name, _)| name.as_str() != "input")
        .map(|(name, value)| (name.as_str(), value.clone()))
        .collect();
    i18n.t_text_args(&finding.key, &args)
}
