//! The search benchmark: `make bench-search` (a release build; figures go in the issue notes).
//!
//! Builds a community through the API (40 people, 30 channels), stops the server, writes
//! 1,000,000 generated posts (seeded, so every run has the same ones) straight into its
//! database, timing the posts alone and then the full-text index over them, restarts it,
//! and times searches over HTTP as the app sends them: single words (common and rare),
//! two-word phrases, and `from:` and `in:` filters with a word. BENCH_POSTS changes the
//! number of posts.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use rusqlite::params;
use serde_json::{Value, json};

#[path = "support/server.rs"]
#[allow(dead_code)] // Each benchmark uses part of it.
mod server;
use server::{Server, start_server_in};

const PEOPLE: usize = 40;
const CHANNELS: usize = 30;
const QUERIES: usize = 200;

/// A vocabulary of made-up words from syllables, with a few in other scripts.
fn vocabulary(rng: &mut StdRng) -> Vec<String> {
    const SYLLABLES: [&str; 24] = [
        "ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "pa", "do", "fi", "gu", "ha", "je",
        "bo", "ce", "wy", "xo", "qu", "an", "el", "or", "is",
    ];
    let mut words: Vec<String> = (0..8000)
        .map(|_| {
            (0..rng.gen_range(2..=4))
                .map(|_| SYLLABLES[rng.gen_range(0..SYLLABLES.len())])
                .collect()
        })
        .collect();
    words.extend(
        [
            "東京",
            "会議",
            "서울",
            "회의",
            "مرحبا",
            "اجتماع",
            "привет",
            "встреча",
        ]
        .map(String::from),
    );
    words.sort();
    words.dedup();
    words
}

/// A word index with a Zipf-like skew: a few words are very common, most are rare.
fn zipf(rng: &mut StdRng, n: usize) -> usize {
    let u: f64 = rng.r#gen();
    ((n as f64).powf(u) as usize).saturating_sub(1).min(n - 1)
}

async fn api(http: &reqwest::Client, s: &Server, token: &str, path: &str, body: Value) -> Value {
    let r = http
        .post(format!("{}{path}", s.base))
        .bearer_auth(token)
        .json(&body)
        .send()
        .await
        .unwrap();
    assert!(r.status().is_success(), "{path}: {}", r.status());
    r.json().await.unwrap_or(Value::Null)
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[i].as_secs_f64() * 1000.0
}

