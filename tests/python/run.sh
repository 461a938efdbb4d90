#!/usr/bin/env bash
# Points the official Plivo Python SDK at our sandbox and runs tests/python/sdk_fidelity.py.
# Usage: tests/python/run.sh [python]   (default: python3 with the `plivo` package installed)
set -euo pipefail
cd "$(dirname "$0")/../.."
python="${1:-python3}"

cargo build --quiet --example sandbox
# Where cargo put it: CARGO_TARGET_DIR when set (relative to this folder, as cargo reads it).
log="$(mktemp)"
"${CARGO_TARGET_DIR:-target}/debug/examples/sandbox" --port 0 --seed 7 >"$log" 2>"$log.err" &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -f "$log" "$log.err"' EXIT

for _ in $(seq 100); do
    grep -q '^export PLIVO_AUTH_TOKEN=' "$log" && break
    sleep 0.05
done
if ! grep -q '^export PLIVO_AUTH_TOKEN=' "$log"; then
    echo "the sandbox did not start:" >&2
    cat "$log" "$log.err" >&2
    exit 1
fi
# Its stdout is the three export lines, made to be sourced.
# shellcheck disable=SC1090
. "$log"
"$python" tests/python/sdk_fidelity.py
