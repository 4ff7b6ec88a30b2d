//! A message's markdown, built into DOM nodes from mm-markdown's safe tree: element by
//! element, attribute by attribute, text as text. No HTML string is ever parsed.

use leptos::html::Div;
use leptos::prelude::*;
use mm_markdown::{Node, Options};

use crate::app::use_ctx;

fn build(doc: &web_sys::Document, node: &Node) -> Option<web_sys::Node> {
    match node {
        Node::Text(t) => Some(doc.create_text_node(t).into()),
        Node::Element(el) => {
            let e = doc.create_element(el.tag.name()).ok()?;
            for (attr, value) in &el.attrs {
                let _ = e.set_attribute(attr.name(), value);
            }
            for child in &el.children {
                if let Some(c) = build(doc, child) {
                    let _ = e.append_child(&c);
                }
            }
            Some(e.into())
        }
    }
}

/// Renders markdown text.
#[component]
pub fn Markdown(text: String, #[prop(optional)] testid: &'static str) -> impl IntoView {
    let ctx = use_ctx();
    let container = NodeRef::<Div>::new();
    let emoji_only = RwSignal::new(false);
    Effect::new(move |_| {
        let Some(el) = container.get() else { return };
        let (me, team) = ctx.store.with_untracked(|s| {
            let team = s
                .team
                .as_ref()
                .and_then(|t| s.teams.iter().find(|x| &x.id == t))
                .map(|t| t.name.clone());
            (
                s.me.as_ref().map(|u| u.username.clone()),
                team.unwrap_or_default(),
            )
        });
        let opts = Options {
            me: me.as_deref(),
            team: &team,
            ..Default::default()
        };
        let rendered = mm_markdown::render(&text, &opts);
        el.set_text_content(None);
        let doc = document();
        for node in &rendered.nodes {
            if let Some(n) = build(&doc, node) {
                let _ = el.append_child(&n);
            }
        }
        emoji_only.set(rendered.emoji_only);
    });
    view! {
        <div class="markdown" class:all-emoji=move || emoji_only.get() dir="auto" node_ref=container
            data-testid=if testid.is_empty() { "markdown" } else { testid }></div>
    }
}
