//! C ABI for the [`plivo`] crate: one JSON document in, one JSON document out.
//!
//! The C declarations, with the ownership rules, are in `include/plivo.h`; this crate builds
//! them as `libplivo_ffi.a` (staticlib) and `libplivo_ffi.so` (cdylib).
//!
//! - [`plivo_client_new`] makes a client handle, or answers null and (optionally) an error
//!   document through its `error_out` parameter.
//! - [`plivo_call`] takes an operation in the JSON form of [`plivo::Operation::from_json`]
//!   (`{"operation": "sendMessage", "params": {...}}`), sends it and answers one JSON
//!   document: `{"status": 202, "body": {...}}` on success, `{"error": {...}}` on failure.
//!   Files to upload come as base64 only; a local path is refused.
//! - [`plivo_string_free`] frees every string the library hands out; [`plivo_client_free`]
//!   frees a handle.
//!
//! # Error documents
//!
//! ```json
//! {"error": {"kind": "invalid_input", "message": "invalid input for getMessages: `limit` ...",
//!            "status": null, "api_id": null, "field": "limit",
//!            "attempts": 0, "may_have_been_sent": false}}
//! ```
//!
//! Every key is always present (`null` when it does not apply). `kind` is one of:
//!
//! | kind | meaning |
//! |---|---|
//! | `invalid_input` | [`plivo::Error::Invalid`]: bad JSON, unknown operation, a field breaking a rule, bad credentials or base URL; nothing was sent |
//! | `api` | [`plivo::Error::Api`]: Plivo answered a non-2xx `status` |
//! | `transport` | [`plivo::Error::Transport`]: DNS, connect, timeout, broken connection |
//! | `decode` | [`plivo::Error::Decode`]: a 2xx answer that is not JSON |
//! | `null_pointer` | a required pointer argument was null; `field` names it |
//! | `invalid_utf8` | a string argument was not UTF-8; `field` names it |
//! | `panic` | a bug: a Rust panic was caught at the boundary |
//! | `internal` | the answer could not be turned into a C string (cannot happen in practice) |
//! | `other` | an error kind added to `plivo` after this crate was written |
//!
//! # Panics
//!
//! No panic crosses the C boundary: every entry point runs inside
//! [`std::panic::catch_unwind`] and answers a `panic` error document instead (or null if even
//! that document cannot be made). This relies on the default `panic = "unwind"`; a build with
//! `panic = "abort"` aborts the process on a panic instead.
//!
//! # Threads
//!
//! A [`PlivoClient`] wraps a [`plivo::Client`], which is `Send + Sync`: one handle may be used
//! by [`plivo_call`] from many threads at once, sharing one connection pool.
//! [`plivo_client_free`] must not race with any other use of the same handle.

#![deny(missing_docs)]
#![deny(unsafe_op_in_unsafe_fn)]
#![deny(clippy::undocumented_unsafe_blocks)]

use std::any::Any;
use std::ffi::{CStr, CString, c_char};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::ptr;

use serde_json::{Value, json};

/// An opaque client handle: credentials, settings and a connection pool.
///
/// Made by [`plivo_client_new`], freed by [`plivo_client_free`]; shareable across threads.
pub struct PlivoClient {
    inner: plivo::Client,
}

// The handle is shared across threads by C callers; keep that true at compile time.
const _: () = {
    const fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<PlivoClient>();
};

/// The document answered when a document could not be turned into a C string (it would have
/// had to contain a NUL byte, which JSON text produced by `serde_json` never does).
const INTERNAL_ERROR: &CStr = c"{\"error\":{\"kind\":\"internal\",\"message\":\"the answer could not be made into a C string\",\"status\":null,\"api_id\":null,\"field\":null,\"attempts\":0,\"may_have_been_sent\":true}}";

