//! Accounts and sessions:
//! - `POST /api/auth/signup`: a teacher's new account (and a session);
//! - `POST /api/auth/signin`: a teacher by email, a student by class code and name;
//! - `POST /api/auth/signout`;
//! - `GET /api/me`: who is signed in (`null` for nobody);
//! - `GET /api/join/{code}` and `POST /api/join`: a student joins a class.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use darbnica_api::ErrorCode;
use darbnica_api::classes::{
    self, FieldProblem, JOIN_CODE_LENGTH, Join, JoinInfo, MAX_PASSWORD_CHARS, MIN_PASSWORD_CHARS,
    MIN_STUDENT_PASSWORD_CHARS, Me, Role, SignIn, SignUp, normalize_join_code,
};
use tower_sessions::Session;

use crate::AppState;
use crate::auth::{MaybeSignedIn, SignInContext};
use crate::error::{AppError, Result};
use crate::limits::{
    self, Against, ClientAddress, NEW_STUDENTS_PER_ADDRESS, SIGN_UPS_PER_ADDRESS,
    UNKNOWN_JOIN_CODES_PER_ADDRESS, WRONG_SIGN_INS_PER_ACCOUNT, WRONG_SIGN_INS_PER_ADDRESS,
};
use crate::passwords::DUMMY_HASH;
use crate::routes::{is_unique_violation, new_id, now_ms};
use crate::sessions::{self, SessionUser};

/// `name` cleaned by the portal's rule, or a 400 that says what is wrong with `what`.
pub fn clean_name(name: &str, what: &str) -> Result<String> {
    classes::clean_name(name).map_err(|problem| {
        AppError::BadRequest(match problem {
            FieldProblem::TooLong { max } => format!("{what} is longer than {max} characters"),
            FieldProblem::ControlCharacters => format!("{what} has control characters"),
            _ => format!("{what} is empty"),
        })
    })
}

/// How a student's name is compared within a class: case does not matter.
pub fn name_key(name: &str) -> String {
    name.to_lowercase()
}

pub fn check_password(password: &str, min: usize) -> Result<()> {
    classes::check_new_password(password, min).map_err(|problem| {
        AppError::BadRequest(match problem {
            FieldProblem::TooShort { min } => {
                format!("the password is shorter than {min} characters")
            }
            _ => format!("the password is longer than {MAX_PASSWORD_CHARS} characters"),
        })
    })
}

fn clean_email(email: &str) -> Result<String> {
    classes::clean_email(email).map_err(|_| {
        AppError::BadRequest(format!(
            "`{}` is not an email address",
            email.trim().to_lowercase()
        ))
    })
}

#[utoipa::path(post, path = "/auth/signup", tag = "accounts", request_body = SignUp,
    responses((status = 201, body = Me), (status = 400, body = darbnica_api::ErrorBody),
              (status = 409, description = "the email is taken", body = darbnica_api::ErrorBody)))]
pub async fn sign_up(
    State(state): State<AppState>,
    context: SignInContext,
    Json(request): Json<SignUp>,
) -> Result<(StatusCode, Json<Me>)> {
    let name = clean_name(&request.name, "the name")?;
    let email = clean_email(&request.email)?;
    check_password(&request.password, MIN_PASSWORD_CHARS)?;
    limits::count_try(
        &state.database,
        &[Against::address(&SIGN_UPS_PER_ADDRESS, &context.address)],
    )
    .await?
    .keep();
    let hash = state.passwords.hash(request.password).await?;
    let id = new_id();
    let inserted = sqlx::query(
        "INSERT INTO users (id, role, name, email, password_hash, created_at) \
         VALUES ($1, 'teacher', $2, $3, $4, $5)",
    )
    .bind(&id)
    .bind(&name)
    .bind(&email)
    .bind(hash)
    .bind(now_ms())
    .execute(state.database.pool())
    .await;
    match inserted {
        Err(error) if is_unique_violation(&error) => {
            return Err(AppError::refused(
                ErrorCode::EmailTaken,
                format!("there is already an account with the email {email}"),
            ));
        }
        other => other?,
    };
    context.sign_in(id.clone(), Role::Teacher).await?;
    Ok((
        StatusCode::CREATED,
        Json(Me {
            id,
            name,
            role: Role::Teacher,
            email: Some(email),
        }),
    ))
}

