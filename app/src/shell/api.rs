//! Calls to the server's JSON API. The session is an HttpOnly cookie the server sets; same-origin
//! `fetch` sends it, and the browser adds the `Origin` header the server checks on writes.

use darbnica_api::classes::{
    Assignment, ClassChange, ClassDetail, ClassSummary, DeleteAccount, Grid, ItemProgress, Join,
    JoinInfo, Me, MyAssignment, NewAssignments, NewClass, NewPassword, PasswordChange, SessionInfo,
    SessionsEnded, SignIn, SignUp, StudentCode, SyncBatch, SyncResult,
};
use darbnica_api::feedback::{
    Comment, Feedback, MyFeedback, NewComment, NewReply, NewReview, Review, Run, Seen, Similarity,
};
use darbnica_api::own_exercises::{
    OWN_COURSE, OwnExercise, OwnExerciseCheck, OwnExerciseDraft, OwnExerciseSummary,
};
use darbnica_api::{
    CourseDetail, CourseSummary, ErrorBody, ErrorCode, ExerciseDetail, GameDetail, GameSummary,
    ModelDetail, ModelSummary, WorkshopDetail, WorkshopSummary,
};
use gloo_net::http::{Request, RequestBuilder, Response};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// Why a call failed, in terms the user-facing text can be chosen by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApiError {
    /// No answer at all: the server is down or the network is gone.
    Unreachable,
    /// The server answered with an error.
    Server { status: u16, code: ErrorCode },
    /// The server answered something this app cannot read (a proxy's HTML page, say).
    BadResponse,
}

impl ApiError {
    /// The Fluent key of the text that explains this error to the user.
    pub fn message_key(&self) -> &'static str {
        match self {
            ApiError::Unreachable => "api-error-unreachable",
            ApiError::BadResponse => "api-error-unexpected",
            ApiError::Server { code, .. } => code_message_key(*code),
        }
    }

    /// The API's error code, when the server answered with one.
    pub fn code(&self) -> Option<ErrorCode> {
        match self {
            ApiError::Server { code, .. } => Some(*code),
            _ => None,
        }
    }

    /// The text for this error when it answers `action`: a wrong sign-in says which details to
    /// check, a wrong password what it was asked for, a refused form to look at what was typed.
    pub fn message_key_for(&self, action: Action) -> &'static str {
        match (action, self.code()) {
            (Action::TeacherSignIn, Some(ErrorCode::SignInWrong)) => "signin-error-teacher-wrong",
            (Action::StudentSignIn, Some(ErrorCode::SignInWrong)) => "signin-error-student-wrong",
            (Action::Join, Some(ErrorCode::PasswordWrong)) => "join-error-password-wrong",
            (Action::ChangePassword, Some(ErrorCode::PasswordWrong)) => {
                "password-change-error-current"
            }
            (Action::DeleteAccount, Some(ErrorCode::PasswordWrong)) => {
                "account-delete-error-password"
            }
            (
                Action::SignUp | Action::Join | Action::ChangePassword,
                Some(ErrorCode::BadRequest),
            ) => "form-error-rejected",
            (Action::Assign, Some(ErrorCode::BadRequest)) => "assign-error-rejected",
            _ => self.message_key(),
        }
    }
}

/// The text for each code the server sends: one place, so that a new code cannot go without one
/// (the match has no catch-all).
pub fn code_message_key(code: ErrorCode) -> &'static str {
    match code {
        ErrorCode::BadRequest
        | ErrorCode::MethodNotAllowed
        | ErrorCode::PayloadTooLarge
        | ErrorCode::UnsupportedMediaType
        | ErrorCode::Unknown => "api-error-unexpected",
        ErrorCode::NotFound => "api-error-not-found",
        ErrorCode::TooManyRequests | ErrorCode::RateLimited => "api-error-too-many",
        ErrorCode::Internal => "api-error-server",
        ErrorCode::ServiceUnavailable => "api-error-busy",
        ErrorCode::NotSignedIn => "api-error-signed-out",
        ErrorCode::TeachersOnly | ErrorCode::CrossSiteWrite => "api-error-forbidden",
        ErrorCode::SignInWrong => "api-error-sign-in-wrong",
        ErrorCode::PasswordWrong => "api-error-password-wrong",
        ErrorCode::EmailTaken => "signup-error-email-taken",
        ErrorCode::NameTaken => "join-error-name-taken",
        ErrorCode::JoinCodeUnknown => "join-error-no-class",
        ErrorCode::TeacherCannotJoin => "join-error-teacher",
        ErrorCode::AccountElsewhere => "students-account-elsewhere-why",
        ErrorCode::StorageFull => "api-error-storage-full",
        ErrorCode::NoCodeYet => "code-none",
        ErrorCode::ExerciseInvalid => "own-error-invalid",
    }
}

