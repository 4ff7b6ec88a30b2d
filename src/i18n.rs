//! Fluent strings. en-US is compiled in as the last fallback; other locales are loaded at
//! run time (the app fetches `locales/<code>/main.ftl`) into a chain that falls back message
//! by message (`pt-BR → pt → en-US`). Every user-facing string goes through [`tr`] or
//! [`tr_args`].

mod ftl;

use std::cell::RefCell;

pub use ftl::{Bundle, Value};

/// en-US without its comments (see build.rs).
const EN_US: &str = include_str!(concat!(env!("OUT_DIR"), "/en-US.ftl"));
const LANGUAGES: &str = include_str!("../locales/languages.json");

/// A locale the app ships (`locales/languages.json`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
pub struct Language {
    /// BCP 47 code, the folder under `locales/`.
    pub code: String,
    /// Its name in its own language.
    pub name: String,
    /// `ltr` or `rtl`.
    pub dir: String,
    /// `reviewed` or `draft`.
    pub status: String,
}

/// The locales the app ships.
pub fn languages() -> Vec<Language> {
    #[derive(serde::Deserialize)]
    struct File {
        languages: Vec<Language>,
    }
    serde_json::from_str::<File>(LANGUAGES)
        .map(|f| f.languages)
        .unwrap_or_default()
}

/// The pseudo-locales, for translators and for finding hard-coded strings: `en-XA` accents
/// and lengthens every string of en-US, `ar-XB` also mirrors it, right to left. Only text
/// written in the `.ftl` changes; placeables (names, numbers) stay as they are.
pub fn pseudo_languages() -> [Language; 2] {
    let lang = |code: &str, name: &str, dir: &str| Language {
        code: code.to_owned(),
        name: name.to_owned(),
        dir: dir.to_owned(),
        status: "pseudo".to_owned(),
    };
    [
        lang("en-XA", "Ƥşḗḗŭŭḓǿǿ-ȧȧƈƈḗḗƞŧḗḗḓ", "ltr"),
        lang("ar-XB", "\u{202e}ıpıq-opnǝsԀ\u{202c}", "rtl"),
    ]
}

const ACCENTED_UPPER: [char; 26] = [
    'Ȧ', 'Ɓ', 'Ƈ', 'Ḓ', 'Ḗ', 'Ƒ', 'Ɠ', 'Ħ', 'Ī', 'Ĵ', 'Ķ', 'Ŀ', 'Ḿ', 'Ƞ', 'Ǿ', 'Ƥ', 'Ɋ', 'Ř', 'Ş',
    'Ŧ', 'Ŭ', 'Ṽ', 'Ẇ', 'Ẋ', 'Ẏ', 'Ẑ',
];
const ACCENTED_LOWER: [char; 26] = [
    'ȧ', 'ƀ', 'ƈ', 'ḓ', 'ḗ', 'ƒ', 'ɠ', 'ħ', 'ī', 'ĵ', 'ķ', 'ŀ', 'ḿ', 'ƞ', 'ǿ', 'ƥ', 'ɋ', 'ř', 'ş',
    'ŧ', 'ŭ', 'ṽ', 'ẇ', 'ẋ', 'ẏ', 'ẑ',
];
const FLIPPED_UPPER: [char; 26] = [
    '∀', 'Ԑ', 'Ↄ', 'ᗡ', 'Ǝ', 'Ⅎ', '⅁', 'H', 'I', 'ſ', 'Ӽ', '⅂', 'W', 'N', 'O', 'Ԁ', 'Ò', 'ᴚ', 'S',
    '⊥', '∩', 'Ʌ', 'M', 'X', '⅄', 'Z',
];
const FLIPPED_LOWER: [char; 26] = [
    'ɐ', 'q', 'ɔ', 'p', 'ǝ', 'ɟ', 'ƃ', 'ɥ', 'ı', 'ɾ', 'ʞ', 'ʅ', 'ɯ', 'u', 'o', 'd', 'b', 'ɹ', 's',
    'ʇ', 'n', 'ʌ', 'ʍ', 'x', 'ʎ', 'z',
];

/// `en-XA`: every ASCII letter accented and every vowel doubled (about a third longer, to
/// show where longer languages will not fit).
fn accented(text: &str) -> std::borrow::Cow<'_, str> {
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        match c {
            'A'..='Z' => out.push(ACCENTED_UPPER[(c as u8 - b'A') as usize]),
            'a'..='z' => {
                let a = ACCENTED_LOWER[(c as u8 - b'a') as usize];
                out.push(a);
                if matches!(c, 'a' | 'e' | 'i' | 'o' | 'u') {
                    out.push(a);
                }
            }
            _ => out.push(c),
        }
    }
    out.into()
}

