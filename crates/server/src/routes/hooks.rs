//! Incoming and outgoing webhooks (`../shared/reference/
//! mattermost-integrations-trust-embedding.md` §6.1, §6.2). A hook acts for its creator and
//! never with more rights: its posts are the creator's (marked `from_webhook`), in channels
//! the creator may write in, counted by the post rate limit per hook.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use mm_api::{
    Channel, ChannelType, IncomingWebhook, IncomingWebhookPatch, IncomingWebhookRequest,
    OutgoingWebhook, Post, PostId, StatusOk,
};
use serde::Deserialize;

use super::posts::{Draft, client_props, publish};
use super::{is_admin, readable_channel};
use crate::AppState;
use crate::auth::Session;
use crate::db::{self, integrations as store};
use crate::error::{ApiJson, ApiPath, ApiQuery, AppError, Result};
use crate::outgoing::{self, Body};
use crate::util::{Paging, check_id, new_id, now_ms};

/// The management routes, under `/api/v4`.
pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/hooks/incoming",
            post(create_incoming_hook).get(get_incoming_hooks),
        )
        .route(
            "/hooks/incoming/{hook_id}",
            get(get_incoming_hook)
                .put(update_incoming_hook)
                .delete(delete_incoming_hook),
        )
        .route(
            "/hooks/outgoing",
            post(create_outgoing_hook).get(get_outgoing_hooks),
        )
        .route(
            "/hooks/outgoing/{hook_id}",
            get(get_outgoing_hook)
                .put(update_outgoing_hook)
                .delete(delete_outgoing_hook),
        )
        .route(
            "/hooks/outgoing/{hook_id}/regen_token",
            post(regen_outgoing_hook_token),
        )
}

/// `POST /hooks/{hook_id}`, outside `/api/v4`: what integrations post to.
pub fn public_router() -> Router<AppState> {
    Router::new().route("/hooks/{hook_id}", post(execute_incoming_hook))
}

/// Whether a user may manage integrations in a team: system and team admins; every member
/// unless `enable_only_admin_integrations`.
pub async fn may_integrate(app: &AppState, user_id: &str, team_id: &str) -> Result<bool> {
    let (u, t) = (user_id.to_owned(), team_id.to_owned());
    let only_admins = app.config.enable_only_admin_integrations;
    app.db
        .read(move |c| {
            if db::users::get(c, &u)?.is_some_and(|u| u.is_system_admin()) {
                return Ok(true);
            }
            let Some(m) = db::teams::member(c, &t, &u)?.filter(|m| m.delete_at == 0) else {
                return Ok(false);
            };
            Ok(!only_admins || m.roles.split_whitespace().any(|r| r == "team_admin"))
        })
        .await
}

/// Passes if the caller may manage integrations in the team; 403 otherwise.
async fn require_integrate(app: &AppState, session: &Session, team_id: &str) -> Result<()> {
    if may_integrate(app, &session.user_id, team_id).await? {
        Ok(())
    } else {
        Err(AppError::forbidden())
    }
}

/// Passes for a hook's or command's creator (while still allowed) and for admins.
async fn require_owner(
    app: &AppState,
    session: &Session,
    creator: &str,
    team_id: &str,
) -> Result<()> {
    require_integrate(app, session, team_id).await?;
    if creator == session.user_id || is_admin(app, &session.user_id).await? {
        return Ok(());
    }
    // A team admin manages the team's.
    let (u, t) = (session.user_id.clone(), team_id.to_owned());
    let team_admin = app
        .db
        .read(move |c| {
            Ok(db::teams::member(c, &t, &u)?
                .is_some_and(|m| m.roles.split_whitespace().any(|r| r == "team_admin")))
        })
        .await?;
    if team_admin {
        Ok(())
    } else {
        Err(AppError::forbidden())
    }
}

