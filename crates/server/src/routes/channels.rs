//! Channels, direct and group messages, members and read state.

use std::collections::BTreeMap;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use mm_api::{
    AddChannelMember, Channel, ChannelId, ChannelMember, ChannelPatch, ChannelStats, ChannelType,
    CreateChannel, StatusOk, TeamId, UserId, ViewChannel, ViewChannelResponse,
};
use rusqlite::Connection;
use serde::Deserialize;
use serde_json::json;
use sha1::{Digest, Sha1};

use super::{can_read, is_admin, readable_channel, require_self_or_admin, user_param};
use crate::AppState;
use crate::auth::Session;
use crate::db::{channels as store, teams, users};
use crate::error::{ApiJson, ApiPath, ApiQuery, AppError, Result};
use crate::hub::{Event, Scope};
use crate::util::{Paging, check_id, new_id, now_ms};
use mm_api::websocket::Event as WsEvent;

/// The channel routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/channels", post(create_channel))
        .route("/channels/direct", post(create_direct_channel))
        .route("/channels/group", post(create_group_channel))
        .route("/channels/members/{user_id}/view", post(view_channel))
        .route(
            "/channels/{channel_id}",
            get(get_channel).put(update_channel).delete(archive_channel),
        )
        .route("/channels/{channel_id}/patch", put(patch_channel))
        .route("/channels/{channel_id}/stats", get(get_channel_stats))
        .route(
            "/channels/{channel_id}/moderations",
            get(get_channel_moderations),
        )
        .route(
            "/channels/{channel_id}/moderations/patch",
            put(patch_channel_moderations),
        )
        .route(
            "/channels/{channel_id}/members",
            get(get_channel_members).post(add_channel_member),
        )
        .route(
            "/channels/{channel_id}/members/{user_id}",
            get(get_channel_member).delete(remove_channel_member),
        )
        .route(
            "/channels/{channel_id}/members/{user_id}/notify_props",
            put(update_channel_notify_props),
        )
        .route("/teams/{team_id}/channels", get(get_public_channels))
        .route(
            "/teams/{team_id}/channels/name/{name}",
            get(get_channel_by_name),
        )
        .route(
            "/users/{user_id}/teams/{team_id}/channels",
            get(get_my_team_channels),
        )
        .route(
            "/users/{user_id}/teams/{team_id}/channels/members",
            get(get_my_team_channel_members),
        )
        .route("/users/{user_id}/channels", get(get_my_channels))
        .route(
            "/users/{user_id}/channel_members",
            get(get_my_channel_members),
        )
}

/// A channel or team handle: 2 to 64 of `a-z 0-9 - _`, starting with a letter or digit.
pub fn valid_name(name: &str) -> bool {
    (2..=64).contains(&name.len())
        && name.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
        && !name.contains("__")
}

fn check_texts(
    display_name: Option<&str>,
    purpose: Option<&str>,
    header: Option<&str>,
) -> Result<()> {
    let bad = |field: &str, max: usize| {
        AppError::bad_request(
            format!("model.channel.is_valid.{field}.app_error"),
            format!("The {field} must have at most {max} characters."),
        )
    };
    if let Some(d) = display_name
        && (d.trim().is_empty() || d.chars().count() > 64)
    {
        return Err(AppError::bad_request(
            "model.channel.is_valid.display_name.app_error",
            "Display names have 1 to 64 characters.",
        ));
    }
    if purpose.is_some_and(|p| p.chars().count() > 250) {
        return Err(bad("purpose", 250));
    }
    if header.is_some_and(|h| h.chars().count() > 1024) {
        return Err(bad("header", 1024));
    }
    Ok(())
}

fn channel_member_roles(
    c: &Connection,
    channel_id: &str,
    user_id: &str,
) -> Result<Option<ChannelMember>> {
    store::member(c, channel_id, user_id)
}

/// Whether the caller administers the channel: channel admin, team admin or system admin.
pub fn manages(c: &Connection, ch: &Channel, user_id: &str) -> Result<bool> {
    if channel_member_roles(c, ch.id.as_str(), user_id)?.is_some_and(|m| m.scheme_admin) {
        return Ok(true);
    }
    if !ch.team_id.is_empty()
        && teams::member(c, ch.team_id.as_str(), user_id)?.is_some_and(|m| m.scheme_admin)
    {
        return Ok(true);
    }
    Ok(users::get(c, user_id)?.is_some_and(|u| u.is_system_admin()))
}

