//! Checking that a webhook (callback) request really comes from Plivo.
//!
//! Plivo signs every request it sends to your answer, hangup, message and status URLs with an
//! HMAC of the callback URL, a nonce and (for V3) the callback parameters, keyed with an auth
//! token. This module recomputes that HMAC and compares it with the request's header. The
//! comparison is constant-time: the header's base64 is decoded and checked with
//! [`ring::hmac::verify`]; no signature string is ever compared with `==`.
//!
//! | header | nonce header | key | functions |
//! |---|---|---|---|
//! | `X-Plivo-Signature-V3` | `X-Plivo-Signature-V3-Nonce` | the auth token of the account or subaccount that owns the resource | [`validate_v3`], [`compute_v3`], [`string_to_sign_v3`] |
//! | `X-Plivo-Signature-Ma-V3` | `X-Plivo-Signature-V3-Nonce` | the **main account's** auth token | the same V3 functions |
//! | `X-Plivo-Signature-V2` | `X-Plivo-Signature-V2-Nonce` | account or subaccount token | [`validate_v2`], [`compute_v2`], [`string_to_sign_v2`] |
//! | `X-Plivo-Signature-Ma-V2` | `X-Plivo-Signature-V2-Nonce` | the main account's token | the same V2 functions |
//! | `X-Plivo-Signature` (legacy, HMAC-SHA1) | none | account token | [`validate_v1`], [`compute_v1`], [`string_to_sign_v1`] |
//!
//! The `-Ma-` headers use exactly the same algorithm as the plain ones; only the key differs.
//! To check one, call the same function with the main account's auth token. [`verify_request`]
//! takes the request's headers and both tokens and checks whichever signatures are present,
//! V3 first.
//!
//! V3 is the one to use: it covers the callback parameters. V2 covers only the URL and the
//! nonce, so a captured V2-signed request can be replayed with other parameters. V1 is
//! Plivo's legacy scheme (SHA-1); it is kept for old integrations only.
//!
//! # The URL
//!
//! Pass the callback URL **exactly as configured in Plivo** (scheme, host, explicit port,
//! path, trailing slash, query), not the URL your server sees behind a proxy or load
//! balancer. What is signed is `scheme://host[:port]path`: the port and a trailing slash are
//! kept, the fragment is dropped, the path is used as written (not decoded), and only the
//! scheme is lower-cased (as Python's `urlparse`, the reference SDK's parser, does). V2 drops
//! the query; V3 form-decodes it (`%XX` and `+`) and signs it in sorted form.
//!
//! Path parameters (`;…` in a segment, as in `https://example.com/answer;jsessionid=A1B2?x=1`)
//! are where the official SDKs disagree. plivo-node (4.78.0) and plivo-go keep them in the
//! string to sign, in V2 and V3; plivo-python's `urlparse` splits the `;…` off the **last**
//! segment and leaves it out of both (it signs `https://example.com/answer?x=1.…` where Node
//! and Go sign `https://example.com/answer;jsessionid=A1B2?x=1.…`). Which form Plivo's own
//! servers sign is not documented, so the checks here ([`validate_v2`], [`validate_v3`],
//! [`verify_request`]) accept a signature of either form: the URL as written, or the URL
//! without the last segment's `;…`. Both are computed from the URL you pass, with your token,
//! so accepting both lets no one forge anything. The `compute_*` and `string_to_sign_*`
//! functions give the first form, as Node and Go do.
//!
//! # V3 string to sign
//!
//! With `Q` the URL's own query pairs (form-decoded, blank values kept) and `P` the callback
//! parameters; sorting is by key, then by value for repeated keys, in byte order (upper case
//! before lower case):
//!
//! - `GET`: `P` and `Q` are merged into one list; a key present in the URL's own query takes
//!   its values from the query only (as the Python SDK does), so passing all the query pairs
//!   of the incoming request as `P` gives the same result as passing only Plivo's. The string
//!   is `base?k=v&k=v…`, or just `base` when the list is empty.
//! - `POST`: `base`, then `?` if there is a query or a parameter, then the sorted query as
//!   `k=v&k=v`, then `.` if there are both, then the sorted parameters as `kvkv…` with no
//!   separators.
//! - Then `.` and the nonce; the whole string is UTF-8.
//!
//! # Several signatures in one header
//!
//! While an account has two active auth tokens Plivo sends one signature per token,
//! separated by `,`. Every `validate_*` function accepts the header if **any** piece matches.
//! Pieces are not trimmed, as in every official SDK: `"sig1, sig2"` fails on `" sig2"`. Plivo
//! sends no spaces, and a piece must be standard padded base64 of exactly the digest's length
//! to be considered at all; anything else (wrong length, invalid base64, missing padding,
//! stray spaces) simply does not match.
//!
//! # Example
//!
//! ```
//! use plivo::webhook;
//!
//! // What your handler received (here signed locally, as a test would do).
//! let url = "https://example.com/answer?app=1";
//! let params = [("CallUUID", "0d9ab0fa"), ("From", "14155550100"), ("To", "14155550101")];
//! let nonce = "05429567804466091622";
//! let header = webhook::compute_v3("POST", url, nonce, &params, "auth-token")?;
//!
//! assert!(webhook::validate_v3("POST", url, nonce, &params, &header, "auth-token"));
//! assert!(!webhook::validate_v3("POST", url, nonce, &params, &header, "other-token"));
//!
//! // Or hand over the headers and let the helper pick the signature to check.
//! let headers = [
//!     ("x-plivo-signature-v3", header.as_str()),
//!     ("x-plivo-signature-v3-nonce", nonce),
//! ];
//! let verified = webhook::verify_request("POST", url, &params, &headers, "auth-token", None);
//! assert_eq!(verified.map(|v| v.version), Some(webhook::Version::V3));
//! # Ok::<(), plivo::Error>(())
//! ```

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use ring::hmac;