/// `ar-XB`: letters turned upside down and each text forced right to left, so an RTL
/// layout can be checked by someone who reads only English.
fn bidi(text: &str) -> std::borrow::Cow<'_, str> {
    let mut out = String::with_capacity(text.len() * 2 + 6);
    out.push('\u{202e}');
    for c in text.chars() {
        match c {
            'A'..='Z' => out.push(FLIPPED_UPPER[(c as u8 - b'A') as usize]),
            'a'..='z' => out.push(FLIPPED_LOWER[(c as u8 - b'a') as usize]),
            _ => out.push(c),
        }
    }
    out.push('\u{202c}');
    out.into()
}

/// The en-US bundle transformed into a pseudo-locale, if `code` names one.
pub fn pseudo_bundle(code: &str) -> Option<Bundle> {
    let transform: fn(&str) -> std::borrow::Cow<'_, str> = match code {
        "en-XA" => accented,
        "ar-XB" => bidi,
        _ => return None,
    };
    let mut b = bundle(code, EN_US);
    b.transform = Some(transform);
    Some(b)
}

thread_local! {
    static CHAIN: RefCell<Vec<Bundle>> = RefCell::new(vec![bundle("en-US", EN_US)]);
}

/// A bundle for one locale from its FTL text. Syntax errors lose only the broken entries.
/// Placeables are isolated (U+2068 … U+2069), so that user names inside messages do not
/// reorder the text; numbers and dates are formatted by the browser's Intl.
pub fn bundle(code: &str, ftl: &str) -> Bundle {
    Bundle::new(code, ftl)
}

/// The locales to use, best first, for what the user asked (their profile's `locale`, then
/// the browser's languages), among those available; en-US always ends the chain.
pub fn negotiate(requested: &[&str], available: &[&str]) -> Vec<String> {
    // A pseudo-locale only when asked for first and by name: matching `en-GB` to `en-XA`
    // would show pseudo text to real users.
    if let Some(first) = requested.first()
        && pseudo_languages().iter().any(|p| p.code == *first)
    {
        return vec![(*first).to_owned(), "en-US".to_owned()];
    }
    // As fluent-langneg's filtering: for each request, the same locale; then its language
    // alone (`pt` for `pt-BR`); then the language's other regions. A script, when both
    // sides name one, must agree (`zh-Hans` is no answer to `zh-Hant`).
    let mut out: Vec<String> = Vec::new();
    for r in requested.iter().map(|r| script_alias(r)) {
        let (lang, script, _) = tag_parts(r);
        if lang.is_empty() {
            continue;
        }
        let fits = |a: &str, any_region: bool| {
            let (l, s, region) = tag_parts(a);
            l == lang
                && (s.is_none() || script.is_none() || s == script)
                && (any_region || region.is_none())
        };
        let steps: [&dyn Fn(&str) -> bool; 3] =
            [&|a| a.eq_ignore_ascii_case(r), &|a| fits(a, false), &|a| {
                fits(a, true)
            }];
        for step in steps {
            for a in available {
                if step(a) && !out.iter().any(|o| o == a) {
                    out.push((*a).to_owned());
                }
            }
        }
    }
    out.retain(|c| c != "en-US");
    out.push("en-US".to_owned());
    out
}

/// A BCP 47 tag's language, script and region, lowercase.
fn tag_parts(tag: &str) -> (String, Option<String>, Option<String>) {
    let mut parts = tag.split(['-', '_']);
    let lang = parts.next().unwrap_or_default().to_ascii_lowercase();
    let (mut script, mut region) = (None, None);
    for p in parts {
        if p.len() == 4 && p.chars().all(|c| c.is_ascii_alphabetic()) {
            script = Some(p.to_ascii_lowercase());
        } else if (p.len() == 2 && p.chars().all(|c| c.is_ascii_alphabetic()))
            || (p.len() == 3 && p.chars().all(|c| c.is_ascii_digit()))
        {
            region = Some(p.to_ascii_lowercase());
        }
    }
    (lang, script, region)
}

