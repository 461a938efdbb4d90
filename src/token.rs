//! Access tokens for Plivo's browser and mobile SDKs, signed here without a request.
//!
//! An access token is a JWT signed with HS256 whose key is your **auth token**; the browser
//! or mobile SDK logs an endpoint in with it instead of the endpoint's password. This module
//! builds and signs it locally, as every official Plivo SDK does (`AccessToken` in Python,
//! Go, Node, Ruby, PHP, Java and .NET). To have Plivo mint one for you instead, send
//! [`crate::ops::CreateToken`].
//!
//! ```
//! use plivo::token::AccessToken;
//!
//! let token = AccessToken::new("MADADADADADADADADADA", "your-auth-token", "alice")
//!     .incoming(true)
//!     .outgoing(true)
//!     .lifetime(3600);
//! let claims = token.claims()?;
//! assert_eq!(claims.exp - claims.nbf, 3600);
//! let jwt = token.to_jwt()?;
//! assert_eq!(jwt.split('.').count(), 3);
//! # Ok::<(), plivo::Error>(())
//! ```
//!
//! # What is signed
//!
//! - Header: `{"alg":"HS256","cty":"plivo;v=1","typ":"JWT"}` (keys sorted, as the Go SDK,
//!   the Python SDK on PyJWT 2 and Plivo's own tokens write them).
//! - Claims, in this order (Python's, Node's and PHP's): `jti` (the [`uid`], by default
//!   `<username>-<now in epoch seconds>`), `iss` (the auth id), `sub` (the username), `nbf`
//!   (valid from, epoch seconds), `exp` (`nbf` + lifetime) and `grants`. There is no `iat`.
//! - `grants` is `{"voice":{"incoming_allow":…,"outgoing_allow":…}}` as soon as
//!   [`incoming`] or [`outgoing`] is called; the one not called is `false`. When neither is
//!   called, `grants` is `{}`, as in the Python SDK: a token that allows no calls.
//! - The JSON is compact and pure ASCII, escaped as Python's `json.dumps` (which PyJWT uses)
//!   writes it: every character from U+007F up as `\uXXXX` in lower-case hex (a surrogate
//!   pair above U+FFFF, so `é` is `\u00e9` and `😀` is `\ud83d\ude00`), `"` and `\` with a
//!   backslash, `\b` `\f` `\n` `\r` `\t`, other control characters as `\u00xx`, and `/` as
//!   is. Any JSON parser reads back the same claims.
//! - The signature is HMAC-SHA256 over `header.payload` with the auth token's UTF-8 bytes as
//!   key; all three parts are base64url without padding.
//!
//! JSON key order and escaping change the token's bytes but not its claims: each official SDK
//! writes its own order, and all of them verify with the same key. With the same explicit
//! [`uid`] and [`valid_from`], this module gives byte for byte the token the Python SDK's
//! `AccessToken.to_jwt` builds with PyJWT 2, for any username or uid, non-ASCII and control
//! characters included (tested against tokens made that way). Caveats: that `to_jwt` was
//! written for PyJWT 1 (it calls `.decode()` on what `jwt.encode` returns, which fails on
//! PyJWT 2's `str`), and PyJWT 1 writes the header keys unsorted (`typ`, `alg`, `cty`), so
//! there the header bytes differ while the claims are equal; and the SDK's default `uid` is
//! `<username>-<time.time()>`, with a fractional part, where ours has whole seconds.
//!
//! # Validity window
//!
//! Set at most two of [`valid_from`], [`lifetime`] and [`valid_till`]; the third is derived:
//!
//! | set | `nbf` | `exp` |
//! |---|---|---|
//! | nothing | now | now + 86400 |
//! | `valid_from` | `valid_from` | `valid_from` + 86400 |
//! | `lifetime` | now | now + `lifetime` |
//! | `valid_till` | now | `valid_till` |
//! | `valid_from` + `lifetime` | `valid_from` | `valid_from` + `lifetime` |
//! | `valid_from` + `valid_till` | `valid_from` | `valid_till` |
//! | `lifetime` + `valid_till` | `valid_till` − `lifetime` | `valid_till` |
//!
//! The lifetime, given or derived, must be 180 to 86400 seconds. Setting all three, a
//! `valid_till` before `valid_from`, an empty username or auth token, or an auth id that is
//! not `MA`/`SA` and 18 upper-case letters or digits gives [`Error::Invalid`] with the
//! operation `accessToken`, the field (`username`, `authId`, `authToken`, `uid`,
//! `validFrom`, `lifetime` or `validTill`) and the rule. Nothing is checked against Plivo:
//! an unknown username still gives a well-formed token.
//!
//! The auth token never appears in [`AccessToken`]'s `Debug` output or in an error.
//!
//! [`uid`]: AccessToken::uid
//! [`incoming`]: AccessToken::incoming
//! [`outgoing`]: AccessToken::outgoing
//! [`valid_from`]: AccessToken::valid_from
//! [`lifetime`]: AccessToken::lifetime
//! [`valid_till`]: AccessToken::valid_till