use crate::Error;

/// `X-Plivo-Signature-V3`: V3 signature(s) made with the owning account's auth token.
pub const SIGNATURE_V3_HEADER: &str = "X-Plivo-Signature-V3";
/// `X-Plivo-Signature-Ma-V3`: V3 signature(s) made with the main account's auth token.
pub const SIGNATURE_MA_V3_HEADER: &str = "X-Plivo-Signature-Ma-V3";
/// `X-Plivo-Signature-V3-Nonce`: the nonce of both V3 signatures.
pub const NONCE_V3_HEADER: &str = "X-Plivo-Signature-V3-Nonce";
/// `X-Plivo-Signature-V2`: V2 signature made with the owning account's auth token.
pub const SIGNATURE_V2_HEADER: &str = "X-Plivo-Signature-V2";
/// `X-Plivo-Signature-Ma-V2`: V2 signature made with the main account's auth token.
pub const SIGNATURE_MA_V2_HEADER: &str = "X-Plivo-Signature-Ma-V2";
/// `X-Plivo-Signature-V2-Nonce`: the nonce of both V2 signatures.
pub const NONCE_V2_HEADER: &str = "X-Plivo-Signature-V2-Nonce";
/// `X-Plivo-Signature`: the legacy (V1, HMAC-SHA1) signature.
pub const SIGNATURE_V1_HEADER: &str = "X-Plivo-Signature";

/// The callback's HTTP method, which decides the shape of the V3 string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Method {
    Get,
    Post,
}

impl Method {
    /// `GET` or `POST` in any case; anything else is `None`.
    fn parse(method: &str) -> Option<Self> {
        if method.eq_ignore_ascii_case("GET") {
            Some(Method::Get)
        } else if method.eq_ignore_ascii_case("POST") {
            Some(Method::Post)
        } else {
            None
        }
    }

    fn parse_or_invalid(method: &str) -> Result<Self, Error> {
        Method::parse(method).ok_or_else(|| {
            Error::invalid(
                None,
                "method",
                "must be GET or POST (any case) to sign a webhook",
            )
        })
    }
}

// ---------------------------------------------------------------------------------------------
// V3
// ---------------------------------------------------------------------------------------------

/// Checks an `X-Plivo-Signature-V3` (or, with the main account's token,
/// `X-Plivo-Signature-Ma-V3`) header value.
///
/// - `method`: the callback's method, `GET` or `POST` in any case. Any other method gives
///   `false` (it cannot have been signed).
/// - `url`: the callback URL as configured in Plivo, query included (see the
///   [module docs](self#the-url)).
/// - `nonce`: the `X-Plivo-Signature-V3-Nonce` header.
/// - `params`: the callback parameters: the form fields of a `POST`, the query pairs Plivo
///   added for a `GET`; decoded, in any order, repeated keys allowed.
/// - `signature_header`: the header value; it may hold several signatures separated by `,`
///   (not trimmed); the request is genuine if any of them matches.
///
/// The comparison is constant-time. Malformed signatures give `false`, never a panic.
pub fn validate_v3(
    method: &str,
    url: &str,
    nonce: &str,
    params: &[(&str, &str)],
    signature_header: &str,
    auth_token: &str,
) -> bool {
    match Method::parse(method) {
        Some(method) => signed_forms(url).any(|url| {
            matches_any(
                hmac::HMAC_SHA256,
                auth_token,
                &v3_message(method, &url, nonce, params),
                signature_header,
            )
        }),
        None => false,
    }
}

