//! Message search: Mattermost's query syntax, and the text that the full-text index holds.
//!
//! The index is SQLite FTS5 with the `unicode61` tokenizer (case and diacritics folded,
//! combining marks kept inside words so that Devanagari or Arabic words stay whole). Scripts
//! written without spaces (Chinese, Japanese, Korean, Thai…) get a space around each
//! character before indexing, and a query's run of such characters becomes a phrase of
//! them: `東京` finds `東京タワー` and not `京東`. Arabic vowel marks and tatweel are dropped
//! and alef forms unified, as Arabic readers expect. Queries pass through the same
//! [`index_text`], so both sides always agree.

use unicode_normalization::UnicodeNormalization;

/// One thing to look for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Term {
    /// A word, or a run of words the tokenizer splits (`e-mail`): matched as a phrase.
    Words(String),
    /// `prefix*`.
    Prefix(String),
    /// `"a quoted phrase"`.
    Phrase(String),
    /// `#hashtag` (without `#`).
    Hashtag(String),
}

/// A parsed search.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    /// Terms to find (all of them, or any with `is_or_search`).
    pub terms: Vec<Term>,
    /// `-word`, `-"phrase"`: posts with these are left out.
    pub excluded: Vec<Term>,
    /// `from:username`.
    pub from: Vec<String>,
    /// `-from:username`.
    pub not_from: Vec<String>,
    /// `in:channel-name` (or `in:@username` for a direct message).
    pub in_channels: Vec<String>,
    /// `-in:channel-name`.
    pub not_in: Vec<String>,
    /// `before:`, `after:`, `on:` dates (`YYYY-MM-DD`).
    pub before: Option<Date>,
    /// See `before`.
    pub after: Option<Date>,
    /// See `before`.
    pub on: Option<Date>,
}

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date {
    /// Year.
    pub y: i64,
    /// Month, 1–12.
    pub m: u32,
    /// Day, 1–31.
    pub d: u32,
}

const DAY_MS: i64 = 86_400_000;

impl Date {
    fn parse(s: &str) -> Option<Date> {
        let mut it = s.split('-');
        let y: i64 = it.next()?.parse().ok()?;
        let m: u32 = it.next()?.parse().ok()?;
        let d: u32 = it.next()?.parse().ok()?;
        let date = Date { y, m, d };
        (it.next().is_none() && (1..=12).contains(&m) && d >= 1 && d <= date.month_days())
            .then_some(date)
    }

    fn month_days(self) -> u32 {
        match self.m {
            2 if (self.y % 4 == 0 && self.y % 100 != 0) || self.y % 400 == 0 => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        }
    }

    /// Midnight at the start of the day, in ms, where the clock is `offset_secs` ahead of
    /// UTC (the searcher's time zone).
    pub fn start_ms(self, offset_secs: i64) -> i64 {
        // Days since 1970-01-01 (Howard Hinnant's days_from_civil).
        let y = if self.m <= 2 { self.y - 1 } else { self.y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.m);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.d) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        let days = era * 146_097 + doe - 719_468;
        days * DAY_MS - offset_secs * 1000
    }
}