/// A hook or command the caller manages (its creator, while still allowed, or an admin),
/// by id (the URL's `param`): `load` reads it, `owner` says its creator and team; 404 or
/// 403 otherwise.
pub async fn managed<T: Send + 'static>(
    app: &AppState,
    session: &Session,
    (param, id): (&str, &str),
    what: &'static str,
    load: fn(&rusqlite::Connection, &str) -> Result<Option<T>>,
    owner: fn(&T) -> (&str, &str),
) -> Result<T> {
    check_id(id, param)?;
    let i = id.to_owned();
    let item = app
        .db
        .read(move |c| load(c, &i))
        .await?
        .ok_or_else(|| AppError::not_found(what))?;
    let (creator, team) = owner(&item);
    require_owner(app, session, creator, team).await?;
    Ok(item)
}

fn check_texts(fields: &[(&str, &str, usize)]) -> Result<()> {
    for (name, value, max) in fields {
        if value.chars().count() > *max {
            return Err(AppError::bad_request(
                format!("model.webhook.is_valid.{name}.app_error"),
                format!("The {name} is too long (at most {max} characters)."),
            ));
        }
    }
    Ok(())
}

/// A channel the caller may post in, for a hook: a public or private channel they are a
/// member of.
async fn hook_channel(app: &AppState, session: &Session, channel_id: &str) -> Result<Channel> {
    let ch = readable_channel(app, session, channel_id).await?;
    if !matches!(ch.channel_type, ChannelType::Open | ChannelType::Private) || ch.delete_at != 0 {
        return Err(AppError::invalid_param("channel_id"));
    }
    let (c_id, u) = (ch.id.0.clone(), session.user_id.clone());
    let member = app
        .db
        .read(move |c| db::channels::member(c, &c_id, &u))
        .await?;
    if member.is_none() {
        return Err(AppError::forbidden());
    }
    Ok(ch)
}

fn check_incoming(p: &IncomingWebhookPatch) -> Result<()> {
    check_texts(&[
        ("display_name", &p.display_name, 64),
        ("description", &p.description, 500),
        ("username", &p.username, 255),
        ("icon_url", &p.icon_url, 1024),
    ])
}

