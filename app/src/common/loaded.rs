//! Something the page asked the server for, shown once it is there: a loading state while it comes,
//! an error state with a way to try again when it could not come. Every page that loads one thing
//! shows it through this, so loading and failing look and read the same everywhere.

use std::future::Future;

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::common::error_state::ErrorState;
use crate::common::loading_state::LoadingState;
use crate::shell::api::ApiError;

/// The value of the route parameter `name` (`id` in `/classes/:id`), following the address.
pub fn use_route_param(name: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let params = use_params_map();
    move || params.with(|params| params.get(name).unwrap_or_default())
}

/// What the route parameter `name` names, fetched again when the address changes.
pub fn use_route_resource<T, Fut>(
    name: &'static str,
    fetch: impl Fn(String) -> Fut + 'static,
) -> LocalResource<Result<T, ApiError>>
where
    T: 'static,
    Fut: Future<Output = Result<T, ApiError>> + 'static,
{
    let param = use_route_param(name);
    LocalResource::new(move || fetch(param()))
}

#[component]
pub fn Loaded<T, V, F>(
    /// What to wait for.
    resource: LocalResource<Result<T, ApiError>>,
    /// The text shown while it comes.
    loading_key: &'static str,
    /// The heading over the error when it could not come.
    error_title_key: &'static str,
    /// Keep what was shown while it loads again (a `Transition`): for pages that reload when
    /// progress from elsewhere is merged in, so that they do not flash a spinner.
    #[prop(optional)]
    keep_while_reloading: bool,
    /// What to show once it is there.
    children: F,
) -> impl IntoView
where
    T: Clone + 'static,
    V: IntoView + 'static,
    F: Fn(T) -> V + Clone + Send + Sync + 'static,
{
    let content = move || {
        let children = children.clone();
        Suspend::new(async move {
            match resource.await {
                Ok(value) => children(value).into_any(),
                Err(error) => view! {
                    <ErrorState
                        title_key=error_title_key
                        message_key=error.message_key()
                        on_retry=move || resource.refetch()
                    />
                }
                .into_any(),
            }
        })
    };
    let fallback = move || view! { <LoadingState message_key=loading_key/> };
    if keep_while_reloading {
        view! { <Transition fallback>{content}</Transition> }.into_any()
    } else {
        view! { <Suspense fallback>{content}</Suspense> }.into_any()
    }
}
