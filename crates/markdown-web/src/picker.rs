//! The emoji picker: search, Unicode's categories, skin tones, recently used and the
//! community's custom emoji. It lives in this lazily loaded module with the emoji data, so
//! neither is in the app's first download. What it lists is plain Rust (tested natively);
//! the `web` part builds it in the DOM once and shows it again at each opening.

use std::collections::HashMap;

use mm_markdown::{Emoji, PickerEmoji};

/// The Fluent ids the picker asks the app to translate.
pub const LABELS: [&str; 20] = [
    "emoji-picker",
    "emoji-search",
    "emoji-recent",
    "emoji-custom",
    "emoji-group-smileys",
    "emoji-group-people",
    "emoji-group-nature",
    "emoji-group-food",
    "emoji-group-travel",
    "emoji-group-activities",
    "emoji-group-objects",
    "emoji-group-symbols",
    "emoji-group-flags",
    "emoji-none",
    "emoji-tone-default",
    "emoji-tone-light",
    "emoji-tone-medium-light",
    "emoji-tone-medium",
    "emoji-tone-medium-dark",
    "emoji-tone-dark",
];

/// How many recently used emoji are kept.
pub const RECENT: usize = 27;

/// A section of the picker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    /// What the reader picked last.
    Recent,
    /// The community's emoji.
    Custom,
    /// One of Unicode's groups (0 to 8).
    Group(u8),
}

impl Tab {
    /// Every tab, in order, with the emoji that stands for it.
    pub const ALL: [(Tab, &'static str); 11] = [
        (Tab::Recent, "🕘"),
        (Tab::Custom, "⭐"),
        (Tab::Group(0), "😀"),
        (Tab::Group(1), "👋"),
        (Tab::Group(2), "🐻"),
        (Tab::Group(3), "🍔"),
        (Tab::Group(4), "🚗"),
        (Tab::Group(5), "⚽"),
        (Tab::Group(6), "💡"),
        (Tab::Group(7), "🔣"),
        (Tab::Group(8), "🏁"),
    ];

    /// The Fluent id of its name.
    pub fn label(self) -> &'static str {
        match self {
            Tab::Recent => LABELS[2],
            Tab::Custom => LABELS[3],
            Tab::Group(g) => LABELS.get(4 + usize::from(g)).copied().unwrap_or(LABELS[4]),
        }
    }
}

/// What a picker cell shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Glyph {
    /// A standard emoji.
    Char(String),
    /// A custom emoji's image URL.
    Image(String),
}

/// One emoji to pick: its name (what a reaction or `:name:` uses) and how it looks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// The name, toned when a skin tone applies: `wave_medium_skin_tone`.
    pub name: String,
    /// How it looks.
    pub glyph: Glyph,
}

fn standard(e: PickerEmoji, tone: usize) -> Item {
    let (emoji, name) = e.toned(tone);
    Item {
        name,
        glyph: Glyph::Char(emoji.to_owned()),
    }
}

/// What the picker lists: the search results when there is a query (custom emoji first),
/// else the tab's emoji; standard ones in skin tone `tone` where they have tones.
pub fn items(
    tab: Tab,
    query: &str,
    tone: usize,
    recent: &[String],
    custom: &HashMap<String, String>,
) -> Vec<Item> {
    let query = query.trim().to_lowercase();
    let custom_item = |(name, url): (&String, &String)| Item {
        name: name.clone(),
        glyph: Glyph::Image(url.clone()),
    };
    if !query.is_empty() {
        let mut found: Vec<Item> = custom
            .iter()
            .filter(|(name, _)| name.contains(&query))
            .map(custom_item)
            .collect();
        found.sort_by(|a, b| a.name.cmp(&b.name));
        let all: Vec<PickerEmoji> = mm_markdown::picker_emoji().collect();
        found.extend(
            mm_markdown::search_emoji(&query, 120)
                .into_iter()
                .map(
                    |(name, emoji)| match all.iter().find(|p| p.emoji == emoji) {
                        Some(p) if p.has_tones() => standard(*p, tone),
                        _ => Item {
                            name: name.to_owned(),
                            glyph: Glyph::Char(emoji.to_owned()),
                        },
                    },
                ),
        );
        return found;
    }
    match tab {
        Tab::Recent => recent
            .iter()
            .filter_map(|name| {
                let glyph = match mm_markdown::standard_emoji(name) {
                    Some(Emoji::Unicode(c)) => Glyph::Char(c),
                    _ => Glyph::Image(custom.get(name)?.clone()),
                };
                Some(Item {
                    name: name.clone(),
                    glyph,
                })
            })
            .collect(),
        Tab::Custom => {
            let mut all: Vec<Item> = custom.iter().map(custom_item).collect();
            all.sort_by(|a, b| a.name.cmp(&b.name));
            all
        }
        Tab::Group(g) => mm_markdown::picker_emoji()
            .filter(|e| e.group == g)
            .map(|e| standard(e, tone))
            .collect(),
    }
}