/// `POST /api/v4/channels`: a public or private channel in a team the caller belongs to.
async fn create_channel(
    State(app): State<AppState>,
    session: Session,
    ApiJson(body): ApiJson<CreateChannel>,
) -> Result<Response> {
    check_id(body.team_id.as_str(), "team_id")?;
    if !matches!(body.channel_type, ChannelType::Open | ChannelType::Private) {
        return Err(AppError::invalid_param("type"));
    }
    let name = body.name.trim().to_lowercase();
    if !valid_name(&name) {
        return Err(AppError::bad_request(
            "model.channel.is_valid.name.app_error",
            "Channel names have 2 to 64 characters: lowercase letters, digits, '-' and '_'.",
        ));
    }
    check_texts(
        Some(&body.display_name),
        Some(&body.purpose),
        Some(&body.header),
    )?;
    let now = now_ms();
    let ch = Channel {
        id: ChannelId(new_id()),
        create_at: now,
        update_at: now,
        team_id: body.team_id.clone(),
        channel_type: body.channel_type.clone(),
        name,
        display_name: body.display_name.trim().to_owned(),
        purpose: body.purpose,
        header: body.header,
        creator_id: UserId(session.user_id.clone()),
        ..Default::default()
    };
    let admin = is_admin(&app, &session.user_id).await?;
    let (c2, user) = (ch.clone(), session.user_id.clone());
    let ch = app
        .db
        .write(move |c| {
            teams::get(c, c2.team_id.as_str())?.ok_or_else(|| AppError::not_found("team"))?;
            if !admin && teams::member(c, c2.team_id.as_str(), &user)?.is_none() {
                return Err(AppError::forbidden());
            }
            if store::by_name(c, c2.team_id.as_str(), &c2.name)?.is_some() {
                return Err(AppError::bad_request(
                    "store.sql_channel.save_channel.exists.app_error",
                    "A channel with that name already exists on the same team.",
                ));
            }
            store::insert(c, &c2)?;
            store::add_member(c, c2.id.as_str(), &user, "channel_user channel_admin", now)?;
            store::get(c, c2.id.as_str())?.ok_or_else(|| AppError::not_found("channel"))
        })
        .await?;
    app.hub.join_channel(ch.id.as_str(), &session.user_id);
    let scope = if ch.channel_type == ChannelType::Open {
        Scope::Team(ch.team_id.0.clone())
    } else {
        Scope::User(session.user_id.clone())
    };
    app.hub.publish(&Event::new(
        WsEvent::ChannelCreated {
            channel_id: ch.id.clone(),
            team_id: ch.team_id.clone(),
        },
        scope,
    ));
    Ok((StatusCode::CREATED, Json(ch)).into_response())
}

/// Finds or makes a direct or group channel for a set of users; returns it and whether
/// it is new.
fn open_private_conversation(
    c: &Connection,
    kind: ChannelType,
    user_ids: &[String],
    creator: &str,
) -> Result<(Channel, bool)> {
    let found = users::by_ids(c, user_ids)?;
    if found.len() != user_ids.len() {
        return Err(AppError::bad_request(
            "api.channel.create_channel.direct_channel.app_error",
            "A user of the conversation does not exist.",
        ));
    }
    let name = if kind == ChannelType::Direct {
        format!("{}__{}", user_ids[0], user_ids[user_ids.len() - 1])
    } else {
        let mut h = Sha1::new();
        for id in user_ids {
            h.update(id.as_bytes());
        }
        hex::encode(h.finalize())
    };
    if let Some(ch) = store::by_name(c, "", &name)? {
        return Ok((ch, false));
    }
    let mut usernames: Vec<&str> = found.iter().map(|u| u.username.as_str()).collect();
    usernames.sort_unstable();
    let now = now_ms();
    let ch = Channel {
        id: ChannelId(new_id()),
        create_at: now,
        update_at: now,
        team_id: TeamId::default(),
        display_name: if kind == ChannelType::Group {
            usernames.join(", ")
        } else {
            String::new()
        },
        channel_type: kind,
        name,
        creator_id: UserId(creator.to_owned()),
        ..Default::default()
    };
    store::insert(c, &ch)?;
    for id in user_ids {
        store::add_member(c, ch.id.as_str(), id, "channel_user", now)?;
    }
    Ok((ch, true))
}

