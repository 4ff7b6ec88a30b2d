//! `GET /channels/{id}/posts` in every mode, and `pending_post_id` de-duplication.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::common::Server;

fn ids(list: &Value) -> Vec<String> {
    list["order"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn every_pagination_mode() {
    let server = Server::start().await;
    let ann = server.admin().await;
    let team = ann.team().await;
    let ch = ann.channel(team["id"].as_str().unwrap(), "off-topic").await;
    // 130 posts, oldest first; every tenth gets a reply.
    let mut posted = Vec::new();
    for i in 0..130 {
        let p = ann.post_message(&ch, &format!("m{i}")).await;
        posted.push(p["id"].as_str().unwrap().to_owned());
    }
    let root = posted[5].clone();
    let reply = ann.reply(&ch, &root, "r").await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let mut all = posted.clone();
    all.push(reply.clone());
    let newest_first: Vec<String> = all.iter().rev().cloned().collect();

    // Default page: the newest 60.
    let p0 = ann.ok(&format!("/channels/{ch}/posts")).await;
    assert_eq!(ids(&p0), newest_first[..60]);
    assert_eq!(p0["next_post_id"], "");
    assert_eq!(p0["prev_post_id"], newest_first[60]);
    // page / per_page.
    let p1 = ann
        .ok(&format!("/channels/{ch}/posts?page=1&per_page=50"))
        .await;
    assert_eq!(ids(&p1), newest_first[50..100]);
    assert_eq!(p1["next_post_id"], newest_first[49]);
    assert_eq!(p1["prev_post_id"], newest_first[100]);
    let last = ann
        .ok(&format!("/channels/{ch}/posts?page=2&per_page=50"))
        .await;
    assert_eq!(ids(&last), newest_first[100..]);
    assert_eq!(last["prev_post_id"], "");
    let empty = ann
        .ok(&format!("/channels/{ch}/posts?page=9&per_page=50"))
        .await;
    assert!(ids(&empty).is_empty());
    // per_page is capped at 200.
    let big = ann.ok(&format!("/channels/{ch}/posts?per_page=1000")).await;
    assert_eq!(ids(&big).len(), 131);

    // before: older than a post, newest first; next_post_id is the cursor.
    let cursor = &newest_first[30];
    let b = ann
        .ok(&format!("/channels/{ch}/posts?before={cursor}&per_page=20"))
        .await;
    assert_eq!(ids(&b), newest_first[31..51]);
    assert_eq!(&b["next_post_id"], cursor);
    assert_eq!(b["prev_post_id"], newest_first[51]);
    let b2 = ann
        .ok(&format!(
            "/channels/{ch}/posts?before={cursor}&per_page=20&page=1"
        ))
        .await;
    assert_eq!(ids(&b2), newest_first[51..71]);
    let oldest = ann
        .ok(&format!(
            "/channels/{ch}/posts?before={}&per_page=20",
            newest_first[125]
        ))
        .await;
    assert_eq!(ids(&oldest), newest_first[126..]);
    assert_eq!(oldest["prev_post_id"], "", "nothing older");

    // after: newer than a post, still newest first; prev_post_id is the cursor.
    let cursor = &newest_first[100];
    let a = ann
        .ok(&format!("/channels/{ch}/posts?after={cursor}&per_page=20"))
        .await;
    assert_eq!(ids(&a), newest_first[80..100]);
    assert_eq!(&a["prev_post_id"], cursor);
    assert_eq!(a["next_post_id"], newest_first[79]);
    let top = ann
        .ok(&format!(
            "/channels/{ch}/posts?after={}&per_page=20",
            newest_first[5]
        ))
        .await;
    assert_eq!(ids(&top), newest_first[..5]);
    assert_eq!(top["next_post_id"], "", "nothing newer");

    // A reply's root comes along in `posts`, outside `order`.
    let page = ann.ok(&format!("/channels/{ch}/posts?per_page=1")).await;
    assert_eq!(ids(&page), vec![reply.clone()]);
    assert!(page["posts"][&root].is_object());
    // collapsedThreads: roots only.
    let roots = ann
        .ok(&format!(
            "/channels/{ch}/posts?per_page=1&collapsedThreads=true"
        ))
        .await;
    assert_eq!(ids(&roots), vec![posted[129].clone()]);

    // since: everything changed after a time, deletions included, no cursors.
    let t = p0["posts"][&newest_first[3]]["create_at"].as_i64().unwrap();
    let (s, _) = ann.delete(&format!("/posts/{}", newest_first[1])).await;
    assert_eq!(s, StatusCode::OK);
    let since = ann.ok(&format!("/channels/{ch}/posts?since={t}")).await;
    let got = ids(&since);
    for id in &newest_first[..3] {
        assert!(got.contains(id), "{id} changed after {t}");
    }
    assert!(!got.contains(&newest_first[3]), "since is exclusive");
    assert!(
        since["posts"][&newest_first[1]]["delete_at"]
            .as_i64()
            .unwrap()
            > 0
    );
    assert!(got.contains(&root), "the root changed when it got a reply");
    assert_eq!(since["next_post_id"], "");
    assert_eq!(since["prev_post_id"], "");

    // A cursor from another channel is refused.
    let town = ann
        .channel(team["id"].as_str().unwrap(), "town-square")
        .await;
    let (s, _) = ann
        .get(&format!("/channels/{town}/posts?before={cursor}"))
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn pending_post_id_is_idempotent() {
    let server = Server::start().await;
    let ann = server.admin().await;
    let team = ann.team().await;
    let ch = ann
        .channel(team["id"].as_str().unwrap(), "town-square")
        .await;
    let mut ws = ann.connect().await;
    let body =
        json!({"channel_id": ch, "message": "once", "pending_post_id": format!("{}:1", ann.id())});
    let (s1, p1) = ann.post("/posts", body.clone()).await;
    let (s2, p2) = ann.post("/posts", body).await;
    assert_eq!((s1, s2), (StatusCode::CREATED, StatusCode::CREATED));
    assert_eq!(p1["id"], p2["id"]);
    assert_eq!(p1["pending_post_id"], format!("{}:1", ann.id()));
    let list = ann.ok(&format!("/channels/{ch}/posts")).await;
    assert_eq!(ids(&list).len(), 1);
    let e = ws.expect("posted").await;
    assert_eq!(
        crate::common::event_post(&e)["pending_post_id"],
        p1["pending_post_id"]
    );
    ann.barrier().await;
    ws.expect_none_before(&["posted"], "user_updated").await;
}
