//! WebSocket: authentication, resume without loss or duplicates, and a new `hello` when
//! resuming is impossible.

use futures_util::StreamExt;
use serde_json::json;

use crate::common::{Server, Ws, event_post};

#[tokio::test]
async fn resume_after_a_dropped_socket_loses_and_repeats_nothing() {
    let server = Server::start().await;
    let ann = server.admin().await;
    let team = ann.team().await;
    let bob = server.signup("bob", team["invite_id"].as_str()).await;
    let ch = ann
        .channel(team["id"].as_str().unwrap(), "town-square")
        .await;

    let mut ws = ann.connect().await;
    let conn = ws.connection_id.clone();
    bob.post_message(&ch, "p1").await;
    assert_eq!(event_post(&ws.expect("posted").await)["message"], "p1");
    let next = ws.next;
    ws.close().await;
    // Whether or not the server has seen the close, p2 and p3 are in the connection's ring.
    bob.post_message(&ch, "p2").await;
    bob.post_message(&ch, "p3").await;

    let token = ann.token.as_deref().unwrap();
    let mut ws = Ws::connect(&ann.ws, token, Some((&conn, next))).await;
    ws.connection_id = conn.clone();
    ws.next = next;
    // No hello: the missed events follow in order, then live ones.
    let first = ws.event().await;
    assert_ne!(first.event, "hello", "a successful resume sends no hello");
    let mut messages = Vec::new();
    if first.event == "posted" {
        messages.push(event_post(&first)["message"].as_str().unwrap().to_owned());
    }
    while messages.len() < 2 {
        messages.push(
            event_post(&ws.expect("posted").await)["message"]
                .as_str()
                .unwrap()
                .to_owned(),
        );
    }
    assert_eq!(messages, ["p2", "p3"]);
    bob.post_message(&ch, "p4").await;
    assert_eq!(event_post(&ws.expect("posted").await)["message"], "p4");
    bob.barrier().await;
    ws.expect_none_before(&["posted"], "user_updated").await;
}

#[tokio::test]
async fn a_new_hello_when_resume_is_impossible() {
    let server = Server::start().await;
    let ann = server.admin().await;
    let team = ann.team().await;
    let bob = server.signup("bob", team["invite_id"].as_str()).await;
    let ch = ann
        .channel(team["id"].as_str().unwrap(), "town-square")
        .await;
    let token = ann.token.clone().unwrap();

    // Unknown connection id.
    let unknown = "y".repeat(26);
    let mut ws = Ws::connect(&ann.ws, &token, Some((&unknown, 5))).await;
    let hello = ws.event().await;
    assert_eq!(hello.event, "hello");
    assert_ne!(hello.data["connection_id"], unknown.as_str());
    ws.adopt_hello(&hello);
    let conn = ws.connection_id.clone();
    let next = ws.next;
    ws.close().await;

    // More missed events than the server keeps (128).
    for i in 0..135 {
        bob.post_message(&ch, &format!("m{i}")).await;
    }
    let mut ws = Ws::connect(&ann.ws, &token, Some((&conn, next))).await;
    let hello = ws.event().await;
    assert_eq!(hello.event, "hello");
    assert_eq!(hello.seq, 0);
    assert_ne!(
        hello.data["connection_id"],
        conn.as_str(),
        "a new connection id"
    );

    // Another user cannot take over a connection id.
    let bob_token = bob.token.clone().unwrap();
    ws.adopt_hello(&hello);
    let stolen = ws.connection_id.clone();
    let mut other = Ws::connect(&bob.ws, &bob_token, Some((&stolen, 1))).await;
    let hello = other.event().await;
    assert_eq!(hello.event, "hello");
    assert_ne!(hello.data["connection_id"], stolen.as_str());
}

#[tokio::test]
async fn authentication_challenge_and_requests() {
    let server = Server::start().await;
    let ann = server.admin().await;
    let mut ws = Ws::challenge(&ann.ws, ann.token.as_deref().unwrap()).await;
    // Responses carry seq_reply, and the server answers pings.
    let seq = ws.send("ping", json!({})).await;
    let r = ws.response(seq).await;
    assert_eq!(r.status, "OK");
    assert_eq!(r.data.unwrap()["text"], "pong");
    let seq = ws.send("no_such_action", json!({})).await;
    assert_eq!(ws.response(seq).await.status, "FAIL");

    // A bad token closes the socket without a hello.
    let (mut stream, _) = tokio_tungstenite::connect_async(ann.ws.as_str())
        .await
        .unwrap();
    use futures_util::SinkExt;
    let frame = json!({"seq": 1, "action": "authentication_challenge", "data": {"token": "nope"}});
    stream
        .send(tokio_tungstenite::tungstenite::Message::Text(
            frame.to_string().into(),
        ))
        .await
        .unwrap();
    loop {
        match tokio::time::timeout(std::time::Duration::from_secs(5), stream.next())
            .await
            .unwrap()
        {
            Some(Ok(tokio_tungstenite::tungstenite::Message::Text(t))) => {
                panic!("unexpected frame {t}")
            }
            Some(Ok(tokio_tungstenite::tungstenite::Message::Close(_))) | None | Some(Err(_)) => {
                break;
            }
            Some(Ok(_)) => {}
        }
    }
}

#[tokio::test]
async fn logout_ends_the_socket() {
    let server = Server::start().await;
    let ann = server.admin().await;
    let mut ws = ann.connect().await;
    let (s, _) = ann.post("/users/logout", json!({})).await;
    assert_eq!(s, 200);
    loop {
        match tokio::time::timeout(std::time::Duration::from_secs(5), ws.stream.next())
            .await
            .unwrap()
        {
            Some(Ok(tokio_tungstenite::tungstenite::Message::Close(_))) | None | Some(Err(_)) => {
                break;
            }
            Some(Ok(_)) => {}
        }
    }
    let (s, _) = ann.get("/users/me").await;
    assert_eq!(s, 401, "the token is revoked");
}
