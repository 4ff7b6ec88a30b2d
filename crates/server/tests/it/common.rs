//! A real server on port 0 with a temporary data dir, and small HTTP and WebSocket clients.
//! Every successful JSON response is checked against the Mattermost OpenAPI spec.

use std::path::PathBuf;
use std::time::Duration;

use causerie_server::{AppState, Config};
use futures_util::{SinkExt, StreamExt};
use mm_api::User;
use mm_api::websocket::{Incoming, RawEvent};
use reqwest::StatusCode;
use serde_json::{Value, json};
use tokio::net::TcpStream;
use tokio::sync::oneshot;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

pub struct Server {
    pub url: String,
    /// The server's state, to look inside (counters, the hub).
    pub state: AppState,
    pub dir: tempfile::TempDir,
    stop: Option<oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<()>,
}

impl Server {
    pub async fn start() -> Self {
        Self::start_with(tempfile::tempdir().unwrap(), Config::default()).await
    }

    pub async fn start_with(dir: tempfile::TempDir, config: Config) -> Self {
        let state = AppState::open(dir.path().to_owned(), PathBuf::from("/nonexistent"), config)
            .await
            .unwrap();
        let inside = state.clone();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            causerie_server::serve(listener, state, async {
                let _ = stopped.await;
            })
            .await
            .unwrap();
        });
        Self {
            url,
            state: inside,
            dir,
            stop: Some(stop),
            task,
        }
    }

    /// Graceful stop; returns the data dir for a restart.
    pub async fn stop(mut self) -> tempfile::TempDir {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
        tokio::time::timeout(Duration::from_secs(10), &mut self.task)
            .await
            .expect("server did not stop")
            .unwrap();
        self.dir
    }

    pub fn api(&self, path: &str) -> String {
        format!("{}/api/v4{path}", self.url)
    }

    pub fn ws_url(&self) -> String {
        format!("{}/api/v4/websocket", self.url.replace("http://", "ws://"))
    }

    /// The first account: system admin.
    pub async fn admin(&self) -> Client {
        self.signup("ann", None).await
    }

    /// Signs up (with the default team's invite id, from `inviter`) and logs in.
    pub async fn signup(&self, name: &str, invite: Option<&str>) -> Client {
        let anon = Client::anonymous(self);
        let path = match invite {
            Some(iid) => format!("/users?iid={iid}"),
            None => "/users".to_owned(),
        };
        let (status, body) = anon
            .post(&path, json!({"email": format!("{name}@example.org"), "username": name, "password": "correct-horse"}))
            .await;
        assert_eq!(status, StatusCode::CREATED, "signup {name}: {body}");
        self.login(name).await
    }

    pub async fn login(&self, name: &str) -> Client {
        let res = reqwest::Client::new()
            .post(self.api("/users/login"))
            .json(&json!({"login_id": name, "password": "correct-horse"}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::OK);
        let token = res.headers()["token"].to_str().unwrap().to_owned();
        let user: User = res.json().await.unwrap();
        Client {
            base: self.api(""),
            http: reqwest::Client::new(),
            token: Some(token),
            user,
            ws: self.ws_url(),
        }
    }
}

/// A fresh number each call.
pub fn util_counter_impl() -> u64 {
    static N: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    N.fetch_add(1, std::sync::atomic::Ordering::SeqCst)
}

pub struct Client {
    pub base: String,
    pub http: reqwest::Client,
    pub token: Option<String>,
    pub user: User,
    pub ws: String,
}

impl Client {
    pub fn anonymous(server: &Server) -> Self {
        Self {
            base: server.api(""),
            http: reqwest::Client::new(),
            token: None,
            user: User::default(),
            ws: server.ws_url(),
        }
    }

    pub fn id(&self) -> String {
        self.user.id.0.clone()
    }

