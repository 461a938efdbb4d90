//! Call quality feedback (the stats service, beyond the seed).

use crate::models;

params! {
    /// `createCallFeedback` (beyond the seed; stats service): rate a finished call's quality
    /// (`POST https://stats.plivo.com/v1/Call/{call_uuid}/Feedback/`: no account prefix, a
    /// trailing slash, as the official Python and Go SDKs send it).
    CreateCallFeedback = "createCallFeedback" -> models::Ack;
    required {
        /// The call's uuid.
        call_uuid: String = "callUuid" => "call_uuid";
        /// The rating, 1 (worst) to 5 (best).
        rating: u32 = "rating" => "rating" [check = rating];
    }
    optional {
        /// What went wrong, in Plivo's words (`AUDIO_LAG`, `ECHO`, `CALL_DROPPED`, …).
        issues: List = "issues" => "issues";
        /// Free text.
        notes: String = "notes" => "notes";
    }
}

fn rating(v: &u32) -> Result<(), String> {
    if (1..=5).contains(v) {
        Ok(())
    } else {
        Err(format!("must be 1 to 5 (got {v})"))
    }
}