/// The V3 signature Plivo would send for this callback: base64 (standard, padded) of
/// HMAC-SHA256 of [`string_to_sign_v3`], keyed with `auth_token`. For tests, sandboxes and
/// debugging; to check a request use [`validate_v3`], which compares in constant time.
///
/// # Errors
///
/// [`Error::Invalid`] (field `method`) when `method` is not `GET` or `POST` in some case.
pub fn compute_v3(
    method: &str,
    url: &str,
    nonce: &str,
    params: &[(&str, &str)],
    auth_token: &str,
) -> Result<String, Error> {
    let message = string_to_sign_v3(method, url, nonce, params)?;
    Ok(sign(hmac::HMAC_SHA256, auth_token, &message))
}

/// The exact string V3 signs (see the [module docs](self#v3-string-to-sign)); handy to debug a
/// mismatch.
///
/// # Errors
///
/// [`Error::Invalid`] (field `method`) when `method` is not `GET` or `POST` in some case.
pub fn string_to_sign_v3(
    method: &str,
    url: &str,
    nonce: &str,
    params: &[(&str, &str)],
) -> Result<String, Error> {
    let method = Method::parse_or_invalid(method)?;
    Ok(v3_message(method, url, nonce, params))
}

fn v3_message(method: Method, url: &str, nonce: &str, params: &[(&str, &str)]) -> String {
    let (mut out, query) = split_url(url);
    let own = form_params(query);
    let own_pairs = own.iter().map(|(k, v)| (k.as_str(), v.as_str()));
    match method {
        Method::Get => {
            // The URL's own query replaces the parameters' values for the same key.
            let mut merged: Vec<(&str, &str)> = params
                .iter()
                .filter(|(key, _)| !own.iter().any(|(own_key, _)| own_key == key))
                .copied()
                .chain(own_pairs)
                .collect();
            merged.sort_unstable();
            let joined = join_query(&merged);
            if !joined.is_empty() {
                out.push('?');
                out.push_str(&joined);
            }
        }
        Method::Post => {
            let mut own_sorted: Vec<(&str, &str)> = own_pairs.collect();
            own_sorted.sort_unstable();
            let query = join_query(&own_sorted);
            if !params.is_empty() || !query.is_empty() {
                out.push('?');
                out.push_str(&query);
            }
            if !params.is_empty() && !query.is_empty() {
                out.push('.');
            }
            push_concatenated(&mut out, params);
        }
    }
    out.push('.');
    out.push_str(nonce);
    out
}

/// `k=v&k=v` of already sorted pairs.
fn join_query(pairs: &[(&str, &str)]) -> String {
    let mut out = String::new();
    for (i, (key, value)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        out.push_str(key);
        out.push('=');
        out.push_str(value);
    }
    out
}

/// Appends `kvkv…` of the pairs sorted by key, then value.
fn push_concatenated(out: &mut String, params: &[(&str, &str)]) {
    let mut sorted = params.to_vec();
    sorted.sort_unstable();
    for (key, value) in sorted {
        out.push_str(key);
        out.push_str(value);
    }
}

// ---------------------------------------------------------------------------------------------
// V2
// ---------------------------------------------------------------------------------------------

/// Checks an `X-Plivo-Signature-V2` (or, with the main account's token,
/// `X-Plivo-Signature-Ma-V2`) header value against `url` (as configured; its query and
/// fragment are ignored) and the `X-Plivo-Signature-V2-Nonce` header.
///
/// V2 does not cover the callback parameters; prefer [`validate_v3`] when Plivo sends V3.
/// Like V3, the header may hold several `,`-separated signatures (any may match; the official
/// SDKs do not split V2 headers, which only matters if Plivo ever sends more than one).
/// Constant-time; malformed signatures give `false`.
pub fn validate_v2(url: &str, nonce: &str, signature_header: &str, auth_token: &str) -> bool {
    signed_forms(url).any(|url| {
        matches_any(
            hmac::HMAC_SHA256,
            auth_token,
            &string_to_sign_v2(&url, nonce),
            signature_header,
        )
    })
}

