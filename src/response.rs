//! What a successful call returns.

use std::fmt;
use std::sync::OnceLock;

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::Error;
use crate::error::DecodeError;

/// A 2xx answer from Plivo.
///
/// The body was parsed into a [`Value`] when the call returned (once: [`Response::body`] and
/// [`Response::api_id`] read that `Value`), so a 2xx answer that is not JSON is an error, never
/// a success. [`Response::decode`] reads the raw bytes straight into your type.
///
/// `Debug` shows the status, the operation, the attempts and the body as JSON, with the value
/// of any key naming a password, token or secret (a new subaccount's `auth_token`) as `***`;
/// [`Response::body`] and [`Response::raw_body`] keep everything.
#[derive(Clone)]
pub struct Response {
    status: u16,
    operation: &'static str,
    attempts: u32,
    raw: Vec<u8>,
    value: OnceLock<Value>,
}

impl Response {
    /// With `parse`, reads `raw` into the [`Value`] that [`Response::body`] returns, which checks
    /// that it is UTF-8 JSON (or empty): a garbled 2xx answer is a decode error, never mistaken
    /// for success. serde_json checks every string it reads into a `Value` as UTF-8, so invalid
    /// bytes inside a string are caught too.
    pub(crate) fn new(
        status: u16,
        operation: &'static str,
        attempts: u32,
        raw: Vec<u8>,
        parse: bool,
    ) -> Result<Self, Error> {
        // Typed calls do not parse here: decoding into a model reads (and so checks) every
        // byte, unknown fields included (they land in `extra`).
        let value = if !parse {
            OnceLock::new()
        } else {
            let body = read_body(&raw).map_err(|source: serde_json::Error| {
                Error::Decode(Box::new(DecodeError {
                    operation: Some(operation),
                    status,
                    message: format!("the body is not JSON: {source}"),
                    path: None,
                    attempts,
                    source,
                }))
            })?;
            OnceLock::from(body)
        };
        Ok(Response {
            status,
            operation,
            attempts,
            raw,
            value,
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
        // Parsed in `new` for every call that returns a `Response`; the typed layer skips that
        // and decodes from the bytes instead. Were it asked anyway, a body that is not JSON
        // reads as `Null`.
        self.value
            .get_or_init(|| read_body(&self.raw).unwrap_or(Value::Null))
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

impl fmt::Debug for Response {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Response")
            .field("status", &self.status)
            .field("operation", &self.operation)
            .field("attempts", &self.attempts)
            .field("body", &crate::mask::value(self.body()))
            .finish()
    }
}

/// The body as JSON: `null` when it is empty or only whitespace (a 204).
fn read_body(raw: &[u8]) -> Result<Value, serde_json::Error> {
    if is_blank(raw) {
        Ok(Value::Null)
    } else {
        crate::json::value(raw)
    }
}

fn is_blank(raw: &[u8]) -> bool {
    raw.iter().all(u8::is_ascii_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_raw_answer_is_parsed_once_when_it_arrives() {
        let raw = br#"{"api_id":"a","x":[1,"\u00e9"]}"#.to_vec();
        let resp = Response::new(200, "getMessages", 1, raw, true).expect("JSON");
        let parsed = resp
            .value
            .get()
            .expect("parsed in `new`, before `body` asks");
        assert_eq!(parsed, &serde_json::json!({"api_id": "a", "x": [1, "é"]}));
        assert!(std::ptr::eq(resp.body(), parsed), "body() reads that Value");
        assert_eq!(resp.api_id(), Some("a"));

        let empty = Response::new(204, "deleteMessage", 1, b" \n".to_vec(), true).expect("204");
        assert_eq!(empty.value.get(), Some(&Value::Null));
    }

    #[test]
    fn the_typed_path_does_not_parse_into_a_value() {
        let resp = Response::new(200, "getMessages", 1, b"{\"a\":1}".to_vec(), false).expect("ok");
        assert_eq!(resp.value.get(), None);
        assert_eq!(resp.decode::<Value>().expect("decodes")["a"], 1);
    }

    #[test]
    fn a_raw_answer_that_is_not_json_is_a_decode_error() {
        for raw in [
            &b"{\"api_id\": "[..],
            b"<html>",
            b"{\"a\":\"\xff\"}",
            b"\xff\xfe",
        ] {
            let err = Response::new(200, "getMessages", 2, raw.to_vec(), true).expect_err("bad");
            match err {
                Error::Decode(d) => {
                    assert!(
                        d.message.starts_with("the body is not JSON: "),
                        "{}",
                        d.message
                    );
                    assert_eq!((d.status, d.attempts, d.path), (200, 2, None));
                }
                other => panic!("expected a decode error, got {other:?}"),
            }
        }
    }
}
