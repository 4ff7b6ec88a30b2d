//! Dialect fixtures: `fixtures/dialect.txt` holds cases separated by `====`, each an input,
//! a line `----`, and the expected HTML. `UPDATE_FIXTURES=1` rewrites the expectations.
#![allow(clippy::unwrap_used)]

#[path = "support/options.rs"]
mod common;

const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/dialect.txt");

fn render(input: &str) -> String {
    common::with_options(|o| {
        let r = mm_markdown::render(input, o);
        let mut html = mm_markdown::to_html(&r.nodes);
        if r.emoji_only {
            html.push_str("[emoji-only]");
        }
        if r.mentions_me {
            html.push_str("[mentions-me]");
        }
        html
    })
}

#[test]
fn dialect_fixtures() {
    let text = std::fs::read_to_string(PATH).unwrap();
    let mut failures = Vec::new();
    let mut updated = Vec::new();
    for case in text.split("\n====\n") {
        let (input, expected) = case
            .split_once("\n----\n")
            .or_else(|| case.strip_suffix("\n----").map(|i| (i, "")))
            .unwrap_or((case, ""));
        let got = render(input);
        if got.trim_end() != expected.trim_end() {
            failures.push(format!(
                "input:\n{input}\nexpected:\n{expected}\ngot:\n{got}"
            ));
        }
        updated.push(format!("{input}\n----\n{}", got.trim_end()));
    }
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        std::fs::write(PATH, updated.join("\n====\n") + "\n").unwrap();
        return;
    }
    assert!(
        failures.is_empty(),
        "{} of the dialect fixtures differ:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}
