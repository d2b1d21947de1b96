//! A course's lessons in the form that assigns work to a class: a checkbox for a whole lesson and
//! one for each exercise.

use darbnica_api::CourseDetail;
use darbnica_api::classes::ItemKey;
use leptos::prelude::*;

use crate::classes::assign_choice::AssignChoice;
use crate::shell::i18n::use_i18n;

fn exercise_key(course: &str, exercise: &str) -> String {
    ItemKey::Exercise { course, exercise }.to_string()
}

/// A course's lessons: a checkbox for a whole lesson and one for each exercise.
#[component]
pub fn CourseChoices(detail: CourseDetail, selected: RwSignal<Vec<String>>) -> impl IntoView {
    let i18n = use_i18n();
    let course = detail.id.clone();
    detail
        .lessons
        .into_iter()
        .filter(|lesson| !lesson.exercises.is_empty())
        .map(|lesson| {
            let keys: Vec<String> = lesson
                .exercises
                .iter()
                .map(|exercise| exercise_key(&course, &exercise.id))
                .collect();
            let all_keys = StoredValue::new(keys);
            let chosen = move || {
                let total = all_keys.with_value(Vec::len);
                let count = selected.with(|selected| {
                    all_keys.with_value(|keys| keys.iter().filter(|key| selected.contains(key)).count())
                });
                (count, total)
            };
            let toggle_lesson = move |event: leptos::ev::Event| {
                let on = event_target_checked(&event);
                selected.update(|selected| {
                    all_keys.with_value(|keys| {
                        if on {
                            for key in keys {
                                if !selected.contains(key) {
                                    selected.push(key.clone());
                                }
                            }
                        } else {
                            selected.retain(|key| !keys.contains(key));
                        }
                    })
                });
            };
            let title = lesson.title.clone();
            let lesson_id = lesson.id.clone();
            let fieldset_id = lesson.id.clone();
            let course = course.clone();
            view! {
                <fieldset class="assign-lesson" data-lesson=fieldset_id>
                    <legend>
                        <label class="assign-lesson__all">
                            <input type="checkbox" data-lesson=lesson_id
                                prop:checked=move || { let (count, total) = chosen(); count == total }
                                prop:indeterminate=move || { let (count, total) = chosen(); count > 0 && count < total }
                                on:change=toggle_lesson/>
                            <span>{move || title.get(i18n.language().code()).to_owned()}</span>
                            <span class="assign-lesson__whole">{move || i18n.t("assign-whole-lesson")}</span>
                        </label>
                    </legend>
                    <ul class="assign-lesson__items">
                        {lesson.exercises.into_iter().map(|exercise| {
                            let key = exercise_key(&course, &exercise.id);
                            view! { <AssignChoice key title=exercise.title selected/> }
                        }).collect_view()}
                    </ul>
                </fieldset>
            }
        })
        .collect_view()
}