/// A user who may sign in: id, name, password hash, email (teachers only).
type UserRow = (String, String, String, Option<String>);

#[utoipa::path(post, path = "/auth/signin", tag = "accounts", request_body = SignIn,
    responses((status = 200, body = Me),
              (status = 401, description = "wrong email, name or password", body = darbnica_api::ErrorBody),
              (status = 429, description = "too many wrong tries from this address or on this account; `Retry-After` says how long to wait", body = darbnica_api::ErrorBody),
              (status = 503, description = "too many sign-ins at this moment; `Retry-After` says when to try again", body = darbnica_api::ErrorBody)))]
pub async fn sign_in(
    State(state): State<AppState>,
    context: SignInContext,
    Json(request): Json<SignIn>,
) -> Result<Json<Me>> {
    let pool = state.database.pool();
    let (row, password, role, account, wrong): (Option<UserRow>, _, _, _, _) = match request {
        SignIn::Teacher { email, password } => {
            let email = email.trim().to_lowercase();
            let row: Option<UserRow> = sqlx::query_as(
                "SELECT id, name, password_hash, email FROM users \
                     WHERE email = $1 AND role = 'teacher'",
            )
            .bind(&email)
            .fetch_optional(pool)
            .await?;
            let account = row
                .as_ref()
                .map_or_else(|| format!("nobody teacher {email}"), |row| row.0.clone());
            (
                row,
                password,
                Role::Teacher,
                account,
                "the email or the password is wrong",
            )
        }
        SignIn::Student {
            class_code,
            name,
            password,
        } => {
            let code = normalize_join_code(&class_code);
            // A name that is not a valid name matches no one (every stored name is clean).
            let key = classes::clean_name(&name)
                .map(|name| name_key(&name))
                .unwrap_or_default();
            let row: Option<UserRow> = sqlx::query_as(
                "SELECT u.id, u.name, u.password_hash, u.email FROM class_members m \
                     JOIN classes c ON c.id = m.class_id JOIN users u ON u.id = m.student_id \
                     WHERE c.join_code = $1 AND m.name_key = $2",
            )
            .bind(&code)
            .bind(&key)
            .fetch_optional(pool)
            .await?;
            let account = row.as_ref().map_or_else(
                || format!("nobody student {code} {key}"),
                |row| row.0.clone(),
            );
            (
                row,
                password,
                Role::Student,
                account,
                "the class code, the name or the password is wrong",
            )
        }
    };
    let hash = row.as_ref().map(|row| row.2.clone());
    let right = verify_counted(&state, &account, &context.address, password, hash).await?;
    let Some((id, name, _, email)) = row.filter(|_| right) else {
        return Err(AppError::refused(ErrorCode::SignInWrong, wrong));
    };
    context.sign_in(id.clone(), role).await?;
    Ok(Json(Me {
        id,
        name,
        role,
        email,
    }))
}

#[utoipa::path(post, path = "/auth/signout", tag = "accounts",
    responses((status = 204, description = "signed out (also when nobody was signed in)")))]
pub async fn sign_out(session: Session) -> Result<StatusCode> {
    sessions::sign_out(&session).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(get, path = "/me", tag = "accounts",
    responses((status = 200, description = "the signed-in user, or null", body = Option<Me>)))]
pub async fn get_me(
    State(state): State<AppState>,
    MaybeSignedIn(user): MaybeSignedIn,
) -> Result<Json<Option<Me>>> {
    let Some(user) = user else {
        return Ok(Json(None));
    };
    let row: Option<(String, Option<String>)> =
        sqlx::query_as("SELECT name, email FROM users WHERE id = $1")
            .bind(&user.id)
            .fetch_optional(state.database.pool())
            .await?;
    Ok(Json(row.map(|(name, email)| Me {
        id: user.id,
        name,
        role: user.role,
        email,
    })))
}

