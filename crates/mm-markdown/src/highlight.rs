//! A small syntax highlighter for fenced code: comments, strings, numbers and keywords of
//! common languages become spans with a class. Kept tiny on purpose (no grammar engine):
//! it must fit the web app's first download.

use crate::tree::{Attr, Element, Node, Tag};

struct Lang {
    line_comments: &'static [&'static str],
    block_comment: Option<(&'static str, &'static str)>,
    quotes: &'static [char],
    keywords: &'static [&'static str],
    case_insensitive: bool,
}

const C_LIKE_COMMENTS: (&[&str], Option<(&str, &str)>) = (&["//"], Some(("/*", "*/")));

fn lang(name: &str) -> Option<Lang> {
    let (lc, bc) = C_LIKE_COMMENTS;
    Some(match name {
        "rust" | "rs" => Lang {
            line_comments: lc,
            block_comment: bc,
            quotes: &['"'],
            keywords: &[
                "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else",
                "enum", "extern", "false", "fn", "for", "if", "impl", "in", "let", "loop", "match",
                "mod", "move", "mut", "pub", "ref", "return", "self", "Self", "static", "struct",
                "super", "trait", "true", "type", "unsafe", "use", "where", "while",
            ],
            case_insensitive: false,
        },
        "python" | "py" => Lang {
            line_comments: &["#"],
            block_comment: None,
            quotes: &['"', '\''],
            keywords: &[
                "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
                "del", "elif", "else", "except", "False", "finally", "for", "from", "global", "if",
                "import", "in", "is", "lambda", "None", "nonlocal", "not", "or", "pass", "raise",
                "return", "True", "try", "while", "with", "yield",
            ],
            case_insensitive: false,
        },
        "javascript" | "js" | "typescript" | "ts" | "jsx" | "tsx" => Lang {
            line_comments: lc,
            block_comment: bc,
            quotes: &['"', '\'', '`'],
            keywords: &[
                "async",
                "await",
                "break",
                "case",
                "catch",
                "class",
                "const",
                "continue",
                "default",
                "delete",
                "do",
                "else",
                "export",
                "extends",
                "false",
                "finally",
                "for",
                "from",
                "function",
                "if",
                "import",
                "in",
                "instanceof",
                "interface",
                "let",
                "new",
                "null",
                "of",
                "return",
                "switch",
                "this",
                "throw",
                "true",
                "try",
                "type",
                "typeof",
                "undefined",
                "var",
                "void",
                "while",
                "yield",
            ],
            case_insensitive: false,
        },
        "json" => Lang {
            line_comments: &[],
            block_comment: None,
            quotes: &['"'],
            keywords: &["true", "false", "null"],
            case_insensitive: false,
        },
        "bash" | "sh" | "shell" | "zsh" | "console" => Lang {
            line_comments: &["#"],
            block_comment: None,
            quotes: &['"', '\''],
            keywords: &[
                "case", "do", "done", "echo", "elif", "else", "esac", "exit", "export", "fi",
                "for", "function", "if", "in", "local", "return", "then", "until", "while",
            ],
            case_insensitive: false,
        },
        "go" | "golang" => Lang {
            line_comments: lc,
            block_comment: bc,
            quotes: &['"', '`', '\''],
            keywords: &[
                "break",
                "case",
                "chan",
                "const",
                "continue",
                "default",
                "defer",
                "else",
                "fallthrough",
                "false",
                "for",
                "func",
                "go",
                "goto",
                "if",
                "import",
                "interface",
                "map",
                "nil",
                "package",
                "range",
                "return",
                "select",
                "struct",
                "switch",
                "true",
                "type",
                "var",
            ],
            case_insensitive: false,
        },
        "java" | "kotlin" | "c" | "cpp" | "c++" | "h" | "hpp" | "cs" | "csharp" => Lang {
            line_comments: lc,
            block_comment: bc,
            quotes: &['"', '\''],
            keywords: &[
                "auto",
                "bool",
                "boolean",
                "break",
                "case",
                "catch",
                "char",
                "class",
                "const",
                "continue",
                "default",
                "delete",
                "do",
                "double",
                "else",
                "enum",
                "extends",
                "false",
                "final",
                "float",
                "for",
                "if",
                "implements",
                "import",
                "include",
                "int",
                "interface",
                "long",
                "namespace",
                "new",
                "null",
                "nullptr",
                "package",
                "private",
                "protected",
                "public",
                "return",
                "short",
                "static",
                "struct",
                "switch",
                "template",
                "this",
                "throw",
                "throws",
                "true",
                "try",
                "typedef",
                "unsigned",
                "using",
                "var",
                "void",
                "while",
            ],
            case_insensitive: false,
        },
        "sql" | "postgresql" | "mysql" | "sqlite" => Lang {
            line_comments: &["--"],
            block_comment: bc,
            quotes: &['\''],
            keywords: &[
                "and", "as", "asc", "by", "create", "delete", "desc", "distinct", "drop", "from",
                "group", "having", "index", "insert", "into", "is", "join", "left", "like",
                "limit", "not", "null", "on", "or", "order", "primary", "select", "set", "table",
                "union", "update", "values", "where", "with",
            ],
            case_insensitive: true,
        },
        "yaml" | "yml" => Lang {
            line_comments: &["#"],
            block_comment: None,
            quotes: &['"', '\''],
            keywords: &["true", "false", "null", "yes", "no"],
            case_insensitive: false,
        },
        _ => return None,
    })
}

