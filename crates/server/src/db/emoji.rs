//! Custom emoji (their images live under the data dir).

use mm_api::{Emoji, UserId};
use rusqlite::{Connection, OptionalExtension, params};

use crate::error::Result;

const COLUMNS: &str = "id, creator_id, name, create_at, update_at, delete_at";

fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Emoji> {
    Ok(Emoji {
        id: r.get(0)?,
        creator_id: UserId(r.get(1)?),
        name: r.get(2)?,
        create_at: r.get(3)?,
        update_at: r.get(4)?,
        delete_at: r.get(5)?,
    })
}

/// Adds an emoji; `false` if the name is taken.
pub fn insert(c: &Connection, e: &Emoji) -> Result<bool> {
    Ok(c.prepare_cached(
        "INSERT OR IGNORE INTO emoji (id, creator_id, name, create_at, update_at) VALUES (?, ?, ?, ?, ?)",
    )?
    .execute(params![e.id, e.creator_id.as_str(), e.name, e.create_at, e.update_at])?
        > 0)
}

/// A live emoji by id.
pub fn get(c: &Connection, id: &str) -> Result<Option<Emoji>> {
    Ok(c.query_row(
        &format!("SELECT {COLUMNS} FROM emoji WHERE id = ? AND delete_at = 0"),
        [id],
        from_row,
    )
    .optional()?)
}

/// A live emoji by name.
pub fn by_name(c: &Connection, name: &str) -> Result<Option<Emoji>> {
    Ok(c.query_row(
        &format!("SELECT {COLUMNS} FROM emoji WHERE name = ? AND delete_at = 0"),
        [name],
        from_row,
    )
    .optional()?)
}

/// Live emoji whose name is among `names`.
pub fn by_names(c: &Connection, names: &[&str]) -> Result<Vec<Emoji>> {
    if names.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT {COLUMNS} FROM emoji WHERE delete_at = 0 AND name IN ({}) ORDER BY name",
        super::placeholders(names.len())
    );
    let mut stmt = c.prepare(&sql)?;
    Ok(stmt
        .query_map(rusqlite::params_from_iter(names), from_row)?
        .collect::<Result<_, _>>()?)
}

/// A page of live emoji, by name or by creation.
pub fn page(c: &Connection, by_name: bool, limit: i64, offset: i64) -> Result<Vec<Emoji>> {
    let order = if by_name { "name" } else { "create_at, id" };
    let mut stmt = c.prepare(&format!(
        "SELECT {COLUMNS} FROM emoji WHERE delete_at = 0 ORDER BY {order} LIMIT ? OFFSET ?"
    ))?;
    Ok(stmt
        .query_map(params![limit, offset], from_row)?
        .collect::<Result<_, _>>()?)
}

/// Live emoji whose name starts with `prefix`, by name, at most 100.
pub fn autocomplete(c: &Connection, prefix: &str) -> Result<Vec<Emoji>> {
    let escaped: String = prefix
        .chars()
        .flat_map(|ch| match ch {
            '%' | '_' | '\\' => vec!['\\', ch],
            _ => vec![ch],
        })
        .collect();
    let mut stmt = c.prepare(&format!(
        "SELECT {COLUMNS} FROM emoji WHERE delete_at = 0 AND name LIKE ? ESCAPE '\\'
         ORDER BY name LIMIT 100"
    ))?;
    Ok(stmt
        .query_map([format!("{escaped}%")], from_row)?
        .collect::<Result<_, _>>()?)
}

/// Deletes an emoji.
pub fn delete(c: &Connection, id: &str, now: i64) -> Result<()> {
    c.execute(
        "UPDATE emoji SET delete_at = ?2, update_at = ?2 WHERE id = ?1",
        params![id, now],
    )?;
    Ok(())
}
