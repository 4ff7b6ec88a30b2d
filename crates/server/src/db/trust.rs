//! Two-factor secrets, the code of conduct, invitations, sessions as their users see them,
//! and the audit log.

use mm_api::{Audit, Invitation, Session, TermsOfService, UserId};
use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::error::Result;

/// A user's two-factor state: whether it is on, the sealed secret (also while being set
/// up), and the last step a code was accepted for.
pub struct Mfa {
    pub active: bool,
    pub sealed_secret: String,
    pub last_step: i64,
}

/// The two-factor state of a live account.
pub fn mfa(c: &Connection, user_id: &str) -> Result<Option<Mfa>> {
    Ok(c.query_row(
        "SELECT mfa_active, mfa_secret, mfa_last_step FROM users WHERE id = ? AND delete_at = 0",
        [user_id],
        |r| {
            Ok(Mfa {
                active: r.get(0)?,
                sealed_secret: r.get(1)?,
                last_step: r.get(2)?,
            })
        },
    )
    .optional()?)
}

/// Stores a new secret, not yet active.
pub fn set_mfa_secret(c: &Connection, user_id: &str, sealed: &str) -> Result<()> {
    c.execute(
        "UPDATE users SET mfa_secret = ? WHERE id = ? AND mfa_active = 0",
        params![sealed, user_id],
    )?;
    Ok(())
}

/// Takes `step` as used, unless it or a later one was: `false` for a replayed code.
pub fn use_step(c: &Connection, user_id: &str, step: i64) -> Result<bool> {
    Ok(c.execute(
        "UPDATE users SET mfa_last_step = ? WHERE id = ? AND mfa_last_step < ?",
        params![step, user_id, step],
    )? == 1)
}

/// Turns two-factor log-in on, with the hashes of the new recovery codes.
pub fn activate_mfa(c: &Connection, user_id: &str, recovery: &[String], now: i64) -> Result<()> {
    c.execute(
        "UPDATE users SET mfa_active = 1, update_at = ? WHERE id = ?",
        params![now, user_id],
    )?;
    c.execute("DELETE FROM mfa_recovery WHERE user_id = ?", [user_id])?;
    let mut insert =
        c.prepare("INSERT OR IGNORE INTO mfa_recovery (user_id, code_hash) VALUES (?, ?)")?;
    for hash in recovery {
        insert.execute(params![user_id, hash])?;
    }
    Ok(())
}

/// Turns two-factor log-in off and forgets the secret and recovery codes.
pub fn deactivate_mfa(c: &Connection, user_id: &str, now: i64) -> Result<()> {
    c.execute(
        "UPDATE users SET mfa_active = 0, mfa_secret = '', mfa_last_step = 0, update_at = ?
         WHERE id = ?",
        params![now, user_id],
    )?;
    c.execute("DELETE FROM mfa_recovery WHERE user_id = ?", [user_id])?;
    Ok(())
}

/// Uses up a recovery code: `false` if the user has no such code (left).
pub fn use_recovery_code(c: &Connection, user_id: &str, hash: &str) -> Result<bool> {
    Ok(c.execute(
        "DELETE FROM mfa_recovery WHERE user_id = ? AND code_hash = ?",
        params![user_id, hash],
    )? == 1)
}

fn terms_row(r: &Row<'_>) -> rusqlite::Result<TermsOfService> {
    Ok(TermsOfService {
        id: r.get(0)?,
        create_at: r.get(1)?,
        user_id: UserId(r.get(2)?),
        text: r.get(3)?,
    })
}

/// The current code of conduct, if an admin wrote one.
pub fn latest_terms(c: &Connection) -> Result<Option<TermsOfService>> {
    Ok(c.query_row(
        "SELECT id, create_at, user_id, text FROM terms_of_service
         ORDER BY create_at DESC, rowid DESC LIMIT 1",
        [],
        terms_row,
    )
    .optional()?)
}

/// Stores a new version.
pub fn insert_terms(c: &Connection, t: &TermsOfService) -> Result<()> {
    c.execute(
        "INSERT INTO terms_of_service (id, create_at, user_id, text) VALUES (?, ?, ?, ?)",
        params![t.id, t.create_at, t.user_id.as_str(), t.text],
    )?;
    Ok(())
}

