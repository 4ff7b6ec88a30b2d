//! The reliability suite (issue 14): `kill -9` under load, WebSocket drops under load, and a
//! soak. Each runs in a short form in `cargo test`; `make reliability` runs the full forms
//! (`RELIABILITY=full`, release build) and prints the figures.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::common::{Server, Ws, event_post};
use crate::process::Process;

fn full() -> bool {
    std::env::var("RELIABILITY").is_ok_and(|v| v == "full")
}

/// Sign-up (the first account is the admin) and log-in against a server process.
async fn account(
    http: &reqwest::Client,
    api: &str,
    name: &str,
    iid: &str,
    admin: Option<&str>,
) -> String {
    let mut req = http.post(format!("{api}/users?iid={iid}")).json(
        &json!({"email": format!("{name}@example.org"), "username": name, "password": "correct-horse"}),
    );
    if let Some(t) = admin {
        req = req.bearer_auth(t);
    }
    let s = req.send().await.unwrap().status();
    assert_eq!(s, StatusCode::CREATED, "sign-up of {name}");
    let res = http
        .post(format!("{api}/users/login"))
        .json(&json!({"login_id": name, "password": "correct-horse"}))
        .send()
        .await
        .unwrap();
    res.headers()["token"].to_str().unwrap().to_owned()
}

