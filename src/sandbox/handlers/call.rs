//! Calls: placing them, the live calls and the actions on them, and call detail records.
//!
//! A call is answered the moment it is placed and stays live until it is hung up. The
//! `request_uuid` that `makeCall` returns is also the call's uuid, as Plivo's live view shows
//! it. Hanging up is the model's `State::call_ended`: it files the call detail record (CDR)
//! at the front of `state.cdrs`, takes the call out of its conference and finishes its
//! recording.

use serde_json::{Value, json};

use crate::sandbox::model::calls::Recorded;
use crate::sandbox::state::{
    Filter, Handled, LiveCall, Reply, Req, State, error, no_content, not_found, page, precise_now,
    reply, window,
};

const METHODS: &[&str] = &["GET", "POST"];
const LEGS: &[&str] = &["aleg", "bleg", "both"];

/// Checks the optional `*_method` parameters.
fn methods(req: &Req, keys: &[&str]) -> Result<(), Reply> {
    keys.iter()
        .try_for_each(|key| req.one_of(key, METHODS).map(drop))
}

/// The live call with this uuid, or 404.
fn live<'a>(state: &'a mut State, call_uuid: &str) -> Result<&'a mut LiveCall, Reply> {
    state.live_call(call_uuid).ok_or_else(not_found)
}

/// `POST Call/`: one live call per destination (`to` joined with `<`).
pub(crate) fn make(state: &mut State, req: &Req) -> Handled {
    let from = req.need("from")?;
    let to = req.need("to")?;
    req.need("answer_url")?;
    methods(
        req,
        &[
            "answer_method",
            "ring_method",
            "hangup_method",
            "fallback_method",
            "machine_detection_method",
        ],
    )?;
    req.one_of("machine_detection", &["true", "hangup"])?;
    for key in [
        "time_limit",
        "hangup_on_ring",
        "machine_detection_time",
        "ring_timeout",
    ] {
        req.uint(key)?;
    }
    req.flag("send_on_preanswer")?;
    if req.flag("error_if_parent_not_found")? == Some(true) {
        let parent = req.text("parent_call_uuid").unwrap_or_default();
        if live(state, &parent).is_err() {
            return Err(error(400, "parent_call_uuid is not a live call"));
        }
    }
    let destinations: Vec<&str> = to
        .split('<')
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .collect();
    if destinations.is_empty() {
        return Err(error(400, "to is required"));
    }
    if destinations.contains(&from.trim()) {
        return Err(error(400, "to must not contain from"));
    }
    let caller_name = req.text("caller_name").unwrap_or_default();
    let mut uuids = Vec::new();
    for destination in destinations {
        let call_uuid = state.rng.uuid();
        let view = json!({
            "call_status": "in-progress",
            "call_uuid": call_uuid,
            "caller_name": caller_name,
            "direction": "outbound",
            "from": from,
            "request_uuid": call_uuid,
            "session_start": precise_now(),
            "to": destination,
        });
        state.live_calls.push(LiveCall {
            view,
            request_uuid: call_uuid.clone(),
            answered_at: std::time::Instant::now(),
            conference: None,
            recording: None,
        });
        uuids.push(Value::String(call_uuid));
    }
    let request_uuid = match uuids.as_slice() {
        [one] => one.clone(),
        _ => Value::Array(uuids),
    };
    reply(
        201,
        json!({"message": "call fired", "request_uuid": request_uuid}),
    )
}

/// `GET Call/`: the live uuids with `status=live`, otherwise a page of CDRs.
pub(crate) fn list(state: &mut State, req: &Req) -> Handled {
    req.one_of("call_direction", &["inbound", "outbound"])?;
    match req.text("status").as_deref() {
        Some("live") => {
            let wanted = |key: &str, field: &str, call: &LiveCall| {
                req.text(key)
                    .is_none_or(|v| call.view[field].as_str() == Some(v.as_str()))
            };
            let matching = state
                .live_calls
                .iter()
                .filter(|c| {
                    wanted("call_direction", "direction", c)
                        && wanted("from_number", "from", c)
                        && wanted("to_number", "to", c)
                })
                .map(|c| c.view["call_uuid"].clone());
            let calls: Vec<Value> = window(req, matching)?;
            reply(200, json!({"calls": calls}))
        }
        Some(_) => Err(error(400, "status must be live or queued")),
        None => {
            let filters = [
                Filter::exact("call_direction"),
                Filter::exact("from_number"),
                Filter::exact("to_number"),
                Filter::exact("bill_duration"),
                Filter::time("end_time"),
                Filter::exact("parent_call_uuid"),
                Filter::exact("hangup_cause_code"),
                Filter::exact("hangup_source"),
            ];
            page(req, "Call/", state.cdrs.iter(), &filters)
        }
    }
}

/// `GET Call/{uuid}/`: the live view with `status=live`, otherwise the CDR.
pub(crate) fn get(state: &mut State, req: &Req) -> Handled {
    let uuid = req.seg(1);
    match req.text("status").as_deref() {
        Some("live") => reply(200, live(state, uuid)?.view.clone()),
        Some(_) => Err(error(400, "status must be live or queued")),
        None => {
            let cdr = state
                .cdrs
                .iter()
                .find(|c| c["call_uuid"].as_str() == Some(uuid));
            reply(200, cdr.ok_or_else(not_found)?.clone())
        }
    }
}

