//! The one error type of the crate.

use std::fmt;

/// Everything that can go wrong in a call.
///
/// Four kinds, each with a boxed payload so that `Result<_, Error>` stays small:
///
/// | variant | when | sent? |
/// |---|---|---|
/// | [`Error::Invalid`] | bad input: a field breaks a rule, bad credentials or settings | never |
/// | [`Error::Api`] | Plivo (or a proxy) answered with a status that is not 2xx | yes |
/// | [`Error::Transport`] | the connection failed, timed out or broke | see [`Error::may_have_been_sent`] |
/// | [`Error::Decode`] | a 2xx answer whose body is not what was expected | yes |
///
/// No variant ever holds the auth token or the request body.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// Input was rejected before anything was sent.
    Invalid(Box<InvalidInput>),
    /// The server answered with a non-2xx status.
    Api(Box<ApiError>),
    /// The request could not be completed on the network.
    Transport(Box<TransportError>),
    /// A successful answer could not be read as JSON or as the requested type.
    Decode(Box<DecodeError>),
}

/// Input rejected before sending: which operation, which field, which rule.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct InvalidInput {
    /// The operation's seed name (`sendMessage`), or `None` for client settings.
    pub operation: Option<&'static str>,
    /// The field (JSON-form name, e.g. `callFrom`), setting or environment variable.
    pub field: String,
    /// The rule it broke, in words.
    pub rule: String,
    /// Whether the JSON form's envelope was at fault (not the params of a known operation):
    /// then `rule` is a whole phrase.
    pub(crate) envelope: bool,
}

/// A non-2xx answer, with everything Plivo said.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ApiError {
    /// The HTTP status.
    pub status: u16,
    /// Plivo's request id, when the body carried one.
    pub api_id: Option<String>,
    /// Plivo's `error` (or `message`) text; for a body that is not JSON, a short description.
    pub message: String,
    /// The body as received (lossy UTF-8), cut to [`ApiError::BODY_LIMIT`] bytes.
    pub body: String,
    /// The request method.
    pub method: &'static str,
    /// The request path (no host, no query).
    pub path: String,
    /// The server's `Retry-After`, when it sent one (seconds or an HTTP date).
    pub retry_after: Option<std::time::Duration>,
    /// Attempts made, the first included.
    pub attempts: u32,
    /// The answer's headers, in the order received.
    pub(crate) headers: Headers,
}

impl ApiError {
    /// How much of an error body is read and kept: an error answer is read only this far,
    /// so a huge one keeps its status instead of failing on the client's body cap.
    pub const BODY_LIMIT: usize = 16 * 1024;

    /// The value of a header of the answer (`Location`, `Retry-After`, `Content-Type`, …),
    /// its name matched without regard to case; the first one when it came more than once.
    /// A value that is not visible ASCII is read lossily.
    ///
    /// ```no_run
    /// # let client = plivo::Client::from_env()?;
    /// match client.call(plivo::ops::GetAccountDetails::new()) {
    ///     Err(plivo::Error::Api(e)) if (300..400).contains(&e.status) => {
    ///         println!("redirected to {:?}", e.header("location"));
    ///     }
    ///     other => { other?; }
    /// }
    /// # Ok::<(), plivo::Error>(())
    /// ```
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .0
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// Every header of the answer as `(name, value)`, names in lower case, in the order
    /// received.
    pub fn headers(&self) -> impl Iterator<Item = (&str, &str)> {
        self.headers.0.iter().map(|(n, v)| (n.as_str(), v.as_str()))
    }
}

/// Response headers kept with an [`ApiError`]. `Debug` masks the values of headers that can
/// carry credentials (`Set-Cookie`, `Authorization`, `Proxy-Authenticate`…).
#[derive(Clone, Default, PartialEq, Eq)]
pub(crate) struct Headers(pub(crate) Vec<(String, String)>);

