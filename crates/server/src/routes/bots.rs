//! Bot accounts and personal access tokens (`../shared/reference/
//! mattermost-integrations-trust-embedding.md` §6.6, §6.7). A bot is a user without a
//! password, owned by the person who made it; it signs in with a token. Tokens are made by
//! system admins, by the users they allow (the `system_user_access_token` role), and by a
//! bot's owner for the bot; the secret is shown once and stored hashed.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use mm_api::{Bot, BotPatch, StatusOk, User, UserAccessToken, UserId};
use serde::Deserialize;

use super::{is_admin, user_param};
use crate::AppState;
use crate::auth::{self, Session};
use crate::db::{self, integrations as store};
use crate::error::{ApiJson, ApiPath, ApiQuery, AppError, Result};
use crate::hub::{Event, Scope};
use crate::util::{Paging, check_id, new_id, now_ms, sha256_hex};
use mm_api::websocket::Event as WsEvent;

/// The role a system admin gives those who may make personal access tokens.
pub const TOKEN_ROLE: &str = "system_user_access_token";

/// The bot and token routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/bots", post(create_bot).get(get_bots))
        .route("/bots/{bot_id}", get(get_bot).put(patch_bot))
        .route("/bots/{bot_id}/disable", post(disable_bot))
        .route("/bots/{bot_id}/enable", post(enable_bot))
        .route("/bots/{bot_id}/assign/{user_id}", post(assign_bot))
        .route(
            "/users/{user_id}/tokens",
            post(create_token).get(get_user_tokens),
        )
        .route("/users/tokens/{token_id}", get(get_token))
        .route("/users/tokens/revoke", post(revoke_token))
        .route("/users/tokens/disable", post(disable_token))
        .route("/users/tokens/enable", post(enable_token))
}

fn long(field: &str, max: usize) -> AppError {
    AppError::bad_request(
        format!("model.bot.is_valid.{field}.app_error"),
        format!("The {field} is too long (at most {max} characters)."),
    )
}

