//! URL checks: only `http`, `https`, `mailto` and relative URLs pass.

/// The URL if it is safe to put in `href` or `src`, else `None`. The input is what the
/// markdown parser produced, with entities and escapes already decoded; browsers ignore
/// ASCII whitespace and control characters inside a scheme, so those are removed first.
pub fn safe_url(url: &str) -> Option<String> {
    let cleaned: String = url
        .chars()
        .filter(|c| !c.is_ascii_control() && *c != ' ' && *c != '\u{a0}')
        .collect();
    let lower = cleaned.to_ascii_lowercase();
    let scheme_end = lower.find(':');
    let path_start = lower.find(['/', '?', '#']);
    match scheme_end {
        // No colon before the first `/`, `?` or `#`: a relative URL.
        Some(colon) if path_start.is_none_or(|p| colon < p) => {
            let scheme = &lower[..colon];
            let is_scheme = !scheme.is_empty()
                && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c));
            if !is_scheme {
                // Not a scheme (say `a b:c`), but browsers might still guess: refuse.
                return None;
            }
            matches!(scheme, "http" | "https" | "mailto").then_some(cleaned)
        }
        _ => (!cleaned.is_empty() && !cleaned.starts_with("//")).then_some(cleaned),
    }
}

/// Whether a (safe) URL leaves the site: absolute `http(s)`.
pub fn is_external(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// Percent-encodes a query value.
pub(crate) fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Percent-encodes a path segment, keeping characters wikis use in titles readable.
pub(crate) fn encode_path(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~:/()!*,;@$'".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::safe_url;

    #[test]
    fn only_safe_schemes() {
        for ok in [
            "https://x.org/a?b#c",
            "http://x",
            "mailto:a@b.org",
            "/main/channels/x",
            "page#frag",
            "?q=1",
            "a/b:c",
        ] {
            assert!(safe_url(ok).is_some(), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " javascript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "vbscript:msgbox(1)",
            "data:text/html;base64,PHNjcmlwdD4=",
            "data:image/png;base64,iVBOR",
            "file:///etc/passwd",
            "//evil.example/x",
            "\u{1}javascript:alert(1)",
            "",
        ] {
            assert_eq!(safe_url(bad), None, "{bad:?}");
        }
    }
}