impl fmt::Debug for Headers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sensitive = |name: &str| {
            matches!(
                name,
                "set-cookie"
                    | "cookie"
                    | "authorization"
                    | "proxy-authorization"
                    | "www-authenticate"
                    | "proxy-authenticate"
            )
        };
        f.debug_map()
            .entries(self.0.iter().map(|(n, v)| {
                let shown = if sensitive(n) { "***" } else { v.as_str() };
                (n.as_str(), shown)
            }))
            .finish()
    }
}

/// What kind of network failure happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TransportKind {
    /// The host name could not be resolved.
    Dns,
    /// No connection could be made (refused, unreachable).
    Connect,
    /// A timeout fired.
    Timeout,
    /// The answer was larger than the client's body limit.
    BodyTooLarge,
    /// The connection broke (closed, reset) before the whole answer arrived.
    Io,
    /// The server's answer was not valid HTTP (a broken status line, a header line over
    /// ureq's 64 KiB limit, bad chunking). Never retried: it would not get better.
    Protocol,
    /// The request could not be built (bad URL or header).
    Request,
}

/// A failure on the network.
#[derive(Debug)]
#[non_exhaustive]
pub struct TransportError {
    /// The kind of failure.
    pub kind: TransportKind,
    /// The request method.
    pub method: &'static str,
    /// The request path (no host, no query).
    pub path: String,
    /// The underlying error.
    pub source: ureq::Error,
    /// Attempts made, the first included.
    pub attempts: u32,
}

/// A 2xx answer that could not be decoded.
#[derive(Debug)]
#[non_exhaustive]
pub struct DecodeError {
    /// The operation whose answer it was, when known.
    pub operation: Option<&'static str>,
    /// The HTTP status of the answer.
    pub status: u16,
    /// What failed, in words.
    pub message: String,
    /// The path of the field that failed (`objects[3].units`), when one did.
    pub path: Option<String>,
    /// Attempts made, the first included.
    pub attempts: u32,
    /// The underlying JSON error.
    pub source: serde_json::Error,
}

impl Error {
    pub(crate) fn invalid(
        operation: Option<&'static str>,
        field: impl Into<String>,
        rule: impl Into<String>,
    ) -> Self {
        Error::Invalid(Box::new(InvalidInput {
            operation,
            field: field.into(),
            rule: rule.into(),
            envelope: false,
        }))
    }

    /// The JSON form's envelope (`{"operation": …, "params": …}`) is at fault: `rule` is a
    /// whole phrase, shown as "invalid operation JSON: {rule}".
    pub(crate) fn invalid_envelope(field: impl Into<String>, rule: impl Into<String>) -> Self {
        Error::Invalid(Box::new(InvalidInput {
            operation: None,
            field: field.into(),
            rule: rule.into(),
            envelope: true,
        }))
    }

    /// For [`Error::Invalid`]: the field, setting or variable that was rejected.
    pub fn field(&self) -> Option<&str> {
        match self {
            Error::Invalid(e) => Some(&e.field),
            _ => None,
        }
    }

