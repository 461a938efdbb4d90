//! Powerpacks and their number pools: create, get, list, update and delete a Powerpack; list,
//! get, add, buy and remove a pool's numbers and toll-free numbers; list, get and remove its
//! short codes. The rules that tie a pool to the account's numbers are in `model::powerpack`.
//!
//! Create needs `name`; `sticky_sender` and `local_connect` are booleans (default true),
//! `application_type` is `XML`, `PHLO` or empty, and each `number_priority` entry has a
//! two-letter `country_iso`, an optional `service_type` (`SMS` or `MMS`) and a `priority`
//! object whose `priority1`…`priority3` are `shortcode`, `longcode` or `tollfree` (400
//! otherwise). A pool's lists answer, besides `meta` and `objects`, the Powerpack's `uuid`
//! and the pool's `number_pool` URI, as Plivo's recorded answers do; their filters are
//! `starts_with`, `country_iso2`, `type` and `service`.

use serde_json::{Map, Value, json};

use crate::sandbox::state::{
    Filter, Handled, How, Reply, Req, State, error, not_found, page, reply,
};

const APPLICATION_TYPES: &[&str] = &["XML", "PHLO", ""];
const SENDER_KINDS: &[&str] = &["shortcode", "longcode", "tollfree"];
const SERVICES: &[&str] = &["sms", "mms"];

/// One `number_priority` entry, checked.
fn priority_entry(entry: &Value) -> Result<(), Reply> {
    let bad = |rule: &str| Err(error(400, &format!("number_priority: {rule}")));
    let iso = entry["country_iso"].as_str().unwrap_or_default();
    if iso.len() != 2 || !iso.bytes().all(|b| b.is_ascii_uppercase()) {
        return bad("country_iso must be two upper-case letters");
    }
    match entry.get("service_type") {
        None | Some(Value::Null) => {}
        Some(Value::String(s)) if s == "SMS" || s == "MMS" => {}
        Some(_) => return bad("service_type must be SMS or MMS"),
    }
    let Some(order) = entry["priority"].as_object() else {
        return bad("priority must be an object of priority1, priority2, priority3");
    };
    for (key, value) in order {
        let known = ["priority1", "priority2", "priority3"].contains(&key.as_str());
        let kind = value.as_str().is_some_and(|v| SENDER_KINDS.contains(&v));
        if !known || !kind {
            return bad("priority1..priority3 must be shortcode, longcode or tollfree");
        }
    }
    Ok(())
}

/// The Powerpack fields present in the request, checked.
fn fields(req: &Req) -> Result<Map<String, Value>, Reply> {
    let mut out = Map::new();
    if let Some(name) = req.text("name") {
        if name.trim().is_empty() {
            return Err(error(400, "name must not be empty"));
        }
        out.insert("name".into(), Value::String(name));
    }
    for key in ["sticky_sender", "local_connect"] {
        if let Some(flag) = req.flag(key)? {
            out.insert(key.into(), Value::Bool(flag));
        }
    }
    if let Some(kind) = req.one_of("application_type", APPLICATION_TYPES)? {
        out.insert("application_type".into(), Value::String(kind));
    }
    if let Some(id) = req.text("application_id") {
        out.insert("application_id".into(), Value::String(id));
    }
    match req.params.get("number_priority") {
        None | Some(Value::Null) => {}
        Some(Value::Array(entries)) => {
            entries.iter().try_for_each(priority_entry)?;
            out.insert("number_priority".into(), Value::Array(entries.clone()));
        }
        Some(_) => return Err(error(400, "number_priority must be a list")),
    }
    Ok(out)
}

pub(crate) fn create(state: &mut State, req: &Req) -> Handled {
    req.need("name")?;
    let pack = state.powerpack_created(fields(req)?, &req.base);
    reply(200, pack)
}

pub(crate) fn get(state: &mut State, req: &Req) -> Handled {
    let pack = state
        .powerpacks
        .packs
        .iter()
        .find(|p| p["uuid"] == req.seg(1))
        .ok_or_else(not_found)?;
    reply(200, pack.clone())
}

pub(crate) fn list(state: &mut State, req: &Req) -> Handled {
    page(req, "Powerpack/", state.powerpacks.packs.iter(), &[])
}

pub(crate) fn update(state: &mut State, req: &Req) -> Handled {
    let fields = fields(req)?;
    if fields.is_empty() {
        return Err(error(400, "nothing to update"));
    }
    reply(200, state.powerpack_updated(req.seg(1), fields)?)
}

/// `{"response": "success"}`, Plivo's answer to a delete or a removal.
fn success() -> Handled {
    reply(200, json!({"response": "success"}))
}

pub(crate) fn delete(state: &mut State, req: &Req) -> Handled {
    let unrent = req.flag("unrent_numbers")?.unwrap_or(false);
    state.powerpack_deleted(req.seg(1), unrent)?;
    success()
}

const FILTERS: &[Filter] = &[
    Filter::new("starts_with", "number", How::Prefix),
    Filter::exact("country_iso2"),
    Filter::exact("type"),
    Filter::exact("service"),
];

