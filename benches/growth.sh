#!/usr/bin/env bash
# Growth of the library as operations are added: the clean release build time of the library
# (default features, dependencies included, as a user's first `cargo build --release` after
# adding the crate) and the stripped size of `examples/send_one`, the one-message program.
#
#   benches/growth.sh [COMMIT ...]     (default: HEAD)
#
# Each commit is checked out into a temporary worktree with its own empty target folder, so
# nothing is reused from other builds (the crates.io download cache is, which is not build
# time). Prints one line per commit. Run it on a quiet machine: it measures wall time.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
[ $# -gt 0 ] || set -- HEAD
jobs="$(nproc)"
for commit in "$@"; do
    rev="$(git -C "$repo" rev-parse --short "$commit")"
    dir="$(mktemp -d)"
    git -C "$repo" worktree add --quiet --detach "$dir/src" "$rev"
    (
        cd "$dir/src"
        export CARGO_TARGET_DIR="$dir/target"
        cargo fetch --quiet
        start=$(date +%s.%N)
        cargo build --quiet --release --lib
        end=$(date +%s.%N)
        cargo build --quiet --release --example send_one
        strip -o "$dir/send_one.stripped" "$CARGO_TARGET_DIR/release/examples/send_one"
        bytes=$(stat -c %s "$dir/send_one.stripped")
        printf '%s  clean release build of the library: %.1f s (%s jobs)  send_one stripped: %.2f MiB (%s bytes)\n' \
            "$rev" "$(echo "$end - $start" | bc)" "$jobs" "$(echo "scale=4; $bytes / 1048576" | bc)" "$bytes"
    )
    git -C "$repo" worktree remove --force "$dir/src"
    rm -rf "$dir"
done
