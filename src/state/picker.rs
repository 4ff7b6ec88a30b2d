//! What the emoji picker lists: search, Unicode's categories, skin tones, recently used and
//! the community's custom emoji. `chat/emoji_picker.rs` builds it in the page; both are
//! loaded only when the picker is first opened.

use std::collections::BTreeMap;

use mm_markdown::{Emoji, PickerEmoji};

/// The picker's Fluent ids.
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
    custom: &BTreeMap<String, String>,
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
        Tab::Custom => custom.iter().map(custom_item).collect(),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn custom() -> BTreeMap<String, String> {
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
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/locales/en-US");
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
