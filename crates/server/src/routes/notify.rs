//! Notification routes of Causerie's own (Mattermost has no Web Push): browsers' push
//! subscriptions, and the unsubscribe link of notification e-mails.

use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use mm_api::StatusOk;
use serde::Deserialize;

use crate::AppState;
use crate::auth::Session;
use crate::error::{ApiJson, ApiQuery, AppError, Result};
use crate::notify::push::{self, Subscription};
use crate::util::check_id;

/// The notification routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/notifications/push_subscriptions",
            post(create_push_subscription).delete(delete_push_subscription),
        )
        .route(
            "/notifications/unsubscribe",
            axum::routing::get(get_unsubscribe).post(unsubscribe_email),
        )
}

/// `POST /api/v4/notifications/push_subscriptions`
///
/// Saves the browser's push subscription (`PushSubscription.toJSON()`) for this session:
/// it ends with the session. The server's public key is `WebPushPublicKey` in the client
/// config.
async fn create_push_subscription(
    State(app): State<AppState>,
    session: Session,
    ApiJson(body): ApiJson<Subscription>,
) -> Result<Response> {
    body.check(&app.config.push_allowed)?;
    app.db
        .write(move |c| push::subscribe(c, &session.user_id, &session.id, &body))
        .await?;
    Ok((axum::http::StatusCode::CREATED, Json(StatusOk::ok())).into_response())
}

/// The subscription to remove.
#[derive(Deserialize)]
struct Endpoint {
    endpoint: String,
}

/// `DELETE /api/v4/notifications/push_subscriptions?endpoint=…`
async fn delete_push_subscription(
    State(app): State<AppState>,
    session: Session,
    ApiQuery(body): ApiQuery<Endpoint>,
) -> Result<Json<StatusOk>> {
    let removed = app
        .db
        .write(move |c| push::unsubscribe(c, &session.user_id, &body.endpoint))
        .await?;
    if removed == 0 {
        return Err(AppError::not_found("push_subscription"));
    }
    Ok(Json(StatusOk::ok()))
}

/// An unsubscribe link's parameters.
#[derive(Deserialize)]
struct Unsubscribe {
    user_id: String,
    token: String,
}

fn check_link(app: &AppState, q: &Unsubscribe) -> Result<()> {
    check_id(&q.user_id, "user_id")?;
    if !app.keys.check_unsubscribe(&q.user_id, &q.token) {
        return Err(AppError::new(
            axum::http::StatusCode::FORBIDDEN,
            "api.notifications.unsubscribe.invalid_token",
            "This unsubscribe link is not valid.",
        ));
    }
    Ok(())
}

fn page(title: &str, body: &str) -> Response {
    let html = format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width\"><title>{title}</title></head>\
         <body style=\"font-family:sans-serif;max-width:32em;margin:3em auto\">{body}</body></html>"
    );
    (
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        html,
    )
        .into_response()
}

/// `GET /api/v4/notifications/unsubscribe?user_id=…&token=…`
///
/// The link in notification e-mails: a page that asks to confirm, because mail scanners
/// open links (RFC 8058).
async fn get_unsubscribe(
    State(app): State<AppState>,
    ApiQuery(q): ApiQuery<Unsubscribe>,
) -> Result<Response> {
    check_link(&app, &q)?;
    Ok(page(
        "Stop e-mail notifications",
        &format!(
            "<h1>Stop e-mail notifications?</h1><p>You will get no more notification e-mails \
             from {}. You can switch them on again in the notification preferences.</p>\
             <form method=\"post\"><button>Stop e-mails</button></form>",
            app.config.site_name.replace('<', "&lt;")
        ),
    ))
}

/// `POST /api/v4/notifications/unsubscribe?user_id=…&token=…`
///
/// Switches e-mail notifications off (the user's `notify_props.email` becomes `false`).
/// Mail clients post here for one-click unsubscribe (`List-Unsubscribe-Post`).
async fn unsubscribe_email(
    State(app): State<AppState>,
    ApiQuery(q): ApiQuery<Unsubscribe>,
) -> Result<Response> {
    check_link(&app, &q)?;
    let user_id = q.user_id.clone();
    let user = app
        .db
        .write(move |c| {
            let Some(mut user) = crate::db::users::get(c, &user_id)? else {
                return Ok(None);
            };
            user.notify_props.insert("email".into(), "false".into());
            user.update_at = crate::util::now_ms();
            crate::db::users::update(c, &user)?;
            Ok(Some(user))
        })
        .await?
        .ok_or_else(|| AppError::not_found("user"))?;
    super::users::publish_user_updated(&app, &user);
    Ok(page(
        "E-mail notifications stopped",
        "<h1>E-mail notifications stopped</h1><p>You will get no more notification e-mails.</p>",
    ))
}
