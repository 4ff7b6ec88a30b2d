//! The authorization matrix: each endpoint for a member, a non-member of the same team,
//! another team's user, an anonymous caller and a system admin, over HTTP and WebSocket.

use causerie_server::Config;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::common::{Client, Server};

struct World {
    _server: Server,
    admin: Client,
    member: Client,
    outsider: Client,
    other_team: Client,
    anon: Client,
    team: String,
    town: String,
    secret: String,
    secret_post: String,
}

async fn world() -> World {
    let config = Config {
        enable_team_creation: false,
        ..Config::default()
    };
    let server = Server::start_with(tempfile::tempdir().unwrap(), config).await;
    let admin = server.admin().await;
    let team = admin.team().await;
    let iid = team["invite_id"].as_str();
    let team = team["id"].as_str().unwrap().to_owned();
    let member = server.signup("bob", iid).await;
    let outsider = server.signup("carl", iid).await;
    let (s, other) = admin
        .post(
            "/teams",
            json!({"name": "other", "display_name": "Other", "type": "I"}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{other}");
    let other_team = server.signup("dave", other["invite_id"].as_str()).await;
    let anon = Client::anonymous(&server);
    let town = admin.channel(&team, "town-square").await;
    let (s, ch) = member
        .post(
            "/channels",
            json!({"team_id": team, "name": "secret", "display_name": "Secret", "type": "P"}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED);
    let secret = ch["id"].as_str().unwrap().to_owned();
    let secret_post = member.post_message(&secret, "hush").await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    World {
        _server: server,
        admin,
        member,
        outsider,
        other_team,
        anon,
        team,
        town,
        secret,
        secret_post,
    }
}

/// Expected status for: member, outsider (same team), other team, anonymous, admin.
type Row = (Method, String, Option<Value>, [u16; 5]);

#[tokio::test]
async fn http_authorization_matrix() {
    let w = world().await;
    let (secret, post, town, team) = (&w.secret, &w.secret_post, &w.town, &w.team);
    let member = w.member.id();
    let rows: Vec<Row> = vec![
        (
            Method::GET,
            format!("/channels/{secret}"),
            None,
            [200, 403, 403, 401, 200],
        ),
        (
            Method::GET,
            format!("/channels/{secret}/posts"),
            None,
            [200, 403, 403, 401, 200],
        ),
        (
            Method::GET,
            format!("/channels/{secret}/members"),
            None,
            [200, 403, 403, 401, 200],
        ),
        (
            Method::GET,
            format!("/channels/{secret}/stats"),
            None,
            [200, 403, 403, 401, 200],
        ),
        (
            Method::GET,
            format!("/posts/{post}"),
            None,
            [200, 403, 403, 401, 200],
        ),
        (
            Method::GET,
            format!("/posts/{post}/thread"),
            None,
            [200, 403, 403, 401, 200],
        ),
        (
            Method::POST,
            "/posts".into(),
            Some(json!({"channel_id": secret, "message": "x"})),
            [201, 403, 403, 401, 403],
        ),
        (
            Method::POST,
            "/posts".into(),
            Some(json!({"channel_id": secret, "root_id": post, "message": "x"})),
            [201, 403, 403, 401, 403],
        ),
        (
            Method::PUT,
            format!("/channels/{secret}/patch"),
            Some(json!({"purpose": "p"})),
            [200, 403, 403, 401, 200],
        ),
        (
            Method::GET,
            format!("/channels/{town}/posts"),
            None,
            [200, 200, 403, 401, 200],
        ),
        (
            Method::POST,
            "/posts".into(),
            Some(json!({"channel_id": town, "message": "x"})),
            [201, 201, 403, 401, 201],
        ),
        (
            Method::GET,
            format!("/teams/{team}"),
            None,
            [200, 200, 403, 401, 200],
        ),
        (
            Method::GET,
            format!("/teams/{team}/members"),
            None,
            [200, 200, 403, 401, 200],
        ),
        (
            Method::GET,
            format!("/teams/{team}/channels"),
            None,
            [200, 200, 403, 401, 200],
        ),
        (
            Method::POST,
            format!("/teams/{team}/posts/search"),
            Some(json!({"terms": "hush"})),
            [200, 200, 403, 401, 200],
        ),
        (
            Method::POST,
            format!("/teams/{team}/channels/search"),
            Some(json!({"term": "secret"})),
            [200, 200, 403, 401, 200],
        ),
        (
            Method::POST,
            format!("/teams/{team}/regenerate_invite_id"),
            Some(json!({})),
            [403, 403, 403, 401, 200],
        ),
        (
            Method::GET,
            format!("/users/{member}/teams"),
            None,
            [200, 403, 403, 401, 200],
        ),
        (
            Method::GET,
            format!("/users/{member}/preferences"),
            None,
            [200, 403, 403, 401, 200],
        ),
        (
            Method::GET,
            format!("/users/{member}/channels"),
            None,
            [200, 403, 403, 401, 200],
        ),
        (
            Method::PUT,
            format!("/users/{member}/patch"),
            Some(json!({"nickname": "n"})),
            [200, 403, 403, 401, 200],
        ),
        (
            Method::GET,
            "/users/me".into(),
            None,
            [200, 200, 200, 401, 200],
        ),
        (
            Method::POST,
            "/teams".into(),
            Some(json!({"name": "t3", "display_name": "T3"})),
            [403, 403, 403, 401, 201],
        ),
        // Last: it makes the admin a member of the private channel.
        (
            Method::POST,
            format!("/channels/{secret}/members"),
            Some(json!({"user_id": w.admin.id()})),
            [201, 403, 403, 401, 201],
        ),
    ];
    for (method, path, body, expected) in rows {
        let callers = [&w.member, &w.outsider, &w.other_team, &w.anon, &w.admin];
        for (i, (caller, want)) in callers.iter().zip(expected).enumerate() {
            let (status, v) = caller.request(method.clone(), &path, body.clone()).await;
            assert_eq!(status.as_u16(), want, "{method} {path} as caller #{i}: {v}");
        }
    }
    // Now a member, the admin can post there.
    let (s, _) = w
        .admin
        .post("/posts", json!({"channel_id": secret, "message": "in"}))
        .await;
    assert_eq!(s, StatusCode::CREATED);
}

#[tokio::test]
async fn websocket_events_reach_only_those_allowed() {
    let w = world().await;
    let mut member = w.member.connect().await;
    let mut outsider = w.outsider.connect().await;
    let mut other = w.other_team.connect().await;
    let mut admin = w.admin.connect().await;
    // Town square: the whole team sees it; the other team does not.
    w.admin.post_message(&w.town, "public").await;
    member.expect("posted").await;
    outsider.expect("posted").await;
    admin.expect("posted").await;

    // The private channel: only its members, not even an admin who is not in it.
    w.member.post_message(&w.secret, "private").await;
    member.expect("posted").await;
    // What must not arrive was published before the barrier, which reaches everyone.
    w.member.barrier().await;
    member.expect("user_updated").await;
    other.expect_none_before(&["posted"], "user_updated").await;
    outsider
        .expect_none_before(&["posted"], "user_updated")
        .await;
    admin.expect_none_before(&["posted"], "user_updated").await;

    // Typing into a channel one is not in is refused and reaches nobody.
    outsider
        .send("user_typing", json!({"channel_id": w.secret}))
        .await;
    let (s, _) = w
        .outsider
        .post(
            &format!("/users/{}/typing", w.outsider.id()),
            json!({"channel_id": w.secret}),
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    w.admin.barrier().await;
    member.expect_none_before(&["typing"], "user_updated").await;
    outsider.expect("user_updated").await;

    // Edits and deletes in the private channel stay private too.
    let (s, _) = w
        .member
        .put(
            &format!("/posts/{}/patch", w.secret_post),
            json!({"message": "edited"}),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    member.expect("post_edited").await;
    let (s, _) = w.member.delete(&format!("/posts/{}", w.secret_post)).await;
    assert_eq!(s, StatusCode::OK);
    member.expect("post_deleted").await;
    w.admin.barrier().await;
    outsider
        .expect_none_before(&["post_edited", "post_deleted"], "user_updated")
        .await;
}