/// Creates a client for these credentials.
///
/// - `auth_id`, `auth_token`: required, NUL-terminated UTF-8.
/// - `base_url`: null for Plivo's API (`https://api.plivo.com`), or another origin such as a
///   sandbox (`http://127.0.0.1:8080`).
/// - `error_out`: null, or where to store the error. On success `*error_out` is set to null;
///   on failure to an error document (see the crate docs) that the caller frees with
///   [`plivo_string_free`], or to null if even that document could not be made.
///
/// Returns the handle, to be freed with [`plivo_client_free`], or null on failure.
/// Proxies are taken from the environment as [`plivo::ClientBuilder`] does by default.
///
/// # Safety
///
/// Each string argument is null or points to a NUL-terminated string that stays valid and
/// unmodified until the function returns. `error_out` is null or valid for writing one
/// pointer.
// SAFETY: the `plivo_`-prefixed name clashes with no other symbol of the program.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn plivo_client_new(
    auth_id: *const c_char,
    auth_token: *const c_char,
    base_url: *const c_char,
    error_out: *mut *mut c_char,
) -> *mut PlivoClient {
    let outcome = guard(|| {
        // SAFETY: the caller guarantees each pointer is null or a valid NUL-terminated string
        // for the duration of this call.
        let (auth_id, auth_token, base_url) = unsafe {
            (
                required_str(auth_id, "auth_id")?,
                required_str(auth_token, "auth_token")?,
                optional_str(base_url, "base_url")?,
            )
        };
        let mut builder = plivo::Client::builder()
            .auth_id(auth_id)
            .auth_token(auth_token);
        if let Some(url) = base_url {
            builder = builder.base_url(url);
        }
        let client = builder.build().map_err(|e| plivo_error(&e))?;
        Ok(Box::into_raw(Box::new(PlivoClient { inner: client })))
    });
    let (client, error) = match outcome {
        Ok(client) => (client, ptr::null_mut()),
        Err(error) => (ptr::null_mut(), error),
    };
    if error_out.is_null() {
        // Nobody asked for the error document: free it here.
        // SAFETY: `error` is null or was just made by `CString::into_raw` and never shared.
        unsafe { plivo_string_free(error) };
    } else {
        // SAFETY: `error_out` is not null, and the caller guarantees it is valid for writing
        // one pointer.
        unsafe { error_out.write(error) };
    }
    client
}

/// Frees a client handle. A null `client` is ignored.
///
/// # Safety
///
/// `client` is null or a handle from [`plivo_client_new`] that was not freed yet and that no
/// other thread is using or will use.
// SAFETY: the `plivo_`-prefixed name clashes with no other symbol of the program.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn plivo_client_free(client: *mut PlivoClient) {
    if client.is_null() {
        return;
    }
    // SAFETY: `client` is not null, came from `Box::into_raw` in `plivo_client_new`, was not
    // freed yet and is used by no other thread (all guaranteed by the caller).
    let client = unsafe { Box::from_raw(client) };
    dispose(catch_unwind(AssertUnwindSafe(move || drop(client))));
}

/// Sends one operation and answers one JSON document (see the crate docs).
///
/// `operation_json` is the JSON form read by [`plivo::Operation::from_json`]:
/// `{"operation": "<seed name>", "params": {...}}`, except that files (the `file` field of
/// `uploadMedia`) are accepted only as `{"filename", "contentType"?, "base64"}`: a local path
/// is refused (`invalid_input` naming the field), as [`plivo::JsonOptions::new`] does. A C
/// program with a file on disk reads it and passes its content; there is no opt-in.
///
/// On success: `{"status": <HTTP status>, "body": <Plivo's JSON answer, or null when empty>}`.
/// On failure: `{"error": {"kind": ..., "message": ..., "status": ..., "api_id": ...,
/// "field": ..., "attempts": ..., "may_have_been_sent": ...}}`.
///
/// The answer is freed by the caller with [`plivo_string_free`]. It is null only if not even
/// an error document could be made after a panic.
///
/// # Safety
///
/// `client` is null or a live handle from [`plivo_client_new`] (it may be in use by other
/// threads, but must not be freed while this call runs). `operation_json` is null or points to
/// a NUL-terminated string that stays valid and unmodified until the function returns.
// SAFETY: the `plivo_`-prefixed name clashes with no other symbol of the program.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn plivo_call(
    client: *const PlivoClient,
    operation_json: *const c_char,
) -> *mut c_char {
    let outcome = guard(|| {
        // SAFETY: the caller guarantees `client` is null or a live handle that is not freed
        // while this call runs; only a shared reference is made, and the handle is `Sync`.
        let client = unsafe { client.as_ref() }.ok_or_else(|| null_pointer("client"))?;
        // SAFETY: the caller guarantees `operation_json` is null or a valid NUL-terminated
        // string for the duration of this call.
        let text = unsafe { required_str(operation_json, "operation_json")? };
        // Files only as base64: JSON from another process must not make this one read and
        // send a local file of its choosing.
        let operation = plivo::Operation::from_json_with(text, &plivo::JsonOptions::new())
            .map_err(|e| plivo_error(&e))?;
        let response = client.inner.call(operation).map_err(|e| plivo_error(&e))?;
        Ok(into_c_string(success_document(&response)))
    });
    match outcome {
        Ok(answer) | Err(answer) => answer,
    }
}

