#!/usr/bin/env bash
# Points the official Plivo Python SDK at our sandbox and runs tests/python/sdk_fidelity.py.
# Usage: tests/python/run.sh [python]   (default: python3 with the `plivo` package installed)
set -euo pipefail
cd "$(dirname "$0")/../.."
python="${1:-python3}"

cargo build --quiet --example sandbox
log="$(mktemp)"
target/debug/examples/sandbox --port 0 --seed 7 >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -f "$log"' EXIT

for _ in $(seq 100); do
    grep -q '^PLIVO_AUTH_TOKEN=' "$log" && break
    sleep 0.05
done
export $(grep '^PLIVO_' "$log" | xargs)
"$python" tests/python/sdk_fidelity.py
