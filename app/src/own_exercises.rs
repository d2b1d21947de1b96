//! A teacher's own exercises: the list of them (`/my-exercises`) and the page that writes one
//! (`/my-exercises/new`, `/my-exercises/:id`): the fields, the checks by a form or as `check.py`,
//! and the trial that runs the solution (it must pass) and the starter (it must not) in the worker
//! and shows the student's view before the exercise can be saved.

pub mod draft_state;
pub mod exercise_trial;
pub mod number_ranges;
pub mod own_exercise_form;
pub mod own_exercise_page;
pub mod own_exercises_page;
pub mod row_list;
