//! Message search: what was asked, the results grouped by channel, and the words to mark.

use std::collections::BTreeMap;

use mm_api::{ChannelId, Post, PostId, PostList};

/// A search and its results.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Search {
    /// What was searched, as typed.
    pub terms: String,
    /// The results, newest first; `None` while the server has not answered.
    pub posts: Option<Vec<Post>>,
    /// The words found in each post, as written there.
    pub matches: BTreeMap<PostId, Vec<String>>,
}

impl Search {
    /// A search on its way.
    pub fn new(terms: &str) -> Self {
        Search {
            terms: terms.trim().to_owned(),
            ..Default::default()
        }
    }

    /// Takes the server's answer (a `PostList` with `order` and `matches`).
    pub fn receive(&mut self, mut list: PostList) {
        self.posts = Some(
            list.order
                .iter()
                .filter_map(|id| list.posts.remove(id))
                .collect(),
        );
        self.matches = list.matches.unwrap_or_default();
    }

    /// The results by channel, channels in the order of their newest result.
    pub fn groups(&self) -> Vec<(ChannelId, Vec<Post>)> {
        let mut out: Vec<(ChannelId, Vec<Post>)> = Vec::new();
        for post in self.posts.iter().flatten() {
            match out.iter_mut().find(|(c, _)| *c == post.channel_id) {
                Some((_, list)) => list.push(post.clone()),
                None => out.push((post.channel_id.clone(), vec![post.clone()])),
            }
        }
        out
    }
}

/// The `from:` or `in:` word being typed at the end of a search: the operator and what
/// follows it, for suggestions.
pub fn operator_at_end(text: &str) -> Option<(&'static str, &str)> {
    let last = text.rsplit(char::is_whitespace).next()?;
    let last = last.strip_prefix('-').unwrap_or(last);
    if let Some(rest) = last.strip_prefix("from:") {
        return Some(("from:", rest.trim_start_matches('@')));
    }
    last.strip_prefix("in:")
        .map(|rest| ("in:", rest.trim_start_matches('~')))
}

/// `text` with its last word replaced by `word` and a space.
pub fn complete(text: &str, word: &str) -> String {
    let keep = text.rfind(char::is_whitespace).map_or(0, |i| i + 1);
    let negated = text[keep..].starts_with('-');
    format!("{}{}{word} ", &text[..keep], if negated { "-" } else { "" })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn post(id: &str, channel: &str, message: &str) -> Post {
        Post {
            id: PostId(id.into()),
            channel_id: ChannelId(channel.into()),
            message: message.into(),
            ..Default::default()
        }
    }

    #[test]
    fn results_keep_the_servers_order_grouped_by_channel() {
        let mut s = Search::new("  release ");
        assert_eq!(s.terms, "release");
        assert_eq!(s.posts, None);
        let mut list = PostList::default();
        for (id, ch) in [("p3", "b"), ("p2", "a"), ("p1", "b")] {
            list.order.push(PostId(id.into()));
            list.posts.insert(PostId(id.into()), post(id, ch, id));
        }
        list.matches = Some([(PostId("p3".into()), vec!["release".into()])].into());
        s.receive(list);
        let groups: Vec<(String, Vec<String>)> = s
            .groups()
            .into_iter()
            .map(|(c, p)| (c.0, p.into_iter().map(|p| p.id.0).collect()))
            .collect();
        assert_eq!(
            groups,
            [
                ("b".into(), vec!["p3".into(), "p1".into()]),
                ("a".into(), vec!["p2".into()])
            ]
        );
        assert_eq!(s.matches[&PostId("p3".into())], ["release"]);
    }

    #[test]
    fn operators_at_the_end_are_completed() {
        assert_eq!(operator_at_end("notes from:an"), Some(("from:", "an")));
        assert_eq!(operator_at_end("from:@an"), Some(("from:", "an")));
        assert_eq!(operator_at_end("x -in:~tow"), Some(("in:", "tow")));
        assert_eq!(operator_at_end("in: x"), None);
        assert_eq!(operator_at_end("notes"), None);
        assert_eq!(complete("notes from:an", "from:ann"), "notes from:ann ");
        assert_eq!(complete("-in:to", "in:town-square"), "-in:town-square ");
    }
}
