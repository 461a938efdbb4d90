//! Sends a built request through the shared agent and turns what comes back into a
//! [`Response`] or an [`Error`].

use ureq::http;

use std::io::Read as _;
use std::time::{Duration, Instant, SystemTime};

use crate::dispatch::{Method, Request};
use crate::error::{ApiError, DecodeError, Headers, TransportError, TransportKind};
use crate::retry::{CallOptions, RetryPolicy, parse_retry_after};
use crate::{Error, Response, Service};

/// Everything a call needs besides the request: one per client, shared by its clones.
pub(crate) struct Transport {
    agent: ureq::Agent,
    pub(crate) auth_id: String,
    /// `Basic …`, marked sensitive (its `Debug` shows nothing); built once, shared by every
    /// request.
    authorization: http::HeaderValue,
    /// Each service's origin, by [`Service::index`].
    pub(crate) origins: [String; 4],
    /// Each service's base, where its operations' paths start (`{origin}/v1/Account/{auth_id}/`
    /// for the main API, `{origin}/v1/` for the others), built once.
    bases: [String; 4],
    max_body: u64,
    retry: RetryPolicy,
    /// The client's bound on a whole call (retries and backoff included), also set on the
    /// agent as ureq's global timeout so that a first attempt needs no per-request settings.
    total_timeout: Option<Duration>,
}

impl Transport {
    pub(crate) fn new(
        agent: ureq::Agent,
        auth_id: String,
        authorization: http::HeaderValue,
        origins: [String; 4],
        max_body: u64,
        retry: RetryPolicy,
        total_timeout: Option<Duration>,
    ) -> Self {
        let bases = Service::ALL.map(|service| service.base(&origins[service.index()], &auth_id));
        Transport {
            agent,
            auth_id,
            authorization,
            origins,
            bases,
            max_body,
            retry,
            total_timeout,
        }
    }

    /// Where the service's operation paths start.
    pub(crate) fn base(&self, service: Service) -> &str {
        &self.bases[service.index()]
    }

    /// The service's origin.
    pub(crate) fn origin(&self, service: Service) -> &str {
        &self.origins[service.index()]
    }

    /// Sends the request, retrying by `policy` (see [`crate::retry`]): the retry state lives
    /// here, in the call. The total timeout bounds the whole loop: each attempt gets the time
    /// left as ureq's global timeout (so each phase gets the smaller of its own bound and the
    /// time left), and no retry starts whose delay would use up the time left.
    pub(crate) fn send(
        &self,
        operation: &'static str,
        request: &Request,
        options: &CallOptions,
    ) -> Result<Response, Error> {
        let policy = options.retry.as_ref().unwrap_or(&self.retry);
        // POST and PATCH (the compliance update resubmits an application) are not.
        let idempotent = matches!(request.method, Method::Get | Method::Delete);
        let total = options.total_timeout.or(self.total_timeout);
        let deadline = total.map(|t| Instant::now() + t);
        let mut attempt = 1;
        loop {
            // The first attempt under the client's own bound has it on the agent already; a
            // later one, or a per-call bound, gets the time left on the request.
            let time_left = match deadline {
                Some(at) if attempt > 1 || options.total_timeout.is_some() => {
                    Some(at.saturating_duration_since(Instant::now()))
                }
                _ => None,
            };
            // The clock is read only for the log line, when it is wanted.
            let started = log::log_enabled!(target: "plivo", log::Level::Debug).then(Instant::now);
            let result = self.send_once(operation, request, options, time_left, attempt);
            if let Some(started) = started {
                let came_to = match &result {
                    Ok(resp) => resp.status().to_string(),
                    Err(e) => outcome(e),
                };
                log::debug!(
                    target: "plivo",
                    "{} {} -> {came_to} (attempt {attempt}, {} ms)",
                    request.method.as_str(), request.uri.path(), started.elapsed().as_millis()
                );
            }
            let Err(error) = &result else { return result };
            if attempt >= policy.attempts() || !retryable(error, idempotent) {
                return result;
            }
            let Some(delay) = policy.delay(attempt + 1, error.retry_after()) else {
                return result;
            };
            if deadline.is_some_and(|at| Instant::now() + delay >= at) {
                // The retry could not even start in the time left: the last answer is the
                // most useful thing to return.
                return result;
            }
            std::thread::sleep(delay);
            attempt += 1;
        }
    }

