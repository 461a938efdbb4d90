//! Audio streams on live calls: start, list, read, stop one, stop all
//! (`Call/{call_uuid}/Stream/`). Every path answers 404 when the call is not live; the rules
//! of a stream's life are in `model::stream`.
//!
//! The start checks what Plivo documents: `service_url` is a `wss://` or `ws://` URL, the
//! closed sets of `audio_track`, `content_type` and `status_callback_method`, a positive
//! `stream_timeout`, `extra_headers` as `key=value` pairs, and `bidirectional` only with the
//! `inbound` track (400 otherwise).

use serde_json::json;

use crate::sandbox::model::stream::NewStream;
use crate::sandbox::state::{
    Handled, Reply, Req, State, counted, error, no_content, not_found, reply,
};

const TRACKS: &[&str] = &["inbound", "outbound", "both"];
const CONTENT_TYPES: &[&str] = &[
    "audio/x-l16;rate=8000",
    "audio/x-l16;rate=16000",
    "audio/x-mulaw;rate=8000",
];

/// A rule's complaint as a 400 naming the field.
fn bad(field: &str, rule: String) -> Reply {
    error(400, &format!("{field} {rule}"))
}

pub(crate) fn start(state: &mut State, req: &Req) -> Handled {
    let call_uuid = req.seg(1);
    if !state.is_live(call_uuid) {
        return Err(not_found());
    }
    let service_url = req.need("service_url")?;
    crate::rules::ws_url(&service_url).map_err(|r| bad("service_url", r))?;
    let track = req.one_of("audio_track", TRACKS)?;
    req.one_of("content_type", CONTENT_TYPES)?;
    req.one_of("status_callback_method", &["GET", "POST"])?;
    let bidirectional = req.flag("bidirectional")?;
    req.flag("cx_bot")?;
    if req.uint("stream_timeout")? == Some(0) {
        return Err(error(400, "stream_timeout must be greater than 0"));
    }
    if let Some(headers) = req.text("extra_headers") {
        crate::rules::stream_extra_headers(&headers).map_err(|r| bad("extra_headers", r))?;
    }
    if bidirectional == Some(true) && track.as_deref().is_some_and(|t| t != "inbound") {
        return Err(error(
            400,
            "audio_track must be inbound when bidirectional is true",
        ));
    }
    let status_callback_url = req.text("status_callback_url").unwrap_or_default();
    let new = NewStream {
        service_url,
        status_callback_url,
    };
    let id = state.stream_started(call_uuid, new).ok_or_else(not_found)?;
    reply(
        201,
        json!({"message": "audio streaming started", "stream_id": id}),
    )
}

pub(crate) fn list(state: &mut State, req: &Req) -> Handled {
    let streams = state.streams_of(req.seg(1)).ok_or_else(not_found)?;
    counted(streams.into_iter().cloned().collect())
}

pub(crate) fn get(state: &mut State, req: &Req) -> Handled {
    let stream = state.stream(req.seg(1), req.seg(3)).ok_or_else(not_found)?;
    reply(200, stream.clone())
}

pub(crate) fn stop_all(state: &mut State, req: &Req) -> Handled {
    let call_uuid = req.seg(1);
    if !state.is_live(call_uuid) {
        return Err(not_found());
    }
    state.streams_stopped(call_uuid);
    no_content()
}

pub(crate) fn stop(state: &mut State, req: &Req) -> Handled {
    if state.stream_stopped(req.seg(1), req.seg(3)) {
        no_content()
    } else {
        Err(not_found())
    }
}
