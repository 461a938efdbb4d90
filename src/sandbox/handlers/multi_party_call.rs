//! Multi-party calls (`MultiPartyCall/`): the calls, their participants, recordings, and
//! audio played or spoken to a participant. The rules of a call's life are in
//! `model::multi_party_call`; here, the requests are read and checked (400 naming the field)
//! and the answers written in Plivo's recorded shapes.
//!
//! Plivo's asynchronous mode (`callback_url`) is accepted and answered at once with the real
//! answer: the sandbox calls no URL.

use serde_json::{Value, json};

use crate::sandbox::model::multi_party_call::{NewParticipant, ParticipantChange, RecordingAction};
use crate::sandbox::state::{
    Filter, Handled, How, Reply, Req, State, counted, error, no_content, page, reply,
};

const ROLES: &[&str] = &["agent", "supervisor", "customer", "ai-agent"];
const METHODS: &[&str] = &["GET", "POST"];

/// The fields of a new participant that are methods.
const METHOD_FIELDS: &[&str] = &[
    "call_status_callback_method",
    "confirm_key_sound_method",
    "wait_music_method",
    "agent_hold_music_method",
    "customer_hold_music_method",
    "recording_callback_method",
    "status_callback_method",
    "on_exit_action_method",
    "enter_sound_method",
    "exit_sound_method",
    "start_recording_audio_method",
    "stop_recording_audio_method",
    "callback_method",
];

/// The call a request's path names (`uuid_…` or `name_…`).
fn mpc_id(req: &Req) -> &str {
    req.seg(1)
}

/// An optional text parameter, ASCII-case-insensitively one of `allowed`; empty is unset
/// (plivo-go sends `""` for what it was not given).
fn one_of_any_case(req: &Req, key: &str, allowed: &[&str]) -> Result<Option<String>, Reply> {
    match req.text(key).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) if allowed.iter().any(|a| a.eq_ignore_ascii_case(&v)) => Ok(Some(v)),
        Some(_) => Err(error(
            400,
            &format!("{key} must be one of {}", allowed.join(", ")),
        )),
    }
}

/// An optional whole number within `low..=high`.
fn ranged(req: &Req, key: &str, low: u64, high: u64) -> Result<Option<u64>, Reply> {
    match req.uint(key)? {
        Some(v) if !(low..=high).contains(&v) => Err(error(
            400,
            &format!("{key} must be between {low} and {high}"),
        )),
        v => Ok(v),
    }
}

pub(crate) fn list(state: &mut State, req: &Req) -> Handled {
    let status = one_of_any_case(req, "status", &["active", "initialized", "ended"])?;
    let views: Vec<Value> = state
        .mpcs
        .iter()
        .filter(|m| {
            status
                .as_deref()
                .is_none_or(|s| m.status.as_str().eq_ignore_ascii_case(s))
        })
        .map(|m| m.view(&req.base))
        .collect();
    let filters = [
        Filter::exact("friendly_name"),
        Filter::exact("termination_cause_code"),
        Filter::new("sub_account", "sub_account", How::Contains),
        Filter::time("end_time"),
        Filter::time("creation_time"),
    ];
    let mut answer = page(req, "MultiPartyCall/", views.iter(), &filters)?;
    // Plivo counts this list with `count`.
    if let Some(meta) = answer
        .body
        .as_mut()
        .and_then(|b| b.get_mut("meta"))
        .and_then(Value::as_object_mut)
    {
        if let Some(total) = meta.remove("total_count") {
            meta.insert("count".into(), total);
        }
    }
    Ok(answer)
}

pub(crate) fn get(state: &mut State, req: &Req) -> Handled {
    let mpc = state.mpc(mpc_id(req))?;
    reply(200, mpc.view(&req.base))
}

pub(crate) fn start(state: &mut State, req: &Req) -> Handled {
    // plivo-python sends the status as a one-element list.
    let status = match req.params.get("status") {
        Some(Value::Array(items)) if items.len() == 1 => items[0].as_str().map(str::to_owned),
        _ => req.text("status"),
    };
    if !status.is_some_and(|s| s.eq_ignore_ascii_case("active")) {
        return Err(error(400, "status must be active"));
    }
    let answer = state.mpc_started(mpc_id(req))?;
    with_request_uuid(state, answer)
}

