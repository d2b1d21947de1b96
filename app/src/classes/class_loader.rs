//! Loads the class named in the address for the class page, then shows it, or says why it could
//! not.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::classes::class_view::ClassView;
use crate::common::error_state::ErrorState;
use crate::common::loading_state::LoadingState;
use crate::shell::api;

#[component]
pub fn ClassLoader() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.with(|params| params.get("id").unwrap_or_default());
    let class = LocalResource::new(move || {
        let id = id();
        async move { api::fetch_class(&id).await }
    });
    let page = move || {
        Suspend::new(async move {
            match class.await {
                Ok(detail) => view! { <ClassView detail/> }.into_any(),
                Err(error) => view! {
                    <ErrorState title_key="class-error-title" message_key=error.message_key() on_retry=move || class.refetch()/>
                }
                .into_any(),
            }
        })
    };
    view! {
        <Suspense fallback=move || view! { <LoadingState message_key="class-loading"/> }>{page}</Suspense>
    }
}
