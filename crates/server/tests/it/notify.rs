//! Notifications: who a post mentions (names, first names, keywords, @here, @channel, per
//! channel settings), Web Push delivered to a local push service that decrypts it, and
//! batched e-mail received by a local SMTP server.

use std::time::Duration;

use axum::extract::{Path, State};
use axum::http::HeaderMap;
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use causerie_server::Config;
use causerie_server::config::Smtp;
use p256::ecdsa::signature::Verifier as _;
use reqwest::StatusCode;
use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::sync::mpsc;

use crate::common::{Client, Server};

/// Three people in the town square: ann (admin), bob and carl.
async fn three(server: &Server) -> (Client, Client, Client, String, String) {
    let ann = server.admin().await;
    let team = ann.team().await;
    let invite = team["invite_id"].as_str().unwrap();
    let bob = server.signup("bob", Some(invite)).await;
    let carl = server.signup("carl", Some(invite)).await;
    let team_id = team["id"].as_str().unwrap().to_owned();
    let town = ann.channel(&team_id, "town-square").await;
    (ann, bob, carl, team_id, town)
}

async fn mention_count(who: &Client, channel: &str) -> i64 {
    who.ok(&format!("/channels/{channel}/members/me")).await["mention_count"]
        .as_i64()
        .unwrap()
}

#[tokio::test]
async fn mentions_follow_names_keywords_and_settings() {
    let server = Server::start().await;
    let (ann, bob, carl, _, town) = three(&server).await;
    // Bob: his first name and two keywords count. Carl: no channel-wide mentions here.
    let (s, v) = bob
        .put(
            "/users/me/patch",
            json!({"first_name": "Robert", "notify_props": {"first_name": "true", "mention_keys": "deploy,release notes"}}),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let path = format!("/channels/{town}/members/me/notify_props");
    let (s, v) = carl
        .put(&path, json!({"ignore_channel_mentions": "on"}))
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    // Bad values, and someone else's settings, are refused.
    let (s, _) = carl.put(&path, json!({"desktop": "loud"})).await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    let (s, _) = carl
        .put(
            "/users/me/patch",
            json!({"notify_props": {"push": "sometimes"}}),
        )
        .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    let other = format!("/channels/{town}/members/{}/notify_props", bob.id());
    let (s, _) = carl.put(&other, json!({"desktop": "none"})).await;
    assert_eq!(s, StatusCode::FORBIDDEN);

    // Bob is online, carl is not.
    let mut bob_ws = bob.connect().await;
    let mut mentioned = Vec::new();
    for text in [
        "Robert, are you there?",
        "the deploy failed",
        "see the Release Notes.",
        "@here anyone?",
        "@channel meeting",
        "robertson is not robert's name", // robert's: a word of its own
        "`deploy` in code",
        "nothing for anyone",
    ] {
        ann.post_message(&town, text).await;
        let e = bob_ws.expect("posted").await;
        let ids: Vec<String> = e
            .data
            .get("mentions")
            .and_then(Value::as_str)
            .map(|m| serde_json::from_str(m).unwrap())
            .unwrap_or_default();
        mentioned.push((text, ids.contains(&bob.id()), ids.contains(&carl.id())));
    }
    let expected = [
        ("Robert, are you there?", true, false),
        ("the deploy failed", true, false),
        ("see the Release Notes.", true, false),
        ("@here anyone?", true, false), // carl is offline (and ignores them here)
        ("@channel meeting", true, false),
        ("robertson is not robert's name", true, false),
        ("`deploy` in code", false, false),
        ("nothing for anyone", false, false),
    ];
    assert_eq!(mentioned, expected);
    assert_eq!(mention_count(&bob, &town).await, 6);
    assert_eq!(mention_count(&carl, &town).await, 0);

    // The setting reaches the user's other sessions.
    let (s, _) = bob
        .put(&path, json!({"mark_unread": "mention", "push": "none"}))
        .await;
    assert_eq!(s, StatusCode::OK);
    let e = bob_ws.expect("channel_member_updated").await;
    let member: Value = serde_json::from_str(e.data["channelMember"].as_str().unwrap()).unwrap();
    assert_eq!(member["notify_props"]["mark_unread"], "mention");
    assert_eq!(member["notify_props"]["push"], "none");
    // Muted, a mention still counts (the badge), as in Mattermost.
    ann.post_message(&town, "@bob muted but counted").await;
    assert_eq!(mention_count(&bob, &town).await, 7);
    // Channel-wide mentions off everywhere, on again in one channel.
    carl.put(
        "/users/me/patch",
        json!({"notify_props": {"channel": "false"}}),
    )
    .await;
    carl.put(&path, json!({"ignore_channel_mentions": "off"}))
        .await;
    ann.post_message(&town, "@all again").await;
    assert_eq!(mention_count(&carl, &town).await, 1);
}

/// A push service on a local port: it answers 201, or 410 under `/gone/`, and hands each
/// request over.
async fn push_service() -> (
    String,
    mpsc::UnboundedReceiver<(String, HeaderMap, Vec<u8>)>,
) {
    type Tx = mpsc::UnboundedSender<(String, HeaderMap, Vec<u8>)>;
    async fn receive(
        State(tx): State<Tx>,
        Path((kind, id)): Path<(String, String)>,
        headers: HeaderMap,
        body: axum::body::Bytes,
    ) -> StatusCode {
        let _ = tx.send((id, headers, body.to_vec()));
        if kind == "gone" {
            StatusCode::GONE
        } else {
            StatusCode::CREATED
        }
    }
    let (tx, rx) = mpsc::unbounded_channel();
    let app = axum::Router::new()
        .route("/{kind}/{id}", axum::routing::post(receive))
        .with_state(tx);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    tokio::spawn(async move { axum::serve(listener, app).await });
    (addr, rx)
}

/// A browser's push keys.
struct Browser {
    secret: p256::SecretKey,
    auth: [u8; 16],
}

impl Browser {
    fn new() -> Self {
        let mut auth = [0u8; 16];
        rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut auth);
        Self {
            secret: p256::SecretKey::random(&mut rand::rngs::OsRng),
            auth,
        }
    }

    fn subscription(&self, endpoint: &str) -> Value {
        let public = p256::elliptic_curve::sec1::ToEncodedPoint::to_encoded_point(
            &self.secret.public_key(),
            false,
        );
        json!({"endpoint": endpoint, "keys": {"p256dh": B64.encode(public.as_bytes()), "auth": B64.encode(self.auth)}})
    }

    fn decrypt(&self, body: Vec<u8>) -> Value {
        let auth = web_push_native::Auth::clone_from_slice(&self.auth);
        let plain = web_push_native::decrypt(body, &self.secret, &auth).expect("decrypts");
        serde_json::from_slice(&plain).unwrap()
    }
}

