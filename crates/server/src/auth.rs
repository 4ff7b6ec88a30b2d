//! Sessions: password hashing, tokens, the session cache, and the extractor that
//! authenticates a request by cookie or `Authorization` header.

use std::collections::HashMap;
use std::sync::Mutex;

use argon2::Argon2;
use argon2::password_hash::{self, PasswordHash, SaltString};
use axum::extract::FromRequestParts;
use axum::http::{HeaderMap, Method, StatusCode, request::Parts};

use crate::AppState;
use crate::db::users::{self, SessionRow};
use crate::error::{AppError, Result};
use crate::util::{new_id, now_ms, sha256_hex};

/// Cookie holding the session token (HttpOnly).
pub const COOKIE_TOKEN: &str = "MMAUTHTOKEN";
/// The session cookie's name over HTTPS: a `__Host-` cookie is only set by this host, with
/// `Secure` and `Path=/`.
pub const COOKIE_TOKEN_HOST: &str = "__Host-MMAUTHTOKEN";
/// Cookie holding the user id.
pub const COOKIE_USER: &str = "MMUSERID";
/// Cookie holding the CSRF token, readable by scripts.
pub const COOKIE_CSRF: &str = "MMCSRF";

type HashJob = Box<dyn FnOnce() + Send>;

/// Hashes waiting or running at most: past that, 429 at once rather than a queue that
/// makes every log-in wait (150 concurrent requests once made one take 2.3 s).
const MAX_QUEUED_HASHES: usize = 8;

/// The password hasher's queue, and what it has done.
#[derive(Default)]
pub struct Hasher {
    queued: std::sync::Arc<std::sync::atomic::AtomicUsize>,
    done: std::sync::Arc<std::sync::atomic::AtomicU64>,
}

impl Hasher {
    /// Passwords hashed or checked since start.
    pub fn done(&self) -> u64 {
        self.done.load(std::sync::atomic::Ordering::SeqCst)
    }
}

/// Runs argon2 on one dedicated thread. Each hash takes 19 MiB; on the blocking pool every
/// thread would keep its own 19 MiB in its malloc arena (hundreds of MB after a burst of
/// log-ins). One thread also bounds the CPU that log-in floods can take.
async fn on_hasher<T: Send + 'static>(
    app: &AppState,
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<T> {
    static HASHER: std::sync::OnceLock<std::sync::mpsc::Sender<HashJob>> =
        std::sync::OnceLock::new();
    let sender = HASHER.get_or_init(|| {
        let (tx, rx) = std::sync::mpsc::channel::<HashJob>();
        let spawned = std::thread::Builder::new()
            .name("argon2".into())
            .spawn(move || {
                while let Ok(job) = rx.recv() {
                    job();
                }
            });
        if let Err(e) = spawned {
            tracing::error!("cannot start the hashing thread: {e}");
        }
        tx
    });
    use std::sync::atomic::Ordering::SeqCst;
    let (queued, done) = (app.hasher.queued.clone(), app.hasher.done.clone());
    if queued.fetch_add(1, SeqCst) >= MAX_QUEUED_HASHES {
        queued.fetch_sub(1, SeqCst);
        return Err(AppError::too_many_requests(
            "api.context.hasher_busy.app_error",
            "The server is busy checking passwords. Try again in a moment.",
            crate::throttle::Refused {
                limit: MAX_QUEUED_HASHES as u32,
                wait: 1,
            },
        ));
    }
    let (tx, rx) = tokio::sync::oneshot::channel();
    let unqueue = queued.clone();
    sender
        .send(Box::new(move || {
            let out = f();
            done.fetch_add(1, SeqCst);
            unqueue.fetch_sub(1, SeqCst);
            let _ = tx.send(out);
        }))
        .map_err(|_| {
            queued.fetch_sub(1, SeqCst);
            AppError::internal("hashing thread stopped")
        })?;
    rx.await
        .map_err(|_| AppError::internal("hashing thread dropped a job"))
}

