//! `GET /api/v4/websocket`: authentication, resume, and the per-socket tasks.

use std::time::Duration;

use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use futures_util::{SinkExt, StreamExt};
use mm_api::websocket::{Request, Response as WsResponse};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::AppState;
use crate::auth::{self, Session};
use crate::error::AppError;
use crate::hub::Attachment;
use crate::util::now_ms;

/// The resume parameters of the upgrade URL.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ResumeParams {
    connection_id: String,
    sequence_number: Option<i64>,
}

/// A socket that sends nothing for this long is dropped.
const READ_TIMEOUT: Duration = Duration::from_secs(100);
/// Time to authenticate by `authentication_challenge`.
const AUTH_TIMEOUT: Duration = Duration::from_secs(5);
const PING_EVERY: Duration = Duration::from_secs(30);
/// Bytes of queued frames written at once.
const WRITE_BATCH_BYTES: usize = 16 << 10;

/// `GET /api/v4/websocket`
///
/// Authenticated by the cookie or `Authorization` header of the upgrade request, or by an
/// `authentication_challenge` frame. A cookie counts only from a page of this site (its
/// `Origin`); another site's page gets 403. Only the former can resume a connection, as in
/// Mattermost.
pub async fn connect_websocket(
    State(app): State<AppState>,
    Query(params): Query<ResumeParams>,
    headers: HeaderMap,
    upgrade: WebSocketUpgrade,
) -> Response {
    let session = match auth::token_from_headers(&headers) {
        // A page on another site would get the user's cookie sent along: refuse it.
        Some((_, auth::TokenSource::Cookie)) if !crate::web::origin_allowed(&app, &headers) => {
            return AppError::forbidden()
                .detail("The WebSocket's Origin is not this site.")
                .into_response();
        }
        Some((token, _)) => auth::socket_session(&app, &token).await,
        None => None,
    };
    // Client frames are small: tungstenite's 128 KiB buffers would cost far more memory
    // than 1,000 sockets need. Frames already queued go out in one write (see `pump`), up
    // to this much.
    upgrade
        .read_buffer_size(4096)
        .write_buffer_size(WRITE_BATCH_BYTES)
        .max_message_size(64 << 10)
        .on_upgrade(move |socket| run(app, socket, session, params))
}

async fn run(app: AppState, mut socket: WebSocket, session: Option<Session>, params: ResumeParams) {
    let attachment = match session {
        Some(s) => {
            let resumed = match params.sequence_number {
                Some(seq) if mm_api::is_valid_id(&params.connection_id) => {
                    app.hub.resume(&params.connection_id, &s.user_id, seq)
                }
                _ => None,
            };
            resumed.unwrap_or_else(|| app.hub.register(&s.user_id, &s.id, s.expires_at))
        }
        None => match challenge(&app, &mut socket).await {
            Some((s, seq)) => {
                let att = app.hub.register(&s.user_id, &s.id, s.expires_at);
                att.conn.respond(reply(seq, None));
                att
            }
            None => {
                let _ = socket.close().await;
                return;
            }
        },
    };
    pump(app, socket, attachment).await;
}

/// Waits for a valid `authentication_challenge`; returns the session and the frame's seq.
async fn challenge(app: &AppState, socket: &mut WebSocket) -> Option<(Session, i64)> {
    let deadline = tokio::time::Instant::now() + AUTH_TIMEOUT;
    loop {
        let msg = tokio::time::timeout_at(deadline, socket.recv())
            .await
            .ok()??
            .ok()?;
        let Message::Text(text) = msg else { continue };
        let req: Request = serde_json::from_str(&text).ok()?;
        if req.action != "authentication_challenge" {
            continue;
        }
        let token = req.data.get("token")?.as_str()?;
        return auth::socket_session(app, token).await.map(|s| (s, req.seq));
    }
}

fn reply(seq: i64, data: Option<Value>) -> String {
    let r = WsResponse {
        status: "OK".into(),
        seq_reply: seq,
        data,
        error: None,
    };
    serde_json::to_string(&r).unwrap_or_default()
}

fn fail(seq: i64, id: &str, message: &str) -> String {
    let r = WsResponse {
        status: "FAIL".into(),
        seq_reply: seq,
        data: None,
        error: Some(json!({ "id": id, "message": message })),
    };
    serde_json::to_string(&r).unwrap_or_default()
}

