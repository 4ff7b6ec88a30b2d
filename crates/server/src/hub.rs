//! The WebSocket hub: who is connected, who may see what, and the per-connection queues.
//!
//! An event is serialized once, up to its `"seq":`; each connection appends its own
//! sequence number when the frame is written. Each connection keeps the last
//! [`RING`] events it was sent, so a client that reconnects with its `connection_id` and
//! next `sequence_number` within [`RESUME_WINDOW`] gets exactly what it missed. A client
//! whose queue is full is disconnected rather than allowed to slow the others; it resumes.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use bytes::Bytes;
use mm_api::websocket::Event as WsEvent;
use serde_json::json;
use tokio::sync::{mpsc, oneshot};

use crate::util::{new_id, now_ms};

/// Events kept per connection for resuming.
pub const RING: usize = 128;
/// How long a dropped connection can be resumed.
pub const RESUME_WINDOW: Duration = Duration::from_secs(300);
/// Connections (live or waiting for a resume) a user keeps at most: a new one ends the oldest.
pub const MAX_CONNS_PER_USER: usize = 32;
/// Frames queued per connection before it counts as too slow.
pub const QUEUE: usize = 256;

/// Who gets an event.
#[derive(Debug, Clone)]
pub enum Scope {
    /// Every connected user.
    All,
    /// One user.
    User(String),
    /// The members of a channel.
    Channel(String),
    /// The members of a team.
    Team(String),
}

/// An event to publish.
#[derive(Debug, Clone)]
pub struct Event {
    /// The event, typed: mm-api writes its `data` as Mattermost does.
    pub event: WsEvent,
    /// Its audience.
    pub scope: Scope,
    /// A user left out of the audience.
    pub omit: Option<String>,
}

impl Event {
    /// An event for an audience.
    pub fn new(event: WsEvent, scope: Scope) -> Self {
        Self {
            event,
            scope,
            omit: None,
        }
    }

    /// Leaves one user out.
    pub fn omit(mut self, user_id: &str) -> Self {
        self.omit = Some(user_id.to_owned());
        self
    }

    /// The frame up to and including `"seq":`; a connection appends its number and `}`.
    fn prefix(&self) -> Bytes {
        let (user_id, channel_id, team_id) = match &self.scope {
            Scope::All => ("", "", ""),
            Scope::User(u) => (u.as_str(), "", ""),
            Scope::Channel(c) => ("", c.as_str(), ""),
            Scope::Team(t) => ("", "", t.as_str()),
        };
        let omit = self.omit.as_ref().map(|u| json!({ u: true }));
        let body = json!({
            "event": self.event.name(),
            "data": self.event.data(),
            "broadcast": {
                "omit_users": omit,
                "user_id": user_id,
                "channel_id": channel_id,
                "team_id": team_id,
            },
        });
        let mut s = body.to_string();
        s.pop(); // the closing brace
        s.push_str(",\"seq\":");
        Bytes::from(s)
    }

    /// Events a busy connection may skip, as Mattermost does.
    fn droppable(&self) -> bool {
        matches!(
            self.event,
            WsEvent::Typing { .. }
                | WsEvent::StatusChange { .. }
                | WsEvent::MultipleChannelsViewed { .. }
        )
    }
}

/// A frame waiting in a connection's queue.
#[derive(Debug, Clone)]
pub enum Frame {
    /// An event: the shared prefix and this connection's sequence number.
    Event(Bytes, i64),
    /// A response to a client request, not sequenced.
    Raw(String),
}

impl Frame {
    /// The text to send.
    pub fn text(&self) -> String {
        match self {
            Self::Event(prefix, seq) => {
                let mut s = String::with_capacity(prefix.len() + 12);
                s.push_str(&String::from_utf8_lossy(prefix));
                s.push_str(&seq.to_string());
                s.push('}');
                s
            }
            Self::Raw(s) => s.clone(),
        }
    }
}

struct ConnState {
    next_seq: i64,
    ring: VecDeque<(i64, Bytes)>,
    tx: Option<mpsc::Sender<Frame>>,
    kill: Option<oneshot::Sender<()>>,
    generation: u64,
    detached_at: Option<Instant>,
}

/// One logical WebSocket connection; it outlives its socket for [`RESUME_WINDOW`].
pub struct Conn {
    /// The `connection_id` given in `hello`.
    pub id: String,
    /// The user.
    pub user_id: String,
    /// The session it was opened with.
    pub session_id: String,
    /// When that session expires (ms): the socket ends then too.
    pub expires_at: i64,
    state: Mutex<ConnState>,
}

