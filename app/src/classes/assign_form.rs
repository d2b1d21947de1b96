//! Assigning work to a class: pick a course, then whole lessons or single exercises from it, and
//! 3D projects from the gallery; an optional due date (date and time); send. Items already
//! assigned get the new due date.

use darbnica_api::ModelSummary;
use darbnica_api::classes::{ItemKey, NewAssignments};
use leptos::prelude::*;

use crate::classes::assign_choice::AssignChoice;
use crate::classes::class_state::use_class;
use crate::classes::course_choices::CourseChoices;
use crate::common::form_error::FormError;
use crate::common::submission::Submission;
use crate::shell::api::{self, Action};
use crate::shell::dates;
use crate::shell::i18n::use_i18n;

#[component]
pub fn AssignForm() -> impl IntoView {
    let i18n = use_i18n();
    let class = use_class();
    let courses = LocalResource::new(api::fetch_courses);
    let models = LocalResource::new(api::fetch_models);
    let own = LocalResource::new(api::fetch_own_exercises);
    let course_id = RwSignal::new(None::<String>);
    let course = LocalResource::new(move || {
        let id = course_id.get();
        async move {
            match id {
                Some(id) => api::fetch_course(&id).await.map(Some),
                None => Ok(None),
            }
        }
    });
    // The chosen items in the order they were chosen (a lesson adds its exercises in order).
    let selected = RwSignal::new(Vec::<String>::new());
    let due_date = RwSignal::new(String::new());
    let due_time = RwSignal::new(String::new());
    let form = Submission::new();
    let done = RwSignal::new(None::<u32>);

    // The first course is open from the start.
    Effect::new(move |_| {
        if course_id.with_untracked(Option::is_none)
            && let Some(Ok(list)) = courses.get()
            && let Some(first) = list.first()
        {
            course_id.set(Some(first.id.clone()));
        }
    });

    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        done.set(None);
        let items = selected.get_untracked();
        if items.is_empty() {
            form.fail("assign-error-nothing");
            return;
        }
        let date = due_date.get_untracked();
        let due_at = if date.trim().is_empty() {
            None
        } else {
            match dates::parse_local(&date, &due_time.get_untracked()) {
                Some(ms) => Some(ms),
                None => {
                    form.fail("assign-error-date");
                    return;
                }
            }
        };
        if due_at.is_some_and(|due| (due as f64) < js_sys::Date::now()) {
            form.fail("assign-error-past");
            return;
        }
        let id = class.id.get_value();
        let count = items.len() as u32;
        let sent = async move { api::assign(&id, &NewAssignments { items, due_at }).await };
        form.send(Action::Assign, sent, move |assignments| {
            class.change_grid(|grid| grid.assignments = assignments);
            selected.set(Vec::new());
            done.set(Some(count));
        });
    };

    let course_options = move || {
        Suspend::new(async move {
            match courses.await {
                Ok(list) => list
                    .into_iter()
                    .map(|course| {
                        let id = course.id.clone();
                        let selected_id = id.clone();
                        view! {
                            <option value=id selected=move || course_id.get().as_deref() == Some(selected_id.as_str())>
                                {move || course.title.get(i18n.language().code()).to_owned()}
                            </option>
                        }
                    })
                    .collect_view()
                    .into_any(),
                Err(_) => ().into_any(),
            }
        })
    };
    let lessons = move || {
        Suspend::new(async move {
            match course.await {
                Ok(Some(detail)) => view! { <CourseChoices detail selected/> }.into_any(),
                Ok(None) => ().into_any(),
                Err(failure) => {
                    view! { <p class="notice notice--problem">{move || i18n.t(failure.message_key())}</p> }.into_any()
                }
            }
        })
    };
    let model_choices = move || {
        Suspend::new(async move {
            match models.await {
                Ok(list) => view! { <ModelChoices models=list selected/> }.into_any(),
                Err(_) => ().into_any(),
            }
        })
    };

    let own_choices = move || {
        Suspend::new(async move {
            match own.await {
                Ok(list) if !list.is_empty() => view! {
                    <ul class="assign-lesson__items assign-models__items">
                        {list.into_iter().map(|exercise| view! {
                            <AssignChoice key=exercise.item title=exercise.title selected/>
                        }).collect_view()}
                    </ul>
                }
                .into_any(),
                Ok(_) => view! {
                    <p class="field__hint"><a href="/my-exercises/new">{move || i18n.t("assign-own-none")}</a></p>
                }
                .into_any(),
                Err(_) => ().into_any(),
            }
        })
    };

    view! {
        <form class="card assign-form" id="assign-form" on:submit=submit novalidate=true>
            <h3>{move || i18n.t("assign-form-heading")}</h3>
            <div class="field">
                <label for="assign-course">{move || i18n.t("assign-course")}</label>
                <select id="assign-course" on:change=move |event| course_id.set(Some(event_target_value(&event)))>
                    <Suspense fallback=|| ()>{course_options}</Suspense>
                </select>
            </div>
            <div class="assign-lessons" id="assign-lessons">
                <Suspense fallback=move || view! { <p class="loading-state">{move || i18n.t("assign-loading")}</p> }>{lessons}</Suspense>
            </div>
            <details class="assign-models">
                <summary>{move || i18n.t("assign-models")}</summary>
                <Suspense fallback=|| ()>{model_choices}</Suspense>
            </details>
            <details class="assign-models" id="assign-own">
                <summary>{move || i18n.t("assign-own")}</summary>
                <Suspense fallback=|| ()>{own_choices}</Suspense>
            </details>
            <fieldset class="assign-due">
                <legend>{move || i18n.t("assign-due")}</legend>
                <div class="assign-due__inputs">
                    <label>
                        <span class="visually-hidden">{move || i18n.t("assign-due-date")}</span>
                        <input type="date" id="assign-due-date" prop:value=move || due_date.get() on:input=move |event| due_date.set(event_target_value(&event))/>
                    </label>
                    <label>
                        <span class="visually-hidden">{move || i18n.t("assign-due-time")}</span>
                        <input type="time" id="assign-due-time" prop:value=move || due_time.get() on:input=move |event| due_time.set(event_target_value(&event))/>
                    </label>
                </div>
                <p class="field__hint">{move || i18n.t("assign-due-hint")}</p>
            </fieldset>
            <FormError message=form.error id="assign-error"/>
            {move || done.get().map(|count| view! { <p class="form-success" role="status" id="assign-done">{move || i18n.t_count("assign-done", count)}</p> })}
            <div class="assign-form__submit">
                <span class="assign-form__count" id="assign-count">{move || i18n.t_count("assign-selected", selected.with(Vec::len) as u32)}</span>
                <button type="submit" class="button" id="assign-submit" disabled=move || form.is_busy()>{move || i18n.t("assign-submit")}</button>
            </div>
        </form>
    }
}

#[component]
fn ModelChoices(models: Vec<ModelSummary>, selected: RwSignal<Vec<String>>) -> impl IntoView {
    view! {
        <ul class="assign-lesson__items assign-models__items">
            {models.into_iter().map(|model| {
                let key = ItemKey::Model { model: &model.id }.to_string();
                view! { <AssignChoice key title=model.title selected/> }
            }).collect_view()}
        </ul>
    }
}
