//! Client state in plain Rust, tested natively: channels and unreads, posts with pending
//! (optimistic) posts, users and statuses, typing, and the socket's sequence bookkeeping.
//! [`Store::apply`] is the one dispatcher of WebSocket events; components only read the
//! store and call its methods.

pub mod activity;
pub mod channels;
pub mod notify;
pub mod picker;
pub mod posts;
pub mod search;
pub mod socket;
pub mod typing;
pub mod users;
pub mod window;

use mm_api::websocket::Event;
use mm_api::{ChannelId, PostId, Team, TeamId, User, UserId};

pub use channels::ChannelStore;
pub use posts::PostStore;
pub use socket::SocketState;
pub use typing::TypingStore;
pub use users::UserStore;

/// Something the app must do after an event: the store itself does no I/O.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Fetch these users' profiles.
    FetchUsers(Vec<UserId>),
    /// Fetch a channel (and our membership) we just learned of.
    FetchChannel(ChannelId),
    /// Re-read channels, memberships and the open channel's posts since the newest known.
    Resync,
    /// Mark the open channel read on the server.
    MarkViewed(ChannelId),
    /// The current channel is gone (archived and left, or removed): leave it.
    LeaveChannel(ChannelId),
    /// Show a desktop notification of this post.
    Notify(PostId),
}

/// A part of the store that components read. A change names the parts it touched, so that
/// only their readers run again (`shared::Shared` keeps one trigger per part and per post).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The user, teams, the team shown, the server's configuration and custom emoji.
    Me,
    /// Channels, memberships, unreads and member counts.
    Channels,
    /// Which posts each channel and thread shows, and whether more can be loaded; not the
    /// posts' content.
    Lists,
    /// Profiles.
    Users,
    /// Online statuses.
    Statuses,
    /// Who is typing.
    Typing,
    /// The open channel and its "new messages" mark, the side panel, the window's focus,
    /// whether we sent, and the alert.
    View,
}

impl Part {
    /// Every part, in order.
    pub const ALL: [Part; 7] = [
        Part::Me,
        Part::Channels,
        Part::Lists,
        Part::Users,
        Part::Statuses,
        Part::Typing,
        Part::View,
    ];
}

/// What one change to the store touched. Saying too much costs work; saying too little
/// shows stale data, so the tests check every declared change against the store itself.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Changed {
    parts: u8,
    /// Every post (content, pending state, highlight or editing).
    every_post: bool,
    posts: Vec<PostId>,
}

impl Changed {
    /// Anything at all (a load, a reset).
    pub fn everything() -> Self {
        Self {
            parts: u8::MAX,
            every_post: true,
            posts: Vec::new(),
        }
    }

    /// These parts.
    pub fn of(parts: &[Part]) -> Self {
        parts.iter().fold(Self::default(), |c, p| c.and(*p))
    }

    /// One part more.
    pub fn and(mut self, part: Part) -> Self {
        self.parts |= 1 << part as u8;
        self
    }

    /// One post more (an empty id is none).
    pub fn post(mut self, id: &PostId) -> Self {
        if !id.as_str().is_empty() && !self.posts.contains(id) {
            self.posts.push(id.clone());
        }
        self
    }

    /// The posts of a page or thread from the server.
    pub fn list(self, list: &mm_api::PostList) -> Self {
        list.posts.keys().fold(self, |c, id| c.post(id))
    }

    /// Every post.
    pub fn all_posts(mut self) -> Self {
        self.every_post = true;
        self
    }

    /// Whether `part` changed.
    pub fn touches(&self, part: Part) -> bool {
        self.parts & (1 << part as u8) != 0
    }

    /// Whether every post may have changed.
    pub fn every_post(&self) -> bool {
        self.every_post
    }

    /// The posts that changed (besides `every_post`).
    pub fn posts(&self) -> &[PostId] {
        &self.posts
    }
}

