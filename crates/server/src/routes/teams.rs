//! Teams, team members and invites.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use mm_api::{CreateTeam, Team, TeamId, TeamInviteInfo, TeamMember, TeamUnread};
use rusqlite::Connection;
use serde::Deserialize;
use serde_json::json;

use super::{is_admin, require_self_or_admin, user_param};
use crate::AppState;
use crate::auth::Session;
use crate::db::{self, channels, teams as store};
use crate::error::{ApiJson, ApiPath, ApiQuery, AppError, Result};
use crate::hub::{Event, Scope};
use crate::util::{Paging, check_id, new_id, now_ms};
use mm_api::websocket::Event as WsEvent;

/// The channels every team starts with, and that new members join.
pub const DEFAULT_CHANNELS: [(&str, &str); 2] =
    [("town-square", "Town Square"), ("off-topic", "Off-Topic")];

/// The team routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/teams", get(get_teams).post(create_team))
        .route("/teams/name/{name}", get(get_team_by_name))
        .route("/teams/invite/{invite_id}", get(get_team_invite_info))
        .route("/teams/members/invite", post(join_team_by_invite))
        .route("/teams/{team_id}", get(get_team))
        .route(
            "/teams/{team_id}/members",
            get(get_team_members).post(add_team_member),
        )
        .route("/teams/{team_id}/members/{user_id}", get(get_team_member))
        .route("/teams/{team_id}/stats", get(get_team_stats))
        .route(
            "/teams/{team_id}/regenerate_invite_id",
            post(regenerate_invite_id),
        )
        .route("/users/{user_id}/teams", get(get_user_teams))
        .route("/users/{user_id}/teams/members", get(get_user_team_members))
        .route("/users/{user_id}/teams/unread", get(get_user_team_unreads))
}

/// On first start: the team `main` with its default channels. Does nothing later.
pub fn ensure_default_team(c: &Connection, display_name: &str) -> Result<()> {
    if store::first(c)?.is_some() {
        return Ok(());
    }
    let now = now_ms();
    let team = Team {
        id: TeamId(new_id()),
        create_at: now,
        update_at: now,
        name: "main".to_owned(),
        display_name: display_name.to_owned(),
        team_type: "I".to_owned(),
        invite_id: new_id(),
        ..Default::default()
    };
    store::insert(c, &team)?;
    make_default_channels(c, team.id.as_str(), now)
}

fn make_default_channels(c: &Connection, team_id: &str, now: i64) -> Result<()> {
    for (name, display) in DEFAULT_CHANNELS {
        channels::insert(
            c,
            &mm_api::Channel {
                id: mm_api::ChannelId(new_id()),
                create_at: now,
                update_at: now,
                team_id: TeamId(team_id.to_owned()),
                name: name.to_owned(),
                display_name: display.to_owned(),
                ..Default::default()
            },
        )?;
    }
    Ok(())
}

/// Adds a user to a team and its default channels; returns the channels joined.
pub fn add_to_team(
    c: &Connection,
    team_id: &str,
    user_id: &str,
    roles: &str,
    now: i64,
) -> Result<Vec<String>> {
    store::add_member(c, team_id, user_id, roles)?;
    let mut joined = Vec::new();
    for (name, _) in DEFAULT_CHANNELS {
        if let Some(ch) = channels::by_name(c, team_id, name)?
            && ch.delete_at == 0
            && channels::add_member(c, ch.id.as_str(), user_id, "channel_user", now)?
        {
            joined.push(ch.id.0);
        }
    }
    Ok(joined)
}

/// Tells the router and the clients about a user who joined a team and channels.
pub fn announce_join(app: &AppState, team_id: &str, user_id: &str, channels: &[String]) {
    app.hub.join_team(team_id, user_id);
    app.hub.publish(&Event::new(
        WsEvent::AddedToTeam {
            team_id: team_id.into(),
            user_id: user_id.into(),
        },
        Scope::User(user_id.to_owned()),
    ));
    for ch in channels {
        app.hub.join_channel(ch, user_id);
        app.hub.publish(&Event::new(
            WsEvent::UserAdded {
                channel_id: ch.as_str().into(),
                user_id: user_id.into(),
                team_id: team_id.into(),
            },
            Scope::Channel(ch.clone()),
        ));
    }
}

/// Hides the invite id from those who may not invite: people outside the team, and
/// members who are not admins when `members_may_invite` is off.
fn sanitize(mut t: Team, may_invite: bool) -> Team {
    if !may_invite {
        t.invite_id.clear();
    }
    t
}

/// Whether someone in a team may share its link: `member` is their membership, if any.
fn may_share(app: &AppState, admin: bool, member: Option<&TeamMember>) -> bool {
    admin || member.is_some_and(|m| app.config.members_may_invite || m.scheme_admin)
}

