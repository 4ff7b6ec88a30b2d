//! Slash commands (`../shared/reference/mattermost-integrations-trust-embedding.md` §6.3):
//! the built-in ones, which call the same handlers as the API with the caller's rights, and
//! custom ones, which call out like outgoing webhooks. An `ephemeral` answer goes to the
//! caller alone (`ephemeral_message`); an `in_channel` one is posted as the caller, marked
//! as a webhook's.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use mm_api::{
    AddChannelMember, Channel, ChannelPatch, Command, CommandArgs, CommandResponse,
    IncomingWebhookRequest, Post, PostId, StatusOk, UserId,
};
use serde::Deserialize;

use super::hooks::{HookRequest, managed, may_integrate, post_as_hook};
use super::posts::{Draft, publish};
use super::readable_channel;
use crate::AppState;
use crate::auth::Session;
use crate::db::{self, integrations as store};
use crate::error::{ApiJson, ApiPath, ApiQuery, AppError, Result};
use crate::hub::{Event, Scope};
use crate::outgoing::{self, Body};
use crate::util::{check_id, new_id, now_ms};
use mm_api::websocket::Event as WsEvent;

/// The command routes, under `/api/v4`.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/commands", post(create_command).get(get_commands))
        .route("/commands/execute", post(execute_command))
        .route(
            "/commands/{command_id}",
            get(get_command).put(update_command).delete(delete_command),
        )
        .route(
            "/commands/{command_id}/regen_token",
            put(regen_command_token),
        )
        .route(
            "/teams/{team_id}/commands/autocomplete",
            get(get_autocomplete_commands),
        )
}

/// `POST /hooks/commands/{id}`, outside `/api/v4`: a command's delayed answers.
pub fn public_router() -> Router<AppState> {
    Router::new().route("/hooks/commands/{hook_id}", post(execute_command_hook))
}

/// The built-in commands: trigger, hint and description (the app shows its own
/// translations of them).
pub const BUILT_IN: &[(&str, &str, &str)] = &[
    ("away", "", "Set your status to away"),
    (
        "dnd",
        "",
        "Do not disturb: no desktop or push notifications",
    ),
    (
        "echo",
        "\"message\" [delay in seconds]",
        "Echo back text from your account",
    ),
    ("header", "[text]", "Edit the channel header"),
    ("help", "", "Show the commands you can use"),
    (
        "invite",
        "@[username] [~channel]",
        "Invite a user to a channel",
    ),
    ("join", "~[channel]", "Join the open channel"),
    ("kick", "@[username]", "Remove a member from the channel"),
    ("leave", "", "Leave the current channel"),
    ("me", "[message]", "Do an action"),
    (
        "msg",
        "@[username] [message]",
        "Send a direct message to a user",
    ),
    ("online", "", "Set your status to online"),
    ("purpose", "[text]", "Edit the channel purpose"),
    ("shrug", "[message]", "Adds ¯\\_(ツ)_/¯ to your message"),
];

fn built_in(trigger: &str, team_id: &str) -> Command {
    let (_, hint, desc) = BUILT_IN
        .iter()
        .find(|(t, _, _)| *t == trigger)
        .copied()
        .unwrap_or(("", "", ""));
    Command {
        trigger: trigger.to_owned(),
        team_id: team_id.into(),
        auto_complete: true,
        auto_complete_hint: hint.to_owned(),
        auto_complete_desc: desc.to_owned(),
        display_name: trigger.to_owned(),
        ..Default::default()
    }
}

fn valid_trigger(t: &str) -> bool {
    (1..=128).contains(&t.len())
        && !t.starts_with('/')
        && !t.contains(char::is_whitespace)
        && t.chars().all(|c| !c.is_control())
}

