use std::collections::BTreeMap;

use serde::Serialize;

use crate::{ChannelId, PostId, User, UserId};

crate::object! {
/// A post (`model.Post`): a message, a reply in a thread, or a system message.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Post {
    /// The post's id.
    pub id: PostId,
    /// Creation time, ms: the order of a channel.
    pub create_at: i64,
    /// Last change of any kind, ms (edits, reactions, replies, deletion).
    pub update_at: i64,
    /// Last edit of the message, ms; 0 if never edited.
    pub edit_at: i64,
    /// Deletion time, ms; 0 unless deleted.
    pub delete_at: i64,
    /// Whether the post is pinned to its channel.
    pub is_pinned: bool,
    /// The author.
    pub user_id: UserId,
    /// The channel.
    pub channel_id: ChannelId,
    /// The thread's root post; empty for a root post.
    pub root_id: PostId,
    /// Deprecated.
    pub original_id: String,
    /// The markdown text.
    pub message: String,
    /// `""` for a normal post; `system_*` for system messages.
    #[serde(rename = "type")]
    pub post_type: String => "type",
    /// Free-form properties (webhook overrides, attachments, …).
    pub props: serde_json::Map<String, serde_json::Value>,
    /// Space-separated hashtags found in the message.
    pub hashtags: String,
    /// The client's idempotency key, echoed back.
    pub pending_post_id: String,
    /// Replies in the thread (root posts).
    pub reply_count: i64,
    /// Time of the newest reply, ms (root posts).
    pub last_reply_at: i64,
    /// Users who replied in the thread (root posts).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub participants: Option<Vec<User>>,
    /// Attached files.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub file_ids: Vec<String>,
    /// Whether the post has reactions.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub has_reactions: bool,
    /// Embeds, files, reactions and emoji used, filled in by the server on reads.
    pub metadata: crate::PostMetadata,
}
}

impl Post {
    /// Whether this post starts a thread (or stands alone).
    pub fn is_root(&self) -> bool {
        self.root_id.is_empty()
    }

    /// The id of the thread this post belongs to.
    pub fn thread_id(&self) -> &PostId {
        if self.is_root() {
            &self.id
        } else {
            &self.root_id
        }
    }
}

crate::object! {
/// A page of posts (`model.PostList`): `order` is newest first, and `posts` may hold
/// more posts than `order` (the roots of replies in the page).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PostList {
    /// Post ids, newest first.
    pub order: Vec<PostId>,
    /// The posts by id.
    pub posts: BTreeMap<PostId, Post>,
    /// The next newer post after this page, if any.
    pub next_post_id: String,
    /// The next older post before this page, if any.
    pub prev_post_id: String,
    /// Whether more posts follow (threads).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_next: Option<bool>,
    /// Cloud limits; always 0 here.
    pub first_inaccessible_post_time: i64,
    /// Search results only: the words found in each post, for highlighting.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matches: Option<BTreeMap<PostId, Vec<String>>>,
}
}

crate::object! {
/// `POST /api/v4/posts`.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct CreatePost {
    /// The channel.
    pub channel_id: ChannelId,
    /// The markdown text.
    pub message: String,
    /// The thread to reply in, if any.
    #[serde(skip_serializing_if = "PostId::is_empty")]
    pub root_id: PostId,
    /// Attached files.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub file_ids: Vec<String>,
    /// Free-form properties.
    #[serde(skip_serializing_if = "serde_json::Map::is_empty")]
    pub props: serde_json::Map<String, serde_json::Value>,
    /// The client's idempotency key: the same key within 30 s returns the same post.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub pending_post_id: String,
    /// Ignored, but sent by some clients.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create_at: Option<i64>,
}
}

crate::object! {
/// `PUT /api/v4/posts/{id}/patch`: only the fields present change.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PostPatch {
    /// New text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Pin or unpin.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_pinned: Option<bool>,
    /// New properties.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub props: Option<serde_json::Map<String, serde_json::Value>>,
}
}
