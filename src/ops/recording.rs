//! Recordings of calls and conferences.

use crate::models;
use crate::rules;

params! {
    /// `getRecordings`: one page of recordings. The seed's `addTime` is Plivo's `add_time`;
    /// the comparison forms are separate fields.
    GetRecordings = "getRecordings" -> models::Page<models::Recording>, paged;
    required {}
    optional {
        /// Only recordings added at this time (`YYYY-MM-DD HH:MM[:SS]`).
        add_time: String = "addTime" => "add_time" [check = rules::timestamp];
        /// Only recordings added after this time.
        add_time_gt: String = "addTimeGt" => "add_time__gt" [check = rules::timestamp];
        /// Only recordings added at or after this time.
        add_time_gte: String = "addTimeGte" => "add_time__gte" [check = rules::timestamp];
        /// Only recordings added before this time.
        add_time_lt: String = "addTimeLt" => "add_time__lt" [check = rules::timestamp];
        /// Only recordings added at or before this time.
        add_time_lte: String = "addTimeLte" => "add_time__lte" [check = rules::timestamp];
        /// Only this subaccount's (`SA…`) recordings.
        subaccount: String = "subaccount" => "subaccount" [check = rules::subaccount_id];
        /// Only the recordings of this call.
        call_uuid: String = "callUuid" => "call_uuid";
        /// Page size, 1 to 20.
        limit: u32 = "limit" => "limit" [check = rules::limit];
        /// Items skipped before the page starts.
        offset: u32 = "offset" => "offset";
        /// Only recordings of calls from this number.
        from_number: String = "fromNumber" => "from_number";
        /// Only recordings of calls to this number.
        to_number: String = "toNumber" => "to_number";
        /// Only recordings of this conference.
        conference_name: String = "conferenceName" => "conference_name";
    }
}

params! {
    /// `getSingleRecording`: one recording.
    GetSingleRecording = "getSingleRecording" -> models::Recording;
    required {
        /// The recording's id.
        recording_id: String = "recordingId" => "recording_id";
    }
    optional {}
}

params! {
    /// `deleteRecording`: delete a recording.
    DeleteRecording = "deleteRecording" -> models::Ack;
    required {
        /// The recording's id.
        recording_id: String = "recordingId" => "recording_id";
    }
    optional {}
}
