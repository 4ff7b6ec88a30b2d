//! The retention benchmark: `make bench-retention` (a release build; figures go in the
//! issue notes).
//!
//! Writes 1,000,000 posts (900,000 of them older than 90 days, with a reaction on every
//! tenth) into a fresh server's database, then measures the latency of posts made over
//! HTTP by 4 concurrent posters: first idle, then while the retention job deletes the
//! expired posts. Reports the job's time and both latencies (p50, p99). The server runs in
//! this process so that the job can be started with its clock; the posters share its 2
//! cores. BENCH_POSTS changes the number of posts.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use causerie_server::{AppState, Config};
use rusqlite::params;
use serde_json::{Value, json};

const POSTERS: usize = 4;
const DAY_MS: i64 = 86_400_000;

fn config() -> Config {
    Config {
        retention_days: 90,
        max_posts_per_minute: 0,
        max_login_attempts_per_address: 1_000_000,
        ..Config::default()
    }
}

async fn start(dir: &std::path::Path) -> (AppState, String, tokio::sync::oneshot::Sender<()>) {
    let state = AppState::open(dir.to_owned(), "/nonexistent".into(), config())
        .await
        .unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}/api/v4", listener.local_addr().unwrap());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let s = state.clone();
    tokio::spawn(async move {
        causerie_server::serve(listener, s, async {
            let _ = stopped.await;
        })
        .await
        .unwrap();
    });
    (state, base, stop)
}

async fn call(
    http: &reqwest::Client,
    base: &str,
    token: Option<&str>,
    path: &str,
    body: Value,
) -> reqwest::Response {
    let mut req = http.post(format!("{base}{path}")).json(&body);
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    let res = req.send().await.unwrap();
    assert!(res.status().is_success(), "{path}: {}", res.status());
    res
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[i].as_secs_f64() * 1000.0
}

/// Posts from `POSTERS` tasks until `done`, or for `secs` if given; the latencies.
async fn post_while(
    base: &str,
    token: &str,
    channel: &str,
    done: Arc<AtomicBool>,
    secs: Option<u64>,
) -> Vec<Duration> {
    let until = secs.map(|s| Instant::now() + Duration::from_secs(s));
    let mut tasks = Vec::new();
    for p in 0..POSTERS {
        let (base, token, channel, done) = (
            base.to_owned(),
            token.to_owned(),
            channel.to_owned(),
            done.clone(),
        );
        tasks.push(tokio::spawn(async move {
            let http = reqwest::Client::new();
            let mut times = Vec::new();
            let mut i = 0;
            while !done.load(Ordering::SeqCst) && until.is_none_or(|u| Instant::now() < u) {
                let t = Instant::now();
                call(
                    &http,
                    &base,
                    Some(&token),
                    "/posts",
                    json!({"channel_id": channel, "message": format!("poster {p} post {i}")}),
                )
                .await;
                times.push(t.elapsed());
                i += 1;
            }
            times
        }));
    }
    let mut all = Vec::new();
    for t in tasks {
        all.extend(t.await.unwrap());
    }
    all.sort();
    all
}

