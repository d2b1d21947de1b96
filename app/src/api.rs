//! Calls to the server's JSON API.

use darbnica_api::{
    CourseDetail, CourseSummary, ErrorBody, ErrorCode, ExerciseDetail, ModelDetail, ModelSummary,
    WorkshopDetail, WorkshopSummary,
};
use gloo_net::http::Request;
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
            ApiError::Server { status, .. } if *status >= 500 => "api-error-server",
            ApiError::Server { status: 404, .. } => "api-error-not-found",
            ApiError::Server { .. } | ApiError::BadResponse => "api-error-unexpected",
        }
    }
}

pub async fn fetch_courses() -> Result<Vec<CourseSummary>, ApiError> {
    get_json("/api/courses").await
}

pub async fn fetch_course(id: &str) -> Result<CourseDetail, ApiError> {
    get_json(&format!("/api/courses/{id}")).await
}

pub async fn fetch_exercise(course: &str, exercise: &str) -> Result<ExerciseDetail, ApiError> {
    get_json(&format!("/api/courses/{course}/exercises/{exercise}")).await
}

pub async fn fetch_models() -> Result<Vec<ModelSummary>, ApiError> {
    get_json("/api/models").await
}

pub async fn fetch_model(id: &str) -> Result<ModelDetail, ApiError> {
    get_json(&format!("/api/models/{id}")).await
}

pub async fn fetch_workshops() -> Result<Vec<WorkshopSummary>, ApiError> {
    get_json("/api/workshops").await
}

pub async fn fetch_workshop(id: &str) -> Result<WorkshopDetail, ApiError> {
    get_json(&format!("/api/workshops/{id}")).await
}

async fn get_json<T: DeserializeOwned>(url: &str) -> Result<T, ApiError> {
    let response = Request::get(url)
        .send()
        .await
        .map_err(|_| ApiError::Unreachable)?;
    if response.ok() {
        return response.json().await.map_err(|_| ApiError::BadResponse);
    }
    let status = response.status();
    match response.json::<ErrorBody>().await {
        Ok(body) => Err(ApiError::Server {
            status,
            code: body.error.code,
        }),
        // A bare 502/503/504 from a proxy in front of a stopped server.
        Err(_) if matches!(status, 502..=504) => Err(ApiError::Unreachable),
        Err(_) => Err(ApiError::Server {
            status,
            code: ErrorCode::Unknown,
        }),
    }
}
