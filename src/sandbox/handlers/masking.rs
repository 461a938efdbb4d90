//! Number masking sessions: create, read, update, delete, list.
//!
//! - `POST Masking/Session/` (`first_party`, `second_party` phone numbers that differ;
//!   methods `GET`/`POST`; `record_file_format` `mp3`/`wav`; PINs 4 to 15 digits, different;
//!   `generate_pin_length` 4 to 15; `pin_retry` 0 to 5) answers 201 with `session_uuid`, the
//!   `virtual_number` (`+` and digits) and the `session`; 400 when no rented number is free
//!   (see `model::masking`).
//! - `GET Masking/Session/{uuid}/` answers the session wrapped in `response`; `POST` updates
//!   it (`session_expiry` counts from now; the parties change only for a session made with
//!   `create_session_with_single_party`; an expired session is a 400); `DELETE` answers 200
//!   `Session Deleted`. Unknown uuids are 404.
//! - `GET Masking/Session/` lists them newest first in `response{meta, objects}`, filtered by
//!   the parties, `virtual_number`, `status`, `created_time`/`expiry_time` (with `__gt`,
//!   `__gte`, `__lt`, `__lte`) and `duration` (compared as numbers).

use serde_json::{Map, Value, json};

use crate::sandbox::model::masking::{DEFAULT_EXPIRY_SECS, PIN_KEYS, clock, masking_time};
use crate::sandbox::model::verify::is_phone_number;
use crate::sandbox::state::{
    Filter, Handled, Reply, Req, State, error, not_found, reply, wrapped_page,
};

const FILTERS: &[Filter] = &[
    Filter::exact("first_party"),
    Filter::exact("second_party"),
    Filter::exact("virtual_number"),
    Filter::exact("status"),
    Filter::time("created_time"),
    Filter::time("expiry_time"),
];

/// The settings both create and update take, as text.
const URL_KEYS: &[&str] = &[
    "callback_url",
    "recording_callback_url",
    "first_party_play_url",
    "second_party_play_url",
];

/// A party's number, as Plivo keeps it (digits, no `+`).
fn party(req: &Req, key: &str) -> Result<Option<String>, Reply> {
    match req.text(key) {
        None => Ok(None),
        Some(n) if is_phone_number(&n) => Ok(Some(n.trim_start_matches('+').to_owned())),
        Some(_) => Err(error(400, &format!("{key} must be a valid phone number"))),
    }
}

/// An integer in `range`, when given.
fn within(
    req: &Req,
    key: &str,
    range: std::ops::RangeInclusive<u64>,
) -> Result<Option<u64>, Reply> {
    match req.uint(key)? {
        Some(v) if !range.contains(&v) => Err(error(
            400,
            &format!(
                "{key} must be between {} and {}",
                range.start(),
                range.end()
            ),
        )),
        other => Ok(other),
    }
}

/// The call settings create and update share, checked, into `view`.
fn settings(req: &Req, view: &mut Value) -> Result<(), Reply> {
    for key in ["call_time_limit", "ring_timeout"] {
        if let Some(v) = within(req, key, 1..=u64::from(u32::MAX))? {
            view[key] = json!(v);
        }
    }
    if let Some(v) = req.one_of("record_file_format", &["mp3", "wav"])? {
        view["record_file_format"] = json!(v);
    }
    for key in ["callback_method", "recording_callback_method"] {
        if let Some(v) = req.one_of(key, &["GET", "POST"])? {
            view[key] = json!(v);
        }
    }
    req.copy_text(view, URL_KEYS);
    req.copy_flags(view, &["record"])
}

/// What a read shows: the session without its PIN settings and internal flag, and without
/// `resource_uri` unless it is a list item.
fn shown(view: &Value, list_item: bool) -> Value {
    let mut shown = view.clone();
    if let Some(map) = shown.as_object_mut() {
        for key in PIN_KEYS {
            map.remove(*key);
        }
        map.remove("create_session_with_single_party");
        if !list_item {
            map.remove("resource_uri");
        }
    }
    shown
}

/// The PINs: given (4 to 15 digits, different), generated, or empty.
fn pins(state: &mut State, req: &Req, view: &mut Value) -> Result<(), Reply> {
    let required = req.flag("is_pin_authentication_required")?.unwrap_or(false);
    let generate = req.flag("generate_pin")?.unwrap_or(false);
    let length = within(req, "generate_pin_length", 4..=15)?.unwrap_or(4);
    let mut given = Vec::new();
    for key in ["first_party_pin", "second_party_pin"] {
        let pin = req.text(key).unwrap_or_default();
        let valid = (4..=15).contains(&pin.len()) && pin.bytes().all(|b| b.is_ascii_digit());
        if !(pin.is_empty() || valid) {
            return Err(error(400, &format!("{key} must be 4 to 15 digits")));
        }
        given.push(pin);
    }
    if !given[0].is_empty() && given[0] == given[1] {
        return Err(error(
            400,
            "first_party_pin and second_party_pin must differ",
        ));
    }
    if required && generate {
        let n = usize::try_from(length).unwrap_or(4);
        given = vec![state.rng.digits(n), state.rng.digits(n)];
        while given[0] == given[1] {
            given[1] = state.rng.digits(n);
        }
    }
    view["is_pin_authentication_required"] = json!(required);
    view["generate_pin"] = json!(generate);
    view["generate_pin_length"] = json!(length);
    view["first_party_pin"] = json!(given[0]);
    view["second_party_pin"] = json!(given[1]);
    view["pin_retry"] = json!(within(req, "pin_retry", 0..=5)?.unwrap_or(1));
    view["pin_retry_wait"] = json!(req.uint("pin_retry_wait")?.unwrap_or(5));
    for key in [
        "pin_prompt_play",
        "incorrect_pin_play",
        "unknown_caller_play",
    ] {
        view[key] = json!(req.text(key).unwrap_or_default());
    }
    Ok(())
}