use std::fmt;
use std::io;
use std::time::{SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::Serialize;

use crate::{Error, rules};

/// The operation name errors carry.
const OPERATION: &str = "accessToken";

/// The JOSE header of every token, keys sorted.
const HEADER: &str = r#"{"alg":"HS256","cty":"plivo;v=1","typ":"JWT"}"#;

/// The lifetime when neither [`AccessToken::lifetime`] nor [`AccessToken::valid_till`] is
/// set: one day, in seconds.
pub const DEFAULT_LIFETIME: u64 = 86_400;

/// The shortest lifetime Plivo's SDKs allow, in seconds.
pub const MIN_LIFETIME: u64 = 180;

/// The longest lifetime Plivo's SDKs allow, in seconds (one day).
pub const MAX_LIFETIME: u64 = 86_400;

/// A builder for an access token; see the [module docs](self) for the rules.
///
/// Required parts are the constructor's arguments; the rest are chained. Nothing is checked
/// until [`AccessToken::claims`] or [`AccessToken::to_jwt`].
#[derive(Clone, PartialEq, Eq)]
pub struct AccessToken {
    auth_id: String,
    auth_token: String,
    username: String,
    uid: Option<String>,
    valid_from: Option<u64>,
    lifetime: Option<u64>,
    valid_till: Option<u64>,
    incoming: Option<bool>,
    outgoing: Option<bool>,
}

impl AccessToken {
    /// A token for the endpoint `username`, issued by the account `auth_id` and signed with
    /// its `auth_token`.
    pub fn new(
        auth_id: impl Into<String>,
        auth_token: impl Into<String>,
        username: impl Into<String>,
    ) -> Self {
        AccessToken {
            auth_id: auth_id.into(),
            auth_token: auth_token.into(),
            username: username.into(),
            uid: None,
            valid_from: None,
            lifetime: None,
            valid_till: None,
            incoming: None,
            outgoing: None,
        }
    }

    /// The token's id (`jti`); by default `<username>-<now in epoch seconds>`.
    pub fn uid(mut self, uid: impl Into<String>) -> Self {
        self.uid = Some(uid.into());
        self
    }

    /// Not valid before this time (`nbf`), in seconds since the Unix epoch; by default now.
    pub fn valid_from(mut self, epoch_secs: u64) -> Self {
        self.valid_from = Some(epoch_secs);
        self
    }

    /// How long the token is valid, in seconds: 180 to 86400; by default 86400.
    pub fn lifetime(mut self, secs: u64) -> Self {
        self.lifetime = Some(secs);
        self
    }

    /// Not valid after this time (`exp`), in seconds since the Unix epoch.
    pub fn valid_till(mut self, epoch_secs: u64) -> Self {
        self.valid_till = Some(epoch_secs);
        self
    }

    /// Allows or refuses incoming calls to the endpoint (`grants.voice.incoming_allow`).
    pub fn incoming(mut self, allow: bool) -> Self {
        self.incoming = Some(allow);
        self
    }

    /// Allows or refuses outgoing calls from the endpoint (`grants.voice.outgoing_allow`).
    pub fn outgoing(mut self, allow: bool) -> Self {
        self.outgoing = Some(allow);
        self
    }

    /// Checks the inputs and returns the claims the token would carry. Reads the clock when
    /// `nbf` or `jti` defaults to now.
    pub fn claims(&self) -> Result<Claims, Error> {
        self.claims_at(&mut Clock(None))
    }

    /// Checks the inputs, then builds and signs the token: `header.payload.signature`.
    pub fn to_jwt(&self) -> Result<String, Error> {
        let claims = self.claims()?;
        let payload = python_json(&claims)
            .map_err(|e| invalid("claims", format!("could not be written as JSON: {e}")))?;
        let mut jwt = String::with_capacity(64 + payload.len() * 4 / 3 + 44);
        URL_SAFE_NO_PAD.encode_string(HEADER, &mut jwt);
        jwt.push('.');
        URL_SAFE_NO_PAD.encode_string(&payload, &mut jwt);
        let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, self.auth_token.as_bytes());
        let tag = ring::hmac::sign(&key, jwt.as_bytes());
        jwt.push('.');
        URL_SAFE_NO_PAD.encode_string(tag.as_ref(), &mut jwt);
        Ok(jwt)
    }

    fn claims_at(&self, clock: &mut Clock) -> Result<Claims, Error> {
        if self.username.is_empty() {
            return Err(invalid("username", "must not be empty"));
        }
        rules::auth_id(&self.auth_id).map_err(|rule| invalid("authId", rule))?;
        if self.auth_token.is_empty() {
            return Err(invalid("authToken", "must not be empty"));
        }
        if self.uid.as_deref() == Some("") {
            return Err(invalid(
                "uid",
                "must not be empty (leave it unset for the default)",
            ));
        }
        let (nbf, exp) = self.window(clock)?;
        let jti = match &self.uid {
            Some(uid) => uid.clone(),
            None => format!("{}-{}", self.username, clock.now("uid")?),
        };
        let voice = if self.incoming.is_some() || self.outgoing.is_some() {
            Some(VoiceGrant {
                incoming_allow: self.incoming.unwrap_or(false),
                outgoing_allow: self.outgoing.unwrap_or(false),
            })
        } else {
            None
        };
        Ok(Claims {
            jti,
            iss: self.auth_id.clone(),
            sub: self.username.clone(),
            nbf,
            exp,
            grants: Grants { voice },
        })
    }

    /// `(nbf, exp)` from the two (or fewer) of valid_from / lifetime / valid_till that are set.
    fn window(&self, clock: &mut Clock) -> Result<(u64, u64), Error> {
        let lifetime_range = |field: &str, lifetime: u64| {
            if (MIN_LIFETIME..=MAX_LIFETIME).contains(&lifetime) {
                Ok(lifetime)
            } else {
                Err(invalid(
                    field,
                    match field {
                        "lifetime" => format!(
                            "must be between {MIN_LIFETIME} and {MAX_LIFETIME} seconds \
                             (got {lifetime})"
                        ),
                        _ => format!(
                            "must be {MIN_LIFETIME} to {MAX_LIFETIME} seconds after validFrom \
                             (got {lifetime} seconds)"
                        ),
                    },
                ))
            }
        };
        let (nbf, lifetime) = match (self.valid_from, self.lifetime, self.valid_till) {
            (Some(_), Some(_), Some(_)) => {
                return Err(invalid(
                    "validTill",
                    "cannot be set together with validFrom and lifetime: set at most two of \
                     validFrom, lifetime and validTill",
                ));
            }
            (None, Some(lifetime), Some(till)) => {
                let lifetime = lifetime_range("lifetime", lifetime)?;
                let from = till.checked_sub(lifetime).ok_or_else(|| {
                    invalid(
                        "validTill",
                        format!("must be at least lifetime ({lifetime}) seconds after the epoch"),
                    )
                })?;
                (from, lifetime)
            }
            (from, None, Some(till)) => {
                let (from, start) = match from {
                    Some(from) => (from, "validFrom"),
                    None => (clock.now("validFrom")?, "validFrom (now, by default)"),
                };
                let lifetime = till.checked_sub(from).ok_or_else(|| {
                    invalid(
                        "validTill",
                        format!(
                            "must not be before {start}: it is {} seconds before it",
                            from - till
                        ),
                    )
                })?;
                (from, lifetime_range("validTill", lifetime)?)
            }
            (from, lifetime, None) => {
                let lifetime = lifetime_range("lifetime", lifetime.unwrap_or(DEFAULT_LIFETIME))?;
                let from = match from {
                    Some(from) => from,
                    None => clock.now("validFrom")?,
                };
                (from, lifetime)
            }
        };
        let exp = nbf
            .checked_add(lifetime)
            .ok_or_else(|| invalid("validFrom", "is too large: validFrom + lifetime overflows"))?;
        Ok((nbf, exp))
    }
}

