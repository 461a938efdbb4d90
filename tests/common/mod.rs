//! Shared test harness: a mockito server that accepts exactly one request shape, and helpers
//! that send an operation both ways (typed and JSON form) and check what arrived.
#![allow(dead_code)]

pub mod multipart;
pub mod sandbox;

use base64::Engine as _;
use mockito::{Matcher, Server};
use plivo::{Client, Error, Operation};
use serde_json::Value;

pub const AUTH_ID: &str = "MAXXXXXXXXXXXXXXXXXX";
pub const TOKEN: &str = "s3cr3t-t0ken-that-must-never-print";

/// The request an operation must produce.
pub struct Expect {
    /// `GET`, `POST`, `PATCH` or `DELETE`.
    pub method: &'static str,
    /// Path after `/v1/Account/{auth_id}/`, exactly as sent (percent-encoded), e.g. `Call/abc/Play/`.
    pub path: &'static str,
    /// Query pairs, decoded; compared as a set, and nothing else may be there.
    pub query: Vec<(&'static str, &'static str)>,
    /// Exact JSON body, or `None` when no body may be sent.
    pub body: Option<Value>,
    /// Status the mock answers with.
    pub status: u16,
    /// A service other than the main API: the path is below `/v1/`, not the account.
    pub below_v1: bool,
}

impl Expect {
    pub fn get(path: &'static str) -> Self {
        Expect {
            method: "GET",
            path,
            query: vec![],
            body: None,
            status: 200,
            below_v1: false,
        }
    }
    pub fn post(path: &'static str, body: Value) -> Self {
        Expect {
            method: "POST",
            path,
            query: vec![],
            body: Some(body),
            status: 202,
            below_v1: false,
        }
    }
    pub fn delete(path: &'static str) -> Self {
        Expect {
            method: "DELETE",
            path,
            query: vec![],
            body: None,
            status: 204,
            below_v1: false,
        }
    }
    pub fn query(mut self, pairs: &[(&'static str, &'static str)]) -> Self {
        self.query = pairs.to_vec();
        self
    }
    pub fn body(mut self, body: Value) -> Self {
        self.body = Some(body);
        self
    }
    pub fn status(mut self, status: u16) -> Self {
        self.status = status;
        self
    }
    /// For the lookup, stats and PHLO services: the path is below `/v1/`.
    pub fn below_v1(mut self) -> Self {
        self.below_v1 = true;
        self
    }
}

/// A client for the mock: no proxy, and no retries, so that every test sees exactly the
/// requests it expects (the retry tests build their own clients).
pub fn client_for(server: &Server) -> Client {
    Client::builder()
        .retry_policy(plivo::RetryPolicy::none())
        .auth_id(AUTH_ID)
        .auth_token(TOKEN)
        .base_url(server.url())
        .no_proxy()
        .build()
        .expect("client builds")
}

pub fn basic_auth() -> String {
    let raw = format!("{AUTH_ID}:{TOKEN}");
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(raw)
    )
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).expect("ascii");
            out.push(u8::from_str_radix(hex, 16).expect("hex escape"));
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).expect("utf-8 query")
}

fn decoded_pairs(query: &str) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (percent_decode(k), percent_decode(v))
        })
        .collect();
    pairs.sort();
    pairs
}

/// Mounts a mock that matches only `expect` (method, exact path, exact query set, Basic auth,
/// Accept, User-Agent, Content-Type present iff a body, exact JSON body) and answers with
/// `expect.status`. Anything else gets mockito's 501, which the client reports as an error.
pub fn mount(server: &mut Server, expect: &Expect, hits: usize) -> mockito::Mock {
    let answer = if expect.status == 204 {
        String::new()
    } else {
        r#"{"api_id":"11111111-2222-3333-4444-555555555555","message":"ok"}"#.to_owned()
    };
    mount_answering(server, expect, hits, answer)
}

