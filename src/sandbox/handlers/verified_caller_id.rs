//! Verified caller IDs: initiate, verify with the code, read, update, delete, list.
//!
//! - `POST VerifiedCallerId/` (`phone_number` required; `channel` `sms` or `call`;
//!   `country` two upper-case letters; `subaccount` one of the account's) answers 201
//!   `{"message": "Verification code is sent to number … which is valid for 15 minutes",
//!   "verification_uuid"}`; a number already verified is a 400.
//! - `POST VerifiedCallerId/Verification/{uuid}/` with `otp` answers 201 with the verified
//!   caller ID; 400 for a wrong or expired code, 404 for an unknown verification.
//! - `GET`, `POST` (`alias`, `subaccount`) and `DELETE` (204) `VerifiedCallerId/{number}/`,
//!   the number with or without `+` (404 for one not verified).
//! - `GET VerifiedCallerId/` lists them, newest first, in the classic `objects` shape,
//!   filtered by `country`, `subaccount` and `alias`.

use serde_json::{Value, json};

use crate::sandbox::model::verified_caller_id::{CallerIdCheck, Initiate, e164};
use crate::sandbox::model::verify::is_phone_number;
use crate::sandbox::state::{
    Filter, Handled, Reply, Req, State, error, no_content, not_found, now, page, reply,
};

const FILTERS: &[Filter] = &[
    Filter::exact("country"),
    Filter::exact("subaccount"),
    Filter::exact("alias"),
];

/// The keys a single caller ID is read with (the list items add `resource_uri`).
const SINGLE_KEYS: &[&str] = &[
    "alias",
    "country",
    "created_at",
    "modified_at",
    "phone_number",
    "subaccount",
    "verification_uuid",
];

fn single(entry: &Value) -> Value {
    Value::Object(
        SINGLE_KEYS
            .iter()
            .map(|k| ((*k).to_owned(), entry[*k].clone()))
            .collect(),
    )
}

/// `subaccount`, when given, must be one of the account's.
fn known_subaccount(state: &State, req: &Req) -> Result<Option<String>, Reply> {
    let Some(id) = req.text("subaccount") else {
        return Ok(None);
    };
    if state
        .subaccounts
        .iter()
        .any(|s| s["auth_id"] == id.as_str())
    {
        Ok(Some(id))
    } else {
        Err(error(400, "subaccount is not a subaccount of this account"))
    }
}

pub(crate) fn initiate(state: &mut State, req: &Req) -> Handled {
    let number = req.need("phone_number")?;
    if !is_phone_number(&number) {
        return Err(error(
            400,
            "phone_number must be a valid phone number in E.164 format",
        ));
    }
    let channel = req.one_of("channel", &["sms", "call"])?;
    let country = req.text("country").unwrap_or_default();
    let iso = country.len() == 2 && country.bytes().all(|b| b.is_ascii_uppercase());
    if !(country.is_empty() || iso) {
        return Err(error(400, "country must be an ISO 3166-1 alpha-2 code"));
    }
    let subaccount = known_subaccount(state, req)?.unwrap_or_default();
    let phone_number = e164(&number);
    if state.verified_caller_id(&phone_number).is_some() {
        return Err(error(400, &format!("{phone_number} is already verified")));
    }
    let uuid = state.caller_id_code_sent(Initiate {
        phone_number: phone_number.clone(),
        alias: req.text("alias").unwrap_or_default(),
        channel: channel.unwrap_or_else(|| "sms".to_owned()),
        country,
        subaccount,
    });
    reply(
        201,
        json!({
            "message": format!(
                "Verification code is sent to number {phone_number} which is valid for 15 minutes"
            ),
            "verification_uuid": uuid,
        }),
    )
}

pub(crate) fn verify(state: &mut State, req: &Req) -> Handled {
    let otp = req.need("otp")?;
    match state.caller_id_verified(req.seg(2), &otp) {
        CallerIdCheck::Verified(answer) => reply(201, answer),
        CallerIdCheck::Wrong => Err(error(400, "Invalid OTP")),
        CallerIdCheck::Expired => Err(error(400, "OTP expired, initiate the verification again")),
        CallerIdCheck::Unknown => Err(not_found()),
    }
}

pub(crate) fn get(state: &mut State, req: &Req) -> Handled {
    let entry = state.verified_caller_id(req.seg(1)).ok_or_else(not_found)?;
    reply(200, single(entry))
}

pub(crate) fn update(state: &mut State, req: &Req) -> Handled {
    let subaccount = known_subaccount(state, req)?;
    let alias = req.text("alias");
    let entry = state.verified_caller_id(req.seg(1)).ok_or_else(not_found)?;
    if let Some(alias) = alias {
        entry["alias"] = Value::from(alias);
    }
    if let Some(subaccount) = subaccount {
        entry["subaccount"] = Value::from(subaccount);
    }
    entry["modified_at"] = Value::from(now());
    reply(200, single(entry))
}

pub(crate) fn delete(state: &mut State, req: &Req) -> Handled {
    let wanted = e164(req.seg(1));
    let before = state.verified_caller_ids.len();
    state
        .verified_caller_ids
        .retain(|v| v["phone_number"] != wanted.as_str());
    if state.verified_caller_ids.len() == before {
        return Err(not_found());
    }
    no_content()
}

pub(crate) fn list(state: &mut State, req: &Req) -> Handled {
    page(
        req,
        "VerifiedCallerId/",
        state.verified_caller_ids.iter(),
        FILTERS,
    )
}
