//! One 3D project in a gallery (the gallery page's, a workshop's): its picture, title and what it
//! is, each leading to the project in the sandbox.

use darbnica_api::ModelSummary;
use leptos::prelude::*;

use crate::shell::i18n::use_i18n;

#[component]
pub fn GalleryItem(
    model: ModelSummary,
    /// Under a heading of the page's own (a workshop's "3D projects"), so the title is one level
    /// lower.
    #[prop(optional)]
    in_section: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let href = format!("/models/{}", model.id);
    let thumbnail = format!("/api/models/{}/thumbnail.png", model.id);
    let title = view! { <a href=href.clone()>{i18n.localized(&model.title)}</a> };
    view! {
        <li class="gallery__item" data-model-id=model.id.clone()>
            <a href=href class="gallery__thumbnail" tabindex="-1" aria-hidden="true">
                <img src=thumbnail alt="" width="320" height="240" loading="lazy"/>
            </a>
            {if in_section {
                view! { <h3 class="gallery__title">{title}</h3> }.into_any()
            } else {
                view! { <h2 class="gallery__title">{title}</h2> }.into_any()
            }}
            <p>{i18n.localized(&model.description)}</p>
        </li>
    }
}
