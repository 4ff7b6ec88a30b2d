//! Integrations: incoming and outgoing webhooks, slash commands, bots and personal access
//! tokens (`model.IncomingWebhook`, `OutgoingWebhook`, `Command`, `CommandResponse`, `Bot`,
//! `UserAccessToken`).

use serde::Serialize;

use crate::{ChannelId, PostId, TeamId, UserId};

crate::object! {
/// An incoming webhook: `POST /hooks/{id}` posts in its channel.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct IncomingWebhook {
    /// The hook's id, which is also its secret.
    pub id: String,
    /// Creation time, ms.
    pub create_at: i64,
    /// Last change, ms.
    pub update_at: i64,
    /// Deletion time, ms; always 0 here (deleted hooks are gone).
    pub delete_at: i64,
    /// Who made it: its posts are theirs.
    pub user_id: UserId,
    /// The channel it posts in.
    pub channel_id: ChannelId,
    /// The channel's team.
    pub team_id: TeamId,
    /// Its name in the list.
    pub display_name: String,
    /// What it is for.
    pub description: String,
    /// The name its posts show, unless the request names another.
    pub username: String,
    /// The picture its posts show, unless the request gives another.
    pub icon_url: String,
    /// Posts only in its own channel, whatever the request's `channel`.
    pub channel_locked: bool,
}
}

crate::object! {
/// `PUT /api/v4/hooks/incoming/{id}` and the creation body: the fields that may change.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct IncomingWebhookPatch {
    /// The hook (on update).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub id: String,
    /// The channel it posts in.
    pub channel_id: ChannelId,
    /// Its name in the list.
    pub display_name: String,
    /// What it is for.
    pub description: String,
    /// The name its posts show.
    pub username: String,
    /// The picture its posts show.
    pub icon_url: String,
    /// Posts only in its own channel.
    pub channel_locked: bool,
}
}

crate::object! {
/// What an incoming webhook is sent (`model.IncomingWebhookRequest`), as JSON or as the
/// form field `payload`.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct IncomingWebhookRequest {
    /// The message.
    pub text: String,
    /// The name to show (with `enable_post_username_override`).
    pub username: String,
    /// The picture to show (with `enable_post_icon_override`).
    pub icon_url: String,
    /// An emoji as picture (with `enable_post_icon_override`).
    pub icon_emoji: String,
    /// Another channel: `name`, `#name`, or `@username` for a direct message.
    pub channel: String,
    /// Properties kept on the post.
    pub props: serde_json::Map<String, serde_json::Value>,
    /// Slack-style attachments.
    pub attachments: Vec<serde_json::Value>,
    /// A post type (never `system_*`).
    #[serde(rename = "type")]
    pub post_type: String => "type",
}
}

crate::object! {
/// An outgoing webhook: posts that start with (or contain) a trigger word are sent to its
/// callback URLs, and their answer is posted back.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct OutgoingWebhook {
    /// The hook's id.
    pub id: String,
    /// Sent with every callback, so that the receiver knows the request is ours.
    pub token: String,
    /// Creation time, ms.
    pub create_at: i64,
    /// Last change, ms.
    pub update_at: i64,
    /// Deletion time, ms; always 0 here.
    pub delete_at: i64,
    /// Who made it.
    pub creator_id: UserId,
    /// Its team.
    pub team_id: TeamId,
    /// A public channel, or empty for every public channel of the team.
    pub channel_id: ChannelId,
    /// Words that trigger it.
    pub trigger_words: Vec<String>,
    /// 0: the first word is a trigger word; 1: the message starts with one.
    pub trigger_when: i64,
    /// Where posts are sent.
    pub callback_urls: Vec<String>,
    /// Its name in the list.
    pub display_name: String,
    /// What it is for.
    pub description: String,
    /// `application/x-www-form-urlencoded` (the default) or `application/json`.
    pub content_type: String,
    /// The name its answers show.
    pub username: String,
    /// The picture its answers show.
    pub icon_url: String,
}
}

