//! Recordings of calls and conferences.
//!
//! A recording is listed from the moment it starts; stopping it (or hanging up its call, or
//! ending its conference) fixes its end and duration. Starting and finishing are events of
//! the model (`State::recording_started`, `recording_finished`), as calls and conferences
//! cause them too.

use crate::sandbox::state::{
    Filter, Handled, Req, State, error, find, no_content, page, remove, reply,
};

/// `GET Recording/`.
pub(crate) fn list(state: &mut State, req: &Req) -> Handled {
    let filters = [
        Filter::exact("call_uuid"),
        Filter::time("add_time"),
        Filter::exact("conference_name"),
        Filter::exact("from_number"),
        Filter::exact("to_number"),
        Filter::exact("recording_storage_duration"),
    ];
    // The numeric comparison forms of recording_storage_duration.
    let mut bounds = Vec::new();
    for (suffix, test) in [
        ("__gt", u64::gt as fn(&u64, &u64) -> bool),
        ("__gte", u64::ge),
        ("__lt", u64::lt),
        ("__lte", u64::le),
    ] {
        if let Some(v) = req.uint(&format!("recording_storage_duration{suffix}"))? {
            bounds.push((test, v));
        }
    }
    if let Some(sub) = req.text("subaccount") {
        if !state
            .subaccounts
            .iter()
            .any(|s| s["auth_id"].as_str() == Some(sub.as_str()))
        {
            return Err(error(400, &format!("subaccount {sub} does not exist")));
        }
    }
    let items = state.recordings.iter().filter(|r| {
        let days = r["recording_storage_duration"].as_u64().unwrap_or(0);
        bounds.iter().all(|(test, v)| test(&days, v))
    });
    page(req, "Recording/", items, &filters)
}

/// `GET Recording/{id}/`.
pub(crate) fn get(state: &mut State, req: &Req) -> Handled {
    reply(
        200,
        find(&mut state.recordings, "recording_id", req.seg(1))?.clone(),
    )
}

/// `DELETE Recording/{id}/`: a recording still running on a call or conference stops too.
pub(crate) fn delete(state: &mut State, req: &Req) -> Handled {
    let id = req.seg(1);
    remove(&mut state.recordings, "recording_id", id)?;
    state.recording_deleted(id);
    no_content()
}
