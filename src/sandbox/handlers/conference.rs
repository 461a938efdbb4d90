//! Conferences and their members.
//!
//! A conference exists while it has members: the first live call that joins creates it and it
//! disappears when its last member leaves (kicked or hung up). Member ids are strings, numbered
//! from `state.next_member_id`.

use serde_json::{Value, json};

use super::call::{end_call, one_of};
use super::recording;
use crate::sandbox::state::{Conference, Handled, Reply, Req, State, no_content, not_found, reply};

/// A member's conference run time at join, kept in the member object and never shown.
const JOINED_AT: &str = "sandbox_joined_at";

/// Puts a live call into the conference `name` (created if needed) and returns its member id;
/// `None` if the call is not live. A call already in another conference leaves it first; a
/// call already in this one keeps its member id.
pub(crate) fn join(state: &mut State, call_uuid: &str, name: &str) -> Option<String> {
    let call = state
        .live_calls
        .iter()
        .find(|c| c.view["call_uuid"].as_str() == Some(call_uuid))?;
    let view = call.view.clone();
    match call.conference.clone() {
        Some(current) if current == name => {
            let conf = state.conferences.iter().find(|c| c.name == name)?;
            let member = conf
                .members
                .iter()
                .find(|m| m["call_uuid"].as_str() == Some(call_uuid))?;
            return member["member_id"].as_str().map(str::to_owned);
        }
        Some(other) => leave(state, &other, call_uuid),
        None => {}
    }
    let member_id = state.next_member_id.to_string();
    state.next_member_id += 1;
    let at = match state.conferences.iter().position(|c| c.name == name) {
        Some(at) => at,
        None => {
            state.conferences.push(Conference {
                name: name.to_owned(),
                started: std::time::Instant::now(),
                members: Vec::new(),
                recording: None,
            });
            state.conferences.len() - 1
        }
    };
    let conf = state.conferences.get_mut(at)?;
    conf.members.push(json!({
        "muted": false,
        "member_id": member_id,
        "deaf": false,
        "from": view["from"],
        "to": view["to"],
        "caller_name": view["caller_name"],
        "direction": view["direction"],
        "call_uuid": call_uuid,
        "join_time": "0",
        JOINED_AT: conf.started.elapsed().as_secs(),
    }));
    if let Some(call) = state
        .live_calls
        .iter_mut()
        .find(|c| c.view["call_uuid"].as_str() == Some(call_uuid))
    {
        call.conference = Some(name.to_owned());
    }
    Some(member_id)
}

/// Takes a call out of a conference (a live call stays live); an emptied conference ends.
pub(crate) fn leave(state: &mut State, name: &str, call_uuid: &str) {
    let in_it = |c: &&mut crate::sandbox::state::LiveCall| {
        c.view["call_uuid"].as_str() == Some(call_uuid) && c.conference.as_deref() == Some(name)
    };
    if let Some(call) = state.live_calls.iter_mut().find(in_it) {
        call.conference = None;
    }
    let Some(at) = state.conferences.iter().position(|c| c.name == name) else {
        return;
    };
    if let Some(conf) = state.conferences.get_mut(at) {
        conf.members
            .retain(|m| m["call_uuid"].as_str() != Some(call_uuid));
        if !conf.members.is_empty() {
            return;
        }
    }
    let conf = state.conferences.remove(at);
    if let Some(id) = conf.recording {
        recording::finish(state, &id);
    }
}

/// The conference named in the path, or 404.
fn conference<'a>(state: &'a mut State, req: &Req) -> Result<&'a mut Conference, Reply> {
    let name = req.seg(1);
    state
        .conferences
        .iter_mut()
        .find(|c| c.name == name)
        .ok_or_else(not_found)
}