/// A live socket's end of a connection.
pub struct Attachment {
    /// The connection.
    pub conn: Arc<Conn>,
    /// Frames to write.
    pub rx: mpsc::Receiver<Frame>,
    /// Fires when the hub drops this socket (too slow, logged out, replaced).
    pub kill: oneshot::Receiver<()>,
    /// Which attachment of the connection this is.
    pub generation: u64,
    /// Whether the client must be told `hello` (a new connection).
    pub fresh: bool,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Conn {
    fn send(&self, prefix: &Bytes, droppable: bool) {
        let mut st = lock(&self.state);
        if droppable
            && st
                .tx
                .as_ref()
                .is_some_and(|tx| tx.capacity() < tx.max_capacity() / 2)
        {
            return;
        }
        let seq = st.next_seq;
        st.next_seq += 1;
        st.ring.push_back((seq, prefix.clone()));
        if st.ring.len() > RING {
            st.ring.pop_front();
        }
        let full = match &st.tx {
            Some(tx) => tx.try_send(Frame::Event(prefix.clone(), seq)).is_err(),
            None => false,
        };
        if full {
            // Too slow, or gone: drop the socket. The event stays in the ring for a resume.
            st.tx = None;
            if let Some(kill) = st.kill.take() {
                let _ = kill.send(());
            }
            st.detached_at = Some(Instant::now());
        }
    }

    /// Queues a response to a client request.
    pub fn respond(&self, text: String) {
        let st = lock(&self.state);
        if let Some(tx) = &st.tx {
            let _ = tx.try_send(Frame::Raw(text));
        }
    }

    fn attach(
        &self,
        st: &mut ConnState,
        replay: Vec<Frame>,
    ) -> (mpsc::Receiver<Frame>, oneshot::Receiver<()>, u64) {
        if let Some(kill) = st.kill.take() {
            let _ = kill.send(());
        }
        let (tx, rx) = mpsc::channel(QUEUE + RING);
        for f in replay {
            let _ = tx.try_send(f);
        }
        let (kill_tx, kill_rx) = oneshot::channel();
        st.tx = Some(tx);
        st.kill = Some(kill_tx);
        st.generation += 1;
        st.detached_at = None;
        (rx, kill_rx, st.generation)
    }

    fn attached(&self) -> bool {
        lock(&self.state).tx.is_some()
    }

    /// Ends the socket, if one is attached; returns the generation it had.
    fn kill(&self) -> u64 {
        let mut st = lock(&self.state);
        if let Some(kill) = st.kill.take() {
            let _ = kill.send(());
        }
        st.generation
    }
}

#[derive(Default)]
struct State {
    conns: HashMap<String, Arc<Conn>>,
    by_user: HashMap<String, Vec<Arc<Conn>>>,
    channel_members: HashMap<String, HashSet<String>>,
    team_members: HashMap<String, HashSet<String>>,
    manual_status: HashMap<String, String>,
    last_activity: HashMap<String, i64>,
    /// Users whose app said they have left the keyboard (`user_update_active_status`).
    idle: HashSet<String>,
}

/// Removes a connection from every index.
fn forget(st: &mut State, conn: &Conn) {
    st.conns.remove(&conn.id);
    if let Some(list) = st.by_user.get_mut(&conn.user_id) {
        list.retain(|x| x.id != conn.id);
        if list.is_empty() {
            st.by_user.remove(&conn.user_id);
        }
    }
}

/// The hub: shared by all requests.
pub struct Hub {
    state: Mutex<State>,
    /// When the hub started, ms: users not seen since have been offline since then.
    started_at: i64,
    /// Sent in `hello`.
    pub server_version: String,
}

impl Hub {
    /// A hub that knows the current memberships.
    pub fn new(
        server_version: String,
        channel_members: Vec<(String, String)>,
        team_members: Vec<(String, String)>,
    ) -> Self {
        let mut st = State::default();
        for (c, u) in channel_members {
            st.channel_members.entry(c).or_default().insert(u);
        }
        for (t, u) in team_members {
            st.team_members.entry(t).or_default().insert(u);
        }
        Self {
            state: Mutex::new(st),
            started_at: now_ms(),
            server_version,
        }
    }

