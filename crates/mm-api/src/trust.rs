//! Trust and membership: two-factor log-in, the code of conduct (Mattermost's terms of
//! service), invitations, sessions, the audit log and data retention.

use serde::Serialize;

use crate::{StringMap, TeamId, UserId};

crate::object! {
/// `POST /users/{id}/mfa/generate`: a new secret, not active until confirmed with a code.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct MfaSecret {
    /// The secret, base32, for typing into an authenticator app.
    pub secret: String,
    /// A PNG of the `otpauth://` QR code, base64.
    pub qr_code: String,
}
}

crate::object! {
/// `PUT /users/{id}/mfa`: turns two-factor log-in on (with a first code) or off.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct UpdateMfa {
    /// On or off.
    pub activate: bool,
    /// A current code (required to turn it on, and to turn one's own off).
    pub code: String,
}
}

crate::object! {
/// The answer of `PUT /users/{id}/mfa`: `{"status":"OK"}`, and on activation the ten
/// one-time recovery codes, shown this once.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct MfaUpdated {
    /// `"OK"`.
    pub status: String,
    /// Recovery codes, each good for one log-in instead of a code.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub recovery_codes: Vec<String>,
}
}

crate::object! {
/// A version of the code of conduct (`model.TermsOfService`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct TermsOfService {
    /// The version's id.
    pub id: String,
    /// When it was written, ms.
    pub create_at: i64,
    /// Who wrote it.
    pub user_id: UserId,
    /// The text, markdown.
    pub text: String,
}
}

crate::object! {
/// `POST /users/{id}/terms_of_service`: accepts or refuses a version.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct AcceptTerms {
    /// The version.
    #[serde(rename = "termsOfServiceId")]
    pub terms_of_service_id: String => "termsOfServiceId",
    /// Accepted or refused.
    pub accepted: bool,
}
}

crate::object! {
/// `GET /users/{id}/terms_of_service`: the version a user accepted, and when.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct UserTermsOfService {
    /// The user.
    pub user_id: UserId,
    /// The version accepted.
    pub terms_of_service_id: String,
    /// When, ms.
    pub create_at: i64,
}
}

crate::object! {
/// A log-in session as its user and admins see it (`model.Session`, without the token).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Session {
    /// The session's id.
    pub id: String,
    /// The user.
    pub user_id: UserId,
    /// When it began, ms.
    pub create_at: i64,
    /// When it ends, ms.
    pub expires_at: i64,
    /// Its last request, ms.
    pub last_activity_at: i64,
    /// The device's push id, if any.
    pub device_id: String,
    /// Roles of the user.
    pub roles: String,
    /// Whether an OAuth app made it.
    pub is_oauth: bool,
    /// `browser`, `os`, `platform` and `ip_address` of the device, and `type`:
    /// `"UserAccessToken"` for a personal access token's session.
    pub props: StringMap,
}
}

crate::object! {
/// `POST /users/{id}/sessions/revoke`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct RevokeSession {
    /// The session to end.
    pub session_id: String,
}
}

crate::object! {
/// `PUT /users/{id}/active`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct UserActive {
    /// Active or deactivated.
    pub active: bool,
}
}

crate::object! {
/// An entry of the audit log (`model.Audit`): who did what, never content.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Audit {
    /// The entry's id.
    pub id: String,
    /// When, ms.
    pub create_at: i64,
    /// Who did it (or whom it was about, for a failed log-in); empty for the server.
    pub user_id: UserId,
    /// What: `login`, `login_failure`, `mfa_activate`, `update_roles`, `deactivate`,
    /// `invite`, `retention`, …
    pub action: String,
    /// Details, such as the account acted on or the counts deleted.
    pub extra_info: String,
    /// The client's address.
    pub ip_address: String,
    /// The session it was done in.
    pub session_id: String,
}
}

crate::object! {
/// `GET /data_retention/policy`: how long messages and files are kept.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct RetentionPolicy {
    /// Messages older than the cutoff are deleted.
    pub message_deletion_enabled: bool,
    /// Files older than their cutoff are deleted.
    pub file_deletion_enabled: bool,
    /// Messages created before this, ms, are gone (0: none).
    pub message_retention_cutoff: i64,
    /// Files created before this, ms, are gone (0: none).
    pub file_retention_cutoff: i64,
}
}

crate::object! {
/// An e-mail invitation to a team.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Invitation {
    /// The invitation's id (not its secret).
    pub id: String,
    /// The team.
    pub team_id: TeamId,
    /// Who was invited; shown to admins and to the inviter only.
    pub email: String,
    /// Who invited.
    pub inviter_id: UserId,
    /// When, ms.
    pub create_at: i64,
    /// When the link stops working, ms.
    pub expires_at: i64,
    /// When it was used, ms; 0 while pending.
    pub used_at: i64,
    /// The account that used it.
    pub user_id: UserId,
}
}

crate::object! {
/// `POST /teams/{id}/invite/email` body, as an object (a bare array of addresses works too).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct EmailInvites {
    /// The addresses.
    pub emails: Vec<String>,
}
}

crate::object! {
/// One address of `POST /teams/{id}/invite/email?graceful=true` and whether it was sent.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct EmailInviteResult {
    /// The address.
    pub email: String,
    /// Why it was not sent, if it was not.
    pub error: Option<crate::ApiError>,
}
}
