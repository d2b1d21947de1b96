//! Where the signed-in user is signed in: this browser first, then the others by when they were
//! last used, each with its browser and system and when it began; any other one can be signed out
//! from here, or all of them at once.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::accounts::session_row::SessionRow;
use crate::common::error_state::ErrorState;
use crate::common::loading_state::LoadingState;
use crate::shell::api;
use crate::shell::i18n::use_i18n;

#[component]
pub fn SessionList() -> impl IntoView {
    let i18n = use_i18n();
    let reload = RwSignal::new(0u32);
    let sessions = LocalResource::new(move || {
        reload.track();
        async move { api::fetch_sessions().await }
    });
    let error = RwSignal::new(None::<&'static str>);
    let ended = RwSignal::new(None::<u32>);
    let end_one = move |handle: String| {
        spawn_local(async move {
            match api::end_session(&handle).await {
                Ok(()) => {
                    error.set(None);
                    reload.update(|n| *n += 1);
                }
                Err(failure) => error.set(Some(failure.message_key())),
            }
        });
    };
    let end_others = move |_| {
        spawn_local(async move {
            match api::end_other_sessions().await {
                Ok(answer) => {
                    error.set(None);
                    ended.set(Some(answer.ended));
                    reload.update(|n| *n += 1);
                }
                Err(failure) => error.set(Some(failure.message_key())),
            }
        });
    };
    let list = move || {
        Suspend::new(async move {
            match sessions.await {
                Err(failure) => view! { <ErrorState title_key="sessions-error-title" message_key=failure.message_key() on_retry=move || reload.update(|n| *n += 1)/> }.into_any(),
                Ok(list) => {
                    let others = list.iter().filter(|session| !session.current).count();
                    view! {
                        <ul class="session-list" id="session-list">
                            {list.into_iter().map(|session| view! { <SessionRow session end_one/> }).collect_view()}
                        </ul>
                        {(others > 0).then(|| view! {
                            <button type="button" class="button button--outline" id="sessions-end-others" on:click=end_others>
                                {move || i18n.t("sessions-end-others")}
                            </button>
                        })}
                    }
                    .into_any()
                }
            }
        })
    };
    view! {
        {move || error.get().map(|key| view! { <p class="form-error" role="alert">{move || i18n.t(key)}</p> })}
        {move || ended.get().map(|count| view! {
            <p class="form-success" role="status" id="sessions-ended">{move || i18n.t_count("sessions-ended", count)}</p>
        })}
        <Suspense fallback=move || view! { <LoadingState message_key="sessions-loading"/> }>{list}</Suspense>
    }
}
