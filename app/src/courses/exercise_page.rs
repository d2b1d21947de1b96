//! An exercise: the task, the editor with the starter (or the student's last code), Run (which
//! runs and checks), the output and what the checks found, hints one at a time, Reset, the
//! solution once solved or after enough tries, and the way on (`exercise_view.rs` and its parts).

use leptos::prelude::*;

use crate::common::loaded::{Loaded, use_route_param};
use crate::courses::exercise_view::ExerciseView;
use crate::progress::store::{self, ExerciseProgress};
use crate::shell::api;

/// `/courses/:course/:exercise`: loads the exercise and the student's progress on it.
#[component]
pub fn ExercisePage() -> impl IntoView {
    let (course_id, exercise_id) = (use_route_param("course"), use_route_param("exercise"));
    let exercise = LocalResource::new(move || {
        let (course, exercise) = (course_id(), exercise_id());
        async move {
            let detail = api::fetch_exercise(&course, &exercise).await?;
            let stored = store::load(&course, &exercise)
                .await
                .unwrap_or_else(|error| {
                    leptos::logging::warn!("progress could not be read: {error:?}");
                    None
                });
            Ok::<_, api::ApiError>((detail, stored))
        }
    });
    view! {
        <Loaded resource=exercise loading_key="exercise-loading" error_title_key="exercise-error-title" let:loaded>
            {
                let (detail, stored) = loaded;
                let progress = stored.unwrap_or_else(|| ExerciseProgress::new(&detail.course, &detail.id));
                view! { <ExerciseView detail progress/> }
            }
        </Loaded>
    }
}