impl fmt::Debug for AccessToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AccessToken")
            .field("auth_id", &self.auth_id)
            .field("auth_token", &"***")
            .field("username", &self.username)
            .field("uid", &self.uid)
            .field("valid_from", &self.valid_from)
            .field("lifetime", &self.lifetime)
            .field("valid_till", &self.valid_till)
            .field("incoming", &self.incoming)
            .field("outgoing", &self.outgoing)
            .finish()
    }
}

/// The claims of an access token, as [`AccessToken::claims`] computes them; they are the
/// token's payload, in this order (written as ASCII-only JSON, see
/// [What is signed](self#what-is-signed)).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Claims {
    /// The token's id ([`AccessToken::uid`]).
    pub jti: String,
    /// The issuing account's auth id.
    pub iss: String,
    /// The endpoint username.
    pub sub: String,
    /// Not valid before, in seconds since the Unix epoch.
    pub nbf: u64,
    /// Not valid after, in seconds since the Unix epoch.
    pub exp: u64,
    /// What the token allows.
    pub grants: Grants,
}

/// The `grants` claim: `{}` when no grant was set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Grants {
    /// The voice grant, when [`AccessToken::incoming`] or [`AccessToken::outgoing`] was called.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub voice: Option<VoiceGrant>,
}

