//! Messages as markdown. The renderer (crates/markdown-web) is a second wasm module that
//! the chat imports once it is on screen, so it stays out of the first download; until it
//! has arrived, or if it cannot load, messages show as plain text. The module builds DOM
//! nodes from mm-markdown's safe tree: no HTML string is ever parsed.

use std::cell::{Cell, OnceCell, RefCell};

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::app::{Ctx, use_ctx};

#[wasm_bindgen(inline_js = r#"
let md = null;
export function load_markdown() {
  // Trunk puts this snippet in dist/snippets/<crate>/ and the module in dist/markdown/.
  const dir = new URL("../../markdown/", import.meta.url);
  return import(new URL("causerie_markdown.js", dir).href).then(async (m) => {
    await m.default();
    md = m;
    const css = document.createElement("link");
    css.rel = "stylesheet";
    css.href = new URL("emoji.css", dir).href;
    document.head.append(css);
  });
}
export function open_emoji_picker(anchor, tr, pick) { md.open_emoji_picker(anchor, tr, pick); }
export function configure_markdown(me, team, proxy, wiki, interwiki) {
  md.configure(me, team, proxy, wiki, interwiki);
}
export function render_markdown(text) { return md.render(text); }
export function push(op, arg) {
  return import(new URL("../../js/push.js", import.meta.url).href).then((m) => m[op](arg));
}
export function render_form(id, lines, tr, submit) { return md.render_form(id, lines, tr, submit); }
export function render_search_results(flat, jump, open) {
  return md.render_search_results(flat, jump, open);
}
export function configure_emoji(flat) { md.configure_emoji(flat); }
export function emoji_char(name) { return md ? md.emoji_char(name) : undefined; }
export function emoji_suggestions(prefix) { return md ? md.emoji_suggestions(prefix) : []; }
"#)]
extern "C" {
    fn load_markdown() -> js_sys::Promise;
    fn configure_markdown(
        me: Option<String>,
        team: String,
        proxy: Option<String>,
        wiki: Option<String>,
        interwiki: Vec<String>,
    );
    fn render_markdown(text: &str) -> Option<web_sys::Element>;
    /// Web Push in this browser (`public/js/push.js`, imported when first used): `state`,
    /// `subscribe` (with the server's key), `unsubscribe`, `permission`.
    #[wasm_bindgen(js_name = push)]
    fn js_push(op: &str, arg: &str) -> js_sys::Promise;
    #[wasm_bindgen(js_name = render_form)]
    fn js_render_form(
        id: &str,
        lines: Vec<String>,
        tr: &JsValue,
        submit: &JsValue,
    ) -> Option<web_sys::Element>;
    #[wasm_bindgen(js_name = render_search_results)]
    fn js_render_search_results(
        flat: Vec<String>,
        jump: &str,
        open: &JsValue,
    ) -> Option<web_sys::Element>;
    fn configure_emoji(flat: Vec<String>);
    #[wasm_bindgen(js_name = emoji_char)]
    fn js_emoji_char(name: &str) -> Option<String>;
    #[wasm_bindgen(js_name = emoji_suggestions)]
    fn js_emoji_suggestions(prefix: &str) -> Vec<String>;
    #[wasm_bindgen(js_name = open_emoji_picker)]
    fn js_open_emoji_picker(anchor: &web_sys::HtmlElement, tr: &JsValue, pick: &JsValue);
}

/// What to do with the picked emoji's name.
type OnPick = Box<dyn FnOnce(String)>;

thread_local! {
    static ON_PICK: RefCell<Option<OnPick>> = RefCell::new(None);
    /// The picker's two callbacks into the app, made once: Fluent, and the pending pick.
    static HOOKS: OnceCell<(JsValue, JsValue)> = const { OnceCell::new() };
}

/// Opens the emoji picker (it lives in the renderer's module) next to `anchor`; `then`
/// receives the picked emoji's name. Nothing happens before the module has loaded.
pub fn pick_emoji(anchor: web_sys::HtmlElement, then: impl FnOnce(String) + 'static) {
    ON_PICK.set(Some(Box::new(then)));
    HOOKS.with(|h| {
        let (tr, pick) = hooks(h);
        js_open_emoji_picker(&anchor, tr, pick);
    });
}

/// The callbacks into the app: Fluent, and the pending pick; made once.
fn hooks(cell: &OnceCell<(JsValue, JsValue)>) -> &(JsValue, JsValue) {
    cell.get_or_init(|| {
        let tr = Closure::<dyn Fn(String) -> String>::new(|id: String| crate::i18n::tr(&id));
        let pick = Closure::<dyn Fn(String)>::new(|name: String| {
            if let Some(f) = ON_PICK.take() {
                f(name);
            }
        });
        (tr.into_js_value(), pick.into_js_value())
    })
}

