//! Phone numbers: the inventory to search and buy from, the numbers rented on the account,
//! and numbers added from your own carrier.
//!
//! The inventory (`model::numbers`) is a fixed list per country, the same on every run.
//! Buying moves a number onto the account; unrenting puts it back on sale and takes it out of
//! any Powerpack's number pool.

use serde_json::{Value, json};

use crate::sandbox::model::countries::{country_by_iso, country_of};
use crate::sandbox::model::numbers::{ZERO, restock};
use crate::sandbox::state::{
    Filter, Handled, How, Reply, Req, State, error, find, no_content, not_found, page, reply, today,
};

/// The `type` filter: `any` matches all, and `local` and `fixed` are the same kind.
fn type_matches(have: &Value, wanted: &str) -> bool {
    let have = have.as_str().unwrap_or("");
    let geographic = |t: &str| t == "local" || t == "fixed";
    wanted == "any" || have == wanted || (geographic(have) && geographic(wanted))
}

const TYPES: &[&str] = &["any", "local", "fixed", "mobile", "tollfree", "national"];

/// The `type` parameter, checked; `any` when absent.
fn type_param(req: &Req, key: &str) -> Result<String, Reply> {
    let kind = req
        .text(key)
        .map(|t| t.trim().to_ascii_lowercase())
        .unwrap_or_default();
    if kind.is_empty() {
        return Ok("any".into());
    }
    if TYPES.contains(&kind.as_str()) {
        Ok(kind)
    } else {
        Err(error(
            400,
            &format!("{key} must be one of {}", TYPES.join(", ")),
        ))
    }
}

/// The `services` parameter (`voice`, `sms`, `mms`, comma-joined) as the flags that must be
/// true.
fn services_param(req: &Req) -> Result<Vec<&'static str>, Reply> {
    let Some(text) = req.text("services") else {
        return Ok(Vec::new());
    };
    text.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| match s.to_ascii_lowercase().as_str() {
            "voice" => Ok("voice_enabled"),
            "sms" => Ok("sms_enabled"),
            "mms" => Ok("mms_enabled"),
            _ => Err(error(
                400,
                "services must be a comma-separated list of voice, sms and mms",
            )),
        })
        .collect()
}

fn has_services(item: &Value, flags: &[&str]) -> bool {
    flags.iter().all(|flag| item[*flag] == true)
}

/// `pattern`: the digits after the country code start with it; `*` stands for any digit.
fn pattern_matches(number: &str, code: &str, pattern: &str) -> bool {
    let Some(rest) = number.strip_prefix(code) else {
        return false;
    };
    let rest: Vec<char> = rest.chars().collect();
    let pattern: Vec<char> = pattern.chars().collect();
    pattern.len() <= rest.len() && pattern.iter().zip(&rest).all(|(p, c)| *p == '*' || p == c)
}

fn contains_ignoring_case(item: &Value, field: &str, wanted: Option<&String>) -> bool {
    match wanted {
        None => true,
        Some(w) => item[field]
            .as_str()
            .is_some_and(|have| have.to_lowercase().contains(&w.to_lowercase())),
    }
}

/// A `subaccount` parameter: `None` when absent, `Some(null)` when empty, the subaccount's URI
/// otherwise (400 for an unknown one).
fn subaccount_param(state: &State, req: &Req) -> Result<Option<Value>, Reply> {
    match req.text("subaccount") {
        None => Ok(None),
        Some(id) if id.trim().is_empty() => Ok(Some(Value::Null)),
        Some(id) => state.subaccount_uri(id.trim()).map(Some),
    }
}

/// A `cnam_lookup` parameter: `enabled` or `disabled`.
fn cnam_param(req: &Req) -> Result<Option<String>, Reply> {
    match req.text("cnam_lookup") {
        None => Ok(None),
        Some(v) if v == "enabled" || v == "disabled" => Ok(Some(v)),
        Some(_) => Err(error(400, "cnam_lookup must be enabled or disabled")),
    }
}