/// What [`Store::apply`] may change for `event`: never less than it does.
pub fn changes(event: &Event) -> Changed {
    use Part::*;
    match event {
        Event::Posted { post, .. } => Changed::of(&[Lists, Channels, Typing])
            .post(&post.id)
            .post(&post.root_id)
            .post(&PostId(post.pending_post_id.clone())),
        Event::PostEdited { post } => Changed::default().post(&post.id),
        Event::EphemeralMessage { post } => {
            Changed::of(&[Lists]).post(&post.id).post(&post.root_id)
        }
        Event::PostDeleted { post, .. } => Changed::of(&[Lists, View])
            .post(&post.id)
            .post(&post.root_id),
        Event::ReactionAdded { reaction } | Event::ReactionRemoved { reaction } => {
            Changed::default().post(&reaction.post_id)
        }
        Event::Typing { .. } => Changed::of(&[Typing]),
        Event::ChannelUpdated { .. }
        | Event::ChannelMemberUpdated { .. }
        | Event::ChannelDeleted { .. }
        | Event::UserAdded { .. }
        | Event::UserRemoved { .. }
        | Event::MultipleChannelsViewed { .. } => Changed::of(&[Channels]),
        Event::StatusChange { .. } => Changed::of(&[Statuses]),
        Event::UserUpdated { .. } => Changed::of(&[Me, Users]),
        Event::EmojiAdded { .. } | Event::UpdateTeam { .. } => Changed::of(&[Me]),
        // Nothing here, or only through an effect (which says what it changes).
        Event::Hello { .. }
        | Event::Unknown { .. }
        | Event::ChannelCreated { .. }
        | Event::DirectAdded { .. }
        | Event::GroupAdded { .. }
        | Event::NewUser { .. }
        | Event::PreferencesChanged { .. }
        | Event::PreferencesDeleted { .. }
        | Event::AddedToTeam { .. }
        | Event::LeaveTeam { .. } => Changed::default(),
    }
}

/// Everything the app knows.
#[derive(Debug, Default)]
pub struct Store {
    /// The logged-in user.
    pub me: Option<User>,
    /// The user's teams.
    pub teams: Vec<Team>,
    /// The team shown.
    pub team: Option<TeamId>,
    /// Channels, memberships and unreads.
    pub channels: ChannelStore,
    /// Posts by channel and thread.
    pub posts: PostStore,
    /// Profiles and statuses.
    pub users: UserStore,
    /// Who is typing where.
    pub typing: TypingStore,
    /// The channel shown.
    pub current: Option<ChannelId>,
    /// The thread open in the side panel.
    pub thread: Option<PostId>,
    /// The search shown in the side panel (instead of a thread).
    pub search: Option<search::Search>,
    /// The post a permalink or a search result opened, marked for the reader.
    pub highlight: Option<PostId>,
    /// Whether the window has focus (a post in the open channel is then read at once).
    pub focused: bool,
    /// Where the "new messages" line goes: the open channel, when it was last read before
    /// opening it, and when it was opened (posts arriving later are not "new" to a reader).
    pub unread_mark: Option<(ChannelId, i64, i64)>,
    /// The post ↑ in an empty composer opened for editing, until saved or cancelled.
    pub editing: Option<PostId>,
    /// Bumped when someone joins or leaves a channel (member counts to refresh).
    pub membership_version: u64,
    /// The server's client configuration (`/config/client?format=old`).
    pub config: std::collections::BTreeMap<String, String>,
    /// Custom emoji: name → id.
    pub custom_emoji: std::collections::BTreeMap<String, String>,
    /// The reader has sent a message from this tab (a good moment to offer notifications).
    pub sent: bool,
    /// A failure to show the reader (the server's message), until they close it.
    pub alert: Option<String>,
}

impl Store {
    /// The team being shown.
    pub fn current_team(&self) -> Option<&Team> {
        let id = self.team.as_ref()?;
        self.teams.iter().find(|t| &t.id == id)
    }

