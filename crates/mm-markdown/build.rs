//! With `emoji-data`: the standard emoji from the `emojis` crate, written as two compact
//! tables that `src/emoji.rs` reads:
//! - `emoji.txt`: sorted `name\temoji\n` lines, every short name, searched by bisection;
//! - `picker.txt`: one `group\temoji\tname[\ttone1 … tone5]\n` line per emoji in Unicode's
//!   order, for the emoji picker, with the five skin tones where the emoji has them;
//! - `tones.txt`: the emoji that have skin tones, sorted, one per line: alone where each
//!   tone is the modifier after the first character (`src/tone.rs`), else with its five
//!   tones. Rendering needs only this, not the picker's table.

#[cfg(feature = "emoji-data")]
include!("src/tone.rs");

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    #[cfg(feature = "emoji-data")]
    emoji_tables();
}

#[cfg(feature = "emoji-data")]
fn emoji_tables() {
    use emojis::{Group, SkinTone};

    let mut lines: Vec<(String, &str)> = emojis::iter()
        .flat_map(|e| {
            e.shortcodes()
                .map(move |code| (code.to_owned(), e.as_str()))
        })
        .collect();
    lines.sort();
    lines.dedup_by(|a, b| a.0 == b.0);
    let table: String = lines
        .iter()
        .map(|(code, emoji)| format!("{code}\t{emoji}\n"))
        .collect();

    let tones = [
        SkinTone::Light,
        SkinTone::MediumLight,
        SkinTone::Medium,
        SkinTone::MediumDark,
        SkinTone::Dark,
    ];
    let mut picker = String::new();
    let mut toned_emoji: Vec<String> = Vec::new();
    for e in emojis::iter() {
        let group = match e.group() {
            Group::SmileysAndEmotion => 0,
            Group::PeopleAndBody => 1,
            Group::AnimalsAndNature => 2,
            Group::FoodAndDrink => 3,
            Group::TravelAndPlaces => 4,
            Group::Activities => 5,
            Group::Objects => 6,
            Group::Symbols => 7,
            Group::Flags => 8,
        };
        let Some(name) = e.shortcode() else { continue };
        picker.push_str(&format!("{group}\t{}\t{name}", e.as_str()));
        let toned: Vec<&str> = tones
            .iter()
            .filter_map(|&t| e.with_skin_tone(t))
            .map(|t| t.as_str())
            .collect();
        if toned.len() == tones.len() {
            picker.push('\t');
            picker.push_str(&toned.join(" "));
            let regular = toned
                .iter()
                .zip(MODIFIERS)
                .all(|(t, m)| *t == with_modifier(e.as_str(), m));
            toned_emoji.push(if regular {
                e.as_str().to_owned()
            } else {
                format!("{}\t{}", e.as_str(), toned.join(" "))
            });
        }
        picker.push('\n');
    }

    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default());
    toned_emoji.sort();
    let tones: String = toned_emoji.iter().map(|l| format!("{l}\n")).collect();
    for (file, text) in [
        ("emoji.txt", table),
        ("picker.txt", picker),
        ("tones.txt", tones),
    ] {
        if let Err(e) = std::fs::write(out.join(file), text) {
            panic!("cannot write the emoji table {file}: {e}");
        }
    }
}