fn unsubscribe_path(endpoint: &str) -> String {
    let query: String = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("endpoint", endpoint)
        .finish();
    format!("/notifications/push_subscriptions?{query}")
}

async fn next_push(
    rx: &mut mpsc::UnboundedReceiver<(String, HeaderMap, Vec<u8>)>,
) -> (String, HeaderMap, Vec<u8>) {
    tokio::time::timeout(Duration::from_secs(10), rx.recv())
        .await
        .expect("a push within 10 s")
        .unwrap()
}

#[tokio::test]
async fn web_push_is_encrypted_signed_and_sent_to_those_away() {
    let (addr, mut pushes) = push_service().await;
    let config = Config {
        push_allowed: vec![addr.clone()],
        ..Config::default()
    };
    let server = Server::start_with(tempfile::tempdir().unwrap(), config).await;
    let (ann, bob, _carl, team_id, town) = three(&server).await;
    let team_name = ann.ok(&format!("/teams/{team_id}")).await["name"].clone();
    let vapid = ann.ok("/config/client?format=old").await["WebPushPublicKey"]
        .as_str()
        .unwrap()
        .to_owned();
    let browser = Browser::new();
    let endpoint = format!("http://{addr}/ok/bob");
    let (s, v) = bob
        .post(
            "/notifications/push_subscriptions",
            browser.subscription(&endpoint),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{v}");
    // Endpoints must be push services the server may reach, with real keys.
    for bad in [
        browser.subscription("http://127.0.0.1:9/x"),
        browser.subscription("http://example.org/push"),
        browser.subscription("not a url"),
        json!({"endpoint": "https://push.example.org/x", "keys": {"p256dh": "AAAA", "auth": "AAAA"}}),
    ] {
        let (s, v) = bob.post("/notifications/push_subscriptions", bad).await;
        assert_eq!(s, StatusCode::BAD_REQUEST, "{v}");
    }

    // Bob is offline: a mention is pushed, encrypted for his browser.
    let post = ann.post_message(&town, "@bob the **build** is green").await;
    let (id, headers, body) = next_push(&mut pushes).await;
    assert_eq!(id, "bob");
    assert_eq!(headers["content-encoding"], "aes128gcm");
    assert!(headers.contains_key("ttl"));
    let message = browser.decrypt(body);
    assert_eq!(message["sender_name"], "@ann");
    assert_eq!(message["channel_name"], "Town Square");
    assert_eq!(message["message"], "@bob the **build** is green");
    assert_eq!(message["post_id"], post["id"]);
    assert_eq!(
        message["url"],
        format!(
            "/{}/pl/{}",
            team_name.as_str().unwrap(),
            post["id"].as_str().unwrap()
        )
    );
    // Signed with the server's VAPID key, for the push service's origin.
    let auth = headers["authorization"].to_str().unwrap();
    let (token, key) = auth
        .strip_prefix("vapid t=")
        .and_then(|r| r.split_once(", k="))
        .unwrap();
    assert_eq!(key, vapid);
    let (signed, signature) = token.rsplit_once('.').unwrap();
    let verifying = p256::ecdsa::VerifyingKey::from_sec1_bytes(&B64.decode(key).unwrap()).unwrap();
    let signature = p256::ecdsa::Signature::from_slice(&B64.decode(signature).unwrap()).unwrap();
    verifying.verify(signed.as_bytes(), &signature).unwrap();
    let claims: Value =
        serde_json::from_slice(&B64.decode(signed.split('.').nth(1).unwrap()).unwrap()).unwrap();
    assert_eq!(claims["aud"], format!("http://{addr}"));

    // Not mentioned: nothing (push is for mentions by default). A direct message is.
    ann.post_message(&town, "just chatting").await;
    let (s, dm) = ann
        .post("/channels/direct", json!([ann.id(), bob.id()]))
        .await;
    assert_eq!(s, StatusCode::CREATED);
    ann.post_message(dm["id"].as_str().unwrap(), "psst").await;
    let (_, _, body) = next_push(&mut pushes).await;
    let message = browser.decrypt(body);
    assert_eq!(message["message"], "psst");
    assert_eq!(message["channel_name"], "@ann");

    // Online, bob gets it live instead.
    let mut bob_ws = bob.connect().await;
    ann.post_message(&town, "@bob you are here").await;
    bob_ws.expect("posted").await;
    bob_ws.close().await;
    server.state.pushes.idle().await;
    assert!(pushes.try_recv().is_err(), "no push to a user online");

    // A push service that answers 410 has dropped the subscription: so does the server.
    let gone = format!("http://{addr}/gone/bob");
    let (s, _) = bob
        .post(
            "/notifications/push_subscriptions",
            browser.subscription(&gone),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED);
    ann.post_message(&town, "@bob two browsers").await;
    let mut ids = vec![
        next_push(&mut pushes).await.0,
        next_push(&mut pushes).await.0,
    ];
    ids.sort();
    assert_eq!(ids, ["bob", "bob"]);
    server.state.pushes.idle().await;
    let (s, _) = bob.delete(&unsubscribe_path(&gone)).await;
    assert_eq!(s, StatusCode::NOT_FOUND, "the 410 removed it");
    // Removing one's own subscription stops the pushes.
    let (s, _) = bob.delete(&unsubscribe_path(&endpoint)).await;
    assert_eq!(s, StatusCode::OK);
    ann.post_message(&town, "@bob anyone?").await;
    server.state.pushes.idle().await;
    assert!(pushes.try_recv().is_err());
}

/// One received e-mail.
pub struct Mail {
    pub to: Vec<String>,
    pub data: Vec<u8>,
}

/// A mail server on a local port that accepts everything and hands each message over.
pub async fn smtp_server() -> (u16, mpsc::UnboundedReceiver<Mail>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let (tx, rx) = mpsc::unbounded_channel();
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                return;
            };
            let tx = tx.clone();
            tokio::spawn(async move {
                let (read, mut write) = stream.into_split();
                let mut lines = BufReader::new(read);
                write
                    .write_all(b"220 localhost ESMTP test\r\n")
                    .await
                    .unwrap();
                let mut to = Vec::new();
                let mut line = String::new();
                loop {
                    line.clear();
                    if lines.read_line(&mut line).await.unwrap_or(0) == 0 {
                        return;
                    }
                    let verb = line.get(..4).unwrap_or_default().to_ascii_uppercase();
                    let reply: &[u8] = match verb.as_str() {
                        "EHLO" => b"250-localhost\r\n250 8BITMIME\r\n",
                        "HELO" | "MAIL" | "RSET" | "NOOP" => b"250 OK\r\n",
                        "RCPT" => {
                            let addr = line.split(['<', '>']).nth(1).unwrap_or_default();
                            to.push(addr.to_owned());
                            b"250 OK\r\n"
                        }
                        "DATA" => {
                            write.write_all(b"354 go on\r\n").await.unwrap();
                            let mut data = Vec::new();
                            loop {
                                line.clear();
                                lines.read_line(&mut line).await.unwrap();
                                if line == ".\r\n" {
                                    break;
                                }
                                let l = line.strip_prefix('.').unwrap_or(&line);
                                data.extend_from_slice(l.as_bytes());
                            }
                            let _ = tx.send(Mail {
                                to: std::mem::take(&mut to),
                                data,
                            });
                            b"250 queued\r\n"
                        }
                        "QUIT" => {
                            let _ = write.write_all(b"221 bye\r\n").await;
                            return;
                        }
                        _ => b"502 no\r\n",
                    };
                    write.write_all(reply).await.unwrap();
                }
            });
        }
    });
    (port, rx)
}

