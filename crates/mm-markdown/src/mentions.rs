//! What a message mentions, outside code: `@usernames`, `@channel`/`@all`, `@here`,
//! `#hashtags`, and the text in which first names and keywords are looked for. The one
//! scanner for the server (who is notified), the app (whether a message notifies the whole
//! channel) and the renderer (which mentions it highlights). Code is what the renderer
//! shows as code: fenced and indented blocks, and inline spans.

use pulldown_cmark::{CodeBlockKind, Event, Parser, Tag, TagEnd, TextMergeStream};

/// Characters of a username after `@`.
pub fn name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_')
}

/// Whether `@` or `#` after `prev` (none at the start of a text) can start a mention or a
/// hashtag: not inside a word, an e-mail address or a path.
pub fn token_boundary(prev: Option<char>) -> bool {
    !prev.is_some_and(|p| p.is_alphanumeric() || matches!(p, '.' | '-' | '_' | '@' | '/'))
}

/// The name typed after the `@` that starts `s`: the run of name characters, without
/// trailing dots; `None` when there is none. `@ann.` names `ann`; `@bob_` names `bob_`.
pub fn mention_at(s: &str) -> Option<&str> {
    let after = s.strip_prefix('@')?;
    let end = after.find(|c: char| !name_char(c)).unwrap_or(after.len());
    let name = after[..end].trim_end_matches('.');
    (!name.is_empty()).then_some(name)
}

/// The channel-wide mention a name stands for: `channel`, `all` or `here`.
pub fn channel_wide(name: &str) -> Option<&'static str> {
    ["channel", "all", "here"]
        .into_iter()
        .find(|w| w.eq_ignore_ascii_case(name))
}

/// The names a mention may stand for, longest first: trailing `.`, `-` and `_` are
/// punctuation unless a username ends with them (`@bob_.` may be `bob_` or `bob`).
fn candidates(name: &str) -> impl Iterator<Item = &str> {
    let mut next = Some(name);
    std::iter::from_fn(move || {
        let current = next?;
        let shorter = current.trim_end_matches(['.', '-', '_']);
        next = (shorter.len() < current.len() && !shorter.is_empty())
            .then(|| &current[..current.len() - 1]);
        Some(current)
    })
}

/// The mentions and hashtags of a message.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Mentions {
    /// Lowercase candidate usernames (with and without trailing punctuation), in order.
    pub usernames: Vec<String>,
    /// `@channel` or `@all`.
    pub channel_wide: bool,
    /// `@here`.
    pub here: bool,
    /// The first of `@channel`, `@all` and `@here`, as typed (without the `@`, lowercase).
    pub first_wide: Option<&'static str>,
    /// Hashtags with their `#`, in order, without repeats.
    pub hashtags: Vec<String>,
    /// The text outside code, lowercase, for first names and keywords.
    pub text: String,
}

impl Mentions {
    /// Whether `word` (lowercase) occurs in the text outside code as a whole word: a first
    /// name or a mention keyword.
    pub fn has_word(&self, word: &str) -> bool {
        let part = |c: char| c.is_alphanumeric() || c == '_';
        let text = &self.text;
        !word.is_empty()
            && text.match_indices(word).any(|(i, _)| {
                !text[..i].chars().next_back().is_some_and(part)
                    && !text[i + word.len()..].chars().next().is_some_and(part)
            })
    }

    fn scan(&mut self, text: &str) {
        let mut prev = None;
        for (i, c) in text.char_indices() {
            if token_boundary(prev) {
                let rest = &text[i..];
                if let Some(name) = mention_at(rest) {
                    let name = name.to_lowercase();
                    for candidate in candidates(&name) {
                        match channel_wide(candidate) {
                            Some(w) => {
                                self.first_wide.get_or_insert(w);
                                if w == "here" {
                                    self.here = true;
                                } else {
                                    self.channel_wide = true;
                                }
                            }
                            None if !self.usernames.iter().any(|u| u == candidate) => {
                                self.usernames.push(candidate.to_owned());
                            }
                            None => {}
                        }
                    }
                } else if let Some(tag) = rest.strip_prefix('#')
                    && prev.is_none_or(char::is_whitespace)
                {
                    let end = tag
                        .find(|c: char| !(c.is_alphanumeric() || matches!(c, '.' | '-' | '_')))
                        .unwrap_or(tag.len());
                    let tag = tag[..end].trim_end_matches(['.', '-', '_']);
                    if tag.chars().count() >= 3 && tag.starts_with(char::is_alphabetic) {
                        let tag = format!("#{tag}");
                        if !self.hashtags.contains(&tag) {
                            self.hashtags.push(tag);
                        }
                    }
                }
            }
            prev = Some(c);
        }
        self.text.push_str(&text.to_lowercase());
    }
}

