//! Powerpacks and their number pools (beyond the seed): a Powerpack sends messages from a pool
//! of the account's numbers, toll-free numbers and short codes, choosing the sender by the
//! destination's country and the pool's priorities.
//!
//! Every pool operation takes the pool's id, `number_pool_uuid`, as a field and sends one
//! request. The official Python SDK reads a Powerpack first, on every pool call, to find that
//! id; here it is read once, from the [`crate::models::Powerpack`] that `createPowerpack` or
//! `getSinglePowerpack` answered, with [`crate::models::Powerpack::number_pool_id`].

use serde_json::{Map, Value};

use super::NumberType;
use super::profile::{object_of, text_of};
use crate::Error;
use crate::models;
use crate::params::{FieldSpec, Nested, ParamValue, Wire};
use crate::rules;

wire_enum! {
    /// A kind of sender in a pool, as a number priority names it.
    pub enum SenderKind {
        /// A short code.
        Shortcode = "shortcode",
        /// A long code (a local or mobile number).
        Longcode = "longcode",
        /// A toll-free number.
        Tollfree = "tollfree",
    }
}

wire_enum! {
    /// The messages a number priority applies to (`service_type`, upper case on the wire).
    pub enum PriorityService {
        /// Text messages.
        Sms = "SMS",
        /// Multimedia messages.
        Mms = "MMS",
    }
}

wire_enum! {
    /// The service a pool number is used for (`service`, lower case on the wire).
    pub enum PoolService {
        /// Text messages.
        Sms = "sms",
        /// Multimedia messages.
        Mms = "mms",
    }
}

wire_enum! {
    /// What answers the messages sent to a Powerpack's numbers (`application_type`).
    pub enum PowerpackApplicationType {
        /// A Plivo application that fetches XML (`application_id` is its app id).
        Xml = "XML",
        /// A PHLO (`application_id` is its PHLO id).
        Phlo = "PHLO",
    }
}

/// One entry of a Powerpack's `number_priority`: for messages to `country_iso`, which kind of
/// sender to try first, second and third.
///
/// On the wire it is `{"country_iso", "service_type"?, "priority": {"priority1", "priority2",
/// "priority3"}}`. Checked before sending: the country is ISO 3166-1 alpha-2, and the
/// priority lists one to three sender kinds, none twice.
///
/// ```
/// use plivo::ops::{NumberPriority, PriorityService, SenderKind};
/// let entry = NumberPriority::new("US", [SenderKind::Shortcode, SenderKind::Longcode])
///     .service_type(PriorityService::Sms);
/// assert_eq!(entry.priority.len(), 2);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct NumberPriority {
    /// The destination country (ISO 3166-1 alpha-2, `US`).
    pub country_iso: String,
    /// The messages the entry applies to (Plivo's default: SMS).
    pub service_type: Option<PriorityService>,
    /// The sender kinds in order of preference: `priority1`, `priority2`, `priority3`.
    pub priority: Vec<SenderKind>,
}

impl NumberPriority {
    /// An entry for `country_iso` with the sender kinds in order of preference.
    pub fn new(
        country_iso: impl Into<String>,
        priority: impl IntoIterator<Item = SenderKind>,
    ) -> Self {
        NumberPriority {
            country_iso: country_iso.into(),
            service_type: None,
            priority: priority.into_iter().collect(),
        }
    }

    /// Sets the messages the entry applies to.
    pub fn service_type(mut self, service: PriorityService) -> Self {
        self.service_type = Some(service);
        self
    }

    fn check(&self) -> Result<(), String> {
        rules::country_iso(&self.country_iso).map_err(|rule| format!("`country_iso` {rule}"))?;
        if !(1..=3).contains(&self.priority.len()) {
            return Err(format!(
                "`priority` must list 1 to 3 sender kinds (got {})",
                self.priority.len()
            ));
        }
        for (i, kind) in self.priority.iter().enumerate() {
            if self.priority[..i].contains(kind) {
                return Err(format!("`priority` lists `{kind}` twice"));
            }
        }
        Ok(())
    }

