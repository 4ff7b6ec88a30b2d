//! Messages as markdown (see `src/markdown.rs`), rendered in the first paint with the
//! reader's settings (`Ctx::markdown`), and the emoji those settings know.

use leptos::prelude::*;

use crate::app::use_ctx;

/// Opens the emoji picker (loaded on first use) next to `anchor`; `then` receives the
/// picked emoji's name.
pub fn pick_emoji(anchor: web_sys::HtmlElement, then: impl FnOnce(String) + 'static) {
    let custom = use_ctx().markdown.with_untracked(|m| m.custom.clone());
    leptos::task::spawn_local(super::emoji_picker::open_emoji_picker(
        anchor,
        custom,
        Box::new(then),
    ));
}

/// Emoji names starting with `prefix` (custom first) with their character (empty for a
/// custom one).
pub fn emoji_suggestions(prefix: &str) -> Vec<(String, String)> {
    use_ctx()
        .markdown
        .with_untracked(|m| m.suggestions(prefix, 8))
}

/// Fills `el` with `text` rendered as markdown, with `words` marked, again whenever the
/// settings change.
fn fill(el: web_sys::Element, (text, words): (String, Vec<String>)) {
    let ctx = use_ctx();
    // A render effect runs now, during the build, so the post never shows empty.
    let effect = RenderEffect::new(move |_| {
        match ctx
            .markdown
            .with(|m| crate::markdown::build(&m.render(&text), &words))
        {
            Ok(node) => el.replace_children_with_node_1(&node),
            Err(_) => el.set_text_content(Some(&text)),
        }
    });
    on_cleanup(move || drop(effect));
}

/// A message's text, with the `words` a search found marked.
#[component]
pub fn Markdown(
    text: String,
    testid: &'static str,
    #[prop(optional)] words: Vec<String>,
) -> impl IntoView {
    view! { <div class="message-text" data-testid=testid use:fill=(text, words)></div> }
}