    pub async fn request(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
    ) -> (StatusCode, Value) {
        let mut req = self
            .http
            .request(method.clone(), format!("{}{path}", self.base));
        if let Some(t) = &self.token {
            req = req.bearer_auth(t);
        }
        if let Some(b) = body {
            req = req.json(&b);
        }
        let res = req.send().await.unwrap();
        let status = res.status();
        let text = res.text().await.unwrap();
        let value: Value = if text.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).unwrap_or(Value::String(text))
        };
        // Causerie's own routes (Web Push, who invited whom) are not in Mattermost's spec.
        // The spec gives only the non-graceful shape of e-mail invitations' answer.
        let own = path.starts_with("/notifications/")
            || path.contains("/invitations")
            || path.contains("/invite/email?graceful=true");
        if status.is_success() && !own {
            let path = format!("/api/v4{path}");
            if let Err(e) =
                crate::openapi::spec().check(method.as_str(), &path, status.as_u16(), &value)
            {
                panic!("{method} {path}: response does not match the OpenAPI spec: {e}\n{value}");
            }
        } else if !status.is_success() {
            check_error_body(status, &value);
        }
        (status, value)
    }

    pub async fn get(&self, path: &str) -> (StatusCode, Value) {
        self.request(reqwest::Method::GET, path, None).await
    }
    pub async fn post(&self, path: &str, body: Value) -> (StatusCode, Value) {
        self.request(reqwest::Method::POST, path, Some(body)).await
    }
    pub async fn put(&self, path: &str, body: Value) -> (StatusCode, Value) {
        self.request(reqwest::Method::PUT, path, Some(body)).await
    }
    pub async fn delete(&self, path: &str) -> (StatusCode, Value) {
        self.request(reqwest::Method::DELETE, path, None).await
    }

    /// GET that must succeed.
    pub async fn ok(&self, path: &str) -> Value {
        let (s, v) = self.get(path).await;
        assert!(s.is_success(), "GET {path}: {s} {v}");
        v
    }

    /// A `user_updated` event that reaches every socket, for [`Ws::expect_none_before`]:
    /// whatever should not arrive was published before it.
    pub async fn barrier(&self) {
        let nick = util_counter_impl();
        let (s, _) = self
            .put("/users/me/patch", json!({"nickname": format!("b{nick}")}))
            .await;
        assert_eq!(s, StatusCode::OK);
    }

    pub async fn team(&self) -> Value {
        self.ok("/users/me/teams").await[0].clone()
    }

    pub async fn channel(&self, team_id: &str, name: &str) -> String {
        self.ok(&format!("/teams/{team_id}/channels/name/{name}"))
            .await["id"]
            .as_str()
            .unwrap()
            .to_owned()
    }

    /// Creates a channel (`kind` "O" or "P") named `name`; returns its id.
    pub async fn create_channel(&self, team_id: &str, name: &str, kind: &str) -> String {
        let (s, v) = self
            .post(
                "/channels",
                json!({"team_id": team_id, "name": name, "display_name": name, "type": kind}),
            )
            .await;
        assert_eq!(s, StatusCode::CREATED, "{v}");
        v["id"].as_str().unwrap().to_owned()
    }

    /// Adds a user to a channel.
    pub async fn add_member(&self, channel_id: &str, user_id: &str) {
        let (s, v) = self
            .post(
                &format!("/channels/{channel_id}/members"),
                json!({"user_id": user_id}),
            )
            .await;
        assert_eq!(s, StatusCode::CREATED, "{v}");
    }

    pub async fn post_message(&self, channel_id: &str, message: &str) -> Value {
        let (s, v) = self
            .post(
                "/posts",
                json!({"channel_id": channel_id, "message": message}),
            )
            .await;
        assert_eq!(s, StatusCode::CREATED, "{v}");
        v
    }

    pub async fn reply(&self, channel_id: &str, root_id: &str, message: &str) -> Value {
        let (s, v) = self
            .post(
                "/posts",
                json!({"channel_id": channel_id, "root_id": root_id, "message": message}),
            )
            .await;
        assert_eq!(s, StatusCode::CREATED, "{v}");
        v
    }

    /// A WebSocket authenticated by header (so it can resume).
    pub async fn connect(&self) -> Ws {
        Ws::connect(&self.ws, self.token.as_deref().unwrap(), None).await
    }
}

/// Every error must be Mattermost's error body.
pub fn check_error_body(status: StatusCode, v: &Value) {
    assert!(
        v["id"].as_str().is_some_and(|s| !s.is_empty()),
        "error without id: {status} {v}"
    );
    assert!(v["message"].is_string(), "error without message: {v}");
    assert!(v["request_id"].is_string(), "error without request_id: {v}");
    assert!(
        v.get("detailed_error").is_some(),
        "error without detailed_error: {v}"
    );
    assert_eq!(
        v["status_code"].as_u64(),
        Some(u64::from(status.as_u16())),
        "{v}"
    );
    assert!(status.as_u16() < 500, "server error: {status} {v}");
}

pub struct Ws {
    pub stream: WebSocketStream<MaybeTlsStream<TcpStream>>,
    pub seq: i64,
    pub connection_id: String,
    /// Next expected sequence number.
    pub next: i64,
}

