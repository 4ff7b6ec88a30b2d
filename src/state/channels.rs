//! Channels, our memberships, and unread counts (`total_msg_count - msg_count`, mentions).

use std::collections::BTreeMap;

use mm_api::{Channel, ChannelId, ChannelMember, ChannelType, TeamId, UserId};

/// Channels and our memberships.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct ChannelStore {
    channels: BTreeMap<ChannelId, Channel>,
    members: BTreeMap<ChannelId, ChannelMember>,
}

/// One line of the sidebar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SidebarEntry {
    /// The channel.
    pub id: ChannelId,
    /// Its URL name.
    pub name: String,
    /// What to show.
    pub label: String,
    /// Unread messages.
    pub unread: bool,
    /// Mentions.
    pub mentions: i64,
    /// For direct messages: the other user.
    pub other_user: Option<UserId>,
}

/// The sidebar, grouped as Mattermost groups it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sidebar {
    /// Public channels.
    pub public: Vec<SidebarEntry>,
    /// Private channels.
    pub private: Vec<SidebarEntry>,
    /// Direct messages.
    pub direct: Vec<SidebarEntry>,
    /// Group messages.
    pub group: Vec<SidebarEntry>,
}

impl Sidebar {
    /// Every entry, in the order shown.
    pub fn all(&self) -> impl Iterator<Item = &SidebarEntry> {
        self.public
            .iter()
            .chain(&self.private)
            .chain(&self.direct)
            .chain(&self.group)
    }
}

/// The other user of a direct channel named `a__b`.
pub fn dm_partner(name: &str, me: &UserId) -> Option<UserId> {
    let (a, b) = name.split_once("__")?;
    Some(UserId::from(if a == me.as_str() { b } else { a }))
}

impl ChannelStore {
    /// Replaces everything (initial load, resync).
    pub fn set_all(&mut self, channels: Vec<Channel>, members: Vec<ChannelMember>) {
        self.channels = channels.into_iter().map(|c| (c.id.clone(), c)).collect();
        self.members = members
            .into_iter()
            .map(|m| (m.channel_id.clone(), m))
            .collect();
    }

    /// Adds or replaces a channel.
    pub fn upsert(&mut self, channel: Channel) {
        self.channels.insert(channel.id.clone(), channel);
    }

    /// Adds or replaces our membership.
    pub fn upsert_member(&mut self, member: ChannelMember) {
        self.members.insert(member.channel_id.clone(), member);
    }

    /// Whether we know the channel and are in it.
    pub fn has(&self, id: &ChannelId) -> bool {
        self.channels.contains_key(id) && self.members.contains_key(id)
    }

    /// A channel.
    pub fn get(&self, id: &ChannelId) -> Option<&Channel> {
        self.channels.get(id)
    }

    /// A channel of a team by URL name (direct and group ones belong to every team).
    pub fn by_name(&self, team: &TeamId, name: &str) -> Option<&Channel> {
        self.channels
            .values()
            .find(|c| c.name == name && (c.team_id == *team || c.team_id.is_empty()))
    }

    /// Forgets a channel we left or were removed from.
    pub fn remove(&mut self, id: &ChannelId) {
        self.channels.remove(id);
        self.members.remove(id);
    }

    /// Marks a channel archived.
    pub fn archive(&mut self, id: &ChannelId, at: i64) {
        if let Some(c) = self.channels.get_mut(id) {
            c.delete_at = at;
        }
    }

    /// Whether the channel is a direct message (every post there is a mention).
    pub fn is_direct(&self, id: &ChannelId) -> bool {
        self.channels
            .get(id)
            .is_some_and(|c| c.channel_type == ChannelType::Direct)
    }

    /// Our membership's notification setting `key` (`desktop`, `mark_unread`, …), or "".
    pub fn notify_prop(&self, id: &ChannelId, key: &str) -> &str {
        self.members
            .get(id)
            .and_then(|m| m.notify_props.get(key))
            .map_or("", String::as_str)
    }

    /// Our membership's notification settings.
    pub fn notify_props(&self, id: &ChannelId) -> mm_api::StringMap {
        self.members
            .get(id)
            .map(|m| m.notify_props.clone())
            .unwrap_or_default()
    }

    /// Saves notification settings of our membership.
    pub fn set_notify_props(&mut self, id: &ChannelId, props: mm_api::StringMap) {
        if let Some(m) = self.members.get_mut(id) {
            m.notify_props.extend(props);
        }
    }

    /// Muted: only mentions count, and nothing notifies.
    pub fn muted(&self, id: &ChannelId) -> bool {
        self.notify_prop(id, "mark_unread") == "mention"
    }

    /// Mentions in all our channels, and whether one that is not muted has unread
    /// messages: for the tab's title and icon.
    pub fn totals(&self) -> (i64, bool) {
        self.members
            .keys()
            .fold((0, false), |(mentions, unread), id| {
                let archived = self.channels.get(id).is_none_or(|c| c.delete_at != 0);
                let (n, m) = self.unread(id.clone());
                if archived {
                    return (mentions, unread);
                }
                (mentions + m, unread || (n > 0 && !self.muted(id)))
            })
    }

