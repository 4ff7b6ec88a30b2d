use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::{ChannelId, StringMap, TeamId, UserId};

/// A channel's kind. Unknown kinds from newer servers are kept as they are.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub enum ChannelType {
    /// `"O"`: public.
    #[default]
    Open,
    /// `"P"`: private.
    Private,
    /// `"D"`: a direct message between two users.
    Direct,
    /// `"G"`: a group message between three to eight users.
    Group,
    /// Anything else.
    Unknown(String),
}

impl ChannelType {
    /// The wire code.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Open => "O",
            Self::Private => "P",
            Self::Direct => "D",
            Self::Group => "G",
            Self::Unknown(s) => s,
        }
    }

    /// Direct and group messages belong to no team.
    pub fn is_dm_or_gm(&self) -> bool {
        matches!(self, Self::Direct | Self::Group)
    }
}

impl From<String> for ChannelType {
    fn from(s: String) -> Self {
        match s.as_str() {
            "O" => Self::Open,
            "P" => Self::Private,
            "D" => Self::Direct,
            "G" => Self::Group,
            _ => Self::Unknown(s),
        }
    }
}

impl From<ChannelType> for String {
    fn from(t: ChannelType) -> Self {
        t.as_str().to_owned()
    }
}

crate::object! {
/// A channel (`model.Channel`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Channel {
    /// The channel's id.
    pub id: ChannelId,
    /// Creation time, ms.
    pub create_at: i64,
    /// Last update time, ms.
    pub update_at: i64,
    /// Archive time, ms; 0 while active.
    pub delete_at: i64,
    /// The team; empty for direct and group messages.
    pub team_id: TeamId,
    /// The kind of channel.
    #[serde(rename = "type")]
    pub channel_type: ChannelType => "type",
    /// The name people see; empty for direct messages.
    pub display_name: String,
    /// The URL handle.
    pub name: String,
    /// The header, in markdown.
    pub header: String,
    /// The purpose, in markdown.
    pub purpose: String,
    /// Time of the newest post, ms.
    pub last_post_at: i64,
    /// Time of the newest root post, ms.
    pub last_root_post_at: i64,
    /// Posts ever made in the channel.
    pub total_msg_count: i64,
    /// Root posts ever made in the channel.
    pub total_msg_count_root: i64,
    /// Deprecated; kept for old clients.
    pub extra_update_at: i64,
    /// Who created the channel.
    pub creator_id: UserId,
    /// Permission scheme, if any.
    pub scheme_id: Option<String>,
    /// Whether membership is managed by groups.
    pub group_constrained: Option<bool>,
}
}

crate::object! {
/// `POST /api/v4/channels`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct CreateChannel {
    /// The team.
    pub team_id: TeamId,
    /// The URL handle.
    pub name: String,
    /// The name people see.
    pub display_name: String,
    /// `"O"` or `"P"`.
    #[serde(rename = "type")]
    pub channel_type: ChannelType => "type",
    /// Purpose.
    pub purpose: String,
    /// Header.
    pub header: String,
}
}

crate::object! {
/// `PUT /api/v4/channels/{id}/patch`: only the fields present change.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ChannelPatch {
    /// New URL handle.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// New display name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// New header.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub header: Option<String>,
    /// New purpose.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
}
}

crate::object! {
/// A user's membership of a channel (`model.ChannelMember`): it carries the unread state.
/// Unread messages are `channel.total_msg_count - msg_count`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ChannelMember {
    /// The channel.
    pub channel_id: ChannelId,
    /// The member.
    pub user_id: UserId,
    /// Space-separated roles, such as `"channel_user channel_admin"`.
    pub roles: String,
    /// When the member last read the channel, ms.
    pub last_viewed_at: i64,
    /// The channel's `total_msg_count` when the member last read it.
    pub msg_count: i64,
    /// The same for root posts.
    pub msg_count_root: i64,
    /// Mentions of the member since the last read.
    pub mention_count: i64,
    /// Mentions in root posts since the last read.
    pub mention_count_root: i64,
    /// Urgent mentions since the last read.
    pub urgent_mention_count: i64,
    /// `desktop`, `email`, `push`, `mark_unread`, `ignore_channel_mentions`.
    pub notify_props: StringMap,
    /// Last change of this membership, ms.
    pub last_update_at: i64,
    /// Whether the member is a guest.
    pub scheme_guest: bool,
    /// Whether the member is a regular user.
    pub scheme_user: bool,
    /// Whether the member administers the channel.
    pub scheme_admin: bool,
    /// Roles not derived from the scheme.
    pub explicit_roles: String,
}
}

crate::object! {
/// `POST /api/v4/channels/{id}/members`: add one user or several.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct AddChannelMember {
    /// One user to add.
    pub user_id: Option<UserId>,
    /// Several users to add.
    pub user_ids: Option<Vec<UserId>>,
    /// A thread to post the join message in.
    pub post_root_id: Option<String>,
}
}

crate::object! {
/// `POST /api/v4/channels/members/{user_id}/view`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ViewChannel {
    /// The channel now being viewed; empty when focus is lost.
    pub channel_id: ChannelId,
    /// The channel viewed before.
    pub prev_channel_id: ChannelId,
}
}

crate::object! {
/// The answer of `POST /channels/members/{user_id}/view`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ViewChannelResponse {
    /// `"OK"`.
    pub status: String,
    /// New `last_viewed_at` of each channel marked read.
    pub last_viewed_at_times: BTreeMap<ChannelId, i64>,
}
}

crate::object! {
/// `GET /api/v4/channels/{id}/stats`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ChannelStats {
    /// The channel.
    pub channel_id: ChannelId,
    /// Number of members.
    pub member_count: i64,
    /// Members who are guests.
    pub guest_count: i64,
    /// Pinned posts.
    pub pinnedpost_count: i64,
    /// Files shared.
    pub files_count: i64,
}
}