crate::object! {
/// A slash command (`model.Command`): built-in ones have no id.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Command {
    /// The command's id.
    pub id: String,
    /// Sent with every request, so that the receiver knows it is ours.
    pub token: String,
    /// Creation time, ms.
    pub create_at: i64,
    /// Last change, ms.
    pub update_at: i64,
    /// Deletion time, ms; always 0 here.
    pub delete_at: i64,
    /// Who made it.
    pub creator_id: UserId,
    /// Its team.
    pub team_id: TeamId,
    /// The word after the slash, such as `weather`.
    pub trigger: String,
    /// `P` (POST, the default) or `G` (GET).
    pub method: String,
    /// Where it is sent.
    pub url: String,
    /// The name its answers show.
    pub username: String,
    /// The picture its answers show.
    pub icon_url: String,
    /// Offered in the composer's autocomplete.
    pub auto_complete: bool,
    /// What it does, in the autocomplete.
    pub auto_complete_desc: String,
    /// Its arguments, in the autocomplete, such as `[city]`.
    pub auto_complete_hint: String,
    /// Its name in the list.
    pub display_name: String,
    /// What it is for.
    pub description: String,
}
}

crate::object! {
/// `POST /api/v4/commands/execute`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct CommandArgs {
    /// Where it was typed.
    pub channel_id: ChannelId,
    /// The team, when the channel has none (direct messages).
    #[serde(skip_serializing_if = "TeamId::is_empty")]
    pub team_id: TeamId,
    /// The whole line, such as `/shrug oh well`.
    pub command: String,
    /// The thread it was typed in, if any.
    #[serde(skip_serializing_if = "PostId::is_empty")]
    pub root_id: PostId,
}
}

crate::object! {
/// A command's answer (`model.CommandResponse`).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct CommandResponse {
    /// `ephemeral` (only the caller sees it; the default) or `in_channel`.
    pub response_type: String,
    /// The text.
    pub text: String,
    /// The name the answer shows.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub username: String,
    /// The picture the answer shows.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub icon_url: String,
    /// Another channel to answer in.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub channel_id: String,
    /// Where the client should go next (`/join`, `/msg`): a path in the app.
    pub goto_location: String,
    /// Properties of the answer's post.
    #[serde(skip_serializing_if = "serde_json::Map::is_empty")]
    pub props: serde_json::Map<String, serde_json::Value>,
    /// Slack-style attachments.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<serde_json::Value>,
    /// The answer's post type.
    #[serde(rename = "type", skip_serializing_if = "String::is_empty")]
    pub post_type: String => "type",
    /// More answers, posted after this one.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub extra_responses: Vec<CommandResponse>,
}
}

crate::object! {
/// A bot account (`model.Bot`): a user with `is_bot`, an owner and no password.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Bot {
    /// The bot's user id.
    pub user_id: UserId,
    /// Its username.
    pub username: String,
    /// The name it shows.
    pub display_name: String,
    /// What it does.
    pub description: String,
    /// Who manages it.
    pub owner_id: UserId,
    /// Creation time, ms.
    pub create_at: i64,
    /// Last change, ms.
    pub update_at: i64,
    /// Disabled since, ms; 0 while enabled.
    pub delete_at: i64,
}
}

crate::object! {
/// `POST /api/v4/bots` and `PUT /api/v4/bots/{id}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct BotPatch {
    /// Its username.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// The name it shows.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// What it does.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}
}

crate::object! {
/// A personal access token (`model.UserAccessToken`): the secret is in `token` only in the
/// answer that creates it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct UserAccessToken {
    /// The token's id (not the secret).
    pub id: String,
    /// The secret, shown once.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub token: String,
    /// Whose it is.
    pub user_id: UserId,
    /// What it is for.
    pub description: String,
    /// Whether it may be used.
    pub is_active: bool,
}
}

/// The prop that marks a post made by a webhook.
pub const PROP_FROM_WEBHOOK: &str = "from_webhook";
/// The prop that marks a post made by a bot.
pub const PROP_FROM_BOT: &str = "from_bot";
/// The name a webhook's or bot's post shows instead of its author's.
pub const PROP_OVERRIDE_USERNAME: &str = "override_username";
/// The picture a webhook's or bot's post shows instead of its author's.
pub const PROP_OVERRIDE_ICON_URL: &str = "override_icon_url";
/// An emoji shown as the picture of a webhook's post.
pub const PROP_OVERRIDE_ICON_EMOJI: &str = "override_icon_emoji";
/// The type of the posts only their reader sees (a command's private answer).
pub const POST_EPHEMERAL: &str = "system_ephemeral";
