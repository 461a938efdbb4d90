//! Prices for a country.

use crate::models;
use crate::rules;

params! {
    /// `getPricing`: voice, message and number prices for one country.
    GetPricing = "getPricing" -> models::Pricing;
    required {
        /// ISO 3166-1 alpha-2 code, upper case (`US`, `GB`).
        country_iso: String = "countryIso" => "country_iso" [check = rules::country_iso];
    }
    optional {}
}
