#!/usr/bin/env bash
# Differential testing against node: generates random programs (gen.js),
# runs each under node and kiln, and reports every output difference.
# Usage: tests/differential/run.sh [SEED] [COUNT]   (KILN=path to the binary)
set -euo pipefail
cd "$(dirname "$0")/../.."
seed=${1:-1}; count=${2:-100}
kiln=${KILN:-target/release/kiln}
dir=$(mktemp -d)
node tests/differential/gen.js "$seed" "$count" "$dir"
fail=0
for f in "$dir"/p*.js; do
  node "$f" > "$f.node" 2>/dev/null || true
  timeout 10 "$kiln" run "$f" > "$f.kiln" 2> "$f.err" || true
  if ! cmp -s "$f.node" "$f.kiln"; then
    fail=$((fail + 1))
    echo "=== mismatch: $f"
    diff "$f.node" "$f.kiln" | head -6
  fi
done
echo "differential: $count programs (seed $seed), $((count - fail)) same, $fail different"
[ "$fail" -eq 0 ]
