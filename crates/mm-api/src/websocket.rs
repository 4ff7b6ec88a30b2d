//! The WebSocket at `/api/v4/websocket`: frames, and the typed events a client applies.
//!
//! Several payload fields are JSON *strings* holding JSON (`data.post` of `posted`, for
//! example), as Mattermost sends them. [`Event::parse`] decodes them once, here.

use std::collections::BTreeMap;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::{Channel, ChannelId, Post, PostId, Preference, Team, TeamId, User, UserId};

crate::object! {
/// Who an event is for, as the server saw it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Broadcast {
    /// Users who must not get the event.
    pub omit_users: Option<BTreeMap<UserId, bool>>,
    /// The one user the event is for.
    pub user_id: UserId,
    /// The channel whose members get the event.
    pub channel_id: ChannelId,
    /// The team whose members get the event.
    pub team_id: TeamId,
}
}

crate::object! {
/// A server event frame: `{event, data, broadcast, seq}`.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct RawEvent {
    /// The event name, such as `posted`.
    pub event: String,
    /// The payload.
    pub data: Map<String, Value>,
    /// The audience.
    pub broadcast: Broadcast,
    /// Per-connection sequence number: 0 for `hello`, then +1 each event.
    pub seq: i64,
}
}

crate::object! {
/// The server's answer to a client request: `{status, seq_reply, data?, error?}`.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Response {
    /// `"OK"` or `"FAIL"`.
    pub status: String,
    /// The `seq` of the request answered.
    pub seq_reply: i64,
    /// Data, for requests that return some.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<Value>,
    /// The error, when `status` is `"FAIL"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<Value>,
}
}

crate::object! {
/// A client request: `{action, seq, data}`.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Request {
    /// `authentication_challenge`, `user_typing`, `ping`, `get_statuses`, …
    pub action: String,
    /// The client's counter, from 1.
    pub seq: i64,
    /// The request's data.
    pub data: Map<String, Value>,
}
}

/// Any frame the server sends.
#[derive(Clone, Debug, PartialEq)]
pub enum Incoming {
    /// An event.
    Event(RawEvent),
    /// An answer to a request.
    Response(Response),
}

impl Incoming {
    /// Parses a text frame.
    pub fn parse(text: &str) -> Result<Self, serde_json::Error> {
        // Straight from the text: one deserializer per type keeps the wasm small.
        let raw: RawEvent = serde_json::from_str(text)?;
        if raw.event.is_empty() {
            serde_json::from_str(text).map(Self::Response)
        } else {
            Ok(Self::Event(raw))
        }
    }
}

/// The events a chat client acts on, decoded. Events this crate does not know stay
/// [`Event::Unknown`], so a newer server never breaks a client.
#[derive(Clone, Debug, PartialEq)]
#[allow(missing_docs)] // Each variant is the Mattermost event of the same name.
pub enum Event {
    Hello {
        connection_id: String,
        server_version: String,
        server_hostname: String,
    },
    Posted {
        post: Box<Post>,
        channel_type: String,
        channel_display_name: String,
        channel_name: String,
        team_id: TeamId,
        mentions: Vec<UserId>,
        sender_name: String,
        set_online: bool,
    },
    PostEdited {
        post: Box<Post>,
    },
    /// A post only its reader sees (a command's private answer), never stored.
    EphemeralMessage {
        post: Box<Post>,
    },
    PostDeleted {
        post: Box<Post>,
        /// Who deleted it, when not its author.
        delete_by: UserId,
    },
    ReactionAdded {
        reaction: crate::Reaction,
    },
    ReactionRemoved {
        reaction: crate::Reaction,
    },
    EmojiAdded {
        emoji: crate::Emoji,
    },
    Typing {
        channel_id: ChannelId,
        parent_id: PostId,
        user_id: UserId,
    },
    ChannelCreated {
        channel_id: ChannelId,
        team_id: TeamId,
    },
    ChannelUpdated {
        channel: Box<Channel>,
    },
    ChannelMemberUpdated {
        member: Box<crate::ChannelMember>,
    },
    ChannelDeleted {
        channel_id: ChannelId,
        delete_at: i64,
    },
    UserAdded {
        channel_id: ChannelId,
        user_id: UserId,
        team_id: TeamId,
    },
    UserRemoved {
        channel_id: ChannelId,
        user_id: UserId,
        remover_id: UserId,
    },
    DirectAdded {
        channel_id: ChannelId,
        creator_id: UserId,
        teammate_id: UserId,
    },
    GroupAdded {
        channel_id: ChannelId,
        teammate_ids: Vec<UserId>,
    },
    MultipleChannelsViewed {
        channel_times: BTreeMap<ChannelId, i64>,
    },
    StatusChange {
        user_id: UserId,
        status: String,
    },
    UserUpdated {
        user: Box<User>,
    },
    NewUser {
        user_id: UserId,
    },
    PreferencesChanged {
        preferences: Vec<Preference>,
    },
    PreferencesDeleted {
        preferences: Vec<Preference>,
    },
    AddedToTeam {
        team_id: TeamId,
        user_id: UserId,
    },
    LeaveTeam {
        team_id: TeamId,
        user_id: UserId,
    },
    UpdateTeam {
        team: Box<Team>,
    },
    Unknown {
        event: String,
    },
}