/// `POST /api/v4/bots`: `{username, display_name, description}`; system admins, when
/// `enable_bot_account_creation` is on. The caller owns the bot.
async fn create_bot(
    State(app): State<AppState>,
    session: Session,
    ApiJson(body): ApiJson<BotPatch>,
) -> Result<(StatusCode, Json<Bot>)> {
    if !app.config.enable_bot_account_creation {
        return Err(AppError::new(
            StatusCode::FORBIDDEN,
            "api.bot.create_disabled",
            "Bot creation has been disabled.",
        ));
    }
    if !is_admin(&app, &session.user_id).await? {
        return Err(AppError::forbidden());
    }
    let now = now_ms();
    let username = body.username.unwrap_or_default().to_lowercase();
    let bot = Bot {
        user_id: UserId(new_id()),
        display_name: body.display_name.unwrap_or_default(),
        description: body.description.unwrap_or_default(),
        owner_id: session.user_id.as_str().into(),
        create_at: now,
        update_at: now,
        delete_at: 0,
        username: username.clone(),
    };
    if bot.description.chars().count() > 1024 {
        return Err(long("description", 1024));
    }
    let user = User {
        id: bot.user_id.clone(),
        create_at: now,
        update_at: now,
        // A bot has no mailbox: Mattermost's `<name>@localhost`, in a form our address
        // check takes (`.localhost` is reserved, RFC 6761).
        email: format!("{username}@bot.localhost"),
        username,
        nickname: bot.display_name.clone(),
        roles: "system_user".to_owned(),
        locale: "en".to_owned(),
        notify_props: super::users::default_notify_props(),
        is_bot: true,
        ..Default::default()
    };
    super::users::check_profile(&user)?;
    let b = bot.clone();
    app.db
        .write(move |c| {
            super::users::check_taken(c, &user.username, &user.email, "")?;
            // No password: the empty hash matches none, and log-in refuses bots first.
            db::users::insert(c, &user, "")?;
            store::insert_bot(c, &b)
        })
        .await?;
    app.hub.publish(&Event::new(
        WsEvent::NewUser {
            user_id: bot.user_id.clone(),
        },
        Scope::All,
    ));
    Ok((StatusCode::CREATED, Json(bot)))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct BotsQuery {
    page: u32,
    per_page: Option<u32>,
    include_deleted: bool,
}

/// `GET /api/v4/bots?page&per_page&include_deleted`: a system admin's are all bots;
/// anyone else's, the bots they own.
async fn get_bots(
    State(app): State<AppState>,
    session: Session,
    ApiQuery(q): ApiQuery<BotsQuery>,
) -> Result<Json<Vec<Bot>>> {
    let admin = is_admin(&app, &session.user_id).await?;
    let paging = Paging {
        page: q.page,
        per_page: q.per_page.unwrap_or(mm_api::DEFAULT_PER_PAGE),
    };
    let owner = (!admin).then(|| session.user_id.clone());
    Ok(Json(
        app.db
            .read(move |c| {
                store::bots(
                    c,
                    owner.as_deref(),
                    q.include_deleted,
                    paging.offset(),
                    paging.limit(),
                )
            })
            .await?,
    ))
}

/// A bot the caller manages (its owner, or a system admin), or 404 / 403.
async fn managed_bot(app: &AppState, session: &Session, bot_id: &str) -> Result<Bot> {
    check_id(bot_id, "bot_id")?;
    let id = bot_id.to_owned();
    let bot = app
        .db
        .read(move |c| store::bot(c, &id))
        .await?
        .ok_or_else(|| AppError::not_found("bot"))?;
    if bot.owner_id.as_str() != session.user_id && !is_admin(app, &session.user_id).await? {
        return Err(AppError::forbidden());
    }
    Ok(bot)
}

/// `GET /api/v4/bots/{bot_id}`
async fn get_bot(
    State(app): State<AppState>,
    session: Session,
    ApiPath(bot_id): ApiPath<String>,
) -> Result<Json<Bot>> {
    Ok(Json(managed_bot(&app, &session, &bot_id).await?))
}

/// Saves a bot (and its user's name and display name), and tells everyone.
async fn save_bot(app: &AppState, bot: Bot, username: Option<String>) -> Result<Bot> {
    let b = bot.clone();
    let user = app
        .db
        .write(move |c| {
            let mut user = db::users::get(c, b.user_id.as_str())?
                .ok_or_else(|| AppError::not_found("user"))?;
            if let Some(name) = username {
                super::users::check_taken(c, &name, "", user.id.as_str())?;
                user.username = name;
            }
            user.nickname = b.display_name.clone();
            user.update_at = b.update_at;
            super::users::check_profile(&user)?;
            db::users::update(c, &user)?;
            store::update_bot(c, &b)?;
            db::users::get(c, b.user_id.as_str())
        })
        .await?
        .ok_or_else(|| AppError::not_found("user"))?;
    super::users::publish_user_updated(app, &user);
    let mut bot = bot;
    bot.username = user.username;
    Ok(bot)
}

/// `PUT /api/v4/bots/{bot_id}`: `{username?, display_name?, description?}`.
async fn patch_bot(
    State(app): State<AppState>,
    session: Session,
    ApiPath(bot_id): ApiPath<String>,
    ApiJson(patch): ApiJson<BotPatch>,
) -> Result<Json<Bot>> {
    let mut bot = managed_bot(&app, &session, &bot_id).await?;
    if let Some(d) = patch.display_name {
        bot.display_name = d;
    }
    if let Some(d) = patch.description {
        if d.chars().count() > 1024 {
            return Err(long("description", 1024));
        }
        bot.description = d;
    }
    bot.update_at = now_ms();
    let username = patch.username.map(|u| u.to_lowercase());
    Ok(Json(save_bot(&app, bot, username).await?))
}

/// Ends every session of a user (a disabled bot's tokens stop working at once).
async fn end_sessions(app: &AppState, user_id: &str) -> Result<()> {
    let id = user_id.to_owned();
    let ids: Vec<String> = app
        .db
        .read(move |c| {
            let mut stmt = c.prepare("SELECT id FROM sessions WHERE user_id = ?")?;
            let ids = stmt
                .query_map([id], |r| r.get(0))?
                .collect::<Result<_, _>>()?;
            Ok(ids)
        })
        .await?;
    for id in ids {
        auth::revoke_session(app, &id).await?;
    }
    Ok(())
}

/// `POST /api/v4/bots/{bot_id}/disable`: the bot can no longer sign in or post.
async fn disable_bot(
    State(app): State<AppState>,
    session: Session,
    ApiPath(bot_id): ApiPath<String>,
) -> Result<Json<Bot>> {
    let mut bot = managed_bot(&app, &session, &bot_id).await?;
    let now = now_ms();
    bot.delete_at = now;
    bot.update_at = now;
    let bot = save_bot(&app, bot, None).await?;
    end_sessions(&app, bot.user_id.as_str()).await?;
    Ok(Json(bot))
}

/// `POST /api/v4/bots/{bot_id}/enable`
async fn enable_bot(
    State(app): State<AppState>,
    session: Session,
    ApiPath(bot_id): ApiPath<String>,
) -> Result<Json<Bot>> {
    let mut bot = managed_bot(&app, &session, &bot_id).await?;
    bot.delete_at = 0;
    bot.update_at = now_ms();
    Ok(Json(save_bot(&app, bot, None).await?))
}

/// `POST /api/v4/bots/{bot_id}/assign/{user_id}`: a new owner (a live person).
async fn assign_bot(
    State(app): State<AppState>,
    session: Session,
    ApiPath((bot_id, user_id)): ApiPath<(String, String)>,
) -> Result<Json<Bot>> {
    let mut bot = managed_bot(&app, &session, &bot_id).await?;
    let owner = user_param(&session, &user_id)?;
    let o = owner.clone();
    let found = app.db.read(move |c| db::users::get(c, &o)).await?;
    if !found.is_some_and(|u| u.delete_at == 0 && !u.is_bot) {
        return Err(AppError::not_found("user"));
    }
    bot.owner_id = owner.into();
    bot.update_at = now_ms();
    Ok(Json(save_bot(&app, bot, None).await?))
}

/// Whether the caller may manage the tokens of `user_id`: a system admin; the user, with
/// the token role; a bot's owner.
async fn may_manage_tokens(app: &AppState, session: &Session, user_id: &str) -> Result<()> {
    if !app.config.enable_user_access_tokens {
        return Err(AppError::new(
            StatusCode::NOT_IMPLEMENTED,
            "app.user_access_token.disabled",
            "Personal access tokens are disabled on this server.",
        ));
    }
    let (caller, target) = (session.user_id.clone(), user_id.to_owned());
    let allowed = app
        .db
        .read(move |c| {
            let me = db::users::get(c, &caller)?.ok_or_else(AppError::unauthorized)?;
            if me.is_system_admin() {
                return Ok(true);
            }
            if target == caller {
                return Ok(me.roles.split_whitespace().any(|r| r == TOKEN_ROLE));
            }
            Ok(store::bot(c, &target)?.is_some_and(|b| b.owner_id.as_str() == caller))
        })
        .await?;
    if allowed {
        Ok(())
    } else {
        Err(AppError::forbidden())
    }
}

mm_api::object! {
#[derive(Debug, Default)]
pub struct TokenBody {
    pub description: String,
    pub token_id: String,
}
}

/// `POST /api/v4/users/{user_id}/tokens`: `{description}`. The answer is the only time
/// the secret is shown.
async fn create_token(
    State(app): State<AppState>,
    session: Session,
    ApiPath(user_id): ApiPath<String>,
    ApiJson(body): ApiJson<TokenBody>,
) -> Result<Json<UserAccessToken>> {
    let user_id = user_param(&session, &user_id)?;
    may_manage_tokens(&app, &session, &user_id).await?;
    let description = body.description.trim().to_owned();
    if description.is_empty() {
        return Err(AppError::bad_request(
            "model.user_access_token.is_valid.description.app_error",
            "A token needs a description.",
        ));
    }
    if description.chars().count() > 255 {
        return Err(long("description", 255));
    }
    let secret = new_id();
    let token = UserAccessToken {
        id: new_id(),
        token: secret.clone(),
        user_id: user_id.into(),
        description,
        is_active: true,
    };
    let (t, hash) = (token.clone(), sha256_hex(&secret));
    app.db
        .write(move |c| {
            let live = db::users::get(c, t.user_id.as_str())?.is_some_and(|u| u.delete_at == 0);
            if !live {
                return Err(AppError::not_found("user"));
            }
            if store::tokens(c, t.user_id.as_str())?.len() >= 100 {
                return Err(AppError::bad_request(
                    "app.user_access_token.too_many.app_error",
                    "An account has at most 100 tokens.",
                ));
            }
            store::insert_token(c, &t, &hash, now_ms())
        })
        .await?;
    Ok(Json(token))
}

/// `GET /api/v4/users/{user_id}/tokens`: without their secrets.
async fn get_user_tokens(
    State(app): State<AppState>,
    session: Session,
    ApiPath(user_id): ApiPath<String>,
) -> Result<Json<Vec<UserAccessToken>>> {
    let user_id = user_param(&session, &user_id)?;
    may_manage_tokens(&app, &session, &user_id).await?;
    Ok(Json(
        app.db.read(move |c| store::tokens(c, &user_id)).await?,
    ))
}

/// A token the caller may manage, or 404 / 403.
async fn managed_token(
    app: &AppState,
    session: &Session,
    token_id: &str,
) -> Result<UserAccessToken> {
    check_id(token_id, "token_id")?;
    let id = token_id.to_owned();
    let token = app
        .db
        .read(move |c| store::token(c, &id))
        .await?
        .ok_or_else(|| AppError::not_found("user_access_token"))?;
    may_manage_tokens(app, session, token.user_id.as_str()).await?;
    Ok(token)
}

/// `GET /api/v4/users/tokens/{token_id}`
async fn get_token(
    State(app): State<AppState>,
    session: Session,
    ApiPath(token_id): ApiPath<String>,
) -> Result<Json<UserAccessToken>> {
    Ok(Json(managed_token(&app, &session, &token_id).await?))
}

/// Switches a token on or off, or deletes it; its sessions end at once.
async fn set_token(
    app: &AppState,
    session: &Session,
    token_id: &str,
    active: Option<bool>,
) -> Result<Json<StatusOk>> {
    managed_token(app, session, token_id).await?;
    let id = token_id.to_owned();
    let sessions = app
        .db
        .write(move |c| store::set_token(c, &id, active))
        .await?;
    for s in sessions {
        auth::revoke_session(app, &s).await?;
    }
    Ok(Json(StatusOk::ok()))
}

/// `POST /api/v4/users/tokens/revoke`: `{token_id}`; the token is deleted.
async fn revoke_token(
    State(app): State<AppState>,
    session: Session,
    ApiJson(body): ApiJson<TokenBody>,
) -> Result<Json<StatusOk>> {
    set_token(&app, &session, &body.token_id, None).await
}

/// `POST /api/v4/users/tokens/disable`: `{token_id}`
async fn disable_token(
    State(app): State<AppState>,
    session: Session,
    ApiJson(body): ApiJson<TokenBody>,
) -> Result<Json<StatusOk>> {
    set_token(&app, &session, &body.token_id, Some(false)).await
}

/// `POST /api/v4/users/tokens/enable`: `{token_id}`
async fn enable_token(
    State(app): State<AppState>,
    session: Session,
    ApiJson(body): ApiJson<TokenBody>,
) -> Result<Json<StatusOk>> {
    set_token(&app, &session, &body.token_id, Some(true)).await
}
