//! Posts, threads and channel history.

use std::collections::HashSet;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use mm_api::{CreatePost, Post, PostId, PostList, PostPatch, StatusOk, UserId};
use rusqlite::Connection;
use serde::Deserialize;

use super::{can_read, readable_channel, readable_post, sanitize};
use crate::AppState;
use crate::auth::Session;
use crate::db::{self, posts as store};
use crate::error::{ApiJson, ApiPath, ApiQuery, AppError, Result};
use crate::hub::{Event, Scope};
use crate::util::{check_id, new_id, now_ms};
use mm_api::websocket::Event as WsEvent;

/// The post routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/posts", post(create_post))
        .route("/posts/ids", post(get_posts_by_ids))
        .route(
            "/posts/{post_id}",
            get(get_post).put(update_post).delete(delete_post),
        )
        .route("/posts/{post_id}/patch", put(patch_post))
        .route("/posts/{post_id}/thread", get(get_post_thread))
        .route("/channels/{channel_id}/posts", get(get_channel_posts))
}

fn check_message(message: &str) -> Result<()> {
    if message.chars().count() > mm_api::MAX_POST_CHARS {
        return Err(AppError::bad_request(
            "model.post.is_valid.msg.app_error",
            format!(
                "The message is longer than {} characters.",
                mm_api::MAX_POST_CHARS
            ),
        ));
    }
    Ok(())
}

/// Props only the server sets (webhooks' marks and overrides): a client's are dropped, and
/// an edit keeps the post's own.
const SERVER_PROPS: &[&str] = &[
    "from_webhook",
    "from_bot",
    "override_username",
    "override_icon_url",
];

/// A client's props for a new post, or for an edit of `old`: the same rule for both.
pub(super) fn client_props(
    mut props: serde_json::Map<String, serde_json::Value>,
    old: Option<&serde_json::Map<String, serde_json::Value>>,
) -> serde_json::Map<String, serde_json::Value> {
    for key in SERVER_PROPS {
        props.remove(*key);
        if let Some(v) = old.and_then(|o| o.get(*key)) {
            props.insert((*key).to_owned(), v.clone());
        }
    }
    props
}

fn check_props(props: &serde_json::Map<String, serde_json::Value>) -> Result<()> {
    if serde_json::to_string(props).map_or(0, |s| s.len()) > 65_535 {
        return Err(AppError::bad_request(
            "model.post.is_valid.props.app_error",
            "The props are too large.",
        ));
    }
    Ok(())
}

/// Puts rows into a `PostList` (with an empty `order`), expanding participants.
pub(super) fn to_list(c: &Connection, rows: store::Rows, extra: store::Rows) -> Result<PostList> {
    let mut ids: Vec<String> = rows
        .iter()
        .chain(&extra)
        .flat_map(|(_, p)| p.iter().cloned())
        .collect();
    ids.sort();
    ids.dedup();
    let users = db::users::by_ids(c, &ids)?;
    let mut list = PostList::default();
    let mut rows: store::Rows = rows.into_iter().chain(extra).collect();
    store::fill_metadata(c, rows.iter_mut().map(|(p, _)| p))?;
    for (mut post, participants) in rows {
        if !participants.is_empty() {
            post.participants = Some(
                participants
                    .iter()
                    .filter_map(|id| users.iter().find(|u| u.id.as_str() == id))
                    .map(|u| sanitize(u.clone(), "", false))
                    .collect(),
            );
        }
        list.posts.insert(post.id.clone(), post);
    }
    Ok(list)
}

/// A list whose `order` is `rows`, plus the thread roots of replies among them.
fn page_list(c: &Connection, rows: store::Rows) -> Result<PostList> {
    let order: Vec<PostId> = rows.iter().map(|(p, _)| p.id.clone()).collect();
    let have: HashSet<&str> = rows.iter().map(|(p, _)| p.id.as_str()).collect();
    let mut missing: Vec<String> = rows
        .iter()
        .filter(|(p, _)| !p.root_id.is_empty() && !have.contains(p.root_id.as_str()))
        .map(|(p, _)| p.root_id.0.clone())
        .collect();
    missing.sort();
    missing.dedup();
    let roots = store::by_ids(c, &missing)?;
    let mut list = to_list(c, rows, roots)?;
    list.order = order;
    Ok(list)
}