#[tokio::test]
async fn mentions_are_emailed_in_batches_to_those_offline() {
    let (port, mut mails) = smtp_server().await;
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
        email_offline_secs: 2,
        email_batch_secs: 2,
        ..Config::default()
    };
    let server = Server::start_with(tempfile::tempdir().unwrap(), config).await;
    let (ann, bob, carl, team_id, town) = three(&server).await;
    let team_name = ann.ok(&format!("/teams/{team_id}")).await["name"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(
        ann.ok("/config/client?format=old").await["SendEmailNotifications"],
        "true"
    );
    // Carl muted the town square.
    let (s, _) = carl
        .put(
            &format!("/channels/{town}/members/me/notify_props"),
            json!({"mark_unread": "mention"}),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    // Bob is online while the messages come, then leaves: 2 s later, one e-mail.
    let bob_ws = bob.connect().await;
    let first = ann.post_message(&town, "@bob the **build** is green").await;
    ann.post_message(&town, "no mention here").await;
    ann.post_message(&town, "@carl muted channel").await;
    ann.post_message(&town, "@all standup").await;
    let (_, dm) = ann
        .post("/channels/direct", json!([ann.id(), bob.id()]))
        .await;
    ann.post_message(dm["id"].as_str().unwrap(), "a direct <b>word</b>")
        .await;
    let deleted = ann.post_message(&town, "@bob deleted before sent").await;
    ann.delete(&format!("/posts/{}", deleted["id"].as_str().unwrap()))
        .await;
    bob_ws.close().await;

    let mail = tokio::time::timeout(Duration::from_secs(15), mails.recv())
        .await
        .expect("an e-mail within 15 s")
        .unwrap();
    assert_eq!(mail.to, ["bob@example.org"]);
    let parsed = mail_parser::MessageParser::default()
        .parse(&mail.data)
        .unwrap();
    assert_eq!(parsed.subject(), Some("[Causerie] 3 new messages"));
    let text = parsed.body_text(0).unwrap();
    let html = parsed.body_html(0).unwrap();
    for wanted in [
        "the **build** is green",
        "@all standup",
        "a direct <b>word</b>",
    ] {
        assert!(text.contains(wanted), "{wanted} in {text}");
    }
    assert!(
        !text.contains("no mention") && !text.contains("deleted"),
        "{text}"
    );
    // The HTML part renders the markdown, and raw HTML stays text.
    assert!(html.contains("<strong>build</strong>"), "{html}");
    assert!(html.contains("a direct &lt;b&gt;word&lt;/b&gt;"), "{html}");
    let link = format!(
        "https://chat.example.org/{team_name}/pl/{}",
        first["id"].as_str().unwrap()
    );
    assert!(text.contains(&link) && html.contains(&link), "{text}");
    let unsubscribe = parsed
        .header_raw("List-Unsubscribe")
        .unwrap()
        .trim()
        .trim_matches(['<', '>'])
        .to_owned();
    assert!(text.contains(&unsubscribe));
    assert!(parsed.header_raw("List-Unsubscribe-Post").is_some());

    // Nothing else: not to carl (muted), not to ann (the author). Who gets an e-mail is
    // decided when the post is made, so the queue says it without waiting.
    for user in [carl.id(), ann.id()] {
        assert_eq!(
            mail_state(&server, &user).await,
            (0, 0),
            "e-mail for {user}"
        );
    }
    assert!(mails.try_recv().is_err(), "one e-mail, to bob only");

    // The next mention comes in the next batch.
    ann.post_message(&town, "@bob later").await;
    let mail = tokio::time::timeout(Duration::from_secs(10), mails.recv())
        .await
        .expect("a second e-mail")
        .unwrap();
    let parsed = mail_parser::MessageParser::default()
        .parse(&mail.data)
        .unwrap();
    assert_eq!(parsed.subject(), Some("[Causerie] New message from @ann"));

    // The unsubscribe link: a page to confirm (scanners open links), then off.
    let path = unsubscribe
        .strip_prefix("https://chat.example.org")
        .unwrap();
    let http = reqwest::Client::new();
    let page = http
        .get(format!("{}{path}", server.url))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    assert!(
        page.text()
            .await
            .unwrap()
            .contains("<form method=\"post\">")
    );
    let forged = path.replace("token=", "token=x");
    let res = http
        .post(format!("{}{forged}", server.url))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let res = http
        .post(format!("{}{path}", server.url))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(bob.ok("/users/me").await["notify_props"]["email"], "false");
    ann.post_message(&town, "@bob after unsubscribing").await;
    assert_eq!(mail_state(&server, &bob.id()).await.0, 0, "nothing queued");
    assert!(mails.try_recv().is_err(), "no e-mail after unsubscribing");
}

/// E-mails queued for a user, and whether one was ever sent to them.
async fn mail_state(server: &Server, user: &str) -> (i64, i64) {
    let user = user.to_owned();
    server
        .state
        .db
        .read(move |c| {
            Ok(c.query_row(
                "SELECT (SELECT count(*) FROM email_queue WHERE user_id = ?1),
                        (SELECT count(*) FROM email_sent WHERE user_id = ?1)",
                [&user],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?)
        })
        .await
        .unwrap()
}

#[tokio::test]
async fn an_admin_can_keep_channel_wide_mentions_to_admins() {
    let server = Server::start().await;
    let (ann, bob, carl, _, town) = three(&server).await;
    let path = format!("/channels/{town}/moderations");
    let (s, v) = ann.get(&path).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v[0]["name"], "use_channel_mentions");
    assert_eq!(v[0]["roles"]["members"]["value"], true);
    // Members may see it (so the app knows whether @channel notifies); only system
    // admins change it.
    let (s, _) = bob.get(&path).await;
    assert_eq!(s, StatusCode::OK);
    let patch = format!("{path}/patch");
    let off = json!([{"name": "use_channel_mentions", "roles": {"members": false}}]);
    let (s, _) = bob.put(&patch, off.clone()).await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, _) = ann
        .put(
            &patch,
            json!([{"name": "create_everything", "roles": {"members": false}}]),
        )
        .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    let (s, v) = ann.put(&patch, off).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v[0]["roles"]["members"]["value"], false);

    // A member's @channel now notifies nobody; an admin's still does.
    bob.post_message(&town, "@channel lunch?").await;
    bob.post_message(&town, "@here anyone?").await;
    assert_eq!(mention_count(&carl, &town).await, 0);
    ann.post_message(&town, "@all meeting").await;
    assert_eq!(mention_count(&carl, &town).await, 1);
    // A name still counts.
    bob.post_message(&town, "@carl ping").await;
    assert_eq!(mention_count(&carl, &town).await, 2);
    // And back (one object is accepted too, as Mattermost does).
    let (s, _) = ann
        .put(
            &patch,
            json!({"name": "use_channel_mentions", "roles": {"members": true}}),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    bob.post_message(&town, "@channel again").await;
    assert_eq!(mention_count(&carl, &town).await, 3);
}

