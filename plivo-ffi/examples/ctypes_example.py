#!/usr/bin/env python3
"""Sends an SMS through plivo-ffi's C ABI from Python, with nothing but ctypes.

Build the library first (`cargo build -p plivo-ffi`), then point it at the sandbox:

    cargo run --example sandbox -- --port 0 --seed 7     # prints the PLIVO_* lines
    export PLIVO_BASE_URL=... PLIVO_AUTH_ID=... PLIVO_AUTH_TOKEN=...
    python3 plivo-ffi/examples/ctypes_example.py

Without PLIVO_BASE_URL the message goes to Plivo itself. PLIVO_FFI_LIB names the library
when it is not at target/debug/libplivo_ffi.so.
"""

import ctypes
import json
import os
import sys
from pathlib import Path


def load_library():
    """Loads libplivo_ffi.so and declares its four functions."""
    root = Path(__file__).resolve().parents[2]
    default = root / os.environ.get("CARGO_TARGET_DIR", "target")  # absolute paths win
    path = os.environ.get("PLIVO_FFI_LIB", str(default / "debug" / "libplivo_ffi.so"))
    lib = ctypes.CDLL(path)
    # Strings handed out by the library are c_void_p, not c_char_p, so that the pointer
    # survives to be given back to plivo_string_free.
    lib.plivo_client_new.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p,
                                     ctypes.POINTER(ctypes.c_void_p)]
    lib.plivo_client_new.restype = ctypes.c_void_p
    lib.plivo_client_free.argtypes = [ctypes.c_void_p]
    lib.plivo_client_free.restype = None
    lib.plivo_call.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
    lib.plivo_call.restype = ctypes.c_void_p
    lib.plivo_string_free.argtypes = [ctypes.c_void_p]
    lib.plivo_string_free.restype = None
    return lib


def take(lib, pointer):
    """Reads a JSON document answered by the library, then frees it."""
    if not pointer:
        raise RuntimeError("the library answered NULL")
    try:
        return json.loads(ctypes.string_at(pointer).decode("utf-8"))
    finally:
        lib.plivo_string_free(pointer)


def main():
    lib = load_library()

    def env(name):
        value = os.environ.get(name)
        return value.encode() if value is not None else None

    error = ctypes.c_void_p()
    client = lib.plivo_client_new(env("PLIVO_AUTH_ID"), env("PLIVO_AUTH_TOKEN"),
                                  env("PLIVO_BASE_URL"), ctypes.byref(error))
    if not client:
        print(json.dumps(take(lib, error), indent=2), file=sys.stderr)
        return 1
    try:
        operation = {"operation": "sendMessage",
                     "params": {"src": "14155550100", "destination": "14155550101",
                                "text": "Hello from Python through the C ABI"}}
        answer = take(lib, lib.plivo_call(client, json.dumps(operation).encode()))
        print(json.dumps(answer, indent=2))
        return 0 if "status" in answer else 1
    finally:
        lib.plivo_client_free(client)


if __name__ == "__main__":
    sys.exit(main())
