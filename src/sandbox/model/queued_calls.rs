//! Queued calls: placed but not yet answered.
//!
//! The sandbox answers every `makeCall` at once, so a queued call exists only when a test
//! makes one with `Sandbox::add_queued_call` (or `POST /sandbox/QueuedCall/{from}/{to}/`).
//! It is listed by `GET Call/?status=queued` and shown by `GET Call/{uuid}/?status=queued`
//! until it is cancelled, by `DELETE Request/{request_uuid}/` or `DELETE Call/{uuid}/`; its
//! `request_uuid` is its call uuid, as for the sandbox's live calls. It never becomes live
//! and leaves no call record.

use serde_json::{Value, json};

use crate::sandbox::state::{State, precise_now};

impl State {
    /// A call from `from` to `to` was placed and waits to be answered; answers its uuid.
    pub fn queued_call_added(&mut self, from: &str, to: &str) -> String {
        let call_uuid = self.rng.uuid();
        self.queued_calls.push(json!({
            "call_status": "queued",
            "call_uuid": call_uuid,
            "caller_name": "",
            "direction": "outbound",
            "from": from,
            "request_uuid": call_uuid,
            "session_start": precise_now(),
            "to": to,
        }));
        call_uuid
    }

    /// The view of the queued call with this uuid.
    pub fn queued_call(&self, call_uuid: &str) -> Option<&Value> {
        self.queued_calls
            .iter()
            .find(|c| c["call_uuid"].as_str() == Some(call_uuid))
    }

    /// The queued call with this call (or request) uuid was cancelled before it was
    /// answered: it is gone. False if there was none.
    pub fn queued_call_dropped(&mut self, uuid: &str) -> bool {
        let before = self.queued_calls.len();
        self.queued_calls.retain(|c| {
            c["call_uuid"].as_str() != Some(uuid) && c["request_uuid"].as_str() != Some(uuid)
        });
        self.queued_calls.len() != before
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_queued_call_is_there_until_dropped() {
        let mut state = State::new(1, "MAMODEL0000000000000".into(), None);
        let uuid = state.queued_call_added("1", "2");
        assert_eq!(
            state.queued_call(&uuid).map(|c| c["call_status"].clone()),
            Some(json!("queued"))
        );
        assert!(state.live_call(&uuid).is_none());
        assert!(state.queued_call_dropped(&uuid));
        assert!(state.queued_call(&uuid).is_none());
        assert!(!state.queued_call_dropped(&uuid));
    }
}
