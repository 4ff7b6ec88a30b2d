//! Trust and membership: two-factor log-in, the code of conduct's gate, invitations by
//! e-mail, the admin's tools and the audit log, and the retention job with an injected
//! clock.

use causerie_server::Config;
use causerie_server::config::Smtp;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::common::{Client, Server};

fn now_secs() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

/// Logs in with a password and an optional code: the status and the body.
async fn login(server: &Server, name: &str, token: &str) -> (StatusCode, Value) {
    Client::anonymous(server)
        .post(
            "/users/login",
            json!({"login_id": name, "password": "correct-horse", "token": token}),
        )
        .await
}

/// Turns two-factor log-in on for a user: returns the base32 secret and recovery codes.
async fn enrol(user: &Client) -> (String, Vec<String>) {
    let (s, setup) = user.post("/users/me/mfa/generate", json!({})).await;
    assert_eq!(s, StatusCode::OK, "{setup}");
    let secret = setup["secret"].as_str().unwrap().to_owned();
    assert!(!setup["qr_code"].as_str().unwrap().is_empty());
    // A code from the step before, which is accepted (one step either way) and leaves
    // the current step for the log-in that follows.
    let code = causerie_server::mfa::code_from_base32(&secret, now_secs() - 30).unwrap();
    let (s, v) = user
        .put("/users/me/mfa", json!({"activate": true, "code": code}))
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let codes: Vec<String> = v["recovery_codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_owned())
        .collect();
    assert_eq!(codes.len(), 10);
    (secret, codes)
}

#[tokio::test]
async fn two_factor_log_in_needs_a_fresh_code_or_a_recovery_code() {
    let server = Server::start().await;
    let ann = server.admin().await;
    let team = ann.team().await;
    let bob = server
        .signup("bob", Some(team["invite_id"].as_str().unwrap()))
        .await;
    // A wrong first code does not turn it on.
    let (s, _) = bob.post("/users/me/mfa/generate", json!({})).await;
    assert_eq!(s, StatusCode::OK);
    let (s, v) = bob
        .put("/users/me/mfa", json!({"activate": true, "code": "000000"}))
        .await;
    assert_eq!(
        (s, v["id"].as_str()),
        (
            StatusCode::UNAUTHORIZED,
            Some("mfa.activate.bad_token.app_error")
        )
    );
    let (s, v) = bob.put("/users/me/mfa", json!({"activate": true})).await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "{v}");
    let (secret, recovery) = enrol(&bob).await;
    assert_eq!(bob.ok("/users/me").await["mfa_active"], true);
    // Others do not see it.
    assert_eq!(
        ann.ok(&format!("/users/{}", bob.id())).await["mfa_active"],
        true
    );
    let carl = server
        .signup("carl", Some(team["invite_id"].as_str().unwrap()))
        .await;
    assert_eq!(
        carl.ok(&format!("/users/{}", bob.id())).await["mfa_active"],
        false
    );

    // The password alone asks for the code, as Mattermost's apps expect.
    let (s, v) = login(&server, "bob", "").await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert_eq!(v["id"], "mfa.validate_token.authenticate.app_error");
    let (s, v) = login(&server, "bob", "123456").await;
    assert_eq!(
        (s, v["id"].as_str()),
        (
            StatusCode::UNAUTHORIZED,
            Some("api.user.check_user_mfa.bad_code.app_error")
        )
    );
    // A wrong password with a code is just a wrong password.
    let (s, v) = Client::anonymous(&server)
        .post(
            "/users/login",
            json!({"login_id": "bob", "password": "wrong-horse", "token": "123456"}),
        )
        .await;
    assert_eq!(
        (s, v["id"].as_str()),
        (
            StatusCode::UNAUTHORIZED,
            Some("api.user.login.invalid_credentials_email_username")
        )
    );
    let code = causerie_server::mfa::code_from_base32(&secret, now_secs()).unwrap();
    let (s, v) = login(&server, "bob", &code).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    // The same code again is a replay.
    let (s, _) = login(&server, "bob", &code).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    // A recovery code works once, however it is typed.
    let typed = recovery[3].to_uppercase().replace('-', " ");
    assert_eq!(login(&server, "bob", &typed).await.0, StatusCode::OK);
    assert_eq!(
        login(&server, "bob", &recovery[3]).await.0,
        StatusCode::UNAUTHORIZED
    );

    // Turning it off takes a current code; an admin may without one.
    let (s, _) = bob.put("/users/me/mfa", json!({"activate": false})).await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    let (s, _) = carl
        .put(
            &format!("/users/{}/mfa", bob.id()),
            json!({"activate": false}),
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, _) = ann
        .put(
            &format!("/users/{}/mfa", bob.id()),
            json!({"activate": false}),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(login(&server, "bob", "").await.0, StatusCode::OK);

    // Guessing codes is limited like passwords.
    let (secret, _) = enrol(&carl).await;
    let mut last = StatusCode::OK;
    for _ in 0..6 {
        last = login(&server, "carl", "999999").await.0;
    }
    assert_eq!(last, StatusCode::TOO_MANY_REQUESTS);

    // The secret is sealed at rest.
    let stored: String = server
        .state
        .db
        .read(|c| {
            Ok(c.query_row(
                "SELECT mfa_secret FROM users WHERE username = 'carl'",
                [],
                |r| r.get(0),
            )?)
        })
        .await
        .unwrap();
    assert!(!stored.is_empty() && !stored.contains(&secret[..8]));
    let audits = ann.ok("/audits?per_page=200").await;
    let actions: Vec<&str> = audits
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["action"].as_str().unwrap())
        .collect();
    for expected in ["login", "login_failure", "mfa_activate", "mfa_deactivate"] {
        assert!(actions.contains(&expected), "{expected} in {actions:?}");
    }
}

