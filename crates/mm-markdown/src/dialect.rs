//! Mattermost's additions, applied to the text of the tree: bare URLs and e-mail addresses,
//! `@mentions`, `~channels`, `#hashtags`, `:emoji:` and interwiki links. Never inside code or
//! links.

use std::borrow::Cow;

use crate::tree::{Attr, Element, Node, Tag};
use crate::url::{encode_path, safe_url};
use crate::{Emoji, Options};

/// Marks an image size moved into the image title by [`preprocess`].
pub(crate) const SIZE_MARK: char = '\u{1}';

/// Rewrites Mattermost's `![alt](url =WxH)` (not CommonMark) into a title the tree reads.
pub fn preprocess(md: &str) -> Cow<'_, str> {
    if !md.contains(" =") {
        return Cow::Borrowed(md);
    }
    let mut out = String::with_capacity(md.len());
    let mut rest = md;
    while let Some(at) = rest.find("](") {
        let (head, tail) = rest.split_at(at + 2);
        out.push_str(head);
        // The destination, then ` =WxH)`.
        let dest_len = tail.find([' ', ')']).unwrap_or(tail.len());
        let after = &tail[dest_len..];
        if let Some(size) = after.strip_prefix(" =")
            && let Some(end) = size.find(')')
            && end > 0
            && size[..end].chars().all(|c| c.is_ascii_digit() || c == 'x')
            && head.contains("![")
        {
            out.push_str(&tail[..dest_len]);
            out.push_str(" \"");
            out.push(SIZE_MARK);
            out.push_str(&size[..end]);
            out.push_str("\")");
            rest = &size[end + 1..];
        } else {
            rest = tail;
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Applies the dialect to every text node outside code and links.
pub fn enrich(nodes: &mut Vec<Node>, opts: &Options<'_>, mentions_me: &mut bool) {
    let mut i = 0;
    while i < nodes.len() {
        match &mut nodes[i] {
            Node::Text(t) => {
                // Most texts hold no token: they stay as they are, without a copy.
                if let Some(parts) = split(t, opts, mentions_me) {
                    let n = parts.len();
                    nodes.splice(i..=i, parts);
                    i += n;
                    continue;
                }
            }
            Node::Element(el) => {
                if !matches!(el.tag, Tag::Code | Tag::Pre | Tag::A) {
                    enrich(&mut el.children, opts, mentions_me);
                }
            }
        }
        i += 1;
    }
}

fn text(out: &mut Vec<Node>, s: &str) {
    if s.is_empty() {
        return;
    }
    if let Some(Node::Text(last)) = out.last_mut() {
        last.push_str(s);
    } else {
        out.push(Node::Text(s.to_owned()));
    }
}

fn el(tag: Tag, attrs: Vec<(Attr, Cow<'static, str>)>, content: &str) -> Node {
    Node::Element(Element {
        tag,
        attrs,
        children: vec![Node::Text(content.to_owned())],
    })
}

fn external_link(href: String, label: &str) -> Node {
    el(
        Tag::A,
        vec![
            (Attr::Href, Cow::from(href)),
            (Attr::Target, "_blank".into()),
            (Attr::Rel, "noopener noreferrer nofollow".into()),
        ],
        label,
    )
}

/// Whether `s` starts with an ASCII `prefix`, ignoring case.
fn starts_with_ci(s: &str, prefix: &str) -> bool {
    s.len() >= prefix.len() && s.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

use crate::mentions::name_char;

/// Length of a URL starting at `s`, trailing punctuation trimmed as GFM and Mattermost do.
fn url_len(s: &str) -> usize {
    let mut end = s
        .find(|c: char| c.is_whitespace() || c == '<')
        .unwrap_or(s.len());
    loop {
        let Some(last) = s[..end].chars().next_back() else {
            return 0;
        };
        let trim = match last {
            '.' | ',' | ':' | ';' | '!' | '?' | '"' | '\'' | '*' | '_' | '~' => true,
            ')' => s[..end].matches('(').count() < s[..end].matches(')').count(),
            ']' => s[..end].matches('[').count() < s[..end].matches(']').count(),
            _ => false,
        };
        if !trim {
            return end;
        }
        end -= last.len_utf8();
    }
}

/// An e-mail address at the start of `s`: its length.
fn email_len(s: &str) -> Option<usize> {
    let at = s.find('@')?;
    let local = &s[..at];
    if local.is_empty()
        || !local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._%+-".contains(c))
    {
        return None;
    }
    let domain_len = s[at + 1..]
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '-'))
        .unwrap_or(s.len() - at - 1);
    let domain = s[at + 1..at + 1 + domain_len].trim_end_matches('.');
    let (_, tld) = domain.rsplit_once('.')?;
    (tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()))
        .then_some(at + 1 + domain.len())
}

/// Splits a text into text and dialect nodes; `None` when it holds no token.
fn split(t: &str, opts: &Options<'_>, mentions_me: &mut bool) -> Option<Vec<Node>> {
    let bytes = t.as_bytes();
    // Every token needs one of these: `@` (mentions, e-mail), `~`, `#`, `:` (emoji, URLs,
    // interwiki) or `.` (www.). Their absence skips the text, and a word without `@` or `:`
    // can only be a www. link.
    let (mut at, mut colon, mut other) = (false, false, false);
    for b in bytes {
        match b {
            b'@' => at = true,
            b':' => colon = true,
            b'~' | b'#' | b'.' => other = true,
            _ => {}
        }
    }
    if !(at || colon || other) {
        return None;
    }
    let mut out = Vec::new();
    let mut i = 0;
    let mut plain_from = 0;
    while i < t.len() {
        let first = bytes[i];
        // Fast path: an ASCII byte that cannot start a token, or is not at a word boundary.
        let candidate = matches!(first, b'@' | b'~' | b'#' | b':')
            || (first.is_ascii_alphanumeric() && (at || colon || matches!(first, b'w' | b'W')));
        if !candidate {
            i += if first < 0x80 {
                1
            } else {
                t[i..].chars().next().map_or(1, char::len_utf8)
            };
            continue;
        }
        let boundary = match i.checked_sub(1).map(|j| bytes[j]) {
            None => true,
            Some(b) if b < 0x80 => !(b.is_ascii_alphanumeric() || matches!(b, b'@' | b'.' | b'/')),
            Some(_) => t[..i]
                .chars()
                .next_back()
                .is_none_or(|p| !p.is_alphanumeric()),
        };
        if !boundary {
            i += 1;
            continue;
        }
        let rest = &t[i..];
        if first.is_ascii_alphanumeric() {
            // A word starts a URL, an e-mail address or an interwiki link only if it has an
            // `@` or a `:`, or starts with www.; otherwise skip its letters at once.
            let word = &bytes[i..];
            let word = &word[..word
                .iter()
                .position(u8::is_ascii_whitespace)
                .unwrap_or(word.len())];
            if !(word.contains(&b'@') || word.contains(&b':') || starts_with_ci(rest, "www.")) {
                i += word
                    .iter()
                    .position(|b| !b.is_ascii_alphanumeric())
                    .unwrap_or(word.len());
                continue;
            }
        }
        let mut consumed: Option<(usize, Node)> = None;
        {
            let www = starts_with_ci(rest, "www.");
            if www || starts_with_ci(rest, "http://") || starts_with_ci(rest, "https://") {
                let n = url_len(rest);
                let label = &rest[..n];
                let href = if www {
                    format!("http://{label}")
                } else {
                    label.to_owned()
                };
                let min = if www { 5 } else { 9 };
                if n >= min
                    && let Some(href) = safe_url(&href)
                {
                    consumed = Some((n, external_link(href, label)));
                }
            } else if rest.starts_with('@') {
                // The shared scanner's rules (`mentions.rs`), so that what is highlighted is
                // what notifies.
                let name = crate::mentions::mention_at(rest)
                    .filter(|_| crate::mentions::token_boundary(t[..i].chars().next_back()));
                if let Some(name) = name {
                    let lower = name.to_lowercase();
                    let special = crate::mentions::channel_wide(name).is_some();
                    let me = opts.me.is_some_and(|m| m.eq_ignore_ascii_case(name));
                    if special || me {
                        *mentions_me = true;
                    }
                    let class = if special || me {
                        "mention mention--highlight"
                    } else {
                        "mention"
                    };
                    let mut attrs = vec![(Attr::Class, class.into())];
                    if !special {
                        // A person's name opens their profile (the app listens for it).
                        attrs.push((Attr::Role, "button".into()));
                        attrs.push((Attr::Tabindex, "0".into()));
                    }
                    attrs.push((Attr::DataMention, Cow::from(lower)));
                    let node = el(Tag::Span, attrs, &rest[..=name.len()]);
                    consumed = Some((1 + name.len(), node));
                }
            } else if let Some(after) = rest.strip_prefix('~') {
                let name: String = after.chars().take_while(|c| name_char(*c)).collect();
                let name = name.trim_end_matches(['.', '-', '_']);
                if name.len() >= 2 && !opts.team.is_empty() {
                    let href =
                        format!("/{}/channels/{}", encode_path(opts.team), encode_path(name));
                    let node = el(
                        Tag::A,
                        vec![
                            (Attr::Href, Cow::from(href)),
                            (Attr::Class, "channel-link".into()),
                            (Attr::DataChannel, Cow::from(name.to_owned())),
                        ],
                        &rest[..=name.len()],
                    );
                    consumed = Some((1 + name.len(), node));
                }
            } else if let Some(after) = rest.strip_prefix('#') {
                let tag: String = after
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_'))
                    .collect();
                let tag = tag.trim_end_matches(['.', '-', '_']);
                if tag.chars().count() >= 3 && tag.starts_with(char::is_alphabetic) {
                    let node = el(
                        Tag::Span,
                        vec![
                            (Attr::Class, "hashtag".into()),
                            // A click searches for it (the app listens for it).
                            (Attr::Role, "button".into()),
                            (Attr::Tabindex, "0".into()),
                            (Attr::DataHashtag, Cow::from(format!("#{tag}"))),
                        ],
                        &rest[..=tag.len()],
                    );
                    consumed = Some((1 + tag.len(), node));
                }
            } else if let Some(after) = rest.strip_prefix(':') {
                if let Some(end) = after.find(':') {
                    let name = &after[..end];
                    let valid = !name.is_empty()
                        && name
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || "_+-".contains(c));
                    if valid && let Some(found) = opts.emoji.and_then(|f| f(name)) {
                        let code = format!(":{name}:");
                        let node = match found {
                            Emoji::Unicode(u) => el(
                                Tag::Span,
                                vec![
                                    (Attr::Class, "emoji".into()),
                                    (Attr::Title, Cow::from(code.clone())),
                                    (Attr::DataEmoji, Cow::from(name.to_owned())),
                                ],
                                &u,
                            ),
                            Emoji::Image(url) => match safe_url(&url) {
                                Some(src) => Node::Element(Element::new(
                                    Tag::Img,
                                    vec![
                                        (Attr::Src, Cow::from(src)),
                                        (Attr::Alt, Cow::from(code.clone())),
                                        (Attr::Title, Cow::from(code.clone())),
                                        (Attr::Class, "emoji".into()),
                                        (Attr::DataEmoji, Cow::from(name.to_owned())),
                                    ],
                                )),
                                None => Node::Text(code.clone()),
                            },
                        };
                        consumed = Some((end + 2, node));
                    }
                }
            } else if let Some((prefix, template)) =
                opts.interwiki.iter().filter(|_| colon).find(|(p, _)| {
                    rest.len() > p.len() + 1
                        && rest.as_bytes()[p.len()] == b':'
                        && rest.is_char_boundary(p.len())
                        && rest[..p.len()].eq_ignore_ascii_case(p)
                })
            {
                let target_len = url_len(&rest[prefix.len() + 1..]);
                if target_len > 0 {
                    let target = &rest[prefix.len() + 1..prefix.len() + 1 + target_len];
                    if let Some(href) = safe_url(&template.replace("$1", &encode_path(target))) {
                        let n = prefix.len() + 1 + target_len;
                        consumed = Some((n, external_link(href, &rest[..n])));
                    }
                }
            } else if at
                && first.is_ascii_alphanumeric()
                && let Some(n) =
                    email_len(&rest[..rest.find(char::is_whitespace).unwrap_or(rest.len())])
                && let Some(href) = safe_url(&format!("mailto:{}", &rest[..n]))
            {
                consumed = Some((
                    n,
                    el(Tag::A, vec![(Attr::Href, Cow::from(href))], &rest[..n]),
                ));
            }
        }
        match consumed {
            Some((n, node)) => {
                text(&mut out, &t[plain_from..i]);
                out.push(node);
                i += n;
                plain_from = i;
            }
            None => i += rest.chars().next().map_or(1, char::len_utf8),
        }
    }
    if plain_from == 0 {
        return None;
    }
    text(&mut out, &t[plain_from..]);
    Some(out)
}

/// Whether the message is only emoji (and spaces): one paragraph of emoji nodes.
pub fn only_emoji(nodes: &[Node]) -> bool {
    let [Node::Element(p)] = nodes else {
        return false;
    };
    if p.tag != Tag::P {
        return false;
    }
    let mut any = false;
    for child in &p.children {
        match child {
            Node::Text(t) if t.trim().is_empty() => {}
            Node::Element(e) if e.attr(Attr::DataEmoji).is_some() => any = true,
            _ => return false,
        }
    }
    any
}