/// `POST /api/v4/channels/direct`: the direct channel of exactly two users (the same twice
/// for a note to self), made on first use. The caller must be one of them.
async fn create_direct_channel(
    State(app): State<AppState>,
    session: Session,
    ApiJson(ids): ApiJson<Vec<String>>,
) -> Result<Response> {
    if ids.len() != 2 {
        return Err(AppError::bad_request(
            "api.channel.create_direct_channel.invalid_user.app_error",
            "A direct channel needs exactly two user ids.",
        ));
    }
    for id in &ids {
        check_id(id, "user_id")?;
    }
    if !ids.contains(&session.user_id) && !is_admin(&app, &session.user_id).await? {
        return Err(AppError::forbidden());
    }
    let ch = direct_channel(&app, &session.user_id, ids).await?;
    Ok((StatusCode::CREATED, Json(ch)).into_response())
}

/// The direct channel of two users (made, and announced, if new), opened by `creator`.
pub async fn direct_channel(
    app: &AppState,
    creator: &str,
    mut ids: Vec<String>,
) -> Result<Channel> {
    ids.sort();
    let creator = creator.to_owned();
    let caller = creator.clone();
    let list = ids.clone();
    let (ch, new) = app
        .db
        .write(move |c| open_private_conversation(c, ChannelType::Direct, &list, &creator))
        .await?;
    if new {
        for id in &ids {
            app.hub.join_channel(ch.id.as_str(), id);
        }
        let teammate = ids.iter().find(|id| **id != caller).unwrap_or(&caller);
        app.hub.publish(&Event::new(
            WsEvent::DirectAdded {
                channel_id: ch.id.clone(),
                creator_id: caller.as_str().into(),
                teammate_id: teammate.as_str().into(),
            },
            Scope::Channel(ch.id.0.clone()),
        ));
    }
    Ok(ch)
}

/// `POST /api/v4/channels/group`: the group channel of 3 to 8 users, the caller included.
async fn create_group_channel(
    State(app): State<AppState>,
    session: Session,
    ApiJson(mut ids): ApiJson<Vec<String>>,
) -> Result<Response> {
    for id in &ids {
        check_id(id, "user_id")?;
    }
    if !ids.contains(&session.user_id) {
        ids.push(session.user_id.clone());
    }
    ids.sort();
    ids.dedup();
    if !(3..=8).contains(&ids.len()) {
        return Err(AppError::bad_request(
            "api.channel.create_group.bad_size.app_error",
            "Group messages have 3 to 8 members.",
        ));
    }
    let creator = session.user_id.clone();
    let list = ids.clone();
    let (ch, new) = app
        .db
        .write(move |c| open_private_conversation(c, ChannelType::Group, &list, &creator))
        .await?;
    if new {
        for id in &ids {
            app.hub.join_channel(ch.id.as_str(), id);
        }
        app.hub.publish(&Event::new(
            WsEvent::GroupAdded {
                channel_id: ch.id.clone(),
                teammate_ids: ids.iter().map(|i| i.as_str().into()).collect(),
            },
            Scope::Channel(ch.id.0.clone()),
        ));
    }
    Ok((StatusCode::CREATED, Json(ch)).into_response())
}

/// `GET /api/v4/channels/{channel_id}`
async fn get_channel(
    State(app): State<AppState>,
    session: Session,
    ApiPath(channel_id): ApiPath<String>,
) -> Result<Json<Channel>> {
    Ok(Json(readable_channel(&app, &session, &channel_id).await?))
}

/// `GET /api/v4/teams/{team_id}/channels/name/{name}`
pub(super) async fn get_channel_by_name(
    State(app): State<AppState>,
    session: Session,
    ApiPath((team_id, name)): ApiPath<(String, String)>,
) -> Result<Json<Channel>> {
    check_id(&team_id, "team_id")?;
    let user = session.user_id.clone();
    let ch = app
        .db
        .read(move |c| {
            let ch = store::by_name(c, &team_id, &name)?
                .ok_or_else(|| AppError::not_found("channel"))?;
            if can_read(c, &ch, &user)? {
                Ok(ch)
            } else {
                Err(AppError::not_found("channel"))
            }
        })
        .await?;
    Ok(Json(ch))
}

/// `PUT /api/v4/channels/{channel_id}`: the whole channel, as Go clients send it; the
/// fields a patch may change are changed.
async fn update_channel(
    app: State<AppState>,
    session: Session,
    ApiPath(channel_id): ApiPath<String>,
    ApiJson(body): ApiJson<serde_json::Value>,
) -> Result<Json<Channel>> {
    let patch = super::whole_update(body, &channel_id)?;
    patch_channel(app, session, ApiPath(channel_id), ApiJson(patch)).await
}

