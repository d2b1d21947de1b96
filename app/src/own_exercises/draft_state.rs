//! The exercise being written, one signal a field (a row of a list is a signal of its own, so
//! typing in it redraws nothing else), put together as an [`OwnExercise`] to check or save.

use darbnica_api::own_exercises::{
    CallCase, EitherLanguage, FormChecks, FunctionChecks, NumberRange, OutputCase, OwnChecks,
    OwnExercise, RandomNumbers,
};
use leptos::prelude::*;

use crate::own_exercises::row_list::Rows;

/// Random whole numbers for the form: on or off, one range a row, how many cases.
#[derive(Clone, Copy)]
pub struct RandomState {
    pub on: RwSignal<bool>,
    pub ranges: Rows<NumberRange>,
    pub count: RwSignal<u32>,
}

impl RandomState {
    fn new(random: Option<&RandomNumbers>) -> RandomState {
        RandomState {
            on: RwSignal::new(random.is_some()),
            ranges: Rows::new(random.map_or_else(
                || vec![NumberRange { low: 1, high: 10 }],
                |random| random.ranges.clone(),
            )),
            count: RwSignal::new(random.map_or(10, |random| random.count)),
        }
    }

    fn get(self) -> Option<RandomNumbers> {
        self.on.get().then(|| RandomNumbers {
            ranges: self.ranges.values(),
            count: self.count.get(),
        })
    }
}

#[derive(Clone, Copy)]
pub struct DraftState {
    pub title_lv: RwSignal<String>,
    pub title_en: RwSignal<String>,
    pub text_lv: RwSignal<String>,
    pub text_en: RwSignal<String>,
    pub starter: RwSignal<String>,
    pub solution: RwSignal<String>,
    /// Checked by the teacher's own `check.py` rather than the form.
    pub script: RwSignal<bool>,
    pub check_py: RwSignal<String>,
    pub outputs: Rows<OutputCase>,
    pub function_on: RwSignal<bool>,
    pub function_name: RwSignal<String>,
    pub calls: Rows<CallCase>,
    pub random_calls: RandomState,
    pub random_inputs: RandomState,
}

impl DraftState {
    pub fn new(exercise: &OwnExercise) -> DraftState {
        let form = match &exercise.checks {
            OwnChecks::Form(form) => form.clone(),
            OwnChecks::Script { .. } => FormChecks::default(),
        };
        let check_py = match &exercise.checks {
            OwnChecks::Script { check_py } => check_py.clone(),
            OwnChecks::Form(_) => "from checks import *\n\n".to_owned(),
        };
        let function = form.function.clone();
        DraftState {
            title_lv: RwSignal::new(exercise.title.lv.clone()),
            title_en: RwSignal::new(exercise.title.en.clone()),
            text_lv: RwSignal::new(exercise.text.lv.clone()),
            text_en: RwSignal::new(exercise.text.en.clone()),
            starter: RwSignal::new(exercise.starter.clone()),
            solution: RwSignal::new(exercise.solution.clone()),
            script: RwSignal::new(matches!(exercise.checks, OwnChecks::Script { .. })),
            check_py: RwSignal::new(check_py),
            outputs: Rows::new(form.outputs.clone()),
            function_on: RwSignal::new(function.is_some()),
            function_name: RwSignal::new(
                function
                    .as_ref()
                    .map(|function| function.name.clone())
                    .unwrap_or_default(),
            ),
            calls: Rows::new(
                function
                    .as_ref()
                    .map(|function| function.cases.clone())
                    .unwrap_or_default(),
            ),
            random_calls: RandomState::new(
                function
                    .as_ref()
                    .and_then(|function| function.random.as_ref()),
            ),
            random_inputs: RandomState::new(form.random_inputs.as_ref()),
        }
    }

    /// The exercise as it stands (tracked: in a reactive place, it follows every field).
    pub fn exercise(self) -> OwnExercise {
        let checks = if self.script.get() {
            OwnChecks::Script {
                check_py: self.check_py.get(),
            }
        } else {
            OwnChecks::Form(FormChecks {
                outputs: self.outputs.values(),
                function: self.function_on.get().then(|| FunctionChecks {
                    name: self.function_name.get().trim().to_owned(),
                    cases: self.calls.values(),
                    random: self.random_calls.get(),
                }),
                random_inputs: self.random_inputs.get(),
            })
        };
        OwnExercise {
            title: EitherLanguage {
                lv: self.title_lv.get(),
                en: self.title_en.get(),
            },
            text: EitherLanguage {
                lv: self.text_lv.get(),
                en: self.text_en.get(),
            },
            starter: self.starter.get(),
            solution: self.solution.get(),
            checks,
        }
    }
}
