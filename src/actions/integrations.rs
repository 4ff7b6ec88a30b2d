//! Integrations: incoming and outgoing webhooks, slash commands, bots and personal access
//! tokens, as the Integrations dialog lists and edits them. Each kind is data (its fields),
//! so that one form serves them all.

use mm_api::{StringMap, TeamId, User, UserId};
use serde_json::{Value, json};

use super::{ApiResult, Server};

/// What the dialog manages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Incoming webhooks.
    Incoming,
    /// Outgoing webhooks.
    Outgoing,
    /// Custom slash commands.
    Command,
    /// Bot accounts.
    Bot,
    /// The user's personal access tokens.
    Token,
}

/// How a field is edited.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    /// One line of text.
    Text,
    /// A list, one item per line.
    Lines,
    /// Yes or no.
    Check,
    /// A channel of the team (`""` for any, where allowed).
    Channel,
    /// One of some values: (value, label's message id).
    Choice(&'static [(&'static str, &'static str)]),
}

/// One field of a kind: its key in the API object, its label's message id, how it is edited.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field {
    /// The key in the JSON object.
    pub key: &'static str,
    /// The label's message id.
    pub label: &'static str,
    /// How it is edited.
    pub input: Input,
}

const fn field(key: &'static str, label: &'static str, input: Input) -> Field {
    Field { key, label, input }
}

const INCOMING: &[Field] = &[
    field("display_name", "integrations-name", Input::Text),
    field("description", "integrations-description", Input::Text),
    field("channel_id", "integrations-channel", Input::Channel),
    field("channel_locked", "integrations-locked", Input::Check),
    field("username", "integrations-username", Input::Text),
    field("icon_url", "integrations-icon", Input::Text),
];

const OUTGOING: &[Field] = &[
    field("display_name", "integrations-name", Input::Text),
    field("description", "integrations-description", Input::Text),
    field("channel_id", "integrations-channel", Input::Channel),
    field("trigger_words", "integrations-triggers", Input::Lines),
    field(
        "trigger_when",
        "integrations-trigger-when",
        Input::Choice(&[
            ("0", "integrations-first-word"),
            ("1", "integrations-starts-with"),
        ]),
    ),
    field("callback_urls", "integrations-callbacks", Input::Lines),
    field(
        "content_type",
        "integrations-content-type",
        Input::Choice(&[
            ("application/x-www-form-urlencoded", "integrations-form"),
            ("application/json", "integrations-json"),
        ]),
    ),
    field("username", "integrations-username", Input::Text),
    field("icon_url", "integrations-icon", Input::Text),
];

const COMMAND: &[Field] = &[
    field("display_name", "integrations-name", Input::Text),
    field("description", "integrations-description", Input::Text),
    field("trigger", "integrations-trigger", Input::Text),
    field("url", "integrations-request-url", Input::Text),
    field(
        "method",
        "integrations-method",
        Input::Choice(&[("P", "integrations-post"), ("G", "integrations-get")]),
    ),
    field("auto_complete", "integrations-autocomplete", Input::Check),
    field("auto_complete_hint", "integrations-hint", Input::Text),
    field(
        "auto_complete_desc",
        "integrations-autocomplete-desc",
        Input::Text,
    ),
    field("username", "integrations-username", Input::Text),
    field("icon_url", "integrations-icon", Input::Text),
];

const BOT: &[Field] = &[
    field("username", "integrations-bot-username", Input::Text),
    field("display_name", "integrations-bot-display", Input::Text),
    field("description", "integrations-description", Input::Text),
];

const TOKEN: &[Field] = &[field(
    "description",
    "integrations-description",
    Input::Text,
)];

impl Kind {
    /// Every kind, in the dialog's order.
    pub const ALL: [Kind; 5] = [
        Kind::Incoming,
        Kind::Outgoing,
        Kind::Command,
        Kind::Bot,
        Kind::Token,
    ];

