//! What a message mentions: `@usernames`, `@channel`/`@all`, `@here`, and `#hashtags`.
//! Code (fenced blocks and inline spans) mentions nothing, as in Mattermost.

/// The mentions and hashtags of a message.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Parsed {
    /// Lowercase candidate usernames (with and without trailing punctuation).
    pub usernames: Vec<String>,
    /// `@channel` or `@all`.
    pub channel_wide: bool,
    /// `@here`.
    pub here: bool,
    /// Hashtags with their `#`, in order, without repeats.
    pub hashtags: Vec<String>,
}

fn name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_')
}

/// Parses a message.
pub fn parse(message: &str) -> Parsed {
    let mut out = Parsed::default();
    let mut fence: Option<(char, usize)> = None;
    for line in message.lines() {
        let trimmed = line.trim_start();
        let marker = trimmed.chars().next().filter(|c| *c == '`' || *c == '~');
        if let Some(m) = marker {
            let run = trimmed.chars().take_while(|c| *c == m).count();
            if run >= 3 {
                match fence {
                    None => fence = Some((m, run)),
                    Some((fm, fr)) if fm == m && run >= fr => fence = None,
                    _ => {}
                }
                continue;
            }
        }
        if fence.is_none() {
            scan(&strip_code_spans(line), &mut out);
        }
    }
    out
}

/// The line with its inline code spans blanked out.
fn strip_code_spans(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '`' {
            let run = chars[i..].iter().take_while(|c| **c == '`').count();
            // Find a closing run of the same length.
            let mut j = i + run;
            let mut close = None;
            while j < chars.len() {
                if chars[j] == '`' {
                    let r = chars[j..].iter().take_while(|c| **c == '`').count();
                    if r == run {
                        close = Some(j + r);
                        break;
                    }
                    j += r;
                } else {
                    j += 1;
                }
            }
            if let Some(end) = close {
                out.push(' ');
                i = end;
                continue;
            }
            for _ in 0..run {
                out.push('`');
            }
            i += run;
            continue;
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

fn scan(text: &str, out: &mut Parsed) {
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let prev = if i == 0 { None } else { Some(chars[i - 1]) };
        if c == '@' && !prev.is_some_and(|p| p.is_alphanumeric() || p == '.' || p == '-') {
            let name: String = chars[i + 1..]
                .iter()
                .take_while(|c| name_char(**c))
                .collect::<String>()
                .to_lowercase();
            let mut candidate = name.as_str();
            loop {
                match candidate {
                    "" => break,
                    "channel" | "all" => out.channel_wide = true,
                    "here" => out.here = true,
                    _ => {
                        if !out.usernames.iter().any(|u| u == candidate) {
                            out.usernames.push(candidate.to_owned());
                        }
                    }
                }
                let shorter = candidate.trim_end_matches(['.', '-', '_']);
                if shorter.len() == candidate.len() {
                    break;
                }
                candidate = shorter;
            }
        } else if c == '#' && prev.is_none_or(char::is_whitespace) {
            let tag: String = chars[i + 1..]
                .iter()
                .take_while(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_'))
                .collect();
            let tag = tag.trim_end_matches(['.', '-', '_']);
            if tag.chars().count() >= 3 && tag.starts_with(char::is_alphabetic) {
                let tag = format!("#{tag}");
                if !out.hashtags.contains(&tag) {
                    out.hashtags.push(tag);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn mentions_outside_code() {
        let p = parse("hi @Ann and @bob. see `@carl` and\n```\n@dave\n```\n@here #release-1.2 #ab");
        assert!(p.usernames.contains(&"ann".to_owned()));
        assert!(p.usernames.contains(&"bob".to_owned()));
        assert!(!p.usernames.iter().any(|u| u == "carl" || u == "dave"));
        assert!(p.here && !p.channel_wide);
        assert_eq!(p.hashtags, vec!["#release-1.2"]);
    }

    #[test]
    fn emails_are_not_mentions() {
        let p = parse("mail ann@example.org or @all");
        assert!(p.usernames.is_empty());
        assert!(p.channel_wide);
    }
}
