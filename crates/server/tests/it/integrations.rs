//! Bots, personal access tokens, webhooks and slash commands.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::common::{Client, Server};

/// A client that signs in with a personal access token.
fn with_token(server: &Server, token: &str, user: &Value) -> Client {
    Client {
        base: server.api(""),
        http: reqwest::Client::new(),
        token: Some(token.to_owned()),
        user: serde_json::from_value(user.clone()).unwrap(),
        ws: server.ws_url(),
    }
}

#[tokio::test]
async fn bots_sign_in_with_tokens_only_and_their_posts_are_marked() {
    let server = Server::start().await;
    let ann = server.admin().await;
    let team = ann.team().await;
    let team_id = team["id"].as_str().unwrap();
    let square = ann.channel(team_id, "town-square").await;

    let (s, bot) = ann
        .post(
            "/bots",
            json!({"username": "relay", "display_name": "IRC relay", "description": "Bridges #wikimedia"}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{bot}");
    assert_eq!(bot["owner_id"], ann.id().as_str());
    let bot_id = bot["user_id"].as_str().unwrap();
    let user = ann.ok(&format!("/users/{bot_id}")).await;
    assert_eq!(user["is_bot"], true);

    // No password log-in, whatever the password.
    let res = reqwest::Client::new()
        .post(server.api("/users/login"))
        .json(&json!({"login_id": "relay", "password": "anything"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["id"], "api.user.login.bot_login_forbidden.app_error");

    // Its owner makes it a token; the secret is shown once.
    let (s, token) = ann
        .post(
            &format!("/users/{bot_id}/tokens"),
            json!({"description": "matterbridge"}),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{token}");
    let secret = token["token"].as_str().unwrap().to_owned();
    let listed = ann.ok(&format!("/users/{bot_id}/tokens")).await;
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert!(listed[0].get("token").is_none(), "{listed}");

    let (s, _) = ann
        .post(
            &format!("/teams/{team_id}/members"),
            json!({"team_id": team_id, "user_id": bot_id}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED);
    let relay = with_token(&server, &secret, &user);
    assert_eq!(relay.ok("/users/me").await["id"], bot_id);
    let (s, post) = relay
        .post(
            "/posts",
            json!({"channel_id": square, "message": "<nick> hello from IRC"}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{post}");
    assert_eq!(post["props"]["from_bot"], "true");
    // A bot cannot forge a webhook's marks either.
    let (_, forged) = relay
        .post(
            "/posts",
            json!({"channel_id": square, "message": "x", "props": {"from_webhook": "true", "override_username": "Jimbo"}}),
        )
        .await;
    assert!(forged["props"].get("from_webhook").is_none(), "{forged}");
    assert!(forged["props"].get("override_username").is_none());

    // Disabled, the token stops working at once; revoked, it is gone.
    let token_id = token["id"].as_str().unwrap();
    let (s, _) = ann
        .post("/users/tokens/disable", json!({"token_id": token_id}))
        .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(relay.get("/users/me").await.0, StatusCode::UNAUTHORIZED);
    let (s, _) = ann
        .post("/users/tokens/enable", json!({"token_id": token_id}))
        .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(relay.get("/users/me").await.0, StatusCode::OK);
    let (s, _) = ann
        .post(&format!("/bots/{bot_id}/disable"), json!({}))
        .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(relay.get("/users/me").await.0, StatusCode::UNAUTHORIZED);
    let (s, _) = ann.post(&format!("/bots/{bot_id}/enable"), json!({})).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(relay.get("/users/me").await.0, StatusCode::OK);
    let (s, _) = ann
        .post("/users/tokens/revoke", json!({"token_id": token_id}))
        .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(relay.get("/users/me").await.0, StatusCode::UNAUTHORIZED);
    assert_eq!(
        ann.ok(&format!("/users/{bot_id}/tokens"))
            .await
            .as_array()
            .unwrap()
            .len(),
        0
    );
}

#[tokio::test]
async fn an_admin_decides_who_makes_tokens_and_bots() {
    let server = Server::start().await;
    let ann = server.admin().await;
    let team = ann.team().await;
    let bob = server
        .signup("bob", Some(team["invite_id"].as_str().unwrap()))
        .await;
    let bob_id = bob.id();

    // Bob may neither make bots nor tokens, nor give himself the role.
    let (s, _) = bob.post("/bots", json!({"username": "bobbot"})).await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, _) = bob
        .post("/users/me/tokens", json!({"description": "mine"}))
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, _) = bob
        .put(
            "/users/me/roles",
            json!({"roles": "system_user system_user_access_token"}),
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    // Nor touch Ann's tokens.
    let (_, anns) = ann
        .post("/users/me/tokens", json!({"description": "ann's"}))
        .await;
    let (s, _) = bob
        .post("/users/tokens/revoke", json!({"token_id": anns["id"]}))
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);

    // Ann allows him.
    let (s, _) = ann
        .put(
            &format!("/users/{bob_id}/roles"),
            json!({"roles": "system_user system_user_access_token"}),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    let (s, token) = bob
        .post("/users/me/tokens", json!({"description": "for my script"}))
        .await;
    assert_eq!(s, StatusCode::OK, "{token}");
    let script = with_token(&server, token["token"].as_str().unwrap(), &json!(bob.user));
    assert_eq!(script.ok("/users/me").await["username"], "bob");
    // Roles outside the known ones are refused.
    let (s, _) = ann
        .put(
            &format!("/users/{bob_id}/roles"),
            json!({"roles": "system_user root"}),
        )
        .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    // A description is needed.
    let (s, _) = bob
        .post("/users/me/tokens", json!({"description": " "}))
        .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn posting_too_fast_gets_429_with_mattermosts_rate_limit_headers() {
    let config = causerie_server::Config {
        max_posts_per_minute: 3,
        ..Default::default()
    };
    let server = Server::start_with(tempfile::tempdir().unwrap(), config).await;
    let ann = server.admin().await;
    let team = ann.team().await;
    let square = ann
        .channel(team["id"].as_str().unwrap(), "town-square")
        .await;
    for i in 0..3 {
        ann.post_message(&square, &format!("message {i}")).await;
    }
    let res = reqwest::Client::new()
        .post(server.api("/posts"))
        .bearer_auth(ann.token.as_deref().unwrap())
        .json(&json!({"channel_id": square, "message": "one too many"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    let h = res.headers();
    assert_eq!(h["x-ratelimit-limit"], "3");
    assert_eq!(h["x-ratelimit-remaining"], "0");
    let reset: u64 = h["x-ratelimit-reset"].to_str().unwrap().parse().unwrap();
    assert!((1..=60).contains(&reset), "{reset}");
    assert_eq!(h["retry-after"], h["x-ratelimit-reset"]);
    // Nothing was posted.
    let posts = ann.ok(&format!("/channels/{square}/posts")).await;
    assert!(
        !posts["posts"]
            .as_object()
            .unwrap()
            .values()
            .any(|p| p["message"] == "one too many")
    );
}

/// A local integration: records what it is sent and answers with `answer`.
struct Receiver {
    url: String,
    got: tokio::sync::mpsc::UnboundedReceiver<(axum::http::HeaderMap, String, String)>,
}

async fn receiver(answer: &'static str) -> Receiver {
    use axum::routing::any;
    let (tx, got) = tokio::sync::mpsc::unbounded_channel();
    let app = axum::Router::new().route(
        "/{*path}",
        any(
            move |headers: axum::http::HeaderMap, uri: axum::http::Uri, body: String| {
                let tx = tx.clone();
                async move {
                    let _ = tx.send((headers, uri.query().unwrap_or("").to_owned(), body));
                    (
                        [(axum::http::header::CONTENT_TYPE, "application/json")],
                        answer,
                    )
                }
            },
        ),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    Receiver {
        url: format!("http://{addr}/callback"),
        got,
    }
}

fn form(body: &str) -> std::collections::HashMap<String, String> {
    url::form_urlencoded::parse(body.as_bytes())
        .into_owned()
        .collect()
}

#[tokio::test]
async fn incoming_webhooks_post_as_their_creator_with_overrides_only_when_allowed() {
    let config = causerie_server::Config {
        enable_post_username_override: true,
        enable_post_icon_override: true,
        ..Default::default()
    };
    let server = Server::start_with(tempfile::tempdir().unwrap(), config).await;
    let ann = server.admin().await;
    let team = ann.team().await;
    let team_id = team["id"].as_str().unwrap();
    let bob = server
        .signup("bob", Some(team["invite_id"].as_str().unwrap()))
        .await;
    let square = ann.channel(team_id, "town-square").await;
    let mut bob_ws = bob.connect().await;

    let (s, hook) = ann
        .post(
            "/hooks/incoming",
            json!({"channel_id": square, "display_name": "IRC", "username": "irc-bridge"}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{hook}");
    let id = hook["id"].as_str().unwrap();
    let url = format!("{}/hooks/{id}", server.url);
    let http = reqwest::Client::new();

    // JSON, as Matterbridge sends it: exactly 200 "ok".
    let res = http
        .post(&url)
        .json(
            &json!({"text": "hello from <https://libera.chat|Libera>", "username": "nick",
                       "icon_url": "https://example.org/nick.png",
                       "props": {"matterbridge_1234": true, "from_bot": "true"}}),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.text().await.unwrap(), "ok");
    let post = crate::common::event_post(&bob_ws.expect("posted").await);
    assert_eq!(post["message"], "hello from [Libera](https://libera.chat)");
    assert_eq!(post["user_id"], ann.id().as_str());
    assert_eq!(post["props"]["from_webhook"], "true");
    assert_eq!(post["props"]["override_username"], "nick");
    assert_eq!(
        post["props"]["override_icon_url"],
        "https://example.org/nick.png"
    );
    assert_eq!(post["props"]["matterbridge_1234"], true);
    assert!(
        post["props"].get("from_bot").is_none(),
        "a hook cannot forge marks"
    );

    // A form with `payload`, and the hook's own name when the request gives none.
    let res = http
        .post(&url)
        .form(&[("payload", r#"{"text": "from a form"}"#)])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let post = crate::common::event_post(&bob_ws.expect("posted").await);
    assert_eq!(post["message"], "from a form");
    assert_eq!(post["props"]["override_username"], "irc-bridge");

    // Attachments alone are a message.
    let res = http
        .post(&url)
        .json(&json!({"attachments": [{"fallback": "CI failed", "title": "Build 12", "text": "see <https://ci.example.org|CI>"}]}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let post = crate::common::event_post(&bob_ws.expect("posted").await);
    assert_eq!(post["type"], "slack_attachment");
    assert_eq!(
        post["props"]["attachments"][0]["text"],
        "see [CI](https://ci.example.org)"
    );

    // To bob directly.
    let res = http
        .post(&url)
        .json(&json!({"text": "psst", "channel": "@bob"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let posted = bob_ws.expect("posted").await;
    assert_eq!(posted.data["channel_type"], "D");

    // Errors, in Mattermost's words.
    let bad = |res: reqwest::Response| async move {
        let status = res.status();
        let body: Value = res.json().await.unwrap();
        (status, body["id"].as_str().unwrap_or("").to_owned())
    };
    let res = http
        .post(&url)
        .json(&json!({"text": " "}))
        .send()
        .await
        .unwrap();
    assert_eq!(
        bad(res).await,
        (
            StatusCode::BAD_REQUEST,
            "web.incoming_webhook.text.app_error".into()
        )
    );
    let res = http
        .post(format!("{}/hooks/{}", server.url, "a".repeat(26)))
        .json(&json!({"text": "x"}))
        .send()
        .await
        .unwrap();
    assert_eq!(
        bad(res).await,
        (
            StatusCode::BAD_REQUEST,
            "web.incoming_webhook.invalid.app_error".into()
        )
    );
    let res = http.post(&url).body("{").send().await.unwrap();
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    let res = http
        .post(&url)
        .json(&json!({"text": "x", "channel": "no-such-channel"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);

    // Locked to its channel.
    let other = ann.create_channel(team_id, "other", "O").await;
    let (s, _) = ann
        .put(
            &format!("/hooks/incoming/{id}"),
            json!({"id": id, "channel_id": square, "channel_locked": true, "display_name": "IRC"}),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    let res = http
        .post(&url)
        .json(&json!({"text": "x", "channel": "other"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let _ = other;

    // Bob, not an admin, may not make hooks, nor see Ann's.
    let (s, _) = bob
        .post("/hooks/incoming", json!({"channel_id": square}))
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, _) = bob.get(&format!("/hooks/incoming/{id}")).await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let list = ann.ok(&format!("/hooks/incoming?team_id={team_id}")).await;
    assert_eq!(list.as_array().unwrap().len(), 1);

    // Deleted, its URL stops working.
    let (s, _) = ann.delete(&format!("/hooks/incoming/{id}")).await;
    assert_eq!(s, StatusCode::OK);
    let res = http
        .post(&url)
        .json(&json!({"text": "x"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn without_the_override_settings_a_hook_shows_its_creator() {
    let server = Server::start().await;
    let ann = server.admin().await;
    let team = ann.team().await;
    let square = ann
        .channel(team["id"].as_str().unwrap(), "town-square")
        .await;
    let (_, hook) = ann
        .post(
            "/hooks/incoming",
            json!({"channel_id": square, "username": "bridge"}),
        )
        .await;
    let mut ws = ann.connect().await;
    let res = reqwest::Client::new()
        .post(format!(
            "{}/hooks/{}",
            server.url,
            hook["id"].as_str().unwrap()
        ))
        .json(&json!({"text": "hi", "username": "Jimbo", "icon_url": "https://example.org/j.png"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let post = crate::common::event_post(&ws.expect("posted").await);
    assert_eq!(post["props"]["from_webhook"], "true");
    assert!(post["props"].get("override_username").is_none());
    assert!(post["props"].get("override_icon_url").is_none());
}

#[tokio::test]
async fn outgoing_webhooks_call_back_and_post_the_answer_once() {
    let mut hook_site =
        receiver(r#"{"text": "!weather: sunny in Paris", "response_type": "comment"}"#).await;
    let config = causerie_server::Config {
        outgoing_allowed: vec![hook_site.url.split('/').nth(2).unwrap().to_owned()],
        ..Default::default()
    };
    let server = Server::start_with(tempfile::tempdir().unwrap(), config).await;
    let ann = server.admin().await;
    let team = ann.team().await;
    let team_id = team["id"].as_str().unwrap();
    let bob = server
        .signup("bob", Some(team["invite_id"].as_str().unwrap()))
        .await;
    let square = ann.channel(team_id, "town-square").await;

    // Not to a private address that is not allowed.
    let (s, _) = ann
        .post(
            "/hooks/outgoing",
            json!({"team_id": team_id, "trigger_words": ["!x"], "callback_urls": ["http://10.0.0.1/x"]}),
        )
        .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    let (s, hook) = ann
        .post(
            "/hooks/outgoing",
            json!({"team_id": team_id, "channel_id": square, "trigger_words": ["!weather"],
                   "callback_urls": [hook_site.url], "display_name": "Weather", "username": "weather"}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{hook}");

    let mut ws = bob.connect().await;
    let asked = bob.post_message(&square, "!weather paris").await;
    let (_, _, body) = hook_site.got.recv().await.unwrap();
    let f = form(&body);
    assert_eq!(f["token"], hook["token"].as_str().unwrap());
    assert_eq!(f["trigger_word"], "!weather");
    assert_eq!(f["text"], "!weather paris");
    assert_eq!(f["user_name"], "bob");
    assert_eq!(f["channel_name"], "town-square");
    assert_eq!(f["team_domain"], team["name"].as_str().unwrap());
    assert_eq!(f["post_id"], asked["id"].as_str().unwrap());
    assert!(
        f["timestamp"].parse::<i64>().unwrap() < 10_000_000_000,
        "seconds"
    );

    // The answer comes back in the thread, once: it starts with the trigger word, but a
    // hook's post triggers no hook.
    let mut answer = None;
    while answer.is_none() {
        let post = crate::common::event_post(&ws.expect("posted").await);
        if post["props"]["from_webhook"] == "true" {
            answer = Some(post);
        }
    }
    let answer = answer.unwrap();
    assert_eq!(answer["message"], "!weather: sunny in Paris");
    assert_eq!(answer["root_id"], asked["id"]);
    assert_eq!(answer["user_id"], ann.id().as_str());
    bob.barrier().await;
    ws.expect_none_before(&["posted"], "user_updated").await;
    assert!(hook_site.got.try_recv().is_err(), "called once");

    // Other words do not trigger it.
    bob.post_message(&square, "the !weather is nice").await;
    ws.expect("posted").await;
    bob.barrier().await;
    ws.expect_none_before(&["posted"], "user_updated").await;
    assert!(hook_site.got.try_recv().is_err());

    // Deleted, it is not called.
    let (s, _) = ann
        .delete(&format!("/hooks/outgoing/{}", hook["id"].as_str().unwrap()))
        .await;
    assert_eq!(s, StatusCode::OK);
}

async fn run(client: &Client, channel: &str, command: &str) -> (StatusCode, Value) {
    client
        .post(
            "/commands/execute",
            json!({"channel_id": channel, "command": command}),
        )
        .await
}

#[tokio::test]
async fn built_in_slash_commands_do_what_they_say() {
    let server = Server::start().await;
    let ann = server.admin().await;
    let team = ann.team().await;
    let team_id = team["id"].as_str().unwrap();
    let bob = server
        .signup("bob", Some(team["invite_id"].as_str().unwrap()))
        .await;
    let square = ann.channel(team_id, "town-square").await;
    let other = ann.create_channel(team_id, "other", "O").await;
    let mut ann_ws = ann.connect().await;
    let mut bob_ws = bob.connect().await;

    let (s, _) = run(&bob, &square, "/me waves").await;
    assert_eq!(s, StatusCode::OK);
    let post = crate::common::event_post(&ann_ws.expect("posted").await);
    assert_eq!(post["message"], "*waves*");
    assert_eq!(post["user_id"], bob.id().as_str());
    let (s, _) = run(&bob, &square, "/shrug oh well").await;
    assert_eq!(s, StatusCode::OK);
    let post = crate::common::event_post(&ann_ws.expect("posted").await);
    assert_eq!(post["message"], "oh well ¯\\\\\\_(ツ)\\_/¯");

    // /help: an answer for bob alone.
    let (s, _) = run(&bob, &square, "/help").await;
    assert_eq!(s, StatusCode::OK);
    let e = bob_ws.expect("ephemeral_message").await;
    let help = crate::common::event_post(&e);
    assert_eq!(help["type"], "system_ephemeral");
    assert!(help["message"].as_str().unwrap().contains("/shrug"));
    ann.barrier().await;
    ann_ws
        .expect_none_before(&["ephemeral_message"], "user_updated")
        .await;

    // /join and /leave.
    let (s, joined) = run(&bob, &square, "/join ~other").await;
    assert_eq!(s, StatusCode::OK, "{joined}");
    assert_eq!(
        joined["goto_location"],
        format!("/{}/channels/other", team["name"].as_str().unwrap())
    );
    assert_eq!(
        bob.get(&format!("/channels/{other}/members/me")).await.0,
        StatusCode::OK
    );
    let (s, _) = run(&bob, &other, "/leave").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(
        bob.get(&format!("/channels/{other}/members/me")).await.0,
        StatusCode::NOT_FOUND
    );

    // /invite and /kick, with the caller's rights.
    let (s, _) = run(&ann, &other, "/invite @bob").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(
        bob.get(&format!("/channels/{other}/members/me")).await.0,
        StatusCode::OK
    );
    let (s, _) = run(&ann, &other, "/kick @bob").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(
        bob.get(&format!("/channels/{other}/members/me")).await.0,
        StatusCode::NOT_FOUND
    );

    // Status, header, purpose.
    let (s, _) = run(&bob, &square, "/dnd").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(bob.ok("/users/me/status").await["status"], "dnd");
    let (s, _) = run(&bob, &square, "/online").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(bob.ok("/users/me/status").await["status"], "online");
    let (s, _) = run(&ann, &other, "/header Weekly sync").await;
    assert_eq!(s, StatusCode::OK);
    let (s, _) = run(&ann, &other, "/purpose Planning").await;
    assert_eq!(s, StatusCode::OK);
    let ch = ann.ok(&format!("/channels/{other}")).await;
    assert_eq!(
        (ch["header"].as_str(), ch["purpose"].as_str()),
        (Some("Weekly sync"), Some("Planning"))
    );

    // /msg opens the direct channel and posts in it.
    let (s, r) = run(&ann, &square, "/msg @bob lunch?").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(
        r["goto_location"],
        format!(
            "/{}/channels/{}",
            team["name"].as_str().unwrap(),
            ann.post("/channels/direct", json!([ann.id(), bob.id()]))
                .await
                .1["name"]
                .as_str()
                .unwrap()
        )
    );
    let e = bob_ws.expect("posted").await;
    assert_eq!(e.data["channel_type"], "D");
    assert_eq!(
        crate::common::event_post(&ann_ws.expect("posted").await)["message"],
        "lunch?"
    );

    // /echo
    let (s, _) = run(&bob, &square, "/echo \"hello again\" 0").await;
    assert_eq!(s, StatusCode::OK);
    let post = crate::common::event_post(&ann_ws.expect("posted").await);
    assert_eq!(post["message"], "hello again");

    // Unknown commands, and lines that are not commands.
    let (s, e) = run(&bob, &square, "/nope").await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    assert_eq!(e["id"], "api.command.execute_command.not_found.app_error");
    let (s, _) = run(&bob, &square, "no slash").await;
    assert_eq!(s, StatusCode::BAD_REQUEST);

    // The composer's list.
    let list = bob
        .ok(&format!("/teams/{team_id}/commands/autocomplete"))
        .await;
    let triggers: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["trigger"].as_str().unwrap())
        .collect();
    for t in [
        "away", "dnd", "echo", "header", "help", "invite", "join", "kick", "leave", "me", "msg",
        "online", "purpose", "shrug",
    ] {
        assert!(triggers.contains(&t), "{t}");
    }
}

#[tokio::test]
async fn custom_commands_call_out_and_answer_in_channel_or_privately() {
    let mut site = receiver(
        r#"{"response_type": "in_channel", "text": "Deploying **main**", "username": "deployer"}"#,
    )
    .await;
    let config = causerie_server::Config {
        outgoing_allowed: vec![site.url.split('/').nth(2).unwrap().to_owned()],
        enable_post_username_override: true,
        ..Default::default()
    };
    let server = Server::start_with(tempfile::tempdir().unwrap(), config).await;
    let ann = server.admin().await;
    let team = ann.team().await;
    let team_id = team["id"].as_str().unwrap();
    let bob = server
        .signup("bob", Some(team["invite_id"].as_str().unwrap()))
        .await;
    let square = ann.channel(team_id, "town-square").await;

    let (s, cmd) = ann
        .post(
            "/commands",
            json!({"team_id": team_id, "trigger": "deploy", "method": "P", "url": site.url,
                   "auto_complete": true, "auto_complete_hint": "[branch]",
                   "auto_complete_desc": "Deploy a branch"}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{cmd}");
    // Built-in triggers and taken ones are refused.
    let (s, _) = ann
        .post(
            "/commands",
            json!({"team_id": team_id, "trigger": "me", "method": "P", "url": site.url}),
        )
        .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    let (s, _) = bob
        .post(
            "/commands",
            json!({"team_id": team_id, "trigger": "x", "method": "P", "url": site.url}),
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);

    let mut ann_ws = ann.connect().await;
    let mut bob_ws = bob.connect().await;
    let (s, answer) = bob
        .post(
            "/commands/execute",
            json!({"channel_id": square, "command": "/deploy main"}),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{answer}");
    let (headers, _, body) = site.got.recv().await.unwrap();
    assert_eq!(
        headers["authorization"],
        format!("Token {}", cmd["token"].as_str().unwrap()).as_str()
    );
    let f = form(&body);
    assert_eq!(f["command"], "/deploy");
    assert_eq!(f["text"], "main");
    assert_eq!(f["user_name"], "bob");
    let response_url = f["response_url"].clone();
    assert!(response_url.starts_with("http://"), "{response_url}");
    let post = crate::common::event_post(&ann_ws.expect("posted").await);
    assert_eq!(post["message"], "Deploying **main**");
    assert_eq!(post["user_id"], bob.id().as_str());
    assert_eq!(post["props"]["from_webhook"], "true");
    assert_eq!(post["props"]["override_username"], "deployer");

    // A delayed answer, privately, then five uses at most.
    let http = reqwest::Client::new();
    let res = http
        .post(&response_url)
        .json(&json!({"text": "done, only you see this"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let e = bob_ws.expect("ephemeral_message").await;
    assert_eq!(
        crate::common::event_post(&e)["message"],
        "done, only you see this"
    );
    for _ in 0..4 {
        let res = http
            .post(&response_url)
            .json(&json!({"text": "again"}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::OK);
    }
    let res = http
        .post(&response_url)
        .json(&json!({"text": "too many"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);

    // The composer offers it, without its secrets.
    let list = bob
        .ok(&format!("/teams/{team_id}/commands/autocomplete"))
        .await;
    let deploy = list
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["trigger"] == "deploy")
        .unwrap();
    assert_eq!(deploy["auto_complete_hint"], "[branch]");
    assert_eq!(deploy["token"], "");
    assert_eq!(deploy["url"], "");
}