/// Puts `name` first among the recently used, at most [`RECENT`].
pub fn remember(recent: &mut Vec<String>, name: &str) {
    recent.retain(|n| n != name);
    recent.insert(0, name.to_owned());
    recent.truncate(RECENT);
}

/// The cell `keys` moves focus to from `at` of `count`, with `columns` per row; `None` to
/// leave the grid (up from the first row goes back to the search box).
pub fn step(key: &str, at: usize, count: usize, columns: usize, rtl: bool) -> Option<usize> {
    let last = count.checked_sub(1)?;
    let (next, back) = if rtl {
        ("ArrowLeft", "ArrowRight")
    } else {
        ("ArrowRight", "ArrowLeft")
    };
    match key {
        k if k == next => Some((at + 1).min(last)),
        k if k == back => Some(at.saturating_sub(1)),
        "ArrowDown" => Some((at + columns).min(last)),
        "ArrowUp" => at.checked_sub(columns),
        "Home" => Some(0),
        "End" => Some(last),
        _ => Some(at),
    }
}

#[cfg(target_arch = "wasm32")]
pub mod web {
    //! The picker in the page.

    use std::cell::RefCell;

    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::*;
    use web_sys::{Document, Element, HtmlElement, HtmlInputElement};

    use super::{Glyph, Item, LABELS, Tab};

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
        /// The app's translation function (Fluent id → text) and what to do with a pick.
        tr: Option<js_sys::Function>,
        on_pick: Option<js_sys::Function>,
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
        crate::element(doc, tag, class).ok()
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

