//! Reactions to posts.

use axum::extract::State;
use axum::routing::{delete, get, post};
use axum::{Json, Router};
use mm_api::{PostId, Reaction, StatusOk, UserId};

use super::{readable_post, user_param};
use crate::AppState;
use crate::auth::Session;
use crate::db::{self, reactions as store};
use crate::error::{ApiJson, ApiPath, AppError, Result};
use crate::hub::{Event, Scope};
use crate::util::{check_id, now_ms};
use mm_api::websocket::Event as WsEvent;

/// The reaction routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/reactions", post(create_reaction))
        .route("/posts/{post_id}/reactions", get(get_post_reactions))
        .route("/posts/ids/reactions", post(get_bulk_reactions))
        .route(
            "/users/{user_id}/posts/{post_id}/reactions/{emoji_name}",
            delete(delete_reaction),
        )
}

/// An emoji name a reaction may use: a standard emoji, or a custom one that exists.
async fn check_emoji(app: &AppState, name: &str) -> Result<()> {
    let valid = !name.is_empty()
        && name.len() <= 64
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'+'));
    if !valid {
        return Err(AppError::invalid_param("emoji_name"));
    }
    if mm_markdown::standard_emoji(name).is_some() {
        return Ok(());
    }
    let name = name.to_owned();
    if app
        .db
        .read(move |c| db::emoji::by_name(c, &name))
        .await?
        .is_some()
    {
        Ok(())
    } else {
        Err(AppError::bad_request(
            "api.reaction.save.emoji_not_found",
            "There is no emoji with that name.",
        ))
    }
}

/// `POST /api/v4/reactions`: `{user_id, post_id, emoji_name}`, for oneself. Answers 200,
/// as Mattermost does, and tells the channel (`reaction_added`).
async fn create_reaction(
    State(app): State<AppState>,
    session: Session,
    ApiJson(body): ApiJson<Reaction>,
) -> Result<Json<Reaction>> {
    if body.user_id.as_str() != session.user_id {
        return Err(AppError::forbidden());
    }
    let (post, _) = readable_post(&app, &session, body.post_id.as_str()).await?;
    // Who may post may react: members of a channel that is not archived.
    let (ch, user) = (post.channel_id.0.clone(), session.user_id.clone());
    app.db
        .read(move |c| {
            db::posts::writable_channel(c, &ch, &user, db::posts::Write::React).map(drop)
        })
        .await?;
    check_emoji(&app, &body.emoji_name).await?;
    let reaction = Reaction {
        user_id: UserId(session.user_id.clone()),
        post_id: post.id.clone(),
        emoji_name: body.emoji_name,
        channel_id: post.channel_id.clone(),
        create_at: now_ms(),
        ..Default::default()
    };
    let r = reaction.clone();
    let added = app.db.write(move |c| store::add(c, &r)).await?;
    if added {
        app.hub.publish(&Event::new(
            WsEvent::ReactionAdded {
                reaction: reaction.clone(),
            },
            Scope::Channel(post.channel_id.0),
        ));
    }
    Ok(Json(reaction))
}

/// `DELETE /api/v4/users/{user_id}/posts/{post_id}/reactions/{emoji_name}`: one's own
/// reaction; tells the channel (`reaction_removed`).
async fn delete_reaction(
    State(app): State<AppState>,
    session: Session,
    ApiPath((user_id, post_id, emoji_name)): ApiPath<(String, String, String)>,
) -> Result<Json<StatusOk>> {
    let user_id = user_param(&session, &user_id)?;
    if user_id != session.user_id {
        return Err(AppError::forbidden());
    }
    let (post, _) = readable_post(&app, &session, &post_id).await?;
    let now = now_ms();
    let (p, u, e) = (post_id.clone(), user_id.clone(), emoji_name.clone());
    let removed = app
        .db
        .write(move |c| store::remove(c, &p, &u, &e, now))
        .await?;
    if removed {
        let reaction = Reaction {
            user_id: UserId(user_id),
            post_id: PostId(post_id),
            emoji_name,
            channel_id: post.channel_id.clone(),
            create_at: now,
            update_at: now,
            delete_at: now,
        };
        app.hub.publish(&Event::new(
            WsEvent::ReactionRemoved {
                reaction: reaction.clone(),
            },
            Scope::Channel(post.channel_id.0),
        ));
    }
    Ok(Json(StatusOk::ok()))
}

/// `GET /api/v4/posts/{post_id}/reactions`
async fn get_post_reactions(
    State(app): State<AppState>,
    session: Session,
    ApiPath(post_id): ApiPath<String>,
) -> Result<Json<Vec<Reaction>>> {
    let (post, _) = readable_post(&app, &session, &post_id).await?;
    Ok(Json(post.metadata.reactions))
}

/// `POST /api/v4/posts/ids/reactions`: reactions by post, for the readable posts among
/// the ids.
async fn get_bulk_reactions(
    State(app): State<AppState>,
    session: Session,
    ApiJson(ids): ApiJson<Vec<String>>,
) -> Result<Json<std::collections::HashMap<String, Vec<Reaction>>>> {
    if ids.len() > 200 {
        return Err(AppError::invalid_param("post_ids"));
    }
    for id in &ids {
        check_id(id, "post_id")?;
    }
    let user = session.user_id.clone();
    let out = app
        .db
        .read(move |c| {
            let mut readable = Vec::new();
            for (p, _) in db::posts::by_ids(c, &ids)? {
                let ok = match db::channels::get(c, p.channel_id.as_str())? {
                    Some(ch) => super::can_read(c, &ch, &user)?,
                    None => false,
                };
                if ok && p.delete_at == 0 {
                    readable.push(p.id.0);
                }
            }
            let refs: Vec<&str> = readable.iter().map(String::as_str).collect();
            let mut out = store::for_posts(c, &refs)?;
            for id in readable {
                out.entry(id).or_default();
            }
            Ok(out)
        })
        .await?;
    Ok(Json(out))
}
