//! The `multipart/form-data` encoder (RFC 7578) for uploads, in the three shapes Plivo uses:
//!
//! - repeated `file` parts (media upload): [`Multipart::files`];
//! - text fields plus one `file` (addresses, identities, compliance documents, letters of
//!   authorization): [`Multipart::fields_and_file`];
//! - a `data` part holding a JSON text plus `documents[i].file` parts (phone-number
//!   compliance): [`Multipart::data_and_documents`].
//!
//! The body is built once, in memory, and sent as it is on every attempt. The boundary is 24
//! random bytes from `ring`'s system generator, drawn again (at most a few times) in the
//! astronomically unlikely case that a part contains it.

use ring::rand::{SecureRandom as _, SystemRandom};

/// One part's head: its name, and for a file its file name and content type.
pub(crate) struct Part<'a> {
    pub name: &'a str,
    pub file: Option<(&'a str, &'a str)>,
    pub data: &'a [u8],
}

impl<'a> Part<'a> {
    /// A text field.
    pub(crate) fn text(name: &'a str, value: &'a str) -> Self {
        Part {
            name,
            file: None,
            data: value.as_bytes(),
        }
    }

    /// A file: its field name, file name, content type and content.
    pub(crate) fn file(
        name: &'a str,
        filename: &'a str,
        content_type: &'a str,
        data: &'a [u8],
    ) -> Self {
        Part {
            name,
            file: Some((filename, content_type)),
            data,
        }
    }
}

/// An encoded body and the boundary that separates its parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Multipart {
    pub boundary: String,
    pub body: Vec<u8>,
}

/// Why no body could be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum EncodeError {
    /// The system's random generator failed.
    Random,
    /// A content type holds a line break or another control character.
    ContentType,
}

impl std::fmt::Display for EncodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            EncodeError::Random => {
                "no multipart boundary could be drawn (the system's random generator failed)"
            }
            EncodeError::ContentType => "a content type must not hold control characters",
        })
    }
}

impl Multipart {
    /// The `Content-Type` header value.
    pub(crate) fn content_type(&self) -> String {
        format!("multipart/form-data; boundary={}", self.boundary)
    }

