//! The options the fixtures are rendered with.

use mm_markdown::{Emoji, Options};

/// Standard emoji from the data crate, and one custom emoji known to the "server".
fn emoji(name: &str) -> Option<Emoji> {
    match name {
        "wikilove" => Some(Emoji::Image("/api/v4/emoji/abc/image".into())),
        _ => mm_markdown::standard_emoji(name),
    }
}

pub fn with_options<T>(f: impl FnOnce(&Options<'_>) -> T) -> T {
    let interwiki = vec![
        (
            "phab".to_owned(),
            "https://phabricator.wikimedia.org/$1".to_owned(),
        ),
        (
            "gerrit".to_owned(),
            "https://gerrit.wikimedia.org/r/$1".to_owned(),
        ),
    ];
    let opts = Options {
        me: Some("ann"),
        team: "main",
        image_proxy: Some("/api/v4/image?url="),
        emoji: Some(&emoji),
        wiki_base: Some("https://meta.wikimedia.org/wiki/"),
        interwiki: &interwiki,
    };
    f(&opts)
}