/// A team the caller may see: members, admins, or anyone for an open team.
async fn visible_team(
    app: &AppState,
    session: &Session,
    find: impl FnOnce(&Connection) -> Result<Option<Team>> + Send + 'static,
) -> Result<Team> {
    let user = session.user_id.clone();
    let (team, member) = app
        .db
        .read(move |c| {
            let team = find(c)?.ok_or_else(|| AppError::not_found("team"))?;
            let member = store::member(c, team.id.as_str(), &user)?;
            Ok((team, member))
        })
        .await?;
    let admin = is_admin(app, &session.user_id).await?;
    if !admin && member.is_none() && !team.allow_open_invite {
        return Err(AppError::forbidden());
    }
    let share = may_share(app, admin, member.as_ref());
    Ok(sanitize(team, share))
}

/// A team of which the caller is a member (or any team, for an admin).
pub(super) async fn member_team(app: &AppState, session: &Session, team_id: &str) -> Result<()> {
    check_id(team_id, "team_id")?;
    let (t, u) = (team_id.to_owned(), session.user_id.clone());
    let (exists, member) = app
        .db
        .read(move |c| {
            Ok((
                store::get(c, &t)?.is_some(),
                store::member(c, &t, &u)?.is_some(),
            ))
        })
        .await?;
    if !exists {
        return Err(AppError::not_found("team"));
    }
    if member || is_admin(app, &session.user_id).await? {
        Ok(())
    } else {
        Err(AppError::forbidden())
    }
}

/// `GET /api/v4/teams`: every team for an admin; otherwise the caller's and the open ones.
async fn get_teams(State(app): State<AppState>, session: Session) -> Result<Json<Vec<Team>>> {
    let admin = is_admin(&app, &session.user_id).await?;
    let user = session.user_id.clone();
    let (all, mine) = app
        .db
        .read(move |c| Ok((store::all(c)?, store::members_for_user(c, &user)?)))
        .await?;
    let teams = all
        .into_iter()
        .filter_map(|t| {
            let member = mine.iter().find(|m| m.team_id == t.id);
            let share = may_share(&app, admin, member);
            (admin || member.is_some() || t.allow_open_invite).then(|| sanitize(t, share))
        })
        .collect();
    Ok(Json(teams))
}

/// `POST /api/v4/teams`: admins, or anyone when team creation is enabled.
async fn create_team(
    State(app): State<AppState>,
    session: Session,
    ApiJson(body): ApiJson<CreateTeam>,
) -> Result<Response> {
    if !app.config.enable_team_creation && !is_admin(&app, &session.user_id).await? {
        return Err(AppError::forbidden());
    }
    let name = body.name.trim().to_lowercase();
    if !super::channels::valid_name(&name) || name.len() < 2 {
        return Err(AppError::bad_request(
            "model.team.is_valid.name.app_error",
            "Invalid team name.",
        ));
    }
    let display = body.display_name.trim().to_owned();
    if display.is_empty() || display.chars().count() > 64 {
        return Err(AppError::bad_request(
            "model.team.is_valid.name.app_error",
            "Display names have 1 to 64 characters.",
        ));
    }
    let now = now_ms();
    let team = Team {
        id: TeamId(new_id()),
        create_at: now,
        update_at: now,
        name,
        display_name: display,
        team_type: if body.team_type == "O" { "O" } else { "I" }.to_owned(),
        allow_open_invite: body.team_type == "O",
        invite_id: new_id(),
        ..Default::default()
    };
    let user = session.user_id.clone();
    let t = team.clone();
    let joined = app
        .db
        .write(move |c| {
            if store::by_name(c, &t.name)?.is_some() {
                return Err(AppError::bad_request(
                    "store.sql_team.save_team.existing.app_error",
                    "A team with that name already exists.",
                ));
            }
            store::insert(c, &t)?;
            make_default_channels(c, t.id.as_str(), now)?;
            add_to_team(c, t.id.as_str(), &user, "team_user team_admin", now)
        })
        .await?;
    announce_join(&app, team.id.as_str(), &session.user_id, &joined);
    Ok((StatusCode::CREATED, Json(team)).into_response())
}

/// `GET /api/v4/teams/{team_id}`
async fn get_team(
    State(app): State<AppState>,
    session: Session,
    ApiPath(team_id): ApiPath<String>,
) -> Result<Json<Team>> {
    check_id(&team_id, "team_id")?;
    Ok(Json(
        visible_team(&app, &session, move |c| store::get(c, &team_id)).await?,
    ))
}

/// `GET /api/v4/teams/name/{name}`
async fn get_team_by_name(
    State(app): State<AppState>,
    session: Session,
    ApiPath(name): ApiPath<String>,
) -> Result<Json<Team>> {
    Ok(Json(
        visible_team(&app, &session, move |c| store::by_name(c, &name)).await?,
    ))
}