pub(crate) fn stop(state: &mut State, req: &Req) -> Handled {
    state.mpc_stopped(mpc_id(req))?;
    no_content()
}

/// Adds a `request_uuid` to an answer.
fn with_request_uuid(state: &mut State, mut answer: Value) -> Handled {
    answer["request_uuid"] = Value::String(state.rng.uuid());
    reply(200, answer)
}

pub(crate) fn add_participant(state: &mut State, req: &Req) -> Handled {
    let role = req
        .text("role")
        .map(|r| r.to_ascii_lowercase())
        .filter(|r| ROLES.contains(&r.as_str()))
        .ok_or_else(|| error(400, &format!("role must be one of {}", ROLES.join(", "))))?;
    let from = req.text("from").filter(|f| !f.is_empty());
    let to: Option<Vec<String>> = req
        .text("to")
        .filter(|t| !t.is_empty())
        .map(|t| t.split('<').map(str::to_owned).collect());
    let call_uuid = req.text("call_uuid").filter(|c| !c.is_empty());
    let dial = match (from, to, &call_uuid) {
        (Some(_), _, Some(_)) | (_, Some(_), Some(_)) => {
            return Err(error(400, "call_uuid cannot be given with from/to"));
        }
        (Some(from), Some(to), None) => Some((from, to)),
        (None, None, Some(_)) => None,
        _ => {
            return Err(error(
                400,
                "from and to are required unless call_uuid is given",
            ));
        }
    };
    if let Some((_, to)) = &dial {
        if to.len() > 20 {
            return Err(error(400, "to must hold at most 20 destinations"));
        }
        if to.len() > 1 && role != "agent" {
            return Err(error(
                400,
                "several destinations in to only for the role agent",
            ));
        }
    }
    for key in METHOD_FIELDS {
        one_of_any_case(req, key, METHODS)?;
    }
    one_of_any_case(req, "record_file_format", &["mp3", "wav"])?;
    ranged(req, "max_duration", 300, 28800)?;
    ranged(req, "record_min_member_count", 1, 2)?;
    let max_participants = ranged(req, "max_participants", 2, 10)?.unwrap_or(10);
    for key in [
        "record_participant_track",
        "relay_dtmf_inputs",
        "create_mpc_with_single_participant",
        "send_on_preanswer",
        "transcript",
    ] {
        req.flag(key)?;
    }
    let new = NewParticipant {
        role,
        dial,
        call_uuid,
        coach_mode: req.flag("coach_mode")?,
        mute: req.flag("mute")?,
        hold: req.flag("hold")?,
        start_mpc_on_enter: req.flag("start_mpc_on_enter")?.unwrap_or(true),
        end_mpc_on_exit: req.flag("end_mpc_on_exit")?.unwrap_or(false),
        record: req.flag("record")?.unwrap_or(false),
        stay_alone: req.flag("stay_alone")?.unwrap_or(false),
        max_participants,
    };
    let answer = state.mpc_participant_added(mpc_id(req), new)?;
    reply(200, answer)
}

pub(crate) fn participants(state: &mut State, req: &Req) -> Handled {
    let mpc = state.mpc(mpc_id(req))?;
    let call_uuid = req.text("call_uuid");
    let objects: Vec<Value> = mpc
        .participants
        .iter()
        .filter(|p| call_uuid.as_deref().is_none_or(|c| p.call_uuid == c))
        .map(|p| p.view(mpc, &req.base))
        .collect();
    counted(objects)
}

pub(crate) fn get_participant(state: &mut State, req: &Req) -> Handled {
    let mpc = state.mpc(mpc_id(req))?;
    let participant = mpc
        .participants
        .iter()
        .find(|p| p.member_id == req.seg(3))
        .ok_or_else(crate::sandbox::state::not_found)?;
    reply(200, participant.view(mpc, &req.base))
}

