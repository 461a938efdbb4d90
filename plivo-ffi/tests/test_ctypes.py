#!/usr/bin/env python3
"""plivo-ffi's C ABI from Python (ctypes) against the sandbox; run by tests/run_python.sh.

Needs PLIVO_BASE_URL, PLIVO_AUTH_ID, PLIVO_AUTH_TOKEN and the built libplivo_ffi.so. Plain
asserts, no pytest: prints one line per test and "N passed, M failed"; exits non-zero on any
failure.
"""

import contextlib
import ctypes
import io
import json
import os
import sys
import threading
import traceback
from pathlib import Path

sys.dont_write_bytecode = True  # leave no __pycache__ in the source tree
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "examples"))
import ctypes_example  # noqa: E402  (the library loader and its declarations)

LIB = ctypes_example.load_library()
BASE_URL = os.environ["PLIVO_BASE_URL"].encode()
AUTH_ID = os.environ["PLIVO_AUTH_ID"].encode()
AUTH_TOKEN = os.environ["PLIVO_AUTH_TOKEN"].encode()


def take(pointer):
    return ctypes_example.take(LIB, pointer)


def new_client(auth_id=AUTH_ID, auth_token=AUTH_TOKEN, base_url=BASE_URL):
    """(handle, None) on success, (None, error document) on failure."""
    error = ctypes.c_void_p(12345)  # must be overwritten either way
    client = LIB.plivo_client_new(auth_id, auth_token, base_url, ctypes.byref(error))
    if client:
        assert error.value is None, "success must set *error_out to NULL"
        return client, None
    return None, take(error.value)


@contextlib.contextmanager
def client():
    handle, error = new_client()
    assert handle, error
    try:
        yield handle
    finally:
        LIB.plivo_client_free(handle)


def call(handle, operation):
    """Sends a dict (as JSON), a str or raw bytes; answers the parsed document."""
    if isinstance(operation, dict):
        operation = json.dumps(operation)
    if isinstance(operation, str):
        operation = operation.encode("utf-8")
    return take(LIB.plivo_call(handle, operation))


def assert_error(doc, kind, field=None):
    assert set(doc) == {"error"}, doc
    error = doc["error"]
    assert set(error) == {"kind", "message", "status", "api_id", "field", "attempts",
                          "may_have_been_sent"}, doc
    assert error["kind"] == kind, doc
    assert isinstance(error["message"], str) and error["message"], doc
    if field is not None:
        assert error["field"] == field, doc
    return error


def message_count(handle):
    page = call(handle, {"operation": "getMessages", "params": {"limit": 1}})
    assert page["status"] == 200, page
    return page["body"]["meta"]["total_count"]


def send(handle, destination, src="14155550100"):
    return call(handle, {"operation": "sendMessage",
                         "params": {"src": src, "destination": destination, "text": "hi"}})


# ---- tests -------------------------------------------------------------------------------

def test_client_new_errors():
    _, doc = new_client(auth_id=b"not-an-id")
    assert_error(doc, "invalid_input", "auth_id")
    _, doc = new_client(auth_token=None)
    assert_error(doc, "null_pointer", "auth_token")
    _, doc = new_client(auth_id=b"MA\xff")
    assert_error(doc, "invalid_utf8", "auth_id")
    _, doc = new_client(base_url=b"ftp://example.com")
    assert_error(doc, "invalid_input", "base_url")
    # A NULL error_out: only the NULL handle tells of the failure.
    assert not LIB.plivo_client_new(None, None, None, None)


def test_free_functions_accept_null():
    LIB.plivo_string_free(None)
    LIB.plivo_client_free(None)


def test_error_documents():
    with client() as handle:
        assert_error(take(LIB.plivo_call(handle, None)), "null_pointer", "operation_json")
        assert_error(call(None, {"operation": "getLiveCalls"}), "null_pointer", "client")
        assert_error(call(handle, b'{"operation": "get\xff\xfeMessages"}'), "invalid_utf8",
                     "operation_json")
        error = assert_error(call(handle, '{"operation": '), "invalid_input", "operation")
        assert "JSON" in error["message"], error
        error = assert_error(call(handle, {"operation": "nöSuchOperation"}), "invalid_input",
                             "operation")
        assert "nöSuchOperation" in error["message"], error
        error = assert_error(call(handle, {"operation": "getMessages", "params": {"limit": 50}}),
                             "invalid_input", "limit")
        assert error["may_have_been_sent"] is False and error["attempts"] == 0, error
        assert_error(call(handle, {"operation": "getMessages", "params": {"colour": "red"}}),
                     "invalid_input", "colour")
        assert_error(send(handle, "14155550100"), "invalid_input", "destination")


def test_messages():
    with client() as handle:
        before = message_count(handle)
        sent = send(handle, "14155550101<14155550102")
        assert sent["status"] == 202, sent
        assert sent["body"]["message"] == "message(s) queued", sent
        uuids = sent["body"]["message_uuid"]
        assert len(uuids) == 2, sent
        assert message_count(handle) == before + 2

        one = call(handle, {"operation": "getSingleMessage", "params": {"messageUuid": uuids[0]}})
        assert one["status"] == 200, one
        assert one["body"]["message_uuid"] == uuids[0], one

        gone = call(handle, {"operation": "getSingleMessage", "params": {"messageUuid": "none"}})
        error = assert_error(gone, "api")
        assert error["status"] == 404 and error["may_have_been_sent"] is True, error


def test_calls():
    with client() as handle:
        fired = call(handle, {"operation": "makeCall", "params": {
            "callFrom": "14155550100", "callTo": "14155550109",
            "answerUrl": "https://example.com/answer"}})
        assert fired["status"] == 201, fired
        live = call(handle, {"operation": "getLiveCalls", "params": {"toNumber": "14155550109"}})
        assert live["status"] == 200, live
        [uuid] = live["body"]["calls"]
        hung = call(handle, {"operation": "hangupSingleCall", "params": {"callUuid": uuid}})
        assert hung == {"status": 204, "body": None}, hung
        gone = call(handle, {"operation": "getSingleLiveCallDetails",
                             "params": {"callUuid": uuid}})
        assert assert_error(gone, "api")["status"] == 404, gone


def test_threads_share_one_client():
    threads, each = 8, 5
    failures = []
    with client() as handle:
        before = message_count(handle)

        def work(t):
            try:
                for i in range(each):
                    sent = send(handle, f"1415556{t:02d}{i:02d}")
                    assert sent["status"] == 202, sent
            except Exception as e:  # reported below, from the main thread
                failures.append(repr(e))

        workers = [threading.Thread(target=work, args=(t,)) for t in range(threads)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        assert not failures, failures
        assert message_count(handle) == before + threads * each


def test_the_example_runs():
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        rc = ctypes_example.main()
    assert rc == 0, out.getvalue()
    answer = json.loads(out.getvalue())
    assert answer["status"] == 202, answer


def main():
    tests = [(name, f) for name, f in globals().items() if name.startswith("test_")]
    passed = failed = 0
    for name, test in tests:
        try:
            test()
        except Exception:
            failed += 1
            print(f"FAIL {name}")
            traceback.print_exc()
        else:
            passed += 1
            print(f"ok   {name}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
