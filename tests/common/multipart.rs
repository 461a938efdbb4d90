//! Multipart bodies read back independently of the crate, and a mock that keeps them.

use std::sync::{Arc, Mutex};

use mockito::{Matcher, Server};

use super::{AUTH_ID, basic_auth};

/// One part of a multipart body as the test reads it back.
#[derive(Debug, PartialEq)]
pub struct ReadPart {
    pub name: String,
    pub filename: Option<String>,
    pub content_type: Option<String>,
    pub data: Vec<u8>,
}

/// Reads a multipart body independently of the crate: split on `\r\n--boundary`, then each
/// part's head from its body at the first blank line.
pub fn read_parts(content_type: &str, body: &[u8]) -> Vec<ReadPart> {
    let boundary = content_type
        .strip_prefix("multipart/form-data; boundary=")
        .unwrap_or_else(|| panic!("not multipart: {content_type}"));
    let mut framed = b"\r\n".to_vec();
    framed.extend_from_slice(body);
    let marker = format!("\r\n--{boundary}");
    let text = framed;
    let mut pieces = Vec::new();
    let mut rest: &[u8] = &text;
    while let Some(at) = rest
        .windows(marker.len())
        .position(|w| w == marker.as_bytes())
    {
        pieces.push(&rest[..at]);
        rest = &rest[at + marker.len()..];
    }
    assert_eq!(rest, b"--\r\n", "the body ends with the closing boundary");
    assert!(
        pieces.remove(0).is_empty(),
        "nothing before the first boundary"
    );
    pieces
        .into_iter()
        .map(|piece| {
            let piece = piece.strip_prefix(b"\r\n").expect("CRLF after a boundary");
            let split = piece
                .windows(4)
                .position(|w| w == b"\r\n\r\n")
                .expect("a blank line after the head");
            let head = std::str::from_utf8(&piece[..split]).expect("UTF-8 head");
            let mut part = ReadPart {
                name: String::new(),
                filename: None,
                content_type: None,
                data: piece[split + 4..].to_vec(),
            };
            for line in head.split("\r\n") {
                if let Some(disposition) = line.strip_prefix("Content-Disposition: form-data; ") {
                    for pair in disposition.split("; ") {
                        let (key, value) = pair.split_once('=').expect("key=value");
                        let value = value.trim_matches('"').to_owned();
                        match key {
                            "name" => part.name = value,
                            "filename" => part.filename = Some(value),
                            other => panic!("unexpected {other}"),
                        }
                    }
                } else if let Some(ty) = line.strip_prefix("Content-Type: ") {
                    part.content_type = Some(ty.to_owned());
                } else {
                    panic!("unexpected header line {line:?}");
                }
            }
            part
        })
        .collect()
}

pub fn file_part(filename: &str, content_type: &str, data: &[u8]) -> ReadPart {
    named_part("file", filename, content_type, data)
}

/// A file part named `name`.
pub fn named_part(name: &str, filename: &str, content_type: &str, data: &[u8]) -> ReadPart {
    ReadPart {
        name: name.into(),
        filename: Some(filename.into()),
        content_type: Some(content_type.into()),
        data: data.to_vec(),
    }
}

/// What one upload request carried.
pub type Captured = Arc<Mutex<Vec<(String, Vec<u8>)>>>;

/// A mock for `method` on the account path `path` with Basic auth and a multipart
/// `Content-Type`, recording each request's `Content-Type` and body, answering `status` with
/// the JSON `answer`, expected `hits` times.
pub fn multipart_mock(
    server: &mut Server,
    method: &str,
    path: &str,
    status: usize,
    answer: &str,
    hits: usize,
) -> (mockito::Mock, Captured) {
    let seen: Captured = Arc::default();
    let keep = seen.clone();
    let mock = server
        .mock(
            method,
            Matcher::Exact(format!("/v1/Account/{AUTH_ID}/{path}")),
        )
        .match_query(Matcher::Missing)
        .match_header("authorization", basic_auth().as_str())
        .match_header("accept", "application/json")
        .match_header(
            "content-type",
            Matcher::Regex(r"^multipart/form-data; boundary=plivo-[0-9a-f]{48}$".into()),
        )
        .match_request(move |req| {
            let ty = req
                .header("content-type")
                .first()
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_owned();
            let body = req.body().cloned().unwrap_or_default();
            keep.lock().expect("lock").push((ty, body));
            true
        })
        .with_status(status)
        .with_header("content-type", "application/json")
        .with_body(answer)
        .expect(hits)
        .create();
    (mock, seen)
}
