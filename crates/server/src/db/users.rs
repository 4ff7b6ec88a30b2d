//! Users, sessions and preferences.

use mm_api::{Preference, User, UserId};
use rusqlite::{Connection, OptionalExtension, Row, params, params_from_iter};

use super::{json_col, placeholders};
use crate::error::Result;

/// Columns read by [`from_row`].
pub const COLUMNS: &str = "id, create_at, update_at, delete_at, username, email, nickname, \
    first_name, last_name, position, roles, locale, props, notify_props, timezone, \
    last_password_update, last_picture_update, mfa_active, is_bot";

/// A user row as the full (unsanitized) `User`.
pub fn from_row(r: &Row<'_>) -> rusqlite::Result<User> {
    Ok(User {
        id: UserId(r.get(0)?),
        create_at: r.get(1)?,
        update_at: r.get(2)?,
        delete_at: r.get(3)?,
        username: r.get(4)?,
        email: r.get(5)?,
        nickname: r.get(6)?,
        first_name: r.get(7)?,
        last_name: r.get(8)?,
        position: r.get(9)?,
        roles: r.get(10)?,
        locale: r.get(11)?,
        props: json_col(r.get(12)?),
        notify_props: json_col(r.get(13)?),
        timezone: json_col(r.get(14)?),
        last_password_update: r.get(15)?,
        last_picture_update: r.get(16)?,
        mfa_active: r.get(17)?,
        is_bot: r.get(18)?,
        ..Default::default()
    })
}

/// One user by id.
pub fn get(c: &Connection, id: &str) -> Result<Option<User>> {
    Ok(c.query_row(
        &format!("SELECT {COLUMNS} FROM users WHERE id = ?"),
        [id],
        from_row,
    )
    .optional()?)
}

/// One user by username (case-insensitive).
pub fn by_username(c: &Connection, username: &str) -> Result<Option<User>> {
    Ok(c.query_row(
        &format!("SELECT {COLUMNS} FROM users WHERE username = ?"),
        [username.to_lowercase()],
        from_row,
    )
    .optional()?)
}

/// Users by id, in no particular order; unknown ids are skipped.
pub fn by_ids(c: &Connection, ids: &[String]) -> Result<Vec<User>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT {COLUMNS} FROM users WHERE id IN ({})",
        placeholders(ids.len())
    );
    let mut stmt = c.prepare(&sql)?;
    let users = stmt
        .query_map(params_from_iter(ids), from_row)?
        .collect::<Result<_, _>>()?;
    Ok(users)
}

/// Users by username; unknown names are skipped.
pub fn by_usernames(c: &Connection, names: &[String]) -> Result<Vec<User>> {
    if names.is_empty() {
        return Ok(Vec::new());
    }
    let lower: Vec<String> = names.iter().map(|n| n.to_lowercase()).collect();
    let sql = format!(
        "SELECT {COLUMNS} FROM users WHERE username IN ({})",
        placeholders(lower.len())
    );
    let mut stmt = c.prepare(&sql)?;
    let users = stmt
        .query_map(params_from_iter(&lower), from_row)?
        .collect::<Result<_, _>>()?;
    Ok(users)
}

/// The id and password hash of the account a log-in names, by username or e-mail.
pub fn credentials(c: &Connection, login_id: &str) -> Result<Option<(String, String)>> {
    Ok(c.query_row(
        "SELECT id, password_hash FROM users
         WHERE (username = lower(?1) OR email = ?2) AND delete_at = 0",
        params![login_id, crate::util::fold_email(login_id)],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .optional()?)
}

/// A live account's password hash.
pub fn password_hash(c: &Connection, user_id: &str) -> Result<Option<String>> {
    Ok(c.query_row(
        "SELECT password_hash FROM users WHERE id = ? AND delete_at = 0",
        [user_id],
        |r| r.get(0),
    )
    .optional()?)
}

/// Number of accounts.
pub fn count(c: &Connection) -> Result<i64> {
    Ok(c.query_row("SELECT count(*) FROM users", [], |r| r.get(0))?)
}

/// Stores a new user with its password hash.
pub fn insert(c: &Connection, u: &User, password_hash: &str) -> Result<()> {
    c.execute(
        "INSERT INTO users (id, create_at, update_at, username, email, password_hash, nickname,
            first_name, last_name, roles, locale, notify_props, last_password_update)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        params![
            u.id.as_str(),
            u.create_at,
            u.update_at,
            u.username,
            u.email,
            password_hash,
            u.nickname,
            u.first_name,
            u.last_name,
            u.roles,
            u.locale,
            serde_json::to_string(&u.notify_props)?,
            u.last_password_update,
        ],
    )?;
    Ok(())
}

/// Saves the editable fields of a user.
pub fn update(c: &Connection, u: &User) -> Result<()> {
    c.execute(
        "UPDATE users SET update_at = ?, username = ?, email = ?, nickname = ?, first_name = ?,
            last_name = ?, position = ?, locale = ?, props = ?, notify_props = ?, timezone = ?
         WHERE id = ?",
        params![
            u.update_at,
            u.username,
            u.email,
            u.nickname,
            u.first_name,
            u.last_name,
            u.position,
            u.locale,
            serde_json::to_string(&u.props)?,
            serde_json::to_string(&u.notify_props)?,
            serde_json::to_string(&u.timezone)?,
            u.id.as_str(),
        ],
    )?;
    Ok(())
}

