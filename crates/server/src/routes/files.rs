//! Files: upload, download, thumbnails and previews.
//!
//! Bytes are stored under `<data>/files/<id>` (with `<id>.thumb.jpg` and `<id>.preview.jpg`
//! for images) and hashed. The type is sniffed from the bytes. Only images in raster
//! formats are ever shown inline; anything else, SVG included, is a download, served with a
//! sandboxing Content-Security-Policy.

use std::path::PathBuf;

use axum::body::Body;
use axum::extract::{DefaultBodyLimit, FromRequest, Multipart, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use mm_api::{ChannelId, FileInfo, FileUploadResponse, UserId};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use tower::ServiceExt;
use tower_http::services::ServeFile;

use super::readable_channel;
use crate::AppState;
use crate::auth::Session;
use crate::db;
use crate::error::{ApiPath, ApiQuery, AppError, Result};
use crate::media;
use crate::util::{check_id, new_id, now_ms};

/// Thumbnail and preview sizes, as Mattermost makes them.
const THUMB: (u32, u32) = (120, 100);
const PREVIEW: (u32, u32) = (1920, 1080);

/// The file routes; uploads may be as large as `max_file_bytes`.
pub fn router(max_file_bytes: u64) -> Router<AppState> {
    let limit = usize::try_from(max_file_bytes)
        .unwrap_or(usize::MAX)
        .saturating_add(1 << 20);
    Router::new()
        .route(
            "/files",
            post(upload_files).layer(DefaultBodyLimit::max(limit)),
        )
        .route("/files/{file_id}", get(get_file))
        .route("/files/{file_id}/thumbnail", get(get_file_thumbnail))
        .route("/files/{file_id}/preview", get(get_file_preview))
        .route("/files/{file_id}/info", get(get_file_info))
        .route("/posts/{post_id}/files/info", get(get_post_files_info))
}

/// Where a file's bytes live.
pub fn path(app: &AppState, id: &str, suffix: &str) -> PathBuf {
    app.data_dir.join("files").join(format!("{id}{suffix}"))
}

fn too_large(app: &AppState) -> AppError {
    AppError::new(
        StatusCode::PAYLOAD_TOO_LARGE,
        "api.file.upload_file.too_large_detailed.app_error",
        format!(
            "The file is larger than the {} MB this server accepts.",
            app.config.max_file_bytes >> 20
        ),
    )
}

fn multipart_error(app: &AppState, e: &axum::extract::multipart::MultipartError) -> AppError {
    if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
        too_large(app)
    } else {
        AppError::bad_request("api.file.upload_file.read_request.app_error", e.body_text())
    }
}