thread_local! {
    /// argon2's working memory, reused by every hash on the hashing thread: allocating
    /// 19 MiB per hash fragments the allocator's arenas (100 MB after 200 log-ins).
    static MEMORY: std::cell::RefCell<Vec<argon2::Block>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// argon2 of `password` with the parameters, salt and output length of `like`, using the
/// thread's reusable memory.
fn argon2_with_memory<'a>(
    password: &[u8],
    algorithm: argon2::Algorithm,
    version: argon2::Version,
    params: argon2::Params,
    salt: password_hash::Salt<'a>,
    output_len: usize,
) -> password_hash::Result<PasswordHash<'a>> {
    let mut salt_buf = [0u8; 64];
    let salt_bytes = salt.decode_b64(&mut salt_buf)?;
    let hasher = Argon2::new(algorithm, version, params.clone());
    let output = MEMORY.with(|m| {
        let mut memory = m.borrow_mut();
        if memory.len() < params.block_count() {
            memory.resize(params.block_count(), argon2::Block::new());
        }
        let blocks = &mut memory[..params.block_count()];
        password_hash::Output::init_with(output_len, |out| {
            Ok(hasher.hash_password_into_with_memory(password, salt_bytes, out, &mut *blocks)?)
        })
    })?;
    Ok(PasswordHash {
        algorithm: algorithm.ident(),
        version: Some(version.into()),
        params: password_hash::ParamsString::try_from(&params)?,
        salt: Some(salt),
        hash: Some(output),
    })
}

/// Hashes a password with argon2id (19 MiB, 2 passes) and a random salt.
pub async fn hash_password(app: &AppState, password: String) -> Result<String> {
    on_hasher(app, move || {
        let salt = SaltString::generate(&mut rand::rngs::OsRng);
        argon2_with_memory(
            password.as_bytes(),
            argon2::Algorithm::Argon2id,
            argon2::Version::V0x13,
            argon2::Params::default(),
            salt.as_salt(),
            argon2::Params::DEFAULT_OUTPUT_LEN,
        )
        .map(|h| h.to_string())
    })
    .await?
    .map_err(AppError::internal)
}

/// Checks a password against a stored hash (compared in constant time).
pub async fn verify_password(app: &AppState, password: String, hash: String) -> Result<bool> {
    on_hasher(app, move || {
        let Ok(stored) = PasswordHash::new(&hash) else {
            return false;
        };
        let (Some(salt), Some(expected)) = (stored.salt, stored.hash) else {
            return false;
        };
        let (Ok(algorithm), Ok(params)) = (
            argon2::Algorithm::try_from(stored.algorithm),
            argon2::Params::try_from(&stored),
        ) else {
            return false;
        };
        let version = stored
            .version
            .and_then(|v| argon2::Version::try_from(v).ok())
            .unwrap_or_default();
        argon2_with_memory(
            password.as_bytes(),
            algorithm,
            version,
            params,
            salt,
            expected.len(),
        )
        .is_ok_and(|h| h.hash == Some(expected))
    })
    .await
}

/// An authenticated request's session.
#[derive(Debug, Clone)]
pub struct Session {
    /// Session id.
    pub id: String,
    /// The user.
    pub user_id: String,
    /// CSRF token of the session.
    pub csrf_token: String,
    /// Expiry, ms.
    pub expires_at: i64,
}

impl Session {
    /// A session for work the server does on a user's behalf (a slash command calls the
    /// same handlers as the API, with the caller's rights and no more).
    pub fn acting_as(user_id: &str) -> Self {
        Self {
            id: String::new(),
            user_id: user_id.to_owned(),
            csrf_token: String::new(),
            expires_at: i64::MAX,
        }
    }
}

/// Sessions by token hash, so that most requests need no database read.
#[derive(Default)]
pub struct Sessions {
    cache: Mutex<HashMap<String, Session>>,
    /// Last request of each session since the last flush (see [`Sessions::take_seen`]).
    seen: Mutex<HashMap<String, i64>>,
}