/// Sends `op` through `client.send` to a mock that matches only `expect` (as [`mount`]) and
/// answers `answer`; returns the decoded model.
pub fn send_answered<T: plivo::Typed>(op: T, expect: &Expect, answer: &Value) -> T::Output {
    let mut server = Server::new();
    let mock = mount_answering(&mut server, expect, 1, answer.to_string());
    let model = client_for(&server)
        .send(op)
        .unwrap_or_else(|e| panic!("call failed: {e}"));
    mock.assert();
    model
}

/// [`mount`] with the body to answer.
pub fn mount_answering(
    server: &mut Server,
    expect: &Expect,
    hits: usize,
    answer: String,
) -> mockito::Mock {
    let full_path = if expect.below_v1 {
        format!("/v1/{}", expect.path)
    } else {
        format!("/v1/Account/{AUTH_ID}/{}", expect.path)
    };
    let mut want: Vec<(String, String)> = expect
        .query
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    want.sort();
    let mut mock = server
        .mock(expect.method, Matcher::Any)
        .match_request(move |req| {
            let pq = req.path_and_query();
            let (path, query) = pq.split_once('?').unwrap_or((pq, ""));
            path == full_path && decoded_pairs(query) == want
        })
        .match_header("authorization", basic_auth().as_str())
        .match_header("accept", "application/json")
        .match_header(
            "user-agent",
            Matcher::Regex(r"^plivo-rust/\d+\.\d+\.\d+ \(Rust\)$".into()),
        );
    mock = match &expect.body {
        Some(body) => mock
            .match_header("content-type", "application/json")
            .match_body(Matcher::Json(body.clone())),
        None => mock
            .match_header("content-type", Matcher::Missing)
            .match_body(""),
    };
    mock.with_status(usize::from(expect.status))
        .with_header("content-type", "application/json")
        .with_body(answer)
        .expect(hits)
        .create()
}

/// Sends the typed operation and the JSON form; both must produce exactly `expect`, and the
/// JSON form must parse to the same operation as the typed one.
pub fn assert_both(typed: impl Into<Operation>, json: Value, expect: Expect) {
    let typed = typed.into();
    let from_json =
        Operation::from_value(&json).unwrap_or_else(|e| panic!("JSON form rejected: {e}"));
    assert_eq!(from_json, typed, "JSON form and typed form differ");

    let mut server = Server::new();
    let mock = mount(&mut server, &expect, 2);
    let client = client_for(&server);
    for op in [typed, from_json] {
        let resp = client
            .call(op)
            .unwrap_or_else(|e| panic!("call failed: {e}"));
        assert_eq!(resp.status(), expect.status);
        if expect.status == 204 {
            assert_eq!(resp.body(), &Value::Null);
        } else {
            assert_eq!(resp.api_id(), Some("11111111-2222-3333-4444-555555555555"));
        }
    }
    mock.assert();
}

/// The call must fail with `Error::Invalid` naming `field`, and nothing may reach the server.
pub fn assert_invalid(op: impl Into<Operation>, field: &str) {
    let mut server = Server::new();
    let mocks: Vec<mockito::Mock> = ["GET", "POST", "PATCH", "DELETE"]
        .into_iter()
        .map(|m| server.mock(m, Matcher::Any).expect(0).create())
        .collect();
    let err = client_for(&server)
        .call(op)
        .expect_err("invalid input must be rejected");
    assert!(
        matches!(err, Error::Invalid(_)),
        "expected Error::Invalid, got {err:?}"
    );
    assert_eq!(err.field(), Some(field), "wrong field named in: {err}");
    assert!(
        err.to_string().contains(field),
        "message does not name the field: {err}"
    );
    for mock in mocks {
        mock.assert();
    }
}

/// Decodes a recorded answer into its model and writes it back: nothing may be lost, unknown
/// fields included.
pub fn decodes_losslessly<T: serde::de::DeserializeOwned + serde::Serialize>(text: &str) -> T {
    let model: T = serde_json::from_str(text).expect("decodes");
    let back = serde_json::to_value(&model).expect("serializes");
    assert_eq!(back, serde_json::from_str::<Value>(text).expect("JSON"));
    model
}

