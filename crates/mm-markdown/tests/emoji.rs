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
fn names_complete_by_prefix_in_order() {
    let found = mm_markdown::standard_emoji_starting_with("smile", 3);
    assert_eq!(found[0], ("smile", "😄"));
    assert!(found.len() == 3 && found.iter().all(|(n, _)| n.starts_with("smile")));
    assert!(found.windows(2).all(|w| w[0].0 < w[1].0));
    assert!(mm_markdown::standard_emoji_starting_with("zzzz", 5).is_empty());
    assert_eq!(
        mm_markdown::standard_emoji_starting_with("+1", 1),
        [("+1", "👍")]
    );
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