#[tokio::test]
async fn enforced_two_factor_holds_everything_but_its_set_up() {
    let config = Config {
        enforce_mfa: true,
        ..Config::default()
    };
    let server = Server::start_with(tempfile::tempdir().unwrap(), config).await;
    let ann = server.admin().await;
    let (s, v) = ann.get("/users/me/teams").await;
    assert_eq!(
        (s, v["id"].as_str()),
        (
            StatusCode::FORBIDDEN,
            Some("api.context.mfa_required.app_error")
        )
    );
    assert_eq!(ann.ok("/users/me").await["username"], "ann");
    // No socket either: events would show what the API hides.
    let (stream, _) = tokio_tungstenite::connect_async(server.ws_url())
        .await
        .unwrap();
    let mut ws = crate::common::Ws {
        stream,
        seq: 0,
        connection_id: String::new(),
        next: 0,
    };
    ws.send(
        "authentication_challenge",
        json!({"token": ann.token.as_deref().unwrap()}),
    )
    .await;
    ws.expect_closed().await;
    enrol(&ann).await;
    assert_eq!(ann.get("/users/me/teams").await.0, StatusCode::OK);
}

#[tokio::test]
async fn the_code_of_conduct_holds_every_call_until_accepted() {
    let server = Server::start().await;
    let ann = server.admin().await;
    let team = ann.team().await;
    let bob = server
        .signup("bob", Some(team["invite_id"].as_str().unwrap()))
        .await;
    // None yet: no gate.
    assert_eq!(bob.get("/terms_of_service").await.0, StatusCode::NOT_FOUND);
    assert_eq!(bob.get("/users/me/teams").await.0, StatusCode::OK);
    let (s, _) = bob
        .post("/terms_of_service", json!({"text": "Be kind."}))
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, _) = ann.post("/terms_of_service", json!({"text": "  "})).await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    let (s, v1) = ann
        .post("/terms_of_service", json!({"text": "Be **kind**."}))
        .await;
    assert_eq!(s, StatusCode::CREATED, "{v1}");
    // Its author has accepted it; Bob is held, with a clear error.
    assert_eq!(ann.get("/users/me/teams").await.0, StatusCode::OK);
    let (s, v) = bob.get("/users/me/teams").await;
    assert_eq!(
        (s, v["id"].as_str()),
        (
            StatusCode::FORBIDDEN,
            Some("api.context.terms_of_service_required.app_error")
        )
    );
    let town = ann
        .channel(team["id"].as_str().unwrap(), "town-square")
        .await;
    let (s, _) = bob
        .post("/posts", json!({"channel_id": town, "message": "hi"}))
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    assert_eq!(bob.ok("/users/me").await["username"], "bob");
    let terms = bob.ok("/terms_of_service").await;
    assert_eq!(terms["text"], "Be **kind**.");
    assert_eq!(
        bob.get("/users/me/terms_of_service").await.0,
        StatusCode::NOT_FOUND
    );
    // Refusing keeps the gate; a stale id is refused; accepting opens it.
    let id = terms["id"].as_str().unwrap();
    let (s, _) = bob
        .post(
            "/users/me/terms_of_service",
            json!({"termsOfServiceId": id, "accepted": false}),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(bob.get("/users/me/teams").await.0, StatusCode::FORBIDDEN);
    let (s, _) = bob
        .post(
            "/users/me/terms_of_service",
            json!({"termsOfServiceId": "stale", "accepted": true}),
        )
        .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    let (s, _) = bob
        .post(
            "/users/me/terms_of_service",
            json!({"termsOfServiceId": id, "accepted": true}),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(bob.get("/users/me/teams").await.0, StatusCode::OK);
    assert_eq!(
        bob.ok("/users/me/terms_of_service").await["terms_of_service_id"],
        id
    );
    // Mattermost's apps compare the user's accepted version with the client config's.
    let me = bob.ok("/users/me").await;
    assert_eq!(me["terms_of_service_id"], id);
    assert!(me["terms_of_service_create_at"].as_i64().unwrap() > 0);
    let seen = ann.ok(&format!("/users/{}", bob.id())).await;
    assert_eq!(seen["terms_of_service_id"], id);
    let carl = server
        .signup("carl", Some(team["invite_id"].as_str().unwrap()))
        .await;
    let (s, _) = carl
        .post(
            "/users/me/terms_of_service",
            json!({"termsOfServiceId": id, "accepted": true}),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    let (s, seen) = carl.get(&format!("/users/{}", bob.id())).await;
    assert_eq!(s, StatusCode::OK);
    assert!(seen.get("terms_of_service_id").is_none(), "{seen}");
    let config = bob.ok("/config/client?format=old").await;
    assert_eq!(config["CustomTermsOfServiceId"], id);
    // The same text is no new version; a new text is, and everyone accepts again.
    let (_, same) = ann
        .post("/terms_of_service", json!({"text": "Be **kind**."}))
        .await;
    assert_eq!(same["id"], id);
    assert_eq!(bob.get("/users/me/teams").await.0, StatusCode::OK);
    let (_, v2) = ann
        .post("/terms_of_service", json!({"text": "Be kind. Be patient."}))
        .await;
    assert_ne!(v2["id"], id);
    assert_eq!(bob.get("/users/me/teams").await.0, StatusCode::FORBIDDEN);
    // It holds after a restart too.
    let dir = server.stop().await;
    let server = Server::start_with(dir, Config::default()).await;
    let bob = server.login("bob").await;
    assert_eq!(bob.get("/users/me/teams").await.0, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn invitations_by_email_are_one_time_named_and_limited() {
    let (port, mut mails) = crate::notify::smtp_server().await;
    let locales = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let config = Config {
        smtp: Some(Smtp {
            host: "127.0.0.1".into(),
            port: Some(port),
            tls: "none".into(),
            username: String::new(),
            password: String::new(),
            from: "Causerie <chat@example.org>".into(),
        }),
        site_url: "https://chat.example.org".into(),
        locales_dir: Some(locales),
        ..Config::default()
    };
    let server = Server::start_with(tempfile::tempdir().unwrap(), config).await;
    let ann = server.admin().await;
    let team = ann.team().await;
    let team_id = team["id"].as_str().unwrap().to_owned();
    let bob = server
        .signup("bob", Some(team["invite_id"].as_str().unwrap()))
        .await;
    // Any member invites; the answer says, per address, what was sent.
    let (s, v) = bob
        .post(
            &format!("/teams/{team_id}/invite/email?graceful=true"),
            json!({"emails": ["Dora@Example.org", "not-an-address", "ann@example.org"], "locale": "fr"}),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let results = v.as_array().unwrap();
    assert!(results[0]["error"].is_null(), "{v}");
    assert!(!results[1]["error"].is_null());
    assert_eq!(
        results[2]["error"]["id"],
        "api.team.invite_members.already_member.app_error"
    );
    let mail = mails.recv().await.unwrap();
    assert_eq!(mail.to, ["dora@example.org"]);
    let parsed = mail_parser::MessageParser::default()
        .parse(&mail.data)
        .unwrap();
    let text = parsed.body_text(0).unwrap().into_owned();
    assert!(text.contains("@bob"), "{text}");
    let subject = parsed.subject().unwrap().to_owned();
    let english = causerie_server::text::Texts::new(&server.state, "en");
    let args = [
        ("inviter", "bob"),
        ("username", "bob"),
        ("team", team["display_name"].as_str().unwrap()),
        ("site", "Causerie"),
    ];
    let french = causerie_server::text::Texts::new(&server.state, "fr");
    assert_eq!(subject, french.get("invite-email-subject", &args));
    assert_ne!(
        english.get("invite-email-action", &args),
        "invite-email-action"
    );
    let link = text
        .split_whitespace()
        .find(|w| w.starts_with("https://chat.example.org/signup_user_complete/"))
        .unwrap();
    let url = url::Url::parse(link).unwrap();
    let query: std::collections::HashMap<_, _> = url.query_pairs().into_owned().collect();
    let token = &query["t"];
    assert_eq!(query["lang"], "fr");
    let data: Value = serde_json::from_str(&query["d"]).unwrap();
    assert_eq!(data["email"], "dora@example.org");
    assert_eq!(data["inviter"], "bob");
    // Pending: the inviter and admins see it, with the address.
    let (_, pending) = ann
        .get(&format!("/teams/{team_id}/invitations?pending=true"))
        .await;
    assert_eq!(pending[0]["email"], "dora@example.org");
    // The link makes Dora's account, at the invited address, in the team.
    let anon = Client::anonymous(&server);
    let (s, dora) = anon
        .post(
            &format!("/users?t={token}"),
            json!({"email": "someone-else@example.org", "username": "dora", "password": "correct-horse"}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{dora}");
    assert_eq!(dora["email"], "dora@example.org");
    let dora = server.login("dora").await;
    assert_eq!(dora.ok("/users/me/teams").await[0]["id"], team_id);
    // Once only.
    let (s, v) = anon
        .post(
            &format!("/users?t={token}"),
            json!({"email": "x@example.org", "username": "eve", "password": "correct-horse"}),
        )
        .await;
    assert_eq!(
        (s, v["id"].as_str()),
        (
            StatusCode::BAD_REQUEST,
            Some("api.user.create_user.signup_link_expired.app_error")
        )
    );
    // Everyone sees who invited whom; only admins and the inviter see addresses.
    let (_, used) = dora.get(&format!("/teams/{team_id}/invitations")).await;
    assert_eq!(used[0]["inviter_id"], bob.id().as_str());
    assert_eq!(used[0]["user_id"], dora.id().as_str());
    assert_eq!(used[0]["email"], "");

    // A revoked invitation's link no longer works.
    let (_, v) = bob
        .post(
            &format!("/teams/{team_id}/invite/email"),
            json!(["fred@example.org"]),
        )
        .await;
    assert_eq!(v["status"], "OK");
    let mail = mails.recv().await.unwrap();
    let body = String::from_utf8_lossy(&mail.data).into_owned();
    assert!(body.contains("fred"));
    let (_, pending) = bob
        .get(&format!("/teams/{team_id}/invitations?pending=true"))
        .await;
    let fred = pending
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["used_at"] == 0)
        .unwrap();
    let (s, _) = dora
        .delete(&format!(
            "/teams/{team_id}/invitations/{}",
            fred["id"].as_str().unwrap()
        ))
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, _) = ann
        .delete(&format!(
            "/teams/{team_id}/invitations/{}",
            fred["id"].as_str().unwrap()
        ))
        .await;
    assert_eq!(s, StatusCode::OK);

    // Twenty per sender per hour.
    let many: Vec<String> = (0..18).map(|i| format!("p{i}@example.org")).collect();
    let (s, v) = bob
        .post(
            &format!("/teams/{team_id}/invite/email?graceful=true"),
            json!(many),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    let refused = v
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| !r["error"].is_null())
        .count();
    assert_eq!(refused, 0);
    let (s, v) = bob
        .post(
            &format!("/teams/{team_id}/invite/email"),
            json!(["late@example.org"]),
        )
        .await;
    assert_eq!(s, StatusCode::TOO_MANY_REQUESTS, "{v}");
    let audits = ann.ok("/audits").await;
    assert!(
        audits
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["action"] == "invite")
    );
}

#[tokio::test]
async fn admins_may_keep_invitations_to_themselves() {
    let config = Config {
        members_may_invite: false,
        ..Config::default()
    };
    let server = Server::start_with(tempfile::tempdir().unwrap(), config).await;
    let ann = server.admin().await;
    let team = ann.team().await;
    let invite = team["invite_id"].as_str().unwrap().to_owned();
    assert!(!invite.is_empty());
    let bob = server.signup("bob", Some(&invite)).await;
    assert_eq!(bob.team().await["invite_id"], "");
    let (s, _) = bob
        .post(
            &format!("/teams/{}/invite/email", team["id"].as_str().unwrap()),
            json!(["x@example.org"]),
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    // A new link reaches members' sockets without itself; the old one stops working.
    let mut ws = bob.connect().await;
    let team_id = team["id"].as_str().unwrap();
    let (s, _) = bob
        .post(&format!("/teams/{team_id}/regenerate_invite_id"), json!({}))
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, fresh) = ann
        .post(&format!("/teams/{team_id}/regenerate_invite_id"), json!({}))
        .await;
    assert_eq!(s, StatusCode::OK);
    assert_ne!(fresh["invite_id"], invite.as_str());
    let event = ws.expect("update_team").await;
    assert!(
        !event.data["team"]
            .as_str()
            .unwrap()
            .contains(fresh["invite_id"].as_str().unwrap())
    );
    let anon = reqwest::get(server.api(&format!("/teams/invite/{invite}")))
        .await
        .unwrap();
    assert_eq!(anon.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn deactivation_ends_sessions_and_sockets_at_once() {
    let server = Server::start().await;
    let ann = server.admin().await;
    let team = ann.team().await;
    let bob = server
        .signup("bob", Some(team["invite_id"].as_str().unwrap()))
        .await;
    let second = server.login("bob").await;
    // Bob sees his sessions with their device; revokes the second.
    let sessions = bob.ok("/users/me/sessions").await;
    assert_eq!(sessions.as_array().unwrap().len(), 2, "{sessions}");
    assert!(sessions[0]["last_activity_at"].as_i64().unwrap() > 0);
    let mut ws = second.connect().await;
    let newest = sessions[0]["id"].as_str().unwrap().to_owned();
    let (s, _) = bob
        .post("/users/me/sessions/revoke", json!({"session_id": newest}))
        .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(second.get("/users/me").await.0, StatusCode::UNAUTHORIZED);
    ws.expect_closed().await;
    // Someone else's session is not found, even by id.
    let (s, _) = ann
        .post(
            "/users/me/sessions/revoke",
            json!({"session_id": sessions[1]["id"]}),
        )
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    // Only admins deactivate; it ends the sessions and sockets, and log-in.
    let mut ws = bob.connect().await;
    let (s, _) = bob
        .put(
            &format!("/users/{}/active", ann.id()),
            json!({"active": false}),
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, _) = ann
        .put(
            &format!("/users/{}/active", bob.id()),
            json!({"active": false}),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    ws.expect_closed().await;
    assert_eq!(bob.get("/users/me").await.0, StatusCode::UNAUTHORIZED);
    assert_eq!(login(&server, "bob", "").await.0, StatusCode::UNAUTHORIZED);
    assert!(
        ann.ok(&format!("/users/{}", bob.id())).await["delete_at"]
            .as_i64()
            .unwrap()
            > 0
    );
    // The console finds deactivated accounts, by e-mail too; others find neither.
    let carl = server
        .signup("carl", Some(team["invite_id"].as_str().unwrap()))
        .await;
    let search = |inactive: bool, term: &str| json!({"term": term, "allow_inactive": inactive});
    let found = ann.post("/users/search", search(true, "BO")).await.1;
    assert_eq!(found[0]["username"], "bob", "{found}");
    assert!(found[0]["delete_at"].as_i64().unwrap() > 0);
    let found = ann.post("/users/search", search(true, "bob@")).await.1;
    assert_eq!(found.as_array().unwrap().len(), 1, "{found}");
    for term in ["bob", "bob@"] {
        let found = carl.post("/users/search", search(true, term)).await.1;
        assert_eq!(found, json!([]), "{term}");
    }
    let (s, _) = carl
        .post("/users/search", search(false, &"x".repeat(65)))
        .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    let (s, _) = ann
        .put(
            &format!("/users/{}/active", bob.id()),
            json!({"active": true}),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(login(&server, "bob", "").await.0, StatusCode::OK);
    let found = carl.post("/users/search", search(false, "b")).await.1;
    assert_eq!(found[0]["username"], "bob", "{found}");
    assert_eq!(found[0]["email"], "", "{found}");
    // Active again, Bob is still not found by his address but by admins.
    let found = carl.post("/users/search", search(false, "bob@")).await.1;
    assert_eq!(found, json!([]));
    let found = ann.post("/users/search", search(false, "bob@")).await.1;
    assert_eq!(found[0]["username"], "bob", "{found}");
    let (s, _) = ann.put("/users/me/active", json!({"active": false})).await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    // Revoking all, and the log of it.
    let (s, _) = ann
        .post(
            &format!("/users/{}/sessions/revoke/all", bob.id()),
            json!({}),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(bob.get("/users/me").await.0, StatusCode::UNAUTHORIZED);
    assert_eq!(bob.get("/audits").await.0, StatusCode::UNAUTHORIZED);
    let (s, _) = server.login("bob").await.get("/audits").await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let audits = ann.ok("/audits?per_page=200").await;
    let actions: Vec<&str> = audits
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["action"].as_str().unwrap())
        .collect();
    for expected in [
        "deactivate",
        "reactivate",
        "revoke_session",
        "revoke_all_sessions",
        "login",
    ] {
        assert!(actions.contains(&expected), "{expected} in {actions:?}");
    }
    assert!(
        audits[0]["ip_address"]
            .as_str()
            .unwrap()
            .starts_with("127.0.0.1")
    );
}

#[tokio::test]
async fn the_retention_job_deletes_old_posts_and_what_hangs_on_them() {
    let config = Config {
        retention_days: 90,
        retention_keep_pinned: true,
        ..Config::default()
    };
    let server = Server::start_with(tempfile::tempdir().unwrap(), config).await;
    let ann = server.admin().await;
    let team = ann.team().await;
    let town = ann
        .channel(team["id"].as_str().unwrap(), "town-square")
        .await;
    let policy = ann.ok("/data_retention/policy").await;
    assert_eq!(policy["message_deletion_enabled"], true);
    let cutoff = policy["message_retention_cutoff"].as_i64().unwrap();
    assert!(cutoff < causerie_server::util::now_ms() - 89 * 86_400_000);
    // An old thread with a reaction and a file, a pinned post, and today's post.
    let upload = reqwest::multipart::Form::new()
        .text("channel_id", town.clone())
        .part(
            "files",
            reqwest::multipart::Part::bytes(b"old bytes".to_vec()).file_name("old.txt"),
        );
    let files: Value = ann
        .http
        .post(server.api("/files"))
        .bearer_auth(ann.token.as_deref().unwrap())
        .multipart(upload)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let file_id = files["file_infos"][0]["id"].as_str().unwrap().to_owned();
    let (_, old) = ann
        .post(
            "/posts",
            json!({"channel_id": town, "message": "ancient zebra", "file_ids": [file_id]}),
        )
        .await;
    let old_id = old["id"].as_str().unwrap().to_owned();
    ann.reply(&town, &old_id, "ancient reply").await;
    ann.post(
        "/reactions",
        json!({"user_id": ann.id(), "post_id": old_id, "emoji_name": "tada"}),
    )
    .await;
    let pinned = ann.post_message(&town, "pinned rules").await;
    let pinned_id = pinned["id"].as_str().unwrap().to_owned();
    let (s, _) = ann
        .put(
            &format!("/posts/{pinned_id}/patch"),
            json!({"is_pinned": true}),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    let blob = server.dir.path().join("files").join(&file_id);
    assert!(blob.exists());
    // Time passes: 91 days later, the job runs (and the post made "today" is new then).
    let later = causerie_server::util::now_ms() + 91 * 86_400_000;
    let fresh = ann.post_message(&town, "fresh zebra").await;
    server
        .state
        .db
        .write({
            let fresh = fresh["id"].as_str().unwrap().to_owned();
            move |c| {
                c.execute(
                    "UPDATE posts SET create_at = ? WHERE id = ?",
                    rusqlite::params![later, fresh],
                )?;
                Ok(())
            }
        })
        .await
        .unwrap();
    let report = causerie_server::retention::run(&server.state, later)
        .await
        .unwrap();
    // The thread's root and reply; not the pinned post.
    assert_eq!(report.posts, 2, "{report:?}");
    assert_eq!(report.reactions, 1);
    assert_eq!(report.files, 1);
    assert_eq!(
        ann.get(&format!("/posts/{old_id}")).await.0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        ann.get(&format!("/posts/{pinned_id}")).await.0,
        StatusCode::OK
    );
    assert!(!blob.exists());
    assert_eq!(
        ann.get(&format!("/files/{file_id}")).await.0,
        StatusCode::NOT_FOUND
    );
    let (_, found) = ann
        .post(
            &format!("/teams/{}/posts/search", team["id"].as_str().unwrap()),
            json!({"terms": "zebra"}),
        )
        .await;
    assert_eq!(found["order"].as_array().unwrap().len(), 1, "{found}");
    let audits = ann.ok("/audits").await;
    let run = audits
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["action"] == "retention")
        .unwrap();
    assert!(run["extra_info"].as_str().unwrap().contains("posts=2"));
    // Nothing left to do: a second run deletes nothing.
    let again = causerie_server::retention::run(&server.state, later)
        .await
        .unwrap();
    assert_eq!(again.posts, 0);
}
