# Sourced by run_c.sh and run_python.sh (from the workspace root): builds and starts the
# offline sandbox on a free port, exports PLIVO_BASE_URL, PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN,
# and stops it when the script exits.

cargo build --quiet -p plivo --example sandbox
sandbox_log="$(mktemp)"
"$target_dir/debug/examples/sandbox" --port 0 --seed 7 >"$sandbox_log" 2>"$sandbox_log.err" &
sandbox_pid=$!
trap 'kill "$sandbox_pid" 2>/dev/null || true; wait "$sandbox_pid" 2>/dev/null || true; rm -f "$sandbox_log" "$sandbox_log.err"' EXIT

for _ in $(seq 200); do
    grep -q '^export PLIVO_AUTH_TOKEN=' "$sandbox_log" && break
    kill -0 "$sandbox_pid" 2>/dev/null || break
    sleep 0.05
done
if ! grep -q '^export PLIVO_AUTH_TOKEN=' "$sandbox_log"; then
    echo "the sandbox did not start:" >&2
    cat "$sandbox_log" "$sandbox_log.err" >&2
    exit 1
fi
# Its stdout is the three export lines, made to be sourced.
# shellcheck disable=SC1090
. "$sandbox_log"

# The sandbox is on loopback: never send its traffic through a proxy from the environment.
export NO_PROXY="127.0.0.1,localhost${NO_PROXY:+,$NO_PROXY}"
export no_proxy="127.0.0.1,localhost${no_proxy:+,$no_proxy}"