/// The V2 signature Plivo would send: base64 of HMAC-SHA256 of [`string_to_sign_v2`].
pub fn compute_v2(url: &str, nonce: &str, auth_token: &str) -> String {
    sign(
        hmac::HMAC_SHA256,
        auth_token,
        &string_to_sign_v2(url, nonce),
    )
}

/// The string V2 signs: `scheme://host[:port]path` followed directly by the nonce, with no
/// separator (`https://example.com/answer/` + `12345`). The path keeps any `;…` parameters,
/// as plivo-node and plivo-go sign it (plivo-python drops those of the last segment, and
/// [`validate_v2`] accepts that form too; see [the module docs](self#the-url)).
pub fn string_to_sign_v2(url: &str, nonce: &str) -> String {
    let (mut out, _query) = split_url(url);
    out.push_str(nonce);
    out
}

// ---------------------------------------------------------------------------------------------
// V1 (legacy)
// ---------------------------------------------------------------------------------------------

/// Legacy: checks an `X-Plivo-Signature` header (HMAC-SHA1, Plivo's scheme before V2).
///
/// `uri` is used exactly as given, query included; `params` are the callback parameters. Kept
/// for old integrations; new code should check V3. Constant-time; `,`-separated signatures
/// are accepted as for V3; malformed signatures give `false`.
pub fn validate_v1(uri: &str, params: &[(&str, &str)], signature: &str, auth_token: &str) -> bool {
    matches_any(
        hmac::HMAC_SHA1_FOR_LEGACY_USE_ONLY,
        auth_token,
        &string_to_sign_v1(uri, params),
        signature,
    )
}

/// Legacy: the V1 signature, base64 of HMAC-SHA1 of [`string_to_sign_v1`].
pub fn compute_v1(uri: &str, params: &[(&str, &str)], auth_token: &str) -> String {
    sign(
        hmac::HMAC_SHA1_FOR_LEGACY_USE_ONLY,
        auth_token,
        &string_to_sign_v1(uri, params),
    )
}

/// Legacy: the string V1 signs: `uri` as given, then every parameter as `key` + `value` (raw,
/// no separators), sorted by key, then value.
pub fn string_to_sign_v1(uri: &str, params: &[(&str, &str)]) -> String {
    let mut out = uri.to_owned();
    push_concatenated(&mut out, params);
    out
}

// ---------------------------------------------------------------------------------------------
// Headers
// ---------------------------------------------------------------------------------------------

/// A signature scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Version {
    /// `X-Plivo-Signature-V2` / `-Ma-V2`: URL and nonce only.
    V2,
    /// `X-Plivo-Signature-V3` / `-Ma-V3`: URL, nonce, method and parameters.
    V3,
}

/// Whose token made the matching signature.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signer {
    /// The plain header, with the `auth_token` given (the account or subaccount that owns the
    /// resource).
    Account,
    /// The `-Ma-` header, with the main account's token.
    MainAccount,
}

/// What [`verify_request`] found: which scheme and which token matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verified {
    /// The scheme whose signature matched.
    pub version: Version,
    /// The header (and token) that matched.
    pub signer: Signer,
}

