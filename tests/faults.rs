//! Fault injection: a tiny misbehaving HTTP server on loopback, one scripted behaviour per
//! request, and one test per fault checking the error kind, the retry decision (how many
//! requests the server saw) and that nothing panics.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use plivo::ops::{GetAccountDetails, SendMessage};
use plivo::{CallOptions, Client, Error, RetryPolicy, TransportKind};
use serde_json::Value;

const AUTH_ID: &str = "MAXXXXXXXXXXXXXXXXXX";
const TOKEN: &str = "s3cr3t-t0ken-that-must-never-print";

/// The client's response timeout in these tests.
const TIMEOUT: Duration = Duration::from_millis(300);

/// The server thread gives up after this long, whatever its script says.
const SERVER_LIFETIME: Duration = Duration::from_secs(8);

// ---------------------------------------------------------------------------------------------
// The test double
// ---------------------------------------------------------------------------------------------

/// What the server does with one request.
enum Step {
    /// Reads the request, writes these bytes, closes.
    Reply(Vec<u8>),
    /// Reads the request, closes without writing a byte.
    Close,
    /// Reads one byte of the request and closes with the rest unread: the kernel answers with
    /// a TCP reset instead of a clean close.
    Reset,
    /// Reads the request, writes nothing for this long (or until the test ends), closes.
    Hang(Duration),
    /// Reads the request, writes these bytes, then nothing for this long, closes.
    Stall(Vec<u8>, Duration),
    /// Reads the request, writes nothing for this long, then these bytes, closes.
    Late(Duration, Vec<u8>),
}

/// A whole answer: status line, `Content-Length`, `Connection: close`, extra header lines
/// (each ending in `\r\n`), body.
fn reply(status: &str, headers: &str, body: &[u8]) -> Step {
    let mut out = format!(
        "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n{headers}\r\n",
        body.len()
    )
    .into_bytes();
    out.extend_from_slice(body);
    Step::Reply(out)
}

fn json(status: &str, body: &str) -> Step {
    reply(
        status,
        "Content-Type: application/json\r\n",
        body.as_bytes(),
    )
}

fn ok_json() -> Step {
    json(
        "200 OK",
        r#"{"api_id":"aaaa-bbbb","account_type":"standard"}"#,
    )
}

