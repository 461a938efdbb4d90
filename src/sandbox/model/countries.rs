//! The countries the sandbox sells numbers in and prices messages for.

/// A country the sandbox sells numbers in.
pub(crate) struct Country {
    pub iso: &'static str,
    /// ISO 3166-1 alpha-3 (`USA`), as a number lookup prints it.
    pub iso3: &'static str,
    /// As number search prints it (`UNITED STATES`).
    pub upper: &'static str,
    /// As a rented number prints it (`United States`).
    pub name: &'static str,
    /// Dialling code.
    pub code: &'static str,
    /// Outbound SMS rate, as `Pricing/` gives it.
    pub sms_rate: &'static str,
}

pub(crate) const COUNTRIES: &[Country] = &[
    Country {
        iso: "US",
        iso3: "USA",
        upper: "UNITED STATES",
        name: "United States",
        code: "1",
        sms_rate: "0.00650",
    },
    Country {
        iso: "CA",
        iso3: "CAN",
        upper: "CANADA",
        name: "Canada",
        code: "1",
        sms_rate: "0.00650",
    },
    Country {
        iso: "GB",
        iso3: "GBR",
        upper: "UNITED KINGDOM",
        name: "United Kingdom",
        code: "44",
        sms_rate: "0.04000",
    },
    Country {
        iso: "DE",
        iso3: "DEU",
        upper: "GERMANY",
        name: "Germany",
        code: "49",
        sms_rate: "0.08500",
    },
    Country {
        iso: "IN",
        iso3: "IND",
        upper: "INDIA",
        name: "India",
        code: "91",
        sms_rate: "0.00250",
    },
    Country {
        iso: "AU",
        iso3: "AUS",
        upper: "AUSTRALIA",
        name: "Australia",
        code: "61",
        sms_rate: "0.05500",
    },
];

/// The country a number (with country code) belongs to: the longest matching dialling code,
/// the first listed country for a shared code (`1` is the United States).
pub(crate) fn country_of(number: &str) -> Option<&'static Country> {
    let number = number.trim_start_matches('+');
    COUNTRIES
        .iter()
        .filter(|c| number.starts_with(c.code))
        .fold(None, |best: Option<&'static Country>, c| match best {
            Some(b) if b.code.len() >= c.code.len() => Some(b),
            _ => Some(c),
        })
}

/// The country with this ISO code.
pub(crate) fn country_by_iso(iso: &str) -> Option<&'static Country> {
    COUNTRIES.iter().find(|c| c.iso == iso)
}
