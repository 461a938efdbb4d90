//! `Operation::from_json` on arbitrary text.
//!
//! Invariants checked when it returns `Ok(op)` (all hold by design, see README.md):
//! - `op.to_json()` reads back with `from_json` to an equal operation (exactly, floats
//!   inside object fields included; see `plivo_fuzz::STRICT_FLOATS`);
//! - the serde `Deserialize` impl agrees with `from_json`;
//! - `Client::prepare(op)` succeeds (`from_json` validated it, and `prepare` fails only on
//!   validation), with the documented request shape: the method of the table, a path with
//!   exactly the template's segments (values cannot add, remove or walk up a segment), a URL
//!   without spaces, control characters or a fragment, and a JSON object body for `POST`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plivo::Operation;
use plivo_fuzz::{STRICT_FLOATS, client, has_float, is_float_overflow, same_but_float_noise};

const ACCOUNT_BASE: &str = "https://api.plivo.com/v1/Account/MAXXXXXXXXXXXXXXXXXX/";

fuzz_target!(|data: &[u8]| {
    // Non-UTF-8 input cannot be a `&str`; serde_json would reject it anyway.
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let parsed = Operation::from_json(text);

    // The serde impl is `from_value` on the same parsed JSON: same verdict, same operation.
    let via_serde = serde_json::from_str::<Operation>(text);
    match (&parsed, &via_serde) {
        (Ok(a), Ok(b)) => assert_eq!(a, b, "from_json and Deserialize disagree"),
        (Err(_), Err(_)) => {}
        _ => panic!(
            "from_json and Deserialize disagree: {:?} vs {:?}",
            parsed.as_ref().err().map(ToString::to_string),
            via_serde.as_ref().err().map(ToString::to_string)
        ),
    }

    let Ok(op) = parsed else {
        return;
    };

    // 1. The JSON form round-trips.
    let json = op.to_json();
    let original = op.to_value();
    let floats_tolerated = !STRICT_FLOATS && has_float(&original);
    match Operation::from_json(&json) {
        Ok(back) => {
            if back != op {
                let again = back.to_value();
                assert!(
                    floats_tolerated
                        && back.kind() == op.kind()
                        && same_but_float_noise(&original, &again),
                    "to_json did not read back to the same operation\n input: {text}\n  json: {json}\n  back: {again}\n{op:?}\n{back:?}"
                );
            }
        }
        Err(e) => {
            let e = e.to_string();
            assert!(
                floats_tolerated && is_float_overflow(&e),
                "to_json output was rejected by from_json: {e}\n input: {text}\n  json: {json}"
            );
        }
    }

    // 2. A validated operation always builds a request.
    let request = match client().prepare(op.clone()) {
        Ok(r) => r,
        Err(e) => panic!("prepare failed on a validated operation: {e}\n input: {text}\n{op:?}"),
    };
    let kind = op.kind();
    assert_eq!(request.method(), kind.method(), "method of {}", kind.name());

    let url = request.url();
    assert!(
        url.chars().all(|c| c.is_ascii_graphic()) && !url.contains('#'),
        "URL with a space, control character, non-ASCII character or fragment: {url:?}"
    );
    let rest = url
        .strip_prefix(ACCOUNT_BASE)
        .unwrap_or_else(|| panic!("URL outside the account base: {url:?}"));
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    let (template, fixed_query) = kind.path().split_once('?').unwrap_or((kind.path(), ""));
    assert_eq!(
        path.matches('/').count(),
        template.matches('/').count(),
        "path {path:?} does not have the segments of {template:?}"
    );
    assert!(
        !path.contains('.'),
        "unescaped `.` in path {path:?} (template {template:?})"
    );
    assert!(
        query.starts_with(fixed_query),
        "query {query:?} lost the fixed query {fixed_query:?}"
    );

    match request.method() {
        "GET" => assert_eq!(request.body(), None, "GET with a body"),
        "POST" => {
            let body = request
                .body()
                .unwrap_or_else(|| panic!("POST without a body: {url}"));
            let value: serde_json::Value = serde_json::from_str(body)
                .unwrap_or_else(|e| panic!("body is not JSON ({e}): {body:?}"));
            assert!(value.is_object(), "body is not a JSON object: {body:?}");
        }
        _ => {
            if let Some(body) = request.body() {
                let value: serde_json::Value = serde_json::from_str(body)
                    .unwrap_or_else(|e| panic!("body is not JSON ({e}): {body:?}"));
                assert!(value.is_object(), "body is not a JSON object: {body:?}");
            }
        }
    }
});
