//! Conferences and their members.
//!
//! A conference exists while it has members: the first live call that joins creates it and it
//! disappears when its last member leaves (kicked or hung up). Member ids are strings, numbered
//! from `state.next_member_id`. Joining, leaving and hanging up are events of the model
//! (`State::member_joined`, `member_left`, `member_hung_up`, `conference_hung_up`).

use serde_json::{Value, json};

use crate::sandbox::model::calls::{JOINED_AT, Recorded};
use crate::sandbox::state::{Conference, Handled, Reply, Req, State, no_content, not_found, reply};

/// The conference named in the path, or 404.
fn conference<'a>(state: &'a mut State, req: &Req) -> Result<&'a mut Conference, Reply> {
    state.conference(req.seg(1)).ok_or_else(not_found)
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

/// `DELETE Conference/`: hangs up every conference's members.
pub(crate) fn hangup_all(state: &mut State, _req: &Req) -> Handled {
    let names: Vec<String> = state.conferences.iter().map(|c| c.name.clone()).collect();
    for name in names {
        state.conference_hung_up(&name);
    }
    no_content()
}

/// `DELETE Conference/{name}/`: hangs up its members.
pub(crate) fn hangup(state: &mut State, req: &Req) -> Handled {
    let name = conference(state, req)?.name.clone();
    state.conference_hung_up(&name);
    no_content()
}

/// `POST Conference/{name}/Record/`: a recording already running is finished first.
pub(crate) fn record(state: &mut State, req: &Req) -> Handled {
    let format = req
        .one_of("file_format", &["mp3", "wav"])?
        .unwrap_or_else(|| "mp3".into());
    req.one_of("transcription_type", &["auto", "hybrid"])?;
    for key in ["transcription_method", "callback_method"] {
        req.one_of(key, &["GET", "POST"])?;
    }
    let (id, url) = state
        .recording_started(Recorded::Conference(req.seg(1)), &format)
        .ok_or_else(not_found)?;
    reply(
        202,
        json!({"message": "conference recording started", "recording_id": id, "url": url}),
    )
}

/// `DELETE Conference/{name}/Record/`.
pub(crate) fn stop_recording(state: &mut State, req: &Req) -> Handled {
    if let Some(id) = conference(state, req)?.recording.clone() {
        state.recording_finished(&id);
    }
    no_content()
}

/// `DELETE Conference/{name}/Member/{ids}/`: hangs up the members' calls.
pub(crate) fn hangup_member(state: &mut State, req: &Req) -> Handled {
    let (_, calls) = member_calls(state, req)?;
    let name = req.seg(1).to_owned();
    for uuid in calls {
        state.member_hung_up(&name, &uuid);
    }
    no_content()
}

/// `POST …/Member/{ids}/Kick/`: the members leave; their calls stay live.
pub(crate) fn kick(state: &mut State, req: &Req) -> Handled {
    let (spec, calls) = member_calls(state, req)?;
    let name = req.seg(1).to_owned();
    for uuid in calls {
        state.member_left(&name, &uuid);
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
    req.one_of("voice", &["MAN", "WOMAN"])?;
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