pub(crate) fn search(state: &mut State, req: &Req) -> Handled {
    restock(state);
    let iso = req.need("country_iso")?;
    if iso.len() != 2 || !iso.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(error(400, "country_iso must be two upper-case letters"));
    }
    let kind = type_param(req, "type")?;
    let services = services_param(req)?;
    let code = country_by_iso(&iso).map_or("", |c| c.code);
    let pattern = req
        .text("pattern")
        .map(|p| p.trim().to_owned())
        .unwrap_or_default();
    let (region, city) = (req.text("region"), req.text("city"));
    let found: Vec<Value> = state
        .inventory
        .iter()
        .filter(|n| n["country_iso"] == iso.as_str())
        .filter(|n| type_matches(&n["type"], &kind))
        .filter(|n| has_services(n, &services))
        .filter(|n| pattern_matches(n["number"].as_str().unwrap_or(""), code, &pattern))
        .filter(|n| contains_ignoring_case(n, "region", region.as_ref()))
        .filter(|n| contains_ignoring_case(n, "city", city.as_ref()))
        .map(|n| {
            let mut offer = n.clone();
            offer["resource_uri"] = json!(format!(
                "{}PhoneNumber/{}/",
                req.base,
                n["number"].as_str().unwrap_or("")
            ));
            offer
        })
        .collect();
    let filters = [Filter::exact("lata"), Filter::exact("rate_center")];
    page(req, "PhoneNumber/", found.iter(), &filters)
}

pub(crate) fn buy(state: &mut State, req: &Req) -> Handled {
    restock(state);
    let number = req.seg(1).to_owned();
    let at = state
        .inventory
        .iter()
        .position(|n| n["number"].as_str() == Some(number.as_str()))
        .ok_or_else(not_found)?;
    let application = match state.application_param(req)? {
        Some(app) => app,
        None => state.default_application("default_app"),
    };
    let cnam_lookup = cnam_param(req)?.unwrap_or_else(|| "disabled".into());
    let sub_account = state.owner(req);
    state.number_rented(at, application, cnam_lookup, sub_account, &req.base);
    reply(
        201,
        json!({
            "message": "created",
            "numbers": [{"fallback_number": null, "number": number, "status": "Success"}],
            "status": "fulfilled",
        }),
    )
}

pub(crate) fn list(state: &mut State, req: &Req) -> Handled {
    let kind = type_param(req, "type")?;
    let services = services_param(req)?;
    let found = state
        .numbers
        .iter()
        .filter(|n| type_matches(&n["number_type"], &kind))
        .filter(|n| has_services(n, &services));
    let filters = [
        Filter::new("number_startswith", "number", How::Prefix),
        Filter::new("subaccount", "sub_account", How::Contains),
        Filter::exact("alias"),
        Filter::time("renewal_date"),
        Filter::exact("cnam_lookup"),
        Filter::exact("tendlc_campaign_id"),
        Filter::exact("tendlc_registration_status"),
        Filter::exact("toll_free_sms_verification"),
    ];
    page(req, "Number/", found, &filters)
}

pub(crate) fn get(state: &mut State, req: &Req) -> Handled {
    reply(200, find(&mut state.numbers, "number", req.seg(1))?.clone())
}

pub(crate) fn update(state: &mut State, req: &Req) -> Handled {
    find(&mut state.numbers, "number", req.seg(1))?;
    let application = state.application_param(req)?;
    let sub_account = subaccount_param(state, req)?;
    let cnam_lookup = cnam_param(req)?;
    let number = find(&mut state.numbers, "number", req.seg(1))?;
    if let Some(app) = application {
        number["application"] = app;
    }
    if let Some(sub) = sub_account {
        number["sub_account"] = sub;
    }
    if let Some(cnam) = cnam_lookup {
        number["cnam_lookup"] = Value::String(cnam);
    }
    req.copy_text(number, &["alias"]);
    reply(202, json!({"message": "changed"}))
}

/// Gives a number back: it leaves the account and, if the sandbox sells it, goes back on sale.
pub(crate) fn unrent(state: &mut State, req: &Req) -> Handled {
    state.number_released(req.seg(1))?;
    no_content()
}

/// The `numbers` parameter: a comma-separated string (tolerating the brackets and quotes of a
/// Python list printed as text) or a JSON array of strings; each number digits only, with an
/// optional leading `+` dropped.
fn numbers_param(req: &Req) -> Result<Vec<String>, Reply> {
    let pieces: Vec<String> = match req.params.get("numbers") {
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| match v {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            })
            .collect(),
        _ => req.need("numbers")?.split(',').map(str::to_owned).collect(),
    };
    let mut numbers: Vec<String> = Vec::new();
    for piece in &pieces {
        let number = piece.trim_matches(|c: char| c.is_whitespace() || "[]'\"".contains(c));
        let number = number.strip_prefix('+').unwrap_or(number);
        if number.is_empty() {
            continue;
        }
        if number.len() < 5 || number.len() > 20 || !number.bytes().all(|b| b.is_ascii_digit()) {
            return Err(error(
                400,
                &format!("{number} is not a phone number with country code"),
            ));
        }
        if !numbers.iter().any(|n| n == number) {
            numbers.push(number.to_owned());
        }
    }
    if numbers.is_empty() {
        return Err(error(400, "numbers is required"));
    }
    Ok(numbers)
}

