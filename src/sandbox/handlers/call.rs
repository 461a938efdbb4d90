//! Calls: placing them, the live calls and the actions on them, and call detail records.
//!
//! A call is answered the moment it is placed and stays live until it is hung up; hanging up
//! turns it into a call detail record (CDR) at the front of `state.cdrs`. The `request_uuid`
//! that `makeCall` returns is also the call's uuid, as Plivo's live view shows it.

use serde_json::{Value, json};

use super::{conference, recording};
use crate::sandbox::state::{
    Filter, Handled, LiveCall, Reply, Req, State, error, format_time, no_content, not_found, page,
    reply,
};

/// Per-minute rate of a sandbox call, in units of 0.00001.
const RATE: u64 = 1_200;

/// Seconds and microseconds since the Unix epoch.
pub(crate) fn clock() -> (u64, u32) {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or((0, 0), |d| (d.as_secs(), d.subsec_micros()))
}

/// Milliseconds since the Unix epoch.
pub(crate) fn millis() -> u64 {
    let (secs, micros) = clock();
    secs.saturating_mul(1000)
        .saturating_add(u64::from(micros / 1000))
}

/// `YYYY-MM-DD HH:MM:SS.ffffff` (UTC, no offset), as the live view's `session_start`.
pub(crate) fn precise_now() -> String {
    let (secs, micros) = clock();
    let time = format_time(secs);
    format!("{}.{micros:06}", time.get(..19).unwrap_or(&time))
}

/// An optional parameter that must be one of `allowed` (400 otherwise).
pub(crate) fn one_of(req: &Req, key: &str, allowed: &[&str]) -> Result<Option<String>, Reply> {
    match req.text(key) {
        None => Ok(None),
        Some(v) if allowed.contains(&v.as_str()) => Ok(Some(v)),
        Some(_) => Err(error(
            400,
            &format!("{key} must be one of {}", allowed.join(", ")),
        )),
    }
}

const METHODS: &[&str] = &["GET", "POST"];
const LEGS: &[&str] = &["aleg", "bleg", "both"];

/// Checks the optional `*_method` parameters.
fn methods(req: &Req, keys: &[&str]) -> Result<(), Reply> {
    keys.iter()
        .try_for_each(|key| one_of(req, key, METHODS).map(drop))
}

/// The live call with this uuid, or 404.
pub(crate) fn live<'a>(state: &'a mut State, call_uuid: &str) -> Result<&'a mut LiveCall, Reply> {
    state
        .live_calls
        .iter_mut()
        .find(|c| c.view["call_uuid"].as_str() == Some(call_uuid))
        .ok_or_else(not_found)
}

