#!/usr/bin/env bash
# Installs what `make run` and `make test` need, skipping what is already there.
# Versions: ../shared/reference/toolchain.md (Trunk 0.21.14; wasm-bindgen as in Cargo.lock;
# wasm-opt from npm binaryen@132, because Debian's breaks the wasm at load).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

if ! rustup component list --installed | grep -q '^rust-src'; then
  say "adding rust-src (the web build compiles a size-optimized std)"
  rustup component add rust-src
fi
# Trunk builds offline, so the size-optimized std's own dependencies must be in Cargo's
# cache first (a no-op once they are).
RUSTC_BOOTSTRAP=1 cargo fetch --quiet \
  --manifest-path "$(rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"

if ! trunk --version 2>/dev/null | grep -q ' 0\.21\.14'; then
  say "installing Trunk 0.21.14 (about 8 minutes, once)"
  cargo install trunk --version 0.21.14 --locked
fi

bindgen=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -q " $bindgen\$"; then
  say "installing wasm-bindgen-cli $bindgen"
  # Not --locked: a pinned dependency of its lock file is missing from the registry.
  cargo install wasm-bindgen-cli --version "$bindgen"
fi

if ! cargo install --list | grep -q '^wasm_split_cli_support v0\.2\.4:'; then
  say "installing wasm-split-cli 0.2.4 (splits the app at its #[lazy] boundaries)"
  cargo install wasm_split_cli_support --version 0.2.4 --features build-binary --locked
fi

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v brotli >/dev/null || missing+=(brotli)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]} from Debian"
  if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${missing[@]}"
fi

if ! node -e 'require.resolve("playwright-core"); require.resolve("binaryen/package.json")' 2>/dev/null ||
   [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund
fi

if ! python3 -c 'import mattermostdriver' 2>/dev/null; then
  say "installing mattermostdriver (client-compatibility test)"
  python3 -m pip install --quiet mattermostdriver==7.3.2
fi

if ! command -v compare-locales >/dev/null || [ "$(compare-locales --version 2>&1 | awk '{print $NF}')" != 9.0.5 ]; then
  say "installing compare-locales (checked against our translation lint)"
  python3 -m pip install --quiet compare-locales==9.0.5
fi

if ! target/fuzz-venv/bin/st --version 2>/dev/null | grep -q 4.32.5; then
  say "installing schemathesis 4.32.5 (spec fuzzing) into target/fuzz-venv"
  python3 -m venv target/fuzz-venv
  target/fuzz-venv/bin/pip install --quiet schemathesis==4.32.5
fi