/// What the user was doing when a call failed, for [`ApiError::message_key_for`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    TeacherSignIn,
    StudentSignIn,
    SignUp,
    Join,
    Assign,
    ChangePassword,
    DeleteAccount,
    SetStudentPassword,
    Other,
}

pub async fn fetch_courses() -> Result<Vec<CourseSummary>, ApiError> {
    get_json("/api/courses").await
}

pub async fn fetch_course(id: &str) -> Result<CourseDetail, ApiError> {
    get_json(&path(&["courses", id])).await
}

/// An exercise of a course, or a teacher's own one (`own/<id>`), which only its teacher and the
/// students it is assigned to may read.
pub async fn fetch_exercise(course: &str, exercise: &str) -> Result<ExerciseDetail, ApiError> {
    if course == OWN_COURSE {
        return get_json(&path(&["own-exercises", exercise])).await;
    }
    get_json(&path(&["courses", course, "exercises", exercise])).await
}

pub async fn fetch_own_exercises() -> Result<Vec<OwnExerciseSummary>, ApiError> {
    get_json("/api/own-exercises").await
}

pub async fn fetch_own_exercise_draft(id: &str) -> Result<OwnExerciseDraft, ApiError> {
    get_json(&path(&["own-exercises", id, "draft"])).await
}

pub async fn check_own_exercise(exercise: &OwnExercise) -> Result<OwnExerciseCheck, ApiError> {
    send_json(Request::post("/api/own-exercises/check"), exercise).await
}

/// Saves a new exercise (`id` none) or changes one.
pub async fn save_own_exercise(
    id: Option<&str>,
    exercise: &OwnExercise,
) -> Result<OwnExerciseDraft, ApiError> {
    match id {
        Some(id) => send_json(Request::put(&path(&["own-exercises", id])), exercise).await,
        None => send_json(Request::post("/api/own-exercises"), exercise).await,
    }
}

pub async fn delete_own_exercise(id: &str) -> Result<(), ApiError> {
    send_empty(Request::delete(&path(&["own-exercises", id]))).await
}

pub async fn fetch_models() -> Result<Vec<ModelSummary>, ApiError> {
    get_json("/api/models").await
}

pub async fn fetch_model(id: &str) -> Result<ModelDetail, ApiError> {
    get_json(&path(&["models", id])).await
}

pub async fn fetch_games() -> Result<Vec<GameSummary>, ApiError> {
    get_json("/api/games").await
}

pub async fn fetch_game(id: &str) -> Result<GameDetail, ApiError> {
    get_json(&path(&["games", id])).await
}

pub async fn fetch_workshops() -> Result<Vec<WorkshopSummary>, ApiError> {
    get_json("/api/workshops").await
}

pub async fn fetch_workshop(id: &str) -> Result<WorkshopDetail, ApiError> {
    get_json(&path(&["workshops", id])).await
}

pub async fn fetch_me() -> Result<Option<Me>, ApiError> {
    get_json("/api/me").await
}

pub async fn sign_up(request: &SignUp) -> Result<Me, ApiError> {
    send_json(Request::post("/api/auth/signup"), request).await
}

pub async fn sign_in(request: &SignIn) -> Result<Me, ApiError> {
    send_json(Request::post("/api/auth/signin"), request).await
}

pub async fn sign_out() -> Result<(), ApiError> {
    send_empty(Request::post("/api/auth/signout")).await
}

pub async fn change_password(request: &PasswordChange) -> Result<(), ApiError> {
    send_for_empty(Request::put("/api/me/password"), request).await
}

pub async fn delete_account(request: &DeleteAccount) -> Result<(), ApiError> {
    send_for_empty(Request::delete("/api/me"), request).await
}

pub async fn delete_student_account(class: &str, student: &str) -> Result<(), ApiError> {
    let url = path(&["classes", class, "students", student, "account"]);
    send_empty(Request::delete(&url)).await
}

