//! Reactions to posts.

use std::collections::HashMap;

use mm_api::{ChannelId, PostId, Reaction, UserId};
use rusqlite::{Connection, params};

use crate::error::{AppError, Result};

/// Different emoji a post may collect (Mattermost's `UniqueEmojiReactionLimitPerPost`).
pub const MAX_EMOJI_PER_POST: i64 = 50;

fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Reaction> {
    Ok(Reaction {
        post_id: PostId(r.get(0)?),
        user_id: UserId(r.get(1)?),
        emoji_name: r.get(2)?,
        channel_id: ChannelId(r.get(3)?),
        create_at: r.get(4)?,
        update_at: r.get(4)?,
        delete_at: 0,
    })
}

/// Adds a reaction; `false` if it was already there. Touches the post so that clients
/// syncing with `since` see the change.
pub fn add(c: &Connection, r: &Reaction) -> Result<bool> {
    let known: bool = c.query_row(
        "SELECT EXISTS(SELECT 1 FROM reactions WHERE post_id = ? AND emoji_name = ?)",
        params![r.post_id.as_str(), r.emoji_name],
        |row| row.get(0),
    )?;
    if !known {
        let kinds: i64 = c.query_row(
            "SELECT count(DISTINCT emoji_name) FROM reactions WHERE post_id = ?",
            [r.post_id.as_str()],
            |row| row.get(0),
        )?;
        if kinds >= MAX_EMOJI_PER_POST {
            return Err(AppError::bad_request(
                "app.reaction.save.save.too_many_reactions",
                format!("A post can have at most {MAX_EMOJI_PER_POST} different reactions."),
            ));
        }
    }
    let added =
        c.prepare_cached(
            "INSERT OR IGNORE INTO reactions (post_id, user_id, emoji_name, channel_id, create_at)
             VALUES (?, ?, ?, ?, ?)",
        )?
        .execute(params![
            r.post_id.as_str(),
            r.user_id.as_str(),
            r.emoji_name,
            r.channel_id.as_str(),
            r.create_at
        ])? > 0;
    if added {
        c.execute(
            "UPDATE posts SET update_at = ?2 WHERE id = ?1",
            params![r.post_id.as_str(), r.create_at],
        )?;
    }
    Ok(added)
}

/// Removes a reaction; `false` if there was none.
pub fn remove(c: &Connection, post_id: &str, user_id: &str, emoji: &str, now: i64) -> Result<bool> {
    let removed = c.execute(
        "DELETE FROM reactions WHERE post_id = ? AND user_id = ? AND emoji_name = ?",
        params![post_id, user_id, emoji],
    )? > 0;
    if removed {
        c.execute(
            "UPDATE posts SET update_at = ?2 WHERE id = ?1",
            params![post_id, now],
        )?;
    }
    Ok(removed)
}

/// The reactions of each post, oldest first.
pub fn for_posts(c: &Connection, post_ids: &[&str]) -> Result<HashMap<String, Vec<Reaction>>> {
    let mut out: HashMap<String, Vec<Reaction>> = HashMap::new();
    if post_ids.is_empty() {
        return Ok(out);
    }
    let sql = format!(
        "SELECT post_id, user_id, emoji_name, channel_id, create_at FROM reactions
         WHERE post_id IN ({}) ORDER BY create_at, user_id",
        super::placeholders(post_ids.len())
    );
    let mut stmt = c.prepare(&sql)?;
    for r in stmt.query_map(rusqlite::params_from_iter(post_ids), from_row)? {
        let r = r?;
        out.entry(r.post_id.0.clone()).or_default().push(r);
    }
    Ok(out)
}
