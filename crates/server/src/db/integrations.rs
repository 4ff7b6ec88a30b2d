//! Bots, personal access tokens, webhooks and slash commands.

use mm_api::{Bot, Command, IncomingWebhook, OutgoingWebhook, UserAccessToken};
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::json_col;
use crate::error::Result;

const BOT_COLUMNS: &str = "b.user_id, u.username, u.nickname, b.description, b.owner_id, \
    b.create_at, b.update_at, b.delete_at";

fn bot_row(r: &Row<'_>) -> rusqlite::Result<Bot> {
    Ok(Bot {
        user_id: r.get::<_, String>(0)?.into(),
        username: r.get(1)?,
        display_name: r.get(2)?,
        description: r.get(3)?,
        owner_id: r.get::<_, String>(4)?.into(),
        create_at: r.get(5)?,
        update_at: r.get(6)?,
        delete_at: r.get(7)?,
    })
}

/// Makes a bot of a new user row (which has no password).
pub fn insert_bot(c: &Connection, bot: &Bot) -> Result<()> {
    c.execute(
        "UPDATE users SET is_bot = 1 WHERE id = ?",
        [bot.user_id.as_str()],
    )?;
    c.execute(
        "INSERT INTO bots (user_id, description, owner_id, create_at, update_at)
         VALUES (?, ?, ?, ?, ?)",
        params![
            bot.user_id.as_str(),
            bot.description,
            bot.owner_id.as_str(),
            bot.create_at,
            bot.update_at
        ],
    )?;
    Ok(())
}

/// One bot.
pub fn bot(c: &Connection, user_id: &str) -> Result<Option<Bot>> {
    Ok(c.query_row(
        &format!(
            "SELECT {BOT_COLUMNS} FROM bots b JOIN users u ON u.id = b.user_id WHERE b.user_id = ?"
        ),
        [user_id],
        bot_row,
    )
    .optional()?)
}