async fn get(http: &reqwest::Client, url: &str, token: &str) -> Value {
    http.get(url)
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

/// Every post of a channel: `pending_post_id` → post ids.
async fn all_posts(
    http: &reqwest::Client,
    api: &str,
    token: &str,
    channel: &str,
) -> HashMap<String, Vec<String>> {
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    for page in 0.. {
        let list = get(
            http,
            &format!("{api}/channels/{channel}/posts?page={page}&per_page=200"),
            token,
        )
        .await;
        let order = list["order"].as_array().unwrap();
        if order.is_empty() {
            break;
        }
        for id in order {
            let p = &list["posts"][id.as_str().unwrap()];
            if let Some(pending) = p["pending_post_id"].as_str().filter(|s| !s.is_empty()) {
                out.entry(pending.to_owned())
                    .or_default()
                    .push(id.as_str().unwrap().to_owned());
            }
        }
    }
    out
}

#[tokio::test]
async fn kill_9_under_load_loses_no_acknowledged_post() {
    let (writers, rounds, run) = if full() {
        (16, 5, Duration::from_secs(3))
    } else {
        (4, 5, Duration::from_millis(300))
    };
    let dir = tempfile::tempdir().unwrap();
    let mut server = Process::start(dir.path(), 0).await;
    let (port, api) = (server.port(), server.api());
    let http = reqwest::Client::new();
    let token = account(&http, &api, "ann", "", None).await;
    let team = get(&http, &format!("{api}/users/me/teams"), &token).await[0]["id"].clone();
    let town = get(
        &http,
        &format!(
            "{api}/teams/{}/channels/name/town-square",
            team.as_str().unwrap()
        ),
        &token,
    )
    .await["id"]
        .as_str()
        .unwrap()
        .to_owned();

    let stop = Arc::new(AtomicBool::new(false));
    // Every pending id tried, and those the server acknowledged (with the post's id).
    let tried = Arc::new(Mutex::new(HashSet::new()));
    let acked = Arc::new(Mutex::new(HashMap::new()));
    let retries = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let tasks: Vec<_> = (0..writers)
        .map(|w| {
            let (stop, tried, acked, retries) = (stop.clone(), tried.clone(), acked.clone(), retries.clone());
            let (api, token, town) = (api.clone(), token.clone(), town.clone());
            tokio::spawn(async move {
                let http = reqwest::Client::builder().timeout(Duration::from_secs(10)).build().unwrap();
                let mut i = 0;
                while !stop.load(Ordering::SeqCst) {
                    let pending = format!("{token}:{w}:{i}");
                    tried.lock().unwrap().insert(pending.clone());
                    // As a client does: the same pending id until the server answers.
                    loop {
                        let res = http
                            .post(format!("{api}/posts"))
                            .bearer_auth(&token)
                            .json(&json!({"channel_id": town, "message": pending, "pending_post_id": pending}))
                            .send()
                            .await;
                        match res {
                            Ok(r) if r.status() == StatusCode::CREATED => {
                                let Ok(p) = r.json::<Value>().await else { continue };
                                acked.lock().unwrap().insert(pending.clone(), p["id"].as_str().unwrap().to_owned());
                                break;
                            }
                            Ok(r) => panic!("a post was refused: {}", r.status()),
                            Err(_) => {
                                retries.fetch_add(1, Ordering::SeqCst);
                                // The server is down: it comes back within a second.
                                tokio::time::sleep(Duration::from_millis(10)).await;
                            }
                        }
                    }
                    i += 1;
                }
            })
        })
        .collect();
    let started = Instant::now();
    for _ in 0..rounds {
        tokio::time::sleep(run).await;
        server.kill_9();
        server = Process::start(dir.path(), port).await;
    }
    tokio::time::sleep(run).await;
    stop.store(true, Ordering::SeqCst);
    for t in tasks {
        t.await.unwrap();
    }
    let elapsed = started.elapsed();
    let present = all_posts(&http, &server.api(), &token, &town).await;
    let acked = acked.lock().unwrap().clone();
    let tried = tried.lock().unwrap().clone();
    let lost: Vec<_> = acked
        .iter()
        .filter(|(pending, id)| !present.get(*pending).is_some_and(|ids| ids.contains(id)))
        .collect();
    let doubled: Vec<_> = present.iter().filter(|(_, ids)| ids.len() > 1).collect();
    let phantom: Vec<_> = present.keys().filter(|p| !tried.contains(*p)).collect();
    println!(
        "kill -9 ×{rounds} under load: {} posts acknowledged in {:.1} s by {writers} writers, {} retried requests; lost {}, doubled {}, never sent {}",
        acked.len(),
        elapsed.as_secs_f64(),
        retries.load(Ordering::SeqCst),
        lost.len(),
        doubled.len(),
        phantom.len()
    );
    assert!(lost.is_empty(), "acknowledged posts lost: {lost:?}");
    assert!(doubled.is_empty(), "posts made twice: {doubled:?}");
    assert!(phantom.is_empty(), "posts nobody sent: {phantom:?}");
    assert!(acked.len() >= writers, "too few posts to mean anything");
}

/// One client of the drop test: its socket, and the posts it has seen.
struct Listener {
    ws: Ws,
    token: String,
    /// Posts delivered by the socket, however often.
    seen: HashMap<String, usize>,
    /// Posts caught up by the API after a new connection (a client merges them by id).
    caught_up: HashSet<String>,
    /// Deliveries of a post the socket had already delivered (a resume replaying too much).
    replayed: usize,
    reconnects: usize,
    new_connections: usize,
}

impl Listener {
    fn note(&mut self, e: &mm_api::websocket::RawEvent) {
        if e.event == "posted" {
            let id = event_post(e)["id"].as_str().unwrap().to_owned();
            let n = self.seen.entry(id).or_default();
            *n += 1;
            if *n > 1 {
                self.replayed += 1;
            }
        }
    }

    /// Cut without a close frame, then reconnect: a resume if the server still can, or a new
    /// connection and a catch-up by the API, as the app does.
    async fn cut_and_come_back(&mut self, server: &Server, town: &str, since: i64) {
        let conn = self.ws.connection_id.clone();
        let next = self.ws.next;
        let fresh = Ws::connect(&server.ws_url(), &self.token, Some((&conn, next))).await;
        // Dropping the old stream abruptly is the cut.
        let old = std::mem::replace(&mut self.ws, fresh);
        drop(old);
        self.reconnects += 1;
        self.ws.connection_id = conn;
        self.ws.next = next;
        let first = self.ws.frame().await;
        match first {
            mm_api::websocket::Incoming::Event(e) if e.event == "hello" => {
                self.new_connections += 1;
                self.ws.adopt_hello(&e);
                let list = get(
                    &reqwest::Client::new(),
                    &format!("{}/channels/{town}/posts?since={since}", server.api("")),
                    &self.token,
                )
                .await;
                for id in list["order"].as_array().into_iter().flatten() {
                    self.caught_up.insert(id.as_str().unwrap().to_owned());
                }
            }
            mm_api::websocket::Incoming::Event(e) => {
                assert_eq!(e.seq, next, "a resume starts where the client stopped");
                self.ws.next = next + 1;
                self.note(&e);
            }
            _ => {}
        }
    }
}

#[tokio::test]
async fn websocket_drops_under_load_lose_and_double_nothing() {
    let (users, per_user, seconds, posts_per_second) = if full() {
        (10, 20, 60, 20)
    } else {
        (4, 5, 3, 20)
    };
    // One poster at 20 a second: past the rate limit a person has.
    let config = causerie_server::Config {
        max_posts_per_minute: 0,
        ..Default::default()
    };
    let server = Server::start_with(tempfile::tempdir().unwrap(), config).await;
    let ann = server.admin().await;
    let team = ann.team().await;
    let invite = team["invite_id"].as_str().unwrap().to_owned();
    let town = ann
        .channel(team["id"].as_str().unwrap(), "town-square")
        .await;
    let mut listeners = Vec::new();
    for u in 0..users {
        let c = server.signup(&format!("user{u}"), Some(&invite)).await;
        for _ in 0..per_user {
            listeners.push(Listener {
                ws: c.connect().await,
                token: c.token.clone().unwrap(),
                seen: HashMap::new(),
                caught_up: HashSet::new(),
                replayed: 0,
                reconnects: 0,
                new_connections: 0,
            });
        }
    }
    let started_ms = causerie_server::util::now_ms() - 1000;
    let posted = Arc::new(Mutex::new(Vec::new()));
    let stop = Arc::new(AtomicBool::new(false));
    let poster = {
        let (posted, stop, town) = (posted.clone(), stop.clone(), town.clone());
        let ann = server.login("ann").await;
        tokio::spawn(async move {
            let mut i = 0;
            let mut tick = tokio::time::interval(Duration::from_millis(1000 / posts_per_second));
            while !stop.load(Ordering::SeqCst) {
                tick.tick().await;
                let p = ann.post_message(&town, &format!("flow {i}")).await;
                posted
                    .lock()
                    .unwrap()
                    .push(p["id"].as_str().unwrap().to_owned());
                i += 1;
            }
        })
    };
    // Every second, 10 % of the sockets are cut while the posts flow; each listener reads
    // what has arrived in between.
    let mut rng = 0x9e37_79b9_7f4a_7c15_u64;
    for _ in 0..seconds {
        let until = tokio::time::Instant::now() + Duration::from_secs(1);
        drain_all(&mut listeners, until).await;
        for _ in 0..listeners.len() / 10 {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            let k = (rng % listeners.len() as u64) as usize;
            listeners[k]
                .cut_and_come_back(&server, &town, started_ms)
                .await;
        }
    }
    stop.store(true, Ordering::SeqCst);
    poster.await.unwrap();
    // The barrier: a last post every listener must see, after all the others.
    let end = ann.post_message(&town, "end").await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let all: HashSet<String> = posted
        .lock()
        .unwrap()
        .iter()
        .cloned()
        .chain([end.clone()])
        .collect();
    for l in &mut listeners {
        while !l.seen.contains_key(&end) {
            let e = l.ws.event().await;
            l.note(&e);
        }
    }
    let missing: usize = listeners
        .iter()
        .map(|l| {
            all.iter()
                .filter(|id| !l.seen.contains_key(*id) && !l.caught_up.contains(*id))
                .count()
        })
        .sum();
    let replayed: usize = listeners.iter().map(|l| l.replayed).sum();
    let reconnects: usize = listeners.iter().map(|l| l.reconnects).sum();
    let fresh: usize = listeners.iter().map(|l| l.new_connections).sum();
    println!(
        "WebSocket drops: {} sockets, {} posts in {seconds} s, {reconnects} cuts ({fresh} needed a new connection and a catch-up); missing {missing}, twice {replayed}",
        listeners.len(),
        all.len()
    );
    assert_eq!(missing, 0, "posts a client never got");
    assert_eq!(replayed, 0, "posts a client got twice");
}

/// Lets every listener read until `until`.
async fn drain_all(listeners: &mut [Listener], until: tokio::time::Instant) {
    let reads = listeners.iter_mut().map(|l| async move {
        while let Ok(e) = tokio::time::timeout_at(until, l.ws.event()).await {
            l.note(&e);
        }
    });
    futures_util::future::join_all(reads).await;
}

/// One soak client's life: chatting, joining and leaving, uploading, searching, with a
/// socket open that reads everything. Returns the requests made.
/// Where a soak client talks, and as whom.
#[derive(Clone)]
struct SoakPlace {
    api: String,
    ws: String,
    team: String,
    town: String,
    rooms: Vec<String>,
}

async fn soak_client(place: SoakPlace, token: String, me: String, until: Instant) -> usize {
    use futures_util::StreamExt as _;
    use tokio_tungstenite::tungstenite::client::IntoClientRequest as _;
    let SoakPlace {
        api,
        ws,
        team,
        town,
        rooms,
    } = place;
    let mut req = ws.into_client_request().unwrap();
    req.headers_mut()
        .insert("Authorization", format!("Bearer {token}").parse().unwrap());
    let (mut socket, _) = tokio_tungstenite::connect_async(req).await.unwrap();
    let reader = tokio::spawn(async move { while let Some(Ok(_)) = socket.next().await {} });
    let http = reqwest::Client::new();
    let mut rng = me
        .bytes()
        .fold(0x2545_f491_u64, |h, b| h.rotate_left(5) ^ u64::from(b))
        | 1;
    let mut n = 0;
    while Instant::now() < until {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        let room = &rooms[(rng % rooms.len() as u64) as usize];
        let status = match rng % 20 {
            // Messages of words from a vocabulary of 300, searched for as people do: a word
            // is in about 1 % of the posts. (Searching for a word in every post makes each
            // search's memory grow with the index: 29 % more RSS over the second half of 10
            // minutes, flat without the searches.)
            0..=11 => {
                http.post(format!("{api}/posts"))
                    .bearer_auth(&token)
                    .json(&json!({"channel_id": town, "message": format!(
                        "soak {n} from {me}: w{} w{} w{}, see ~town-square",
                        rng % 300,
                        (rng >> 16) % 300,
                        (rng >> 32) % 300
                    )}))
                    .send()
                    .await
            }
            12 | 13 => {
                http.post(format!("{api}/teams/{team}/posts/search"))
                    .bearer_auth(&token)
                    .json(
                        &json!({"terms": format!("w{}", (rng >> 24) % 300), "is_or_search": false}),
                    )
                    .send()
                    .await
            }
            14 => {
                http.post(format!("{api}/channels/{room}/members"))
                    .bearer_auth(&token)
                    .json(&json!({"user_id": me}))
                    .send()
                    .await
            }
            15 => {
                http.delete(format!("{api}/channels/{room}/members/{me}"))
                    .bearer_auth(&token)
                    .send()
                    .await
            }
            16 => {
                http.post(format!("{api}/files?channel_id={town}&filename=notes.txt"))
                    .bearer_auth(&token)
                    .body(vec![b'x'; 2048])
                    .send()
                    .await
            }
            _ => {
                http.post(format!("{api}/users/me/typing"))
                    .bearer_auth(&token)
                    .json(&json!({"channel_id": town}))
                    .send()
                    .await
            }
        };
        let status = status.unwrap().status();
        // Leaving a channel one is not in is 404, and that is fine; nothing may be a 5xx.
        assert!(!status.is_server_error(), "a soak request got {status}");
        n += 1;
    }
    reader.abort();
    n
}

#[tokio::test]
async fn a_soak_keeps_memory_sockets_and_files_flat() {
    let (clients, minutes) = if full() {
        // SOAK_MINUTES shortens the full soak while looking into a change.
        let minutes = std::env::var("SOAK_MINUTES")
            .ok()
            .and_then(|m| m.parse().ok())
            .unwrap_or(10.0);
        (100, minutes)
    } else {
        (10, 0.2)
    };
    let dir = tempfile::tempdir().unwrap();
    let server = Process::start(dir.path(), 0).await;
    let api = server.api();
    let ws = format!("{}/websocket", api.replace("http://", "ws://"));
    let http = reqwest::Client::new();
    let admin = account(&http, &api, "ann", "", None).await;
    let team = get(&http, &format!("{api}/users/me/teams"), &admin).await[0].clone();
    let (team_id, invite) = (
        team["id"].as_str().unwrap().to_owned(),
        team["invite_id"].as_str().unwrap().to_owned(),
    );
    let town = get(
        &http,
        &format!("{api}/teams/{team_id}/channels/name/town-square"),
        &admin,
    )
    .await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let mut rooms = Vec::new();
    for r in 0..5 {
        let ch: Value = http
            .post(format!("{api}/channels"))
            .bearer_auth(&admin)
            .json(&json!({"team_id": team_id, "name": format!("room-{r}"), "display_name": format!("Room {r}"), "type": "O"}))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        rooms.push(ch["id"].as_str().unwrap().to_owned());
    }
    let mut people = Vec::new();
    for c in 0..clients {
        // Made by the admin: not counted as anonymous sign-ups from one address.
        let token = account(&http, &api, &format!("soak{c}"), &invite, Some(&admin)).await;
        let me = get(&http, &format!("{api}/users/me"), &token).await["id"]
            .as_str()
            .unwrap()
            .to_owned();
        people.push((token, me));
    }
    let length = Duration::from_secs_f64(minutes * 60.0);
    let start = Instant::now();
    let place = SoakPlace {
        api: api.clone(),
        ws,
        team: team_id,
        town,
        rooms,
    };
    let tasks: Vec<_> = people
        .into_iter()
        .map(|(token, me)| tokio::spawn(soak_client(place.clone(), token, me, start + length)))
        .collect();
    // Half-way, then just before the end (the clients all still connected): memory and
    // descriptors.
    let mut samples = Vec::new();
    for _ in 0..10 {
        tokio::time::sleep(length / 20).await;
        samples.push(server.rss_kib() / 1024);
    }
    let (rss_half, fds_half) = (server.rss_kib(), server.open_fds());
    for _ in 0..9 {
        tokio::time::sleep(length / 20).await;
        samples.push(server.rss_kib() / 1024);
    }
    let (rss_end, fds_end) = (server.rss_kib(), server.open_fds());
    println!(
        "soak: RSS every {:.0} s, MiB: {samples:?}",
        (length / 20).as_secs_f64()
    );
    let mut requests = 0;
    for t in tasks {
        requests += t.await.unwrap();
    }
    let growth = (rss_end as f64 - rss_half as f64) / rss_half as f64 * 100.0;
    println!(
        "soak: {clients} clients for {:.1} min, {requests} requests ({:.0}/s); RSS {} → {} MiB over the second half ({growth:+.1} %), descriptors {fds_half} → {fds_end}",
        start.elapsed().as_secs_f64() / 60.0,
        requests as f64 / start.elapsed().as_secs_f64(),
        rss_half / 1024,
        rss_end / 1024
    );
    // The clients are still connected at both samples: the same sockets and files.
    assert!(
        fds_end <= fds_half + 4,
        "descriptors grew: {fds_half} → {fds_end}"
    );
    if full() {
        assert!(
            growth <= 5.0,
            "memory grew {growth:.1} % over the second half"
        );
    }
}
