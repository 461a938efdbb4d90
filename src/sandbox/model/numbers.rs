//! The numbers the sandbox sells and rents, and what renting and giving one back change.
//!
//! The inventory is a fixed list per country, the same on every run, taken mostly from ranges
//! set aside for fiction (555-01xx in North America, Ofcom's and ACMA's drama numbers).
//! [`State::number_rented`] moves a number onto the account (`buyNumber`, and
//! `buyPoolNumber`, which rents into a Powerpack's pool); [`State::number_released`] gives one
//! back (`unrentNumber`, and taking a number out of a pool with `unrent`): it leaves every
//! number pool and goes back on sale.

use serde_json::{Value, json};

use crate::sandbox::model::countries::country_by_iso;
use crate::sandbox::state::{Reply, State, remove, today};

/// A run of numbers for sale: `head` followed by `count` two-digit endings.
struct Block {
    iso: &'static str,
    /// `local`, `fixed`, `mobile` or `tollfree`.
    kind: &'static str,
    /// The area or range code after the country code.
    prefix: &'static str,
    head: &'static str,
    count: u32,
    region: &'static str,
    city: &'static str,
    lata: Option<u32>,
    rate_center: Option<&'static str>,
    rent: &'static str,
    sms: bool,
    mms: bool,
}

#[rustfmt::skip]
const BLOCKS: &[Block] = &[
    // United States: 30 numbers, so that a search pages past 20.
    Block { iso: "US", kind: "local", prefix: "415", head: "141555501", count: 8, region: "California", city: "San Francisco", lata: Some(722), rate_center: Some("SNFC CNTRL"), rent: "0.80000", sms: true, mms: true },
    Block { iso: "US", kind: "local", prefix: "212", head: "121255501", count: 6, region: "New York", city: "New York", lata: Some(132), rate_center: Some("NWYRCYZN01"), rent: "0.80000", sms: true, mms: true },
    Block { iso: "US", kind: "local", prefix: "312", head: "131255501", count: 6, region: "Illinois", city: "Chicago", lata: Some(358), rate_center: Some("CHICAGO"), rent: "0.80000", sms: true, mms: true },
    Block { iso: "US", kind: "local", prefix: "512", head: "151255501", count: 4, region: "Texas", city: "Austin", lata: Some(558), rate_center: Some("AUSTIN"), rent: "0.80000", sms: true, mms: false },
    Block { iso: "US", kind: "tollfree", prefix: "888", head: "188855501", count: 6, region: "United States", city: "", lata: None, rate_center: None, rent: "1.00000", sms: true, mms: false },
    // Canada: 8.
    Block { iso: "CA", kind: "local", prefix: "416", head: "141655501", count: 3, region: "Ontario", city: "Toronto", lata: Some(888), rate_center: Some("TORONTO"), rent: "0.80000", sms: true, mms: true },
    Block { iso: "CA", kind: "local", prefix: "604", head: "160455501", count: 3, region: "British Columbia", city: "Vancouver", lata: Some(886), rate_center: Some("VANCOUVER"), rent: "0.80000", sms: true, mms: false },
    Block { iso: "CA", kind: "tollfree", prefix: "888", head: "188855502", count: 2, region: "Canada", city: "", lata: None, rate_center: None, rent: "1.00000", sms: true, mms: false },
    // United Kingdom: 12.
    Block { iso: "GB", kind: "fixed", prefix: "20", head: "4420794600", count: 4, region: "London", city: "London", lata: None, rate_center: None, rent: "1.00000", sms: false, mms: false },
    Block { iso: "GB", kind: "fixed", prefix: "161", head: "4416149600", count: 3, region: "Manchester", city: "Manchester", lata: None, rate_center: None, rent: "1.00000", sms: false, mms: false },
    Block { iso: "GB", kind: "mobile", prefix: "7700", head: "4477009000", count: 3, region: "United Kingdom", city: "", lata: None, rate_center: None, rent: "1.50000", sms: true, mms: false },
    Block { iso: "GB", kind: "tollfree", prefix: "808", head: "4480815700", count: 2, region: "United Kingdom", city: "", lata: None, rate_center: None, rent: "3.00000", sms: false, mms: false },
    // Germany: 8, with an address requirement.
    Block { iso: "DE", kind: "fixed", prefix: "30", head: "4930901820", count: 3, region: "Berlin", city: "Berlin", lata: None, rate_center: None, rent: "1.50000", sms: false, mms: false },
    Block { iso: "DE", kind: "fixed", prefix: "89", head: "4989215400", count: 3, region: "Bavaria", city: "Munich", lata: None, rate_center: None, rent: "1.50000", sms: false, mms: false },
    Block { iso: "DE", kind: "mobile", prefix: "151", head: "49151234500", count: 2, region: "Germany", city: "", lata: None, rate_center: None, rent: "4.00000", sms: true, mms: false },
    // India: 6, voice only.
    Block { iso: "IN", kind: "fixed", prefix: "80", head: "9180674500", count: 3, region: "Karnataka", city: "Bangalore", lata: None, rate_center: None, rent: "3.00000", sms: false, mms: false },
    Block { iso: "IN", kind: "fixed", prefix: "22", head: "9122612300", count: 2, region: "Maharashtra", city: "Mumbai", lata: None, rate_center: None, rent: "3.00000", sms: false, mms: false },
    Block { iso: "IN", kind: "tollfree", prefix: "1800", head: "9118001200", count: 1, region: "India", city: "", lata: None, rate_center: None, rent: "10.00000", sms: false, mms: false },
    // Australia: 8.
    Block { iso: "AU", kind: "fixed", prefix: "2", head: "61255500", count: 3, region: "New South Wales", city: "Sydney", lata: None, rate_center: None, rent: "4.00000", sms: false, mms: false },
    Block { iso: "AU", kind: "fixed", prefix: "3", head: "61370100", count: 2, region: "Victoria", city: "Melbourne", lata: None, rate_center: None, rent: "4.00000", sms: false, mms: false },
    Block { iso: "AU", kind: "mobile", prefix: "491", head: "614915701", count: 2, region: "Australia", city: "", lata: None, rate_center: None, rent: "6.00000", sms: true, mms: false },
    Block { iso: "AU", kind: "tollfree", prefix: "1800", head: "6118001601", count: 1, region: "Australia", city: "", lata: None, rate_center: None, rent: "15.00000", sms: false, mms: false },
];

