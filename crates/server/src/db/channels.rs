//! Channels and channel members.

use mm_api::{Channel, ChannelId, ChannelMember, ChannelType, TeamId, UserId};
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::json_col;
use crate::error::Result;

const COLUMNS: &str = "id, create_at, update_at, delete_at, team_id, type, name, display_name, \
    header, purpose, last_post_at, last_root_post_at, total_msg_count, total_msg_count_root, \
    creator_id";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Channel> {
    Ok(Channel {
        id: ChannelId(r.get(0)?),
        create_at: r.get(1)?,
        update_at: r.get(2)?,
        delete_at: r.get(3)?,
        team_id: TeamId(r.get(4)?),
        channel_type: ChannelType::from(r.get::<_, String>(5)?),
        name: r.get(6)?,
        display_name: r.get(7)?,
        header: r.get(8)?,
        purpose: r.get(9)?,
        last_post_at: r.get(10)?,
        last_root_post_at: r.get(11)?,
        total_msg_count: r.get(12)?,
        total_msg_count_root: r.get(13)?,
        creator_id: UserId(r.get(14)?),
        ..Default::default()
    })
}

const MEMBER_COLUMNS: &str = "channel_id, user_id, roles, last_viewed_at, msg_count, \
    msg_count_root, mention_count, mention_count_root, notify_props, last_update_at";

fn member_from_row(r: &Row<'_>) -> rusqlite::Result<ChannelMember> {
    let roles: String = r.get(2)?;
    Ok(ChannelMember {
        channel_id: ChannelId(r.get(0)?),
        user_id: UserId(r.get(1)?),
        scheme_admin: roles.split_whitespace().any(|x| x == "channel_admin"),
        scheme_user: true,
        roles,
        last_viewed_at: r.get(3)?,
        msg_count: r.get(4)?,
        msg_count_root: r.get(5)?,
        mention_count: r.get(6)?,
        mention_count_root: r.get(7)?,
        notify_props: json_col(r.get(8)?),
        last_update_at: r.get(9)?,
        ..Default::default()
    })
}