/// The next status announced for `user`.
async fn status_of(ws: &mut crate::common::Ws, user: &str) -> String {
    loop {
        let e = ws.expect("status_change").await;
        if e.data["user_id"] == user {
            return e.data["status"].as_str().unwrap().to_owned();
        }
    }
}

#[tokio::test]
async fn a_user_away_from_the_keyboard_gets_pushes_though_online() {
    let (addr, mut pushes) = push_service().await;
    let config = Config {
        push_allowed: vec![addr.clone()],
        ..Config::default()
    };
    let server = Server::start_with(tempfile::tempdir().unwrap(), config).await;
    let (ann, bob, _carl, _, town) = three(&server).await;
    let browser = Browser::new();
    let (s, _) = bob
        .post(
            "/notifications/push_subscriptions",
            browser.subscription(&format!("http://{addr}/ok/bob")),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED);
    let mut bob_ws = bob.connect().await;
    let mut ann_ws = ann.connect().await;
    ann.post_message(&town, "@bob at your desk?").await;
    bob_ws.expect("posted").await;
    server.state.pushes.idle().await;
    assert!(pushes.try_recv().is_err(), "online and active: no push");

    // Bob's app says he left the keyboard: he is away, for everyone, and gets pushes.
    let seq = bob_ws
        .send(
            "user_update_active_status",
            json!({"user_is_active": false, "manual": false}),
        )
        .await;
    assert_eq!(bob_ws.response(seq).await.status, "OK");
    assert_eq!(status_of(&mut ann_ws, &bob.id()).await, "away");
    assert_eq!(
        ann.ok(&format!("/users/{}/status", bob.id())).await["status"],
        "away"
    );
    ann.post_message(&town, "@bob still there?").await;
    let (_, _, body) = next_push(&mut pushes).await;
    assert_eq!(browser.decrypt(body)["message"], "@bob still there?");

    // Back at the keyboard: online, no pushes.
    bob_ws
        .send(
            "user_update_active_status",
            json!({"user_is_active": true, "manual": false}),
        )
        .await;
    assert_eq!(status_of(&mut ann_ws, &bob.id()).await, "online");
    ann.post_message(&town, "@bob welcome back").await;
    server.state.pushes.idle().await;
    assert!(pushes.try_recv().is_err());
}

