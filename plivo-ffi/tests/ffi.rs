//! The C ABI called from Rust, as a C program would: null pointers, invalid UTF-8, malformed
//! JSON, errors of every kind, success against the sandbox, and threads sharing one client.

#![deny(clippy::undocumented_unsafe_blocks)]

use std::ffi::{CStr, CString, c_char};
use std::ptr;
use std::sync::atomic::{AtomicUsize, Ordering};

use plivo::sandbox::Sandbox;
use plivo_ffi::{PlivoClient, plivo_call, plivo_client_free, plivo_client_new, plivo_string_free};
use serde_json::{Value, json};

/// Reads and frees a string answered by the library.
fn take(answer: *mut c_char) -> Value {
    assert!(!answer.is_null(), "the library answered null");
    // SAFETY: `answer` is a live NUL-terminated string made by the library.
    let text = unsafe { CStr::from_ptr(answer) }
        .to_str()
        .expect("answers are UTF-8")
        .to_owned();
    // SAFETY: made by the library and freed exactly once, here.
    unsafe { plivo_string_free(answer) };
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("not one JSON document ({e}): {text}"))
}

/// `plivo_client_new`, answering the handle or the error document.
fn new_client(
    auth_id: Option<&CStr>,
    auth_token: Option<&CStr>,
    base_url: Option<&CStr>,
) -> Result<*mut PlivoClient, Value> {
    let arg = |s: Option<&CStr>| s.map_or(ptr::null(), CStr::as_ptr);
    let mut error: *mut c_char = ptr::null_mut();
    // SAFETY: every string is null or a live NUL-terminated string; `error` is writable.
    let client =
        unsafe { plivo_client_new(arg(auth_id), arg(auth_token), arg(base_url), &raw mut error) };
    if client.is_null() {
        Err(take(error))
    } else {
        assert!(error.is_null(), "success leaves *error_out null");
        Ok(client)
    }
}

/// A client of the sandbox.
fn sandbox_client(sandbox: &Sandbox) -> *mut PlivoClient {
    let c = |s: &str| CString::new(s).expect("no NUL");
    new_client(
        Some(&c(sandbox.auth_id())),
        Some(&c(sandbox.auth_token())),
        Some(&c(sandbox.url())),
    )
    .unwrap_or_else(|doc| panic!("client: {doc}"))
}

/// `plivo_call` with raw bytes (NUL added here).
fn call_bytes(client: *const PlivoClient, operation: &[u8]) -> Value {
    let operation = CString::new(operation).expect("no NUL");
    // SAFETY: `client` is null or live, and `operation` a NUL-terminated string that outlives
    // the call.
    take(unsafe { plivo_call(client, operation.as_ptr()) })
}

fn call(client: *const PlivoClient, operation: &Value) -> Value {
    call_bytes(client, operation.to_string().as_bytes())
}

fn free(client: *mut PlivoClient) {
    // SAFETY: `client` came from `plivo_client_new`, is freed once, and no thread uses it.
    unsafe { plivo_client_free(client) };
}

fn kind(doc: &Value) -> &str {
    doc["error"]["kind"]
        .as_str()
        .unwrap_or_else(|| panic!("not an error document: {doc}"))
}

/// A client that never sends anything (the tests below fail before the network).
fn offline_client() -> *mut PlivoClient {
    new_client(
        Some(c"MAXXXXXXXXXXXXXXXXXX"),
        Some(c"token"),
        Some(c"http://127.0.0.1:9"),
    )
    .expect("a client")
}

#[test]
fn null_pointers_give_error_documents() {
    // SAFETY: null is a valid argument of every function.
    let doc = take(unsafe { plivo_call(ptr::null(), c"{}".as_ptr()) });
    assert_eq!(kind(&doc), "null_pointer");
    assert_eq!(doc["error"]["field"], "client");
    assert_eq!(doc["error"]["may_have_been_sent"], false);

    let client = offline_client();
    // SAFETY: `client` is live; a null operation is allowed.
    let doc = take(unsafe { plivo_call(client, ptr::null()) });
    assert_eq!(kind(&doc), "null_pointer");
    assert_eq!(doc["error"]["field"], "operation_json");
    free(client);

    for (id, token, field) in [
        (None, Some(c"token"), "auth_id"),
        (Some(c"MAXXXXXXXXXXXXXXXXXX"), None, "auth_token"),
    ] {
        let doc = new_client(id, token, None).expect_err("null credentials");
        assert_eq!(kind(&doc), "null_pointer");
        assert_eq!(doc["error"]["field"], field);
    }

    // A null error_out: the failure is only the null handle.
    // SAFETY: null is allowed for every argument.
    let client =
        unsafe { plivo_client_new(ptr::null(), ptr::null(), ptr::null(), ptr::null_mut()) };
    assert!(client.is_null());

    // SAFETY: null is ignored by both free functions.
    unsafe {
        plivo_client_free(ptr::null_mut());
        plivo_string_free(ptr::null_mut());
    }
}