/// `POST /api/v4/hooks/incoming`: `{channel_id, display_name, description, username,
/// icon_url, channel_locked}`, in a channel the caller is a member of.
async fn create_incoming_hook(
    State(app): State<AppState>,
    session: Session,
    ApiJson(p): ApiJson<IncomingWebhookPatch>,
) -> Result<(StatusCode, Json<IncomingWebhook>)> {
    check_id(p.channel_id.as_str(), "channel_id")?;
    check_incoming(&p)?;
    let ch = hook_channel(&app, &session, p.channel_id.as_str()).await?;
    require_integrate(&app, &session, ch.team_id.as_str()).await?;
    let now = now_ms();
    let hook = IncomingWebhook {
        id: new_id(),
        create_at: now,
        update_at: now,
        delete_at: 0,
        user_id: session.user_id.as_str().into(),
        channel_id: ch.id,
        team_id: ch.team_id,
        display_name: p.display_name,
        description: p.description,
        username: p.username,
        icon_url: p.icon_url,
        channel_locked: p.channel_locked,
    };
    let h = hook.clone();
    app.db.write(move |c| store::save_incoming(c, &h)).await?;
    Ok((StatusCode::CREATED, Json(hook)))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct HooksQuery {
    page: u32,
    per_page: Option<u32>,
    team_id: String,
    channel_id: String,
}

/// The hooks a caller sees: a system admin all (or a team's), a team admin the team's,
/// anyone else their own.
async fn list_scope(
    app: &AppState,
    session: &Session,
    team_id: &str,
) -> Result<(Option<String>, Option<String>)> {
    let team = (!team_id.is_empty()).then(|| team_id.to_owned());
    if let Some(t) = &team {
        check_id(t, "team_id")?;
        require_integrate(app, session, t).await?;
    }
    if is_admin(app, &session.user_id).await? {
        return Ok((team, None));
    }
    let team_admin = match &team {
        Some(t) => {
            let (t, u) = (t.clone(), session.user_id.clone());
            app.db
                .read(move |c| {
                    Ok(db::teams::member(c, &t, &u)?
                        .is_some_and(|m| m.roles.split_whitespace().any(|r| r == "team_admin")))
                })
                .await?
        }
        None => false,
    };
    Ok((team, (!team_admin).then(|| session.user_id.clone())))
}

/// `GET /api/v4/hooks/incoming?page&per_page&team_id`
async fn get_incoming_hooks(
    State(app): State<AppState>,
    session: Session,
    ApiQuery(q): ApiQuery<HooksQuery>,
) -> Result<Json<Vec<IncomingWebhook>>> {
    let (team, creator) = list_scope(&app, &session, &q.team_id).await?;
    let paging = Paging {
        page: q.page,
        per_page: q.per_page.unwrap_or(mm_api::DEFAULT_PER_PAGE),
    };
    Ok(Json(
        app.db
            .read(move |c| {
                store::incoming_list(
                    c,
                    team.as_deref(),
                    creator.as_deref(),
                    paging.offset(),
                    paging.limit(),
                )
            })
            .await?,
    ))
}

/// An incoming hook the caller manages, or 404 / 403.
async fn managed_incoming(app: &AppState, session: &Session, id: &str) -> Result<IncomingWebhook> {
    managed(
        app,
        session,
        ("hook_id", id),
        "incoming_webhook",
        store::incoming,
        |h| (h.user_id.as_str(), h.team_id.as_str()),
    )
    .await
}

/// `GET /api/v4/hooks/incoming/{hook_id}`
async fn get_incoming_hook(
    State(app): State<AppState>,
    session: Session,
    ApiPath(hook_id): ApiPath<String>,
) -> Result<Json<IncomingWebhook>> {
    Ok(Json(managed_incoming(&app, &session, &hook_id).await?))
}

/// `PUT /api/v4/hooks/incoming/{hook_id}`: the whole hook; its channel may change to
/// another the caller is a member of, in the same team.
async fn update_incoming_hook(
    State(app): State<AppState>,
    session: Session,
    ApiPath(hook_id): ApiPath<String>,
    ApiJson(body): ApiJson<serde_json::Value>,
) -> Result<Json<IncomingWebhook>> {
    let p: IncomingWebhookPatch = super::whole_update(body, &hook_id)?;
    check_incoming(&p)?;
    let mut hook = managed_incoming(&app, &session, &hook_id).await?;
    if !p.channel_id.is_empty() && p.channel_id != hook.channel_id {
        check_id(p.channel_id.as_str(), "channel_id")?;
        let ch = hook_channel(&app, &session, p.channel_id.as_str()).await?;
        if ch.team_id != hook.team_id {
            return Err(AppError::invalid_param("channel_id"));
        }
        hook.channel_id = ch.id;
    }
    hook.display_name = p.display_name;
    hook.description = p.description;
    hook.username = p.username;
    hook.icon_url = p.icon_url;
    hook.channel_locked = p.channel_locked;
    hook.update_at = now_ms();
    let h = hook.clone();
    app.db.write(move |c| store::save_incoming(c, &h)).await?;
    Ok(Json(hook))
}

/// `DELETE /api/v4/hooks/incoming/{hook_id}`: its URL stops working at once.
async fn delete_incoming_hook(
    State(app): State<AppState>,
    session: Session,
    ApiPath(hook_id): ApiPath<String>,
) -> Result<Json<StatusOk>> {
    managed_incoming(&app, &session, &hook_id).await?;
    app.db
        .write(move |c| store::delete_incoming(c, &hook_id))
        .await?;
    Ok(Json(StatusOk::ok()))
}

/// An incoming webhook's body (or a command's delayed answer): JSON, a form whose
/// `payload` is JSON, or multipart fields.
pub struct HookRequest<T = IncomingWebhookRequest>(pub T);

impl<T: serde::de::DeserializeOwned> FromRequest<AppState> for HookRequest<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, app: &AppState) -> Result<Self> {
        let kind = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_ascii_lowercase();
        let invalid = |detail: String| {
            AppError::bad_request(
                "web.incoming_webhook.parse.app_error",
                "Unable to parse the incoming data.",
            )
            .detail(detail)
        };
        if kind.starts_with("multipart/form-data") {
            let mut form = axum::extract::Multipart::from_request(req, app)
                .await
                .map_err(|e| invalid(e.body_text()))?;
            let mut fields = serde_json::Map::new();
            while let Some(field) = form
                .next_field()
                .await
                .map_err(|e| invalid(e.body_text()))?
            {
                let name = field.name().unwrap_or("").to_owned();
                let text = field.text().await.map_err(|e| invalid(e.body_text()))?;
                if name == "payload" {
                    return serde_json::from_str(&text)
                        .map(HookRequest)
                        .map_err(|e| invalid(e.to_string()));
                }
                if fields.len() < 16 {
                    fields.insert(name, text.into());
                }
            }
            return serde_json::from_value(fields.into())
                .map(HookRequest)
                .map_err(|e| invalid(e.to_string()));
        }
        let bytes = Bytes::from_request(req, app).await.map_err(|e| {
            if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                AppError::new(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    "api.context.request_body_too_large.app_error",
                    "The request body is too large.",
                )
            } else {
                invalid(e.body_text())
            }
        })?;
        let json = if kind.starts_with("application/x-www-form-urlencoded") {
            let payload = url::form_urlencoded::parse(&bytes)
                .find(|(k, _)| k == "payload")
                .map(|(_, v)| v.into_owned())
                .ok_or_else(|| invalid("no payload field".to_owned()))?;
            payload.into_bytes()
        } else {
            bytes.to_vec()
        };
        serde_json::from_slice(&json)
            .map(HookRequest)
            .map_err(|e| invalid(e.to_string()))
    }
}

