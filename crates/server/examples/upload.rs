//! The upload benchmark: `make bench-upload` (a release build; figures go in the issue notes).
//!
//! Starts `target/release/causerie-server` with a fresh data dir and uploads, five times
//! each, a 10 MB file that is not an image (storage alone: hashing, writing, fsync) and a
//! 10 MB JPEG (the same, plus decoding it and making its thumbnail and preview). The
//! difference between the two is the image work; it also times fetching the thumbnail.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

use serde_json::Value;

#[path = "support/server.rs"]
#[allow(dead_code)] // Each benchmark uses part of it.
mod server;
use server::start_server;

const ROUNDS: usize = 5;

/// A JPEG of about `target` bytes: noise compresses badly, so the size is easy to reach.
fn big_jpeg(target: usize) -> Vec<u8> {
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    let mut side = 2000;
    loop {
        let img = image::RgbImage::from_fn(side, side, |_, _| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let [r, g, b, ..] = seed.to_le_bytes();
            image::Rgb([r, g, b])
        });
        let mut out = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90)
            .encode_image(&img)
            .unwrap();
        if out.len() >= target {
            return out;
        }
        side += 400;
    }
}

async fn upload(
    http: &reqwest::Client,
    base: &str,
    token: &str,
    channel: &str,
    name: &str,
    bytes: Vec<u8>,
) -> (Duration, Value) {
    let form = reqwest::multipart::Form::new()
        .text("channel_id", channel.to_owned())
        .part(
            "files",
            reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned()),
        );
    let t = Instant::now();
    let r = http
        .post(format!("{base}/files"))
        .bearer_auth(token)
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let v: Value = r.json().await.unwrap();
    (t.elapsed(), v)
}

fn median(mut d: Vec<Duration>) -> Duration {
    d.sort();
    d[d.len() / 2]
}

#[tokio::main]
async fn main() {
    let server = start_server();
    let base = server.base.clone();
    let http = reqwest::Client::new();
    server.ready(&http).await;
    let (token, _) = server.signup(&http, "bench", None).await;
    let (team, _) = server.first_team(&http, &token).await;
    let channel = &server.town_square(&http, &token, &team).await;

    let jpeg = big_jpeg(10_000_000);
    let blob: Vec<u8> = (0..jpeg.len()).map(|i| (i * 7919 % 251) as u8).collect();
    let mb = jpeg.len() as f64 / 1e6;
    let (mut plain, mut image, mut thumbs) = (Vec::new(), Vec::new(), Vec::new());
    let mut size = (0, 0);
    for _ in 0..ROUNDS {
        plain.push(
            upload(&http, &base, &token, channel, "blob.bin", blob.clone())
                .await
                .0,
        );
        let (t, v) = upload(&http, &base, &token, channel, "photo.jpg", jpeg.clone()).await;
        image.push(t);
        let info = &v["file_infos"][0];
        size = (
            info["width"].as_i64().unwrap(),
            info["height"].as_i64().unwrap(),
        );
        let id = info["id"].as_str().unwrap();
        let t = Instant::now();
        let r = http
            .get(format!("{base}/files/{id}/thumbnail"))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
        r.bytes().await.unwrap();
        thumbs.push(t.elapsed());
    }
    let (p, i) = (median(plain), median(image));
    println!(
        "10 MB uploads over loopback, median of {ROUNDS} (release build, same machine as the client):"
    );
    println!(
        "  not an image ({mb:.1} MB): {:.0} ms = {:.0} MB/s (hash, write, fsync)",
        p.as_secs_f64() * 1e3,
        mb / p.as_secs_f64()
    );
    println!(
        "  JPEG {}x{} ({mb:.1} MB): {:.0} ms = {:.0} MB/s; its decoding, thumbnail and preview: {:.0} ms",
        size.0,
        size.1,
        i.as_secs_f64() * 1e3,
        mb / i.as_secs_f64(),
        (i.saturating_sub(p)).as_secs_f64() * 1e3
    );
    println!(
        "  GET /thumbnail afterwards: {:.1} ms",
        median(thumbs).as_secs_f64() * 1e3
    );
}