impl Query {
    /// Parses Mattermost's search syntax. Unknown `word:` prefixes are plain words.
    pub fn parse(text: &str) -> Query {
        let mut q = Query::default();
        let mut rest = text.trim();
        while !rest.is_empty() {
            let negated =
                rest.starts_with('-') && rest[1..].starts_with(|c: char| !c.is_whitespace());
            if negated {
                rest = &rest[1..];
            }
            // A quoted phrase runs to the next quote.
            if let Some(inner) = rest.strip_prefix('"') {
                let end = inner.find('"').unwrap_or(inner.len());
                let phrase = inner[..end].trim().to_owned();
                rest = inner.get(end + 1..).unwrap_or("").trim_start();
                if !phrase.is_empty() {
                    let list = if negated {
                        &mut q.excluded
                    } else {
                        &mut q.terms
                    };
                    list.push(Term::Phrase(phrase));
                }
                continue;
            }
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            let word = &rest[..end];
            rest = rest[end..].trim_start();
            let (key, value) = word.split_once(':').unwrap_or(("", word));
            let value = value.trim_start_matches('@');
            match (key.to_lowercase().as_str(), negated) {
                ("from", false) if !value.is_empty() => q.from.push(value.to_lowercase()),
                ("from", true) if !value.is_empty() => q.not_from.push(value.to_lowercase()),
                ("in" | "channel", false) if !value.is_empty() => q
                    .in_channels
                    .push(value.trim_start_matches('~').to_lowercase()),
                ("in" | "channel", true) if !value.is_empty() => {
                    q.not_in.push(value.trim_start_matches('~').to_lowercase())
                }
                ("before", _) if Date::parse(value).is_some() => q.before = Date::parse(value),
                ("after", _) if Date::parse(value).is_some() => q.after = Date::parse(value),
                ("on", _) if Date::parse(value).is_some() => q.on = Date::parse(value),
                _ => {
                    let term = if let Some(tag) = word.strip_prefix('#').filter(|t| !t.is_empty()) {
                        Term::Hashtag(tag.trim_end_matches('*').to_owned())
                    } else if let Some(prefix) = word.strip_suffix('*').filter(|p| !p.is_empty()) {
                        Term::Prefix(prefix.to_owned())
                    } else {
                        Term::Words(word.to_owned())
                    };
                    // Punctuation alone (`-`, `*`, `&`) finds nothing and is dropped.
                    if fts_term(&term).is_some() {
                        let list = if negated {
                            &mut q.excluded
                        } else {
                            &mut q.terms
                        };
                        list.push(term);
                    }
                }
            }
        }
        q
    }

    /// The creation time range, in ms, from `before:`, `after:` and `on:`: `after:` and
    /// `before:` exclude their own day, as in Mattermost.
    pub fn time_range(&self, offset_secs: i64) -> (Option<i64>, Option<i64>) {
        let mut since = self.after.map(|d| d.start_ms(offset_secs) + DAY_MS);
        let mut until = self.before.map(|d| d.start_ms(offset_secs));
        if let Some(on) = self.on {
            let start = on.start_ms(offset_secs);
            since = Some(since.map_or(start, |s| s.max(start)));
            until = Some(until.map_or(start + DAY_MS, |u| u.min(start + DAY_MS)));
        }
        (since, until)
    }

    /// The FTS5 expression for the terms (`None` when there is no text to look for), all
    /// of them or, with `any`, at least one; excluded terms become `NOT`.
    pub fn fts(&self, any: bool) -> Option<String> {
        let parts: Vec<String> = self.terms.iter().filter_map(fts_term).collect();
        if parts.is_empty() {
            return None;
        }
        let mut expr = parts.join(if any { " OR " } else { " AND " });
        if parts.len() > 1 {
            expr = format!("({expr})");
        }
        for ex in self.excluded.iter().filter_map(fts_term) {
            expr = format!("{expr} NOT {ex}");
        }
        Some(expr)
    }

    /// The FTS5 expression matching any excluded term, for searches with only filters.
    pub fn fts_excluded(&self) -> Option<String> {
        let parts: Vec<String> = self.excluded.iter().filter_map(fts_term).collect();
        (!parts.is_empty()).then(|| parts.join(" OR "))
    }

    /// The hashtags the post must carry.
    pub fn hashtags(&self) -> impl Iterator<Item = &str> {
        self.terms.iter().filter_map(|t| match t {
            Term::Hashtag(tag) => Some(tag.as_str()),
            _ => None,
        })
    }