impl Sessions {
    fn get(&self, token_hash: &str) -> Option<Session> {
        self.cache.lock().ok()?.get(token_hash).cloned()
    }

    fn put(&self, token_hash: String, s: Session) {
        if let Ok(mut c) = self.cache.lock() {
            c.insert(token_hash, s);
        }
    }

    /// Forgets expired sessions (ms since the epoch: `now`); the reaper calls it.
    pub fn drop_expired(&self, now: i64) {
        if let Ok(mut c) = self.cache.lock() {
            c.retain(|_, s| s.expires_at > now);
        }
    }

    /// Sessions cached.
    pub fn len(&self) -> usize {
        self.cache.lock().map_or(0, |c| c.len())
    }

    /// Whether none is cached.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Notes a session's request; the reaper writes them down now and then, so that a
    /// request costs no write.
    pub fn seen(&self, session_id: &str, now: i64) {
        if let Ok(mut seen) = self.seen.lock() {
            seen.insert(session_id.to_owned(), now);
        }
    }

    /// The sessions seen since the last call, and when.
    pub fn take_seen(&self) -> Vec<(String, i64)> {
        self.seen
            .lock()
            .map(|mut seen| seen.drain().collect())
            .unwrap_or_default()
    }

    fn remove_id(&self, session_id: &str) {
        if let Ok(mut c) = self.cache.lock() {
            c.retain(|_, s| s.id != session_id);
        }
    }
}

/// A new session for a user on a device: returns the token (shown once, stored only
/// hashed).
pub async fn create_session(
    app: &AppState,
    user_id: &str,
    device: crate::db::trust::Device,
) -> Result<(String, Session)> {
    let token = new_id();
    let now = now_ms();
    let row = SessionRow {
        id: new_id(),
        user_id: user_id.to_owned(),
        expires_at: now + app.config.session_length_days * 24 * 3600 * 1000,
        csrf_token: new_id(),
    };
    let hash = sha256_hex(&token);
    let r = row.clone();
    app.db
        .write(move |c| users::insert_session(c, &r, &hash, now, &device))
        .await?;
    let session = Session {
        id: row.id,
        user_id: row.user_id,
        csrf_token: row.csrf_token,
        expires_at: row.expires_at,
    };
    Ok((token, session))
}

/// Revokes a session everywhere: database, cache, and open sockets.
pub async fn revoke_session(app: &AppState, session_id: &str) -> Result<()> {
    let id = session_id.to_owned();
    app.db.write(move |c| users::delete_session(c, &id)).await?;
    app.sessions.remove_id(session_id);
    app.hub.end_session(session_id);
    Ok(())
}

/// Where the token of a request came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenSource {
    /// The `MMAUTHTOKEN` cookie: writes need the CSRF check.
    Cookie,
    /// An `Authorization` header.
    Header,
}

/// The token of a request: the cookie wins, as in Mattermost.
pub fn token_from_headers(headers: &HeaderMap) -> Option<(String, TokenSource)> {
    if let Some(t) = cookie(headers, COOKIE_TOKEN_HOST).or_else(|| cookie(headers, COOKIE_TOKEN)) {
        return Some((t, TokenSource::Cookie));
    }
    let auth = headers.get("authorization")?.to_str().ok()?;
    let (scheme, token) = auth.split_once(' ')?;
    (scheme.eq_ignore_ascii_case("bearer") || scheme.eq_ignore_ascii_case("token"))
        .then(|| (token.trim().to_owned(), TokenSource::Header))
}

/// A cookie's value.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all("cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
        .filter(|v| !v.is_empty())
}