/// A page of what the pool `req.seg(1)` holds, with the Powerpack's `uuid` and `number_pool`.
fn pool_page<'a>(
    state: &'a State,
    req: &Req,
    kind: &str,
    items: impl Iterator<Item = &'a Value>,
) -> Handled {
    let pool = req.seg(1);
    let pack = state.powerpacks.owner_of(pool).ok_or_else(not_found)?;
    let mut answer = page(req, &format!("NumberPool/{pool}/{kind}/"), items, FILTERS)?;
    if let Some(Value::Object(body)) = &mut answer.body {
        body.insert("uuid".into(), pack["uuid"].clone());
        body.insert("number_pool".into(), pack["number_pool"].clone());
    }
    Ok(answer)
}

/// The pool number `req.seg(3)` of pool `req.seg(1)`, of the toll-free kind or not.
fn pool_number(state: &State, req: &Req, tollfree: bool) -> Handled {
    state.check_pool(req.seg(1))?;
    let member = state
        .powerpacks
        .numbers
        .iter()
        .find(|n| {
            n["number_pool_uuid"] == req.seg(1)
                && n["number"] == req.seg(3)
                && (n["type"] == "tollfree") == tollfree
        })
        .ok_or_else(not_found)?;
    reply(200, member.clone())
}

/// Adds (or with `rent`, buys) `req.seg(3)` into pool `req.seg(1)`; the answer carries the
/// Powerpack's `uuid` and `number_pool` as Plivo's does.
fn add(state: &mut State, req: &Req, tollfree: bool) -> Handled {
    let service = req.one_of("service", SERVICES)?;
    let rent = req.flag("rent")?.unwrap_or(false).then(|| state.owner(req));
    let mut member =
        state.pool_number_added(req.seg(1), req.seg(3), tollfree, rent, service, &req.base)?;
    if let Some(pack) = state.powerpacks.owner_of(req.seg(1)) {
        member["uuid"] = pack["uuid"].clone();
        member["number_pool"] = pack["number_pool"].clone();
    }
    reply(200, member)
}

fn remove(state: &mut State, req: &Req, tollfree: bool) -> Handled {
    let unrent = req.flag("unrent")?.unwrap_or(false);
    state.pool_number_removed(req.seg(1), req.seg(3), tollfree, unrent)?;
    success()
}

fn in_pool<'a>(req: &'a Req, tollfree: bool) -> impl Fn(&&Value) -> bool + 'a {
    move |n| n["number_pool_uuid"] == req.seg(1) && (n["type"] == "tollfree") == tollfree
}

pub(crate) fn list_numbers(state: &mut State, req: &Req) -> Handled {
    let items = state.powerpacks.numbers.iter().filter(in_pool(req, false));
    pool_page(state, req, "Number", items)
}

pub(crate) fn get_number(state: &mut State, req: &Req) -> Handled {
    pool_number(state, req, false)
}

pub(crate) fn add_number(state: &mut State, req: &Req) -> Handled {
    add(state, req, false)
}

pub(crate) fn remove_number(state: &mut State, req: &Req) -> Handled {
    remove(state, req, false)
}

pub(crate) fn list_tollfree(state: &mut State, req: &Req) -> Handled {
    let items = state.powerpacks.numbers.iter().filter(in_pool(req, true));
    pool_page(state, req, "Tollfree", items)
}

pub(crate) fn get_tollfree(state: &mut State, req: &Req) -> Handled {
    pool_number(state, req, true)
}

pub(crate) fn add_tollfree(state: &mut State, req: &Req) -> Handled {
    add(state, req, true)
}

pub(crate) fn remove_tollfree(state: &mut State, req: &Req) -> Handled {
    remove(state, req, true)
}

pub(crate) fn list_shortcodes(state: &mut State, req: &Req) -> Handled {
    let items = state
        .powerpacks
        .shortcodes
        .iter()
        .filter(|s| s["number_pool_uuid"] == req.seg(1));
    pool_page(state, req, "Shortcode", items)
}

pub(crate) fn get_shortcode(state: &mut State, req: &Req) -> Handled {
    state.check_pool(req.seg(1))?;
    let code = state
        .powerpacks
        .shortcodes
        .iter()
        .find(|s| s["number_pool_uuid"] == req.seg(1) && s["shortcode"] == req.seg(3))
        .ok_or_else(not_found)?;
    reply(200, code.clone())
}

pub(crate) fn remove_shortcode(state: &mut State, req: &Req) -> Handled {
    state.pool_shortcode_removed(req.seg(1), req.seg(3))?;
    success()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sandbox::model::powerpack::Powerpacks;

    #[test]
    fn the_pool_id_is_the_last_segment_of_the_pool_uri() {
        let pack = json!({"number_pool": "/v1/Account/MA1/NumberPool/abc-123/"});
        assert_eq!(Powerpacks::pool_of(&pack), "abc-123");
        assert!(
            priority_entry(&json!({"country_iso": "US", "priority": {"priority1": "longcode"}}))
                .is_ok()
        );
        assert!(priority_entry(&json!({"country_iso": "us", "priority": {}})).is_err());
        assert!(
            priority_entry(&json!({"country_iso": "US", "priority": {"priority1": "fax"}}))
                .is_err()
        );
    }
}
