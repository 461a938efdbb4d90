//! Per-field rules named in `params!` with `check = rules::…`, and the cross-field rules of a
//! few operations. Each returns the broken rule in words; the caller adds the field's name.
//! The string rules take `&String` because they are applied to `String` fields by type.
#![allow(clippy::ptr_arg)]

/// Page size: Plivo serves at most 20 items a page.
pub(crate) fn limit(v: &u32) -> Result<(), String> {
    if (1..=20).contains(v) {
        Ok(())
    } else {
        Err(format!("must be between 1 and 20 (got {v})"))
    }
}

/// `timeLimit` and similar durations: a call cannot be limited to zero seconds.
pub(crate) fn positive(v: &u32) -> Result<(), String> {
    if *v > 0 {
        Ok(())
    } else {
        Err("must be greater than 0".into())
    }
}

/// `machineDetectionTime`, in milliseconds.
pub(crate) fn machine_detection_time(v: &u32) -> Result<(), String> {
    if (2000..=10000).contains(v) {
        Ok(())
    } else {
        Err(format!(
            "must be between 2000 and 10000 milliseconds (got {v})"
        ))
    }
}

/// ISO 3166-1 alpha-2 country code, as Plivo wants it.
pub(crate) fn country_iso(v: &String) -> Result<(), String> {
    if v.len() == 2 && v.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(())
    } else {
        Err(format!(
            "must be two upper-case letters (ISO 3166-1 alpha-2, e.g. US), got {v:?}"
        ))
    }
}

/// A subaccount's auth id.
pub(crate) fn subaccount_id(v: &String) -> Result<(), String> {
    if v.len() == 20 && v.starts_with("SA") && v.bytes().all(is_id_byte) {
        Ok(())
    } else {
        Err("must be a subaccount auth id: SA followed by 18 upper-case letters or digits".into())
    }
}

/// A main account's or subaccount's auth id.
pub(crate) fn auth_id(v: &str) -> Result<(), String> {
    if v.len() == 20 && (v.starts_with("MA") || v.starts_with("SA")) && v.bytes().all(is_id_byte) {
        Ok(())
    } else {
        Err("must be MA or SA followed by 18 upper-case letters or digits".into())
    }
}

/// [`auth_id`] for a `String` field.
pub(crate) fn auth_id_field(v: &String) -> Result<(), String> {
    auth_id(v)
}

fn is_id_byte(b: u8) -> bool {
    b.is_ascii_uppercase() || b.is_ascii_digit()
}

/// A time filter: `YYYY-MM-DD HH:MM[:SS[.ffffff]]`, as Plivo's list filters take it.
pub(crate) fn timestamp(v: &String) -> Result<(), String> {
    if is_timestamp(v.as_bytes()) {
        Ok(())
    } else {
        Err(format!(
            "must be a time as YYYY-MM-DD HH:MM[:SS[.ffffff]], got {v:?}"
        ))
    }
}

fn is_timestamp(b: &[u8]) -> bool {
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    let at = |i: usize, c: u8| b.get(i) == Some(&c);
    let head = b.len() >= 16
        && digits(0..4)
        && at(4, b'-')
        && digits(5..7)
        && at(7, b'-')
        && digits(8..10)
        && at(10, b' ')
        && digits(11..13)
        && at(13, b':')
        && digits(14..16);
    match b.len() {
        16 => head,
        19 => head && at(16, b':') && digits(17..19),
        21..=26 => head && at(16, b':') && digits(17..19) && at(19, b'.') && digits(20..b.len()),
        _ => false,
    }
}

/// A URL Plivo fetches or notifies: absolute, `http://` or `https://` (either case), with a
/// host, and no space or control character anywhere (encode them as `%20`, …).
pub(crate) fn http_url(v: &String) -> Result<(), String> {
    absolute_url(v, "https://", "http://")
}

/// A WebSocket URL Plivo streams audio to: absolute, `wss://` or `ws://` (either case), with
/// a host, and no space or control character (as [`http_url`], other schemes).
pub(crate) fn ws_url(v: &String) -> Result<(), String> {
    absolute_url(v, "wss://", "ws://")
}