/// Sets a user's roles.
pub fn set_roles(c: &Connection, id: &str, roles: &str, now: i64) -> Result<()> {
    c.execute(
        "UPDATE users SET roles = ?, update_at = ? WHERE id = ?",
        params![roles, now, id],
    )?;
    Ok(())
}

/// Whether a username or e-mail address is taken by another account.
pub fn taken(c: &Connection, username: &str, email: &str, except: &str) -> Result<(bool, bool)> {
    let name: bool = c.query_row(
        "SELECT EXISTS(SELECT 1 FROM users WHERE username = ? AND id != ?)",
        params![username, except],
        |r| r.get(0),
    )?;
    let mail: bool = c.query_row(
        "SELECT EXISTS(SELECT 1 FROM users WHERE email = ? AND id != ?)",
        params![email, except],
        |r| r.get(0),
    )?;
    Ok((name, mail))
}

/// A stored session.
#[derive(Debug, Clone)]
pub struct SessionRow {
    /// Session id.
    pub id: String,
    /// Owner.
    pub user_id: String,
    /// Expiry, ms.
    pub expires_at: i64,
    /// The CSRF token of cookie sessions.
    pub csrf_token: String,
}

/// Stores a session under the hash of its token.
pub fn insert_session(
    c: &Connection,
    s: &SessionRow,
    token_hash: &str,
    now: i64,
    device: &super::trust::Device,
) -> Result<()> {
    c.execute(
        "INSERT INTO sessions (id, token_hash, user_id, create_at, expires_at, csrf_token,
            last_activity_at, user_agent, ip_address) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        params![
            s.id,
            token_hash,
            s.user_id,
            now,
            s.expires_at,
            s.csrf_token,
            now,
            device.user_agent,
            device.ip_address
        ],
    )?;
    Ok(())
}

/// Stores the session of a personal access token (unless its first use at the same time
/// already did).
pub fn insert_token_session(
    c: &Connection,
    s: &SessionRow,
    token_hash: &str,
    token_id: &str,
    now: i64,
) -> Result<()> {
    c.execute(
        "INSERT OR IGNORE INTO sessions (id, token_hash, user_id, create_at, expires_at,
            csrf_token, access_token_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
        params![
            s.id,
            token_hash,
            s.user_id,
            now,
            s.expires_at,
            s.csrf_token,
            token_id
        ],
    )?;
    Ok(())
}

/// The session whose token hashes to `token_hash`.
pub fn session(c: &Connection, token_hash: &str) -> Result<Option<SessionRow>> {
    Ok(c.query_row(
        "SELECT id, user_id, expires_at, csrf_token FROM sessions WHERE token_hash = ?",
        [token_hash],
        |r| {
            Ok(SessionRow {
                id: r.get(0)?,
                user_id: r.get(1)?,
                expires_at: r.get(2)?,
                csrf_token: r.get(3)?,
            })
        },
    )
    .optional()?)
}

/// Revokes a session.
pub fn delete_session(c: &Connection, id: &str) -> Result<()> {
    c.execute("DELETE FROM sessions WHERE id = ?", [id])?;
    Ok(())
}

/// Removes expired sessions.
pub fn delete_expired_sessions(c: &Connection, now: i64) -> Result<usize> {
    Ok(c.execute("DELETE FROM sessions WHERE expires_at <= ?", [now])?)
}

/// A user's preferences, optionally of one category.
pub fn preferences(
    c: &Connection,
    user_id: &str,
    category: Option<&str>,
) -> Result<Vec<Preference>> {
    let mut stmt = c.prepare(
        "SELECT category, name, value FROM preferences
         WHERE user_id = ?1 AND (?2 IS NULL OR category = ?2) ORDER BY category, name",
    )?;
    let prefs = stmt
        .query_map(params![user_id, category], |r| {
            Ok(Preference {
                user_id: UserId(user_id.to_owned()),
                category: r.get(0)?,
                name: r.get(1)?,
                value: r.get(2)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(prefs)
}

/// Saves preferences, replacing those with the same category and name.
pub fn save_preferences(c: &Connection, prefs: &[Preference]) -> Result<()> {
    let mut stmt = c.prepare(
        "INSERT INTO preferences (user_id, category, name, value) VALUES (?, ?, ?, ?)
         ON CONFLICT (user_id, category, name) DO UPDATE SET value = excluded.value",
    )?;
    for p in prefs {
        stmt.execute(params![p.user_id.as_str(), p.category, p.name, p.value])?;
    }
    Ok(())
}

/// Deletes preferences by category and name.
pub fn delete_preferences(c: &Connection, prefs: &[Preference]) -> Result<()> {
    let mut stmt =
        c.prepare("DELETE FROM preferences WHERE user_id = ? AND category = ? AND name = ?")?;
    for p in prefs {
        stmt.execute(params![p.user_id.as_str(), p.category, p.name])?;
    }
    Ok(())
}

/// Records that a user's picture changed (clients use the time to refresh caches).
pub fn set_picture_update(c: &Connection, id: &str, at: i64) -> Result<()> {
    c.execute(
        "UPDATE users SET last_picture_update = ?2, update_at = ?2 WHERE id = ?1",
        rusqlite::params![id, at],
    )?;
    Ok(())
}
