//! Accounts and sessions:
//! - `POST /api/auth/signup`: a teacher's new account (and a session);
//! - `POST /api/auth/signin`: a teacher by email, a student by class code and name;
//! - `POST /api/auth/signout`;
//! - `GET /api/me`: who is signed in (`null` for nobody);
//! - `GET /api/join/{code}` and `POST /api/join`: a student joins a class.

use std::net::SocketAddr;

use axum::Json;
use axum::extract::{ConnectInfo, FromRequestParts, Path, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use darbnica_api::classes::{
    self, FieldProblem, JOIN_CODE_LENGTH, Join, JoinInfo, MAX_PASSWORD_CHARS, MIN_PASSWORD_CHARS,
    MIN_STUDENT_PASSWORD_CHARS, Me, Role, SignIn, SignUp, normalize_join_code,
};
use tower_sessions::Session;

use crate::AppState;
use crate::auth::{self, DUMMY_HASH, MaybeSignedIn, SessionUser};
use crate::error::{AppError, Result};
use crate::routes::{is_unique_violation, new_id, now_ms};

/// The client's address as the server sees it (the load balancer's, behind one).
pub struct ClientAddress(pub String);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(ClientAddress(
            parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map_or_else(|| "unknown".to_owned(), |info| info.0.ip().to_string()),
        ))
    }
}

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

#[utoipa::path(post, path = "/api/auth/signup", tag = "accounts", request_body = SignUp,
    responses((status = 201, body = Me), (status = 400, body = darbnica_api::ErrorBody),
              (status = 409, description = "the email is taken", body = darbnica_api::ErrorBody)))]
pub async fn sign_up(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    session: Session,
    Json(request): Json<SignUp>,
) -> Result<(StatusCode, Json<Me>)> {
    let name = clean_name(&request.name, "the name")?;
    let email = clean_email(&request.email)?;
    check_password(&request.password, MIN_PASSWORD_CHARS)?;
    state.rate_limits.sign_up(&address)?;
    let hash = auth::hash_password(request.password).await?;
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
            return Err(AppError::Conflict(format!(
                "there is already an account with the email {email}"
            )));
        }
        other => other?,
    };
    let user = SessionUser {
        id: id.clone(),
        role: Role::Teacher,
    };
    auth::sign_in(&session, user).await?;
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

#[utoipa::path(post, path = "/api/auth/signin", tag = "accounts", request_body = SignIn,
    responses((status = 200, body = Me),
              (status = 401, description = "wrong email, name or password", body = darbnica_api::ErrorBody),
              (status = 429, description = "too many tries", body = darbnica_api::ErrorBody)))]
pub async fn sign_in(
    State(state): State<AppState>,
    session: Session,
    Json(request): Json<SignIn>,
) -> Result<Json<Me>> {
    let (row, password, role, wrong): (Option<UserRow>, _, _, _) = match request {
        SignIn::Teacher { email, password } => {
            let email = email.trim().to_lowercase();
            state.rate_limits.sign_in(&format!("teacher {email}"))?;
            let row = sqlx::query_as(
                "SELECT id, name, password_hash, email FROM users \
                     WHERE email = $1 AND role = 'teacher'",
            )
            .bind(&email)
            .fetch_optional(state.database.pool())
            .await?;
            (
                row,
                password,
                Role::Teacher,
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
            state
                .rate_limits
                .sign_in(&format!("student {code} {key}"))?;
            let row = sqlx::query_as(
                "SELECT u.id, u.name, u.password_hash, u.email FROM class_members m \
                     JOIN classes c ON c.id = m.class_id JOIN users u ON u.id = m.student_id \
                     WHERE c.join_code = $1 AND m.name_key = $2",
            )
            .bind(&code)
            .bind(&key)
            .fetch_optional(state.database.pool())
            .await?;
            (
                row,
                password,
                Role::Student,
                "the class code, the name or the password is wrong",
            )
        }
    };
    if password.chars().count() > MAX_PASSWORD_CHARS {
        return Err(AppError::Unauthorized(wrong.into()));
    }
    let hash = row
        .as_ref()
        .map_or_else(|| DUMMY_HASH.clone(), |row| row.2.clone());
    let matches = auth::verify_password(password, hash).await?;
    let Some((id, name, _, email)) = row.filter(|_| matches) else {
        return Err(AppError::Unauthorized(wrong.into()));
    };
    auth::sign_in(
        &session,
        SessionUser {
            id: id.clone(),
            role,
        },
    )
    .await?;
    Ok(Json(Me {
        id,
        name,
        role,
        email,
    }))
}

#[utoipa::path(post, path = "/api/auth/signout", tag = "accounts",
    responses((status = 204, description = "signed out (also when nobody was signed in)")))]
pub async fn sign_out(session: Session) -> Result<StatusCode> {
    auth::sign_out(&session).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(get, path = "/api/me", tag = "accounts",
    responses((status = 200, description = "the signed-in user, or null", body = Option<Me>)))]
