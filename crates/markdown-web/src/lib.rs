//! The web app's markdown renderer, built as its own small wasm module so that it stays out
//! of the app's first download: the app imports it once the chat is on screen (see
//! `src/chat/markdown.rs`) and shows plain text until it has arrived.
//!
//! It turns mm-markdown's safe tree into DOM nodes element by element and attribute by
//! attribute, with text as text nodes: no HTML string is ever parsed.

use std::cell::RefCell;

use mm_markdown::{Emoji, Options};

pub mod form;
pub mod picker;
pub mod search;

/// What the renderer knows about the reader and the community, set by [`configure`].
#[derive(Default)]
struct Settings {
    me: Option<String>,
    team: String,
    image_proxy: Option<String>,
    wiki_base: Option<String>,
    interwiki: Vec<(String, String)>,
    /// Custom emoji: name → image URL.
    custom: std::collections::HashMap<String, String>,
}

thread_local! {
    static SETTINGS: RefCell<Settings> = RefCell::new(Settings::default());
}

/// Pairs `[prefix, template, prefix, template, …]` into an interwiki table.
fn pairs(flat: Vec<String>) -> Vec<(String, String)> {
    let mut it = flat.into_iter();
    std::iter::from_fn(|| Some((it.next()?, it.next()?))).collect()
}

/// Renders with the configured settings.
pub fn render_tree(text: &str) -> mm_markdown::Rendered {
    SETTINGS.with_borrow(|s| {
        let lookup = |name: &str| {
            mm_markdown::standard_emoji(name)
                .or_else(|| s.custom.get(name).map(|url| Emoji::Image(url.clone())))
        };
        let opts = Options {
            me: s.me.as_deref(),
            team: &s.team,
            image_proxy: s.image_proxy.as_deref(),
            emoji: Some(&lookup),
            wiki_base: s.wiki_base.as_deref(),
            interwiki: &s.interwiki,
        };
        mm_markdown::render(text, &opts)
    })
}

/// Sets the reader and the community's settings (see the `configure` export).
pub fn set_settings(
    me: Option<String>,
    team: String,
    image_proxy: Option<String>,
    wiki_base: Option<String>,
    interwiki: Vec<String>,
) {
    SETTINGS.with_borrow_mut(|s| {
        s.me = me.filter(|m| !m.is_empty());
        s.team = team;
        s.image_proxy = image_proxy.filter(|p| !p.is_empty());
        s.wiki_base = wiki_base.filter(|w| !w.is_empty());
        s.interwiki = pairs(interwiki);
    });
}

/// Sets the custom emoji, as `[name, image URL, …]`.
pub fn set_custom_emoji(flat: Vec<String>) {
    SETTINGS.with_borrow_mut(|s| s.custom = pairs(flat).into_iter().collect());
}

/// The custom emoji: name → image URL.
pub fn custom_emoji() -> std::collections::HashMap<String, String> {
    SETTINGS.with_borrow(|s| s.custom.clone())
}

/// Emoji names starting with `prefix`, custom ones first, as `[name, character or "", …]`.
pub fn suggestions(prefix: &str, limit: usize) -> Vec<String> {
    let mut out: Vec<String> = SETTINGS.with_borrow(|s| {
        let mut custom: Vec<&String> = s.custom.keys().filter(|n| n.starts_with(prefix)).collect();
        custom.sort();
        custom
            .into_iter()
            .take(limit)
            .flat_map(|n| [n.clone(), String::new()])
            .collect()
    });
    let room = limit.saturating_sub(out.len() / 2);
    for (name, emoji) in mm_markdown::standard_emoji_starting_with(prefix, room) {
        out.push(name.to_owned());
        out.push(emoji.to_owned());
    }
    out
}

/// A standard emoji's character by name, or a custom one's image URL (`Err`).
pub fn emoji(name: &str) -> Option<Result<String, String>> {
    match mm_markdown::standard_emoji(name) {
        Some(Emoji::Unicode(u)) => Some(Ok(u)),
        Some(Emoji::Image(url)) => Some(Err(url)),
        None => SETTINGS.with_borrow(|s| s.custom.get(name).map(|url| Err(url.clone()))),
    }
}

/// A new element with a class (none when `class` is empty): the module's DOM builders share it.
#[cfg(target_arch = "wasm32")]
pub(crate) fn element(
    doc: &web_sys::Document,
    tag: &str,
    class: &str,
) -> Result<web_sys::Element, wasm_bindgen::JsValue> {
    let e = doc.create_element(tag)?;
    if !class.is_empty() {
        e.set_class_name(class);
    }
    Ok(e)
}

#[cfg(target_arch = "wasm32")]
mod web {
    use mm_markdown::Node;
    use wasm_bindgen::prelude::*;

    /// Sets who reads and how the community is set up: the reader's username, the team's
    /// URL name, the image proxy prefix, the wiki's base URL, and the interwiki table as
    /// `[prefix, template, …]`. Empty strings mean "none".
    #[wasm_bindgen]
    pub fn configure(
        me: Option<String>,
        team: String,
        image_proxy: Option<String>,
        wiki_base: Option<String>,
        interwiki: Vec<String>,
    ) {
        super::set_settings(me, team, image_proxy, wiki_base, interwiki);
    }

