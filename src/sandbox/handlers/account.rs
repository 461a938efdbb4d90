//! The account and its subaccounts.

use serde_json::{Value, json};

use crate::sandbox::state::{
    Handled, Req, State, error, find, no_content, page, remove, reply, today,
};

pub(crate) fn get(state: &mut State, _req: &Req) -> Handled {
    reply(200, state.account.clone())
}

pub(crate) fn update(state: &mut State, req: &Req) -> Handled {
    let fields = ["name", "city", "address"];
    if fields.iter().all(|f| req.text(f).is_none()) {
        return Err(error(400, "one of name, city or address is required"));
    }
    req.copy_text(&mut state.account, &fields);
    reply(202, json!({"message": "changed"}))
}

pub(crate) fn create_subaccount(state: &mut State, req: &Req) -> Handled {
    let name = req.need("name")?;
    let enabled = req.flag("enabled")?.unwrap_or(false);
    let auth_id = state.new_subaccount_id();
    let auth_token = state.new_token();
    let base = state.base();
    state.subaccounts.push(json!({
        "account": base,
        "auth_id": auth_id,
        "auth_token": auth_token,
        "created": today(),
        "enabled": enabled,
        "modified": null,
        "name": name,
        "new_auth_token": auth_token,
        "resource_uri": format!("{base}Subaccount/{auth_id}/"),
    }));
    reply(
        201,
        json!({"auth_id": auth_id, "auth_token": auth_token, "message": "created"}),
    )
}

pub(crate) fn list_subaccounts(state: &mut State, req: &Req) -> Handled {
    page(req, "Subaccount/", state.subaccounts.iter(), &[])
}

pub(crate) fn get_subaccount(state: &mut State, req: &Req) -> Handled {
    let sub = find(&mut state.subaccounts, "auth_id", req.seg(1))?;
    reply(200, sub.clone())
}

pub(crate) fn update_subaccount(state: &mut State, req: &Req) -> Handled {
    let name = req.need("name")?;
    let enabled = req.flag("enabled")?;
    let sub = find(&mut state.subaccounts, "auth_id", req.seg(1))?;
    sub["name"] = Value::String(name);
    if let Some(enabled) = enabled {
        sub["enabled"] = Value::Bool(enabled);
    }
    sub["modified"] = Value::String(today());
    reply(202, json!({"message": "changed"}))
}

/// Deletes a subaccount; its applications, endpoints and numbers move to the main account,
/// or are deleted with `cascade` (`State::subaccount_deleted`).
pub(crate) fn delete_subaccount(state: &mut State, req: &Req) -> Handled {
    let cascade = req.flag("cascade")?.unwrap_or(false);
    let sub = remove(&mut state.subaccounts, "auth_id", req.seg(1))?;
    state.subaccount_deleted(&sub["resource_uri"], cascade);
    no_content()
}
