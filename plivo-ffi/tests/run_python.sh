#!/usr/bin/env bash
# Builds libplivo_ffi.so and runs the ctypes example and tests/test_ctypes.py against the
# offline sandbox.
# Usage: plivo-ffi/tests/run_python.sh [python]   (default: python3; only the standard library)
set -euo pipefail
cd "$(dirname "$0")/../.."
python="${1:-python3}"
target_dir="${CARGO_TARGET_DIR:-target}"

cargo build --quiet -p plivo-ffi
export PLIVO_FFI_LIB="$PWD/$target_dir/debug/libplivo_ffi.so"
case "$target_dir" in /*) PLIVO_FFI_LIB="$target_dir/debug/libplivo_ffi.so" ;; esac

source plivo-ffi/tests/sandbox_env.sh
"$python" plivo-ffi/examples/ctypes_example.py
"$python" plivo-ffi/tests/test_ctypes.py