/// As [`decodes_losslessly`], `null`s aside: a model reads `null` as absent and leaves it out
/// when written back.
pub fn decodes_losslessly_but_nulls<T: serde::de::DeserializeOwned + serde::Serialize>(
    text: &str,
) -> T {
    let model: T = serde_json::from_str(text).expect("decodes");
    let back = serde_json::to_value(&model).expect("serializes");
    let recorded: Value = serde_json::from_str(text).expect("JSON");
    assert_eq!(without_nulls(&back), without_nulls(&recorded));
    model
}

/// The JSON form must be rejected, naming `field`.
pub fn assert_invalid_json(json: Value, field: &str) {
    let err = Operation::from_value(&json).expect_err("invalid JSON form must be rejected");
    assert!(
        matches!(err, Error::Invalid(_)),
        "expected Error::Invalid, got {err:?}"
    );
    assert_eq!(err.field(), Some(field), "wrong field named in: {err}");
}

/// Mounts a GET of exactly `/v1/Account/{AUTH_ID}/{path}` with exactly the query pairs
/// `query` (decoded, in any order) and the client's Basic auth, answered once with `body`.
pub fn mount_page(
    server: &mut Server,
    path: &str,
    query: &[(&str, String)],
    body: String,
) -> mockito::Mock {
    let full_path = format!("/v1/Account/{AUTH_ID}/{path}");
    let mut want: Vec<(String, String)> = query
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect();
    want.sort();
    server
        .mock("GET", Matcher::Any)
        .match_request(move |req| {
            let pq = req.path_and_query();
            let (path, query) = pq.split_once('?').unwrap_or((pq, ""));
            path == full_path && decoded_pairs(query) == want
        })
        .match_header("authorization", basic_auth().as_str())
        .with_status(200)
        .with_header("content-type", "application/json")
        .with_body(body)
        .expect(1)
        .create()
}

/// A mock for anything else: answers 418, and its `assert()` fails if it was ever hit.
/// Create it after the expected mocks.
pub fn mount_stray(server: &mut Server) -> Vec<mockito::Mock> {
    ["GET", "POST", "PATCH", "DELETE"]
        .into_iter()
        .map(|method| {
            server
                .mock(method, Matcher::Any)
                .with_status(418)
                .with_body(r#"{"error": "unexpected request"}"#)
                .expect(0)
                .create()
        })
        .collect()
}

/// `value` without its `null` members (recursively): what a model writes back, since it leaves
/// out what is `None`.
pub fn without_nulls(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k.clone(), without_nulls(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(without_nulls).collect()),
        other => other.clone(),
    }
}

/// A directory of its own for one test's files (`group` and `name` keep tests apart).
pub fn temp_dir(group: &str, name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("plivo-{group}-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// The example `name` as a process, with no proxy. `cargo test` (the README's command) builds
/// the examples next to the test binaries, in `target/<profile>/examples/`; `cargo test --test
/// <file>` alone does not, so build the example first (`cargo build --all-features --example
/// <name>`) when running one file by itself.
pub fn example(name: &str) -> std::process::Command {
    let mut path = std::env::current_exe().expect("test binary path");
    path.pop();
    if path.ends_with("deps") {
        path.pop();
    }
    path.push("examples");
    path.push(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    assert!(
        path.exists(),
        "{} is missing: cargo test builds it",
        path.display()
    );
    let mut command = std::process::Command::new(path);
    command.env("NO_PROXY", "*").env("no_proxy", "*");
    command
}

/// Runs the example `name` (see [`example`]) against its own sandbox (without the
/// environment's Plivo credentials, which an example may otherwise use), asserts it exits 0
/// with nothing on stderr, and returns what it printed.
pub fn run_example_ok(name: &str) -> String {
    let mut command = example(name);
    for key in ["PLIVO_AUTH_ID", "PLIVO_AUTH_TOKEN", "PLIVO_BASE_URL"] {
        command.env_remove(key);
    }
    let out = command.output().expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "{name}: exit {:?}\n{stdout}\n{stderr}",
        out.status
    );
    assert!(stderr.is_empty(), "{name}: {stderr}");
    stdout
}
