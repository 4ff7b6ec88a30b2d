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
