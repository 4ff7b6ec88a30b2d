//! Messages as markdown: mm-markdown's safe tree, with the reader's and the community's
//! settings, built into DOM nodes element by element and attribute by attribute, with text
//! as text nodes. No HTML string is ever parsed. It is part of the first paint, so a message
//! never changes from plain text to markdown under the reader's eyes.

use std::collections::BTreeMap;

use mm_markdown::{Emoji, Options, Rendered};

use crate::state::Store;

/// What rendering depends on besides the text: who reads, and how the community is set up.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Settings {
    /// The reader's username: mentions of it are highlighted.
    pub me: Option<String>,
    /// The team's URL name, for `~channel` links.
    pub team: String,
    /// The image proxy's prefix, when the server has one.
    pub image_proxy: Option<String>,
    /// The wiki's base URL, for `[[Page]]`.
    pub wiki_base: Option<String>,
    /// Interwiki prefixes and URL templates.
    pub interwiki: Vec<(String, String)>,
    /// Custom emoji: name → image URL.
    pub custom: BTreeMap<String, String>,
}

impl Settings {
    /// The settings for the store's reader, team and server, whose API is at `base`.
    pub fn new(s: &Store, base: &str) -> Self {
        let team = s.current_team().map(|t| t.name.clone()).unwrap_or_default();
        let interwiki = s
            .config
            .get("CauserieInterwiki")
            .and_then(|j| serde_json::from_str::<BTreeMap<String, String>>(j).ok())
            .unwrap_or_default()
            .into_iter()
            .collect();
        // External images through the server's proxy, so readers' browsers never contact
        // third-party hosts (Mattermost's `HasImageProxy`).
        let image_proxy = (s.config.get("HasImageProxy").map(String::as_str) == Some("true"))
            .then(|| format!("{base}/api/v4/image?url="));
        Settings {
            me: s
                .me
                .as_ref()
                .map(|u| u.username.clone())
                .filter(|m| !m.is_empty()),
            team,
            image_proxy,
            wiki_base: s
                .config
                .get("CauserieWikiURL")
                .filter(|w| !w.is_empty())
                .cloned(),
            interwiki,
            custom: s
                .custom_emoji
                .iter()
                .map(|(name, id)| (name.clone(), custom_emoji_url(base, id)))
                .collect(),
        }
    }

    /// Renders a message.
    pub fn render(&self, text: &str) -> Rendered {
        let lookup = |name: &str| {
            self.emoji(name)
                .map(|e| e.map_or_else(Emoji::Image, Emoji::Unicode))
        };
        let opts = Options {
            me: self.me.as_deref(),
            team: &self.team,
            image_proxy: self.image_proxy.as_deref(),
            emoji: Some(&lookup),
            wiki_base: self.wiki_base.as_deref(),
            interwiki: &self.interwiki,
        };
        mm_markdown::render(text, &opts)
    }

    /// A standard emoji's character by name, or a custom one's image URL (`Err`).
    pub fn emoji(&self, name: &str) -> Option<Result<String, String>> {
        match mm_markdown::standard_emoji(name) {
            Some(Emoji::Unicode(u)) => Some(Ok(u)),
            Some(Emoji::Image(url)) => Some(Err(url)),
            None => self.custom.get(name).map(|url| Err(url.clone())),
        }
    }

    /// Emoji whose name starts with `prefix`, custom ones first, with their character
    /// (empty for a custom one): at most `limit`, for `:` autocompletion.
    pub fn suggestions(&self, prefix: &str, limit: usize) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = self
            .custom
            .keys()
            .filter(|n| n.starts_with(prefix))
            .take(limit)
            .map(|n| (n.clone(), String::new()))
            .collect();
        let room = limit.saturating_sub(out.len());
        out.extend(
            mm_markdown::standard_emoji_starting_with(prefix, room)
                .into_iter()
                .map(|(name, emoji)| (name.to_owned(), emoji.to_owned())),
        );
        out
    }
}

/// A custom emoji's image URL, on the server whose API is at `base`.
pub fn custom_emoji_url(base: &str, id: &str) -> String {
    format!("{base}/api/v4/emoji/{id}/image")
}

/// Splits `text` into runs, marking those equal to one of `words` (ignoring case): the
/// words a search found.
pub fn highlight(text: &str, words: &[String]) -> Vec<(String, bool)> {
    let lower = text.to_lowercase();
    // Lowercasing can change byte lengths (rarely); then nothing is marked rather than
    // marking the wrong bytes.
    if lower.len() != text.len() {
        return vec![(text.to_owned(), false)];
    }
    let mut marked = vec![false; text.len()];
    for word in words
        .iter()
        .map(|w| w.to_lowercase())
        .filter(|w| !w.is_empty())
    {
        for (at, _) in lower.match_indices(&word) {
            marked[at..at + word.len()]
                .iter_mut()
                .for_each(|m| *m = true);
        }
    }
    let mut out: Vec<(String, bool)> = Vec::new();
    for (i, c) in text.char_indices() {
        let on = marked[i];
        match out.last_mut() {
            Some((run, m)) if *m == on => run.push(c),
            _ => out.push((c.to_string(), on)),
        }
    }
    out
}

#[cfg(target_arch = "wasm32")]
pub use web::build;