    fn tr(p: &Picker, id: &str) -> String {
        p.tr.as_ref()
            .and_then(|f| f.call1(&JsValue::NULL, &id.into()).ok())
            .and_then(|v| v.as_string())
            .unwrap_or_else(|| id.to_owned())
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
        let custom = crate::custom_emoji();
        let recent = recent();
        let items = super::items(p.tab, &query, p.tone, &recent, &custom);
        let title = if query.trim().is_empty() {
            tr(p, p.tab.label())
        } else {
            tr(p, LABELS[1])
        };
        p.heading.set_text_content(Some(&title));
        let cells = js_sys::Array::new();
        for item in &items {
            cells.push(&cell(&doc, item)?.into());
        }
        p.grid.replace_children_with_node(&cells);
        if items.is_empty() {
            let none = el(&doc, "p", "emoji-none")?;
            none.set_text_content(Some(&tr(p, LABELS[13])));
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
        super::remember(&mut list, name);
        if let Some(s) = storage() {
            let _ = s.set_item(RECENT_KEY, &list.join(" "));
        }
        let on_pick = with_picker(|p| p.on_pick.take()).flatten();
        close();
        if let Some(f) = on_pick {
            let _ = f.call1(&JsValue::NULL, &name.into());
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
            if let Some(tone) = target_attr(&ev, "data-tone").and_then(|t| t.parse::<usize>().ok())
            {
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
                match super::step(&key, at, all.len(), COLUMNS, rtl) {
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
            tr: None,
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

    /// Opens the picker next to `anchor`; `tr` translates Fluent ids, `on_pick` receives the
    /// picked emoji's name.
    pub fn open(
        anchor: HtmlElement,
        translate: js_sys::Function,
        on_pick: js_sys::Function,
    ) -> Option<()> {
        let doc = web_sys::window()?.document()?;
        if PICKER.with_borrow(Option::is_none) {
            let built = build(&doc)?;
            PICKER.set(Some(built));
        }
        with_picker(|p| {
            p.tr = Some(translate);
            p.on_pick = Some(on_pick);
            p.anchor = Some(anchor.clone());
            p.root.set_attribute("aria-label", &tr_label(p, 0)).ok()?;
            p.search.set_placeholder(&tr_label(p, 1));
            p.search.set_attribute("aria-label", &tr_label(p, 1)).ok()?;
            let tabs = p.tabs.children();
            for (i, (tab, _)) in Tab::ALL.iter().enumerate() {
                let label = tr(p, tab.label());
                if let Some(b) = tabs.item(i as u32) {
                    b.set_attribute("aria-label", &label).ok()?;
                    b.set_attribute("title", &label).ok()?;
                }
            }
            let tones = p.tones.children();
            for i in 0..6 {
                let label = tr_label(p, 14 + i);
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

    fn tr_label(p: &Picker, i: usize) -> String {
        tr(p, LABELS.get(i).copied().unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn custom() -> HashMap<String, String> {
        [("party_parrot", "/e/1"), ("wiki_heart", "/e/2")]
            .into_iter()
            .map(|(a, b)| (a.to_owned(), b.to_owned()))
            .collect()
    }

    #[test]
    fn tabs_list_their_emoji_in_the_reader_tone() {
        let smileys = items(Tab::Group(0), "", 0, &[], &custom());
        assert_eq!(smileys.first().map(|i| i.name.as_str()), Some("grinning"));
        let people = items(Tab::Group(1), "", 3, &[], &custom());
        let wave = people.iter().find(|i| i.name.starts_with("wave"));
        assert_eq!(
            wave,
            Some(&Item {
                name: "wave_medium_skin_tone".into(),
                glyph: Glyph::Char("👋🏽".into())
            })
        );
        let flags = items(Tab::Group(8), "", 3, &[], &custom());
        assert!(flags.len() > 200, "{}", flags.len());
        let names: Vec<String> = items(Tab::Custom, "", 0, &[], &custom())
            .into_iter()
            .map(|i| i.name)
            .collect();
        assert_eq!(names, ["party_parrot", "wiki_heart"]);
    }

    #[test]
    fn search_puts_custom_emoji_first_and_tones_results() {
        let found = items(Tab::Group(0), " Heart", 0, &[], &custom());
        assert_eq!(
            found.first(),
            Some(&Item {
                name: "wiki_heart".into(),
                glyph: Glyph::Image("/e/2".into())
            })
        );
        assert!(found.iter().any(|i| i.name == "heart"));
        let thumbs = items(Tab::Recent, "+1", 5, &[], &custom());
        assert_eq!(
            thumbs.first().map(|i| i.name.as_str()),
            Some("+1_dark_skin_tone")
        );
        assert!(items(Tab::Custom, "zzqq", 0, &[], &custom()).is_empty());
    }

    #[test]
    fn recently_used_first_without_repeats_and_bounded() {
        let mut recent = vec!["tada".to_owned(), "gone_custom".to_owned()];
        remember(&mut recent, "party_parrot");
        remember(&mut recent, "tada");
        assert_eq!(recent, ["tada", "party_parrot", "gone_custom"]);
        let shown: Vec<String> = items(Tab::Recent, "", 0, &recent, &custom())
            .into_iter()
            .map(|i| i.name)
            .collect();
        // A deleted custom emoji is no longer offered.
        assert_eq!(shown, ["tada", "party_parrot"]);
        for i in 0..40 {
            remember(&mut recent, &format!("e{i}"));
        }
        assert_eq!(recent.len(), RECENT);
        assert_eq!(recent[0], "e39");
    }

    #[test]
    fn arrows_move_through_the_grid_and_up_leaves_it() {
        assert_eq!(step("ArrowRight", 0, 20, 8, false), Some(1));
        assert_eq!(step("ArrowLeft", 0, 20, 8, true), Some(1));
        assert_eq!(step("ArrowLeft", 0, 20, 8, false), Some(0));
        assert_eq!(step("ArrowDown", 15, 20, 8, false), Some(19));
        assert_eq!(step("ArrowUp", 9, 20, 8, false), Some(1));
        assert_eq!(step("ArrowUp", 3, 20, 8, false), None);
        assert_eq!(step("End", 3, 20, 8, false), Some(19));
        assert_eq!(step("Home", 3, 0, 8, false), None);
    }

    #[test]
    fn every_label_is_in_the_english_locale() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../locales/en-US");
        let mut text = String::new();
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            text.push_str(&std::fs::read_to_string(entry.path()).unwrap_or_default());
        }
        for id in LABELS {
            assert!(
                text.lines().any(|l| l.starts_with(&format!("{id} ="))),
                "{id} is not in locales/en-US"
            );
        }
    }
}