    fn to_json(&self) -> Value {
        let mut priority = Map::new();
        for (i, kind) in self.priority.iter().enumerate() {
            priority.insert(format!("priority{}", i + 1), kind.as_str().into());
        }
        let mut entry = Map::new();
        entry.insert("country_iso".into(), self.country_iso.clone().into());
        if let Some(service) = self.service_type {
            entry.insert("service_type".into(), service.as_str().into());
        }
        entry.insert("priority".into(), Value::Object(priority));
        Value::Object(entry)
    }

    fn from_json(value: &Value) -> Result<Self, String> {
        let map = object_of(value, &["country_iso", "service_type", "priority"])?;
        let country_iso = text_of(map, "country_iso")?.ok_or("`country_iso` is required")?;
        let service_type = text_of(map, "service_type")?
            .map(|s| {
                PriorityService::parse(&s)
                    .ok_or_else(|| format!("`service_type` must be SMS or MMS (got {s:?})"))
            })
            .transpose()?;
        let order = object_of(
            map.get("priority").ok_or("`priority` is required")?,
            &["priority1", "priority2", "priority3"],
        )?;
        let mut priority = Vec::new();
        for key in ["priority1", "priority2", "priority3"] {
            if let Some(text) = text_of(order, key)? {
                let kind = SenderKind::parse(&text).ok_or_else(|| {
                    format!(
                        "`priority.{key}` must be shortcode, longcode or tollfree (got {text:?})"
                    )
                })?;
                priority.push(kind);
            }
        }
        Ok(NumberPriority {
            country_iso,
            service_type,
            priority,
        })
    }
}

/// The `number_priority` list of [`CreatePowerpack`] and [`UpdatePowerpack`].
pub type NumberPriorities = Vec<NumberPriority>;

impl ParamValue for Vec<NumberPriority> {
    const KIND: &'static str = "object";
    fn from_form(value: &Value, _: &FieldSpec) -> Result<Self, String> {
        let at = |i: usize, rule: String| format!("entry {i}: {rule}");
        match value {
            Value::Array(items) => items
                .iter()
                .enumerate()
                .map(|(i, item)| NumberPriority::from_json(item).map_err(|r| at(i, r)))
                .collect(),
            Value::Object(_) => Ok(vec![NumberPriority::from_json(value)?]),
            _ => Err("must be a list of {country_iso, service_type, priority} objects".into()),
        }
    }
    fn to_form(&self, _: &FieldSpec) -> Value {
        self.to_json()
    }
    fn wire(&self) -> Wire<'_> {
        Wire::Nested(self)
    }
    fn check(&self, _: &FieldSpec) -> Result<(), String> {
        for (i, entry) in self.iter().enumerate() {
            entry.check().map_err(|rule| format!("entry {i}: {rule}"))?;
            let twice = self[..i].iter().any(|e| {
                e.country_iso == entry.country_iso
                    && e.service_type.unwrap_or(PriorityService::Sms)
                        == entry.service_type.unwrap_or(PriorityService::Sms)
            });
            if twice {
                return Err(format!(
                    "entry {i}: a second entry for {} and the same service",
                    entry.country_iso
                ));
            }
        }
        Ok(())
    }
}

impl Nested for Vec<NumberPriority> {
    fn to_json(&self) -> Value {
        Value::Array(self.iter().map(NumberPriority::to_json).collect())
    }
}

params! {
    /// `createPowerpack` (beyond the seed): makes a Powerpack and its number pool (`POST
    /// Powerpack/`). The answer's `number_pool` is the pool's URI; read its id with
    /// [`models::Powerpack::number_pool_id`].
    ///
    /// Only the fields you set are sent (plivo-python always sends `sticky_sender` and
    /// `local_connect` true, and empty `application_type`, `application_id` and
    /// `number_priority`: Plivo's own defaults).
    ///
    /// ```
    /// use plivo::ops::{CreatePowerpack, NumberPriority, SenderKind};
    /// let op = CreatePowerpack::new("alerts")
    ///     .sticky_sender(true)
    ///     .number_priority(vec![NumberPriority::new("US", [SenderKind::Longcode, SenderKind::Tollfree])]);
    /// assert_eq!(op.name, "alerts");
    /// ```
    CreatePowerpack = "createPowerpack" -> models::Powerpack;
    required {
        /// The Powerpack's name.
        name: String = "name" => "name";
    }
    optional {
        /// Send to a destination from the number it last got a message from (default true).
        sticky_sender: bool = "stickySender" => "sticky_sender";
        /// Send from a number with the destination's area code when there is one (default
        /// true).
        local_connect: bool = "localConnect" => "local_connect";
        /// What answers messages to the pool's numbers: `XML` or `PHLO`.
        application_type: PowerpackApplicationType = "applicationType" => "application_type";
        /// The application's or PHLO's id.
        application_id: String = "applicationId" => "application_id";
        /// Which kind of sender to prefer, per destination country.
        number_priority: NumberPriorities = "numberPriority" => "number_priority";
    }
}