/// What a hook's or command's answer shows instead of its author, as the config allows.
pub fn override_props(
    app: &AppState,
    props: &mut serde_json::Map<String, serde_json::Value>,
    username: &str,
    icon_url: &str,
    icon_emoji: &str,
) {
    let mut put = |k: &str, v: &str| {
        props.insert(k.to_owned(), v.into());
    };
    if app.config.enable_post_username_override && !username.trim().is_empty() {
        put(
            mm_api::PROP_OVERRIDE_USERNAME,
            &username.trim().chars().take(64).collect::<String>(),
        );
    }
    if app.config.enable_post_icon_override {
        let icon = icon_url.trim();
        if icon.starts_with("https://") || icon.starts_with("http://") {
            put(mm_api::PROP_OVERRIDE_ICON_URL, icon);
        } else if !icon_emoji.trim().is_empty() {
            put(
                mm_api::PROP_OVERRIDE_ICON_EMOJI,
                icon_emoji.trim().trim_matches(':'),
            );
        }
    }
}

/// The post type a hook may give: none of the system ones.
fn hook_post_type(requested: &str, has_attachments: bool) -> String {
    if has_attachments {
        "slack_attachment".to_owned()
    } else if requested.starts_with("custom_") {
        requested.to_owned()
    } else {
        String::new()
    }
}

/// Slices a long text into posts of at most Mattermost's length, on character boundaries.
fn split_message(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    if chars.len() <= mm_api::MAX_POST_CHARS {
        return vec![text.to_owned()];
    }
    chars
        .chunks(mm_api::MAX_POST_CHARS)
        .map(|c| c.iter().collect())
        .collect()
}

/// Posts what a hook or command answered, as its creator: the one path for incoming
/// webhooks, outgoing webhooks' replies and commands' `in_channel` answers.
#[allow(clippy::too_many_arguments)]
pub async fn post_as_hook(
    app: &AppState,
    creator: &str,
    channel: &Channel,
    root_id: PostId,
    req: IncomingWebhookRequest,
    default_name: &str,
    default_icon: &str,
    limit_key: String,
) -> Result<Vec<Post>> {
    let attachments = !req.attachments.is_empty();
    let mut props = client_props(req.props, None);
    props.insert(mm_api::PROP_FROM_WEBHOOK.to_owned(), "true".into());
    let username = if req.username.trim().is_empty() {
        default_name
    } else {
        &req.username
    };
    let icon = if req.icon_url.trim().is_empty() {
        default_icon
    } else {
        &req.icon_url
    };
    override_props(app, &mut props, username, icon, &req.icon_emoji);
    if attachments {
        let list: Vec<serde_json::Value> = req
            .attachments
            .into_iter()
            .take(20)
            .map(slack_attachment)
            .collect();
        props.insert("attachments".to_owned(), list.into());
    }
    let post_type = hook_post_type(&req.post_type, attachments);
    let text = outgoing::slack_to_markdown(&req.text);
    let mut posts = Vec::new();
    for (i, message) in split_message(&text).into_iter().enumerate() {
        let mut props = props.clone();
        if i > 0 {
            props.remove("attachments");
        }
        posts.push(
            publish(
                app,
                Draft {
                    author: creator.to_owned(),
                    channel_id: channel.id.clone(),
                    root_id: root_id.clone(),
                    message,
                    post_type: post_type.clone(),
                    props,
                    file_ids: Vec::new(),
                    pending_post_id: String::new(),
                    limit_key: limit_key.clone(),
                    from_hook: true,
                },
            )
            .await?,
        );
    }
    Ok(posts)
}