/// `POST /api/v4/posts`
///
/// Creates a post or a reply (`root_id`). The same `pending_post_id` from the same user
/// within 30 s returns the post made the first time instead of a duplicate.
async fn create_post(
    State(app): State<AppState>,
    session: Session,
    ApiJson(body): ApiJson<CreatePost>,
) -> Result<Response> {
    check_id(body.channel_id.as_str(), "channel_id")?;
    if !body.root_id.is_empty() {
        check_id(body.root_id.as_str(), "root_id")?;
    }
    if body.pending_post_id.len() > 64 {
        return Err(AppError::invalid_param("pending_post_id"));
    }
    for id in &body.file_ids {
        check_id(id, "file_ids")?;
    }
    let props = client_props(body.props, None);
    let post = publish(
        &app,
        Draft {
            author: session.user_id.clone(),
            channel_id: body.channel_id,
            root_id: body.root_id,
            message: body.message,
            post_type: String::new(),
            props,
            file_ids: body.file_ids,
            pending_post_id: body.pending_post_id,
            limit_key: format!("user|{}", session.user_id),
            from_hook: false,
        },
    )
    .await?;
    Ok((StatusCode::CREATED, Json(post)).into_response())
}

/// A post about to be made, by a person, a bot, a webhook or a command.
pub struct Draft {
    /// The author's user id.
    pub author: String,
    pub channel_id: mm_api::ChannelId,
    pub root_id: PostId,
    pub message: String,
    /// `""`, or a type a client may make (`slack_attachment`, a `custom_*`).
    pub post_type: String,
    /// Props, with those only the server sets already decided.
    pub props: serde_json::Map<String, serde_json::Value>,
    pub file_ids: Vec<String>,
    pub pending_post_id: String,
    /// What the post rate limit counts: the person, or the hook.
    pub limit_key: String,
    /// Made by a webhook or a command's answer: outgoing webhooks do not answer it, so two
    /// hooks cannot answer each other forever.
    pub from_hook: bool,
}

/// Makes a post, whoever makes it: the one path for checks, the rate limit, storage, the
/// `posted` event, push notifications and outgoing webhooks.
pub async fn publish(app: &AppState, draft: Draft) -> Result<Post> {
    check_message(&draft.message)?;
    check_props(&draft.props)?;
    if draft.message.trim().is_empty()
        && draft.file_ids.is_empty()
        && !draft.props.contains_key("attachments")
    {
        return Err(AppError::bad_request(
            "api.post.create_post.empty.app_error",
            "The message is empty.",
        ));
    }
    let per_minute = app.config.max_posts_per_minute;
    if per_minute > 0 {
        let rule = crate::throttle::Rule {
            key: &draft.limit_key,
            max: per_minute,
        };
        app.post_limiter
            .attempt(&[rule], std::time::Duration::from_secs(60))
            .map_err(|refused| {
                AppError::too_many_requests(
                    "api.post.create_post.rate_limit.app_error",
                    format!("Too many messages. Try again in {} seconds.", refused.wait),
                    refused,
                )
            })?;
    }
    let from_hook = draft.from_hook;
    let parsed = mm_markdown::mentions(&draft.message);
    let now = now_ms();
    let post = Post {
        id: PostId(new_id()),
        create_at: now,
        update_at: now,
        user_id: UserId(draft.author),
        channel_id: draft.channel_id,
        root_id: draft.root_id,
        message: draft.message,
        post_type: draft.post_type,
        props: draft.props,
        hashtags: parsed.hashtags.join(" "),
        pending_post_id: draft.pending_post_id,
        file_ids: draft.file_ids,
        ..Default::default()
    };
    let online = if parsed.here {
        app.hub.online_users()
    } else {
        HashSet::new()
    };
    let new = store::NewPost {
        post,
        parsed,
        online,
        email: app.mailer.is_some(),
    };
    let created = app.db.write(move |c| store::create(c, new)).await?;
    match created {
        store::Created::Existing(post) => Ok(*post),
        store::Created::New {
            post,
            channel,
            sender,
            mentions,
            push,
        } => {
            app.hub.publish(&Event::new(
                WsEvent::Posted {
                    post: post.clone(),
                    channel_type: channel.channel_type.as_str().to_owned(),
                    channel_display_name: channel.display_name.clone(),
                    channel_name: channel.name.clone(),
                    team_id: channel.team_id.clone(),
                    mentions: mentions.into_iter().map(Into::into).collect(),
                    sender_name: format!("@{sender}"),
                    set_online: true,
                },
                Scope::Channel(channel.id.0.clone()),
            ));
            crate::notify::push::push_post(app, &post, &channel, &sender, push);
            if !from_hook {
                super::hooks::trigger_outgoing(app, &post, &channel);
            }
            Ok(*post)
        }
    }
}

/// `GET /api/v4/posts/{post_id}`
async fn get_post(
    State(app): State<AppState>,
    session: Session,
    ApiPath(post_id): ApiPath<String>,
) -> Result<Json<Post>> {
    Ok(Json(readable_post(&app, &session, &post_id).await?.0))
}