/// An open (not archived) class by its join code: (id, class name, teacher's name). A code that
/// leads nowhere counts against the address (so join codes cannot be guessed quickly); a right one
/// does not.
async fn open_class(
    state: &AppState,
    address: &ClientAddress,
    code: &str,
) -> Result<(String, String, String)> {
    let counted = limits::count_try(
        &state.database,
        &[Against::address(&UNKNOWN_JOIN_CODES_PER_ADDRESS, address)],
    )
    .await?;
    let Some(code) = classes::parse_join_code(code) else {
        counted.keep();
        return Err(AppError::refused(
            ErrorCode::JoinCodeUnknown,
            format!("`{code}` is not a join code: those are {JOIN_CODE_LENGTH} letters and digits"),
        ));
    };
    let class: Option<(String, String, String)> = sqlx::query_as(
        "SELECT c.id, c.name, u.name FROM classes c JOIN users u ON u.id = c.teacher_id \
         WHERE c.join_code = $1 AND c.archived = 0",
    )
    .bind(&code)
    .fetch_optional(state.database.pool())
    .await?;
    let Some(class) = class else {
        counted.keep();
        return Err(AppError::refused(
            ErrorCode::JoinCodeUnknown,
            format!("no open class has the code {code}"),
        ));
    };
    counted.forget(&state.database).await?;
    Ok(class)
}

#[utoipa::path(get, path = "/join/{code}", tag = "accounts",
    params(("code" = String, Path, description = "the class's join code, any case, dashes allowed")),
    responses((status = 200, body = JoinInfo), (status = 404, body = darbnica_api::ErrorBody),
              (status = 429, description = "too many unknown codes from this address", body = darbnica_api::ErrorBody)))]
pub async fn get_join_info(
    State(state): State<AppState>,
    address: ClientAddress,
    Path(code): Path<String>,
) -> Result<Json<JoinInfo>> {
    let (_, class_name, teacher_name) = open_class(&state, &address, &code).await?;
    Ok(Json(JoinInfo {
        code: normalize_join_code(&code),
        class_name,
        teacher_name,
    }))
}

#[utoipa::path(post, path = "/join", tag = "accounts", request_body = Join,
    responses((status = 201, description = "joined; a new student is signed in", body = Me),
              (status = 400, description = "a name or password that will not do", body = darbnica_api::ErrorBody),
              (status = 401, description = "a signed-in student's password is wrong", body = darbnica_api::ErrorBody),
              (status = 404, description = "no open class has the code", body = darbnica_api::ErrorBody),
              (status = 409, description = "the name is taken in the class", body = darbnica_api::ErrorBody),
              (status = 429, description = "too many tries from this address", body = darbnica_api::ErrorBody)))]
pub async fn join_class(
    State(state): State<AppState>,
    MaybeSignedIn(user): MaybeSignedIn,
    context: SignInContext,
    Json(request): Json<Join>,
) -> Result<(StatusCode, Json<Me>)> {
    if user.as_ref().is_some_and(|user| user.role == Role::Teacher) {
        return Err(AppError::refused(
            ErrorCode::TeacherCannotJoin,
            "a teacher cannot join a class as a student; sign out first",
        ));
    }
    let (class_id, _, _) = open_class(&state, &context.address, &request.code).await?;
    let student = match user {
        Some(user) => {
            let password = request.password.unwrap_or_default();
            join_another_class(&state, &context.address, &user, &class_id, password).await?
        }
        None => join_as_new_student(&state, &context, &class_id, request).await?,
    };
    Ok((StatusCode::CREATED, Json(student)))
}

/// Counts a password confirmation against the guessing limits and checks it; a 401 when wrong.
pub(crate) async fn confirm_own_password(
    state: &AppState,
    user: &str,
    address: &ClientAddress,
    password: String,
) -> Result<()> {
    let (hash,): (String,) = sqlx::query_as("SELECT password_hash FROM users WHERE id = $1")
        .bind(user)
        .fetch_one(state.database.pool())
        .await?;
    if verify_counted(state, user, address, password, Some(hash)).await? {
        Ok(())
    } else {
        Err(AppError::refused(
            ErrorCode::PasswordWrong,
            "the password is wrong",
        ))
    }
}

/// Whether `password` matches `hash` (`None`: there is no such account, and it never matches, in
/// the time a real check takes), counted as a wrong try against `address` and `account` until it
/// proves right: simultaneous guesses cannot all get in under the limit before the first of them
/// is written down.
async fn verify_counted(
    state: &AppState,
    account: &str,
    address: &ClientAddress,
    password: String,
    hash: Option<String>,
) -> Result<bool> {
    let counted = limits::count_try(
        &state.database,
        &[
            Against::address(&WRONG_SIGN_INS_PER_ADDRESS, address),
            Against::account(&WRONG_SIGN_INS_PER_ACCOUNT, account),
        ],
    )
    .await?;
    let right = password.chars().count() <= MAX_PASSWORD_CHARS && {
        let known = hash.is_some();
        let hash = hash.unwrap_or_else(|| DUMMY_HASH.clone());
        state.passwords.verify(password, hash).await? && known
    };
    if right {
        counted.forget(&state.database).await?;
    } else {
        counted.keep();
    }
    Ok(right)
}

