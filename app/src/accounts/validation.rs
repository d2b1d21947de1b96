//! What forms check before they send anything, by the same rules the server applies
//! (`darbnica_api::classes`), so that a mistake is explained at once and in the user's language.

use darbnica_api::classes::{self, FieldProblem, MIN_PASSWORD_CHARS, MIN_STUDENT_PASSWORD_CHARS};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    NameEmpty,
    NameLong,
    NameCharacters,
    ClassNameEmpty,
    EmailWrong,
    TeacherPasswordShort,
    StudentPasswordShort,
    PasswordLong,
    PasswordEmpty,
    JoinCodeWrong,
}

impl Problem {
    pub fn message_key(self) -> &'static str {
        match self {
            Problem::NameEmpty => "form-error-name-empty",
            Problem::NameLong => "form-error-name-long",
            Problem::NameCharacters => "form-error-name-characters",
            Problem::ClassNameEmpty => "form-error-class-name-empty",
            Problem::EmailWrong => "form-error-email",
            Problem::TeacherPasswordShort => "form-error-password-short-teacher",
            Problem::StudentPasswordShort => "form-error-password-short-student",
            Problem::PasswordLong => "form-error-password-long",
            Problem::PasswordEmpty => "form-error-password-empty",
            Problem::JoinCodeWrong => "form-error-join-code",
        }
    }
}

/// A person's display name, by the rule the server applies.
pub fn name(name: &str) -> Result<(), Problem> {
    classes::clean_name(name)
        .map(drop)
        .map_err(|problem| match problem {
            FieldProblem::TooLong { .. } => Problem::NameLong,
            FieldProblem::ControlCharacters => Problem::NameCharacters,
            _ => Problem::NameEmpty,
        })
}

pub fn class_name(text: &str) -> Result<(), Problem> {
    name(text).map_err(|problem| match problem {
        Problem::NameEmpty => Problem::ClassNameEmpty,
        other => other,
    })
}

/// Something@something.domain, no spaces.
pub fn email(email: &str) -> Result<(), Problem> {
    classes::clean_email(email)
        .map(drop)
        .map_err(|_| Problem::EmailWrong)
}

/// A new password: teachers need [`MIN_PASSWORD_CHARS`], students
/// [`MIN_STUDENT_PASSWORD_CHARS`].
pub fn new_password(password: &str, teacher: bool) -> Result<(), Problem> {
    let min = if teacher {
        MIN_PASSWORD_CHARS
    } else {
        MIN_STUDENT_PASSWORD_CHARS
    };
    classes::check_new_password(password, min).map_err(|problem| match problem {
        FieldProblem::TooShort { .. } if teacher => Problem::TeacherPasswordShort,
        FieldProblem::TooShort { .. } => Problem::StudentPasswordShort,
        _ => Problem::PasswordLong,
    })
}

/// A password typed to sign in: only that there is one.
pub fn password(password: &str) -> Result<(), Problem> {
    if password.is_empty() {
        Err(Problem::PasswordEmpty)
    } else {
        Ok(())
    }
}

/// A join code as typed, normalised, if it can be one.
pub fn join_code(typed: &str) -> Result<String, Problem> {
    classes::parse_join_code(typed).ok_or(Problem::JoinCodeWrong)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_check_what_the_server_checks() {
        assert_eq!(name("  "), Err(Problem::NameEmpty));
        assert_eq!(name(&"a".repeat(81)), Err(Problem::NameLong));
        assert_eq!(name(" Anna  Liepa "), Ok(()));
        assert_eq!(name("Anna\u{0}"), Err(Problem::NameCharacters));
        assert_eq!(class_name(""), Err(Problem::ClassNameEmpty));
        assert_eq!(email("anna@skola.lv"), Ok(()));
        assert_eq!(email("anna@skola"), Err(Problem::EmailWrong));
        assert_eq!(email("an na@skola.lv"), Err(Problem::EmailWrong));
        assert_eq!(
            new_password("1234567", true),
            Err(Problem::TeacherPasswordShort)
        );
        assert_eq!(new_password("kaza-upe-12", false), Ok(()));
        assert_eq!(
            new_password("kaza-upe", false),
            Err(Problem::StudentPasswordShort)
        );
        assert_eq!(join_code("abc-234"), Ok("ABC234".into()));
        assert_eq!(join_code("ABC10O"), Err(Problem::JoinCodeWrong));
        assert_eq!(join_code("ABC23"), Err(Problem::JoinCodeWrong));
    }
}
