//! The one error type of the API. It answers with Mattermost's error body
//! `{id, message, detailed_error, request_id, status_code, is_oauth}`.

use std::borrow::Cow;

use axum::Json;
use axum::extract::rejection::{BytesRejection, PathRejection, QueryRejection};
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use serde::de::DeserializeOwned;

use crate::util::new_id;

/// An API error: a status and Mattermost's error id and message.
#[derive(Debug, thiserror::Error)]
#[error("{status} {id}: {message}")]
pub struct AppError {
    /// HTTP status.
    pub status: StatusCode,
    /// Mattermost-style error id.
    pub id: Cow<'static, str>,
    /// Message for people.
    pub message: Cow<'static, str>,
    /// More detail for the client (never internal details).
    pub detailed: String,
    /// For 429: the limit and the seconds to wait (`Retry-After`, `X-RateLimit-*`).
    pub rate_limit: Option<crate::throttle::Refused>,
}

/// The result of handlers and database calls.
pub type Result<T, E = AppError> = std::result::Result<T, E>;

impl AppError {
    /// An error with any status.
    pub fn new(
        status: StatusCode,
        id: impl Into<Cow<'static, str>>,
        message: impl Into<Cow<'static, str>>,
    ) -> Self {
        Self {
            status,
            id: id.into(),
            message: message.into(),
            detailed: String::new(),
            rate_limit: None,
        }
    }

    /// 429: too many attempts; try again in `refused.wait` seconds.
    pub fn too_many_requests(
        id: impl Into<Cow<'static, str>>,
        message: impl Into<Cow<'static, str>>,
        refused: crate::throttle::Refused,
    ) -> Self {
        let mut e = Self::new(StatusCode::TOO_MANY_REQUESTS, id, message);
        e.rate_limit = Some(crate::throttle::Refused {
            wait: refused.wait.max(1),
            ..refused
        });
        e
    }

    /// 400.
    pub fn bad_request(
        id: impl Into<Cow<'static, str>>,
        message: impl Into<Cow<'static, str>>,
    ) -> Self {
        Self::new(StatusCode::BAD_REQUEST, id, message)
    }

    /// 400 for a bad or missing parameter.
    pub fn invalid_param(name: &str) -> Self {
        Self::bad_request(
            "api.context.invalid_param.app_error",
            format!("Invalid {name} parameter."),
        )
    }

    /// 401: no session, or an expired one.
    pub fn unauthorized() -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            "api.context.session_expired.app_error",
            "Invalid or expired session, please login again.",
        )
    }

    /// 403: the caller may not do this.
    pub fn forbidden() -> Self {
        Self::new(
            StatusCode::FORBIDDEN,
            "api.context.permissions.app_error",
            "You do not have the appropriate permissions.",
        )
    }

    /// 404 for a missing object.
    pub fn not_found(what: &str) -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            format!("app.{what}.get.app_error"),
            format!("Unable to find the {what}."),
        )
    }

    /// 500. The cause is logged, never sent.
    pub fn internal(cause: impl std::fmt::Display) -> Self {
        tracing::error!("internal error: {cause}");
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "app.internal_error",
            "An internal error occurred. Please try again later.",
        )
    }

    /// Adds detail for the client.
    pub fn detail(mut self, detail: impl Into<String>) -> Self {
        self.detailed = detail.into();
        self
    }

    /// The Mattermost error body.
    pub fn body(&self) -> mm_api::ApiError {
        mm_api::ApiError {
            id: self.id.to_string(),
            message: self.message.to_string(),
            detailed_error: self.detailed.clone(),
            request_id: new_id(),
            status_code: self.status.as_u16(),
            is_oauth: false,
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let mut res = (self.status, Json(self.body())).into_response();
        // Mattermost's clients (Matterbridge among them) wait `X-RateLimit-Reset` seconds.
        if let Some(r) = self.rate_limit {
            let h = res.headers_mut();
            h.insert(axum::http::header::RETRY_AFTER, r.wait.into());
            h.insert("x-ratelimit-limit", r.limit.into());
            h.insert("x-ratelimit-remaining", 0.into());
            h.insert("x-ratelimit-reset", r.wait.into());
        }
        res
    }
}

impl From<rusqlite::Error> for AppError {
    fn from(e: rusqlite::Error) -> Self {
        match e {
            rusqlite::Error::QueryReturnedNoRows => Self::not_found("object"),
            e => Self::internal(e),
        }
    }
}

impl From<serde_json::Error> for AppError {
    fn from(e: serde_json::Error) -> Self {
        Self::internal(e)
    }
}

/// A JSON body. Any content type is accepted, as Mattermost does; a malformed body is 400
/// and an oversize one 413, both with the Mattermost error body.
pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self> {
        let bytes = Bytes::from_request(req, state).await.map_err(|e| match e {
            BytesRejection::FailedToBufferBody(_)
                if e.status() == StatusCode::PAYLOAD_TOO_LARGE =>
            {
                AppError::new(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    "api.context.request_body_too_large.app_error",
                    "The request body is too large.",
                )
            }
            e => AppError::bad_request("api.context.invalid_body_param.app_error", e.body_text()),
        })?;
        serde_json::from_slice(&bytes).map(ApiJson).map_err(|e| {
            AppError::bad_request(
                "api.context.invalid_body_param.app_error",
                "The request body is not valid JSON of the expected shape.",
            )
            .detail(e.to_string())
        })
    }
}

/// Path parameters; a malformed one is 400.
pub struct ApiPath<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned + Send> FromRequestParts<S> for ApiPath<T> {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self> {
        axum::extract::Path::<T>::from_request_parts(parts, state)
            .await
            .map(|p| ApiPath(p.0))
            .map_err(|e: PathRejection| {
                AppError::bad_request("api.context.invalid_url_param.app_error", e.body_text())
            })
    }
}

/// Query parameters; a malformed one is 400.
pub struct ApiQuery<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self> {
        axum::extract::Query::<T>::from_request_parts(parts, state)
            .await
            .map(|q| ApiQuery(q.0))
            .map_err(|e: QueryRejection| {
                AppError::bad_request("api.context.invalid_url_param.app_error", e.body_text())
            })
    }
}
