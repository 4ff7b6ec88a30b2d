//! What bridges and Go clients need (Matterbridge's calls, `../shared/reference/
//! mattermost-integrations-trust-embedding.md` §1): `X-Version-Id`, JSON as Go marshals
//! it (nil maps, slices and pointers as `null`), whole-object updates, `BEARER` in any case.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::common::{Client, Server};

/// `model.Post{}` as Go's encoding/json writes it: every field, nil ones as `null`.
fn go_post(channel_id: &str, message: &str) -> Value {
    json!({
        "id": "", "create_at": 0, "update_at": 0, "edit_at": 0, "delete_at": 0,
        "is_pinned": false, "user_id": "", "channel_id": channel_id, "root_id": "",
        "original_id": "", "message": message, "type": "", "props": null, "hashtags": "",
        "pending_post_id": "", "reply_count": 0, "last_reply_at": 0, "participants": null,
        "is_following": null, "metadata": null, "file_ids": null, "remote_id": null
    })
}

/// `model.Channel{}`, with what a creator fills in.
fn go_channel(team_id: &str, name: &str) -> Value {
    json!({
        "id": "", "create_at": 0, "update_at": 0, "delete_at": 0, "team_id": team_id,
        "type": "O", "display_name": name, "name": name, "header": "", "purpose": "",
        "last_post_at": 0, "total_msg_count": 0, "extra_update_at": 0, "creator_id": "",
        "scheme_id": null, "props": null, "group_constrained": null, "shared": null,
        "total_msg_count_root": 0, "policy_id": null, "last_root_post_at": 0
    })
}

/// `model.User{}`, with what a sign-up fills in.
fn go_user(name: &str) -> Value {
    json!({
        "id": "", "create_at": 0, "update_at": 0, "delete_at": 0, "username": name,
        "auth_data": null, "auth_service": "", "email": format!("{name}@example.org"),
        "nickname": "", "first_name": "", "last_name": "", "position": "", "roles": "",
        "locale": "", "timezone": null, "props": null, "notify_props": null,
        "remote_id": null, "disable_welcome_email": false, "password": "correct-horse"
    })
}

#[tokio::test]
async fn every_answer_carries_x_version_id_and_logout_answers_anyone() {
    let server = Server::start().await;
    let http = reqwest::Client::new();
    // Matterbridge's liveness check: an anonymous log-out, 2xx with the header.
    for res in [
        http.post(server.api("/users/logout")).send().await.unwrap(),
        http.get(&server.url).send().await.unwrap(),
        http.get(server.api("/users/me")).send().await.unwrap(),
        http.get(server.api("/no/such/route")).send().await.unwrap(),
    ] {
        let status = res.status();
        let version = res.headers()["x-version-id"].to_str().unwrap().to_owned();
        let parts: Vec<&str> = version.split('.').collect();
        assert_eq!(parts.len(), 6, "{version}");
        assert!(
            parts[0].parse::<u32>().unwrap() >= 9,
            "a current major: {version}"
        );
        assert_eq!(parts[5], "false", "{version}");
        if res.url().path() == "/api/v4/users/logout" {
            assert_eq!(status, StatusCode::OK);
        }
    }
}

