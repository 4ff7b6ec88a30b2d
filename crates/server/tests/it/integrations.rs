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
