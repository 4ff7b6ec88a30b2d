//! Two users chatting live, with threads, edits, deletes, typing, DMs and unreads.

use reqwest::StatusCode;
use serde_json::json;

use crate::common::{Server, event_post};

#[tokio::test]
async fn two_users_chat_live_with_threads() {
    let server = Server::start().await;
    let ann = server.admin().await;
    let team = ann.team().await;
    let invite = team["invite_id"].as_str().unwrap();
    let bob = server.signup("bob", Some(invite)).await;
    let team_id = team["id"].as_str().unwrap();
    let town = ann.channel(team_id, "town-square").await;
    assert_eq!(
        bob.channel(team_id, "town-square").await,
        town,
        "bob joined the default channel"
    );

    let mut ann_ws = ann.connect().await;
    let mut bob_ws = bob.connect().await;

    // A root post reaches the other user live, with the post as a JSON string.
    let root = ann.post_message(&town, "hello @bob").await;
    ann_ws.expect("posted").await; // Her own post comes back to her too.
    let e = bob_ws.expect("posted").await;
    let post = event_post(&e);
    assert_eq!(post["id"], root["id"]);
    assert_eq!(post["message"], "hello @bob");
    assert_eq!(e.data["channel_type"], "O");
    assert_eq!(e.data["sender_name"], "@ann");
    let mentions: Vec<String> = serde_json::from_str(e.data["mentions"].as_str().unwrap()).unwrap();
    assert_eq!(mentions, vec![bob.id()]);
    assert_eq!(e.broadcast.channel_id.as_str(), town);

    // A reply, live, and the thread with its counters.
    let root_id = root["id"].as_str().unwrap();
    let reply = bob.reply(&town, root_id, "hi ann").await;
    let e = ann_ws.expect("posted").await;
    assert_eq!(event_post(&e)["root_id"], root_id);
    let thread = ann.ok(&format!("/posts/{root_id}/thread")).await;
    assert_eq!(thread["order"].as_array().unwrap().len(), 2);
    assert_eq!(thread["order"][0], reply["id"], "newest first");
    let root_now = &thread["posts"][root_id];
    assert_eq!(root_now["reply_count"], 1);
    assert_eq!(root_now["last_reply_at"], reply["create_at"]);
    assert_eq!(root_now["participants"][0]["id"], bob.id());
    assert_eq!(
        root_now["participants"][0]["email"], "",
        "participants are sanitized"
    );

    // A reply to a reply is refused.
    let reply_id = reply["id"].as_str().unwrap();
    let (s, _) = ann
        .post(
            "/posts",
            json!({"channel_id": town, "root_id": reply_id, "message": "x"}),
        )
        .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);

    // Edit, seen live; only the author may edit.
    let (s, edited) = bob
        .put(
            &format!("/posts/{reply_id}/patch"),
            json!({"message": "hi ann!"}),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    assert!(edited["edit_at"].as_i64().unwrap() > 0);
    let e = ann_ws.expect("post_edited").await;
    assert_eq!(event_post(&e)["message"], "hi ann!");
    let (s, _) = ann.get(&format!("/posts/{reply_id}")).await;
    assert_eq!(s, StatusCode::OK);
    let charlie = server.signup("charlie", Some(invite)).await;
    let (s, _) = charlie
        .put(
            &format!("/posts/{reply_id}/patch"),
            json!({"message": "mine"}),
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);

    // Typing, from the WebSocket action, reaches the others but not the typist.
    bob_ws
        .send(
            "user_typing",
            json!({"channel_id": town, "parent_id": root_id}),
        )
        .await;
    let e = ann_ws.expect("typing").await;
    assert_eq!(e.data["user_id"], bob.id());
    assert_eq!(e.data["parent_id"], root_id);
    assert_eq!(e.broadcast.channel_id.as_str(), town);

    // Delete the reply: live, gone from reads, and the thread count drops.
    let (s, _) = bob.delete(&format!("/posts/{reply_id}")).await;
    assert_eq!(s, StatusCode::OK);
    let e = ann_ws.expect("post_deleted").await;
    assert_eq!(event_post(&e)["id"], reply_id);
    assert_eq!(
        event_post(&e)["message"],
        "",
        "a deleted post's text is not sent"
    );
    let (s, _) = ann.get(&format!("/posts/{reply_id}")).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let thread = ann.ok(&format!("/posts/{root_id}/thread")).await;
    assert_eq!(thread["order"].as_array().unwrap().len(), 1);
    assert_eq!(thread["posts"][root_id]["reply_count"], 0);

    ann_ws.close().await;
    bob_ws.close().await;
}