/// Records that a user accepted a version (an empty id: refused).
pub fn set_user_terms(c: &Connection, user_id: &str, terms_id: &str, at: i64) -> Result<()> {
    c.execute(
        "UPDATE users SET terms_of_service_id = ?, terms_of_service_create_at = ? WHERE id = ?",
        params![terms_id, at, user_id],
    )?;
    Ok(())
}

/// The version a user accepted, and when.
pub fn user_terms(c: &Connection, user_id: &str) -> Result<Option<(String, i64)>> {
    Ok(c.query_row(
        "SELECT terms_of_service_id, terms_of_service_create_at FROM users WHERE id = ?",
        [user_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .optional()?
    .filter(|(id, _): &(String, i64)| !id.is_empty()))
}

/// What a request's user must do before anything else: whether they are a bot, have
/// two-factor log-in on, and which code of conduct they accepted; and the current one.
pub struct GateState {
    pub is_bot: bool,
    pub mfa_active: bool,
    pub accepted_terms: String,
    pub current_terms: Option<String>,
}

/// The gate's state of a user, in one read.
pub fn gate_state(c: &Connection, user_id: &str) -> Result<Option<GateState>> {
    Ok(c.query_row(
        "SELECT is_bot, mfa_active, terms_of_service_id,
            (SELECT id FROM terms_of_service ORDER BY create_at DESC, rowid DESC LIMIT 1)
         FROM users WHERE id = ?",
        [user_id],
        |r| {
            Ok(GateState {
                is_bot: r.get(0)?,
                mfa_active: r.get(1)?,
                accepted_terms: r.get(2)?,
                current_terms: r.get(3)?,
            })
        },
    )
    .optional()?)
}

const INVITE_COLUMNS: &str =
    "id, team_id, email, inviter_id, create_at, expires_at, used_at, user_id";

fn invite_row(r: &Row<'_>) -> rusqlite::Result<Invitation> {
    Ok(Invitation {
        id: r.get(0)?,
        team_id: r.get::<_, String>(1)?.into(),
        email: r.get(2)?,
        inviter_id: UserId(r.get(3)?),
        create_at: r.get(4)?,
        expires_at: r.get(5)?,
        used_at: r.get(6)?,
        user_id: UserId(r.get(7)?),
    })
}

/// Stores an invitation under the hash of its secret.
pub fn insert_invitation(c: &Connection, i: &Invitation, token_hash: &str) -> Result<()> {
    c.execute(
        "INSERT INTO invitations (id, token_hash, team_id, email, inviter_id, create_at,
            expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        params![
            i.id,
            token_hash,
            i.team_id.as_str(),
            i.email,
            i.inviter_id.as_str(),
            i.create_at,
            i.expires_at
        ],
    )?;
    Ok(())
}

/// The invitation whose secret hashes to `token_hash`, used or not.
pub fn invitation_by_token(c: &Connection, token_hash: &str) -> Result<Option<Invitation>> {
    Ok(c.query_row(
        &format!("SELECT {INVITE_COLUMNS} FROM invitations WHERE token_hash = ?"),
        [token_hash],
        invite_row,
    )
    .optional()?)
}

/// One invitation by id.
pub fn invitation(c: &Connection, id: &str) -> Result<Option<Invitation>> {
    Ok(c.query_row(
        &format!("SELECT {INVITE_COLUMNS} FROM invitations WHERE id = ?"),
        [id],
        invite_row,
    )
    .optional()?)
}

/// Uses an invitation up: `false` if it was already used.
pub fn use_invitation(c: &Connection, id: &str, user_id: &str, now: i64) -> Result<bool> {
    let used = c.execute(
        "UPDATE invitations SET used_at = ?, user_id = ? WHERE id = ? AND used_at = 0",
        params![now, user_id, id],
    )? == 1;
    if used {
        c.execute(
            "UPDATE users SET invited_by = (SELECT inviter_id FROM invitations WHERE id = ?)
             WHERE id = ? AND invited_by = ''",
            params![id, user_id],
        )?;
    }
    Ok(used)
}

/// A team's invitations, newest first: pending ones too if `pending`.
pub fn invitations(
    c: &Connection,
    team_id: &str,
    pending: bool,
    now: i64,
    limit: i64,
) -> Result<Vec<Invitation>> {
    let mut stmt = c.prepare(&format!(
        "SELECT {INVITE_COLUMNS} FROM invitations
         WHERE team_id = ?1 AND (used_at > 0 OR (?2 AND expires_at > ?3))
         ORDER BY create_at DESC LIMIT ?4"
    ))?;
    let rows = stmt
        .query_map(params![team_id, pending, now, limit], invite_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Deletes a pending invitation; `false` if there is none.
pub fn revoke_invitation(c: &Connection, id: &str) -> Result<bool> {
    Ok(c.execute("DELETE FROM invitations WHERE id = ? AND used_at = 0", [id])? == 1)
}

/// Deletes every pending invitation; returns how many.
pub fn revoke_all_invitations(c: &Connection) -> Result<usize> {
    Ok(c.execute("DELETE FROM invitations WHERE used_at = 0", [])?)
}

/// The device a session was made on: the browser's `User-Agent`, and its address.
#[derive(Debug, Clone, Default)]
pub struct Device {
    pub user_agent: String,
    pub ip_address: String,
}

/// A user's live sessions, newest activity first.
pub fn sessions(c: &Connection, user_id: &str, now: i64) -> Result<Vec<Session>> {
    let mut stmt = c.prepare(
        "SELECT s.id, s.user_id, s.create_at, s.expires_at, s.last_activity_at, s.device_id,
            s.user_agent, s.ip_address, s.access_token_id, u.roles
         FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.user_id = ? AND s.expires_at > ?
         ORDER BY max(s.last_activity_at, s.create_at) DESC",
    )?;
    let rows = stmt
        .query_map(params![user_id, now], |r| {
            let agent: String = r.get(6)?;
            let (browser, os) = crate::util::describe_user_agent(&agent);
            let mut props = mm_api::StringMap::new();
            props.insert("browser".into(), browser);
            props.insert("os".into(), os);
            props.insert("ip_address".into(), r.get(7)?);
            if !r.get::<_, String>(8)?.is_empty() {
                props.insert("type".into(), "UserAccessToken".into());
            }
            Ok(Session {
                id: r.get(0)?,
                user_id: UserId(r.get(1)?),
                create_at: r.get(2)?,
                expires_at: r.get(3)?,
                last_activity_at: r.get(4)?,
                device_id: r.get(5)?,
                roles: r.get(9)?,
                is_oauth: false,
                props,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Ids of a user's sessions.
pub fn session_ids(c: &Connection, user_id: &str) -> Result<Vec<String>> {
    let mut stmt = c.prepare("SELECT id FROM sessions WHERE user_id = ?")?;
    let ids = stmt
        .query_map([user_id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(ids)
}

/// Records sessions' last activity.
pub fn touch_sessions(c: &Connection, seen: &[(String, i64)]) -> Result<()> {
    let mut stmt = c.prepare(
        "UPDATE sessions SET last_activity_at = ?2 WHERE id = ?1 AND last_activity_at < ?2",
    )?;
    for (id, at) in seen {
        stmt.execute(params![id, at])?;
    }
    Ok(())
}

/// Adds an entry to the audit log.
pub fn insert_audit(c: &Connection, a: &Audit) -> Result<()> {
    c.execute(
        "INSERT INTO audits (create_at, user_id, action, extra_info, ip_address, session_id)
         VALUES (?, ?, ?, ?, ?, ?)",
        params![
            a.create_at,
            a.user_id.as_str(),
            a.action,
            a.extra_info,
            a.ip_address,
            a.session_id
        ],
    )?;
    Ok(())
}

/// The audit log, newest first, of one user or everyone.
pub fn audits(
    c: &Connection,
    user_id: Option<&str>,
    offset: i64,
    limit: i64,
) -> Result<Vec<Audit>> {
    let mut stmt = c.prepare(
        "SELECT id, create_at, user_id, action, extra_info, ip_address, session_id FROM audits
         WHERE ?1 IS NULL OR user_id = ?1 ORDER BY id DESC LIMIT ?2 OFFSET ?3",
    )?;
    let rows = stmt
        .query_map(params![user_id, limit, offset], |r| {
            Ok(Audit {
                id: r.get::<_, i64>(0)?.to_string(),
                create_at: r.get(1)?,
                user_id: UserId(r.get(2)?),
                action: r.get(3)?,
                extra_info: r.get(4)?,
                ip_address: r.get(5)?,
                session_id: r.get(6)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}
