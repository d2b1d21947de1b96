//! The 3D gallery: the workshops' parametric projects, each opening in the sandbox.

use leptos::prelude::*;

use crate::common::error_state::ErrorState;
use crate::common::loading_state::LoadingState;
use crate::shell::api;
use crate::shell::i18n::use_i18n;

#[component]
pub fn GalleryPage() -> impl IntoView {
    let i18n = use_i18n();
    let models = LocalResource::new(api::fetch_models);
    let list = move || {
        Suspend::new(async move {
            match models.await {
                Ok(models) => view! {
                    <ul class="gallery">
                        {models.into_iter().map(|model| {
                            let href = format!("/models/{}", model.id);
                            let thumbnail = format!("/api/models/{}/thumbnail.png", model.id);
                            let title = model.title.clone();
                            let description = model.description.clone();
                            view! {
                                <li class="gallery__item" data-model-id=model.id.clone()>
                                    <a href=href.clone() class="gallery__thumbnail" tabindex="-1" aria-hidden="true">
                                        <img src=thumbnail alt="" width="320" height="240" loading="lazy"/>
                                    </a>
                                    <h2 class="gallery__title"><a href=href>{move || title.get(i18n.language().code()).to_owned()}</a></h2>
                                    <p>{move || description.get(i18n.language().code()).to_owned()}</p>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }
                .into_any(),
                Err(error) => view! {
                    <ErrorState title_key="gallery-error-title" message_key=error.message_key() on_retry=move || models.refetch()/>
                }
                .into_any(),
            }
        })
    };
    view! {
        <section class="gallery-page">
            <h1>{move || i18n.t("gallery-title")}</h1>
            <p class="gallery-page__intro">{move || i18n.t("gallery-intro")}</p>
            <p><a class="button" href="/sandbox">{move || i18n.t("gallery-blank")}</a></p>
            <Suspense fallback=move || view! { <LoadingState message_key="gallery-loading"/> }>{list}</Suspense>
        </section>
    }
}
