//! Data retention: a daily job deletes posts older than `retention_days` (with their
//! reactions, files, search-index rows, flags and queued e-mail), files older than
//! `retention_files_days` (rows and stored bytes), and audit entries older than
//! `audit_retention_days`. It deletes in batches of [`BATCH`] rows, each its own write,
//! and after each one leaves the writer alone [`PAUSE_FACTOR`] times as long as the batch
//! took: posts made meanwhile wait for one small batch at most, and the job takes a
//! quarter of the writer's time (see `make bench-retention`).

use std::time::Duration;

use rusqlite::{Connection, params_from_iter};

use crate::AppState;
use crate::db::placeholders;
use crate::error::Result;
use crate::util::now_ms;

/// Rows deleted per write at most. A post waits for the batch ahead of it: with 1,000,
/// p99 was 119 ms against 4 ms idle; over a million posts, 12.7 ms against 4.9 with 100,
/// 10.3 ms against 5.2 with 50 (the job then takes 357 s instead of 270).
pub const BATCH: usize = 50;
/// The pause after each batch, in multiples of the time the batch took.
const PAUSE_FACTOR: u32 = 3;
const DAY_MS: i64 = 24 * 3600 * 1000;

/// What a run deleted: counts, never content.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Report {
    /// Posts.
    pub posts: usize,
    /// Reactions on them.
    pub reactions: usize,
    /// Files (rows; their bytes, thumbnails and previews went with them).
    pub files: usize,
    /// Audit entries.
    pub audits: usize,
}

/// The cutoffs at `now` (ms): posts and files created before them are deleted.
pub fn cutoffs(config: &crate::Config, now: i64) -> (Option<i64>, Option<i64>) {
    let cutoff = |days: u32| (days > 0).then(|| now - i64::from(days) * DAY_MS);
    (
        cutoff(config.retention_days),
        cutoff(config.retention_files_days),
    )
}

/// The policy as Mattermost's `GET /data_retention/policy` gives it.
pub fn policy(config: &crate::Config, now: i64) -> mm_api::RetentionPolicy {
    let (posts, files) = cutoffs(config, now);
    mm_api::RetentionPolicy {
        message_deletion_enabled: posts.is_some(),
        file_deletion_enabled: files.is_some(),
        message_retention_cutoff: posts.unwrap_or(0),
        file_retention_cutoff: files.unwrap_or(0),
    }
}

/// Runs the job forever, once a day at `retention_time` (UTC).
pub async fn daily(app: AppState) {
    let Some(minute) = app.config.retention_minute() else {
        return;
    };
    loop {
        let now = now_ms();
        let today = now - now.rem_euclid(DAY_MS);
        let mut next = today + i64::from(minute) * 60_000;
        if next <= now {
            next += DAY_MS;
        }
        tokio::time::sleep(Duration::from_millis((next - now) as u64)).await;
        if let Err(e) = run(&app, now_ms()).await {
            tracing::error!("retention: the daily deletion failed: {e}");
        }
    }
}

/// One run, as of `now` (ms): deletes what is past its cutoff, logs and audits the counts.
pub async fn run(app: &AppState, now: i64) -> Result<Report> {
    let (posts_cutoff, files_cutoff) = cutoffs(&app.config, now);
    let mut report = Report::default();
    if let Some(cutoff) = posts_cutoff {
        let keep_pinned = app.config.retention_keep_pinned;
        let channels: Vec<String> = app
            .db
            .read(|c| {
                let mut stmt = c.prepare("SELECT id FROM channels")?;
                let ids = stmt
                    .query_map([], |r| r.get(0))?
                    .collect::<rusqlite::Result<_>>()?;
                Ok(ids)
            })
            .await?;
        for channel in channels {
            loop {
                let ch = channel.clone();
                let (batch, files) = paced(
                    app.db
                        .write(move |c| delete_posts(c, &ch, cutoff, keep_pinned)),
                )
                .await?;
                report.posts += batch.posts;
                report.reactions += batch.reactions;
                report.files += files.len();
                remove_blobs(app, files).await;
                if batch.posts < BATCH {
                    break;
                }
            }
        }
    }
    if let Some(cutoff) = files_cutoff {
        loop {
            let files = paced(app.db.write(move |c| delete_files(c, cutoff))).await?;
            let n = files.len();
            report.files += n;
            remove_blobs(app, files).await;
            if n < BATCH {
                break;
            }
        }
    }
    if app.config.audit_retention_days > 0 {
        let cutoff = now - i64::from(app.config.audit_retention_days) * DAY_MS;
        loop {
            let n = paced(app.db.write(move |c| {
                Ok(c.execute(
                    "DELETE FROM audits WHERE id IN
                     (SELECT id FROM audits WHERE create_at < ? ORDER BY create_at LIMIT ?)",
                    rusqlite::params![cutoff, BATCH as i64],
                )?)
            }))
            .await?;
            report.audits += n;
            if n < BATCH {
                break;
            }
        }
    }
    if posts_cutoff.is_some() || files_cutoff.is_some() {
        tracing::info!(
            "retention: deleted {} posts, {} reactions, {} files, {} audit entries",
            report.posts,
            report.reactions,
            report.files,
            report.audits
        );
        crate::audit::record(
            app,
            "",
            "retention",
            format!(
                "posts={} reactions={} files={} audits={}",
                report.posts, report.reactions, report.files, report.audits
            ),
            &crate::audit::Origin::default(),
            "",
        )
        .await;
    }
    Ok(report)
}

