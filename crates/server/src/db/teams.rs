//! Teams and team members.

use mm_api::{Team, TeamId, TeamMember, UserId};
use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::error::Result;

const COLUMNS: &str = "id, create_at, update_at, delete_at, name, display_name, description, \
    email, type, invite_id, allow_open_invite";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Team> {
    Ok(Team {
        id: TeamId(r.get(0)?),
        create_at: r.get(1)?,
        update_at: r.get(2)?,
        delete_at: r.get(3)?,
        name: r.get(4)?,
        display_name: r.get(5)?,
        description: r.get(6)?,
        email: r.get(7)?,
        team_type: r.get(8)?,
        invite_id: r.get(9)?,
        allow_open_invite: r.get(10)?,
        ..Default::default()
    })
}

fn member_from_row(r: &Row<'_>) -> rusqlite::Result<TeamMember> {
    let roles: String = r.get(2)?;
    Ok(TeamMember {
        team_id: TeamId(r.get(0)?),
        user_id: UserId(r.get(1)?),
        scheme_admin: roles.split_whitespace().any(|x| x == "team_admin"),
        scheme_user: true,
        roles,
        delete_at: r.get(3)?,
        ..Default::default()
    })
}

/// One team by id.
pub fn get(c: &Connection, id: &str) -> Result<Option<Team>> {
    Ok(c.query_row(
        &format!("SELECT {COLUMNS} FROM teams WHERE id = ?"),
        [id],
        from_row,
    )
    .optional()?)
}

/// One team by name.
pub fn by_name(c: &Connection, name: &str) -> Result<Option<Team>> {
    Ok(c.query_row(
        &format!("SELECT {COLUMNS} FROM teams WHERE name = ?"),
        [name],
        from_row,
    )
    .optional()?)
}

/// One team by invite id.
pub fn by_invite(c: &Connection, invite_id: &str) -> Result<Option<Team>> {
    Ok(c.query_row(
        &format!("SELECT {COLUMNS} FROM teams WHERE invite_id = ? AND delete_at = 0"),
        [invite_id],
        from_row,
    )
    .optional()?)
}

/// All teams, by display name.
pub fn all(c: &Connection) -> Result<Vec<Team>> {
    let mut stmt = c.prepare(&format!(
        "SELECT {COLUMNS} FROM teams WHERE delete_at = 0 ORDER BY display_name, id"
    ))?;
    Ok(stmt.query_map([], from_row)?.collect::<Result<_, _>>()?)
}

/// The teams a user belongs to.
pub fn for_user(c: &Connection, user_id: &str) -> Result<Vec<Team>> {
    let mut stmt = c.prepare(&format!(
        "SELECT {COLUMNS} FROM teams WHERE delete_at = 0 AND id IN
            (SELECT team_id FROM team_members WHERE user_id = ? AND delete_at = 0)
         ORDER BY display_name, id"
    ))?;
    Ok(stmt
        .query_map([user_id], from_row)?
        .collect::<Result<_, _>>()?)
}

/// The oldest team: the default team made on first start.
pub fn first(c: &Connection) -> Result<Option<Team>> {
    Ok(c.query_row(
        &format!("SELECT {COLUMNS} FROM teams WHERE delete_at = 0 ORDER BY create_at, id LIMIT 1"),
        [],
        from_row,
    )
    .optional()?)
}

/// Stores a new team.
pub fn insert(c: &Connection, t: &Team) -> Result<()> {
    c.execute(
        "INSERT INTO teams (id, create_at, update_at, name, display_name, description, email,
            type, invite_id, allow_open_invite) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        params![
            t.id.as_str(),
            t.create_at,
            t.update_at,
            t.name,
            t.display_name,
            t.description,
            t.email,
            t.team_type,
            t.invite_id,
            t.allow_open_invite
        ],
    )?;
    Ok(())
}

/// Gives a team a new invite id.
pub fn set_invite_id(c: &Connection, team_id: &str, invite_id: &str, now: i64) -> Result<()> {
    c.execute(
        "UPDATE teams SET invite_id = ?, update_at = ? WHERE id = ?",
        params![invite_id, now, team_id],
    )?;
    Ok(())
}

/// A user's active membership of a team.
pub fn member(c: &Connection, team_id: &str, user_id: &str) -> Result<Option<TeamMember>> {
    Ok(c.query_row(
        "SELECT team_id, user_id, roles, delete_at FROM team_members
         WHERE team_id = ? AND user_id = ? AND delete_at = 0",
        [team_id, user_id],
        member_from_row,
    )
    .optional()?)
}

/// A page of a team's members.
pub fn members(c: &Connection, team_id: &str, limit: i64, offset: i64) -> Result<Vec<TeamMember>> {
    let mut stmt = c.prepare(
        "SELECT team_id, user_id, roles, delete_at FROM team_members
         WHERE team_id = ? AND delete_at = 0 ORDER BY user_id LIMIT ? OFFSET ?",
    )?;
    Ok(stmt
        .query_map(params![team_id, limit, offset], member_from_row)?
        .collect::<Result<_, _>>()?)
}

/// A user's memberships of all teams.
pub fn members_for_user(c: &Connection, user_id: &str) -> Result<Vec<TeamMember>> {
    let mut stmt = c.prepare(
        "SELECT m.team_id, m.user_id, m.roles, m.delete_at FROM team_members m
         JOIN teams t ON t.id = m.team_id
         WHERE m.user_id = ? AND m.delete_at = 0 AND t.delete_at = 0",
    )?;
    Ok(stmt
        .query_map([user_id], member_from_row)?
        .collect::<Result<_, _>>()?)
}

/// Adds a user to a team (or re-activates a former membership).
pub fn add_member(c: &Connection, team_id: &str, user_id: &str, roles: &str) -> Result<()> {
    c.execute(
        "INSERT INTO team_members (team_id, user_id, roles) VALUES (?, ?, ?)
         ON CONFLICT (team_id, user_id) DO UPDATE SET delete_at = 0",
        params![team_id, user_id, roles],
    )?;
    Ok(())
}

/// Every active (team, user) membership, for the event router.
pub fn all_memberships(c: &Connection) -> Result<Vec<(String, String)>> {
    let mut stmt = c.prepare("SELECT team_id, user_id FROM team_members WHERE delete_at = 0")?;
    Ok(stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?)
}