#[test]
fn invalid_utf8_gives_error_documents() {
    let client = offline_client();
    let doc = call_bytes(client, b"{\"operation\": \"getMessages\xff\xfe\"}");
    assert_eq!(kind(&doc), "invalid_utf8");
    assert_eq!(doc["error"]["field"], "operation_json");
    free(client);

    let bad = CString::new(&b"MA\xc3XXXXXXXXXXXXXXXXX"[..]).expect("no NUL");
    let doc = new_client(Some(&bad), Some(c"token"), None).expect_err("not UTF-8");
    assert_eq!(kind(&doc), "invalid_utf8");
    assert_eq!(doc["error"]["field"], "auth_id");

    let bad = CString::new(&b"http://\xff"[..]).expect("no NUL");
    let doc =
        new_client(Some(c"MAXXXXXXXXXXXXXXXXXX"), Some(c"t"), Some(&bad)).expect_err("not UTF-8");
    assert_eq!(doc["error"]["field"], "base_url");
}

#[test]
fn malformed_json_and_bad_operations_are_invalid_input() {
    let client = offline_client();
    for (text, field) in [
        (&b"{"[..], "operation"),
        (b"", "operation"),
        (b"[1, 2]", "operation"),
        (b"{\"operation\": \"noSuchOperation\"}", "operation"),
        (
            b"{\"operation\": \"getMessages\", \"params\": {\"limit\": 50}}",
            "limit",
        ),
        (
            b"{\"operation\": \"getMessages\", \"params\": {\"colour\": 1}}",
            "colour",
        ),
        (
            b"{\"operation\": \"sendMessage\", \"params\": {\"src\": \"1\"}}",
            "destination",
        ),
    ] {
        let doc = call_bytes(client, text);
        assert_eq!(kind(&doc), "invalid_input", "{doc}");
        assert_eq!(doc["error"]["field"], field, "{doc}");
        assert_eq!(doc["error"]["attempts"], 0);
        assert_eq!(doc["error"]["may_have_been_sent"], false);
        assert!(
            doc["error"]["message"]
                .as_str()
                .is_some_and(|m| !m.is_empty())
        );
    }
    let doc = call_bytes(client, b"{\"operation\": \"noSuchOperation\"}");
    assert!(
        doc["error"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("noSuchOperation")),
        "{doc}"
    );
    free(client);
}

#[test]
fn bad_settings_are_invalid_input() {
    for (id, url, field) in [
        (c"nope", None, "auth_id"),
        (
            c"MAXXXXXXXXXXXXXXXXXX",
            Some(c"ftp://example.com"),
            "base_url",
        ),
    ] {
        let doc = new_client(Some(id), Some(c"token"), url).expect_err("rejected");
        assert_eq!(kind(&doc), "invalid_input", "{doc}");
        assert_eq!(doc["error"]["field"], field, "{doc}");
    }
}

#[test]
fn hostile_input_never_panics() {
    static PANICS: AtomicUsize = AtomicUsize::new(0);
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(|info| {
        PANICS.fetch_add(1, Ordering::SeqCst);
        eprintln!("{info}");
    }));

    let client = offline_client();
    let inputs: [&[u8]; 10] = [
        b"",
        b"null",
        b"\"sendMessage\"",
        b"{\"operation\": 7}",
        b"{\"operation\": \"sendMessage\", \"params\": []}",
        b"{\"operation\": \"sendMessage\", \"params\": {\"src\": null, \"text\": {}}}",
        b"{\"operation\": \"getMessages\", \"params\": {\"limit\": -1, \"offset\": 1e400}}",
        b"{\"operation\": \"makeCall\", \"params\": {\"callFrom\": \"1\", \"callTo\": [[]], \"answerUrl\": 1}}",
        b"\xed\xa0\x80",
        b"{\"operation\": \"getMessages\", \"extra\": true}",
    ];
    for input in inputs {
        let doc = call_bytes(client, input);
        assert!(doc["error"].is_object(), "{doc}");
    }
    let deep = "[".repeat(100_000);
    let doc = call_bytes(client, deep.as_bytes());
    assert_eq!(kind(&doc), "invalid_input");
    free(client);

    std::panic::set_hook(previous);
    assert_eq!(PANICS.load(Ordering::SeqCst), 0, "a panic was caught");
}