/// Frees a string answered by this library ([`plivo_call`]'s answers, `plivo_client_new`'s
/// error documents). A null `s` is ignored.
///
/// # Safety
///
/// `s` is null or a string from this library that was not freed yet.
// SAFETY: the `plivo_`-prefixed name clashes with no other symbol of the program.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn plivo_string_free(s: *mut c_char) {
    if s.is_null() {
        return;
    }
    // SAFETY: `s` is not null and came from `CString::into_raw` in this library, and was not
    // freed yet (guaranteed by the caller).
    let s = unsafe { CString::from_raw(s) };
    dispose(catch_unwind(AssertUnwindSafe(move || drop(s))));
}

/// Runs `f` and turns its error document into a C string; a panic becomes a `panic` error
/// document, or null when even that cannot be made.
fn guard<T>(f: impl FnOnce() -> Result<T, Value>) -> Result<T, *mut c_char> {
    match catch_unwind(AssertUnwindSafe(|| {
        f().map_err(|doc| into_c_string(doc.to_string()))
    })) {
        Ok(outcome) => outcome,
        Err(payload) => Err(panic_document(payload)),
    }
}

/// The error document for a caught panic, or null when making it panicked too.
fn panic_document(payload: Box<dyn Any + Send>) -> *mut c_char {
    let answer = catch_unwind(AssertUnwindSafe(|| {
        let what = payload
            .downcast_ref::<&str>()
            .copied()
            .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
            .unwrap_or("a panic with a non-string payload");
        let doc = error_document(
            "panic",
            &format!("plivo-ffi panicked (a bug): {what}"),
            None,
            true,
        );
        into_c_string(doc.to_string())
    }))
    .unwrap_or_else(|second| {
        dispose(Err(second));
        ptr::null_mut()
    });
    dispose(Err(payload));
    answer
}

/// Drops a panic payload without letting a panic in its `Drop` escape: a payload that panics
/// while being dropped is leaked instead.
fn dispose(outcome: std::thread::Result<()>) {
    if let Err(payload) = outcome {
        if let Err(again) = catch_unwind(AssertUnwindSafe(move || drop(payload))) {
            std::mem::forget(again);
        }
    }
}

/// Hands a document to C; the caller frees it with `plivo_string_free`.
fn into_c_string(text: String) -> *mut c_char {
    CString::new(text)
        .unwrap_or_else(|_| INTERNAL_ERROR.to_owned())
        .into_raw()
}

/// `{"status": ..., "body": ...}`, with Plivo's body as received (so that numbers keep their
/// exact text) or `null` when it was empty.
fn success_document(response: &plivo::Response) -> String {
    let raw = std::str::from_utf8(response.raw_body()).map(str::trim);
    match raw {
        // The body was checked to be one JSON value when the response was made.
        Ok(body) if !body.is_empty() => {
            format!("{{\"status\":{},\"body\":{body}}}", response.status())
        }
        Ok(_) => format!("{{\"status\":{},\"body\":null}}", response.status()),
        // Cannot happen (the body was checked to be UTF-8); the parsed value is the fallback.
        Err(_) => json!({"status": response.status(), "body": response.body()}).to_string(),
    }
}

/// An error document with every key present.
fn error_document(
    kind: &str,
    message: &str,
    field: Option<&str>,
    may_have_been_sent: bool,
) -> Value {
    json!({"error": {
        "kind": kind,
        "message": message,
        "status": null,
        "api_id": null,
        "field": field,
        "attempts": 0,
        "may_have_been_sent": may_have_been_sent,
    }})
}

