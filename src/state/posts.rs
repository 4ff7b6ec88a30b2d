//! Posts by channel and thread, merged from pages, events and our own optimistic posts.
//!
//! A post is shown once whatever way it arrives: the page, the `posted` event and the answer
//! to our own `POST` all carry the same id, and our optimistic copy is replaced by the real
//! post through its `pending_post_id`.

use std::collections::HashMap;

use mm_api::{ChannelId, Post, PostId, PostList, Reaction, UserId};

/// One emoji's reactions to a post, as the reaction bar shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReactionGroup {
    /// The emoji's name.
    pub emoji: String,
    /// Who reacted, first first.
    pub users: Vec<UserId>,
    /// Whether the reader is among them.
    pub mine: bool,
}

/// A channel's loaded history.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct ChannelPosts {
    /// Live posts, oldest first, without gaps.
    pub order: Vec<PostId>,
    /// Whether older posts exist on the server.
    pub has_older: bool,
    /// Whether the newest page was loaded.
    pub loaded: bool,
}

/// An optimistic post waiting for the server.
#[derive(Debug, Clone, PartialEq)]
pub struct Pending {
    /// The post as shown; its id is the `pending_post_id`.
    pub post: Post,
    /// Sending failed: show a retry.
    pub failed: bool,
}

/// `+:emoji:` as a whole message reacts to the newest post instead of posting (as in
/// Mattermost): the emoji's name, if the message is one.
pub fn reaction_shortcut(message: &str) -> Option<&str> {
    let name = message.trim().strip_prefix("+:")?.strip_suffix(':')?;
    let valid = !name.is_empty()
        && name.len() <= 64
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'+'));
    valid.then_some(name)
}

/// All posts the client holds.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct PostStore {
    posts: HashMap<PostId, Post>,
    channels: HashMap<ChannelId, ChannelPosts>,
    replies: HashMap<PostId, Vec<PostId>>,
    pending: Vec<Pending>,
    counter: u64,
}

fn key(p: &Post) -> (i64, &str) {
    (p.create_at, p.id.as_str())
}

impl PostStore {
    /// Which posts the channels and threads show, as text, for the tests' change checks:
    /// with what the list reads of each post (time, author, deletion).
    #[cfg(test)]
    pub fn lists_fingerprint(&self) -> String {
        use std::collections::BTreeMap;
        let seen = |id: &PostId| {
            self.get(id)
                .map(|p| (p.id.clone(), p.create_at, p.user_id.clone(), p.delete_at))
        };
        let channels: BTreeMap<_, _> = self
            .channels
            .iter()
            .map(|(c, e)| {
                (
                    c,
                    (
                        e.loaded,
                        e.has_older,
                        e.order.iter().map(seen).collect::<Vec<_>>(),
                    ),
                )
            })
            .collect();
        let replies: BTreeMap<_, _> = self.replies.iter().collect();
        let pending: Vec<_> = self.pending.iter().map(|p| seen(&p.post.id)).collect();
        format!("{channels:?}{replies:?}{pending:?}")
    }

    /// Every post held, optimistic ones included, for the tests' change checks.
    #[cfg(test)]
    pub fn ids(&self) -> Vec<PostId> {
        let mut ids: Vec<PostId> = self.posts.keys().cloned().collect();
        ids.extend(self.pending.iter().map(|p| p.post.id.clone()));
        ids
    }

    /// A post by id.
    pub fn get(&self, id: &PostId) -> Option<&Post> {
        self.posts.get(id).or_else(|| {
            self.pending
                .iter()
                .find(|p| &p.post.id == id)
                .map(|p| &p.post)
        })
    }

    /// A channel's loaded history.
    pub fn channel(&self, id: &ChannelId) -> Option<&ChannelPosts> {
        self.channels.get(id)
    }

    fn insert_sorted(posts: &HashMap<PostId, Post>, order: &mut Vec<PostId>, post: &Post) {
        if order.contains(&post.id) {
            return;
        }
        let at = order.partition_point(|id| posts.get(id).is_some_and(|p| key(p) < key(post)));
        order.insert(at, post.id.clone());
    }