/// `POST Call/{uuid}/`: transfer one leg or both to new XML.
pub(crate) fn transfer(state: &mut State, req: &Req) -> Handled {
    let legs = req.need("legs")?;
    if !LEGS.contains(&legs.as_str()) {
        return Err(error(400, "legs must be one of aleg, bleg, both"));
    }
    if legs != "bleg" {
        req.need("aleg_url")?;
    }
    if legs != "aleg" {
        req.need("bleg_url")?;
    }
    methods(req, &["aleg_method", "bleg_method"])?;
    live(state, req.seg(1))?;
    reply(202, json!({"message": "call transfered"}))
}

/// `DELETE Call/{uuid}/`.
pub(crate) fn hangup(state: &mut State, req: &Req) -> Handled {
    if state.call_ended(req.seg(1)) || state.queued_call_dropped(req.seg(1)) {
        no_content()
    } else {
        Err(not_found())
    }
}

/// `DELETE Call/` (legacy): hangs up every live call.
pub(crate) fn hangup_all(state: &mut State, _req: &Req) -> Handled {
    let uuids: Vec<String> = state
        .live_calls
        .iter()
        .filter_map(|c| c.view["call_uuid"].as_str().map(str::to_owned))
        .collect();
    for uuid in uuids {
        state.call_ended(&uuid);
    }
    no_content()
}

/// `DELETE Request/{request_uuid}/`: hangs up the calls of one `makeCall` request.
pub(crate) fn cancel_request(state: &mut State, req: &Req) -> Handled {
    let uuids: Vec<String> = state
        .live_calls
        .iter()
        .filter(|c| c.request_uuid == req.seg(1))
        .filter_map(|c| c.view["call_uuid"].as_str().map(str::to_owned))
        .collect();
    if uuids.is_empty() {
        // Not answered yet: a queued call is cancelled before it rings.
        return if state.queued_call_dropped(req.seg(1)) {
            no_content()
        } else {
            Err(not_found())
        };
    }
    for uuid in uuids {
        state.call_ended(&uuid);
    }
    no_content()
}

/// `POST Call/{uuid}/Record/`: a new recording, listed at once; a recording already running
/// on the call is finished first.
pub(crate) fn record(state: &mut State, req: &Req) -> Handled {
    let format = req
        .one_of("file_format", &["mp3", "wav"])?
        .unwrap_or_else(|| "mp3".into());
    req.one_of("transcription_type", &["auto", "hybrid"])?;
    req.one_of("record_channel_type", &["mono", "stereo"])?;
    methods(req, &["transcription_method", "callback_method"])?;
    req.uint("time_limit")?;
    let (id, url) = state
        .recording_started(Recorded::Call(req.seg(1)), &format)
        .ok_or_else(not_found)?;
    reply(
        202,
        json!({"message": "call recording started", "recording_id": id, "url": url}),
    )
}

/// `DELETE Call/{uuid}/Record/`.
pub(crate) fn stop_recording(state: &mut State, req: &Req) -> Handled {
    if let Some(id) = live(state, req.seg(1))?.recording.clone() {
        state.recording_finished(&id);
    }
    no_content()
}

/// `POST Call/{uuid}/Play/`.
pub(crate) fn play(state: &mut State, req: &Req) -> Handled {
    req.need("urls")?;
    req.one_of("legs", LEGS)?;
    req.uint("length")?;
    req.flag("loop")?;
    req.flag("mix")?;
    live(state, req.seg(1))?;
    reply(202, json!({"message": "play started"}))
}

/// `DELETE Call/{uuid}/Play/`.
pub(crate) fn stop_playing(state: &mut State, req: &Req) -> Handled {
    live(state, req.seg(1))?;
    no_content()
}

/// `POST Call/{uuid}/Speak/`.
pub(crate) fn speak(state: &mut State, req: &Req) -> Handled {
    req.need("text")?;
    req.one_of("voice", &["MAN", "WOMAN"])?;
    req.one_of("legs", LEGS)?;
    req.one_of("type", &["text", "ssml"])?;
    req.flag("loop")?;
    req.flag("mix")?;
    live(state, req.seg(1))?;
    reply(202, json!({"message": "speak started"}))
}

/// `DELETE Call/{uuid}/Speak/`: 204 with no body (Plivo's recorded body is dropped, as a 204
/// carries none).
pub(crate) fn stop_speaking(state: &mut State, req: &Req) -> Handled {
    live(state, req.seg(1))?;
    no_content()
}

/// `POST Call/{uuid}/DTMF/`.
pub(crate) fn send_digits(state: &mut State, req: &Req) -> Handled {
    req.need("digits")?;
    req.one_of("leg", &["aleg", "bleg"])?;
    live(state, req.seg(1))?;
    reply(202, json!({"message": "digits sent"}))
}