/// `PUT /api/v4/channels/{channel_id}/patch`: members may change the header and purpose;
/// the name and display name of direct and group messages are fixed.
pub(super) async fn patch_channel(
    State(app): State<AppState>,
    session: Session,
    ApiPath(channel_id): ApiPath<String>,
    ApiJson(patch): ApiJson<ChannelPatch>,
) -> Result<Json<Channel>> {
    check_id(&channel_id, "channel_id")?;
    check_texts(
        patch.display_name.as_deref(),
        patch.purpose.as_deref(),
        patch.header.as_deref(),
    )?;
    let user = session.user_id.clone();
    let ch = app
        .db
        .write(move |c| {
            let mut ch =
                store::get(c, &channel_id)?.ok_or_else(|| AppError::not_found("channel"))?;
            if store::member(c, &channel_id, &user)?.is_none() && !manages(c, &ch, &user)? {
                return Err(AppError::forbidden());
            }
            if ch.delete_at != 0 {
                return Err(AppError::bad_request(
                    "api.channel.patch_update_channel.deleted.app_error",
                    "An archived channel cannot be changed.",
                ));
            }
            let conversation = ch.channel_type.is_dm_or_gm();
            if conversation && (patch.name.is_some() || patch.display_name.is_some()) {
                return Err(AppError::bad_request(
                    "api.channel.patch_update_channel.forbidden.app_error",
                    "Direct and group messages cannot be renamed.",
                ));
            }
            if let Some(name) = patch.name {
                let name = name.trim().to_lowercase();
                if !valid_name(&name) {
                    return Err(AppError::bad_request(
                        "model.channel.is_valid.name.app_error",
                        "Invalid channel name.",
                    ));
                }
                if name != ch.name && store::by_name(c, ch.team_id.as_str(), &name)?.is_some() {
                    return Err(AppError::bad_request(
                        "store.sql_channel.save_channel.exists.app_error",
                        "A channel with that name already exists on the same team.",
                    ));
                }
                if ch.name == "town-square" && name != ch.name {
                    return Err(AppError::bad_request(
                        "api.channel.update_channel.tried.app_error",
                        "The default channel cannot be renamed.",
                    ));
                }
                ch.name = name;
            }
            if let Some(v) = patch.display_name {
                ch.display_name = v.trim().to_owned();
            }
            if let Some(v) = patch.header {
                ch.header = v;
            }
            if let Some(v) = patch.purpose {
                ch.purpose = v;
            }
            ch.update_at = now_ms();
            store::update(c, &ch)?;
            Ok(ch)
        })
        .await?;
    app.hub.publish(&Event::new(
        WsEvent::ChannelUpdated {
            channel: Box::new(ch.clone()),
        },
        Scope::Channel(ch.id.0.clone()),
    ));
    Ok(Json(ch))
}

/// `DELETE /api/v4/channels/{channel_id}`: archives a public or private channel (channel,
/// team or system admins). The default channel stays.
async fn archive_channel(
    State(app): State<AppState>,
    session: Session,
    ApiPath(channel_id): ApiPath<String>,
) -> Result<Json<StatusOk>> {
    check_id(&channel_id, "channel_id")?;
    let user = session.user_id.clone();
    let (ch, now) = app
        .db
        .write(move |c| {
            let ch = store::get(c, &channel_id)?.ok_or_else(|| AppError::not_found("channel"))?;
            if !can_read(c, &ch, &user)? {
                return Err(AppError::forbidden());
            }
            if !manages(c, &ch, &user)? {
                return Err(AppError::forbidden());
            }
            if ch.channel_type.is_dm_or_gm() || ch.name == "town-square" {
                return Err(AppError::bad_request(
                    "api.channel.delete_channel.cannot.app_error",
                    "This channel cannot be archived.",
                ));
            }
            if ch.delete_at != 0 {
                return Err(AppError::bad_request(
                    "api.channel.delete_channel.deleted.app_error",
                    "The channel is already archived.",
                ));
            }
            let now = now_ms();
            store::archive(c, &channel_id, now)?;
            Ok((ch, now))
        })
        .await?;
    app.hub.publish(&Event::new(
        WsEvent::ChannelDeleted {
            channel_id: ch.id.clone(),
            delete_at: now,
        },
        // A private channel's existence is its members' business.
        if ch.channel_type == ChannelType::Open {
            Scope::Team(ch.team_id.0.clone())
        } else {
            Scope::Channel(ch.id.0.clone())
        },
    ));
    Ok(Json(StatusOk::ok()))
}

