//! The audit log: log-ins, failed log-ins, two-factor changes, role changes,
//! deactivations, invitations and retention runs. Who did what to whom, from where; never
//! message content. Kept `audit_retention_days`.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;

use crate::AppState;
use crate::error::AppError;
use crate::util::now_ms;

/// Where a request came from: its client's address (behind trusted proxies, the one they
/// name), and the device's `User-Agent`.
#[derive(Debug, Clone, Default)]
pub struct Origin {
    /// The client's address.
    pub ip: String,
    /// The `User-Agent` header, at most 256 bytes.
    pub user_agent: String,
}

impl Origin {
    /// The device of a new session.
    pub fn device(&self) -> crate::db::trust::Device {
        crate::db::trust::Device {
            user_agent: self.user_agent.clone(),
            ip_address: self.ip.clone(),
        }
    }
}

impl FromRequestParts<AppState> for Origin {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Self, AppError> {
        let ip = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(peer)| {
                crate::throttle::client_ip(*peer, &parts.headers, &app.config.trusted_proxies)
                    .to_string()
            })
            .unwrap_or_default();
        let mut user_agent = parts
            .headers
            .get("user-agent")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        if user_agent.len() > 256 {
            let mut end = 256;
            while !user_agent.is_char_boundary(end) {
                end -= 1;
            }
            user_agent.truncate(end);
        }
        Ok(Self { ip, user_agent })
    }
}

/// Adds an entry. A failure to write it is logged, not passed on: the action happened.
pub async fn record(
    app: &AppState,
    user_id: &str,
    action: &'static str,
    extra_info: String,
    origin: &Origin,
    session_id: &str,
) {
    let entry = mm_api::Audit {
        id: String::new(),
        create_at: now_ms(),
        user_id: user_id.to_owned().into(),
        action: action.to_owned(),
        extra_info,
        ip_address: origin.ip.clone(),
        session_id: session_id.to_owned(),
    };
    if let Err(e) = app
        .db
        .write(move |c| crate::db::trust::insert_audit(c, &entry))
        .await
    {
        tracing::warn!("cannot write the audit log: {e}");
    }
}
