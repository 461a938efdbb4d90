//! Multi-party call answers (`getMultiPartyCalls`, `getSingleMultiPartyCall`, the
//! participants, recordings, play and speak).

use serde_json::Value;

use super::{Decimal, Meta, model};

model! {
    /// A multi-party call (`getSingleMultiPartyCall`, the items of `getMultiPartyCalls`).
    pub struct MultiPartyCall {
        required {}
        optional {
            /// Plivo's request id (single answers only).
            api_id: String,
            /// The call's uuid (address it with `MpcId::uuid`).
            mpc_uuid: String,
            /// The call's friendly name (address it with `MpcId::name`).
            friendly_name: String,
            /// Where it stands: `Initialized`, `Active` or `Ended` (as Plivo capitalizes it).
            status: String,
            /// When it was created.
            creation_time: String,
            /// When it started (`null` until then).
            start_time: String,
            /// When it ended (`null` while in progress).
            end_time: String,
            /// Seconds it lasted (`null` while in progress).
            duration: u64,
            /// Seconds billed.
            billed_duration: u64,
            /// Amount billed (Plivo sends a JSON number here).
            billed_amount: Decimal,
            /// URI of its participants.
            participants: String,
            /// `recording`, `not-recording`, `paused`, or `"null"` once ended.
            recording: String,
            /// Its URI.
            resource_uri: String,
            /// Whether it goes on with one participant alone in it.
            stay_alone: bool,
            /// URI of the subaccount it belongs to (`null` for the main account).
            sub_account: String,
            /// Why it ended (`No Active Participants`, `Hangup API Triggered`, …).
            termination_cause: String,
            /// The code of `termination_cause` (`1000`, `1010`, `2000`, `3000`, …).
            termination_cause_code: u64,
        }
    }
}

model! {
    /// A participant of a multi-party call (`getSingleMultiPartyCallParticipant`, the items of
    /// `getMultiPartyCallParticipants`).
    pub struct MpcParticipant {
        required {}
        optional {
            /// Plivo's request id (single answers only).
            api_id: String,
            /// The participant's id in the call (the `participant_id` of the other operations).
            member_id: String,
            /// The call it is in.
            mpc_uuid: String,
            /// The participant's own call.
            call_uuid: String,
            /// `agent`, `supervisor`, `customer` or `ai-agent`.
            role: String,
            /// Coach mode (`null` when never set).
            coach_mode: bool,
            /// Muted (`null` when never set).
            mute: bool,
            /// On hold (`null` when never set).
            hold: bool,
            /// Whether the call started when the participant joined.
            start_mpc_on_enter: bool,
            /// Whether the call ends when the participant leaves.
            end_mpc_on_exit: bool,
            /// When the participant joined.
            join_time: String,
            /// When the participant left (`null` while in the call).
            exit_time: String,
            /// Why the participant left.
            exit_cause: String,
            /// Seconds in the call.
            duration: u64,
            /// Seconds billed.
            billed_duration: u64,
            /// Amount billed.
            billed_amount: Decimal,
            /// Its URI.
            resource_uri: String,
        }
    }
}

model! {
    /// The participants of a multi-party call (`getMultiPartyCallParticipants`): all of them
    /// in one answer.
    pub struct MpcParticipantList {
        required {
            /// The participants.
            objects: Vec<MpcParticipant>,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
            /// Counts (`count`, `limit`, `offset`).
            meta: Meta,
        }
    }
}

model! {
    /// One leg dialed by `addMultiPartyCallParticipant`.
    pub struct MpcCall {
        required {}
        optional {
            /// The destination dialed.
            to: String,
            /// The caller ID used.
            from: String,
            /// The new leg's call.
            call_uuid: String,
        }
    }
}

model! {
    /// The answer to `addMultiPartyCallParticipant`: the legs being dialed.
    pub struct MpcParticipantAdded {
        required {}
        optional {
            /// Plivo's request id.
            api_id: String,
            /// What Plivo said (`add participant action initiated`).
            message: String,
            /// The request's id.
            request_uuid: String,
            /// One entry per destination dialed.
            calls: Vec<MpcCall>,
        }
    }
}

model! {
    /// The answer to an action on a multi-party call (start, stop, kick, pause, …); empty
    /// when Plivo answers 204.
    pub struct MpcAction {
        required {}
        optional {
            /// Plivo's request id.
            api_id: String,
            /// What Plivo said (`MPC: Voice started`, …).
            message: String,
            /// The request's id.
            request_uuid: String,
        }
    }
}

model! {
    /// The answer to `updateMultiPartyCallParticipant`.
    pub struct MpcParticipantUpdated {
        required {}
        optional {
            /// Plivo's request id.
            api_id: String,
            /// What Plivo said: an object with one entry per change
            /// (`{"mute": "MPC: … mute/unmute member(s) succeeded"}`), or a string.
            message: Value,
            /// The request's id.
            request_uuid: String,
        }
    }
}

model! {
    /// The answer to `startMultiPartyCallRecording` and `startParticipantRecording`.
    pub struct MpcRecordingStarted {
        required {}
        optional {
            /// Plivo's request id.
            api_id: String,
            /// What Plivo said (`MPC: … record started`).
            message: String,
            /// The request's id.
            request_uuid: String,
            /// The recording's id.
            recording_id: String,
            /// Where the recording will be.
            recording_url: String,
        }
    }
}

model! {
    /// The answer to `startParticipantPlay` and `startParticipantSpeak` (Plivo's keys are in
    /// camelCase here).
    pub struct MpcMemberAudio {
        required {}
        optional {
            /// Plivo's request id.
            api_id: String,
            /// What Plivo said (`play queued into MPC`, `speak queued into MPC`).
            message: String,
            /// The participants the audio is queued for (`mpcMemberId`).
            #[serde(rename = "mpcMemberId")]
            mpc_member_id: Vec<String>,
            /// The call's friendly name (`mpcName`).
            #[serde(rename = "mpcName")]
            mpc_name: String,
        }
    }
}
