//! Number masking sessions.

use super::{Decimal, model, open_enum};

open_enum! {
    /// Where a masking session stands (Plivo's documentation: `active`, `in-progress`,
    /// `expired`).
    pub enum MaskingStatus {
        /// Open: calls to the virtual number are bridged.
        Active = "active",
        /// A call of the session is going on.
        InProgress = "in-progress",
        /// Past its expiry.
        Expired = "expired",
    }
}

model! {
    /// A number masking session: the `session` of `createMaskingSession` and
    /// `updateMaskingSession`, the `response` of `getSingleMaskingSession` and the items of
    /// `getMaskingSessions`. Times are Plivo's `YYYY-MM-DD HH:MM:SS.ffffff +0000 UTC`.
    pub struct MaskingSession {
        required {}
        optional {
            /// The session's uuid.
            session_uuid: String,
            /// The first party's real number.
            first_party: String,
            /// The second party's real number.
            second_party: String,
            /// The number both parties call (digits, no `+`).
            virtual_number: String,
            /// `active`, `in-progress` or `expired`.
            status: MaskingStatus,
            /// Whether the first party was called when the session was made.
            initiate_call_to_first_party: bool,
            /// Where session events are sent.
            callback_url: String,
            /// `GET` or `POST`.
            callback_method: String,
            /// When it was made.
            created_time: String,
            /// When it last changed.
            modified_time: String,
            /// When it ends.
            expiry_time: String,
            /// Its length in seconds, from creation to expiry.
            duration: u64,
            /// What the session cost.
            amount: Decimal,
            /// Longest call, in seconds.
            call_time_limit: u64,
            /// Seconds a leg may ring.
            ring_timeout: u64,
            /// Audio played to the first party before connecting.
            first_party_play_url: String,
            /// Audio played to the second party before connecting.
            second_party_play_url: String,
            /// Whether calls are recorded.
            record: bool,
            /// `mp3` or `wav`.
            record_file_format: String,
            /// Where recordings are announced.
            recording_callback_url: String,
            /// `GET` or `POST`.
            recording_callback_method: String,
            /// The calls of the session (Plivo sends `null` before any).
            interaction: serde_json::Value,
            /// What its calls cost.
            total_call_amount: Decimal,
            /// How many calls it had.
            total_call_count: u64,
            /// Billed seconds of its calls.
            total_call_billed_duration: u64,
            /// What the session and its calls cost.
            total_session_amount: Decimal,
            /// When the last call ended (empty before any).
            last_interaction_time: String,
            /// Whether unknown callers are asked for a PIN.
            is_pin_authentication_required: bool,
            /// Whether Plivo made the PINs.
            generate_pin: bool,
            /// Length of generated PINs.
            generate_pin_length: u64,
            /// The first party's PIN.
            first_party_pin: String,
            /// The second party's PIN.
            second_party_pin: String,
            /// Audio asking for the PIN.
            pin_prompt_play: String,
            /// PIN retries.
            pin_retry: u64,
            /// Seconds to wait for a PIN (Plivo's documentation shows it as a string).
            pin_retry_wait: serde_json::Value,
            /// Audio played after a wrong PIN.
            incorrect_pin_play: String,
            /// Audio played to unknown callers.
            unknown_caller_play: String,
            /// The subaccount it belongs to.
            subaccount: String,
            /// Its path below the API (list items only).
            resource_uri: String,
        }
    }
}

model! {
    /// The answer to `createMaskingSession`: the new session's uuid and virtual number
    /// (with `+`), and the session.
    pub struct MaskingSessionCreated {
        required {}
        optional {
            /// Plivo's request id.
            api_id: String,
            /// `Session created`.
            message: String,
            /// The new session's uuid.
            session_uuid: String,
            /// The number both parties call, in E.164.
            virtual_number: String,
            /// The session.
            session: MaskingSession,
        }
    }
}

model! {
    /// The answer to `getSingleMaskingSession`: the session wrapped in `response`.
    pub struct MaskingSessionDetails {
        required {
            /// The session.
            response: MaskingSession,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
        }
    }
}

model! {
    /// The answer to `updateMaskingSession`: a message and the session as it is now.
    pub struct MaskingSessionUpdated {
        required {}
        optional {
            /// Plivo's request id.
            api_id: String,
            /// `Session updated`.
            message: String,
            /// The session after the update.
            session: MaskingSession,
        }
    }
}