    /// Stores a post (not the channel order): the post map and the thread index.
    fn store(&mut self, post: Post) {
        if !post.root_id.is_empty() {
            let list = self.replies.entry(post.root_id.clone()).or_default();
            if !list.contains(&post.id) {
                let at = list
                    .partition_point(|id| self.posts.get(id).is_some_and(|p| key(p) < key(&post)));
                list.insert(at, post.id.clone());
            }
        }
        match self.posts.get(&post.id) {
            Some(old) if old.update_at > post.update_at => {}
            _ => {
                self.posts.insert(post.id.clone(), post);
            }
        }
    }

    /// Adds a page from `GET /channels/{id}/posts`: the newest page, or an older one.
    pub fn add_page(&mut self, channel: &ChannelId, list: PostList, older: bool) {
        let PostList {
            order,
            mut posts,
            prev_post_id,
            ..
        } = list;
        // Thread roots outside `order` are kept for context but not placed in the channel.
        let in_order: Vec<Post> = order.iter().filter_map(|id| posts.remove(id)).collect();
        for p in posts.into_values() {
            self.store(p);
        }
        let entry = self.channels.entry(channel.clone()).or_default();
        let first = !entry.loaded;
        // The newest page tells whether history goes further back; so does each older page.
        if older || first {
            entry.has_older = !prev_post_id.is_empty();
        }
        entry.loaded = true;
        for p in in_order {
            if p.delete_at == 0 {
                self.store(p.clone());
                if let Some(entry) = self.channels.get_mut(channel) {
                    Self::insert_sorted(&self.posts, &mut entry.order, &p);
                }
            }
        }
        // Posts that arrived live while the first page was on its way are newer than it:
        // place them too, or they would stay unseen.
        if first && !older {
            let newest = self
                .channels
                .get(channel)
                .and_then(|e| e.order.last())
                .and_then(|id| self.posts.get(id))
                .map(|p| (p.create_at, p.id.0.clone()));
            let mut late: Vec<Post> = self
                .posts
                .values()
                .filter(|p| &p.channel_id == channel && p.delete_at == 0)
                .filter(|p| {
                    newest
                        .as_ref()
                        .is_none_or(|(at, id)| (p.create_at, &p.id.0) > (*at, id))
                })
                .cloned()
                .collect();
            late.sort_by(|a, b| key(a).cmp(&key(b)));
            if let Some(entry) = self.channels.get_mut(channel) {
                for p in &late {
                    Self::insert_sorted(&self.posts, &mut entry.order, p);
                }
            }
        }
    }

    /// Merges `GET /channels/{id}/posts?since=`: new and edited posts, and deletions.
    pub fn merge_since(&mut self, list: PostList) {
        for p in list.posts.into_values() {
            if p.delete_at != 0 {
                self.delete(&p);
            } else if self.posts.contains_key(&p.id) {
                self.edit(p);
            } else {
                self.receive(p);
            }
        }
    }

    /// The newest change time known in a channel, for `since=`.
    pub fn newest_update(&self, channel: &ChannelId) -> i64 {
        self.channels
            .get(channel)
            .map(|c| {
                c.order
                    .iter()
                    .filter_map(|id| self.posts.get(id))
                    .map(|p| p.update_at.max(p.create_at))
                    .max()
            })
            .unwrap_or_default()
            .unwrap_or(0)
    }

    /// Adds a thread from `GET /posts/{id}/thread`.
    pub fn add_thread(&mut self, list: PostList) {
        for p in list.posts.into_values() {
            if p.delete_at == 0 {
                let channel = p.channel_id.clone();
                self.store(p.clone());
                if let Some(entry) = self.channels.get_mut(&channel)
                    && entry.loaded
                    && entry
                        .order
                        .first()
                        .and_then(|id| self.posts.get(id))
                        .is_some_and(|o| key(o) <= key(&p))
                {
                    Self::insert_sorted(&self.posts, &mut entry.order, &p);
                }
            }
        }
    }

