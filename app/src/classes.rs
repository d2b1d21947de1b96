//! Classes, for teachers: their classes, a class's join code, students, assignments and the
//! progress grid.

pub mod assign_choice;
pub mod assign_form;
pub mod assignment_list;
pub mod class_card;
pub mod class_grid;
pub mod class_grid_cell;
pub mod class_header;
pub mod class_list;
pub mod class_loader;
pub mod class_page;
pub mod class_state;
pub mod class_view;
pub mod classes_page;
pub mod column_head;
pub mod course_choices;
pub mod join_code_card;
pub mod new_class_form;
pub mod run_timeline;
pub mod similar_programs;
pub mod student_code_dialog;
pub mod student_feedback;
pub mod student_list;
pub mod student_password_form;
pub mod student_row;