    /// The message id of its tab.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Incoming => "integrations-incoming",
            Kind::Outgoing => "integrations-outgoing",
            Kind::Command => "integrations-commands",
            Kind::Bot => "integrations-bots",
            Kind::Token => "integrations-tokens",
        }
    }

    /// What its form edits.
    pub fn fields(self) -> &'static [Field] {
        match self {
            Kind::Incoming => INCOMING,
            Kind::Outgoing => OUTGOING,
            Kind::Command => COMMAND,
            Kind::Bot => BOT,
            Kind::Token => TOKEN,
        }
    }

    /// The key of an item's id.
    pub fn id_key(self) -> &'static str {
        match self {
            Kind::Bot => "user_id",
            _ => "id",
        }
    }

    /// An item's id.
    pub fn id_of(self, item: &Value) -> String {
        item[self.id_key()].as_str().unwrap_or_default().to_owned()
    }

    /// What the list shows of an item.
    pub fn name_of(self, item: &Value) -> String {
        let text = |k: &str| item[k].as_str().unwrap_or_default().to_owned();
        let name = match self {
            Kind::Command => format!("/{}", text("trigger")),
            Kind::Bot => format!("@{}", text("username")),
            Kind::Token => text("description"),
            Kind::Incoming | Kind::Outgoing => text("display_name"),
        };
        if name.trim().is_empty() {
            self.id_of(item)
        } else {
            name
        }
    }

    /// Whether the server has it on (tokens: whether the user may make them).
    pub fn enabled(self, me: &User, config: &StringMap) -> bool {
        let on = |k: &str| config.get(k).is_none_or(|v| v == "true");
        let admin = me.is_system_admin();
        let integrator = admin
            || config
                .get("EnableOnlyAdminIntegrations")
                .is_some_and(|v| v == "false");
        match self {
            Kind::Incoming => integrator && on("EnableIncomingWebhooks"),
            Kind::Outgoing => integrator && on("EnableOutgoingWebhooks"),
            Kind::Command => integrator && on("EnableCommands"),
            Kind::Bot => admin && on("EnableBotAccountCreation"),
            Kind::Token => {
                on("EnableUserAccessTokens")
                    && (admin || me.roles.split_whitespace().any(|r| r == TOKEN_ROLE))
            }
        }
    }

    /// A new item's defaults.
    pub fn blank(self, team: &TeamId, channel: Option<&str>) -> Value {
        match self {
            Kind::Incoming => json!({"channel_id": channel.unwrap_or_default()}),
            Kind::Outgoing => json!({
                "team_id": team, "channel_id": channel.unwrap_or_default(),
                "trigger_when": 0, "content_type": "application/x-www-form-urlencoded",
                "trigger_words": [], "callback_urls": []
            }),
            Kind::Command => json!({"team_id": team, "method": "P", "auto_complete": true}),
            Kind::Bot | Kind::Token => json!({}),
        }
    }
}

/// The role that lets a user make personal access tokens.
pub const TOKEN_ROLE: &str = "system_user_access_token";

/// Whether the Integrations dialog has anything for this user.
pub fn may_integrate(me: Option<&User>, config: &StringMap) -> bool {
    me.is_some_and(|me| Kind::ALL.iter().any(|k| k.enabled(me, config)))
}

/// A field's value as the form shows it: lists one item per line.
pub fn field_text(item: &Value, f: &Field) -> String {
    match &item[f.key] {
        Value::String(s) => s.clone(),
        Value::Array(list) => list
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join("\n"),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        _ => String::new(),
    }
}

/// Sets a field from what the form holds.
pub fn set_field(item: &mut Value, f: &Field, text: &str) {
    let value = match f.input {
        Input::Lines => Value::Array(
            text.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(|l| Value::String(l.to_owned()))
                .collect(),
        ),
        Input::Check => Value::Bool(text == "true"),
        Input::Choice(_) if f.key == "trigger_when" => json!(text.parse::<i64>().unwrap_or(0)),
        _ => Value::String(text.to_owned()),
    };
    if let Value::Object(map) = item {
        map.insert(f.key.to_owned(), value);
    }
}

/// The URL an incoming webhook is posted to.
pub fn hook_url(origin: &str, id: &str) -> String {
    format!("{origin}/hooks/{id}")
}

/// The calls the dialog makes (the paths are `api.rs`'s).
#[derive(Clone, Debug, PartialEq)]
pub enum Call {
    /// The items of a kind in a team (tokens: the user's).
    List(Kind, TeamId, UserId),
    /// Makes an item.
    Create(Kind, Value),
    /// Saves an item, by id.
    Update(Kind, String, Value),
    /// Deletes an item (bots are disabled, tokens revoked).
    Remove(Kind, String),
    /// Turns a bot back on.
    Enable(Kind, String),
    /// A personal access token for a user (a bot, or oneself), with a description.
    CreateToken(UserId, String),
    /// Adds a user (a new bot) to a team.
    AddToTeam(TeamId, UserId),
}

/// The items of a kind.
pub async fn load(
    server: &impl Server,
    kind: Kind,
    team: &TeamId,
    me: &UserId,
) -> ApiResult<Vec<Value>> {
    let list = server
        .integrations(&Call::List(kind, team.clone(), me.clone()))
        .await?;
    Ok(match list {
        Value::Array(items) => items,
        _ => Vec::new(),
    })
}

/// Saves an item: makes it if it has no id. A new bot joins the team, so that it can be
/// added to its channels; a new token's secret is in the answer's `token`, once.
pub async fn save(
    server: &impl Server,
    kind: Kind,
    team: &TeamId,
    item: Value,
) -> ApiResult<Value> {
    let id = kind.id_of(&item);
    if !id.is_empty() {
        return server.integrations(&Call::Update(kind, id, item)).await;
    }
    match kind {
        Kind::Token => {
            let description = item["description"].as_str().unwrap_or_default().to_owned();
            let me = item["user_id"].as_str().unwrap_or_default().into();
            server
                .integrations(&Call::CreateToken(me, description))
                .await
        }
        Kind::Bot => {
            let bot = server.integrations(&Call::Create(kind, item)).await?;
            let user = UserId(bot["user_id"].as_str().unwrap_or_default().to_owned());
            server
                .integrations(&Call::AddToTeam(team.clone(), user))
                .await?;
            Ok(bot)
        }
        _ => server.integrations(&Call::Create(kind, item)).await,
    }
}

