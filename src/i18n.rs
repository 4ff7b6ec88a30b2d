//! Fluent strings. en-US is compiled in as the last fallback; every user-facing string of
//! the app goes through [`tr`] or [`tr_args`]. (Issue 5 adds run-time locales on top.)

use std::cell::RefCell;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

const EN_US: &str = include_str!("../locales/en-US/main.ftl");

thread_local! {
    static BUNDLE: RefCell<Option<FluentBundle<FluentResource>>> = const { RefCell::new(None) };
}

fn en_us() -> FluentBundle<FluentResource> {
    let lang: unic_langid::LanguageIdentifier = "en-US".parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![lang]);
    // Keep bidi isolation on: user names inside messages must not reorder the text.
    bundle.set_use_isolating(true);
    match FluentResource::try_new(EN_US.to_owned()) {
        Ok(res) | Err((res, _)) => {
            let _ = bundle.add_resource(res);
        }
    }
    bundle
}

fn format(id: &str, args: Option<&FluentArgs<'_>>) -> String {
    BUNDLE.with(|b| {
        let mut b = b.borrow_mut();
        let bundle = b.get_or_insert_with(en_us);
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    })
}

/// The string `id`.
pub fn tr(id: &str) -> String {
    format(id, None)
}

/// The string `id` with arguments.
pub fn tr_args<'a>(id: &str, args: &[(&'a str, FluentValue<'a>)]) -> String {
    let mut fa = FluentArgs::new();
    for (k, v) in args {
        fa.set(*k, v.clone());
    }
    format(id, Some(&fa))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_format_with_plurals_and_isolation() {
        assert_eq!(tr("login-submit"), "Log in");
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

    /// Every `tr("…")`/`tr_args("…")` in the app names a message of en-US.
    #[test]
    fn every_used_id_exists() {
        let bundle = en_us();
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
                    for part in text.split(call).skip(1) {
                        let id = part.split('"').next().unwrap();
                        if !bundle.has_message(id) && id != "no-such-id" {
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
