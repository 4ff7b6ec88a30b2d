//! Profile pictures: uploads are cropped to a centred square, resized and re-encoded (which
//! drops their metadata); without one, a generated picture with the user's initial.

use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use mm_api::StatusOk;

use super::files::form_fields;
use super::{require_self_or_admin, user_param};
use crate::auth::Session;
use crate::db::users as store;
use crate::error::{ApiPath, AppError, Result};
use crate::util::now_ms;
use crate::{AppState, avatar, media};

/// Side of stored pictures, in pixels (sharp at 2× for the 128 px shown at most).
const SIDE: u32 = 256;

/// The picture routes; uploads may be as large as `max_file_bytes`.
pub fn router(max_file_bytes: u64) -> Router<AppState> {
    let limit = usize::try_from(max_file_bytes)
        .unwrap_or(usize::MAX)
        .saturating_add(1 << 20);
    Router::new()
        .route(
            "/users/{user_id}/image",
            get(get_user_image)
                .post(set_user_image)
                .delete(delete_user_image)
                .layer(DefaultBodyLimit::max(limit)),
        )
        .route("/users/{user_id}/image/default", get(get_default_image))
}

fn path(app: &AppState, user_id: &str) -> std::path::PathBuf {
    app.data_dir.join("pictures").join(format!("{user_id}.png"))
}

async fn user(app: &AppState, id: &str) -> Result<mm_api::User> {
    let lookup = id.to_owned();
    app.db
        .read(move |c| store::get(c, &lookup))
        .await?
        .ok_or_else(|| AppError::not_found("user"))
}

fn png_response(png: Vec<u8>, version: i64) -> Response {
    let mut res = png.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("image/png"));
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("max-age=86400, private"),
    );
    if let Ok(etag) = HeaderValue::from_str(&format!("\"{version}\"")) {
        h.insert(header::ETAG, etag);
    }
    h.insert(
        "x-content-type-options",
        HeaderValue::from_static("nosniff"),
    );
    res
}

/// `GET /api/v4/users/{user_id}/image`: the uploaded picture, or the generated one.
async fn get_user_image(
    State(app): State<AppState>,
    session: Session,
    ApiPath(user_id): ApiPath<String>,
) -> Result<Response> {
    let id = user_param(&session, &user_id)?;
    let u = user(&app, &id).await?;
    let png = match tokio::fs::read(path(&app, &id)).await {
        Ok(bytes) => bytes,
        Err(_) => avatar::default_png(&id, &u.username).map_err(AppError::internal)?,
    };
    Ok(png_response(png, u.last_picture_update))
}

/// `GET /api/v4/users/{user_id}/image/default`: the generated picture.
async fn get_default_image(
    State(app): State<AppState>,
    session: Session,
    ApiPath(user_id): ApiPath<String>,
) -> Result<Response> {
    let id = user_param(&session, &user_id)?;
    let u = user(&app, &id).await?;
    let png = avatar::default_png(&id, &u.username).map_err(AppError::internal)?;
    Ok(png_response(png, 0))
}

/// Marks the picture as changed now and tells everyone (`user_updated`).
async fn touch(app: &AppState, id: &str) -> Result<()> {
    let (lookup, now) = (id.to_owned(), now_ms());
    let u = app
        .db
        .write(move |c| {
            store::set_picture_update(c, &lookup, now)?;
            store::get(c, &lookup)
        })
        .await?
        .ok_or_else(|| AppError::not_found("user"))?;
    super::users::publish_user_updated(app, &u);
    Ok(())
}

/// `POST /api/v4/users/{user_id}/image`: multipart `image`, by the user or an admin.
async fn set_user_image(
    State(app): State<AppState>,
    session: Session,
    ApiPath(user_id): ApiPath<String>,
    req: Request,
) -> Result<Json<StatusOk>> {
    let id = user_param(&session, &user_id)?;
    require_self_or_admin(&app, &session, &id).await?;
    user(&app, &id).await?;
    let bytes = form_fields(&app, req)
        .await?
        .remove("image")
        .ok_or_else(|| AppError::invalid_param("image"))?;
    let png = tokio::task::spawn_blocking(move || {
        let mime = media::sniff(&bytes, "");
        let img = media::decode(&bytes, &mime)?;
        media::png_square(&img, SIDE)
    })
    .await
    .map_err(AppError::internal)?
    .map_err(|e| {
        AppError::bad_request(
            "api.user.upload_profile_user.decode.app_error",
            "The picture could not be read: send a PNG, JPEG, GIF or WebP image.",
        )
        .detail(e)
    })?;
    let file = path(&app, &id);
    if let Some(dir) = file.parent() {
        tokio::fs::create_dir_all(dir)
            .await
            .map_err(AppError::internal)?;
    }
    tokio::fs::write(&file, png)
        .await
        .map_err(AppError::internal)?;
    touch(&app, &id).await?;
    Ok(Json(StatusOk::ok()))
}

/// `DELETE /api/v4/users/{user_id}/image`: back to the generated picture.
async fn delete_user_image(
    State(app): State<AppState>,
    session: Session,
    ApiPath(user_id): ApiPath<String>,
) -> Result<Json<StatusOk>> {
    let id = user_param(&session, &user_id)?;
    require_self_or_admin(&app, &session, &id).await?;
    user(&app, &id).await?;
    match tokio::fs::remove_file(path(&app, &id)).await {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(AppError::internal(e)),
    }
    touch(&app, &id).await?;
    Ok(Json(StatusOk::ok()))
}
