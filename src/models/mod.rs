//! Typed answers: one model per kind of object Plivo returns, and the envelopes around them.
//!
//! Every model is forward-compatible:
//!
//! - fields Plivo adds later are kept in `extra` and never fail decoding; `extra` is an
//!   [`Extra`], used as the `serde_json::Map` it dereferences to, built the first time it is
//!   read (decoding only keeps the fields' JSON text);
//! - closed sets (message state, call direction, …) are enums with an `Unknown(String)`
//!   variant that keeps a value this crate does not know yet;
//! - models are `#[non_exhaustive]`: new fields are not breaking changes;
//! - a field Plivo sometimes sends as `null` or leaves out is an `Option`; `null` and absent
//!   read the same.
//!
//! Plivo's loose types are handled here, once:
//!
//! | on the wire | model type |
//! |---|---|
//! | money, rates and other decimals as strings (`"0.00650"`), sometimes as JSON numbers | [`Decimal`], exact text, never `f64` |
//! | an id or a list of ids (`request_uuid`, `member_id`, even `"[u'10', u'11']"`) | [`Ids`] |
//! | a count sent as a string (`"conference_member_count": "2"`) | [`Decimal`] with [`Decimal::to_u64`] |
//! | paged lists `{"api_id", "meta", "objects"}` and their newer shapes (see [`ListShape`]) | [`Page<T>`] with [`Meta`] |
//! | answers to actions `{"api_id", "message"}`, and empty 204 bodies | [`Ack`] |
//!
//! Every model also implements `Serialize`, writing the JSON it was read from (`extra`
//! included), so a model can be stored or forwarded without losing anything.

mod account;
mod address;
mod brand;
mod call;
mod campaign;
mod compliance;
mod conference;
mod endpoint;
mod extra;
mod hosted_messaging;
mod lookup;
mod masking;
mod media;
mod message;
mod multi_party_call;
mod number;
mod page;
mod phlo;
mod phone_number_compliance;
mod powerpack;
mod pricing;
mod profile;
mod queued_call;
mod recording;
mod stream;
mod tollfree_verification;
mod transcription;
mod verified_caller_id;
mod verify;

pub use account::*;
pub use address::*;
pub use brand::*;
pub use call::*;
pub use campaign::*;
pub use compliance::*;
pub use conference::*;
pub use endpoint::*;
pub use extra::Extra;
pub use hosted_messaging::*;
pub use lookup::*;
pub use masking::*;
pub use media::*;
pub use message::*;
pub use multi_party_call::*;
pub use number::*;
pub use page::{ListShape, Meta, Page};
pub use phlo::*;
pub use phone_number_compliance::*;
pub use powerpack::*;
pub use pricing::*;
pub use profile::*;
pub use queued_call::*;
pub use recording::*;
pub use stream::*;
pub use tollfree_verification::*;
pub use transcription::*;
pub use verified_caller_id::*;
pub use verify::*;

use std::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

/// A decimal number as Plivo wrote it (`"4.88860"`), kept exact: money is never an `f64`.
///
/// Reads a JSON string or a JSON number, and writes back the same form. A string is kept
/// exactly as sent (Plivo sends money as strings: `"0.00650"` stays `0.00650`). A JSON number
/// is read through `f64`, as serde_json reads numbers: up to 17 significant digits survive and
/// trailing zeros do not (`0.00650` reads as `0.0065`); when a crate in the build turns on
/// serde_json's `arbitrary_precision` feature, it is kept digit for digit.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Decimal {
    text: String,
    quoted: bool,
}

impl Decimal {
    /// The number as Plivo wrote it.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The value as a whole number, when it is one (`"2"`, `"590"`; `"2.0"` is not).
    pub fn to_u64(&self) -> Option<u64> {
        self.text.parse().ok()
    }