#[tokio::main]
async fn main() {
    let posts: usize = std::env::var("BENCH_POSTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let expired = posts * 9 / 10;
    let dir = tempfile::tempdir().unwrap();
    let http = reqwest::Client::new();

    // A person and 10 channels, through the API.
    let (_, base, stop) = start(dir.path()).await;
    call(
        &http,
        &base,
        None,
        "/users",
        json!({"email": "a@example.org", "username": "ann", "password": "correct-horse"}),
    )
    .await;
    let res = call(
        &http,
        &base,
        None,
        "/users/login",
        json!({"login_id": "ann", "password": "correct-horse"}),
    )
    .await;
    let token = res.headers()["token"].to_str().unwrap().to_owned();
    let me: Value = res.json().await.unwrap();
    let teams: Value = http
        .get(format!("{base}/users/me/teams"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let team = teams[0]["id"].as_str().unwrap().to_owned();
    let mut channels = Vec::new();
    for i in 0..10 {
        let ch: Value = call(&http, &base, Some(&token), "/channels", json!({"team_id": team, "name": format!("c{i}"), "display_name": format!("C{i}"), "type": "O"})).await.json().await.unwrap();
        channels.push(ch["id"].as_str().unwrap().to_owned());
    }
    let _ = stop.send(());
    tokio::time::sleep(Duration::from_millis(200)).await;

    // The posts, straight into the database, then the search index over them.
    let db_path = dir.path().join("causerie.db");
    let conn = rusqlite::Connection::open(&db_path).unwrap();
    conn.execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;")
        .unwrap();
    conn.create_scalar_function(
        "causerie_fts",
        1,
        rusqlite::functions::FunctionFlags::SQLITE_UTF8,
        |ctx| Ok(causerie_server::search::index_text(&ctx.get::<String>(0)?)),
    )
    .unwrap();
    let trigger: String = conn
        .query_row(
            "SELECT sql FROM sqlite_master WHERE name = 'posts_fts_insert'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    conn.execute_batch("DROP TRIGGER posts_fts_insert").unwrap();
    let now = causerie_server::util::now_ms();
    let t = Instant::now();
    {
        let tx = conn.unchecked_transaction().unwrap();
        let mut insert = tx
            .prepare("INSERT INTO posts (id, create_at, update_at, user_id, channel_id, message) VALUES (?, ?, ?, ?, ?, ?)")
            .unwrap();
        let mut react = tx
            .prepare("INSERT INTO reactions (post_id, user_id, emoji_name, channel_id, create_at) VALUES (?, ?, 'tada', ?, ?)")
            .unwrap();
        let user = me["id"].as_str().unwrap();
        for i in 0..posts {
            // The expired ones spread over the 100 days before the cutoff, the others after.
            let at = if i < expired {
                now - 190 * DAY_MS + (i as i64) * (100 * DAY_MS / expired as i64)
            } else {
                now - 80 * DAY_MS
                    + ((i - expired) as i64) * (70 * DAY_MS / (posts - expired) as i64)
            };
            let id = format!("{i:026}");
            let channel = &channels[i % channels.len()];
            insert
                .execute(params![
                    id,
                    at,
                    at,
                    user,
                    channel,
                    format!("message number {i} about zebras")
                ])
                .unwrap();
            if i % 10 == 0 {
                react.execute(params![id, user, channel, at]).unwrap();
            }
        }
        drop((insert, react));
        tx.commit().unwrap();
    }
    conn.execute_batch(
        "INSERT INTO posts_fts(rowid, text) SELECT rowid, causerie_fts(message) FROM posts",
    )
    .unwrap();
    conn.execute_batch(&trigger).unwrap();
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
        .unwrap();
    drop(conn);
    println!(
        "wrote {posts} posts ({expired} expired) in {:.1} s",
        t.elapsed().as_secs_f64()
    );

    let (state, base, stop) = start(dir.path()).await;
    let channel = channels[0].clone();
    let idle = post_while(
        &base,
        &token,
        &channel,
        Arc::new(AtomicBool::new(false)),
        Some(10),
    )
    .await;
    let done = Arc::new(AtomicBool::new(false));
    let posting = {
        let (base, token, channel, done) =
            (base.clone(), token.clone(), channel.clone(), done.clone());
        tokio::spawn(async move { post_while(&base, &token, &channel, done, None).await })
    };
    let t = Instant::now();
    let report = causerie_server::retention::run(&state, causerie_server::util::now_ms())
        .await
        .unwrap();
    let took = t.elapsed();
    done.store(true, Ordering::SeqCst);
    let during = posting.await.unwrap();
    let left: i64 = state
        .db
        .read(|c| Ok(c.query_row("SELECT count(*) FROM posts", [], |r| r.get(0))?))
        .await
        .unwrap();
    println!(
        "retention job: {} posts and {} reactions deleted in {:.1} s ({:.0} posts/s); {left} posts left",
        report.posts,
        report.reactions,
        took.as_secs_f64(),
        report.posts as f64 / took.as_secs_f64()
    );
    println!(
        "posts over HTTP ({POSTERS} posters): idle p50 {:.1} ms p99 {:.1} ms ({} posts); during the job p50 {:.1} ms p99 {:.1} ms ({} posts)",
        percentile(&idle, 0.5),
        percentile(&idle, 0.99),
        idle.len(),
        percentile(&during, 0.5),
        percentile(&during, 0.99),
        during.len()
    );
    let _ = stop.send(());
}
