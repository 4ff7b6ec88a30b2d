//! What a message mentions: `@usernames`, `@channel`/`@all`, `@here`, and `#hashtags`;
//! who that mentions, with each member's settings; and who is notified of it, how.
//! Code (fenced blocks and inline spans) mentions nothing, as in Mattermost.

use mm_api::StringMap;

/// The mentions and hashtags of a message.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Parsed {
    /// Lowercase candidate usernames (with and without trailing punctuation).
    pub usernames: Vec<String>,
    /// `@channel` or `@all`.
    pub channel_wide: bool,
    /// `@here`.
    pub here: bool,
    /// Hashtags with their `#`, in order, without repeats.
    pub hashtags: Vec<String>,
    /// The text outside code, lowercase, for first names and keywords.
    pub text: String,
}

fn name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_')
}

/// Parses a message.
pub fn parse(message: &str) -> Parsed {
    let mut out = Parsed::default();
    let mut fence: Option<(char, usize)> = None;
    for line in message.lines() {
        let trimmed = line.trim_start();
        let marker = trimmed.chars().next().filter(|c| *c == '`' || *c == '~');
        if let Some(m) = marker {
            let run = trimmed.chars().take_while(|c| *c == m).count();
            if run >= 3 {
                match fence {
                    None => fence = Some((m, run)),
                    Some((fm, fr)) if fm == m && run >= fr => fence = None,
                    _ => {}
                }
                continue;
            }
        }
        if fence.is_none() {
            let line = strip_code_spans(line);
            scan(&line, &mut out);
            out.text.push_str(&line.to_lowercase());
            out.text.push('\n');
        }
    }
    out
}

/// The line with its inline code spans blanked out.
fn strip_code_spans(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '`' {
            let run = chars[i..].iter().take_while(|c| **c == '`').count();
            // Find a closing run of the same length.
            let mut j = i + run;
            let mut close = None;
            while j < chars.len() {
                if chars[j] == '`' {
                    let r = chars[j..].iter().take_while(|c| **c == '`').count();
                    if r == run {
                        close = Some(j + r);
                        break;
                    }
                    j += r;
                } else {
                    j += 1;
                }
            }
            if let Some(end) = close {
                out.push(' ');
                i = end;
                continue;
            }
            for _ in 0..run {
                out.push('`');
            }
            i += run;
            continue;
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

fn scan(text: &str, out: &mut Parsed) {
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let prev = if i == 0 { None } else { Some(chars[i - 1]) };
        if c == '@' && !prev.is_some_and(|p| p.is_alphanumeric() || p == '.' || p == '-') {
            let name: String = chars[i + 1..]
                .iter()
                .take_while(|c| name_char(**c))
                .collect::<String>()
                .to_lowercase();
            let mut candidate = name.as_str();
            loop {
                match candidate {
                    "" => break,
                    "channel" | "all" => out.channel_wide = true,
                    "here" => out.here = true,
                    _ => {
                        if !out.usernames.iter().any(|u| u == candidate) {
                            out.usernames.push(candidate.to_owned());
                        }
                    }
                }
                let shorter = candidate.trim_end_matches(['.', '-', '_']);
                if shorter.len() == candidate.len() {
                    break;
                }
                candidate = shorter;
            }
        } else if c == '#' && prev.is_none_or(char::is_whitespace) {
            let tag: String = chars[i + 1..]
                .iter()
                .take_while(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_'))
                .collect();
            let tag = tag.trim_end_matches(['.', '-', '_']);
            if tag.chars().count() >= 3 && tag.starts_with(char::is_alphabetic) {
                let tag = format!("#{tag}");
                if !out.hashtags.contains(&tag) {
                    out.hashtags.push(tag);
                }
            }
        }
    }
}

/// Whether `word` occurs in `text` as a whole word (both lowercase).
fn has_word(text: &str, word: &str) -> bool {
    let part = |c: char| c.is_alphanumeric() || c == '_';
    !word.is_empty()
        && text.match_indices(word).any(|(i, _)| {
            !text[..i].chars().next_back().is_some_and(part)
                && !text[i + word.len()..].chars().next().is_some_and(part)
        })
}

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
    pub fn mentioned(&self, p: &Parsed, direct: bool) -> bool {
        let wide_ok = match Self::prop(self.member, "ignore_channel_mentions") {
            "on" => false,
            "off" => true,
            _ => Self::prop(self.user, "channel") != "false",
        };
        let first = self.first_name.trim().to_lowercase();
        direct
            || p.usernames.iter().any(|u| u == self.username)
            || (wide_ok && (p.channel_wide || (p.here && self.online)))
            || (Self::prop(self.user, "first_name") == "true" && has_word(&p.text, &first))
            || Self::prop(self.user, "mention_keys")
                .split(',')
                .map(|k| k.trim().to_lowercase())
                .any(|k| has_word(&p.text, &k))
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
    use super::{Member, StringMap, parse};

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

    #[test]
    fn mentions_outside_code() {
        let p = parse("hi @Ann and @bob. see `@carl` and\n```\n@dave\n```\n@here #release-1.2 #ab");
        assert!(p.usernames.contains(&"ann".to_owned()));
        assert!(p.usernames.contains(&"bob".to_owned()));
        assert!(!p.usernames.iter().any(|u| u == "carl" || u == "dave"));
        assert!(p.here && !p.channel_wide);
        assert_eq!(p.hashtags, vec!["#release-1.2"]);
    }

    #[test]
    fn emails_are_not_mentions() {
        let p = parse("mail ann@example.org or @all");
        assert!(p.usernames.is_empty());
        assert!(p.channel_wide);
    }
}
