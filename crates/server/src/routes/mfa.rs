//! Two-factor log-in: setting it up, turning it off, and checking a code at log-in.

use std::time::Duration;

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{post, put};
use axum::{Json, Router};
use mm_api::{MfaSecret, MfaUpdated, UpdateMfa};

use super::{is_admin, user_param};
use crate::AppState;
use crate::audit::{self, Origin};
use crate::auth::Session;
use crate::db::trust;
use crate::error::{ApiJson, ApiPath, AppError, Result};
use crate::util::now_ms;
use crate::{mfa, throttle};

/// The two-factor routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/users/{user_id}/mfa/generate", post(generate_mfa_secret))
        .route("/users/{user_id}/mfa", put(update_mfa))
}

fn disabled() -> AppError {
    // Mattermost answers 501; a 4xx says it is no fault of the server's.
    AppError::new(
        StatusCode::FORBIDDEN,
        "mfa.mfa_disabled.app_error",
        "Two-factor authentication is turned off on this server.",
    )
}

/// The issuer an authenticator app shows: the site's host, or its name.
fn issuer(config: &crate::Config) -> String {
    let host = config
        .site_url
        .split("://")
        .nth(1)
        .and_then(|rest| rest.split(['/', ':']).next())
        .map(|h| h.trim_start_matches("www."))
        .unwrap_or_default();
    if host.is_empty() {
        config.site_name.clone()
    } else {
        host.to_owned()
    }
}

/// `POST /api/v4/users/{user_id}/mfa/generate`: a new secret and its QR code, for the user
/// themself. It replaces any secret not yet confirmed; once two-factor log-in is on, it must
/// be turned off first.
async fn generate_mfa_secret(
    State(app): State<AppState>,
    session: Session,
    ApiPath(user_id): ApiPath<String>,
) -> Result<Json<MfaSecret>> {
    if !app.config.enable_mfa {
        return Err(disabled());
    }
    let user_id = user_param(&session, &user_id)?;
    if user_id != session.user_id {
        return Err(AppError::forbidden());
    }
    let id = user_id.clone();
    let (state, user) = app
        .db
        .read(move |c| Ok((trust::mfa(c, &id)?, crate::db::users::get(c, &id)?)))
        .await?;
    let (Some(state), Some(user)) = (state, user) else {
        return Err(AppError::not_found("user"));
    };
    if state.active {
        return Err(AppError::bad_request(
            "api.user.generate_mfa_secret.active.app_error",
            "Two-factor authentication is already on. Turn it off first.",
        ));
    }
    if user.is_bot {
        return Err(AppError::bad_request(
            "api.user.activate_mfa.email_and_ldap_only.app_error",
            "Bots cannot use two-factor authentication.",
        ));
    }
    let secret = mfa::new_secret();
    let (base32, qr_code) = mfa::setup(&secret, &user.email, &issuer(&app.config))
        .ok_or_else(|| AppError::internal("mfa.generate_qr_code.create_code.app_error"))?;
    let sealed = app.keys.seal(&secret);
    app.db
        .write(move |c| trust::set_mfa_secret(c, &user_id, &sealed))
        .await?;
    Ok(Json(MfaSecret {
        secret: base32,
        qr_code,
    }))
}

/// Checks a code (or a recovery code) for a user with a secret, counting failures against
/// `max_login_attempts` like passwords. A six-digit code is good once: its step is used up.
pub async fn check_code(app: &AppState, user_id: &str, code: &str) -> Result<()> {
    let key = format!("mfa|{user_id}");
    let rule = throttle::Rule {
        key: &key,
        max: app.config.max_login_attempts,
    };
    app.login_limiter
        .attempt(&[rule], Duration::from_secs(app.config.login_window_secs))
        .map_err(|refused| {
            AppError::too_many_requests(
                "api.user.check_user_mfa.too_many.app_error",
                format!(
                    "Too many wrong codes. Try again in {} seconds.",
                    refused.wait
                ),
                refused,
            )
        })?;
    let bad = || {
        AppError::new(
            StatusCode::UNAUTHORIZED,
            "api.user.check_user_mfa.bad_code.app_error",
            "The code is not valid. Use the current code from your authenticator app.",
        )
    };
    let id = user_id.to_owned();
    let state = app
        .db
        .read(move |c| trust::mfa(c, &id))
        .await?
        .ok_or_else(bad)?;
    let id = user_id.to_owned();
    let ok = if mfa::is_recovery_code(code) {
        let hash = mfa::recovery_hash(code);
        app.db
            .write(move |c| trust::use_recovery_code(c, &id, &hash))
            .await?
    } else {
        let secret = app.keys.open(&state.sealed_secret).ok_or_else(bad)?;
        let now = u64::try_from(now_ms() / 1000).unwrap_or_default();
        match mfa::matching_step(&secret, code, now) {
            Some(step) => {
                let step = i64::try_from(step).unwrap_or(i64::MAX);
                app.db.write(move |c| trust::use_step(c, &id, step)).await?
            }
            None => false,
        }
    };
    if !ok {
        return Err(bad());
    }
    app.login_limiter.forget(&key);
    Ok(())
}