/// Checks a request's signature headers; `Some` when one matches.
///
/// `headers` are the request's `(name, value)` pairs (names in any case; other headers are
/// ignored; a signature header sent several times counts as one `,`-joined list). `method`,
/// `url` and `params` are as for [`validate_v3`]. `auth_token` checks the plain headers,
/// `main_account_token` (when given) the `-Ma-` ones.
///
/// - If a V3 signature header (`X-Plivo-Signature-V3` or `-Ma-V3`) is present, only V3 is
///   checked, with `X-Plivo-Signature-V3-Nonce`; a failing V3 never falls back to V2.
/// - Otherwise the V2 headers are checked the same way.
/// - A missing or repeated nonce header, no signature header, an unknown method, or no
///   matching signature gives `None`. The legacy V1 header is not checked here (see
///   [`validate_v1`]).
///
/// Because an attacker can simply leave the V3 headers out, a V2 result proves only that Plivo
/// signed this URL with this nonce, not these parameters. If your callbacks carry V3, require it:
///
/// ```
/// # use plivo::webhook::{self, Version};
/// # fn handler(headers: &[(&str, &str)], params: &[(&str, &str)]) -> bool {
/// let ok = webhook::verify_request("POST", "https://example.com/answer", params, headers,
///     "auth-token", Some("main-account-token"))
///     .is_some_and(|v| v.version == Version::V3);
/// # ok }
/// ```
pub fn verify_request(
    method: &str,
    url: &str,
    params: &[(&str, &str)],
    headers: &[(&str, &str)],
    auth_token: &str,
    main_account_token: Option<&str>,
) -> Option<Verified> {
    let v3 = header_list(headers, SIGNATURE_V3_HEADER);
    let ma_v3 = header_list(headers, SIGNATURE_MA_V3_HEADER);
    if v3.is_some() || ma_v3.is_some() {
        let method = Method::parse(method)?;
        let nonce = single_header(headers, NONCE_V3_HEADER)?;
        return signed_forms(url).find_map(|url| {
            check_pair(
                Version::V3,
                &v3_message(method, &url, nonce, params),
                v3.as_deref(),
                ma_v3.as_deref(),
                auth_token,
                main_account_token,
            )
        });
    }
    let v2 = header_list(headers, SIGNATURE_V2_HEADER);
    let ma_v2 = header_list(headers, SIGNATURE_MA_V2_HEADER);
    if v2.is_some() || ma_v2.is_some() {
        let nonce = single_header(headers, NONCE_V2_HEADER)?;
        return signed_forms(url).find_map(|url| {
            check_pair(
                Version::V2,
                &string_to_sign_v2(&url, nonce),
                v2.as_deref(),
                ma_v2.as_deref(),
                auth_token,
                main_account_token,
            )
        });
    }
    None
}

fn check_pair(
    version: Version,
    message: &str,
    plain: Option<&str>,
    main: Option<&str>,
    auth_token: &str,
    main_account_token: Option<&str>,
) -> Option<Verified> {
    if plain.is_some_and(|h| matches_any(hmac::HMAC_SHA256, auth_token, message, h)) {
        return Some(Verified {
            version,
            signer: Signer::Account,
        });
    }
    match (main, main_account_token) {
        (Some(h), Some(token)) if matches_any(hmac::HMAC_SHA256, token, message, h) => {
            Some(Verified {
                version,
                signer: Signer::MainAccount,
            })
        }
        _ => None,
    }
}

/// All values of the header `name`, joined with `,`; `None` when absent.
fn header_list(headers: &[(&str, &str)], name: &str) -> Option<String> {
    let mut values = headers
        .iter()
        .filter(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| *v);
    let first = values.next()?;
    let mut joined = first.to_owned();
    for value in values {
        joined.push(',');
        joined.push_str(value);
    }
    Some(joined)
}

/// The value of a header that must appear exactly once.
fn single_header<'a>(headers: &[(&str, &'a str)], name: &str) -> Option<&'a str> {
    let mut values = headers
        .iter()
        .filter(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| *v);
    let first = values.next()?;
    values.next().is_none().then_some(first)
}

// ---------------------------------------------------------------------------------------------
// HMAC, URL and form decoding
// ---------------------------------------------------------------------------------------------

fn sign(algorithm: hmac::Algorithm, auth_token: &str, message: &str) -> String {
    let key = hmac::Key::new(algorithm, auth_token.as_bytes());
    STANDARD.encode(hmac::sign(&key, message.as_bytes()))
}

/// Whether any `,`-separated piece of `header` is the base64 of the HMAC of `message`.
/// Each candidate is decoded (canonical padded base64 only) and checked with
/// `ring::hmac::verify`, which compares in constant time.
fn matches_any(algorithm: hmac::Algorithm, auth_token: &str, message: &str, header: &str) -> bool {
    let key = hmac::Key::new(algorithm, auth_token.as_bytes());
    let tag_len = algorithm.digest_algorithm().output_len();
    header.split(',').any(|piece| {
        STANDARD.decode(piece).is_ok_and(|tag| {
            tag.len() == tag_len && hmac::verify(&key, message.as_bytes(), &tag).is_ok()
        })
    })
}

/// The forms of a callback URL a genuine signature may cover: the URL as written, then, when
/// its last path segment has `;…` parameters, the URL without them (as Python's `urlparse`,
/// and so plivo-python, leaves them out). See the [module docs](self#the-url).
fn signed_forms(url: &str) -> impl Iterator<Item = std::borrow::Cow<'_, str>> {
    std::iter::once(std::borrow::Cow::Borrowed(url))
        .chain(without_last_segment_params(url).map(std::borrow::Cow::Owned))
}

