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

# The wasm engine compiles a module per test (about 0.4 s each): CI runs a
# fixed tenth of T1 on it; the whole tier is run by hand (tests/test262/README.md).
step "test262 (every 10th T1 test) on the wasm engine"
cargo run -q -p xtask -- test262 --engine wasm --tier T1 --sample 10 --jobs "$(nproc)"
