//! 10DLC campaigns: create (under a brand), import, get, list (`campaigns`, no total;
//! filters `brand_id`, `registration_status`, `usecase`, `campaign_source`), update (the
//! texts), delete (refused while numbers are linked), and the numbers linked to one.
//!
//! Create needs `brand_id`, `vertical` and `usecase` from their closed sets; `MIXED` and
//! `LOW_VOLUME` need 2 to 5 `sub_usecases`. Linking needs numbers the account rents.

use serde_json::{Value, json};

use crate::models::{CampaignUsecase, Vertical};
use crate::ops::STANDARD_USECASES;
use crate::sandbox::model::tendlc::{
    CAMPAIGN_FLAGS, CAMPAIGN_TEXT, choices, optional_choice, required_choice,
};
use crate::sandbox::state::{
    Filter, Handled, Reply, Req, State, error, named_page, not_found, reply,
};

const FILTERS: &[Filter] = &[
    Filter::exact("brand_id"),
    Filter::exact("registration_status"),
    Filter::exact("usecase"),
    Filter::exact("campaign_source"),
];

pub(crate) fn create(state: &mut State, req: &Req) -> Handled {
    req.need("brand_id")?;
    required_choice(req, "vertical", choices::<Vertical>())?;
    let usecase = required_choice(req, "usecase", choices::<CampaignUsecase>())?;
    let subs = strings(req, "sub_usecases")?;
    if let Some(other) = subs
        .iter()
        .find(|s| !STANDARD_USECASES.contains(&s.as_str()))
    {
        return Err(error(
            400,
            &format!("sub_usecases: {other:?} is not a standard use case"),
        ));
    }
    if matches!(usecase.as_str(), "MIXED" | "LOW_VOLUME") && !(2..=5).contains(&subs.len()) {
        return Err(error(
            400,
            "sub_usecases must name 2 to 5 use cases for a MIXED or LOW_VOLUME campaign",
        ));
    }
    for flag in CAMPAIGN_FLAGS {
        req.flag(flag)?;
    }
    optional_choice(req, "method", &["GET", "POST"])?;
    let id = state.campaign_created(&req.params)?;
    reply(
        200,
        json!({
            "campaign_id": id,
            "message": "Request to create campaign was received and is being processed.",
        }),
    )
}

pub(crate) fn import(state: &mut State, req: &Req) -> Handled {
    let id = req.need("campaign_id")?;
    let alias = req.need("campaign_alias")?;
    optional_choice(req, "method", &["GET", "POST"])?;
    state.campaign_imported(&id, &alias)?;
    reply(
        200,
        json!({
            "campaign_id": id,
            "message": "Request to import campaign was received and is being processed.",
        }),
    )
}

pub(crate) fn get(state: &mut State, req: &Req) -> Handled {
    let campaign = state.campaign(req.seg(2)).ok_or_else(not_found)?;
    reply(200, json!({"campaign": campaign}))
}

pub(crate) fn list(state: &mut State, req: &Req) -> Handled {
    named_page(
        req,
        "10dlc/Campaign/",
        "campaigns",
        state.tendlc.campaigns.iter(),
        FILTERS,
    )
}

pub(crate) fn update(state: &mut State, req: &Req) -> Handled {
    state.campaign(req.seg(2)).ok_or_else(not_found)?;
    if let Some(other) = req
        .params
        .keys()
        .find(|k| !CAMPAIGN_TEXT.contains(&k.as_str()))
    {
        return Err(error(400, &format!("{other} cannot be updated")));
    }
    if req.params.is_empty() {
        return Err(error(400, "nothing to update"));
    }
    let campaign = state.campaign_updated(req.seg(2), &req.params)?;
    reply(200, json!({"campaign": campaign}))
}

pub(crate) fn delete(state: &mut State, req: &Req) -> Handled {
    let id = req.seg(2).to_owned();
    state.campaign_deleted(&id)?;
    reply(
        200,
        json!({"campaign_id": id, "message": "Campaign Deactivated"}),
    )
}

pub(crate) fn link(state: &mut State, req: &Req) -> Handled {
    let numbers = strings(req, "numbers")?;
    if numbers.is_empty() {
        return Err(error(400, "numbers is required"));
    }
    optional_choice(req, "method", &["GET", "POST"])?;
    state.numbers_linked(req.seg(2), &numbers)?;
    reply(
        200,
        json!({"message": "Request to link numbers to the campaign was received and is being processed."}),
    )
}

/// The linked numbers, `limit` (1 to 20, default 20) from `offset`.
pub(crate) fn numbers(state: &mut State, req: &Req) -> Handled {
    let campaign = state.campaign(req.seg(2)).ok_or_else(not_found)?;
    let limit = req.uint("limit")?.unwrap_or(20);
    if !(1..=20).contains(&limit) {
        return Err(error(400, "limit must be between 1 and 20"));
    }
    let offset = req.uint("offset")?.unwrap_or(0);
    let linked = state.campaign_numbers(req.seg(2));
    let page: Vec<Value> = linked
        .into_iter()
        .skip(usize::try_from(offset).unwrap_or(usize::MAX))
        .take(usize::try_from(limit).unwrap_or(20))
        .collect();
    reply(200, numbers_view(campaign, page))
}

pub(crate) fn number(state: &mut State, req: &Req) -> Handled {
    let campaign = state.campaign(req.seg(2)).ok_or_else(not_found)?;
    let wanted = req.seg(4);
    let wanted = wanted.strip_prefix('+').unwrap_or(wanted);
    let found: Vec<Value> = state
        .campaign_numbers(req.seg(2))
        .into_iter()
        .filter(|n| n["number"] == wanted)
        .collect();
    if found.is_empty() {
        return Err(error(
            404,
            &format!("The number {wanted} is not linked to this campaign"),
        ));
    }
    reply(200, numbers_view(campaign, found))
}

pub(crate) fn unlink(state: &mut State, req: &Req) -> Handled {
    optional_choice(req, "method", &["GET", "POST"])?;
    state.number_unlinked(req.seg(2), req.seg(4))?;
    reply(
        200,
        json!({"message": "Request to unlink the number from the campaign was received and is being processed."}),
    )
}

fn numbers_view(campaign: &Value, phone_numbers: Vec<Value>) -> Value {
    json!({
        "campaign_id": campaign["campaign_id"],
        "campaign_alias": campaign["campaign_alias"],
        "usecase": campaign["usecase"],
        "phone_numbers": phone_numbers,
    })
}

/// A list parameter: a JSON array of strings, or one string joined with `,`.
fn strings(req: &Req, key: &str) -> Result<Vec<String>, Reply> {
    match req.params.get(key) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(items)) => items
            .iter()
            .map(|item| match item {
                Value::String(s) => Ok(s.clone()),
                _ => Err(error(400, &format!("{key} must be a list of strings"))),
            })
            .collect(),
        Some(Value::String(s)) if s.is_empty() => Ok(Vec::new()),
        Some(Value::String(s)) => Ok(s.split(',').map(str::trim).map(str::to_owned).collect()),
        Some(_) => Err(error(400, &format!("{key} must be a list of strings"))),
    }
}