async fn pump(app: AppState, socket: WebSocket, att: Attachment) {
    let Attachment {
        conn,
        mut rx,
        mut kill,
        generation,
        ..
    } = att;
    let (mut sink, mut stream) = socket.split();
    let writer = tokio::spawn(async move {
        let mut ping = tokio::time::interval(PING_EVERY);
        ping.tick().await;
        loop {
            tokio::select! {
                frame = rx.recv() => match frame {
                    Some(f) => {
                        // Frames already waiting go out with this one in one write: over
                        // loopback or a busy link, a packet per frame (TCP_NODELAY) cost the
                        // server twice the CPU of the posts themselves.
                        let mut batch = vec![f];
                        while batch.len() < 32
                            && let Ok(f) = rx.try_recv()
                        {
                            batch.push(f);
                        }
                        let mut failed = false;
                        for f in batch {
                            failed |= sink.feed(Message::Text(f.text().into())).await.is_err();
                        }
                        if failed || sink.flush().await.is_err() {
                            break;
                        }
                    }
                    None => break,
                },
                _ = &mut kill => break,
                _ = ping.tick() => {
                    if sink.send(Message::Ping(Default::default())).await.is_err() {
                        break;
                    }
                }
            }
        }
        let _ = sink.close().await;
    });
    let mut writer = writer;
    loop {
        tokio::select! {
            msg = tokio::time::timeout(READ_TIMEOUT, stream.next()) => {
                let Ok(Some(Ok(msg))) = msg else { break };
                match msg {
                    Message::Text(text) => handle_request(&app, &conn, &text),
                    Message::Close(_) => break,
                    _ => {}
                }
            }
            _ = &mut writer => break,
        }
    }
    writer.abort();
    app.hub.detach(&conn, generation);
}

fn handle_request(app: &AppState, conn: &crate::hub::Conn, text: &str) {
    let Ok(req) = serde_json::from_str::<Request>(text) else {
        conn.respond(fail(
            0,
            "api.web_socket_router.bad_json.app_error",
            "Invalid JSON.",
        ));
        return;
    };
    if req.seq <= 0 {
        conn.respond(fail(
            req.seq,
            "api.web_socket_router.bad_seq.app_error",
            "Invalid sequence.",
        ));
        return;
    }
    let user_id = conn.user_id.as_str();
    let out = match req.action.as_str() {
        "" => fail(
            req.seq,
            "api.web_socket_router.no_action.app_error",
            "No action.",
        ),
        "user_typing" => {
            let channel_id = req
                .data
                .get("channel_id")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let parent_id = req
                .data
                .get("parent_id")
                .and_then(Value::as_str)
                .unwrap_or_default();
            match crate::routes::users::relay_typing(app, user_id, channel_id, parent_id) {
                Ok(()) => reply(req.seq, None),
                Err(e) => fail(req.seq, &e.id, &e.message),
            }
        }
        "ping" => reply(
            req.seq,
            Some(
                json!({ "text": "pong", "version": app.hub.server_version, "server_time": now_ms() }),
            ),
        ),
        "get_statuses" => {
            let map: serde_json::Map<String, Value> = app
                .hub
                .online_users()
                .into_iter()
                .map(|u| {
                    let status = app.hub.status(&u).status;
                    (u, json!(status))
                })
                .collect();
            reply(req.seq, Some(Value::Object(map)))
        }
        "get_statuses_by_ids" => {
            let ids = req
                .data
                .get("user_ids")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            let map: serde_json::Map<String, Value> = ids
                .iter()
                .filter_map(Value::as_str)
                .take(1000)
                .map(|u| (u.to_owned(), json!(app.hub.status(u).status)))
                .collect();
            reply(req.seq, Some(Value::Object(map)))
        }
        // The app says whether its user is at the keyboard: away users get pushes.
        "user_update_active_status" => {
            let active = req.data.get("user_is_active").and_then(Value::as_bool);
            if let Some(active) = active {
                app.hub.set_active(user_id, active);
            }
            reply(req.seq, None)
        }
        // Accepted: the server sends typing and reactions to every member anyway.
        "authentication_challenge" | "presence" | "posted_notify_ack" => reply(req.seq, None),
        _ => fail(
            req.seq,
            "api.web_socket_router.bad_action.app_error",
            "Unknown action.",
        ),
    };
    conn.respond(out);
}