/// The moderations Causerie enforces: `use_channel_mentions` (whether members who are not
/// admins may notify the whole channel with `@channel`, `@all` or `@here`).
const MODERATIONS: [&str; 1] = ["use_channel_mentions"];

/// A channel's moderations, as Mattermost answers them.
async fn moderations(app: &AppState, channel_id: &str) -> Result<serde_json::Value> {
    let id = channel_id.to_owned();
    app.db
        .read(move |c| {
            store::get(c, &id)?.ok_or_else(|| AppError::not_found("channel"))?;
            let mut out = Vec::new();
            for name in MODERATIONS {
                let may = store::members_may(c, &id, name)?;
                out.push(json!({ "name": name, "roles": { "members": { "value": may, "enabled": true } } }));
            }
            Ok(serde_json::Value::Array(out))
        })
        .await
}

/// `GET /api/v4/channels/{channel_id}/moderations`
///
/// What the channel's members may do, of what an admin can switch off. Mattermost shows this
/// to system admins only; here whoever may read the channel may read it too, so that the
/// app knows whether an `@channel` will notify anyone.
async fn get_channel_moderations(
    State(app): State<AppState>,
    session: Session,
    ApiPath(channel_id): ApiPath<String>,
) -> Result<Json<serde_json::Value>> {
    readable_channel(&app, &session, &channel_id).await?;
    Ok(Json(moderations(&app, &channel_id).await?))
}

/// `PUT /api/v4/channels/{channel_id}/moderations/patch`
///
/// `[{"name": "use_channel_mentions", "roles": {"members": false}}]` (or one such object):
/// system admins only. Answers the channel's moderations.
async fn patch_channel_moderations(
    State(app): State<AppState>,
    session: Session,
    ApiPath(channel_id): ApiPath<String>,
    ApiJson(body): ApiJson<serde_json::Value>,
) -> Result<Json<serde_json::Value>> {
    check_id(&channel_id, "channel_id")?;
    if !is_admin(&app, &session.user_id).await? {
        return Err(AppError::forbidden());
    }
    moderations(&app, &channel_id).await?;
    let patches = match body {
        serde_json::Value::Array(list) => list,
        one => vec![one],
    };
    let mut changes = Vec::new();
    for patch in patches {
        let name = patch["name"].as_str().unwrap_or_default();
        let Some(name) = MODERATIONS.into_iter().find(|m| *m == name) else {
            return Err(AppError::invalid_param("name"));
        };
        match &patch["roles"]["members"] {
            serde_json::Value::Bool(may) => changes.push((name, *may)),
            serde_json::Value::Null => {}
            _ => return Err(AppError::invalid_param("roles.members")),
        }
    }
    let id = channel_id.clone();
    app.db
        .write(move |c| {
            for (name, may) in changes {
                store::set_members_may(c, &id, name, may)?;
            }
            Ok(())
        })
        .await?;
    Ok(Json(moderations(&app, &channel_id).await?))
}

/// `GET /api/v4/channels/{channel_id}/stats`
async fn get_channel_stats(
    State(app): State<AppState>,
    session: Session,
    ApiPath(channel_id): ApiPath<String>,
) -> Result<Json<ChannelStats>> {
    readable_channel(&app, &session, &channel_id).await?;
    let id = channel_id.clone();
    let (members, pinned) = app
        .db
        .read(move |c| {
            let pinned: i64 = c.query_row(
                "SELECT count(*) FROM posts WHERE channel_id = ? AND is_pinned = 1 AND delete_at = 0",
                [&id],
                |r| r.get(0),
            )?;
            Ok((store::member_count(c, &id)?, pinned))
        })
        .await?;
    Ok(Json(ChannelStats {
        channel_id: ChannelId(channel_id),
        member_count: members,
        pinnedpost_count: pinned,
        ..Default::default()
    }))
}

/// `GET /api/v4/channels/{channel_id}/members?page=&per_page=`
async fn get_channel_members(
    State(app): State<AppState>,
    session: Session,
    ApiPath(channel_id): ApiPath<String>,
    ApiQuery(paging): ApiQuery<Paging>,
) -> Result<Json<Vec<ChannelMember>>> {
    readable_channel(&app, &session, &channel_id).await?;
    let mut members = app
        .db
        .read(move |c| store::members(c, &channel_id, paging.limit(), paging.offset()))
        .await?;
    for m in &mut members {
        hide_private_member_fields(m, &session.user_id);
    }
    Ok(Json(members))
}

