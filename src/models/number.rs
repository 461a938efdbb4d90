//! Phone numbers: rented, for sale, bought; and incoming carriers (legacy).

use super::{Decimal, model, open_enum};

open_enum! {
    /// Kind of phone number (also the `type` filter of number searches and lists).
    pub enum NumberType {
        /// Local (geographic).
        Local = "local",
        /// Toll-free.
        Tollfree = "tollfree",
        /// Mobile.
        Mobile = "mobile",
        /// National.
        National = "national",
        /// Fixed line.
        Fixed = "fixed",
        /// Any kind (a search filter only).
        Any = "any",
    }
}

model! {
    /// A number on the account (`getRentedNumber`, `getRentedNumbers`).
    pub struct RentedNumber {
        required {
            /// The number, with country code.
            number: String,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
            /// Whether it is active.
            active: bool,
            /// When it was added.
            added_on: String,
            /// Friendly name.
            alias: String,
            /// The linked application's URI.
            application: String,
            /// Carrier name.
            carrier: String,
            /// City.
            city: String,
            /// Caller-name lookup (`enabled`/`disabled`).
            cnam_lookup: String,
            /// Compliance application id.
            compliance_application_id: String,
            /// Compliance status.
            compliance_status: String,
            /// Country name.
            country: String,
            /// Description.
            description: String,
            /// Whether it can receive MMS.
            mms_enabled: bool,
            /// MMS rate.
            mms_rate: Decimal,
            /// Monthly rent.
            monthly_rental_rate: Decimal,
            /// Kind of number.
            number_type: NumberType,
            /// Whether Plivo provides the number (not one brought from elsewhere).
            plivo_number: bool,
            /// Region.
            region: String,
            /// Next renewal date.
            renewal_date: String,
            /// The number's URI.
            resource_uri: String,
            /// Whether it can send and receive SMS.
            sms_enabled: bool,
            /// SMS rate.
            sms_rate: Decimal,
            /// The owning subaccount's URI, if any.
            sub_account: String,
            /// The owning subaccount's name, if any.
            sub_account_name: String,
            /// 10DLC campaign id.
            tendlc_campaign_id: String,
            /// 10DLC registration status.
            tendlc_registration_status: String,
            /// Toll-free SMS verification status.
            toll_free_sms_verification: String,
            /// The toll-free verification request that covers it.
            toll_free_sms_verification_id: String,
            /// That request's status.
            toll_free_sms_verification_order_status: String,
            /// Whether it can make and receive calls.
            voice_enabled: bool,
            /// Voice rate.
            voice_rate: Decimal,
        }
    }
}

model! {
    /// A number for sale (`searchNewNumbers`).
    pub struct AvailableNumber {
        required {
            /// The number, with country code.
            number: String,
        }
        optional {
            /// City.
            city: String,
            /// Country name.
            country: String,
            /// A number offered in its place, if any.
            fallback_number: String,
            /// Whether high availability is on for it.
            ha_enabled: bool,
            /// Local access and transport area (US and CA).
            lata: u64,
            /// Whether it can receive MMS.
            mms_enabled: bool,
            /// MMS rate.
            mms_rate: Decimal,
            /// Monthly rent.
            monthly_rental_rate: Decimal,
            /// Kind of number.
            #[serde(rename = "type")]
            number_type: NumberType,
            /// Area prefix.
            prefix: String,
            /// Documents needed to buy it.
            prerequisites: Vec<serde_json::Value>,
            /// Rate center (US and CA).
            rate_center: String,
            /// Region.
            region: String,
            /// The number's URI.
            resource_uri: String,
            /// Restriction on who may buy it.
            restriction: String,
            /// The restriction, in words.
            restriction_text: String,
            /// One-time setup cost.
            setup_rate: Decimal,
            /// Whether it can send and receive SMS.
            sms_enabled: bool,
            /// SMS rate.
            sms_rate: Decimal,
            /// Whether it can make and receive calls.
            voice_enabled: bool,
            /// Voice rate.
            voice_rate: Decimal,
        }
    }
}

model! {
    /// The answer to `buyNumber`.
    pub struct NumberBought {
        required {}
        optional {
            /// Plivo's request id.
            api_id: String,
            /// `created`.
            message: String,
            /// The numbers and how each purchase went.
            numbers: Vec<BoughtNumber>,
            /// `fulfilled`, `pending`, …
            status: String,
        }
    }
}

model! {
    /// One number of a purchase.
    pub struct BoughtNumber {
        required {
            /// The number.
            number: String,
        }
        optional {
            /// `Success`, …
            status: String,
            /// A number bought instead, when the one asked for was gone.
            fallback_number: String,
        }
    }
}

model! {
    /// An incoming carrier (legacy API).
    pub struct IncomingCarrier {
        required {
            /// The carrier's id.
            carrier_id: String,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
            /// Name.
            name: String,
            /// IP addresses its calls come from, joined with `,`.
            ip_set: String,
            /// The carrier's URI.
            resource_uri: String,
        }
    }
}

model! {
    /// The answer to `addIncomingCarrier` (legacy API).
    pub struct CarrierCreated {
        required {
            /// The new carrier's id.
            carrier_id: String,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
            /// `created`.
            message: String,
        }
    }
}
