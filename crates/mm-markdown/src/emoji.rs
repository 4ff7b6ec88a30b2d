//! The standard emoji (with `emoji-data`): names as in Mattermost (gemoji's short names, and
//! `<name>_<tone>_skin_tone` for skin tones), search, and the picker's list in Unicode's
//! order. The tables are written by build.rs.

use crate::Emoji;

static NAMES: &str = include_str!(concat!(env!("OUT_DIR"), "/emoji.txt"));
static PICKER: &str = include_str!(concat!(env!("OUT_DIR"), "/picker.txt"));
static TONES: &str = include_str!(concat!(env!("OUT_DIR"), "/tones.txt"));

include!("tone.rs");

/// Mattermost's skin tone name suffixes, lightest first: `+1_medium_skin_tone`.
pub const SKIN_TONES: [&str; 5] = [
    "light_skin_tone",
    "medium_light_skin_tone",
    "medium_skin_tone",
    "medium_dark_skin_tone",
    "dark_skin_tone",
];

/// One emoji of the picker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PickerEmoji {
    /// Unicode's group: 0 smileys and emotion, 1 people and body, 2 animals and nature, 3
    /// food and drink, 4 travel and places, 5 activities, 6 objects, 7 symbols, 8 flags.
    pub group: u8,
    /// The emoji.
    pub emoji: &'static str,
    /// Its main short name.
    pub name: &'static str,
    tones: &'static str,
}

impl PickerEmoji {
    /// Whether the emoji comes in skin tones.
    pub fn has_tones(&self) -> bool {
        !self.tones.is_empty()
    }

    /// The emoji and its name in skin tone `tone` (1 lightest to 5 darkest; 0 is the
    /// default), or as it is when it has no skin tones.
    pub fn toned(&self, tone: usize) -> (&'static str, String) {
        let found = tone
            .checked_sub(1)
            .and_then(|i| Some((self.tones.split(' ').nth(i)?, SKIN_TONES.get(i)?)));
        match found {
            Some((emoji, suffix)) if self.has_tones() => (emoji, format!("{}_{suffix}", self.name)),
            _ => (self.emoji, self.name.to_owned()),
        }
    }
}

/// Every standard emoji for the picker, in Unicode's order.
pub fn picker_emoji() -> impl Iterator<Item = PickerEmoji> {
    PICKER.lines().filter_map(|line| {
        let mut f = line.split('\t');
        Some(PickerEmoji {
            group: f.next()?.parse().ok()?,
            emoji: f.next()?,
            name: f.next()?,
            tones: f.next().unwrap_or(""),
        })
    })
}

fn names() -> impl Iterator<Item = (&'static str, &'static str)> {
    NAMES.lines().filter_map(|l| l.split_once('\t'))
}

/// Standard emoji whose short name starts with `prefix`, in name order, at most `limit`:
/// `(name, emoji)`, for autocompletion.
pub fn standard_emoji_starting_with(
    prefix: &str,
    limit: usize,
) -> Vec<(&'static str, &'static str)> {
    names()
        .skip_while(|(code, _)| *code < prefix)
        .take_while(|(code, _)| code.starts_with(prefix))
        .take(limit)
        .collect()
}

/// Standard emoji with a short name containing `query` (any of its names): the exact name
/// first, then names starting with it, then those with a word starting with it
/// (`green_heart`), then the rest, then names that match without underscores, each by name; one entry per emoji, at most `limit`.
pub fn search_emoji(query: &str, limit: usize) -> Vec<(&'static str, &'static str)> {
    let query = query.trim().to_lowercase().replace([' ', '-'], "_");
    let mut found: Vec<(u8, &str, &str)> = names()
        .filter_map(|(name, emoji)| {
            // "thumbs up" finds `thumbsup`, last.
            let Some(at) = name.find(&query) else {
                let squashed = |s: &str| s.replace('_', "");
                return squashed(name)
                    .contains(&squashed(&query))
                    .then_some((4, name, emoji));
            };
            let rank = match at {
                _ if name == query => 0,
                0 => 1,
                _ if name.as_bytes().get(at - 1) == Some(&b'_') => 2,
                _ => 3,
            };
            Some((rank, name, emoji))
        })
        .collect();
    found.sort();
    let mut seen = std::collections::HashSet::new();
    found
        .into_iter()
        .filter(|(_, _, emoji)| seen.insert(*emoji))
        .map(|(_, name, emoji)| (name, emoji))
        .take(limit)
        .collect()
}