    /// Sets the custom emoji, as `[name, image URL, …]`.
    #[wasm_bindgen]
    pub fn configure_emoji(flat: Vec<String>) {
        super::set_custom_emoji(flat);
    }

    /// Emoji whose name starts with `prefix`, custom ones first: `[name, character or "",
    /// …]`, at most 8, for `:` autocompletion.
    #[wasm_bindgen]
    pub fn emoji_suggestions(prefix: &str) -> Vec<String> {
        super::suggestions(prefix, 8)
    }

    /// A standard emoji's character by name (`tada` → 🎉), if there is one.
    #[wasm_bindgen]
    pub fn emoji_char(name: &str) -> Option<String> {
        super::emoji(name).and_then(Result::ok)
    }

    /// Opens the emoji picker next to `anchor`. `tr` translates the picker's Fluent ids
    /// (`picker::LABELS`); `on_pick` receives the picked emoji's name.
    #[wasm_bindgen]
    pub fn open_emoji_picker(
        anchor: web_sys::HtmlElement,
        tr: js_sys::Function,
        on_pick: js_sys::Function,
    ) {
        super::picker::web::open(anchor, tr, on_pick);
    }

    /// Search results (eight strings per result: channel id, channel name, post id,
    /// author, ISO time, time as shown, message, words found one per line), grouped by
    /// channel; `jump` labels each result's button, and `open` receives the post id.
    #[wasm_bindgen]
    pub fn render_search_results(
        flat: Vec<String>,
        jump: &str,
        open: js_sys::Function,
    ) -> Option<web_sys::Element> {
        super::search::web::render(&flat, jump, open).ok()
    }

    /// A settings form (see [`crate::form`]): `id` prefixes its ids, `tr` translates,
    /// `submit` receives `[key, value, …]`.
    #[wasm_bindgen]
    pub fn render_form(
        id: &str,
        lines: Vec<String>,
        tr: js_sys::Function,
        submit: js_sys::Function,
    ) -> Option<web_sys::Element> {
        super::form::web::render(id, &lines, &tr, submit).ok()
    }

    fn build(doc: &web_sys::Document, node: &Node) -> Option<web_sys::Node> {
        match node {
            Node::Text(t) => Some(doc.create_text_node(t).into()),
            Node::Element(el) => {
                let e = doc.create_element(el.tag.name()).ok()?;
                for (attr, value) in &el.attrs {
                    e.set_attribute(attr.name(), value).ok()?;
                }
                for child in &el.children {
                    e.append_child(&build(doc, child)?).ok()?;
                }
                Some(e.into())
            }
        }
    }

    /// A message as a `<div class="markdown" dir="auto">`, with the class `all-emoji` when
    /// it is only emoji and `data-mentions-me` when it mentions the reader.
    #[wasm_bindgen]
    pub fn render(text: &str) -> Option<web_sys::Element> {
        let rendered = super::render_tree(text);
        let doc = web_sys::window()?.document()?;
        let root = doc.create_element("div").ok()?;
        root.set_class_name(if rendered.emoji_only {
            "markdown all-emoji"
        } else {
            "markdown"
        });
        root.set_attribute("dir", "auto").ok()?;
        if rendered.mentions_me {
            root.set_attribute("data-mentions-me", "").ok()?;
        }
        for node in &rendered.nodes {
            root.append_child(&build(&doc, node)?).ok()?;
        }
        Some(root)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_reach_the_renderer() {
        set_settings(
            Some("ann".into()),
            "main".into(),
            None,
            Some("https://meta.wikimedia.org/wiki/".into()),
            vec!["phab".into(), "https://phabricator.wikimedia.org/$1".into()],
        );
        let html = mm_markdown::to_html(
            &render_tree("@ann see ~town-square, [[Main Page]] and phab:T1 :tada:").nodes,
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
        assert!(render_tree("@ann").mentions_me);
        set_custom_emoji(vec!["party_parrot".into(), "/api/v4/emoji/e1/image".into()]);
        let html = mm_markdown::to_html(&render_tree(":party_parrot:").nodes);
        assert!(html.contains(r#"src="/api/v4/emoji/e1/image""#), "{html}");
        assert_eq!(emoji("tada"), Some(Ok("🎉".into())));
        assert_eq!(
            emoji("party_parrot"),
            Some(Err("/api/v4/emoji/e1/image".into()))
        );
        assert_eq!(emoji("nope"), None);
        assert_eq!(suggestions("party_p", 8), ["party_parrot", ""]);
        assert_eq!(&suggestions("tad", 8)[..2], ["tada", "🎉"]);
    }

    #[test]
    fn an_odd_interwiki_list_drops_the_last_prefix() {
        assert_eq!(
            pairs(vec!["a".into(), "b".into(), "c".into()]),
            vec![("a".into(), "b".into())]
        );
    }
}