    /// Parses the text into any type that parses decimals exactly (a decimal crate's type).
    pub fn parse<T: std::str::FromStr>(&self) -> Result<T, T::Err> {
        self.text.parse()
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl From<&str> for Decimal {
    fn from(text: &str) -> Self {
        Decimal {
            text: text.to_owned(),
            quoted: true,
        }
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DecimalVisitor;
        impl<'de> Visitor<'de> for DecimalVisitor {
            type Value = Decimal;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a decimal number as a string or a number")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
                Ok(Decimal {
                    text: v.to_owned(),
                    quoted: true,
                })
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
                Ok(Decimal {
                    text: v.to_string(),
                    quoted: false,
                })
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
                Ok(Decimal {
                    text: v.to_string(),
                    quoted: false,
                })
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Decimal, E> {
                // serde_json's own shortest form, which reads back as the same number
                // (`1.7976931348623157e308`, not 309 digits).
                let text = serde_json::Number::from_f64(v)
                    .map_or_else(|| v.to_string(), |n| n.to_string());
                Ok(Decimal {
                    text,
                    quoted: false,
                })
            }
            /// A number, when serde_json's `arbitrary_precision` feature is on in the build
            /// (it hands numbers over as a map that only its `Number` reads); its digits are
            /// then kept as written. Any other map is refused, as before.
            fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<Decimal, A::Error> {
                let number =
                    serde_json::Number::deserialize(de::value::MapAccessDeserializer::new(map))
                        .map_err(|_: A::Error| {
                            de::Error::invalid_type(de::Unexpected::Map, &self)
                        })?;
                Ok(Decimal {
                    text: number.to_string(),
                    quoted: false,
                })
            }
        }
        deserializer.deserialize_any(DecimalVisitor)
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.quoted {
            return serializer.serialize_str(&self.text);
        }
        match serde_json::from_str::<serde_json::Number>(&self.text) {
            Ok(number) => number.serialize(serializer),
            Err(_) => serializer.serialize_str(&self.text),
        }
    }
}

/// One id or several, in whichever form Plivo sent them: a string, a list, or the Python
/// repr some conference answers carry (`"[u'160005', u'160004']"`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Ids {
    /// A single id (or a Python-repr list, see [`Ids::to_vec`]).
    One(String),
    /// A JSON list of ids.
    Many(Vec<String>),
}

impl Ids {
    /// The ids as a list. A Python-repr list (`"[u'1', u'2']"`) is split into its ids.
    pub fn to_vec(&self) -> Vec<String> {
        match self {
            Ids::Many(ids) => ids.clone(),
            Ids::One(text) => match text
                .trim()
                .strip_prefix('[')
                .and_then(|t| t.strip_suffix(']'))
            {
                Some(inner) => inner
                    .split(',')
                    .map(|id| {
                        id.trim()
                            .trim_start_matches('u')
                            .trim_matches(|c| c == '\'' || c == '"')
                            .to_owned()
                    })
                    .filter(|id| !id.is_empty())
                    .collect(),
                None => vec![text.clone()],
            },
        }
    }