/// Browsers say `zh-TW`; our Chinese locales are by script. CLDR's likely-subtags data would
/// do this too, but costs ~35 KB of the first download for a handful of cases.
fn script_alias(tag: &str) -> &str {
    match tag.to_ascii_lowercase().as_str() {
        "zh-tw" | "zh-hk" | "zh-mo" | "zh-hant-tw" | "zh-hant-hk" => "zh-Hant",
        "zh" | "zh-cn" | "zh-sg" | "zh-hans-cn" => "zh-Hans",
        "nb" | "nb-no" | "nn" | "nn-no" => "no",
        _ => tag,
    }
}

/// Replaces the chain (the compiled-in en-US is always appended last). Numbers and dates
/// follow the chain's first locale.
pub fn set_chain(mut bundles: Vec<Bundle>) {
    let first = bundles
        .first()
        .map_or_else(|| "en-US".to_owned(), |b| b.locale.clone());
    crate::intl::set_locale(&first);
    bundles.push(bundle("en-US", EN_US));
    CHAIN.with(|c| *c.borrow_mut() = bundles);
}

/// The string `id`.
pub fn tr(id: &str) -> String {
    tr_args(id, &[])
}

/// The string `id` with arguments.
pub fn tr_args(id: &str, args: &[(&str, Value<'_>)]) -> String {
    CHAIN.with_borrow(|chain| {
        chain
            .iter()
            .find_map(|b| b.format(id, args))
            .unwrap_or_else(|| id.to_owned())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_format_with_plurals_and_isolation() {
        set_chain(Vec::new());
        assert_eq!(tr("login-submit"), "Log in");
        // Placeables are isolated (U+2068 … U+2069), numbers included.
        assert_eq!(
            tr_args("channel-members", &[("count", 1.into())]),
            "\u{2068}1\u{2069} member"
        );
        assert_eq!(
            tr_args("channel-members", &[("count", 3.into())]),
            "\u{2068}3\u{2069} members"
        );
        assert_eq!(
            tr_args("typing-one", &[("name", "ann".into())]),
            "\u{2068}ann\u{2069} is typing…"
        );
        assert_eq!(tr("no-such-id"), "no-such-id");
    }

    #[test]
    fn the_language_list_matches_the_folders() {
        let langs = languages();
        assert!(langs.len() >= 41);
        for l in &langs {
            let path = format!("{}/locales/{}/main.ftl", env!("CARGO_MANIFEST_DIR"), l.code);
            assert!(std::path::Path::new(&path).exists(), "{path}");
            assert!(l.dir == "ltr" || l.dir == "rtl");
            assert!(l.status == "draft" || l.status == "reviewed");
        }
        let rtl: Vec<&str> = langs
            .iter()
            .filter(|l| l.dir == "rtl")
            .map(|l| l.code.as_str())
            .collect();
        assert_eq!(rtl, ["ar", "fa", "he", "ur"]);
    }

    #[test]
    fn pseudo_locales_transform_every_written_letter_but_no_placeable() {
        set_chain(vec![pseudo_bundle("en-XA").unwrap()]);
        let s = tr_args("typing-one", &[("name", "ann".into())]);
        assert_eq!(s, "\u{2068}ann\u{2069} īīş ŧẏƥīīƞɠ…");
        assert_eq!(tr("login-submit"), "Ŀǿǿɠ īīƞ");
        set_chain(vec![pseudo_bundle("ar-XB").unwrap()]);
        assert_eq!(tr("login-submit"), "\u{202e}⅂oƃ ıu\u{202c}");
        set_chain(Vec::new());
        let available = ["de", "en-US"];
        assert_eq!(negotiate(&["en-XA"], &available), ["en-XA", "en-US"]);
        assert_eq!(negotiate(&["en-GB", "en-XA"], &available), ["en-US"]);
        assert!(pseudo_bundle("de").is_none());
    }

    #[test]
    fn negotiation_prefers_the_user_then_falls_back() {
        let available = [
            "ar", "de", "en-US", "fr", "pt", "pt-BR", "zh-Hans", "zh-Hant",
        ];
        assert_eq!(negotiate(&["pt-BR"], &available), ["pt-BR", "pt", "en-US"]);
        assert_eq!(
            negotiate(&["de-AT", "fr"], &available),
            ["de", "fr", "en-US"]
        );
        assert_eq!(negotiate(&["zh-TW"], &available), ["zh-Hant", "en-US"]);
        assert_eq!(negotiate(&["zh-CN"], &available), ["zh-Hans", "en-US"]);
        assert_eq!(negotiate(&["xx"], &available), ["en-US"]);
        assert_eq!(negotiate(&[], &available), ["en-US"]);
    }

    #[test]
    fn the_chain_falls_back_message_by_message() {
        set_chain(vec![
            bundle("pt-BR", "login-submit = Entrar\n"),
            bundle(
                "pt",
                "login-submit = Iniciar sessão\nlogout-x = x\nnav-logout = Terminar sessão\n",
            ),
        ]);
        assert_eq!(tr("login-submit"), "Entrar");
        assert_eq!(tr("nav-logout"), "Terminar sessão");
        assert_eq!(tr("nav-create-channel"), "Create a channel");
        set_chain(Vec::new());
    }

    #[test]
    fn plural_selection_follows_each_language() {
        let ftl = "n = { $count ->\n [zero] zero\n [one] one\n [two] two\n [few] few\n [many] many\n *[other] other\n}\n";
        let cases: [(&str, &[(i64, &str)]); 3] = [
            (
                "ar",
                &[
                    (0, "zero"),
                    (1, "one"),
                    (2, "two"),
                    (3, "few"),
                    (11, "many"),
                    (100, "other"),
                ],
            ),
            (
                "pl",
                &[
                    (1, "one"),
                    (2, "few"),
                    (5, "many"),
                    (22, "few"),
                    (25, "many"),
                ],
            ),
            (
                "ru",
                &[
                    (1, "one"),
                    (2, "few"),
                    (5, "many"),
                    (21, "one"),
                    (11, "many"),
                ],
            ),
        ];
        for (lang, expected) in cases {
            set_chain(vec![bundle(lang, ftl)]);
            for (n, form) in expected {
                let got = tr_args("n", &[("count", (*n).into())]);
                assert_eq!(got, *form, "{lang} {n}");
            }
        }
        set_chain(Vec::new());
    }

    /// Answers with what it was asked, so a test sees the locale and options Intl would get.
    struct Echo;

    impl crate::intl::Formatter for Echo {
        fn format(
            &self,
            locale: &str,
            options: &[(&str, &str)],
            value: &crate::intl::Value<'_>,
        ) -> Option<String> {
            Some(format!("<{locale} {options:?} {value:?}>"))
        }
    }

    #[test]
    fn numbers_and_dates_go_through_intl_in_the_active_locale() {
        crate::intl::set_formatter(Box::new(Echo));
        let ftl = "members = { $count ->\n [one] one member\n *[other] { $count } members\n}\n\
                   price = { NUMBER($n, minimumFractionDigits: 2, useGrouping: \"false\") }\n\
                   pick = { NUMBER($n) ->\n [one] one\n *[other] other\n}\n\
                   sent = Sent { DATETIME($at, dateStyle: \"long\", timeStyle: \"short\") }\n";
        set_chain(vec![bundle("de", ftl)]);
        let strip = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
        assert_eq!(
            strip(tr_args("members", &[("count", 1234.into())])),
            "<de [] Number(1234.0)> members"
        );
        assert_eq!(
            strip(tr_args("members", &[("count", 1.into())])),
            "one member"
        );
        assert_eq!(
            strip(tr_args("price", &[("n", 5.into())])),
            r#"<de [("useGrouping", "false"), ("minimumFractionDigits", "2")] Number(5.0)>"#
        );
        // NUMBER keeps the value a number: plurals still select.
        assert_eq!(tr_args("pick", &[("n", 1.into())]), "one");
        assert_eq!(
            strip(tr_args("sent", &[("at", 1_700_000_000_000_i64.into())])),
            r#"Sent <de [("dateStyle", "long"), ("timeStyle", "short")] DateTime(1700000000000.0)>"#
        );
        // Messages that fall back to en-US still format numbers for the active locale.
        assert_eq!(
            strip(tr_args("channel-members", &[("count", 7.into())])),
            "<de [] Number(7.0)> members"
        );
        assert_eq!(
            crate::intl::list(&["a".into(), "b".into()], &[("type", "conjunction")]),
            r#"<de [("type", "conjunction")] List(["a", "b"])>"#
        );
        set_chain(Vec::new());
        assert_eq!(
            crate::intl::relative(-1.0, "day", &[("numeric", "auto")]),
            r#"<en-US [("numeric", "auto")] Relative(-1.0, "day")>"#
        );
        crate::intl::set_formatter(Box::new(crate::intl::Plain));
    }

    /// The variables a Fluent pattern uses.
    fn variables(p: &fluent_syntax::ast::Pattern<&str>, out: &mut Vec<String>) {
        use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
        fn inline(e: &InlineExpression<&str>, out: &mut Vec<String>) {
            match e {
                InlineExpression::VariableReference { id } => out.push(id.name.to_owned()),
                InlineExpression::FunctionReference { arguments, .. } => {
                    for a in &arguments.positional {
                        inline(a, out);
                    }
                }
                InlineExpression::Placeable { expression } => expr(expression, out),
                _ => {}
            }
        }
        fn expr(e: &Expression<&str>, out: &mut Vec<String>) {
            match e {
                Expression::Inline(i) => inline(i, out),
                Expression::Select { selector, variants } => {
                    inline(selector, out);
                    for v in variants {
                        variables(&v.value, out);
                    }
                }
            }
        }
        for el in &p.elements {
            if let PatternElement::Placeable { expression } = el {
                expr(expression, out);
            }
        }
    }

    /// Every message of every locale reads the same through fluent-bundle as through our
    /// own implementation, with numbers (each plural form) and with text as arguments.
    #[test]
    fn every_message_reads_as_fluent_bundle_reads_it() {
        use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
        let mut codes: Vec<String> = languages().into_iter().map(|l| l.code).collect();
        codes.push("en-US".to_owned());
        let mut compared = 0;
        for code in codes {
            let path = format!("{}/locales/{code}/main.ftl", env!("CARGO_MANIFEST_DIR"));
            let ftl = std::fs::read_to_string(&path).unwrap();
            let ours = Bundle::new(&code, &ftl);
            let res = FluentResource::try_new(ftl.clone())
                .expect("the l10n check keeps every file valid");
            let mut theirs = FluentBundle::new(vec![code.parse().unwrap()]);
            theirs.set_use_isolating(true);
            theirs.set_formatter(Some(|v: &FluentValue, _: &_| match v {
                FluentValue::Number(n) => Some(crate::intl::number(n.value, &[])),
                _ => None,
            }));
            let entries: Vec<(String, Vec<String>)> = res
                .entries()
                .filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => {
                        let mut vars = Vec::new();
                        variables(m.value.as_ref()?, &mut vars);
                        vars.sort();
                        vars.dedup();
                        Some((m.id.name.to_owned(), vars))
                    }
                    _ => None,
                })
                .collect();
            theirs.add_resource(res).unwrap();
            for (id, vars) in entries {
                let numbers = [0.0, 1.0, 2.0, 3.0, 5.0, 11.0, 21.0, 101.0, 1.5];
                let mut sets: Vec<Vec<(String, Value<'static>)>> = numbers
                    .iter()
                    .map(|n| vars.iter().map(|v| (v.clone(), Value::Num(*n))).collect())
                    .collect();
                sets.push(vars.iter().map(|v| (v.clone(), "ann".into())).collect());
                for set in sets {
                    let mut args = FluentArgs::new();
                    for (k, v) in &set {
                        match v {
                            Value::Num(n) => args.set(k.clone(), FluentValue::from(*n)),
                            Value::Str(s) => args.set(k.clone(), FluentValue::from(s.to_string())),
                        }
                    }
                    let message = theirs.get_message(&id).and_then(|m| m.value()).unwrap();
                    let mut errors = Vec::new();
                    let expected = theirs.format_pattern(message, Some(&args), &mut errors);
                    let pairs: Vec<(&str, Value<'_>)> =
                        set.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
                    assert_eq!(
                        ours.format(&id, &pairs).as_deref(),
                        Some(&*expected),
                        "{code} {id} {set:?}"
                    );
                    compared += 1;
                }
            }
        }
        assert!(compared > 10_000, "{compared}");
    }

    /// Every `tr("…")`/`tr_args("…")` in the app names a message of en-US.
    #[test]
    fn every_used_id_exists() {
        let en = bundle("en-US", EN_US);
        let mut missing = Vec::new();
        let mut stack = vec![std::path::PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src"
        ))];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                if path.ends_with("i18n.rs") {
                    continue; // This test's own source.
                }
                let text = std::fs::read_to_string(&path).unwrap();
                for call in ["tr(\"", "tr_args(\""] {
                    for (at, _) in text.match_indices(call) {
                        // `tr(` itself, not the end of `append_with_str(`.
                        let before = text[..at].chars().next_back();
                        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                            continue;
                        }
                        let id = text[at + call.len()..].split('"').next().unwrap();
                        if !en.has(id) {
                            missing.push(format!("{}: {id}", path.display()));
                        }
                    }
                }
            }
        }
        assert!(
            missing.is_empty(),
            "messages missing from en-US: {missing:?}"
        );
    }
}