#[tokio::test]
async fn replies_notify_those_who_asked_for_them() {
    let (addr, mut pushes) = push_service().await;
    let config = Config {
        push_allowed: vec![addr.clone()],
        ..Config::default()
    };
    let server = Server::start_with(tempfile::tempdir().unwrap(), config).await;
    let (ann, bob, carl, _, town) = three(&server).await;
    let browsers = [("bob", &bob), ("carl", &carl)].map(|(name, who)| (name, who, Browser::new()));
    for (name, who, browser) in &browsers {
        let sub = browser.subscription(&format!("http://{addr}/ok/{name}"));
        let (s, _) = who.post("/notifications/push_subscriptions", sub).await;
        assert_eq!(s, StatusCode::CREATED);
    }
    // Bob wants replies to his threads; carl, to threads he took part in.
    let (s, _) = bob
        .put(
            "/users/me/patch",
            json!({"notify_props": {"comments": "root"}}),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    let (s, _) = carl
        .put(
            "/users/me/patch",
            json!({"notify_props": {"comments": "any"}}),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    let (s, _) = carl
        .put(
            "/users/me/patch",
            json!({"notify_props": {"comments": "some"}}),
        )
        .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);

    let root = bob.post_message(&town, "who reviews the release?").await;
    let root_id = root["id"].as_str().unwrap();
    ann.reply(&town, root_id, "I can").await;
    let (id, _, _) = next_push(&mut pushes).await;
    assert_eq!(id, "bob", "the thread's author");
    server.state.pushes.idle().await;
    assert!(pushes.try_recv().is_err(), "carl has not taken part yet");
    carl.reply(&town, root_id, "me too").await;
    next_push(&mut pushes).await; // bob, for carl's reply
    ann.reply(&town, root_id, "thanks both").await;
    let mut ids = vec![
        next_push(&mut pushes).await.0,
        next_push(&mut pushes).await.0,
    ];
    ids.sort();
    assert_eq!(ids, ["bob", "carl"]);
}
