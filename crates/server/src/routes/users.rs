//! Accounts, sessions, profiles, statuses and preferences.

use std::net::SocketAddr;
use std::time::Duration;

use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use mm_api::{
    CreateUser, LoginRequest, Preference, StatusOk, User, UserAutocomplete, UserId, UserPatch,
};
use serde::Deserialize;

use super::{is_admin, require_self_or_admin, sanitize, user_param};
use crate::AppState;
use crate::auth::{self, COOKIE_CSRF, COOKIE_TOKEN, COOKIE_USER, Session};
use crate::db::{self, users as store};
use crate::error::{ApiJson, ApiPath, ApiQuery, AppError, Result};
use crate::hub::{Event, Scope};
use crate::util::{Paging, check_id, new_id, now_ms};
use mm_api::websocket::Event as WsEvent;

/// Shortest password accepted.
pub const MIN_PASSWORD: usize = 8;
const MAX_PASSWORD: usize = 256;
/// Names that mean something else in a message.
const RESERVED_USERNAMES: &[&str] = &["all", "channel", "here", "matterbot", "system", "causerie"];

/// The user routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/users", post(create_user).get(get_users))
        .route("/users/login", post(login))
        .route("/users/logout", post(logout))
        .route("/users/ids", post(get_users_by_ids))
        .route("/users/usernames", post(get_users_by_usernames))
        .route("/users/autocomplete", get(autocomplete_users))
        .route("/users/status/ids", post(get_statuses_by_ids))
        .route("/users/username/{username}", get(get_user_by_username))
        .route("/users/{user_id}", get(get_user))
        .route("/users/{user_id}/patch", put(patch_user))
        .route(
            "/users/{user_id}/status",
            get(get_status).put(update_status),
        )
        .route("/users/{user_id}/typing", post(publish_typing))
        .route(
            "/users/{user_id}/preferences",
            get(get_preferences).put(update_preferences),
        )
        .route(
            "/users/{user_id}/preferences/delete",
            post(delete_preferences),
        )
        .route(
            "/users/{user_id}/preferences/{category}",
            get(get_preferences_by_category),
        )
        .route(
            "/users/{user_id}/preferences/{category}/name/{name}",
            get(get_preference),
        )
}

fn valid_username(name: &str) -> bool {
    (3..=22).contains(&name.len())
        && name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b))
        && !RESERVED_USERNAMES.contains(&name)
}

fn valid_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    email.len() <= 128
        && !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email
            .chars()
            .any(|c| c.is_whitespace() || c == '<' || c == '>')
}

