//! `/my-exercises`: the exercises a teacher wrote, newest change first, each with how many of
//! their classes have it; a new one, a change, or one deleted (taken back from the classes).

use darbnica_api::classes::Role;
use darbnica_api::own_exercises::OwnExerciseSummary;
use leptos::prelude::*;

use crate::common::form_error::FormError;
use crate::common::item_list::ItemList;
use crate::common::loaded::Loaded;
use crate::common::role_gate::RoleGate;
use crate::common::submission::Submission;
use crate::shell::api::{self, Action};
use crate::shell::dates;
use crate::shell::i18n::use_i18n;

#[component]
pub fn OwnExercisesPage() -> impl IntoView {
    let i18n = use_i18n();
    let exercises = LocalResource::new(api::fetch_own_exercises);
    view! {
        <RoleGate role=Role::Teacher>
            <section class="own-exercises">
                <h1>{move || i18n.t("own-list-title")}</h1>
                <p class="page-intro">{move || i18n.t("own-list-intro")}</p>
                <a class="button" id="own-new" href="/my-exercises/new">{move || i18n.t("own-new")}</a>
                <Loaded resource=exercises loading_key="own-loading" error_title_key="own-error-title" let:list>
                    {list.is_empty().then(|| view! { <p class="empty-state" id="own-empty">{move || i18n.t("own-list-empty")}</p> })}
                    <ItemList items=list class="own-list" id="own-list" let:exercise>
                        <OwnExerciseRow exercise on_deleted=Callback::new(move |()| exercises.refetch())/>
                    </ItemList>
                </Loaded>
            </section>
        </RoleGate>
    }
}

#[component]
fn OwnExerciseRow(exercise: OwnExerciseSummary, on_deleted: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let title = i18n.localized(&exercise.title);
    let href = format!("/my-exercises/{}", exercise.id);
    let try_href = format!("/courses/{}", exercise.item);
    let id = exercise.id.clone();
    let assigned = i64::from(exercise.assigned);
    let updated_at = exercise.updated_at;
    let asking = RwSignal::new(false);
    let form = Submission::new();
    let delete = move |_| {
        if !asking.get_untracked() {
            asking.set(true);
            return;
        }
        let id = id.clone();
        let sent = async move { api::delete_own_exercise(&id).await };
        form.send(Action::Other, sent, move |()| on_deleted.run(()));
    };
    view! {
        <li class="card own-list__item" data-item=exercise.item.clone()>
            <a class="own-list__title" href=href>{title}</a>
            <p class="own-list__facts">
                {move || i18n.t_count("own-list-assigned", assigned as u32)}
                " · "
                {move || i18n.t_text_args("own-list-changed", &[("date", dates::date_time(updated_at, i18n.language()))])}
            </p>
            <div class="own-list__actions">
                <a class="button button--quiet" href=try_href>{move || i18n.t("own-try")}</a>
                <button type="button" class="button button--danger" on:click=delete disabled=move || form.is_busy()>
                    {move || i18n.t(if asking.get() { "own-delete-confirm" } else { "own-delete" })}
                </button>
            </div>
            <Show when=move || asking.get()>
                <p class="field__hint">{move || i18n.t_count("own-delete-warning", assigned as u32)}</p>
            </Show>
            <FormError message=form.error/>
        </li>
    }
}