#[tokio::test]
async fn unread_and_mention_counts_follow_posts_and_views() {
    let server = Server::start().await;
    let ann = server.admin().await;
    let team = ann.team().await;
    let bob = server.signup("bob", team["invite_id"].as_str()).await;
    let team_id = team["id"].as_str().unwrap();
    let town = ann.channel(team_id, "town-square").await;
    let mut bob_ws = bob.connect().await;

    ann.post_message(&town, "one").await;
    ann.post_message(&town, "two @bob").await;
    ann.post_message(&town, "three @channel").await;
    let member = bob.ok(&format!("/channels/{town}/members/me")).await;
    let channel = bob.ok(&format!("/channels/{town}")).await;
    let unread =
        channel["total_msg_count"].as_i64().unwrap() - member["msg_count"].as_i64().unwrap();
    assert_eq!(unread, 3);
    assert_eq!(member["mention_count"], 2);
    let unreads = bob.ok("/users/me/teams/unread").await;
    assert_eq!(unreads[0]["msg_count"], 3);
    assert_eq!(unreads[0]["mention_count"], 2);

    // The author has read their own posts.
    let mine = ann.ok(&format!("/channels/{town}/members/me")).await;
    assert_eq!(mine["msg_count"], channel["total_msg_count"]);

    let (s, v) = bob
        .post("/channels/members/me/view", json!({"channel_id": town}))
        .await;
    assert_eq!(s, StatusCode::OK);
    assert!(v["last_viewed_at_times"][&town].as_i64().unwrap() > 0);
    let e = bob_ws.expect("multiple_channels_viewed").await;
    assert!(e.data["channel_times"][&town].is_i64());
    let member = bob.ok(&format!("/channels/{town}/members/me")).await;
    assert_eq!(member["mention_count"], 0);
    assert_eq!(member["msg_count"], channel["total_msg_count"]);

    // Other members' read state is private.
    let other = ann
        .ok(&format!("/channels/{town}/members/{}", bob.id()))
        .await;
    assert_eq!(other["last_viewed_at"], 0);
}

