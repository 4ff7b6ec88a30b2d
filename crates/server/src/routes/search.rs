//! Search: messages (Mattermost's syntax, over the searcher's channels), people and
//! channels.

use std::collections::BTreeMap;

use axum::extract::State;
use axum::routing::post;
use axum::{Json, Router};
use mm_api::{Channel, PostList};
use serde::Deserialize;

use super::posts::to_list;
use super::teams::member_team;
use crate::auth::Session;
use crate::db::search::{self, Search};
use crate::error::{ApiJson, ApiPath, AppError, Result};
use crate::search::Query;
use crate::util::check_id;
use crate::{AppState, db};

/// The search routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/posts/search", post(search_all_posts))
        .route("/teams/{team_id}/posts/search", post(search_team_posts))
        .route("/teams/{team_id}/channels/search", post(search_channels))
}

mm_api::object! {
/// A message search (`model.SearchParameter`, whose fields Go sends as `null` when unset).
pub struct PostSearch {
    pub terms: String,
    pub is_or_search: bool,
    /// Seconds ahead of UTC.
    pub time_zone_offset: i64,
    pub page: i64,
    pub per_page: i64,
}
}

impl Default for PostSearch {
    fn default() -> Self {
        Self {
            terms: String::new(),
            is_or_search: false,
            time_zone_offset: 0,
            page: 0,
            per_page: 60,
        }
    }
}

async fn run(
    app: &AppState,
    session: &Session,
    team: Option<String>,
    body: PostSearch,
) -> Result<Json<PostList>> {
    if body.terms.len() > 1000 {
        return Err(AppError::invalid_param("terms"));
    }
    if !(0..=1000).contains(&body.page) {
        return Err(AppError::invalid_param("page"));
    }
    if !(1..=200).contains(&body.per_page) {
        return Err(AppError::invalid_param("per_page"));
    }
    // Time zones run from UTC−12 to UTC+14.
    if body.time_zone_offset.abs() > 14 * 3600 {
        return Err(AppError::invalid_param("time_zone_offset"));
    }
    let query = Query::parse(&body.terms);
    let user = session.user_id.clone();
    let list = app
        .db
        .read(move |c| {
            let (rows, more) = search::posts(
                c,
                &Search {
                    user_id: &user,
                    team_id: team.as_deref(),
                    query: &query,
                    any: body.is_or_search,
                    offset_secs: body.time_zone_offset,
                    page: body.page,
                    per_page: body.per_page,
                },
            )?;
            let order: Vec<_> = rows.iter().map(|(p, _)| p.id.clone()).collect();
            let matches: BTreeMap<_, _> = rows
                .iter()
                .map(|(p, _)| (p.id.clone(), query.matches(&p.message)))
                .collect();
            let mut list = to_list(c, rows, Vec::new())?;
            list.order = order;
            list.matches = Some(matches);
            list.has_next = Some(more);
            Ok(list)
        })
        .await?;
    Ok(Json(list))
}

/// `POST /api/v4/teams/{team_id}/posts/search`: `{terms, is_or_search, time_zone_offset,
/// page, per_page}` over the caller's channels of the team and direct messages; a
/// `PostList` with `matches` (the words found, per post) for highlighting.
async fn search_team_posts(
    State(app): State<AppState>,
    session: Session,
    ApiPath(team_id): ApiPath<String>,
    ApiJson(body): ApiJson<PostSearch>,
) -> Result<Json<PostList>> {
    member_team(&app, &session, &team_id).await?;
    run(&app, &session, Some(team_id), body).await
}

/// `POST /api/v4/posts/search`: the same over all the caller's teams.
async fn search_all_posts(
    State(app): State<AppState>,
    session: Session,
    ApiJson(body): ApiJson<PostSearch>,
) -> Result<Json<PostList>> {
    run(&app, &session, None, body).await
}

#[derive(Deserialize)]
struct ChannelSearch {
    term: String,
}

/// `POST /api/v4/teams/{team_id}/channels/search`: `{term}`; the team's public channels
/// and the caller's private ones whose name or display name contains the term.
async fn search_channels(
    State(app): State<AppState>,
    session: Session,
    ApiPath(team_id): ApiPath<String>,
    ApiJson(body): ApiJson<ChannelSearch>,
) -> Result<Json<Vec<Channel>>> {
    check_id(&team_id, "team_id")?;
    member_team(&app, &session, &team_id).await?;
    let term = body.term.trim().trim_start_matches('~').to_lowercase();
    let user = session.user_id.clone();
    let channels = app
        .db
        .read(move |c| {
            let mine = db::channels::for_user(c, &user, Some(&team_id), false)?;
            let public = db::channels::public_in_team(c, &team_id, 10_000, 0)?;
            let mut all: Vec<Channel> = public
                .into_iter()
                .chain(mine.into_iter().filter(|ch| ch.team_id.as_str() == team_id))
                .filter(|ch| {
                    ch.name.contains(&term) || ch.display_name.to_lowercase().contains(&term)
                })
                .collect();
            all.sort_by(|a, b| a.display_name.cmp(&b.display_name).then(a.id.cmp(&b.id)));
            all.dedup_by(|a, b| a.id == b.id);
            all.truncate(100);
            Ok(all)
        })
        .await?;
    Ok(Json(channels))
}