/// Where the class grid downloads as CSV, in `language` (`lv` or `en`).
pub fn grid_csv_url(class: &str, language: &str) -> String {
    format!("{}?lang={language}", path(&["classes", class, "grid.csv"]))
}

/// Every student's latest code on each assigned item, as a ZIP of `.py` files.
pub fn class_work_url(class: &str) -> String {
    path(&["classes", class, "work.zip"])
}

/// One student's latest code on each item the class assigned, as a ZIP of `.py` files.
pub fn student_work_url(class: &str, student: &str) -> String {
    path(&["classes", class, "students", student, "work.zip"])
}

pub async fn fetch_sessions() -> Result<Vec<SessionInfo>, ApiError> {
    get_json("/api/me/sessions").await
}

pub async fn end_session(handle: &str) -> Result<(), ApiError> {
    send_empty(Request::delete(&path(&["me", "sessions", handle]))).await
}

pub async fn end_other_sessions() -> Result<SessionsEnded, ApiError> {
    let response = Request::post("/api/me/sessions/end-others")
        .send()
        .await
        .map_err(|_| ApiError::Unreachable)?;
    read_json(response).await
}

pub async fn fetch_join_info(code: &str) -> Result<JoinInfo, ApiError> {
    get_json(&path(&["join", code])).await
}

pub async fn join(request: &Join) -> Result<Me, ApiError> {
    send_json(Request::post("/api/join"), request).await
}

pub async fn fetch_classes() -> Result<Vec<ClassSummary>, ApiError> {
    get_json("/api/classes").await
}

pub async fn create_class(request: &NewClass) -> Result<ClassSummary, ApiError> {
    send_json(Request::post("/api/classes"), request).await
}

pub async fn fetch_class(id: &str) -> Result<ClassDetail, ApiError> {
    get_json(&path(&["classes", id])).await
}

pub async fn change_class(id: &str, change: &ClassChange) -> Result<ClassSummary, ApiError> {
    send_json(Request::patch(&path(&["classes", id])), change).await
}

pub async fn remove_student(class: &str, student: &str) -> Result<(), ApiError> {
    send_empty(Request::delete(&path(&[
        "classes", class, "students", student,
    ])))
    .await
}

pub async fn set_student_password(
    class: &str,
    student: &str,
    request: &NewPassword,
) -> Result<(), ApiError> {
    let url = path(&["classes", class, "students", student, "password"]);
    send_for_empty(Request::put(&url), request).await
}

pub async fn assign(class: &str, request: &NewAssignments) -> Result<Vec<Assignment>, ApiError> {
    send_json(
        Request::post(&path(&["classes", class, "assignments"])),
        request,
    )
    .await
}

pub async fn unassign(class: &str, assignment: &str) -> Result<(), ApiError> {
    let url = path(&["classes", class, "assignments", assignment]);
    send_empty(Request::delete(&url)).await
}

pub async fn fetch_grid(class: &str) -> Result<Grid, ApiError> {
    get_json(&path(&["classes", class, "grid"])).await
}

pub async fn fetch_student_code(
    class: &str,
    student: &str,
    item: &str,
) -> Result<StudentCode, ApiError> {
    let url = path(&["classes", class, "students", student, "code"]);
    get_json(&format!("{url}?item={}", encode(item))).await
}

/// The comments on a student's item in the class, and the verdict.
pub async fn fetch_feedback(class: &str, student: &str, item: &str) -> Result<Feedback, ApiError> {
    let url = path(&["classes", class, "students", student, "feedback"]);
    get_json(&format!("{url}?item={}", encode(item))).await
}

/// A student's runs of an item, each with its change from the run before.
pub async fn fetch_runs(class: &str, student: &str, item: &str) -> Result<Vec<Run>, ApiError> {
    let url = path(&["classes", class, "students", student, "runs"]);
    get_json(&format!("{url}?item={}", encode(item))).await
}

/// The class's latest programs for an item, compared in pairs.
pub async fn fetch_similarity(class: &str, item: &str) -> Result<Similarity, ApiError> {
    let url = path(&["classes", class, "similarity"]);
    get_json(&format!("{url}?item={}", encode(item))).await
}

pub async fn create_comment(
    class: &str,
    student: &str,
    comment: &NewComment,
) -> Result<Comment, ApiError> {
    let url = path(&["classes", class, "students", student, "comments"]);
    send_json(Request::post(&url), comment).await
}

