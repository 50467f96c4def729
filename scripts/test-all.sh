#!/usr/bin/env bash
# Runs every test of kiln, installing what a fresh machine lacks first.
# Used by CI (.ci/run) and by developers: `scripts/test-all.sh`.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

step "toolchain"
if ! rustup target list --installed 2>/dev/null | grep -q '^wasm32-unknown-unknown$'; then
  rustup target add wasm32-unknown-unknown
fi
command -v node >/dev/null || { echo "node is required (the conformance oracle)"; exit 1; }

step "build (workspace, debug)"
cargo build --workspace --all-targets

step "runtime.wasm (build.rs builds it for wasm32; the AOT path links it into every module)"
runtime_wasm="${CARGO_TARGET_DIR:-target}/kiln-runtime-wasm/wasm32-unknown-unknown/wasm-runtime/kiln_wasm_runtime.wasm"
test -s "$runtime_wasm" || { echo "runtime.wasm was not built: $runtime_wasm"; exit 1; }
echo "runtime.wasm: $(wc -c <"$runtime_wasm") bytes"

step "unit, snapshot and conformance tests"
cargo test --workspace

step "test262 (T1) on the interpreter"
cargo run -q -p xtask -- test262 --engine interp --tier T1 --jobs "$(nproc)"

# Issue 6: the baseline JIT (every function compiled before its first call)
# passes what the interpreter passes (tests/test262/expected-failures-baseline.txt).
step "test262 (T1) on the baseline JIT"
cargo run -q -p xtask -- test262 --engine baseline --tier T1 --jobs "$(nproc)"

# ...and so does the default engine of `kiln run`, the tiered JIT with its
# default threshold (tests/test262/expected-failures-jit.txt).
step "test262 (T1) on the tiered JIT (default tiering)"
cargo run -q -p xtask -- test262 --engine jit --tier T1 --jobs "$(nproc)"

# The wasm engine compiles a module per test (about 0.4 s each): CI runs a
# fixed tenth of T1 on it; the whole tier is run by hand (tests/test262/README.md).
step "test262 (every 10th T1 test) on the wasm engine"
cargo run -q -p xtask -- test262 --engine wasm --tier T1 --sample 10 --jobs "$(nproc)"

# The playground (README "Playground"): tools are checked by version first,
# so re-runs skip the installs.
step "playground tools (wasm-bindgen-cli, trunk, npm's binaryen and playwright-core, chromium)"
has_version() { command -v "$1" >/dev/null && "$1" --version 2>/dev/null | grep -qF "$2"; }
# Without --locked: its lockfile names a crate version the registry lacks.
has_version wasm-bindgen 'wasm-bindgen 0.2.130' || cargo install wasm-bindgen-cli --version 0.2.130
has_version trunk 'trunk 0.21.14' || cargo install trunk --version 0.21.14 --locked
npm_version() { node -p "require('./node_modules/$1/package.json').version" 2>/dev/null || true; }
if [ "$(npm_version binaryen)" != 132.0.0 ] || [ "$(npm_version playwright-core)" != 1.65.2 ]; then
  npm ci --no-audit --no-fund
fi
if ! command -v chromium >/dev/null; then
  apt-get update -qq && apt-get install -y -qq chromium
fi

step "playground site (trunk build into target/playground)"
# trunk finds wasm-bindgen on PATH and wasm-opt in node_modules/.bin
# (Debian's binaryen is too old); --offline: it must download nothing.
(cd www && PATH="$PWD/../node_modules/.bin:$PATH" trunk build --release --locked --offline)

step "playground in the browser (chromium; kiln serve and a static server)"
node tests/browser/playground.test.mjs --kiln "${CARGO_TARGET_DIR:-target}/debug/kiln"