/// The `grants.voice` claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct VoiceGrant {
    /// Whether the endpoint may receive calls.
    pub incoming_allow: bool,
    /// Whether the endpoint may make calls.
    pub outgoing_allow: bool,
}

/// The current time, read at most once per token so that `nbf` and `jti` agree.
struct Clock(Option<u64>);

impl Clock {
    /// Now, in seconds since the Unix epoch; `field` is the input that defaults to it.
    fn now(&mut self, field: &str) -> Result<u64, Error> {
        if let Some(now) = self.0 {
            return Ok(now);
        }
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_err(|_| {
                invalid(
                    field,
                    "defaults to now, but the system clock is before 1970: set it explicitly",
                )
            })?
            .as_secs();
        self.0 = Some(now);
        Ok(now)
    }
}

/// Compact JSON escaped as Python's `json.dumps(..., separators=(",", ":"))` writes it with
/// its default `ensure_ascii=True`, which is what PyJWT signs: every character from U+007F up
/// becomes `\uXXXX` in lower-case hex (a surrogate pair above U+FFFF). serde_json already
/// escapes `"`, `\\` and the control characters below U+0020 exactly as Python does (`\b`
/// `\f` `\n` `\r` `\t`, otherwise `\u00xx`) and, like Python, leaves `/` alone.
fn python_json(value: &impl Serialize) -> serde_json::Result<Vec<u8>> {
    let mut out = Vec::with_capacity(160);
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, AsciiFormatter);
    value.serialize(&mut serializer)?;
    Ok(out)
}

/// serde_json's compact formatter, with non-ASCII characters and DEL escaped.
struct AsciiFormatter;

impl serde_json::ser::Formatter for AsciiFormatter {
    /// `fragment` is a run of string content that serde_json does not escape itself.
    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut rest = fragment;
        while let Some((plain, tail)) = rest
            .find(|c: char| c >= '\u{7f}')
            .and_then(|at| rest.split_at_checked(at))
        {
            writer.write_all(plain.as_bytes())?;
            let mut chars = tail.chars();
            if let Some(c) = chars.next() {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    write!(writer, "\\u{unit:04x}")?;
                }
            }
            rest = chars.as_str();
        }
        writer.write_all(rest.as_bytes())
    }
}

fn invalid(field: &str, rule: impl Into<String>) -> Error {
    Error::invalid(Some(OPERATION), field, rule)
}
