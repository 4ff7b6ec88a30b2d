//! Reactions, files, custom emoji, profile pictures and the image proxy.

use reqwest::StatusCode;
use serde_json::json;

use crate::common::Server;

#[tokio::test]
async fn reactions_are_added_listed_removed_and_announced() {
    let server = Server::start().await;
    let ann = server.admin().await;
    let team = ann.team().await;
    let bob = server
        .signup("bob", Some(team["invite_id"].as_str().unwrap()))
        .await;
    let team_id = team["id"].as_str().unwrap();
    let town = ann.channel(team_id, "town-square").await;
    let post = ann.post_message(&town, "react to me").await;
    let post_id = post["id"].as_str().unwrap();
    let mut ann_ws = ann.connect().await;

    let react =
        |name: &str, user: String| json!({"user_id": user, "post_id": post_id, "emoji_name": name});
    let (s, r) = bob.post("/reactions", react("+1", bob.id())).await;
    assert_eq!(s, StatusCode::OK, "{r}");
    assert_eq!(r["emoji_name"], "+1");
    let e = ann_ws.expect("reaction_added").await;
    let got: serde_json::Value =
        serde_json::from_str(e.data["reaction"].as_str().unwrap()).unwrap();
    assert_eq!(got["user_id"], bob.id());
    assert_eq!(e.broadcast.channel_id.as_str(), town);
    // The same reaction twice is one reaction.
    let (s, _) = bob.post("/reactions", react("+1", bob.id())).await;
    assert_eq!(s, StatusCode::OK);
    ann.post("/reactions", react("tada", ann.id())).await;

    let p = ann.ok(&format!("/posts/{post_id}")).await;
    assert_eq!(p["has_reactions"], true);
    let names: Vec<&str> = p["metadata"]["reactions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["emoji_name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["+1", "tada"]);
    let list = bob.ok(&format!("/channels/{town}/posts")).await;
    assert_eq!(
        list["posts"][post_id]["metadata"]["reactions"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(
        bob.ok(&format!("/posts/{post_id}/reactions"))
            .await
            .as_array()
            .unwrap()
            .len(),
        2
    );
    let (_, bulk) = bob.post("/posts/ids/reactions", json!([post_id])).await;
    assert_eq!(bulk[post_id].as_array().unwrap().len(), 2);

    // Bad names, other people's reactions, and readers who cannot see the post.
    for name in ["", "no such emoji", "not_an_emoji_anywhere", "<script>"] {
        let (s, v) = bob.post("/reactions", react(name, bob.id())).await;
        assert_eq!(s, StatusCode::BAD_REQUEST, "{name:?}: {v}");
    }
    let (s, _) = bob.post("/reactions", react("smile", ann.id())).await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, _) = bob
        .delete(&format!(
            "/users/{}/posts/{post_id}/reactions/tada",
            ann.id()
        ))
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, private) = ann
        .post(
            "/channels",
            json!({"team_id": team_id, "name": "secret", "display_name": "Secret", "type": "P"}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED);
    let hidden = ann
        .post_message(private["id"].as_str().unwrap(), "hidden")
        .await;
    let (s, _) = bob
        .post(
            "/reactions",
            json!({"user_id": bob.id(), "post_id": hidden["id"], "emoji_name": "smile"}),
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, _) = bob
        .get(&format!(
            "/posts/{}/reactions",
            hidden["id"].as_str().unwrap()
        ))
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);

    // Removing one's own.
    let (s, _) = bob
        .delete(&format!("/users/me/posts/{post_id}/reactions/+1"))
        .await;
    assert_eq!(s, StatusCode::OK);
    let e = ann_ws.expect("reaction_removed").await;
    let got: serde_json::Value =
        serde_json::from_str(e.data["reaction"].as_str().unwrap()).unwrap();
    assert_eq!(got["emoji_name"], "+1");
    let p = ann.ok(&format!("/posts/{post_id}")).await;
    assert_eq!(p["metadata"]["reactions"].as_array().unwrap().len(), 1);
}
