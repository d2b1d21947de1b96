//! Where the signed-in user is signed in: this browser first, then the others by when they were
//! last used, each with its browser and system and when it began; any other one can be signed out
//! from here, or all of them at once.

use leptos::prelude::*;

use crate::accounts::session_row::SessionRow;
use crate::common::form_error::FormError;
use crate::common::item_list::ItemList;
use crate::common::loaded::Loaded;
use crate::common::submission::Submission;
use crate::shell::api::{self, Action};
use crate::shell::i18n::use_i18n;

#[component]
pub fn SessionList() -> impl IntoView {
    let i18n = use_i18n();
    let sessions = LocalResource::new(api::fetch_sessions);
    let form = Submission::new();
    let ended = RwSignal::new(None::<u32>);
    let end_one = move |handle: String| {
        form.send(
            Action::Other,
            async move { api::end_session(&handle).await },
            move |()| {
                sessions.refetch();
            },
        );
    };
    let end_others = move |_| {
        form.send(Action::Other, api::end_other_sessions(), move |answer| {
            ended.set(Some(answer.ended));
            sessions.refetch();
        });
    };
    view! {
        <FormError message=form.error/>
        {move || ended.get().map(|count| view! {
            <p class="form-success" role="status" id="sessions-ended">{move || i18n.t_count("sessions-ended", count)}</p>
        })}
        <Loaded resource=sessions loading_key="sessions-loading" error_title_key="sessions-error-title" let:list>
            {
                let others = list.iter().filter(|session| !session.current).count();
                view! {
                    <ItemList items=list class="session-list" id="session-list" let:session><SessionRow session end_one/></ItemList>
                    {(others > 0).then(|| view! {
                        <button type="button" class="button button--outline" id="sessions-end-others" on:click=end_others>
                            {move || i18n.t("sessions-end-others")}
                        </button>
                    })}
                }
            }
        </Loaded>
    }
}