/// `GET /api/v4/teams/{team_id}/members?page=&per_page=`
async fn get_team_members(
    State(app): State<AppState>,
    session: Session,
    ApiPath(team_id): ApiPath<String>,
    ApiQuery(paging): ApiQuery<Paging>,
) -> Result<Json<Vec<TeamMember>>> {
    member_team(&app, &session, &team_id).await?;
    Ok(Json(
        app.db
            .read(move |c| store::members(c, &team_id, paging.limit(), paging.offset()))
            .await?,
    ))
}

/// `GET /api/v4/teams/{team_id}/members/{user_id}`
async fn get_team_member(
    State(app): State<AppState>,
    session: Session,
    ApiPath((team_id, user_id)): ApiPath<(String, String)>,
) -> Result<Json<TeamMember>> {
    member_team(&app, &session, &team_id).await?;
    let user = user_param(&session, &user_id)?;
    app.db
        .read(move |c| store::member(c, &team_id, &user))
        .await?
        .map(Json)
        .ok_or_else(|| AppError::not_found("team_member"))
}

mm_api::object! {
#[derive(Debug, Default)]
pub struct AddMember {
    pub user_id: String,
}
}

/// `POST /api/v4/teams/{team_id}/members`: a team admin or system admin adds a user; anyone
/// may join an open team.
async fn add_team_member(
    State(app): State<AppState>,
    session: Session,
    ApiPath(team_id): ApiPath<String>,
    ApiJson(body): ApiJson<AddMember>,
) -> Result<Response> {
    check_id(&team_id, "team_id")?;
    let user_id = user_param(&session, &body.user_id)?;
    let admin = is_admin(&app, &session.user_id).await?;
    let (t, caller, u) = (team_id.clone(), session.user_id.clone(), user_id.clone());
    let joined = app
        .db
        .write(move |c| {
            let team = store::get(c, &t)?.ok_or_else(|| AppError::not_found("team"))?;
            let caller_is_team_admin =
                store::member(c, &t, &caller)?.is_some_and(|m| m.scheme_admin);
            let self_join_open = caller == u && team.allow_open_invite;
            if !(admin || caller_is_team_admin || self_join_open) {
                return Err(AppError::forbidden());
            }
            db::users::get(c, &u)?.ok_or_else(|| AppError::not_found("user"))?;
            if store::member(c, &t, &u)?.is_some() {
                return Ok(Vec::new());
            }
            add_to_team(c, &t, &u, "team_user", now_ms())
        })
        .await?;
    announce_join(&app, &team_id, &user_id, &joined);
    let member = app
        .db
        .read(move |c| store::member(c, &team_id, &user_id))
        .await?
        .ok_or_else(|| AppError::not_found("team_member"))?;
    Ok((StatusCode::CREATED, Json(member)).into_response())
}

/// `GET /api/v4/teams/{team_id}/stats`
async fn get_team_stats(
    State(app): State<AppState>,
    session: Session,
    ApiPath(team_id): ApiPath<String>,
) -> Result<Json<serde_json::Value>> {
    member_team(&app, &session, &team_id).await?;
    let t = team_id.clone();
    let n: i64 = app
        .db
        .read(move |c| {
            Ok(c.query_row(
                "SELECT count(*) FROM team_members WHERE team_id = ? AND delete_at = 0",
                [&t],
                |r| r.get(0),
            )?)
        })
        .await?;
    Ok(Json(
        json!({ "team_id": team_id, "total_member_count": n, "active_member_count": n }),
    ))
}