#[tokio::test]
async fn direct_and_group_messages() {
    let server = Server::start().await;
    let ann = server.admin().await;
    let team = ann.team().await;
    let iid = team["invite_id"].as_str();
    let bob = server.signup("bob", iid).await;
    let cat = server.signup("cat", iid).await;
    let dan = server.signup("dan", iid).await;
    let mut bob_ws = bob.connect().await;

    let (s, dm) = ann
        .post("/channels/direct", json!([bob.id(), ann.id()]))
        .await;
    assert_eq!(s, StatusCode::CREATED);
    let mut ids = [ann.id(), bob.id()];
    ids.sort();
    assert_eq!(dm["name"], format!("{}__{}", ids[0], ids[1]));
    assert_eq!(dm["type"], "D");
    assert_eq!(dm["team_id"], "");
    let e = bob_ws.expect("direct_added").await;
    assert_eq!(e.data["teammate_id"], bob.id());
    // The same pair gets the same channel.
    let (_, again) = bob
        .post("/channels/direct", json!([ann.id(), bob.id()]))
        .await;
    assert_eq!(again["id"], dm["id"]);
    // Only the two may open it, read it, or be mentioned in it.
    let (s, _) = cat
        .post("/channels/direct", json!([ann.id(), bob.id()]))
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let dm_id = dm["id"].as_str().unwrap();
    let (s, _) = cat.get(&format!("/channels/{dm_id}/posts")).await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    ann.post_message(dm_id, "psst").await;
    let e = bob_ws.expect("posted").await;
    assert_eq!(e.data["channel_type"], "D");
    let member = bob.ok(&format!("/channels/{dm_id}/members/me")).await;
    assert_eq!(
        member["mention_count"], 1,
        "every direct message counts as a mention"
    );
    let team_id = team["id"].as_str().unwrap();
    let listed = bob.ok(&format!("/users/me/teams/{team_id}/channels")).await;
    assert!(
        listed
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["id"] == dm["id"])
    );

    // Group: 3 to 8 members, the caller added, name is the SHA-1 of the sorted ids.
    let (s, gm) = ann
        .post("/channels/group", json!([bob.id(), cat.id()]))
        .await;
    assert_eq!(s, StatusCode::CREATED, "{gm}");
    assert_eq!(gm["type"], "G");
    assert_eq!(gm["display_name"], "ann, bob, cat");
    assert_eq!(gm["name"].as_str().unwrap().len(), 40);
    let e = bob_ws.expect("group_added").await;
    let mates: Vec<String> =
        serde_json::from_str(e.data["teammate_ids"].as_str().unwrap()).unwrap();
    assert_eq!(mates.len(), 3);
    let (s, _) = dan
        .get(&format!("/channels/{}", gm["id"].as_str().unwrap()))
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, _) = ann.post("/channels/group", json!([bob.id()])).await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn channels_are_created_joined_patched_left_and_archived() {
    let server = Server::start().await;
    let ann = server.admin().await;
    let team = ann.team().await;
    let team_id = team["id"].as_str().unwrap();
    let bob = server.signup("bob", team["invite_id"].as_str()).await;
    let mut bob_ws = bob.connect().await;

    let (s, ch) = ann
        .post("/channels", json!({"team_id": team_id, "name": "dev", "display_name": "Dev", "type": "O", "purpose": "code"}))
        .await;
    assert_eq!(s, StatusCode::CREATED, "{ch}");
    let ch_id = ch["id"].as_str().unwrap();
    let e = bob_ws.expect("channel_created").await;
    assert_eq!(e.data["channel_id"], ch_id);
    let (s, _) = ann
        .post(
            "/channels",
            json!({"team_id": team_id, "name": "dev", "display_name": "Dev", "type": "O"}),
        )
        .await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "names are unique in a team");

    let public = bob.ok(&format!("/teams/{team_id}/channels")).await;
    assert!(
        public
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["name"] == "dev")
    );
    let (s, m) = bob
        .post(
            &format!("/channels/{ch_id}/members"),
            json!({"user_id": bob.id()}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{m}");
    let e = bob_ws.expect("user_added").await;
    assert_eq!(e.data["user_id"], bob.id());
    let stats = ann.ok(&format!("/channels/{ch_id}/stats")).await;
    assert_eq!(stats["member_count"], 2);

    let (s, patched) = bob
        .put(
            &format!("/channels/{ch_id}/patch"),
            json!({"header": "Welcome"}),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(patched["header"], "Welcome");
    let e = bob_ws.expect("channel_updated").await;
    let updated: serde_json::Value =
        serde_json::from_str(e.data["channel"].as_str().unwrap()).unwrap();
    assert_eq!(updated["header"], "Welcome");

    // Only admins of the channel remove others or archive it.
    let (s, _) = bob
        .delete(&format!("/channels/{ch_id}/members/{}", ann.id()))
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, _) = bob.delete(&format!("/channels/{ch_id}")).await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, _) = bob.delete(&format!("/channels/{ch_id}/members/me")).await;
    assert_eq!(s, StatusCode::OK);
    let e = bob_ws.expect("user_removed").await;
    assert_eq!(e.data["channel_id"], ch_id);
    let town = ann.channel(team_id, "town-square").await;
    let (s, _) = bob.delete(&format!("/channels/{town}/members/me")).await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "nobody leaves town-square");

    let (s, _) = ann.delete(&format!("/channels/{ch_id}")).await;
    assert_eq!(s, StatusCode::OK);
    let e = bob_ws.expect("channel_deleted").await;
    assert_eq!(e.data["channel_id"], ch_id);
    let (s, _) = ann
        .post("/posts", json!({"channel_id": ch_id, "message": "late"}))
        .await;
    assert_eq!(
        s,
        StatusCode::BAD_REQUEST,
        "no posts in an archived channel"
    );
}

