//! 10DLC profiles: create, get, list (`profiles`, no total), update, delete.
//!
//! Create needs `profile_alias`, `customer_type`, `entity_type`, `company_name` and
//! `vertical`, the closed sets checked as the crate checks them; `address` and
//! `authorized_contact`, when given, are objects. An update needs something to change. A
//! profile with brands is not deleted (400).

use serde_json::{Value, json};

use crate::models::{AltBusinessIdType, CustomerType, EntityType, StockExchange, Vertical};
use crate::sandbox::model::tendlc::{PROFILE_UPDATABLE, choices, optional_choice, required_choice};
use crate::sandbox::state::{Handled, Reply, Req, State, error, named_page, not_found, reply};

pub(crate) fn create(state: &mut State, req: &Req) -> Handled {
    req.need("profile_alias")?;
    req.need("company_name")?;
    required_choice(req, "customer_type", choices::<CustomerType>())?;
    required_choice(req, "entity_type", choices::<EntityType>())?;
    required_choice(req, "vertical", choices::<Vertical>())?;
    optional_fields(req)?;
    let uuid = state.profile_created(&req.params);
    reply(200, json!({"profile_uuid": uuid}))
}

pub(crate) fn get(state: &mut State, req: &Req) -> Handled {
    let profile = state.profile(req.seg(1)).ok_or_else(not_found)?;
    reply(200, json!({"profile": profile}))
}

pub(crate) fn list(state: &mut State, req: &Req) -> Handled {
    named_page(
        req,
        "Profile/",
        "profiles",
        state.tendlc.profiles.iter(),
        &[],
    )
}

pub(crate) fn update(state: &mut State, req: &Req) -> Handled {
    state.profile(req.seg(1)).ok_or_else(not_found)?;
    if !PROFILE_UPDATABLE
        .iter()
        .any(|key| req.params.get(*key).is_some_and(|v| !v.is_null()))
    {
        return Err(error(
            400,
            &format!(
                "nothing to update: give one of {}",
                PROFILE_UPDATABLE.join(", ")
            ),
        ));
    }
    if let Some(other) = req
        .params
        .keys()
        .find(|k| !PROFILE_UPDATABLE.contains(&k.as_str()))
    {
        return Err(error(400, &format!("{other} cannot be updated")));
    }
    optional_choice(req, "entity_type", choices::<EntityType>())?;
    optional_choice(req, "vertical", choices::<Vertical>())?;
    optional_fields(req)?;
    let profile = state.profile_updated(req.seg(1), &req.params)?;
    reply(200, json!({"profile": profile}))
}

pub(crate) fn delete(state: &mut State, req: &Req) -> Handled {
    state.profile_deleted(req.seg(1))?;
    reply(200, json!({"message": "Profile deleted successfully."}))
}

/// The optional closed sets, and the nested objects' shape.
fn optional_fields(req: &Req) -> Result<(), Reply> {
    optional_choice(req, "alt_business_id_type", choices::<AltBusinessIdType>())?;
    optional_choice(req, "stock_exchange", choices::<StockExchange>())?;
    for key in ["address", "authorized_contact"] {
        match req.params.get(key) {
            None | Some(Value::Null | Value::Object(_)) => {}
            Some(_) => return Err(error(400, &format!("{key} must be an object"))),
        }
    }
    Ok(())
}
