//! Looks up the class a join code belongs to, then shows the form to join it, or the code form
//! again with what was wrong.

use leptos::prelude::*;

use crate::accounts::join_code_form::JoinCodeForm;
use crate::accounts::join_form::JoinForm;
use crate::common::loading_state::LoadingState;
use crate::shell::api::{self, Action};

#[component]
pub fn JoinClass(code: String) -> impl IntoView {
    let info = LocalResource::new({
        let code = code.clone();
        move || {
            let code = code.clone();
            async move { api::fetch_join_info(&code).await }
        }
    });
    let page = move || {
        Suspend::new(async move {
            match info.await {
                Ok(info) => view! { <JoinForm info/> }.into_any(),
                Err(error) => {
                    view! { <JoinCodeForm problem=error.message_key_for(Action::Join)/> }.into_any()
                }
            }
        })
    };
    view! {
        <Suspense fallback=move || view! { <LoadingState message_key="join-loading"/> }>{page}</Suspense>
    }
}