    /// Encodes the parts in order, with a fresh random boundary.
    pub(crate) fn encode(parts: &[Part<'_>]) -> Result<Multipart, EncodeError> {
        let random = SystemRandom::new();
        for _ in 0..4 {
            let mut raw = [0u8; 24];
            random.fill(&mut raw).map_err(|_| EncodeError::Random)?;
            let boundary = boundary_text(&raw);
            if !parts.iter().any(|p| contains(p.data, boundary.as_bytes())) {
                return Multipart::with_boundary(boundary, parts);
            }
        }
        Err(EncodeError::Random)
    }

    /// Encodes with a given boundary (for tests, and once `encode` has drawn one).
    pub(crate) fn with_boundary(
        boundary: String,
        parts: &[Part<'_>],
    ) -> Result<Multipart, EncodeError> {
        let size = parts.iter().map(|p| p.data.len() + 160).sum::<usize>() + 64;
        let mut body = Vec::with_capacity(size);
        for part in parts {
            body.extend_from_slice(b"--");
            body.extend_from_slice(boundary.as_bytes());
            body.extend_from_slice(b"\r\nContent-Disposition: form-data; name=\"");
            push_quoted(&mut body, part.name);
            body.push(b'"');
            if let Some((filename, content_type)) = part.file {
                if content_type.chars().any(char::is_control) {
                    return Err(EncodeError::ContentType);
                }
                body.extend_from_slice(b"; filename=\"");
                push_quoted(&mut body, filename);
                body.extend_from_slice(b"\"\r\nContent-Type: ");
                body.extend_from_slice(content_type.as_bytes());
            }
            body.extend_from_slice(b"\r\n\r\n");
            body.extend_from_slice(part.data);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(b"--");
        body.extend_from_slice(boundary.as_bytes());
        body.extend_from_slice(b"--\r\n");
        Ok(Multipart { boundary, body })
    }

    /// Shape 1: every file as a part named `name` (`file` for media). The request builder
    /// makes this shape from an operation's fields; this is its direct form.
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) fn files(
        name: &str,
        files: &[(&str, &str, &[u8])],
    ) -> Result<Multipart, EncodeError> {
        let parts: Vec<Part<'_>> = files
            .iter()
            .map(|(filename, content_type, data)| Part::file(name, filename, content_type, data))
            .collect();
        Multipart::encode(&parts)
    }

    /// Shape 2: text fields, then one file as the part `file`.
    #[cfg_attr(not(test), allow(dead_code))] // no operation of this shape yet
    pub(crate) fn fields_and_file(
        fields: &[(&str, &str)],
        file: (&str, &str, &[u8]),
    ) -> Result<Multipart, EncodeError> {
        let mut parts: Vec<Part<'_>> = fields.iter().map(|(k, v)| Part::text(k, v)).collect();
        parts.push(Part::file("file", file.0, file.1, file.2));
        Multipart::encode(&parts)
    }

    /// Shape 3: the JSON text as the part `data`, then each document's file as
    /// `documents[i].file`, where `i` is the document's index in the JSON's `documents`
    /// (a document without a file has no part, so the indexes may skip).
    pub(crate) fn data_and_documents(
        data: &str,
        documents: &[(usize, &str, &str, &[u8])],
    ) -> Result<Multipart, EncodeError> {
        let names: Vec<String> = documents.iter().map(|(i, ..)| document_part(*i)).collect();
        let mut parts = vec![Part::text("data", data)];
        for (name, (_, filename, content_type, bytes)) in names.iter().zip(documents) {
            parts.push(Part::file(name, filename, content_type, bytes));
        }
        Multipart::encode(&parts)
    }
}

/// The name of document `index`'s file part in the third shape: `documents[{index}].file`
/// (also the JSON-form field that carries it).
pub(crate) fn document_part(index: usize) -> String {
    format!("documents[{index}].file")
}

/// `plivo-` and the random bytes in hex: 54 characters, within RFC 2046's 70.
fn boundary_text(raw: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(6 + raw.len() * 2);
    out.push_str("plivo-");
    for byte in raw {
        out.push(char::from(HEX[usize::from(byte >> 4)]));
        out.push(char::from(HEX[usize::from(byte & 15)]));
    }
    out
}

/// A name or file name inside quotes, as browsers write them (the HTML standard's form
/// encoding): `"`, CR and LF percent-encoded, everything else (UTF-8 included) as it is.
fn push_quoted(out: &mut Vec<u8>, text: &str) {
    for byte in text.bytes() {
        match byte {
            b'"' => out.extend_from_slice(b"%22"),
            b'\r' => out.extend_from_slice(b"%0D"),
            b'\n' => out.extend_from_slice(b"%0A"),
            other => out.push(other),
        }
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CRLF: &str = "\r\n";

    fn text(m: &Multipart) -> String {
        String::from_utf8(m.body.clone()).expect("text body")
    }

    #[test]
    fn shape_one_repeats_the_file_part() {
        let parts = [
            Part::file("file", "a.png", "image/png", b"PNG"),
            Part::file("file", "b.txt", "text/plain", b"hi\r\nthere"),
        ];
        let m = Multipart::with_boundary("XyZ".into(), &parts).expect("encodes");
        let want = [
            "--XyZ",
            "Content-Disposition: form-data; name=\"file\"; filename=\"a.png\"",
            "Content-Type: image/png",
            "",
            "PNG",
            "--XyZ",
            "Content-Disposition: form-data; name=\"file\"; filename=\"b.txt\"",
            "Content-Type: text/plain",
            "",
            "hi",
            "there",
            "--XyZ--",
            "",
        ]
        .join(CRLF);
        assert_eq!(text(&m), want);
        assert_eq!(m.content_type(), "multipart/form-data; boundary=XyZ");
    }

    #[test]
    fn shape_two_has_text_fields_then_one_file() {
        let m = Multipart::fields_and_file(
            &[("first_name", "Ada"), ("country_iso", "GB")],
            ("id.pdf", "application/pdf", b"%PDF"),
        )
        .expect("encodes");
        let b = &m.boundary;
        let want = format!(
            "--{b}\r\nContent-Disposition: form-data; name=\"first_name\"\r\n\r\nAda\r\n\
             --{b}\r\nContent-Disposition: form-data; name=\"country_iso\"\r\n\r\nGB\r\n\
             --{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"id.pdf\"\r\n\
             Content-Type: application/pdf\r\n\r\n%PDF\r\n--{b}--\r\n"
        );
        assert_eq!(text(&m), want);
    }

    #[test]
    fn shape_three_has_a_json_data_part_and_numbered_documents() {
        let data = serde_json::json!({"number": "14155550100", "documents": [{"type": "id"}, {"type": "none"}, {"type": "bill"}]});
        let m = Multipart::data_and_documents(
            &data.to_string(),
            &[
                (0, "id.png", "image/png", b"1"),
                (2, "bill.pdf", "application/pdf", b"2"),
            ],
        )
        .expect("encodes");
        let body = text(&m);
        let b = &m.boundary;
        assert!(body.starts_with(&format!(
            "--{b}\r\nContent-Disposition: form-data; name=\"data\"\r\n\r\n{data}\r\n"
        )));
        assert!(body.contains(
            "name=\"documents[0].file\"; filename=\"id.png\"\r\nContent-Type: image/png\r\n\r\n1\r\n"
        ));
        assert!(!body.contains("documents[1].file"));
        assert!(body.contains(
            "name=\"documents[2].file\"; filename=\"bill.pdf\"\r\nContent-Type: application/pdf\r\n\r\n2\r\n"
        ));
        assert!(body.ends_with(&format!("--{b}--\r\n")));
    }

    #[test]
    fn boundaries_are_random_and_absent_from_the_content() {
        let a = Multipart::files("file", &[("a", "text/plain", b"x")]).expect("encodes");
        let b = Multipart::files("file", &[("a", "text/plain", b"x")]).expect("encodes");
        assert_ne!(a.boundary, b.boundary);
        assert_eq!(a.boundary.len(), 54);
        assert!(a.boundary.starts_with("plivo-"));
        assert!(
            a.boundary
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b'-')
        );
        assert_eq!(a.body.len(), b.body.len());
    }

    #[test]
    fn quotes_and_line_breaks_cannot_add_headers() {
        let m = Multipart::with_boundary(
            "B".into(),
            &[Part::file(
                "fi\"le",
                "a\r\nX-Evil: 1\".png",
                "image/png",
                b"",
            )],
        )
        .expect("encodes");
        let body = text(&m);
        assert!(
            body.contains("name=\"fi%22le\"; filename=\"a%0D%0AX-Evil: 1%22.png\""),
            "{body}"
        );
        let bad = Multipart::with_boundary(
            "B".into(),
            &[Part::file("f", "a", "image/png\r\nX: 1", b"")],
        );
        assert_eq!(bad, Err(EncodeError::ContentType));
    }

    #[test]
    fn binary_content_is_kept_byte_for_byte() {
        let bytes: Vec<u8> = (0..=255).collect();
        let m = Multipart::with_boundary(
            "B".into(),
            &[Part::file(
                "file",
                "x.bin",
                "application/octet-stream",
                &bytes,
            )],
        )
        .expect("encodes");
        assert!(contains(&m.body, &bytes));
    }
}