/// An attachment's texts with Slack's links made markdown (the renderer shows them as
/// markdown, with its link rules).
fn slack_attachment(mut a: serde_json::Value) -> serde_json::Value {
    if let Some(obj) = a.as_object_mut() {
        for key in ["pretext", "text", "fallback", "title", "footer"] {
            if let Some(serde_json::Value::String(s)) = obj.get_mut(key) {
                *s = outgoing::slack_to_markdown(s);
            }
        }
    }
    a
}

/// `POST /hooks/{hook_id}`: posts `text` (and `attachments`) in the hook's channel, or in
/// `channel` (a name, `#name`, or `@username` for a direct message from the hook's
/// creator) unless the hook is locked to its own. Answers exactly `200 ok`.
async fn execute_incoming_hook(
    State(app): State<AppState>,
    ApiPath(hook_id): ApiPath<String>,
    HookRequest(req): HookRequest,
) -> Result<Response> {
    if !app.config.enable_incoming_webhooks {
        return Err(AppError::new(
            StatusCode::NOT_IMPLEMENTED,
            "web.incoming_webhook.disabled.app_error",
            "Incoming webhooks have been disabled by the system admin.",
        ));
    }
    let unknown =
        || AppError::bad_request("web.incoming_webhook.invalid.app_error", "Invalid webhook.");
    if !mm_api::is_valid_id(&hook_id) {
        return Err(unknown());
    }
    let id = hook_id.clone();
    let hook = app
        .db
        .read(move |c| store::incoming(c, &id))
        .await?
        .ok_or_else(unknown)?;
    if req.text.trim().is_empty() && req.attachments.is_empty() {
        return Err(AppError::bad_request(
            "web.incoming_webhook.text.app_error",
            "No text specified.",
        ));
    }
    let channel = hook_target(&app, &hook, req.channel.trim()).await?;
    post_as_hook(
        &app,
        hook.user_id.as_str(),
        &channel,
        PostId::default(),
        req,
        &hook.username,
        &hook.icon_url,
        format!("hook|{}", hook.id),
    )
    .await?;
    Ok((StatusCode::OK, [(header::CONTENT_TYPE, "text/plain")], "ok").into_response())
}

/// The channel an incoming webhook's request posts in.
async fn hook_target(app: &AppState, hook: &IncomingWebhook, channel: &str) -> Result<Channel> {
    let (own, team) = (hook.channel_id.0.clone(), hook.team_id.0.clone());
    if channel.is_empty() {
        return app
            .db
            .read(move |c| db::channels::get(c, &own))
            .await?
            .ok_or_else(|| AppError::not_found("channel"));
    }
    if let Some(name) = channel.strip_prefix('@') {
        let name = name.to_lowercase();
        let user = app
            .db
            .read(move |c| db::users::by_username(c, &name))
            .await?
            .filter(|u| u.delete_at == 0)
            .ok_or_else(|| AppError::not_found("user"))?;
        if hook.channel_locked {
            return Err(AppError::forbidden());
        }
        let creator = hook.user_id.0.clone();
        return super::channels::direct_channel(app, &creator, vec![creator.clone(), user.id.0])
            .await;
    }
    let name = channel.trim_start_matches('#').to_lowercase();
    let ch = app
        .db
        .read(move |c| db::channels::by_name(c, &team, &name))
        .await?
        .ok_or_else(|| AppError::not_found("channel"))?;
    if hook.channel_locked && ch.id != hook.channel_id {
        return Err(AppError::forbidden());
    }
    Ok(ch)
}