/// Deletes an item (disables a bot, revokes a token).
pub async fn remove(server: &impl Server, kind: Kind, item: &Value) -> ApiResult<()> {
    server
        .integrations(&Call::Remove(kind, kind.id_of(item)))
        .await
        .map(drop)
}

/// Turns a disabled bot back on.
pub async fn enable(server: &impl Server, kind: Kind, item: &Value) -> ApiResult<()> {
    server
        .integrations(&Call::Enable(kind, kind.id_of(item)))
        .await
        .map(drop)
}

/// A token for a bot: the secret, shown once.
pub async fn bot_token(server: &impl Server, bot: &Value, description: &str) -> ApiResult<String> {
    let user = UserId(bot["user_id"].as_str().unwrap_or_default().to_owned());
    let token = server
        .integrations(&Call::CreateToken(user, description.to_owned()))
        .await?;
    Ok(token["token"].as_str().unwrap_or_default().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actions::fake::{FakeServer, run};

    fn user(roles: &str) -> User {
        User {
            roles: roles.into(),
            ..Default::default()
        }
    }

    #[test]
    fn who_sees_what() {
        let mut config = StringMap::new();
        let admin = user("system_user system_admin");
        let member = user("system_user");
        assert!(Kind::ALL.iter().all(|k| k.enabled(&admin, &config)));
        assert!(!may_integrate(Some(&member), &config));
        config.insert("EnableOnlyAdminIntegrations".into(), "false".into());
        assert!(Kind::Incoming.enabled(&member, &config));
        assert!(!Kind::Bot.enabled(&member, &config), "bots are for admins");
        assert!(!Kind::Token.enabled(&member, &config));
        assert!(Kind::Token.enabled(&user("system_user system_user_access_token"), &config));
        config.insert("EnableIncomingWebhooks".into(), "false".into());
        assert!(!Kind::Incoming.enabled(&admin, &config));
        assert!(!may_integrate(None, &config));
    }

    #[test]
    fn fields_read_and_write_the_api_objects() {
        let team = TeamId::from("t1");
        let mut hook = Kind::Outgoing.blank(&team, None);
        let f = |key| {
            *Kind::Outgoing
                .fields()
                .iter()
                .find(|f| f.key == key)
                .unwrap()
        };
        set_field(&mut hook, &f("trigger_words"), "!deploy\n\n  build \n");
        assert_eq!(hook["trigger_words"], json!(["!deploy", "build"]));
        assert_eq!(field_text(&hook, &f("trigger_words")), "!deploy\nbuild");
        set_field(&mut hook, &f("trigger_when"), "1");
        assert_eq!(hook["trigger_when"], 1);
        assert_eq!(field_text(&hook, &f("trigger_when")), "1");
        let mut hook = Kind::Incoming.blank(&team, Some("c1"));
        let locked = *Kind::Incoming
            .fields()
            .iter()
            .find(|f| f.key == "channel_locked")
            .unwrap();
        set_field(&mut hook, &locked, "true");
        assert_eq!(hook["channel_locked"], true);
        assert_eq!(Kind::Incoming.name_of(&json!({"id": "h1"})), "h1");
        assert_eq!(
            Kind::Command.name_of(&json!({"trigger": "deploy"})),
            "/deploy"
        );
        assert_eq!(
            hook_url("https://chat.example.org", "h1"),
            "https://chat.example.org/hooks/h1"
        );
    }

    #[test]
    fn a_new_bot_joins_the_team_and_an_edit_keeps_its_id() {
        let server = FakeServer::default();
        server.answer_with(json!({"user_id": "b1", "username": "relay"}));
        server.answer_with(json!({"team_id": "t1", "user_id": "b1"}));
        let team = TeamId::from("t1");
        let bot = run(save(
            &server,
            Kind::Bot,
            &team,
            json!({"username": "relay"}),
        ))
        .unwrap();
        assert_eq!(bot["user_id"], "b1");
        server.answer_with(json!({"id": "h1"}));
        run(save(
            &server,
            Kind::Incoming,
            &team,
            json!({"id": "h1", "display_name": "IRC"}),
        ))
        .unwrap();
        server.answer_with(json!({"status": "OK"}));
        run(remove(&server, Kind::Token, &json!({"id": "k1"}))).unwrap();
        assert_eq!(
            *server.calls.borrow(),
            [
                "integrations Create(Bot) relay",
                "integrations AddToTeam t1 b1",
                "integrations Update(Incoming) h1",
                "integrations Remove(Token) k1",
            ]
        );
    }
}