/// The live session of a token, from the cache or the database.
pub async fn lookup(app: &AppState, token: &str) -> Result<Option<Session>> {
    let hash = sha256_hex(token);
    let now = now_ms();
    if let Some(s) = app.sessions.get(&hash) {
        return Ok((s.expires_at > now).then_some(s));
    }
    let h = hash.clone();
    let row = match app.db.read(move |c| users::session(c, &h)).await? {
        Some(row) => row,
        None => match token_session(app, &hash).await? {
            Some(row) => row,
            None => return Ok(None),
        },
    };
    if row.expires_at <= now {
        return Ok(None);
    }
    let s = Session {
        id: row.id,
        user_id: row.user_id,
        csrf_token: row.csrf_token,
        expires_at: row.expires_at,
    };
    app.sessions.put(hash, s.clone());
    Ok(Some(s))
}

/// A personal access token's session, made on its first use as Mattermost does, so that
/// sockets and push subscriptions hang on a session like any other. It lasts until the
/// token is revoked or disabled, which deletes it.
async fn token_session(app: &AppState, hash: &str) -> Result<Option<users::SessionRow>> {
    if !app.config.enable_user_access_tokens {
        return Ok(None);
    }
    let h = hash.to_owned();
    let found = app
        .db
        .read(move |c| crate::db::integrations::token_by_hash(c, &h))
        .await?;
    let Some((token_id, user_id)) = found else {
        return Ok(None);
    };
    let row = users::SessionRow {
        id: new_id(),
        user_id,
        expires_at: i64::MAX / 2,
        csrf_token: new_id(),
    };
    let h = hash.to_owned();
    app.db
        .write(move |c| {
            // Two first uses at once: the second finds the first's session.
            users::insert_token_session(c, &row, &h, &token_id, now_ms())?;
            users::session(c, &h)
        })
        .await
}

/// The session of a request that may be anonymous: `None` without a token or with an
/// unknown one. A cookie's session must pass the CSRF check on every write: the
/// `X-CSRF-Token` header, or `X-Requested-With: XMLHttpRequest` (which no other site can
/// send without CORS), as Mattermost does.
pub async fn optional_session(
    app: &AppState,
    headers: &HeaderMap,
    method: &Method,
) -> Result<Option<Session>> {
    let Some((token, source)) = token_from_headers(headers) else {
        return Ok(None);
    };
    let Some(session) = lookup(app, &token).await? else {
        return Ok(None);
    };
    app.sessions.seen(&session.id, now_ms());
    let safe = matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS);
    if source == TokenSource::Cookie && !safe {
        let csrf_ok = headers.get("x-csrf-token").and_then(|v| v.to_str().ok())
            == Some(session.csrf_token.as_str());
        let xhr = headers
            .get("x-requested-with")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.eq_ignore_ascii_case("XMLHttpRequest"));
        if !csrf_ok && !xhr {
            return Err(AppError::unauthorized().detail("Appears to be a CSRF attempt."));
        }
    }
    Ok(Some(session))
}

/// What a user must do before using the API: turn on two-factor log-in where it is
/// enforced, then accept the current code of conduct.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gate {
    /// `enforce_mfa` and no two-factor log-in yet.
    Mfa,
    /// A code of conduct not accepted yet.
    Terms,
}

/// The gates' state kept in memory, so that a request costs no read: the current code of
/// conduct, and each user's two-factor state and accepted version once read.
#[derive(Default)]
pub struct Gates {
    current_terms: std::sync::RwLock<Option<String>>,
    users: Mutex<HashMap<String, (bool, String)>>,
}

impl Gates {
    /// The current code of conduct changed (at start-up, or an admin wrote a new one).
    pub fn set_terms(&self, id: Option<String>) {
        if let Ok(mut t) = self.current_terms.write() {
            *t = id;
        }
    }

    /// The current code of conduct's id.
    pub fn terms(&self) -> Option<String> {
        self.current_terms.read().ok().and_then(|t| t.clone())
    }

    /// A user's two-factor state or accepted version changed: read it again next time.
    pub fn forget(&self, user_id: &str) {
        if let Ok(mut u) = self.users.lock() {
            u.remove(user_id);
        }
    }
}

