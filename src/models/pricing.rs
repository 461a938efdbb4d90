//! Prices for a country (`getPricing`).

use super::{Decimal, model};

model! {
    /// Voice, message and number prices for one country.
    pub struct Pricing {
        required {
            /// ISO 3166-1 alpha-2 code.
            country_iso: String,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
            /// Country name.
            country: String,
            /// Dialling code.
            country_code: u32,
            /// Message prices.
            message: MessagePricing,
            /// Number rents.
            phone_numbers: NumberPricing,
            /// Call prices.
            voice: VoicePricing,
        }
    }
}

model! {
    /// A price.
    pub struct Rate {
        required {
            /// The price, exact.
            rate: Decimal,
        }
        optional {}
    }
}

model! {
    /// Message prices.
    pub struct MessagePricing {
        required {}
        optional {
            /// Receiving.
            inbound: Rate,
            /// Sending.
            outbound: Rate,
            /// Sending, per network.
            outbound_networks_list: Vec<NetworkRate>,
        }
    }
}

model! {
    /// A price for one network.
    pub struct NetworkRate {
        required {
            /// The price, exact.
            rate: Decimal,
        }
        optional {
            /// The network.
            group_name: String,
        }
    }
}

model! {
    /// Monthly number rents.
    pub struct NumberPricing {
        required {}
        optional {
            /// Local numbers.
            local: Rate,
            /// Toll-free numbers.
            tollfree: Rate,
        }
    }
}

model! {
    /// Call prices.
    pub struct VoicePricing {
        required {}
        optional {
            /// Receiving calls.
            inbound: VoiceRates,
            /// Placing calls.
            outbound: VoiceRates,
        }
    }
}

model! {
    /// Call prices by kind of line.
    pub struct VoiceRates {
        required {}
        optional {
            /// SIP (IP) calls.
            ip: Rate,
            /// Local numbers.
            local: Rate,
            /// Toll-free numbers.
            tollfree: Rate,
            /// Prices by destination prefix (outbound).
            rates: Vec<PrefixRate>,
        }
    }
}

model! {
    /// A price for destinations starting with one of the prefixes.
    pub struct PrefixRate {
        required {
            /// The price, exact.
            rate: Decimal,
        }
        optional {
            /// Destination prefixes.
            prefix: Vec<String>,
        }
    }
}
