//! Audio streams on live calls (`Call/{call_uuid}/Stream/`).
//!
//! A stream attaches to a live call only, and lives in `State::streams` while the call does:
//! stopping it (one, or all of the call's) takes it out, and so does the call ending
//! ([`State::call_ended`] calls [`State::streams_stopped`]); afterwards its call is not live,
//! so every stream path of that call answers 404. The sandbox connects to no WebSocket server:
//! a stream stays `initiated`, with no start or end time, as in Plivo's recorded answer.

use serde_json::{Value, json};

use crate::sandbox::state::State;

/// What a new stream is given (its checked request fields).
pub(crate) struct NewStream {
    /// The `wss://` (or `ws://`) server.
    pub service_url: String,
    /// URL notified of its events; `""` when none, as Plivo shows it.
    pub status_callback_url: String,
}

impl State {
    /// Whether a call with this uuid is live.
    pub(crate) fn is_live(&self, call_uuid: &str) -> bool {
        self.live_calls
            .iter()
            .any(|c| c.view["call_uuid"].as_str() == Some(call_uuid))
    }

    /// A stream started on the live call `call_uuid`: filed at the end of `streams` with
    /// status `initiated` and a new id, which is returned. `None` (and nothing changes) if
    /// the call is not live.
    pub(crate) fn stream_started(&mut self, call_uuid: &str, new: NewStream) -> Option<String> {
        if !self.is_live(call_uuid) {
            return None;
        }
        let id = self.rng.uuid();
        self.streams.push(json!({
            "call_uuid": call_uuid,
            "end_time": null,
            "service_url": new.service_url,
            "start_time": null,
            "status": "initiated",
            "status_callback_url": new.status_callback_url,
            "stream_id": id,
        }));
        Some(id)
    }

    /// The streams of the live call `call_uuid`, oldest first; `None` if it is not live.
    pub(crate) fn streams_of(&self, call_uuid: &str) -> Option<Vec<&Value>> {
        self.is_live(call_uuid).then(|| {
            self.streams
                .iter()
                .filter(|s| s["call_uuid"] == call_uuid)
                .collect()
        })
    }

    /// One stream of the live call `call_uuid`.
    pub(crate) fn stream(&self, call_uuid: &str, stream_id: &str) -> Option<&Value> {
        self.streams_of(call_uuid)?
            .into_iter()
            .find(|s| s["stream_id"] == stream_id)
    }

    /// One stream of the call was stopped: it leaves `streams`. `false` if the call has no
    /// such stream.
    pub(crate) fn stream_stopped(&mut self, call_uuid: &str, stream_id: &str) -> bool {
        let before = self.streams.len();
        self.streams
            .retain(|s| !(s["call_uuid"] == call_uuid && s["stream_id"] == stream_id));
        self.streams.len() != before
    }

    /// Every stream of the call stopped (`stopStreams`, or the call ended): they leave
    /// `streams`.
    pub(crate) fn streams_stopped(&mut self, call_uuid: &str) {
        self.streams.retain(|s| s["call_uuid"] != call_uuid);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sandbox::state::{LiveCall, precise_now};

    fn with_call() -> (State, String) {
        let mut state = State::new(7, "MAMODEL0000000000000".into(), None);
        let uuid = state.rng.uuid();
        state.live_calls.push(LiveCall {
            view: json!({"call_uuid": uuid, "session_start": precise_now()}),
            request_uuid: uuid.clone(),
            answered_at: std::time::Instant::now(),
            conference: None,
            recording: None,
        });
        (state, uuid)
    }

    fn new_stream() -> NewStream {
        NewStream {
            service_url: "wss://a.example/s".into(),
            status_callback_url: String::new(),
        }
    }

    #[test]
    fn streams_attach_to_live_calls_only_and_end_with_the_call() {
        let (mut state, call) = with_call();
        assert_eq!(state.stream_started("not-live", new_stream()), None);
        assert!(state.streams.is_empty());

        let first = state.stream_started(&call, new_stream()).expect("live");
        let second = state.stream_started(&call, new_stream()).expect("live");
        assert_ne!(first, second);
        let ids: Vec<&Value> = state
            .streams_of(&call)
            .expect("live")
            .into_iter()
            .map(|s| &s["stream_id"])
            .collect();
        assert_eq!(ids, [first.as_str(), second.as_str()]);
        assert_eq!(
            state.stream(&call, &first).map(|s| &s["status"]),
            Some(&json!("initiated"))
        );

        assert!(state.stream_stopped(&call, &first));
        assert!(!state.stream_stopped(&call, &first), "already stopped");
        assert!(state.stream(&call, &first).is_none());

        assert!(state.call_ended(&call));
        assert!(state.streams.is_empty(), "the call's streams ended with it");
        assert!(state.streams_of(&call).is_none());
        assert!(!state.stream_stopped(&call, &second));
    }
}