fn check_command(app: &AppState, cmd: &Command) -> Result<()> {
    if !valid_trigger(&cmd.trigger) {
        return Err(AppError::bad_request(
            "model.command.is_valid.trigger.app_error",
            "A trigger is one word of at most 128 characters, without the slash.",
        ));
    }
    if BUILT_IN.iter().any(|(t, _, _)| *t == cmd.trigger) {
        return Err(AppError::bad_request(
            "api.command.duplicate_trigger.app_error",
            "This trigger is a built-in command.",
        ));
    }
    if !matches!(cmd.method.as_str(), "P" | "G") {
        return Err(AppError::invalid_param("method"));
    }
    for (name, value, max) in [
        ("display_name", &cmd.display_name, 64),
        ("description", &cmd.description, 128),
        ("auto_complete_desc", &cmd.auto_complete_desc, 1024),
        ("auto_complete_hint", &cmd.auto_complete_hint, 1024),
        ("username", &cmd.username, 64),
        ("icon_url", &cmd.icon_url, 1024),
    ] {
        if value.chars().count() > max {
            return Err(AppError::bad_request(
                format!("model.command.is_valid.{name}.app_error"),
                format!("The {name} is too long (at most {max} characters)."),
            ));
        }
    }
    outgoing::check_url(app, &cmd.url)
}

fn commands_disabled() -> AppError {
    AppError::new(
        StatusCode::NOT_IMPLEMENTED,
        "api.command.disabled.app_error",
        "Custom slash commands have been disabled by the system admin.",
    )
}