/// The URL with the `;…` of its last path segment cut off (from the first `;` after the path's
/// last `/`, up to the query or fragment), or `None` when that segment has none. Only the
/// path counts: a `;` in the authority, the query or the fragment is left alone.
fn without_last_segment_params(url: &str) -> Option<String> {
    let end = url.find(['?', '#']).unwrap_or(url.len());
    let (head, tail) = url.split_at(end);
    let after_scheme = head.find("://")? + 3;
    let path_start = after_scheme + head[after_scheme..].find('/')?;
    let last_segment = path_start + head[path_start..].rfind('/').unwrap_or(0);
    let semicolon = last_segment + head[last_segment..].find(';')?;
    Some(format!("{}{tail}", &head[..semicolon]))
}

/// Splits a URL into the signed base (`scheme://authority/path`, scheme lower-cased) and the
/// raw query (without `?`); the fragment is dropped.
fn split_url(url: &str) -> (String, &str) {
    let without_fragment = url.split_once('#').map_or(url, |(before, _)| before);
    let (base, query) = without_fragment
        .split_once('?')
        .unwrap_or((without_fragment, ""));
    let base = match base.split_once("://") {
        Some((scheme, rest))
            if !scheme.is_empty()
                && scheme
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.')) =>
        {
            format!("{}://{rest}", scheme.to_ascii_lowercase())
        }
        _ => base.to_owned(),
    };
    (base, query)
}

/// Decodes an `application/x-www-form-urlencoded` body or a query string into pairs, in order,
/// repeated keys kept: what [`validate_v3`] takes as `params` for a `POST` callback's body or a
/// `GET` callback's query. Empty pieces are skipped, a piece without `=` is a key with an empty
/// value, `+` and `%XX` are decoded.
///
/// ```
/// let pairs = plivo::webhook::form_params("From=14155550100&Text=hi+there&Digits=%23");
/// assert_eq!(pairs[1], ("Text".to_owned(), "hi there".to_owned()));
/// ```
pub fn form_params(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|piece| !piece.is_empty())
        .map(|piece| {
            let (key, value) = piece.split_once('=').unwrap_or((piece, ""));
            (form_decode(key), form_decode(value))
        })
        .collect()
}

/// Decodes `+` to a space and `%XX` to its byte; a `%` not followed by two hex digits stays
/// as is; bytes that are not UTF-8 become U+FFFD (as Python's `unquote`).
fn form_decode(text: &str) -> String {
    let mut out = Vec::with_capacity(text.len());
    let mut rest = text.as_bytes();
    while let Some((&byte, tail)) = rest.split_first() {
        rest = tail;
        match byte {
            b'+' => out.push(b' '),
            b'%' => {
                let high = tail.first().copied().and_then(hex_value);
                let low = tail.get(1).copied().and_then(hex_value);
                match (high, low) {
                    (Some(high), Some(low)) => {
                        out.push(high << 4 | low);
                        rest = tail.get(2..).unwrap_or_default();
                    }
                    _ => out.push(b'%'),
                }
            }
            _ => out.push(byte),
        }
    }
    match String::from_utf8(out) {
        Ok(text) => text,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    }
}

fn hex_value(byte: u8) -> Option<u8> {
    match byte {
        b'0'..=b'9' => Some(byte - b'0'),
        b'a'..=b'f' => Some(byte - b'a' + 10),
        b'A'..=b'F' => Some(byte - b'A' + 10),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::without_last_segment_params as cut;

    #[test]
    fn last_segment_params_are_cut_as_urlparse_cuts_them() {
        // Expected values: Python 3's `urlparse(url)._replace(params="").geturl()`.
        let cases = [
            (
                "https://example.com/answer;jsessionid=A1B2?x=1",
                Some("https://example.com/answer?x=1"),
            ),
            (
                "https://e.com/a;x=1/b;y=2?q=1",
                Some("https://e.com/a;x=1/b?q=1"),
            ),
            ("https://e.com/a;x=1/b", None),
            ("https://e.com/a;b;c#f;g", Some("https://e.com/a#f;g")),
            ("https://e.com/a?x=;y", None),
            ("https://user;x@e.com/a", None),
            ("https://e.com;x", None),
            ("not a url;x", None),
        ];
        for (url, expected) in cases {
            assert_eq!(cut(url).as_deref(), expected, "{url}");
        }
    }
}
