//! Courses and exercises: the course list, a course's lessons, an exercise with its task, checks
//! and hints, and the workshops.

pub mod check_result;
pub mod course_card;
pub mod course_list;
pub mod course_page;
pub mod course_view;
pub mod exercise_header;
pub mod exercise_hints;
pub mod exercise_link;
pub mod exercise_nav;
pub mod exercise_page;
pub mod exercise_solution;
pub mod exercise_view;
pub mod finding_item;
pub mod my_feedback;
pub mod progress_badge;
pub mod workshop_card;
pub mod workshop_page;
pub mod workshop_view;
pub mod workshop_when;
pub mod workshops_page;
