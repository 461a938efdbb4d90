//! `POST /v1/Call/{call_uuid}/Feedback/` (the stats service): a rating of a call the sandbox
//! placed, kept with the others.

use serde_json::{Value, json};

use crate::sandbox::state::{Handled, Req, State, error, not_found, reply};

pub(crate) fn create(state: &mut State, req: &Req) -> Handled {
    let [_, call_uuid, _] = req.segs.as_slice() else {
        return Err(not_found());
    };
    let known = state
        .cdrs
        .iter()
        .any(|c| c["call_uuid"] == call_uuid.as_str())
        || state.live_call(call_uuid).is_some();
    if !known {
        return Err(not_found());
    }
    let rating = match req.uint("rating")? {
        Some(r @ 1..=5) => r,
        Some(_) => return Err(error(400, "rating must be 1 to 5")),
        None => return Err(error(400, "rating is required")),
    };
    let issues = match req.params.get("issues") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) if items.iter().all(Value::is_string) => items.clone(),
        Some(_) => return Err(error(400, "issues must be a list of strings")),
    };
    state.feedback.push(json!({
        "call_uuid": call_uuid,
        "rating": rating,
        "issues": issues,
        "notes": req.text("notes").unwrap_or_default(),
    }));
    reply(
        201,
        json!({"message": "feedback received", "status": "success"}),
    )
}
