#!/usr/bin/env bash
# Builds libplivo_ffi.a, compiles tests/c/smoke.c against it with the system C compiler, and
# runs it against the offline sandbox.
# Usage: plivo-ffi/tests/run_c.sh [cc]   (default: $CC, else cc)
set -euo pipefail
cd "$(dirname "$0")/../.."
cc="${1:-${CC:-cc}}"
target_dir="${CARGO_TARGET_DIR:-target}"

cargo build --quiet -p plivo-ffi
out="$target_dir/plivo-ffi-c"
mkdir -p "$out"
# The native libraries are the ones `rustc --print native-static-libs` names on Linux.
"$cc" -std=c11 -Wall -Wextra -Werror -pedantic \
    -I plivo-ffi/include \
    plivo-ffi/tests/c/smoke.c \
    "$target_dir/debug/libplivo_ffi.a" \
    -lgcc_s -lutil -lrt -lpthread -lm -ldl \
    -o "$out/smoke"

# The header also compiles as C++ (extern "C"), when a C++ compiler is at hand.
if command -v c++ >/dev/null 2>&1; then
    echo '#include "plivo.h"
int main() { char *s = plivo_call(nullptr, nullptr); plivo_string_free(s); return 0; }' \
        | c++ -std=c++11 -Wall -Wextra -Werror -x c++ -I plivo-ffi/include -fsyntax-only -
fi

source plivo-ffi/tests/sandbox_env.sh
"$out/smoke"