#[tokio::test]
async fn go_clients_zero_valued_objects_are_accepted() {
    let server = Server::start().await;
    let ann = server.admin().await;
    let team = ann.team().await;
    let team_id = team["id"].as_str().unwrap();
    let square = ann.channel(team_id, "town-square").await;

    // A sign-up with the whole user, as `Client4.CreateUser` sends it.
    let anon = Client::anonymous(&server);
    let invite = team["invite_id"].as_str().unwrap();
    let (s, bob) = anon
        .post(&format!("/users?iid={invite}"), go_user("bob"))
        .await;
    assert_eq!(s, StatusCode::CREATED, "{bob}");

    // A post, as Matterbridge sends it, then an edit with the whole post.
    let (s, post) = ann.post("/posts", go_post(&square, "from IRC")).await;
    assert_eq!(s, StatusCode::CREATED, "{post}");
    let id = post["id"].as_str().unwrap();
    let mut edit = go_post(&square, "from IRC, edited");
    edit["id"] = json!(id);
    let (s, edited) = ann.put(&format!("/posts/{id}"), edit).await;
    assert_eq!(s, StatusCode::OK, "{edited}");
    assert_eq!(edited["message"], "from IRC, edited");
    assert!(edited["edit_at"].as_i64().unwrap() > 0);
    // Another post's id in the body is refused.
    let mut wrong = go_post(&square, "x");
    wrong["id"] = json!("a".repeat(26));
    let (s, _) = ann.put(&format!("/posts/{id}"), wrong).await;
    assert_eq!(s, StatusCode::BAD_REQUEST);

    // A channel, created and then updated whole.
    let (s, ch) = ann.post("/channels", go_channel(team_id, "bridged")).await;
    assert_eq!(s, StatusCode::CREATED, "{ch}");
    let mut whole = ch.clone();
    whole["header"] = json!("Bridged to #wikimedia on Libera");
    whole["props"] = Value::Null;
    let ch_id = ch["id"].as_str().unwrap();
    let (s, updated) = ann.put(&format!("/channels/{ch_id}"), whole).await;
    assert_eq!(s, StatusCode::OK, "{updated}");
    assert_eq!(updated["header"], "Bridged to #wikimedia on Libera");

    // A user updated whole, as `Client4.UpdateUser` sends it.
    let mut me = ann.ok("/users/me").await;
    me["nickname"] = json!("Ann of the bridge");
    me["timezone"] = Value::Null;
    me["props"] = Value::Null;
    let (s, me) = ann.put("/users/me", me).await;
    assert_eq!(s, StatusCode::OK, "{me}");
    assert_eq!(me["nickname"], "Ann of the bridge");

    // Patches and searches with Go's nil pointers.
    let (s, _) = ann
        .put(
            &format!("/channels/{ch_id}/patch"),
            json!({"display_name": null, "header": "h", "purpose": null, "name": null}),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    let (s, found) = ann
        .post(
            &format!("/teams/{team_id}/posts/search"),
            json!({"terms": "IRC", "is_or_search": false, "time_zone_offset": null,
                   "page": null, "per_page": null, "include_deleted_channels": null}),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{found}");
    assert_eq!(found["order"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn bearer_is_accepted_in_any_case() {
    let server = Server::start().await;
    let ann = server.admin().await;
    let token = ann.token.clone().unwrap();
    for scheme in ["BEARER", "bearer", "Bearer", "Token", "token"] {
        let res = reqwest::Client::new()
            .get(server.api("/users/me"))
            .header("Authorization", format!("{scheme} {token}"))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::OK, "{scheme}");
    }
}

/// Matterbridge's calls, in its order (`matterclient` and `bridge/mattermost`, reference
/// §1.2–§1.5): liveness, log-in by password and by token, paged lists, join, the socket by
/// challenge with ping and pong, the zero-valued post, edit, delete, files both ways, and
/// the webhook mode with a nick and an avatar.
#[tokio::test]
async fn matterbridge_session_replayed() {
    use futures_util::{SinkExt, StreamExt};
    use tokio_tungstenite::tungstenite::Message;

    let config = causerie_server::Config {
        enable_post_username_override: true,
        enable_post_icon_override: true,
        // 205 sign-ups from this one address, for a list longer than a page.
        max_login_attempts_per_address: 1000,
        ..Default::default()
    };
    let server = Server::start_with(tempfile::tempdir().unwrap(), config).await;
    let ann = server.admin().await;
    let team = ann.team().await;
    let team_id = team["id"].as_str().unwrap().to_owned();
    let team_name = team["name"].as_str().unwrap().to_owned();
    let invite = team["invite_id"].as_str().unwrap().to_owned();
    for i in 0..205 {
        let anon = Client::anonymous(&server);
        let (s, _) = anon
            .post(
                &format!("/users?iid={invite}"),
                json!({"email": format!("u{i}@example.org"), "username": format!("user{i}"), "password": "correct-horse"}),
            )
            .await;
        assert_eq!(s, StatusCode::CREATED);
    }
    server.signup("relay", Some(&invite)).await;
    let bridged = ann.create_channel(&team_id, "wikimedia", "O").await;
    let http = reqwest::Client::new();

    // Liveness, then log-in: the token comes in the `Token` header.
    let alive = http.post(server.api("/users/logout")).send().await.unwrap();
    assert!(alive.status().is_success());
    assert!(!alive.headers()["x-version-id"].is_empty());
    let res = http
        .post(server.api("/users/login"))
        .json(&json!({"login_id": "relay", "password": "correct-horse", "token": ""}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let token = res.headers()["token"].to_str().unwrap().to_owned();
    let me: Value = res.json().await.unwrap();
    let me_id = me["id"].as_str().unwrap().to_owned();
    let get = |path: String| {
        let (http, token, url) = (http.clone(), token.clone(), server.api(&path));
        async move {
            let res = http
                .get(url)
                .header("Authorization", format!("BEARER {token}"))
                .header("If-None-Match", "")
                .send()
                .await
                .unwrap();
            assert_eq!(res.status(), StatusCode::OK, "GET {path}");
            res.json::<Value>().await.unwrap()
        }
    };
    // Token mode (`Token = "…"` in its config): a personal access token, checked with
    // `GET /users/me`.
    let (_, pat) = ann
        .post(
            &format!("/users/{me_id}/tokens"),
            json!({"description": "matterbridge"}),
        )
        .await;
    let res = http
        .get(server.api("/users/me"))
        .header(
            "Authorization",
            format!("BEARER {}", pat["token"].as_str().unwrap()),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.json::<Value>().await.unwrap()["id"], me_id.as_str());
    let teams = get(format!("/users/{me_id}/teams")).await;
    assert!(
        teams
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t["name"] == team_name.as_str())
    );
    // Users by pages of 200 until an empty page (page 0 twice, as it does).
    let mut users = 0;
    get(format!("/users?in_team={team_id}&page=0&per_page=200")).await;
    for page in 0.. {
        let list = get(format!("/users?in_team={team_id}&page={page}&per_page=200")).await;
        let n = list.as_array().unwrap().len();
        if n == 0 {
            break;
        }
        assert!(n <= 200);
        users += n;
    }
    assert_eq!(users, 207);
    get(format!("/users/{me_id}/teams/{team_id}/channels")).await;
    let mut public = Vec::new();
    for page in 0.. {
        let list = get(format!(
            "/teams/{team_id}/channels?page={page}&per_page=200"
        ))
        .await;
        if list.as_array().unwrap().is_empty() {
            break;
        }
        public.extend(list.as_array().unwrap().iter().map(|c| c["name"].clone()));
    }
    assert!(public.contains(&json!("wikimedia")));
    let ch = get(format!("/teams/{team_id}/channels/name/wikimedia")).await;
    assert_eq!(ch["id"], bridged.as_str());
    let res = http
        .post(server.api(&format!("/channels/{bridged}/members")))
        .bearer_auth(&token)
        .json(&json!({"user_id": me_id}))
        .send()
        .await
        .unwrap();
    assert!(res.status().is_success());
    get("/system/ping?get_server_status=false&use_rest_semantics=false".to_owned()).await;

    // The socket: no header, a challenge, then its own pings.
    let (mut socket, _) = tokio_tungstenite::connect_async(server.ws_url())
        .await
        .unwrap();
    let send = |seq: i64, action: &str, data: Value| {
        Message::Text(
            json!({"seq": seq, "action": action, "data": data})
                .to_string()
                .into(),
        )
    };
    socket
        .send(send(1, "authentication_challenge", json!({"token": token})))
        .await
        .unwrap();
    socket.send(send(2, "ping", json!({}))).await.unwrap();
    let mut pong = None;
    while pong.is_none() {
        let Some(Ok(Message::Text(t))) = socket.next().await else {
            continue;
        };
        let v: Value = serde_json::from_str(&t).unwrap();
        if v["seq_reply"] == 2 {
            pong = Some(v);
        }
    }
    let pong = pong.unwrap();
    assert_eq!(pong["status"], "OK");
    assert_eq!(pong["data"]["text"], "pong");

    // A post as Go sends it; the event carries what the bridge reads.
    let relay = Client {
        base: server.api(""),
        http: http.clone(),
        token: Some(token.clone()),
        user: serde_json::from_value(me.clone()).unwrap(),
        ws: server.ws_url(),
    };
    let (s, post) = relay.post("/posts", go_post(&bridged, "<nick> hi")).await;
    assert_eq!(s, StatusCode::CREATED);
    let id = post["id"].as_str().unwrap().to_owned();
    let mut socket_post = None;
    while socket_post.is_none() {
        let Some(Ok(Message::Text(t))) = socket.next().await else {
            continue;
        };
        let v: Value = serde_json::from_str(&t).unwrap();
        if v["event"] == "posted" {
            socket_post = Some(v);
        }
    }
    let event = socket_post.unwrap();
    assert!(
        event["data"]["post"].is_string(),
        "the post is a JSON string"
    );
    assert_eq!(event["data"]["team_id"], team_id.as_str());
    assert_eq!(event["data"]["channel_type"], "O");
    assert_eq!(event["data"]["channel_name"], "wikimedia");
    let mut edit = go_post(&bridged, "<nick> hi (edited)");
    edit["id"] = json!(id);
    assert_eq!(
        relay.put(&format!("/posts/{id}"), edit).await.0,
        StatusCode::OK
    );
    assert_eq!(get(format!("/posts/{id}")).await["root_id"], "");
    assert_eq!(
        relay.delete(&format!("/posts/{id}")).await.0,
        StatusCode::OK
    );

    // Files both ways: upload then post; read the info and the bytes.
    let form = reqwest::multipart::Form::new()
        .text("channel_id", bridged.clone())
        .part(
            "files",
            reqwest::multipart::Part::bytes(b"log line\n".to_vec()).file_name("irc.log"),
        );
    let res = http
        .post(server.api("/files"))
        .bearer_auth(&token)
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::CREATED);
    let up: Value = res.json().await.unwrap();
    let file_id = up["file_infos"][0]["id"].as_str().unwrap().to_owned();
    let mut with_file = go_post(&bridged, "");
    with_file["file_ids"] = json!([file_id]);
    assert_eq!(relay.post("/posts", with_file).await.0, StatusCode::CREATED);
    let info = get(format!("/files/{file_id}/info")).await;
    assert_eq!(
        (info["name"].as_str(), info["size"].as_i64()),
        (Some("irc.log"), Some(9))
    );
    let res = http
        .get(server.api(&format!("/files/{file_id}?download=true")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.bytes().await.unwrap().as_ref(), b"log line\n");
    let link = http
        .get(server.api(&format!("/files/{file_id}/link")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert!(
        link.status().is_client_error(),
        "public links are off; the bridge ignores it"
    );
    get(format!("/users/{}", ann.id())).await;

    // The webhook mode: a nick and an avatar, and its own mark.
    let (_, hook) = ann
        .post(
            "/hooks/incoming",
            json!({"channel_id": bridged, "display_name": "matterbridge"}),
        )
        .await;
    let res = http
        .post(format!(
            "{}/hooks/{}",
            server.url,
            hook["id"].as_str().unwrap()
        ))
        .json(
            &json!({"text": "hello from Telegram", "username": "anna (telegram)",
                       "icon_url": "https://example.org/anna.png", "channel": "wikimedia",
                       "props": {"matterbridge_6f1c": true}}),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let mut hooked = None;
    while hooked.is_none() {
        let Some(Ok(Message::Text(t))) = socket.next().await else {
            continue;
        };
        let v: Value = serde_json::from_str(&t).unwrap();
        if v["event"] == "posted" {
            let p: Value = serde_json::from_str(v["data"]["post"].as_str().unwrap()).unwrap();
            if p["props"]["from_webhook"] == "true" {
                hooked = Some(p);
            }
        }
    }
    let hooked = hooked.unwrap();
    assert_eq!(hooked["props"]["override_username"], "anna (telegram)");
    assert_eq!(
        hooked["props"]["override_icon_url"],
        "https://example.org/anna.png"
    );
    assert_eq!(hooked["props"]["matterbridge_6f1c"], true);

    // The server's ping control frames, which the bridge needs at least every 65 s.
    let ping = tokio::time::timeout(std::time::Duration::from_secs(65), async {
        loop {
            match socket.next().await {
                Some(Ok(Message::Ping(_))) => return true,
                Some(Ok(_)) => continue,
                _ => return false,
            }
        }
    })
    .await;
    assert_eq!(ping, Ok(true), "a ping control frame within 65 s");
}
