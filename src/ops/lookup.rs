//! Number lookup (the lookup service, beyond the seed).

use crate::models;

params! {
    /// `lookupNumber` (beyond the seed; lookup service): the carrier, country and formats of a
    /// phone number (`GET https://lookup.plivo.com/v1/Number/{number}?type=carrier`). The
    /// `type=carrier` query is fixed in the table: it is the one kind of lookup Plivo offers.
    /// No trailing slash and no account prefix, as the official Python and Go SDKs send it.
    LookupNumber = "lookupNumber" -> models::NumberLookup;
    required {
        /// The number, in E.164 (`+14155550100`; the `+` may be left out).
        number: String = "number" => "number";
    }
    optional {}
}