#[tokio::main]
async fn main() {
    let posts: usize = std::env::var("BENCH_POSTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let dir = tempfile::tempdir().unwrap();
    let http = reqwest::Client::new();
    let mut rng = StdRng::seed_from_u64(7);

    // The community, through the API.
    let server = start_server_in(dir.path());
    server.ready(&http).await;
    let (admin, admin_id) = server.signup(&http, "user0", None).await;
    let (team, iid) = server.first_team(&http, &admin).await;
    let mut users = vec![("user0".to_owned(), admin_id)];
    for i in 1..PEOPLE {
        let name = format!("user{i}");
        let id = server.signup(&http, &name, Some(&iid)).await.1;
        users.push((name, id));
    }
    let mut channels = Vec::new();
    for i in 0..CHANNELS {
        let body = json!({"team_id": team, "name": format!("channel-{i}"), "display_name": format!("Channel {i}"), "type": "O"});
        let ch = api(&http, &server, &admin, "/channels", body).await;
        let id = ch["id"].as_str().unwrap().to_owned();
        for (_, uid) in users.iter().skip(1) {
            api(
                &http,
                &server,
                &admin,
                &format!("/channels/{id}/members"),
                json!({"user_id": uid}),
            )
            .await;
        }
        channels.push((format!("channel-{i}"), id));
    }
    drop(server);

    // The posts, straight into the database: first without the index, then the index.
    let words = vocabulary(&mut rng);
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
    let size0 = std::fs::metadata(&db_path).map_or(0, |m| m.len());
    let start_at = 1_700_000_000_000_i64;
    let mut samples = Vec::new();
    let t = Instant::now();
    {
        let tx = conn.unchecked_transaction().unwrap();
        let mut insert = tx
            .prepare("INSERT INTO posts (id, create_at, update_at, user_id, channel_id, message) VALUES (?, ?, ?, ?, ?, ?)")
            .unwrap();
        for i in 0..posts {
            let len = rng.gen_range(4..=24);
            let text: Vec<&str> = (0..len)
                .map(|_| words[zipf(&mut rng, words.len())].as_str())
                .collect();
            let message = text.join(" ");
            let user = &users[rng.gen_range(0..users.len())];
            let channel = &channels[rng.gen_range(0..channels.len())];
            if i % (posts / 500).max(1) == 0 {
                samples.push((
                    text[0].to_owned(),
                    text[1].to_owned(),
                    user.0.clone(),
                    channel.0.clone(),
                ));
            }
            let at = start_at + i as i64 * 1000;
            insert
                .execute(params![
                    format!("{i:026}"),
                    at,
                    at,
                    user.1,
                    channel.1,
                    message
                ])
                .unwrap();
        }
        drop(insert);
        tx.commit().unwrap();
    }
    let insert_time = t.elapsed();
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
        .unwrap();
    let size1 = std::fs::metadata(&db_path).map_or(0, |m| m.len());
    let t = Instant::now();
    conn.execute_batch("INSERT INTO posts_fts(rowid, text) SELECT rowid, causerie_fts(message) FROM posts WHERE delete_at = 0")
        .unwrap();
    let index_time = t.elapsed();
    conn.execute_batch(&trigger).unwrap();
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
        .unwrap();
    let size2 = std::fs::metadata(&db_path).map_or(0, |m| m.len());
    drop(conn);

    // The searches, over HTTP, by someone in every channel.
    let server = start_server_in(dir.path());
    server.ready(&http).await;
    let (token, _) = server.login(&http, "user1").await;
    let path = format!("/teams/{team}/posts/search");
    let kinds = [
        "common word",
        "word",
        "phrase",
        "from: + word",
        "in: + word",
    ];
    // From one sampled post: its first two words, author and channel.
    let terms = |kind: &str, (a, b, user, channel): &(String, String, String, String)| match kind {
        "common word" => words[0].clone(),
        "word" => a.clone(),
        "phrase" => format!("\"{a} {b}\""),
        "from: + word" => format!("from:{user} {b}"),
        _ => format!("in:{channel} {b}"),
    };
    println!(
        "search over {posts} posts ({PEOPLE} people, {CHANNELS} channels), {QUERIES} queries each, per_page 60:"
    );
    for name in kinds {
        // The most common word is always the same query; it shows the worst case.
        let mut times = Vec::new();
        let mut found = 0;
        for i in 0..QUERIES {
            let terms = terms(name, &samples[i % samples.len()]);
            let t = Instant::now();
            let v = api(
                &http,
                &server,
                &token,
                &path,
                json!({"terms": terms, "per_page": 60}),
            )
            .await;
            times.push(t.elapsed());
            found += v["order"].as_array().map_or(0, Vec::len);
        }
        times.sort();
        println!(
            "  {name:<14} p50 {:6.1} ms  p95 {:6.1} ms  max {:6.1} ms  ({:.0} results per query)",
            percentile(&times, 0.5),
            percentile(&times, 0.95),
            percentile(&times, 1.0),
            found as f64 / QUERIES as f64
        );
    }
    let mb = |b: u64| b as f64 / 1e6;
    println!(
        "posts written: {:.1} s ({:.1} µs per post); the index over them: {:.1} s ({:.1} µs per post)",
        insert_time.as_secs_f64(),
        insert_time.as_secs_f64() * 1e6 / posts as f64,
        index_time.as_secs_f64(),
        index_time.as_secs_f64() * 1e6 / posts as f64
    );
    println!(
        "database: {:.0} MB ({:.0} MB of posts and their indexes, {:.0} MB of full-text index; {:.0} bytes per post for the index)",
        mb(size2),
        mb(size1 - size0),
        mb(size2 - size1),
        (size2 - size1) as f64 / posts as f64
    );
}