/// The gate a session's user has not passed yet, if any.
pub async fn gate(app: &AppState, session: &Session) -> Result<Option<Gate>> {
    let mfa = app.config.enable_mfa && app.config.enforce_mfa;
    let terms = app
        .config
        .enable_custom_terms_of_service
        .then(|| app.gates.terms())
        .flatten();
    if !mfa && terms.is_none() {
        return Ok(None);
    }
    let cached = app
        .gates
        .users
        .lock()
        .ok()
        .and_then(|u| u.get(&session.user_id).cloned());
    let (mfa_active, accepted) = match cached {
        Some(state) => state,
        None => {
            let id = session.user_id.clone();
            let Some(st) = app
                .db
                .read(move |c| crate::db::trust::gate_state(c, &id))
                .await?
            else {
                return Ok(None);
            };
            // Bots cannot answer either question.
            let state = if st.is_bot {
                (true, terms.clone().unwrap_or_default())
            } else {
                (st.mfa_active, st.accepted_terms)
            };
            if let Ok(mut u) = app.gates.users.lock() {
                u.insert(session.user_id.clone(), state.clone());
            }
            state
        }
    };
    if mfa && !mfa_active {
        return Ok(Some(Gate::Mfa));
    }
    Ok(terms.filter(|t| *t != accepted).map(|_| Gate::Terms))
}

/// Whether a route stays open behind a gate: what passing it needs, who the user is, and
/// logging out.
fn open_behind(gate: Gate, method: &Method, path: &str) -> bool {
    let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
    match segments.as_slice() {
        ["users", "me"] => *method == Method::GET,
        ["users", "logout"] => true,
        ["users", _, "mfa"] | ["users", _, "mfa", "generate"] => gate == Gate::Mfa,
        ["terms_of_service"] => gate == Gate::Terms && *method == Method::GET,
        ["users", _, "terms_of_service"] => gate == Gate::Terms,
        _ => false,
    }
}

/// The error a gated request gets.
pub fn gate_error(gate: Gate) -> AppError {
    match gate {
        Gate::Mfa => AppError::new(
            StatusCode::FORBIDDEN,
            "api.context.mfa_required.app_error",
            "Two-factor authentication is required on this server. Set it up first.",
        ),
        Gate::Terms => AppError::new(
            StatusCode::FORBIDDEN,
            "api.context.terms_of_service_required.app_error",
            "Accept the code of conduct first (GET /api/v4/terms_of_service, then POST /api/v4/users/me/terms_of_service).",
        ),
    }
}

/// The session of a token for a WebSocket: none while a gate holds, as events would show
/// what the API hides.
pub async fn socket_session(app: &AppState, token: &str) -> Option<Session> {
    let session = lookup(app, token).await.ok().flatten()?;
    matches!(gate(app, &session).await, Ok(None)).then_some(session)
}

impl FromRequestParts<AppState> for Session {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Self> {
        if parts
            .uri
            .query()
            .is_some_and(|q| q.split('&').any(|kv| kv.starts_with("access_token=")))
        {
            return Err(AppError::new(
                StatusCode::UNAUTHORIZED,
                "api.context.token_provided.app_error",
                "Session tokens are not accepted in the query string.",
            ));
        }
        let session = optional_session(app, &parts.headers, &parts.method)
            .await?
            .ok_or_else(AppError::unauthorized)?;
        if let Some(gate) = gate(app, &session).await?
            && !open_behind(gate, &parts.method, parts.uri.path())
        {
            return Err(gate_error(gate));
        }
        Ok(session)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expired_sessions_leave_the_cache() {
        let cache = Sessions::default();
        let session = |id: &str, expires_at| Session {
            id: id.into(),
            user_id: "u".into(),
            csrf_token: String::new(),
            expires_at,
        };
        cache.put("a".into(), session("a", 1_000));
        cache.put("b".into(), session("b", 3_000));
        cache.drop_expired(2_000);
        assert_eq!(cache.len(), 1);
        assert!(cache.get("b").is_some());
    }
}