/// Other members' read state and settings are theirs alone.
fn hide_private_member_fields(m: &mut ChannelMember, viewer: &str) {
    if m.user_id.as_str() != viewer {
        m.last_viewed_at = 0;
        m.last_update_at = 0;
        m.msg_count = 0;
        m.msg_count_root = 0;
        m.mention_count = 0;
        m.mention_count_root = 0;
        m.notify_props.clear();
    }
}

/// `PUT /api/v4/channels/{channel_id}/members/{user_id}/notify_props`
///
/// Changes one's own settings for a channel (`desktop`, `email`, `push`, `mark_unread`,
/// `ignore_channel_mentions`); the keys sent replace those saved. Tells the user's other
/// sessions (`channel_member_updated`).
async fn update_channel_notify_props(
    State(app): State<AppState>,
    session: Session,
    ApiPath((channel_id, user_id)): ApiPath<(String, String)>,
    ApiJson(props): ApiJson<mm_api::StringMap>,
) -> Result<Json<StatusOk>> {
    check_id(&channel_id, "channel_id")?;
    let user = user_param(&session, &user_id)?;
    if user != session.user_id {
        return Err(AppError::forbidden());
    }
    crate::notify::check_props(&props, crate::notify::Props::Member)?;
    let member = app
        .db
        .write(move |c| {
            let mut m = store::member(c, &channel_id, &user)?
                .ok_or_else(|| AppError::not_found("channel_member"))?;
            m.notify_props.extend(props);
            // The total, not only the patch: keys must not pile up over many patches.
            crate::notify::check_props(&m.notify_props, crate::notify::Props::Member)?;
            m.last_update_at = now_ms();
            c.execute(
                "UPDATE channel_members SET notify_props = ?, last_update_at = ?
                 WHERE channel_id = ? AND user_id = ?",
                rusqlite::params![
                    serde_json::to_string(&m.notify_props)?,
                    m.last_update_at,
                    m.channel_id.as_str(),
                    m.user_id.as_str()
                ],
            )?;
            Ok(m)
        })
        .await?;
    app.hub.publish(&Event::new(
        WsEvent::ChannelMemberUpdated {
            member: Box::new(member),
        },
        Scope::User(session.user_id.clone()),
    ));
    Ok(Json(StatusOk::ok()))
}

/// `GET /api/v4/channels/{channel_id}/members/{user_id}`
async fn get_channel_member(
    State(app): State<AppState>,
    session: Session,
    ApiPath((channel_id, user_id)): ApiPath<(String, String)>,
) -> Result<Json<ChannelMember>> {
    readable_channel(&app, &session, &channel_id).await?;
    let user = user_param(&session, &user_id)?;
    let mut m = app
        .db
        .read(move |c| store::member(c, &channel_id, &user))
        .await?
        .ok_or_else(|| AppError::not_found("channel_member"))?;
    hide_private_member_fields(&mut m, &session.user_id);
    Ok(Json(m))
}

