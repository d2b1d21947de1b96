//! A line in the footer that says whether this device can work without a connection: being
//! prepared, ready, or working from its copy now.

use leptos::prelude::*;

use crate::shell::i18n::use_i18n;
use crate::shell::service_worker::{OfflineCopy, use_offline_support};

#[component]
pub fn OfflineNote() -> impl IntoView {
    let i18n = use_i18n();
    let offline = use_offline_support();
    // (data-state, text key), or nothing to say.
    let state = move || match (offline.online.get(), offline.offline_copy.get()) {
        (false, _) => Some(("offline", "offline-now")),
        (true, OfflineCopy::Preparing) => Some(("preparing", "offline-preparing")),
        (true, OfflineCopy::Ready) => Some(("ready", "offline-ready")),
        (true, OfflineCopy::Failed) => Some(("failed", "offline-failed")),
        (true, OfflineCopy::None) => None,
    };
    view! {
        <p
            id="offline-note"
            class="offline-note"
            // About this device now: not part of the server's copy of the page.
            data-snapshot="skip"
            data-state=move || state().map(|(name, _)| name).unwrap_or("none")
            role="status"
        >
            {move || state().map(|(_, key)| i18n.t(key))}
        </p>
    }
}