/// Runs an operation of `public/js/push.js`; its answer as text ("" on failure).
pub async fn push(op: &str, arg: &str) -> String {
    wasm_bindgen_futures::JsFuture::from(js_push(op, arg))
        .await
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// Fills `host` with a settings form built by the renderer's module (see crates/markdown-web
/// `form.rs` for the lines), once the module is loaded; `submit` gets `[key, value, …]`.
pub fn form(
    host: NodeRef<leptos::html::Div>,
    id: &'static str,
    lines: impl Fn() -> Vec<String> + 'static,
    submit: impl Fn(Vec<String>) + 'static,
) {
    let ctx = use_ctx();
    let submit = Closure::<dyn Fn(Vec<String>)>::new(submit).into_js_value();
    Effect::new(move |_| {
        let (Some(host), true) = (host.get(), ctx.markdown.get() > 0) else {
            return;
        };
        let tr = HOOKS.with(|h| hooks(h).0.clone());
        if let Some(form) = js_render_form(id, lines(), &tr, &submit) {
            host.replace_children_with_node_1(&form);
        }
    });
}

thread_local! {
    /// What a click on a search result does, made once.
    static OPEN_RESULT: OnceCell<JsValue> = const { OnceCell::new() };
}

/// Search results built by the renderer (see `render_search_results` in crates/markdown-web),
/// once it is loaded; a click on one calls `open` with the post's id.
pub fn search_results(
    flat: Vec<String>,
    open: impl Fn(String) + 'static,
) -> Option<web_sys::Element> {
    OPEN_RESULT.with(|cell| {
        let open = cell.get_or_init(|| Closure::<dyn Fn(String)>::new(open).into_js_value());
        js_render_search_results(flat, &crate::i18n::tr("search-jump"), open)
    })
}

/// Emoji names starting with `prefix` (custom first) with their character (empty for a
/// custom one), once the renderer is loaded.
pub fn emoji_suggestions(prefix: &str) -> Vec<(String, String)> {
    let flat = js_emoji_suggestions(prefix);
    flat.chunks(2)
        .filter_map(|p| Some((p.first()?.clone(), p.get(1)?.clone())))
        .collect()
}

/// A standard emoji's character, once the renderer (which holds the emoji data) is loaded.
pub fn emoji_char(name: &str) -> Option<String> {
    js_emoji_char(name)
}

/// A custom emoji's image URL.
pub fn custom_emoji_url(ctx: Ctx, id: &str) -> String {
    format!(
        "{}/api/v4/emoji/{id}/image",
        ctx.api.with_untracked(|a| a.base.clone())
    )
}

thread_local! {
    static STARTED: Cell<bool> = const { Cell::new(false) };
}

/// Imports the renderer (once), then keeps it configured with the reader, the team and the
/// server's wiki settings. `ctx.markdown` counts configurations: 0 means "not loaded".
pub fn load(ctx: Ctx) {
    if STARTED.replace(true) {
        return;
    }
    leptos::task::spawn_local(async move {
        if let Err(e) = wasm_bindgen_futures::JsFuture::from(load_markdown()).await {
            web_sys::console::warn_2(&"markdown renderer not loaded; plain text".into(), &e);
            return;
        }
        let settings = Memo::new(move |_| {
            let base = ctx.api.with(|a| a.base.clone());
            ctx.store.with(|s| {
                let team = s
                    .team
                    .as_ref()
                    .and_then(|t| s.teams.iter().find(|x| &x.id == t))
                    .map(|t| t.name.clone())
                    .unwrap_or_default();
                let interwiki: Vec<String> = s
                    .config
                    .get("CauserieInterwiki")
                    .and_then(|j| {
                        serde_json::from_str::<std::collections::BTreeMap<String, String>>(j).ok()
                    })
                    .into_iter()
                    .flatten()
                    .flat_map(|(prefix, template)| [prefix, template])
                    .collect();
                // External images through the server's proxy, so readers' browsers never
                // contact third-party hosts (Mattermost's `HasImageProxy`).
                let proxy = (s.config.get("HasImageProxy").map(String::as_str) == Some("true"))
                    .then(|| format!("{base}/api/v4/image?url="));
                (
                    s.me.as_ref().map(|u| u.username.clone()),
                    team,
                    proxy,
                    s.config.get("CauserieWikiURL").cloned(),
                    interwiki,
                )
            })
        });
        let emoji = Memo::new(move |_| ctx.store.with(|s| s.custom_emoji.clone()));
        Effect::new(move |_| {
            let (me, team, proxy, wiki, interwiki) = settings.get();
            configure_markdown(me, team, proxy, wiki, interwiki);
            let flat: Vec<String> = emoji.with(|e| {
                e.iter()
                    .flat_map(|(name, id)| [name.clone(), custom_emoji_url(ctx, id)])
                    .collect()
            });
            configure_emoji(flat);
            ctx.markdown.update(|n| *n += 1);
        });
    });
}

/// Fills `el` with `text`: rendered once the renderer is loaded, plain text before.
fn fill(el: web_sys::Element, text: String) {
    let ctx = use_ctx();
    // A render effect runs now, during the build, so the post never shows empty.
    let effect = RenderEffect::new(move |_| {
        let node = (ctx.markdown.get() > 0)
            .then(|| render_markdown(&text))
            .flatten()
            .or_else(|| {
                let p = document().create_element("p").ok()?;
                p.set_class_name("message");
                p.set_attribute("dir", "auto").ok()?;
                p.set_text_content(Some(&text));
                Some(p)
            });
        if let Some(node) = node {
            el.replace_children_with_node_1(&node);
        }
    });
    on_cleanup(move || drop(effect));
}

/// A message's text.
#[component]
pub fn Markdown(text: String, testid: &'static str) -> impl IntoView {
    view! { <div class="message-text" data-testid=testid use:fill=text></div> }
}