#[tokio::test]
async fn profiles_statuses_and_preferences() {
    let server = Server::start().await;
    let ann = server.admin().await;
    let team = ann.team().await;
    let team_id = team["id"].as_str().unwrap();
    let bob = server.signup("bob", team["invite_id"].as_str()).await;
    let mut ann_ws = ann.connect().await;

    // Others' e-mail addresses are hidden; admins and the user see them.
    let seen = bob.ok(&format!("/users/{}", ann.id())).await;
    assert_eq!(seen["email"], "");
    assert_eq!(bob.ok("/users/me").await["email"], "bob@example.org");
    assert_eq!(
        ann.ok(&format!("/users/{}", bob.id())).await["email"],
        "bob@example.org"
    );
    let (_, list) = bob.post("/users/usernames", json!(["ann", "nobody"])).await;
    assert_eq!(list.as_array().unwrap().len(), 1);
    let (_, list) = bob.post("/users/ids", json!([ann.id(), bob.id()])).await;
    assert_eq!(list.as_array().unwrap().len(), 2);
    let members = ann
        .ok(&format!("/users?in_team={team_id}&per_page=1&page=1"))
        .await;
    assert_eq!(members.as_array().unwrap().len(), 1);
    let ac = ann
        .ok(&format!("/users/autocomplete?in_team={team_id}&name=bo"))
        .await;
    assert_eq!(ac["users"][0]["username"], "bob");

    // Patch, with user_updated to others (sanitized).
    let (s, me) = bob
        .put(
            "/users/me/patch",
            json!({"nickname": "Bobby", "locale": "fr"}),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(me["nickname"], "Bobby");
    let e = ann_ws.expect("user_updated").await;
    assert_eq!(e.data["user"]["nickname"], "Bobby");
    assert_eq!(e.data["user"]["email"], "");
    let (s, _) = bob
        .put(
            &format!("/users/{}/patch", ann.id()),
            json!({"nickname": "x"}),
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);

    // Presence from the WebSocket.
    let mut bob_ws = bob.connect().await;
    let e = ann_ws.expect("status_change").await;
    assert_eq!(e.data["status"], "online");
    assert_eq!(e.data["user_id"], bob.id());
    let (_, st) = ann.post("/users/status/ids", json!([bob.id()])).await;
    assert_eq!(st[0]["status"], "online");
    bob_ws.send("ping", json!({})).await;
    bob_ws.close().await;
    let e = ann_ws.expect("status_change").await;
    assert_eq!(e.data["status"], "offline");

    // Preferences.
    let prefs = json!([{"user_id": bob.id(), "category": "display_settings", "name": "use_military_time", "value": "true"}]);
    let (s, _) = bob.put("/users/me/preferences", prefs).await;
    assert_eq!(s, StatusCode::OK);
    let got = bob.ok("/users/me/preferences/display_settings").await;
    assert_eq!(got[0]["value"], "true");
    let stolen = json!([{"user_id": ann.id(), "category": "x", "name": "y", "value": "z"}]);
    let (s, _) = bob.put("/users/me/preferences", stolen).await;
    assert_eq!(s, StatusCode::FORBIDDEN);

    // Default profile image.
    let res = bob
        .http
        .get(format!("{}/users/{}/image", bob.base, ann.id()))
        .bearer_auth(bob.token.as_ref().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["content-type"], "image/png");
    assert!(res.bytes().await.unwrap().starts_with(b"\x89PNG"));
}

#[tokio::test]
async fn client_config_announces_the_wiki_settings() {
    let config = causerie_server::Config {
        wiki_url: "https://meta.wikimedia.org/wiki/".into(),
        interwiki: [(
            "phab".to_owned(),
            "https://phabricator.wikimedia.org/$1".to_owned(),
        )]
        .into(),
        ..Default::default()
    };
    let server = Server::start_with(tempfile::tempdir().unwrap(), config).await;
    let anon = crate::common::Client::anonymous(&server);
    let c = anon.ok("/config/client?format=old").await;
    assert_eq!(c["CauserieWikiURL"], "https://meta.wikimedia.org/wiki/");
    let map: serde_json::Value =
        serde_json::from_str(c["CauserieInterwiki"].as_str().unwrap()).unwrap();
    assert_eq!(map["phab"], "https://phabricator.wikimedia.org/$1");
}
