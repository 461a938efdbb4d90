//! The PHLO service, below `/v1/`: `GET phlo/{phlo_id}/`,
//! `POST account/{auth_id}/phlo/{phlo_id}/` (the auth id in that path is checked against the
//! credentials before the request gets here: 401 when they differ),
//! `GET phlo/{phlo_id}/runs/{run_id}/`, `GET|POST phlo/{phlo_id}/{node_type}/{node_id}/` and
//! `POST phlo/{phlo_id}/{node_type}/{node_id}/members/{member_id}/`.

use serde_json::json;

use crate::ops::{PhloMemberAction, PhloMemberRole, PhloNodeAction, PhloNodeType};
use crate::sandbox::model::phlos::PhloMiss;
use crate::sandbox::state::{Handled, Req, State, error, reply};

/// The wire spellings of one of the client's closed sets (its `ALL` and `as_str`), so the
/// sandbox accepts exactly what the client sends.
fn spellings<T>(all: &[T], spell: fn(&T) -> &'static str) -> Vec<&'static str> {
    all.iter().map(spell).collect()
}

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

pub(crate) fn get_run(state: &mut State, req: &Req) -> Handled {
    let (phlo_id, run_id) = (req.seg(1), req.seg(3));
    let phlo = state.phlo(phlo_id).ok_or_else(|| no_such_phlo(phlo_id))?;
    let run = phlo
        .runs
        .iter()
        .find(|r| r.phlo_run_id == run_id)
        .ok_or_else(|| error(404, &format!("run {run_id} not found")))?;
    reply(200, phlo.run_view(run))
}

/// 404 for what a node path names but the sandbox does not know.
fn missing(miss: PhloMiss, req: &Req) -> crate::sandbox::state::Reply {
    match miss {
        PhloMiss::Phlo => no_such_phlo(req.seg(1)),
        PhloMiss::Node => error(
            404,
            &format!("{} node {} not found", req.seg(2), req.seg(3)),
        ),
        PhloMiss::Member => error(404, &format!("member {} not found", req.seg(5))),
    }
}

/// The node path's parts, with a 404 for a node type the API does not have.
fn node_path(req: &Req) -> Result<(&str, &str, &str), crate::sandbox::state::Reply> {
    if !spellings(PhloNodeType::ALL, PhloNodeType::as_str).contains(&req.seg(2)) {
        return Err(error(404, &format!("node type {} not found", req.seg(2))));
    }
    Ok((req.seg(1), req.seg(2), req.seg(3)))
}

pub(crate) fn get_node(state: &mut State, req: &Req) -> Handled {
    let (phlo_id, node_type, node_id) = node_path(req)?;
    let phlo = state.phlo(phlo_id).ok_or_else(|| no_such_phlo(phlo_id))?;
    let node = phlo
        .node(node_type, node_id)
        .ok_or_else(|| missing(PhloMiss::Node, req))?;
    reply(200, phlo.node_view(node))
}

pub(crate) fn update_node(state: &mut State, req: &Req) -> Handled {
    let at = node_path(req)?;
    let action = req.need("action")?;
    let node_actions = spellings(PhloNodeAction::ALL, PhloNodeAction::as_str);
    if !node_actions.contains(&action.as_str()) {
        return Err(error(
            400,
            &format!("action must be one of {}", node_actions.join(", ")),
        ));
    }
    let trigger_source = req.need("trigger_source")?;
    let to = req.need("to")?;
    let role = req.one_of(
        "role",
        &spellings(PhloMemberRole::ALL, PhloMemberRole::as_str),
    )?;
    if action == "call" && role.is_none() {
        return Err(error(400, "role is required for the call action"));
    }
    state
        .phlo_node_acted(at, &action, &trigger_source, &to, role.as_deref())
        .map_err(|miss| missing(miss, req))?;
    reply(200, json!({"message": format!("{action} to {to} started")}))
}

pub(crate) fn update_member(state: &mut State, req: &Req) -> Handled {
    let at = node_path(req)?;
    let action = req.need("action")?;
    let member_actions = spellings(PhloMemberAction::ALL, PhloMemberAction::as_str);
    if !member_actions.contains(&action.as_str()) {
        return Err(error(
            400,
            &format!("action must be one of {}", member_actions.join(", ")),
        ));
    }
    let member_id = req.seg(5);
    state
        .phlo_member_acted(at, member_id, &action)
        .map_err(|miss| missing(miss, req))?;
    reply(
        200,
        json!({"message": format!("{action} done for member {member_id}")}),
    )
}