/// `POST /api/v4/channels/{channel_id}/members`: join a public channel of your team, or add
/// team members to a channel you are in. 201 with the member (or the list, for `user_ids`).
pub(super) async fn add_channel_member(
    State(app): State<AppState>,
    session: Session,
    ApiPath(channel_id): ApiPath<String>,
    ApiJson(body): ApiJson<AddChannelMember>,
) -> Result<Response> {
    check_id(&channel_id, "channel_id")?;
    let many = body.user_ids.is_some();
    let ids: Vec<String> = match (body.user_id, body.user_ids) {
        (Some(id), None) => vec![id.0],
        (None, Some(ids)) if !ids.is_empty() && ids.len() <= 256 => {
            ids.into_iter().map(|i| i.0).collect()
        }
        _ => return Err(AppError::invalid_param("user_id")),
    };
    for id in &ids {
        check_id(id, "user_id")?;
    }
    let caller = session.user_id.clone();
    let (cid, list) = (channel_id.clone(), ids.clone());
    let (ch, added, members) = app
        .db
        .write(move |c| {
            let ch = store::get(c, &cid)?.ok_or_else(|| AppError::not_found("channel"))?;
            if !can_read(c, &ch, &caller)? {
                return Err(AppError::forbidden());
            }
            if ch.channel_type.is_dm_or_gm() {
                return Err(AppError::bad_request(
                    "api.channel.add_user_to_channel.type.app_error",
                    "Members cannot be added to direct or group messages.",
                ));
            }
            if ch.delete_at != 0 {
                return Err(AppError::bad_request(
                    "api.channel.add_user.to.channel.failed.deleted.app_error",
                    "The channel is archived.",
                ));
            }
            let caller_in = store::member(c, &cid, &caller)?.is_some();
            let self_join = list == [caller.clone()] && ch.channel_type == ChannelType::Open;
            if !caller_in && !self_join && !manages(c, &ch, &caller)? {
                return Err(AppError::forbidden());
            }
            let now = now_ms();
            let mut added = Vec::new();
            let mut members = Vec::new();
            for id in &list {
                if teams::member(c, ch.team_id.as_str(), id)?.is_none() {
                    return Err(AppError::bad_request(
                        "api.channel.add_members.user_denied",
                        "The user is not a member of the channel's team.",
                    ));
                }
                if store::add_member(c, &cid, id, "channel_user", now)? {
                    added.push(id.clone());
                }
                members.push(
                    store::member(c, &cid, id)?
                        .ok_or_else(|| AppError::not_found("channel_member"))?,
                );
            }
            Ok((ch, added, members))
        })
        .await?;
    for id in &added {
        app.hub.join_channel(ch.id.as_str(), id);
        app.hub.publish(&Event::new(
            WsEvent::UserAdded {
                channel_id: ch.id.clone(),
                user_id: id.as_str().into(),
                team_id: ch.team_id.clone(),
            },
            Scope::Channel(ch.id.0.clone()),
        ));
    }
    let body = if many {
        serde_json::to_value(members)?
    } else {
        serde_json::to_value(&members[0])?
    };
    Ok((StatusCode::CREATED, Json(body)).into_response())
}

/// `DELETE /api/v4/channels/{channel_id}/members/{user_id}`: leave a channel, or remove
/// someone (channel, team or system admins). Nobody leaves the default channel.
pub(super) async fn remove_channel_member(
    State(app): State<AppState>,
    session: Session,
    ApiPath((channel_id, user_id)): ApiPath<(String, String)>,
) -> Result<Json<StatusOk>> {
    check_id(&channel_id, "channel_id")?;
    let target = user_param(&session, &user_id)?;
    let caller = session.user_id.clone();
    let (cid, t) = (channel_id.clone(), target.clone());
    app.db
        .write(move |c| {
            let ch = store::get(c, &cid)?.ok_or_else(|| AppError::not_found("channel"))?;
            if !can_read(c, &ch, &caller)? {
                return Err(AppError::forbidden());
            }
            if ch.channel_type.is_dm_or_gm() {
                return Err(AppError::bad_request(
                    "api.channel.remove_user_from_channel.type.app_error",
                    "Nobody can leave a direct or group message.",
                ));
            }
            if ch.name == "town-square" {
                return Err(AppError::bad_request(
                    "api.channel.remove.default.app_error",
                    "Nobody can leave the default channel.",
                ));
            }
            if t != caller && !manages(c, &ch, &caller)? {
                return Err(AppError::forbidden());
            }
            if !store::remove_member(c, &cid, &t)? {
                return Err(AppError::not_found("channel_member"));
            }
            Ok(())
        })
        .await?;
    app.hub.leave_channel(&channel_id, &target);
    // To the channel: who left. To the one who left: which channel.
    app.hub.publish(&Event::new(
        WsEvent::UserRemoved {
            channel_id: ChannelId::default(),
            user_id: target.as_str().into(),
            remover_id: session.user_id.as_str().into(),
        },
        Scope::Channel(channel_id.clone()),
    ));
    app.hub.publish(&Event::new(
        WsEvent::UserRemoved {
            channel_id: channel_id.as_str().into(),
            user_id: UserId::default(),
            remover_id: session.user_id.as_str().into(),
        },
        Scope::User(target),
    ));
    Ok(Json(StatusOk::ok()))
}

