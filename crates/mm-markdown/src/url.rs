//! URL checks: only `http`, `https`, `mailto` and relative URLs pass.

/// The URL if it is safe to put in `href` or `src`, else `None`; percent-encoded as the
/// CommonMark reference renderer does. The input is what the markdown parser produced, with
/// entities and escapes already decoded. It is read as browsers read it: surrounding
/// controls and spaces ignored, tabs and newlines removed anywhere; then only `http`,
/// `https`, `mailto` and scheme-less (relative) URLs pass. Protocol-relative `//host` URLs
/// leave the site without saying so, and are refused.
pub fn safe_url(url: &str) -> Option<String> {
    let trimmed = url.trim_matches(|c: char| c <= ' ');
    let cleaned: String = trimmed
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    // Browsers read `\` as `/` in web URLs: `//host`, `/\host`, `\\host` all leave the site.
    let b = cleaned.as_bytes();
    let leaves = b.len() >= 2 && matches!(b[0], b'/' | b'\\') && matches!(b[1], b'/' | b'\\');
    if leaves || cleaned.chars().any(|c| c.is_control()) {
        return None;
    }
    let lower = cleaned.to_ascii_lowercase();
    let path_start = lower.find(['/', '?', '#']).unwrap_or(lower.len());
    if let Some(colon) = lower[..path_start].find(':') {
        // Only `http`, `https` and `mailto`. A colon in the first segment that is not one of
        // them is refused even when browsers would read a relative path (`a b:c`): safer.
        if !matches!(&lower[..colon], "http" | "https" | "mailto") {
            return None;
        }
    }
    Some(encode_url(&cleaned))
}

/// Percent-encodes what may not appear raw in a URL, keeping existing escapes.
fn encode_url(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii_alphanumeric() || ";/?:@&=+$,-_.!~*'()#%".contains(c) {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
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
            "\\\\evil.example/x",
            "/\\evil.example/x",
            "\u{1}javascript:alert(1)",
            "java\u{0}script:alert(1)",
            "script src=javascript:alert(1)",
            "foo):",
        ] {
            assert_eq!(safe_url(bad), None, "{bad:?}");
        }
    }
}
