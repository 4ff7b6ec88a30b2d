//! "<name> is typing…": who typed where, forgotten after a few seconds or when they post.

use mm_api::{ChannelId, PostId, UserId};

/// How long a typing notice lasts, ms.
pub const TYPING_MS: i64 = 5_000;

/// Typing notices.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct TypingStore {
    entries: Vec<(ChannelId, PostId, UserId, i64)>,
}

impl TypingStore {
    /// Someone typed in a channel (in a thread when `parent` is set).
    pub fn start(&mut self, channel: ChannelId, parent: PostId, user: UserId, now: i64) {
        self.entries
            .retain(|(c, p, u, _)| !(c == &channel && p == &parent && u == &user));
        self.entries.push((channel, parent, user, now));
    }

    /// Someone posted: their notice ends.
    pub fn stop(&mut self, channel: &ChannelId, user: &UserId) {
        self.entries
            .retain(|(c, _, u, _)| !(c == channel && u == user));
    }

    /// Who is typing in a channel or thread now.
    pub fn typists(&self, channel: &ChannelId, parent: &PostId, now: i64) -> Vec<UserId> {
        self.entries
            .iter()
            .filter(|(c, p, _, at)| c == channel && p == parent && now - at < TYPING_MS)
            .map(|(_, _, u, _)| u.clone())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notices_expire() {
        let mut t = TypingStore::default();
        t.start("c".into(), PostId::default(), "u".into(), 0);
        t.start("c".into(), "root".into(), "v".into(), 0);
        assert_eq!(
            t.typists(&"c".into(), &PostId::default(), 1000),
            vec![UserId::from("u")]
        );
        assert_eq!(
            t.typists(&"c".into(), &"root".into(), 1000),
            vec![UserId::from("v")]
        );
        assert!(
            t.typists(&"c".into(), &PostId::default(), TYPING_MS)
                .is_empty()
        );
    }
}
