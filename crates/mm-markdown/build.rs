//! With `emoji-data`: the standard emoji short names from the `emojis` crate, written as one
//! string of sorted `name\temoji\n` lines that `standard_emoji` searches by bisection.

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    #[cfg(feature = "emoji-data")]
    emoji_table();
}

#[cfg(feature = "emoji-data")]
fn emoji_table() {
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
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default());
    if let Err(e) = std::fs::write(out.join("emoji.txt"), table) {
        panic!("cannot write the emoji table: {e}");
    }
}