/// `POST /api/v4/posts/ids`: the readable, live posts among the ids.
async fn get_posts_by_ids(
    State(app): State<AppState>,
    session: Session,
    ApiJson(ids): ApiJson<Vec<String>>,
) -> Result<Json<Vec<Post>>> {
    if ids.len() > 1000 {
        return Err(AppError::invalid_param("post_ids"));
    }
    for id in &ids {
        check_id(id, "post_id")?;
    }
    let user = session.user_id.clone();
    let posts = app
        .db
        .read(move |c| {
            let mut out = Vec::new();
            for (p, _) in store::by_ids(c, &ids)? {
                let readable = match db::channels::get(c, p.channel_id.as_str())? {
                    Some(ch) => can_read(c, &ch, &user)?,
                    None => false,
                };
                if readable && p.delete_at == 0 {
                    out.push(p);
                }
            }
            store::fill_metadata(c, out.iter_mut())?;
            Ok(out)
        })
        .await?;
    Ok(Json(posts))
}

/// Applies an edit by the author (or a system admin) and announces it.
async fn edit_post(
    app: &AppState,
    session: &Session,
    post_id: String,
    patch: PostPatch,
) -> Result<Post> {
    check_id(&post_id, "post_id")?;
    if let Some(m) = &patch.message {
        check_message(m)?;
    }
    if let Some(p) = &patch.props {
        check_props(p)?;
    }
    let admin = super::is_admin(app, &session.user_id).await?;
    let user = session.user_id.clone();
    let post = app
        .db
        .write(move |c| {
            let (mut post, _) = store::get(c, &post_id)?
                .filter(|(p, _)| p.delete_at == 0)
                .ok_or_else(|| AppError::not_found("post"))?;
            if post.user_id.as_str() != user && !admin {
                return Err(AppError::forbidden());
            }
            // As for a new post: a member (or an admin) of a channel that is not archived.
            store::writable_channel(
                c,
                post.channel_id.as_str(),
                &user,
                store::Write::Edit { admin },
            )?;
            let now = now_ms();
            if let Some(m) = patch.message {
                if m.trim().is_empty() {
                    return Err(AppError::bad_request(
                        "api.post.update_post.empty.app_error",
                        "The message is empty; delete the post instead.",
                    ));
                }
                if m != post.message {
                    post.hashtags = mm_markdown::mentions(&m).hashtags.join(" ");
                    post.message = m;
                    post.edit_at = now;
                }
            }
            if let Some(p) = patch.is_pinned {
                post.is_pinned = p;
            }
            if let Some(p) = patch.props {
                post.props = client_props(p, Some(&post.props));
            }
            post.update_at = now;
            store::update(c, &post)?;
            store::fill_metadata(c, [&mut post])?;
            Ok(post)
        })
        .await?;
    app.hub.publish(&Event::new(
        WsEvent::PostEdited {
            post: Box::new(post.clone()),
        },
        Scope::Channel(post.channel_id.0.clone()),
    ));
    Ok(post)
}

/// `PUT /api/v4/posts/{post_id}/patch`
async fn patch_post(
    State(app): State<AppState>,
    session: Session,
    ApiPath(post_id): ApiPath<String>,
    ApiJson(patch): ApiJson<PostPatch>,
) -> Result<Json<Post>> {
    Ok(Json(edit_post(&app, &session, post_id, patch).await?))
}

/// `PUT /api/v4/posts/{post_id}`: a full update; only the message, pin and props change.
async fn update_post(
    State(app): State<AppState>,
    session: Session,
    ApiPath(post_id): ApiPath<String>,
    ApiJson(body): ApiJson<serde_json::Value>,
) -> Result<Json<Post>> {
    let patch: PostPatch = super::whole_update(body, &post_id)?;
    Ok(Json(edit_post(&app, &session, post_id, patch).await?))
}

/// `DELETE /api/v4/posts/{post_id}`: by the author, or a channel, team or system admin. A
/// root post takes its thread with it.
async fn delete_post(
    State(app): State<AppState>,
    session: Session,
    ApiPath(post_id): ApiPath<String>,
) -> Result<Json<StatusOk>> {
    let (post, _) = readable_post(&app, &session, &post_id).await?;
    let user = session.user_id.clone();
    let deleted = app
        .db
        .write(move |c| {
            let (mut post, _) = store::get(c, &post_id)?
                .filter(|(p, _)| p.delete_at == 0)
                .ok_or_else(|| AppError::not_found("post"))?;
            let ch = db::channels::get(c, post.channel_id.as_str())?
                .ok_or_else(|| AppError::not_found("channel"))?;
            if post.user_id.as_str() != user && !super::channels::manages(c, &ch, &user)? {
                return Err(AppError::forbidden());
            }
            let now = now_ms();
            store::delete(c, &post, now)?;
            post.delete_at = now;
            post.update_at = now;
            post.message.clear();
            post.props.clear();
            Ok(post)
        })
        .await?;
    // Who deleted it, when not its author.
    let delete_by = if deleted.user_id.as_str() == session.user_id {
        UserId::default()
    } else {
        session.user_id.as_str().into()
    };
    app.hub.publish(&Event::new(
        WsEvent::PostDeleted {
            post: Box::new(deleted),
            delete_by,
        },
        Scope::Channel(post.channel_id.0),
    ));
    Ok(Json(StatusOk::ok()))
}

