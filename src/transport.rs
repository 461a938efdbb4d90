//! Sends a built request through the shared agent and turns what comes back into a
//! [`Response`] or an [`Error`].

use ureq::http;

use std::time::{Instant, SystemTime};

use crate::dispatch::{Method, Request};
use crate::error::{ApiError, TransportError, TransportKind};
use crate::retry::{CallOptions, RetryPolicy, parse_retry_after};
use crate::{Error, Response};

/// Everything a call needs besides the request: one per client, shared by its clones.
pub(crate) struct Transport {
    agent: ureq::Agent,
    pub(crate) auth_id: String,
    /// `Basic …`, marked sensitive (its `Debug` shows nothing); built once, shared by every
    /// request.
    authorization: http::HeaderValue,
    pub(crate) origin: String,
    /// `{origin}/v1/Account/{auth_id}/`, built once.
    pub(crate) account_base: String,
    max_body: u64,
    retry: RetryPolicy,
}

impl Transport {
    pub(crate) fn new(
        agent: ureq::Agent,
        auth_id: String,
        authorization: http::HeaderValue,
        origin: String,
        max_body: u64,
        retry: RetryPolicy,
    ) -> Self {
        let account_base = format!("{origin}/v1/Account/{auth_id}/");
        Transport {
            agent,
            auth_id,
            authorization,
            origin,
            account_base,
            max_body,
            retry,
        }
    }

    /// Sends the request, retrying by `policy` (see [`crate::retry`]): the retry state lives
    /// here, in the call.
    pub(crate) fn send(
        &self,
        operation: &'static str,
        request: &Request,
        options: &CallOptions,
    ) -> Result<Response, Error> {
        let policy = options.retry.as_ref().unwrap_or(&self.retry);
        let idempotent = matches!(request.method, Method::Get | Method::Delete);
        let mut attempt = 1;
        loop {
            // The clock is read only for the log line, when it is wanted.
            let started = log::log_enabled!(target: "plivo", log::Level::Debug).then(Instant::now);
            let result = self.send_once(operation, request, options, attempt);
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
            match policy.delay(attempt + 1, error.retry_after()) {
                Some(delay) => std::thread::sleep(delay),
                None => return result,
            }
            attempt += 1;
        }
    }

    fn send_once(
        &self,
        operation: &'static str,
        request: &Request,
        options: &CallOptions,
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
                .header(http::header::CONTENT_TYPE, json)
                .body(body.as_slice())
                .map(|req| self.agent.run(self.per_call(req, options))),
            None => builder
                .body(())
                .map(|req| self.agent.run(self.per_call(req, options))),
        };
        let mut answer = match sent {
            Ok(Ok(answer)) => answer,
            Ok(Err(e)) => return Err(fail(kind_of(&e), e)),
            Err(e) => return Err(fail(TransportKind::Request, ureq::Error::Http(e))),
        };
        let status = answer.status().as_u16();
        let success = (200..300).contains(&status);
        let retry_after = if success {
            None
        } else {
            answer
                .headers()
                .get(http::header::RETRY_AFTER)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| parse_retry_after(v, SystemTime::now()))
        };
        let raw = answer
            .body_mut()
            .with_config()
            .limit(self.max_body)
            .read_to_vec()
            .map_err(|e| fail(kind_of(&e), e))?;
        if success {
            Response::new(status, operation, attempts, raw, options.check_body)
        } else {
            Err(Error::Api(Box::new(api_error(
                status,
                method,
                request.uri.path().to_owned(),
                &raw,
                retry_after,
                attempts,
            ))))
        }
    }

    /// Applies a per-call timeout, when the call has one, to this request only.
    fn per_call<S: ureq::AsSendBody>(
        &self,
        request: http::Request<S>,
        options: &CallOptions,
    ) -> http::Request<S> {
        match options.timeout {
            None => request,
            Some(t) => self
                .agent
                .configure_request(request)
                .timeout_connect(Some(t))
                .timeout_send_request(Some(t))
                .timeout_send_body(Some(t))
                .timeout_recv_response(Some(t))
                .timeout_recv_body(Some(t))
                .build(),
        }
    }
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
            TransportKind::BodyTooLarge | TransportKind::Request => false,
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

/// Builds the error for a non-2xx answer, keeping whatever Plivo said.
fn api_error(
    status: u16,
    method: &'static str,
    path: String,
    raw: &[u8],
    retry_after: Option<std::time::Duration>,
    attempts: u32,
) -> ApiError {
    let parsed: Option<serde_json::Value> = serde_json::from_slice(raw).ok();
    let object = parsed.as_ref().and_then(serde_json::Value::as_object);
    let api_id = object
        .and_then(|o| o.get("api_id"))
        .and_then(serde_json::Value::as_str)
        .map(str::to_owned);
    let said = object.and_then(|o| o.get("error").or_else(|| o.get("message")));
    let message = match said {
        Some(serde_json::Value::String(text)) => text.clone(),
        Some(other) => other.to_string(),
        None if raw.iter().all(u8::is_ascii_whitespace) => {
            format!("HTTP {status} with an empty body")
        }
        None if object.is_some() => format!("HTTP {status}"),
        None => format!("HTTP {status} with a body that is not JSON"),
    };
    let mut body = String::from_utf8_lossy(raw).into_owned();
    if body.len() > ApiError::BODY_LIMIT {
        let mut cut = ApiError::BODY_LIMIT;
        while !body.is_char_boundary(cut) {
            cut -= 1;
        }
        body.truncate(cut);
    }
    ApiError {
        status,
        api_id,
        message,
        body,
        method,
        path,
        retry_after,
        attempts,
    }
}