/// Hangs up a live call: stops its recording, takes it out of its conference and files its
/// call detail record. `false` if no such call is live.
pub(crate) fn end_call(state: &mut State, call_uuid: &str) -> bool {
    let Some(at) = state
        .live_calls
        .iter()
        .position(|c| c.view["call_uuid"].as_str() == Some(call_uuid))
    else {
        return false;
    };
    let call = state.live_calls.remove(at);
    if let Some(id) = &call.recording {
        recording::finish(state, id);
    }
    if let Some(name) = &call.conference {
        conference::leave(state, name, call_uuid);
    }
    let duration = call.answered_at.elapsed().as_secs();
    let billed = duration.div_ceil(60) * 60;
    let amount = billed / 60 * RATE;
    let start = call.view["session_start"].as_str().unwrap_or_default();
    let start = format!("{}+00:00", start.get(..19).unwrap_or(start));
    let cdr = json!({
        "answer_time": start,
        "bill_duration": duration,
        "billed_duration": billed,
        "call_direction": call.view["direction"],
        "call_duration": duration,
        "call_uuid": call_uuid,
        "end_time": crate::sandbox::state::now(),
        "from_number": call.view["from"],
        "hangup_cause_code": 4000,
        "hangup_cause_name": "Normal Hangup",
        "hangup_source": "API Request",
        "initiation_time": start,
        "parent_call_uuid": null,
        "resource_uri": format!("{}Call/{call_uuid}/", state.base()),
        "to_number": call.view["to"],
        "total_amount": format!("{}.{:05}", amount / 100_000, amount % 100_000),
        "total_rate": format!("{}.{:05}", RATE / 100_000, RATE % 100_000),
    });
    state.cdrs.insert(0, cdr);
    true
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
    one_of(req, "machine_detection", &["true", "hangup"])?;
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
    one_of(req, "call_direction", &["inbound", "outbound"])?;
    match req.text("status").as_deref() {
        Some("live") => {
            let limit = req.uint("limit")?;
            if limit.is_some_and(|l| !(1..=20).contains(&l)) {
                return Err(error(400, "limit must be between 1 and 20"));
            }
            let offset = req.uint("offset")?.unwrap_or(0);
            let wanted = |key: &str, field: &str, call: &LiveCall| {
                req.text(key)
                    .is_none_or(|v| call.view[field].as_str() == Some(v.as_str()))
            };
            let calls: Vec<Value> = state
                .live_calls
                .iter()
                .filter(|c| {
                    wanted("call_direction", "direction", c)
                        && wanted("from_number", "from", c)
                        && wanted("to_number", "to", c)
                })
                .skip(usize::try_from(offset).unwrap_or(usize::MAX))
                .take(limit.map_or(usize::MAX, |l| l as usize))
                .map(|c| c.view["call_uuid"].clone())
                .collect();
            reply(200, json!({"calls": calls}))
        }
        // The sandbox answers every call at once: nothing is ever queued.
        Some("queued") => reply(200, json!({"calls": []})),
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
        Some("queued") => Err(not_found()),
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
    if end_call(state, req.seg(1)) {
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
        end_call(state, &uuid);
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
        return Err(not_found());
    }
    for uuid in uuids {
        end_call(state, &uuid);
    }
    no_content()
}

/// `POST Call/{uuid}/Record/`: a new recording, listed at once; a recording already running
/// on the call is finished first.
pub(crate) fn record(state: &mut State, req: &Req) -> Handled {
    let format = one_of(req, "file_format", &["mp3", "wav"])?.unwrap_or_else(|| "mp3".into());
    one_of(req, "transcription_type", &["auto", "hybrid"])?;
    one_of(req, "record_channel_type", &["mono", "stereo"])?;
    methods(req, &["transcription_method", "callback_method"])?;
    req.uint("time_limit")?;
    let call = live(state, req.seg(1))?;
    let (view, previous) = (call.view.clone(), call.recording.take());
    if let Some(id) = previous {
        recording::finish(state, &id);
    }
    let new = recording::Start {
        kind: "call",
        call_uuid: view["call_uuid"].as_str().unwrap_or_default(),
        conference_name: "",
        from: view["from"].as_str().unwrap_or_default(),
        to: view["to"].as_str().unwrap_or_default(),
        format: &format,
    };
    let (id, url) = recording::start(state, &new);
    live(state, req.seg(1))?.recording = Some(id.clone());
    reply(
        202,
        json!({"message": "call recording started", "recording_id": id, "url": url}),
    )
}

/// `DELETE Call/{uuid}/Record/`.
pub(crate) fn stop_recording(state: &mut State, req: &Req) -> Handled {
    if let Some(id) = live(state, req.seg(1))?.recording.take() {
        recording::finish(state, &id);
    }
    no_content()
}

/// `POST Call/{uuid}/Play/`.
pub(crate) fn play(state: &mut State, req: &Req) -> Handled {
    req.need("urls")?;
    one_of(req, "legs", LEGS)?;
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
    one_of(req, "voice", &["MAN", "WOMAN"])?;
    one_of(req, "legs", LEGS)?;
    one_of(req, "type", &["text", "ssml"])?;
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
    one_of(req, "leg", &["aleg", "bleg"])?;
    live(state, req.seg(1))?;
    reply(202, json!({"message": "digits sent"}))
}
