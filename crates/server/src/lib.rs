//! `causerie-server`: a chat server that speaks the Mattermost API v4 and keeps its data in
//! SQLite. See ARCHITECTURE.md for how a post flows through it.

use std::net::SocketAddr;
use std::ops::Deref;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use tokio::net::TcpListener;

pub mod audit;
pub mod auth;
mod avatar;
pub mod config;
pub mod db;
pub mod error;
pub mod hub;
mod media;
mod mentions;
pub mod mfa;
pub mod notify;
mod outgoing;
mod proxy;
pub mod retention;
mod routes;
pub mod search;
pub mod text;
pub mod throttle;
pub mod util;
mod web;
mod ws;

pub use config::{Args, Config};

/// The version announced in the client config and `hello`; Mattermost clients parse it.
pub const SERVER_VERSION: &str = "10.11.0";

/// Everything a request needs.
pub struct Inner {
    /// The database.
    pub db: db::Db,
    /// The WebSocket hub.
    pub hub: hub::Hub,
    /// Cached sessions.
    pub sessions: auth::Sessions,
    /// What users must do first: two-factor set-up, the code of conduct.
    pub gates: auth::Gates,
    /// Web Push messages being sent.
    pub pushes: notify::push::Outbox,
    /// The password hasher's queue.
    pub hasher: auth::Hasher,
    /// Log-in and sign-up attempts, per account and per address.
    pub login_limiter: throttle::Limiter,
    /// Posts per author (a person, a bot, a webhook).
    pub post_limiter: throttle::Limiter,
    /// The client that calls outgoing webhooks and slash commands.
    pub outgoing_client: reqwest::Client,
    /// Outgoing webhooks there are: while none, posts skip looking for them.
    pub outgoing_hooks: std::sync::atomic::AtomicUsize,
    /// Settings from the config file.
    pub config: Config,
    /// The built web app.
    pub web_dir: PathBuf,
    /// The data directory.
    pub data_dir: PathBuf,
    /// The image proxy's client.
    pub image_client: reqwest::Client,
    /// The client that sends Web Push messages.
    pub push_client: reqwest::Client,
    /// The mail server, if the config names one.
    pub mailer: Option<notify::email::Mailer>,
    /// The server's VAPID and link-signing keys.
    pub keys: notify::Keys,
    /// `X-Version-Id`, on every answer (see `routes::system::version_id`).
    pub version_id: String,
}

/// Shared state: cheap to clone.
#[derive(Clone)]
pub struct AppState(Arc<Inner>);

impl Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

impl AppState {
    /// Opens the data directory, migrates the database, and makes the default team on
    /// first start.
    pub async fn open(data_dir: PathBuf, web_dir: PathBuf, config: Config) -> Result<Self, String> {
        config.check()?;
        std::fs::create_dir_all(&data_dir)
            .map_err(|e| format!("cannot create data dir {}: {e}", data_dir.display()))?;
        let db = db::Db::open(&data_dir.join("causerie.db"))?;
        remove_partial_uploads(&data_dir.join("files"));
        let team_name = config.team_display_name.clone();
        db.write(move |c| routes::teams::ensure_default_team(c, &team_name))
            .await
            .map_err(|e| e.to_string())?;
        let (channels, teams, outgoing_hooks, terms) = db
            .read(|c| {
                Ok((
                    db::channels::all_memberships(c)?,
                    db::teams::all_memberships(c)?,
                    c.query_row("SELECT count(*) FROM outgoing_hooks", [], |r| {
                        r.get::<_, i64>(0)
                    })?,
                    db::trust::latest_terms(c)?,
                ))
            })
            .await
            .map_err(|e| e.to_string())?;
        let image_client = proxy::client(
            config.image_proxy_allowed.clone(),
            Duration::from_secs(config.image_proxy_timeout_secs),
        )
        .map_err(|e| format!("cannot make the image proxy's client: {e}"))?;
        let push_client = proxy::client(config.push_allowed.clone(), Duration::from_secs(10))
            .map_err(|e| format!("cannot make the push client: {e}"))?;
        let outgoing_client = proxy::client(
            config.outgoing_allowed.clone(),
            Duration::from_secs(config.outgoing_timeout_secs.clamp(1, 300)),
        )
        .map_err(|e| format!("cannot make the integrations' client: {e}"))?;
        let keys = notify::Keys::load_or_create(&data_dir)?;
        let mailer = match &config.smtp {
            Some(smtp) => Some(notify::email::mailer(smtp)?),
            None => {
                tracing::warn!(
                    "no [smtp] in the config: e-mail notifications are off (see README)"
                );
                None
            }
        };
        let version_id = routes::system::version_id(&routes::system::client_config(
            &config,
            mailer.is_some(),
            &keys.vapid_public,
        ));
        let hub = hub::Hub::new(version_id.clone(), channels, teams);
        let gates = auth::Gates::default();
        gates.set_terms(terms.map(|t| t.id));
        Ok(Self(Arc::new(Inner {
            db,
            hub,
            sessions: auth::Sessions::default(),
            gates,
            pushes: notify::push::Outbox::default(),
            hasher: auth::Hasher::default(),
            login_limiter: throttle::Limiter::default(),
            post_limiter: throttle::Limiter::default(),
            outgoing_client,
            outgoing_hooks: (outgoing_hooks.max(0) as usize).into(),
            config,
            web_dir,
            data_dir,
            image_client,
            push_client,
            mailer,
            keys,
            version_id,
        })))
    }
}

