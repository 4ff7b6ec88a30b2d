//! Invitations by e-mail: one-time links, valid 48 hours, naming who invited, in the
//! invitee's language where known. Members may invite unless `members_may_invite` is off.

use std::time::Duration;

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post};
use axum::{Json, Router};
use lettre::AsyncTransport;
use lettre::message::{Mailbox, MultiPart};
use mm_api::{EmailInviteResult, Invitation, StatusOk};
use serde::Deserialize;

use super::is_admin;
use crate::AppState;
use crate::audit::{self, Origin};
use crate::auth::Session;
use crate::db::{self, trust};
use crate::error::{ApiJson, ApiPath, ApiQuery, AppError, Result};
use crate::text::Texts;
use crate::throttle;
use crate::util::{check_id, new_id, now_ms, sha256_hex};

/// How long an invitation link works.
pub const INVITATION_TTL_MS: i64 = 48 * 3600 * 1000;
/// Invitations one person may send per hour.
const PER_HOUR: u32 = 20;

/// The invitation routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/teams/{team_id}/invite/email", post(invite_users_by_email))
        .route("/teams/{team_id}/invitations", get(get_invitations))
        .route(
            "/teams/{team_id}/invitations/{invitation_id}",
            delete(revoke_invitation),
        )
        .route("/teams/invites/email", delete(revoke_all_invitations))
}

/// Whether the caller may invite to a team, and whether they administer it: 404 for a team
/// that does not exist, 403 for one they are not in (or may not invite to).
pub async fn may_invite(app: &AppState, session: &Session, team_id: &str) -> Result<bool> {
    check_id(team_id, "team_id")?;
    let (t, u) = (team_id.to_owned(), session.user_id.clone());
    let (exists, member) = app
        .db
        .read(move |c| {
            Ok((
                db::teams::get(c, &t)?.is_some(),
                db::teams::member(c, &t, &u)?,
            ))
        })
        .await?;
    if !exists {
        return Err(AppError::not_found("team"));
    }
    let admin =
        is_admin(app, &session.user_id).await? || member.as_ref().is_some_and(|m| m.scheme_admin);
    if admin || (member.is_some() && app.config.members_may_invite) {
        Ok(admin)
    } else {
        Err(AppError::forbidden())
    }
}