pub async fn me(
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

/// An open (not archived) class by its join code: (id, class name, teacher's name).
async fn open_class(state: &AppState, code: &str) -> Result<(String, String, String)> {
    let Some(code) = classes::parse_join_code(code) else {
        return Err(AppError::NotFound(format!(
            "`{code}` is not a join code: those are {JOIN_CODE_LENGTH} letters and digits"
        )));
    };
    sqlx::query_as(
        "SELECT c.id, c.name, u.name FROM classes c JOIN users u ON u.id = c.teacher_id \
         WHERE c.join_code = $1 AND c.archived = 0",
    )
    .bind(&code)
    .fetch_optional(state.database.pool())
    .await?
    .ok_or_else(|| AppError::NotFound(format!("no open class has the code {code}")))
}

#[utoipa::path(get, path = "/api/join/{code}", tag = "accounts",
    params(("code" = String, Path, description = "the class's join code, any case, dashes allowed")),
    responses((status = 200, body = JoinInfo), (status = 404, body = darbnica_api::ErrorBody)))]
pub async fn join_info(
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Json<JoinInfo>> {
    let (_, class_name, teacher_name) = open_class(&state, &code).await?;
    Ok(Json(JoinInfo {
        code: normalize_join_code(&code),
        class_name,
        teacher_name,
    }))
}

#[utoipa::path(post, path = "/api/join", tag = "accounts", request_body = Join,
    responses((status = 201, description = "joined; a new student is signed in", body = Me),
              (status = 404, description = "no open class has the code", body = darbnica_api::ErrorBody),
              (status = 409, description = "the name is taken in the class", body = darbnica_api::ErrorBody)))]
pub async fn join(
    State(state): State<AppState>,
    MaybeSignedIn(user): MaybeSignedIn,
    session: Session,
    Json(request): Json<Join>,
) -> Result<(StatusCode, Json<Me>)> {
    let code = normalize_join_code(&request.code);
    state.rate_limits.join(&code)?;
    let (class_id, _, _) = open_class(&state, &code).await?;
    let pool = state.database.pool();
    let taken = |name: &str| {
        AppError::Conflict(format!(
            "someone in this class is already called {name}; sign in as them, or pick another name"
        ))
    };

    if let Some(user) = user {
        if user.role == Role::Teacher {
            return Err(AppError::Forbidden(
                "a teacher cannot join a class as a student; sign out first".into(),
            ));
        }
        let (name,): (String,) = sqlx::query_as("SELECT name FROM users WHERE id = $1")
            .bind(&user.id)
            .fetch_one(pool)
            .await?;
        let inserted = sqlx::query(
            "INSERT INTO class_members (class_id, student_id, name_key, joined_at) \
             VALUES ($1, $2, $3, $4) ON CONFLICT (class_id, student_id) DO NOTHING",
        )
        .bind(&class_id)
        .bind(&user.id)
        .bind(name_key(&name))
        .bind(now_ms())
        .execute(pool)
        .await;
        match inserted {
            Err(error) if is_unique_violation(&error) => return Err(taken(&name)),
            other => other?,
        };
        return Ok((
            StatusCode::CREATED,
            Json(Me {
                id: user.id,
                name,
                role: Role::Student,
                email: None,
            }),
        ));
    }

    let name = clean_name(request.name.as_deref().unwrap_or_default(), "the name")?;
    let password = request.password.unwrap_or_default();
    check_password(&password, MIN_STUDENT_PASSWORD_CHARS)?;
    let key = name_key(&name);
    let exists: Option<(String,)> = sqlx::query_as(
        "SELECT student_id FROM class_members WHERE class_id = $1 AND name_key = $2",
    )
    .bind(&class_id)
    .bind(&key)
    .fetch_optional(pool)
    .await?;
    if exists.is_some() {
        return Err(taken(&name));
    }
    let hash = auth::hash_password(password).await?;
    let id = new_id();
    let now = now_ms();
    let mut transaction = pool.begin().await?;
    sqlx::query(
        "INSERT INTO users (id, role, name, email, password_hash, created_at) \
         VALUES ($1, 'student', $2, NULL, $3, $4)",
    )
    .bind(&id)
    .bind(&name)
    .bind(hash)
    .bind(now)
    .execute(&mut *transaction)
    .await?;
    let inserted = sqlx::query(
        "INSERT INTO class_members (class_id, student_id, name_key, joined_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(&class_id)
    .bind(&id)
    .bind(&key)
    .bind(now)
    .execute(&mut *transaction)
    .await;
    match inserted {
        // Two people choosing one name at the same moment.
        Err(error) if is_unique_violation(&error) => return Err(taken(&name)),
        other => other?,
    };
    transaction.commit().await?;
    auth::sign_in(
        &session,
        SessionUser {
            id: id.clone(),
            role: Role::Student,
        },
    )
    .await?;
    Ok((
        StatusCode::CREATED,
        Json(Me {
            id,
            name,
            role: Role::Student,
            email: None,
        }),
    ))
}
