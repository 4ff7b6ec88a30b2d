//! The server benchmark: `make bench` (a release build; figures go in the issue notes).
//!
//! Starts `target/release/causerie-server` on a free port with a fresh data dir, then
//! measures:
//! - fan-out latency: time from `POST /posts` to the `posted` frame on the *last* of 100 and
//!   of 1,000 WebSocket clients in one channel (p50, p99);
//! - throughput: durable posts per second, sustained for `BENCH_SECS` (default 60) with fan-out
//!   to 100 clients that must all receive every post;
//! - server memory (RSS) idle and with 1,000 sockets, and the server's CPU use per phase.
//!
//! The load generator runs on the same 2-core machine as the server, so the figures include
//! its cost.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use serde_json::json;
use tokio::sync::mpsc;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

#[path = "support/server.rs"]
#[allow(dead_code)] // Each benchmark uses part of it.
mod server;
use server::start_server;

fn proc_field(pid: u32, file: &str, key: &str) -> u64 {
    let text = std::fs::read_to_string(format!("/proc/{pid}/{file}")).unwrap_or_default();
    text.lines()
        .find(|l| l.starts_with(key))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

fn rss_mb(pid: u32) -> f64 {
    proc_field(pid, "status", "VmRSS:") as f64 / 1024.0
}

/// User + system CPU time of a process, in clock ticks (1/100 s).
fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let after = stat.rsplit_once(')').map(|(_, s)| s).unwrap_or_default();
    let f: Vec<&str> = after.split_whitespace().collect();
    f.get(11).and_then(|v| v.parse::<u64>().ok()).unwrap_or(0)
        + f.get(12).and_then(|v| v.parse::<u64>().ok()).unwrap_or(0)
}

struct CpuMeter {
    pid: u32,
    ticks: u64,
    at: Instant,
}

impl CpuMeter {
    fn start(pid: u32) -> Self {
        Self {
            pid,
            ticks: cpu_ticks(pid),
            at: Instant::now(),
        }
    }
    /// Server CPU use since start, in % of one core (200% = both cores).
    fn percent(&self) -> f64 {
        let secs = self.at.elapsed().as_secs_f64();
        (cpu_ticks(self.pid) - self.ticks) as f64 / 100.0 / secs * 100.0
    }
}

/// Opens a socket that reports every `posted` frame's bench number with its arrival time.
async fn open_socket(url: &str, token: &str, tx: mpsc::UnboundedSender<(u64, Instant)>) {
    let mut req = url.into_client_request().unwrap();
    req.headers_mut()
        .insert("Authorization", format!("Bearer {token}").parse().unwrap());
    let (mut ws, _) = tokio_tungstenite::connect_async(req).await.unwrap();
    tokio::spawn(async move {
        while let Some(Ok(msg)) = ws.next().await {
            if let Message::Text(t) = msg {
                let now = Instant::now();
                // Cheap: find the number after `bench-` without parsing the frame.
                if let Some(i) = t.find("bench-") {
                    let digits: String = t[i + 6..]
                        .chars()
                        .take_while(char::is_ascii_digit)
                        .collect();
                    if let Ok(n) = digits.parse() {
                        let _ = tx.send((n, now));
                    }
                }
            }
        }
    });
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

/// Posts one message at a time and waits until every socket has it.
/// Who posts, and where.
struct Poster<'a> {
    http: &'a reqwest::Client,
    base: &'a str,
    token: &'a str,
    channel: &'a str,
}