/// The fields of a small multipart form (a picture, an emoji): name → bytes. Larger than
/// the route's body limit is 413.
pub async fn form_fields(
    app: &AppState,
    req: Request,
) -> Result<std::collections::HashMap<String, bytes::Bytes>> {
    let mut form = Multipart::from_request(req, app).await.map_err(|e| {
        AppError::bad_request("api.file.upload_file.read_request.app_error", e.body_text())
    })?;
    let mut out = std::collections::HashMap::new();
    while let Some(field) = form
        .next_field()
        .await
        .map_err(|e| multipart_error(app, &e))?
    {
        let name = field.name().unwrap_or_default().to_owned();
        let bytes = field.bytes().await.map_err(|e| multipart_error(app, &e))?;
        out.insert(name, bytes);
    }
    Ok(out)
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct UploadQuery {
    channel_id: String,
    filename: String,
}

/// How much of an upload's start is kept to sniff its type.
const HEAD: usize = 8 << 10;
/// Files in one upload request: as many as a post may carry.
const MAX_FILES: usize = db::files::MAX_PER_POST;
/// The longest `channel_id` or `client_ids` field read.
const MAX_FIELD: usize = 128;

/// An upload written to `<id>.part` as it arrives, hashed on the way: it is never whole in
/// memory, and no more than `max_file_bytes` of it is read. The part file is removed unless
/// [`store`] keeps it.
struct Spooled {
    part: PathBuf,
    size: u64,
    sha: String,
    head: Vec<u8>,
    kept: bool,
}

impl Drop for Spooled {
    fn drop(&mut self) {
        if !self.kept {
            let _ = std::fs::remove_file(&self.part);
        }
    }
}

/// Writes a body or a multipart field to a part file, stopping at `max_file_bytes` (413).
async fn spool<E: std::fmt::Display>(
    app: &AppState,
    id: &str,
    mut body: impl futures_util::Stream<Item = std::result::Result<bytes::Bytes, E>> + Unpin,
) -> Result<Spooled> {
    use futures_util::StreamExt as _;
    use tokio::io::AsyncWriteExt as _;
    let dir = app.data_dir.join("files");
    tokio::fs::create_dir_all(&dir)
        .await
        .map_err(AppError::internal)?;
    let mut spooled = Spooled {
        part: path(app, id, ".part"),
        size: 0,
        sha: String::new(),
        head: Vec::new(),
        kept: false,
    };
    let mut file = tokio::fs::File::create(&spooled.part)
        .await
        .map_err(AppError::internal)?;
    let mut sha = Sha256::new();
    while let Some(chunk) = body.next().await {
        let chunk = chunk.map_err(|e| {
            AppError::bad_request("api.file.upload_file.read_request.app_error", e.to_string())
        })?;
        spooled.size += chunk.len() as u64;
        if spooled.size > app.config.max_file_bytes {
            return Err(too_large(app));
        }
        if spooled.head.len() < HEAD {
            let take = chunk.len().min(HEAD - spooled.head.len());
            spooled.head.extend_from_slice(&chunk[..take]);
        }
        sha.update(&chunk);
        file.write_all(&chunk).await.map_err(AppError::internal)?;
    }
    // An acknowledged file survives a crash.
    file.sync_all().await.map_err(AppError::internal)?;
    spooled.sha = hex::encode(sha.finalize());
    Ok(spooled)
}

/// Keeps a spooled upload: sniffs its type and, for an image, makes its thumbnail and
/// preview from the file. The caller records it.
async fn store(app: &AppState, info: &mut FileInfo, mut spooled: Spooled) -> Result<String> {
    info.size = i64::try_from(spooled.size).unwrap_or(i64::MAX);
    info.mime_type = media::sniff(&spooled.head, &info.name);
    info.extension = media::extension(&info.name);
    if media::is_inline_image(&info.mime_type) {
        let (mime, part) = (info.mime_type.clone(), spooled.part.clone());
        let made = tokio::task::spawn_blocking(move || {
            let file = std::fs::File::open(&part).map_err(|e| e.to_string())?;
            let img = media::decode_from(std::io::BufReader::new(file), &mime)?;
            let thumb = media::jpeg_fit(&img, THUMB.0, THUMB.1)?;
            let preview = media::jpeg_fit(&img, PREVIEW.0, PREVIEW.1)?;
            Ok::<_, String>((img.width(), img.height(), thumb, preview))
        })
        .await
        .map_err(AppError::internal)?;
        let (w, h, thumb, preview) = made.map_err(|e| {
            AppError::bad_request(
                "api.file.upload_file.image.app_error",
                "The image could not be read: it is damaged, or too large in pixels.",
            )
            .detail(e)
        })?;
        info.width = i64::from(w);
        info.height = i64::from(h);
        info.has_preview_image = true;
        tokio::fs::write(path(app, &info.id, ".thumb.jpg"), thumb)
            .await
            .map_err(AppError::internal)?;
        tokio::fs::write(path(app, &info.id, ".preview.jpg"), preview)
            .await
            .map_err(AppError::internal)?;
    }
    tokio::fs::rename(&spooled.part, path(app, &info.id, ""))
        .await
        .map_err(AppError::internal)?;
    spooled.kept = true;
    Ok(std::mem::take(&mut spooled.sha))
}

/// `POST /api/v4/files`: multipart `channel_id`, then one or more `files` (and optional
/// `client_ids`); or a raw body with `?channel_id=&filename=`. Members of the channel only,
/// checked before any file is read.
async fn upload_files(
    State(app): State<AppState>,
    session: Session,
    ApiQuery(q): ApiQuery<UploadQuery>,
    req: Request,
) -> Result<Response> {
    let multipart = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    let mut channel_id = q.channel_id;
    let mut checked = false;
    let mut uploads: Vec<(String, Spooled)> = Vec::new();
    let mut client_ids = Vec::new();
    if multipart {
        let mut form = Multipart::from_request(req, &app).await.map_err(|e| {
            AppError::bad_request("api.file.upload_file.read_request.app_error", e.body_text())
        })?;
        while let Some(field) = form
            .next_field()
            .await
            .map_err(|e| multipart_error(&app, &e))?
        {
            match field.name().unwrap_or_default() {
                "channel_id" if !checked => {
                    channel_id = small_text(&app, field).await?;
                }
                "client_ids" if client_ids.len() < MAX_FILES => {
                    client_ids.push(small_text(&app, field).await?);
                }
                "files" => {
                    if !checked {
                        check_writable(&app, &session, &channel_id).await?;
                        checked = true;
                    }
                    if uploads.len() == MAX_FILES {
                        return Err(too_many());
                    }
                    let name = field.file_name().unwrap_or("file").to_owned();
                    let spooled = spool(&app, &new_id(), field).await?;
                    uploads.push((name, spooled));
                }
                _ => {}
            }
        }
    } else {
        check_writable(&app, &session, &channel_id).await?;
        checked = true;
        let name = if q.filename.is_empty() {
            "file".to_owned()
        } else {
            q.filename
        };
        let spooled = spool(&app, &new_id(), req.into_body().into_data_stream()).await?;
        uploads.push((name, spooled));
    }
    if !checked {
        check_writable(&app, &session, &channel_id).await?;
    }
    if uploads.is_empty() {
        return Err(AppError::bad_request(
            "api.file.upload_file.no_files.app_error",
            "No files were sent.",
        ));
    }
    let mut infos = Vec::new();
    for (name, spooled) in uploads {
        let now = now_ms();
        let mut info = FileInfo {
            id: new_id(),
            user_id: UserId(session.user_id.clone()),
            channel_id: ChannelId(channel_id.clone()),
            create_at: now,
            update_at: now,
            name: sanitize_name(&name),
            ..Default::default()
        };
        let sha = store(&app, &mut info, spooled).await?;
        let record = info.clone();
        app.db
            .write(move |c| db::files::insert(c, &record, &sha))
            .await?;
        infos.push(info);
    }
    let body = FileUploadResponse {
        file_infos: infos,
        client_ids,
    };
    Ok((StatusCode::CREATED, Json(body)).into_response())
}

/// Uploads go only to a live channel the caller is a member of.
async fn check_writable(app: &AppState, session: &Session, channel_id: &str) -> Result<()> {
    if channel_id.is_empty() {
        return Err(AppError::bad_request(
            "api.file.upload_file.channel_id.app_error",
            "channel_id is required, before the files.",
        ));
    }
    let channel = readable_channel(app, session, channel_id).await?;
    let (ch, user) = (channel.id.0.clone(), session.user_id.clone());
    let member = app
        .db
        .read(move |c| db::channels::member(c, &ch, &user))
        .await?
        .is_some();
    if !member || channel.delete_at != 0 {
        return Err(AppError::forbidden());
    }
    Ok(())
}

/// A short text field, read no further than [`MAX_FIELD`] bytes.
async fn small_text(
    app: &AppState,
    mut field: axum::extract::multipart::Field<'_>,
) -> Result<String> {
    let mut out = Vec::new();
    while let Some(chunk) = field.chunk().await.map_err(|e| multipart_error(app, &e))? {
        out.extend_from_slice(&chunk);
        if out.len() > MAX_FIELD {
            return Err(AppError::bad_request(
                "api.file.upload_file.read_request.app_error",
                format!("A form field is longer than {MAX_FIELD} bytes."),
            ));
        }
    }
    String::from_utf8(out).map_err(|_| {
        AppError::bad_request(
            "api.file.upload_file.read_request.app_error",
            "A form field is not UTF-8 text.",
        )
    })
}

fn too_many() -> AppError {
    AppError::bad_request(
        "api.file.upload_file.too_many_files.app_error",
        format!("At most {MAX_FILES} files can be uploaded at once."),
    )
}

/// A file name without directories or control characters, at most 255 bytes.
fn sanitize_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let mut clean: String = base.chars().filter(|c| !c.is_control()).collect();
    while clean.len() > 255 {
        clean.pop();
    }
    if clean.trim().is_empty() || clean == "." || clean == ".." {
        "file".to_owned()
    } else {
        clean
    }
}

