//! Notification settings as forms (typed fields that `chat/settings_form.rs` shows), and
//! their answers as `notify_props`.

use mm_api::StringMap;

/// Each kind of notification's levels, with their labels' Fluent ids.
const LEVELS: [(&str, &str); 3] = [
    ("all", "notify-all"),
    ("mention", "notify-mention"),
    ("none", "notify-none"),
];

/// One field of a settings form; labels are Fluent ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field {
    /// Radio buttons: the value of `key` is one of `options` (value, label).
    Radio {
        key: &'static str,
        label: &'static str,
        value: String,
        options: Vec<(&'static str, &'static str)>,
        disabled: bool,
    },
    /// A checkbox: the value of `key` is `on` when checked, else `off`.
    Check {
        key: &'static str,
        label: &'static str,
        checked: bool,
        on: &'static str,
        off: &'static str,
        disabled: bool,
    },
    /// A line of text.
    Text {
        key: &'static str,
        label: &'static str,
        value: String,
    },
    /// A paragraph.
    Note(&'static str),
    /// A line with a button that does `action` at once.
    Button {
        action: Action,
        label: &'static str,
        text: &'static str,
    },
    /// The submit button.
    Submit(&'static str),
}

impl Field {
    /// The key this field answers, and its value as shown.
    pub fn answer(&self) -> Option<(&'static str, String)> {
        match self {
            Field::Radio { key, value, .. } | Field::Text { key, value, .. } => {
                Some((key, value.clone()))
            }
            Field::Check {
                key,
                checked,
                on,
                off,
                ..
            } => Some((key, if *checked { on } else { off }.to_string())),
            _ => None,
        }
    }
}

/// What a form's button does at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Ask the browser's permission to notify.
    AskPermission,
    /// Subscribe this browser to push notifications.
    PushOn,
    /// End this browser's push subscription.
    PushOff,
}

impl Action {
    /// The button's test id suffix.
    pub fn name(self) -> &'static str {
        match self {
            Action::AskPermission => "desktop-permission",
            Action::PushOn => "push-on",
            Action::PushOff => "push-off",
        }
    }
}

fn get(props: &StringMap, key: &str, default: &str) -> String {
    props
        .get(key)
        .map(String::as_str)
        .filter(|v| !v.is_empty())
        .unwrap_or(default)
        .to_owned()
}

fn radio(key: &'static str, label: &'static str, value: String, default: bool) -> Field {
    let mut options = Vec::new();
    if default {
        options.push(("default", "notify-default"));
    }
    options.extend(LEVELS);
    Field::Radio {
        key,
        label,
        value,
        options,
        disabled: false,
    }
}

fn check(
    props: &StringMap,
    key: &'static str,
    label: &'static str,
    on: &'static str,
    off: &'static str,
    default: &str,
) -> Field {
    Field::Check {
        key,
        label,
        checked: get(props, key, default) == on,
        on,
        off,
        disabled: false,
    }
}

/// The user's settings: desktop, push and e-mail, and what counts as a mention.
/// `email` says whether the server sends e-mail at all; `desktop` is the browser's
/// notification permission (`default`, `granted`, `denied`); `push` is this browser's
/// push subscription (`on`, `off`, `denied`, or anything else when there is none to have).
pub fn user_form(props: &StringMap, email: bool, desktop: &str, push: &str) -> Vec<Field> {
    let mail = match get(props, "email", "true").as_str() {
        "false" | "none" => "false",
        _ => "true",
    };
    let mut fields = vec![radio(
        "desktop",
        "notify-desktop",
        get(props, "desktop", "mention"),
        false,
    )];
    match desktop {
        "default" => fields.push(Field::Button {
            action: Action::AskPermission,
            label: "notify-ask",
            text: "notify-enable",
        }),
        "denied" => fields.push(Field::Note("notify-push-blocked")),
        _ => {}
    }
    fields.push(radio(
        "push",
        "notify-push",
        get(props, "push", "mention"),
        false,
    ));
    match push {
        "on" => fields.push(Field::Button {
            action: Action::PushOff,
            label: "notify-push-browser",
            text: "notify-push-off",
        }),
        "off" => fields.push(Field::Button {
            action: Action::PushOn,
            label: "notify-push-browser",
            text: "notify-push-on",
        }),
        _ => {}
    }
    fields.push(Field::Radio {
        key: "email",
        label: "notify-email",
        value: mail.to_owned(),
        options: vec![("true", "notify-mention"), ("false", "notify-none")],
        disabled: !email,
    });
    if !email {
        fields.push(Field::Note("notify-email-off"));
    }
    fields.extend([
        check(
            props,
            "first_name",
            "notify-first-name",
            "true",
            "false",
            "false",
        ),
        check(
            props,
            "channel",
            "notify-channel-wide",
            "true",
            "false",
            "true",
        ),
        Field::Text {
            key: "mention_keys",
            label: "notify-keywords",
            value: get(props, "mention_keys", ""),
        },
        Field::Submit("post-save"),
    ]);
    fields
}

