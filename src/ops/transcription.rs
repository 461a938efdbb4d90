//! Transcriptions of recordings (beyond the seed).
//!
//! A transcription belongs to a recording and is addressed by it: Plivo's transcription id
//! is the recording's id, so `createTranscription` takes the `recording_id` and the other two
//! take the same id as `transcription_id`.

use crate::models;
use crate::rules;

params! {
    /// `createTranscription` (beyond the seed): ask for a recording's transcription
    /// (`POST Transcription/{recording_id}/`); Plivo answers 201 `transcription in progress`.
    CreateTranscription = "createTranscription" -> models::Ack;
    required {
        /// The recording to transcribe (a recording id, not a transcription id).
        recording_id: String = "recordingId" => "recording_id";
    }
    optional {
        /// Where Plivo posts the transcription when it is ready.
        transcription_callback_url: String = "transcriptionCallbackUrl" => "transcription_callback_url" [check = rules::http_url];
    }
}

params! {
    /// `getSingleTranscription` (beyond the seed): the transcription of a recording
    /// (`GET Transcription/{transcription_id}/`).
    GetSingleTranscription = "getSingleTranscription" -> models::Transcription;
    required {
        /// The transcription's id: the id of its recording.
        transcription_id: String = "transcriptionId" => "transcription_id";
    }
    optional {
        /// The output type, passed through as given (Plivo documents no closed set).
        output_type: String = "type" => "type";
    }
}

params! {
    /// `deleteTranscription` (beyond the seed): delete the transcription of a recording
    /// (`DELETE Transcription/{transcription_id}/`); Plivo answers 202 with a body.
    DeleteTranscription = "deleteTranscription" -> models::Ack;
    required {
        /// The transcription's id: the id of its recording.
        transcription_id: String = "transcriptionId" => "transcription_id";
    }
    optional {}
}
