//! Posts and threads.

use mm_api::{Channel, ChannelId, Post, PostId, UserId};
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{channels, json_col};
use crate::error::{AppError, Result};
use crate::mentions;

/// The columns `from_row` reads, in order.
pub const COLUMNS: &str = "id, create_at, update_at, edit_at, delete_at, is_pinned, user_id, \
    channel_id, root_id, message, type, props, hashtags, file_ids, pending_post_id, reply_count, \
    last_reply_at, participants";

/// A post row; `participants` (user ids) is returned beside it, for the caller to expand.
fn from_row(r: &Row<'_>) -> rusqlite::Result<(Post, Vec<String>)> {
    let delete_at: i64 = r.get(4)?;
    let post = Post {
        id: PostId(r.get(0)?),
        create_at: r.get(1)?,
        update_at: r.get(2)?,
        edit_at: r.get(3)?,
        delete_at,
        is_pinned: r.get(5)?,
        user_id: UserId(r.get(6)?),
        channel_id: ChannelId(r.get(7)?),
        root_id: PostId(r.get(8)?),
        // A deleted post keeps its row for `since` syncs, but never its text.
        message: if delete_at == 0 {
            r.get(9)?
        } else {
            String::new()
        },
        post_type: r.get(10)?,
        props: if delete_at == 0 {
            json_col(r.get(11)?)
        } else {
            Default::default()
        },
        hashtags: r.get(12)?,
        file_ids: json_col(r.get(13)?),
        pending_post_id: r.get(14)?,
        reply_count: r.get(15)?,
        last_reply_at: r.get(16)?,
        ..Default::default()
    };
    Ok((post, json_col(r.get(17)?)))
}

/// Posts with the participant ids of each.
pub type Rows = Vec<(Post, Vec<String>)>;

fn query(c: &Connection, where_: &str, p: impl rusqlite::Params) -> Result<Rows> {
    select(c, &format!("SELECT {COLUMNS} FROM posts WHERE {where_}"), p)
}

/// Runs a `SELECT {COLUMNS} …` (cached).
pub fn select(c: &Connection, sql: &str, p: impl rusqlite::Params) -> Result<Rows> {
    let mut stmt = c.prepare_cached(sql)?;
    Ok(stmt.query_map(p, from_row)?.collect::<Result<_, _>>()?)
}

/// One post, deleted or not.
pub fn get(c: &Connection, id: &str) -> Result<Option<(Post, Vec<String>)>> {
    Ok(c.query_row(
        &format!("SELECT {COLUMNS} FROM posts WHERE id = ?"),
        [id],
        from_row,
    )
    .optional()?)
}

/// Posts by id, deleted or not.
pub fn by_ids(c: &Connection, ids: &[String]) -> Result<Rows> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let where_ = format!("id IN ({})", super::placeholders(ids.len()));
    query(c, &where_, rusqlite::params_from_iter(ids))
}

/// A page of a channel's live posts, newest first.
pub fn page(
    c: &Connection,
    channel_id: &str,
    roots_only: bool,
    limit: i64,
    offset: i64,
) -> Result<Rows> {
    query(
        c,
        "channel_id = ?1 AND delete_at = 0 AND (NOT ?2 OR root_id = '')
         ORDER BY create_at DESC, id DESC LIMIT ?3 OFFSET ?4",
        params![channel_id, roots_only, limit, offset],
    )
}

/// Live posts older than `(create_at, id)`, newest first.
pub fn before(
    c: &Connection,
    channel_id: &str,
    roots_only: bool,
    at: (i64, &str),
    limit: i64,
    offset: i64,
) -> Result<Rows> {
    query(
        c,
        "channel_id = ?1 AND delete_at = 0 AND (NOT ?2 OR root_id = '')
         AND (create_at < ?3 OR (create_at = ?3 AND id < ?4))
         ORDER BY create_at DESC, id DESC LIMIT ?5 OFFSET ?6",
        params![channel_id, roots_only, at.0, at.1, limit, offset],
    )
}

/// Live posts newer than `(create_at, id)`, newest first (the oldest `limit` of them).
pub fn after(
    c: &Connection,
    channel_id: &str,
    roots_only: bool,
    at: (i64, &str),
    limit: i64,
    offset: i64,
) -> Result<Rows> {
    let mut rows = query(
        c,
        "channel_id = ?1 AND delete_at = 0 AND (NOT ?2 OR root_id = '')
         AND (create_at > ?3 OR (create_at = ?3 AND id > ?4))
         ORDER BY create_at ASC, id ASC LIMIT ?5 OFFSET ?6",
        params![channel_id, roots_only, at.0, at.1, limit, offset],
    )?;
    rows.reverse();
    Ok(rows)
}