fn check_outgoing(h: &OutgoingWebhook) -> Result<()> {
    check_texts(&[
        ("display_name", &h.display_name, 64),
        ("description", &h.description, 500),
        ("username", &h.username, 255),
        ("icon_url", &h.icon_url, 1024),
    ])?;
    if h.trigger_words.len() > 50
        || h.trigger_words
            .iter()
            .any(|w| w.trim().is_empty() || w.chars().count() > 64)
    {
        return Err(AppError::invalid_param("trigger_words"));
    }
    if h.callback_urls.is_empty() || h.callback_urls.len() > 10 {
        return Err(AppError::invalid_param("callback_urls"));
    }
    if h.trigger_words.is_empty() && h.channel_id.is_empty() {
        return Err(AppError::bad_request(
            "model.outgoing_hook.is_valid.words.app_error",
            "Give trigger words, a channel, or both.",
        ));
    }
    if !matches!(h.trigger_when, 0 | 1) {
        return Err(AppError::invalid_param("trigger_when"));
    }
    if !matches!(
        h.content_type.as_str(),
        "" | "application/x-www-form-urlencoded" | "application/json"
    ) {
        return Err(AppError::invalid_param("content_type"));
    }
    Ok(())
}

/// Checks an outgoing hook's team, channel (a public one of the team) and URLs.
async fn check_outgoing_target(
    app: &AppState,
    session: &Session,
    h: &OutgoingWebhook,
) -> Result<()> {
    check_outgoing(h)?;
    check_id(h.team_id.as_str(), "team_id")?;
    require_integrate(app, session, h.team_id.as_str()).await?;
    if !h.channel_id.is_empty() {
        check_id(h.channel_id.as_str(), "channel_id")?;
        let ch = readable_channel(app, session, h.channel_id.as_str()).await?;
        if ch.channel_type != ChannelType::Open || ch.team_id != h.team_id {
            return Err(AppError::bad_request(
                "api.webhook.create_outgoing.not_open.app_error",
                "Outgoing webhooks can only be made for public channels of the team.",
            ));
        }
    }
    for url in &h.callback_urls {
        outgoing::check_url(app, url)?;
    }
    Ok(())
}

/// `POST /api/v4/hooks/outgoing`: `{team_id, channel_id?, trigger_words, trigger_when,
/// callback_urls, display_name, description, content_type, username, icon_url}`.
async fn create_outgoing_hook(
    State(app): State<AppState>,
    session: Session,
    ApiJson(mut hook): ApiJson<OutgoingWebhook>,
) -> Result<(StatusCode, Json<OutgoingWebhook>)> {
    check_outgoing_target(&app, &session, &hook).await?;
    let now = now_ms();
    hook.id = new_id();
    hook.token = new_id();
    hook.create_at = now;
    hook.update_at = now;
    hook.delete_at = 0;
    hook.creator_id = session.user_id.as_str().into();
    let h = hook.clone();
    app.db.write(move |c| store::save_outgoing(c, &h)).await?;
    app.outgoing_hooks
        .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    Ok((StatusCode::CREATED, Json(hook)))
}

/// `GET /api/v4/hooks/outgoing?page&per_page&team_id&channel_id`
async fn get_outgoing_hooks(
    State(app): State<AppState>,
    session: Session,
    ApiQuery(q): ApiQuery<HooksQuery>,
) -> Result<Json<Vec<OutgoingWebhook>>> {
    let mut team_id = q.team_id.clone();
    if !q.channel_id.is_empty() {
        let ch = readable_channel(&app, &session, &q.channel_id).await?;
        team_id = ch.team_id.0;
    }
    let (team, creator) = list_scope(&app, &session, &team_id).await?;
    let channel = (!q.channel_id.is_empty()).then(|| q.channel_id.clone());
    let paging = Paging {
        page: q.page,
        per_page: q.per_page.unwrap_or(mm_api::DEFAULT_PER_PAGE),
    };
    Ok(Json(
        app.db
            .read(move |c| {
                store::outgoing_list(
                    c,
                    team.as_deref(),
                    channel.as_deref(),
                    creator.as_deref(),
                    paging.offset(),
                    paging.limit(),
                )
            })
            .await?,
    ))
}

