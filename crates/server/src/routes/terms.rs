//! The code of conduct (Mattermost's terms of service). Unlike Mattermost, which asks only
//! in its web app, the server holds every other call until the current version is accepted
//! (`auth::gate`), so the rule holds whatever the client.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};
use mm_api::{AcceptTerms, StatusOk, TermsOfService, UserTermsOfService};
use serde::Deserialize;

use super::{is_admin, user_param};
use crate::AppState;
use crate::audit::{self, Origin};
use crate::auth::Session;
use crate::db::trust;
use crate::error::{ApiJson, ApiPath, AppError, Result};
use crate::util::{new_id, now_ms};

/// Longest code of conduct, in characters.
const MAX_TEXT: usize = 16_383;

/// The code-of-conduct routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/terms_of_service",
            get(get_terms_of_service).post(create_terms_of_service),
        )
        .route(
            "/users/{user_id}/terms_of_service",
            get(get_user_terms_of_service).post(accept_terms_of_service),
        )
}

fn disabled() -> AppError {
    AppError::bad_request(
        "api.create_terms_of_service.custom_terms_of_service_disabled.app_error",
        "The code of conduct is turned off on this server.",
    )
}

/// `GET /api/v4/terms_of_service`: the current version; 404 while there is none.
async fn get_terms_of_service(
    State(app): State<AppState>,
    _session: Session,
) -> Result<Json<TermsOfService>> {
    app.db
        .read(trust::latest_terms)
        .await?
        .map(Json)
        .ok_or_else(|| AppError::not_found("terms_of_service"))
}

#[derive(Deserialize)]
struct NewTerms {
    #[serde(default)]
    text: String,
}

/// `POST /api/v4/terms_of_service` `{text}`: system admins publish a new version, which
/// everyone then accepts again. The same text as the current one changes nothing.
async fn create_terms_of_service(
    State(app): State<AppState>,
    session: Session,
    origin: Origin,
    ApiJson(body): ApiJson<NewTerms>,
) -> Result<(StatusCode, Json<TermsOfService>)> {
    if !app.config.enable_custom_terms_of_service {
        return Err(disabled());
    }
    if !is_admin(&app, &session.user_id).await? {
        return Err(AppError::forbidden());
    }
    let text = body.text.trim().to_owned();
    if text.is_empty() || text.chars().count() > MAX_TEXT {
        return Err(AppError::bad_request(
            "model.terms_of_service.is_valid.text.app_error",
            format!("The code of conduct must have 1 to {MAX_TEXT} characters."),
        ));
    }
    let terms = TermsOfService {
        id: new_id(),
        create_at: now_ms(),
        user_id: session.user_id.clone().into(),
        text,
    };
    let (t, author) = (terms.clone(), session.user_id.clone());
    let (saved, created) = app
        .db
        .write(move |c| {
            if let Some(current) = trust::latest_terms(c)?
                && current.text == t.text
            {
                return Ok((current, false));
            }
            trust::insert_terms(c, &t)?;
            // Its author has read it.
            trust::set_user_terms(c, &author, &t.id, t.create_at)?;
            Ok((t, true))
        })
        .await?;
    if created {
        app.gates.set_terms(Some(saved.id.clone()));
        app.gates.forget(&session.user_id);
        let extra = format!("terms_of_service_id={}", saved.id);
        audit::record(
            &app,
            &session.user_id,
            "terms_of_service_create",
            extra,
            &origin,
            &session.id,
        )
        .await;
    }
    Ok((StatusCode::CREATED, Json(saved)))
}

/// `GET /api/v4/users/{user_id}/terms_of_service`: the version the user accepted; 404 if
/// none.
async fn get_user_terms_of_service(
    State(app): State<AppState>,
    session: Session,
    ApiPath(user_id): ApiPath<String>,
) -> Result<Json<UserTermsOfService>> {
    let user_id = user_param(&session, &user_id)?;
    super::require_self_or_admin(&app, &session, &user_id).await?;
    let id = user_id.clone();
    let (terms_of_service_id, create_at) =
        app.db
            .read(move |c| trust::user_terms(c, &id))
            .await?
            .ok_or_else(|| AppError::not_found("user_terms_of_service"))?;
    Ok(Json(UserTermsOfService {
        user_id: user_id.into(),
        terms_of_service_id,
        create_at,
    }))
}

/// `POST /api/v4/users/{user_id}/terms_of_service` `{termsOfServiceId, accepted}`: the
/// caller accepts (or refuses) the current version. Refusing keeps the gate shut;
/// Mattermost's apps then log out.
async fn accept_terms_of_service(
    State(app): State<AppState>,
    session: Session,
    origin: Origin,
    ApiPath(user_id): ApiPath<String>,
    ApiJson(body): ApiJson<AcceptTerms>,
) -> Result<Json<StatusOk>> {
    let user_id = user_param(&session, &user_id)?;
    if user_id != session.user_id {
        return Err(AppError::forbidden());
    }
    let current = app.gates.terms();
    if current.as_deref() != Some(body.terms_of_service_id.as_str()) {
        return Err(AppError::bad_request(
            "api.user.update_terms_of_service.not_current.app_error",
            "This is not the current code of conduct. Read it again.",
        ));
    }
    let (id, terms) = (user_id.clone(), body.terms_of_service_id.clone());
    let accepted = body.accepted;
    app.db
        .write(move |c| {
            let terms = if accepted { terms } else { String::new() };
            trust::set_user_terms(c, &id, &terms, now_ms())
        })
        .await?;
    app.gates.forget(&user_id);
    let action = if accepted {
        "terms_of_service_accept"
    } else {
        "terms_of_service_refuse"
    };
    let extra = format!("terms_of_service_id={}", body.terms_of_service_id);
    audit::record(&app, &user_id, action, extra, &origin, &session.id).await;
    Ok(Json(StatusOk::ok()))
}
