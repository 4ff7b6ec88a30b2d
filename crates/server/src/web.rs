//! Serving the built web app, and CORS for the API.

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tower::ServiceExt;
use tower_http::services::{ServeDir, ServeFile};

use crate::AppState;

/// `dist/` at `/`: precompressed `.br`/`.gz` when present, `index.html` for client routes,
/// hashed assets cached for a year, everything else revalidated. The directory is looked
/// up on each request, since Trunk replaces it on every build.
pub async fn serve_app(State(app): State<AppState>, mut req: Request) -> Response {
    // Translations straight from the source tree when configured: edits show on reload.
    if let Some(locales) = &app.config.locales_dir
        && let Some(rest) = req
            .uri()
            .path()
            .strip_prefix("/locales/")
            .map(str::to_owned)
        && let Ok(uri) = format!("/{rest}").parse()
    {
        *req.uri_mut() = uri;
        return match ServeDir::new(locales).oneshot(req).await {
            Ok(mut res) => {
                res.headers_mut()
                    .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
                res.into_response()
            }
            Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
        };
    }
    let policy = content_security_policy(&app.config);
    let protect = move |mut res: Response| {
        let h = res.headers_mut();
        if let Ok(v) = HeaderValue::from_str(&policy) {
            h.insert(header::CONTENT_SECURITY_POLICY, v);
        }
        h.insert(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        );
        h.insert(
            header::REFERRER_POLICY,
            HeaderValue::from_static("same-origin"),
        );
        res
    };
    let dir = ServeDir::new(&app.web_dir)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(ServeFile::new(app.web_dir.join("index.html")));
    let path = req.uri().path().to_owned();
    match dir.oneshot(req).await {
        Ok(mut res) => {
            let cache = if is_hashed_asset(&path) {
                "public, max-age=31536000, immutable"
            } else {
                "no-cache"
            };
            res.headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
            protect(res.into_response())
        }
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
    }
}

/// The app's Content-Security-Policy. Scripts only from this site, WebAssembly compiled
/// from them (no inline script: `scripts/split.mjs` moves Trunk's loader into a file), no
/// plugins, no `<base>`, and framed only by `frame_ancestors`. Connections and images stay
/// open: the app may talk to another Mattermost server.
pub fn content_security_policy(config: &crate::Config) -> String {
    format!(
        "script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'none'; frame-ancestors {}",
        config.frame_ancestors.join(" ")
    )
}

/// Trunk names built assets `name-<16 hex digits>.ext` (and `…_bg.wasm`).
fn is_hashed_asset(path: &str) -> bool {
    let file = path.rsplit('/').next().unwrap_or_default();
    let stem = file
        .split('.')
        .next()
        .unwrap_or_default()
        .trim_end_matches("_bg");
    stem.rsplit_once('-')
        .is_some_and(|(_, h)| h.len() == 16 && h.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Whether a browser request's `Origin` is this site: the host the request was sent to, the
/// configured `site_url`, or one of `cors_allowed_origins`, as Mattermost checks. A request
/// without `Origin` (not from a browser page) passes.
pub fn origin_allowed(app: &AppState, headers: &axum::http::HeaderMap) -> bool {
    let Some(origin) = headers.get(header::ORIGIN) else {
        return true;
    };
    let Ok(origin) = origin.to_str() else {
        return false;
    };
    let origin = origin.trim_end_matches('/');
    if app.config.cors_allowed_origins.iter().any(|a| a == origin) {
        return true;
    }
    if !app.config.site_url.is_empty() && app.config.site_url.trim_end_matches('/') == origin {
        return true;
    }
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    let origin_host = origin
        .strip_prefix("https://")
        .or_else(|| origin.strip_prefix("http://"));
    host.is_some_and(|h| origin_host.is_some_and(|o| o.eq_ignore_ascii_case(h)))
}

/// CORS for the origins in `cors_allowed_origins`: Bearer-token use of the API from another
/// site (an embedding wiki). Cookies are never shared across origins.
pub async fn cors(State(app): State<AppState>, req: Request, next: Next) -> Response {
    let origin = req
        .headers()
        .get(header::ORIGIN)
        .and_then(|o| o.to_str().ok())
        .filter(|o| app.config.cors_allowed_origins.iter().any(|a| a == o))
        .map(str::to_owned);
    let Some(origin) = origin.filter(|_| req.uri().path().starts_with("/api/v4/")) else {
        return next.run(req).await;
    };
    let mut res = if req.method() == Method::OPTIONS {
        Response::new(Body::empty())
    } else {
        next.run(req).await
    };
    let h = res.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&origin) {
        h.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, v);
    }
    h.insert(header::VARY, HeaderValue::from_static("Origin"));
    h.insert(
        header::ACCESS_CONTROL_ALLOW_METHODS,
        HeaderValue::from_static("GET, POST, PUT, DELETE, OPTIONS"),
    );
    h.insert(
        header::ACCESS_CONTROL_ALLOW_HEADERS,
        HeaderValue::from_static("authorization, content-type, x-requested-with, x-csrf-token"),
    );
    h.insert(
        header::ACCESS_CONTROL_EXPOSE_HEADERS,
        HeaderValue::from_static("token, etag, x-version-id, x-ratelimit-limit, x-ratelimit-remaining, x-ratelimit-reset, retry-after"),
    );
    h.insert(
        header::ACCESS_CONTROL_MAX_AGE,
        HeaderValue::from_static("86400"),
    );
    res
}

#[cfg(test)]
mod tests {
    #[test]
    fn hashed_assets_are_recognised() {
        assert!(super::is_hashed_asset("/causerie-1a2b3c4d5e6f7a8b_bg.wasm"));
        assert!(super::is_hashed_asset("/causerie-1a2b3c4d5e6f7a8b.js"));
        assert!(!super::is_hashed_asset("/index.html"));
        assert!(!super::is_hashed_asset("/locales/en-US/main.ftl"));
    }
}
