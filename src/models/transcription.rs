//! Transcription answers (`getSingleTranscription`).

use super::{Decimal, model};

model! {
    /// The transcription of a recording (`getSingleTranscription`).
    pub struct Transcription {
        required {}
        optional {
            /// Plivo's request id.
            api_id: String,
            /// What it costs.
            cost: Decimal,
            /// The rate charged.
            rate: Decimal,
            /// Length of the recording, in milliseconds.
            recording_duration_ms: u64,
            /// When the recording started, in milliseconds since the Unix epoch.
            recording_start_ms: u64,
            /// `success` once transcribed (`in-progress` before).
            status: String,
            /// The text.
            transcription: String,
        }
    }
}
