//! Message search over the channels the searcher is in (see `crate::search` for the
//! syntax and the index's text).

use mm_api::{Channel, ChannelType};
use rusqlite::Connection;
use rusqlite::types::Value;

use super::{channels, placeholders, posts};
use crate::error::Result;
use crate::search::Query;

/// A search request.
pub struct Search<'a> {
    /// Who searches: only their channels are searched.
    pub user_id: &'a str,
    /// One team's channels (with direct and group messages), or every team's.
    pub team_id: Option<&'a str>,
    /// What to look for.
    pub query: &'a Query,
    /// Any term rather than all of them.
    pub any: bool,
    /// The searcher's time zone, seconds ahead of UTC, for dates.
    pub offset_secs: i64,
    /// Page and page size.
    pub page: i64,
    /// See `page`.
    pub per_page: i64,
}

/// User ids for usernames; names that match nobody are left out.
fn user_ids(c: &Connection, names: &[String]) -> Result<Vec<String>> {
    if names.is_empty() {
        return Ok(Vec::new());
    }
    let mut stmt = c.prepare(&format!(
        "SELECT id FROM users WHERE username IN ({})",
        placeholders(names.len())
    ))?;
    Ok(stmt
        .query_map(rusqlite::params_from_iter(names), |r| r.get(0))?
        .collect::<Result<_, _>>()?)
}

/// The matching posts, newest first, one page and whether more follow.
pub fn posts(c: &Connection, s: &Search<'_>) -> Result<(posts::Rows, bool)> {
    let q = s.query;
    // The channels to search: the searcher's, narrowed by `in:` and `-in:`. `in:@bob` (or
    // `in:bob` for a direct message) names the direct message with bob.
    let named = |names: &[String]| -> Result<Vec<String>> {
        let ids = user_ids(c, names)?;
        Ok(names.iter().cloned().chain(ids).collect())
    };
    let (wanted, unwanted) = (named(&q.in_channels)?, named(&q.not_in)?);
    let hits = |ch: &Channel, list: &[String]| {
        list.iter().any(|n| {
            ch.name == *n
                || (ch.channel_type == ChannelType::Direct
                    && ch.name.split("__").any(|id| id == n)
                    && ch.name.split("__").any(|id| id == s.user_id))
        })
    };
    let channel_ids: Vec<String> = channels::for_user(c, s.user_id, s.team_id, true)?
        .into_iter()
        .filter(|ch| q.in_channels.is_empty() || hits(ch, &wanted))
        .filter(|ch| !hits(ch, &unwanted))
        .map(|ch| ch.id.0)
        .collect();
    if channel_ids.is_empty() || q.is_empty() {
        return Ok((Vec::new(), false));
    }

    let mut args: Vec<Value> = Vec::new();
    let fts = q.fts(s.any);
    let mut sql = format!("SELECT {} FROM ", posts::COLUMNS);
    if let Some(expr) = &fts {
        sql.push_str(
            "posts_fts JOIN posts ON posts.rowid = posts_fts.rowid WHERE posts_fts MATCH ?",
        );
        args.push(Value::Text(expr.clone()));
    } else {
        sql.push_str("posts WHERE 1");
    }
    sql.push_str(&format!(
        " AND posts.delete_at = 0 AND posts.type NOT LIKE 'system_%' AND posts.channel_id IN ({})",
        placeholders(channel_ids.len())
    ));
    args.extend(channel_ids.into_iter().map(Value::Text));
    for (names, negate) in [(&q.from, false), (&q.not_from, true)] {
        if names.is_empty() {
            continue;
        }
        let ids = user_ids(c, names)?;
        if ids.is_empty() && !negate {
            return Ok((Vec::new(), false));
        }
        sql.push_str(&format!(
            " AND posts.user_id {}IN ({})",
            if negate { "NOT " } else { "" },
            placeholders(ids.len())
        ));
        args.extend(ids.into_iter().map(Value::Text));
    }
    let (since, until) = q.time_range(s.offset_secs);
    if let Some(since) = since {
        sql.push_str(" AND posts.create_at >= ?");
        args.push(Value::Integer(since));
    }
    if let Some(until) = until {
        sql.push_str(" AND posts.create_at < ?");
        args.push(Value::Integer(until));
    }
    for tag in q.hashtags() {
        // The full-text match found the words; the post must also carry the tag itself
        // (LIKE ignores ASCII case, as Mattermost's hashtag search does).
        sql.push_str(" AND (' ' || posts.hashtags || ' ') LIKE ? ESCAPE '\\'");
        let escaped = crate::util::like_escape(tag);
        args.push(Value::Text(format!("% #{escaped} %")));
    }
    if fts.is_none()
        && let Some(excluded) = q.fts_excluded()
    {
        sql.push_str(
            " AND posts.rowid NOT IN (SELECT rowid FROM posts_fts WHERE posts_fts MATCH ?)",
        );
        args.push(Value::Text(excluded));
    }
    // The index returns rowids (the order posts were written) newest first without sorting.
    sql.push_str(if fts.is_some() {
        " ORDER BY posts_fts.rowid DESC LIMIT ? OFFSET ?"
    } else {
        " ORDER BY posts.create_at DESC, posts.id DESC LIMIT ? OFFSET ?"
    });
    // One more than a page tells whether another follows.
    args.push(Value::Integer(s.per_page + 1));
    args.push(Value::Integer(s.page * s.per_page));
    let mut rows = posts::select(c, &sql, rusqlite::params_from_iter(args))?;
    let more = rows.len() as i64 > s.per_page;
    rows.truncate(s.per_page as usize);
    Ok((rows, more))
}
