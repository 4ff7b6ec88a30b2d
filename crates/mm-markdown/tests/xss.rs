//! Every payload of the shared XSS corpora, rendered: no script element, no event handler,
//! no link or image with a scheme other than http, https, mailto or relative, in the tree
//! and in the HTML.
#![allow(clippy::unwrap_used)]

#[path = "support/options.rs"]
mod common;

use mm_markdown::{Attr, Node, Tag};

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/test-data/xss");

/// The inputs of markdown-it's fixture format: `.`, input, `.`, expected HTML, `.`.
fn markdown_it_inputs(text: &str) -> Vec<String> {
    let mut inputs = Vec::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        if line != "." {
            continue;
        }
        let input: Vec<&str> = lines.by_ref().take_while(|l| *l != ".").collect();
        let _expected: Vec<&str> = lines.by_ref().take_while(|l| *l != ".").collect();
        inputs.push(input.join("\n"));
    }
    inputs
}

fn check_tree(nodes: &[Node], input: &str) {
    for node in nodes {
        let Node::Element(el) = node else { continue };
        for (attr, value) in &el.attrs {
            if matches!(attr, Attr::Href | Attr::Src) {
                let lower: String = value
                    .chars()
                    .filter(|c| !c.is_whitespace() && !c.is_control())
                    .collect::<String>()
                    .to_lowercase();
                let scheme_ok = lower.starts_with("http://")
                    || lower.starts_with("https://")
                    || lower.starts_with("mailto:")
                    || lower.starts_with('/')
                    || !lower
                        .split(['/', '?', '#'])
                        .next()
                        .unwrap_or_default()
                        .contains(':');
                assert!(
                    scheme_ok && !lower.starts_with("//"),
                    "unsafe {attr:?}={value:?} from {input:?}"
                );
            }
        }
        if el.tag == Tag::Img {
            assert!(
                el.attr(Attr::Src).is_some(),
                "an img without a safe src from {input:?}"
            );
        }
        check_tree(&el.children, input);
    }
}

const ALLOWED_TAGS: &[&str] = &[
    "p",
    "br",
    "strong",
    "em",
    "del",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "a",
    "img",
    "span",
    "input",
];

fn check_html(html: &str, input: &str) {
    let lower = html.to_lowercase();
    assert!(
        !lower.contains("<script"),
        "script in {html:?} from {input:?}"
    );
    // Every tag is an allowed one, and no attribute is an event handler or a style.
    for part in lower.split('<').skip(1) {
        let tag = part.split_once('>').map_or(part, |(t, _)| t);
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        assert!(
            ALLOWED_TAGS.contains(&name.as_str()),
            "tag <{name}> in {html:?} from {input:?}"
        );
        let mut in_quotes = false;
        let mut outside = String::new();
        for c in tag.chars() {
            if c == '"' {
                in_quotes = !in_quotes;
            } else if !in_quotes {
                outside.push(c);
            }
        }
        for attr in outside.split_whitespace().skip(1) {
            let attr_name = attr.split('=').next().unwrap_or_default();
            assert!(
                !attr_name.starts_with("on") && attr_name != "style" && attr_name != "srcdoc",
                "attribute {attr_name} in {html:?} from {input:?}"
            );
        }
    }
}

fn check(input: &str) {
    common::with_options(|o| {
        let r = mm_markdown::render(input, o);
        check_tree(&r.nodes, input);
        check_html(&mm_markdown::to_html(&r.nodes), input);
    });
}

#[test]
fn markdown_it_xss_fixtures() {
    let text = std::fs::read_to_string(format!("{CORPUS}/markdown-it-xss.txt")).unwrap();
    let inputs = markdown_it_inputs(&text);
    assert!(inputs.len() >= 10, "the corpus was read");
    for input in &inputs {
        check(input);
    }
}

#[test]
fn payloadbox_xss_payloads() {
    let text =
        std::fs::read_to_string(format!("{CORPUS}/payloadbox-xss-payload-list.txt")).unwrap();
    let mut n = 0;
    for payload in text.lines() {
        check(payload);
        // The same payload as a link target and an image, which markdown users try.
        check(&format!("[x]({payload})"));
        check(&format!("![x]({payload})"));
        n += 1;
    }
    assert!(n > 6000);
    check(&text);
}

#[test]
fn link_and_scheme_tricks() {
    for input in [
        "[a](javascript:alert(1))",
        "[a](JaVaScRiPt:alert(1))",
        "[a]( javascript:alert(1))",
        "[a](<javascript:alert(1)>)",
        "[a](javascript&#58;alert(1))",
        "[a](java&#x09;script:alert(1))",
        "[a](&#106;avascript:alert(1))",
        "[r]\n\n[r]: javascript:alert(1)",
        "<javascript:alert(1)>",
        "<vbscript:msgbox(1)>",
        "![i](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![i](data:image/svg+xml;utf8,<svg onload=alert(1)>)",
        "[a](file:///etc/passwd)",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "[[javascript:alert(1)]]",
        "phab:javascript:alert(1)",
        "~<script>",
        "@<script>",
        ":<img src=x onerror=alert(1)>:",
    ] {
        check(input);
    }
}
