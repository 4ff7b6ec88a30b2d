// Skin tones: the five Fitzpatrick modifiers, lightest first, and the usual way to apply
// one. Shared by build.rs (with `include!`) and `emoji.rs`.

/// The skin tone modifiers, lightest first.
const MODIFIERS: [char; 5] = ['\u{1F3FB}', '\u{1F3FC}', '\u{1F3FD}', '\u{1F3FE}', '\u{1F3FF}'];

/// `emoji` with `modifier` after its first character (in place of an emoji presentation
/// selector there): how most emoji take a skin tone.
fn with_modifier(emoji: &str, modifier: char) -> String {
    let mut chars = emoji.chars();
    let mut out: String = chars.next().into_iter().collect();
    out.push(modifier);
    let rest = chars.as_str();
    out.push_str(rest.strip_prefix('\u{FE0F}').unwrap_or(rest));
    out
}
