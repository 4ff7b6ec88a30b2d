//! Custom emoji: names as Mattermost allows them, images re-encoded and at most 128 px.

use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use mm_api::{Emoji, UserId};
use serde::Deserialize;

use super::files::form_fields;
use crate::auth::Session;
use crate::db::emoji as store;
use crate::error::{ApiJson, ApiPath, ApiQuery, AppError, Result};
use crate::hub::{Event, Scope};
use crate::util::{Paging, check_id, new_id, now_ms};
use crate::{AppState, media};
use mm_api::websocket::Event as WsEvent;

/// Largest emoji image accepted, and the side it is scaled to fit.
const MAX_BYTES: usize = 1 << 20;
const SIDE: u32 = 128;

/// The emoji routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/emoji",
            post(create_emoji)
                .get(get_emoji_list)
                .layer(DefaultBodyLimit::max(MAX_BYTES + (64 << 10))),
        )
        .route("/emoji/names", post(get_emoji_by_names))
        .route("/emoji/autocomplete", get(autocomplete_emoji))
        .route("/emoji/name/{emoji_name}", get(get_emoji_by_name))
        .route("/emoji/{emoji_id}", get(get_emoji).delete(delete_emoji))
        .route("/emoji/{emoji_id}/image", get(get_emoji_image))
}

fn enabled(app: &AppState) -> Result<()> {
    if app.config.enable_custom_emoji {
        Ok(())
    } else {
        Err(AppError::new(
            axum::http::StatusCode::NOT_IMPLEMENTED,
            "api.emoji.disabled.app_error",
            "Custom emoji are turned off on this server.",
        ))
    }
}

/// Mattermost's rule: 1–64 of `a-z 0-9 _ - +`, and not a standard emoji's name.
fn check_name(name: &str) -> Result<()> {
    let valid = !name.is_empty()
        && name.len() <= 64
        && name.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'_' | b'-' | b'+')
        });
    if !valid {
        return Err(AppError::bad_request(
            "model.emoji.name.app_error",
            "An emoji name is 1 to 64 lowercase letters, digits, '_', '-' or '+'.",
        ));
    }
    if mm_markdown::standard_emoji(name).is_some() {
        return Err(AppError::bad_request(
            "api.emoji.create.system_emoji_name.app_error",
            "That is the name of a standard emoji.",
        ));
    }
    Ok(())
}

