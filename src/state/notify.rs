//! Notification settings as forms (the renderer's module builds them; see
//! crates/markdown-web `form.rs`), and their answers as `notify_props`.

use mm_api::StringMap;

const LEVELS: &str = "\tall=notify-all\tmention=notify-mention\tnone=notify-none";

fn get<'a>(props: &'a StringMap, key: &str, default: &'a str) -> &'a str {
    props
        .get(key)
        .map(String::as_str)
        .filter(|v| !v.is_empty())
        .unwrap_or(default)
}

/// A value on a form line: tabs and line breaks would end the field.
fn clean(v: &str) -> String {
    v.replace(['\t', '\n', '\r'], " ")
}

/// The user's settings: desktop, push and e-mail, and what counts as a mention.
/// `email` says whether the server sends e-mail at all; `desktop` is the browser's
/// notification permission (`default`, `granted`, `denied`); `push` is this browser's
/// push subscription (`on`, `off`, `denied`, or anything else when there is none to have).
pub fn user_form(props: &StringMap, email: bool, desktop: &str, push: &str) -> Vec<String> {
    let mail = match get(props, "email", "true") {
        "false" | "none" => "false",
        _ => "true",
    };
    let mut lines = vec![format!(
        "radio\tdesktop\tnotify-desktop\t{}{LEVELS}",
        get(props, "desktop", "mention")
    )];
    match desktop {
        "default" => lines.push("button\tdesktop-permission\tnotify-ask\tnotify-enable".to_owned()),
        "denied" => lines.push("note\tnotify-push-blocked".to_owned()),
        _ => {}
    }
    lines.push(format!(
        "radio\tpush\tnotify-push\t{}{LEVELS}",
        get(props, "push", "mention")
    ));
    match push {
        "on" => lines.push("button\tpush-off\tnotify-push-browser\tnotify-push-off".to_owned()),
        "off" => lines.push("button\tpush-on\tnotify-push-browser\tnotify-push-on".to_owned()),
        _ => {}
    }
    lines.push(format!(
        "radio{}\temail\tnotify-email\t{mail}\ttrue=notify-mention\tfalse=notify-none",
        if email { "" } else { "!" }
    ));
    if !email {
        lines.push("note\tnotify-email-off".to_owned());
    }
    lines.extend([
        format!(
            "check\tfirst_name\tnotify-first-name\t{}\ttrue\tfalse",
            get(props, "first_name", "false")
        ),
        format!(
            "check\tchannel\tnotify-channel-wide\t{}\ttrue\tfalse",
            get(props, "channel", "true")
        ),
        format!(
            "text\tmention_keys\tnotify-keywords\t{}",
            clean(get(props, "mention_keys", ""))
        ),
        "submit\tpost-save".to_owned(),
    ]);
    lines
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
pub fn channel_form(props: &StringMap, moderation: Option<bool>) -> Vec<String> {
    let levels = format!("\tdefault=notify-default{LEVELS}");
    let mut lines: Vec<String> = [
        ("desktop", "notify-desktop"),
        ("push", "notify-push"),
        ("email", "notify-email"),
    ]
    .iter()
    .map(|(key, label)| {
        format!(
            "radio\t{key}\t{label}\t{}{levels}",
            get(props, key, "default")
        )
    })
    .collect();
    lines.extend([
        format!(
            "check\tmark_unread\tchannel-notify-mute\t{}\tmention\tall",
            get(props, "mark_unread", "all")
        ),
        format!(
            "check\tignore_channel_mentions\tchannel-notify-wide\t{}\ton\tdefault",
            get(props, "ignore_channel_mentions", "default")
        ),
    ]);
    if let Some(may) = moderation {
        lines.push(format!(
            "check\tuse_channel_mentions\tchannel-mentions-members\t{may}\ttrue\tfalse"
        ));
    }
    lines.push("submit\tpost-save".to_owned());
    lines
}

/// A submitted form's `[key, value, …]` as `notify_props`.
pub fn answers(flat: Vec<String>) -> StringMap {
    let mut it = flat.into_iter();
    std::iter::from_fn(|| Some((it.next()?, it.next()?))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_show_the_saved_settings() {
        let props = answers(
            [
                "desktop",
                "all",
                "email",
                "false",
                "mention_keys",
                "a\tb",
                "first_name",
                "true",
            ]
            .map(String::from)
            .to_vec(),
        );
        let lines = user_form(&props, false, "granted", "unsupported");
        assert_eq!(
            lines[0],
            "radio\tdesktop\tnotify-desktop\tall\tall=notify-all\tmention=notify-mention\tnone=notify-none"
        );
        assert!(lines[1].starts_with("radio\tpush\tnotify-push\tmention\t"));
        assert!(lines[2].starts_with("radio!\temail\tnotify-email\tfalse\t"));
        assert_eq!(lines[3], "note\tnotify-email-off");
        // Permission to ask for, and this browser's push subscription to switch.
        let asks = user_form(&props, true, "default", "off");
        assert_eq!(
            asks[1],
            "button\tdesktop-permission\tnotify-ask\tnotify-enable"
        );
        assert_eq!(
            asks[3],
            "button\tpush-on\tnotify-push-browser\tnotify-push-on"
        );
        let on = user_form(&props, true, "denied", "on");
        assert_eq!(on[1], "note\tnotify-push-blocked");
        assert_eq!(
            on[3],
            "button\tpush-off\tnotify-push-browser\tnotify-push-off"
        );
        assert!(lines.contains(&"text\tmention_keys\tnotify-keywords\ta b".to_owned()));
        assert!(
            lines.contains(&"check\tfirst_name\tnotify-first-name\ttrue\ttrue\tfalse".to_owned())
        );
        assert!(
            !user_form(&props, true, "granted", "")
                .iter()
                .any(|l| l.starts_with("note"))
        );
        let channel = channel_form(
            &answers(["mark_unread", "mention"].map(String::from).to_vec()),
            None,
        );
        assert!(
            channel[0].starts_with(
                "radio\tdesktop\tnotify-desktop\tdefault\tdefault=notify-default\tall="
            )
        );
        assert_eq!(
            channel[3],
            "check\tmark_unread\tchannel-notify-mute\tmention\tmention\tall"
        );
        assert!(!channel.iter().any(|l| l.contains("use_channel_mentions")));
        let admin = channel_form(&StringMap::default(), Some(false));
        assert_eq!(
            admin[5],
            "check\tuse_channel_mentions\tchannel-mentions-members\tfalse\ttrue\tfalse"
        );
    }

    #[test]
    fn moderation_is_read_from_the_servers_answer() {
        let off = serde_json::json!([{"name": "use_channel_mentions", "roles": {"members": {"value": false, "enabled": true}}}]);
        assert!(!members_may_mention(&off));
        assert!(members_may_mention(&serde_json::json!([])));
        assert!(members_may_mention(&serde_json::Value::Null));
    }
}