/// An outgoing hook the caller manages, or 404 / 403.
async fn managed_outgoing(app: &AppState, session: &Session, id: &str) -> Result<OutgoingWebhook> {
    managed(
        app,
        session,
        ("hook_id", id),
        "outgoing_webhook",
        store::outgoing,
        |h| (h.creator_id.as_str(), h.team_id.as_str()),
    )
    .await
}

/// `GET /api/v4/hooks/outgoing/{hook_id}`
async fn get_outgoing_hook(
    State(app): State<AppState>,
    session: Session,
    ApiPath(hook_id): ApiPath<String>,
) -> Result<Json<OutgoingWebhook>> {
    Ok(Json(managed_outgoing(&app, &session, &hook_id).await?))
}

/// `PUT /api/v4/hooks/outgoing/{hook_id}`: the whole hook (its team, token and creator stay).
async fn update_outgoing_hook(
    State(app): State<AppState>,
    session: Session,
    ApiPath(hook_id): ApiPath<String>,
    ApiJson(body): ApiJson<serde_json::Value>,
) -> Result<Json<OutgoingWebhook>> {
    let new: OutgoingWebhook = super::whole_update(body, &hook_id)?;
    let old = managed_outgoing(&app, &session, &hook_id).await?;
    let hook = OutgoingWebhook {
        id: old.id,
        token: old.token,
        create_at: old.create_at,
        update_at: now_ms(),
        delete_at: 0,
        creator_id: old.creator_id,
        team_id: old.team_id,
        ..new
    };
    check_outgoing_target(&app, &session, &hook).await?;
    let h = hook.clone();
    app.db.write(move |c| store::save_outgoing(c, &h)).await?;
    Ok(Json(hook))
}

/// `DELETE /api/v4/hooks/outgoing/{hook_id}`
async fn delete_outgoing_hook(
    State(app): State<AppState>,
    session: Session,
    ApiPath(hook_id): ApiPath<String>,
) -> Result<Json<StatusOk>> {
    managed_outgoing(&app, &session, &hook_id).await?;
    app.db
        .write(move |c| store::delete_outgoing(c, &hook_id))
        .await?;
    app.outgoing_hooks
        .fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
    Ok(Json(StatusOk::ok()))
}

/// `POST /api/v4/hooks/outgoing/{hook_id}/regen_token`: a new token; the old one no longer
/// comes with the calls.
async fn regen_outgoing_hook_token(
    State(app): State<AppState>,
    session: Session,
    ApiPath(hook_id): ApiPath<String>,
) -> Result<Json<OutgoingWebhook>> {
    let mut hook = managed_outgoing(&app, &session, &hook_id).await?;
    hook.token = new_id();
    hook.update_at = now_ms();
    let h = hook.clone();
    app.db.write(move |c| store::save_outgoing(c, &h)).await?;
    Ok(Json(hook))
}

/// The trigger word a message fires a hook with: the first word, exactly (`trigger_when`
/// 0), or a word the message starts with (1); `""` for a hook of the channel without
/// trigger words.
fn trigger_word(hook: &OutgoingWebhook, message: &str) -> Option<String> {
    if hook.trigger_words.is_empty() {
        return Some(String::new());
    }
    let message = message.trim_start();
    let first = message.split_whitespace().next().unwrap_or("");
    hook.trigger_words
        .iter()
        .find(|w| match hook.trigger_when {
            0 => first == w.as_str(),
            _ => message.starts_with(w.as_str()),
        })
        .cloned()
}