    /// Before when the server deletes posts (ms), from its client configuration; 0 if it
    /// keeps them.
    pub fn retention_cutoff(&self, now: i64) -> i64 {
        let on = self.config.get("DataRetentionEnableMessageDeletion");
        let hours = self
            .config
            .get("DataRetentionMessageRetentionHours")
            .and_then(|h| h.parse::<i64>().ok())
            .unwrap_or(0);
        if on.map(String::as_str) != Some("true") || hours <= 0 {
            return 0;
        }
        now - hours * 3_600_000
    }

    /// The logged-in user's id, or an empty one.
    pub fn my_id(&self) -> UserId {
        self.me.as_ref().map(|u| u.id.clone()).unwrap_or_default()
    }

    /// Whether a post in `channel` is to be shown as a desktop notification: the channel's
    /// `desktop` setting, or by `default` ours (`all`, `mention` or `none`); never from a
    /// muted channel.
    pub fn wants_desktop(&self, channel: &ChannelId, mentioned: bool) -> bool {
        let mine = self.me.as_ref().and_then(|u| u.notify_props.get("desktop"));
        let level = match self.channels.notify_prop(channel, "desktop") {
            "" | "default" => mine.map_or("mention", String::as_str),
            own => own,
        };
        !self.channels.muted(channel) && (level == "all" || (level == "mention" && mentioned))
    }

    /// Applies one WebSocket event at time `now` (ms); returns what the app must do next.
    /// What it changes is [`changes`]`(&event)`, which the tests check on every call.
    pub fn apply(&mut self, event: Event, now: i64) -> Vec<Effect> {
        #[cfg(test)]
        let (before, changed) = (self.snapshot(), changes(&event));
        let effects = self.apply_event(event, now);
        #[cfg(test)]
        before.assert_covered(&self.snapshot(), &changed);
        effects
    }

    fn apply_event(&mut self, event: Event, now: i64) -> Vec<Effect> {
        let me = self.my_id();
        let mut effects = Vec::new();
        match event {
            Event::Hello { .. } | Event::Unknown { .. } => {}
            Event::Posted { post, mentions, .. } => {
                let channel = post.channel_id.clone();
                let author = post.user_id.clone();
                let id = post.id.clone();
                self.typing.stop(&channel, &author);
                if !self.users.has(&author) {
                    effects.push(Effect::FetchUsers(vec![author.clone()]));
                }
                let is_new = self.posts.receive(*post);
                if !is_new {
                    return effects;
                }
                if !self.channels.has(&channel) {
                    effects.push(Effect::FetchChannel(channel));
                    return effects;
                }
                let reading = self.current.as_ref() == Some(&channel) && self.focused;
                let mentioned = mentions.contains(&me) || self.channels.is_direct(&channel);
                self.channels.count_post(
                    &channel,
                    author == me || reading,
                    mentioned && author != me,
                    now,
                );
                if reading && author != me {
                    effects.push(Effect::MarkViewed(channel.clone()));
                }
                if author != me && !self.focused && self.wants_desktop(&channel, mentioned) {
                    effects.push(Effect::Notify(id));
                }
            }
            Event::PostEdited { post } => self.posts.edit(*post),
            // Only this reader sees it (a command's private answer): shown, never unread.
            Event::EphemeralMessage { post } => {
                self.posts.receive(*post);
            }
            Event::ReactionAdded { reaction } => self.posts.add_reaction(reaction),
            Event::ReactionRemoved { reaction } => self.posts.remove_reaction(&reaction),
            Event::EmojiAdded { emoji } => {
                self.custom_emoji.insert(emoji.name, emoji.id);
            }
            Event::PostDeleted { post, .. } => {
                self.posts.delete(&post);
                if self.thread.as_ref() == Some(&post.id) {
                    self.thread = None;
                }
            }
            Event::Typing {
                channel_id,
                parent_id,
                user_id,
            } => {
                if user_id != me {
                    self.typing.start(channel_id, parent_id, user_id, now);
                }
            }
            Event::ChannelCreated { channel_id, .. } => {
                effects.push(Effect::FetchChannel(channel_id))
            }
            Event::ChannelUpdated { channel } => self.channels.upsert(*channel),
            Event::ChannelMemberUpdated { member } => {
                if member.user_id == me {
                    self.channels.upsert_member(*member);
                }
            }
            Event::ChannelDeleted {
                channel_id,
                delete_at,
            } => self.channels.archive(&channel_id, delete_at),
            Event::UserAdded {
                channel_id,
                user_id,
                ..
            } => {
                self.membership_version += 1;
                if user_id == me {
                    effects.push(Effect::FetchChannel(channel_id));
                } else if !self.users.has(&user_id) {
                    effects.push(Effect::FetchUsers(vec![user_id]));
                }
            }
            Event::UserRemoved {
                channel_id,
                user_id,
                ..
            } => {
                self.membership_version += 1;
                if user_id == me {
                    self.channels.remove(&channel_id);
                    if self.current.as_ref() == Some(&channel_id) {
                        effects.push(Effect::LeaveChannel(channel_id));
                    }
                }
            }
            Event::DirectAdded { channel_id, .. } | Event::GroupAdded { channel_id, .. } => {
                if !self.channels.has(&channel_id) {
                    effects.push(Effect::FetchChannel(channel_id));
                }
            }
            Event::MultipleChannelsViewed { channel_times } => {
                for (channel, at) in channel_times {
                    self.channels.mark_viewed(&channel, at);
                }
            }
            Event::StatusChange { user_id, status } => self.users.set_status(user_id, status),
            Event::UserUpdated { user } => {
                if user.id == me {
                    self.me = Some((*user).clone());
                }
                self.users.upsert(*user);
            }
            Event::NewUser { .. }
            | Event::PreferencesChanged { .. }
            | Event::PreferencesDeleted { .. } => {}
            Event::AddedToTeam { .. } | Event::LeaveTeam { .. } => effects.push(Effect::Resync),
            Event::UpdateTeam { team } => {
                if let Some(t) = self.teams.iter_mut().find(|t| t.id == team.id) {
                    *t = *team;
                }
            }
        }
        effects
    }
}