    fn send_once(
        &self,
        operation: &'static str,
        request: &Request,
        options: &CallOptions,
        time_left: Option<Duration>,
        attempts: u32,
    ) -> Result<Response, Error> {
        let method = request.method.as_str();
        let fail = |kind, source| {
            Error::Transport(Box::new(TransportError {
                kind,
                method,
                path: request.uri.path().to_owned(),
                source,
                attempts,
            }))
        };
        let json = http::HeaderValue::from_static("application/json");
        let builder = http::Request::builder()
            .method(request.method.to_http())
            .uri(request.uri.clone())
            .header(http::header::AUTHORIZATION, self.authorization.clone())
            .header(http::header::ACCEPT, json.clone());
        let sent = match &request.body {
            Some(body) => builder
                .header(
                    http::header::CONTENT_TYPE,
                    match &request.content_type {
                        Some(other) => http::HeaderValue::try_from(other.as_str()),
                        None => Ok(json),
                    }
                    .map_err(|e| fail(TransportKind::Request, ureq::Error::Http(e.into())))?,
                )
                .body(body.as_slice())
                .map(|req| self.agent.run(self.per_call(req, options, time_left))),
            None => builder
                .body(())
                .map(|req| self.agent.run(self.per_call(req, options, time_left))),
        };
        let mut answer = match sent {
            Ok(Ok(answer)) => answer,
            Ok(Err(e)) => return Err(fail(kind_of(&e), e)),
            Err(e) => return Err(fail(TransportKind::Request, ureq::Error::Http(e))),
        };
        let status = answer.status().as_u16();
        if !(200..300).contains(&status) {
            // An error answer is read only as far as it is kept (and never past the client's
            // body cap), so that a huge one, or one that breaks off, keeps its status.
            let limit = usize::try_from(self.max_body)
                .unwrap_or(usize::MAX)
                .min(ApiError::BODY_LIMIT);
            let (raw, cut) = read_prefix(answer.body_mut(), limit);
            return Err(Error::Api(Box::new(api_error(
                status,
                method,
                request.uri.path().to_owned(),
                answer.headers(),
                &raw,
                cut.then_some(limit),
                attempts,
            ))));
        }
        let encoding = unasked_encoding(answer.headers());
        let raw = answer
            .body_mut()
            .with_config()
            .limit(self.max_body)
            .read_to_vec()
            .map_err(|e| fail(kind_of(&e), e))?;
        if let Some(encoding) = encoding.filter(|_| !raw.is_empty()) {
            // The client asks for no encoding and decodes none: say so, instead of failing
            // on the bytes as "not UTF-8".
            let source = <serde_json::Error as serde::de::Error>::custom(format!(
                "the body is encoded with `{encoding}` (Content-Encoding), which the client \
                 did not ask for and does not decode"
            ));
            return Err(Error::Decode(Box::new(DecodeError {
                operation: Some(operation),
                status,
                message: source.to_string(),
                path: None,
                attempts,
                source,
            })));
        }
        Response::new(status, operation, attempts, raw, options.check_body)
    }

    /// Applies this call's own settings, when it has any: a per-phase timeout
    /// ([`CallOptions::timeout`]) and the time left of the total timeout.
    fn per_call<S: ureq::AsSendBody>(
        &self,
        request: http::Request<S>,
        options: &CallOptions,
        time_left: Option<Duration>,
    ) -> http::Request<S> {
        if options.timeout.is_none() && time_left.is_none() {
            return request;
        }
        let mut config = self.agent.configure_request(request);
        if let Some(t) = options.timeout {
            config = config
                .timeout_connect(Some(t))
                .timeout_send_request(Some(t))
                .timeout_send_body(Some(t))
                .timeout_recv_response(Some(t))
                .timeout_recv_body(Some(t));
        }
        if let Some(left) = time_left {
            config = config.timeout_global(Some(left));
        }
        config.build()
    }
}

/// Reads at most `limit` bytes of a body; the rest is left unread (the connection is then
/// not reused). Whatever arrived before a failure is kept. `true` when there was more.
fn read_prefix(body: &mut ureq::Body, limit: usize) -> (Vec<u8>, bool) {
    let mut raw = Vec::new();
    let wanted = u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1);
    let reader = body.with_config().limit(u64::MAX).reader();
    // A read error (a reset, a timeout) ends the body: the status is what matters.
    let _ = reader.take(wanted).read_to_end(&mut raw);
    let cut = raw.len() > limit;
    raw.truncate(limit);
    (raw, cut)
}

/// The `Content-Encoding` of an answer when it is one the client did not ask for (any but
/// `identity`: the client sends no `Accept-Encoding` and decodes nothing).
fn unasked_encoding(headers: &http::HeaderMap) -> Option<String> {
    let value = headers.get(http::header::CONTENT_ENCODING)?;
    let text = String::from_utf8_lossy(value.as_bytes());
    let text = text.trim();
    (!text.is_empty() && !text.eq_ignore_ascii_case("identity")).then(|| text.to_owned())
}