    /// Unread messages and mentions.
    pub fn unread(&self, id: ChannelId) -> (i64, i64) {
        match (self.channels.get(&id), self.members.get(&id)) {
            (Some(c), Some(m)) => ((c.total_msg_count - m.msg_count).max(0), m.mention_count),
            _ => (0, 0),
        }
    }

    /// Counts a new post: `read` when we wrote it or are reading the channel.
    pub fn count_post(&mut self, id: &ChannelId, read: bool, mention: bool, now: i64) {
        let Some(c) = self.channels.get_mut(id) else {
            return;
        };
        c.total_msg_count += 1;
        c.last_post_at = c.last_post_at.max(now);
        if let Some(m) = self.members.get_mut(id) {
            if read {
                m.msg_count = c.total_msg_count;
                m.mention_count = 0;
                m.last_viewed_at = now;
            } else if mention {
                m.mention_count += 1;
            }
        }
    }

    /// The channel was read (here or in another session).
    pub fn mark_viewed(&mut self, id: &ChannelId, at: i64) {
        if let (Some(c), Some(m)) = (self.channels.get(id), self.members.get_mut(id)) {
            m.msg_count = c.total_msg_count;
            m.mention_count = 0;
            m.last_viewed_at = m.last_viewed_at.max(at);
        }
    }

    /// When we last read a channel, for the "new messages" line.
    pub fn last_viewed_at(&self, id: &ChannelId) -> i64 {
        self.members.get(id).map_or(0, |m| m.last_viewed_at)
    }

    /// The sidebar of a team. `name_of` names a user, for direct messages.
    pub fn sidebar(
        &self,
        team: &TeamId,
        me: &UserId,
        name_of: impl Fn(&UserId) -> String,
    ) -> Sidebar {
        let mut bar = Sidebar::default();
        for (id, c) in &self.channels {
            if !self.members.contains_key(id) || (!c.team_id.is_empty() && c.team_id != *team) {
                continue;
            }
            if c.delete_at != 0 {
                continue;
            }
            let (unread, mentions) = self.unread(id.clone());
            let other_user = (c.channel_type == ChannelType::Direct)
                .then(|| dm_partner(&c.name, me))
                .flatten();
            let label = match &other_user {
                Some(u) => name_of(u),
                None => c.display_name.clone(),
            };
            let entry = SidebarEntry {
                id: id.clone(),
                name: c.name.clone(),
                label,
                unread: unread > 0,
                mentions,
                other_user,
            };
            match c.channel_type {
                ChannelType::Private => bar.private.push(entry),
                ChannelType::Direct => bar.direct.push(entry),
                ChannelType::Group => bar.group.push(entry),
                _ => bar.public.push(entry),
            }
        }
        for list in [
            &mut bar.public,
            &mut bar.private,
            &mut bar.direct,
            &mut bar.group,
        ] {
            list.sort_by_key(|e| e.label.to_lowercase());
        }
        bar
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ch(id: &str, kind: ChannelType, name: &str, team: &str) -> Channel {
        Channel {
            id: id.into(),
            channel_type: kind,
            name: name.into(),
            display_name: name.to_uppercase(),
            team_id: team.into(),
            total_msg_count: 5,
            ..Default::default()
        }
    }

    fn member(id: &str, read: i64) -> ChannelMember {
        ChannelMember {
            channel_id: id.into(),
            msg_count: read,
            ..Default::default()
        }
    }

    #[test]
    fn sidebar_groups_and_counts() {
        let mut s = ChannelStore::default();
        s.set_all(
            vec![
                ch("a", ChannelType::Open, "zeta", "t1"),
                ch("b", ChannelType::Open, "alpha", "t1"),
                ch("c", ChannelType::Private, "secret", "t1"),
                ch("d", ChannelType::Direct, "me__bob", ""),
                ch("e", ChannelType::Open, "other-team", "t2"),
                ch("f", ChannelType::Open, "not-member", "t1"),
            ],
            vec![
                member("a", 5),
                member("b", 3),
                member("c", 5),
                member("d", 4),
                member("e", 0),
            ],
        );
        let bar = s.sidebar(&"t1".into(), &"me".into(), |u| format!("@{u}"));
        let names: Vec<&str> = bar.public.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["alpha", "zeta"]);
        assert!(bar.public[0].unread && !bar.public[1].unread);
        assert_eq!(bar.private.len(), 1);
        assert_eq!(bar.direct[0].label, "@bob");
        assert_eq!(bar.all().count(), 4);
    }

    #[test]
    fn counting_and_viewing() {
        let mut s = ChannelStore::default();
        s.set_all(
            vec![ch("a", ChannelType::Open, "a", "t")],
            vec![member("a", 5)],
        );
        s.count_post(&"a".into(), false, true, 10);
        s.count_post(&"a".into(), false, false, 11);
        assert_eq!(s.unread("a".into()), (2, 1));
        s.mark_viewed(&"a".into(), 12);
        assert_eq!(s.unread("a".into()), (0, 0));
        assert_eq!(s.last_viewed_at(&"a".into()), 12);
        s.count_post(&"a".into(), true, true, 13);
        assert_eq!(s.unread("a".into()), (0, 0));
    }
}