pub async fn answer_as_teacher(
    class: &str,
    student: &str,
    thread: &str,
    reply: &NewReply,
) -> Result<Comment, ApiError> {
    let url = path(&["classes", class, "students", student, "comments", thread]);
    send_json(Request::post(&url), reply).await
}

pub async fn set_review(
    class: &str,
    student: &str,
    review: &NewReview,
) -> Result<Review, ApiError> {
    let url = path(&["classes", class, "students", student, "review"]);
    send_json(Request::put(&url), review).await
}

pub async fn teacher_saw(class: &str, student: &str, item: &str) -> Result<(), ApiError> {
    let url = path(&["classes", class, "students", student, "feedback", "seen"]);
    send_for_empty(
        Request::post(&url),
        &Seen {
            item: item.to_owned(),
        },
    )
    .await
}

/// What the signed-in student's teachers said on `item`.
pub async fn fetch_my_feedback(item: &str) -> Result<MyFeedback, ApiError> {
    get_json(&format!("/api/me/feedback?item={}", encode(item))).await
}

pub async fn answer_as_student(thread: &str, reply: &NewReply) -> Result<Comment, ApiError> {
    send_json(Request::post(&path(&["me", "comments", thread])), reply).await
}

pub async fn student_saw(item: &str) -> Result<(), ApiError> {
    send_for_empty(
        Request::post("/api/me/feedback/seen"),
        &Seen {
            item: item.to_owned(),
        },
    )
    .await
}

pub async fn send_progress(batch: &SyncBatch) -> Result<SyncResult, ApiError> {
    send_json(Request::post("/api/progress"), batch).await
}

pub async fn fetch_progress() -> Result<Vec<ItemProgress>, ApiError> {
    get_json("/api/progress").await
}

pub async fn fetch_my_assignments() -> Result<Vec<MyAssignment>, ApiError> {
    get_json("/api/me/assignments").await
}

/// An API address from its path segments, each percent-encoded: ids, codes and handles come from
/// addresses and people, and must not be able to reach another route.
fn path(segments: &[&str]) -> String {
    let mut url = String::from("/api");
    for segment in segments {
        url.push('/');
        url.push_str(&encode(segment));
    }
    url
}

/// A path segment or query value, percent-encoded.
fn encode(part: &str) -> String {
    String::from(js_sys::encode_uri_component(part))
}

async fn get_json<T: DeserializeOwned>(url: &str) -> Result<T, ApiError> {
    let response = Request::get(url)
        .send()
        .await
        .map_err(|_| ApiError::Unreachable)?;
    read_json(response).await
}

/// A write with a JSON body, answered with JSON.
async fn send_json<B: Serialize, T: DeserializeOwned>(
    request: RequestBuilder,
    body: &B,
) -> Result<T, ApiError> {
    let response = request
        .json(body)
        .map_err(|_| ApiError::BadResponse)?
        .send()
        .await
        .map_err(|_| ApiError::Unreachable)?;
    read_json(response).await
}

/// A write without a body, answered with nothing (204).
async fn send_empty(request: RequestBuilder) -> Result<(), ApiError> {
    answer_empty(request.build().map_err(|_| ApiError::BadResponse)?).await
}

/// A write with a JSON body, answered with nothing (204).
async fn send_for_empty<B: Serialize>(request: RequestBuilder, body: &B) -> Result<(), ApiError> {
    answer_empty(request.json(body).map_err(|_| ApiError::BadResponse)?).await
}

/// Sends a built write that is answered with nothing (204).
async fn answer_empty(request: Request) -> Result<(), ApiError> {
    let response = request.send().await.map_err(|_| ApiError::Unreachable)?;
    if response.ok() {
        return Ok(());
    }
    Err(read_error(response).await)
}

async fn read_json<T: DeserializeOwned>(response: Response) -> Result<T, ApiError> {
    if response.ok() {
        return response.json().await.map_err(|_| ApiError::BadResponse);
    }
    Err(read_error(response).await)
}

async fn read_error(response: Response) -> ApiError {
    let status = response.status();
    match response.json::<ErrorBody>().await {
        Ok(body) => ApiError::Server {
            status,
            code: body.error.code,
        },
        // A bare 502/503/504 from a proxy in front of a stopped server.
        Err(_) if matches!(status, 502..=504) => ApiError::Unreachable,
        Err(_) => ApiError::Server {
            status,
            code: ErrorCode::Unknown,
        },
    }
}