/// Every post changed after `since` (deleted ones included, so clients learn of them),
/// newest first, at most 1,000.
pub fn since(c: &Connection, channel_id: &str, since: i64) -> Result<Rows> {
    query(
        c,
        "channel_id = ?1 AND update_at > ?2 ORDER BY create_at DESC, id DESC LIMIT 1000",
        params![channel_id, since],
    )
}

/// The id of the newest live post older than `at`, or of the oldest newer than it.
pub fn neighbour(
    c: &Connection,
    channel_id: &str,
    roots_only: bool,
    at: (i64, &str),
    older: bool,
) -> Result<String> {
    let sql = if older {
        "SELECT id FROM posts WHERE channel_id = ?1 AND delete_at = 0 AND (NOT ?2 OR root_id = '')
         AND (create_at < ?3 OR (create_at = ?3 AND id < ?4)) ORDER BY create_at DESC, id DESC LIMIT 1"
    } else {
        "SELECT id FROM posts WHERE channel_id = ?1 AND delete_at = 0 AND (NOT ?2 OR root_id = '')
         AND (create_at > ?3 OR (create_at = ?3 AND id > ?4)) ORDER BY create_at ASC, id ASC LIMIT 1"
    };
    let id: Option<String> = c
        .prepare_cached(sql)?
        .query_row(params![channel_id, roots_only, at.0, at.1], |r| r.get(0))
        .optional()?;
    Ok(id.unwrap_or_default())
}

/// A thread: the root and its live replies, oldest first.
pub fn thread(c: &Connection, root_id: &str) -> Result<Rows> {
    query(
        c,
        "(id = ?1 OR root_id = ?1) AND delete_at = 0 ORDER BY create_at ASC, id ASC",
        [root_id],
    )
}

/// Fills in what a read adds to posts: their reactions (and `has_reactions`), files, and
/// the custom emoji their reactions use.
pub fn fill_metadata<'a>(
    c: &Connection,
    posts: impl IntoIterator<Item = &'a mut Post>,
) -> Result<()> {
    let mut posts: Vec<&mut Post> = posts.into_iter().filter(|p| p.delete_at == 0).collect();
    let ids: Vec<String> = posts.iter().map(|p| p.id.0.clone()).collect();
    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
    let mut reactions = super::reactions::for_posts(c, &ids)?;
    let mut files = super::files::for_posts(c, &ids)?;
    for post in &mut posts {
        let r = reactions.remove(post.id.as_str()).unwrap_or_default();
        let mut names: Vec<&str> = r
            .iter()
            .map(|r| r.emoji_name.as_str())
            .filter(|n| mm_markdown::standard_emoji(n).is_none())
            .collect();
        names.sort_unstable();
        names.dedup();
        post.metadata.emojis = super::emoji::by_names(c, &names)?;
        post.has_reactions = !r.is_empty();
        post.metadata.reactions = r;
        post.metadata.files = files.remove(post.id.as_str()).unwrap_or_default();
    }
    Ok(())
}

/// A post to create.
pub struct NewPost {
    /// The post, with id, times, author, channel, root, message, props and hashtags set.
    pub post: Post,
    /// What the message mentions.
    pub parsed: mm_markdown::Mentions,
    /// Users online now, for `@here`.
    pub online: std::collections::HashSet<String>,
    /// E-mail notifications are sent (the server has a mail server): queue them.
    pub email: bool,
}

/// What is written in a channel.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Write {
    /// A new post or reply.
    Post,
    /// An edit (message, pin, props) of a post, by its author or a system admin.
    Edit {
        /// The editor is a system admin, who need not be a member.
        admin: bool,
    },
    /// A reaction added to a post.
    React,
}

/// The one rule for writing in a channel: the writer is a member (system admins may edit
/// without), and the channel is not archived.
pub fn writable_channel(
    c: &Connection,
    channel_id: &str,
    user_id: &str,
    write: Write,
) -> Result<Channel> {
    let channel = channels::get(c, channel_id)?.ok_or_else(|| AppError::not_found("channel"))?;
    let admin = matches!(write, Write::Edit { admin: true });
    if !admin && channels::member(c, channel_id, user_id)?.is_none() {
        return Err(AppError::forbidden());
    }
    if channel.delete_at != 0 {
        return Err(match write {
            Write::Post => AppError::bad_request(
                "api.post.create_post.can_not_post_to_deleted.error",
                "Can not post to an archived channel.",
            ),
            Write::Edit { .. } => AppError::bad_request(
                "api.post.update_post.can_not_update_post_in_deleted.error",
                "Can not edit a post in an archived channel.",
            ),
            Write::React => AppError::bad_request(
                "api.reaction.save.archived_channel.app_error",
                "You cannot react in an archived channel.",
            ),
        });
    }
    Ok(channel)
}