/// The error document for an error of the `plivo` crate.
fn plivo_error(error: &plivo::Error) -> Value {
    let kind = match error {
        plivo::Error::Invalid(_) => "invalid_input",
        plivo::Error::Api(_) => "api",
        plivo::Error::Transport(_) => "transport",
        plivo::Error::Decode(_) => "decode",
        _ => "other",
    };
    json!({"error": {
        "kind": kind,
        "message": error.to_string(),
        "status": error.status(),
        "api_id": error.api_id(),
        "field": error.field(),
        "attempts": error.attempts(),
        "may_have_been_sent": error.may_have_been_sent(),
    }})
}

fn null_pointer(field: &'static str) -> Value {
    error_document(
        "null_pointer",
        &format!("`{field}` is a null pointer"),
        Some(field),
        false,
    )
}

/// Reads a string argument that must not be null.
///
/// # Safety
///
/// `ptr` is null or points to a NUL-terminated string that stays valid and unmodified for the
/// lifetime `'a`.
unsafe fn required_str<'a>(ptr: *const c_char, field: &'static str) -> Result<&'a str, Value> {
    // SAFETY: forwarded from this function's own contract.
    unsafe { optional_str(ptr, field) }?.ok_or_else(|| null_pointer(field))
}

/// Reads a string argument that may be null.
///
/// # Safety
///
/// As [`required_str`].
unsafe fn optional_str<'a>(
    ptr: *const c_char,
    field: &'static str,
) -> Result<Option<&'a str>, Value> {
    if ptr.is_null() {
        return Ok(None);
    }
    // SAFETY: `ptr` is not null, and the caller guarantees it points to a NUL-terminated string
    // that stays valid and unmodified for `'a`.
    let text = unsafe { CStr::from_ptr(ptr) };
    text.to_str().map(Some).map_err(|e| {
        error_document(
            "invalid_utf8",
            &format!("`{field}` is not valid UTF-8: {e}"),
            Some(field),
            false,
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads and frees a document made by this library.
    fn take(answer: *mut c_char) -> Value {
        assert!(!answer.is_null());
        // SAFETY: `answer` is a live string made by `into_c_string`.
        let text = unsafe { CStr::from_ptr(answer) }
            .to_str()
            .expect("UTF-8")
            .to_owned();
        // SAFETY: made by this library, freed exactly once here.
        unsafe { plivo_string_free(answer) };
        serde_json::from_str(&text).expect("one JSON document")
    }

    #[test]
    fn a_panic_becomes_an_error_document() {
        let outcome: Result<(), _> = guard(|| panic!("boom {}", 42));
        let doc = take(outcome.expect_err("an error"));
        assert_eq!(doc["error"]["kind"], "panic");
        assert!(
            doc["error"]["message"]
                .as_str()
                .is_some_and(|m| m.contains("boom 42")),
            "{doc}"
        );
        assert_eq!(doc["error"]["may_have_been_sent"], true);

        let outcome: Result<(), _> = guard(|| std::panic::panic_any(7_u32));
        let doc = take(outcome.expect_err("an error"));
        assert_eq!(doc["error"]["kind"], "panic");
    }

    #[test]
    fn a_panicking_payload_drop_is_contained() {
        struct Bomb;
        impl Drop for Bomb {
            fn drop(&mut self) {
                panic!("dropping the payload");
            }
        }
        let outcome: Result<(), _> = guard(|| std::panic::panic_any(Bomb));
        let doc = take(outcome.expect_err("an error"));
        assert_eq!(doc["error"]["kind"], "panic");
    }

    #[test]
    fn a_nul_byte_gives_the_internal_document() {
        let doc = take(into_c_string("a\0b".to_owned()));
        assert_eq!(doc["error"]["kind"], "internal");
    }

    #[test]
    fn error_documents_have_every_key() {
        for doc in [null_pointer("client"), plivo_error(&bad_client())] {
            let error = doc["error"].as_object().expect("an object");
            for key in [
                "kind",
                "message",
                "status",
                "api_id",
                "field",
                "attempts",
                "may_have_been_sent",
            ] {
                assert!(error.contains_key(key), "{key} missing from {doc}");
            }
        }
    }

    fn bad_client() -> plivo::Error {
        plivo::Client::new("nope", "token").expect_err("a bad auth id")
    }
}