/// What `message` mentions, outside code.
pub fn mentions(message: &str) -> Mentions {
    let mut out = Mentions::default();
    let mut in_code = false;
    let flags =
        pulldown_cmark::Options::ENABLE_TABLES | pulldown_cmark::Options::ENABLE_STRIKETHROUGH;
    for event in TextMergeStream::new(Parser::new_ext(message, flags)) {
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(_) | CodeBlockKind::Indented)) => {
                in_code = true;
            }
            Event::End(TagEnd::CodeBlock) => in_code = false,
            Event::Text(t) | Event::Html(t) | Event::InlineHtml(t) if !in_code => out.scan(&t),
            // Pieces of text apart: a mention never spans them.
            _ => out.text.push('\n'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mentions_outside_code() {
        let m = mentions(
            "hi @Ann and @bob. see `@carl` and\n```\n@dave\n```\n    @erin\n\n@here #release-1.2 #ab",
        );
        assert_eq!(m.usernames, ["ann", "bob"]);
        assert!(m.here && !m.channel_wide);
        assert_eq!(m.first_wide, Some("here"));
        assert_eq!(m.hashtags, ["#release-1.2"]);
        // A fence of tildes, and one longer than its opening, are code too.
        let m = mentions("~~~\n@channel\n~~~\n````\n@all\n```\n````\n``@x ` @y``");
        assert_eq!(
            m,
            Mentions {
                text: m.text.clone(),
                ..Mentions::default()
            }
        );
        // An unclosed span is not code.
        assert_eq!(mentions("`@zed").usernames, ["zed"]);
    }

    #[test]
    fn channel_wide_mentions() {
        for (text, first) in [
            ("hey @channel, look", "channel"),
            ("@ALL.", "all"),
            ("(@here)", "here"),
            ("**@all** now", "all"),
            ("@channel-", "channel"),
        ] {
            assert_eq!(mentions(text).first_wide, Some(first), "{text}");
        }
        for text in [
            "@channels",
            "mail@all.org",
            "`@channel`",
            "@all_hands",
            "@bob",
            "hello",
        ] {
            assert_eq!(mentions(text).first_wide, None, "{text}");
        }
        let m = mentions("@here then @all");
        assert!(m.here && m.channel_wide);
        assert_eq!(m.first_wide, Some("here"));
    }

    #[test]
    fn usernames_with_trailing_punctuation() {
        assert_eq!(mentions("@bob_.").usernames, ["bob_", "bob"]);
        assert_eq!(mentions("thanks @ann!").usernames, ["ann"]);
        assert_eq!(
            mentions("mail ann@example.org").usernames,
            Vec::<String>::new()
        );
        assert_eq!(mentions("a/@b and x.@y").usernames, Vec::<String>::new());
        assert_eq!(mention_at("@ann."), Some("ann"));
        assert_eq!(mention_at("@."), None);
        assert_eq!(mention_at("ann"), None);
    }

    #[test]
    fn the_renderer_highlights_what_notifies() {
        let opts = crate::Options {
            me: Some("ann"),
            ..crate::Options::default()
        };
        for text in [
            "hi @ann",
            "`@ann`",
            "```\n@ann\n```",
            "~~~\n@here\n~~~",
            "    @all",
            "**@Ann.**",
            "x@ann",
            "a/@ann",
            "@annika",
            "> @channel",
            "- [ ] @here",
        ] {
            let m = mentions(text);
            let notifies = m.usernames.iter().any(|u| u == "ann") || m.channel_wide || m.here;
            assert_eq!(crate::render(text, &opts).mentions_me, notifies, "{text}");
        }
    }

    #[test]
    fn words_outside_code() {
        let m = mentions("The WIKI is down, see `release notes`");
        assert!(m.has_word("wiki"));
        assert!(!m.has_word("wik"));
        assert!(!m.has_word("release notes"));
        assert!(!m.has_word(""));
        assert!(mentions("ping Annika!").has_word("annika"));
        assert!(!mentions("annikas").has_word("annika"));
    }
}
