//! Who a message mentions, with each member's settings, and who is notified of it, how.
//! What it mentions (`@usernames`, `@channel`/`@all`, `@here`, words outside code) comes
//! from mm-markdown's scanner, which the app and the renderer use too.

use mm_api::StringMap;
use mm_markdown::Mentions;

/// A member of the channel a post is made in, other than its author.
pub struct Member<'a> {
    pub username: &'a str,
    pub first_name: &'a str,
    /// The user's `notify_props`.
    pub user: &'a StringMap,
    /// The channel membership's `notify_props`.
    pub member: &'a StringMap,
    /// Connected now (for `@here`).
    pub online: bool,
}

impl Member<'_> {
    fn prop<'p>(map: &'p StringMap, key: &str) -> &'p str {
        map.get(key).map_or("", String::as_str)
    }

    /// Whether the post mentions this member. In a direct or group message every post
    /// does. `@channel`, `@all` and `@here` count unless the member switched channel-wide
    /// mentions off, for this channel (`ignore_channel_mentions`) or everywhere (`channel`);
    /// `@here` only for members online.
    pub fn mentioned(&self, p: &Mentions, direct: bool) -> bool {
        let wide_ok = match Self::prop(self.member, "ignore_channel_mentions") {
            "on" => false,
            "off" => true,
            _ => Self::prop(self.user, "channel") != "false",
        };
        let first = self.first_name.trim().to_lowercase();
        direct
            || p.usernames.iter().any(|u| u == self.username)
            || (wide_ok && (p.channel_wide || (p.here && self.online)))
            || (Self::prop(self.user, "first_name") == "true" && p.has_word(&first))
            || Self::prop(self.user, "mention_keys")
                .split(',')
                .map(|k| k.trim().to_lowercase())
                .any(|k| p.has_word(&k))
    }

    /// Muted: the channel only counts mentions, and notifies of nothing.
    pub fn muted(&self) -> bool {
        Self::prop(self.member, "mark_unread") == "mention"
    }

    /// Whether this member is to be told of the post by `kind` (`desktop`, `push` or
    /// `email`): the channel's setting, or by `default` the user's (`all`, `mention` or
    /// `none`; a user's `email` is `true` or `false`, meaning mentions or nothing).
    pub fn wants(&self, kind: &str, mentioned: bool) -> bool {
        let level = match Self::prop(self.member, kind) {
            "" | "default" => Self::prop(self.user, kind),
            own => own,
        };
        let level = match level {
            "" | "true" => "mention",
            "false" => "none",
            l => l,
        };
        !self.muted() && (level == "all" || (level == "mention" && mentioned))
    }
}

#[cfg(test)]
mod tests {
    use super::{Member, StringMap};
    use mm_markdown::mentions as parse;

    fn props(pairs: &[(&str, &str)]) -> StringMap {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn mention_rules() {
        let none = props(&[]);
        let user = props(&[
            ("first_name", "true"),
            ("mention_keys", "wiki, Release Notes,@devs"),
        ]);
        let ann = |user, member, online| Member {
            username: "ann",
            first_name: "Annika",
            user,
            member,
            online,
        };
        let m = ann(&user, &none, false);
        for text in [
            "hi @ann!",
            "annika, look",
            "the WIKI is down",
            "see release notes.",
            "cc @devs",
        ] {
            assert!(m.mentioned(&parse(text), false), "{text}");
        }
        for text in ["hi @anna", "annikas", "wikis", "`wiki`", "release", "hello"] {
            assert!(!m.mentioned(&parse(text), false), "{text}");
        }
        // The first name only counts when asked for.
        assert!(!ann(&none, &none, false).mentioned(&parse("Annika?"), false));
        // Every post of a direct message.
        assert!(ann(&none, &none, false).mentioned(&parse("hello"), true));
        // @here: online members only.
        assert!(ann(&none, &none, true).mentioned(&parse("@here"), false));
        assert!(!ann(&none, &none, false).mentioned(&parse("@here"), false));
        // Channel-wide mentions switched off in this channel, or everywhere but here.
        let off = props(&[("ignore_channel_mentions", "on")]);
        assert!(!ann(&none, &off, true).mentioned(&parse("@channel @here @all"), false));
        let user_off = props(&[("channel", "false")]);
        assert!(!ann(&user_off, &none, true).mentioned(&parse("@all"), false));
        let on_here = props(&[("ignore_channel_mentions", "off")]);
        assert!(ann(&user_off, &on_here, false).mentioned(&parse("@all"), false));
    }

    #[test]
    fn notification_levels() {
        let user = props(&[("desktop", "mention"), ("email", "true"), ("push", "all")]);
        let none = props(&[]);
        let m = Member {
            username: "ann",
            first_name: "",
            user: &user,
            member: &none,
            online: false,
        };
        assert!(m.wants("desktop", true) && !m.wants("desktop", false));
        assert!(m.wants("email", true) && !m.wants("email", false));
        assert!(m.wants("push", false));
        let member = props(&[("push", "none"), ("email", "all"), ("desktop", "default")]);
        let m = Member {
            member: &member,
            ..m
        };
        assert!(!m.wants("push", true) && m.wants("email", false) && m.wants("desktop", true));
        let muted = props(&[("mark_unread", "mention")]);
        let m = Member {
            member: &muted,
            ..m
        };
        assert!(m.muted() && !m.wants("push", true) && !m.wants("email", true));
        let off = props(&[("email", "false")]);
        assert!(
            !Member {
                user: &off,
                member: &none,
                ..m
            }
            .wants("email", true)
        );
    }
}