/// Default notification settings of a new membership.
pub fn default_notify_props() -> mm_api::StringMap {
    [
        ("desktop", "default"),
        ("email", "default"),
        ("push", "default"),
        ("mark_unread", "all"),
        ("ignore_channel_mentions", "default"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect()
}

/// One channel by id.
pub fn get(c: &Connection, id: &str) -> Result<Option<Channel>> {
    Ok(c.query_row(
        &format!("SELECT {COLUMNS} FROM channels WHERE id = ?"),
        [id],
        from_row,
    )
    .optional()?)
}

/// One channel by team and name (team `""` for direct and group messages).
pub fn by_name(c: &Connection, team_id: &str, name: &str) -> Result<Option<Channel>> {
    Ok(c.query_row(
        &format!("SELECT {COLUMNS} FROM channels WHERE team_id = ? AND name = ?"),
        [team_id, name],
        from_row,
    )
    .optional()?)
}

/// Stores a new channel.
pub fn insert(c: &Connection, ch: &Channel) -> Result<()> {
    c.execute(
        "INSERT INTO channels (id, create_at, update_at, team_id, type, name, display_name,
            header, purpose, creator_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        params![
            ch.id.as_str(),
            ch.create_at,
            ch.update_at,
            ch.team_id.as_str(),
            ch.channel_type.as_str(),
            ch.name,
            ch.display_name,
            ch.header,
            ch.purpose,
            ch.creator_id.as_str()
        ],
    )?;
    Ok(())
}

/// Saves name, display name, header and purpose.
pub fn update(c: &Connection, ch: &Channel) -> Result<()> {
    c.execute(
        "UPDATE channels SET update_at = ?, name = ?, display_name = ?, header = ?, purpose = ?
         WHERE id = ?",
        params![
            ch.update_at,
            ch.name,
            ch.display_name,
            ch.header,
            ch.purpose,
            ch.id.as_str()
        ],
    )?;
    Ok(())
}

/// Archives a channel.
pub fn archive(c: &Connection, id: &str, now: i64) -> Result<()> {
    c.execute(
        "UPDATE channels SET delete_at = ?1, update_at = ?1 WHERE id = ?2",
        params![now, id],
    )?;
    Ok(())
}

/// A page of a team's public, active channels.
pub fn public_in_team(
    c: &Connection,
    team_id: &str,
    limit: i64,
    offset: i64,
) -> Result<Vec<Channel>> {
    let mut stmt = c.prepare(&format!(
        "SELECT {COLUMNS} FROM channels WHERE team_id = ? AND type = 'O' AND delete_at = 0
         ORDER BY display_name, id LIMIT ? OFFSET ?"
    ))?;
    Ok(stmt
        .query_map(params![team_id, limit, offset], from_row)?
        .collect::<Result<_, _>>()?)
}

/// The channels a user is in: those of one team plus direct and group messages, or of all
/// teams when `team_id` is `None`.
pub fn for_user(
    c: &Connection,
    user_id: &str,
    team_id: Option<&str>,
    include_deleted: bool,
) -> Result<Vec<Channel>> {
    let mut stmt = c.prepare(&format!(
        "SELECT {COLUMNS} FROM channels WHERE id IN
            (SELECT channel_id FROM channel_members WHERE user_id = ?1)
         AND (?2 IS NULL OR team_id = ?2 OR team_id = '')
         AND (?3 OR delete_at = 0)
         ORDER BY display_name, id"
    ))?;
    Ok(stmt
        .query_map(params![user_id, team_id, include_deleted], from_row)?
        .collect::<Result<_, _>>()?)
}

/// A user's membership of a channel.
pub fn member(c: &Connection, channel_id: &str, user_id: &str) -> Result<Option<ChannelMember>> {
    Ok(c.query_row(
        &format!(
            "SELECT {MEMBER_COLUMNS} FROM channel_members WHERE channel_id = ? AND user_id = ?"
        ),
        [channel_id, user_id],
        member_from_row,
    )
    .optional()?)
}

/// A page of a channel's members.
pub fn members(
    c: &Connection,
    channel_id: &str,
    limit: i64,
    offset: i64,
) -> Result<Vec<ChannelMember>> {
    let mut stmt = c.prepare(&format!(
        "SELECT {MEMBER_COLUMNS} FROM channel_members WHERE channel_id = ?
         ORDER BY user_id LIMIT ? OFFSET ?"
    ))?;
    Ok(stmt
        .query_map(params![channel_id, limit, offset], member_from_row)?
        .collect::<Result<_, _>>()?)
}

/// A user's memberships: of one team's channels plus direct and group messages, or of all.
pub fn members_for_user(
    c: &Connection,
    user_id: &str,
    team_id: Option<&str>,
) -> Result<Vec<ChannelMember>> {
    let mut stmt = c.prepare(&format!(
        "SELECT {MEMBER_COLUMNS} FROM channel_members WHERE user_id = ?1 AND channel_id IN
            (SELECT id FROM channels WHERE ?2 IS NULL OR team_id = ?2 OR team_id = '')"
    ))?;
    Ok(stmt
        .query_map(params![user_id, team_id], member_from_row)?
        .collect::<Result<_, _>>()?)
}

/// Number of members of a channel.
pub fn member_count(c: &Connection, channel_id: &str) -> Result<i64> {
    Ok(c.query_row(
        "SELECT count(*) FROM channel_members WHERE channel_id = ?",
        [channel_id],
        |r| r.get(0),
    )?)
}

/// Adds a member, who starts with everything read. Returns false if already a member.
pub fn add_member(
    c: &Connection,
    channel_id: &str,
    user_id: &str,
    roles: &str,
    now: i64,
) -> Result<bool> {
    let n = c.execute(
        "INSERT INTO channel_members (channel_id, user_id, roles, last_viewed_at, msg_count,
            msg_count_root, notify_props, last_update_at)
         SELECT id, ?2, ?3, ?4, total_msg_count, total_msg_count_root, ?5, ?4
         FROM channels WHERE id = ?1
         ON CONFLICT (channel_id, user_id) DO NOTHING",
        params![
            channel_id,
            user_id,
            roles,
            now,
            serde_json::to_string(&default_notify_props())?
        ],
    )?;
    Ok(n > 0)
}

/// Removes a member. Returns false if not a member.
pub fn remove_member(c: &Connection, channel_id: &str, user_id: &str) -> Result<bool> {
    Ok(c.execute(
        "DELETE FROM channel_members WHERE channel_id = ? AND user_id = ?",
        [channel_id, user_id],
    )? > 0)
}

/// Marks a channel read for a member. Returns the new `last_viewed_at`, or `None` if the
/// user is not a member.
pub fn mark_viewed(
    c: &Connection,
    channel_id: &str,
    user_id: &str,
    now: i64,
) -> Result<Option<i64>> {
    let n = c.execute(
        "UPDATE channel_members SET last_viewed_at = ?3, last_update_at = ?3,
            msg_count = (SELECT total_msg_count FROM channels WHERE id = ?1),
            msg_count_root = (SELECT total_msg_count_root FROM channels WHERE id = ?1),
            mention_count = 0, mention_count_root = 0
         WHERE channel_id = ?1 AND user_id = ?2",
        params![channel_id, user_id, now],
    )?;
    Ok((n > 0).then_some(now))
}

/// Every (channel, user) membership, for the event router.
pub fn all_memberships(c: &Connection) -> Result<Vec<(String, String)>> {
    let mut stmt = c.prepare("SELECT channel_id, user_id FROM channel_members")?;
    Ok(stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?)
}

/// Every channel's team, for the event router.
pub fn all_teams(c: &Connection) -> Result<Vec<(String, String)>> {
    let mut stmt = c.prepare("SELECT id, team_id FROM channels")?;
    Ok(stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?)
}

/// Whether a channel's members (not admins) may do what a moderation names
/// (`use_channel_mentions`): yes unless an admin said no.
pub fn members_may(c: &Connection, channel_id: &str, name: &str) -> Result<bool> {
    let members: Option<bool> = c
        .prepare_cached(
            "SELECT members FROM channel_moderations WHERE channel_id = ? AND name = ?",
        )?
        .query_row([channel_id, name], |r| r.get(0))
        .optional()?;
    Ok(members.unwrap_or(true))
}

/// Sets what a channel's members may do.
pub fn set_members_may(c: &Connection, channel_id: &str, name: &str, members: bool) -> Result<()> {
    c.execute(
        "INSERT OR REPLACE INTO channel_moderations (channel_id, name, members) VALUES (?, ?, ?)",
        rusqlite::params![channel_id, name, members],
    )?;
    Ok(())
}

/// A system admin, or an admin of the channel.
pub fn is_channel_admin(c: &Connection, channel_id: &str, user_id: &str) -> Result<bool> {
    if super::users::get(c, user_id)?.is_some_and(|u| u.is_system_admin()) {
        return Ok(true);
    }
    Ok(member(c, channel_id, user_id)?.is_some_and(|m| m.scheme_admin))
}
