//! Sends a built request through the shared agent and turns what comes back into a
//! [`Response`] or an [`Error`].

use ureq::http;

use crate::client::Secret;
use crate::dispatch::Request;
use crate::error::{ApiError, TransportError, TransportKind};
use crate::{Error, Response};

/// Everything a call needs besides the request: one per client, shared by its clones.
pub(crate) struct Transport {
    agent: ureq::Agent,
    pub(crate) auth_id: String,
    authorization: Secret,
    pub(crate) origin: String,
    /// `{origin}/v1/Account/{auth_id}/`, built once.
    account_base: String,
    max_body: u64,
}

impl Transport {
    pub(crate) fn new(
        agent: ureq::Agent,
        auth_id: String,
        authorization: Secret,
        origin: String,
        max_body: u64,
    ) -> Self {
        let account_base = format!("{origin}/v1/Account/{auth_id}/");
        Transport {
            agent,
            auth_id,
            authorization,
            origin,
            account_base,
            max_body,
        }
    }

    pub(crate) fn url(&self, request: &Request) -> String {
        let mut url = String::with_capacity(
            self.account_base.len() + request.path.len() + request.query.len() + 1,
        );
        url.push_str(&self.account_base);
        url.push_str(&request.path);
        if !request.query.is_empty() {
            url.push('?');
            url.push_str(&request.query);
        }
        url
    }

    pub(crate) fn send(
        &self,
        operation: &'static str,
        request: &Request,
    ) -> Result<Response, Error> {
        let method = request.method.as_str();
        let fail = |kind, source| {
            Error::Transport(Box::new(TransportError {
                kind,
                method,
                path: self.path_of(request),
                source,
            }))
        };
        let builder = http::Request::builder()
            .method(method)
            .uri(self.url(request))
            .header(http::header::AUTHORIZATION, self.authorization.expose())
            .header(http::header::ACCEPT, "application/json");
        let sent = match &request.body {
            Some(body) => builder
                .header(http::header::CONTENT_TYPE, "application/json")
                .body(body.as_slice())
                .map(|req| self.agent.run(req)),
            None => builder.body(()).map(|req| self.agent.run(req)),
        };
        let mut answer = match sent {
            Ok(Ok(answer)) => answer,
            Ok(Err(e)) => return Err(fail(kind_of(&e), e)),
            Err(e) => return Err(fail(TransportKind::Request, ureq::Error::Http(e))),
        };
        let status = answer.status().as_u16();
        let raw = answer
            .body_mut()
            .with_config()
            .limit(self.max_body)
            .read_to_vec()
            .map_err(|e| fail(kind_of(&e), e))?;
        if (200..300).contains(&status) {
            Response::new(status, operation, raw)
        } else {
            Err(api_error(status, method, self.path_of(request), &raw))
        }
    }

    /// The request's path as errors show it: from `/v1/`, without host or query.
    fn path_of(&self, request: &Request) -> String {
        let base = self
            .account_base
            .strip_prefix(&self.origin)
            .unwrap_or(&self.account_base);
        format!("{base}{}", request.path)
    }
}

fn kind_of(error: &ureq::Error) -> TransportKind {
    match error {
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

/// Builds the error for a non-2xx answer, keeping whatever Plivo said.
fn api_error(status: u16, method: &'static str, path: String, raw: &[u8]) -> Error {
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
    Error::Api(Box::new(ApiError {
        status,
        api_id,
        message,
        body,
        method,
        path,
    }))
}
