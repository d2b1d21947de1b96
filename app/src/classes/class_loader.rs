//! Loads the class named in the address for the class page, then shows it, or says why it could
//! not.

use leptos::prelude::*;

use crate::classes::class_view::ClassView;
use crate::common::loaded::{Loaded, use_route_resource};
use crate::shell::api;

#[component]
pub fn ClassLoader() -> impl IntoView {
    let class = use_route_resource("id", |id| async move { api::fetch_class(&id).await });
    view! {
        <Loaded resource=class loading_key="class-loading" error_title_key="class-error-title" let:detail>
            <ClassView detail/>
        </Loaded>
    }
}