/// `POST /api/v4/commands`: a custom command of a team.
async fn create_command(
    State(app): State<AppState>,
    session: Session,
    ApiJson(mut cmd): ApiJson<Command>,
) -> Result<(StatusCode, Json<Command>)> {
    if !app.config.enable_commands {
        return Err(commands_disabled());
    }
    check_id(cmd.team_id.as_str(), "team_id")?;
    if !may_integrate(&app, &session.user_id, cmd.team_id.as_str()).await? {
        return Err(AppError::forbidden());
    }
    cmd.trigger = cmd.trigger.trim().to_lowercase();
    if cmd.method.is_empty() {
        cmd.method = "P".to_owned();
    }
    check_command(&app, &cmd)?;
    let now = now_ms();
    cmd.id = new_id();
    cmd.token = new_id();
    cmd.create_at = now;
    cmd.update_at = now;
    cmd.delete_at = 0;
    cmd.creator_id = session.user_id.as_str().into();
    let c2 = cmd.clone();
    app.db
        .write(move |c| {
            if store::command_by_trigger(c, c2.team_id.as_str(), &c2.trigger)?.is_some() {
                return Err(AppError::bad_request(
                    "api.command.duplicate_trigger.app_error",
                    "This trigger is already in use.",
                ));
            }
            store::save_command(c, &c2)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(cmd)))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct CommandsQuery {
    team_id: String,
    custom_only: bool,
}

/// `GET /api/v4/commands?team_id&custom_only`: the team's commands; custom ones (with
/// their tokens) only for those who manage them.
async fn get_commands(
    State(app): State<AppState>,
    session: Session,
    ApiQuery(q): ApiQuery<CommandsQuery>,
) -> Result<Json<Vec<Command>>> {
    check_id(&q.team_id, "team_id")?;
    let (t, u) = (q.team_id.clone(), session.user_id.clone());
    let member = app
        .db
        .read(move |c| Ok(db::teams::member(c, &t, &u)?.is_some_and(|m| m.delete_at == 0)))
        .await?;
    let manager = may_integrate(&app, &session.user_id, &q.team_id).await?;
    if !member && !manager {
        return Err(AppError::forbidden());
    }
    if q.custom_only && !manager {
        return Err(AppError::forbidden());
    }
    let team = q.team_id.clone();
    let mut list: Vec<Command> = if q.custom_only {
        Vec::new()
    } else {
        BUILT_IN
            .iter()
            .map(|(t, _, _)| built_in(t, &team))
            .collect()
    };
    let t = q.team_id.clone();
    let custom = app.db.read(move |c| store::commands(c, &t)).await?;
    list.extend(custom.into_iter().map(|mut c| {
        if !manager {
            c.token.clear();
        }
        c
    }));
    Ok(Json(list))
}

/// `GET /api/v4/teams/{team_id}/commands/autocomplete`: what the composer offers after a
/// slash, without secrets.
async fn get_autocomplete_commands(
    State(app): State<AppState>,
    session: Session,
    ApiPath(team_id): ApiPath<String>,
) -> Result<Json<Vec<Command>>> {
    check_id(&team_id, "team_id")?;
    let (t, u) = (team_id.clone(), session.user_id.clone());
    let member = app
        .db
        .read(move |c| Ok(db::teams::member(c, &t, &u)?.is_some_and(|m| m.delete_at == 0)))
        .await?;
    if !member {
        return Err(AppError::forbidden());
    }
    let mut list: Vec<Command> = BUILT_IN
        .iter()
        .map(|(t, _, _)| built_in(t, &team_id))
        .collect();
    if app.config.enable_commands {
        let t = team_id.clone();
        let custom = app.db.read(move |c| store::commands(c, &t)).await?;
        list.extend(
            custom
                .into_iter()
                .filter(|c| c.auto_complete)
                .map(|c| Command {
                    token: String::new(),
                    url: String::new(),
                    ..c
                }),
        );
    }
    list.sort_by(|a, b| a.trigger.cmp(&b.trigger));
    Ok(Json(list))
}

/// A custom command the caller manages, or 404 / 403.
async fn managed_command(app: &AppState, session: &Session, id: &str) -> Result<Command> {
    managed(
        app,
        session,
        ("command_id", id),
        "command",
        store::command,
        |c| (c.creator_id.as_str(), c.team_id.as_str()),
    )
    .await
}

/// `GET /api/v4/commands/{command_id}`
async fn get_command(
    State(app): State<AppState>,
    session: Session,
    ApiPath(command_id): ApiPath<String>,
) -> Result<Json<Command>> {
    Ok(Json(managed_command(&app, &session, &command_id).await?))
}

/// `PUT /api/v4/commands/{command_id}`: the whole command (its team, token and creator
/// stay).
async fn update_command(
    State(app): State<AppState>,
    session: Session,
    ApiPath(command_id): ApiPath<String>,
    ApiJson(body): ApiJson<serde_json::Value>,
) -> Result<Json<Command>> {
    let new: Command = super::whole_update(body, &command_id)?;
    let old = managed_command(&app, &session, &command_id).await?;
    let cmd = Command {
        id: old.id,
        token: old.token,
        create_at: old.create_at,
        update_at: now_ms(),
        delete_at: 0,
        creator_id: old.creator_id,
        team_id: old.team_id,
        trigger: new.trigger.trim().to_lowercase(),
        method: if new.method.is_empty() {
            "P".to_owned()
        } else {
            new.method
        },
        ..new
    };
    check_command(&app, &cmd)?;
    let c2 = cmd.clone();
    app.db
        .write(move |c| {
            if store::command_by_trigger(c, c2.team_id.as_str(), &c2.trigger)?
                .is_some_and(|other| other.id != c2.id)
            {
                return Err(AppError::bad_request(
                    "api.command.duplicate_trigger.app_error",
                    "This trigger is already in use.",
                ));
            }
            store::save_command(c, &c2)
        })
        .await?;
    Ok(Json(cmd))
}

/// `DELETE /api/v4/commands/{command_id}`
async fn delete_command(
    State(app): State<AppState>,
    session: Session,
    ApiPath(command_id): ApiPath<String>,
) -> Result<Json<StatusOk>> {
    managed_command(&app, &session, &command_id).await?;
    app.db
        .write(move |c| store::delete_command(c, &command_id))
        .await?;
    Ok(Json(StatusOk::ok()))
}

/// `PUT /api/v4/commands/{command_id}/regen_token`: `{token}`.
async fn regen_command_token(
    State(app): State<AppState>,
    session: Session,
    ApiPath(command_id): ApiPath<String>,
) -> Result<Json<serde_json::Value>> {
    let mut cmd = managed_command(&app, &session, &command_id).await?;
    cmd.token = new_id();
    cmd.update_at = now_ms();
    let c2 = cmd.clone();
    app.db.write(move |c| store::save_command(c, &c2)).await?;
    Ok(Json(serde_json::json!({ "token": cmd.token })))
}

/// An ephemeral answer: a post only the caller sees, sent over their sockets and never
/// stored. `key` names the message for the app, which shows its own translation of it.
fn ephemeral(app: &AppState, user: &str, channel: &str, root: &PostId, text: &str, key: &str) {
    let now = now_ms();
    let mut props = serde_json::Map::new();
    if !key.is_empty() {
        props.insert("causerie_message".to_owned(), key.into());
    }
    let post = Post {
        id: PostId(new_id()),
        create_at: now,
        update_at: now,
        user_id: UserId(user.to_owned()),
        channel_id: channel.into(),
        root_id: root.clone(),
        message: text.to_owned(),
        post_type: mm_api::POST_EPHEMERAL.to_owned(),
        props,
        ..Default::default()
    };
    app.hub.publish(&Event::new(
        WsEvent::EphemeralMessage {
            post: Box::new(post),
        },
        Scope::User(user.to_owned()),
    ));
}

/// The first `@name` or `~name` of a command's text, and the rest.
fn take_name(text: &str, sigil: char) -> (String, &str) {
    let text = text.trim_start();
    let (word, rest) = text.split_once(char::is_whitespace).unwrap_or((text, ""));
    (
        word.trim_start_matches(sigil).to_lowercase(),
        rest.trim_start(),
    )
}

/// A live user by username, or 404.
async fn user_named(app: &AppState, name: &str) -> Result<mm_api::User> {
    let n = name.to_owned();
    app.db
        .read(move |c| db::users::by_username(c, &n))
        .await?
        .filter(|u| u.delete_at == 0)
        .ok_or_else(|| {
            AppError::new(
                StatusCode::NOT_FOUND,
                "api.command.user_not_found.app_error",
                "No user by that name.",
            )
        })
}

/// A channel of the team by name, or 404.
async fn channel_named(
    app: &AppState,
    session: &Session,
    team: &str,
    name: &str,
) -> Result<Channel> {
    let Json(ch) = super::channels::get_channel_by_name(
        State(app.clone()),
        session.clone(),
        ApiPath((team.to_owned(), name.to_owned())),
    )
    .await?;
    Ok(ch)
}

/// Posts as the caller (`/me`, `/shrug`, `/echo`, `/msg`): an ordinary post.
async fn post_text(
    app: &AppState,
    user: &str,
    channel: &str,
    root: PostId,
    message: String,
) -> Result<Post> {
    publish(
        app,
        Draft {
            author: user.to_owned(),
            channel_id: channel.into(),
            root_id: root,
            message,
            post_type: String::new(),
            props: serde_json::Map::new(),
            file_ids: Vec::new(),
            pending_post_id: String::new(),
            limit_key: format!("user|{user}"),
            from_hook: false,
        },
    )
    .await
}

fn team_url(team: &mm_api::Team, channel: &Channel) -> String {
    format!("/{}/channels/{}", team.name, channel.name)
}

/// Runs a built-in command; `None` when the trigger is not one.
async fn run_built_in(
    app: &AppState,
    session: &Session,
    trigger: &str,
    text: &str,
    channel: &Channel,
    team: &mm_api::Team,
    root: &PostId,
) -> Result<Option<CommandResponse>> {
    let me = session.user_id.as_str();
    let said = |text: &str, key: &str| {
        ephemeral(app, me, channel.id.as_str(), root, text, key);
        Ok(Some(CommandResponse::default()))
    };
    match trigger {
        "me" | "shrug" | "echo" => {
            let message = match trigger {
                "me" if text.is_empty() => return Err(AppError::invalid_param("text")),
                "me" => format!("*{text}*"),
                "shrug" => format!("{text} ¯\\\\\\_(ツ)\\_/¯").trim_start().to_owned(),
                _ => {
                    let t = text.trim();
                    let t = t
                        .strip_prefix('"')
                        .and_then(|t| t.rsplit_once('"'))
                        .map_or(t, |(m, _)| m);
                    if t.is_empty() {
                        return Err(AppError::invalid_param("text"));
                    }
                    t.to_owned()
                }
            };
            post_text(app, me, channel.id.as_str(), root.clone(), message).await?;
            Ok(Some(CommandResponse::default()))
        }
        "away" | "online" | "dnd" => {
            let _ = super::users::update_status(
                State(app.clone()),
                session.clone(),
                ApiPath(me.to_owned()),
                ApiJson(mm_api::Status {
                    user_id: me.into(),
                    status: trigger.to_owned(),
                    manual: true,
                    ..Default::default()
                }),
            )
            .await?;
            let text = match trigger {
                "away" => "You are now away.",
                "online" => "You are now online.",
                _ => "Do not disturb is on: you will not get desktop or push notifications.",
            };
            said(text, &format!("status-{trigger}"))
        }
        "header" | "purpose" => {
            let mut patch = ChannelPatch::default();
            if trigger == "header" {
                patch.header = Some(text.to_owned());
            } else {
                patch.purpose = Some(text.to_owned());
            }
            let _ = super::channels::patch_channel(
                State(app.clone()),
                session.clone(),
                ApiPath(channel.id.0.clone()),
                ApiJson(patch),
            )
            .await?;
            Ok(Some(CommandResponse::default()))
        }
        "join" => {
            let (name, _) = take_name(text, '~');
            if name.is_empty() {
                return Err(AppError::invalid_param("channel"));
            }
            let target = channel_named(app, session, team.id.as_str(), &name).await?;
            super::channels::add_channel_member(
                State(app.clone()),
                session.clone(),
                ApiPath(target.id.0.clone()),
                ApiJson(AddChannelMember {
                    user_id: Some(me.into()),
                    ..Default::default()
                }),
            )
            .await?;
            Ok(Some(CommandResponse {
                goto_location: team_url(team, &target),
                ..Default::default()
            }))
        }
        "leave" => {
            let _ = super::channels::remove_channel_member(
                State(app.clone()),
                session.clone(),
                ApiPath((channel.id.0.clone(), me.to_owned())),
            )
            .await?;
            Ok(Some(CommandResponse {
                goto_location: format!("/{}/channels/town-square", team.name),
                ..Default::default()
            }))
        }
        "invite" | "kick" => {
            let (name, rest) = take_name(text, '@');
            if name.is_empty() {
                return Err(AppError::invalid_param("user"));
            }
            let user = user_named(app, &name).await?;
            let target = match take_name(rest, '~').0 {
                n if !n.is_empty() && trigger == "invite" => {
                    channel_named(app, session, team.id.as_str(), &n).await?
                }
                _ => channel.clone(),
            };
            if trigger == "invite" {
                super::channels::add_channel_member(
                    State(app.clone()),
                    session.clone(),
                    ApiPath(target.id.0.clone()),
                    ApiJson(AddChannelMember {
                        user_id: Some(user.id.clone()),
                        ..Default::default()
                    }),
                )
                .await?;
            } else {
                let _ = super::channels::remove_channel_member(
                    State(app.clone()),
                    session.clone(),
                    ApiPath((target.id.0.clone(), user.id.0.clone())),
                )
                .await?;
            }
            Ok(Some(CommandResponse::default()))
        }
        "msg" => {
            let (name, message) = take_name(text, '@');
            if name.is_empty() {
                return Err(AppError::invalid_param("user"));
            }
            let user = user_named(app, &name).await?;
            let dm =
                super::channels::direct_channel(app, me, vec![me.to_owned(), user.id.0.clone()])
                    .await?;
            if !message.trim().is_empty() {
                post_text(
                    app,
                    me,
                    dm.id.as_str(),
                    PostId::default(),
                    message.to_owned(),
                )
                .await?;
            }
            Ok(Some(CommandResponse {
                goto_location: team_url(team, &dm),
                ..Default::default()
            }))
        }
        "help" => {
            let mut lines = vec!["Commands you can use:".to_owned()];
            for (t, hint, desc) in BUILT_IN {
                lines.push(format!("- `/{t} {hint}`: {desc}").replace(" `:", "`:"));
            }
            let t = team.id.0.clone();
            if app.config.enable_commands {
                for c in app.db.read(move |c| store::commands(c, &t)).await? {
                    lines.push(format!(
                        "- `/{} {}`: {}",
                        c.trigger, c.auto_complete_hint, c.auto_complete_desc
                    ));
                }
            }
            said(&lines.join("\n"), "help")
        }
        _ => Ok(None),
    }
}

/// `POST /api/v4/commands/execute`: `{channel_id, command, team_id?, root_id?}`.
async fn execute_command(
    State(app): State<AppState>,
    session: Session,
    headers: HeaderMap,
    ApiJson(args): ApiJson<CommandArgs>,
) -> Result<Json<CommandResponse>> {
    check_id(args.channel_id.as_str(), "channel_id")?;
    if !args.root_id.is_empty() {
        check_id(args.root_id.as_str(), "root_id")?;
    }
    let channel = readable_channel(&app, &session, args.channel_id.as_str()).await?;
    let line = args.command.trim();
    let Some(line) = line.strip_prefix('/') else {
        return Err(AppError::invalid_param("command"));
    };
    if line.chars().count() > mm_api::MAX_POST_CHARS {
        return Err(AppError::invalid_param("command"));
    }
    let (trigger, text) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
    let (trigger, text) = (trigger.to_lowercase(), text.trim());
    // Direct messages have no team: the one the caller is in.
    let team_id = if channel.team_id.is_empty() {
        args.team_id.0.clone()
    } else {
        channel.team_id.0.clone()
    };
    check_id(&team_id, "team_id")?;
    let (t, u) = (team_id.clone(), session.user_id.clone());
    let team = app
        .db
        .read(move |c| {
            let team = db::teams::get(c, &t)?.ok_or_else(|| AppError::not_found("team"))?;
            if db::teams::member(c, &t, &u)?.is_none_or(|m| m.delete_at != 0) {
                return Err(AppError::forbidden());
            }
            Ok(team)
        })
        .await?;
    if let Some(answer) = run_built_in(
        &app,
        &session,
        &trigger,
        text,
        &channel,
        &team,
        &args.root_id,
    )
    .await?
    {
        return Ok(Json(answer));
    }
    let (t, tr) = (team_id.clone(), trigger.clone());
    let custom = app
        .db
        .read(move |c| store::command_by_trigger(c, &t, &tr))
        .await?;
    let Some(cmd) = custom else {
        return Err(AppError::new(
            StatusCode::NOT_FOUND,
            "api.command.execute_command.not_found.app_error",
            format!("Command with a trigger of '/{trigger}' not found."),
        ));
    };
    if !app.config.enable_commands {
        return Err(commands_disabled());
    }
    let u = session.user_id.clone();
    let user = app
        .db
        .read(move |c| db::users::get(c, &u))
        .await?
        .ok_or_else(AppError::unauthorized)?;
    let hook_id = new_id();
    let hook = store::CommandHook {
        command_id: cmd.id.clone(),
        user_id: session.user_id.clone(),
        channel_id: channel.id.0.clone(),
        root_id: args.root_id.0.clone(),
    };
    let h = hook_id.clone();
    app.db
        .write(move |c| store::insert_command_hook(c, &h, &hook, now_ms()))
        .await?;
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("localhost");
    let site = crate::notify::site_url(&app.config, host);
    let fields: Vec<(&'static str, String)> = vec![
        ("token", cmd.token.clone()),
        ("team_id", team.id.0.clone()),
        ("team_domain", team.name.clone()),
        ("channel_id", channel.id.0.clone()),
        ("channel_name", channel.name.clone()),
        ("user_id", user.id.0.clone()),
        ("user_name", user.username.clone()),
        ("command", format!("/{trigger}")),
        ("text", text.to_owned()),
        ("trigger_id", new_id()),
        ("root_id", args.root_id.0.clone()),
        ("response_url", format!("{site}/hooks/commands/{hook_id}")),
    ];
    let body = if cmd.method == "G" {
        Body::Query(fields)
    } else {
        Body::Form(fields)
    };
    let answer = outgoing::call(&app, &cmd.url, body, Some(&cmd.token))
        .await?
        .unwrap_or_default();
    respond(
        &app,
        &session.user_id,
        &cmd,
        &channel,
        &args.root_id,
        answer.clone(),
    )
    .await?;
    Ok(Json(answer))
}

/// Carries out a custom command's answer, and its extra answers.
async fn respond(
    app: &AppState,
    user: &str,
    cmd: &Command,
    channel: &Channel,
    root: &PostId,
    answer: CommandResponse,
) -> Result<()> {
    let mut answers = vec![answer];
    while let Some(mut a) = answers.pop() {
        answers.extend(std::mem::take(&mut a.extra_responses).into_iter().take(10));
        if a.text.trim().is_empty() && a.attachments.is_empty() {
            continue;
        }
        if a.response_type == "in_channel" {
            let req = IncomingWebhookRequest {
                text: a.text,
                username: a.username,
                icon_url: a.icon_url,
                props: a.props,
                attachments: a.attachments,
                post_type: a.post_type,
                ..Default::default()
            };
            post_as_hook(
                app,
                user,
                channel,
                root.clone(),
                req,
                &cmd.username,
                &cmd.icon_url,
                format!("command|{}", cmd.id),
            )
            .await?;
        } else {
            ephemeral(app, user, channel.id.as_str(), root, &a.text, "");
        }
    }
    Ok(())
}

/// `POST /hooks/commands/{hook_id}`: a command's delayed answer to its `response_url`
/// (five at most, within half an hour).
async fn execute_command_hook(
    State(app): State<AppState>,
    ApiPath(hook_id): ApiPath<String>,
    HookRequest(answer): HookRequest<CommandResponse>,
) -> Result<Response> {
    let invalid = || {
        AppError::bad_request(
            "web.command_webhook.invalid.app_error",
            "Invalid or expired command webhook.",
        )
    };
    if !mm_api::is_valid_id(&hook_id) {
        return Err(invalid());
    }
    let id = hook_id.clone();
    let found = app
        .db
        .write(move |c| {
            let Some(hook) = store::use_command_hook(c, &id, now_ms())? else {
                return Ok(None);
            };
            let cmd = store::command(c, &hook.command_id)?;
            let ch = db::channels::get(c, &hook.channel_id)?;
            Ok(cmd.zip(ch).map(|(cmd, ch)| (hook, cmd, ch)))
        })
        .await?;
    let Some((hook, cmd, channel)) = found else {
        return Err(invalid());
    };
    respond(
        &app,
        &hook.user_id,
        &cmd,
        &channel,
        &PostId(hook.root_id.clone()),
        answer,
    )
    .await?;
    Ok((StatusCode::OK, [(header::CONTENT_TYPE, "text/plain")], "ok").into_response())
}