fn field<T: DeserializeOwned + Default>(data: &Map<String, Value>, key: &str) -> T {
    data.get(key)
        .and_then(|v| T::deserialize(v).ok())
        .unwrap_or_default()
}

/// A field that Mattermost sends as a JSON string holding JSON.
fn json_string<T: DeserializeOwned>(
    data: &Map<String, Value>,
    key: &str,
) -> Result<T, serde_json::Error> {
    match data.get(key) {
        Some(Value::String(s)) => serde_json::from_str(s),
        // Re-reading the text keeps one deserializer per type (smaller wasm).
        Some(other) => serde_json::from_str(&other.to_string()),
        None => serde_json::from_str("null"),
    }
}

impl Event {
    /// Decodes a raw event, including the JSON-in-a-string fields.
    pub fn parse(raw: &RawEvent) -> Result<Self, serde_json::Error> {
        let d = &raw.data;
        let b = &raw.broadcast;
        let channel_id = || {
            let from_data: ChannelId = field(d, "channel_id");
            if from_data.is_empty() {
                b.channel_id.clone()
            } else {
                from_data
            }
        };
        Ok(match raw.event.as_str() {
            "hello" => Self::Hello {
                connection_id: field(d, "connection_id"),
                server_version: field(d, "server_version"),
                server_hostname: field(d, "server_hostname"),
            },
            "posted" => Self::Posted {
                post: json_string(d, "post")?,
                channel_type: field(d, "channel_type"),
                channel_display_name: field(d, "channel_display_name"),
                channel_name: field(d, "channel_name"),
                team_id: field(d, "team_id"),
                mentions: if d.contains_key("mentions") {
                    json_string(d, "mentions")?
                } else {
                    Vec::new()
                },
                sender_name: field(d, "sender_name"),
                set_online: field(d, "set_online"),
            },
            "post_edited" => Self::PostEdited {
                post: json_string(d, "post")?,
            },
            "ephemeral_message" => Self::EphemeralMessage {
                post: json_string(d, "post")?,
            },
            "post_deleted" => Self::PostDeleted {
                post: json_string(d, "post")?,
                delete_by: field(d, "delete_by"),
            },
            "reaction_added" => Self::ReactionAdded {
                reaction: json_string(d, "reaction")?,
            },
            "reaction_removed" => Self::ReactionRemoved {
                reaction: json_string(d, "reaction")?,
            },
            "emoji_added" => Self::EmojiAdded {
                emoji: json_string(d, "emoji")?,
            },
            "typing" => Self::Typing {
                channel_id: b.channel_id.clone(),
                parent_id: field(d, "parent_id"),
                user_id: field(d, "user_id"),
            },
            "channel_created" => Self::ChannelCreated {
                channel_id: channel_id(),
                team_id: field(d, "team_id"),
            },
            "channel_updated" => Self::ChannelUpdated {
                channel: json_string(d, "channel")?,
            },
            "channel_member_updated" => Self::ChannelMemberUpdated {
                member: json_string(d, "channelMember")?,
            },
            "channel_deleted" => Self::ChannelDeleted {
                channel_id: channel_id(),
                delete_at: field(d, "delete_at"),
            },
            "user_added" => Self::UserAdded {
                channel_id: channel_id(),
                user_id: field(d, "user_id"),
                team_id: field(d, "team_id"),
            },
            "user_removed" => {
                let user_id: UserId = field(d, "user_id");
                Self::UserRemoved {
                    channel_id: channel_id(),
                    user_id: if user_id.is_empty() {
                        b.user_id.clone()
                    } else {
                        user_id
                    },
                    remover_id: field(d, "remover_id"),
                }
            }
            "direct_added" => Self::DirectAdded {
                channel_id: channel_id(),
                creator_id: field(d, "creator_id"),
                teammate_id: field(d, "teammate_id"),
            },
            "group_added" => Self::GroupAdded {
                channel_id: channel_id(),
                teammate_ids: json_string(d, "teammate_ids")?,
            },
            "multiple_channels_viewed" => Self::MultipleChannelsViewed {
                channel_times: field(d, "channel_times"),
            },
            "status_change" => Self::StatusChange {
                user_id: field(d, "user_id"),
                status: field(d, "status"),
            },
            "user_updated" => Self::UserUpdated {
                user: json_string(d, "user")?,
            },
            "new_user" => Self::NewUser {
                user_id: field(d, "user_id"),
            },
            "preferences_changed" => Self::PreferencesChanged {
                preferences: json_string(d, "preferences")?,
            },
            "preferences_deleted" => Self::PreferencesDeleted {
                preferences: json_string(d, "preferences")?,
            },
            "added_to_team" => Self::AddedToTeam {
                team_id: field(d, "team_id"),
                user_id: field(d, "user_id"),
            },
            "leave_team" => Self::LeaveTeam {
                team_id: field(d, "team_id"),
                user_id: field(d, "user_id"),
            },
            "update_team" => Self::UpdateTeam {
                team: json_string(d, "team")?,
            },
            other => Self::Unknown {
                event: other.to_owned(),
            },
        })
    }
}

