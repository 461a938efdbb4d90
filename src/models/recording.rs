//! Recordings.

use super::{Decimal, model, open_enum};

open_enum! {
    /// What was recorded.
    pub enum RecordingType {
        /// A call.
        Call = "call",
        /// A conference.
        Conference = "conference",
        /// A multi-party call.
        MultiPartyCall = "mpc",
    }
}

model! {
    /// A recording (`getSingleRecording`, `getRecordings`).
    pub struct Recording {
        required {
            /// The recording's id.
            recording_id: String,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
            /// When it was added.
            add_time: String,
            /// The recorded call.
            call_uuid: String,
            /// The recorded conference, if any.
            conference_name: String,
            /// Caller.
            from_number: String,
            /// Monthly storage cost.
            monthly_recording_storage_amount: Decimal,
            /// Length in milliseconds.
            recording_duration_ms: Decimal,
            /// End, in milliseconds since the epoch.
            recording_end_ms: Decimal,
            /// `mp3` or `wav`.
            recording_format: String,
            /// Start, in milliseconds since the epoch.
            recording_start_ms: Decimal,
            /// Days stored so far.
            recording_storage_duration: u64,
            /// Storage rate.
            recording_storage_rate: Decimal,
            /// Call or conference.
            recording_type: RecordingType,
            /// Where to fetch it.
            recording_url: String,
            /// The recording's URI.
            resource_uri: String,
            /// Billed length, in seconds.
            rounded_recording_duration: u64,
            /// Callee.
            to_number: String,
        }
    }
}
