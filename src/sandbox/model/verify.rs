//! Verify (OTP) sessions.
//!
//! `Verify/Session/` lists the sessions the sandbox holds. No operation of this crate creates
//! one yet (`createVerifySession` comes later); [`crate::Sandbox::add_verify_session`] puts
//! one in, as a session started elsewhere would be.

use serde_json::{Value, json};

use crate::sandbox::state::{State, now};

impl State {
    /// Event: an OTP session was started for `recipient`, now in `status`. Kept newest first,
    /// shaped as Plivo lists it; returns its uuid.
    pub(crate) fn verify_session_started(&mut self, recipient: &str, status: &str) -> String {
        let uuid = self.rng.uuid();
        let app_uuid = self.rng.uuid();
        let attempt_uuid = self.rng.uuid();
        let time = now();
        self.verify_sessions.insert(
            0,
            json!({
                "session_uuid": uuid,
                "app_uuid": app_uuid,
                "alias": "",
                "recipient": recipient,
                "channel": "sms",
                "status": status,
                "count": 1,
                "requestor_ip": "127.0.0.1",
                "destination_country_iso2": "",
                "destination_network": Value::Null,
                "attempt_details": [
                    {"channel": "sms", "attempt_uuid": attempt_uuid, "status": "delivered", "time": time},
                ],
                "charges": {
                    "total_charge": "0.00000",
                    "validation_charge": "0.0000",
                    "attempt_charges": [
                        {"attempt_uuid": attempt_uuid, "channel": "sms", "charge": "0.00000"},
                    ],
                },
                "created_at": time,
                "updated_at": time,
            }),
        );
        uuid
    }
}