/// What [`create`] did.
pub enum Created {
    /// A new post, in this (updated) channel, by this username, mentioning these users;
    /// those to tell by Web Push if they are away (the e-mails are queued).
    New {
        post: Box<Post>,
        channel: Box<Channel>,
        sender: String,
        mentions: Vec<String>,
        push: Vec<Push>,
    },
    /// The same `pending_post_id` was seen within 30 s: the post made then.
    Existing(Box<Post>),
}

/// A member to tell of a new post by Web Push, if they are away.
pub struct Push {
    pub user_id: String,
    /// Their `push_status`: send when their status is this or further away.
    pub push_status: String,
}

/// Creates a post and keeps the counters: the channel's totals, the thread's reply count,
/// participants and last reply, the author's read state and the mentioned members' counts;
/// queues the e-mail notifications.
pub fn create(c: &Connection, new: NewPost) -> Result<Created> {
    let NewPost {
        post,
        parsed,
        online,
        email: emails_on,
    } = new;
    let now = post.create_at;
    if !post.pending_post_id.is_empty() {
        let existing: Option<String> = c
            .query_row(
                "SELECT id FROM posts WHERE user_id = ? AND pending_post_id = ? AND create_at > ?",
                params![post.user_id.as_str(), post.pending_post_id, now - 30_000],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(id) = existing {
            let (p, _) = get(c, &id)?.ok_or_else(|| AppError::not_found("post"))?;
            return Ok(Created::Existing(Box::new(p)));
        }
    }
    let mut channel = writable_channel(
        c,
        post.channel_id.as_str(),
        post.user_id.as_str(),
        Write::Post,
    )?;
    let mut post = post;
    if super::integrations::is_bot(c, post.user_id.as_str())? {
        post.props
            .insert(mm_api::PROP_FROM_BOT.to_owned(), "true".into());
    }
    let is_root = post.root_id.is_empty();
    // A reply: its thread's author and participants (for their `comments` setting).
    let mut thread: Option<(String, Vec<String>)> = None;
    if !is_root {
        let root = get(c, post.root_id.as_str())?;
        let valid = matches!(&root, Some((r, _)) if r.channel_id == post.channel_id
            && r.delete_at == 0 && r.root_id.is_empty());
        if !valid {
            return Err(AppError::bad_request(
                "api.post.create_post.root_id.app_error",
                "Invalid root_id: it must be a live root post of the same channel.",
            ));
        }
        thread = root.map(|(r, participants)| (r.user_id.0, participants));
    }

    // An admin may have kept channel-wide mentions to admins (channel moderation).
    let mut parsed = parsed;
    if (parsed.channel_wide || parsed.here)
        && !channels::members_may(c, channel.id.as_str(), "use_channel_mentions")?
        && !channels::is_channel_admin(c, channel.id.as_str(), post.user_id.as_str())?
    {
        parsed.channel_wide = false;
        parsed.here = false;
    }
    // Who is mentioned, among the channel's members other than the author, and who is
    // to be notified how.
    let mut mentions = Vec::new();
    let mut push = Vec::new();
    let mut email = Vec::new();
    {
        let direct = matches!(
            channel.channel_type,
            mm_api::ChannelType::Direct | mm_api::ChannelType::Group
        );
        let mut stmt = c.prepare_cached(
            "SELECT u.id, u.username, u.first_name, u.notify_props, m.notify_props
             FROM channel_members m JOIN users u ON u.id = m.user_id
             WHERE m.channel_id = ? AND u.id != ? AND u.delete_at = 0",
        )?;
        let rows = stmt.query_map([channel.id.as_str(), post.user_id.as_str()], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
            ))
        })?;
        for row in rows {
            let (id, username, first_name, user, member) = row?;
            let (user, member): (mm_api::StringMap, mm_api::StringMap) =
                (json_col(user), json_col(member));
            let m = mentions::Member {
                username: &username,
                first_name: &first_name,
                user: &user,
                member: &member,
                online: online.contains(&id),
            };
            let mentioned = m.mentioned(&parsed, direct);
            // A reply notifies as a mention those who asked for replies to threads they
            // started (`comments: root`) or took part in (`any`), as Mattermost does.
            let replied = thread.as_ref().is_some_and(|(author, participants)| {
                match user.get("comments").map(String::as_str) {
                    Some("root") => *author == id,
                    Some("any") => *author == id || participants.contains(&id),
                    _ => false,
                }
            });
            let notified = mentioned || replied;
            if m.wants("push", notified) {
                let status = user.get("push_status").cloned().unwrap_or_default();
                push.push(Push {
                    user_id: id.clone(),
                    push_status: status,
                });
            }
            if emails_on && m.wants("email", notified) {
                email.push(id.clone());
            }
            if mentioned {
                mentions.push(id);
            }
        }
    }

    c.prepare_cached(
        "INSERT INTO posts (id, create_at, update_at, user_id, channel_id, root_id, message, type,
            props, hashtags, file_ids, pending_post_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )?
    .execute(params![
        post.id.as_str(),
        post.create_at,
        post.update_at,
        post.user_id.as_str(),
        post.channel_id.as_str(),
        post.root_id.as_str(),
        post.message,
        post.post_type,
        serde_json::to_string(&post.props)?,
        post.hashtags,
        serde_json::to_string(&post.file_ids)?,
        post.pending_post_id,
    ])?;
    super::files::attach(c, &post)?;
    if !post.file_ids.is_empty() {
        fill_metadata(c, [&mut post])?;
    }
    let root_inc = i64::from(is_root);
    c.prepare_cached(
        "UPDATE channels SET total_msg_count = total_msg_count + 1,
            total_msg_count_root = total_msg_count_root + ?2, last_post_at = ?3,
            last_root_post_at = CASE WHEN ?2 = 1 THEN ?3 ELSE last_root_post_at END
         WHERE id = ?1",
    )?
    .execute(params![channel.id.as_str(), root_inc, now])?;
    channel.total_msg_count += 1;
    channel.total_msg_count_root += root_inc;
    channel.last_post_at = now;
    if is_root {
        channel.last_root_post_at = now;
    } else if let Some((_, mut participants)) = thread {
        // The thread as read above, in this same transaction.
        if !participants.contains(&post.user_id.0) {
            participants.push(post.user_id.0.clone());
        }
        c.prepare_cached(
            "UPDATE posts SET reply_count = reply_count + 1, last_reply_at = ?2, update_at = ?2,
                participants = ?3 WHERE id = ?1",
        )?
        .execute(params![
            post.root_id.as_str(),
            now,
            serde_json::to_string(&participants)?
        ])?;
    }
    // The author has read everything up to their own post.
    c.prepare_cached(
        "UPDATE channel_members SET msg_count = ?3, msg_count_root = ?4, last_viewed_at = ?5,
            mention_count = 0, mention_count_root = 0, last_update_at = ?5
         WHERE channel_id = ?1 AND user_id = ?2",
    )?
    .execute(params![
        channel.id.as_str(),
        post.user_id.as_str(),
        channel.total_msg_count,
        channel.total_msg_count_root,
        now
    ])?;
    let mut stmt = c.prepare_cached(
        "UPDATE channel_members SET mention_count = mention_count + 1,
            mention_count_root = mention_count_root + ?3, last_update_at = ?4
         WHERE channel_id = ?1 AND user_id = ?2",
    )?;
    for id in &mentions {
        stmt.execute(params![channel.id.as_str(), id, root_inc, now])?;
    }
    let mut stmt = c.prepare_cached(
        "INSERT OR IGNORE INTO email_queue (user_id, post_id, create_at) VALUES (?, ?, ?)",
    )?;
    for id in &email {
        stmt.execute(params![id, post.id.as_str(), now])?;
    }
    // The `posted` event names the sender; read it here rather than in another round trip.
    let sender: String = c
        .prepare_cached("SELECT username FROM users WHERE id = ?")?
        .query_row([post.user_id.as_str()], |r| r.get(0))
        .optional()?
        .unwrap_or_default();
    Ok(Created::New {
        post: Box::new(post),
        channel: Box::new(channel),
        sender,
        mentions,
        push,
    })
}