pub(crate) fn create(state: &mut State, req: &Req) -> Handled {
    req.need("first_party")?;
    req.need("second_party")?;
    let first = party(req, "first_party")?.unwrap_or_default();
    let second = party(req, "second_party")?.unwrap_or_default();
    if first == second {
        return Err(error(400, "first_party and second_party must differ"));
    }
    let expiry = within(req, "session_expiry", 1..=u64::from(u32::MAX))?;
    let mut view = json!({
        "first_party": first,
        "second_party": second,
        "initiate_call_to_first_party":
            req.flag("initiate_call_to_first_party")?.unwrap_or(false),
        "callback_url": "",
        "callback_method": "POST",
        "call_time_limit": 3600,
        "ring_timeout": 120,
        "first_party_play_url": "",
        "second_party_play_url": "",
        "record": false,
        "record_file_format": "mp3",
        "recording_callback_url": "",
        "recording_callback_method": "POST",
        "create_session_with_single_party":
            req.flag("create_session_with_single_party")?.unwrap_or(false),
    });
    settings(req, &mut view)?;
    pins(state, req, &mut view)?;
    if let Some(sub) = req.text("subaccount") {
        view["subaccount"] = json!(sub);
    }
    let number = state.free_virtual_number(&first, &second).ok_or_else(|| {
        error(
            400,
            "no virtual number available: rent a voice number first",
        )
    })?;
    view["virtual_number"] = json!(number);
    let session = state.masking_session_created(view, expiry.unwrap_or(DEFAULT_EXPIRY_SECS));
    let mut answer = session.clone();
    if let Some(map) = answer.as_object_mut() {
        map.remove("resource_uri");
        map.remove("create_session_with_single_party");
    }
    reply(
        201,
        json!({
            "session_uuid": session["session_uuid"],
            "virtual_number": format!("+{number}"),
            "message": "Session created",
            "session": answer,
        }),
    )
}

pub(crate) fn get(state: &mut State, req: &Req) -> Handled {
    let session = state.masking_session(req.seg(2)).ok_or_else(not_found)?;
    reply(200, json!({"response": shown(&session.view, false)}))
}

pub(crate) fn update(state: &mut State, req: &Req) -> Handled {
    let uuid = req.seg(2).to_owned();
    let expiry = within(req, "session_expiry", 1..=u64::from(u32::MAX))?;
    let first = party(req, "first_party")?;
    let second = party(req, "second_party")?;
    let session = state.masking_session(&uuid).ok_or_else(not_found)?;
    if session.view["status"] == "expired" {
        return Err(error(400, "session has expired"));
    }
    if (first.is_some() || second.is_some())
        && session.view["create_session_with_single_party"] != true
    {
        return Err(error(
            400,
            "first_party and second_party change only for a session created with a single party",
        ));
    }
    let mut view = session.view.clone();
    settings(req, &mut view)?;
    for (key, value) in [("first_party", first), ("second_party", second)] {
        if let Some(v) = value {
            view[key] = json!(v);
        }
    }
    if view["first_party"] == view["second_party"] {
        return Err(error(400, "first_party and second_party must differ"));
    }
    let (secs, micros) = clock();
    view["modified_time"] = json!(masking_time(secs, micros));
    session.view = view;
    if let Some(expiry) = expiry {
        state.masking_session_extended(&uuid, expiry);
    }
    let session = state.masking_session(&uuid).ok_or_else(not_found)?;
    reply(
        200,
        json!({"message": "Session updated", "session": shown(&session.view, false)}),
    )
}

pub(crate) fn delete(state: &mut State, req: &Req) -> Handled {
    if !state.masking_session_deleted(req.seg(2)) {
        return Err(not_found());
    }
    reply(200, json!({"message": "Session Deleted"}))
}

/// `duration` compared as a number, with its `__gt`, `__gte`, `__lt`, `__lte` forms.
fn duration_matches(view: &Value, wanted: &Map<String, Value>) -> bool {
    let have = view["duration"].as_u64().unwrap_or(0);
    wanted.iter().all(|(op, v)| {
        let v = v.as_u64().unwrap_or(0);
        match op.as_str() {
            "duration" => have == v,
            "duration__gt" => have > v,
            "duration__gte" => have >= v,
            "duration__lt" => have < v,
            _ => have <= v,
        }
    })
}

pub(crate) fn list(state: &mut State, req: &Req) -> Handled {
    state.masking_sessions_expire();
    let mut wanted = Map::new();
    for op in [
        "duration",
        "duration__gt",
        "duration__gte",
        "duration__lt",
        "duration__lte",
    ] {
        if let Some(v) = req.uint(op)? {
            wanted.insert(op.to_owned(), json!(v));
        }
    }
    let views: Vec<Value> = state
        .masking_sessions
        .iter()
        .filter(|s| duration_matches(&s.view, &wanted))
        .map(|s| shown(&s.view, true))
        .collect();
    wrapped_page(req, "Masking/Session/", views.iter(), FILTERS)
}
