//! The CommonMark 0.31.2 spec examples (npm `commonmark-spec`, installed by `make setup`),
//! rendered by mm-markdown and compared after normalizing what the chat dialect adds on
//! purpose (`dir`, link `target`/`rel`, `<br>` for every line break, void-tag syntax).
//! Examples that the dialect or the safety rules change are listed, each with its reason, in
//! `fixtures/commonmark-exceptions.txt`; any other difference fails.
#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;

const SPEC: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../node_modules/commonmark-spec/spec.txt"
);
const EXCEPTIONS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/commonmark-exceptions.txt"
);
const FENCE: &str = "````````````````````````````````";

struct Example {
    number: usize,
    section: String,
    markdown: String,
    html: String,
}

fn examples(spec: &str) -> Vec<Example> {
    let mut out = Vec::new();
    let mut section = String::new();
    let mut lines = spec.lines();
    while let Some(line) = lines.next() {
        if let Some(h) = line.strip_prefix("## ").or_else(|| line.strip_prefix("# ")) {
            section = h.to_owned();
        }
        if line != format!("{FENCE} example") {
            continue;
        }
        let markdown: Vec<&str> = lines.by_ref().take_while(|l| *l != ".").collect();
        let html: Vec<&str> = lines.by_ref().take_while(|l| *l != FENCE).collect();
        let fix = |v: Vec<&str>| {
            let mut s = v.join("\n").replace('→', "\t");
            if !v.is_empty() {
                s.push('\n');
            }
            s
        };
        out.push(Example {
            number: out.len() + 1,
            section: section.clone(),
            markdown: fix(markdown),
            html: fix(html),
        });
    }
    out
}

/// Removes the differences the dialect makes on purpose.
fn normalize(html: &str) -> String {
    let mut s = html.replace('\n', "");
    for gone in [
        " dir=\"auto\"",
        " dir=\"ltr\"",
        " target=\"_blank\"",
        " rel=\"noopener noreferrer nofollow\"",
        " class=\"markdown-inline-img\"",
    ] {
        s = s.replace(gone, "");
    }
    // Code language: the spec's class, our data attribute (and highlighter class).
    for attr in [
        " class=\"language-",
        " data-language=\"",
        " class=\"hljs language-",
    ] {
        while let Some(at) = s.find(attr) {
            let end = s[at + attr.len()..]
                .find('"')
                .map_or(s.len(), |e| at + attr.len() + e + 1);
            s.replace_range(at..end, "");
        }
    }
    s.replace(" />", ">")
        .replace("<br>", "")
        .replace("&#39;", "'")
}

#[test]
fn commonmark_spec_examples() {
    let spec =
        std::fs::read_to_string(SPEC).expect("the CommonMark spec from npm: run `make setup`");
    let exceptions: BTreeMap<usize, String> = std::fs::read_to_string(EXCEPTIONS)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            l.split_once(':')
                .map(|(n, why)| (n.trim().parse().unwrap(), why.trim().to_owned()))
        })
        .collect();
    let all = examples(&spec);
    assert_eq!(all.len(), 652, "CommonMark 0.31.2 has 652 examples");
    let opts = mm_markdown::Options::default();
    let mut unexpected = Vec::new();
    let mut now_passing = Vec::new();
    let mut passed = 0;
    for ex in &all {
        let ours = mm_markdown::to_html(&mm_markdown::render(&ex.markdown, &opts).nodes);
        let same = normalize(&ours) == normalize(&ex.html);
        match (same, exceptions.contains_key(&ex.number)) {
            (true, false) => passed += 1,
            (true, true) => now_passing.push(ex.number),
            (false, true) => {}
            (false, false) => unexpected.push(format!(
                "example {} ({}):\n{:?}\nspec: {:?}\nours: {:?}",
                ex.number, ex.section, ex.markdown, ex.html, ours
            )),
        }
    }
    eprintln!(
        "CommonMark: {passed} of {} examples pass as the spec; {} are listed exceptions",
        all.len(),
        exceptions.len()
    );
    assert!(
        unexpected.is_empty(),
        "{} unexpected differences:\n\n{}",
        unexpected.len(),
        unexpected.join("\n\n")
    );
    assert!(
        now_passing.is_empty(),
        "listed as exceptions but now pass, remove them: {now_passing:?}"
    );
}
