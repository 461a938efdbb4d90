//! Queued calls: calls placed with `makeCall` that no one has answered yet (beyond the seed).
//!
//! Like the live calls, they are not a resource of their own: `GET Call/?status=queued`
//! lists their uuids and `GET Call/{call_uuid}/?status=queued` shows one. A queued call is
//! cancelled with [`HangupCallRequest`](super::HangupCallRequest) (by the `request_uuid`
//! `makeCall` answered) or [`HangupSingleCall`](super::HangupSingleCall).

use crate::models;
use crate::rules;

params! {
    /// `getQueuedCalls` (beyond the seed): the uuids of the calls placed but not yet answered
    /// (`GET Call/?status=queued`; the table sends `status`). Not paged: the answer is only
    /// the uuids.
    GetQueuedCalls = "getQueuedCalls" -> models::QueuedCallIds;
    required {}
    optional {
        /// Page size, 1 to 20.
        limit: u32 = "limit" => "limit" [check = rules::limit];
        /// Items skipped before the page starts.
        offset: u32 = "offset" => "offset";
    }
}

params! {
    /// `getSingleQueuedCall` (beyond the seed): one call placed but not yet answered
    /// (`GET Call/{call_uuid}/?status=queued`).
    GetSingleQueuedCall = "getSingleQueuedCall" -> models::QueuedCall;
    required {
        /// The call's uuid.
        call_uuid: String = "callUuid" => "call_uuid";
    }
    optional {}
}