    /// A post from the server (`posted`, or the answer to our `POST`). Returns whether it
    /// is new to us.
    pub fn receive(&mut self, post: Post) -> bool {
        if !post.pending_post_id.is_empty() {
            self.pending
                .retain(|p| p.post.pending_post_id != post.pending_post_id);
        }
        if self.posts.contains_key(&post.id) {
            self.store(post);
            return false;
        }
        if !post.root_id.is_empty()
            && let Some(root) = self.posts.get_mut(&post.root_id)
        {
            root.reply_count += 1;
            root.last_reply_at = root.last_reply_at.max(post.create_at);
        }
        let channel = post.channel_id.clone();
        self.store(post.clone());
        if let Some(entry) = self.channels.get_mut(&channel)
            && entry.loaded
        {
            Self::insert_sorted(&self.posts, &mut entry.order, &post);
        }
        true
    }

    /// A reaction, from an event or our own click (the echo is not counted twice).
    pub fn add_reaction(&mut self, r: Reaction) {
        if let Some(p) = self.posts.get_mut(&r.post_id) {
            let known = p
                .metadata
                .reactions
                .iter()
                .any(|x| x.user_id == r.user_id && x.emoji_name == r.emoji_name);
            if !known {
                p.metadata.reactions.push(r);
                p.has_reactions = true;
            }
        }
    }

    /// A removed reaction.
    pub fn remove_reaction(&mut self, r: &Reaction) {
        if let Some(p) = self.posts.get_mut(&r.post_id) {
            p.metadata
                .reactions
                .retain(|x| !(x.user_id == r.user_id && x.emoji_name == r.emoji_name));
            p.has_reactions = !p.metadata.reactions.is_empty();
        }
    }

    /// A post's reactions by emoji, in the order each emoji was first used.
    pub fn reaction_groups(&self, post: &PostId, me: &UserId) -> Vec<ReactionGroup> {
        let mut groups: Vec<ReactionGroup> = Vec::new();
        for r in self
            .get(post)
            .map(|p| p.metadata.reactions.as_slice())
            .unwrap_or_default()
        {
            let i = match groups.iter().position(|g| g.emoji == r.emoji_name) {
                Some(i) => i,
                None => {
                    groups.push(ReactionGroup {
                        emoji: r.emoji_name.clone(),
                        users: Vec::new(),
                        mine: false,
                    });
                    groups.len() - 1
                }
            };
            let group = &mut groups[i];
            group.mine |= &r.user_id == me;
            group.users.push(r.user_id.clone());
        }
        groups
    }

    /// The newest live post of a channel, or of a thread: what `+:emoji:` reacts to.
    pub fn newest(&self, channel: &ChannelId, thread: Option<&PostId>) -> Option<PostId> {
        let ids = match thread {
            Some(root) => self.thread_view(root),
            None => self.channel_view(channel),
        };
        ids.into_iter()
            .rev()
            .find(|id| self.posts.get(id).is_some_and(|p| p.delete_at == 0))
    }

    /// An edited post.
    pub fn edit(&mut self, post: Post) {
        if self.posts.contains_key(&post.id) {
            self.store(post);
        }
    }

    /// A deleted post stays as a placeholder ("message deleted") where it was seen; a root
    /// takes its replies with it.
    pub fn delete(&mut self, post: &Post) {
        let Some(known) = self.posts.get_mut(&post.id) else {
            return;
        };
        let was_live = known.delete_at == 0;
        known.delete_at = post.delete_at.max(1);
        known.update_at = known.update_at.max(post.update_at);
        known.message.clear();
        known.props.clear();
        if post.root_id.is_empty() {
            let gone = self.replies.remove(&post.id).unwrap_or_default();
            for id in &gone {
                self.posts.remove(id);
            }
            if let Some(entry) = self.channels.get_mut(&post.channel_id) {
                entry.order.retain(|id| !gone.contains(id));
            }
        } else if was_live && let Some(root) = self.posts.get_mut(&post.root_id) {
            root.reply_count = (root.reply_count - 1).max(0);
        }
    }