/// A JSON value of `v`; values that cannot be written (none of the API's) become `null`.
fn value<T: Serialize>(v: &T) -> Value {
    serde_json::to_value(v).unwrap_or(Value::Null)
}

/// `v` as JSON text in a string, as Mattermost sends posts, channels and users in events.
fn text<T: Serialize>(v: &T) -> Value {
    Value::String(serde_json::to_string(v).unwrap_or_default())
}

impl Event {
    /// The event's name, as Mattermost spells it.
    pub fn name(&self) -> &str {
        match self {
            Self::Hello { .. } => "hello",
            Self::Posted { .. } => "posted",
            Self::PostEdited { .. } => "post_edited",
            Self::EphemeralMessage { .. } => "ephemeral_message",
            Self::PostDeleted { .. } => "post_deleted",
            Self::ReactionAdded { .. } => "reaction_added",
            Self::ReactionRemoved { .. } => "reaction_removed",
            Self::EmojiAdded { .. } => "emoji_added",
            Self::Typing { .. } => "typing",
            Self::ChannelCreated { .. } => "channel_created",
            Self::ChannelUpdated { .. } => "channel_updated",
            Self::ChannelMemberUpdated { .. } => "channel_member_updated",
            Self::ChannelDeleted { .. } => "channel_deleted",
            Self::UserAdded { .. } => "user_added",
            Self::UserRemoved { .. } => "user_removed",
            Self::DirectAdded { .. } => "direct_added",
            Self::GroupAdded { .. } => "group_added",
            Self::MultipleChannelsViewed { .. } => "multiple_channels_viewed",
            Self::StatusChange { .. } => "status_change",
            Self::UserUpdated { .. } => "user_updated",
            Self::NewUser { .. } => "new_user",
            Self::PreferencesChanged { .. } => "preferences_changed",
            Self::PreferencesDeleted { .. } => "preferences_deleted",
            Self::AddedToTeam { .. } => "added_to_team",
            Self::LeaveTeam { .. } => "leave_team",
            Self::UpdateTeam { .. } => "update_team",
            Self::Unknown { event } => event,
        }
    }