fn span(class: &'static str, text: &str) -> Node {
    Node::Element(Element {
        tag: Tag::Span,
        attrs: vec![(Attr::Class, class.into())],
        children: vec![Node::Text(text.to_owned())],
    })
}

/// The code as highlighted nodes, or `None` for a language it does not know.
pub fn highlight(language: &str, code: &str) -> Option<Vec<Node>> {
    let l = lang(language)?;
    let mut out = Vec::new();
    let mut plain = String::new();
    let flush = |plain: &mut String, out: &mut Vec<Node>| {
        if !plain.is_empty() {
            out.push(Node::Text(std::mem::take(plain)));
        }
    };
    let mut i = 0;
    while i < code.len() {
        let rest = &code[i..];
        let prev = code[..i].chars().next_back();
        let c = rest.chars().next().unwrap_or(' ');
        let token: Option<(&'static str, usize)> = if let Some(lc) =
            l.line_comments.iter().find(|lc| rest.starts_with(**lc))
        {
            let _ = lc;
            Some(("hl-comment", rest.find('\n').unwrap_or(rest.len())))
        } else if let Some((open, close)) = l.block_comment.filter(|(o, _)| rest.starts_with(*o)) {
            Some((
                "hl-comment",
                rest[open.len()..]
                    .find(close)
                    .map_or(rest.len(), |e| open.len() + e + close.len()),
            ))
        } else if l.quotes.contains(&c) {
            let mut end = c.len_utf8();
            let mut escaped = false;
            for (j, ch) in rest[end..].char_indices() {
                if escaped {
                    escaped = false;
                } else if ch == '\\' {
                    escaped = true;
                } else if ch == c {
                    end += j + ch.len_utf8();
                    break;
                } else if ch == '\n' && c != '`' {
                    end += j;
                    break;
                }
                if j + ch.len_utf8() + c.len_utf8() >= rest.len() {
                    end = rest.len();
                }
            }
            Some(("hl-string", end.min(rest.len())))
        } else if c.is_ascii_digit() && !prev.is_some_and(|p| p.is_alphanumeric() || p == '_') {
            Some((
                "hl-number",
                rest.find(|ch: char| !(ch.is_ascii_alphanumeric() || ch == '.' || ch == '_'))
                    .unwrap_or(rest.len()),
            ))
        } else if (c.is_alphabetic() || c == '_')
            && !prev.is_some_and(|p| p.is_alphanumeric() || p == '_')
        {
            let n = rest
                .find(|ch: char| !(ch.is_alphanumeric() || ch == '_'))
                .unwrap_or(rest.len());
            let word = &rest[..n];
            let kw = if l.case_insensitive {
                l.keywords.iter().any(|k| k.eq_ignore_ascii_case(word))
            } else {
                l.keywords.contains(&word)
            };
            if kw {
                Some(("hl-keyword", n))
            } else {
                plain.push_str(word);
                i += n;
                continue;
            }
        } else {
            None
        };
        match token {
            Some((class, n)) if n > 0 => {
                flush(&mut plain, &mut out);
                out.push(span(class, &rest[..n]));
                i += n;
            }
            _ => {
                plain.push(c);
                i += c.len_utf8();
            }
        }
    }
    flush(&mut plain, &mut out);
    Some(out)
}