fn name_taken(name: &str) -> AppError {
    AppError::refused(
        ErrorCode::NameTaken,
        format!(
            "someone in this class is already called {name}; sign in as them, or pick another \
             name"
        ),
    )
}

/// A signed-in student joins another class after confirming with their password, so that a link
/// from a stranger cannot add them with one click. Their account stays in the care of the teacher
/// of the class where it was made.
async fn join_another_class(
    state: &AppState,
    address: &ClientAddress,
    user: &SessionUser,
    class_id: &str,
    password: String,
) -> Result<Me> {
    confirm_own_password(state, &user.id, address, password)
        .await
        .map_err(|error| match error.code() {
            ErrorCode::PasswordWrong => AppError::refused(
                ErrorCode::PasswordWrong,
                "to join another class, type your own password",
            ),
            _ => error,
        })?;
    let pool = state.database.pool();
    let (name,): (String,) = sqlx::query_as("SELECT name FROM users WHERE id = $1")
        .bind(&user.id)
        .fetch_one(pool)
        .await?;
    let inserted = sqlx::query(
        "INSERT INTO class_members (class_id, student_id, name_key, joined_at) \
         VALUES ($1, $2, $3, $4) ON CONFLICT (class_id, student_id) DO NOTHING",
    )
    .bind(class_id)
    .bind(&user.id)
    .bind(name_key(&name))
    .bind(now_ms())
    .execute(pool)
    .await;
    match inserted {
        Err(error) if is_unique_violation(&error) => return Err(name_taken(&name)),
        other => other?,
    };
    Ok(Me {
        id: user.id.clone(),
        name,
        role: Role::Student,
        email: None,
    })
}

/// A new student account, made in this class (whose teacher becomes responsible for it), and
/// signed in.
async fn join_as_new_student(
    state: &AppState,
    context: &SignInContext,
    class_id: &str,
    request: Join,
) -> Result<Me> {
    let pool = state.database.pool();
    let name = clean_name(request.name.as_deref().unwrap_or_default(), "the name")?;
    let password = request.password.unwrap_or_default();
    check_password(&password, MIN_STUDENT_PASSWORD_CHARS)?;
    let key = name_key(&name);
    let exists: Option<(String,)> = sqlx::query_as(
        "SELECT student_id FROM class_members WHERE class_id = $1 AND name_key = $2",
    )
    .bind(class_id)
    .bind(&key)
    .fetch_optional(pool)
    .await?;
    if exists.is_some() {
        return Err(name_taken(&name));
    }
    limits::count_try(
        &state.database,
        &[Against::address(
            &NEW_STUDENTS_PER_ADDRESS,
            &context.address,
        )],
    )
    .await?
    .keep();
    let hash = state.passwords.hash(password).await?;
    let id = new_id();
    let now = now_ms();
    let mut transaction = pool.begin().await?;
    sqlx::query(
        "INSERT INTO users (id, role, name, email, password_hash, created_at, home_class_id) \
         VALUES ($1, 'student', $2, NULL, $3, $4, $5)",
    )
    .bind(&id)
    .bind(&name)
    .bind(hash)
    .bind(now)
    .bind(class_id)
    .execute(&mut *transaction)
    .await?;
    let inserted = sqlx::query(
        "INSERT INTO class_members (class_id, student_id, name_key, joined_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(class_id)
    .bind(&id)
    .bind(&key)
    .bind(now)
    .execute(&mut *transaction)
    .await;
    match inserted {
        // Two people choosing one name at the same moment.
        Err(error) if is_unique_violation(&error) => return Err(name_taken(&name)),
        other => other?,
    };
    transaction.commit().await?;
    context.sign_in(id.clone(), Role::Student).await?;
    Ok(Me {
        id,
        name,
        role: Role::Student,
        email: None,
    })
}
