//! The API under `/api/v4`: one router per area, merged here, and the checks they share.

use axum::Router;
use axum::routing::get;
use mm_api::{Channel, ChannelType, User};

use crate::AppState;
use crate::auth::Session;
use crate::error::{AppError, Result};
use crate::{db, ws};

mod admin;
mod bots;
pub mod channels;
mod commands;
mod emoji;
mod files;
pub use files::path as files_path;
mod hooks;
pub mod image;
mod invites;
mod mfa;
mod notify;
mod pictures;
pub mod posts;
mod reactions;
mod search;
pub mod system;
pub mod teams;
mod terms;
pub mod users;

/// Every API route.
pub fn router(config: &crate::Config) -> Router<AppState> {
    Router::new()
        .merge(files::router(config.max_file_bytes))
        .merge(emoji::router())
        .merge(image::router())
        .merge(pictures::router(config.max_file_bytes))
        .merge(system::router())
        .merge(users::router())
        .merge(mfa::router())
        .merge(terms::router())
        .merge(admin::router())
        .merge(invites::router())
        .merge(bots::router())
        .merge(hooks::router())
        .merge(commands::router())
        .merge(teams::router())
        .merge(channels::router())
        .merge(posts::router())
        .merge(reactions::router())
        .merge(search::router())
        .merge(notify::router())
        .route("/websocket", get(ws::connect_websocket))
        .route("/websocket/", get(ws::connect_websocket))
        .fallback(|| async {
            AppError::new(
                axum::http::StatusCode::NOT_FOUND,
                "api.context.404.app_error",
                "Sorry, we could not find the page.",
            )
        })
        .method_not_allowed_fallback(|| async {
            AppError::new(
                axum::http::StatusCode::METHOD_NOT_ALLOWED,
                "api.context.405.app_error",
                "Method not allowed.",
            )
        })
}

/// The routes outside `/api/v4`: what integrations post to.
pub fn public_router() -> Router<AppState> {
    hooks::public_router().merge(commands::public_router())
}

/// A user id from a URL: `me` is the caller; anything else must be a valid id.
pub fn user_param(session: &Session, id: &str) -> Result<String> {
    if id == "me" {
        return Ok(session.user_id.clone());
    }
    crate::util::check_id(id, "user_id")?;
    Ok(id.to_owned())
}

/// Whether a user is a system admin.
pub async fn is_admin(app: &AppState, user_id: &str) -> Result<bool> {
    let id = user_id.to_owned();
    Ok(app
        .db
        .read(move |c| db::users::get(c, &id))
        .await?
        .is_some_and(|u| u.is_system_admin()))
}

/// Passes for the user themself or a system admin; 403 otherwise.
pub async fn require_self_or_admin(app: &AppState, session: &Session, user_id: &str) -> Result<()> {
    if session.user_id == user_id || is_admin(app, &session.user_id).await? {
        Ok(())
    } else {
        Err(AppError::forbidden())
    }
}

/// The body of a whole update (`PUT /posts/{id}`, `/channels/{id}`, `/users/{id}`), read
/// as a patch: Go clients send the whole object, with `null` for what they leave unset. Its
/// `id`, when given, must be the URL's.
pub fn whole_update<T: serde::de::DeserializeOwned>(
    body: serde_json::Value,
    id: &str,
) -> Result<T> {
    match body.get("id") {
        None | Some(serde_json::Value::Null) => {}
        Some(serde_json::Value::String(s)) if s.is_empty() || s == id => {}
        Some(_) => return Err(AppError::invalid_param("id")),
    }
    T::deserialize(body).map_err(|e| {
        AppError::bad_request(
            "api.context.invalid_body_param.app_error",
            "The request body is not valid JSON of the expected shape.",
        )
        .detail(e.to_string())
    })
}

/// What another user may see of a profile: no e-mail address, notification settings or
/// password metadata.
pub fn sanitize(mut u: User, viewer: &str, viewer_is_admin: bool) -> User {
    if u.id.as_str() != viewer && !viewer_is_admin {
        u.email.clear();
        u.notify_props.clear();
        u.last_password_update = 0;
        u.mfa_active = false;
    }
    u.failed_attempts = 0;
    u
}

/// Whether a user may read a channel: members; team members for a public channel; admins.
pub fn can_read(c: &rusqlite::Connection, ch: &Channel, user_id: &str) -> Result<bool> {
    if db::channels::member(c, ch.id.as_str(), user_id)?.is_some() {
        return Ok(true);
    }
    if ch.channel_type == ChannelType::Open
        && db::teams::member(c, ch.team_id.as_str(), user_id)?.is_some()
    {
        return Ok(true);
    }
    Ok(db::users::get(c, user_id)?.is_some_and(|u| u.is_system_admin()))
}

/// A live post the caller may read (with its metadata) and its channel, or 404 / 403.
pub async fn readable_post(
    app: &AppState,
    session: &Session,
    post_id: &str,
) -> Result<(mm_api::Post, Channel)> {
    crate::util::check_id(post_id, "post_id")?;
    let (id, user) = (post_id.to_owned(), session.user_id.clone());
    app.db
        .read(move |c| {
            let (mut post, _) = db::posts::get(c, &id)?
                .filter(|(p, _)| p.delete_at == 0)
                .ok_or_else(|| AppError::not_found("post"))?;
            let ch = db::channels::get(c, post.channel_id.as_str())?
                .ok_or_else(|| AppError::not_found("channel"))?;
            if !can_read(c, &ch, &user)? {
                return Err(AppError::forbidden());
            }
            db::posts::fill_metadata(c, [&mut post])?;
            Ok((post, ch))
        })
        .await
}

/// A channel the caller may read, or 404 / 403.
pub async fn readable_channel(
    app: &AppState,
    session: &Session,
    channel_id: &str,
) -> Result<Channel> {
    crate::util::check_id(channel_id, "channel_id")?;
    let id = channel_id.to_owned();
    let user = session.user_id.clone();
    app.db
        .read(move |c| {
            let ch = db::channels::get(c, &id)?.ok_or_else(|| AppError::not_found("channel"))?;
            if can_read(c, &ch, &user)? {
                Ok(ch)
            } else {
                Err(AppError::forbidden())
            }
        })
        .await
}
