//! Markdown throughput on a realistic chat corpus: `cargo run --release -p mm-markdown
//! --example throughput`. The corpus (`bench/corpus.txt`, messages separated by a line
//! holding only U+001E) comes from a seeded generator, so it is the same on every machine;
//! `--regenerate` writes it again.
#![allow(clippy::unwrap_used)]

use std::time::Instant;

use mm_markdown::Options;

// The same options as the dialect tests.
#[path = "../tests/support/options.rs"]
mod common;

const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/bench/corpus.txt");
const SEPARATOR: &str = "\n\u{1e}\n";

/// xorshift64*: enough randomness for a corpus, and stable forever.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const WORDS: &[&str] = &[
    "the",
    "release",
    "deploy",
    "patch",
    "review",
    "wiki",
    "page",
    "bot",
    "edit",
    "server",
    "tomorrow",
    "meeting",
    "translation",
    "bug",
    "fixed",
    "thanks",
    "please",
    "check",
    "log",
    "error",
    "works",
    "again",
    "Wikipedia",
    "community",
    "vote",
    "draft",
    "merge",
    "test",
    "cache",
    "image",
    "user",
    "admin",
];
const INLINE: &[&str] = &[
    "@ann",
    "@bob.smith",
    "@here",
    "~town-square",
    "#release-notes",
    ":smile:",
    ":+1:",
    ":tada:",
    "https://en.wikipedia.org/wiki/Special:RecentChanges",
    "www.mediawiki.org",
    "phab:T12345",
    "gerrit:987654",
    "[[Help:Contents]]",
    "`git pull --rebase`",
    "**important**",
    "_maybe_",
    "~~old~~",
    "[the docs](https://www.mediawiki.org/wiki/Manual:Hooks)",
    "ann@example.org",
];
const CODE: &[&str] = &[
    "```rust\nfn main() {\n    let x = vec![1, 2, 3];\n    println!(\"{x:?}\"); // print\n}\n```",
    "```python\ndef fetch(url):\n    return requests.get(url, timeout=5).json()  # retry?\n```",
    "```bash\nfor f in *.log; do grep -c ERROR \"$f\"; done\n```",
    "```sql\nSELECT page_title FROM page WHERE page_namespace = 0 LIMIT 10;\n```",
    "```json\n{\"name\": \"causerie\", \"version\": 1, \"ok\": true}\n```",
];

fn sentence(rng: &mut Rng) -> String {
    let n = 4 + rng.below(14);
    let mut words: Vec<&str> = Vec::new();
    for _ in 0..n {
        words.push(if rng.below(5) == 0 {
            rng.pick(INLINE)
        } else {
            rng.pick(WORDS)
        });
    }
    words.join(" ")
}

fn message(rng: &mut Rng) -> String {
    match rng.below(20) {
        0..=11 => sentence(rng),
        12..=14 => format!("{}\n{}", sentence(rng), sentence(rng)),
        15 => format!("{}\n\n{}", sentence(rng), rng.pick(CODE)),
        16 => format!(
            "- {}\n- {}\n- [ ] {}",
            sentence(rng),
            sentence(rng),
            sentence(rng)
        ),
        17 => format!("> {}\n\n{}", sentence(rng), sentence(rng)),
        18 => format!(
            "| a | b |\n|---|---|\n| {} | {} |",
            rng.pick(WORDS),
            rng.pick(INLINE)
        ),
        _ => (0..3 + rng.below(6))
            .map(|_| sentence(rng))
            .collect::<Vec<_>>()
            .join(". "),
    }
}

fn generate() -> String {
    let mut rng = Rng(0x00c0_ffee_1234_5678);
    (0..4000)
        .map(|_| message(&mut rng))
        .collect::<Vec<_>>()
        .join(SEPARATOR)
}

fn main() {
    if std::env::args().any(|a| a == "--regenerate") || !std::path::Path::new(PATH).exists() {
        std::fs::write(PATH, generate()).unwrap();
    }
    let corpus = std::fs::read_to_string(PATH).unwrap();
    let messages: Vec<&str> = corpus.split(SEPARATOR).collect();
    let bytes: usize = messages.iter().map(|m| m.len()).sum();
    common::with_options(|opts| measure(&messages, bytes, opts));
}

fn measure(messages: &[&str], bytes: usize, opts: &Options<'_>) {
    // Warm up, then take the best of several rounds.
    let mut best = f64::MAX;
    let mut sink = 0usize;
    for _ in 0..7 {
        let t = Instant::now();
        for m in messages {
            sink += mm_markdown::render(m, opts).nodes.len();
        }
        best = best.min(t.elapsed().as_secs_f64());
    }
    let t = Instant::now();
    for m in messages {
        sink += mm_markdown::to_html(&mm_markdown::render(m, opts).nodes).len();
    }
    let with_html = t.elapsed().as_secs_f64();
    // The parser alone, for scale: what the dialect and the tree add on top.
    let mut parse_only = f64::MAX;
    for _ in 0..7 {
        let t = Instant::now();
        for m in messages {
            sink +=
                pulldown_cmark::Parser::new_ext(m, pulldown_cmark::Options::ENABLE_TABLES).count();
        }
        parse_only = parse_only.min(t.elapsed().as_secs_f64());
    }
    println!(
        "pulldown-cmark events alone: {:.1} MB/s",
        bytes as f64 / parse_only / 1e6
    );
    println!(
        "{} messages, {:.0} KB: render {:.1} MB/s ({:.1} µs/message); render + to_html {:.1} MB/s [{sink}]",
        messages.len(),
        bytes as f64 / 1024.0,
        bytes as f64 / best / 1e6,
        best / messages.len() as f64 * 1e6,
        bytes as f64 / with_html / 1e6,
    );
}
