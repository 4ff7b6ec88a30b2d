//! The compact table that build.rs writes answers exactly as the `emojis` crate does.
#![cfg(feature = "emoji-data")]

use mm_markdown::{Emoji, standard_emoji};

#[test]
fn every_short_name_resolves_as_in_the_emojis_crate() {
    let mut n = 0;
    for e in emojis::iter() {
        for code in e.shortcodes() {
            let want = emojis::get_by_shortcode(code).map(|e| Emoji::Unicode(e.as_str().into()));
            assert_eq!(standard_emoji(code), want, ":{code}:");
            n += 1;
        }
    }
    assert!(n > 1800, "only {n} short names");
}

#[test]
fn unknown_names_resolve_to_nothing() {
    for name in [
        "", "+", "zzzz", "smile ", "Smile", "a\tb", "\n", "tada\n", "ééé",
    ] {
        assert_eq!(standard_emoji(name), None, "{name:?}");
    }
    assert_eq!(standard_emoji("+1"), Some(Emoji::Unicode("👍".into())));
}
