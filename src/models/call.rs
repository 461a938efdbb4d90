//! Calls: detail records of completed calls, live calls, and the answers to call actions.

use super::{Decimal, Direction, Ids, model, open_enum};

model! {
    /// The record of a completed call (`getSingleCallDetails`, `getCallsDetails`).
    pub struct CallRecord {
        required {
            /// The call's uuid.
            call_uuid: String,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
            /// When it was answered.
            answer_time: String,
            /// Billed seconds.
            bill_duration: u64,
            /// Billed seconds, rounded to the billing step.
            billed_duration: u64,
            /// Inbound or outbound.
            call_direction: Direction,
            /// Seconds from answer to hangup.
            call_duration: u64,
            /// How the call ended, in Plivo's words (`ANSWER`, `BUSY`, …).
            call_state: String,
            /// Whether the caller's name was looked up.
            cnam_lookup: String,
            /// The conference the call joined, if any.
            conference_uuid: String,
            /// When it ended.
            end_time: String,
            /// Caller.
            from_number: String,
            /// Hangup cause code.
            hangup_cause_code: u64,
            /// Hangup cause.
            hangup_cause_name: String,
            /// Who hung up.
            hangup_source: String,
            /// When it was placed.
            initiation_time: String,
            /// The parent call's uuid, for a leg of another call.
            parent_call_uuid: String,
            /// The record's URI.
            resource_uri: String,
            /// The IP address the call request came from.
            source_ip: String,
            /// STIR/SHAKEN attestation level (`A`, `B`, `C`).
            stir_attestation: String,
            /// STIR/SHAKEN verification result.
            stir_verification: String,
            /// Callee.
            to_number: String,
            /// Total cost.
            total_amount: Decimal,
            /// Rate per minute.
            total_rate: Decimal,
            /// The voice network group the destination belongs to.
            voice_network_group: String,
        }
    }
}

open_enum! {
    /// State of a call in progress.
    pub enum CallStatus {
        /// Placed, not yet ringing.
        Queued = "queued",
        /// Ringing.
        Ringing = "ringing",
        /// Answered.
        InProgress = "in-progress",
        /// Ended.
        Completed = "completed",
        /// Not answered.
        NoAnswer = "no-answer",
        /// Callee busy.
        Busy = "busy",
        /// Cancelled before answer.
        Cancel = "cancel",
        /// Failed.
        Failed = "failed",
    }
}

model! {
    /// A call in progress (`getSingleLiveCallDetails`).
    pub struct LiveCall {
        required {
            /// The call's uuid.
            call_uuid: String,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
            /// The URL Plivo fetched the call's XML from.
            answer_url: String,
            /// State of the call.
            call_status: CallStatus,
            /// Caller name.
            caller_name: String,
            /// Inbound or outbound.
            direction: Direction,
            /// Caller.
            #[serde(rename = "from")]
            from: String,
            /// The parent call's uuid, for a leg of another call.
            parent_call_uuid: String,
            /// The `request_uuid` of the `makeCall` that placed it.
            request_uuid: String,
            /// When the call started.
            session_start: String,
            /// STIR/SHAKEN attestation level (`A`, `B`, `C`).
            stir_attestation: String,
            /// STIR/SHAKEN verification result.
            stir_verification: String,
            /// Callee.
            to: String,
        }
    }
}

model! {
    /// The uuids of the calls in progress (`getLiveCalls`); not paged.
    pub struct LiveCallIds {
        required {
            /// Uuids of the live calls.
            calls: Vec<String>,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
        }
    }
}

model! {
    /// The answer to `makeCall`: the request id, one per destination.
    pub struct CallQueued {
        required {
            /// One id for one destination, a list for a bulk call; use it with
            /// `hangupCallRequest`.
            request_uuid: Ids,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
            /// `call fired`.
            message: String,
        }
    }
}

model! {
    /// The answer to starting a recording (`recordCall`, `startRecordingConference`).
    pub struct RecordingStarted {
        required {}
        optional {
            /// Plivo's request id.
            api_id: String,
            /// What Plivo said.
            message: String,
            /// The recording's id.
            recording_id: String,
            /// Where the recording will be.
            url: String,
        }
    }
}
