#!/usr/bin/env bash
# Writes the expected output of conformance programs FROM NODE (the oracle):
# <name>.out gets node's exact stdout, <name>.exit node's exit code when not 0.
# Usage: tests/conformance/bless.sh [file.js ...]   (default: every program)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [ $# -eq 0 ]; then
  mapfile -t files < <(find "$here" -name '*.js' | sort)
else
  files=("$@")
fi
for f in "${files[@]}"; do
  base="${f%.js}"
  code=0
  (cd "$(dirname "$f")" && node "$(basename "$f")") >"$base.out" 2>/dev/null || code=$?
  if [ "$code" -ne 0 ]; then
    echo "$code" >"$base.exit"
  else
    rm -f "$base.exit"
  fi
done
echo "blessed ${#files[@]} program(s)"
