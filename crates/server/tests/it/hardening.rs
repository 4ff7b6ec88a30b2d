//! What an adversarial review found (issue 14): each test failed before its fix.

use reqwest::StatusCode;
use serde_json::json;

use crate::common::{Client, Server};

fn config() -> causerie_server::Config {
    causerie_server::Config {
        // Tests come from loopback: trusting it lets `X-Forwarded-For` play the clients.
        trusted_proxies: vec!["127.0.0.1/32".parse().unwrap()],
        ..Default::default()
    }
}

async fn login_from(server: &Server, address: &str, login_id: &str, password: &str) -> StatusCode {
    reqwest::Client::new()
        .post(server.api("/users/login"))
        .header("x-forwarded-for", address)
        .json(&json!({"login_id": login_id, "password": password}))
        .send()
        .await
        .unwrap()
        .status()
}

#[tokio::test]
async fn a_log_in_flood_is_refused_before_hashing_and_a_real_log_in_still_works() {
    let server = Server::start_with(tempfile::tempdir().unwrap(), config()).await;
    let _ann = server.admin().await;
    let before = server.state.hasher.done();
    // 150 concurrent log-ins with random login ids, from one address.
    let flood: Vec<_> = (0..150)
        .map(|i| {
            let url = server.api("/users/login");
            tokio::spawn(async move {
                reqwest::Client::new()
                    .post(url)
                    .header("x-forwarded-for", "6.6.6.6")
                    .json(&json!({"login_id": format!("nobody{i}"), "password": "wrong-password"}))
                    .send()
                    .await
                    .unwrap()
                    .status()
            })
        })
        .collect();
    let mut limited = 0;
    for f in flood {
        match f.await.unwrap() {
            StatusCode::TOO_MANY_REQUESTS => limited += 1,
            StatusCode::UNAUTHORIZED => {}
            other => panic!("a flooding log-in got {other}"),
        }
    }
    let hashed = server.state.hasher.done() - before;
    let per_address = u64::from(config().max_login_attempts_per_address);
    assert!(
        limited >= 150 - per_address,
        "only {limited} of 150 were refused"
    );
    // One more for the unknown-account hash made once.
    assert!(
        hashed <= per_address + 1,
        "{hashed} passwords were hashed for the flood"
    );
    // The flooding address stays refused; another one logs in.
    assert_eq!(
        login_from(&server, "6.6.6.6", "ann", "correct-horse").await,
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(
        login_from(&server, "1.2.3.4", "ann", "correct-horse").await,
        StatusCode::OK
    );
}

#[tokio::test]
async fn guessing_one_account_from_many_addresses_is_limited() {
    let server = Server::start_with(tempfile::tempdir().unwrap(), config()).await;
    let _ann = server.admin().await;
    let max = config().max_login_attempts * 4;
    for i in 0..max {
        let s = login_from(&server, &format!("10.9.0.{i}"), "ann", "wrong-password").await;
        assert_eq!(s, StatusCode::UNAUTHORIZED);
    }
    let s = login_from(&server, "10.9.1.1", "ann", "wrong-password").await;
    assert_eq!(s, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn a_sign_up_that_will_be_refused_hashes_nothing() {
    let server = Server::start_with(tempfile::tempdir().unwrap(), config()).await;
    let ann = server.admin().await;
    let anon = Client::anonymous(&server);
    let before = server.state.hasher.done();
    let body = |name: &str| json!({"email": format!("{name}@example.org"), "username": name, "password": "correct-horse"});
    for i in 0..20 {
        // A closed server without an invite.
        let (s, _) = anon.post("/users", body(&format!("eve{i}"))).await;
        assert_eq!(s, StatusCode::FORBIDDEN);
    }
    let (s, _) = anon.post("/users?iid=nosuchinvite", body("eve")).await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    let invite = ann.team().await["invite_id"].as_str().unwrap().to_owned();
    let (s, _) = anon
        .post(&format!("/users?iid={invite}"), body("ann"))
        .await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "the username is taken");
    assert_eq!(server.state.hasher.done(), before);
}

#[tokio::test]
async fn sign_up_and_profile_fields_are_capped() {
    let server = Server::start_with(tempfile::tempdir().unwrap(), config()).await;
    let ann = server.admin().await;
    let invite = ann.team().await["invite_id"].as_str().unwrap().to_owned();
    let anon = Client::anonymous(&server);
    let (s, v) = anon
        .post(
            &format!("/users?iid={invite}"),
            json!({"email": "long@example.org", "username": "long", "password": "correct-horse",
                   "nickname": "x".repeat(200_000)}),
        )
        .await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "{v}");
    assert_eq!(v["id"], "model.user.is_valid.nickname.app_error");

    // 900 KB of props would go to everyone.
    let (s, _) = ann
        .put(
            "/users/me/patch",
            json!({"props": {"blob": "x".repeat(900_000)}}),
        )
        .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);

    // Notification keys do not pile up over many patches.
    let mut refused = false;
    for i in 0..60 {
        let (s, _) = ann
            .put(
                "/users/me/patch",
                json!({"notify_props": {format!("client_key_{i}"): "x".repeat(100)}}),
            )
            .await;
        if s == StatusCode::BAD_REQUEST {
            refused = true;
            break;
        }
        assert_eq!(s, StatusCode::OK);
    }
    assert!(refused, "60 notification keys were accepted");
    let me = ann.ok("/users/me").await;
    assert!(me["notify_props"].as_object().unwrap().len() <= 50);

    // Typing relays no 900 KB parent id.
    let town = ann
        .channel(ann.team().await["id"].as_str().unwrap(), "town-square")
        .await;
    let (s, _) = ann
        .post(
            "/users/me/typing",
            json!({"channel_id": town, "parent_id": "p".repeat(900_000)}),
        )
        .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);

    // Preferences have a total.
    let uid = ann.id();
    let mut last = StatusCode::OK;
    for batch in 0..11 {
        let prefs: Vec<_> = (0..100)
            .map(|i| json!({"user_id": uid, "category": "flagged_post", "name": format!("n{batch}x{i}"), "value": "true"}))
            .collect();
        last = ann.put("/users/me/preferences", json!(prefs)).await.0;
        if batch < 10 {
            assert_eq!(last, StatusCode::OK);
        }
    }
    assert_eq!(last, StatusCode::BAD_REQUEST, "1,100 preferences were kept");
}

