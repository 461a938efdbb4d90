#!/usr/bin/env bash
# Smoke test of the `plivo` command-line tool: builds it, serves the offline sandbox with
# `plivo sandbox --port 0`, reads the URL and credentials it prints, sends an SMS through it
# with the CLI, checks the answers with grep, stops the sandbox. Ends with "N passed, M failed"
# and exits non-zero when anything failed.
#
#   bash plivo-cli/tests/smoke.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

# The sandbox is on loopback: no proxy must get in the way.
unset ALL_PROXY all_proxy HTTPS_PROXY https_proxy HTTP_PROXY http_proxy
unset PLIVO_BASE_URL PLIVO_AUTH_ID PLIVO_AUTH_TOKEN

# Build, and take the binary's path from cargo itself (whatever the target directory).
plivo="$(cargo build --quiet -p plivo-cli --bin plivo --message-format=json \
    | grep -o '"executable":"[^"]*/plivo"' | tail -n 1 | cut -d'"' -f4)"
if [[ -z "$plivo" || ! -x "$plivo" ]]; then
    echo "smoke: could not find the built plivo binary" >&2
    exit 1
fi

passed=0
failed=0
check() { # check <description> <command...>: runs the command, counts the outcome
    local what="$1"
    shift
    if "$@"; then
        passed=$((passed + 1))
        echo "ok    $what"
    else
        failed=$((failed + 1))
        echo "FAIL  $what"
    fi
}

tmp="$(mktemp -d)"
sandbox_pid=""
stop_sandbox() {
    if [[ -n "$sandbox_pid" ]]; then
        kill "$sandbox_pid" 2>/dev/null || true
        wait "$sandbox_pid" 2>/dev/null || true
        sandbox_pid=""
    fi
}
trap 'stop_sandbox; rm -rf "$tmp"' EXIT

"$plivo" sandbox --port 0 >"$tmp/sandbox.out" 2>"$tmp/sandbox.err" &
sandbox_pid=$!
for _ in $(seq 1 100); do
    grep -q '^export PLIVO_AUTH_TOKEN=' "$tmp/sandbox.out" && break
    sleep 0.1
done
# What the sandbox prints on stdout is sourced as it is.
only_exports() {
    [[ -s "$tmp/sandbox.out" ]] && ! grep -qv '^export PLIVO_[A-Z_]*=' "$tmp/sandbox.out"
}
check "the sandbox prints only export lines on stdout" only_exports
# shellcheck disable=SC1091
. "$tmp/sandbox.out"
base_url="${PLIVO_BASE_URL:-}"
auth_id="${PLIVO_AUTH_ID:-}"
auth_token="${PLIVO_AUTH_TOKEN:-}"

printed_settings() {
    [[ "$base_url" =~ ^http://127\.0\.0\.1:[1-9][0-9]*$ && -n "$auth_id" && -n "$auth_token" ]]
}
check "sourcing its output sets PLIVO_BASE_URL, PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN" printed_settings
if ! printed_settings; then
    cat "$tmp/sandbox.out" "$tmp/sandbox.err" >&2
    echo "$passed passed, $((failed + 1)) failed"
    exit 1
fi

sent_sms() {
    "$plivo" sendMessage --src 14155550100 --destination 14155550101 --text "hello from CI" \
        >"$tmp/sent.json" 2>"$tmp/sent.err" &&
        grep -q '"message":"message(s) queued"' "$tmp/sent.json" &&
        grep -Eq '"message_uuid":\["[0-9a-f-]{36}"\]' "$tmp/sent.json" &&
        [[ ! -s "$tmp/sent.err" ]]
}
check "sendMessage queues one SMS" sent_sms

listed_sms() {
    local uuid
    uuid="$(sed -n 's/.*"message_uuid":\["\([0-9a-f-]*\)"\].*/\1/p' "$tmp/sent.json")"
    [[ -n "$uuid" ]] &&
        "$plivo" getMessages --messageDirection outbound >"$tmp/list.json" &&
        grep -q '"total_count":1' "$tmp/list.json" &&
        grep -q "\"message_uuid\":\"$uuid\"" "$tmp/list.json" &&
        grep -q '"to_number":"14155550101"' "$tmp/list.json"
}
check "getMessages lists it" listed_sms

sent_with_call() {
    echo '{"operation": "sendMessage", "params": {"src": "14155550100", "destination": "14155550102<14155550103", "text": "hi"}}' |
        "$plivo" call - | grep -Eq '"message_uuid":\["[0-9a-f-]{36}","[0-9a-f-]{36}"\]'
}
check "call - sends the JSON form from stdin" sent_with_call

streamed_all() {
    [[ "$("$plivo" getMessages --all --limit 2 | grep -c '"message_uuid"')" == 3 ]]
}
check "getMessages --all streams every message, one a line" streamed_all

refused_bad_input() {
    local rc=0
    "$plivo" sendMessage --src 14155550100 --text hi >"$tmp/bad.out" 2>"$tmp/bad.err" || rc=$?
    [[ "$rc" == 3 && ! -s "$tmp/bad.out" ]] && grep -q 'destination' "$tmp/bad.err"
}
check "a missing required field exits 3, naming it, with nothing on stdout" refused_bad_input

stop_sandbox
stopped() {
    local rc=0
    "$plivo" getAccountDetails >/dev/null 2>&1 || rc=$?
    [[ "$rc" == 5 ]]
}
check "once the sandbox is stopped, a call exits 5 (network error)" stopped

echo "$passed passed, $failed failed"
[[ "$failed" == 0 ]]
