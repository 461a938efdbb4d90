//! Number lookup answers (`lookupNumber`).

use super::{model, open_enum};

model! {
    /// What Plivo knows of a number: its country, formats and carrier.
    pub struct NumberLookup {
        required {
            /// The number looked up, in E.164.
            phone_number: String,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
            /// The number's country.
            country: LookupCountry,
            /// The number written in the usual formats.
            format: LookupFormat,
            /// The carrier serving the number.
            carrier: LookupCarrier,
            /// This lookup's URI.
            resource_uri: String,
        }
    }
}

model! {
    /// A looked-up number's country.
    pub struct LookupCountry {
        required {}
        optional {
            /// Its name (`United States`).
            name: String,
            /// ISO 3166-1 alpha-2 code (`US`).
            iso2: String,
            /// ISO 3166-1 alpha-3 code (`USA`).
            iso3: String,
        }
    }
}

model! {
    /// A looked-up number in the usual formats.
    pub struct LookupFormat {
        required {}
        optional {
            /// `+14154305555`.
            e164: String,
            /// `(415) 430-5555`.
            national: String,
            /// `+1 415-430-5555`.
            international: String,
            /// `tel:+1-415-430-5555`.
            rfc3966: String,
        }
    }
}

model! {
    /// The carrier of a looked-up number.
    pub struct LookupCarrier {
        required {}
        optional {
            /// Mobile country code (`310`), as text: leading zeros matter.
            mobile_country_code: String,
            /// Mobile network code (`150`), as text.
            mobile_network_code: String,
            /// The carrier's name.
            name: String,
            /// The kind of line.
            #[serde(rename = "type")]
            line_type: LineType,
            /// Whether the number was ported (`yes`, `no`).
            ported: String,
        }
    }
}

open_enum! {
    /// The kind of line a number is.
    pub enum LineType {
        /// A mobile phone.
        Mobile = "mobile",
        /// A fixed line.
        Fixed = "fixed",
        /// Voice over IP.
        Voip = "voip",
        /// A toll-free number.
        TollFree = "toll-free",
    }
}