/// Sends a new post to the outgoing webhooks it triggers, and posts their answers. Runs in
/// the background: the author does not wait for integrations.
pub fn trigger_outgoing(app: &AppState, post: &Post, channel: &Channel) {
    if !app.config.enable_outgoing_webhooks
        || channel.channel_type != ChannelType::Open
        || app.outgoing_hooks.load(std::sync::atomic::Ordering::SeqCst) == 0
    {
        return;
    }
    let (app, post, channel) = (app.clone(), post.clone(), channel.clone());
    tokio::spawn(async move {
        let (team, ch, user) = (
            channel.team_id.0.clone(),
            channel.id.0.clone(),
            post.user_id.0.clone(),
        );
        let found = app
            .db
            .read(move |c| {
                Ok((
                    store::outgoing_for(c, &team, &ch)?,
                    db::teams::get(c, &team)?,
                    db::users::get(c, &user)?,
                ))
            })
            .await;
        let Ok((hooks, Some(team), Some(user))) = found else {
            return;
        };
        for hook in hooks {
            let Some(word) = trigger_word(&hook, &post.message) else {
                continue;
            };
            for url in &hook.callback_urls {
                let json = hook.content_type == "application/json";
                let fields: Vec<(&'static str, String)> = vec![
                    ("token", hook.token.clone()),
                    ("team_id", team.id.0.clone()),
                    ("team_domain", team.name.clone()),
                    ("channel_id", channel.id.0.clone()),
                    ("channel_name", channel.name.clone()),
                    (
                        "timestamp",
                        if json {
                            post.create_at.to_string()
                        } else {
                            (post.create_at / 1000).to_string()
                        },
                    ),
                    ("user_id", user.id.0.clone()),
                    ("user_name", user.username.clone()),
                    ("post_id", post.id.0.clone()),
                    ("text", post.message.clone()),
                    ("trigger_word", word.clone()),
                    ("file_ids", post.file_ids.join(",")),
                ];
                let body = if json {
                    let mut obj: serde_json::Map<String, serde_json::Value> = fields
                        .into_iter()
                        .map(|(k, v)| (k.to_owned(), v.into()))
                        .collect();
                    obj.insert("timestamp".to_owned(), post.create_at.into());
                    Body::Json(obj.into())
                } else {
                    Body::Form(fields)
                };
                let answer = match outgoing::call(&app, url, body, None).await {
                    Ok(Some(a)) if !a.text.trim().is_empty() || !a.attachments.is_empty() => a,
                    Ok(_) => continue,
                    Err(e) => {
                        tracing::info!("outgoing webhook {}: {e}", hook.id);
                        continue;
                    }
                };
                let root = if answer.response_type == "comment" {
                    post.thread_id().clone()
                } else {
                    PostId::default()
                };
                let req = IncomingWebhookRequest {
                    text: answer.text,
                    username: answer.username,
                    icon_url: answer.icon_url,
                    props: answer.props,
                    attachments: answer.attachments,
                    post_type: answer.post_type,
                    ..Default::default()
                };
                if let Err(e) = post_as_hook(
                    &app,
                    hook.creator_id.as_str(),
                    &channel,
                    root,
                    req,
                    &hook.username,
                    &hook.icon_url,
                    format!("hook|{}", hook.id),
                )
                .await
                {
                    tracing::info!("outgoing webhook {}: its answer was refused: {e}", hook.id);
                }
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trigger_words_match_the_first_word_or_the_start() {
        let mut hook = OutgoingWebhook {
            trigger_words: vec!["!deploy".into(), "build".into()],
            ..Default::default()
        };
        assert_eq!(
            trigger_word(&hook, "!deploy prod").as_deref(),
            Some("!deploy")
        );
        assert_eq!(trigger_word(&hook, "  build"), Some("build".into()));
        assert_eq!(
            trigger_word(&hook, "builds"),
            None,
            "the first word, exactly"
        );
        assert_eq!(trigger_word(&hook, "please build"), None);
        hook.trigger_when = 1;
        assert_eq!(trigger_word(&hook, "builds are slow"), Some("build".into()));
        hook.trigger_words.clear();
        assert_eq!(trigger_word(&hook, "anything"), Some(String::new()));
    }

    #[test]
    fn long_texts_are_split_on_characters() {
        let text = "é".repeat(mm_api::MAX_POST_CHARS + 5);
        let parts = split_message(&text);
        assert_eq!(parts.len(), 2);
        assert_eq!(parts[1].chars().count(), 5);
    }
}
