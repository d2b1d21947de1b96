//! Accounts: who is signed in, signing in and up, joining a class, the account page, passwords and
//! sessions.

pub mod account;
pub mod account_data;
pub mod account_menu;
pub mod account_page;
pub mod join_class;
pub mod join_code_form;
pub mod join_form;
pub mod join_page;
pub mod other_way_link;
pub mod passphrase;
pub mod passphrase_button;
pub mod password_change_form;
pub mod session_list;
pub mod session_row;
pub mod sign_in_page;
pub mod sign_up_page;
pub mod student_sign_in;
pub mod teacher_sign_in;
pub mod validation;