#[tokio::test]
async fn e_mail_addresses_fold_case_and_change_only_with_the_password() {
    let server = Server::start_with(tempfile::tempdir().unwrap(), config()).await;
    let ann = server.admin().await;
    let invite = ann.team().await["invite_id"].as_str().unwrap().to_owned();
    let anon = Client::anonymous(&server);
    let signup = |email: &str, name: &str| json!({"email": email, "username": name, "password": "correct-horse"});
    let (s, _) = anon
        .post(
            &format!("/users?iid={invite}"),
            signup("jörg@example.org", "jorg"),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED);
    let (s, v) = anon
        .post(
            &format!("/users?iid={invite}"),
            signup("JÖRG@example.org", "jorg2"),
        )
        .await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "{v}");
    assert_eq!(v["id"], "app.user.save.email_exists.app_error");
    assert_eq!(
        login_from(&server, "1.1.1.1", "JÖRG@EXAMPLE.ORG", "correct-horse").await,
        StatusCode::OK
    );

    let jorg = server.login("jorg").await;
    let (s, _) = jorg
        .put("/users/me/patch", json!({"email": "thief@example.org"}))
        .await;
    assert_eq!(s, StatusCode::UNAUTHORIZED, "no password");
    let (s, _) = jorg
        .put(
            "/users/me/patch",
            json!({"email": "thief@example.org", "password": "wrong-password"}),
        )
        .await;
    assert_eq!(s, StatusCode::UNAUTHORIZED, "a wrong password");
    let (s, v) = jorg
        .put(
            "/users/me/patch",
            json!({"email": "New@Example.org", "password": "correct-horse"}),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(v["email"], "new@example.org");
    // Other fields need no password, and an admin needs none.
    let (s, _) = jorg.put("/users/me/patch", json!({"nickname": "J"})).await;
    assert_eq!(s, StatusCode::OK);
    let (s, _) = ann
        .put(
            &format!("/users/{}/patch", jorg.id()),
            json!({"email": "jorg@example.org"}),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
}

/// A WebSocket upgrade carrying the user's cookie, from a page of `origin`.
async fn cookie_upgrade(
    server: &Server,
    token: &str,
    origin: Option<&str>,
) -> Result<(), tokio_tungstenite::tungstenite::Error> {
    use tokio_tungstenite::tungstenite::client::IntoClientRequest;
    let mut req = server.ws_url().into_client_request().unwrap();
    req.headers_mut()
        .insert("cookie", format!("MMAUTHTOKEN={token}").parse().unwrap());
    if let Some(o) = origin {
        req.headers_mut().insert("origin", o.parse().unwrap());
    }
    tokio_tungstenite::connect_async(req).await.map(|_| ())
}

#[tokio::test]
async fn another_site_cannot_open_a_websocket_with_the_users_cookie() {
    let config = causerie_server::Config {
        cors_allowed_origins: vec!["https://wiki.example".into()],
        ..Default::default()
    };
    let server = Server::start_with(tempfile::tempdir().unwrap(), config).await;
    let ann = server.admin().await;
    let token = ann.token.clone().unwrap();
    let refused = cookie_upgrade(&server, &token, Some("http://evil.example")).await;
    match refused {
        Err(tokio_tungstenite::tungstenite::Error::Http(res)) => {
            assert_eq!(res.status(), StatusCode::FORBIDDEN)
        }
        other => panic!("a cross-site upgrade was not refused: {other:?}"),
    }
    // This site's own pages, allowed origins and clients that are not pages may.
    let own = server.url.clone();
    cookie_upgrade(&server, &token, Some(&own)).await.unwrap();
    cookie_upgrade(&server, &token, Some("https://wiki.example"))
        .await
        .unwrap();
    cookie_upgrade(&server, &token, None).await.unwrap();
    // A Bearer token from any origin is not a cookie the browser added by itself.
    use tokio_tungstenite::tungstenite::client::IntoClientRequest;
    let mut req = server.ws_url().into_client_request().unwrap();
    req.headers_mut()
        .insert("authorization", format!("Bearer {token}").parse().unwrap());
    req.headers_mut()
        .insert("origin", "http://evil.example".parse().unwrap());
    tokio_tungstenite::connect_async(req).await.unwrap();
}

/// Ann (admin), bob and carol in one team; the team's id and town square.
async fn three() -> (Server, Client, Client, Client, String, String) {
    let server = Server::start().await;
    let ann = server.admin().await;
    let team = ann.team().await;
    let invite = team["invite_id"].as_str().unwrap().to_owned();
    let bob = server.signup("bob", Some(&invite)).await;
    let carol = server.signup("carol", Some(&invite)).await;
    let team_id = team["id"].as_str().unwrap().to_owned();
    let town = ann.channel(&team_id, "town-square").await;
    (server, ann, bob, carol, team_id, town)
}

#[tokio::test]
async fn edits_follow_the_rules_of_posting() {
    let (_server, ann, bob, carol, team_id, town) = three().await;
    let staff = ann.create_channel(&team_id, "staff", "P").await;
    ann.add_member(&staff, &bob.id()).await;
    let post = bob.post_message(&staff, "before I left").await;
    let id = post["id"].as_str().unwrap().to_owned();
    let (s, _) = ann
        .delete(&format!("/channels/{staff}/members/{}", bob.id()))
        .await;
    assert_eq!(s, StatusCode::OK);
    // Removed from the private channel: no edit, no pin, by either route.
    for body in [
        json!({"message": "edited after"}),
        json!({"is_pinned": true}),
    ] {
        let (s, _) = bob.put(&format!("/posts/{id}/patch"), body.clone()).await;
        assert_eq!(s, StatusCode::FORBIDDEN, "{body}");
    }
    let (s, _) = bob
        .put(
            &format!("/posts/{id}"),
            json!({"id": id, "message": "edited after"}),
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);

    // In an archived channel, not even the author.
    let old = ann.create_channel(&team_id, "old", "O").await;
    bob.add_member(&old, &bob.id()).await;
    let post = bob.post_message(&old, "in a channel soon archived").await;
    let old_post = post["id"].as_str().unwrap().to_owned();
    let (s, _) = ann.delete(&format!("/channels/{old}")).await;
    assert_eq!(s, StatusCode::OK);
    let (s, v) = bob
        .put(
            &format!("/posts/{old_post}/patch"),
            json!({"message": "edited"}),
        )
        .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert_eq!(
        v["id"],
        "api.post.update_post.can_not_update_post_in_deleted.error"
    );

    // A patch cannot set what only the server sets.
    let post = bob.post_message(&town, "mine").await;
    let mine = post["id"].as_str().unwrap().to_owned();
    let (s, v) = bob
        .put(
            &format!("/posts/{mine}/patch"),
            json!({"props": {"from_webhook": "true", "override_username": "ann",
                             "override_icon_url": "http://evil.example/a.png", "kept": "yes"}}),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    for key in ["from_webhook", "override_username", "override_icon_url"] {
        assert!(v["props"].get(key).is_none(), "{key} was set: {v}");
    }
    assert_eq!(v["props"]["kept"], "yes");

    // Reactions follow posting too: carol is not in this public channel.
    let open = ann.create_channel(&team_id, "open", "O").await;
    let post = ann.post_message(&open, "react to me").await;
    let (s, _) = carol
        .post(
            "/reactions",
            json!({"user_id": carol.id(), "post_id": post["id"], "emoji_name": "smile"}),
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn archiving_a_private_channel_tells_only_its_members() {
    let (_server, ann, bob, carol, team_id, town) = three().await;
    let staff = ann.create_channel(&team_id, "staff", "P").await;
    ann.add_member(&staff, &bob.id()).await;
    let mut bob_ws = bob.connect().await;
    let mut carol_ws = carol.connect().await;
    let (s, _) = ann.delete(&format!("/channels/{staff}")).await;
    assert_eq!(s, StatusCode::OK);
    bob_ws.expect("channel_deleted").await;
    // A post in the town square is the barrier: carol hears of it, and of nothing before.
    ann.post_message(&town, "after the archive").await;
    carol_ws
        .expect_none_before(&["channel_deleted"], "posted")
        .await;
}

#[tokio::test]
async fn sockets_do_not_outlive_log_outs() {
    let server = Server::start().await;
    let _ann = server.admin().await;
    for _ in 0..100 {
        let ann = server.login("ann").await;
        let ws = ann.connect().await;
        let (s, _) = ann.post("/users/logout", json!({})).await;
        assert_eq!(s, StatusCode::OK);
        ws.close().await;
    }
    assert_eq!(server.state.hub.connection_counts(), (0, 0));
}

#[tokio::test]
async fn every_cookie_write_needs_the_csrf_header() {
    let server = Server::start().await;
    let ann = server.admin().await;
    let token = ann.token.clone().unwrap();
    let cookie = format!("MMAUTHTOKEN={token}");
    let http = reqwest::Client::new();
    // A form on another site can post text/plain with the admin's cookie.
    let res = http
        .post(server.api("/users"))
        .header("cookie", &cookie)
        .header("content-type", "text/plain")
        .body(r#"{"email":"mallory@example.org","username":"mallory","password":"correct-horse"}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    let (s, _) = ann.get("/users/username/mallory").await;
    assert_eq!(s, StatusCode::NOT_FOUND, "no account was made");
    // Nor log the user out.
    let res = http
        .post(server.api("/users/logout"))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(
        ann.get("/users/me").await.0,
        StatusCode::OK,
        "still logged in"
    );
    // The app's own requests say so, and pass.
    let res = http
        .post(server.api("/users/logout"))
        .header("cookie", &cookie)
        .header("x-requested-with", "XMLHttpRequest")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(ann.get("/users/me").await.0, StatusCode::UNAUTHORIZED);
    // Without any session, log-out answers 200 (Matterbridge's liveness check).
    let res = http.post(server.api("/users/logout")).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
}

#[tokio::test]
async fn over_https_the_session_cookie_is_a_host_cookie() {
    let server = Server::start().await;
    let _ann = server.admin().await;
    let res = reqwest::Client::new()
        .post(server.api("/users/login"))
        .header("x-requested-with", "XMLHttpRequest")
        .header("x-forwarded-proto", "https")
        .json(&json!({"login_id": "ann", "password": "correct-horse"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let cookies: Vec<String> = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect();
    let session = cookies
        .iter()
        .find(|c| c.starts_with("__Host-MMAUTHTOKEN="))
        .expect("a __Host- session cookie");
    assert!(
        session.contains("; Secure") && session.contains("Path=/") && session.contains("HttpOnly")
    );
    assert!(!session.contains("Domain"), "{session}");
    let value = session.split(';').next().unwrap();
    let res = reqwest::Client::new()
        .get(server.api("/users/me"))
        .header("cookie", value)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
}
