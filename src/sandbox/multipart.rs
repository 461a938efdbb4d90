//! Reads a `multipart/form-data` body (RFC 7578) into its parts, for the sandbox's upload
//! routes. Anything malformed is an error (the sandbox answers 400); nothing panics.

/// One part of a form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FormPart {
    pub name: String,
    /// Set for a file part.
    pub filename: Option<String>,
    pub content_type: Option<String>,
    pub data: Vec<u8>,
}

/// The boundary of a `Content-Type: multipart/form-data; boundary=…` header, or `None` when
/// the header names another type.
pub(crate) fn boundary(content_type: &str) -> Option<Result<String, String>> {
    let mut pieces = content_type.split(';');
    let media = pieces.next()?.trim();
    if !media.eq_ignore_ascii_case("multipart/form-data") {
        return None;
    }
    let found = pieces.find_map(|p| {
        let (key, value) = p.split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case("boundary")
            .then(|| value.trim().trim_matches('"').to_owned())
    });
    Some(match found {
        Some(b) if !b.is_empty() && b.len() <= 70 => Ok(b),
        _ => Err("multipart/form-data needs a boundary of 1 to 70 characters".to_owned()),
    })
}

/// Splits the body at `--boundary` lines and reads each part's head.
pub(crate) fn parse(body: &[u8], boundary: &str) -> Result<Vec<FormPart>, String> {
    let delimiter = format!("--{boundary}");
    let delimiter = delimiter.as_bytes();
    let mut at = find(body, delimiter, 0).ok_or("the body has no boundary line")?;
    let mut parts = Vec::new();
    loop {
        at += delimiter.len();
        let rest = body.get(at..).unwrap_or_default();
        if rest.starts_with(b"--") {
            return if parts.is_empty() {
                Err("the form has no parts".to_owned())
            } else {
                Ok(parts)
            };
        }
        if !rest.starts_with(b"\r\n") {
            return Err("a boundary line must end with CRLF".to_owned());
        }
        let start = at + 2;
        let head_end =
            find(body, b"\r\n\r\n", start).ok_or("a part has no blank line after its head")?;
        let mut next_delimiter = Vec::with_capacity(delimiter.len() + 2);
        next_delimiter.extend_from_slice(b"\r\n");
        next_delimiter.extend_from_slice(delimiter);
        let end = find(body, &next_delimiter, head_end + 4)
            .ok_or("the form does not end with its closing boundary")?;
        let head =
            std::str::from_utf8(&body[start..head_end]).map_err(|_| "a part head is not UTF-8")?;
        parts.push(part(head, &body[head_end + 4..end])?);
        at = end + 2;
    }
}

fn part(head: &str, data: &[u8]) -> Result<FormPart, String> {
    let mut name = None;
    let mut filename = None;
    let mut content_type = None;
    for line in head.split("\r\n") {
        let (key, value) = line.split_once(':').ok_or("a part header has no `:`")?;
        if key.trim().eq_ignore_ascii_case("content-disposition") {
            let mut params = value.split(';');
            let kind = params.next().unwrap_or_default().trim();
            if !kind.eq_ignore_ascii_case("form-data") {
                return Err("a part's Content-Disposition must be form-data".to_owned());
            }
            for param in params {
                let Some((k, v)) = param.split_once('=') else {
                    continue;
                };
                let v = v.trim();
                let v = v
                    .strip_prefix('"')
                    .and_then(|v| v.strip_suffix('"'))
                    .unwrap_or(v)
                    .to_owned();
                match k.trim() {
                    "name" => name = Some(v),
                    "filename" => filename = Some(v),
                    _ => {}
                }
            }
        } else if key.trim().eq_ignore_ascii_case("content-type") {
            content_type = Some(value.trim().to_owned());
        }
    }
    Ok(FormPart {
        name: name.ok_or("a part has no name")?,
        filename,
        content_type,
        data: data.to_vec(),
    })
}

fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return None;
    }
    haystack
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| i + from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_the_client_writes() {
        let body = b"--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n--x\r\n--B\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhi\r\n--B--\r\n";
        let parts = parse(body, "B").expect("parses");
        assert_eq!(parts.len(), 2);
        assert_eq!(parts[0].filename.as_deref(), Some("a.png"));
        assert_eq!(parts[0].content_type.as_deref(), Some("image/png"));
        assert_eq!(parts[0].data, b"\x89PNG\r\n--x");
        assert_eq!(parts[1].name, "note");
        assert_eq!(parts[1].data, b"hi");
    }

    #[test]
    fn malformed_forms_are_errors() {
        for bad in [
            &b""[..],
            b"no boundary here",
            b"--B--\r\n",
            b"--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nunterminated",
            b"--B\r\nContent-Disposition: form-data\r\n\r\nx\r\n--B--",
            b"--B\r\nno colon\r\n\r\nx\r\n--B--",
            b"--Bjunk",
        ] {
            assert!(parse(bad, "B").is_err(), "{}", String::from_utf8_lossy(bad));
        }
    }

    #[test]
    fn boundaries_come_from_the_header() {
        assert_eq!(boundary("application/json"), None);
        assert_eq!(
            boundary("multipart/form-data; boundary=\"abc\""),
            Some(Ok("abc".to_owned()))
        );
        assert!(matches!(boundary("multipart/form-data"), Some(Err(_))));
    }
}
