//! Prices for a handful of countries, in the shape of Plivo's pricing answer.

use serde_json::json;

use crate::sandbox::state::{Handled, Req, State, error, reply};

/// (ISO code, name, dialling code, outbound SMS rate, outbound call rate, local number rent)
const COUNTRIES: &[(&str, &str, u32, &str, &str, &str)] = &[
    ("US", "United States", 1, "0.00650", "0.01200", "0.80000"),
    ("CA", "Canada", 1, "0.00650", "0.01200", "0.80000"),
    ("GB", "United Kingdom", 44, "0.04000", "0.01500", "1.00000"),
    ("DE", "Germany", 49, "0.08500", "0.02500", "1.50000"),
    ("IN", "India", 91, "0.00250", "0.01300", "3.00000"),
    ("AU", "Australia", 61, "0.05500", "0.03000", "4.00000"),
];

pub(crate) fn get(_state: &mut State, req: &Req) -> Handled {
    let iso = req.need("country_iso")?;
    if iso.len() != 2 || !iso.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(error(400, "country_iso must be two upper-case letters"));
    }
    let Some(&(code, name, prefix, sms, call, rent)) = COUNTRIES.iter().find(|c| c.0 == iso) else {
        return Err(error(404, &format!("no pricing for country {iso}")));
    };
    reply(
        200,
        json!({
            "country": name,
            "country_code": prefix,
            "country_iso": code,
            "message": {
                "inbound": {"rate": "0.00000"},
                "outbound": {"rate": sms},
                "outbound_networks_list": [{"group_name": name, "rate": sms}],
            },
            "phone_numbers": {"local": {"rate": rent}, "tollfree": {"rate": "1.00000"}},
            "voice": {
                "inbound": {"ip": {"rate": "0.00300"}, "local": {"rate": "0.00850"}, "tollfree": {"rate": "0.02100"}},
                "outbound": {
                    "ip": {"rate": "0.00300"},
                    "local": {"rate": call},
                    "rates": [{"prefix": [prefix.to_string()], "rate": call}],
                    "tollfree": {"rate": "0.00300"},
                },
            },
        }),
    )
}
