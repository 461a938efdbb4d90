//! Transcriptions of recordings: `POST`, `GET` and `DELETE Transcription/{recording_id}/`.
//!
//! The sandbox transcribes at once (see `model::transcriptions`); a transcription of a
//! recording that does not exist is 404, and deleting the recording deletes it.

use serde_json::json;

use crate::sandbox::state::{Handled, Req, State, error, not_found, reply};

/// `POST Transcription/{recording_id}/`: 201 `transcription in progress`.
pub(crate) fn create(state: &mut State, req: &Req) -> Handled {
    if let Some(url) = req.text("transcription_callback_url") {
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            return Err(error(
                400,
                "transcription_callback_url must be an http(s) URL",
            ));
        }
    }
    if !state.transcription_requested(req.seg(1)) {
        return Err(not_found());
    }
    reply(201, json!({"message": "transcription in progress"}))
}

/// `GET Transcription/{recording_id}/`.
pub(crate) fn get(state: &mut State, req: &Req) -> Handled {
    let view = state.transcription(req.seg(1)).ok_or_else(not_found)?;
    reply(200, view.clone())
}

/// `DELETE Transcription/{recording_id}/`: 202 `request accepted`, with a body.
pub(crate) fn delete(state: &mut State, req: &Req) -> Handled {
    if !state.transcriptions_dropped(req.seg(1)) {
        return Err(not_found());
    }
    reply(202, json!({"message": "request accepted"}))
}
