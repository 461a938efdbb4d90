//! Incoming carriers (legacy): plain CRUD.

use serde_json::json;

use crate::sandbox::state::{
    Filter, Handled, How, Req, State, find, no_content, page, remove, reply,
};

pub(crate) fn create(state: &mut State, req: &Req) -> Handled {
    let name = req.need("name")?;
    let ip_set = req.need("ip_set")?;
    let carrier_id = state.rng.digits(14);
    state.carriers.push(json!({
        "carrier_id": carrier_id,
        "ip_set": ip_set,
        "name": name,
        "resource_uri": format!("{}IncomingCarrier/{carrier_id}/", req.base),
    }));
    reply(201, json!({"carrier_id": carrier_id, "message": "created"}))
}

pub(crate) fn list(state: &mut State, req: &Req) -> Handled {
    let filters = [Filter::new("name", "name", How::Contains)];
    page(req, "IncomingCarrier/", state.carriers.iter(), &filters)
}

pub(crate) fn get(state: &mut State, req: &Req) -> Handled {
    reply(
        200,
        find(&mut state.carriers, "carrier_id", req.seg(1))?.clone(),
    )
}

pub(crate) fn update(state: &mut State, req: &Req) -> Handled {
    let carrier = find(&mut state.carriers, "carrier_id", req.seg(1))?;
    req.copy_text(carrier, &["name", "ip_set"]);
    reply(202, json!({"message": "changed"}))
}

/// Removing a carrier removes the numbers added with it (`State::carrier_deleted`).
pub(crate) fn delete(state: &mut State, req: &Req) -> Handled {
    let carrier = remove(&mut state.carriers, "carrier_id", req.seg(1))?;
    state.carrier_deleted(&carrier["carrier_id"]);
    no_content()
}