fn kind_of(error: &ureq::Error) -> TransportKind {
    match error {
        // A timeout before the connection was made means nothing was sent.
        ureq::Error::Timeout(ureq::Timeout::Resolve) => TransportKind::Dns,
        ureq::Error::Timeout(ureq::Timeout::Connect) => TransportKind::Connect,
        ureq::Error::Timeout(_) => TransportKind::Timeout,
        ureq::Error::HostNotFound => TransportKind::Dns,
        ureq::Error::ConnectionFailed => TransportKind::Connect,
        ureq::Error::BodyExceedsLimit(_) => TransportKind::BodyTooLarge,
        ureq::Error::BadUri(_) | ureq::Error::Http(_) => TransportKind::Request,
        ureq::Error::Protocol(_) | ureq::Error::LargeResponseHeader(..) => TransportKind::Protocol,
        ureq::Error::Io(io) if crate::resolver::LookupFailed::is(io) => TransportKind::Dns,
        ureq::Error::Io(io) => match io.kind() {
            std::io::ErrorKind::ConnectionRefused => TransportKind::Connect,
            std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock => TransportKind::Timeout,
            _ => TransportKind::Io,
        },
        _ => TransportKind::Io,
    }
}

/// Whether a failed attempt may be repeated: see the table in [`crate::retry`].
fn retryable(error: &Error, idempotent: bool) -> bool {
    match error {
        Error::Transport(e) => match e.kind {
            TransportKind::Dns | TransportKind::Connect => true,
            TransportKind::Timeout | TransportKind::Io => idempotent,
            TransportKind::BodyTooLarge | TransportKind::Request | TransportKind::Protocol => false,
        },
        Error::Api(e) => idempotent && matches!(e.status, 429 | 502 | 503 | 504),
        Error::Invalid(_) | Error::Decode(_) => false,
    }
}

/// What a failed attempt came to, for the log (never the body: it may hold personal data).
fn outcome(error: &Error) -> String {
    match error {
        Error::Api(e) => e.status.to_string(),
        Error::Transport(e) => format!("{:?}", e.kind),
        Error::Decode(e) => format!("{} (undecodable)", e.status),
        Error::Invalid(_) => "invalid".to_owned(),
    }
}

/// Builds the error for a non-2xx answer, keeping whatever Plivo said: `raw` is the body, or
/// its first `cut` bytes when there was more.
fn api_error(
    status: u16,
    method: &'static str,
    path: String,
    headers: &http::HeaderMap,
    raw: &[u8],
    cut: Option<usize>,
    attempts: u32,
) -> ApiError {
    let retry_after = headers
        .get(http::header::RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| parse_retry_after(v, SystemTime::now()));
    let parsed: Option<serde_json::Value> = serde_json::from_slice(raw).ok();
    let object = parsed.as_ref().and_then(serde_json::Value::as_object);
    let api_id = object
        .and_then(|o| o.get("api_id"))
        .and_then(serde_json::Value::as_str)
        .map(str::to_owned);
    let said = object.and_then(|o| o.get("error").or_else(|| o.get("message")));
    let location = headers
        .get(http::header::LOCATION)
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
    let message = match (said, location, cut) {
        (Some(serde_json::Value::String(text)), ..) => text.clone(),
        (Some(other), ..) => other.to_string(),
        (None, Some(to), _) if (300..400).contains(&status) => {
            format!("HTTP {status} redirect to {to} (the client does not follow redirects)")
        }
        (None, _, Some(limit)) => {
            format!("HTTP {status} with a body over {limit} bytes (its start is kept)")
        }
        (None, ..) if raw.iter().all(u8::is_ascii_whitespace) => {
            format!("HTTP {status} with an empty body")
        }
        (None, ..) if object.is_some() => format!("HTTP {status}"),
        (None, ..) => format!("HTTP {status} with a body that is not JSON"),
    };
    let mut body = String::from_utf8_lossy(raw).into_owned();
    if body.len() > ApiError::BODY_LIMIT {
        // Lossy decoding can grow the text (U+FFFD is 3 bytes): cut at a char boundary.
        let mut cut = ApiError::BODY_LIMIT;
        while !body.is_char_boundary(cut) {
            cut -= 1;
        }
        body.truncate(cut);
    }
    let headers = Headers(
        headers
            .iter()
            .map(|(n, v)| {
                (
                    n.as_str().to_owned(),
                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                )
            })
            .collect(),
    );
    ApiError {
        status,
        api_id,
        message,
        body,
        method,
        path,
        retry_after,
        attempts,
        headers,
    }
}
