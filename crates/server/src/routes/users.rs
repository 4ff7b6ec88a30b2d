//! Accounts, sessions, profiles, statuses and preferences.

use std::net::SocketAddr;
use std::time::Duration;

use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
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
use crate::throttle;
use crate::util::{Paging, check_id, like_escape, new_id, now_ms};
use mm_api::websocket::Event as WsEvent;

/// Shortest password accepted.
pub const MIN_PASSWORD: usize = 8;
const MAX_PASSWORD: usize = 256;
/// Preferences an account keeps, at most (each is up to 2,000 characters).
const MAX_PREFERENCES: usize = 1_000;
/// Keys of a user's `props` or `timezone`, at most.
const MAX_PROPS: usize = 50;
/// Bytes of a user's `props` (keys and values), at most: every change is sent to everyone.
const MAX_PROPS_BYTES: usize = 8 << 10;
/// The longest login id: an e-mail address (usernames are shorter).
const MAX_LOGIN_ID: usize = MAX_EMAIL;
/// The longest e-mail address, as Mattermost's.
const MAX_EMAIL: usize = 128;
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
        .route("/users/search", post(search_users))
        .route("/users/status/ids", post(get_statuses_by_ids))
        .route("/users/username/{username}", get(get_user_by_username))
        .route("/users/{user_id}", get(get_user).put(update_user))
        .route("/users/{user_id}/patch", put(patch_user))
        .route("/users/{user_id}/roles", put(update_user_roles))
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

pub(super) fn valid_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    email.len() <= MAX_EMAIL
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
    /// An e-mail invitation's token.
    t: String,
}