/// Saves an edit (message, pin, props) of a post.
pub fn update(c: &Connection, p: &Post) -> Result<()> {
    c.execute(
        "UPDATE posts SET message = ?, is_pinned = ?, props = ?, hashtags = ?, edit_at = ?,
            update_at = ? WHERE id = ?",
        params![
            p.message,
            p.is_pinned,
            serde_json::to_string(&p.props)?,
            p.hashtags,
            p.edit_at,
            p.update_at,
            p.id.as_str()
        ],
    )?;
    Ok(())
}

/// Soft-deletes a post; a root post takes its replies with it, and a reply lowers its
/// thread's reply count.
pub fn delete(c: &Connection, p: &Post, now: i64) -> Result<()> {
    super::files::delete_for_post(c, p.id.as_str(), now)?;
    c.execute(
        "UPDATE posts SET delete_at = ?1, update_at = ?1 WHERE (id = ?2 OR root_id = ?2) AND delete_at = 0",
        params![now, p.id.as_str()],
    )?;
    if !p.root_id.is_empty() {
        c.execute(
            "UPDATE posts SET reply_count = max(reply_count - 1, 0), update_at = ?1,
                last_reply_at = coalesce((SELECT max(create_at) FROM posts
                    WHERE root_id = ?2 AND delete_at = 0), 0)
             WHERE id = ?2",
            params![now, p.root_id.as_str()],
        )?;
    }
    Ok(())
}