pub(crate) fn update_participant(state: &mut State, req: &Req) -> Handled {
    let change = ParticipantChange {
        coach_mode: req.flag("coach_mode")?,
        mute: req.flag("mute")?,
        hold: req.flag("hold")?,
    };
    if change.coach_mode.is_none() && change.mute.is_none() && change.hold.is_none() {
        return Err(error(400, "set at least one of coach_mode, mute or hold"));
    }
    let message = state.mpc_participant_updated(mpc_id(req), req.seg(3), change)?;
    with_request_uuid(state, json!({"message": message}))
}

pub(crate) fn kick(state: &mut State, req: &Req) -> Handled {
    state.mpc_participant_kicked(mpc_id(req), req.seg(3))?;
    no_content()
}

/// The recording's id and URL as Plivo's media host serves them.
fn recording_answer(state: &mut State, req: &Req, message: String) -> Handled {
    let format = one_of_any_case(req, "file_format", &["mp3", "wav"])?
        .unwrap_or_else(|| "mp3".into())
        .to_ascii_lowercase();
    let id = state.rng.uuid();
    let url = format!(
        "https://media.plivo.com/v1/Account/{}/Recording/{id}.{format}",
        state.auth_id
    );
    let request_uuid = state.rng.uuid();
    reply(
        200,
        json!({
            "message": message,
            "request_uuid": request_uuid,
            "recording_id": id,
            "recording_url": url,
        }),
    )
}

fn recording_fields(req: &Req) -> Result<(), Reply> {
    one_of_any_case(req, "file_format", &["mp3", "wav"])?;
    one_of_any_case(req, "recording_callback_method", METHODS)?;
    one_of_any_case(req, "record_track_type", &["participant", "both", "all"])?;
    req.flag("transcript")?;
    Ok(())
}

pub(crate) fn start_recording(state: &mut State, req: &Req) -> Handled {
    recording_fields(req)?;
    let message = state.mpc_recording(mpc_id(req), RecordingAction::Start)?;
    recording_answer(state, req, message)
}

/// Stop, pause or resume the call's recording: 204.
pub(crate) fn recording(action: RecordingAction) -> impl Fn(&mut State, &Req) -> Handled {
    move |state, req| {
        state.mpc_recording(mpc_id(req), action)?;
        no_content()
    }
}

pub(crate) fn start_participant_recording(state: &mut State, req: &Req) -> Handled {
    recording_fields(req)?;
    let message =
        state.mpc_participant_recording(mpc_id(req), req.seg(3), RecordingAction::Start)?;
    recording_answer(state, req, message)
}

/// Stop, pause or resume a participant's recording: 204.
pub(crate) fn participant_recording(
    action: RecordingAction,
) -> impl Fn(&mut State, &Req) -> Handled {
    move |state, req| {
        recording_fields(req)?;
        state.mpc_participant_recording(mpc_id(req), req.seg(3), action)?;
        no_content()
    }
}

/// Play (`url`) or speak (`text`) to a participant: 202 with the members reached.
fn audio_queued(state: &mut State, req: &Req, what: &str) -> Handled {
    let (ids, name) = state.mpc_audio_queued(mpc_id(req), req.seg(3))?;
    reply(
        202,
        json!({
            "message": format!("{what} queued into MPC"),
            "mpcMemberId": ids,
            "mpcName": name,
        }),
    )
}

pub(crate) fn play(state: &mut State, req: &Req) -> Handled {
    let url = req.need("url")?;
    crate::rules::http_url(&url).map_err(|rule| error(400, &format!("url {rule}")))?;
    audio_queued(state, req, "play")
}

pub(crate) fn speak(state: &mut State, req: &Req) -> Handled {
    req.need("text")?;
    one_of_any_case(req, "voice", &["WOMAN", "MAN"])?;
    one_of_any_case(req, "type", &["text", "ssml"])?;
    req.flag("mix")?;
    audio_queued(state, req, "speak")
}

/// Stop playing or speaking: 204 when the participant is in the call.
pub(crate) fn stop_audio(state: &mut State, req: &Req) -> Handled {
    state.mpc_audio_queued(mpc_id(req), req.seg(3))?;
    no_content()
}