#[cfg(target_arch = "wasm32")]
mod web {
    use mm_markdown::{Node, Rendered};
    use wasm_bindgen::JsValue;
    use web_sys::Document;

    fn node(doc: &Document, n: &Node, words: &[String]) -> Result<web_sys::Node, JsValue> {
        match n {
            Node::Text(t) if words.is_empty() => Ok(doc.create_text_node(t).into()),
            Node::Text(t) => {
                let frag = doc.create_document_fragment();
                for (run, on) in super::highlight(t, words) {
                    let text = doc.create_text_node(&run);
                    if on {
                        let mark = doc.create_element("mark")?;
                        mark.append_child(&text)?;
                        frag.append_child(&mark)?;
                    } else {
                        frag.append_child(&text)?;
                    }
                }
                Ok(frag.into())
            }
            Node::Element(el) => {
                let e = doc.create_element(el.tag.name())?;
                for (attr, value) in &el.attrs {
                    e.set_attribute(attr.name(), value)?;
                }
                for child in &el.children {
                    e.append_child(&node(doc, child, words)?)?;
                }
                Ok(e.into())
            }
        }
    }

    /// A message as a `<div class="markdown" dir="auto">`, with the class `all-emoji` when
    /// it is only emoji and `data-mentions-me` when it mentions the reader; `words` (those a
    /// search found) are marked.
    pub fn build(rendered: &Rendered, words: &[String]) -> Result<web_sys::Element, JsValue> {
        let doc = leptos::prelude::document();
        let root = doc.create_element("div")?;
        root.set_class_name(if rendered.emoji_only {
            "markdown all-emoji"
        } else {
            "markdown"
        });
        root.set_attribute("dir", "auto")?;
        if rendered.mentions_me {
            root.set_attribute("data-mentions-me", "")?;
        }
        for n in &rendered.nodes {
            root.append_child(&node(&doc, n, words)?)?;
        }
        Ok(root)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> Settings {
        Settings {
            me: Some("ann".into()),
            team: "main".into(),
            wiki_base: Some("https://meta.wikimedia.org/wiki/".into()),
            interwiki: vec![("phab".into(), "https://phabricator.wikimedia.org/$1".into())],
            custom: [("party_parrot".into(), "/api/v4/emoji/e1/image".into())].into(),
            ..Settings::default()
        }
    }

    #[test]
    fn settings_reach_the_renderer() {
        let s = settings();
        let html = mm_markdown::to_html(
            &s.render("@ann see ~town-square, [[Main Page]] and phab:T1 :tada:")
                .nodes,
        );
        assert!(html.contains("mention--highlight"), "{html}");
        assert!(
            html.contains(r#"href="/main/channels/town-square""#),
            "{html}"
        );
        assert!(
            html.contains("https://meta.wikimedia.org/wiki/Main_Page"),
            "{html}"
        );
        assert!(
            html.contains("https://phabricator.wikimedia.org/T1"),
            "{html}"
        );
        assert!(html.contains('🎉'), "{html}");
        assert!(s.render("@ann").mentions_me);
        let html = mm_markdown::to_html(&s.render(":party_parrot:").nodes);
        assert!(html.contains(r#"src="/api/v4/emoji/e1/image""#), "{html}");
        assert_eq!(s.emoji("tada"), Some(Ok("🎉".into())));
        assert_eq!(
            s.emoji("party_parrot"),
            Some(Err("/api/v4/emoji/e1/image".into()))
        );
        assert_eq!(s.emoji("nope"), None);
        assert_eq!(
            s.suggestions("party_p", 8),
            [("party_parrot".into(), String::new())]
        );
        assert_eq!(s.suggestions("tad", 8)[0], ("tada".into(), "🎉".into()));
    }

    #[test]
    fn settings_come_from_the_store() {
        let mut store = Store::default();
        store.config.insert("HasImageProxy".into(), "true".into());
        store.config.insert(
            "CauserieInterwiki".into(),
            r#"{"phab":"https://p.example/$1"}"#.into(),
        );
        store.custom_emoji.insert("parrot".into(), "e1".into());
        let s = Settings::new(&store, "https://chat.example");
        assert_eq!(
            s.image_proxy.as_deref(),
            Some("https://chat.example/api/v4/image?url=")
        );
        assert_eq!(
            s.interwiki,
            [("phab".to_owned(), "https://p.example/$1".to_owned())]
        );
        assert_eq!(
            s.custom["parrot"],
            "https://chat.example/api/v4/emoji/e1/image"
        );
        assert_eq!(s.me, None);
        assert_eq!(s.wiki_base, None);
    }

    #[test]
    fn highlight_marks_every_match_ignoring_case() {
        assert_eq!(
            highlight("Le Café, le café!", &["café".into()]),
            [
                ("Le ".into(), false),
                ("Café".into(), true),
                (", le ".into(), false),
                ("café".into(), true),
                ("!".into(), false)
            ]
        );
        assert_eq!(
            highlight("東京タワー", &["東京タワー".into()]),
            [("東京タワー".into(), true)]
        );
        assert_eq!(highlight("nothing", &[]), [("nothing".into(), false)]);
        assert_eq!(highlight("", &["x".into()]), Vec::<(String, bool)>::new());
    }
}