/// Inbound voice rates of a rented or offered number.
const VOICE_RATE_LOCAL: &str = "0.00850";
const VOICE_RATE_TOLLFREE: &str = "0.02100";
pub(crate) const ZERO: &str = "0.00000";

/// Every number the sandbox sells, in a fixed order, shaped like `GET PhoneNumber/` objects
/// plus `country_iso`, `city` and the MMS fields.
pub(crate) fn catalog(base: &str) -> Vec<Value> {
    let mut out = Vec::new();
    for block in BLOCKS {
        let Some(country) = country_by_iso(block.iso) else {
            continue;
        };
        let (restriction, restriction_text, prerequisites) = match (block.iso, block.kind) {
            ("DE", "mobile") => (
                json!("country_address"),
                json!("A proof of address in Germany is required"),
                json!([{"proof_required": true, "proof_type": ["Any"], "scope": "country", "type": "address"}]),
            ),
            ("DE", _) => (
                json!("city_address"),
                json!(format!("A proof of address in {} is required", block.city)),
                json!([{"proof_required": true, "proof_type": ["Any"], "scope": "city", "type": "address"}]),
            ),
            _ => (Value::Null, Value::Null, json!([])),
        };
        let voice_rate = if block.kind == "tollfree" {
            VOICE_RATE_TOLLFREE
        } else {
            VOICE_RATE_LOCAL
        };
        for i in 0..block.count {
            // Endings 20, 27, 34, …: unique for up to 12 numbers per block, and clear of the
            // 00-19 that examples and tests like to use as destinations (1 415 555 0100).
            let number = format!("{}{:02}", block.head, (20 + 7 * i) % 100);
            out.push(json!({
                "city": block.city,
                "country": country.upper,
                "country_iso": country.iso,
                "lata": block.lata,
                "mms_enabled": block.mms,
                "mms_rate": ZERO,
                "monthly_rental_rate": block.rent,
                "number": number,
                "prefix": block.prefix,
                "prerequisites": prerequisites,
                "rate_center": block.rate_center,
                "region": block.region,
                "resource_uri": format!("{base}PhoneNumber/{number}/"),
                "restriction": restriction,
                "restriction_text": restriction_text,
                "setup_rate": ZERO,
                "sms_enabled": block.sms,
                "sms_rate": country.sms_rate,
                "type": block.kind,
                "voice_enabled": true,
                "voice_rate": voice_rate,
            }));
        }
    }
    out
}

/// Fills the inventory; called once when the sandbox starts.
pub(crate) fn stock(state: &mut State) {
    state.inventory = catalog(&state.base());
}

