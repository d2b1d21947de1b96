//! An exercise: the task, the editor with the starter (or the student's last code), Run (which
//! runs and checks), the output and what the checks found, hints one at a time, Reset, the
//! solution once solved or after enough tries, and the way on (`exercise_view.rs` and its parts).

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::common::error_state::ErrorState;
use crate::common::loading_state::LoadingState;
use crate::courses::exercise_view::ExerciseView;
use crate::progress::store::{self, ExerciseProgress};
use crate::shell::api;

/// `/courses/:course/:exercise`: loads the exercise and the student's progress on it.
#[component]
pub fn ExercisePage() -> impl IntoView {
    let params = use_params_map();
    let ids = move || {
        params.with(|params| {
            (
                params.get("course").unwrap_or_default(),
                params.get("exercise").unwrap_or_default(),
            )
        })
    };
    let exercise = LocalResource::new(move || {
        let (course, exercise) = ids();
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
    let page = move || {
        Suspend::new(async move {
            match exercise.await {
                Ok((detail, stored)) => {
                    let progress =
                        stored.unwrap_or_else(|| ExerciseProgress::new(&detail.course, &detail.id));
                    view! { <ExerciseView detail progress/> }.into_any()
                }
                Err(error) => view! {
                    <ErrorState
                        title_key="exercise-error-title"
                        message_key=error.message_key()
                        on_retry=move || exercise.refetch()
                    />
                }
                .into_any(),
            }
        })
    };
    view! {
        <Suspense fallback=move || view! { <LoadingState message_key="exercise-loading"/> }>{page}</Suspense>
    }
}
