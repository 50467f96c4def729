#!/usr/bin/env bash
# Thin wrapper: see benches/run.js (options, environment).
exec node "$(dirname "$0")/run.js" "$@"