async fn fan_out(
    p: &Poster<'_>,
    sockets: usize,
    rx: &mut mpsc::UnboundedReceiver<(u64, Instant)>,
    first: u64,
    rounds: u64,
) -> Vec<f64> {
    let mut latencies = Vec::new();
    for n in first..first + rounds {
        let t0 = Instant::now();
        let r = p
            .http
            .post(format!("{}/posts", p.base))
            .bearer_auth(p.token)
            .json(&json!({"channel_id": p.channel, "message": format!("bench-{n}")}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 201);
        let mut got = 0;
        let mut last = t0;
        while got < sockets {
            let (m, at) = tokio::time::timeout(Duration::from_secs(10), rx.recv())
                .await
                .unwrap()
                .unwrap();
            if m == n {
                got += 1;
                last = last.max(at);
            }
        }
        latencies.push(last.duration_since(t0).as_secs_f64() * 1000.0);
    }
    latencies.sort_by(f64::total_cmp);
    latencies
}

/// Posts from 32 concurrent posters for `secs` (`send(http, poster, n)` makes the request
/// of bench number `n`, numbered from `first`), checks that the 100 sockets got every post,
/// and prints the rate. Hands the sockets' channel back.
#[allow(clippy::too_many_arguments)]
async fn throughput<F>(
    http: &reqwest::Client,
    pid: u32,
    secs: u64,
    mut rx: mpsc::UnboundedReceiver<(u64, Instant)>,
    first: u64,
    what: &str,
    status: u16,
    send: F,
) -> mpsc::UnboundedReceiver<(u64, Instant)>
where
    F: Fn(&reqwest::Client, u64, u64) -> reqwest::RequestBuilder + Send + Sync + 'static,
{
    let received = Arc::new(AtomicU64::new(0));
    let recv = received.clone();
    let (stop, mut stopped) = tokio::sync::oneshot::channel::<()>();
    let counter = tokio::spawn(async move {
        loop {
            tokio::select! {
                m = rx.recv() => match m {
                    Some((n, _)) if (first..first + 400_000_000).contains(&n) => {
                        recv.fetch_add(1, Ordering::Relaxed);
                    }
                    Some(_) => {}
                    None => break,
                },
                _ = &mut stopped => break,
            }
        }
        rx
    });
    let send = Arc::new(send);
    let sent = Arc::new(AtomicU64::new(0));
    let cpu = CpuMeter::start(pid);
    let start = Instant::now();
    let deadline = start + Duration::from_secs(secs);
    let mut workers = Vec::new();
    for w in 0..32u64 {
        let (http, sent, send) = (http.clone(), sent.clone(), send.clone());
        workers.push(tokio::spawn(async move {
            let mut n = first + w * 10_000_000;
            while Instant::now() < deadline {
                let r = send(&http, w, n).send().await.unwrap();
                assert_eq!(r.status(), status);
                sent.fetch_add(1, Ordering::Relaxed);
                n += 1;
            }
        }));
    }
    for w in workers {
        w.await.unwrap();
    }
    let elapsed = start.elapsed().as_secs_f64();
    let cpu_pct = cpu.percent();
    let posts = sent.load(Ordering::Relaxed);
    // Wait for the sockets to drain, then check nothing was lost.
    let want = posts * 100;
    let drain = Instant::now();
    while received.load(Ordering::Relaxed) < want && drain.elapsed() < Duration::from_secs(60) {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    println!(
        "throughput: {:.0} durable {what}/s for {:.0} s (32 posters, fan-out to 100 clients; server CPU {:.0}%); \
         frames delivered {} of {}",
        posts as f64 / elapsed,
        elapsed,
        cpu_pct,
        received.load(Ordering::Relaxed),
        want
    );
    let _ = stop.send(());
    counter.await.unwrap()
}

#[tokio::main]
async fn main() {
    let secs: u64 = std::env::var("BENCH_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(60);
    let server = start_server();
    let pid = server.child.id();
    let http = reqwest::Client::new();
    server.ready(&http).await;
    let cpus = std::thread::available_parallelism().map_or(0, |n| n.get());
    println!("causerie-server benchmark ({cpus} CPUs; load generator on the same machine)");

    // 100 users; 1,000 sockets are 10 per user.
    let (admin, _) = server.signup(&http, "admin", None).await;
    let (team, iid) = server.first_team(&http, &admin).await;
    let channel = server.town_square(&http, &admin, &team).await;
    let mut tokens = Vec::new();
    for i in 0..100 {
        tokens.push(
            server
                .signup(&http, &format!("user{i}"), Some(&iid))
                .await
                .0,
        );
    }
    tokio::time::sleep(Duration::from_secs(1)).await;
    println!("idle RSS (101 users, no sockets): {:.1} MB", rss_mb(pid));

    // Fan-out to 100 sockets.
    let (tx, mut rx) = mpsc::unbounded_channel();
    for t in &tokens {
        open_socket(&server.ws, t, tx.clone()).await;
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let poster = Poster {
        http: &http,
        base: &server.base,
        token: &admin,
        channel: &channel,
    };
    let cpu = CpuMeter::start(pid);
    let l = fan_out(&poster, 100, &mut rx, 0, 300).await;
    println!(
        "fan-out, 100 clients: p50 {:.2} ms, p99 {:.2} ms (300 posts, one at a time; server CPU {:.0}%)",
        percentile(&l, 0.5),
        percentile(&l, 0.99),
        cpu.percent()
    );

    // Throughput: concurrent posters for `secs`, fan-out to the 100 sockets; ordinary
    // posts, then an incoming webhook's (Matterbridge's webhook mode, a CI bot).
    let base = server.base.clone();
    let post_to = {
        let (base, channel, tokens) = (base.clone(), channel.clone(), tokens.clone());
        move |http: &reqwest::Client, w: u64, n: u64| {
            http.post(format!("{base}/posts"))
                .bearer_auth(&tokens[w as usize])
                .json(&json!({"channel_id": channel, "message": format!("bench-{n}")}))
        }
    };
    let rx = throughput(&http, pid, secs, rx, 1_000_000, "posts", 201, post_to).await;
    let hook: serde_json::Value = http
        .post(format!("{base}/hooks/incoming"))
        .bearer_auth(&admin)
        .json(&json!({"channel_id": channel, "display_name": "bench"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let hook_url = format!(
        "{}/hooks/{}",
        base.trim_end_matches("/api/v4"),
        hook["id"].as_str().unwrap()
    );
    let hook_to = move |http: &reqwest::Client, _w: u64, n: u64| {
        http.post(&hook_url)
            .json(&json!({"text": format!("bench-{n}"), "username": "irc-nick"}))
    };
    let _rx = throughput(
        &http,
        pid,
        secs,
        rx,
        500_000_000,
        "incoming-webhook posts",
        200,
        hook_to,
    )
    .await;

    // Fan-out to 1,000 sockets (10 per user).
    let (tx, mut rx) = mpsc::unbounded_channel();
    for i in 0..1000 {
        open_socket(&server.ws, &tokens[i % 100], tx.clone()).await;
    }
    tokio::time::sleep(Duration::from_secs(1)).await;
    println!(
        "RSS with 1,100 sockets (the 100 above stay open): {:.1} MB",
        rss_mb(pid)
    );
    let cpu = CpuMeter::start(pid);
    let l = fan_out(&poster, 1000, &mut rx, 100_000, 200).await;
    println!(
        "fan-out, 1,000 clients: p50 {:.2} ms, p99 {:.2} ms (200 posts, one at a time; server CPU {:.0}%)",
        percentile(&l, 0.5),
        percentile(&l, 0.99),
        cpu.percent()
    );
    println!("RSS after the run: {:.1} MB", rss_mb(pid));
}