/// `PUT /api/v4/users/{user_id}/mfa` `{activate, code}`: turns two-factor log-in on with a
/// first code (answering the ten recovery codes, shown this once), or off with a current
/// code. A system admin may turn it off for someone who lost their device, without one.
async fn update_mfa(
    State(app): State<AppState>,
    session: Session,
    origin: Origin,
    ApiPath(user_id): ApiPath<String>,
    ApiJson(body): ApiJson<UpdateMfa>,
) -> Result<Json<MfaUpdated>> {
    if !app.config.enable_mfa {
        return Err(disabled());
    }
    let user_id = user_param(&session, &user_id)?;
    let own = user_id == session.user_id;
    let admin = is_admin(&app, &session.user_id).await?;
    if !own && (body.activate || !admin) {
        return Err(AppError::forbidden());
    }
    let id = user_id.clone();
    let state = app
        .db
        .read(move |c| trust::mfa(c, &id))
        .await?
        .ok_or_else(|| AppError::not_found("user"))?;
    let now = now_ms();
    let mut answer = MfaUpdated {
        status: "OK".to_owned(),
        recovery_codes: Vec::new(),
    };
    if body.activate {
        if body.code.trim().is_empty() {
            return Err(AppError::invalid_param("code"));
        }
        if state.active {
            return Ok(Json(answer));
        }
        if state.sealed_secret.is_empty() {
            return Err(AppError::bad_request(
                "mfa.activate.no_secret.app_error",
                "Generate a secret first (POST /users/{user_id}/mfa/generate).",
            ));
        }
        if mfa::is_recovery_code(&body.code) {
            return Err(activate_bad_code());
        }
        check_code(&app, &user_id, &body.code).await.map_err(|e| {
            if e.status == StatusCode::UNAUTHORIZED {
                activate_bad_code()
            } else {
                e
            }
        })?;
        let codes = mfa::recovery_codes();
        let hashes: Vec<String> = codes.iter().map(|c| mfa::recovery_hash(c)).collect();
        let id = user_id.clone();
        app.db
            .write(move |c| trust::activate_mfa(c, &id, &hashes, now))
            .await?;
        answer.recovery_codes = codes;
        audit::record(
            &app,
            &session.user_id,
            "mfa_activate",
            String::new(),
            &origin,
            &session.id,
        )
        .await;
    } else {
        if !state.active {
            return Ok(Json(answer));
        }
        if own {
            if body.code.trim().is_empty() {
                return Err(AppError::invalid_param("code"));
            }
            check_code(&app, &user_id, &body.code).await?;
        }
        let id = user_id.clone();
        app.db
            .write(move |c| trust::deactivate_mfa(c, &id, now))
            .await?;
        audit::record(
            &app,
            &session.user_id,
            "mfa_deactivate",
            format!("user_id={user_id}"),
            &origin,
            &session.id,
        )
        .await;
    }
    app.gates.forget(&user_id);
    let id = user_id.clone();
    if let Some(user) = app.db.read(move |c| crate::db::users::get(c, &id)).await? {
        super::users::publish_user_updated(&app, &user);
    }
    Ok(Json(answer))
}

fn activate_bad_code() -> AppError {
    AppError::new(
        StatusCode::UNAUTHORIZED,
        "mfa.activate.bad_token.app_error",
        "The code is not valid. Check your authenticator app's clock and try the current code.",
    )
}