params! {
    /// `getSinglePowerpack` (beyond the seed): one Powerpack (`GET Powerpack/{uuid}/`).
    GetSinglePowerpack = "getSinglePowerpack" -> models::Powerpack;
    required {
        /// The Powerpack's uuid.
        uuid: String = "uuid" => "uuid";
    }
    optional {}
}

params! {
    /// `getPowerpacks` (beyond the seed): one page of the account's Powerpacks (`GET
    /// Powerpack/`).
    GetPowerpacks = "getPowerpacks" -> models::Page<models::Powerpack>, paged;
    required {}
    optional {
        /// Page size, 1 to 20.
        limit: u32 = "limit" => "limit" [check = rules::limit];
        /// Items skipped before the page starts.
        offset: u32 = "offset" => "offset";
    }
}

params! {
    /// `updatePowerpack` (beyond the seed): changes a Powerpack (`POST Powerpack/{uuid}/`,
    /// answered with the Powerpack as it is now). At least one field must be given.
    UpdatePowerpack = "updatePowerpack" -> models::PowerpackUpdated;
    required {
        /// The Powerpack's uuid.
        uuid: String = "uuid" => "uuid";
    }
    optional {
        /// A new name.
        name: String = "name" => "name";
        /// Send to a destination from the number it last got a message from.
        sticky_sender: bool = "stickySender" => "sticky_sender";
        /// Prefer a number with the destination's area code.
        local_connect: bool = "localConnect" => "local_connect";
        /// `XML` or `PHLO`.
        application_type: PowerpackApplicationType = "applicationType" => "application_type";
        /// The application's or PHLO's id.
        application_id: String = "applicationId" => "application_id";
        /// Which kind of sender to prefer, per destination country (replaces the list).
        number_priority: NumberPriorities = "numberPriority" => "number_priority";
    }
    check = update_changes_something;
}

fn update_changes_something(op: &UpdatePowerpack) -> Result<(), Error> {
    let any = op.name.is_some()
        || op.sticky_sender.is_some()
        || op.local_connect.is_some()
        || op.application_type.is_some()
        || op.application_id.is_some()
        || op.number_priority.is_some();
    if any {
        Ok(())
    } else {
        Err(Error::invalid(
            Some(UpdatePowerpack::OPERATION),
            "params",
            "must change at least one of name, stickySender, localConnect, applicationType, \
             applicationId, numberPriority",
        ))
    }
}

params! {
    /// `deletePowerpack` (beyond the seed): deletes a Powerpack and its pool (`DELETE
    /// Powerpack/{uuid}/`, answered `{"response": "success"}`). The pool's numbers stay on
    /// the account unless `unrent_numbers` is true, which gives them back too.
    DeletePowerpack = "deletePowerpack" -> models::PowerpackAck;
    required {
        /// The Powerpack's uuid.
        uuid: String = "uuid" => "uuid";
    }
    optional {
        /// Also unrent every number of the pool (default false: they stay rented, outside
        /// any pool).
        unrent_numbers: bool = "unrentNumbers" => "unrent_numbers";
    }
}

