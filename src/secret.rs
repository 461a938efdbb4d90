//! [`Secret`]: a string that is never printed.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A credential (an auth token, a SIP password, an access token) that `Debug` and `Display`
/// print as `***`, so that logging a model, an operation or an error never shows it.
///
/// Read it with [`Secret::expose`] or [`Secret::into_inner`]. It is written out only where
/// the value is the point: `Serialize` writes the string itself (the JSON form of an operation,
/// a model written back, the CLI's output), and requests send it.
///
/// ```
/// use plivo::Secret;
///
/// let password = Secret::from("hunter2");
/// assert_eq!(format!("{password:?} {password}"), "*** ***");
/// assert_eq!(password.expose(), "hunter2");
/// assert_eq!(serde_json::to_string(&password).unwrap(), r#""hunter2""#);
/// ```
#[derive(Clone, Default, PartialEq, Eq, Hash)]
pub struct Secret(String);

impl Secret {
    /// What `Debug` and `Display` print.
    pub const MASK: &'static str = "***";

    /// Wraps `value`.
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The value.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// The value, unwrapped.
    pub fn into_inner(self) -> String {
        self.0
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Secret(value)
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Secret(value.to_owned())
    }
}

impl From<&String> for Secret {
    fn from(value: &String) -> Self {
        Secret(value.clone())
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(Secret::MASK)
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(Secret::MASK)
    }
}

impl Serialize for Secret {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Secret {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Secret)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printing_shows_the_mask_and_nothing_of_the_value() {
        let secret = Secret::new("s3cr3t-token");
        for shown in [
            format!("{secret:?}"),
            format!("{secret}"),
            format!("{secret:#?}"),
            format!("{:?}", Some(&secret)),
            format!("{:?}", vec![secret.clone()]),
        ] {
            assert!(!shown.contains("s3cr3t"), "{shown}");
            assert!(shown.contains(Secret::MASK), "{shown}");
        }
    }

    #[test]
    fn the_value_is_kept_and_round_trips_through_json() {
        let secret: Secret = serde_json::from_str(r#""a\"b""#).expect("a string");
        assert_eq!(secret.expose(), "a\"b");
        assert_eq!(serde_json::to_string(&secret).expect("json"), r#""a\"b""#);
        assert_eq!(secret.clone().into_inner(), "a\"b");
        assert_eq!(Secret::from("x"), Secret::from(String::from("x")));
        assert_ne!(Secret::from("x"), Secret::from("y"));
        assert!(
            serde_json::from_str::<Secret>("12").is_err(),
            "only a string"
        );
    }
}
