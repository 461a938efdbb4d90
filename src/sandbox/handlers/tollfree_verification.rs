//! Toll-free verification requests: create, get, list (its `meta` counts with `count`),
//! update, delete. The rules that tie a request to the account's numbers are in
//! `model::tollfree`.
//!
//! Create needs `number`, `profile_uuid`, `usecase`, `usecase_summary`, `message_sample`,
//! `optin_image_url`, `optin_type` and `volume` (400 otherwise), as Plivo's reference marks
//! them; `usecase` entries, `optin_type`, `volume` and `callback_method` must be in Plivo's
//! sets. Keys the sandbox does not know (plivo-python echoes `tollfree_verification_uuid`) are
//! ignored. List filters: `number`, `status`, `profile_uuid`, `usecase` (every one given must
//! be among the request's) and `created__gt`/`__gte`/`__lt`/`__lte` (a date or a time).

use serde_json::{Map, Value, json};

use crate::models::TollfreeVerificationStatus;
use crate::ops::{HttpMethod, MessageVolume, OptinType, TollfreeUsecase};
use crate::sandbox::model::tollfree::reshape_page;
use crate::sandbox::state::{
    Filter, Handled, Reply, Req, State, error, no_content, not_found, page, remove, reply,
};

/// Every field a request keeps, as Plivo names it.
const FIELDS: &[&str] = &[
    "number",
    "profile_uuid",
    "usecase",
    "usecase_summary",
    "message_sample",
    "optin_image_url",
    "optin_type",
    "volume",
    "additional_information",
    "extra_data",
    "callback_url",
    "callback_method",
    "terms_and_conditions_link",
    "privacy_policy_link",
    "optin_message",
    "help_message",
];

/// The fields a new request must have.
const REQUIRED: &[&str] = &[
    "number",
    "profile_uuid",
    "usecase",
    "usecase_summary",
    "message_sample",
    "optin_image_url",
    "optin_type",
    "volume",
];

const FILTERS: &[Filter] = &[
    Filter::exact("number"),
    Filter::exact("status"),
    Filter::exact("profile_uuid"),
];

/// The known fields present in the request, checked against Plivo's sets.
fn fields(req: &Req) -> Result<Map<String, Value>, Reply> {
    let mut out = Map::new();
    for key in FIELDS {
        if let Some(value) = req.text(key) {
            out.insert((*key).into(), Value::String(value));
        }
    }
    let text = |key: &str| out.get(key).and_then(Value::as_str).map(str::to_owned);
    if let Some(usecase) = text("usecase") {
        for entry in usecase.split(',').map(str::trim) {
            if !TollfreeUsecase::ALL.iter().any(|u| u.as_str() == entry) {
                return Err(error(400, &format!("usecase: {entry:?} is not a use case")));
            }
        }
    }
    let check = |key: &str, known: &[&str]| match text(key) {
        Some(v) if !known.contains(&v.as_str()) => Err(error(
            400,
            &format!("{key} must be one of {}", known.join(", ")),
        )),
        _ => Ok(()),
    };
    let spellings = |all: &mut dyn Iterator<Item = &'static str>| all.collect::<Vec<_>>();
    check(
        "optin_type",
        &spellings(&mut OptinType::ALL.iter().map(|o| o.as_str())),
    )?;
    check(
        "volume",
        &spellings(&mut MessageVolume::ALL.iter().map(|v| v.as_str())),
    )?;
    check(
        "callback_method",
        &spellings(&mut HttpMethod::ALL.iter().map(|m| m.as_str())),
    )?;
    Ok(out)
}

pub(crate) fn create(state: &mut State, req: &Req) -> Handled {
    for key in REQUIRED {
        req.need(key)?;
    }
    let mut fields = fields(req)?;
    let number = req.need("number")?;
    let number = number.strip_prefix('+').unwrap_or(&number).to_owned();
    state.check_tollfree_number(&number)?;
    fields.insert("number".into(), Value::String(number.clone()));
    let uuid = state.tollfree_verification_submitted(fields);
    reply(
        201,
        json!({
            "message": format!("Tollfree verification request for {number} submitted succesfully"),
            "uuid": uuid,
        }),
    )
}

pub(crate) fn get(state: &mut State, req: &Req) -> Handled {
    let item = state
        .tollfree_verifications
        .iter()
        .find(|v| v["uuid"] == req.seg(1))
        .ok_or_else(not_found)?;
    reply(200, item.clone())
}

pub(crate) fn list(state: &mut State, req: &Req) -> Handled {
    if let Some(status) = req.text("status") {
        let known = TollfreeVerificationStatus::KNOWN
            .iter()
            .any(|s| s.as_str() == status);
        if !known {
            return Err(error(400, &format!("status: {status:?} is not a status")));
        }
    }
    let wanted: Vec<String> = req
        .text("usecase")
        .map(|u| u.split(',').map(|e| e.trim().to_owned()).collect())
        .unwrap_or_default();
    let mut bounds = Vec::new();
    for (suffix, keep) in [
        (
            "gt",
            std::cmp::Ordering::is_gt as fn(std::cmp::Ordering) -> bool,
        ),
        ("gte", std::cmp::Ordering::is_ge),
        ("lt", std::cmp::Ordering::is_lt),
        ("lte", std::cmp::Ordering::is_le),
    ] {
        if let Some(value) = req.text(&format!("created__{suffix}")) {
            bounds.push((value.replacen(' ', "T", 1), keep));
        }
    }
    let items = state.tollfree_verifications.iter().filter(|item| {
        let have: Vec<&str> = item["usecase"]
            .as_str()
            .unwrap_or_default()
            .split(',')
            .map(str::trim)
            .collect();
        let created = item["created"].as_str().unwrap_or_default();
        wanted.iter().all(|w| have.contains(&w.as_str()))
            && bounds.iter().all(|(bound, keep)| {
                let cut = created.get(..bound.len()).unwrap_or(created);
                keep(cut.cmp(bound.as_str()))
            })
    });
    reshape_page(
        page(req, "TollfreeVerification/", items, FILTERS),
        "meta",
        "count",
    )
}

pub(crate) fn update(state: &mut State, req: &Req) -> Handled {
    let fields = fields(req)?;
    if fields.contains_key("number") {
        return Err(error(400, "number cannot be changed; create a new request"));
    }
    if fields.is_empty() {
        return Err(error(400, "nothing to update"));
    }
    let number = state.tollfree_verification_updated(req.seg(1), fields)?;
    reply(
        202,
        json!({"message": format!("Tollfree verification request for {number} updated succesfully")}),
    )
}

pub(crate) fn delete(state: &mut State, req: &Req) -> Handled {
    remove(&mut state.tollfree_verifications, "uuid", req.seg(1))?;
    no_content()
}