params! {
    /// `getPoolNumbers` (beyond the seed): one page of a pool's numbers (`GET
    /// NumberPool/{number_pool_uuid}/Number/`).
    GetPoolNumbers = "getPoolNumbers" -> models::Page<models::PoolNumber>, paged;
    required {
        /// The pool's id ([`models::Powerpack::number_pool_id`]).
        number_pool_uuid: String = "numberPoolUuid" => "number_pool_uuid";
    }
    optional {
        /// Only numbers that start with these digits.
        starts_with: String = "startsWith" => "starts_with";
        /// Only numbers of this country (ISO 3166-1 alpha-2).
        country_iso2: String = "countryIso2" => "country_iso2" [check = rules::country_iso];
        /// Only numbers of this kind.
        number_type: NumberType = "type" => "type";
        /// Only numbers used for this service.
        service: PoolService = "service" => "service";
        /// Page size, 1 to 20.
        limit: u32 = "limit" => "limit" [check = rules::limit];
        /// Items skipped before the page starts.
        offset: u32 = "offset" => "offset";
    }
}

params! {
    /// `countPoolNumbers` (beyond the seed): how many numbers a pool holds, with the filters
    /// of [`GetPoolNumbers`]. Plivo has no count endpoint: this is the same request as
    /// `getPoolNumbers` (`GET NumberPool/{number_pool_uuid}/Number/`), and the answer's
    /// [`models::PoolNumberCount::total`] reads the list's `meta.total_count`. Unlike
    /// plivo-python, which answers 0 on any error, an error is an error.
    CountPoolNumbers = "countPoolNumbers" -> models::PoolNumberCount;
    required {
        /// The pool's id.
        number_pool_uuid: String = "numberPoolUuid" => "number_pool_uuid";
    }
    optional {
        /// Only numbers that start with these digits.
        starts_with: String = "startsWith" => "starts_with";
        /// Only numbers of this country (ISO 3166-1 alpha-2).
        country_iso2: String = "countryIso2" => "country_iso2" [check = rules::country_iso];
        /// Only numbers of this kind.
        number_type: NumberType = "type" => "type";
        /// Only numbers used for this service.
        service: PoolService = "service" => "service";
    }
}

params! {
    /// `getSinglePoolNumber` (beyond the seed): one number of a pool (`GET
    /// NumberPool/{number_pool_uuid}/Number/{number}/`).
    GetSinglePoolNumber = "getSinglePoolNumber" -> models::PoolNumber;
    required {
        /// The pool's id.
        number_pool_uuid: String = "numberPoolUuid" => "number_pool_uuid";
        /// The number, with country code.
        number: String = "number" => "number";
    }
    optional {
        /// The service the number is used for.
        service: PoolService = "service" => "service";
    }
}

params! {
    /// `addPoolNumber` (beyond the seed): adds a number the account already rents to a pool
    /// (`POST NumberPool/{number_pool_uuid}/Number/{number}/`). To rent one and add it in one
    /// request, use [`BuyPoolNumber`].
    AddPoolNumber = "addPoolNumber" -> models::PoolNumber;
    required {
        /// The pool's id.
        number_pool_uuid: String = "numberPoolUuid" => "number_pool_uuid";
        /// The number, with country code.
        number: String = "number" => "number";
    }
    optional {
        /// The service the number is added for.
        service: PoolService = "service" => "service";
    }
}

params! {
    /// `buyPoolNumber` (beyond the seed): rents a number from Plivo's inventory and adds it
    /// to a pool in one request (`POST NumberPool/{number_pool_uuid}/Number/{number}/` with
    /// the body `{"rent": "true"}`, always sent). The number then shows among the account's
    /// rented numbers as well. Find one to rent with `searchNewNumbers` (plivo-python searches
    /// for you when no number is given; here the number is required).
    BuyPoolNumber = "buyPoolNumber" -> models::PoolNumber;
    required {
        /// The pool's id.
        number_pool_uuid: String = "numberPoolUuid" => "number_pool_uuid";
        /// The number to rent, with country code.
        number: String = "number" => "number";
    }
    optional {
        /// The service the number is added for.
        service: PoolService = "service" => "service";
    }
}

params! {
    /// `removePoolNumber` (beyond the seed): takes a number out of a pool (`DELETE
    /// NumberPool/{number_pool_uuid}/Number/{number}/`); with `unrent` true it also leaves
    /// the account.
    RemovePoolNumber = "removePoolNumber" -> models::PowerpackAck;
    required {
        /// The pool's id.
        number_pool_uuid: String = "numberPoolUuid" => "number_pool_uuid";
        /// The number, with country code.
        number: String = "number" => "number";
    }
    optional {
        /// Also unrent the number (default false).
        unrent: bool = "unrent" => "unrent";
    }
}