    /// Makes an optimistic post to show at once; send it with its `pending_post_id`.
    pub fn add_pending(
        &mut self,
        channel: ChannelId,
        root: PostId,
        message: String,
        file_ids: Vec<String>,
        me: UserId,
        now: i64,
    ) -> Post {
        self.counter += 1;
        let pending_id = format!("{me}:{now}{:03}", self.counter % 1000);
        let post = Post {
            id: PostId(pending_id.clone()),
            pending_post_id: pending_id,
            channel_id: channel,
            root_id: root,
            message,
            file_ids,
            user_id: me,
            create_at: now,
            update_at: now,
            ..Default::default()
        };
        self.pending.push(Pending {
            post: post.clone(),
            failed: false,
        });
        post
    }

    /// Sending failed.
    pub fn fail_pending(&mut self, pending_id: &str) {
        if let Some(p) = self
            .pending
            .iter_mut()
            .find(|p| p.post.pending_post_id == pending_id)
        {
            p.failed = true;
        }
    }

    /// A failed post to send again, with the same `pending_post_id` so it cannot double.
    pub fn retry_pending(&mut self, pending_id: &str) -> Option<Post> {
        let p = self
            .pending
            .iter_mut()
            .find(|p| p.post.pending_post_id == pending_id)?;
        p.failed = false;
        Some(p.post.clone())
    }

    /// Gives up a failed post.
    pub fn discard_pending(&mut self, pending_id: &str) {
        self.pending
            .retain(|p| p.post.pending_post_id != pending_id);
    }

    /// Whether a post is an optimistic copy, and whether it failed.
    pub fn pending_state(&self, id: &PostId) -> Option<bool> {
        self.pending
            .iter()
            .find(|p| &p.post.id == id)
            .map(|p| p.failed)
    }

    /// Forgets the posts created before `cutoff` (ms; none if 0): the server's retention
    /// deleted them, and a tab open for days must not go on showing them.
    pub fn forget_before(&mut self, cutoff: i64) {
        if cutoff <= 0 {
            return;
        }
        let old: std::collections::HashSet<PostId> = self
            .posts
            .values()
            .filter(|p| p.create_at < cutoff)
            .map(|p| p.id.clone())
            .collect();
        if old.is_empty() {
            return;
        }
        self.posts.retain(|id, _| !old.contains(id));
        for c in self.channels.values_mut() {
            let before = c.order.len();
            c.order.retain(|id| !old.contains(id));
            // Nothing older is left on the server either.
            if c.order.len() < before {
                c.has_older = false;
            }
        }
        self.replies.retain(|root, _| !old.contains(root));
        for list in self.replies.values_mut() {
            list.retain(|id| !old.contains(id));
        }
    }

    /// The channel as shown: its posts oldest first, then our pending posts.
    pub fn channel_view(&self, channel: &ChannelId) -> Vec<PostId> {
        let mut ids: Vec<PostId> = self
            .channels
            .get(channel)
            .map(|c| c.order.clone())
            .unwrap_or_default();
        ids.extend(
            self.pending
                .iter()
                .filter(|p| &p.post.channel_id == channel)
                .map(|p| p.post.id.clone()),
        );
        ids
    }

    /// A thread as shown: the root, its replies, then our pending replies.
    pub fn thread_view(&self, root: &PostId) -> Vec<PostId> {
        if !self.posts.contains_key(root) {
            return Vec::new();
        }
        let mut ids = vec![root.clone()];
        ids.extend(self.replies.get(root).cloned().unwrap_or_default());
        ids.extend(
            self.pending
                .iter()
                .filter(|p| &p.post.root_id == root)
                .map(|p| p.post.id.clone()),
        );
        ids
    }

    /// Our newest post in a channel, for ↑ to edit.
    pub fn last_own(&self, channel: &ChannelId, me: &UserId) -> Option<&Post> {
        let c = self.channels.get(channel)?;
        c.order
            .iter()
            .rev()
            .filter_map(|id| self.posts.get(id))
            .find(|p| &p.user_id == me)
    }