/// Whether a channel's members may notify it all (`use_channel_mentions` in the answer of
/// `GET /channels/{id}/moderations`); yes when the server does not say.
pub fn members_may_mention(moderations: &serde_json::Value) -> bool {
    moderations
        .as_array()
        .into_iter()
        .flatten()
        .find(|m| m["name"] == "use_channel_mentions")
        .and_then(|m| m["roles"]["members"]["value"].as_bool())
        .unwrap_or(true)
}

/// A channel's settings: each kind by default as the user's, muting, and channel-wide
/// mentions; for an admin (`moderation` known), whether members may mention everyone.
pub fn channel_form(props: &StringMap, moderation: Option<bool>) -> Vec<Field> {
    let mut fields: Vec<Field> = [
        ("desktop", "notify-desktop"),
        ("push", "notify-push"),
        ("email", "notify-email"),
    ]
    .into_iter()
    .map(|(key, label)| radio(key, label, get(props, key, "default"), true))
    .collect();
    fields.extend([
        check(
            props,
            "mark_unread",
            "channel-notify-mute",
            "mention",
            "all",
            "all",
        ),
        check(
            props,
            "ignore_channel_mentions",
            "channel-notify-wide",
            "on",
            "default",
            "default",
        ),
    ]);
    if let Some(may) = moderation {
        fields.push(Field::Check {
            key: "use_channel_mentions",
            label: "channel-mentions-members",
            checked: may,
            on: "true",
            off: "false",
            disabled: false,
        });
    }
    fields.push(Field::Submit("post-save"));
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    fn props(pairs: &[(&str, &str)]) -> StringMap {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    fn answers(fields: &[Field]) -> StringMap {
        fields
            .iter()
            .filter_map(Field::answer)
            .map(|(k, v)| (k.to_owned(), v))
            .collect()
    }

    #[test]
    fn forms_show_the_saved_settings() {
        let props = props(&[
            ("desktop", "all"),
            ("email", "false"),
            ("mention_keys", "a, b"),
            ("first_name", "true"),
        ]);
        let fields = user_form(&props, false, "granted", "unsupported");
        assert_eq!(
            fields[0],
            Field::Radio {
                key: "desktop",
                label: "notify-desktop",
                value: "all".into(),
                options: LEVELS.to_vec(),
                disabled: false,
            }
        );
        assert!(
            matches!(&fields[1], Field::Radio { key: "push", value, .. } if value == "mention")
        );
        assert!(
            matches!(&fields[2], Field::Radio { key: "email", value, disabled: true, .. } if value == "false")
        );
        assert_eq!(fields[3], Field::Note("notify-email-off"));
        let shown = answers(&fields);
        assert_eq!(shown["mention_keys"], "a, b");
        assert_eq!(shown["first_name"], "true");
        assert_eq!(shown["channel"], "true");
        // Permission to ask for, and this browser's push subscription to switch.
        let asks = user_form(&props, true, "default", "off");
        assert!(matches!(
            asks[1],
            Field::Button {
                action: Action::AskPermission,
                ..
            }
        ));
        assert!(matches!(
            asks[3],
            Field::Button {
                action: Action::PushOn,
                ..
            }
        ));
        let on = user_form(&props, true, "denied", "on");
        assert_eq!(on[1], Field::Note("notify-push-blocked"));
        assert!(matches!(
            on[3],
            Field::Button {
                action: Action::PushOff,
                ..
            }
        ));
        assert!(
            !user_form(&props, true, "granted", "")
                .iter()
                .any(|f| matches!(f, Field::Note(_)))
        );
        let channel = channel_form(&self::props(&[("mark_unread", "mention")]), None);
        assert!(
            matches!(&channel[0], Field::Radio { key: "desktop", value, options, .. }
            if value == "default" && options[0] == ("default", "notify-default"))
        );
        assert!(matches!(
            channel[3],
            Field::Check {
                key: "mark_unread",
                checked: true,
                ..
            }
        ));
        assert_eq!(answers(&channel)["ignore_channel_mentions"], "default");
        assert!(!answers(&channel).contains_key("use_channel_mentions"));
        let admin = channel_form(&StringMap::default(), Some(false));
        assert_eq!(answers(&admin)["use_channel_mentions"], "false");
    }

    #[test]
    fn moderation_is_read_from_the_servers_answer() {
        let off = serde_json::json!([{"name": "use_channel_mentions", "roles": {"members": {"value": false, "enabled": true}}}]);
        assert!(!members_may_mention(&off));
        assert!(members_may_mention(&serde_json::json!([])));
        assert!(members_may_mention(&serde_json::Value::Null));
    }
}
