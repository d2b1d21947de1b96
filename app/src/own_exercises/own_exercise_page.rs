//! `/my-exercises/new` and `/my-exercises/:id`: a teacher writes a new exercise, or changes one of
//! theirs (loaded as they wrote it).

use darbnica_api::classes::Role;
use darbnica_api::own_exercises::{OwnExercise, OwnExerciseDraft};
use leptos::prelude::*;

use crate::common::loaded::{Loaded, use_route_resource};
use crate::common::role_gate::RoleGate;
use crate::own_exercises::own_exercise_form::OwnExerciseForm;
use crate::shell::api;
use crate::shell::i18n::use_i18n;

#[component]
pub fn OwnExercisePage() -> impl IntoView {
    view! {
        <RoleGate role=Role::Teacher>
            <OwnExerciseLoader/>
        </RoleGate>
    }
}

#[component]
fn OwnExerciseLoader() -> impl IntoView {
    let i18n = use_i18n();
    let draft = use_route_resource("id", |id| async move {
        if id == "new" {
            return Ok(None);
        }
        api::fetch_own_exercise_draft(&id).await.map(Some)
    });
    view! {
        <section class="own-exercise-page">
            <p class="breadcrumbs"><a href="/my-exercises">{move || i18n.t("own-list-title")}</a></p>
            <Loaded resource=draft loading_key="own-loading" error_title_key="own-error-title" let:draft>
                {
                    let (heading, id, exercise) = match draft {
                        Some(OwnExerciseDraft { id, exercise, .. }) => ("own-edit-title", Some(id), exercise),
                        None => ("own-new-title", None, OwnExercise::default()),
                    };
                    view! {
                        <h1>{move || i18n.t(heading)}</h1>
                        <p class="page-intro">{move || i18n.t("own-intro")}</p>
                        <OwnExerciseForm id exercise/>
                    }
                }
            </Loaded>
        </section>
    }
}