fn path(app: &AppState, id: &str) -> std::path::PathBuf {
    app.data_dir.join("emoji").join(id)
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct NewEmoji {
    name: String,
    creator_id: String,
}

/// `POST /api/v4/emoji`: multipart `image` and `emoji` (`{"name", "creator_id"}`). Answers
/// 200, as Mattermost does, and tells everyone (`emoji_added`).
async fn create_emoji(
    State(app): State<AppState>,
    session: Session,
    req: Request,
) -> Result<Json<Emoji>> {
    enabled(&app)?;
    let mut form = form_fields(&app, req).await?;
    let meta: NewEmoji = form
        .remove("emoji")
        .and_then(|b| serde_json::from_slice(&b).ok())
        .ok_or_else(|| AppError::invalid_param("emoji"))?;
    if meta.creator_id != session.user_id {
        return Err(AppError::forbidden());
    }
    check_name(&meta.name)?;
    let bytes = form
        .remove("image")
        .ok_or_else(|| AppError::invalid_param("image"))?;
    if bytes.len() > MAX_BYTES {
        return Err(AppError::new(
            axum::http::StatusCode::PAYLOAD_TOO_LARGE,
            "api.emoji.create.too_large.app_error",
            "An emoji image may be at most 1 MB.",
        ));
    }
    let stored = tokio::task::spawn_blocking(move || {
        let mime = media::sniff(&bytes, "");
        let img = media::decode(&bytes, &mime)?;
        // A small GIF keeps its animation; anything else is re-encoded to fit.
        if mime == "image/gif" && img.width() <= SIDE && img.height() <= SIDE {
            Ok(bytes.to_vec())
        } else {
            media::png_fit(&img, SIDE)
        }
    })
    .await
    .map_err(AppError::internal)?
    .map_err(|e| {
        AppError::bad_request(
            "api.emoji.upload.image.app_error",
            "The image could not be read: send a PNG, JPEG, GIF or WebP image.",
        )
        .detail(e)
    })?;
    let now = now_ms();
    let emoji = Emoji {
        id: new_id(),
        creator_id: UserId(session.user_id.clone()),
        name: meta.name,
        create_at: now,
        update_at: now,
        delete_at: 0,
    };
    let file = path(&app, &emoji.id);
    if let Some(dir) = file.parent() {
        tokio::fs::create_dir_all(dir)
            .await
            .map_err(AppError::internal)?;
    }
    tokio::fs::write(&file, stored)
        .await
        .map_err(AppError::internal)?;
    let e = emoji.clone();
    if !app.db.write(move |c| store::insert(c, &e)).await? {
        let _ = tokio::fs::remove_file(&file).await;
        return Err(AppError::bad_request(
            "api.emoji.create.duplicate.app_error",
            "There is already a custom emoji with that name.",
        ));
    }
    app.hub.publish(&Event::new(
        WsEvent::EmojiAdded {
            emoji: emoji.clone(),
        },
        Scope::All,
    ));
    Ok(Json(emoji))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct ListQuery {
    page: u32,
    per_page: Option<u32>,
    sort: String,
}

/// `GET /api/v4/emoji?page&per_page&sort=name`: an array.
async fn get_emoji_list(
    State(app): State<AppState>,
    _session: Session,
    ApiQuery(q): ApiQuery<ListQuery>,
) -> Result<Json<Vec<Emoji>>> {
    enabled(&app)?;
    let paging = Paging {
        page: q.page,
        per_page: q.per_page.unwrap_or(mm_api::DEFAULT_PER_PAGE),
    };
    let (limit, offset) = (paging.limit(), paging.offset());
    let by_name = q.sort == "name";
    Ok(Json(
        app.db
            .read(move |c| store::page(c, by_name, limit, offset))
            .await?,
    ))
}

/// `POST /api/v4/emoji/names`: the custom emoji among up to 200 names.
async fn get_emoji_by_names(
    State(app): State<AppState>,
    _session: Session,
    ApiJson(names): ApiJson<Vec<String>>,
) -> Result<Json<Vec<Emoji>>> {
    enabled(&app)?;
    if names.len() > 200 {
        return Err(AppError::invalid_param("names"));
    }
    Ok(Json(
        app.db
            .read(move |c| {
                let refs: Vec<&str> = names.iter().map(String::as_str).collect();
                store::by_names(c, &refs)
            })
            .await?,
    ))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct AutocompleteQuery {
    name: String,
}

/// `GET /api/v4/emoji/autocomplete?name=`: up to 100 whose name starts so.
async fn autocomplete_emoji(
    State(app): State<AppState>,
    _session: Session,
    ApiQuery(q): ApiQuery<AutocompleteQuery>,
) -> Result<Json<Vec<Emoji>>> {
    enabled(&app)?;
    if q.name.len() > 64 {
        return Err(AppError::invalid_param("name"));
    }
    Ok(Json(
        app.db
            .read(move |c| store::autocomplete(c, &q.name.to_lowercase()))
            .await?,
    ))
}

async fn by_id(app: &AppState, id: &str) -> Result<Emoji> {
    check_id(id, "emoji_id")?;
    let id = id.to_owned();
    app.db
        .read(move |c| store::get(c, &id))
        .await?
        .ok_or_else(|| AppError::not_found("emoji"))
}

/// `GET /api/v4/emoji/{emoji_id}`
async fn get_emoji(
    State(app): State<AppState>,
    _session: Session,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<Emoji>> {
    enabled(&app)?;
    Ok(Json(by_id(&app, &id).await?))
}

/// `GET /api/v4/emoji/name/{emoji_name}`
async fn get_emoji_by_name(
    State(app): State<AppState>,
    _session: Session,
    ApiPath(name): ApiPath<String>,
) -> Result<Json<Emoji>> {
    enabled(&app)?;
    if name.len() > 64 {
        return Err(AppError::invalid_param("emoji_name"));
    }
    app.db
        .read(move |c| store::by_name(c, &name))
        .await?
        .map(Json)
        .ok_or_else(|| AppError::not_found("emoji"))
}

/// `GET /api/v4/emoji/{emoji_id}/image`
async fn get_emoji_image(
    State(app): State<AppState>,
    _session: Session,
    ApiPath(id): ApiPath<String>,
) -> Result<Response> {
    enabled(&app)?;
    let emoji = by_id(&app, &id).await?;
    let bytes = tokio::fs::read(path(&app, &emoji.id))
        .await
        .map_err(|_| AppError::not_found("emoji"))?;
    let mime = media::sniff(&bytes, "");
    let mut res = bytes.into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_str(&mime).unwrap_or(HeaderValue::from_static("image/png")),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("max-age=2592000, private"),
    );
    h.insert(
        "x-content-type-options",
        HeaderValue::from_static("nosniff"),
    );
    Ok(res)
}

/// `DELETE /api/v4/emoji/{emoji_id}`: by its creator or a system admin.
async fn delete_emoji(
    State(app): State<AppState>,
    session: Session,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<Emoji>> {
    enabled(&app)?;
    let mut emoji = by_id(&app, &id).await?;
    if emoji.creator_id.as_str() != session.user_id
        && !super::is_admin(&app, &session.user_id).await?
    {
        return Err(AppError::forbidden());
    }
    let now = now_ms();
    let eid = emoji.id.clone();
    app.db.write(move |c| store::delete(c, &eid, now)).await?;
    let _ = tokio::fs::remove_file(path(&app, &emoji.id)).await;
    emoji.delete_at = now;
    emoji.update_at = now;
    Ok(Json(emoji))
}
