//! Messages (SMS, MMS, WhatsApp).
//!
//! Sending files one outbound message per destination at the front of `state.messages`; they
//! stay `queued`, as nothing is delivered. Units follow the usual concatenation rule: one for up
//! to 160 GSM characters (70 for other text), otherwise one per 153 (67) characters. The
//! price is the destination country's outbound rate from `Pricing/` times the units.

use serde_json::{Value, json};

use crate::sandbox::model::countries::country_of;
use crate::sandbox::state::{Filter, Handled, How, Req, State, error, find, now, page, reply};

/// Rates in units of 0.00001.
const MMS_RATE: u64 = 2_000;
const WHATSAPP_RATE: u64 = 500;
/// SMS to a country the sandbox has no price for.
const OTHER_SMS_RATE: u64 = 5_000;

/// `"0.00650"` → 650; 0 for text that is not such a decimal.
fn parse_rate(text: &str) -> u64 {
    let (whole, frac) = text.split_once('.').unwrap_or((text, ""));
    let frac: String = frac.chars().chain(std::iter::repeat('0')).take(5).collect();
    let whole = whole.parse::<u64>().unwrap_or(0);
    let frac = frac.parse::<u64>().unwrap_or(0);
    whole.saturating_mul(100_000).saturating_add(frac)
}

/// 650 → `"0.00650"`.
fn format_rate(rate: u64) -> String {
    format!("{}.{:05}", rate / 100_000, rate % 100_000)
}

/// Characters of the GSM 7-bit extension table, which take two septets.
const GSM_EXTENDED: &str = "^{}\\[~]|€";

/// How many parts (billing units) a text is sent in.
fn units(kind: &str, text: &str) -> u64 {
    if kind != "sms" {
        return 1;
    }
    let gsm = text
        .chars()
        .all(|c| c.is_ascii() || GSM_EXTENDED.contains(c));
    let (length, single, part) = if gsm {
        let septets = text
            .chars()
            .map(|c| if GSM_EXTENDED.contains(c) { 2 } else { 1 })
            .sum::<u64>();
        (septets, 160, 153)
    } else {
        (text.encode_utf16().count() as u64, 70, 67)
    };
    if length <= single {
        1
    } else {
        length.div_ceil(part)
    }
}

/// A phone number: digits, 3 to 20 of them, after an optional `+` (which is dropped).
fn phone_number(text: &str) -> Option<String> {
    let digits = text.trim().trim_start_matches('+');
    let ok = (3..=20).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit());
    ok.then(|| digits.to_owned())
}

/// A sender: a phone number, or an alphanumeric sender id of up to 11 characters.
fn sender(text: &str) -> Option<String> {
    let text = text.trim();
    phone_number(text).or_else(|| {
        let ok = !text.is_empty()
            && text.len() <= 11
            && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b' ');
        ok.then(|| text.to_owned())
    })
}

/// What Plivo shows for a destination sent with `log=false`: the middle digits masked
/// (`141XXXXX528`).
fn masked(number: &str) -> String {
    let n = number.len();
    if n <= 6 {
        return number.to_owned();
    }
    number
        .char_indices()
        .map(|(i, c)| if i < 3 || i >= n - 3 { c } else { 'X' })
        .collect()
}

fn media_given(req: &Req) -> bool {
    ["media_urls", "media_ids"]
        .iter()
        .any(|key| match req.params.get(*key) {
            Some(Value::Array(items)) => !items.is_empty(),
            Some(Value::String(s)) => !s.trim().is_empty(),
            _ => false,
        })
}

/// A list parameter: a JSON array of strings, or one string of entries joined with `,`.
fn list_param(req: &Req, key: &str) -> Vec<String> {
    match req.params.get(key) {
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect(),
        Some(Value::String(s)) => s
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect(),
        _ => Vec::new(),
    }
}

