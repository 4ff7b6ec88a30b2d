//! What the server itself writes to people (invitation e-mails), in their language, from
//! the web app's Fluent files: translators edit one set of files. English is built in; the
//! others are read from the served `locales/` when needed.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};

use crate::AppState;

const ENGLISH: &str = include_str!("../../../locales/en-US/main.ftl");

/// The `.ftl` text of a locale, if the server has it: `pt-BR`, else `pt`.
fn locale_text(app: &AppState, locale: &str) -> Option<(String, String)> {
    let dir = app
        .config
        .locales_dir
        .clone()
        .unwrap_or_else(|| app.web_dir.join("locales"));
    let base = locale.split(['-', '_']).next().unwrap_or_default();
    [locale, base]
        .into_iter()
        .filter(|code| {
            !code.is_empty()
                && code.len() <= 16
                && code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
        .find_map(|code| {
            let text = std::fs::read_to_string(dir.join(code).join("main.ftl")).ok()?;
            Some((code.to_owned(), text))
        })
}

/// The messages of `locale` (then English for what it lacks) formatted with `args`; an
/// unknown id gives the id.
pub struct Texts {
    bundles: Vec<FluentBundle<FluentResource>>,
}

impl Texts {
    /// The texts of a locale (BCP 47, such as `fr` or `pt-BR`), falling back to English.
    pub fn new(app: &AppState, locale: &str) -> Self {
        let mut sources = Vec::new();
        if !locale.is_empty() && !locale.eq_ignore_ascii_case("en") {
            sources.extend(locale_text(app, locale));
        }
        sources.push(("en-US".to_owned(), ENGLISH.to_owned()));
        let bundles = sources
            .into_iter()
            .filter_map(|(code, text)| {
                let lang = code.parse().ok()?;
                let resource = match FluentResource::try_new(text) {
                    Ok(r) => r,
                    Err((r, _)) => r,
                };
                let mut bundle = FluentBundle::new(vec![lang]);
                // Mail clients show isolation marks as boxes.
                bundle.set_use_isolating(false);
                bundle.add_resource_overriding(resource);
                Some(bundle)
            })
            .collect();
        Self { bundles }
    }

    /// One message.
    pub fn get(&self, id: &str, args: &[(&str, &str)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (k, v) in args {
            fluent_args.set(*k, *v);
        }
        for bundle in &self.bundles {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, Some(&fluent_args), &mut errors)
                    .into_owned();
            }
        }
        id.to_owned()
    }
}