    /// The first id, if any.
    pub fn first(&self) -> Option<String> {
        self.to_vec().into_iter().next()
    }
}

/// Declares a model: `required` fields must be in every answer; `optional` ones become
/// `Option`s that read `null` or absence as `None` and are left out when writing `None`;
/// unknown fields land in `extra`.
///
/// `Deserialize` is serde's derive, on a private mirror of the model told (`remote`) to build
/// the model itself, read through [`extra::read`] so that the keys it does not know land in
/// `extra` in the same pass. Building the model directly, rather than moving the fields from
/// a second struct, saves a copy of the whole model per decode.
macro_rules! model {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            required {
                $( $(#[$rmeta:meta])* $rf:ident : $rt:ty, )*
            }
            optional {
                $( $(#[$ometa:meta])* $of:ident : $ot:ty, )*
            }
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, serde::Serialize)]
        #[non_exhaustive]
        pub struct $name {
            $( $(#[$rmeta])* pub $rf: $rt, )*
            $(
                $(#[$ometa])*
                #[serde(skip_serializing_if = "Option::is_none")]
                pub $of: Option<$ot>,
            )*
            /// Fields this version of the crate does not know, as Plivo sent them.
            #[serde(flatten)]
            pub extra: $crate::models::Extra,
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                // The mirror is never built: its derive builds `$name`, `extra` left empty.
                type Remote = $name;
                #[derive(serde::Deserialize)]
                #[serde(remote = "Remote")]
                #[allow(dead_code)]
                struct Fields {
                    $( $(#[$rmeta])* $rf: $rt, )*
                    $( $(#[$ometa])* #[serde(default)] $of: Option<$ot>, )*
                    #[serde(skip)]
                    extra: $crate::models::Extra,
                }
                static SIZE: $crate::models::extra::TextSize =
                    $crate::models::extra::TextSize::new();
                $crate::models::extra::read(deserializer, stringify!($name), &SIZE, |de| {
                    Fields::deserialize(de)
                })
            }
        }

        impl $crate::models::extra::WithExtra for $name {
            #[inline]
            fn set_extra(&mut self, extra: $crate::models::Extra) {
                self.extra = extra;
            }
        }
    };
}
pub(crate) use model;

/// Reads an open enum from a string without copying it: a known value is matched on the
/// borrowed text, and only an unknown one is copied (into `Unknown`). serde's `Cow<str>`
/// always copies, which cost an allocation per enum field per decode.
#[doc(hidden)]
pub struct OpenEnumVisitor<T>(std::marker::PhantomData<T>);

impl<T> OpenEnumVisitor<T> {
    #[doc(hidden)]
    pub fn new() -> Self {
        OpenEnumVisitor(std::marker::PhantomData)
    }
}

impl<T> Default for OpenEnumVisitor<T> {
    fn default() -> Self {
        OpenEnumVisitor::new()
    }
}

impl<'de, T: for<'a> From<&'a str>> Visitor<'de> for OpenEnumVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<T, E> {
        Ok(T::from(text))
    }
}

/// Declares a closed set read from Plivo, with an `Unknown(String)` variant for values this
/// crate does not know yet. Reading and writing use Plivo's spelling.
macro_rules! open_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $wire:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
            /// A value this version of the crate does not know, as Plivo sent it.
            Unknown(String),
        }

        impl $name {
            /// The values this version of the crate knows, in declaration order.
            pub const KNOWN: &'static [$name] = &[$($name::$variant),+];

            /// Plivo's spelling.
            pub fn as_str(&self) -> &str {
                match self {
                    $( $name::$variant => $wire, )+
                    $name::Unknown(other) => other,
                }
            }
        }

        impl From<&str> for $name {
            fn from(text: &str) -> Self {
                match text {
                    $( $wire => $name::$variant, )+
                    other => $name::Unknown(other.to_owned()),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                d.deserialize_str($crate::models::OpenEnumVisitor::<$name>::new())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        // As a request field (a list filter), only the known values are accepted.
        impl $crate::params::ParamValue for $name {
            const KIND: &'static str = "enum";
            const CHOICES: &'static [&'static str] = &[$($wire),+];
            fn from_form(
                value: &serde_json::Value,
                _: &$crate::params::FieldSpec,
            ) -> Result<Self, String> {
                value
                    .as_str()
                    .and_then(|text| Self::KNOWN.iter().find(|v| v.as_str().eq_ignore_ascii_case(text)))
                    .cloned()
                    .ok_or_else(|| format!("must be one of {}", Self::CHOICES.join(", ")))
            }
            fn to_form(&self, _: &$crate::params::FieldSpec) -> serde_json::Value {
                serde_json::Value::String(self.as_str().to_owned())
            }
            fn wire(&self) -> $crate::params::Wire<'_> {
                $crate::params::Wire::Str(self.as_str())
            }
            fn check(&self, _: &$crate::params::FieldSpec) -> Result<(), String> {
                match self {
                    $name::Unknown(other) => Err(format!(
                        "must be one of {}, got {other:?}",
                        Self::CHOICES.join(", ")
                    )),
                    _ => Ok(()),
                }
            }
        }
    };
}
pub(crate) use open_enum;

open_enum! {
    /// Direction of a call or message.
    pub enum Direction {
        /// Received by the account.
        Inbound = "inbound",
        /// Sent or placed by the account.
        Outbound = "outbound",
    }
}

/// The answer to an action (`{"api_id", "message"}` and whatever else it carries), or the
/// empty body of a 204.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Ack {
    /// Plivo's request id (absent for an empty 204).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_id: Option<String>,
    /// What Plivo said (`"changed"`, `"call fired"`, …).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Other fields.
    #[serde(flatten)]
    pub extra: Extra,
}

impl<'de> Deserialize<'de> for Ack {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct Known {
            #[serde(default)]
            api_id: Option<String>,
            #[serde(default)]
            message: Option<String>,
        }
        /// `null` is an empty `Ack`; anything else is read as a model.
        struct AckVisitor;
        impl<'de> Visitor<'de> for AckVisitor {
            type Value = Ack;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("struct Ack or null")
            }
            fn visit_none<E: de::Error>(self) -> Result<Ack, E> {
                Ok(Ack::default())
            }
            fn visit_unit<E: de::Error>(self) -> Result<Ack, E> {
                Ok(Ack::default())
            }
            fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Ack, D::Error> {
                static SIZE: extra::TextSize = extra::TextSize::new();
                let (known, extra) = extra::split::<Known, D>(deserializer, "Ack", &SIZE)?;
                Ok(Ack {
                    api_id: known.api_id,
                    message: known.message,
                    extra,
                })
            }
        }
        deserializer.deserialize_option(AckVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_round_trip_in_their_form() {
        for text in [r#""4.88860""#, "0.0008", "12", r#""2""#] {
            let d: Decimal = serde_json::from_str(text).expect("decimal");
            assert_eq!(serde_json::to_string(&d).expect("json"), text);
        }
        let d: Decimal = serde_json::from_str(r#""590""#).expect("decimal");
        assert_eq!(d.to_u64(), Some(590));
        assert_eq!(d.as_str(), "590");
    }

    #[test]
    fn ids_in_every_form() {
        let one: Ids = serde_json::from_str(r#""10""#).expect("one");
        assert_eq!(one.to_vec(), ["10"]);
        let many: Ids = serde_json::from_str(r#"["a","b"]"#).expect("many");
        assert_eq!(many.to_vec(), ["a", "b"]);
        let repr: Ids = serde_json::from_str(r#""[u'160005', u'160004']""#).expect("repr");
        assert_eq!(repr.to_vec(), ["160005", "160004"]);
        assert_eq!(
            serde_json::to_string(&repr).expect("json"),
            r#""[u'160005', u'160004']""#
        );
    }

    #[test]
    fn open_enums_keep_unknown_values() {
        let d: Direction = serde_json::from_str(r#""inbound""#).expect("known");
        assert_eq!(d, Direction::Inbound);
        let d: Direction = serde_json::from_str(r#""sideways""#).expect("unknown");
        assert_eq!(d, Direction::Unknown("sideways".into()));
        assert_eq!(serde_json::to_string(&d).expect("json"), r#""sideways""#);
    }

    #[test]
    fn acks_read_empty_bodies() {
        let ack: Ack = serde_json::from_str("null").expect("null");
        assert_eq!(ack, Ack::default());
        let ack: Ack =
            serde_json::from_str(r#"{"api_id":"a","message":"changed","x":1}"#).expect("ack");
        assert_eq!(ack.message.as_deref(), Some("changed"));
        assert_eq!(ack.extra["x"], 1);
    }
}
