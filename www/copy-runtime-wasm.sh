#!/bin/sh
# Trunk hook (Trunk.toml): builds runtime.wasm exactly as the root build.rs
# does for the `kiln` binary (same package, target, profile and target
# directory, so one build serves both) and copies it into the site, where
# the playground's worker fetches it to link the modules it compiles.
set -eu
root="$(cd "${TRUNK_SOURCE_DIR:-$(dirname "$0")}/.." && pwd)"
target_dir="${CARGO_TARGET_DIR:-$root/target}/kiln-runtime-wasm"
# The outer build's flags must not leak in (build.rs clears them too).
env -u RUSTFLAGS -u CARGO_BUILD_RUSTFLAGS -u CARGO_ENCODED_RUSTFLAGS -u CARGO_TARGET_DIR \
  cargo build --quiet --package kiln-wasm-runtime --target wasm32-unknown-unknown \
  --profile wasm-runtime --manifest-path "$root/Cargo.toml" --target-dir "$target_dir"
cp "$target_dir/wasm32-unknown-unknown/wasm-runtime/kiln_wasm_runtime.wasm" "${TRUNK_STAGING_DIR:?run by trunk}/runtime.wasm"