/// `POST /api/v4/users`
///
/// The first account becomes system admin. Later ones need the team's invite id
/// (`?iid=`), an e-mail invitation (`?t=`, which sets the address), open sign-up, or a
/// system admin's session.
async fn create_user(
    State(app): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ApiQuery(q): ApiQuery<SignupQuery>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<CreateUser>,
) -> Result<Response> {
    check_password(&body.password)?;
    let now = now_ms();
    let user = User {
        id: UserId(new_id()),
        create_at: now,
        update_at: now,
        username: body.username.trim().to_lowercase(),
        email: crate::util::fold_email(&body.email),
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
    check_profile(&user)?;
    let caller_is_admin = match auth::optional_session(&app, &headers, &Method::POST).await? {
        Some(s) => is_admin(&app, &s.user_id).await?,
        None => false,
    };
    let open = app.config.open_signup;
    let iid = q.iid;
    let token = q.t;
    let mut user = user;
    // Everything that can refuse is checked before the password is hashed.
    if !token.is_empty() {
        let t = token.clone();
        let invitation = app
            .db
            .read(move |c| super::invites::usable_invitation(c, &t))
            .await?;
        user.email = invitation.email;
    }
    let (name, mail, i) = (user.username.clone(), user.email.clone(), iid.clone());
    let t = token.clone();
    app.db
        .read(move |c| {
            if t.is_empty() {
                signup_team(c, &i, open, caller_is_admin)?;
            }
            check_taken(c, &name, &mail, "")
        })
        .await?;
    if !caller_is_admin {
        let address = throttle::address_key(throttle::client_ip(
            peer,
            &headers,
            &app.config.trusted_proxies,
        ));
        let key = format!("address|{address}");
        let rule = throttle::Rule {
            key: &key,
            max: app.config.max_login_attempts_per_address,
        };
        let window = Duration::from_secs(app.config.login_window_secs);
        app.login_limiter
            .attempt(&[rule], window)
            .map_err(|refused| {
                AppError::too_many_requests(
                    "api.user.create_user.too_many.app_error",
                    format!(
                        "Too many sign-ups from this address. Try again in {} seconds.",
                        refused.wait
                    ),
                    refused,
                )
            })?;
    }
    let hash = auth::hash_password(&app, body.password.clone()).await?;
    let (user, joined) = app
        .db
        .write(move |c| {
            let mut user = user;
            let invitation = if token.is_empty() {
                None
            } else {
                Some(super::invites::usable_invitation(c, &token)?)
            };
            let (first, team) = match &invitation {
                Some(i) => (false, db::teams::get(c, i.team_id.as_str())?),
                None => signup_team(c, &iid, open, caller_is_admin)?,
            };
            check_taken(c, &user.username, &user.email, "")?;
            user.roles = if first {
                "system_user system_admin"
            } else {
                "system_user"
            }
            .to_owned();
            store::insert(c, &user, &hash)?;
            if let Some(i) = &invitation {
                db::trust::use_invitation(c, &i.id, user.id.as_str(), now)?;
            }
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

/// Whether the new account is the first one, and the team it joins; or why it may not be
/// made. The first account, open sign-up and a valid invite join a team; a system admin may
/// make an account without one.
fn signup_team(
    c: &rusqlite::Connection,
    iid: &str,
    open: bool,
    caller_is_admin: bool,
) -> Result<(bool, Option<mm_api::Team>)> {
    let first = store::count(c)? == 0;
    if !iid.is_empty() {
        let team = db::teams::by_invite(c, iid)?.ok_or_else(|| {
            AppError::bad_request(
                "api.user.create_user.signup_link_invalid.app_error",
                "The invite link is invalid.",
            )
        })?;
        return Ok((first, Some(team)));
    }
    if first || open {
        return Ok((first, db::teams::first(c)?));
    }
    if caller_is_admin {
        return Ok((first, None));
    }
    Err(AppError::new(
        StatusCode::FORBIDDEN,
        "api.user.create_user.no_open_server",
        "This server does not allow open sign-up. Ask for an invite link.",
    ))
}

/// Refuses a username or e-mail address another account (not `except`) has.
pub(super) fn check_taken(
    c: &rusqlite::Connection,
    username: &str,
    email: &str,
    except: &str,
) -> Result<()> {
    let (name_taken, mail_taken) = store::taken(c, username, email, except)?;
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
    Ok(())
}

/// The limits of a profile, as Mattermost's, checked on sign-up and on every edit.
pub(super) fn check_profile(u: &User) -> Result<()> {
    if !valid_username(&u.username) {
        return Err(AppError::bad_request(
            "model.user.is_valid.username.app_error",
            "Usernames have 3 to 22 characters: lowercase letters, digits, '.', '-' and '_', starting with a letter.",
        ));
    }
    if !valid_email(&u.email) {
        return Err(AppError::bad_request(
            "model.user.is_valid.email.app_error",
            "Invalid email address.",
        ));
    }
    let long = |field: &str, n: usize| {
        AppError::bad_request(
            format!("model.user.is_valid.{field}.app_error"),
            format!("The {field} is too long (at most {n} characters)."),
        )
    };
    for (field, value, max) in [
        ("nickname", &u.nickname, 64),
        ("first_name", &u.first_name, 64),
        ("last_name", &u.last_name, 64),
        ("position", &u.position, 128),
        ("locale", &u.locale, 5),
    ] {
        if value.chars().count() > max {
            return Err(long(field, max));
        }
    }
    for (field, map, max) in [
        ("props", &u.props, MAX_PROPS_BYTES),
        ("timezone", &u.timezone, 1024),
    ] {
        let size: usize = map.iter().map(|(k, v)| k.len() + v.len()).sum();
        if map.len() > MAX_PROPS || size > max {
            return Err(long(field, max));
        }
    }
    crate::notify::check_props(&u.notify_props, crate::notify::Props::User)
}

/// Default notification settings, as Mattermost's.
pub(super) fn default_notify_props() -> mm_api::StringMap {
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
/// sets the session cookies. Too many failures for an account, from an address, or both,
/// get 429 before the password is checked.
async fn login(
    State(app): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    origin: crate::audit::Origin,
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
    // No account has a longer login id: refuse it before any work, and before it is a key.
    if login_id.len() > MAX_LOGIN_ID {
        return Err(invalid_credentials());
    }
    let address = throttle::address_key(throttle::client_ip(
        peer,
        &headers,
        &app.config.trusted_proxies,
    ));
    let login_key = login_id.to_lowercase();
    let keys = [
        format!("{address}|{login_key}"),
        format!("account|{login_key}"),
        format!("address|{address}"),
    ];
    let max = app.config.max_login_attempts;
    let rules = [
        throttle::Rule { key: &keys[0], max },
        throttle::Rule {
            key: &keys[1],
            max: max.saturating_mul(4),
        },
        throttle::Rule {
            key: &keys[2],
            max: app.config.max_login_attempts_per_address,
        },
    ];
    let window = Duration::from_secs(app.config.login_window_secs);
    // The password was not checked (the hasher was busy): not an attempt on the account,
    // but still one from the address, which is the one flooding.
    let busy = |keys: &[String; 3]| {
        app.login_limiter.refund(&keys[0]);
        app.login_limiter.refund(&keys[1]);
    };
    app.login_limiter
        .attempt(&rules, window)
        .map_err(|refused| {
            AppError::too_many_requests(
                "api.user.check_user_login_attempts.too_many.app_error",
                format!(
                    "Too many failed log-in attempts. Try again in {} seconds.",
                    refused.wait
                ),
                refused,
            )
        })?;
    let lookup_id = login_id.clone();
    let creds = app
        .db
        .read(move |c| store::credentials(c, &lookup_id))
        .await?;
    if creds.as_ref().is_some_and(|(_, hash)| hash.is_empty()) {
        busy(&keys);
        return Err(AppError::new(
            StatusCode::UNAUTHORIZED,
            "api.user.login.bot_login_forbidden.app_error",
            "Bots sign in with a personal access token, not a password.",
        ));
    }
    // Unknown accounts cost the same work, so timing does not reveal which exist.
    let (user_id, hash) = match creds {
        Some((id, hash)) => (Some(id), hash),
        None => match dummy_hash(&app).await {
            Ok(hash) => (None, hash),
            Err(e) => {
                busy(&keys);
                return Err(e);
            }
        },
    };
    let matches = match auth::verify_password(&app, body.password.clone(), hash).await {
        Ok(m) => m,
        Err(e) => {
            busy(&keys);
            return Err(e);
        }
    };
    let Some(user_id) = user_id.clone().filter(|_| matches) else {
        if let Some(id) = &user_id {
            let extra = "reason=password".to_owned();
            crate::audit::record(&app, id, "login_failure", extra, &origin, "").await;
        }
        return Err(invalid_credentials());
    };
    if app.config.enable_mfa {
        let id = user_id.clone();
        let state = app.db.read(move |c| db::trust::mfa(c, &id)).await?;
        if state.is_some_and(|s| s.active) {
            // The password was right: not a failed guess. Codes have their own limit.
            busy(&keys);
            if body.token.trim().is_empty() {
                return Err(AppError::bad_request(
                    "mfa.validate_token.authenticate.app_error",
                    "Enter the code from your authenticator app.",
                ));
            }
            if let Err(e) = super::mfa::check_code(&app, &user_id, &body.token).await {
                let extra = "reason=mfa".to_owned();
                crate::audit::record(&app, &user_id, "login_failure", extra, &origin, "").await;
                return Err(e);
            }
        }
    }
    app.login_limiter.forget(&keys[0]);
    app.login_limiter.forget(&keys[1]);
    app.login_limiter.refund(&keys[2]);
    let (token, session) = auth::create_session(&app, &user_id, origin.device()).await?;
    crate::audit::record(&app, &user_id, "login", String::new(), &origin, &session.id).await;
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
        let secure = app.config.site_url.starts_with("https://")
            || headers
                .get("x-forwarded-proto")
                .and_then(|v| v.to_str().ok())
                == Some("https");
        let max_age = app.config.session_length_days * 24 * 3600;
        // Over HTTPS the session cookie is `__Host-`: no subdomain can set or shadow it.
        let token_cookie = if secure {
            auth::COOKIE_TOKEN_HOST
        } else {
            COOKIE_TOKEN
        };
        for (name, value, http_only) in [
            (token_cookie, token.as_str(), true),
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

fn invalid_credentials() -> AppError {
    AppError::new(
        StatusCode::UNAUTHORIZED,
        "api.user.login.invalid_credentials_email_username",
        "Enter a valid email or username and/or password.",
    )
}

/// A hash to verify against for unknown accounts, made once.
async fn dummy_hash(app: &AppState) -> Result<String> {
    static HASH: tokio::sync::OnceCell<String> = tokio::sync::OnceCell::const_new();
    HASH.get_or_try_init(|| auth::hash_password(app, new_id()))
        .await
        .cloned()
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

/// `POST /api/v4/users/logout`: revokes the session and clears the cookies. Without a
/// session it answers 200 too (Matterbridge checks the server is up this way); a cookie
/// without the CSRF header is refused, so that another site cannot log the user out.
async fn logout(State(app): State<AppState>, headers: HeaderMap) -> Result<Response> {
    if let Some(s) = auth::optional_session(&app, &headers, &Method::POST).await? {
        auth::revoke_session(&app, &s.id).await?;
    }
    let mut res = Json(StatusOk::ok()).into_response();
    for name in [COOKIE_TOKEN, COOKIE_USER, COOKIE_CSRF] {
        res.headers_mut()
            .append(header::SET_COOKIE, set_cookie(name, "", 0, false, false)?);
    }
    res.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(auth::COOKIE_TOKEN_HOST, "", 0, true, true)?,
    );
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

/// `GET /api/v4/users/{user_id}` (and `/users/me`): for the user and system admins, with
/// the code of conduct they accepted (`terms_of_service_id`, `terms_of_service_create_at`),
/// which Mattermost's apps compare with the client config's `CustomTermsOfServiceId`.
async fn get_user(
    State(app): State<AppState>,
    session: Session,
    ApiPath(user_id): ApiPath<String>,
) -> Result<Json<serde_json::Value>> {
    let id = user_param(&session, &user_id)?;
    let i = id.clone();
    let user = load_users(&app, &session, move |c| {
        Ok(store::get(c, &i)?.into_iter().collect())
    })
    .await?
    .pop()
    .ok_or_else(|| AppError::not_found("user"))?;
    let mut json = serde_json::to_value(&user).map_err(AppError::internal)?;
    if (id == session.user_id || is_admin(&app, &session.user_id).await?)
        && let Some((terms, at)) = app.db.read(move |c| db::trust::user_terms(c, &id)).await?
    {
        json["terms_of_service_id"] = terms.into();
        json["terms_of_service_create_at"] = at.into();
    }
    Ok(Json(json))
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

/// The `LIKE` pattern of a name being looked up: its start, `@` and case aside.
fn name_prefix(term: &str) -> String {
    format!(
        "{}%",
        like_escape(&term.trim().trim_start_matches('@').to_lowercase())
    )
}

/// The SQL that matches a user's username, first or last name or nickname against the
/// pattern parameter `p` (from [`name_prefix`]).
fn names_match(p: &str) -> String {
    format!(
        "(username LIKE {p} ESCAPE '\\' OR lower(first_name) LIKE {p} ESCAPE '\\'
          OR lower(last_name) LIKE {p} ESCAPE '\\' OR lower(nickname) LIKE {p} ESCAPE '\\')"
    )
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
    let like = name_prefix(&q.name);
    let cols = store::COLUMNS;
    let query =
        move |c: &rusqlite::Connection, scope: &str, args: [&str; 2]| -> Result<Vec<User>> {
            let sql = format!(
                "SELECT {cols} FROM users WHERE delete_at = 0 AND {scope} AND {names}
             ORDER BY username LIMIT ?4",
                names = names_match("?3"),
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

/// `POST /api/v4/users/search` `{term, team_id?, in_channel_id?, allow_inactive?, limit?}`:
/// users whose username, names or nickname (and, for system admins, e-mail) start with the
/// term; deactivated ones too if a system admin asks.
async fn search_users(
    State(app): State<AppState>,
    session: Session,
    ApiJson(q): ApiJson<mm_api::UserSearch>,
) -> Result<Json<Vec<User>>> {
    if q.term.chars().count() > 64 {
        return Err(AppError::invalid_param("term"));
    }
    check_scope(&app, &session, &q.team_id, &q.in_channel_id).await?;
    let admin = is_admin(&app, &session.user_id).await?;
    let limit = i64::from(if q.limit == 0 { 100 } else { q.limit.min(100) });
    let like = name_prefix(&q.term);
    let inactive = admin && q.allow_inactive;
    let cols = store::COLUMNS;
    load_users(&app, &session, move |c| {
        let sql = format!(
            "SELECT {cols} FROM users WHERE (delete_at = 0 OR ?1)
             AND (?2 = '' OR id IN (SELECT user_id FROM team_members WHERE team_id = ?2 AND delete_at = 0))
             AND (?3 = '' OR id IN (SELECT user_id FROM channel_members WHERE channel_id = ?3))
             AND ({names} OR (?5 AND email LIKE ?4 ESCAPE '\\'))
             ORDER BY username LIMIT ?6",
            names = names_match("?4"),
        );
        let mut stmt = c.prepare(&sql)?;
        let rows = stmt.query_map(
            rusqlite::params![inactive, q.team_id, q.in_channel_id, like, admin, limit],
            store::from_row,
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    })
    .await
    .map(Json)
}

/// `PUT /api/v4/users/{user_id}`: the whole user, as Go clients send it; the fields a
/// patch may change are changed.
async fn update_user(
    app: State<AppState>,
    session: Session,
    ApiPath(user_id): ApiPath<String>,
    ApiJson(body): ApiJson<serde_json::Value>,
) -> Result<Json<User>> {
    let id = user_param(&session, &user_id)?;
    let patch = super::whole_update(body, &id)?;
    patch_user(app, session, ApiPath(user_id), ApiJson(patch)).await
}

mm_api::object! {
#[derive(Debug, Default)]
pub struct RolesBody {
    pub roles: String,
}
}

/// `PUT /api/v4/users/{user_id}/roles`: `{roles}`, by a system admin. Every account is a
/// `system_user`; `system_admin` and `system_user_access_token` (may make personal access
/// tokens) are added or taken away.
async fn update_user_roles(
    State(app): State<AppState>,
    session: Session,
    origin: crate::audit::Origin,
    ApiPath(user_id): ApiPath<String>,
    ApiJson(body): ApiJson<RolesBody>,
) -> Result<Json<StatusOk>> {
    let id = user_param(&session, &user_id)?;
    if !is_admin(&app, &session.user_id).await? {
        return Err(AppError::forbidden());
    }
    let known = ["system_user", "system_admin", super::bots::TOKEN_ROLE];
    let mut roles: Vec<&str> = body.roles.split_whitespace().collect();
    if roles.iter().any(|r| !known.contains(r)) || !roles.contains(&"system_user") {
        return Err(AppError::invalid_param("roles"));
    }
    roles.sort_unstable();
    roles.dedup();
    let roles = roles.join(" ");
    let user = app
        .db
        .write(move |c| {
            let mut user = store::get(c, &id)?.ok_or_else(|| AppError::not_found("user"))?;
            user.roles = roles;
            user.update_at = now_ms();
            store::set_roles(c, user.id.as_str(), &user.roles, user.update_at)?;
            Ok(user)
        })
        .await?;
    let extra = format!("user_id={} roles={}", user.id.as_str(), user.roles);
    crate::audit::record(
        &app,
        &session.user_id,
        "update_roles",
        extra,
        &origin,
        &session.id,
    )
    .await;
    publish_user_updated(&app, &user);
    Ok(Json(StatusOk::ok()))
}

/// `PUT /api/v4/users/{user_id}/patch`
async fn patch_user(
    State(app): State<AppState>,
    session: Session,
    ApiPath(user_id): ApiPath<String>,
    ApiJson(patch): ApiJson<UserPatch>,
) -> Result<Json<User>> {
    let id = user_param(&session, &user_id)?;
    let admin = is_admin(&app, &session.user_id).await?;
    if id != session.user_id && !admin {
        return Err(AppError::forbidden());
    }
    // A new e-mail address takes the account's password, unless an admin changes it: a
    // stolen session must not be enough to take the account over by a reset.
    if let Some(email) = &patch.email
        && !admin
    {
        let (uid, email) = (id.clone(), crate::util::fold_email(email));
        let current = app.db.read(move |c| store::get(c, &uid)).await?;
        if current.is_some_and(|u| u.email != email) {
            check_own_password(&app, &id, patch.password.as_deref().unwrap_or_default()).await?;
        }
    }
    let user = app
        .db
        .write(move |c| {
            let mut u = store::get(c, &id)?.ok_or_else(|| AppError::not_found("user"))?;
            let UserPatch {
                username,
                nickname,
                first_name,
                last_name,
                position,
                email,
                locale,
                props,
                notify_props,
                timezone,
                password: _,
            } = patch;
            if let Some(v) = username {
                u.username = v.trim().to_lowercase();
            }
            if let Some(v) = email {
                u.email = crate::util::fold_email(&v);
            }
            u.nickname = nickname.unwrap_or(u.nickname);
            u.first_name = first_name.unwrap_or(u.first_name);
            u.last_name = last_name.unwrap_or(u.last_name);
            u.position = position.unwrap_or(u.position);
            u.locale = locale.unwrap_or(u.locale);
            u.props = props.unwrap_or(u.props);
            u.timezone = timezone.unwrap_or(u.timezone);
            if let Some(v) = notify_props {
                u.notify_props.extend(v);
            }
            // The whole profile, after the patch: limits hold on totals, not only on the patch.
            check_profile(&u)?;
            check_taken(c, &u.username, &u.email, u.id.as_str())?;
            u.update_at = now_ms();
            store::update(c, &u)?;
            Ok(u)
        })
        .await?;
    publish_user_updated(&app, &user);
    Ok(Json(user))
}

/// Checks the caller's own password, limited like log-ins (401 when wrong).
async fn check_own_password(app: &AppState, user_id: &str, password: &str) -> Result<()> {
    let key = format!("account|{user_id}");
    let rule = throttle::Rule {
        key: &key,
        max: app.config.max_login_attempts,
    };
    let window = Duration::from_secs(app.config.login_window_secs);
    app.login_limiter
        .attempt(&[rule], window)
        .map_err(|refused| {
            AppError::too_many_requests(
                "api.user.check_user_login_attempts.too_many.app_error",
                format!(
                    "Too many wrong passwords. Try again in {} seconds.",
                    refused.wait
                ),
                refused,
            )
        })?;
    let uid = user_id.to_owned();
    let hash = app
        .db
        .read(move |c| store::password_hash(c, &uid))
        .await?
        .unwrap_or_default();
    if password.is_empty() || !auth::verify_password(app, password.to_owned(), hash).await? {
        return Err(AppError::new(
            StatusCode::UNAUTHORIZED,
            "api.user.check_user_password.invalid.app_error",
            "Your current password is needed to change your e-mail address, and it was wrong.",
        ));
    }
    app.login_limiter.forget(&key);
    Ok(())
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
pub(super) async fn update_status(
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

mm_api::object! {
#[derive(Debug, Default)]
pub struct TypingBody {
    pub channel_id: String,
    pub parent_id: String,
}
}

/// Tells a channel's other members that a member is typing (in a thread, with
/// `parent_id`): the one rule for the HTTP route and the WebSocket action.
pub fn relay_typing(
    app: &AppState,
    user_id: &str,
    channel_id: &str,
    parent_id: &str,
) -> Result<()> {
    check_id(channel_id, "channel_id")?;
    if !parent_id.is_empty() {
        check_id(parent_id, "parent_id")?;
    }
    if !app.hub.in_channel(channel_id, user_id) {
        return Err(AppError::forbidden());
    }
    app.hub.publish(
        &Event::new(
            WsEvent::Typing {
                channel_id: channel_id.into(),
                parent_id: parent_id.into(),
                user_id: user_id.into(),
            },
            Scope::Channel(channel_id.to_owned()),
        )
        .omit(user_id),
    );
    Ok(())
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
    relay_typing(&app, &id, &body.channel_id, &body.parent_id)?;
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
        .write(move |c| {
            store::save_preferences(c, &saved)?;
            let n: usize = c.query_row(
                "SELECT count(*) FROM preferences WHERE user_id = ?",
                [saved[0].user_id.as_str()],
                |r| r.get(0),
            )?;
            if n > MAX_PREFERENCES {
                return Err(AppError::bad_request(
                    "api.preference.update_preferences.count.app_error",
                    format!("An account keeps at most {MAX_PREFERENCES} preferences."),
                ));
            }
            Ok(())
        })
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
