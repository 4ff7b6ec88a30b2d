//! Uploaded files' records (the bytes live under the data dir, see `files.rs`).

use std::collections::HashMap;

use mm_api::{ChannelId, FileInfo, Post, PostId, UserId};
use rusqlite::{Connection, OptionalExtension, params};

use crate::error::{AppError, Result};

/// Files one post may carry.
pub const MAX_PER_POST: usize = 10;

const COLUMNS: &str = "id, user_id, channel_id, post_id, create_at, update_at, delete_at, name, \
    extension, size, mime_type, width, height, has_preview_image";

fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<FileInfo> {
    Ok(FileInfo {
        id: r.get(0)?,
        user_id: UserId(r.get(1)?),
        channel_id: ChannelId(r.get(2)?),
        post_id: PostId(r.get(3)?),
        create_at: r.get(4)?,
        update_at: r.get(5)?,
        delete_at: r.get(6)?,
        name: r.get(7)?,
        extension: r.get(8)?,
        size: r.get(9)?,
        mime_type: r.get(10)?,
        width: r.get(11)?,
        height: r.get(12)?,
        has_preview_image: r.get(13)?,
    })
}

/// Records an upload.
pub fn insert(c: &Connection, f: &FileInfo, sha256: &str) -> Result<()> {
    c.prepare_cached(
        "INSERT INTO files (id, user_id, channel_id, post_id, create_at, update_at, name,
            extension, size, mime_type, width, height, has_preview_image, sha256)
         VALUES (?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )?
    .execute(params![
        f.id,
        f.user_id.as_str(),
        f.channel_id.as_str(),
        f.create_at,
        f.update_at,
        f.name,
        f.extension,
        f.size,
        f.mime_type,
        f.width,
        f.height,
        f.has_preview_image,
        sha256
    ])?;
    Ok(())
}

/// A live file.
pub fn get(c: &Connection, id: &str) -> Result<Option<FileInfo>> {
    Ok(c.query_row(
        &format!("SELECT {COLUMNS} FROM files WHERE id = ? AND delete_at = 0"),
        [id],
        from_row,
    )
    .optional()?)
}

/// The live files of each post, in upload order.
pub fn for_posts(c: &Connection, post_ids: &[&str]) -> Result<HashMap<String, Vec<FileInfo>>> {
    let mut out: HashMap<String, Vec<FileInfo>> = HashMap::new();
    if post_ids.is_empty() {
        return Ok(out);
    }
    let sql = format!(
        "SELECT {COLUMNS} FROM files WHERE post_id IN ({}) AND delete_at = 0
         ORDER BY create_at, id",
        super::placeholders(post_ids.len())
    );
    let mut stmt = c.prepare(&sql)?;
    for f in stmt.query_map(rusqlite::params_from_iter(post_ids), from_row)? {
        let f = f?;
        out.entry(f.post_id.0.clone()).or_default().push(f);
    }
    Ok(out)
}

/// Attaches uploads to a new post: each must be the author's, from the post's channel, and
/// not on another post yet.
pub fn attach(c: &Connection, post: &Post) -> Result<()> {
    if post.file_ids.len() > MAX_PER_POST {
        return Err(AppError::bad_request(
            "model.post.is_valid.file_ids.app_error",
            format!("A post can have at most {MAX_PER_POST} files."),
        ));
    }
    for id in &post.file_ids {
        let ok = get(c, id)?.is_some_and(|f| {
            f.user_id == post.user_id && f.channel_id == post.channel_id && f.post_id.is_empty()
        });
        if !ok {
            return Err(AppError::bad_request(
                "api.post.create_post.file_ids.app_error",
                format!("The file {id} cannot be attached to this post."),
            ));
        }
        c.execute(
            "UPDATE files SET post_id = ?2, update_at = ?3 WHERE id = ?1",
            params![id, post.id.as_str(), post.create_at],
        )?;
    }
    Ok(())
}

/// Deletes the files of deleted posts (a root takes its replies' files).
pub fn delete_for_post(c: &Connection, post_id: &str, now: i64) -> Result<()> {
    c.execute(
        "UPDATE files SET delete_at = ?2, update_at = ?2 WHERE delete_at = 0 AND post_id IN
            (SELECT id FROM posts WHERE id = ?1 OR root_id = ?1)",
        params![post_id, now],
    )?;
    Ok(())
}
