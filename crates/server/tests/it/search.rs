//! Message search: every operator, only the searcher's channels, non-Latin scripts,
//! deleted and edited posts; channel search.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::common::{Client, Server};

/// The messages a search finds, newest first, and its `matches`.
async fn search(who: &Client, team: &str, terms: &str) -> (Vec<String>, Value) {
    search_with(
        who,
        &format!("/teams/{team}/posts/search"),
        json!({ "terms": terms }),
    )
    .await
}

async fn search_with(who: &Client, path: &str, body: Value) -> (Vec<String>, Value) {
    let (s, v) = who.post(path, body).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let found = v["order"]
        .as_array()
        .unwrap()
        .iter()
        .map(|id| {
            v["posts"][id.as_str().unwrap()]["message"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    (found, v["matches"].clone())
}

/// `YYYY-MM-DD` of a time in ms, in a zone `offset` seconds ahead of UTC.
fn day(ms: i64, offset: i64, shift_days: i64) -> String {
    let days = (ms + offset * 1000).div_euclid(86_400_000) + shift_days;
    let (y, m, d) = causerie_server::util::civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

#[tokio::test]
async fn every_operator_over_the_searchers_channels() {
    let server = Server::start().await;
    let ann = server.admin().await;
    let team = ann.team().await;
    let team_id = team["id"].as_str().unwrap();
    let invite = team["invite_id"].as_str().unwrap();
    let bob = server.signup("bob", Some(invite)).await;
    let eve = server.signup("eve", Some(invite)).await;
    let town = ann.channel(team_id, "town-square").await;
    let off = ann.channel(team_id, "off-topic").await;

    let first = ann.post_message(&town, "The release notes are ready").await;
    bob.post_message(&town, "release day tomorrow, deployment at noon")
        .await;
    bob.post_message(&off, "lunch? #food and #Launch-party")
        .await;
    ann.post_message(&off, "notes about the release, draft")
        .await;
    ann.post_message(&town, "Le café est ouvert").await;

    // Words (all of them), case and diacritics folded, newest first.
    assert_eq!(
        search(&bob, team_id, "release").await.0,
        [
            "notes about the release, draft",
            "release day tomorrow, deployment at noon",
            "The release notes are ready",
        ]
    );
    assert_eq!(
        search(&bob, team_id, "RELEASE notes").await.0,
        [
            "notes about the release, draft",
            "The release notes are ready"
        ]
    );
    let (found, matches) = search(&bob, team_id, "cafe").await;
    assert_eq!(found, ["Le café est ouvert"]);
    assert_eq!(
        matches.as_object().unwrap().values().next().unwrap(),
        &json!(["café"])
    );
    // Any of them.
    let (found, _) = search_with(
        &bob,
        &format!("/teams/{team_id}/posts/search"),
        json!({"terms": "lunch café", "is_or_search": true}),
    )
    .await;
    assert_eq!(
        found,
        ["Le café est ouvert", "lunch? #food and #Launch-party"]
    );
    // A quoted phrase, an excluded word, a prefix.
    assert_eq!(
        search(&bob, team_id, "\"release notes\"").await.0,
        ["The release notes are ready"]
    );
    assert_eq!(
        search(&bob, team_id, "release -draft -deployment").await.0,
        ["The release notes are ready"]
    );
    assert_eq!(
        search(&bob, team_id, "deploy*").await.0,
        ["release day tomorrow, deployment at noon"]
    );
    // from:, -from:, in:, -in:.
    assert_eq!(
        search(&bob, team_id, "release from:bob").await.0,
        ["release day tomorrow, deployment at noon"]
    );
    assert_eq!(
        search(&bob, team_id, "from:@ann in:off-topic").await.0,
        ["notes about the release, draft"]
    );
    assert_eq!(
        search(&bob, team_id, "release -from:ann -in:off-topic")
            .await
            .0,
        ["release day tomorrow, deployment at noon"]
    );
    assert!(
        search(&bob, team_id, "release from:nobody")
            .await
            .0
            .is_empty()
    );
    // A hashtag finds the tag, not the word alone; the tag's case does not matter.
    let (tagged, matches) = search(&bob, team_id, "#launch-party").await;
    assert_eq!(tagged, ["lunch? #food and #Launch-party"]);
    assert_eq!(
        matches.as_object().unwrap().values().next().unwrap(),
        &json!(["#Launch-party"])
    );
    assert!(search(&bob, team_id, "#launch").await.0.is_empty());
    assert_eq!(search(&bob, team_id, "launch").await.0.len(), 1);
    // Dates, in the searcher's time zone: on:, before: and after: (both exclusive).
    let at = first["create_at"].as_i64().unwrap();
    for offset in [0, 14 * 3600, -12 * 3600] {
        let on = |shift| format!("ready on:{}", day(at, offset, shift));
        let body = |terms: String| json!({"terms": terms, "time_zone_offset": offset});
        let path = format!("/teams/{team_id}/posts/search");
        assert_eq!(search_with(&bob, &path, body(on(0))).await.0.len(), 1);
        assert!(search_with(&bob, &path, body(on(1))).await.0.is_empty());
        let before = |shift| format!("ready before:{}", day(at, offset, shift));
        assert_eq!(search_with(&bob, &path, body(before(1))).await.0.len(), 1);
        assert!(search_with(&bob, &path, body(before(0))).await.0.is_empty());
        let after = |shift| format!("ready after:{}", day(at, offset, shift));
        assert_eq!(search_with(&bob, &path, body(after(-1))).await.0.len(), 1);
        assert!(search_with(&bob, &path, body(after(0))).await.0.is_empty());
    }

    // Private channels and direct messages stay with their members.
    let (s, private) = ann
        .post(
            "/channels",
            json!({"team_id": team_id, "name": "staff", "display_name": "Staff", "type": "P"}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{private}");
    let private = private["id"].as_str().unwrap();
    let (s, _) = ann
        .post(
            &format!("/channels/{private}/members"),
            json!({"user_id": bob.id()}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED);
    ann.post_message(private, "secret salaries").await;
    let (s, dm) = ann
        .post("/channels/direct", json!([ann.id(), bob.id()]))
        .await;
    assert_eq!(s, StatusCode::CREATED, "{dm}");
    ann.post_message(dm["id"].as_str().unwrap(), "secret between us")
        .await;
    assert_eq!(search(&bob, team_id, "secret").await.0.len(), 2);
    assert_eq!(
        search(&bob, team_id, "secret in:@ann").await.0,
        ["secret between us"]
    );
    assert_eq!(
        search(&bob, team_id, "secret in:staff").await.0,
        ["secret salaries"]
    );
    assert!(search(&eve, team_id, "secret").await.0.is_empty());
    assert!(search(&eve, team_id, "secret in:staff").await.0.is_empty());
    let (all, _) = search_with(&eve, "/posts/search", json!({"terms": "secret"})).await;
    assert!(all.is_empty());
    // Not a member of the team: refused.
    let (s, other_team) = ann
        .post(
            "/teams",
            json!({"name": "other", "display_name": "Other", "type": "I"}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{other_team}");
    let other = server
        .signup("mallory", other_team["invite_id"].as_str())
        .await;
    let (s, v) = other
        .post(
            &format!("/teams/{team_id}/posts/search"),
            json!({"terms": "secret"}),
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN, "{v}");
    let (s, v) = ann
        .post(
            &format!("/teams/{team_id}/posts/search"),
            json!({"terms": "x", "per_page": 0}),
        )
        .await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "{v}");

    // Paging.
    let page = |n: i64| json!({"terms": "release", "page": n, "per_page": 2});
    let path = format!("/teams/{team_id}/posts/search");
    let (s, v) = bob.post(&path, page(0)).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(v["order"].as_array().unwrap().len(), 2);
    assert_eq!(v["has_next"], true);
    let (_, v) = bob.post(&path, page(1)).await;
    assert_eq!(v["order"].as_array().unwrap().len(), 1);
    assert_eq!(v["has_next"], false);
}

#[tokio::test]
async fn scripts_edits_and_deletions() {
    let server = Server::start().await;
    let ann = server.admin().await;
    let team = ann.team().await;
    let team_id = team["id"].as_str().unwrap();
    let town = ann.channel(team_id, "town-square").await;
    for message in [
        "東京タワーに行きました",
        "京都の東にある",
        "مرحبا بالعالم",
        "Привет, мир! Как дела?",
        "서울에서 만나요",
        "नमस्ते दुनिया",
        "สวัสดีชาวโลก",
    ] {
        ann.post_message(&town, message).await;
    }
    // Chinese and Japanese: a run of characters is a phrase, not a bag of characters.
    assert_eq!(
        search(&ann, team_id, "東京").await.0,
        ["東京タワーに行きました"]
    );
    assert_eq!(search(&ann, team_id, "京都").await.0, ["京都の東にある"]);
    assert_eq!(
        search(&ann, team_id, "タワー").await.0,
        ["東京タワーに行きました"]
    );
    // Arabic, with or without vowel marks; Cyrillic in any case; Korean within a word;
    // Devanagari's combining vowel signs stay inside the word; Thai.
    assert_eq!(search(&ann, team_id, "مرحبا").await.0, ["مرحبا بالعالم"]);
    assert_eq!(search(&ann, team_id, "مَرْحَبًا").await.0, ["مرحبا بالعالم"]);
    assert_eq!(
        search(&ann, team_id, "МИР").await.0,
        ["Привет, мир! Как дела?"]
    );
    assert_eq!(search(&ann, team_id, "서울").await.0, ["서울에서 만나요"]);
    assert_eq!(search(&ann, team_id, "दुनिया").await.0, ["नमस्ते दुनिया"]);
    assert!(search(&ann, team_id, "दुन").await.0.is_empty());
    assert_eq!(search(&ann, team_id, "สวัสดี").await.0, ["สวัสดีชาวโลก"]);

    // An edit is found by its new text only; a deleted post is not found.
    let post = ann.post_message(&town, "the old wording").await;
    let id = post["id"].as_str().unwrap();
    let (s, _) = ann
        .put(
            &format!("/posts/{id}/patch"),
            json!({"message": "the new phrasing"}),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    assert!(search(&ann, team_id, "wording").await.0.is_empty());
    assert_eq!(
        search(&ann, team_id, "phrasing").await.0,
        ["the new phrasing"]
    );
    let (s, _) = ann.delete(&format!("/posts/{id}")).await;
    assert_eq!(s, StatusCode::OK);
    assert!(search(&ann, team_id, "phrasing").await.0.is_empty());

    // The index survives a restart (it is in the database, kept by triggers).
    let dir = server.stop().await;
    let server = Server::start_with(dir, Default::default()).await;
    let ann = server.login("ann").await;
    assert_eq!(
        search(&ann, team_id, "東京").await.0,
        ["東京タワーに行きました"]
    );
}

#[tokio::test]
async fn channels_are_searched_by_name() {
    let server = Server::start().await;
    let ann = server.admin().await;
    let team = ann.team().await;
    let team_id = team["id"].as_str().unwrap();
    let bob = server.signup("bob", team["invite_id"].as_str()).await;
    for (name, kind) in [("release-team", "O"), ("release-secrets", "P")] {
        ann.create_channel(team_id, name, kind).await;
    }
    let names = |v: Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|c| c["name"].as_str().unwrap().to_owned())
            .collect()
    };
    let path = format!("/teams/{team_id}/channels/search");
    let (s, v) = ann.post(&path, json!({"term": "release"})).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(names(v), ["release-secrets", "release-team"]);
    let (_, v) = bob.post(&path, json!({"term": "RELEASE"})).await;
    assert_eq!(names(v), ["release-team"]);
}