    /// The event's `data` as Mattermost sends it, which [`Event::parse`] reads back: posts,
    /// channels and the like as JSON text, and the channel of `typing`, `user_added`,
    /// `direct_added` and `group_added` in the broadcast (the hub's scope) rather than here.
    /// Empty optional fields are left out.
    pub fn data(&self) -> Map<String, Value> {
        let mut d = Map::new();
        let mut put = |key: &str, v: Value| {
            if !matches!(&v, Value::String(s) if s.is_empty()) {
                d.insert(key.to_owned(), v);
            }
        };
        match self {
            Self::Hello {
                connection_id,
                server_version,
                server_hostname,
            } => {
                put("connection_id", value(connection_id));
                put("server_version", value(server_version));
                put("server_hostname", value(server_hostname));
            }
            Self::Posted {
                post,
                channel_type,
                channel_display_name,
                channel_name,
                team_id,
                mentions,
                sender_name,
                set_online,
            } => {
                put("post", text(post));
                put("channel_type", value(channel_type));
                put("channel_display_name", value(channel_display_name));
                put("channel_name", value(channel_name));
                put("team_id", value(team_id));
                if !mentions.is_empty() {
                    put("mentions", text(mentions));
                }
                put("sender_name", value(sender_name));
                put("set_online", Value::Bool(*set_online));
            }
            Self::PostEdited { post } | Self::EphemeralMessage { post } => put("post", text(post)),
            Self::PostDeleted { post, delete_by } => {
                put("post", text(post));
                put("delete_by", value(delete_by));
            }
            Self::ReactionAdded { reaction } | Self::ReactionRemoved { reaction } => {
                put("reaction", text(reaction));
            }
            Self::EmojiAdded { emoji } => put("emoji", text(emoji)),
            Self::Typing {
                parent_id, user_id, ..
            } => {
                put("user_id", value(user_id));
                // Mattermost sends an empty `parent_id` for the channel itself.
                d.insert("parent_id".to_owned(), value(parent_id));
            }
            Self::ChannelCreated {
                channel_id,
                team_id,
            } => {
                put("channel_id", value(channel_id));
                put("team_id", value(team_id));
            }
            Self::ChannelUpdated { channel } => put("channel", text(channel)),
            Self::ChannelMemberUpdated { member } => put("channelMember", text(member)),
            Self::ChannelDeleted {
                channel_id,
                delete_at,
            } => {
                put("channel_id", value(channel_id));
                put("delete_at", value(delete_at));
            }
            Self::UserAdded {
                user_id, team_id, ..
            } => {
                put("user_id", value(user_id));
                put("team_id", value(team_id));
            }
            Self::UserRemoved {
                channel_id,
                user_id,
                remover_id,
            } => {
                // To the channel: who left (the channel is the broadcast's). To the one who
                // left: which channel.
                put("channel_id", value(channel_id));
                put("user_id", value(user_id));
                put("remover_id", value(remover_id));
            }
            Self::DirectAdded {
                creator_id,
                teammate_id,
                ..
            } => {
                put("creator_id", value(creator_id));
                put("teammate_id", value(teammate_id));
            }
            Self::GroupAdded { teammate_ids, .. } => put("teammate_ids", text(teammate_ids)),
            Self::MultipleChannelsViewed { channel_times } => {
                put("channel_times", value(channel_times));
            }
            Self::StatusChange { user_id, status } => {
                put("status", value(status));
                put("user_id", value(user_id));
            }
            Self::UserUpdated { user } => put("user", value(user)),
            Self::NewUser { user_id } => put("user_id", value(user_id)),
            Self::PreferencesChanged { preferences } | Self::PreferencesDeleted { preferences } => {
                put("preferences", text(preferences));
            }
            Self::AddedToTeam { team_id, user_id } | Self::LeaveTeam { team_id, user_id } => {
                put("team_id", value(team_id));
                put("user_id", value(user_id));
            }
            Self::UpdateTeam { team } => put("team", text(team)),
            Self::Unknown { .. } => {}
        }
        d
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every event the server sends, written by [`Event::data`] and read back by
    /// [`Event::parse`], through the JSON text of a frame.
    #[test]
    fn every_event_round_trips() {
        let post = Box::new(Post {
            id: "p1".into(),
            channel_id: "c1".into(),
            message: "hi @ann".into(),
            ..Default::default()
        });
        let user = Box::new(User {
            id: "u1".into(),
            username: "ann".into(),
            ..Default::default()
        });
        let (c, u, t) = (
            ChannelId::from("c1"),
            UserId::from("u1"),
            TeamId::from("t1"),
        );
        let events = [
            Event::Hello {
                connection_id: "k".into(),
                server_version: "10.11.0".into(),
                server_hostname: "causerie".into(),
            },
            Event::Posted {
                post: post.clone(),
                channel_type: "O".into(),
                channel_display_name: "Town".into(),
                channel_name: "town-square".into(),
                team_id: t.clone(),
                mentions: vec![u.clone()],
                sender_name: "@ann".into(),
                set_online: true,
            },
            Event::PostEdited { post: post.clone() },
            Event::PostDeleted {
                post: post.clone(),
                delete_by: "u2".into(),
            },
            Event::ReactionAdded {
                reaction: crate::Reaction {
                    emoji_name: "tada".into(),
                    ..Default::default()
                },
            },
            Event::ReactionRemoved {
                reaction: crate::Reaction::default(),
            },
            Event::EmojiAdded {
                emoji: crate::Emoji {
                    name: "parrot".into(),
                    ..Default::default()
                },
            },
            Event::Typing {
                channel_id: c.clone(),
                parent_id: PostId::default(),
                user_id: u.clone(),
            },
            Event::ChannelCreated {
                channel_id: c.clone(),
                team_id: t.clone(),
            },
            Event::ChannelUpdated {
                channel: Box::new(Channel {
                    id: c.clone(),
                    ..Default::default()
                }),
            },
            Event::ChannelMemberUpdated {
                member: Box::default(),
            },
            Event::EphemeralMessage {
                post: Box::default(),
            },
            Event::ChannelDeleted {
                channel_id: c.clone(),
                delete_at: 5,
            },
            Event::UserAdded {
                channel_id: c.clone(),
                user_id: u.clone(),
                team_id: t.clone(),
            },
            Event::UserRemoved {
                channel_id: c.clone(),
                user_id: u.clone(),
                remover_id: "u2".into(),
            },
            Event::DirectAdded {
                channel_id: c.clone(),
                creator_id: u.clone(),
                teammate_id: "u2".into(),
            },
            Event::GroupAdded {
                channel_id: c.clone(),
                teammate_ids: vec![u.clone(), "u2".into()],
            },
            Event::MultipleChannelsViewed {
                channel_times: [(c.clone(), 7)].into(),
            },
            Event::StatusChange {
                user_id: u.clone(),
                status: "away".into(),
            },
            Event::UserUpdated { user: user.clone() },
            Event::NewUser { user_id: u.clone() },
            Event::PreferencesChanged {
                preferences: vec![Preference::default()],
            },
            Event::PreferencesDeleted {
                preferences: Vec::new(),
            },
            Event::AddedToTeam {
                team_id: t.clone(),
                user_id: u.clone(),
            },
            Event::LeaveTeam {
                team_id: t.clone(),
                user_id: u.clone(),
            },
            Event::UpdateTeam {
                team: Box::default(),
            },
            Event::Unknown {
                event: "plugin_thing".into(),
            },
        ];
        for ev in events {
            // The hub puts a channel event's channel in the broadcast.
            let broadcast = Broadcast {
                channel_id: match &ev {
                    Event::Typing { channel_id, .. }
                    | Event::UserAdded { channel_id, .. }
                    | Event::DirectAdded { channel_id, .. }
                    | Event::GroupAdded { channel_id, .. } => channel_id.clone(),
                    _ => ChannelId::default(),
                },
                ..Default::default()
            };
            let frame = RawEvent {
                event: ev.name().to_owned(),
                data: ev.data(),
                broadcast,
                seq: 1,
            };
            let text = serde_json::to_string(&frame).unwrap();
            let Incoming::Event(raw) = Incoming::parse(&text).unwrap() else {
                panic!("{text} is not an event")
            };
            assert_eq!(Event::parse(&raw).unwrap(), ev, "{text}");
        }
    }

    #[test]
    fn posted_decodes_the_post_string() {
        let frame = r#"{"event":"posted","data":{"channel_type":"O","post":"{\"id\":\"p1\",\"message\":\"hi\",\"channel_id\":\"c1\"}","mentions":"[\"u2\"]","sender_name":"@ann"},"broadcast":{"omit_users":null,"user_id":"","channel_id":"c1","team_id":""},"seq":3}"#;
        let Incoming::Event(raw) = Incoming::parse(frame).unwrap() else {
            panic!("not an event")
        };
        assert_eq!(raw.seq, 3);
        let Event::Posted { post, mentions, .. } = Event::parse(&raw).unwrap() else {
            panic!("not posted")
        };
        assert_eq!(post.message, "hi");
        assert_eq!(mentions, vec![UserId::from("u2")]);
    }

    #[test]
    fn unknown_events_are_kept() {
        let raw = RawEvent {
            event: "plugin_thing".into(),
            ..Default::default()
        };
        assert_eq!(
            Event::parse(&raw).unwrap(),
            Event::Unknown {
                event: "plugin_thing".into()
            }
        );
    }

    #[test]
    fn responses_are_told_apart() {
        let r = Incoming::parse(r#"{"status":"OK","seq_reply":1}"#).unwrap();
        assert!(matches!(
            r,
            Incoming::Response(Response { seq_reply: 1, .. })
        ));
    }
}
