//! Recordings of calls and conferences.
//!
//! A recording is listed from the moment it starts; stopping it (or hanging up its call, or
//! ending its conference) fixes its end and duration.

use serde_json::{Value, json};

use super::call::{millis, precise_now};
use crate::sandbox::state::{
    Filter, Handled, Req, State, error, find, no_content, page, remove, reply,
};

/// What a new recording is of.
pub(crate) struct Start<'a> {
    /// `call` or `conference`.
    pub kind: &'a str,
    pub call_uuid: &'a str,
    /// Empty for a call recording.
    pub conference_name: &'a str,
    pub from: &'a str,
    pub to: &'a str,
    /// `mp3` or `wav`.
    pub format: &'a str,
}

/// Milliseconds printed as Plivo prints them: `"1407235163907.00000"`.
fn ms_text(ms: u64) -> String {
    format!("{ms}.00000")
}

/// Files a new recording at the front of `state.recordings`; returns its id and URL.
pub(crate) fn start(state: &mut State, new: &Start<'_>) -> (String, String) {
    let id = state.rng.uuid();
    let base = state.base();
    let url = format!("https://media.plivo.com{base}Recording/{id}.{}", new.format);
    let start_ms = millis();
    state.recordings.insert(
        0,
        json!({
            "add_time": format!("{}+00:00", precise_now()),
            "call_uuid": new.call_uuid,
            "conference_name": new.conference_name,
            "from_number": new.from,
            "monthly_recording_storage_amount": 0.0,
            "recording_duration_ms": ms_text(0),
            "recording_end_ms": ms_text(start_ms),
            "recording_format": new.format,
            "recording_id": id,
            "recording_start_ms": ms_text(start_ms),
            "recording_storage_duration": 0,
            "recording_storage_rate": 0.0004,
            "recording_type": new.kind,
            "recording_url": url,
            "resource_uri": format!("{base}Recording/{id}/"),
            "rounded_recording_duration": 0,
            "to_number": new.to,
        }),
    );
    (id, url)
}

/// Ends a running recording: its end time, duration and rounded (per minute) duration.
/// Nothing happens if it was deleted meanwhile.
pub(crate) fn finish(state: &mut State, recording_id: &str) {
    let Ok(rec) = find(&mut state.recordings, "recording_id", recording_id) else {
        return;
    };
    let start_ms = rec["recording_start_ms"]
        .as_str()
        .and_then(|s| s.split('.').next())
        .and_then(|s| s.parse::<u64>().ok())
        .unwrap_or(0);
    let end_ms = millis().max(start_ms);
    let duration_ms = end_ms - start_ms;
    rec["recording_end_ms"] = Value::String(ms_text(end_ms));
    rec["recording_duration_ms"] = Value::String(ms_text(duration_ms));
    rec["rounded_recording_duration"] = json!(duration_ms.div_ceil(60_000) * 60);
}

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
    for call in state
        .live_calls
        .iter_mut()
        .filter(|c| c.recording.as_deref() == Some(id))
    {
        call.recording = None;
    }
    for conf in state
        .conferences
        .iter_mut()
        .filter(|c| c.recording.as_deref() == Some(id))
    {
        conf.recording = None;
    }
    no_content()
}