/// A server on 127.0.0.1 following `script`, one step per request in order; requests past
/// the script get a 500 (and are counted), so that an unexpected retry shows in `hits`.
struct Server {
    port: u16,
    hits: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Server {
    fn start(script: Vec<Step>) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.set_nonblocking(true).expect("nonblocking");
        let port = listener.local_addr().expect("addr").port();
        let hits = Arc::new(AtomicUsize::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        let (h, s) = (hits.clone(), stop.clone());
        let thread = std::thread::spawn(move || serve(listener, script, &h, &s));
        Server {
            port,
            hits,
            stop,
            thread: Some(thread),
        }
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Requests seen so far (counted before the server answers, so final once a call returned).
    fn hits(&self) -> usize {
        self.hits.load(Ordering::SeqCst)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn serve(listener: TcpListener, script: Vec<Step>, hits: &AtomicUsize, stop: &AtomicBool) {
    let deadline = Instant::now() + SERVER_LIFETIME;
    let mut script = script.into_iter();
    while !stop.load(Ordering::SeqCst) && Instant::now() < deadline {
        let mut stream = match listener.accept() {
            Ok((stream, _)) => stream,
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                std::thread::sleep(Duration::from_millis(2));
                continue;
            }
            Err(_) => return,
        };
        let _ = stream.set_nonblocking(false);
        let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
        let step = script
            .next()
            .unwrap_or_else(|| json("500 Internal Server Error", r#"{"error":"unscripted"}"#));
        if let Step::Reset = step {
            let mut one = [0u8; 1];
            if matches!(stream.read(&mut one), Ok(1)) {
                hits.fetch_add(1, Ordering::SeqCst);
            }
            drop(stream);
            continue;
        }
        if !read_request(&mut stream) {
            continue;
        }
        hits.fetch_add(1, Ordering::SeqCst);
        match step {
            Step::Reply(bytes) => {
                let _ = stream.write_all(&bytes);
                let _ = stream.flush();
            }
            Step::Hang(how_long) => pause(how_long, stop),
            Step::Stall(bytes, how_long) => {
                let _ = stream.write_all(&bytes);
                let _ = stream.flush();
                pause(how_long, stop);
            }
            Step::Late(how_long, bytes) => {
                pause(how_long, stop);
                let _ = stream.write_all(&bytes);
                let _ = stream.flush();
            }
            Step::Close | Step::Reset => {}
        }
        drop(stream);
    }
}

/// Sleeps for `how_long`, or less when the test ends first.
fn pause(how_long: Duration, stop: &AtomicBool) {
    let until = Instant::now() + how_long;
    while Instant::now() < until && !stop.load(Ordering::SeqCst) {
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Reads the head (to the blank line) and a `Content-Length` body; false when the peer went
/// away first.
fn read_request(stream: &mut TcpStream) -> bool {
    let mut data = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        if let Some(i) = data.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        match stream.read(&mut chunk) {
            Ok(0) | Err(_) => return false,
            Ok(n) => data.extend_from_slice(&chunk[..n]),
        }
    };
    let head = String::from_utf8_lossy(&data[..head_end]).to_ascii_lowercase();
    let length: usize = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0);
    while data.len() < head_end + length {
        match stream.read(&mut chunk) {
            Ok(0) | Err(_) => return false,
            Ok(n) => data.extend_from_slice(&chunk[..n]),
        }
    }
    true
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// Three attempts, with delays short enough to keep the suite fast.
fn fast_retries() -> RetryPolicy {
    RetryPolicy::default()
        .base_delay(Duration::from_millis(10))
        .max_delay(Duration::from_millis(50))
}

/// A builder for the test server: credentials, its URL, no proxy.
fn builder(url: String) -> plivo::ClientBuilder {
    Client::builder()
        .auth_id(AUTH_ID)
        .auth_token(TOKEN)
        .base_url(url)
        .no_proxy()
}

fn client(url: String, policy: RetryPolicy) -> Client {
    builder(url)
        .connect_timeout(TIMEOUT)
        .response_timeout(TIMEOUT)
        .retry_policy(policy)
        .build()
        .expect("client builds")
}

fn get() -> GetAccountDetails {
    GetAccountDetails::new()
}

fn post() -> SendMessage {
    SendMessage::new("14155550100", "14155550101", "hi")
}

/// Formats the error both ways (neither may panic) and checks the token never shows.
fn shown(err: &Error) -> String {
    let display = err.to_string();
    let debug = format!("{err:?}");
    assert!(!display.is_empty() && !debug.is_empty());
    assert!(
        !display.contains(TOKEN) && !debug.contains(TOKEN),
        "{debug}"
    );
    display
}

fn transport_kind(err: &Error) -> TransportKind {
    match err {
        Error::Transport(e) => e.kind,
        other => panic!("expected a transport error, got {other:?}"),
    }
}

fn api(err: &Error) -> &plivo::ApiError {
    match err {
        Error::Api(e) => e,
        other => panic!("expected Error::Api, got {other:?}"),
    }
}

// ---------------------------------------------------------------------------------------------
// 1. Connection refused
// ---------------------------------------------------------------------------------------------

#[test]
fn connection_refused_is_retried_for_get_and_post() {
    let port = {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.local_addr().expect("addr").port()
    };
    let client = client(format!("http://127.0.0.1:{port}"), fast_retries());

    let err = client.call(get()).expect_err("nothing listens");
    shown(&err);
    assert_eq!(transport_kind(&err), TransportKind::Connect, "{err:?}");
    assert_eq!(err.attempts(), 3);
    assert!(!err.may_have_been_sent());
    assert!(shown(&err).contains("after 3 attempts"), "{err}");

    // A POST that never left the machine is retried too.
    let err = client.call(post()).expect_err("nothing listens");
    shown(&err);
    assert_eq!(transport_kind(&err), TransportKind::Connect, "{err:?}");
    assert_eq!(err.attempts(), 3);
    assert!(!err.may_have_been_sent());
    assert!(!err.is_timeout());
}

// ---------------------------------------------------------------------------------------------
// 2. Connection closed (or reset) before the status line
// ---------------------------------------------------------------------------------------------

#[test]
fn close_before_status_line_retries_get_only() {
    let server = Server::start(vec![Step::Close, Step::Close, Step::Close]);
    let err = client(server.url(), fast_retries())
        .call(get())
        .expect_err("no answer");
    shown(&err);
    assert_eq!(transport_kind(&err), TransportKind::Io, "{err:?}");
    assert_eq!(err.attempts(), 3);
    assert_eq!(server.hits(), 3);
    assert!(err.may_have_been_sent());

    let server = Server::start(vec![Step::Close]);
    let err = client(server.url(), fast_retries())
        .call(post())
        .expect_err("no answer");
    shown(&err);
    assert_eq!(transport_kind(&err), TransportKind::Io, "{err:?}");
    assert_eq!(
        server.hits(),
        1,
        "a POST that may have arrived is not repeated"
    );
    assert_eq!(err.attempts(), 1);
    assert!(err.may_have_been_sent());
}

#[test]
fn reset_before_status_line_retries_get_only() {
    let server = Server::start(vec![Step::Reset, Step::Reset, Step::Reset]);
    let err = client(server.url(), fast_retries())
        .call(get())
        .expect_err("no answer");
    shown(&err);
    assert_eq!(transport_kind(&err), TransportKind::Io, "{err:?}");
    assert_eq!(err.attempts(), 3);
    assert_eq!(server.hits(), 3);
    assert!(err.may_have_been_sent());

    let server = Server::start(vec![Step::Reset]);
    let err = client(server.url(), fast_retries())
        .call(post())
        .expect_err("no answer");
    shown(&err);
    assert_eq!(transport_kind(&err), TransportKind::Io, "{err:?}");
    assert_eq!(server.hits(), 1);
    assert_eq!(err.attempts(), 1);
    assert!(err.may_have_been_sent());
}

#[test]
fn garbage_instead_of_http_is_a_protocol_error_never_retried() {
    let server = Server::start(vec![Step::Reply(b"SMTP READY\r\n\r\n".to_vec()), ok_json()]);
    let err = client(server.url(), fast_retries())
        .call(get())
        .expect_err("not HTTP");
    let shown = shown(&err);
    assert_eq!(transport_kind(&err), TransportKind::Protocol, "{err:?}");
    assert_eq!(server.hits(), 1, "a broken answer is not asked for again");
    assert_eq!(err.attempts(), 1);
    assert!(err.may_have_been_sent());
    assert!(shown.contains("not valid HTTP"), "{shown}");
    assert!(shown.contains("may have reached Plivo"), "{shown}");
}

#[test]
fn a_header_line_of_200_kib_is_a_protocol_error_never_retried() {
    let mut raw = b"HTTP/1.1 200 OK\r\nX-Huge: ".to_vec();
    raw.extend(std::iter::repeat_n(b'a', 200 * 1024));
    raw.extend_from_slice(b"\r\nContent-Length: 2\r\n\r\n{}");
    let server = Server::start(vec![Step::Reply(raw.clone()), Step::Reply(raw), ok_json()]);
    let err = client(server.url(), fast_retries())
        .call(get())
        .expect_err("header too large");
    shown(&err);
    assert_eq!(transport_kind(&err), TransportKind::Protocol, "{err:?}");
    assert_eq!(server.hits(), 1);
    assert!(err.may_have_been_sent());
}

#[test]
fn a_broken_status_line_is_a_protocol_error() {
    let server = Server::start(vec![Step::Reply(
        b"HTTP/1.1 OK 200\r\nContent-Length: 2\r\n\r\n{}".to_vec(),
    )]);
    let err = client(server.url(), fast_retries())
        .call(post())
        .expect_err("broken status line");
    shown(&err);
    assert_eq!(transport_kind(&err), TransportKind::Protocol, "{err:?}");
    assert_eq!(server.hits(), 1);
}

// ---------------------------------------------------------------------------------------------
// 3. Connection closed in the middle of the body
// ---------------------------------------------------------------------------------------------

fn truncated() -> Step {
    let mut out = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\nConnection: close\r\n\r\n".to_vec();
    out.extend_from_slice(br#"{"api_id":"#);
    Step::Reply(out)
}

#[test]
fn close_in_the_middle_of_the_body() {
    let server = Server::start(vec![truncated()]);
    let err = client(server.url(), RetryPolicy::none())
        .call(get())
        .expect_err("body cut short");
    shown(&err);
    assert_eq!(transport_kind(&err), TransportKind::Io, "{err:?}");
    assert_eq!(server.hits(), 1);
    assert!(err.may_have_been_sent());

    // Retried for a GET (the connection broke), not for a POST.
    let server = Server::start(vec![truncated(), truncated(), ok_json()]);
    let resp = client(server.url(), fast_retries())
        .call(get())
        .expect("third attempt succeeds");
    assert_eq!(resp.status(), 200);
    assert_eq!(server.hits(), 3);

    let server = Server::start(vec![truncated()]);
    let err = client(server.url(), fast_retries())
        .call(post())
        .expect_err("body cut short");
    shown(&err);
    assert_eq!(transport_kind(&err), TransportKind::Io, "{err:?}");
    assert_eq!(server.hits(), 1);
    assert_eq!(err.attempts(), 1);
}

// ---------------------------------------------------------------------------------------------
// 4. Headers that never come
// ---------------------------------------------------------------------------------------------

#[test]
fn headers_that_never_come_time_out() {
    let server = Server::start(vec![Step::Hang(Duration::from_secs(5))]);
    let started = Instant::now();
    let err = client(server.url(), RetryPolicy::none())
        .call(get())
        .expect_err("must time out");
    let elapsed = started.elapsed();
    shown(&err);
    assert!(err.is_timeout(), "{err:?}");
    assert_eq!(transport_kind(&err), TransportKind::Timeout);
    assert!(
        elapsed < TIMEOUT * 3 + Duration::from_secs(1),
        "took {elapsed:?}"
    );
    assert_eq!(server.hits(), 1);
    assert_eq!(err.attempts(), 1);
    assert!(err.may_have_been_sent());
}

#[test]
fn body_that_stalls_times_out() {
    // The head and one byte of the body arrive, then nothing: the client must give up.
    let head = b"HTTP/1.1 200 OK\r\nContent-Length: 50\r\nConnection: close\r\n\r\n{".to_vec();
    let server = Server::start(vec![Step::Stall(head, Duration::from_secs(5))]);
    let started = Instant::now();
    let err = client(server.url(), RetryPolicy::none())
        .call(get())
        .expect_err("must time out");
    let elapsed = started.elapsed();
    shown(&err);
    assert!(err.is_timeout(), "{err:?}");
    assert!(
        elapsed < TIMEOUT * 3 + Duration::from_secs(1),
        "took {elapsed:?}"
    );
    assert_eq!(server.hits(), 1);
}

// ---------------------------------------------------------------------------------------------
// 5, 6. 503
// ---------------------------------------------------------------------------------------------

fn unavailable() -> Step {
    json(
        "503 Service Unavailable",
        r#"{"api_id":"503-id","error":"try later"}"#,
    )
}

#[test]
fn get_503_then_200_succeeds() {
    let server = Server::start(vec![unavailable(), ok_json()]);
    let resp = client(server.url(), fast_retries())
        .call(get())
        .expect("retried into success");
    assert_eq!(resp.status(), 200);
    assert_eq!(resp.api_id(), Some("aaaa-bbbb"));
    assert_eq!(server.hits(), 2);
}

#[test]
fn get_503_every_time_gives_up_after_the_policy() {
    let server = Server::start(vec![unavailable(), unavailable(), unavailable()]);
    let err = client(server.url(), fast_retries())
        .call(get())
        .expect_err("always 503");
    let text = shown(&err);
    assert_eq!(api(&err).status, 503);
    assert_eq!(err.attempts(), 3);
    assert!(text.contains("after 3 attempts"), "{text}");
    assert_eq!(server.hits(), 3);
}

#[test]
fn post_503_is_not_retried() {
    let server = Server::start(vec![unavailable(), ok_json()]);
    let err = client(server.url(), fast_retries())
        .call(post())
        .expect_err("503");
    let text = shown(&err);
    let e = api(&err);
    assert_eq!(e.status, 503);
    assert_eq!(e.api_id.as_deref(), Some("503-id"));
    assert_eq!(e.message, "try later");
    assert_eq!(e.method, "POST");
    assert!(err.is_server_error());
    assert!(err.may_have_been_sent());
    assert_eq!(err.attempts(), 1);
    assert!(!text.contains("attempts"), "{text}");
    assert_eq!(server.hits(), 1);
}

// ---------------------------------------------------------------------------------------------
// 7. 429 and Retry-After
// ---------------------------------------------------------------------------------------------

#[test]
fn get_429_waits_for_retry_after() {
    let server = Server::start(vec![
        reply(
            "429 Too Many Requests",
            "Retry-After: 1\r\nContent-Type: application/json\r\n",
            br#"{"error":"slow down"}"#,
        ),
        ok_json(),
    ]);
    let started = Instant::now();
    let resp = client(server.url(), fast_retries())
        .call(get())
        .expect("retried after waiting");
    let elapsed = started.elapsed();
    assert_eq!(resp.status(), 200);
    assert!(
        elapsed >= Duration::from_millis(900),
        "waited only {elapsed:?}"
    );
    assert!(elapsed < Duration::from_secs(4), "took {elapsed:?}");
    assert_eq!(server.hits(), 2);
}

#[test]
fn get_429_with_too_long_retry_after_returns_at_once() {
    let server = Server::start(vec![
        reply(
            "429 Too Many Requests",
            "Retry-After: 120\r\nContent-Type: application/json\r\n",
            br#"{"error":"slow down"}"#,
        ),
        ok_json(),
    ]);
    let policy = fast_retries().max_retry_after(Duration::from_secs(5));
    let started = Instant::now();
    let err = client(server.url(), policy)
        .call(get())
        .expect_err("not waited for");
    let elapsed = started.elapsed();
    shown(&err);
    assert!(err.is_rate_limited(), "{err:?}");
    assert_eq!(err.retry_after(), Some(Duration::from_secs(120)));
    assert_eq!(err.attempts(), 1);
    assert!(elapsed < Duration::from_secs(1), "took {elapsed:?}");
    assert_eq!(server.hits(), 1);
}

#[test]
fn post_429_is_not_retried_but_keeps_retry_after() {
    let server = Server::start(vec![
        reply(
            "429 Too Many Requests",
            "Retry-After: 1\r\nContent-Type: application/json\r\n",
            br#"{"error":"slow down"}"#,
        ),
        ok_json(),
    ]);
    let err = client(server.url(), fast_retries())
        .call(post())
        .expect_err("429");
    shown(&err);
    assert!(err.is_rate_limited());
    assert_eq!(err.retry_after(), Some(Duration::from_secs(1)));
    assert_eq!(server.hits(), 1);
}

// ---------------------------------------------------------------------------------------------
// 8, 9. Bodies of a 200 that are not JSON, or empty
// ---------------------------------------------------------------------------------------------

#[test]
fn invalid_json_in_a_200_is_a_decode_error() {
    let server = Server::start(vec![json("200 OK", r#"{"api_id": "x", "#), ok_json()]);
    let err = client(server.url(), fast_retries())
        .call(get())
        .expect_err("not JSON");
    shown(&err);
    assert!(matches!(err, Error::Decode(_)), "{err:?}");
    assert_eq!(err.status(), Some(200));
    assert!(err.may_have_been_sent());
    assert_eq!(server.hits(), 1, "a decode error is not retried");
}

#[test]
fn decode_error_after_a_retry() {
    let server = Server::start(vec![unavailable(), json("200 OK", "<html>")]);
    let err = client(server.url(), fast_retries())
        .call(get())
        .expect_err("not JSON");
    shown(&err);
    assert!(matches!(err, Error::Decode(_)), "{err:?}");
    assert_eq!(server.hits(), 2);
}

/// A decode error after a retried 503 counts both attempts (it once always said 1).
#[test]
fn decode_error_after_a_retry_counts_both_attempts() {
    let server = Server::start(vec![unavailable(), json("200 OK", "<html>")]);
    let err = client(server.url(), fast_retries())
        .call(get())
        .expect_err("not JSON");
    assert_eq!(server.hits(), 2);
    assert_eq!(err.attempts(), 2, "{err}");
}

#[test]
fn empty_200_body_is_null() {
    let server = Server::start(vec![reply("200 OK", "", b"")]);
    let resp = client(server.url(), fast_retries())
        .call(get())
        .expect("empty body is fine");
    assert_eq!(resp.status(), 200);
    assert_eq!(resp.body(), &Value::Null);
    assert_eq!(resp.api_id(), None);
    assert_eq!(server.hits(), 1);
}

#[test]
fn empty_204_body_is_null() {
    let server = Server::start(vec![Step::Reply(
        b"HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n".to_vec(),
    )]);
    let resp = client(server.url(), fast_retries())
        .call(get())
        .expect("204");
    assert_eq!(resp.status(), 204);
    assert_eq!(resp.body(), &Value::Null);
    assert_eq!(server.hits(), 1);
}

// ---------------------------------------------------------------------------------------------
// 10. A body over the cap
// ---------------------------------------------------------------------------------------------

fn capped_client(url: String) -> Client {
    builder(url)
        .connect_timeout(TIMEOUT)
        .response_timeout(TIMEOUT)
        .retry_policy(fast_retries())
        .max_response_bytes(1024)
        .build()
        .expect("client builds")
}

#[test]
fn body_over_the_cap_is_refused_and_not_retried() {
    let big = vec![b' '; 4096];
    let server = Server::start(vec![
        reply("200 OK", "Content-Type: application/json\r\n", &big),
        ok_json(),
    ]);
    let err = capped_client(server.url())
        .call(get())
        .expect_err("over the cap");
    shown(&err);
    assert_eq!(transport_kind(&err), TransportKind::BodyTooLarge, "{err:?}");
    assert_eq!(err.attempts(), 1);
    assert_eq!(server.hits(), 1);
}

#[test]
fn body_over_the_cap_without_content_length() {
    // Close-delimited body: the cap must hold while reading, not only from the header.
    let mut raw = b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n".to_vec();
    raw.extend(std::iter::repeat_n(b' ', 4096));
    let server = Server::start(vec![Step::Reply(raw), ok_json()]);
    let err = capped_client(server.url())
        .call(get())
        .expect_err("over the cap");
    shown(&err);
    assert_eq!(transport_kind(&err), TransportKind::BodyTooLarge, "{err:?}");
    assert_eq!(server.hits(), 1);
}

#[test]
fn an_error_answer_over_the_cap_keeps_its_status() {
    // Close-delimited, larger than the client's cap: read up to the cap, kept as Error::Api.
    let mut raw = b"HTTP/1.1 500 Internal Server Error\r\nConnection: close\r\n\r\n".to_vec();
    raw.extend(std::iter::repeat_n(b'x', 4096));
    let server = Server::start(vec![Step::Reply(raw), ok_json()]);
    let err = capped_client(server.url()).call(get()).expect_err("a 500");
    let shown = shown(&err);
    let e = api(&err);
    assert_eq!(e.status, 500);
    assert_eq!(e.body.len(), 1024, "the start of the body, up to the cap");
    assert!(e.message.contains("over 1024 bytes"), "{}", e.message);
    assert!(shown.contains("500"), "{shown}");
    assert_eq!(server.hits(), 1);
}

#[test]
fn an_error_answer_of_a_mebibyte_is_read_to_the_body_limit_only() {
    // 1 MiB announced and sent; the default client (8 MiB cap) reads 16 KiB of it.
    let big = vec![b'y'; 1024 * 1024];
    let unavailable = || reply("503 Service Unavailable", "", &big);
    let server = Server::start(vec![unavailable(), unavailable(), unavailable()]);
    let client = builder(server.url())
        .retry_policy(fast_retries())
        .build()
        .expect("client builds");
    let err = client.call(get()).expect_err("a 503");
    shown(&err);
    let e = api(&err);
    assert_eq!(e.status, 503);
    assert_eq!(e.body.len(), plivo::ApiError::BODY_LIMIT);
    assert_eq!(err.attempts(), 3, "a 503 to a GET is still retried");
    assert_eq!(server.hits(), 3);
}

#[test]
fn an_error_answer_that_breaks_off_keeps_its_status_and_what_came() {
    let mut raw =
        b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 500\r\nConnection: close\r\n\r\n".to_vec();
    raw.extend_from_slice(b"<html>upstream");
    let server = Server::start(vec![Step::Reply(raw)]);
    let err = client(server.url(), RetryPolicy::none())
        .call(post())
        .expect_err("a 502");
    shown(&err);
    let e = api(&err);
    assert_eq!(e.status, 502);
    assert_eq!(e.body, "<html>upstream");
}

#[test]
fn a_redirect_is_not_followed_and_keeps_its_location_and_headers() {
    let server = Server::start(vec![
        reply(
            "301 Moved Permanently",
            "Location: https://api.example.net/v1/Account/\r\nX-Trace: t-1\r\n\
             Set-Cookie: session=cookie-secret\r\n",
            b"",
        ),
        ok_json(),
    ]);
    let err = client(server.url(), fast_retries())
        .call(get())
        .expect_err("a redirect is an error");
    let shown = shown(&err);
    let e = api(&err);
    assert_eq!(e.status, 301);
    assert_eq!(
        e.header("Location"),
        Some("https://api.example.net/v1/Account/")
    );
    assert_eq!(e.header("LOCATION"), e.header("location"));
    assert_eq!(e.header("x-trace"), Some("t-1"));
    assert_eq!(e.header("Retry-After"), None);
    assert!(e.headers().any(|(n, v)| n == "content-length" && v == "0"));
    assert!(
        shown.contains("redirect to https://api.example.net/v1/Account/"),
        "{shown}"
    );
    assert!(
        !format!("{err:?}").contains("cookie-secret"),
        "Debug masks cookies"
    );
    assert_eq!(server.hits(), 1, "not followed, not retried");
}

#[test]
fn retry_after_and_content_type_are_kept_as_headers() {
    let server = Server::start(vec![json(
        "429 Too Many Requests",
        r#"{"api_id":"r-1","error":"slow down"}"#,
    )]);
    let server_url = server.url();
    let err = client(server_url, RetryPolicy::none())
        .call(get())
        .expect_err("a 429");
    let e = api(&err);
    assert_eq!(e.header("content-type"), Some("application/json"));
    assert_eq!(e.message, "slow down");
}

#[test]
fn a_body_with_an_encoding_not_asked_for_names_it() {
    let gzip =
        b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xab\xae\x05\x00C\xbf\xa6\xa3\x02\x00\x00\x00";
    let server = Server::start(vec![reply(
        "200 OK",
        "Content-Type: application/json\r\nContent-Encoding: gzip\r\n",
        gzip,
    )]);
    let err = client(server.url(), fast_retries())
        .call(get())
        .expect_err("gzip is not decoded");
    let shown = shown(&err);
    assert!(matches!(err, Error::Decode(_)), "{err:?}");
    assert!(shown.contains("`gzip`"), "{shown}");
    assert!(!shown.contains("UTF-8"), "{shown}");
    assert_eq!(server.hits(), 1);

    // An empty body has nothing to decode, whatever its header says.
    let server = Server::start(vec![reply(
        "204 No Content",
        "Content-Encoding: gzip\r\n",
        b"",
    )]);
    let resp = client(server.url(), fast_retries())
        .call(get())
        .expect("an empty body is fine");
    assert_eq!(resp.status(), 204);
}

#[test]
fn body_at_the_cap_is_fine() {
    let mut body = br#"{"api_id":"x"}"#.to_vec();
    body.resize(1024, b' ');
    let server = Server::start(vec![reply("200 OK", "", &body)]);
    let resp = capped_client(server.url())
        .call(get())
        .expect("exactly at the cap");
    assert_eq!(resp.api_id(), Some("x"));
    assert_eq!(server.hits(), 1);
}

// ---------------------------------------------------------------------------------------------
// 11. Bodies that are not UTF-8
// ---------------------------------------------------------------------------------------------

const NOT_UTF8: &[u8] = b"\xff\xfe bad \xc3\x28 bytes";

#[test]
fn non_utf8_200_is_a_decode_error() {
    let server = Server::start(vec![reply("200 OK", "", NOT_UTF8)]);
    let err = client(server.url(), fast_retries())
        .call(get())
        .expect_err("not JSON");
    shown(&err);
    assert!(matches!(err, Error::Decode(_)), "{err:?}");
    assert_eq!(err.status(), Some(200));
    assert_eq!(server.hits(), 1);
}

/// Invalid UTF-8 inside a JSON string of a 200 is a decode error (skipping over the JSON alone
/// once let it through as success, with a `Null` body).
#[test]
fn invalid_utf8_inside_a_json_string_of_a_200_is_a_decode_error() {
    let server = Server::start(vec![reply("200 OK", "", b"{\"api_id\":\"\xff\"}")]);
    let result = client(server.url(), fast_retries()).call(get());
    assert_eq!(server.hits(), 1);
    let err = match result {
        Ok(resp) => panic!("accepted as success, body() = {:?}", resp.body()),
        Err(err) => err,
    };
    shown(&err);
    assert!(matches!(err, Error::Decode(_)), "{err:?}");
}

#[test]
fn non_utf8_500_keeps_a_lossy_body() {
    let server = Server::start(vec![reply("500 Internal Server Error", "", NOT_UTF8)]);
    let err = client(server.url(), fast_retries())
        .call(get())
        .expect_err("500");
    shown(&err);
    let e = api(&err);
    assert_eq!(e.status, 500);
    assert!(e.body.contains('\u{FFFD}'), "{:?}", e.body);
    assert!(e.body.contains("bad"), "{:?}", e.body);
    assert!(e.message.contains("not JSON"), "{}", e.message);
    assert_eq!(e.api_id, None);
    assert_eq!(server.hits(), 1, "500 is not retried");
}

// ---------------------------------------------------------------------------------------------
// 12. An HTML 502 from a proxy
// ---------------------------------------------------------------------------------------------

const HTML_502: &str = "<html><body><h1>502 Bad Gateway</h1></body></html>";

fn bad_gateway() -> Step {
    reply(
        "502 Bad Gateway",
        "Content-Type: text/html\r\n",
        HTML_502.as_bytes(),
    )
}

#[test]
fn html_502_without_retries() {
    let server = Server::start(vec![bad_gateway()]);
    let err = client(server.url(), RetryPolicy::none())
        .call(get())
        .expect_err("502");
    let text = shown(&err);
    let e = api(&err);
    assert_eq!(e.status, 502);
    assert_eq!(e.api_id, None);
    assert!(e.message.contains("not JSON"), "{}", e.message);
    assert_eq!(e.body, HTML_502);
    assert!(text.contains("502"), "{text}");
    assert_eq!(err.attempts(), 1);
    assert_eq!(server.hits(), 1);
}

#[test]
fn html_502_with_retries() {
    let server = Server::start(vec![bad_gateway(), bad_gateway(), bad_gateway()]);
    let err = client(server.url(), fast_retries())
        .call(get())
        .expect_err("502");
    let text = shown(&err);
    let e = api(&err);
    assert_eq!(e.status, 502);
    assert_eq!(e.body, HTML_502);
    assert_eq!(err.attempts(), 3);
    assert!(text.contains("after 3 attempts"), "{text}");
    assert_eq!(server.hits(), 3);
}

#[test]
fn empty_502_says_so() {
    let server = Server::start(vec![reply("502 Bad Gateway", "", b"")]);
    let err = client(server.url(), RetryPolicy::none())
        .call(get())
        .expect_err("502");
    shown(&err);
    let e = api(&err);
    assert!(e.message.contains("empty body"), "{}", e.message);
    assert_eq!(e.body, "");
    assert_eq!(server.hits(), 1);
}

// ---------------------------------------------------------------------------------------------
// Per-call options
// ---------------------------------------------------------------------------------------------

#[test]
fn per_call_retry_policy_overrides_the_client() {
    // The client retries; this call does not.
    let server = Server::start(vec![unavailable(), ok_json()]);
    let err = client(server.url(), fast_retries())
        .call_with(get(), &CallOptions::new().retry(RetryPolicy::none()))
        .expect_err("503, not retried");
    shown(&err);
    assert_eq!(err.status(), Some(503));
    assert_eq!(err.attempts(), 1);
    assert_eq!(server.hits(), 1);

    // The client does not retry; this call does.
    let server = Server::start(vec![unavailable(), ok_json()]);
    let resp = client(server.url(), RetryPolicy::none())
        .call_with(get(), &CallOptions::new().retry(fast_retries()))
        .expect("retried");
    assert_eq!(resp.status(), 200);
    assert_eq!(server.hits(), 2);
}

#[test]
fn per_call_timeout_fires_while_the_client_default_is_long() {
    let server = Server::start(vec![Step::Hang(Duration::from_secs(5))]);
    let client = builder(server.url())
        .response_timeout(Duration::from_secs(30))
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("client builds");
    let started = Instant::now();
    let err = client
        .call_with(get(), &CallOptions::new().timeout(TIMEOUT))
        .expect_err("must time out");
    let elapsed = started.elapsed();
    shown(&err);
    assert!(err.is_timeout(), "{err:?}");
    assert!(
        elapsed < TIMEOUT * 3 + Duration::from_secs(1),
        "took {elapsed:?}"
    );
    assert_eq!(server.hits(), 1);
}

#[test]
fn timed_out_post_is_not_retried() {
    let server = Server::start(vec![Step::Hang(Duration::from_secs(5)), ok_json()]);
    let err = client(server.url(), fast_retries())
        .call(post())
        .expect_err("must time out");
    shown(&err);
    assert!(err.is_timeout(), "{err:?}");
    assert!(err.may_have_been_sent());
    assert_eq!(err.attempts(), 1);
    assert_eq!(server.hits(), 1);
}

// ---------------------------------------------------------------------------------------------
// A bound on the whole call
// ---------------------------------------------------------------------------------------------

/// Each answer comes after 200 ms, inside the 300 ms phase bound, and is a 503 (retried).
fn late_unavailable() -> Step {
    Step::Late(
        Duration::from_millis(200),
        reply(
            "503 Service Unavailable",
            "Content-Type: application/json\r\n",
            br#"{"error":"busy"}"#,
        )
        .into_bytes(),
    )
}

impl Step {
    fn into_bytes(self) -> Vec<u8> {
        match self {
            Step::Reply(bytes) => bytes,
            _ => unreachable!("only replies have bytes"),
        }
    }
}

fn many_quick_retries() -> RetryPolicy {
    RetryPolicy::default()
        .max_attempts(10)
        .base_delay(Duration::from_millis(1))
        .max_delay(Duration::from_millis(1))
}

#[test]
fn the_total_timeout_ends_a_call_whose_phases_each_answer_in_time() {
    let server = Server::start((0..10).map(|_| late_unavailable()).collect());
    let client = builder(server.url())
        .connect_timeout(TIMEOUT)
        .response_timeout(TIMEOUT)
        .total_timeout(Duration::from_millis(500))
        .retry_policy(many_quick_retries())
        .build()
        .expect("client builds");
    let err = client.call(get()).expect_err("must run out of time");
    let shown = shown(&err);
    assert!(err.is_timeout(), "{err:?}");
    assert!(shown.contains("total timeout"), "{shown}");
    // Two 503s fit in 500 ms, a third attempt starts and runs out of time.
    assert!((2..=3).contains(&err.attempts()), "{err:?}");
    assert_eq!(err.attempts() as usize, server.hits());
}

#[test]
fn the_per_call_total_timeout_overrides_the_client() {
    let server = Server::start((0..10).map(|_| late_unavailable()).collect());
    let client = builder(server.url())
        .connect_timeout(TIMEOUT)
        .response_timeout(TIMEOUT)
        .total_timeout(None)
        .retry_policy(many_quick_retries())
        .build()
        .expect("client builds");
    let options = CallOptions::new().total_timeout(Duration::from_millis(300));
    let err = client
        .call_with(get(), &options)
        .expect_err("must run out of time");
    assert!(err.is_timeout(), "{err:?}");
    assert!((1..=2).contains(&err.attempts()), "{err:?}");
}

#[test]
fn without_a_total_timeout_the_same_server_is_retried_to_the_end() {
    // The control for the two tests above: the same script, every attempt made.
    let server = Server::start((0..3).map(|_| late_unavailable()).collect());
    let client = builder(server.url())
        .response_timeout(TIMEOUT)
        .total_timeout(None)
        .retry_policy(many_quick_retries().max_attempts(3))
        .build()
        .expect("client builds");
    let err = client.call(get()).expect_err("503 each time");
    assert_eq!(api(&err).status, 503);
    assert_eq!(err.attempts(), 3);
}

#[test]
fn no_retry_starts_that_cannot_finish_in_the_time_left() {
    // A Retry-After of 1 s (well under the policy's cap) with 500 ms left: the 503 is returned
    // at once, with the wait it asked for, instead of sleeping into the bound.
    let server = Server::start(vec![
        reply("503 Service Unavailable", "Retry-After: 1\r\n", b""),
        ok_json(),
    ]);
    let client = builder(server.url())
        .total_timeout(Duration::from_millis(500))
        .retry_policy(fast_retries())
        .build()
        .expect("client builds");
    let started = Instant::now();
    let err = client.call(get()).expect_err("a 503");
    assert_eq!(api(&err).status, 503);
    assert_eq!(err.retry_after(), Some(Duration::from_secs(1)));
    assert_eq!(err.attempts(), 1);
    assert_eq!(server.hits(), 1);
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "did not sleep into the bound"
    );

    // A backoff longer than the time left: the same.
    let server = Server::start(vec![unavailable(), ok_json()]);
    let client = builder(server.url())
        .total_timeout(Duration::from_millis(500))
        .retry_policy(
            RetryPolicy::default()
                .base_delay(Duration::from_secs(2))
                .max_delay(Duration::from_secs(2)),
        )
        .build()
        .expect("client builds");
    let err = client.call(get()).expect_err("a 503");
    assert_eq!(api(&err).status, 503);
    assert_eq!(server.hits(), 1);
}

#[test]
fn errors_say_whether_the_request_left_this_machine() {
    let port = {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.local_addr().expect("addr").port()
    };
    let err = client(format!("http://127.0.0.1:{port}"), RetryPolicy::none())
        .call(post())
        .expect_err("nothing listens");
    assert!(shown(&err).contains("never left this machine"), "{err}");

    let server = Server::start(vec![Step::Hang(Duration::from_secs(5))]);
    let err = client(server.url(), RetryPolicy::none())
        .call(post())
        .expect_err("times out");
    let shown = shown(&err);
    assert!(
        shown.contains("may have reached Plivo: check before repeating it"),
        "{shown}"
    );
}

// ---------------------------------------------------------------------------------------------
// Uploads (multipart POSTs)
// ---------------------------------------------------------------------------------------------

fn upload() -> plivo::ops::UploadMedia {
    plivo::ops::UploadMedia::new([plivo::ops::File::from_bytes(
        "pixel.png",
        None,
        vec![0x89, b'P', b'N', b'G', 0, 255],
    )])
}

/// The compliance update: a multipart `PATCH`, which is no more idempotent than a `POST`.
fn patch() -> plivo::ops::UpdatePhoneNumberCompliance {
    use plivo::ops::{ComplianceData, ComplianceDocument, File, UpdatePhoneNumberCompliance};
    UpdatePhoneNumberCompliance::new(
        "c-1",
        ComplianceData::new().alias("again").document(
            ComplianceDocument::new("dt-1").file(File::from_bytes(
                "id.pdf",
                None,
                b"%PDF".to_vec(),
            )),
        ),
    )
}

#[test]
fn an_upload_that_may_have_left_is_never_resent() {
    let ops: [plivo::Operation; 2] = [upload().into(), patch().into()];
    for (reset, op) in [false, true]
        .into_iter()
        .flat_map(|reset| ops.clone().map(|op| (reset, op)))
    {
        let step = if reset { Step::Reset } else { Step::Close };
        let server = Server::start(vec![step]);
        let err = client(server.url(), fast_retries())
            .call(op)
            .expect_err("no answer");
        shown(&err);
        assert_eq!(transport_kind(&err), TransportKind::Io, "{err:?}");
        assert_eq!(
            server.hits(),
            1,
            "an upload that may have arrived is not repeated"
        );
        assert_eq!(err.attempts(), 1);
        assert!(err.may_have_been_sent());
    }
    // Nor after a 503, which a GET would retry.
    for op in ops {
        let server = Server::start(vec![json("503 Service Unavailable", r#"{"error":"busy"}"#)]);
        let err = client(server.url(), fast_retries())
            .call(op)
            .expect_err("503");
        assert_eq!(api(&err).status, 503);
        assert_eq!(server.hits(), 1);
    }
}

/// Sends `op` to a port nothing listens on yet: the first attempt is refused; a server binds
/// it before the retry and keeps what arrives. Returns the request's head and body.
fn refused_then_sent(op: impl Into<plivo::Operation>) -> (String, Vec<u8>) {
    // A port nothing listens on yet: the first attempt is refused; the server binds it before
    // the retry (which waits at least half the 1 s base delay) and keeps what arrives.
    let port = {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.local_addr().expect("addr").port()
    };
    let late = std::thread::spawn(move || -> Option<(String, Vec<u8>)> {
        std::thread::sleep(Duration::from_millis(150));
        let listener = TcpListener::bind(("127.0.0.1", port)).ok()?;
        let (mut stream, _) = listener.accept().ok()?;
        stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
        let mut data = Vec::new();
        let mut chunk = [0u8; 4096];
        let head_end = loop {
            if let Some(i) = data.windows(4).position(|w| w == b"\r\n\r\n") {
                break i + 4;
            }
            let n = stream.read(&mut chunk).ok().filter(|n| *n > 0)?;
            data.extend_from_slice(&chunk[..n]);
        };
        let head = String::from_utf8_lossy(&data[..head_end]).into_owned();
        let length: usize = head
            .lines()
            .find_map(|l| {
                l.to_ascii_lowercase()
                    .strip_prefix("content-length:")
                    .map(|v| v.trim().to_owned())
            })
            .and_then(|v| v.parse().ok())?;
        while data.len() < head_end + length {
            let n = stream.read(&mut chunk).ok().filter(|n| *n > 0)?;
            data.extend_from_slice(&chunk[..n]);
        }
        let body = br#"{"api_id":"u","objects":[]}"#;
        let answer = format!(
            "HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        );
        stream.write_all(answer.as_bytes()).ok()?;
        stream.write_all(body).ok()?;
        Some((head, data[head_end..].to_vec()))
    });
    let policy = RetryPolicy::default()
        .base_delay(Duration::from_secs(1))
        .max_delay(Duration::from_secs(1));
    let client = client(format!("http://127.0.0.1:{port}"), policy);
    let resp = client.call(op).expect("sent on the retry");
    assert_eq!(resp.status(), 202);
    assert!(resp.attempts() >= 2, "the first attempt was refused");
    late.join().expect("server thread").expect("one request")
}

#[test]
fn an_upload_refused_at_connect_is_resent_with_the_same_bytes() {
    let (head, body) = refused_then_sent(upload());
    // The body that arrived is the one built before the first attempt: its boundary is the
    // header's, and its one part is the file, byte for byte.
    let boundary = head
        .lines()
        .find_map(|l| l.strip_prefix("content-type: multipart/form-data; boundary="))
        .or_else(|| {
            head.lines()
                .find_map(|l| l.strip_prefix("Content-Type: multipart/form-data; boundary="))
        })
        .expect("a multipart content type")
        .trim()
        .to_owned();
    let want = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"pixel.png\"\r\nContent-Type: image/png\r\n\r\n"
    );
    let mut expected = want.into_bytes();
    expected.extend_from_slice(&[0x89, b'P', b'N', b'G', 0, 255]);
    expected.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    assert_eq!(body, expected);
}

#[test]
fn a_patch_refused_at_connect_is_resent_with_the_same_bytes() {
    let (head, body) = refused_then_sent(patch());
    assert!(head.starts_with("PATCH /v1/Account/"), "{head}");
    let boundary = head
        .lines()
        .find_map(|l| {
            let lower = l.to_ascii_lowercase();
            lower
                .strip_prefix("content-type: multipart/form-data; boundary=")
                .map(|b| b.trim().to_owned())
        })
        .expect("a multipart content type");
    let want = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"data\"\r\n\r\n\
         {{\"alias\":\"again\",\"documents\":[{{\"document_type_id\":\"dt-1\"}}]}}\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"documents[0].file\"; \
         filename=\"id.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF\r\n--{boundary}--\r\n"
    );
    assert_eq!(String::from_utf8(body).expect("text"), want);
}
