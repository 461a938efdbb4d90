//! What a successful call returns.

use std::sync::OnceLock;

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::Error;
use crate::error::DecodeError;

/// A 2xx answer from Plivo.
///
/// The body was checked to be JSON (or empty) when the call returned; it is parsed into a
/// [`Value`] only when [`Response::body`] or [`Response::api_id`] first asks for it, and
/// [`Response::decode`] reads the raw bytes straight into your type.
#[derive(Debug, Clone)]
pub struct Response {
    status: u16,
    operation: &'static str,
    attempts: u32,
    raw: Vec<u8>,
    value: OnceLock<Value>,
}

impl Response {
    /// Checks that `raw` is empty or valid UTF-8 JSON; anything else is a decode error, so that
    /// a garbled 2xx answer is never mistaken for success. (Skipping over the JSON alone would
    /// not look inside strings, where invalid UTF-8 can hide.)
    pub(crate) fn new(
        status: u16,
        operation: &'static str,
        attempts: u32,
        raw: Vec<u8>,
        check: bool,
    ) -> Result<Self, Error> {
        // Typed calls skip the check: decoding into a model reads (and so checks) every byte,
        // unknown fields included (they land in `extra`).
        if check && !is_blank(&raw) {
            let checked = match std::str::from_utf8(&raw) {
                Ok(text) => serde_json::from_str::<serde::de::IgnoredAny>(text).map(|_| ()),
                Err(e) => Err(serde::de::Error::custom(format!(
                    "the body is not UTF-8: {e}"
                ))),
            };
            checked.map_err(|source: serde_json::Error| {
                Error::Decode(Box::new(DecodeError {
                    operation: Some(operation),
                    status,
                    message: format!("the body is not JSON: {source}"),
                    path: None,
                    attempts,
                    source,
                }))
            })?;
        }
        Ok(Response {
            status,
            operation,
            attempts,
            raw,
            value: OnceLock::new(),
        })
    }

    /// Attempts it took, the first included (more than 1 after retries).
    pub fn attempts(&self) -> u32 {
        self.attempts
    }

    /// The HTTP status (200, 201, 202, 204, …).
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The seed name of the operation this answers.
    pub fn operation(&self) -> &'static str {
        self.operation
    }

    /// The body as JSON; [`Value::Null`] for an empty body (a 204).
    pub fn body(&self) -> &Value {
        self.value.get_or_init(|| {
            if is_blank(&self.raw) {
                Value::Null
            } else {
                // Checked in `new` (UTF-8 and JSON), so this parse succeeds; Null is only a
                // fallback that cannot be reached.
                serde_json::from_slice(&self.raw).unwrap_or(Value::Null)
            }
        })
    }

    /// The body's bytes as received.
    pub fn raw_body(&self) -> &[u8] {
        &self.raw
    }

    /// Plivo's request id (`api_id`), when the body has one.
    pub fn api_id(&self) -> Option<&str> {
        self.body().get("api_id").and_then(Value::as_str)
    }

    /// Decodes the body into `T` (an empty body decodes as JSON `null`).
    ///
    /// ```
    /// # fn demo(resp: plivo::Response) -> Result<(), plivo::Error> {
    /// #[derive(serde::Deserialize)]
    /// struct Sent { message_uuid: Vec<String> }
    /// let sent: Sent = resp.decode()?;
    /// # Ok(()) }
    /// ```
    pub fn decode<T: DeserializeOwned>(&self) -> Result<T, Error> {
        self.decode_from(if is_blank(&self.raw) {
            b"null"
        } else {
            &self.raw
        })
    }

    /// Decodes into a model: an empty body (a 204) reads as `{}`, so that a model whose fields
    /// are all optional decodes from it.
    pub(crate) fn decode_model<T: DeserializeOwned>(&self) -> Result<T, Error> {
        self.decode_from(if is_blank(&self.raw) {
            b"{}"
        } else {
            &self.raw
        })
    }

    fn decode_from<T: DeserializeOwned>(&self, bytes: &[u8]) -> Result<T, Error> {
        // The fast path first; tracking the path of every field costs about a third more, so
        // it runs only to explain a failure.
        if let Ok(value) = serde_json::from_slice(bytes) {
            return Ok(value);
        }
        let fail = |message: String, path: Option<String>, source: serde_json::Error| {
            Error::Decode(Box::new(DecodeError {
                operation: Some(self.operation),
                status: self.status,
                message,
                path,
                attempts: self.attempts,
                source,
            }))
        };
        let mut deserializer = serde_json::Deserializer::from_slice(bytes);
        match serde_path_to_error::deserialize(&mut deserializer) {
            Ok(value) => match deserializer.end() {
                Ok(()) => Ok(value),
                Err(source) => Err(fail(source.to_string(), None, source)),
            },
            Err(e) => {
                let path = e.path().to_string();
                let source = e.into_inner();
                if path == "." {
                    Err(fail(source.to_string(), None, source))
                } else {
                    Err(fail(format!("at `{path}`: {source}"), Some(path), source))
                }
            }
        }
    }
}

fn is_blank(raw: &[u8]) -> bool {
    raw.iter().all(u8::is_ascii_whitespace)
}