fn check_password(password: &str) -> Result<()> {
    let n = password.chars().count();
    if !(MIN_PASSWORD..=MAX_PASSWORD).contains(&n) {
        return Err(AppError::bad_request(
            "model.user.is_valid.pwd_length.app_error",
            format!("Your password must be between {MIN_PASSWORD} and {MAX_PASSWORD} characters."),
        ));
    }
    Ok(())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct SignupQuery {
    iid: String,
}

/// `POST /api/v4/users`
///
/// The first account becomes system admin. Later ones need the team's invite id
/// (`?iid=`), open sign-up, or a system admin's session.
async fn create_user(
    State(app): State<AppState>,
    ApiQuery(q): ApiQuery<SignupQuery>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<CreateUser>,
) -> Result<Response> {
    let username = body.username.trim().to_lowercase();
    let email = body.email.trim().to_owned();
    if !valid_username(&username) {
        return Err(AppError::bad_request(
            "model.user.is_valid.username.app_error",
            "Usernames have 3 to 22 characters: lowercase letters, digits, '.', '-' and '_', starting with a letter.",
        ));
    }
    if !valid_email(&email) {
        return Err(AppError::bad_request(
            "model.user.is_valid.email.app_error",
            "Invalid email address.",
        ));
    }
    check_password(&body.password)?;
    let caller_is_admin = match auth::token_from_headers(&headers) {
        Some((t, _)) => match auth::lookup(&app, &t).await? {
            Some(s) => is_admin(&app, &s.user_id).await?,
            None => false,
        },
        None => false,
    };
    let hash = auth::hash_password(body.password.clone()).await?;
    let now = now_ms();
    let open = app.config.open_signup;
    let iid = q.iid;
    let user = User {
        id: UserId(new_id()),
        create_at: now,
        update_at: now,
        username,
        email,
        first_name: body.first_name.trim().to_owned(),
        last_name: body.last_name.trim().to_owned(),
        nickname: body.nickname.trim().to_owned(),
        locale: if body.locale.is_empty() {
            "en".to_owned()
        } else {
            body.locale
        },
        notify_props: default_notify_props(),
        last_password_update: now,
        ..Default::default()
    };
    let (user, joined) = app
        .db
        .write(move |c| {
            let mut user = user;
            let first = store::count(c)? == 0;
            let team = if !iid.is_empty() {
                Some(db::teams::by_invite(c, &iid)?.ok_or_else(|| {
                    AppError::bad_request(
                        "api.user.create_user.signup_link_invalid.app_error",
                        "The invite link is invalid.",
                    )
                })?)
            } else if first || open {
                db::teams::first(c)?
            } else if caller_is_admin {
                None
            } else {
                return Err(AppError::new(
                    StatusCode::FORBIDDEN,
                    "api.user.create_user.no_open_server",
                    "This server does not allow open sign-up. Ask for an invite link.",
                ));
            };
            let (name_taken, mail_taken) = store::taken(c, &user.username, &user.email, "")?;
            if name_taken {
                return Err(AppError::bad_request(
                    "app.user.save.username_exists.app_error",
                    "An account with that username already exists.",
                ));
            }
            if mail_taken {
                return Err(AppError::bad_request(
                    "app.user.save.email_exists.app_error",
                    "An account with that email already exists.",
                ));
            }
            user.roles = if first {
                "system_user system_admin"
            } else {
                "system_user"
            }
            .to_owned();
            store::insert(c, &user, &hash)?;
            let joined = match team {
                Some(t) => {
                    let roles = if first {
                        "team_user team_admin"
                    } else {
                        "team_user"
                    };
                    let channels =
                        super::teams::add_to_team(c, t.id.as_str(), user.id.as_str(), roles, now)?;
                    Some((t.id.0, channels))
                }
                None => None,
            };
            Ok((user, joined))
        })
        .await?;
    app.hub.publish(&Event::new(
        WsEvent::NewUser {
            user_id: user.id.clone(),
        },
        Scope::All,
    ));
    if let Some((team_id, channels)) = joined {
        super::teams::announce_join(&app, &team_id, user.id.as_str(), &channels);
    }
    Ok((StatusCode::CREATED, Json(user)).into_response())
}

/// Default notification settings, as Mattermost's.
fn default_notify_props() -> mm_api::StringMap {
    [
        ("desktop", "mention"),
        ("desktop_sound", "true"),
        ("email", "true"),
        ("push", "mention"),
        ("push_status", "away"),
        ("comments", "never"),
        ("first_name", "false"),
        ("channel", "true"),
        ("mention_keys", ""),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect()
}

/// `POST /api/v4/users/login`
///
/// 200 with the user and a `Token` header; with `X-Requested-With: XMLHttpRequest` it also
/// sets the session cookies. Too many failures from one address for one account get 429.
async fn login(
    State(app): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<LoginRequest>,
) -> Result<Response> {
    let login_id = body.login_id.trim().to_owned();
    if login_id.is_empty() || body.password.is_empty() {
        return Err(AppError::bad_request(
            "api.user.login.blank_pwd.app_error",
            "Enter your username or email and your password.",
        ));
    }
    let key = format!("{}|{}", peer.ip(), login_id.to_lowercase());
    let window = Duration::from_secs(app.config.login_window_secs);
    if let Some(wait) = app
        .login_limiter
        .blocked(&key, app.config.max_login_attempts, window)
    {
        let mut res = AppError::new(
            StatusCode::TOO_MANY_REQUESTS,
            "api.user.check_user_login_attempts.too_many.app_error",
            format!("Too many failed log-in attempts. Try again in {wait} seconds."),
        )
        .into_response();
        res.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(wait));
        return Ok(res);
    }
    let lookup_id = login_id.clone();
    let creds = app
        .db
        .read(move |c| store::credentials(c, &lookup_id))
        .await?;
    // Unknown accounts cost the same work, so timing does not reveal which exist.
    let (user_id, hash) = match creds {
        Some((id, hash)) => (Some(id), hash),
        None => (None, dummy_hash().await),
    };
    let matches = auth::verify_password(body.password.clone(), hash).await?;
    let verified = user_id.filter(|_| matches);
    let Some(user_id) = verified else {
        app.login_limiter.fail(&key);
        return Err(AppError::new(
            StatusCode::UNAUTHORIZED,
            "api.user.login.invalid_credentials_email_username",
            "Enter a valid email or username and/or password.",
        ));
    };
    app.login_limiter.succeed(&key);
    let (token, session) = auth::create_session(&app, &user_id).await?;
    let id = user_id.clone();
    let user = app
        .db
        .read(move |c| store::get(c, &id))
        .await?
        .ok_or_else(|| AppError::not_found("user"))?;
    let mut res = Json(user).into_response();
    let h = res.headers_mut();
    h.insert(
        "Token",
        HeaderValue::from_str(&token).map_err(AppError::internal)?,
    );
    let xhr = headers
        .get("x-requested-with")
        .and_then(|v| v.to_str().ok())
        == Some("XMLHttpRequest");
    if xhr {
        let secure = headers
            .get("x-forwarded-proto")
            .and_then(|v| v.to_str().ok())
            == Some("https");
        let max_age = app.config.session_length_days * 24 * 3600;
        for (name, value, http_only) in [
            (COOKIE_TOKEN, token.as_str(), true),
            (COOKIE_USER, user_id.as_str(), false),
            (COOKIE_CSRF, session.csrf_token.as_str(), false),
        ] {
            h.append(
                header::SET_COOKIE,
                set_cookie(name, value, max_age, http_only, secure)?,
            );
        }
    }
    Ok(res)
}

/// A hash to verify against for unknown accounts, made once.
async fn dummy_hash() -> String {
    static HASH: tokio::sync::OnceCell<String> = tokio::sync::OnceCell::const_new();
    HASH.get_or_init(|| async { auth::hash_password(new_id()).await.unwrap_or_default() })
        .await
        .clone()
}

fn set_cookie(
    name: &str,
    value: &str,
    max_age: i64,
    http_only: bool,
    secure: bool,
) -> Result<HeaderValue> {
    let mut c = format!("{name}={value}; Path=/; Max-Age={max_age}; SameSite=Lax");
    if http_only {
        c.push_str("; HttpOnly");
    }
    if secure {
        c.push_str("; Secure");
    }
    HeaderValue::from_str(&c).map_err(AppError::internal)
}

/// `POST /api/v4/users/logout`: revokes the session and clears the cookies.
async fn logout(State(app): State<AppState>, headers: HeaderMap) -> Result<Response> {
    if let Some((token, _)) = auth::token_from_headers(&headers)
        && let Some(s) = auth::lookup(&app, &token).await?
    {
        auth::revoke_session(&app, &s.id).await?;
    }
    let mut res = Json(StatusOk::ok()).into_response();
    for name in [COOKIE_TOKEN, COOKIE_USER, COOKIE_CSRF] {
        res.headers_mut()
            .append(header::SET_COOKIE, set_cookie(name, "", 0, false, false)?);
    }
    Ok(res)
}

/// Loads users and sanitizes them for the caller.
async fn load_users(
    app: &AppState,
    session: &Session,
    f: impl FnOnce(&rusqlite::Connection) -> Result<Vec<User>> + Send + 'static,
) -> Result<Vec<User>> {
    let admin = is_admin(app, &session.user_id).await?;
    let users = app.db.read(f).await?;
    Ok(users
        .into_iter()
        .map(|u| sanitize(u, &session.user_id, admin))
        .collect())
}

/// `GET /api/v4/users/{user_id}` (and `/users/me`)
async fn get_user(
    State(app): State<AppState>,
    session: Session,
    ApiPath(user_id): ApiPath<String>,
) -> Result<Json<User>> {
    let id = user_param(&session, &user_id)?;
    load_users(&app, &session, move |c| {
        Ok(store::get(c, &id)?.into_iter().collect())
    })
    .await?
    .pop()
    .map(Json)
    .ok_or_else(|| AppError::not_found("user"))
}

/// `GET /api/v4/users/username/{username}`
async fn get_user_by_username(
    State(app): State<AppState>,
    session: Session,
    ApiPath(username): ApiPath<String>,
) -> Result<Json<User>> {
    load_users(&app, &session, move |c| {
        Ok(store::by_username(c, &username)?.into_iter().collect())
    })
    .await?
    .pop()
    .map(Json)
    .ok_or_else(|| AppError::not_found("user"))
}

fn check_list(list: &[String], what: &str) -> Result<()> {
    if list.len() > 1000 {
        return Err(AppError::bad_request(
            "api.context.invalid_body_param.app_error",
            format!("Too many {what}: at most 1000."),
        ));
    }
    Ok(())
}

/// `POST /api/v4/users/ids`
async fn get_users_by_ids(
    State(app): State<AppState>,
    session: Session,
    ApiJson(ids): ApiJson<Vec<String>>,
) -> Result<Json<Vec<User>>> {
    check_list(&ids, "ids")?;
    Ok(Json(
        load_users(&app, &session, move |c| store::by_ids(c, &ids)).await?,
    ))
}

/// `POST /api/v4/users/usernames`
async fn get_users_by_usernames(
    State(app): State<AppState>,
    session: Session,
    ApiJson(names): ApiJson<Vec<String>>,
) -> Result<Json<Vec<User>>> {
    check_list(&names, "usernames")?;
    Ok(Json(
        load_users(&app, &session, move |c| store::by_usernames(c, &names)).await?,
    ))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct UsersQuery {
    in_team: String,
    in_channel: String,
    not_in_channel: String,
    // Not `#[serde(flatten)] Paging`: flattening breaks number parsing in query strings.
    page: u32,
    per_page: Option<u32>,
}

/// Checks that the caller may list a team's or a channel's members.
async fn check_scope(app: &AppState, session: &Session, team: &str, channel: &str) -> Result<()> {
    if !team.is_empty() {
        check_id(team, "in_team")?;
        let (t, u) = (team.to_owned(), session.user_id.clone());
        let member = app
            .db
            .read(move |c| db::teams::member(c, &t, &u))
            .await?
            .is_some();
        if !member && !is_admin(app, &session.user_id).await? {
            return Err(AppError::forbidden());
        }
    }
    if !channel.is_empty() {
        super::readable_channel(app, session, channel).await?;
    }
    Ok(())
}

/// `GET /api/v4/users?in_team=&in_channel=&not_in_channel=&page=&per_page=`
async fn get_users(
    State(app): State<AppState>,
    session: Session,
    ApiQuery(q): ApiQuery<UsersQuery>,
) -> Result<Json<Vec<User>>> {
    check_scope(&app, &session, &q.in_team, &q.in_channel).await?;
    if !q.not_in_channel.is_empty() {
        if q.in_team.is_empty() {
            return Err(AppError::invalid_param("in_team"));
        }
        check_scope(&app, &session, "", &q.not_in_channel).await?;
    }
    let paging = Paging {
        page: q.page,
        per_page: q.per_page.unwrap_or(mm_api::DEFAULT_PER_PAGE),
    };
    let cols = store::COLUMNS;
    Ok(Json(
        load_users(&app, &session, move |c| {
            let sql = format!(
                "SELECT {cols} FROM users WHERE delete_at = 0
                 AND (?1 = '' OR id IN (SELECT user_id FROM team_members WHERE team_id = ?1 AND delete_at = 0))
                 AND (?2 = '' OR id IN (SELECT user_id FROM channel_members WHERE channel_id = ?2))
                 AND (?3 = '' OR id NOT IN (SELECT user_id FROM channel_members WHERE channel_id = ?3))
                 ORDER BY username LIMIT ?4 OFFSET ?5"
            );
            let mut stmt = c.prepare(&sql)?;
            let rows = stmt.query_map(
                rusqlite::params![q.in_team, q.in_channel, q.not_in_channel, paging.limit(), paging.offset()],
                store::from_row,
            )?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
        .await?,
    ))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct AutocompleteQuery {
    in_team: String,
    in_channel: String,
    name: String,
    limit: Option<u32>,
}

/// `GET /api/v4/users/autocomplete?in_team=&in_channel=&name=&limit=`
///
/// Users whose username, names or nickname start with `name`: those in the channel, and
/// (with `in_team`) those of the team who are not.
async fn autocomplete_users(
    State(app): State<AppState>,
    session: Session,
    ApiQuery(q): ApiQuery<AutocompleteQuery>,
) -> Result<Json<UserAutocomplete>> {
    check_scope(&app, &session, &q.in_team, &q.in_channel).await?;
    let limit = i64::from(q.limit.unwrap_or(25).clamp(1, 100));
    let term = q.name.trim().trim_start_matches('@').to_lowercase();
    let like = format!(
        "{}%",
        term.replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_")
    );
    let cols = store::COLUMNS;
    let query =
        move |c: &rusqlite::Connection, scope: &str, args: [&str; 2]| -> Result<Vec<User>> {
            let sql = format!(
                "SELECT {cols} FROM users WHERE delete_at = 0 AND {scope}
             AND (username LIKE ?3 ESCAPE '\\' OR lower(first_name) LIKE ?3 ESCAPE '\\'
                  OR lower(last_name) LIKE ?3 ESCAPE '\\' OR lower(nickname) LIKE ?3 ESCAPE '\\')
             ORDER BY username LIMIT ?4"
            );
            let mut stmt = c.prepare(&sql)?;
            let rows = stmt.query_map(
                rusqlite::params![args[0], args[1], like, limit],
                store::from_row,
            )?;
            Ok(rows.collect::<Result<_, _>>()?)
        };
    let (team, channel) = (q.in_team.clone(), q.in_channel.clone());
    let admin = is_admin(&app, &session.user_id).await?;
    let (users, out) = app
        .db
        .read(move |c| {
            let in_channel = "(?1 = '' OR id IN (SELECT user_id FROM channel_members WHERE channel_id = ?1))
                AND (?2 = '' OR id IN (SELECT user_id FROM team_members WHERE team_id = ?2 AND delete_at = 0))";
            let users = query(c, in_channel, [&channel, &team])?;
            let out = if !channel.is_empty() && !team.is_empty() {
                let outside = "id NOT IN (SELECT user_id FROM channel_members WHERE channel_id = ?1)
                    AND id IN (SELECT user_id FROM team_members WHERE team_id = ?2 AND delete_at = 0)";
                Some(query(c, outside, [&channel, &team])?)
            } else {
                None
            };
            Ok((users, out))
        })
        .await?;
    let clean = |v: Vec<User>| {
        v.into_iter()
            .map(|u| sanitize(u, &session.user_id, admin))
            .collect()
    };
    Ok(Json(UserAutocomplete {
        users: clean(users),
        out_of_channel: out.map(clean),
    }))
}

/// `PUT /api/v4/users/{user_id}/patch`
async fn patch_user(
    State(app): State<AppState>,
    session: Session,
    ApiPath(user_id): ApiPath<String>,
    ApiJson(patch): ApiJson<UserPatch>,
) -> Result<Json<User>> {
    let id = user_param(&session, &user_id)?;
    require_self_or_admin(&app, &session, &id).await?;
    let user = app
        .db
        .write(move |c| {
            let mut u = store::get(c, &id)?.ok_or_else(|| AppError::not_found("user"))?;
            if let Some(name) = patch.username {
                let name = name.trim().to_lowercase();
                if !valid_username(&name) {
                    return Err(AppError::bad_request(
                        "model.user.is_valid.username.app_error",
                        "Invalid username.",
                    ));
                }
                u.username = name;
            }
            if let Some(email) = patch.email {
                if !valid_email(email.trim()) {
                    return Err(AppError::bad_request(
                        "model.user.is_valid.email.app_error",
                        "Invalid email address.",
                    ));
                }
                u.email = email.trim().to_owned();
            }
            let (name_taken, mail_taken) = store::taken(c, &u.username, &u.email, u.id.as_str())?;
            if name_taken || mail_taken {
                return Err(AppError::bad_request(
                    "app.user.save.username_exists.app_error",
                    "That username or email is taken.",
                ));
            }
            let limit = |s: String, n: usize, field: &str| -> Result<String> {
                if s.chars().count() > n {
                    Err(AppError::bad_request(
                        format!("model.user.is_valid.{field}.app_error"),
                        format!("The {field} is too long (at most {n} characters)."),
                    ))
                } else {
                    Ok(s)
                }
            };
            if let Some(v) = patch.nickname {
                u.nickname = limit(v, 64, "nickname")?;
            }
            if let Some(v) = patch.first_name {
                u.first_name = limit(v, 64, "first_name")?;
            }
            if let Some(v) = patch.last_name {
                u.last_name = limit(v, 64, "last_name")?;
            }
            if let Some(v) = patch.position {
                u.position = limit(v, 128, "position")?;
            }
            if let Some(v) = patch.locale {
                u.locale = limit(v, 32, "locale")?;
            }
            if let Some(v) = patch.props {
                u.props = v;
            }
            if let Some(v) = patch.notify_props {
                crate::notify::check_props(&v, crate::notify::Props::User)?;
                u.notify_props.extend(v);
            }
            if let Some(v) = patch.timezone {
                u.timezone = v;
            }
            u.update_at = now_ms();
            store::update(c, &u)?;
            Ok(u)
        })
        .await?;
    publish_user_updated(&app, &user);
    Ok(Json(user))
}

/// `user_updated`: the full profile to its owner, a sanitized one to everyone else.
pub fn publish_user_updated(app: &AppState, user: &User) {
    let id = user.id.as_str();
    let public = sanitize(user.clone(), "", false);
    let event = |user| WsEvent::UserUpdated {
        user: Box::new(user),
    };
    app.hub
        .publish(&Event::new(event(public), Scope::All).omit(id));
    app.hub
        .publish(&Event::new(event(user.clone()), Scope::User(id.to_owned())));
}

/// `POST /api/v4/users/status/ids`
async fn get_statuses_by_ids(
    State(app): State<AppState>,
    _session: Session,
    ApiJson(ids): ApiJson<Vec<String>>,
) -> Result<Json<Vec<mm_api::Status>>> {
    check_list(&ids, "ids")?;
    Ok(Json(ids.iter().map(|id| app.hub.status(id)).collect()))
}

/// `GET /api/v4/users/{user_id}/status`
async fn get_status(
    State(app): State<AppState>,
    session: Session,
    ApiPath(user_id): ApiPath<String>,
) -> Result<Json<mm_api::Status>> {
    let id = user_param(&session, &user_id)?;
    Ok(Json(app.hub.status(&id)))
}

/// `PUT /api/v4/users/{user_id}/status`: `online`, `away`, `dnd` or `offline`.
async fn update_status(
    State(app): State<AppState>,
    session: Session,
    ApiPath(user_id): ApiPath<String>,
    ApiJson(body): ApiJson<mm_api::Status>,
) -> Result<Json<mm_api::Status>> {
    let id = user_param(&session, &user_id)?;
    require_self_or_admin(&app, &session, &id).await?;
    if !["online", "away", "dnd", "offline"].contains(&body.status.as_str()) {
        return Err(AppError::invalid_param("status"));
    }
    app.hub.set_manual_status(&id, &body.status);
    Ok(Json(app.hub.status(&id)))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct TypingBody {
    channel_id: String,
    parent_id: String,
}

/// `POST /api/v4/users/{user_id}/typing`
async fn publish_typing(
    State(app): State<AppState>,
    session: Session,
    ApiPath(user_id): ApiPath<String>,
    ApiJson(body): ApiJson<TypingBody>,
) -> Result<Json<StatusOk>> {
    let id = user_param(&session, &user_id)?;
    if id != session.user_id {
        return Err(AppError::forbidden());
    }
    check_id(&body.channel_id, "channel_id")?;
    if !app.hub.in_channel(&body.channel_id, &id) {
        return Err(AppError::forbidden());
    }
    app.hub.publish(
        &Event::new(
            WsEvent::Typing {
                channel_id: body.channel_id.as_str().into(),
                parent_id: body.parent_id.as_str().into(),
                user_id: id.as_str().into(),
            },
            Scope::Channel(body.channel_id),
        )
        .omit(&id),
    );
    Ok(Json(StatusOk::ok()))
}

async fn own_preferences(
    app: &AppState,
    session: &Session,
    user_id: &str,
    category: Option<String>,
) -> Result<Vec<Preference>> {
    let id = user_param(session, user_id)?;
    require_self_or_admin(app, session, &id).await?;
    app.db
        .read(move |c| store::preferences(c, &id, category.as_deref()))
        .await
}

/// `GET /api/v4/users/{user_id}/preferences`
async fn get_preferences(
    State(app): State<AppState>,
    session: Session,
    ApiPath(user_id): ApiPath<String>,
) -> Result<Json<Vec<Preference>>> {
    Ok(Json(own_preferences(&app, &session, &user_id, None).await?))
}

/// `GET /api/v4/users/{user_id}/preferences/{category}`
async fn get_preferences_by_category(
    State(app): State<AppState>,
    session: Session,
    ApiPath((user_id, category)): ApiPath<(String, String)>,
) -> Result<Json<Vec<Preference>>> {
    Ok(Json(
        own_preferences(&app, &session, &user_id, Some(category)).await?,
    ))
}

/// `GET /api/v4/users/{user_id}/preferences/{category}/name/{name}`
async fn get_preference(
    State(app): State<AppState>,
    session: Session,
    ApiPath((user_id, category, name)): ApiPath<(String, String, String)>,
) -> Result<Json<Preference>> {
    own_preferences(&app, &session, &user_id, Some(category))
        .await?
        .into_iter()
        .find(|p| p.name == name)
        .map(Json)
        .ok_or_else(|| AppError::not_found("preference"))
}

/// Checks a list of preferences for a user: 1 to 100, all of that user, fields bounded.
fn check_preferences(prefs: &[Preference], user_id: &str) -> Result<()> {
    if prefs.is_empty() || prefs.len() > 100 {
        return Err(AppError::bad_request(
            "api.preference.update_preferences.count.app_error",
            "Send between 1 and 100 preferences.",
        ));
    }
    for p in prefs {
        if p.user_id.as_str() != user_id {
            return Err(AppError::forbidden());
        }
        if p.category.is_empty()
            || p.category.len() > 32
            || p.name.len() > 32
            || p.value.len() > 2000
        {
            return Err(AppError::bad_request(
                "model.preference.is_valid.app_error",
                "Invalid preference: category 1-32, name up to 32, value up to 2000 characters.",
            ));
        }
    }
    Ok(())
}

/// `PUT /api/v4/users/{user_id}/preferences`
async fn update_preferences(
    State(app): State<AppState>,
    session: Session,
    ApiPath(user_id): ApiPath<String>,
    ApiJson(prefs): ApiJson<Vec<Preference>>,
) -> Result<Json<StatusOk>> {
    let id = user_param(&session, &user_id)?;
    require_self_or_admin(&app, &session, &id).await?;
    check_preferences(&prefs, &id)?;
    let saved = prefs.clone();
    app.db
        .write(move |c| store::save_preferences(c, &saved))
        .await?;
    app.hub.publish(&Event::new(
        WsEvent::PreferencesChanged { preferences: prefs },
        Scope::User(id),
    ));
    Ok(Json(StatusOk::ok()))
}

/// `POST /api/v4/users/{user_id}/preferences/delete`
async fn delete_preferences(
    State(app): State<AppState>,
    session: Session,
    ApiPath(user_id): ApiPath<String>,
    ApiJson(prefs): ApiJson<Vec<Preference>>,
) -> Result<Json<StatusOk>> {
    let id = user_param(&session, &user_id)?;
    require_self_or_admin(&app, &session, &id).await?;
    check_preferences(&prefs, &id)?;
    let gone = prefs.clone();
    app.db
        .write(move |c| store::delete_preferences(c, &gone))
        .await?;
    app.hub.publish(&Event::new(
        WsEvent::PreferencesDeleted { preferences: prefs },
        Scope::User(id),
    ));
    Ok(Json(StatusOk::ok()))
}