    /// Sends an event to its audience.
    pub fn publish(&self, ev: &Event) {
        let prefix = ev.prefix();
        let targets: Vec<Arc<Conn>> = {
            let st = lock(&self.state);
            let users: Box<dyn Iterator<Item = &String>> = match &ev.scope {
                Scope::All => Box::new(st.by_user.keys()),
                Scope::User(u) => Box::new(std::iter::once(u)),
                Scope::Channel(c) => Box::new(st.channel_members.get(c).into_iter().flatten()),
                Scope::Team(t) => Box::new(st.team_members.get(t).into_iter().flatten()),
            };
            users
                .filter(|u| ev.omit.as_ref() != Some(*u))
                .filter_map(|u| st.by_user.get(u))
                .flatten()
                .cloned()
                .collect()
        };
        let droppable = ev.droppable();
        for conn in targets {
            conn.send(&prefix, droppable);
        }
    }

    /// Opens a new connection for a user's session (expiring at `expires_at`, ms); its first
    /// frame is `hello` (seq 0). A user past [`MAX_CONNS_PER_USER`] loses their oldest.
    pub fn register(&self, user_id: &str, session_id: &str, expires_at: i64) -> Attachment {
        let conn = Arc::new(Conn {
            id: new_id(),
            user_id: user_id.to_owned(),
            session_id: session_id.to_owned(),
            expires_at,
            state: Mutex::new(ConnState {
                next_seq: 0,
                ring: VecDeque::new(),
                tx: None,
                kill: None,
                generation: 0,
                detached_at: None,
            }),
        });
        let (rx, kill, generation) = {
            let mut st = lock(&conn.state);
            conn.attach(&mut st, Vec::new())
        };
        let hello = Event::new(
            WsEvent::Hello {
                server_version: self.server_version.clone(),
                connection_id: conn.id.clone(),
                server_hostname: "causerie".to_owned(),
            },
            Scope::User(user_id.to_owned()),
        );
        conn.send(&hello.prefix(), false);
        let came_online = {
            let mut st = lock(&self.state);
            st.conns.insert(conn.id.clone(), conn.clone());
            let conns = st.by_user.entry(user_id.to_owned()).or_default();
            let was_online = conns.iter().any(|c| c.attached());
            conns.push(conn.clone());
            if conns.len() > MAX_CONNS_PER_USER {
                let oldest = conns.remove(0);
                oldest.kill();
                st.conns.remove(&oldest.id);
            }
            st.last_activity.insert(user_id.to_owned(), now_ms());
            !was_online
        };
        if came_online {
            self.publish_status(user_id);
        }
        Attachment {
            conn,
            rx,
            kill,
            generation,
            fresh: true,
        }
    }

    /// Resumes a dropped connection if it belongs to this user and the events from
    /// `next_seq` on are still held; `None` means the caller must start a new connection.
    pub fn resume(&self, connection_id: &str, user_id: &str, next_seq: i64) -> Option<Attachment> {
        let conn = lock(&self.state).conns.get(connection_id).cloned()?;
        if conn.user_id != user_id {
            return None;
        }
        let was_online = self.is_online(user_id);
        let (rx, kill, generation) = {
            let mut st = lock(&conn.state);
            let replay: Vec<Frame> = if next_seq == st.next_seq {
                Vec::new()
            } else if st.ring.front().is_some_and(|(s, _)| *s <= next_seq) && next_seq < st.next_seq
            {
                st.ring
                    .iter()
                    .filter(|(s, _)| *s >= next_seq)
                    .map(|(s, p)| Frame::Event(p.clone(), *s))
                    .collect()
            } else {
                return None;
            };
            conn.attach(&mut st, replay)
        };
        lock(&self.state)
            .last_activity
            .insert(user_id.to_owned(), now_ms());
        if !was_online {
            self.publish_status(user_id);
        }
        Some(Attachment {
            conn,
            rx,
            kill,
            generation,
            fresh: false,
        })
    }

    /// The socket of an attachment ended; the connection waits for a resume.
    pub fn detach(&self, conn: &Conn, generation: u64) {
        {
            let mut st = lock(&conn.state);
            if st.generation != generation {
                return; // A newer socket took over.
            }
            st.tx = None;
            st.kill = None;
            st.detached_at = Some(Instant::now());
        }
        if !self.is_online(&conn.user_id) {
            lock(&self.state)
                .last_activity
                .insert(conn.user_id.clone(), now_ms());
            self.publish_status(&conn.user_id);
        }
    }

    /// Drops every socket opened with a session (log-out).
    pub fn end_session(&self, session_id: &str) {
        let conns: Vec<Arc<Conn>> = lock(&self.state)
            .conns
            .values()
            .filter(|c| c.session_id == session_id)
            .cloned()
            .collect();
        for conn in conns {
            let generation = conn.kill();
            self.detach(&conn, generation);
            forget(&mut lock(&self.state), &conn);
        }
    }