/// The emoji of one exact short name.
fn by_name(name: &str) -> Option<&'static str> {
    let bytes = NAMES.as_bytes();
    // Bisection over the sorted lines; `lo` and `hi` are always at line starts.
    let (mut lo, mut hi) = (0, bytes.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = bytes[lo..mid]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(lo, |i| lo + i + 1);
        let end = bytes[start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |i| start + i);
        let (code, emoji) = NAMES[start..end].split_once('\t')?;
        match code.cmp(name) {
            std::cmp::Ordering::Equal => return Some(emoji),
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    None
}

/// A standard emoji by its short name (`smile`, `+1`, `tada`, `wave_medium_skin_tone`), as
/// Unicode.
pub fn standard_emoji(name: &str) -> Option<Emoji> {
    if let Some(emoji) = by_name(name) {
        return Some(Emoji::Unicode(emoji.to_owned()));
    }
    // The longest suffix: `_medium_light_skin_tone` also ends in `_light_skin_tone`.
    let (tone, base) = (1..=SKIN_TONES.len())
        .zip(SKIN_TONES)
        .filter_map(|(tone, suffix)| Some((tone, name.strip_suffix(suffix)?.strip_suffix('_')?)))
        .min_by_key(|(_, base)| base.len())?;
    let emoji = by_name(base)?;
    let (_, tones) = TONES
        .lines()
        .map(|l| l.split_once('\t').unwrap_or((l, "")))
        .find(|(e, _)| *e == emoji)?;
    let toned = match tones.split(' ').nth(tone - 1).filter(|t| !t.is_empty()) {
        Some(t) => t.to_owned(),
        None => with_modifier(emoji, MODIFIERS[tone - 1]),
    };
    Some(Emoji::Unicode(toned))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_skin_tones() {
        let uni = |s: &str| Some(Emoji::Unicode(s.into()));
        assert_eq!(standard_emoji("tada"), uni("🎉"));
        assert_eq!(standard_emoji("+1"), uni("👍"));
        assert_eq!(standard_emoji("+1_light_skin_tone"), uni("👍🏻"));
        assert_eq!(standard_emoji("thumbsup_medium_light_skin_tone"), uni("👍🏼"));
        assert_eq!(standard_emoji("wave_medium_skin_tone"), uni("👋🏽"));
        assert_eq!(standard_emoji("+1_medium_dark_skin_tone"), uni("👍🏾"));
        assert_eq!(standard_emoji("+1_dark_skin_tone"), uni("👍🏿"));
        // No skin tones on a face, and no half names.
        assert_eq!(standard_emoji("smile_dark_skin_tone"), None);
        assert_eq!(standard_emoji("_dark_skin_tone"), None);
        assert_eq!(standard_emoji("dark_skin_tone"), None);
        assert_eq!(standard_emoji("nope"), None);
    }

    #[test]
    fn the_picker_lists_groups_in_order_with_tones() {
        let all: Vec<PickerEmoji> = picker_emoji().collect();
        assert!(all.len() > 1500, "{}", all.len());
        assert!(all.windows(2).all(|w| w[0].group <= w[1].group));
        assert_eq!(all[0].group, 0);
        assert_eq!(all.last().map(|e| e.group), Some(8));
        let wave = all.iter().find(|e| e.name == "wave").copied();
        let wave = wave.expect("wave");
        assert!(wave.has_tones());
        assert_eq!(wave.toned(0), ("👋", "wave".into()));
        assert_eq!(wave.toned(5), ("👋🏿", "wave_dark_skin_tone".into()));
        let smile = all.iter().find(|e| e.name == "smile").copied();
        assert_eq!(smile.map(|s| s.toned(3).1), Some("smile".into()));
        // Every picker name resolves, toned or not.
        for e in &all {
            assert!(standard_emoji(e.name).is_some(), "{}", e.name);
            if e.has_tones() {
                let (emoji, name) = e.toned(2);
                assert_eq!(standard_emoji(&name), Some(Emoji::Unicode(emoji.into())));
            }
        }
    }

    #[test]
    fn search_ranks_word_starts_first_and_lists_an_emoji_once() {
        let found = search_emoji("heart", 100);
        assert_eq!(found.first().map(|f| f.0), Some("heart"));
        let hearts: Vec<&str> = found.iter().map(|f| f.1).collect();
        let mut unique = hearts.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), hearts.len());
        assert!(found.iter().any(|f| f.0 == "green_heart"));
        assert!(search_emoji("Thumbs Up", 5).iter().any(|f| f.1 == "👍"));
        assert!(search_emoji("zzzzqq", 5).is_empty());
        assert_eq!(search_emoji("a", 3).len(), 3);
    }
}
