//! The emoji picker in the page, loaded when it is first opened (its chunk holds the
//! emoji data too). It is built in the DOM once and shown again at each opening; what it
//! lists comes from `state/picker.rs`.

use std::cell::RefCell;
use std::collections::BTreeMap;

use leptos::prelude::lazy;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, HtmlElement, HtmlInputElement};

use crate::i18n::tr;
use crate::state::picker::{Glyph, Item, LABELS, Tab, items, remember, step};

const COLUMNS: usize = 8;
const RECENT_KEY: &str = "causerie.emoji.recent";
const TONE_KEY: &str = "causerie.emoji.tone";

/// The picker's parts, built once.
struct Picker {
    root: HtmlElement,
    search: HtmlInputElement,
    tabs: Element,
    heading: Element,
    grid: Element,
    preview: Element,
    tones: Element,
    anchor: Option<HtmlElement>,
    tab: Tab,
    tone: usize,
    /// The community's custom emoji: name → image URL.
    custom: BTreeMap<String, String>,
    /// What to do with the picked emoji's name.
    on_pick: Option<Box<dyn FnOnce(String)>>,
}

thread_local! {
    static PICKER: RefCell<Option<Picker>> = const { RefCell::new(None) };
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn recent() -> Vec<String> {
    storage()
        .and_then(|s| s.get_item(RECENT_KEY).ok().flatten())
        .map(|v| {
            v.split(' ')
                .filter(|n| !n.is_empty())
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

fn el(doc: &Document, tag: &str, class: &str) -> Option<Element> {
    let e = doc.create_element(tag).ok()?;
    e.set_class_name(class);
    Some(e)
}

fn html(e: Element) -> Option<HtmlElement> {
    e.dyn_into().ok()
}

/// Runs `f` for every `event` on `target`; the listener lives as long as the page.
fn listen(target: &Element, event: &str, f: impl FnMut(web_sys::Event) + 'static) {
    let f = Closure::<dyn FnMut(web_sys::Event)>::new(f);
    let _ = target.add_event_listener_with_callback(event, f.as_ref().unchecked_ref());
    // The picker is built once per page: its listeners are never removed.
    f.forget();
}

fn cell(doc: &Document, item: &Item) -> Option<Element> {
    let b = el(doc, "button", "emoji-cell")?;
    b.set_attribute("type", "button").ok()?;
    b.set_attribute("data-name", &item.name).ok()?;
    let label = format!(":{}:", item.name);
    b.set_attribute("aria-label", &label).ok()?;
    b.set_attribute("title", &label).ok()?;
    b.set_attribute("tabindex", "-1").ok()?;
    match &item.glyph {
        Glyph::Char(c) => b.set_text_content(Some(c)),
        Glyph::Image(url) => {
            let img = el(doc, "img", "emoji")?;
            img.set_attribute("src", url).ok()?;
            img.set_attribute("alt", "").ok()?;
            b.append_child(&img).ok()?;
        }
    }
    Some(b)
}

/// Fills the grid for the current tab, query and tone.
fn refresh(p: &Picker) -> Option<()> {
    let doc = web_sys::window()?.document()?;
    let query = p.search.value();
    let custom = &p.custom;
    let recent = recent();
    let items = items(p.tab, &query, p.tone, &recent, custom);
    let title = if query.trim().is_empty() {
        tr(p.tab.label())
    } else {
        tr(LABELS[1])
    };
    p.heading.set_text_content(Some(&title));
    let cells = js_sys::Array::new();
    for item in &items {
        cells.push(&cell(&doc, item)?.into());
    }
    p.grid.replace_children_with_node(&cells);
    if items.is_empty() {
        let none = el(&doc, "p", "emoji-none")?;
        none.set_text_content(Some(&tr(LABELS[13])));
        p.grid.append_child(&none).ok()?;
    }
    if let Some(first) = p.grid.first_element_child() {
        let _ = first.set_attribute("tabindex", "0");
    }
    let tabs = p.tabs.children();
    for (i, (tab, _)) in Tab::ALL.iter().enumerate() {
        let Some(b) = tabs.item(i as u32) else {
            continue;
        };
        let on = *tab == p.tab && query.trim().is_empty();
        let _ = b.set_attribute("aria-selected", if on { "true" } else { "false" });
        let hidden = (*tab == Tab::Custom && custom.is_empty())
            || (*tab == Tab::Recent && recent.is_empty());
        let _ = b.toggle_attribute_with_force("hidden", hidden);
    }
    let tones = p.tones.children();
    for i in 0..tones.length() {
        if let Some(b) = tones.item(i) {
            let on = i as usize == p.tone;
            let _ = b.set_attribute("aria-pressed", if on { "true" } else { "false" });
        }
    }
    p.preview.set_text_content(None);
    Some(())
}

/// Runs `f` on the picker. Focusing an element fires `focusin` at once, whose listener
/// comes back here: such a nested call is skipped rather than borrowing twice.
fn with_picker<R>(f: impl FnOnce(&mut Picker) -> R) -> Option<R> {
    PICKER.with(|cell| cell.try_borrow_mut().ok()?.as_mut().map(f))
}

/// Closes the picker and gives the focus back to what opened it.
pub fn close() {
    let anchor = with_picker(|p| {
        p.root.remove();
        p.on_pick = None;
        p.anchor.take()
    })
    .flatten();
    if let Some(a) = anchor {
        let _ = a.focus();
    }
}

fn pick(name: &str) {
    let mut list = recent();
    remember(&mut list, name);
    if let Some(s) = storage() {
        let _ = s.set_item(RECENT_KEY, &list.join(" "));
    }
    let on_pick = with_picker(|p| p.on_pick.take()).flatten();
    close();
    if let Some(f) = on_pick {
        f(name.to_owned());
    }
}

fn cells(grid: &Element) -> Vec<HtmlElement> {
    let list = grid.children();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter(|e| e.has_attribute("data-name"))
        .filter_map(html)
        .collect()
}

fn build(doc: &Document) -> Option<Picker> {
    let root = html(el(doc, "div", "emoji-picker")?)?;
    root.set_attribute("role", "dialog").ok()?;
    root.set_attribute("data-testid", "emoji-picker").ok()?;
    let search: HtmlInputElement = el(doc, "input", "emoji-search")?.dyn_into().ok()?;
    search.set_type("search");
    search.set_attribute("data-testid", "emoji-search").ok()?;
    let tabs = el(doc, "div", "emoji-tabs")?;
    tabs.set_attribute("role", "tablist").ok()?;
    for (i, (_, icon)) in Tab::ALL.iter().enumerate() {
        let b = el(doc, "button", "emoji-tab")?;
        b.set_attribute("type", "button").ok()?;
        b.set_attribute("role", "tab").ok()?;
        b.set_attribute("data-tab", &i.to_string()).ok()?;
        b.set_text_content(Some(icon));
        tabs.append_child(&b).ok()?;
    }
    let heading = el(doc, "h2", "emoji-heading")?;
    heading.set_id("emoji-heading");
    let grid = el(doc, "div", "emoji-grid")?;
    grid.set_attribute("role", "group").ok()?;
    grid.set_attribute("aria-labelledby", "emoji-heading")
        .ok()?;
    let footer = el(doc, "div", "emoji-footer")?;
    let preview = el(doc, "span", "emoji-preview")?;
    preview.set_attribute("aria-hidden", "true").ok()?;
    let tones = el(doc, "div", "emoji-tones")?;
    for (i, swatch) in ["✋", "✋🏻", "✋🏼", "✋🏽", "✋🏾", "✋🏿"].iter().enumerate()
    {
        let b = el(doc, "button", "emoji-tone")?;
        b.set_attribute("type", "button").ok()?;
        b.set_attribute("data-tone", &i.to_string()).ok()?;
        b.set_text_content(Some(swatch));
        tones.append_child(&b).ok()?;
    }
    footer.append_child(&preview).ok()?;
    footer.append_child(&tones).ok()?;
    for part in [search.as_ref(), &tabs, &heading, &grid, &footer] {
        root.append_child(part).ok()?;
    }

    listen(&search, "input", |_| {
        with_picker(|p| refresh(p));
    });
    listen(&search, "keydown", |ev| {
        let Some(ev) = ev.dyn_ref::<web_sys::KeyboardEvent>() else {
            return;
        };
        let first = with_picker(|p| cells(&p.grid).into_iter().next()).flatten();
        match ev.key().as_str() {
            "Enter" => {
                ev.prevent_default();
                if let Some(name) = first.and_then(|c| c.get_attribute("data-name")) {
                    pick(&name);
                }
            }
            "ArrowDown" => {
                ev.prevent_default();
                if let Some(c) = first {
                    let _ = c.focus();
                }
            }
            _ => {}
        }
    });
    listen(&tabs, "click", |ev| {
        let tab = target_attr(&ev, "data-tab").and_then(|t| t.parse::<usize>().ok());
        if let Some((tab, _)) = tab.and_then(|i| Tab::ALL.get(i)) {
            with_picker(|p| {
                p.tab = *tab;
                p.search.set_value("");
                refresh(p);
                p.grid.set_scroll_top(0);
            });
        }
    });
    listen(&tones, "click", |ev| {
        if let Some(tone) = target_attr(&ev, "data-tone").and_then(|t| t.parse::<usize>().ok()) {
            if let Some(s) = storage() {
                let _ = s.set_item(TONE_KEY, &tone.to_string());
            }
            with_picker(|p| {
                p.tone = tone;
                refresh(p);
            });
        }
    });
    listen(&grid, "click", |ev| {
        if let Some(name) = target_attr(&ev, "data-name") {
            pick(&name);
        }
    });
    for event in ["mouseover", "focusin"] {
        listen(&grid, event, |ev| {
            let name = target_attr(&ev, "data-name");
            with_picker(|p| {
                p.preview
                    .set_text_content(name.map(|n| format!(":{n}:")).as_deref())
            });
        });
    }
    listen(&grid, "keydown", |ev| {
        let Some(ev) = ev.dyn_ref::<web_sys::KeyboardEvent>() else {
            return;
        };
        let key = ev.key();
        if !matches!(
            key.as_str(),
            "ArrowLeft" | "ArrowRight" | "ArrowUp" | "ArrowDown" | "Home" | "End"
        ) {
            return;
        }
        ev.prevent_default();
        // The element to focus is found inside, and focused outside, the borrow.
        let next = with_picker(|p| {
            let all = cells(&p.grid);
            let active = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.active_element());
            let at = all
                .iter()
                .position(|c| active.as_ref() == Some(c.as_ref()))
                .unwrap_or(0);
            let rtl = p.root.closest("[dir=rtl]").ok().flatten().is_some();
            match step(&key, at, all.len(), COLUMNS, rtl) {
                Some(i) => all.get(i).cloned(),
                None => Some(p.search.clone().into()),
            }
        })
        .flatten();
        if let Some(el) = next {
            let _ = el.focus();
        }
    });
    listen(&root, "keydown", |ev| {
        if let Some(ev) = ev.dyn_ref::<web_sys::KeyboardEvent>()
            && ev.key() == "Escape"
        {
            ev.stop_propagation();
            close();
        }
    });
    // A press anywhere else closes it.
    if let Some(body) = doc.body() {
        listen(&body, "mousedown", |ev| {
            let inside = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
                .is_some_and(|n| with_picker(|p| p.root.contains(Some(&n))) == Some(true));
            let open = with_picker(|p| p.root.is_connected()) == Some(true);
            if open && !inside {
                close();
            }
        });
    }
    let tone = storage()
        .and_then(|s| s.get_item(TONE_KEY).ok().flatten())
        .and_then(|t| t.parse().ok())
        .filter(|t| *t < 6)
        .unwrap_or(0);
    Some(Picker {
        root,
        search,
        tabs,
        heading,
        grid,
        preview,
        tones,
        anchor: None,
        tab: Tab::Recent,
        tone,
        custom: BTreeMap::new(),
        on_pick: None,
    })
}

/// The attribute `name` of the event's target or the closest element above it that
/// has one.
fn target_attr(ev: &web_sys::Event, name: &str) -> Option<String> {
    let target = ev.target()?.dyn_into::<Element>().ok()?;
    target
        .closest(&format!("[{name}]"))
        .ok()
        .flatten()?
        .get_attribute(name)
}

/// Places the picker next to `anchor`: above it when there is room, else below, and
/// inside the window. Narrow screens show it as a sheet at the bottom (CSS).
fn place(root: &HtmlElement, anchor: &HtmlElement) -> Option<()> {
    let window = web_sys::window()?;
    let (w, h) = (
        window.inner_width().ok()?.as_f64()?,
        window.inner_height().ok()?.as_f64()?,
    );
    let rect = anchor.get_bounding_client_rect();
    let (pw, ph) = (
        f64::from(root.offset_width()),
        f64::from(root.offset_height()),
    );
    let top = if rect.top() - ph - 4.0 >= 0.0 {
        rect.top() - ph - 4.0
    } else {
        (rect.bottom() + 4.0).min(h - ph).max(0.0)
    };
    let left = (rect.right() - pw).clamp(0.0, (w - pw).max(0.0));
    let style = root.style();
    style.set_property("top", &format!("{top}px")).ok()?;
    style.set_property("left", &format!("{left}px")).ok()
}

/// Opens the picker next to `anchor`, with the community's `custom` emoji (name → image
/// URL); `on_pick` receives the picked emoji's name.
#[lazy]
pub fn open_emoji_picker(
    anchor: HtmlElement,
    custom: BTreeMap<String, String>,
    on_pick: Box<dyn FnOnce(String)>,
) {
    let _ = open(anchor, custom, on_pick);
}

fn open(
    anchor: HtmlElement,
    custom: BTreeMap<String, String>,
    on_pick: Box<dyn FnOnce(String)>,
) -> Option<()> {
    let doc = web_sys::window()?.document()?;
    if PICKER.with_borrow(Option::is_none) {
        let built = build(&doc)?;
        // The picker's style comes with it.
        let style = doc.create_element("style").ok()?;
        style.set_text_content(Some(include_str!("emoji_picker.css")));
        doc.head()?.append_child(&style).ok()?;
        PICKER.set(Some(built));
    }
    with_picker(|p| {
        p.custom = custom;
        p.on_pick = Some(on_pick);
        p.anchor = Some(anchor.clone());
        p.root.set_attribute("aria-label", &tr_label(0)).ok()?;
        p.search.set_placeholder(&tr_label(1));
        p.search.set_attribute("aria-label", &tr_label(1)).ok()?;
        let tabs = p.tabs.children();
        for (i, (tab, _)) in Tab::ALL.iter().enumerate() {
            let label = tr(tab.label());
            if let Some(b) = tabs.item(i as u32) {
                b.set_attribute("aria-label", &label).ok()?;
                b.set_attribute("title", &label).ok()?;
            }
        }
        let tones = p.tones.children();
        for i in 0..6 {
            let label = tr_label(14 + i);
            if let Some(b) = tones.item(i as u32) {
                b.set_attribute("aria-label", &label).ok()?;
                b.set_attribute("title", &label).ok()?;
            }
        }
        p.search.set_value("");
        // Each opening starts at the top: recently used, else the smileys.
        p.tab = if recent().is_empty() {
            Tab::Group(0)
        } else {
            Tab::Recent
        };
        refresh(p);
        doc.body()?.append_child(&p.root).ok()?;
        place(&p.root, &anchor);
        Some(p.search.clone())
    })
    .flatten()?
    .focus()
    .ok()
}

fn tr_label(i: usize) -> String {
    tr(LABELS.get(i).copied().unwrap_or_default())
}