    /// Forgets connections dropped longer than [`RESUME_WINDOW`] ago, and ends those whose
    /// session has expired (ms since the epoch: `now`).
    pub fn reap(&self, now: i64) {
        let ended: Vec<Arc<Conn>> = lock(&self.state)
            .conns
            .values()
            .filter(|c| c.expires_at <= now)
            .cloned()
            .collect();
        for conn in ended {
            let generation = conn.kill();
            self.detach(&conn, generation);
            forget(&mut lock(&self.state), &conn);
        }
        let mut st = lock(&self.state);
        let expired: Vec<Arc<Conn>> = st
            .conns
            .values()
            .filter(|c| {
                lock(&c.state)
                    .detached_at
                    .is_some_and(|t| t.elapsed() > RESUME_WINDOW)
            })
            .cloned()
            .collect();
        for c in expired {
            forget(&mut st, &c);
        }
    }

    /// Connections known, and the same counted through their users: equal unless one leaks.
    pub fn connection_counts(&self) -> (usize, usize) {
        let st = lock(&self.state);
        (st.conns.len(), st.by_user.values().map(Vec::len).sum())
    }

    /// Whether the user has a live socket.
    pub fn is_online(&self, user_id: &str) -> bool {
        lock(&self.state)
            .by_user
            .get(user_id)
            .is_some_and(|cs| cs.iter().any(|c| c.attached()))
    }

    /// Users with a live socket.
    pub fn online_users(&self) -> HashSet<String> {
        lock(&self.state)
            .by_user
            .iter()
            .filter(|(_, cs)| cs.iter().any(|c| c.attached()))
            .map(|(u, _)| u.clone())
            .collect()
    }

    /// Since when a user has had no live socket (ms), or `None` while they have one.
    pub fn offline_since(&self, user_id: &str) -> Option<i64> {
        if self.is_online(user_id) {
            return None;
        }
        let st = lock(&self.state);
        Some(
            st.last_activity
                .get(user_id)
                .copied()
                .unwrap_or(self.started_at),
        )
    }

    /// A user's status: a status set by hand wins while the user is online.
    pub fn status(&self, user_id: &str) -> mm_api::Status {
        let online = self.is_online(user_id);
        let st = lock(&self.state);
        let manual = st.manual_status.get(user_id);
        let status = match (online, manual) {
            (true, Some(m)) => m.clone(),
            (true, None) if st.idle.contains(user_id) => "away".to_owned(),
            (true, None) => "online".to_owned(),
            (false, Some(m)) if m == "dnd" => m.clone(),
            (false, _) => "offline".to_owned(),
        };
        mm_api::Status {
            user_id: mm_api::UserId(user_id.to_owned()),
            manual: manual.is_some() && status != "offline",
            last_activity_at: st.last_activity.get(user_id).copied().unwrap_or(0),
            status,
            ..Default::default()
        }
    }

    /// Records whether the user is at the keyboard, as their app says: online users who are
    /// not are away (and get push notifications). Announces a change.
    pub fn set_active(&self, user_id: &str, active: bool) {
        let changed = {
            let mut st = lock(&self.state);
            if active {
                st.idle.remove(user_id)
            } else {
                st.idle.insert(user_id.to_owned())
            }
        };
        if changed {
            self.publish_status(user_id);
        }
    }

    /// Sets (or with `"online"`, clears) a status chosen by hand, and announces it.
    pub fn set_manual_status(&self, user_id: &str, status: &str) {
        {
            let mut st = lock(&self.state);
            if status == "online" {
                st.manual_status.remove(user_id);
            } else {
                st.manual_status
                    .insert(user_id.to_owned(), status.to_owned());
            }
        }
        self.publish_status(user_id);
    }

    fn publish_status(&self, user_id: &str) {
        let s = self.status(user_id);
        self.publish(&Event::new(
            WsEvent::StatusChange {
                status: s.status,
                user_id: user_id.into(),
            },
            Scope::All,
        ));
    }

    /// Whether a user is a member of a channel (as the router knows it).
    pub fn in_channel(&self, channel_id: &str, user_id: &str) -> bool {
        lock(&self.state)
            .channel_members
            .get(channel_id)
            .is_some_and(|m| m.contains(user_id))
    }

    /// Records a new channel membership.
    pub fn join_channel(&self, channel_id: &str, user_id: &str) {
        lock(&self.state)
            .channel_members
            .entry(channel_id.to_owned())
            .or_default()
            .insert(user_id.to_owned());
    }

