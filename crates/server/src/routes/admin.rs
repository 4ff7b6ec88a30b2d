//! The admin's tools: deactivating accounts, sessions, the audit log, and the retention
//! policy.

use axum::extract::State;
use axum::routing::{get, post, put};
use axum::{Json, Router};
use mm_api::{Audit, RetentionPolicy, RevokeSession, Session as SessionInfo, StatusOk, UserActive};

use super::{is_admin, require_self_or_admin, user_param};
use crate::AppState;
use crate::audit::{self, Origin};
use crate::auth::{self, Session};
use crate::db::{self, trust};
use crate::error::{ApiJson, ApiPath, ApiQuery, AppError, Result};
use crate::util::{Paging, now_ms};

/// The admin routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/users/{user_id}/active", put(update_user_active))
        .route("/users/{user_id}/sessions", get(get_user_sessions))
        .route(
            "/users/{user_id}/sessions/revoke",
            post(revoke_user_session),
        )
        .route(
            "/users/{user_id}/sessions/revoke/all",
            post(revoke_all_user_sessions),
        )
        .route("/users/{user_id}/audits", get(get_user_audits))
        .route("/audits", get(get_audits))
        .route("/data_retention/policy", get(get_retention_policy))
}

/// Ends every session of a user at once: their sockets close.
async fn end_sessions(app: &AppState, user_id: &str) -> Result<usize> {
    let id = user_id.to_owned();
    let ids = app.db.read(move |c| trust::session_ids(c, &id)).await?;
    for session in &ids {
        auth::revoke_session(app, session).await?;
    }
    Ok(ids.len())
}

/// `PUT /api/v4/users/{user_id}/active` `{active}`: a system admin deactivates an account
/// (it can no longer log in, and its sessions and sockets end at once) or reactivates it.
async fn update_user_active(
    State(app): State<AppState>,
    session: Session,
    origin: Origin,
    ApiPath(user_id): ApiPath<String>,
    ApiJson(body): ApiJson<UserActive>,
) -> Result<Json<StatusOk>> {
    let user_id = user_param(&session, &user_id)?;
    if !is_admin(&app, &session.user_id).await? {
        return Err(AppError::forbidden());
    }
    if user_id == session.user_id && !body.active {
        return Err(AppError::bad_request(
            "api.user.update_active.own_account.app_error",
            "You cannot deactivate your own account here: ask another admin.",
        ));
    }
    let (id, active) = (user_id.clone(), body.active);
    let user = app
        .db
        .write(move |c| {
            let now = now_ms();
            c.execute(
                "UPDATE users SET delete_at = ?, update_at = ? WHERE id = ?",
                rusqlite::params![if active { 0 } else { now }, now, id],
            )?;
            db::users::get(c, &id)?.ok_or_else(|| AppError::not_found("user"))
        })
        .await?;
    if !body.active {
        end_sessions(&app, &user_id).await?;
    }
    app.gates.forget(&user_id);
    let action = if body.active {
        "reactivate"
    } else {
        "deactivate"
    };
    let extra = format!("user_id={user_id}");
    audit::record(&app, &session.user_id, action, extra, &origin, &session.id).await;
    super::users::publish_user_updated(&app, &user);
    Ok(Json(StatusOk::ok()))
}

/// `GET /api/v4/users/{user_id}/sessions`: the user's live sessions, with their device and
/// last activity; for the user and system admins.
async fn get_user_sessions(
    State(app): State<AppState>,
    session: Session,
    ApiPath(user_id): ApiPath<String>,
) -> Result<Json<Vec<SessionInfo>>> {
    let user_id = user_param(&session, &user_id)?;
    require_self_or_admin(&app, &session, &user_id).await?;
    let list = app
        .db
        .read(move |c| trust::sessions(c, &user_id, now_ms()))
        .await?;
    Ok(Json(list))
}

/// `POST /api/v4/users/{user_id}/sessions/revoke` `{session_id}`: ends one of the user's
/// sessions.
async fn revoke_user_session(
    State(app): State<AppState>,
    session: Session,
    origin: Origin,
    ApiPath(user_id): ApiPath<String>,
    ApiJson(body): ApiJson<RevokeSession>,
) -> Result<Json<StatusOk>> {
    let user_id = user_param(&session, &user_id)?;
    require_self_or_admin(&app, &session, &user_id).await?;
    crate::util::check_id(&body.session_id, "session_id")?;
    let id = user_id.clone();
    let theirs = app
        .db
        .read(move |c| trust::session_ids(c, &id))
        .await?
        .contains(&body.session_id);
    if !theirs {
        return Err(AppError::not_found("session"));
    }
    auth::revoke_session(&app, &body.session_id).await?;
    let extra = format!("user_id={user_id} session_id={}", body.session_id);
    audit::record(
        &app,
        &session.user_id,
        "revoke_session",
        extra,
        &origin,
        &session.id,
    )
    .await;
    Ok(Json(StatusOk::ok()))
}

/// `POST /api/v4/users/{user_id}/sessions/revoke/all`: ends all of the user's sessions,
/// the caller's own included if it is theirs.
async fn revoke_all_user_sessions(
    State(app): State<AppState>,
    session: Session,
    origin: Origin,
    ApiPath(user_id): ApiPath<String>,
) -> Result<Json<StatusOk>> {
    let user_id = user_param(&session, &user_id)?;
    require_self_or_admin(&app, &session, &user_id).await?;
    let n = end_sessions(&app, &user_id).await?;
    let extra = format!("user_id={user_id} sessions={n}");
    audit::record(
        &app,
        &session.user_id,
        "revoke_all_sessions",
        extra,
        &origin,
        &session.id,
    )
    .await;
    Ok(Json(StatusOk::ok()))
}

/// `GET /api/v4/audits?page&per_page`: the audit log, newest first; system admins.
async fn get_audits(
    State(app): State<AppState>,
    session: Session,
    ApiQuery(paging): ApiQuery<Paging>,
) -> Result<Json<Vec<Audit>>> {
    if !is_admin(&app, &session.user_id).await? {
        return Err(AppError::forbidden());
    }
    let list = app
        .db
        .read(move |c| trust::audits(c, None, paging.offset(), paging.limit()))
        .await?;
    Ok(Json(list))
}

/// `GET /api/v4/users/{user_id}/audits?page&per_page`: what a user did; for the user and
/// system admins.
async fn get_user_audits(
    State(app): State<AppState>,
    session: Session,
    ApiPath(user_id): ApiPath<String>,
    ApiQuery(paging): ApiQuery<Paging>,
) -> Result<Json<Vec<Audit>>> {
    let user_id = user_param(&session, &user_id)?;
    require_self_or_admin(&app, &session, &user_id).await?;
    let list = app
        .db
        .read(move |c| trust::audits(c, Some(&user_id), paging.offset(), paging.limit()))
        .await?;
    Ok(Json(list))
}

/// `GET /api/v4/data_retention/policy`: how long posts and files are kept, so that clients
/// hide what they cached from before the cutoff.
async fn get_retention_policy(
    State(app): State<AppState>,
    _session: Session,
) -> Json<RetentionPolicy> {
    Json(crate::retention::policy(&app.config, now_ms()))
}