/// The store as its readers see it, part by part and post by post, for the tests' change
/// checks.
#[cfg(test)]
#[derive(Debug, PartialEq)]
pub struct Snapshot {
    parts: Vec<String>,
    posts: std::collections::BTreeMap<PostId, String>,
}

#[cfg(test)]
impl Store {
    /// What readers see now.
    pub fn snapshot(&self) -> Snapshot {
        let (users, statuses) = self.users.fingerprint();
        let parts = Part::ALL
            .iter()
            .map(|part| match part {
                Part::Me => format!(
                    "{:?}{:?}{:?}{:?}{:?}",
                    self.me, self.teams, self.team, self.config, self.custom_emoji
                ),
                Part::Channels => format!("{:?}{}", self.channels, self.membership_version),
                Part::Lists => self.posts.lists_fingerprint(),
                Part::Users => users.clone(),
                Part::Statuses => statuses.clone(),
                Part::Typing => format!("{:?}", self.typing),
                Part::View => format!(
                    "{:?}{:?}{:?}{:?}{}{}{:?}",
                    self.current,
                    self.thread,
                    self.search,
                    self.unread_mark,
                    self.focused,
                    self.sent,
                    self.alert
                ),
            })
            .collect();
        let posts = self
            .posts
            .ids()
            .into_iter()
            .map(|id| {
                let seen = format!(
                    "{:?}{:?}{}{}",
                    self.posts.get(&id),
                    self.posts.pending_state(&id),
                    self.highlight.as_ref() == Some(&id),
                    self.editing.as_ref() == Some(&id)
                );
                (id, seen)
            })
            .collect();
        Snapshot { parts, posts }
    }
}

