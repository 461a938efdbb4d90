//! Powerpack and number pool answers.

use serde::{Deserialize, Deserializer, Serialize};

use super::{Meta, model};

/// An id Plivo sends as a string or as a JSON number (a Powerpack's `application_id`: `""`,
/// `"20342783288007824"` or `123912833468`), written back in the form it came in.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(untagged)]
pub enum LooseId {
    /// Sent as a string (empty when there is none).
    Text(String),
    /// Sent as a JSON number.
    Number(u64),
}

impl LooseId {
    /// The id as text (`None` for an empty string).
    pub fn to_text(&self) -> Option<String> {
        match self {
            LooseId::Text(text) if text.is_empty() => None,
            LooseId::Text(text) => Some(text.clone()),
            LooseId::Number(n) => Some(n.to_string()),
        }
    }
}

model! {
    /// The sender order of a number priority: `priority1` is tried first.
    pub struct PriorityOrder {
        required {}
        optional {
            /// First choice: `shortcode`, `longcode` or `tollfree`.
            priority1: String,
            /// Second choice.
            priority2: String,
            /// Third choice.
            priority3: String,
        }
    }
}

model! {
    /// One entry of a Powerpack's `number_priority`.
    pub struct NumberPriorityEntry {
        required {}
        optional {
            /// The destination country (ISO 3166-1 alpha-2).
            country_iso: String,
            /// `SMS` or `MMS`.
            service_type: String,
            /// The sender kinds in order.
            priority: PriorityOrder,
        }
    }
}

model! {
    /// A Powerpack (`createPowerpack`, `getSinglePowerpack`, `updatePowerpack`, the items of
    /// `getPowerpacks`). Its pool's id, which every pool operation takes, is
    /// [`Powerpack::number_pool_id`].
    pub struct Powerpack {
        required {}
        optional {
            /// Plivo's request id (single answers only).
            api_id: String,
            /// The Powerpack's uuid.
            uuid: String,
            /// Its name.
            name: String,
            /// Whether a destination gets messages from the number it last got one from.
            sticky_sender: bool,
            /// Whether a number with the destination's area code is preferred.
            local_connect: bool,
            /// `XML`, `PHLO` or empty.
            application_type: String,
            /// The application's or PHLO's id (Plivo sends a string, some answers a number).
            application_id: LooseId,
            /// The pool's URI: `/v1/Account/{auth_id}/NumberPool/{number_pool_uuid}/`.
            number_pool: String,
            /// When it was made (`2019-10-09T11:10:59.666461Z`).
            created_on: String,
            /// Which kind of sender is preferred, per destination country.
            number_priority: Vec<NumberPriorityEntry>,
        }
    }
}

impl Powerpack {
    /// The id of the Powerpack's number pool, read from `number_pool`
    /// (`/v1/Account/{auth_id}/NumberPool/{number_pool_uuid}/`): what every pool operation
    /// takes as `number_pool_uuid`. `None` when the answer has no pool URI.
    ///
    /// ```
    /// let pack: plivo::models::Powerpack = serde_json::from_str(
    ///     r#"{"uuid": "p-1", "number_pool": "/v1/Account/MA123/NumberPool/d35f2e82/"}"#,
    /// )?;
    /// assert_eq!(pack.number_pool_id(), Some("d35f2e82"));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn number_pool_id(&self) -> Option<&str> {
        let path = self.number_pool.as_deref()?;
        let mut segments = path.split('/').filter(|s| !s.is_empty());
        segments.find(|s| *s == "NumberPool")?;
        segments.next()
    }
}

/// The answer to `updatePowerpack`: the Powerpack as it is now, read as [`Powerpack`] is
/// except that a key sent twice keeps its last value instead of failing the decode (Plivo's
/// recorded update answer carries `uuid` twice). Dereferences to the [`Powerpack`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(transparent)]
#[non_exhaustive]
pub struct PowerpackUpdated(pub Powerpack);

impl std::ops::Deref for PowerpackUpdated {
    type Target = Powerpack;
    fn deref(&self) -> &Powerpack {
        &self.0
    }
}

impl<'de> Deserialize<'de> for PowerpackUpdated {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // A JSON object read as a map keeps the last of repeated keys.
        let value = serde_json::Value::deserialize(deserializer)?;
        Powerpack::deserialize(value)
            .map(PowerpackUpdated)
            .map_err(serde::de::Error::custom)
    }
}

model! {
    /// A number (or toll-free number) in a pool (`getSinglePoolNumber`, `addPoolNumber`,
    /// `buyPoolNumber`, `addPoolTollfree`, `getSinglePoolTollfree`, the items of
    /// `getPoolNumbers` and `getPoolTollfrees`).
    pub struct PoolNumber {
        required {}
        optional {
            /// Plivo's request id (single answers only).
            api_id: String,
            /// The number.
            number: String,
            /// The toll-free number, as plivo-python's recorded toll-free lists name it.
            tollfree: String,
            /// The pool's id.
            number_pool_uuid: String,
            /// The number's country (ISO 3166-1 alpha-2).
            country_iso2: String,
            /// `fixed`, `mobile`, `tollfree`, …
            #[serde(rename = "type")]
            number_type: String,
            /// The service it is used for (`sms`, `mms`).
            service: String,
            /// When it joined the pool.
            added_on: String,
            /// The URI of the number on the account (`/v1/Account/{auth_id}/Number/{number}/`).
            account_phone_number_resource: String,
        }
    }
}

model! {
    /// A short code in a pool (`getSinglePoolShortcode`, the items of `getPoolShortcodes`).
    pub struct PoolShortcode {
        required {}
        optional {
            /// Plivo's request id (single answers only).
            api_id: String,
            /// The short code.
            shortcode: String,
            /// The pool's id.
            number_pool_uuid: String,
            /// The short code's country (ISO 3166-1 alpha-2).
            country_iso2: String,
            /// The service it is used for.
            service: String,
            /// When it joined the pool.
            added_on: String,
        }
    }
}

model! {
    /// The answer to `countPoolNumbers`: the pool's number list, whose `meta.total_count` is
    /// the count ([`PoolNumberCount::total`]). The first page of numbers, `api_id` and
    /// anything else stay in `extra`.
    pub struct PoolNumberCount {
        required {
            /// The list's paging information.
            meta: Meta,
        }
        optional {}
    }
}

impl PoolNumberCount {
    /// How many numbers match: `meta.total_count` (or `count`); 0 when the answer has
    /// neither.
    pub fn total(&self) -> u64 {
        self.meta.total_count.unwrap_or(0)
    }
}

model! {
    /// The answer to deleting a Powerpack and to taking a number, toll-free number or short
    /// code out of a pool: `{"api_id", "response": "success"}`.
    pub struct PowerpackAck {
        required {}
        optional {
            /// Plivo's request id.
            api_id: String,
            /// What Plivo said (`success`).
            response: String,
        }
    }
}
