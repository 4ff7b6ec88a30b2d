# Causerie. `make run` and `make test` are all a newcomer needs; both install what is missing.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver

.PHONY: run test setup web server lint l10n test-rust test-browser test-compat test-fuzz reliability bench bench-upload bench-search bench-web bench-markdown size-by-crate fuzz clean

## run: build the web app and serve everything on http://127.0.0.1:8065 (data in ./data)
run: setup web
	cargo run --release -p causerie-server -- --listen 127.0.0.1:8065 --data-dir ./data --web-dir dist --locales-dir locales

## test: every check CI runs
test: setup lint l10n test-rust web test-browser test-compat test-fuzz

setup:
	@bash scripts/setup.sh

# The release web build compiles std itself, optimized for size, and lets a panic trap at
# once instead of formatting a message: 31 KB less brotli (348 against 379 KB, measured
# December 2026). These are unstable cargo/rustc
# options, enabled with RUSTC_BOOTSTRAP on the machine's pinned toolchain, for the wasm only,
# in its own target dir (so that native and clippy builds keep theirs).
WEB_ENV := RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR=$(CURDIR)/target/web \
	CARGO_UNSTABLE_BUILD_STD=std,panic_abort CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg erase_components -Clink-args=--emit-relocs -Zunstable-options -Cpanic=immediate-abort"

## web: the release build of the web app in dist/, precompressed, with the size gate
web:
	$(WEB_ENV) trunk build --release
	node scripts/minify.mjs dist
	@for f in $$(find dist -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name '*.ftl'); do brotli -f -k -q 11 "$$f"; gzip -f -k -9 "$$f"; done
	@bash scripts/bundle-size.sh dist

server:
	cargo build --release -p causerie-server

lint:
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown -p causerie -p mm-api -p mm-markdown --all-targets -- -D warnings

## l10n: every locale against en-US (syntax, variables, missing and obsolete messages), and
## the same verdict on missing and obsolete messages as Mozilla's compare-locales
l10n:
	cargo run -q -p causerie-l10n -- check --complete
	python3 scripts/l10n-agree.py target/debug/causerie-l10n

test-rust:
	cargo test --workspace

test-browser: server
	node --test --test-concurrency=1 --test-timeout=120000 tests/e2e/

test-compat: server
	CAUSERIE_SERVER_BIN=target/release/causerie-server node --test tests/compat/
	CAUSERIE_SERVER_BIN=target/release/causerie-server python3 tests/compat/test_mattermostdriver.py

SPEC := ../shared/mattermost-api/mattermost-openapi-v4.yaml

# A minute of spec fuzzing; `make reliability` runs it longer.
test-fuzz: setup server
	target/fuzz-venv/bin/python scripts/fuzz-api.py target/release/causerie-server $(SPEC) --max-examples 2 --max-time 60

## reliability: kill -9 under load, WebSocket drops under load, a 10-minute soak and spec
## fuzzing, in full (about 16 minutes; `make test` runs a short form of each)
reliability: setup server
	RELIABILITY=full cargo test --release -p causerie-server --test it -- reliability --nocapture --test-threads=1
	target/fuzz-venv/bin/python scripts/fuzz-api.py target/release/causerie-server $(SPEC) --max-examples 20 --max-time 240

## bench: server fan-out latency, throughput and memory (release build; see README)
bench:
	cargo run --release -p causerie-server --example load

## bench-upload: upload throughput and thumbnail time for a 10 MB JPEG (release build)
bench-upload: server
	cargo run --release -p causerie-server --example upload

## bench-search: search latency over 1,000,000 generated posts, index cost and size (release)
bench-search: server
	cargo run --release -p causerie-server --example search

## bench-retention: the retention job over 1,000,000 posts (900,000 expired), and post latency during it (release)
bench-retention:
	cargo run --release -p causerie-server --example retention

## bench-web: the browser benchmark (cold start, channel switch, scrolling 10,000 posts, memory)
bench-web: setup web server
	node tests/bench/browser.mjs

## size-by-crate: the first download's wasm by crate (after `make web`), brotli
size-by-crate:
	rm -rf target/size && mkdir -p target/size
	wasm-split-cli --out-name main target/web/wasm32-unknown-unknown/wasm-release/causerie.wasm target/size
	wasm-bindgen --target web --no-typescript --keep-lld-exports --no-demangle --keep-debug --out-dir target/size/bg --out-name main target/size/main.wasm
	wasm-opt -g --converge --gufa --flatten --rereloop -Oz --converge --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue -o target/size/main.wasm target/size/bg/main_bg.wasm
	node scripts/wasm-by-crate.mjs target/size/main.wasm 25

## bench-markdown: mm-markdown throughput on the seeded chat corpus, and marked's for comparison
bench-markdown: setup
	cargo run --release -p mm-markdown --example throughput
	cargo test --release --target wasm32-unknown-unknown -p mm-markdown --test wasm_throughput -- --nocapture
	node tests/bench/marked.mjs

## fuzz: 10 minutes of cargo fuzz on the markdown renderer (stable Rust, no sanitizer)
fuzz:
	cargo install cargo-fuzz --locked --quiet
	mkdir -p crates/mm-markdown/fuzz/corpus
	cd crates/mm-markdown && RUSTC_BOOTSTRAP=1 cargo fuzz run render -s none fuzz/corpus fuzz/seeds -- -max_total_time=600 -max_len=4096

clean:
	cargo clean
	rm -rf dist