pub(crate) fn send(state: &mut State, req: &Req) -> Handled {
    let dst = req.need("dst")?;
    let mut destinations: Vec<String> = Vec::new();
    for piece in dst.split('<').map(str::trim).filter(|p| !p.is_empty()) {
        let number = phone_number(piece)
            .ok_or_else(|| error(400, &format!("{piece} is not a valid dst number")))?;
        destinations.push(number);
    }
    let Some(first) = destinations.first() else {
        return Err(error(400, "dst is required"));
    };
    // The sender: `src`, or a number of the Powerpack's pool (exactly one of the two), one of
    // the first destination's country when the pool has one.
    let powerpack = req.text("powerpack_uuid").filter(|p| !p.is_empty());
    let from = match (req.text("src").filter(|s| !s.is_empty()), &powerpack) {
        (Some(_), Some(_)) => {
            return Err(error(400, "give either src or powerpack_uuid, not both"));
        }
        (None, None) => return Err(error(400, "src or powerpack_uuid is required")),
        (Some(src), None) => {
            sender(&src).ok_or_else(|| error(400, "src must be a phone number or a sender id"))?
        }
        (None, Some(uuid)) => state
            .powerpacks
            .sender(uuid, country_of(first).map(|c| c.iso))?,
    };
    if destinations.contains(&from) {
        return Err(error(400, "dst must not contain src"));
    }
    let kind = req
        .text("type")
        .map(|t| t.trim().to_ascii_lowercase())
        .unwrap_or_default();
    let kind = if kind.is_empty() {
        "sms".to_owned()
    } else {
        kind
    };
    if !["sms", "mms", "whatsapp"].contains(&kind.as_str()) {
        return Err(error(400, "type must be sms, mms or whatsapp"));
    }
    let text = req.text("text").unwrap_or_default();
    if text.trim().is_empty() && !(kind == "mms" && media_given(req)) {
        return Err(error(400, "text is required"));
    }
    let log = req.flag("log")?.unwrap_or(true);

    let media_ids = list_param(req, "media_ids");
    state.check_media_ids(&media_ids)?;

    let units = units(&kind, &text);
    let time = now();
    let sub_account = state.owner(req);
    let mut uuids = Vec::with_capacity(destinations.len());
    let mut sent = Vec::with_capacity(destinations.len());
    for to in &destinations {
        let country = country_of(to);
        let rate = match kind.as_str() {
            "mms" => MMS_RATE,
            "whatsapp" => WHATSAPP_RATE,
            _ => country.map_or(OTHER_SMS_RATE, |c| parse_rate(c.sms_rate)),
        };
        let uuid = state.rng.uuid();
        let to_number = if log { to.clone() } else { masked(to) };
        sent.push(json!({
            "destination_country_iso2": country.map(|c| c.iso),
            "error_code": null,
            "error_message": "",
            "from_number": from,
            "message_direction": "outbound",
            "message_sent_time": time,
            "message_state": "queued",
            "message_time": time,
            "message_type": kind,
            "message_updated_time": time,
            "message_uuid": uuid,
            "powerpack_id": powerpack,
            "resource_uri": format!("{}Message/{uuid}/", req.base),
            "sub_account": sub_account,
            "to_number": to_number,
            "total_amount": format_rate(rate.saturating_mul(units)),
            "total_rate": format_rate(rate),
            "units": units,
        }));
        state.media_sent(&req.base, &uuid, &media_ids);
        uuids.push(uuid);
    }
    sent.append(&mut state.messages);
    state.messages = sent;
    reply(
        202,
        json!({"message": "message(s) queued", "message_uuid": uuids}),
    )
}

pub(crate) fn list(state: &mut State, req: &Req) -> Handled {
    let filters = [
        Filter::exact("message_direction"),
        Filter::exact("message_state"),
        Filter::exact("message_type"),
        Filter::exact("error_code"),
        Filter::exact("from_number"),
        Filter::exact("to_number"),
        Filter::exact("powerpack_id"),
        Filter::exact("destination_country_iso2"),
        Filter::new("subaccount", "sub_account", How::Contains),
        Filter::time("message_time"),
    ];
    page(req, "Message/", state.messages.iter(), &filters)
}

pub(crate) fn get(state: &mut State, req: &Req) -> Handled {
    reply(
        200,
        find(&mut state.messages, "message_uuid", req.seg(1))?.clone(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_follow_concatenation() {
        assert_eq!(units("sms", "hi"), 1);
        assert_eq!(units("sms", &"a".repeat(160)), 1);
        assert_eq!(units("sms", &"a".repeat(161)), 2);
        assert_eq!(units("sms", &"a".repeat(306)), 2);
        assert_eq!(units("sms", &"a".repeat(307)), 3);
        assert_eq!(units("sms", &"é".repeat(70)), 1);
        assert_eq!(units("sms", &"é".repeat(71)), 2);
        assert_eq!(units("sms", &"[".repeat(80)), 1);
        assert_eq!(units("sms", &"[".repeat(81)), 2);
        assert_eq!(units("mms", &"a".repeat(1000)), 1);
    }

    #[test]
    fn rates_and_masks() {
        assert_eq!(parse_rate("0.00650"), 650);
        assert_eq!(parse_rate("1.5"), 150_000);
        assert_eq!(parse_rate("x"), 0);
        assert_eq!(format_rate(650 * 3), "0.01950");
        assert_eq!(masked("14155550100"), "141XXXXX100");
        assert_eq!(masked("12345"), "12345");
        assert_eq!(sender("+14155550100").as_deref(), Some("14155550100"));
        assert_eq!(sender("PLIVO").as_deref(), Some("PLIVO"));
        assert!(sender("not a sender id!").is_none());
        assert!(phone_number("12ab").is_none());
    }
}
