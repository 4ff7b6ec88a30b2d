//! The tree as HTML, every text and attribute escaped: for tests and e-mail.

use crate::tree::{Attr, Node, Tag};

fn escape(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

fn write(node: &Node, out: &mut String) {
    match node {
        Node::Text(t) => escape(t, out),
        Node::Element(el) => {
            out.push('<');
            out.push_str(el.tag.name());
            for (attr, value) in &el.attrs {
                out.push(' ');
                out.push_str(attr.name());
                // Boolean attributes stand alone; every other one gets its (maybe empty) value.
                if !matches!(attr, Attr::Checked | Attr::Disabled) {
                    out.push_str("=\"");
                    escape(value, out);
                    out.push('"');
                }
            }
            out.push('>');
            if el.tag.is_void() {
                return;
            }
            for child in &el.children {
                write(child, out);
            }
            out.push_str("</");
            out.push_str(el.tag.name());
            out.push('>');
            if matches!(
                el.tag,
                Tag::P | Tag::Li | Tag::Tr | Tag::Pre | Tag::Blockquote | Tag::Table
            ) {
                out.push('\n');
            }
        }
    }
}

/// Serializes nodes to HTML.
pub fn to_html(nodes: &[Node]) -> String {
    let mut out = String::new();
    for n in nodes {
        write(n, &mut out);
    }
    out
}
