//! The small note in the header that says where a signed-in user's work is: saved on the server,
//! being sent, or kept on this device while there is no connection.

use leptos::prelude::*;

use crate::progress::sync::use_progress_sync;
use crate::shell::i18n::use_i18n;

#[component]
pub fn SyncStatus() -> impl IntoView {
    let i18n = use_i18n();
    let sync = use_progress_sync();
    let status = move || sync.status.get();
    view! {
        <span
            id="sync-status"
            // About this device now: not part of the server's copy of the page.
            data-snapshot="skip"
            class=move || format!("sync-status sync-status--{}", status().name())
            data-state=move || status().name()
            role="status"
            aria-live="polite"
        >
            <span class="sync-status__dot" aria-hidden="true"></span>
            <span class="sync-status__text">{move || i18n.t(status().message_key())}</span>
        </span>
    }
}