    /// Whether there is anything to search for.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
            && self.from.is_empty()
            && self.in_channels.is_empty()
            && self.before.is_none()
            && self.after.is_none()
            && self.on.is_none()
    }

    /// The words of `message` that the terms found, as written, for highlighting.
    pub fn matches(&self, message: &str) -> Vec<String> {
        let wanted: Vec<(Vec<String>, bool)> = self
            .terms
            .iter()
            .map(|t| match t {
                Term::Prefix(p) => (tokens(p), true),
                Term::Words(w) | Term::Phrase(w) | Term::Hashtag(w) => (tokens(w), false),
            })
            .collect();
        let mut out: Vec<String> = Vec::new();
        // Words as written, each with its folded tokens.
        for word in message.split(|c: char| c.is_whitespace()) {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '#');
            if word.is_empty() {
                continue;
            }
            let folded = tokens(word);
            let hit = wanted.iter().any(|(tok, prefix)| {
                tok.iter().any(|t| {
                    folded
                        .iter()
                        .any(|f| f == t || (*prefix && f.starts_with(t.as_str())))
                })
            });
            if hit && !out.iter().any(|o| o.to_lowercase() == word.to_lowercase()) {
                out.push(word.to_owned());
            }
        }
        out
    }
}

/// Scripts written without spaces between words: each character is a word for the index.
fn unspaced(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0EFF       // Thai, Lao
        | 0x1000..=0x109F     // Myanmar
        | 0x1780..=0x17FF     // Khmer
        | 0x3040..=0x30FF     // Hiragana, Katakana
        | 0x3100..=0x312F     // Bopomofo
        | 0x3400..=0x4DBF     // CJK extension A
        | 0x4E00..=0x9FFF     // CJK unified ideographs
        | 0xAC00..=0xD7AF     // Hangul syllables
        | 0xF900..=0xFAFF     // CJK compatibility ideographs
        | 0xFF66..=0xFF9D     // half-width Katakana
        | 0x20000..=0x2FA1F) // CJK extensions B–F
}

/// The text the index holds for `message`, and the form a query term takes: compatibility
/// forms unified (NFKC), Arabic vowel marks dropped and alef forms unified, and a space
/// around each character of an unspaced script. Case and Latin diacritics are folded by
/// the tokenizer.
pub fn index_text(message: &str) -> String {
    let mut out = String::with_capacity(message.len() + 8);
    for c in message.nfkc() {
        match c {
            // Harakat, superscript alef, tatweel.
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => {}
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            c if unspaced(c) => {
                out.push(' ');
                out.push(c);
                out.push(' ');
            }
            c => out.push(c),
        }
    }
    out
}

/// Splits text into the tokenizer's words: letters, digits and combining marks.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| {
        !(c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c))
    })
    .filter(|w| !w.is_empty())
}

/// Tokens as the index sees them (for highlighting): lowercase, Latin diacritics removed.
fn tokens(text: &str) -> Vec<String> {
    let folded: String = index_text(text)
        .nfd()
        .filter(|c| !('\u{0300}'..='\u{036F}').contains(c))
        .collect::<String>()
        .to_lowercase();
    words(&folded).map(str::to_owned).collect()
}

