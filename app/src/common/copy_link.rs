//! A button that makes a link, copies it and shows it to copy by hand, with a note that says
//! whether it was copied: the sandbox's and the game studio's share links.

use leptos::prelude::*;
use wasm_bindgen::JsCast as _;

use crate::shell::i18n::use_i18n;

/// The Fluent keys of a link's texts.
#[derive(Debug, Clone, Copy)]
pub struct CopyLinkTexts {
    pub button: &'static str,
    /// The link's field, for screen readers.
    pub label: &'static str,
    pub copied: &'static str,
    pub copy: &'static str,
}

#[component]
pub fn CopyLink(
    texts: CopyLinkTexts,
    /// The link, made when the button is pressed (from the page's address and what it shows).
    make: Callback<String, String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let link = RwSignal::new(None::<String>);
    let copied = RwSignal::new(false);
    let on_click = move |_| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let origin = window.location().origin().unwrap_or_default();
        let url = make.run(origin);
        link.set(Some(url.clone()));
        copied.set(false);
        let clipboard = window.navigator().clipboard();
        leptos::task::spawn_local(async move {
            if wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&url))
                .await
                .is_ok()
            {
                copied.set(true);
            }
        });
    };
    view! {
        <div class="share">
            <button type="button" class="button button--quiet" id="share-button" on:click=on_click>
                {move || i18n.t(texts.button)}
            </button>
            <Show when=move || link.get().is_some()>
                <input type="text" readonly class="share__link" id="share-link" aria-label=move || i18n.t(texts.label)
                    prop:value=move || link.get().unwrap_or_default()
                    on:focus=|event| {
                        if let Some(input) = event.target().and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                            input.select();
                        }
                    }/>
                <p class="share__note" role="status">{move || i18n.t(if copied.get() { texts.copied } else { texts.copy })}</p>
            </Show>
        </div>
    }
}