    /// Records the end of a channel membership.
    pub fn leave_channel(&self, channel_id: &str, user_id: &str) {
        if let Some(m) = lock(&self.state).channel_members.get_mut(channel_id) {
            m.remove(user_id);
        }
    }

    /// Records a new team membership.
    pub fn join_team(&self, team_id: &str, user_id: &str) {
        lock(&self.state)
            .team_members
            .entry(team_id.to_owned())
            .or_default()
            .insert(user_id.to_owned());
    }

    /// Number of sockets, live or waiting for a resume.
    pub fn connection_count(&self) -> usize {
        lock(&self.state).conns.len()
    }
}

impl Hub {
    /// Closes every socket (server shutdown).
    pub fn close_all(&self) {
        let conns: Vec<Arc<Conn>> = lock(&self.state).conns.values().cloned().collect();
        for conn in conns {
            let mut st = lock(&conn.state);
            st.tx = None;
            if let Some(kill) = st.kill.take() {
                let _ = kill.send(());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hub() -> Hub {
        Hub::new(
            "v".into(),
            vec![("c".into(), "slow".into()), ("c".into(), "fast".into())],
            vec![],
        )
    }

    #[tokio::test]
    async fn a_slow_client_is_dropped_without_delaying_the_others() {
        let hub = hub();
        let mut slow = hub.register("slow", "s1", i64::MAX);
        let mut fast = hub.register("fast", "s2", i64::MAX);
        for i in 0..(QUEUE + RING + 10) {
            hub.publish(&Event::new(
                WsEvent::NewUser {
                    user_id: format!("u{i}").into(),
                },
                Scope::Channel("c".into()),
            ));
            // The fast client keeps up.
            while let Ok(f) = fast.rx.try_recv() {
                assert!(f.text().starts_with('{'));
            }
        }
        assert!(
            slow.kill.try_recv().is_ok(),
            "the slow socket was told to close"
        );
        assert!(fast.kill.try_recv().is_err(), "the fast one was not");
        // The slow client can still resume from the last RING events.
        let next = lock(&slow.conn.state).next_seq;
        assert!(
            hub.resume(&slow.conn.id, "slow", next - RING as i64 - 1)
                .is_none(),
            "too old"
        );
        let mut resumed = hub.resume(&slow.conn.id, "slow", next - 5).unwrap();
        let first: serde_json::Value =
            serde_json::from_str(&resumed.rx.try_recv().unwrap().text()).unwrap();
        assert_eq!(first["seq"], next - 5);
    }

    #[test]
    fn sockets_end_with_their_session_and_a_user_has_a_bounded_number() {
        let hub = hub();
        let mut expiring = hub.register("slow", "s1", 1_000);
        let mut lasting = hub.register("slow", "s2", i64::MAX);
        hub.reap(1_000);
        assert!(
            expiring.kill.try_recv().is_ok(),
            "the expired session's socket ended"
        );
        assert!(lasting.kill.try_recv().is_err());
        assert_eq!(hub.connection_counts(), (1, 1));
        let many: Vec<_> = (0..MAX_CONNS_PER_USER + 8)
            .map(|i| hub.register("fast", &format!("f{i}"), i64::MAX))
            .collect();
        assert_eq!(
            hub.connection_counts(),
            (1 + MAX_CONNS_PER_USER, 1 + MAX_CONNS_PER_USER)
        );
        let ended = many
            .into_iter()
            .filter_map(|mut a| a.kill.try_recv().ok())
            .count();
        assert!(ended >= 8, "{ended} of the oldest sockets ended");
    }

    #[test]
    fn frames_carry_each_connection_sequence() {
        let hub = hub();
        let mut a = hub.register("slow", "s1", i64::MAX);
        let typing = WsEvent::Typing {
            channel_id: "c".into(),
            parent_id: mm_api::PostId::default(),
            user_id: "slow".into(),
        };
        hub.publish(&Event::new(typing, Scope::Channel("c".into())).omit("fast"));
        let hello = a.rx.try_recv().unwrap().text();
        assert!(hello.contains("\"event\":\"hello\"") && hello.ends_with(",\"seq\":0}"));
        let status: serde_json::Value =
            serde_json::from_str(&a.rx.try_recv().unwrap().text()).unwrap();
        assert_eq!(
            (status["event"].as_str(), status["seq"].as_i64()),
            (Some("status_change"), Some(1))
        );
        let typing: serde_json::Value =
            serde_json::from_str(&a.rx.try_recv().unwrap().text()).unwrap();
        assert_eq!(typing["seq"], 2);
        assert_eq!(typing["broadcast"]["omit_users"]["fast"], true);
    }
}
