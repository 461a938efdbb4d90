//! The PHLO service, below `/v1/`: `GET phlo/{phlo_id}/` and
//! `POST account/{auth_id}/phlo/{phlo_id}/` (the auth id in that path is checked against the
//! credentials before the request gets here: 401 when they differ).

use serde_json::json;

use crate::sandbox::state::{Handled, Req, State, error, reply};

/// 404 for a PHLO the sandbox does not know, in Plivo's shape.
fn no_such_phlo(phlo_id: &str) -> crate::sandbox::state::Reply {
    error(404, &format!("phlo {phlo_id} not found"))
}

pub(crate) fn get(state: &mut State, req: &Req) -> Handled {
    let phlo_id = req.seg(1);
    let phlo = state.phlo(phlo_id).ok_or_else(|| no_such_phlo(phlo_id))?;
    reply(200, phlo.view())
}

pub(crate) fn run(state: &mut State, req: &Req) -> Handled {
    let phlo_id = req.seg(3);
    if req.params.keys().any(|key| key.trim().is_empty()) {
        return Err(error(
            400,
            "the start node's values must not have an empty key",
        ));
    }
    let run = state
        .phlo_ran(phlo_id, req.params.clone())
        .ok_or_else(|| no_such_phlo(phlo_id))?;
    let phlo_run_id = run.phlo_run_id.clone();
    reply(
        200,
        json!({
            "phlo_id": phlo_id,
            "phlo_run_id": phlo_run_id,
            "message": format!("run started; the sandbox runs no nodes - phlo_run_id {phlo_run_id}"),
        }),
    )
}
