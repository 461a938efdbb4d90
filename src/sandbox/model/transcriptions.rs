//! Transcriptions of recordings.
//!
//! A transcription is asked for by its recording's id and is addressed by it afterwards
//! (Plivo's transcription id is the recording id). The sandbox transcribes at once: the
//! transcription is `success` from the start, with a fixed text naming the recording, the
//! recording's start and duration, and Plivo's documented rate as its cost. Asking again
//! replaces it. Deleting the recording deletes its transcription (`transcriptions_dropped`,
//! called from `recording_deleted`).

use serde_json::{Value, json};

use crate::sandbox::state::State;

/// One transcription and the recording it belongs to.
pub(crate) struct Transcription {
    pub recording_id: String,
    /// What `GET Transcription/{recording_id}/` shows.
    pub view: Value,
}

/// A recording field Plivo stores as text (`"1729761222174"`) as a number.
fn millis(recording: &Value, field: &str) -> u64 {
    match &recording[field] {
        Value::String(s) => s.parse().unwrap_or(0),
        other => other.as_u64().unwrap_or(0),
    }
}

impl State {
    /// A transcription of this recording was asked for. False (and nothing changes) if no
    /// such recording exists.
    pub fn transcription_requested(&mut self, recording_id: &str) -> bool {
        let Some(recording) = self
            .recordings
            .iter()
            .find(|r| r["recording_id"].as_str() == Some(recording_id))
        else {
            return false;
        };
        let view = json!({
            "cost": 0.05,
            "rate": 0.05,
            "recording_duration_ms": millis(recording, "recording_duration_ms"),
            "recording_start_ms": millis(recording, "recording_start_ms"),
            "status": "success",
            "transcription": format!("\nSpeaker 0: Sandbox transcription of recording {recording_id}.\n"),
        });
        self.transcriptions_dropped(recording_id);
        self.transcriptions.push(Transcription {
            recording_id: recording_id.to_owned(),
            view,
        });
        true
    }

    /// The transcription of this recording.
    pub fn transcription(&self, recording_id: &str) -> Option<&Value> {
        self.transcriptions
            .iter()
            .find(|t| t.recording_id == recording_id)
            .map(|t| &t.view)
    }

    /// The transcriptions of this recording are gone (deleted themselves, or with their
    /// recording). False if there were none.
    pub fn transcriptions_dropped(&mut self, recording_id: &str) -> bool {
        let before = self.transcriptions.len();
        self.transcriptions
            .retain(|t| t.recording_id != recording_id);
        self.transcriptions.len() != before
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_transcription_needs_its_recording_and_goes_with_it() {
        let mut state = State::new(1, "MAMODEL0000000000000".into(), None);
        assert!(!state.transcription_requested("nope"));
        state.recordings.push(json!({
            "recording_id": "r1",
            "recording_start_ms": "1729761222174",
            "recording_duration_ms": "22780",
        }));
        assert!(state.transcription_requested("r1"));
        assert!(state.transcription_requested("r1"));
        assert_eq!(state.transcriptions.len(), 1, "asking again replaces it");
        let view = state.transcription("r1").cloned().unwrap_or_default();
        assert_eq!(view["recording_duration_ms"], 22780);
        assert_eq!(view["recording_start_ms"], 1_729_761_222_174_u64);
        state.recordings.clear();
        state.recording_deleted("r1");
        assert!(state.transcription("r1").is_none());
    }
}