impl Ws {
    /// Connects with a Bearer header; with `resume`, asks to resume that connection.
    pub async fn connect(url: &str, token: &str, resume: Option<(&str, i64)>) -> Self {
        let url = match resume {
            Some((id, seq)) => format!("{url}?connection_id={id}&sequence_number={seq}"),
            None => url.to_owned(),
        };
        let mut req = url.into_client_request().unwrap();
        req.headers_mut()
            .insert("Authorization", format!("Bearer {token}").parse().unwrap());
        let (stream, _) = tokio_tungstenite::connect_async(req).await.unwrap();
        let mut ws = Self {
            stream,
            seq: 0,
            connection_id: String::new(),
            next: 0,
        };
        if resume.is_none() {
            let hello = ws.event().await;
            assert_eq!(hello.event, "hello");
            ws.adopt_hello(&hello);
        }
        ws
    }

    /// Connects without credentials and authenticates with a challenge frame.
    pub async fn challenge(url: &str, token: &str) -> Self {
        let (stream, _) = tokio_tungstenite::connect_async(url).await.unwrap();
        let mut ws = Self {
            stream,
            seq: 0,
            connection_id: String::new(),
            next: 0,
        };
        ws.send("authentication_challenge", json!({"token": token}))
            .await;
        let hello = ws.event().await;
        assert_eq!(hello.event, "hello");
        ws.adopt_hello(&hello);
        ws
    }

    pub fn adopt_hello(&mut self, hello: &RawEvent) {
        assert_eq!(hello.seq, 0);
        self.connection_id = hello.data["connection_id"].as_str().unwrap().to_owned();
        self.next = 1;
    }

    pub async fn send(&mut self, action: &str, data: Value) -> i64 {
        self.seq += 1;
        let frame = json!({"action": action, "seq": self.seq, "data": data});
        self.stream
            .send(Message::Text(frame.to_string().into()))
            .await
            .unwrap();
        self.seq
    }

    /// The next frame of either kind, within 5 s.
    pub async fn frame(&mut self) -> Incoming {
        loop {
            let msg = tokio::time::timeout(Duration::from_secs(5), self.stream.next())
                .await
                .expect("no frame within 5 s")
                .expect("socket closed")
                .unwrap();
            if let Message::Text(t) = msg {
                return Incoming::parse(&t).unwrap();
            }
        }
    }

    /// The response to request `seq`.
    pub async fn response(&mut self, seq: i64) -> mm_api::websocket::Response {
        loop {
            if let Incoming::Response(r) = self.frame().await
                && r.seq_reply == seq
            {
                return r;
            }
        }
    }

    /// The next event (responses skipped), checking that `seq` increases by one.
    pub async fn event(&mut self) -> RawEvent {
        loop {
            if let Incoming::Event(e) = self.frame().await {
                if e.event != "hello" {
                    assert_eq!(e.seq, self.next, "sequence gap before {}", e.event);
                    self.next += 1;
                }
                return e;
            }
        }
    }

    /// Skips events until one with this name arrives.
    pub async fn expect(&mut self, name: &str) -> RawEvent {
        loop {
            let e = self.event().await;
            if e.event == name {
                return e;
            }
        }
    }

    /// Reads events up to the first `sentinel` (sent after what must not arrive) and
    /// asserts that none of them is one of `names`: a barrier, where waiting a while would
    /// pass on a late event.
    pub async fn expect_none_before(&mut self, names: &[&str], sentinel: &str) -> RawEvent {
        loop {
            let e = self.event().await;
            assert!(
                !names.contains(&e.event.as_str()),
                "unexpected {}: {:?}",
                e.event,
                e.data
            );
            if e.event == sentinel {
                return e;
            }
        }
    }

    /// Waits (5 s at most) for the server to close the socket; `hello` must not come
    /// first.
    pub async fn expect_closed(&mut self) {
        loop {
            let msg = tokio::time::timeout(Duration::from_secs(5), self.stream.next())
                .await
                .expect("the socket was not closed within 5 s");
            match msg {
                None | Some(Err(_)) | Some(Ok(Message::Close(_))) => return,
                Some(Ok(Message::Text(t))) => {
                    if let Ok(Incoming::Event(e)) = Incoming::parse(&t) {
                        assert_ne!(e.event, "hello", "the socket was opened");
                    }
                }
                Some(Ok(_)) => {}
            }
        }
    }

    pub async fn close(mut self) {
        let _ = self.stream.close(None).await;
    }
}

/// The post inside a `posted`/`post_edited`/`post_deleted` event (a JSON string).
pub fn event_post(e: &RawEvent) -> Value {
    serde_json::from_str(e.data["post"].as_str().expect("post is a JSON string")).unwrap()
}
