//! Throughput in the browser: the seeded chat corpus rendered by the wasm build, in
//! headless Chromium. A benchmark, not a test: run it with
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --release --target wasm32-unknown-unknown
//! -p mm-markdown --test wasm_throughput -- --nocapture` (`make bench-markdown` does).
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)]

#[path = "support/options.rs"]
mod support;
use wasm_bindgen_test::{console_log, wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn throughput_in_the_browser() {
    let corpus = include_str!("../bench/corpus.txt");
    let messages: Vec<&str> = corpus.split("\n\u{1e}\n").collect();
    let bytes: usize = messages.iter().map(|m| m.len()).sum();
    let best = support::with_options(|opts| {
        let mut best = f64::MAX;
        let mut sink = 0;
        for _ in 0..7 {
            let t = js_sys::Date::now();
            for m in &messages {
                sink += mm_markdown::render(m, opts).nodes.len();
            }
            best = best.min(js_sys::Date::now() - t);
        }
        (best, sink)
    });
    let (best, sink) = best;
    console_log!(
        "mm-markdown in wasm (headless Chromium): {} messages, {} KB: {:.1} MB/s [{sink}]",
        messages.len(),
        bytes / 1024,
        bytes as f64 / best / 1000.0
    );
}