#[cfg(test)]
impl Snapshot {
    /// Panics if anything readers see changed from `self` to `after` that `changed` does
    /// not name.
    #[track_caller]
    pub fn assert_covered(&self, after: &Snapshot, changed: &Changed) {
        for (i, part) in Part::ALL.iter().enumerate() {
            assert!(
                changed.touches(*part) || self.parts[i] == after.parts[i],
                "{part:?} changed unannounced:\n{}\n→ {}",
                self.parts[i],
                after.parts[i]
            );
        }
        if changed.every_post() {
            return;
        }
        // A post comes and goes with a list: its row is mounted or unmounted with it.
        let lists = changed.touches(Part::Lists);
        for (id, seen) in &after.posts {
            let new = !self.posts.contains_key(id);
            assert!(
                changed.posts().contains(id) || (new && lists) || self.posts.get(id) == Some(seen),
                "post {id} changed unannounced: {:?} → {seen}",
                self.posts.get(id)
            );
        }
        for id in self.posts.keys() {
            assert!(
                changed.posts().contains(id) || lists || after.posts.contains_key(id),
                "post {id} went unannounced"
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use mm_api::{Channel, ChannelMember, ChannelType, Post};

    use super::*;

    pub(crate) fn store_with_channel() -> Store {
        let mut s = Store {
            me: Some(User {
                id: "me".into(),
                username: "me".into(),
                ..Default::default()
            }),
            ..Default::default()
        };
        s.channels.set_all(
            vec![Channel {
                id: "c1".into(),
                channel_type: ChannelType::Open,
                name: "town".into(),
                ..Default::default()
            }],
            vec![ChannelMember {
                channel_id: "c1".into(),
                user_id: "me".into(),
                ..Default::default()
            }],
        );
        s
    }

    fn post(id: &str, user: &str, at: i64) -> Post {
        Post {
            id: id.into(),
            user_id: user.into(),
            channel_id: "c1".into(),
            create_at: at,
            message: id.into(),
            ..Default::default()
        }
    }

    /// Loads the channel's first page: one post by bob.
    fn loaded(s: &mut Store, id: &str) {
        let page = mm_api::PostList {
            order: vec![id.into()],
            posts: [(id.into(), post(id, "bob", 1))].into(),
            ..Default::default()
        };
        s.posts.add_page(&"c1".into(), page, false);
    }

    fn posted(p: Post, mentions: &[&str]) -> Event {
        Event::Posted {
            post: Box::new(p),
            channel_type: "O".into(),
            mentions: mentions.iter().map(|m| UserId::from(*m)).collect(),
            channel_display_name: String::new(),
            channel_name: String::new(),
            team_id: mm_api::TeamId::default(),
            sender_name: String::new(),
            set_online: true,
        }
    }

    #[test]
    fn desktop_notifications_follow_focus_mentions_and_settings() {
        let mut s = store_with_channel();
        let notified = |fx: Vec<Effect>| fx.iter().any(|e| matches!(e, Effect::Notify(_)));
        assert!(notified(s.apply(posted(post("p1", "bob", 1), &["me"]), 1)));
        assert!(!notified(s.apply(posted(post("p2", "bob", 2), &[]), 2)));
        assert!(!notified(s.apply(posted(post("p3", "me", 3), &["me"]), 3)));
        // Everything, for those who asked for it.
        let mut me = s.me.clone().unwrap();
        me.notify_props.insert("desktop".into(), "all".into());
        s.apply(
            Event::UserUpdated {
                user: Box::new(me.clone()),
            },
            4,
        );
        assert!(notified(s.apply(posted(post("p4", "bob", 4), &[]), 4)));
        // Not while the window has focus.
        s.focused = true;
        assert!(!notified(s.apply(posted(post("p5", "bob", 5), &["me"]), 5)));
        s.focused = false;
        // The channel's own setting wins (from another session, live); muted means nothing.
        let mut member = ChannelMember {
            channel_id: "c1".into(),
            user_id: "me".into(),
            ..Default::default()
        };
        member.notify_props.insert("desktop".into(), "none".into());
        s.apply(
            Event::ChannelMemberUpdated {
                member: Box::new(member.clone()),
            },
            6,
        );
        assert!(!notified(s.apply(posted(post("p6", "bob", 6), &["me"]), 6)));
        member
            .notify_props
            .insert("desktop".into(), "default".into());
        member
            .notify_props
            .insert("mark_unread".into(), "mention".into());
        s.apply(
            Event::ChannelMemberUpdated {
                member: Box::new(member),
            },
            7,
        );
        assert!(!notified(s.apply(posted(post("p7", "bob", 7), &["me"]), 7)));
        // Muted: mentions count in the title, unread messages do not.
        assert_eq!(s.channels.totals(), (1, false));
    }

    #[test]
    fn posted_counts_unreads_and_mentions_unless_read() {
        let mut s = store_with_channel();
        s.apply(posted(post("p1", "bob", 1), &[]), 1);
        s.apply(posted(post("p2", "bob", 2), &["me"]), 2);
        assert_eq!(s.channels.unread("c1".into()), (2, 1));
        // The same event twice changes nothing.
        s.apply(posted(post("p2", "bob", 2), &["me"]), 3);
        assert_eq!(s.channels.unread("c1".into()), (2, 1));
        // Reading the channel with focus: read at once, and the server is told.
        s.current = Some("c1".into());
        s.focused = true;
        s.channels.mark_viewed(&"c1".into(), 3);
        let fx = s.apply(posted(post("p3", "bob", 4), &["me"]), 4);
        assert_eq!(s.channels.unread("c1".into()), (0, 0));
        assert_eq!(
            fx,
            vec![
                Effect::FetchUsers(vec!["bob".into()]),
                Effect::MarkViewed("c1".into())
            ]
        );
    }

    #[test]
    fn events_for_unknown_channels_fetch_them() {
        let mut s = store_with_channel();
        let mut p = post("p1", "bob", 1);
        p.channel_id = "c9".into();
        let fx = s.apply(posted(p, &[]), 1);
        assert!(fx.contains(&Effect::FetchChannel("c9".into())));
    }

    #[test]
    fn being_removed_leaves_the_channel() {
        let mut s = store_with_channel();
        s.current = Some("c1".into());
        let fx = s.apply(
            Event::UserRemoved {
                channel_id: "c1".into(),
                user_id: "me".into(),
                remover_id: "x".into(),
            },
            1,
        );
        assert_eq!(fx, vec![Effect::LeaveChannel("c1".into())]);
        assert!(!s.channels.has(&"c1".into()));
    }

    #[test]
    fn typing_stops_when_the_typist_posts() {
        let mut s = store_with_channel();
        s.apply(
            Event::Typing {
                channel_id: "c1".into(),
                parent_id: PostId::default(),
                user_id: "bob".into(),
            },
            1,
        );
        assert_eq!(
            s.typing.typists(&"c1".into(), &PostId::default(), 2),
            vec![UserId::from("bob")]
        );
        s.apply(posted(post("p1", "bob", 2), &[]), 2);
        assert!(
            s.typing
                .typists(&"c1".into(), &PostId::default(), 2)
                .is_empty()
        );
    }

    #[test]
    fn an_event_touches_only_what_shows_it() {
        // (Every `apply` in these tests also checks that nothing else changed.)
        let typing = changes(&Event::Typing {
            channel_id: "c1".into(),
            parent_id: PostId::default(),
            user_id: "bob".into(),
        });
        assert_eq!(typing, Changed::of(&[Part::Typing]));
        // A new post: the lists, unreads and typing, and no other post than itself.
        let new = changes(&posted(post("p9", "bob", 9), &[]));
        assert_eq!(new.posts(), [PostId::from("p9")]);
        assert!(!new.every_post());
        for part in [Part::Me, Part::Users, Part::Statuses, Part::View] {
            assert!(!new.touches(part), "{part:?}");
        }
        // An edit: that post alone.
        let edit = changes(&Event::PostEdited {
            post: Box::new(post("p9", "bob", 9)),
        });
        assert_eq!(edit, Changed::default().post(&"p9".into()));
        let status = changes(&Event::StatusChange {
            user_id: "bob".into(),
            status: "away".into(),
        });
        assert_eq!(status, Changed::of(&[Part::Statuses]));
    }

    #[test]
    fn a_reply_changes_its_root_and_a_deleted_root_takes_its_replies() {
        let mut s = store_with_channel();
        loaded(&mut s, "r");
        let mut reply = post("a", "me", 2);
        reply.root_id = "r".into();
        s.apply(posted(reply.clone(), &[]), 2);
        assert_eq!(s.posts.get(&"r".into()).map(|p| p.reply_count), Some(1));
        s.thread = Some("r".into());
        let mut gone = post("r", "bob", 1);
        gone.delete_at = 3;
        s.apply(
            Event::PostDeleted {
                post: Box::new(gone),
                delete_by: UserId::default(),
            },
            3,
        );
        assert_eq!(s.thread, None);
        assert!(s.posts.get(&"a".into()).is_none());
    }

    #[test]
    fn every_event_is_applied() {
        let mut s = store_with_channel();
        s.posts
            .add_page(&"c1".into(), mm_api::PostList::default(), false);
        s.apply(posted(post("p1", "bob", 1), &[]), 1);
        // Edited and deleted.
        let mut edited = post("p1", "bob", 1);
        edited.message = "new".into();
        edited.update_at = 5;
        s.apply(
            Event::PostEdited {
                post: Box::new(edited),
            },
            5,
        );
        assert_eq!(s.posts.get(&"p1".into()).unwrap().message, "new");
        s.thread = Some("p1".into());
        let mut gone = post("p1", "bob", 1);
        gone.delete_at = 6;
        s.apply(
            Event::PostDeleted {
                post: Box::new(gone),
                delete_by: UserId::default(),
            },
            6,
        );
        assert!(s.posts.get(&"p1".into()).unwrap().delete_at > 0);
        assert_eq!(s.thread, None, "the thread of a deleted root closes");
        // Channels.
        assert_eq!(
            s.apply(
                Event::ChannelCreated {
                    channel_id: "c2".into(),
                    team_id: "t".into()
                },
                7
            ),
            vec![Effect::FetchChannel("c2".into())]
        );
        let renamed = Channel {
            id: "c1".into(),
            display_name: "Town".into(),
            ..Default::default()
        };
        s.apply(
            Event::ChannelUpdated {
                channel: Box::new(renamed),
            },
            8,
        );
        assert_eq!(s.channels.get(&"c1".into()).unwrap().display_name, "Town");
        s.apply(
            Event::ChannelDeleted {
                channel_id: "c1".into(),
                delete_at: 9,
            },
            9,
        );
        assert_eq!(s.channels.get(&"c1".into()).unwrap().delete_at, 9);
        // Members.
        assert_eq!(
            s.apply(
                Event::UserAdded {
                    channel_id: "c3".into(),
                    user_id: "me".into(),
                    team_id: "t".into()
                },
                10
            ),
            vec![Effect::FetchChannel("c3".into())]
        );
        assert_eq!(
            s.apply(
                Event::UserAdded {
                    channel_id: "c1".into(),
                    user_id: "zed".into(),
                    team_id: "t".into()
                },
                10
            ),
            vec![Effect::FetchUsers(vec!["zed".into()])]
        );
        assert_eq!(
            s.apply(
                Event::DirectAdded {
                    channel_id: "d1".into(),
                    creator_id: "bob".into(),
                    teammate_id: "me".into()
                },
                11
            ),
            vec![Effect::FetchChannel("d1".into())]
        );
        assert_eq!(
            s.apply(
                Event::GroupAdded {
                    channel_id: "g1".into(),
                    teammate_ids: vec![]
                },
                11
            ),
            vec![Effect::FetchChannel("g1".into())]
        );
        // Reads from another session.
        s.apply(posted(post("p2", "bob", 12), &["me"]), 12);
        assert_eq!(s.channels.unread("c1".into()), (1, 1));
        let times = [(ChannelId::from("c1"), 13)].into_iter().collect();
        s.apply(
            Event::MultipleChannelsViewed {
                channel_times: times,
            },
            13,
        );
        assert_eq!(s.channels.unread("c1".into()), (0, 0));
        // People.
        s.apply(
            Event::StatusChange {
                user_id: "bob".into(),
                status: "away".into(),
            },
            14,
        );
        assert_eq!(s.users.status(&"bob".into()), "away");
        let me = User {
            id: "me".into(),
            username: "me".into(),
            nickname: "Me!".into(),
            ..Default::default()
        };
        s.apply(Event::UserUpdated { user: Box::new(me) }, 15);
        assert_eq!(s.me.as_ref().unwrap().nickname, "Me!");
        assert_eq!(
            s.apply(
                Event::NewUser {
                    user_id: "new".into()
                },
                16
            ),
            vec![]
        );
        // Teams.
        assert_eq!(
            s.apply(
                Event::AddedToTeam {
                    team_id: "t2".into(),
                    user_id: "me".into()
                },
                17
            ),
            vec![Effect::Resync]
        );
        s.teams = vec![Team {
            id: "t".into(),
            display_name: "Old".into(),
            ..Default::default()
        }];
        let team = Team {
            id: "t".into(),
            display_name: "New".into(),
            ..Default::default()
        };
        s.apply(
            Event::UpdateTeam {
                team: Box::new(team),
            },
            18,
        );
        assert_eq!(s.teams[0].display_name, "New");
        assert_eq!(
            s.apply(
                Event::Unknown {
                    event: "future".into()
                },
                19
            ),
            vec![]
        );
    }

    #[test]
    fn joins_and_leaves_refresh_member_counts() {
        let mut s = store_with_channel();
        s.apply(
            Event::UserAdded {
                channel_id: "c1".into(),
                user_id: "bob".into(),
                team_id: "t".into(),
            },
            1,
        );
        s.apply(
            Event::UserRemoved {
                channel_id: "c1".into(),
                user_id: "bob".into(),
                remover_id: "bob".into(),
            },
            2,
        );
        assert_eq!(s.membership_version, 2);
    }

    #[test]
    fn reactions_group_by_emoji_and_follow_events() {
        let mut s = store_with_channel();
        loaded(&mut s, "p1");
        let r = |user: &str, emoji: &str| mm_api::Reaction {
            user_id: user.into(),
            post_id: "p1".into(),
            emoji_name: emoji.into(),
            ..Default::default()
        };
        for (user, emoji) in [("bob", "+1"), ("me", "tada"), ("me", "+1"), ("me", "+1")] {
            s.apply(
                Event::ReactionAdded {
                    reaction: r(user, emoji),
                },
                2,
            );
        }
        let groups = s.posts.reaction_groups(&"p1".into(), &"me".into());
        let summary: Vec<(&str, usize, bool)> = groups
            .iter()
            .map(|g| (g.emoji.as_str(), g.users.len(), g.mine))
            .collect();
        assert_eq!(
            summary,
            [("+1", 2, true), ("tada", 1, true)],
            "the echo is not counted twice"
        );
        s.apply(
            Event::ReactionRemoved {
                reaction: r("me", "+1"),
            },
            3,
        );
        let groups = s.posts.reaction_groups(&"p1".into(), &"me".into());
        assert_eq!((groups[0].users.len(), groups[0].mine), (1, false));
        assert_eq!(s.posts.newest(&"c1".into(), None), Some("p1".into()));
        s.apply(
            Event::EmojiAdded {
                emoji: mm_api::Emoji {
                    id: "e1".into(),
                    name: "parrot".into(),
                    ..Default::default()
                },
            },
            4,
        );
        assert_eq!(s.custom_emoji.get("parrot").map(String::as_str), Some("e1"));
    }
}
