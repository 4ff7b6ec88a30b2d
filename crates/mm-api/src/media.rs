//! Files, reactions and custom emoji.

use serde::Serialize;

use crate::{ChannelId, PostId, UserId};

crate::object! {
/// An uploaded file (`model.FileInfo`).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct FileInfo {
    /// The file's id.
    pub id: String,
    /// Who uploaded it.
    pub user_id: UserId,
    /// The post it is attached to; empty until posted.
    pub post_id: PostId,
    /// The channel it was uploaded to.
    pub channel_id: ChannelId,
    /// Upload time, ms.
    pub create_at: i64,
    /// Last change, ms.
    pub update_at: i64,
    /// Deletion time, ms; 0 unless deleted.
    pub delete_at: i64,
    /// The file name, as uploaded.
    pub name: String,
    /// The extension, lowercase, without the dot.
    pub extension: String,
    /// Size in bytes.
    pub size: i64,
    /// The MIME type, as sniffed from the content.
    pub mime_type: String,
    /// Image width in pixels; 0 if not an image.
    pub width: i64,
    /// Image height in pixels; 0 if not an image.
    pub height: i64,
    /// Whether `/thumbnail` and `/preview` exist.
    pub has_preview_image: bool,
}
}

crate::object! {
/// `POST /api/v4/files`.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct FileUploadResponse {
    /// The uploaded files, in order.
    pub file_infos: Vec<FileInfo>,
    /// The client's ids for them, echoed back.
    pub client_ids: Vec<String>,
}
}

crate::object! {
/// A reaction (`model.Reaction`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Reaction {
    /// Who reacted.
    pub user_id: UserId,
    /// To which post.
    pub post_id: PostId,
    /// The emoji's name, without colons.
    pub emoji_name: String,
    /// When, ms.
    pub create_at: i64,
    /// Last change, ms.
    pub update_at: i64,
    /// Deletion time, ms; 0 unless removed.
    pub delete_at: i64,
    /// The post's channel.
    pub channel_id: ChannelId,
}
}

crate::object! {
/// A custom emoji (`model.Emoji`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Emoji {
    /// The emoji's id.
    pub id: String,
    /// Who added it.
    pub creator_id: UserId,
    /// Its name, without colons.
    pub name: String,
    /// When it was added, ms.
    pub create_at: i64,
    /// Last change, ms.
    pub update_at: i64,
    /// Deletion time, ms; 0 unless deleted.
    pub delete_at: i64,
}
}

crate::object! {
/// What the server adds to a post on reads (`model.PostMetadata`).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PostMetadata {
    /// Link embeds.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub embeds: Vec<serde_json::Value>,
    /// The custom emoji the post uses (in its text or reactions).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub emojis: Vec<Emoji>,
    /// The attached files.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub files: Vec<FileInfo>,
    /// Sizes of images linked from the post.
    #[serde(skip_serializing_if = "serde_json::Map::is_empty")]
    pub images: serde_json::Map<String, serde_json::Value>,
    /// The reactions.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub reactions: Vec<Reaction>,
}
}

impl PostMetadata {
    /// Nothing to say.
    pub fn is_empty(&self) -> bool {
        self.embeds.is_empty()
            && self.emojis.is_empty()
            && self.files.is_empty()
            && self.images.is_empty()
            && self.reactions.is_empty()
    }
}