params! {
    /// `addPoolTollfree` (beyond the seed): adds a toll-free number the account rents to a
    /// pool (`POST NumberPool/{number_pool_uuid}/Tollfree/{tollfree}/`, no body).
    AddPoolTollfree = "addPoolTollfree" -> models::PoolNumber;
    required {
        /// The pool's id.
        number_pool_uuid: String = "numberPoolUuid" => "number_pool_uuid";
        /// The toll-free number, with country code.
        tollfree: String = "tollfree" => "tollfree";
    }
    optional {}
}

params! {
    /// `removePoolTollfree` (beyond the seed): takes a toll-free number out of a pool
    /// (`DELETE NumberPool/{number_pool_uuid}/Tollfree/{tollfree}/`); with `unrent` true it
    /// also leaves the account.
    RemovePoolTollfree = "removePoolTollfree" -> models::PowerpackAck;
    required {
        /// The pool's id.
        number_pool_uuid: String = "numberPoolUuid" => "number_pool_uuid";
        /// The toll-free number, with country code.
        tollfree: String = "tollfree" => "tollfree";
    }
    optional {
        /// Also unrent the number (default false).
        unrent: bool = "unrent" => "unrent";
    }
}

params! {
    /// `getPoolTollfrees` (beyond the seed): one page of a pool's toll-free numbers (`GET
    /// NumberPool/{number_pool_uuid}/Tollfree/`).
    GetPoolTollfrees = "getPoolTollfrees" -> models::Page<models::PoolNumber>, paged;
    required {
        /// The pool's id.
        number_pool_uuid: String = "numberPoolUuid" => "number_pool_uuid";
    }
    optional {
        /// Page size, 1 to 20.
        limit: u32 = "limit" => "limit" [check = rules::limit];
        /// Items skipped before the page starts.
        offset: u32 = "offset" => "offset";
    }
}

params! {
    /// `getSinglePoolTollfree` (beyond the seed): one toll-free number of a pool (`GET
    /// NumberPool/{number_pool_uuid}/Tollfree/{tollfree}/`).
    GetSinglePoolTollfree = "getSinglePoolTollfree" -> models::PoolNumber;
    required {
        /// The pool's id.
        number_pool_uuid: String = "numberPoolUuid" => "number_pool_uuid";
        /// The toll-free number, with country code.
        tollfree: String = "tollfree" => "tollfree";
    }
    optional {}
}

params! {
    /// `getPoolShortcodes` (beyond the seed): one page of a pool's short codes (`GET
    /// NumberPool/{number_pool_uuid}/Shortcode/`). Short codes come into a pool through
    /// Plivo's support, not through the API.
    GetPoolShortcodes = "getPoolShortcodes" -> models::Page<models::PoolShortcode>, paged;
    required {
        /// The pool's id.
        number_pool_uuid: String = "numberPoolUuid" => "number_pool_uuid";
    }
    optional {
        /// Page size, 1 to 20.
        limit: u32 = "limit" => "limit" [check = rules::limit];
        /// Items skipped before the page starts.
        offset: u32 = "offset" => "offset";
    }
}

params! {
    /// `getSinglePoolShortcode` (beyond the seed): one short code of a pool (`GET
    /// NumberPool/{number_pool_uuid}/Shortcode/{shortcode}/`).
    GetSinglePoolShortcode = "getSinglePoolShortcode" -> models::PoolShortcode;
    required {
        /// The pool's id.
        number_pool_uuid: String = "numberPoolUuid" => "number_pool_uuid";
        /// The short code.
        shortcode: String = "shortcode" => "shortcode";
    }
    optional {}
}

params! {
    /// `removePoolShortcode` (beyond the seed): takes a short code out of a pool (`DELETE
    /// NumberPool/{number_pool_uuid}/Shortcode/{shortcode}/`, no body).
    RemovePoolShortcode = "removePoolShortcode" -> models::PowerpackAck;
    required {
        /// The pool's id.
        number_pool_uuid: String = "numberPoolUuid" => "number_pool_uuid";
        /// The short code.
        shortcode: String = "shortcode" => "shortcode";
    }
    optional {}
}