/// An absolute URL with the `secure` or `plain` scheme (lower-case, with `://`), a host, and
/// no space or control character.
fn absolute_url(v: &str, secure: &str, plain: &str) -> Result<(), String> {
    let lower = v.get(..secure.len()).unwrap_or(v).to_ascii_lowercase();
    let rest = if lower.starts_with(secure) {
        &v[secure.len()..]
    } else if lower.starts_with(plain) {
        &v[plain.len()..]
    } else {
        return Err(format!(
            "must be an absolute {plain} or {secure} URL (got {v:?})"
        ));
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = host.rsplit('@').next().unwrap_or_default();
    if host.is_empty() || host.starts_with(':') {
        return Err(format!("must name a host after the scheme (got {v:?})"));
    }
    if v.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err("must not contain spaces or control characters (percent-encode them)".into());
    }
    Ok(())
}

/// Each entry of a list of URLs: see [`http_url`].
pub(crate) fn http_urls(v: &Vec<String>) -> Result<(), String> {
    v.iter().try_for_each(http_url)
}

/// A value that ends up in a SIP or HTTP header on Plivo's side must not carry a line break.
pub(crate) fn single_line(v: &String) -> Result<(), String> {
    if v.contains(['\r', '\n']) {
        Err("must not contain a line break (CR or LF)".into())
    } else {
        Ok(())
    }
}

/// `sipHeaders`: `key=value` pairs joined with `,`; keys `[A-Za-z0-9]`, values also `%`.
pub(crate) fn sip_headers(v: &String) -> Result<(), String> {
    for pair in v.split(',') {
        let ok = match pair.split_once('=') {
            Some((key, value)) => {
                !key.is_empty()
                    && key.bytes().all(|b| b.is_ascii_alphanumeric())
                    && value
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'%')
            }
            None => false,
        };
        if !ok {
            return Err(format!(
                "must be key=value pairs joined with `,` (keys A-Z a-z 0-9, values also %), \
                 got the pair {pair:?}"
            ));
        }
    }
    Ok(())
}

/// `extraHeaders` of an audio stream (`<Stream>` and `startStream`): `key=value` pairs of
/// letters and digits joined by commas, at most 512 bytes.
pub(crate) fn stream_extra_headers(v: &str) -> Result<(), String> {
    if v.len() > 512 {
        return Err(format!("must be at most 512 bytes (got {})", v.len()));
    }
    let alnum = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric());
    let ok = v.split(',').all(|pair| {
        pair.split_once('=')
            .is_some_and(|(key, value)| alnum(key) && alnum(value))
    });
    if ok {
        Ok(())
    } else {
        Err(format!(
            "must be key=value pairs of letters and digits joined by commas (got {v:?})"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps() {
        for ok in [
            "2024-01-02 03:04",
            "2024-01-02 03:04:05",
            "2024-01-02 03:04:05.123456",
        ] {
            assert!(timestamp(&ok.to_owned()).is_ok(), "{ok}");
        }
        for bad in [
            "2024-01-02",
            "2024-01-02T03:04:05",
            "2024-01-02 03:04:5",
            "x",
            "2024-01-02 03:04:05.",
        ] {
            assert!(timestamp(&bad.to_owned()).is_err(), "{bad}");
        }
    }

    #[test]
    fn ids() {
        assert!(auth_id("MAXXXXXXXXXXXXXXXXXX").is_ok());
        assert!(auth_id("SA0123456789ABCDEFGH").is_ok());
        assert!(auth_id("XA0123456789ABCDEFGH").is_err());
        assert!(auth_id("MA0123456789abcdefgh").is_err());
        assert!(auth_id("MA012").is_err());
        assert!(subaccount_id(&"MAXXXXXXXXXXXXXXXXXX".to_owned()).is_err());
    }

    #[test]
    fn sip_header_pairs() {
        assert!(sip_headers(&"a=1,B2=x%20y".to_owned()).is_ok());
        assert!(sip_headers(&"a=1\r\nX: y".to_owned()).is_err());
        assert!(sip_headers(&"novalue".to_owned()).is_err());
        assert!(sip_headers(&"=v".to_owned()).is_err());
    }
}
