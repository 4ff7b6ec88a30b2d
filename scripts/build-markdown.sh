#!/usr/bin/env bash
# Builds the markdown renderer (crates/markdown-web) as its own wasm module into
# <dist>/markdown/. Trunk runs this after each build (Trunk.toml hook); the app imports the
# module once the chat is on screen, so it stays out of the first download.
set -euo pipefail
root=${TRUNK_SOURCE_DIR:-$(cd "$(dirname "$0")/.." && pwd)}
out=${TRUNK_STAGING_DIR:-$root/dist}/markdown
target=${CARGO_TARGET_DIR:-$root/target}
if [ "${TRUNK_PROFILE:-release}" = release ]; then profile=wasm-release; else profile=dev; fi
dir=$([ "$profile" = dev ] && echo debug || echo "$profile")

cd "$root"
cargo build --quiet --profile "$profile" --target wasm32-unknown-unknown -p causerie-markdown
mkdir -p "$out"
wasm-bindgen --target web --no-typescript --out-dir "$out" \
  "$target/wasm32-unknown-unknown/$dir/causerie_markdown.wasm"
node scripts/strip-relocs.mjs "$out/causerie_markdown_bg.wasm"
if [ "$profile" != dev ]; then
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    -o "$out/causerie_markdown_bg.wasm" "$out/causerie_markdown_bg.wasm"
fi
cp crates/markdown-web/emoji.css "$out/emoji.css"