/// Indices of the members named by `spec`: one id, a comma list or `all`; 404 if any id is
/// not a member.
fn selected(conf: &Conference, spec: &str) -> Result<Vec<usize>, Reply> {
    if spec.trim().eq_ignore_ascii_case("all") {
        return Ok((0..conf.members.len()).collect());
    }
    let mut out = Vec::new();
    for id in spec.split(',').map(str::trim) {
        let at = conf
            .members
            .iter()
            .position(|m| !id.is_empty() && m["member_id"].as_str() == Some(id))
            .ok_or_else(not_found)?;
        if !out.contains(&at) {
            out.push(at);
        }
    }
    Ok(out)
}

/// The member spec of the path and the call uuids it selects.
fn member_calls(state: &mut State, req: &Req) -> Result<(String, Vec<String>), Reply> {
    let spec = req.seg(3).to_owned();
    let conf = conference(state, req)?;
    let calls = selected(conf, &spec)?
        .into_iter()
        .filter_map(|i| conf.members.get(i))
        .filter_map(|m| m["call_uuid"].as_str().map(str::to_owned))
        .collect();
    Ok((spec, calls))
}

/// Sets a member flag (`muted`, `deaf`) on the selected members; returns the member spec.
fn set_flag(state: &mut State, req: &Req, flag: &str, value: bool) -> Result<String, Reply> {
    let spec = req.seg(3).to_owned();
    let conf = conference(state, req)?;
    for i in selected(conf, &spec)? {
        if let Some(member) = conf.members.get_mut(i) {
            member[flag] = Value::Bool(value);
        }
    }
    Ok(spec)
}

/// A member as `GET Conference/{name}/` shows it.
fn shown(member: &Value, run_time: u64) -> Value {
    let mut member = member.clone();
    let joined_at = member[JOINED_AT].as_u64().unwrap_or(0);
    if let Some(object) = member.as_object_mut() {
        object.remove(JOINED_AT);
    }
    member["join_time"] = Value::String(run_time.saturating_sub(joined_at).to_string());
    member
}

/// `GET Conference/`: the names of the conferences in progress.
pub(crate) fn list(state: &mut State, _req: &Req) -> Handled {
    let names: Vec<&str> = state.conferences.iter().map(|c| c.name.as_str()).collect();
    reply(200, json!({"conferences": names}))
}

/// `GET Conference/{name}/`.
pub(crate) fn get(state: &mut State, req: &Req) -> Handled {
    let conf = conference(state, req)?;
    let run_time = conf.started.elapsed().as_secs();
    let members: Vec<Value> = conf.members.iter().map(|m| shown(m, run_time)).collect();
    reply(
        200,
        json!({
            "conference_name": conf.name,
            "conference_run_time": run_time.to_string(),
            "conference_member_count": conf.members.len().to_string(),
            "members": members,
        }),
    )
}

/// Hangs up every member call of the conference at `name`; the conference ends with its last.
fn end_conference(state: &mut State, name: &str) {
    let calls: Vec<String> = state
        .conferences
        .iter()
        .filter(|c| c.name == name)
        .flat_map(|c| c.members.iter())
        .filter_map(|m| m["call_uuid"].as_str().map(str::to_owned))
        .collect();
    for uuid in calls {
        if !end_call(state, &uuid) {
            leave(state, name, &uuid);
        }
    }
}

/// `DELETE Conference/`: hangs up every conference's members.
pub(crate) fn hangup_all(state: &mut State, _req: &Req) -> Handled {
    let names: Vec<String> = state.conferences.iter().map(|c| c.name.clone()).collect();
    for name in names {
        end_conference(state, &name);
    }
    no_content()
}

/// `DELETE Conference/{name}/`: hangs up its members.
pub(crate) fn hangup(state: &mut State, req: &Req) -> Handled {
    let name = conference(state, req)?.name.clone();
    end_conference(state, &name);
    no_content()
}

