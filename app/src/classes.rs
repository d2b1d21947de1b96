//! Classes, for teachers: their classes, a class's join code, students, assignments and the
//! progress grid.

pub mod assign_form;
pub mod assignment_list;
pub mod class_grid;
pub mod class_header;
pub mod class_page;
pub mod classes_page;
pub mod join_code_card;
pub mod student_code_dialog;
pub mod student_list;