/// Runs one batch, then waits [`PAUSE_FACTOR`] times as long as it took.
async fn paced<T>(batch: impl std::future::Future<Output = Result<T>>) -> Result<T> {
    let start = std::time::Instant::now();
    let out = batch.await?;
    tokio::time::sleep(start.elapsed() * PAUSE_FACTOR).await;
    Ok(out)
}

/// Deletes up to [`BATCH`] of a channel's posts created before `cutoff`, and what hangs on
/// them; returns the counts and the ids of the files whose bytes are to go.
fn delete_posts(
    c: &Connection,
    channel_id: &str,
    cutoff: i64,
    keep_pinned: bool,
) -> Result<(Report, Vec<String>)> {
    let mut stmt = c.prepare_cached(
        "SELECT id, root_id FROM posts WHERE channel_id = ?1 AND create_at < ?2
            AND (?3 = 0 OR is_pinned = 0) LIMIT ?4",
    )?;
    let rows: Vec<(String, String)> = stmt
        .query_map(
            rusqlite::params![channel_id, cutoff, keep_pinned, BATCH as i64],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?
        .collect::<rusqlite::Result<_>>()?;
    if rows.is_empty() {
        return Ok((Report::default(), Vec::new()));
    }
    let ids: Vec<&str> = rows.iter().map(|(id, _)| id.as_str()).collect();
    let list = placeholders(ids.len());
    let in_ids = |sql: &str| -> rusqlite::Result<usize> {
        c.execute(&sql.replace("{ids}", &list), params_from_iter(&ids))
    };
    let files = {
        let mut stmt = c.prepare(&format!("SELECT id FROM files WHERE post_id IN ({list})"))?;
        stmt.query_map(params_from_iter(&ids), |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?
    };
    in_ids("DELETE FROM files WHERE post_id IN ({ids})")?;
    let reactions = in_ids("DELETE FROM reactions WHERE post_id IN ({ids})")?;
    in_ids("DELETE FROM email_queue WHERE post_id IN ({ids})")?;
    in_ids("DELETE FROM preferences WHERE category = 'flagged_post' AND name IN ({ids})")?;
    // The search index follows by trigger (migration 3).
    let posts = in_ids("DELETE FROM posts WHERE id IN ({ids})")?;
    // Threads whose root stays (pinned, or younger) count only the replies left.
    let mut roots: Vec<&str> = rows
        .iter()
        .map(|(_, root)| root.as_str())
        .filter(|r| !r.is_empty())
        .collect();
    roots.sort_unstable();
    roots.dedup();
    if !roots.is_empty() {
        c.execute(
            &format!(
                "UPDATE posts SET reply_count =
                    (SELECT count(*) FROM posts r WHERE r.root_id = posts.id AND r.delete_at = 0)
                 WHERE id IN ({})",
                placeholders(roots.len())
            ),
            params_from_iter(&roots),
        )?;
    }
    Ok((
        Report {
            posts,
            reactions,
            ..Report::default()
        },
        files,
    ))
}

/// Deletes up to [`BATCH`] file rows created before `cutoff`; returns their ids.
fn delete_files(c: &Connection, cutoff: i64) -> Result<Vec<String>> {
    let mut stmt = c.prepare_cached("SELECT id FROM files WHERE create_at < ? LIMIT ?")?;
    let ids: Vec<String> = stmt
        .query_map(rusqlite::params![cutoff, BATCH as i64], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    if !ids.is_empty() {
        c.execute(
            &format!(
                "DELETE FROM files WHERE id IN ({})",
                placeholders(ids.len())
            ),
            params_from_iter(&ids),
        )?;
    }
    Ok(ids)
}

/// Removes the stored bytes, thumbnail and preview of deleted files (after their rows are
/// gone, so that nothing serves a missing file).
async fn remove_blobs(app: &AppState, ids: Vec<String>) {
    for id in ids {
        for suffix in ["", ".thumb.jpg", ".preview.jpg"] {
            let path = crate::routes::files_path(app, &id, suffix);
            if let Err(e) = tokio::fs::remove_file(&path).await
                && e.kind() != std::io::ErrorKind::NotFound
            {
                tracing::warn!("retention: cannot remove {}: {e}", path.display());
            }
        }
    }
}
