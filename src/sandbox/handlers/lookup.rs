//! `GET /v1/Number/{number}?type=carrier` (the lookup service): the country and formats of a
//! number from its dialling code, and a made-up carrier.

use serde_json::json;

use crate::sandbox::model::countries::country_of;
use crate::sandbox::state::{Handled, Req, State, error, not_found, reply};

pub(crate) fn get(_state: &mut State, req: &Req) -> Handled {
    let [_, number] = req.segs.as_slice() else {
        return Err(not_found());
    };
    match req.text("type").as_deref() {
        Some("carrier") => {}
        _ => return Err(error(400, "type must be carrier")),
    }
    let digits = number.strip_prefix('+').unwrap_or(number);
    if digits.len() < 6 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(error(400, "number must be a phone number in E.164"));
    }
    let country = country_of(digits).ok_or_else(not_found)?;
    let national = &digits[country.code.len()..];
    reply(
        200,
        json!({
            "phone_number": format!("+{digits}"),
            "country": {"name": country.name, "iso2": country.iso, "iso3": country.iso3},
            "format": {
                "e164": format!("+{digits}"),
                "national": national,
                "international": format!("+{} {national}", country.code),
                "rfc3966": format!("tel:+{}-{national}", country.code),
            },
            "carrier": {
                "mobile_country_code": "001",
                "mobile_network_code": "01",
                "name": "Sandbox Mobile",
                "type": "mobile",
                "ported": "no",
            },
            "resource_uri": format!("/v1/Number/+{digits}?type=carrier"),
        }),
    )
}