/// `GET /api/v4/posts/{post_id}/thread`: the root and every reply, newest first.
async fn get_post_thread(
    State(app): State<AppState>,
    session: Session,
    ApiPath(post_id): ApiPath<String>,
) -> Result<Json<PostList>> {
    let (post, _) = readable_post(&app, &session, &post_id).await?;
    let root = post.thread_id().0.clone();
    let list = app
        .db
        .read(move |c| {
            let mut rows = store::thread(c, &root)?;
            rows.reverse();
            let order = rows.iter().map(|(p, _)| p.id.clone()).collect();
            let mut list = to_list(c, rows, Vec::new())?;
            list.order = order;
            list.has_next = Some(false);
            Ok(list)
        })
        .await?;
    Ok(Json(list))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct PostsQuery {
    page: u32,
    per_page: Option<u32>,
    since: Option<i64>,
    before: String,
    after: String,
    #[serde(rename = "collapsedThreads")]
    collapsed_threads: bool,
}

/// `GET /api/v4/channels/{channel_id}/posts?page=&per_page=&since=&before=&after=`
///
/// Newest first, as Mattermost: `since` returns everything changed after a time (deleted
/// posts too, so clients drop them); `before`/`after` page from a post; otherwise pages
/// from the newest. `prev_post_id` and `next_post_id` point past the page's ends.
async fn get_channel_posts(
    State(app): State<AppState>,
    session: Session,
    ApiPath(channel_id): ApiPath<String>,
    ApiQuery(q): ApiQuery<PostsQuery>,
) -> Result<Json<PostList>> {
    readable_channel(&app, &session, &channel_id).await?;
    for (cursor, name) in [(&q.before, "before"), (&q.after, "after")] {
        if !cursor.is_empty() {
            check_id(cursor, name)?;
        }
    }
    let per_page = i64::from(
        q.per_page
            .unwrap_or(mm_api::DEFAULT_PER_PAGE)
            .clamp(1, mm_api::MAX_PER_PAGE),
    );
    let offset = i64::from(q.page) * per_page;
    let roots = q.collapsed_threads;
    let list = app
        .db
        .read(move |c| {
            let ch = channel_id.as_str();
            if let Some(since) = q.since {
                return page_list(c, store::since(c, ch, since)?);
            }
            let cursor = |id: &str| -> Result<(i64, String)> {
                let (p, _) = store::get(c, id)?
                    .filter(|(p, _)| p.channel_id.as_str() == ch)
                    .ok_or_else(|| AppError::not_found("post"))?;
                Ok((p.create_at, p.id.0))
            };
            let (rows, mut next, mut prev) = if !q.after.is_empty() {
                let at = cursor(&q.after)?;
                let rows = store::after(c, ch, roots, (at.0, &at.1), per_page, offset)?;
                let prev = (q.page == 0).then(|| q.after.clone());
                let next = ((rows.len() as i64) < per_page).then(String::new);
                (rows, next, prev)
            } else if !q.before.is_empty() {
                let at = cursor(&q.before)?;
                let rows = store::before(c, ch, roots, (at.0, &at.1), per_page, offset)?;
                let next = (q.page == 0).then(|| q.before.clone());
                let prev = ((rows.len() as i64) < per_page).then(String::new);
                (rows, next, prev)
            } else {
                (store::page(c, ch, roots, per_page, offset)?, None, None)
            };
            if let (Some((newest, _)), Some((oldest, _))) = (rows.first(), rows.last()) {
                if next.is_none() {
                    next = Some(store::neighbour(
                        c,
                        ch,
                        roots,
                        (newest.create_at, newest.id.as_str()),
                        false,
                    )?);
                }
                if prev.is_none() {
                    prev = Some(store::neighbour(
                        c,
                        ch,
                        roots,
                        (oldest.create_at, oldest.id.as_str()),
                        true,
                    )?);
                }
            }
            let mut list = page_list(c, rows)?;
            list.next_post_id = next.unwrap_or_default();
            list.prev_post_id = prev.unwrap_or_default();
            Ok(list)
        })
        .await?;
    Ok(Json(list))
}