    /// The HTTP status, for [`Error::Api`] and [`Error::Decode`].
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api(e) => Some(e.status),
            Error::Decode(e) => Some(e.status),
            _ => None,
        }
    }

    /// Plivo's `api_id`, for [`Error::Api`] when the body carried one.
    pub fn api_id(&self) -> Option<&str> {
        match self {
            Error::Api(e) => e.api_id.as_deref(),
            _ => None,
        }
    }

    /// Whether input was rejected before sending.
    pub fn is_invalid_input(&self) -> bool {
        matches!(self, Error::Invalid(_))
    }

    /// Whether Plivo answered 404.
    pub fn is_not_found(&self) -> bool {
        self.status() == Some(404) && matches!(self, Error::Api(_))
    }

    /// Whether Plivo rejected the credentials (401) or the account's rights (403).
    pub fn is_auth(&self) -> bool {
        matches!(self, Error::Api(e) if e.status == 401 || e.status == 403)
    }

    /// Whether Plivo answered 429.
    pub fn is_rate_limited(&self) -> bool {
        matches!(self, Error::Api(e) if e.status == 429)
    }

    /// Whether the server answered 5xx.
    pub fn is_server_error(&self) -> bool {
        matches!(self, Error::Api(e) if e.status >= 500)
    }

    /// Whether a timeout fired.
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::Transport(e) if e.kind == TransportKind::Timeout)
    }

    /// Attempts made before this error, the first included (1 when nothing was retried, 0 when
    /// nothing was sent).
    pub fn attempts(&self) -> u32 {
        match self {
            Error::Invalid(_) => 0,
            Error::Api(e) => e.attempts,
            Error::Transport(e) => e.attempts,
            Error::Decode(e) => e.attempts,
        }
    }

    /// How long the server asked to wait (`Retry-After`), for a 429 or 503 that was not
    /// retried or whose retries ran out.
    pub fn retry_after(&self) -> Option<std::time::Duration> {
        match self {
            Error::Api(e) => e.retry_after,
            _ => None,
        }
    }

    /// Whether Plivo refused a message or call to a destination the account may not reach
    /// (403 to a `POST` of `Message/` or `Call/`): enable the country in the geo permissions.
    pub fn is_geo_permission(&self) -> bool {
        matches!(self, Error::Api(e) if e.status == 403 && e.method == "POST"
            && (e.path.ends_with("/Message/") || e.path.ends_with("/Call/")))
    }

    /// Whether the request may have reached Plivo, so that repeating it could repeat its
    /// effect (a second SMS, a second call). `false` only when it provably never left this
    /// machine: invalid input, a failed DNS lookup, a refused connection.
    pub fn may_have_been_sent(&self) -> bool {
        match self {
            Error::Invalid(_) => false,
            Error::Transport(e) => !matches!(
                e.kind,
                TransportKind::Dns | TransportKind::Connect | TransportKind::Request
            ),
            Error::Api(_) | Error::Decode(_) => true,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Invalid(e) => match e.operation {
                Some(op) => write!(f, "invalid input for {op}: `{}` {}", e.field, e.rule),
                None if e.envelope => write!(f, "invalid operation JSON: {}", e.rule),
                None => write!(f, "invalid setting: `{}` {}", e.field, e.rule),
            },
            Error::Api(e) => {
                write!(f, "Plivo answered {} to {} {}", e.status, e.method, e.path)?;
                if let Some(id) = &e.api_id {
                    write!(f, " (api_id {id})")?;
                }
                write!(f, ": {}", e.message)?;
                if e.attempts > 1 {
                    write!(f, " (after {} attempts)", e.attempts)?;
                }
                Ok(())
            }
            Error::Transport(e) => {
                let what = match e.kind {
                    TransportKind::Dns => "the host name could not be resolved",
                    TransportKind::Connect => "could not connect",
                    TransportKind::Timeout
                        if matches!(e.source, ureq::Error::Timeout(ureq::Timeout::Global)) =>
                    {
                        "the call's total timeout ran out"
                    }
                    TransportKind::Timeout => "timed out",
                    TransportKind::BodyTooLarge => "answer larger than the body limit",
                    TransportKind::Io => "the connection broke",
                    TransportKind::Protocol => "the server's answer was not valid HTTP",
                    TransportKind::Request => "the request could not be built",
                };
                write!(f, "{} {}: {what}: {}", e.method, e.path, e.source)?;
                if e.attempts > 1 {
                    write!(f, " (after {} attempts)", e.attempts)?;
                }
                if self.may_have_been_sent() {
                    f.write_str("; the request may have reached Plivo: check before repeating it")
                } else {
                    f.write_str("; the request never left this machine")
                }
            }
            Error::Decode(e) => {
                match e.operation {
                    Some(op) => write!(f, "could not decode the answer to {op}")?,
                    None => write!(f, "could not decode the answer")?,
                }
                write!(f, " (status {}): {}", e.status, e.message)
            }
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport(e) => Some(&e.source),
            Error::Decode(e) => Some(&e.source),
            Error::Invalid(_) | Error::Api(_) => None,
        }
    }
}
