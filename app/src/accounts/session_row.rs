//! One place where the user is signed in: its browser and system, when it began and was last
//! used, and a button to sign it out unless it is this browser.

use darbnica_api::classes::SessionInfo;
use leptos::prelude::*;

use crate::shell::dates;
use crate::shell::i18n::use_i18n;

#[component]
pub fn SessionRow(
    session: SessionInfo,
    end_one: impl Fn(String) + Copy + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let SessionInfo {
        handle,
        since,
        last_active,
        device,
        current,
        ..
    } = session;
    let device = if device.is_empty() {
        None
    } else {
        Some(device)
    };
    view! {
        <li class="session-list__item" class:session-list__item--current=current>
            <span class="session-list__device">
                {move || device.clone().unwrap_or_else(|| i18n.t("sessions-unknown-device"))}
                {current.then(|| view! { " " <strong class="session-list__here">{move || i18n.t("sessions-this-one")}</strong> })}
            </span>
            <span class="session-list__times">
                {move || i18n.t_text_args("sessions-times", &[
                    ("since", dates::date_time(since, i18n.language())),
                    ("last", dates::date_time(last_active, i18n.language())),
                ])}
            </span>
            {(!current).then(|| {
                let handle = handle.clone();
                view! {
                    <button type="button" class="button button--quiet button--small session-list__end"
                        on:click=move |_| end_one(handle.clone())>
                        {move || i18n.t("sessions-end-one")}
                    </button>
                }
            })}
        </li>
    }
}