/// Adds numbers from your own carrier (an incoming carrier's id in `carrier`). Removing the
/// carrier removes them.
pub(crate) fn add_own(state: &mut State, req: &Req) -> Handled {
    let numbers = numbers_param(req)?;
    let carrier = req.need("carrier")?;
    let region = req.need("region")?;
    let kind = match type_param(req, "number_type")?.as_str() {
        "any" => "local".to_owned(),
        kind => kind.to_owned(),
    };
    if !state
        .carriers
        .iter()
        .any(|c| c["carrier_id"].as_str() == Some(carrier.as_str()))
    {
        return Err(error(404, &format!("carrier {carrier} not found")));
    }
    if let Some(taken) = numbers.iter().find(|n| {
        state
            .numbers
            .iter()
            .any(|r| r["number"].as_str() == Some(n.as_str()))
    }) {
        return Err(error(400, &format!("{taken} is already on the account")));
    }
    let application = match state.application_param(req)? {
        Some(app) => app,
        None => state.default_application("default_app"),
    };
    let sub_account = match subaccount_param(state, req)? {
        Some(sub) => sub,
        None => state.owner(req),
    };
    let added_on = today();
    for number in &numbers {
        let country = country_of(number);
        state.numbers.push(json!({
            "active": true,
            "added_on": added_on,
            "alias": null,
            "application": application,
            "carrier": carrier,
            "carrier_id": carrier,
            "city": "",
            "cnam_lookup": "disabled",
            "compliance_application_id": null,
            "compliance_status": null,
            "country": country.map_or("", |c| c.name),
            "country_iso": country.map(|c| c.iso),
            "mms_enabled": false,
            "mms_rate": ZERO,
            "monthly_rental_rate": ZERO,
            "number": number,
            "number_type": kind,
            "region": region,
            "renewal_date": null,
            "resource_uri": format!("{}Number/{number}/", req.base),
            "sms_enabled": false,
            "sms_rate": ZERO,
            "sub_account": sub_account,
            "tendlc_campaign_id": null,
            "tendlc_registration_status": null,
            "toll_free_sms_verification": null,
            "voice_enabled": true,
            "voice_rate": ZERO,
        }));
    }
    // A number of the sandbox's own stock that you bring is no longer for sale.
    state.inventory.retain(|offer| {
        !numbers
            .iter()
            .any(|n| offer["number"].as_str() == Some(n.as_str()))
    });
    reply(202, json!({"message": "changed"}))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sandbox::model::numbers::{catalog, next_month};

    #[test]
    fn catalog_numbers_are_unique_and_sized() {
        let all = catalog("/v1/Account/MA/");
        let mut numbers: Vec<&str> = all.iter().filter_map(|n| n["number"].as_str()).collect();
        assert_eq!(numbers.len(), all.len());
        numbers.sort_unstable();
        numbers.dedup();
        assert_eq!(numbers.len(), all.len());
        let count = |iso: &str| all.iter().filter(|n| n["country_iso"] == iso).count();
        assert_eq!(count("US"), 30);
        for iso in ["CA", "GB", "DE", "IN", "AU"] {
            assert!(count(iso) >= 5, "{iso}");
        }
        for n in &all {
            let number = n["number"].as_str().unwrap_or("");
            let country =
                country_by_iso(n["country_iso"].as_str().unwrap_or("")).map_or("?", |c| c.code);
            assert!(
                number.starts_with(&format!("{country}{}", n["prefix"].as_str().unwrap_or("?"))),
                "{number}"
            );
        }
    }

    #[test]
    fn dates_and_patterns() {
        assert_eq!(next_month("2024-01-31"), "2024-02-29");
        assert_eq!(next_month("2023-12-15"), "2024-01-15");
        assert_eq!(next_month("2023-01-30"), "2023-02-28");
        assert_eq!(next_month("nonsense"), "nonsense");
        assert!(pattern_matches("14155550103", "1", "415"));
        assert!(pattern_matches("14155550103", "1", "4*5"));
        assert!(!pattern_matches("14155550103", "1", "212"));
        assert!(!pattern_matches("1415", "1", "41555"));
        assert_eq!(country_of("+447700900003").map(|c| c.iso), Some("GB"));
        assert_eq!(country_of("14155550103").map(|c| c.iso), Some("US"));
        assert!(country_of("33123456789").is_none());
    }
}