/// Bots, by creation; of one owner if given; disabled ones only if asked.
pub fn bots(
    c: &Connection,
    owner: Option<&str>,
    include_deleted: bool,
    offset: i64,
    limit: i64,
) -> Result<Vec<Bot>> {
    let mut stmt = c.prepare(&format!(
        "SELECT {BOT_COLUMNS} FROM bots b JOIN users u ON u.id = b.user_id
         WHERE (?1 IS NULL OR b.owner_id = ?1) AND (?2 OR b.delete_at = 0)
         ORDER BY b.create_at, b.user_id LIMIT ?3 OFFSET ?4"
    ))?;
    let rows = stmt
        .query_map(params![owner, include_deleted, limit, offset], bot_row)?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// Saves a bot's description, owner and state (and its user's `delete_at` with it).
pub fn update_bot(c: &Connection, bot: &Bot) -> Result<()> {
    c.execute(
        "UPDATE bots SET description = ?, owner_id = ?, update_at = ?, delete_at = ?
         WHERE user_id = ?",
        params![
            bot.description,
            bot.owner_id.as_str(),
            bot.update_at,
            bot.delete_at,
            bot.user_id.as_str()
        ],
    )?;
    c.execute(
        "UPDATE users SET delete_at = ?, update_at = ? WHERE id = ?",
        params![bot.delete_at, bot.update_at, bot.user_id.as_str()],
    )?;
    Ok(())
}

/// Whether a user is a bot.
pub fn is_bot(c: &Connection, user_id: &str) -> Result<bool> {
    Ok(c.prepare_cached("SELECT is_bot FROM users WHERE id = ?")?
        .query_row([user_id], |r| r.get(0))
        .optional()?
        .unwrap_or(false))
}

fn token_row(r: &Row<'_>) -> rusqlite::Result<UserAccessToken> {
    Ok(UserAccessToken {
        id: r.get(0)?,
        token: String::new(),
        user_id: r.get::<_, String>(1)?.into(),
        description: r.get(2)?,
        is_active: r.get(3)?,
    })
}

/// Stores a personal access token by the hash of its secret.
pub fn insert_token(c: &Connection, t: &UserAccessToken, hash: &str, now: i64) -> Result<()> {
    c.execute(
        "INSERT INTO access_tokens (id, token_hash, user_id, description, create_at)
         VALUES (?, ?, ?, ?, ?)",
        params![t.id, hash, t.user_id.as_str(), t.description, now],
    )?;
    Ok(())
}

/// One token (without its secret).
pub fn token(c: &Connection, id: &str) -> Result<Option<UserAccessToken>> {
    Ok(c.query_row(
        "SELECT id, user_id, description, is_active FROM access_tokens WHERE id = ?",
        [id],
        token_row,
    )
    .optional()?)
}

/// A user's tokens, oldest first.
pub fn tokens(c: &Connection, user_id: &str) -> Result<Vec<UserAccessToken>> {
    let mut stmt = c.prepare(
        "SELECT id, user_id, description, is_active FROM access_tokens WHERE user_id = ?
         ORDER BY create_at, id",
    )?;
    let rows = stmt
        .query_map([user_id], token_row)?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// The active token whose secret hashes to `hash`, of a live account: (token id, user id).
pub fn token_by_hash(c: &Connection, hash: &str) -> Result<Option<(String, String)>> {
    Ok(c.query_row(
        "SELECT t.id, t.user_id FROM access_tokens t JOIN users u ON u.id = t.user_id
         WHERE t.token_hash = ? AND t.is_active AND u.delete_at = 0",
        [hash],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .optional()?)
}

/// Switches a token on or off, or deletes it (`None`); returns the sessions it had, which
/// the caller ends.
pub fn set_token(c: &Connection, id: &str, active: Option<bool>) -> Result<Vec<String>> {
    let mut stmt = c.prepare("SELECT id FROM sessions WHERE access_token_id = ?")?;
    let sessions: Vec<String> = stmt
        .query_map([id], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    c.execute("DELETE FROM sessions WHERE access_token_id = ?", [id])?;
    match active {
        Some(on) => c.execute(
            "UPDATE access_tokens SET is_active = ? WHERE id = ?",
            params![on, id],
        )?,
        None => c.execute("DELETE FROM access_tokens WHERE id = ?", [id])?,
    };
    Ok(sessions)
}

const INCOMING_COLUMNS: &str = "id, create_at, update_at, user_id, channel_id, team_id, \
    display_name, description, username, icon_url, channel_locked";

fn incoming_row(r: &Row<'_>) -> rusqlite::Result<IncomingWebhook> {
    Ok(IncomingWebhook {
        id: r.get(0)?,
        create_at: r.get(1)?,
        update_at: r.get(2)?,
        delete_at: 0,
        user_id: r.get::<_, String>(3)?.into(),
        channel_id: r.get::<_, String>(4)?.into(),
        team_id: r.get::<_, String>(5)?.into(),
        display_name: r.get(6)?,
        description: r.get(7)?,
        username: r.get(8)?,
        icon_url: r.get(9)?,
        channel_locked: r.get(10)?,
    })
}

/// Stores an incoming webhook, new or changed.
pub fn save_incoming(c: &Connection, h: &IncomingWebhook) -> Result<()> {
    c.execute(
        &format!(
            "INSERT OR REPLACE INTO incoming_hooks ({INCOMING_COLUMNS})
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        ),
        params![
            h.id,
            h.create_at,
            h.update_at,
            h.user_id.as_str(),
            h.channel_id.as_str(),
            h.team_id.as_str(),
            h.display_name,
            h.description,
            h.username,
            h.icon_url,
            h.channel_locked
        ],
    )?;
    Ok(())
}

/// One incoming webhook.
pub fn incoming(c: &Connection, id: &str) -> Result<Option<IncomingWebhook>> {
    Ok(c.prepare_cached(&format!(
        "SELECT {INCOMING_COLUMNS} FROM incoming_hooks WHERE id = ?"
    ))?
    .query_row([id], incoming_row)
    .optional()?)
}

/// Incoming webhooks, of a team and of a creator when given, oldest first.
pub fn incoming_list(
    c: &Connection,
    team: Option<&str>,
    creator: Option<&str>,
    offset: i64,
    limit: i64,
) -> Result<Vec<IncomingWebhook>> {
    let mut stmt = c.prepare(&format!(
        "SELECT {INCOMING_COLUMNS} FROM incoming_hooks
         WHERE (?1 IS NULL OR team_id = ?1) AND (?2 IS NULL OR user_id = ?2)
         ORDER BY create_at, id LIMIT ?3 OFFSET ?4"
    ))?;
    let rows = stmt
        .query_map(params![team, creator, limit, offset], incoming_row)?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// Deletes an incoming webhook.
pub fn delete_incoming(c: &Connection, id: &str) -> Result<()> {
    c.execute("DELETE FROM incoming_hooks WHERE id = ?", [id])?;
    Ok(())
}

const OUTGOING_COLUMNS: &str = "id, token, create_at, update_at, creator_id, team_id, \
    channel_id, trigger_words, trigger_when, callback_urls, display_name, description, \
    content_type, username, icon_url";

fn outgoing_row(r: &Row<'_>) -> rusqlite::Result<OutgoingWebhook> {
    Ok(OutgoingWebhook {
        id: r.get(0)?,
        token: r.get(1)?,
        create_at: r.get(2)?,
        update_at: r.get(3)?,
        delete_at: 0,
        creator_id: r.get::<_, String>(4)?.into(),
        team_id: r.get::<_, String>(5)?.into(),
        channel_id: r.get::<_, String>(6)?.into(),
        trigger_words: json_col(r.get(7)?),
        trigger_when: r.get(8)?,
        callback_urls: json_col(r.get(9)?),
        display_name: r.get(10)?,
        description: r.get(11)?,
        content_type: r.get(12)?,
        username: r.get(13)?,
        icon_url: r.get(14)?,
    })
}

/// Stores an outgoing webhook, new or changed.
pub fn save_outgoing(c: &Connection, h: &OutgoingWebhook) -> Result<()> {
    c.execute(
        &format!(
            "INSERT OR REPLACE INTO outgoing_hooks ({OUTGOING_COLUMNS})
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        ),
        params![
            h.id,
            h.token,
            h.create_at,
            h.update_at,
            h.creator_id.as_str(),
            h.team_id.as_str(),
            h.channel_id.as_str(),
            serde_json::to_string(&h.trigger_words)?,
            h.trigger_when,
            serde_json::to_string(&h.callback_urls)?,
            h.display_name,
            h.description,
            h.content_type,
            h.username,
            h.icon_url
        ],
    )?;
    Ok(())
}

/// One outgoing webhook.
pub fn outgoing(c: &Connection, id: &str) -> Result<Option<OutgoingWebhook>> {
    Ok(c.query_row(
        &format!("SELECT {OUTGOING_COLUMNS} FROM outgoing_hooks WHERE id = ?"),
        [id],
        outgoing_row,
    )
    .optional()?)
}

/// Outgoing webhooks, of a team, channel and creator when given, oldest first.
pub fn outgoing_list(
    c: &Connection,
    team: Option<&str>,
    channel: Option<&str>,
    creator: Option<&str>,
    offset: i64,
    limit: i64,
) -> Result<Vec<OutgoingWebhook>> {
    let mut stmt = c.prepare(&format!(
        "SELECT {OUTGOING_COLUMNS} FROM outgoing_hooks
         WHERE (?1 IS NULL OR team_id = ?1) AND (?2 IS NULL OR channel_id = ?2)
           AND (?3 IS NULL OR creator_id = ?3)
         ORDER BY create_at, id LIMIT ?4 OFFSET ?5"
    ))?;
    let rows = stmt
        .query_map(params![team, channel, creator, limit, offset], outgoing_row)?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// The outgoing webhooks a post in this channel of this team may trigger.
pub fn outgoing_for(c: &Connection, team: &str, channel: &str) -> Result<Vec<OutgoingWebhook>> {
    let mut stmt = c.prepare_cached(&format!(
        "SELECT {OUTGOING_COLUMNS} FROM outgoing_hooks
         WHERE team_id = ?1 AND (channel_id = '' OR channel_id = ?2)"
    ))?;
    let rows = stmt
        .query_map([team, channel], outgoing_row)?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// Whether a team has outgoing webhooks at all: most posts need look no further.
pub fn team_has_outgoing(c: &Connection, team: &str) -> Result<bool> {
    Ok(
        c.prepare_cached("SELECT 1 FROM outgoing_hooks WHERE team_id = ? LIMIT 1")?
            .query_row([team], |_| Ok(()))
            .optional()?
            .is_some(),
    )
}

/// Deletes an outgoing webhook.
pub fn delete_outgoing(c: &Connection, id: &str) -> Result<()> {
    c.execute("DELETE FROM outgoing_hooks WHERE id = ?", [id])?;
    Ok(())
}

const COMMAND_COLUMNS: &str = "id, token, create_at, update_at, creator_id, team_id, trigger, \
    method, url, username, icon_url, auto_complete, auto_complete_desc, auto_complete_hint, \
    display_name, description";

fn command_row(r: &Row<'_>) -> rusqlite::Result<Command> {
    Ok(Command {
        id: r.get(0)?,
        token: r.get(1)?,
        create_at: r.get(2)?,
        update_at: r.get(3)?,
        delete_at: 0,
        creator_id: r.get::<_, String>(4)?.into(),
        team_id: r.get::<_, String>(5)?.into(),
        trigger: r.get(6)?,
        method: r.get(7)?,
        url: r.get(8)?,
        username: r.get(9)?,
        icon_url: r.get(10)?,
        auto_complete: r.get(11)?,
        auto_complete_desc: r.get(12)?,
        auto_complete_hint: r.get(13)?,
        display_name: r.get(14)?,
        description: r.get(15)?,
    })
}

/// Stores a slash command, new or changed.
pub fn save_command(c: &Connection, cmd: &Command) -> Result<()> {
    c.execute(
        &format!(
            "INSERT OR REPLACE INTO commands ({COMMAND_COLUMNS})
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        ),
        params![
            cmd.id,
            cmd.token,
            cmd.create_at,
            cmd.update_at,
            cmd.creator_id.as_str(),
            cmd.team_id.as_str(),
            cmd.trigger,
            cmd.method,
            cmd.url,
            cmd.username,
            cmd.icon_url,
            cmd.auto_complete,
            cmd.auto_complete_desc,
            cmd.auto_complete_hint,
            cmd.display_name,
            cmd.description
        ],
    )?;
    Ok(())
}

/// One slash command.
pub fn command(c: &Connection, id: &str) -> Result<Option<Command>> {
    Ok(c.query_row(
        &format!("SELECT {COMMAND_COLUMNS} FROM commands WHERE id = ?"),
        [id],
        command_row,
    )
    .optional()?)
}

/// A team's command with this trigger.
pub fn command_by_trigger(c: &Connection, team: &str, trigger: &str) -> Result<Option<Command>> {
    Ok(c.query_row(
        &format!("SELECT {COMMAND_COLUMNS} FROM commands WHERE team_id = ? AND trigger = ?"),
        [team, trigger],
        command_row,
    )
    .optional()?)
}

/// A team's commands, by trigger.
pub fn commands(c: &Connection, team: &str) -> Result<Vec<Command>> {
    let mut stmt = c.prepare(&format!(
        "SELECT {COMMAND_COLUMNS} FROM commands WHERE team_id = ? ORDER BY trigger"
    ))?;
    let rows = stmt
        .query_map([team], command_row)?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// Deletes a slash command.
pub fn delete_command(c: &Connection, id: &str) -> Result<()> {
    c.execute("DELETE FROM commands WHERE id = ?", [id])?;
    Ok(())
}

/// Where a command's delayed answers go (`response_url`).
pub struct CommandHook {
    pub command_id: String,
    pub user_id: String,
    pub channel_id: String,
    pub root_id: String,
}

/// Makes the `response_url` of one run of a command.
pub fn insert_command_hook(c: &Connection, id: &str, h: &CommandHook, now: i64) -> Result<()> {
    c.execute(
        "INSERT INTO command_webhooks (id, create_at, command_id, user_id, channel_id, root_id)
         VALUES (?, ?, ?, ?, ?, ?)",
        params![id, now, h.command_id, h.user_id, h.channel_id, h.root_id],
    )?;
    // Those past their half hour are of no more use.
    c.execute(
        "DELETE FROM command_webhooks WHERE create_at < ?",
        [now - COMMAND_HOOK_MS],
    )?;
    Ok(())
}

/// A `response_url` lasts half an hour and takes five answers, as in Mattermost.
pub const COMMAND_HOOK_MS: i64 = 30 * 60 * 1000;
const COMMAND_HOOK_USES: i64 = 5;

/// Uses a `response_url` once, if it is still good.
pub fn use_command_hook(c: &Connection, id: &str, now: i64) -> Result<Option<CommandHook>> {
    let changed = c.execute(
        "UPDATE command_webhooks SET use_count = use_count + 1
         WHERE id = ? AND use_count < ? AND create_at >= ?",
        params![id, COMMAND_HOOK_USES, now - COMMAND_HOOK_MS],
    )?;
    if changed == 0 {
        return Ok(None);
    }
    Ok(c.query_row(
        "SELECT command_id, user_id, channel_id, root_id FROM command_webhooks WHERE id = ?",
        [id],
        |r| {
            Ok(CommandHook {
                command_id: r.get(0)?,
                user_id: r.get(1)?,
                channel_id: r.get(2)?,
                root_id: r.get(3)?,
            })
        },
    )
    .optional()?)
}