/// `GET /api/v4/teams/invite/{invite_id}`: what the invite is for, without logging in.
async fn get_team_invite_info(
    State(app): State<AppState>,
    ApiPath(invite_id): ApiPath<String>,
) -> Result<Json<TeamInviteInfo>> {
    let team = app
        .db
        .read(move |c| store::by_invite(c, &invite_id))
        .await?
        .ok_or_else(|| AppError::not_found("team"))?;
    Ok(Json(TeamInviteInfo {
        id: team.id,
        name: team.name,
        display_name: team.display_name,
        description: team.description,
    }))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct InviteQuery {
    invite_id: String,
    /// An e-mail invitation's token.
    token: String,
}

/// `POST /api/v4/teams/members/invite?invite_id=` (a team's link) or `?token=` (an e-mail
/// invitation, used up): joins the caller to the invite's team.
async fn join_team_by_invite(
    State(app): State<AppState>,
    session: Session,
    ApiQuery(q): ApiQuery<InviteQuery>,
) -> Result<Response> {
    let user = session.user_id.clone();
    let (team_id, joined) = app
        .db
        .write(move |c| {
            let team = if q.token.is_empty() {
                store::by_invite(c, &q.invite_id)?
            } else {
                let invitation = super::invites::usable_invitation(c, &q.token)?;
                db::trust::use_invitation(c, &invitation.id, &user, now_ms())?;
                store::get(c, invitation.team_id.as_str())?
            };
            let team = team.ok_or_else(|| {
                AppError::bad_request(
                    "api.team.add_user_to_team_from_invite.invalid.app_error",
                    "The invite link is invalid.",
                )
            })?;
            let joined = if store::member(c, team.id.as_str(), &user)?.is_some() {
                Vec::new()
            } else {
                add_to_team(c, team.id.as_str(), &user, "team_user", now_ms())?
            };
            Ok((team.id.0, joined))
        })
        .await?;
    announce_join(&app, &team_id, &session.user_id, &joined);
    let user = session.user_id.clone();
    let member = app
        .db
        .read(move |c| store::member(c, &team_id, &user))
        .await?
        .ok_or_else(|| AppError::not_found("team_member"))?;
    Ok((StatusCode::CREATED, Json(member)).into_response())
}

/// `POST /api/v4/teams/{team_id}/regenerate_invite_id`: team admins and system admins.
async fn regenerate_invite_id(
    State(app): State<AppState>,
    session: Session,
    ApiPath(team_id): ApiPath<String>,
) -> Result<Json<Team>> {
    check_id(&team_id, "team_id")?;
    let admin = is_admin(&app, &session.user_id).await?;
    let caller = session.user_id.clone();
    let t = team_id.clone();
    let team = app
        .db
        .write(move |c| {
            store::get(c, &t)?.ok_or_else(|| AppError::not_found("team"))?;
            if !admin && !store::member(c, &t, &caller)?.is_some_and(|m| m.scheme_admin) {
                return Err(AppError::forbidden());
            }
            store::set_invite_id(c, &t, &new_id(), now_ms())?;
            store::get(c, &t)?.ok_or_else(|| AppError::not_found("team"))
        })
        .await?;
    // Members who may not invite must not learn the new link from the event.
    app.hub.publish(&Event::new(
        WsEvent::UpdateTeam {
            team: Box::new(sanitize(team.clone(), app.config.members_may_invite)),
        },
        Scope::Team(team_id),
    ));
    Ok(Json(team))
}

/// `GET /api/v4/users/{user_id}/teams`
async fn get_user_teams(
    State(app): State<AppState>,
    session: Session,
    ApiPath(user_id): ApiPath<String>,
) -> Result<Json<Vec<Team>>> {
    let id = user_param(&session, &user_id)?;
    require_self_or_admin(&app, &session, &id).await?;
    let admin = is_admin(&app, &session.user_id).await?;
    let me = session.user_id.clone();
    let (teams, mine) = app
        .db
        .read(move |c| Ok((store::for_user(c, &id)?, store::members_for_user(c, &me)?)))
        .await?;
    Ok(Json(
        teams
            .into_iter()
            .map(|t| {
                let member = mine.iter().find(|m| m.team_id == t.id);
                let share = may_share(&app, admin, member);
                sanitize(t, share)
            })
            .collect(),
    ))
}

/// `GET /api/v4/users/{user_id}/teams/members`
async fn get_user_team_members(
    State(app): State<AppState>,
    session: Session,
    ApiPath(user_id): ApiPath<String>,
) -> Result<Json<Vec<TeamMember>>> {
    let id = user_param(&session, &user_id)?;
    require_self_or_admin(&app, &session, &id).await?;
    Ok(Json(
        app.db
            .read(move |c| store::members_for_user(c, &id))
            .await?,
    ))
}

/// `GET /api/v4/users/{user_id}/teams/unread`: unread messages and mentions per team.
async fn get_user_team_unreads(
    State(app): State<AppState>,
    session: Session,
    ApiPath(user_id): ApiPath<String>,
) -> Result<Json<Vec<TeamUnread>>> {
    let id = user_param(&session, &user_id)?;
    require_self_or_admin(&app, &session, &id).await?;
    let unreads = app
        .db
        .read(move |c| {
            let mut stmt = c.prepare(
                "SELECT ch.team_id, sum(max(ch.total_msg_count - m.msg_count, 0)),
                    sum(m.mention_count), sum(max(ch.total_msg_count_root - m.msg_count_root, 0)),
                    sum(m.mention_count_root)
                 FROM channel_members m JOIN channels ch ON ch.id = m.channel_id
                 WHERE m.user_id = ? AND ch.team_id != '' AND ch.delete_at = 0
                 GROUP BY ch.team_id",
            )?;
            let rows = stmt.query_map([&id], |r| {
                Ok(TeamUnread {
                    team_id: TeamId(r.get(0)?),
                    msg_count: r.get(1)?,
                    mention_count: r.get(2)?,
                    msg_count_root: r.get(3)?,
                    mention_count_root: r.get(4)?,
                })
            })?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
        .await?;
    Ok(Json(unreads))
}
