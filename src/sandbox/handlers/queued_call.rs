//! Queued calls: `GET Call/?status=queued` and `GET Call/{uuid}/?status=queued`.
//!
//! The sandbox answers every placed call at once; a queued call is one a test made with
//! `Sandbox::add_queued_call` (see `model::queued_calls`). Cancelling one is the calls'
//! `DELETE Request/{request_uuid}/` or `DELETE Call/{uuid}/`.

use serde_json::{Value, json};

use crate::sandbox::state::{Handled, Req, State, not_found, reply, window};

/// `GET Call/?status=queued`: the uuids of the queued calls, oldest first, not paged but
/// cut by `limit` (1 to 20) and `offset`.
pub(crate) fn list(state: &mut State, req: &Req) -> Handled {
    let uuids = state.queued_calls.iter().map(|c| c["call_uuid"].clone());
    let calls: Vec<Value> = window(req, uuids)?;
    reply(200, json!({"calls": calls}))
}

/// `GET Call/{uuid}/?status=queued`: one queued call, or 404.
pub(crate) fn get(state: &mut State, req: &Req) -> Handled {
    let view = state.queued_call(req.seg(1)).ok_or_else(not_found)?;
    reply(200, view.clone())
}