/// A live file the caller may read (it can read the file's channel), or 404 / 403.
async fn readable_file(app: &AppState, session: &Session, file_id: &str) -> Result<FileInfo> {
    check_id(file_id, "file_id")?;
    let id = file_id.to_owned();
    let info = app
        .db
        .read(move |c| db::files::get(c, &id))
        .await?
        .ok_or_else(|| AppError::not_found("file"))?;
    // An upload not yet posted is only its uploader's.
    if info.post_id.is_empty() && info.user_id.as_str() != session.user_id {
        return Err(AppError::forbidden());
    }
    readable_channel(app, session, info.channel_id.as_str()).await?;
    Ok(info)
}

/// `attachment` or `inline` with the file name, quoted for old and new browsers.
fn disposition(kind: &str, name: &str) -> HeaderValue {
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = name
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    HeaderValue::from_str(&format!(
        "{kind}; filename=\"{ascii}\"; filename*=UTF-8''{encoded}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static("attachment"))
}

/// Serves stored bytes with the headers that keep them from running in our origin.
async fn serve(
    req: Request,
    path: PathBuf,
    mime: &str,
    disposition: HeaderValue,
) -> Result<Response> {
    let mut res = ServeFile::new(path)
        .oneshot(req)
        .await
        .map_err(AppError::internal)?
        .map(Body::new);
    if res.status() == StatusCode::NOT_FOUND {
        return Err(AppError::not_found("file"));
    }
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_str(mime).unwrap_or(HeaderValue::from_static("application/octet-stream")),
    );
    h.insert(header::CONTENT_DISPOSITION, disposition);
    h.insert(
        "x-content-type-options",
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; sandbox"),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, max-age=86400"),
    );
    Ok(res)
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct DownloadQuery {
    download: String,
}

/// `GET /api/v4/files/{file_id}` (`?download=1` forces a download)
async fn get_file(
    State(app): State<AppState>,
    session: Session,
    ApiPath(file_id): ApiPath<String>,
    ApiQuery(q): ApiQuery<DownloadQuery>,
    req: Request,
) -> Result<Response> {
    let info = readable_file(&app, &session, &file_id).await?;
    let forced = matches!(q.download.as_str(), "1" | "true");
    let inline = media::is_inline_image(&info.mime_type) && !forced;
    let kind = if inline { "inline" } else { "attachment" };
    serve(
        req,
        path(&app, &info.id, ""),
        &info.mime_type,
        disposition(kind, &info.name),
    )
    .await
}

async fn get_derived(
    app: &AppState,
    session: &Session,
    file_id: &str,
    suffix: &str,
    req: Request,
) -> Result<Response> {
    let info = readable_file(app, session, file_id).await?;
    if !info.has_preview_image {
        return Err(AppError::bad_request(
            "api.file.get_file_thumbnail.no_thumbnail.app_error",
            "This file has no thumbnail or preview: it is not an image.",
        ));
    }
    let name = format!(
        "{}.jpg",
        info.name
            .rsplit_once('.')
            .map_or(info.name.as_str(), |(b, _)| b)
    );
    serve(
        req,
        path(app, &info.id, suffix),
        "image/jpeg",
        disposition("inline", &name),
    )
    .await
}

/// `GET /api/v4/files/{file_id}/thumbnail`: a JPEG within 120×100.
async fn get_file_thumbnail(
    State(app): State<AppState>,
    session: Session,
    ApiPath(file_id): ApiPath<String>,
    req: Request,
) -> Result<Response> {
    get_derived(&app, &session, &file_id, ".thumb.jpg", req).await
}

/// `GET /api/v4/files/{file_id}/preview`: a JPEG within 1920×1080.
async fn get_file_preview(
    State(app): State<AppState>,
    session: Session,
    ApiPath(file_id): ApiPath<String>,
    req: Request,
) -> Result<Response> {
    get_derived(&app, &session, &file_id, ".preview.jpg", req).await
}

/// `GET /api/v4/files/{file_id}/info`
async fn get_file_info(
    State(app): State<AppState>,
    session: Session,
    ApiPath(file_id): ApiPath<String>,
) -> Result<Json<FileInfo>> {
    Ok(Json(readable_file(&app, &session, &file_id).await?))
}

/// `GET /api/v4/posts/{post_id}/files/info`
async fn get_post_files_info(
    State(app): State<AppState>,
    session: Session,
    ApiPath(post_id): ApiPath<String>,
) -> Result<Json<Vec<FileInfo>>> {
    let (post, _) = super::readable_post(&app, &session, &post_id).await?;
    Ok(Json(post.metadata.files))
}
