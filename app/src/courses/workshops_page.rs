//! The association's workshops, newest first (`/workshops`); one workshop with the 3D projects and
//! exercises it uses (`/workshops/:workshop`) is `workshop_page.rs`.

use leptos::prelude::*;

use crate::common::item_list::ItemList;
use crate::common::loaded::Loaded;
use crate::common::page_heading::PageHeading;
use crate::courses::workshop_card::WorkshopCard;
use crate::shell::api;

#[component]
pub fn WorkshopsPage() -> impl IntoView {
    let workshops = LocalResource::new(api::fetch_workshops);
    view! {
        <section class="workshops-page">
            <PageHeading title_key="workshops-title" intro_key="workshops-intro"/>
            <Loaded resource=workshops loading_key="workshops-loading" error_title_key="workshops-error-title" let:workshops>
                <ItemList items=workshops class="workshops" let:workshop><WorkshopCard workshop/></ItemList>
            </Loaded>
        </section>
    }
}
