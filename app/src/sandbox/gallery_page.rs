//! The 3D gallery: the workshops' parametric projects, each opening in the sandbox.

use leptos::prelude::*;

use crate::common::item_list::ItemList;
use crate::common::loaded::Loaded;
use crate::common::page_heading::PageHeading;
use crate::sandbox::gallery_item::GalleryItem;
use crate::shell::api;
use crate::shell::i18n::use_i18n;

#[component]
pub fn GalleryPage() -> impl IntoView {
    let i18n = use_i18n();
    let models = LocalResource::new(api::fetch_models);
    view! {
        <section class="gallery-page">
            <PageHeading title_key="gallery-title" intro_key="gallery-intro"/>
            <p><a class="button" href="/sandbox">{move || i18n.t("gallery-blank")}</a></p>
            <Loaded resource=models loading_key="gallery-loading" error_title_key="gallery-error-title" let:models>
                <ItemList items=models class="gallery" let:model><GalleryItem model/></ItemList>
            </Loaded>
        </section>
    }
}
