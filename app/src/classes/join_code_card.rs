//! A class's join code, big enough to read from the back of a classroom, and the join link to
//! copy and share.

use leptos::prelude::*;
use wasm_bindgen::JsCast as _;

use crate::classes::class_state::use_class;
use crate::shell::i18n::use_i18n;

#[component]
pub fn JoinCodeCard() -> impl IntoView {
    let i18n = use_i18n();
    let class = use_class();
    let code = move || class.summary.with(|summary| summary.join_code.clone());
    let origin = window().location().origin().unwrap_or_default();
    let link = {
        let origin = origin.clone();
        move || format!("{origin}/join/{}", code())
    };
    let copied = RwSignal::new(false);
    let copy = {
        let link = link.clone();
        move |_| {
            let url = link();
            let clipboard = window().navigator().clipboard();
            leptos::task::spawn_local(async move {
                let written = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&url))
                    .await
                    .is_ok();
                copied.set(written);
            });
        }
    };
    let select_all = |event: leptos::ev::FocusEvent| {
        if let Some(input) = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            input.select();
        }
    };
    view! {
        <section class="card join-code-card" aria-labelledby="join-code-heading">
            <div class="join-code-card__code-box">
                <h2 id="join-code-heading" class="join-code-card__label">{move || i18n.t("class-join-code")}</h2>
                <p class="join-code-card__code" id="join-code" translate="no">{code}</p>
            </div>
            <div class="join-code-card__link-box">
                <label for="join-link" class="join-code-card__label">{move || i18n.t("class-join-link")}</label>
                <div class="join-code-card__link-row">
                    <input type="text" readonly id="join-link" class="join-code-card__link" prop:value=link on:focus=select_all/>
                    <button type="button" class="button" id="copy-join-link" on:click=copy>
                        {move || if copied.get() { i18n.t("class-join-link-copied") } else { i18n.t("class-join-link-copy") }}
                    </button>
                </div>
                <p class="join-code-card__hint">{move || i18n.t_text_args("class-join-hint", &[("address", format!("{origin}/join"))])}</p>
            </div>
        </section>
    }
}
