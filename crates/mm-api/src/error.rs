use serde::Serialize;

crate::object! {
/// Mattermost's error body (`model.AppError`), returned with every 4xx and 5xx.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ApiError {
    /// A stable, machine-readable id such as `api.user.login.invalid_credentials_email_username`.
    pub id: String,
    /// A human-readable message in English.
    pub message: String,
    /// More detail, when the server offers it.
    pub detailed_error: String,
    /// The id of the request, for matching with server logs.
    pub request_id: String,
    /// The HTTP status code.
    pub status_code: u16,
    /// Whether the error comes from OAuth.
    pub is_oauth: bool,
}
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({}): {}", self.status_code, self.id, self.message)
    }
}

impl std::error::Error for ApiError {}