/// `GET /api/v4/teams/{team_id}/channels?page=&per_page=`: the team's public channels.
async fn get_public_channels(
    State(app): State<AppState>,
    session: Session,
    ApiPath(team_id): ApiPath<String>,
    ApiQuery(paging): ApiQuery<Paging>,
) -> Result<Json<Vec<Channel>>> {
    check_id(&team_id, "team_id")?;
    let admin = is_admin(&app, &session.user_id).await?;
    let user = session.user_id.clone();
    let channels = app
        .db
        .read(move |c| {
            teams::get(c, &team_id)?.ok_or_else(|| AppError::not_found("team"))?;
            if !admin && teams::member(c, &team_id, &user)?.is_none() {
                return Err(AppError::forbidden());
            }
            store::public_in_team(c, &team_id, paging.limit(), paging.offset())
        })
        .await?;
    Ok(Json(channels))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct MyChannelsQuery {
    include_deleted: bool,
}

/// `GET /api/v4/users/{user_id}/teams/{team_id}/channels`: the user's channels in the team,
/// with direct and group messages.
async fn get_my_team_channels(
    State(app): State<AppState>,
    session: Session,
    ApiPath((user_id, team_id)): ApiPath<(String, String)>,
    ApiQuery(q): ApiQuery<MyChannelsQuery>,
) -> Result<Json<Vec<Channel>>> {
    let id = user_param(&session, &user_id)?;
    check_id(&team_id, "team_id")?;
    require_self_or_admin(&app, &session, &id).await?;
    Ok(Json(
        app.db
            .read(move |c| store::for_user(c, &id, Some(&team_id), q.include_deleted))
            .await?,
    ))
}

/// `GET /api/v4/users/{user_id}/teams/{team_id}/channels/members`
async fn get_my_team_channel_members(
    State(app): State<AppState>,
    session: Session,
    ApiPath((user_id, team_id)): ApiPath<(String, String)>,
) -> Result<Json<Vec<ChannelMember>>> {
    let id = user_param(&session, &user_id)?;
    check_id(&team_id, "team_id")?;
    require_self_or_admin(&app, &session, &id).await?;
    Ok(Json(
        app.db
            .read(move |c| store::members_for_user(c, &id, Some(&team_id)))
            .await?,
    ))
}

/// `GET /api/v4/users/{user_id}/channels`: the user's channels in all teams.
async fn get_my_channels(
    State(app): State<AppState>,
    session: Session,
    ApiPath(user_id): ApiPath<String>,
    ApiQuery(q): ApiQuery<MyChannelsQuery>,
) -> Result<Json<Vec<Channel>>> {
    let id = user_param(&session, &user_id)?;
    require_self_or_admin(&app, &session, &id).await?;
    Ok(Json(
        app.db
            .read(move |c| store::for_user(c, &id, None, q.include_deleted))
            .await?,
    ))
}

/// `GET /api/v4/users/{user_id}/channel_members`: the user's memberships in all teams.
async fn get_my_channel_members(
    State(app): State<AppState>,
    session: Session,
    ApiPath(user_id): ApiPath<String>,
) -> Result<Json<Vec<ChannelMember>>> {
    let id = user_param(&session, &user_id)?;
    require_self_or_admin(&app, &session, &id).await?;
    Ok(Json(
        app.db
            .read(move |c| store::members_for_user(c, &id, None))
            .await?,
    ))
}

/// `POST /api/v4/channels/members/{user_id}/view`: marks the channel (and the one left)
/// read, and tells the user's other sessions.
async fn view_channel(
    State(app): State<AppState>,
    session: Session,
    ApiPath(user_id): ApiPath<String>,
    ApiJson(body): ApiJson<ViewChannel>,
) -> Result<Json<ViewChannelResponse>> {
    let id = user_param(&session, &user_id)?;
    if id != session.user_id {
        return Err(AppError::forbidden());
    }
    let mut ids: Vec<String> = Vec::new();
    for ch in [&body.channel_id, &body.prev_channel_id] {
        if !ch.is_empty() {
            check_id(ch.as_str(), "channel_id")?;
            if !ids.contains(&ch.0) {
                ids.push(ch.0.clone());
            }
        }
    }
    let user = id.clone();
    let times: BTreeMap<ChannelId, i64> = app
        .db
        .write(move |c| {
            let now = now_ms();
            let mut times = BTreeMap::new();
            for ch in ids {
                if let Some(t) = store::mark_viewed(c, &ch, &user, now)? {
                    times.insert(ChannelId(ch), t);
                }
            }
            Ok(times)
        })
        .await?;
    if !times.is_empty() {
        app.hub.publish(&Event::new(
            WsEvent::MultipleChannelsViewed {
                channel_times: times.clone(),
            },
            Scope::User(id),
        ));
    }
    Ok(Json(ViewChannelResponse {
        status: "OK".to_owned(),
        last_viewed_at_times: times,
    }))
}