/// Rebuilds the inventory: every catalog number that is not on the account. Search and buy
/// call it first, so numbers that left the account elsewhere (a deleted carrier, a subaccount
/// deleted with cascade) are back on sale.
pub(crate) fn restock(state: &mut State) {
    let numbers = &state.numbers;
    state.inventory = catalog(&state.base())
        .into_iter()
        .filter(|offer| !numbers.iter().any(|n| n["number"] == offer["number"]))
        .collect();
}

/// The same day one month later (clamped to the month's end); the date itself if it does not
/// parse.
pub(crate) fn next_month(date: &str) -> String {
    let mut parts = date.splitn(3, '-').map(str::parse::<u32>);
    let (Some(Ok(year)), Some(Ok(month)), Some(Ok(day))) =
        (parts.next(), parts.next(), parts.next())
    else {
        return date.to_owned();
    };
    let (year, month) = if month >= 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let last = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    format!("{year:04}-{month:02}-{:02}", day.min(last))
}

impl State {
    /// Event: the inventory's offer at `at` was rented onto the account, with `application`,
    /// `cnam_lookup` and `sub_account` as the request set them; `base` is the account's URI
    /// prefix. Returns the number.
    pub(crate) fn number_rented(
        &mut self,
        at: usize,
        application: Value,
        cnam_lookup: String,
        sub_account: Value,
        base: &str,
    ) -> String {
        let offer = self.inventory.remove(at);
        let number = offer["number"].as_str().unwrap_or_default().to_owned();
        let country = offer["country_iso"].as_str().and_then(country_by_iso);
        let (name, upper) = country.map_or(("", ""), |c| (c.name, c.upper));
        let region = match offer["region"].as_str() {
            Some(r) if r != name && !r.is_empty() => format!("{r}, {upper}"),
            _ => upper.to_owned(),
        };
        let kind = offer["type"].as_str().unwrap_or("local");
        let sms = offer["sms_enabled"] == true;
        let north_america = matches!(country.map(|c| c.iso), Some("US" | "CA"));
        let tendlc_status = if north_america && sms && kind != "tollfree" {
            json!("UNREGISTERED")
        } else {
            Value::Null
        };
        let toll_free_status = if north_america && sms && kind == "tollfree" {
            json!("unverified")
        } else {
            Value::Null
        };
        let added_on = today();
        self.numbers.push(json!({
            "active": true,
            "added_on": added_on,
            "alias": null,
            "application": application,
            "carrier": "Plivo",
            "city": offer["city"],
            "cnam_lookup": cnam_lookup,
            "compliance_application_id": null,
            "compliance_status": null,
            "country": name,
            "country_iso": offer["country_iso"],
            "mms_enabled": offer["mms_enabled"],
            "mms_rate": ZERO,
            "monthly_rental_rate": offer["monthly_rental_rate"],
            "number": number,
            "number_type": kind,
            "region": region,
            "renewal_date": next_month(&added_on),
            "resource_uri": format!("{}Number/{number}/", base),
            "sms_enabled": sms,
            "sms_rate": ZERO,
            "sub_account": sub_account,
            "tendlc_campaign_id": null,
            "tendlc_registration_status": tendlc_status,
            "toll_free_sms_verification": toll_free_status,
            "voice_enabled": offer["voice_enabled"],
            "voice_rate": offer["voice_rate"],
        }));
        number
    }

    /// Event: `number` left the account. It leaves everything that held it too (see
    /// [`State::numbers_left`]), and goes back on sale if the sandbox sells it. 404 when the
    /// account does not rent it.
    pub(crate) fn number_released(&mut self, number: &str) -> Result<Value, Reply> {
        let gone = remove(&mut self.numbers, "number", number)?;
        self.numbers_left();
        restock(self);
        Ok(gone)
    }

    /// Event: numbers left the account (given back, gone with their subaccount or their
    /// incoming carrier). Whatever held a number the account no longer rents lets it go:
    /// Powerpack pools, 10DLC campaign links and compliance applications' `linked_numbers`,
    /// as Plivo unlinks a number it takes back.
    pub(crate) fn numbers_left(&mut self) {
        self.powerpacks.keep_rented(&self.numbers);
        let rented = |number: &str| self.numbers.iter().any(|n| n["number"] == number);
        self.tendlc
            .links
            .retain(|link| link["number"].as_str().is_some_and(rented));
        for compliance in &mut self.compliances {
            if let Some(linked) = compliance["linked_numbers"].as_array_mut() {
                linked.retain(|l| {
                    l["number"]
                        .as_str()
                        .is_some_and(|n| rented(n.trim_start_matches('+')))
                });
            }
        }
    }
}