/// Uploads cut short by a crash leave `<id>.part` files, never acknowledged: drop them.
fn remove_partial_uploads(dir: &std::path::Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        if entry.path().extension().is_some_and(|e| e == "part") {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// The whole HTTP application: the API under `/api/v4`, the web app everywhere else.
pub fn app(state: AppState) -> Router {
    let body_limit = state.config.max_body_bytes;
    // Every Mattermost client reads it; Matterbridge will not log in without it.
    let version = axum::http::HeaderValue::from_str(&state.version_id)
        .unwrap_or(axum::http::HeaderValue::from_static(SERVER_VERSION));
    Router::new()
        .nest("/api/v4", routes::router(&state.config))
        .merge(routes::public_router())
        .fallback(web::serve_app)
        .layer(DefaultBodyLimit::max(body_limit))
        .layer(tower_http::compression::CompressionLayer::new())
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            web::cors,
        ))
        .layer(tower_http::set_header::SetResponseHeaderLayer::overriding(
            axum::http::HeaderName::from_static("x-version-id"),
            version,
        ))
        .with_state(state)
}

/// Serves until `shutdown` completes, then finishes the requests in flight.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let hub_state = state.clone();
    let closing = state.clone();
    let shutdown = async move {
        shutdown.await;
        closing.hub.close_all(); // Sockets would otherwise hold the shutdown open.
    };
    let site = notify::site_url(&state.config, &listener.local_addr()?.to_string());
    let mailing = state.clone();
    let mailer = tokio::spawn(async move {
        let Some(mailer) = mailing.mailer.clone() else {
            return;
        };
        let every = mailing.config.email_batch_secs.clamp(1, 60);
        let mut tick = tokio::time::interval(Duration::from_secs(every));
        loop {
            tick.tick().await;
            notify::email::send_due(&mailing, &mailer, &site).await;
        }
    });
    let retention = tokio::spawn(retention::daily(state.clone()));
    let reaper = tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(30));
        let mut ticks = 0u64;
        loop {
            tick.tick().await;
            // Every ten minutes, the image cache is trimmed.
            if ticks.is_multiple_of(20) {
                let dir = hub_state.data_dir.join("image-cache");
                let max = hub_state.config.image_cache_max_bytes;
                let _ = tokio::task::spawn_blocking(move || routes::image::evict_cache(&dir, max))
                    .await;
            }
            ticks += 1;
            let now = util::now_ms();
            hub_state.hub.reap(now);
            hub_state.sessions.drop_expired(now);
            let seen = hub_state.sessions.take_seen();
            let _ = hub_state
                .db
                .write(move |c| {
                    db::trust::touch_sessions(c, &seen)?;
                    db::users::delete_expired_sessions(c, now)
                })
                .await;
        }
    });
    // Without TCP_NODELAY, a response written in two parts (headers, then a file) waits
    // for the client's delayed ACK: 40 ms per file.
    use axum::serve::ListenerExt as _;
    let listener = listener.tap_io(|tcp| {
        let _ = tcp.set_nodelay(true);
    });
    let result = axum::serve(
        listener,
        app(state).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await;
    reaper.abort();
    mailer.abort();
    retention.abort();
    result
}
