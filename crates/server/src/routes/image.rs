//! `GET /api/v4/image?url=…`: the image proxy. External images in messages load through
//! it, so that readers' browsers (and IP addresses) never reach third-party hosts. Only
//! public `http(s)` hosts are fetched (see `proxy.rs`), only images come back, within a
//! size limit and a time-out, and fetched images are kept for a day.

use std::time::{Duration, SystemTime};

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::AppState;
use crate::auth::Session;
use crate::error::{ApiQuery, AppError, Result};
use crate::{media, proxy};

/// How long a fetched image is served from the cache.
const CACHE_FOR: Duration = Duration::from_secs(24 * 3600);

/// Trims the image cache (`dir`): drops what is older than a day, then the oldest until
/// it holds at most `max_bytes`. Returns the files removed. Blocking: run it off the runtime.
pub fn evict_cache(dir: &std::path::Path, max_bytes: u64) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let now = SystemTime::now();
    let mut kept: Vec<(SystemTime, u64, std::path::PathBuf)> = Vec::new();
    let mut removed = 0;
    for entry in entries.flatten() {
        let Ok(meta) = entry.metadata() else { continue };
        let modified = meta.modified().unwrap_or(SystemTime::UNIX_EPOCH);
        let stale = now.duration_since(modified).unwrap_or_default() >= CACHE_FOR;
        if stale {
            removed += usize::from(std::fs::remove_file(entry.path()).is_ok());
        } else {
            kept.push((modified, meta.len(), entry.path()));
        }
    }
    let mut total: u64 = kept.iter().map(|(_, n, _)| n).sum();
    kept.sort();
    for (_, n, path) in kept {
        if total <= max_bytes {
            break;
        }
        if std::fs::remove_file(path).is_ok() {
            removed += 1;
            total -= n;
        }
    }
    removed
}

/// The proxy route.
pub fn router() -> Router<AppState> {
    Router::new().route("/image", get(get_image))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_cache_drops_stale_images_then_the_oldest() {
        let dir = tempfile::tempdir().unwrap();
        let day = std::time::Duration::from_secs(24 * 3600);
        let now = std::time::SystemTime::now();
        for (name, age) in [("stale", day * 2), ("old", day / 2), ("new", day / 4)] {
            let f = std::fs::File::create(dir.path().join(name)).unwrap();
            f.set_len(1000).unwrap();
            f.set_modified(now - age).unwrap();
        }
        assert_eq!(super::evict_cache(dir.path(), 1500), 2);
        assert!(dir.path().join("new").exists());
        assert!(!dir.path().join("old").exists() && !dir.path().join("stale").exists());
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct ImageQuery {
    url: String,
}

fn refused(message: &'static str) -> AppError {
    AppError::bad_request("api.image.get.app_error", message)
}

fn upstream(status: StatusCode, message: impl Into<String>) -> AppError {
    AppError::new(status, "api.image.get.upstream.app_error", message.into())
}

fn image_response(bytes: Vec<u8>, mime: &str) -> Response {
    let mut res = bytes.into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_str(mime).unwrap_or(HeaderValue::from_static("image/png")),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, max-age=86400"),
    );
    h.insert(
        "x-content-type-options",
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; sandbox"),
    );
    res
}

/// `GET /api/v4/image?url=`
async fn get_image(
    State(app): State<AppState>,
    _session: Session,
    ApiQuery(q): ApiQuery<ImageQuery>,
) -> Result<Response> {
    let url =
        reqwest::Url::parse(&q.url).map_err(|_| refused("The url parameter is not a URL."))?;
    proxy::check_url(&url, &app.config.image_proxy_allowed).map_err(|r| match r {
        proxy::Refusal::Scheme => refused("Only http and https images are proxied."),
        proxy::Refusal::Address => refused("That address is not on the public internet."),
    })?;
    let cache = app
        .data_dir
        .join("image-cache")
        .join(hex::encode(Sha256::digest(url.as_str().as_bytes())));
    let fresh = tokio::fs::metadata(&cache)
        .await
        .and_then(|m| m.modified())
        .is_ok_and(|t| SystemTime::now().duration_since(t).unwrap_or(CACHE_FOR) < CACHE_FOR);
    if fresh && let Ok(bytes) = tokio::fs::read(&cache).await {
        let mime = media::sniff(&bytes, "");
        return Ok(image_response(bytes, &mime));
    }

    let mut res = app.image_client.get(url).send().await.map_err(|e| {
        if e.is_timeout() {
            upstream(
                StatusCode::GATEWAY_TIMEOUT,
                "The image took too long to arrive.",
            )
        } else if e.is_redirect() || e.is_connect() {
            refused("The image's host is unreachable or not on the public internet.")
        } else {
            upstream(StatusCode::BAD_GATEWAY, "The image could not be fetched.")
        }
    })?;
    if !res.status().is_success() {
        return Err(upstream(
            StatusCode::BAD_GATEWAY,
            format!("The image's host answered {}.", res.status().as_u16()),
        ));
    }
    let declared = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_ascii_lowercase();
    if !declared.starts_with("image/") {
        return Err(refused("That URL is not an image."));
    }
    let max = app.config.image_proxy_max_bytes;
    if res.content_length().is_some_and(|n| n > max) {
        return Err(refused("The image is too large."));
    }
    let mut bytes = Vec::new();
    loop {
        let chunk = res.chunk().await.map_err(|e| {
            if e.is_timeout() {
                upstream(
                    StatusCode::GATEWAY_TIMEOUT,
                    "The image took too long to arrive.",
                )
            } else {
                upstream(StatusCode::BAD_GATEWAY, "The image could not be fetched.")
            }
        })?;
        let Some(chunk) = chunk else { break };
        if (bytes.len() + chunk.len()) as u64 > max {
            return Err(refused("The image is too large."));
        }
        bytes.extend_from_slice(&chunk);
    }
    // What it says it is does not count: only raster images, by their bytes (no SVG).
    let mime = media::sniff(&bytes, "");
    if !media::is_inline_image(&mime) {
        return Err(refused("That URL is not an image."));
    }
    if let Some(dir) = cache.parent()
        && tokio::fs::create_dir_all(dir).await.is_ok()
    {
        let _ = tokio::fs::write(&cache, &bytes).await;
    }
    Ok(image_response(bytes, &mime))
}
