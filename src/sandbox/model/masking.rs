//! Number masking sessions and the virtual numbers they hold.
//!
//! A session takes its virtual number from the account's rented numbers (`buyNumber` first),
//! as Plivo takes one "from your account": the first voice-enabled number that no open
//! session of either party holds (so one number serves many pairs, never one party twice).
//! With none free, creating a session is a 400. A session is `active` until its
//! `session_expiry` (default 3600 s) passes; then it reads `expired` and frees its number.
//! `in-progress` needs a call through the virtual number, which the sandbox does not bridge.
//! Deleting a session removes it (a later read is a 404).

use serde_json::{Value, json};

pub(crate) use crate::sandbox::state::clock;
use crate::sandbox::state::{State, format_time};

/// Plivo's default `session_expiry`, in seconds.
pub(crate) const DEFAULT_EXPIRY_SECS: u64 = 3600;

/// The PIN keys: the create answer carries them, reads leave them out (as the recordings do).
pub(crate) const PIN_KEYS: &[&str] = &[
    "is_pin_authentication_required",
    "generate_pin",
    "generate_pin_length",
    "first_party_pin",
    "second_party_pin",
    "pin_prompt_play",
    "pin_retry",
    "pin_retry_wait",
    "incorrect_pin_play",
    "unknown_caller_play",
];

/// A session: what it shows, and when it ends (seconds since the epoch).
pub(crate) struct MaskingSession {
    pub view: Value,
    pub created_at: u64,
    pub expires_at: u64,
}

/// Plivo's masking time: `YYYY-MM-DD HH:MM:SS.ffffff +0000 UTC`.
pub(crate) fn masking_time(secs: u64, micros: u32) -> String {
    let time = format_time(secs);
    format!("{}.{micros:06} +0000 UTC", time.get(..19).unwrap_or(&time))
}

/// Digits of a number written with or without `+`.
fn digits(number: &str) -> &str {
    number.trim_start_matches('+')
}

impl State {
    /// Marks the sessions past their expiry `expired` (their numbers are free again).
    pub(crate) fn masking_sessions_expire(&mut self) {
        let (now, _) = clock();
        for s in &mut self.masking_sessions {
            if s.expires_at <= now && s.view["status"] != "expired" {
                s.view["status"] = json!("expired");
            }
        }
    }

    /// A free virtual number for two parties: a voice-enabled rented number that no open
    /// session of either party holds.
    pub(crate) fn free_virtual_number(&mut self, first: &str, second: &str) -> Option<String> {
        self.masking_sessions_expire();
        let parties = [digits(first), digits(second)];
        let taken = |number: &str| {
            self.masking_sessions.iter().any(|s| {
                s.view["status"] != "expired"
                    && s.view["virtual_number"] == number
                    && ["first_party", "second_party"]
                        .iter()
                        .any(|k| s.view[*k].as_str().is_some_and(|p| parties.contains(&p)))
            })
        };
        self.numbers
            .iter()
            .filter(|n| n["voice_enabled"] != false)
            .filter_map(|n| n["number"].as_str())
            .find(|n| !taken(n))
            .map(str::to_owned)
    }

    /// Event: a masking session was made with `view` (its settings), lasting `expiry` seconds.
    /// Adds the times, status and totals; returns the stored view.
    pub(crate) fn masking_session_created(&mut self, mut view: Value, expiry: u64) -> Value {
        let (now, micros) = clock();
        let uuid = self.rng.uuid();
        let time = masking_time(now, micros);
        let expires_at = now.saturating_add(expiry);
        let extra = json!({
            "session_uuid": uuid,
            "status": "active",
            "created_time": time,
            "modified_time": time,
            "expiry_time": masking_time(expires_at, micros),
            "duration": expiry,
            "amount": 0,
            "interaction": null,
            "total_call_amount": 0,
            "total_call_count": 0,
            "total_call_billed_duration": 0,
            "total_session_amount": 0,
            "last_interaction_time": "",
            "resource_uri": format!("{}Masking/Session/{uuid}/", self.base()),
        });
        if let (Some(v), Some(e)) = (view.as_object_mut(), extra.as_object()) {
            v.extend(e.clone());
        }
        self.masking_sessions.insert(
            0,
            MaskingSession {
                view: view.clone(),
                created_at: now,
                expires_at,
            },
        );
        view
    }

    /// The session with this uuid, its status brought up to date.
    pub(crate) fn masking_session(&mut self, uuid: &str) -> Option<&mut MaskingSession> {
        self.masking_sessions_expire();
        self.masking_sessions
            .iter_mut()
            .find(|s| s.view["session_uuid"] == uuid)
    }

    /// Event: a session's expiry was set again, `expiry` seconds from now.
    pub(crate) fn masking_session_extended(&mut self, uuid: &str, expiry: u64) {
        let (now, micros) = clock();
        if let Some(s) = self.masking_session(uuid) {
            s.expires_at = now.saturating_add(expiry);
            s.view["expiry_time"] = json!(masking_time(s.expires_at, micros));
            s.view["duration"] = json!(s.expires_at.saturating_sub(s.created_at));
            s.view["status"] = json!("active");
        }
    }

    /// Event: a session was deleted. False when there was none.
    pub(crate) fn masking_session_deleted(&mut self, uuid: &str) -> bool {
        let before = self.masking_sessions.len();
        self.masking_sessions
            .retain(|s| s.view["session_uuid"] != uuid);
        self.masking_sessions.len() < before
    }
}