/// `POST Conference/{name}/Record/`: a recording already running is finished first.
pub(crate) fn record(state: &mut State, req: &Req) -> Handled {
    let format = one_of(req, "file_format", &["mp3", "wav"])?.unwrap_or_else(|| "mp3".into());
    one_of(req, "transcription_type", &["auto", "hybrid"])?;
    for key in ["transcription_method", "callback_method"] {
        one_of(req, key, &["GET", "POST"])?;
    }
    let conf = conference(state, req)?;
    let previous = conf.recording.take();
    let (name, first) = (
        conf.name.clone(),
        conf.members.first().cloned().unwrap_or(Value::Null),
    );
    if let Some(id) = previous {
        recording::finish(state, &id);
    }
    let new = recording::Start {
        kind: "conference",
        call_uuid: first["call_uuid"].as_str().unwrap_or_default(),
        conference_name: &name,
        from: first["from"].as_str().unwrap_or_default(),
        to: first["to"].as_str().unwrap_or_default(),
        format: &format,
    };
    let (id, url) = recording::start(state, &new);
    conference(state, req)?.recording = Some(id.clone());
    reply(
        202,
        json!({"message": "conference recording started", "recording_id": id, "url": url}),
    )
}

/// `DELETE Conference/{name}/Record/`.
pub(crate) fn stop_recording(state: &mut State, req: &Req) -> Handled {
    if let Some(id) = conference(state, req)?.recording.take() {
        recording::finish(state, &id);
    }
    no_content()
}

/// `DELETE Conference/{name}/Member/{ids}/`: hangs up the members' calls.
pub(crate) fn hangup_member(state: &mut State, req: &Req) -> Handled {
    let (_, calls) = member_calls(state, req)?;
    let name = req.seg(1).to_owned();
    for uuid in calls {
        if !end_call(state, &uuid) {
            leave(state, &name, &uuid);
        }
    }
    no_content()
}

/// `POST …/Member/{ids}/Kick/`: the members leave; their calls stay live.
pub(crate) fn kick(state: &mut State, req: &Req) -> Handled {
    let (spec, calls) = member_calls(state, req)?;
    let name = req.seg(1).to_owned();
    for uuid in calls {
        leave(state, &name, &uuid);
    }
    reply(202, json!({"message": "kicked", "member_id": spec}))
}

/// `POST …/Member/{ids}/Mute/`.
pub(crate) fn mute(state: &mut State, req: &Req) -> Handled {
    let spec = set_flag(state, req, "muted", true)?;
    reply(202, json!({"message": "muted", "member_id": spec}))
}

/// `DELETE …/Member/{ids}/Mute/`.
pub(crate) fn unmute(state: &mut State, req: &Req) -> Handled {
    set_flag(state, req, "muted", false)?;
    no_content()
}

/// `POST …/Member/{ids}/Deaf/`.
pub(crate) fn deaf(state: &mut State, req: &Req) -> Handled {
    let spec = set_flag(state, req, "deaf", true)?;
    reply(202, json!({"message": "deaf", "member_id": spec}))
}

/// `DELETE …/Member/{ids}/Deaf/`.
pub(crate) fn undeaf(state: &mut State, req: &Req) -> Handled {
    set_flag(state, req, "deaf", false)?;
    no_content()
}

/// `POST …/Member/{ids}/Play/`.
pub(crate) fn play(state: &mut State, req: &Req) -> Handled {
    req.need("url")?;
    let (spec, _) = member_calls(state, req)?;
    reply(
        202,
        json!({"message": "play queued into conference", "member_id": spec}),
    )
}

/// `DELETE …/Member/{ids}/Play/`.
pub(crate) fn stop_playing(state: &mut State, req: &Req) -> Handled {
    member_calls(state, req)?;
    no_content()
}

/// `POST …/Member/{ids}/Speak/`.
pub(crate) fn speak(state: &mut State, req: &Req) -> Handled {
    req.need("text")?;
    one_of(req, "voice", &["MAN", "WOMAN"])?;
    let (spec, _) = member_calls(state, req)?;
    reply(
        202,
        json!({"message": "speak queued into conference", "member_id": spec}),
    )
}

/// `DELETE …/Member/{ids}/Speak/`.
pub(crate) fn stop_speaking(state: &mut State, req: &Req) -> Handled {
    member_calls(state, req)?;
    no_content()
}