/// The body: a JSON array of addresses, or `{emails, locale?}`.
#[derive(Deserialize)]
#[serde(untagged)]
enum InviteBody {
    List(Vec<String>),
    Object {
        #[serde(default)]
        emails: Vec<String>,
        /// The language of the e-mail when the address has no account (ours).
        #[serde(default)]
        locale: String,
    },
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct GracefulQuery {
    graceful: bool,
}

fn invite_error(id: &'static str, message: &'static str) -> AppError {
    AppError::bad_request(id, message)
}

/// `POST /api/v4/teams/{team_id}/invite/email[?graceful=true]`: e-mails each address a
/// one-time link to join the team, valid 48 hours. At most 20 per sender per hour. With
/// `graceful`, answers each address's result; otherwise `{"status":"OK"}` or the first
/// error.
async fn invite_users_by_email(
    State(app): State<AppState>,
    session: Session,
    origin: Origin,
    headers: HeaderMap,
    ApiPath(team_id): ApiPath<String>,
    ApiQuery(q): ApiQuery<GracefulQuery>,
    ApiJson(body): ApiJson<InviteBody>,
) -> Result<Response> {
    may_invite(&app, &session, &team_id).await?;
    // Mattermost answers 501; a 4xx says it is no fault of the server's.
    let Some(mailer) = app
        .mailer
        .clone()
        .filter(|_| app.config.enable_email_invitations)
    else {
        return Err(AppError::new(
            StatusCode::FORBIDDEN,
            "api.team.invite_members.disabled.app_error",
            "Invitations by e-mail are turned off on this server.",
        ));
    };
    let (emails, locale) = match body {
        InviteBody::List(emails) => (emails, String::new()),
        InviteBody::Object { emails, locale } => (emails, locale),
    };
    if emails.is_empty() {
        return Err(AppError::invalid_param("emails"));
    }
    if emails.len() > PER_HOUR as usize {
        return Err(AppError::bad_request(
            "api.team.invite_members.too_many.app_error",
            format!("Invite at most {PER_HOUR} people at a time."),
        ));
    }
    let site = site(&app, &headers);
    let (t, inviter_id) = (team_id.clone(), session.user_id.clone());
    let (team, inviter) = app
        .db
        .read(move |c| Ok((db::teams::get(c, &t)?, db::users::get(c, &inviter_id)?)))
        .await?;
    let (Some(team), Some(inviter)) = (team, inviter) else {
        return Err(AppError::not_found("team"));
    };
    let mut results = Vec::new();
    let mut sent = 0;
    for raw in emails {
        let email = crate::util::fold_email(&raw);
        let outcome = invite_one(
            &app, &mailer, &session, &team, &inviter, &email, &locale, &site,
        )
        .await;
        if outcome.is_ok() {
            sent += 1;
        }
        results.push((email, outcome));
    }
    if sent > 0 {
        let extra = format!("team_id={team_id} count={sent}");
        audit::record(
            &app,
            &session.user_id,
            "invite",
            extra,
            &origin,
            &session.id,
        )
        .await;
    }
    if q.graceful {
        let list: Vec<EmailInviteResult> = results
            .into_iter()
            .map(|(email, r)| EmailInviteResult {
                email,
                error: r.err().map(|e| mm_api::ApiError {
                    id: e.id.into_owned(),
                    message: e.message.into_owned(),
                    status_code: e.status.as_u16(),
                    ..Default::default()
                }),
            })
            .collect();
        return Ok(Json(list).into_response());
    }
    for (_, r) in results {
        r?;
    }
    Ok(Json(StatusOk::ok()).into_response())
}

/// The site's address for links: the configured one, or the one the request came to.
fn site(app: &AppState, headers: &HeaderMap) -> String {
    if !app.config.site_url.is_empty() {
        return app.config.site_url.trim_end_matches('/').to_owned();
    }
    let host = headers
        .get("host")
        .and_then(|h| h.to_str().ok())
        .unwrap_or("localhost");
    format!("http://{host}")
}

/// Stores and sends one invitation.
#[allow(clippy::too_many_arguments)]
async fn invite_one(
    app: &AppState,
    mailer: &crate::notify::email::Mailer,
    session: &Session,
    team: &mm_api::Team,
    inviter: &mm_api::User,
    email: &str,
    locale: &str,
    site: &str,
) -> Result<()> {
    if !super::users::valid_email(email) {
        return Err(invite_error(
            "model.user.is_valid.email.app_error",
            "Invalid email address.",
        ));
    }
    let (t, e) = (team.id.0.clone(), email.to_owned());
    let existing = app
        .db
        .read(move |c| {
            let user: Option<String> = rusqlite::OptionalExtension::optional(c.query_row(
                "SELECT id FROM users WHERE email = ?",
                [&e],
                |r| r.get(0),
            ))?;
            let Some(user) = user else {
                return Ok(None);
            };
            let member = db::teams::member(c, &t, &user)?.is_some();
            Ok(Some((db::users::get(c, &user)?, member)))
        })
        .await?;
    if existing.as_ref().is_some_and(|(_, member)| *member) {
        return Err(invite_error(
            "api.team.invite_members.already_member.app_error",
            "This person is already a member of the team.",
        ));
    }
    let key = format!("invite|{}", session.user_id);
    let rule = throttle::Rule {
        key: &key,
        max: PER_HOUR,
    };
    app.login_limiter
        .attempt(&[rule], Duration::from_secs(3600))
        .map_err(|refused| {
            AppError::too_many_requests(
                "api.team.invite_members.rate_limited.app_error",
                format!(
                    "You sent {PER_HOUR} invitations this hour. Try again in {} minutes.",
                    refused.wait.div_ceil(60)
                ),
                refused,
            )
        })?;
    // The invitee's language if they have an account, else the one the inviter chose.
    let locale = existing
        .as_ref()
        .and_then(|(u, _)| u.as_ref())
        .map_or(locale.to_owned(), |u| u.locale.clone());
    let token = new_id();
    let now = now_ms();
    let invitation = Invitation {
        id: new_id(),
        team_id: team.id.clone(),
        email: email.to_owned(),
        inviter_id: inviter.id.clone(),
        create_at: now,
        expires_at: now + INVITATION_TTL_MS,
        used_at: 0,
        user_id: Default::default(),
    };
    let (i, hash) = (invitation.clone(), sha256_hex(&token));
    app.db
        .write(move |c| trust::insert_invitation(c, &i, &hash))
        .await?;
    let data = serde_json::json!({
        "email": email,
        "display_name": team.display_name,
        "name": team.name,
        "inviter": inviter.username,
    });
    let mut link =
        url::Url::parse(&format!("{site}/signup_user_complete/")).map_err(AppError::internal)?;
    link.query_pairs_mut()
        .append_pair("d", &data.to_string())
        .append_pair("t", &token);
    if !locale.is_empty() {
        link.query_pairs_mut().append_pair("lang", &locale);
    }
    let message = compose(
        app,
        &Texts::new(app, &locale),
        team,
        inviter,
        email,
        link.as_str(),
    )
    .map_err(|e| AppError::internal(format!("invitation e-mail: {e}")))?;
    if let Err(e) = mailer.send(message).await {
        let id = invitation.id.clone();
        let _ = app
            .db
            .write(move |c| trust::revoke_invitation(c, &id))
            .await;
        tracing::warn!("cannot send an invitation: {e}");
        return Err(AppError::new(
            StatusCode::BAD_GATEWAY,
            "api.team.invite_members.send.app_error",
            "The mail server refused the invitation. Try again later.",
        ));
    }
    Ok(())
}

/// The invitation e-mail: who invites you to what, and the link.
fn compose(
    app: &AppState,
    texts: &Texts,
    team: &mm_api::Team,
    inviter: &mm_api::User,
    email: &str,
    link: &str,
) -> std::result::Result<lettre::Message, String> {
    let smtp = app.config.smtp.as_ref().ok_or("no SMTP")?;
    let who = inviter.display_name();
    let args = [
        ("inviter", who.as_str()),
        ("username", inviter.username.as_str()),
        ("team", team.display_name.as_str()),
        ("site", app.config.site_name.as_str()),
    ];
    let subject = texts.get("invite-email-subject", &args);
    let intro = texts.get("invite-email-body", &args);
    let action = texts.get("invite-email-action", &args);
    let expiry = texts.get("invite-email-expiry", &args);
    let text = format!("{intro}\n\n{action}: {link}\n\n{expiry}\n");
    let esc = crate::notify::email::escape;
    let html = format!(
        "<!DOCTYPE html><html><body style=\"font-family:sans-serif\"><p>{}</p>\
         <p><a href=\"{}\">{}</a></p><p style=\"color:#555;font-size:small\">{}</p></body></html>",
        esc(&intro),
        esc(link),
        esc(&action),
        esc(&expiry)
    );
    let to: Mailbox = email.parse().map_err(|e| format!("bad address: {e}"))?;
    lettre::Message::builder()
        .from(smtp.from.parse().map_err(|e| format!("bad sender: {e}"))?)
        .to(to)
        .subject(subject)
        .multipart(MultiPart::alternative_plain_html(text, html))
        .map_err(|e| e.to_string())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct ListQuery {
    pending: bool,
}

/// `GET /api/v4/teams/{team_id}/invitations[?pending=true]`: who invited whom. Members see
/// the used invitations (without addresses); with `pending`, admins see every pending one
/// and members their own.
async fn get_invitations(
    State(app): State<AppState>,
    session: Session,
    ApiPath(team_id): ApiPath<String>,
    ApiQuery(q): ApiQuery<ListQuery>,
) -> Result<Json<Vec<Invitation>>> {
    super::teams::member_team(&app, &session, &team_id).await?;
    let admin = may_invite(&app, &session, &team_id).await.unwrap_or(false);
    let pending = q.pending;
    let list = app
        .db
        .read(move |c| trust::invitations(c, &team_id, pending, now_ms(), 500))
        .await?;
    let me = session.user_id.as_str();
    Ok(Json(
        list.into_iter()
            .filter(|i| i.used_at > 0 || admin || i.inviter_id.as_str() == me)
            .map(|mut i| {
                if !admin && i.inviter_id.as_str() != me {
                    i.email.clear();
                }
                i
            })
            .collect(),
    ))
}

/// `DELETE /api/v4/teams/{team_id}/invitations/{invitation_id}`: revokes a pending
/// invitation; its link stops working. For admins and whoever sent it.
async fn revoke_invitation(
    State(app): State<AppState>,
    session: Session,
    origin: Origin,
    ApiPath((team_id, invitation_id)): ApiPath<(String, String)>,
) -> Result<Json<StatusOk>> {
    check_id(&invitation_id, "invitation_id")?;
    let admin = may_invite(&app, &session, &team_id).await?;
    let id = invitation_id.clone();
    let found = app
        .db
        .read(move |c| trust::invitation(c, &id))
        .await?
        .filter(|i| i.team_id.as_str() == team_id && i.used_at == 0)
        .ok_or_else(|| AppError::not_found("invitation"))?;
    if !admin && found.inviter_id.as_str() != session.user_id {
        return Err(AppError::forbidden());
    }
    app.db
        .write(move |c| trust::revoke_invitation(c, &invitation_id))
        .await?;
    let extra = format!("invitation_id={}", found.id);
    audit::record(
        &app,
        &session.user_id,
        "invite_revoke",
        extra,
        &origin,
        &session.id,
    )
    .await;
    Ok(Json(StatusOk::ok()))
}

/// `DELETE /api/v4/teams/invites/email`: a system admin invalidates every pending
/// invitation.
async fn revoke_all_invitations(
    State(app): State<AppState>,
    session: Session,
    origin: Origin,
) -> Result<Json<StatusOk>> {
    if !is_admin(&app, &session.user_id).await? {
        return Err(AppError::forbidden());
    }
    let n = app.db.write(trust::revoke_all_invitations).await?;
    let extra = format!("count={n}");
    audit::record(
        &app,
        &session.user_id,
        "invite_revoke_all",
        extra,
        &origin,
        &session.id,
    )
    .await;
    Ok(Json(StatusOk::ok()))
}

/// The invitation a token names, if it can still be used.
pub fn usable_invitation(c: &rusqlite::Connection, token: &str) -> Result<Invitation> {
    let expired = || {
        AppError::bad_request(
            "api.user.create_user.signup_link_expired.app_error",
            "This invitation has expired or was already used. Ask for a new one.",
        )
    };
    let found = trust::invitation_by_token(c, &sha256_hex(token))?.ok_or_else(|| {
        AppError::bad_request(
            "api.user.create_user.signup_link_invalid.app_error",
            "The invitation link is invalid.",
        )
    })?;
    if found.used_at > 0 || found.expires_at <= now_ms() {
        return Err(expired());
    }
    Ok(found)
}
