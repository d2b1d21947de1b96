//! `/workshops/:workshop`: one workshop, with the 3D projects and exercises it uses.

use leptos::prelude::*;

use crate::common::loaded::{Loaded, use_route_resource};
use crate::courses::workshop_view::WorkshopView;
use crate::shell::api;

#[component]
pub fn WorkshopPage() -> impl IntoView {
    let workshop = use_route_resource(
        "workshop",
        |id| async move { api::fetch_workshop(&id).await },
    );
    view! {
        <section class="workshops-page">
            <Loaded resource=workshop loading_key="workshops-loading" error_title_key="workshop-error-title" let:workshop>
                <WorkshopView workshop/>
            </Loaded>
        </section>
    }
}
