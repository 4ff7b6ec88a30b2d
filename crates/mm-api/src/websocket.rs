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
    },
    Posted {
        post: Box<Post>,
        channel_type: String,
        mentions: Vec<UserId>,
        sender_name: String,
    },
    PostEdited {
        post: Box<Post>,
    },
    PostDeleted {
        post: Box<Post>,
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
            },
            "posted" => Self::Posted {
                post: json_string(d, "post")?,
                channel_type: field(d, "channel_type"),
                mentions: if d.contains_key("mentions") {
                    json_string(d, "mentions")?
                } else {
                    Vec::new()
                },
                sender_name: field(d, "sender_name"),
            },
            "post_edited" => Self::PostEdited {
                post: json_string(d, "post")?,
            },
            "post_deleted" => Self::PostDeleted {
                post: json_string(d, "post")?,
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

#[cfg(test)]
mod tests {
    use super::*;

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