#[test]
fn operations_against_the_sandbox() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox_client(&sandbox);

    let sent = call(
        client,
        &json!({"operation": "sendMessage", "params": {
            "src": "14155550100", "destination": "14155550101<14155550102", "text": "hello"}}),
    );
    assert_eq!(sent["status"], 202, "{sent}");
    assert_eq!(sent["body"]["message"], "message(s) queued");
    assert_eq!(
        sent["body"]["message_uuid"].as_array().map(Vec::len),
        Some(2)
    );

    let page = call(
        client,
        &json!({"operation": "getMessages", "params": {"limit": "5"}}),
    );
    assert_eq!(page["status"], 200, "{page}");
    assert_eq!(page["body"]["meta"]["total_count"], 2);
    assert!(page["body"]["objects"].is_array());

    let fired = call(
        client,
        &json!({"operation": "Plivo.makeCall", "params": {
            "callFrom": "14155550100", "callTo": "14155550103",
            "answerUrl": "https://example.com/answer"}}),
    );
    assert_eq!(fired["status"], 201, "{fired}");

    let live = call(client, &json!({"operation": "getLiveCalls"}));
    assert_eq!(live["status"], 200, "{live}");
    let uuid = live["body"]["calls"][0]
        .as_str()
        .expect("a live call")
        .to_owned();

    let hung = call(
        client,
        &json!({"operation": "hangupSingleCall", "params": {"callUuid": uuid}}),
    );
    assert_eq!(hung, json!({"status": 204, "body": null}));

    let gone = call(
        client,
        &json!({"operation": "getSingleMessage", "params": {"messageUuid": "no-such-uuid"}}),
    );
    assert_eq!(kind(&gone), "api", "{gone}");
    assert_eq!(gone["error"]["status"], 404);
    assert_eq!(gone["error"]["may_have_been_sent"], true);
    assert!(gone["error"]["attempts"].as_u64() >= Some(1));
    free(client);

    // Wrong credentials: Plivo's 401.
    let url = CString::new(sandbox.url()).expect("no NUL");
    let stranger =
        new_client(Some(c"MAXXXXXXXXXXXXXXXXXX"), Some(c"wrong"), Some(&url)).expect("a client");
    let denied = call(stranger, &json!({"operation": "getAccountDetails"}));
    assert_eq!(kind(&denied), "api", "{denied}");
    assert_eq!(denied["error"]["status"], 401);
    free(stranger);
}

#[test]
fn a_refused_connection_is_a_transport_error() {
    // Bind a port, then close it, so that nothing listens there.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let url = CString::new(format!("http://127.0.0.1:{port}")).expect("no NUL");
    let client =
        new_client(Some(c"MAXXXXXXXXXXXXXXXXXX"), Some(c"token"), Some(&url)).expect("a client");
    let doc = call(client, &json!({"operation": "getAccountDetails"}));
    assert_eq!(kind(&doc), "transport", "{doc}");
    assert_eq!(doc["error"]["status"], Value::Null);
    assert_eq!(doc["error"]["may_have_been_sent"], false);
    free(client);
}

#[test]
fn threads_share_one_client() {
    const THREADS: usize = 8;
    const EACH: usize = 5;
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox_client(&sandbox);
    // SAFETY: `client` is live until `free` below, after every thread has been joined.
    let shared: &PlivoClient = unsafe { &*client };
    std::thread::scope(|scope| {
        for t in 0..THREADS {
            scope.spawn(move || {
                for i in 0..EACH {
                    let sent = call(
                        shared,
                        &json!({"operation": "sendMessage", "params": {
                            "src": "14155559999",
                            "destination": format!("1415555{:02}{:02}", t, i),
                            "text": "from a thread"}}),
                    );
                    assert_eq!(sent["status"], 202, "{sent}");
                }
            });
        }
    });
    let page = call(
        client,
        &json!({"operation": "getMessages", "params": {"limit": 1}}),
    );
    assert_eq!(page["body"]["meta"]["total_count"], THREADS * EACH);
    free(client);
}

#[test]
fn files_come_as_base64_never_as_a_local_path() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox_client(&sandbox);
    // A real, readable file: the refusal is the rule, not a missing file.
    let path = std::env::current_exe().expect("this test's own path");
    for file in [
        json!(path.display().to_string()),
        json!({"path": path.display().to_string(), "filename": "x.png"}),
        json!([{"filename": "ok.txt", "base64": "aGk="}, path.display().to_string()]),
    ] {
        let refused = call(
            client,
            &json!({"operation": "uploadMedia", "params": {"file": file}}),
        );
        assert_eq!(kind(&refused), "invalid_input", "{refused}");
        assert_eq!(refused["error"]["field"], "file", "{refused}");
        assert_eq!(refused["error"]["may_have_been_sent"], false);
    }
    let nothing = call(client, &json!({"operation": "getMedia"}));
    assert_eq!(nothing["body"]["meta"]["total_count"], 0, "{nothing}");

    let uploaded = call(
        client,
        &json!({"operation": "uploadMedia", "params": {"file": [
            {"filename": "hi.txt", "base64": "aGkK"}]}}),
    );
    assert_eq!(uploaded["status"], 202, "{uploaded}");
    assert_eq!(uploaded["body"]["objects"][0]["file_name"], "hi.txt");
    assert_eq!(uploaded["body"]["objects"][0]["content_type"], "text/plain");
    assert_eq!(uploaded["body"]["objects"][0]["size"], 3);
    free(client);
}
