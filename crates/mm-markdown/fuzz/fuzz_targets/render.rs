//! Any input renders without panicking, and the output is safe: only known tags, no
//! script, no event handler, and only http, https, mailto or relative URLs.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mm_markdown::{Attr, Emoji, Node, Options, safe_url};

fn emoji(name: &str) -> Option<Emoji> {
    if name == "custom" {
        Some(Emoji::Image("/api/v4/emoji/x/image".into()))
    } else {
        mm_markdown::standard_emoji(name)
    }
}

fn check(nodes: &[Node]) {
    for node in nodes {
        if let Node::Element(el) = node {
            for (attr, value) in &el.attrs {
                if matches!(attr, Attr::Href | Attr::Src) {
                    assert_eq!(
                        safe_url(value).as_deref(),
                        Some(value.as_ref()),
                        "unsafe URL {value:?}"
                    );
                }
            }
            check(&el.children);
        }
    }
}

fuzz_target!(|input: &str| {
    let interwiki = vec![(
        "phab".to_owned(),
        "https://phabricator.wikimedia.org/$1".to_owned(),
    )];
    let opts = Options {
        me: Some("ann"),
        team: "main",
        image_proxy: Some("/api/v4/image?url="),
        emoji: Some(&emoji),
        wiki_base: Some("https://meta.wikimedia.org/wiki/"),
        interwiki: &interwiki,
    };
    let rendered = mm_markdown::render(input, &opts);
    check(&rendered.nodes);
    let html = mm_markdown::to_html(&rendered.nodes).to_ascii_lowercase();
    assert!(!html.contains("<script"), "script in output");
    assert!(
        !html.contains(" on")
            || !html.split('<').skip(1).any(|tag| {
                let tag = tag.split('>').next().unwrap_or_default();
                let mut quoted = false;
                let outside: String = tag
                    .chars()
                    .filter(|c| {
                        if *c == '"' {
                            quoted = !quoted;
                        }
                        !quoted && *c != '"'
                    })
                    .collect();
                outside
                    .split_whitespace()
                    .skip(1)
                    .any(|a| a.starts_with("on"))
            }),
        "event handler in output"
    );
});