    /// The first post after `last_viewed_at` by someone else: where "new messages" starts.
    pub fn first_unread(
        &self,
        channel: &ChannelId,
        last_viewed_at: i64,
        me: &UserId,
    ) -> Option<PostId> {
        let c = self.channels.get(channel)?;
        c.order
            .iter()
            .filter_map(|id| self.posts.get(id))
            .find(|p| p.create_at > last_viewed_at && &p.user_id != me && p.delete_at == 0)
            .map(|p| p.id.clone())
    }

    /// The oldest loaded post of a channel, for loading older ones.
    pub fn oldest(&self, channel: &ChannelId) -> Option<PostId> {
        self.channels.get(channel)?.order.first().cloned()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_post_that_arrives_while_the_first_page_loads_is_shown() {
        let mut s = super::PostStore::default();
        let post = |id: &str, at: i64| mm_api::Post {
            id: id.into(),
            channel_id: "c".into(),
            create_at: at,
            ..Default::default()
        };
        s.receive(post("live", 20));
        s.add_page(
            &"c".into(),
            mm_api::PostList {
                order: vec!["old".into()],
                posts: [("old".into(), post("old", 10))].into(),
                ..Default::default()
            },
            false,
        );
        assert_eq!(
            s.channel_view(&"c".into()),
            ["old".into(), "live".into()] as [mm_api::PostId; 2]
        );
    }

    #[test]
    fn plus_emoji_is_a_reaction() {
        assert_eq!(super::reaction_shortcut("+:tada:"), Some("tada"));
        assert_eq!(super::reaction_shortcut(" +:+1: "), Some("+1"));
        for not in ["+:tada: yes", "+::", ":tada:", "+:ta da:", "+tada:"] {
            assert_eq!(super::reaction_shortcut(not), None, "{not}");
        }
    }

    use super::*;

    fn post(id: &str, at: i64) -> Post {
        Post {
            id: id.into(),
            channel_id: "c".into(),
            user_id: "u".into(),
            create_at: at,
            update_at: at,
            ..Default::default()
        }
    }

    fn list(posts: &[Post], prev: &str) -> PostList {
        let mut l = PostList {
            prev_post_id: prev.into(),
            ..Default::default()
        };
        for p in posts.iter().rev() {
            l.order.push(p.id.clone());
            l.posts.insert(p.id.clone(), p.clone());
        }
        l
    }

    fn ids(v: Vec<PostId>) -> Vec<String> {
        v.into_iter().map(|i| i.0).collect()
    }

    #[test]
    fn posts_past_the_retention_cutoff_are_forgotten() {
        let mut s = PostStore::default();
        let c = ChannelId::from("c");
        let mut reply = post("r", 5);
        reply.root_id = "p1".into();
        s.add_page(&c, list(&[post("p1", 1), post("p4", 4)], "p0"), false);
        s.add_thread(list(&[post("p1", 1), reply], ""));
        s.forget_before(0);
        assert_eq!(ids(s.channel_view(&c)).len(), 3);
        s.forget_before(3);
        assert_eq!(ids(s.channel_view(&c)), ["p4", "r"]);
        assert!(!s.channel(&c).unwrap().has_older);
        assert!(s.get(&"p1".into()).is_none());
        assert!(s.thread_view(&"p1".into()).is_empty());
    }

    #[test]
    fn pages_merge_in_order_without_duplicates() {
        let mut s = PostStore::default();
        let c = ChannelId::from("c");
        s.add_page(&c, list(&[post("p3", 3), post("p4", 4)], "p2"), false);
        assert!(s.channel(&c).unwrap().has_older);
        s.add_page(
            &c,
            list(&[post("p1", 1), post("p2", 2), post("p3", 3)], ""),
            true,
        );
        assert_eq!(ids(s.channel_view(&c)), ["p1", "p2", "p3", "p4"]);
        assert!(!s.channel(&c).unwrap().has_older);
        assert_eq!(s.oldest(&c), Some("p1".into()));
        // The same post from an event is not added twice.
        assert!(!s.receive(post("p4", 4)));
        assert!(s.receive(post("p5", 5)));
        assert_eq!(s.channel_view(&c).len(), 5);
        assert_eq!(s.newest_update(&c), 5);
    }

    #[test]
    fn pending_posts_are_replaced_by_the_real_one() {
        let mut s = PostStore::default();
        let c = ChannelId::from("c");
        s.add_page(&c, list(&[post("p1", 1)], ""), false);
        let pending = s.add_pending(
            c.clone(),
            PostId::default(),
            "hi".into(),
            Vec::new(),
            "u".into(),
            10,
        );
        assert_eq!(s.pending_state(&pending.id), Some(false));
        assert_eq!(ids(s.channel_view(&c)), ["p1", pending.id.as_str()]);
        s.fail_pending(&pending.pending_post_id);
        assert_eq!(s.pending_state(&pending.id), Some(true));
        let again = s.retry_pending(&pending.pending_post_id).unwrap();
        assert_eq!(again.pending_post_id, pending.pending_post_id);
        // The posted event arrives first, then the POST answer: one post either way.
        let mut real = post("p2", 11);
        real.pending_post_id = pending.pending_post_id.clone();
        assert!(s.receive(real.clone()));
        assert!(!s.receive(real));
        assert_eq!(ids(s.channel_view(&c)), ["p1", "p2"]);
    }

    #[test]
    fn threads_count_replies_and_deletes_cascade() {
        let mut s = PostStore::default();
        let c = ChannelId::from("c");
        s.add_page(&c, list(&[post("root", 1)], ""), false);
        let mut r1 = post("r1", 2);
        r1.root_id = "root".into();
        let mut r2 = post("r2", 3);
        r2.root_id = "root".into();
        s.receive(r2.clone());
        s.receive(r1.clone());
        assert_eq!(ids(s.thread_view(&"root".into())), ["root", "r1", "r2"]);
        assert_eq!(s.get(&"root".into()).unwrap().reply_count, 2);
        s.delete(&r1);
        assert_eq!(s.get(&"root".into()).unwrap().reply_count, 1);
        assert!(
            s.get(&"r1".into()).unwrap().delete_at > 0,
            "a placeholder stays"
        );
        s.delete(&post("root", 1));
        assert_eq!(ids(s.channel_view(&c)), ["root"]);
        assert!(s.get(&"root".into()).unwrap().message.is_empty());
        assert!(
            s.get(&"r2".into()).is_none(),
            "the thread went with its root"
        );
    }

    #[test]
    fn since_merges_edits_and_deletions() {
        let mut s = PostStore::default();
        let c = ChannelId::from("c");
        s.add_page(&c, list(&[post("p1", 1), post("p2", 2)], ""), false);
        let mut edited = post("p1", 1);
        edited.message = "new".into();
        edited.update_at = 5;
        let mut deleted = post("p2", 2);
        deleted.delete_at = 6;
        s.merge_since(list(&[edited, deleted, post("p3", 7)], ""));
        assert_eq!(ids(s.channel_view(&c)), ["p1", "p2", "p3"]);
        assert_eq!(s.get(&"p2".into()).unwrap().delete_at, 6);
        assert_eq!(s.get(&"p1".into()).unwrap().message, "new");
    }

    #[test]
    fn new_messages_line_and_last_own_post() {
        let mut s = PostStore::default();
        let c = ChannelId::from("c");
        let mut mine = post("m", 2);
        mine.user_id = "me".into();
        s.add_page(&c, list(&[post("a", 1), mine, post("b", 3)], ""), false);
        assert_eq!(s.first_unread(&c, 1, &"me".into()), Some("b".into()));
        assert_eq!(s.first_unread(&c, 3, &"me".into()), None);
        assert_eq!(s.last_own(&c, &"me".into()).unwrap().id.as_str(), "m");
    }
}