/// One term as an FTS5 phrase: its tokens quoted (FTS5 strings escape `"` by doubling).
fn fts_term(term: &Term) -> Option<String> {
    let (text, prefix) = match term {
        Term::Words(w) | Term::Phrase(w) | Term::Hashtag(w) => (w.as_str(), false),
        Term::Prefix(p) => (p.as_str(), true),
    };
    let text = index_text(text);
    let list: Vec<&str> = words(&text).collect();
    if list.is_empty() {
        return None;
    }
    let phrase = format!("\"{}\"", list.join(" ").replace('"', "\"\""));
    Some(if prefix { format!("{phrase}*") } else { phrase })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_operator_parses() {
        let q = Query::parse(
            r#"from:@Ann in:~town-square -in:off-topic -from:bob "release notes" -draft deploy* #Wiki before:2026-03-01 after:2026-01-31 on:2026-02-14 -"not this""#,
        );
        assert_eq!(q.from, ["ann"]);
        assert_eq!(q.not_from, ["bob"]);
        assert_eq!(q.in_channels, ["town-square"]);
        assert_eq!(q.not_in, ["off-topic"]);
        assert_eq!(
            q.terms,
            [
                Term::Phrase("release notes".into()),
                Term::Prefix("deploy".into()),
                Term::Hashtag("Wiki".into()),
            ]
        );
        assert_eq!(
            q.excluded,
            [Term::Words("draft".into()), Term::Phrase("not this".into())]
        );
        assert_eq!(
            q.before,
            Some(Date {
                y: 2026,
                m: 3,
                d: 1
            })
        );
        assert_eq!(
            q.on,
            Some(Date {
                y: 2026,
                m: 2,
                d: 14
            })
        );
        assert_eq!(
            q.fts(false).as_deref(),
            Some(r#"("release notes" AND "deploy"* AND "Wiki") NOT "draft" NOT "not this""#)
        );
        assert_eq!(q.hashtags().collect::<Vec<_>>(), ["Wiki"]);
    }

    #[test]
    fn odd_input_is_words_or_nothing() {
        let q = Query::parse(r#"foo:bar before:2026-02-30 - * "unclosed"#);
        assert_eq!(
            q.terms,
            [
                Term::Words("foo:bar".into()),
                Term::Words("before:2026-02-30".into()),
                Term::Phrase("unclosed".into()),
            ]
        );
        assert_eq!(q.before, None);
        assert!(Query::parse("   ").is_empty());
        // Quotes inside a word cannot break out of the FTS5 string.
        let q = Query::parse(r#"a"b OR c"#);
        assert_eq!(q.fts(false).as_deref(), Some(r#"("a b" AND "OR" AND "c")"#));
        assert_eq!(Query::parse("x").fts(true).as_deref(), Some(r#""x""#));
        assert_eq!(
            Query::parse("x y").fts(true).as_deref(),
            Some(r#"("x" OR "y")"#)
        );
    }

    #[test]
    fn dates_are_days_in_the_searchers_zone() {
        let d = Date {
            y: 2026,
            m: 1,
            d: 1,
        };
        assert_eq!(d.start_ms(0), 1_767_225_600_000);
        // In UTC+2, that midnight came two hours earlier.
        assert_eq!(d.start_ms(7200), 1_767_225_600_000 - 7_200_000);
        assert_eq!(
            Date {
                y: 1970,
                m: 1,
                d: 1
            }
            .start_ms(0),
            0
        );
        assert_eq!(
            Date::parse("2024-02-29"),
            Some(Date {
                y: 2024,
                m: 2,
                d: 29
            })
        );
        assert_eq!(Date::parse("2023-02-29"), None);
        let q = Query::parse("on:2026-01-01");
        assert_eq!(
            q.time_range(0),
            (Some(1_767_225_600_000), Some(1_767_225_600_000 + DAY_MS))
        );
        let q = Query::parse("after:2026-01-01 before:2026-01-03");
        assert_eq!(
            q.time_range(0),
            (
                Some(1_767_225_600_000 + DAY_MS),
                Some(1_767_225_600_000 + 2 * DAY_MS)
            )
        );
    }

    #[test]
    fn unspaced_scripts_index_per_character_and_arabic_folds() {
        assert_eq!(index_text("東京タワー"), " 東  京  タ  ワ  ー ");
        assert_eq!(
            Query::parse("東京").fts(false).as_deref(),
            Some(r#""東 京""#)
        );
        assert_eq!(index_text("مَرْحَبًا"), "مرحبا");
        assert_eq!(index_text("أهلا"), "اهلا");
        // Full-width Latin becomes plain Latin.
        assert_eq!(index_text("ＡＢＣ"), "ABC");
        assert_eq!(index_text("Привет, мир"), "Привет, мир");
    }

    #[test]
    fn matches_are_the_words_as_written() {
        let q = Query::parse("cafe deploy* 東京");
        assert_eq!(
            q.matches("Le Café opens; DEPLOYMENT at 東京タワー, café again"),
            ["Café", "DEPLOYMENT", "東京タワー"]
        );
        assert!(Query::parse("zzz").matches("nothing here").is_empty());
        assert_eq!(Query::parse("привет").matches("Привет, мир!"), ["Привет"]);
    }
}
