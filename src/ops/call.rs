//! Calls: placing them, their records (CDRs), and actions on live calls.

use super::{
    Direction, FileFormat, HttpMethod, Leg, Legs, MachineDetection, RecordChannelType, SpeakType,
    TranscriptionType, Voice,
};
use crate::Error;
use crate::models;
use crate::rules;

params! {
    /// `makeCall`: place a call to one or more numbers or SIP URIs (several are joined with `<`
    /// on the wire for a bulk call). The answer carries `request_uuid`, not a call uuid.
    MakeCall = "makeCall" -> models::CallQueued;
    required {
        /// Caller id, with country code and no `+`.
        from: String = "callFrom" => "from";
        /// Numbers or `sip:` URIs to call.
        to: List = "callTo" => "to" [join = '<'];
        /// URL Plivo fetches when the call is answered.
        answer_url: String = "answerUrl" => "answer_url" [check = rules::http_url];
    }
    optional {
        /// Method for `answer_url`.
        answer_method: HttpMethod = "answerMethod" => "answer_method";
        /// URL notified while the call rings.
        ring_url: String = "ringUrl" => "ring_url" [check = rules::http_url];
        /// Method for `ring_url`.
        ring_method: HttpMethod = "ringMethod" => "ring_method";
        /// URL notified when the call hangs up.
        hangup_url: String = "hangupUrl" => "hangup_url" [check = rules::http_url];
        /// Method for `hangup_url`.
        hangup_method: HttpMethod = "hangupMethod" => "hangup_method";
        /// URL fetched when `answer_url` fails or returns invalid XML.
        fallback_url: String = "fallbackUrl" => "fallback_url" [check = rules::http_url];
        /// Method for `fallback_url`.
        fallback_method: HttpMethod = "fallbackMethod" => "fallback_method";
        /// Caller name shown with the call.
        caller_name: String = "callerName" => "caller_name" [check = rules::single_line];
        /// DTMF sent on answer (`w` waits 0.5 s, `W` 1 s, `@ms` sets the tone length).
        send_digits: String = "sendDigits" => "send_digits";
        /// Send `send_digits` while the call is in pre-answer.
        send_on_preanswer: bool = "sendOnPreanswer" => "send_on_preanswer";
        /// Hang up this many seconds after answer (more than 0).
        time_limit: u32 = "timeLimit" => "time_limit" [check = rules::positive];
        /// Hang up this many seconds after ringing starts.
        hangup_on_ring: u32 = "hangupOnRing" => "hangup_on_ring";
        /// Answering-machine detection.
        machine_detection: MachineDetection = "machineDetection" => "machine_detection";
        /// Milliseconds allowed for machine detection, 2000 to 10000.
        machine_detection_time: u32 = "machineDetectionTime" => "machine_detection_time" [check = rules::machine_detection_time];
        /// URL that receives the machine-detection result (asynchronous detection).
        machine_detection_url: String = "machineDetectionUrl" => "machine_detection_url" [check = rules::http_url];
        /// Method for `machine_detection_url`.
        machine_detection_method: HttpMethod = "machineDetectionMethod" => "machine_detection_method";
        /// SIP headers `k1=v1,k2=v2`, sent prefixed with `X-PH-`.
        sip_headers: String = "sipHeaders" => "sip_headers" [check = rules::sip_headers];
        /// Seconds the call may ring before it is cancelled.
        ring_timeout: u32 = "ringTimeout" => "ring_timeout";
        /// Call uuid of the first leg of an ongoing conference.
        parent_call_uuid: String = "parentCallUuid" => "parent_call_uuid";
        /// Fail when `parent_call_uuid` is not found.
        error_if_parent_not_found: bool = "errorIfParentNotFound" => "error_if_parent_not_found";
    }
    check = make_call_rule;
}

fn make_call_rule(p: &MakeCall) -> Result<(), Error> {
    if p.to.iter().any(|to| to == &p.from) {
        return Err(Error::invalid(
            Some(MakeCall::OPERATION),
            "callTo",
            "must not contain the caller id `callFrom`",
        ));
    }
    Ok(())
}

params! {
    /// `getCallsDetails`: one page of completed calls (call detail records).
    GetCallsDetails = "getCallsDetails" -> models::Page<models::CallRecord>, paged;
    required {}
    optional {
        /// Only this subaccount's (`SA…`) calls.
        subaccount: String = "subaccount" => "subaccount" [check = rules::subaccount_id];
        /// Only inbound or outbound calls.
        call_direction: Direction = "callDirection" => "call_direction";
        /// Only calls from this number.
        from_number: String = "fromNumber" => "from_number";
        /// Only calls to this number.
        to_number: String = "toNumber" => "to_number";
        /// Only calls with this billed duration, in seconds.
        bill_duration: u32 = "billDuration" => "bill_duration";
        /// Only calls that ended at this time (`YYYY-MM-DD HH:MM[:SS]`).
        end_time: String = "endTime" => "end_time" [check = rules::timestamp];
        /// Only calls that ended after this time.
        end_time_gt: String = "endTimeGt" => "end_time__gt" [check = rules::timestamp];
        /// Only calls that ended at or after this time.
        end_time_gte: String = "endTimeGte" => "end_time__gte" [check = rules::timestamp];
        /// Only calls that ended before this time.
        end_time_lt: String = "endTimeLt" => "end_time__lt" [check = rules::timestamp];
        /// Only calls that ended at or before this time.
        end_time_lte: String = "endTimeLte" => "end_time__lte" [check = rules::timestamp];
        /// Page size, 1 to 20.
        limit: u32 = "limit" => "limit" [check = rules::limit];
        /// Items skipped before the page starts.
        offset: u32 = "offset" => "offset";
        /// Only the calls of this parent call.
        parent_call_uuid: String = "parentCallUuid" => "parent_call_uuid";
        /// Only calls with this hangup cause code.
        hangup_cause_code: u32 = "hangupCauseCode" => "hangup_cause_code";
        /// Only calls hung up by this party.
        hangup_source: String = "hangupSource" => "hangup_source";
    }
}

params! {
    /// `getSingleCallDetails`: the record of one completed call.
    GetSingleCallDetails = "getSingleCallDetails" -> models::CallRecord;
    required {
        /// The call's uuid.
        call_uuid: String = "callUuid" => "call_uuid";
    }
    optional {}
}

params! {
    /// `getLiveCalls`: the uuids of the calls in progress (`GET Call/?status=live`).
    GetLiveCalls = "getLiveCalls" -> models::LiveCallIds;
    required {}
    optional {
        /// Only inbound or outbound calls.
        call_direction: Direction = "callDirection" => "call_direction";
        /// Only calls from this number.
        from_number: String = "fromNumber" => "from_number";
        /// Only calls to this number.
        to_number: String = "toNumber" => "to_number";
        /// Page size, 1 to 20.
        limit: u32 = "limit" => "limit" [check = rules::limit];
        /// Items skipped before the page starts.
        offset: u32 = "offset" => "offset";
    }
}

params! {
    /// `getSingleLiveCallDetails`: one call in progress (`GET Call/{uuid}/?status=live`).
    GetSingleLiveCallDetails = "getSingleLiveCallDetails" -> models::LiveCall;
    required {
        /// The call's uuid.
        call_uuid: String = "callUuid" => "call_uuid";
    }
    optional {}
}

params! {
    /// `hangupSingleCall`: hang up a call in progress.
    HangupSingleCall = "hangupSingleCall" -> models::Ack;
    required {
        /// The call's uuid.
        call_uuid: String = "callUuid" => "call_uuid";
    }
    optional {}
}

params! {
    /// `hangupCalls` (legacy): hang up every call in progress with the older API's
    /// `DELETE Call/`. Current Plivo SDKs no longer offer it; the server may refuse it.
    HangupCalls = "hangupCalls" -> models::Ack;
    required {}
    optional {}
}

params! {
    /// `transferCall`: send a call in progress (one leg or both) to a new XML URL.
    TransferCall = "transferCall" -> models::Ack;
    required {
        /// The call's uuid.
        call_uuid: String = "callUuid" => "call_uuid";
        /// Which legs to transfer.
        legs: Legs = "legs" => "legs";
    }
    optional {
        /// URL for the A leg (required when `legs` is `aleg` or `both`).
        aleg_url: String = "alegUrl" => "aleg_url" [check = rules::http_url];
        /// Method for `aleg_url`.
        aleg_method: HttpMethod = "alegMethod" => "aleg_method";
        /// URL for the B leg (required when `legs` is `bleg` or `both`).
        bleg_url: String = "blegUrl" => "bleg_url" [check = rules::http_url];
        /// Method for `bleg_url`.
        bleg_method: HttpMethod = "blegMethod" => "bleg_method";
    }
    check = transfer_call_rule;
}

fn transfer_call_rule(p: &TransferCall) -> Result<(), Error> {
    let missing = |field| {
        Error::invalid(
            Some(TransferCall::OPERATION),
            field,
            format!("is required when `legs` is {}", p.legs),
        )
    };
    if matches!(p.legs, Legs::Aleg | Legs::Both) && p.aleg_url.is_none() {
        return Err(missing("alegUrl"));
    }
    if matches!(p.legs, Legs::Bleg | Legs::Both) && p.bleg_url.is_none() {
        return Err(missing("blegUrl"));
    }
    Ok(())
}

params! {
    /// `recordCall`: start recording a call in progress.
    RecordCall = "recordCall" -> models::RecordingStarted;
    required {
        /// The call's uuid.
        call_uuid: String = "callUuid" => "call_uuid";
    }
    optional {
        /// Maximum length in seconds (Plivo's default: 60).
        time_limit: u32 = "timeLimit" => "time_limit" [check = rules::positive];
        /// Audio format (default mp3).
        file_format: FileFormat = "fileFormat" => "file_format";
        /// Transcription kind.
        transcription_type: TranscriptionType = "transcriptionType" => "transcription_type";
        /// URL that receives the transcription.
        transcription_url: String = "transcriptionUrl" => "transcription_url" [check = rules::http_url];
        /// Method for `transcription_url`.
        transcription_method: HttpMethod = "transcriptionMethod" => "transcription_method";
        /// URL notified when the recording ends.
        callback_url: String = "callbackUrl" => "callback_url" [check = rules::http_url];
        /// Method for `callback_url`.
        callback_method: HttpMethod = "callbackMethod" => "callback_method";
        /// Mono or stereo recording.
        record_channel_type: RecordChannelType = "recordChannelType" => "record_channel_type";
    }
}

params! {
    /// `stopCallRecording`: stop recording a call.
    StopCallRecording = "stopCallRecording" -> models::Ack;
    required {
        /// The call's uuid.
        call_uuid: String = "callUuid" => "call_uuid";
    }
    optional {}
}

params! {
    /// `playMusicFile`: play audio files on a call in progress.
    PlayMusicFile = "playMusicFile" -> models::Ack;
    required {
        /// The call's uuid.
        call_uuid: String = "callUuid" => "call_uuid";
        /// URLs of mp3 or wav files (joined with `,` on the wire).
        urls: List = "urls" => "urls" [join = ',', check = rules::http_urls];
    }
    optional {
        /// Maximum seconds to play.
        length: u32 = "length" => "length" [check = rules::positive];
        /// Which legs hear it.
        legs: Legs = "legs" => "legs";
        /// Play the audio in a loop.
        loop_: bool = "loop" => "loop";
        /// Mix with the call's audio instead of replacing it.
        mix: bool = "mix" => "mix";
    }
}

params! {
    /// `stopPlayingMusicFile`: stop the audio started by `playMusicFile`.
    StopPlayingMusicFile = "stopPlayingMusicFile" -> models::Ack;
    required {
        /// The call's uuid.
        call_uuid: String = "callUuid" => "call_uuid";
    }
    optional {}
}

params! {
    /// `playText`: speak text on a call in progress.
    PlayText = "playText" -> models::Ack;
    required {
        /// The call's uuid.
        call_uuid: String = "callUuid" => "call_uuid";
        /// The text to speak.
        text: String = "text" => "text";
    }
    optional {
        /// Voice used.
        voice: Voice = "voice" => "voice";
        /// Language, e.g. `en-US`.
        language: String = "language" => "language";
        /// Which legs hear it.
        legs: Legs = "legs" => "legs";
        /// Speak in a loop.
        loop_: bool = "loop" => "loop";
        /// Mix with the call's audio instead of replacing it.
        mix: bool = "mix" => "mix";
        /// Plain text or SSML.
        speak_type: SpeakType = "type" => "type";
    }
}

params! {
    /// `stopPlayingText`: stop the speech started by `playText`.
    StopPlayingText = "stopPlayingText" -> models::Ack;
    required {
        /// The call's uuid.
        call_uuid: String = "callUuid" => "call_uuid";
    }
    optional {}
}

params! {
    /// `sendDigits`: send DTMF digits on a call in progress.
    SendDigits = "sendDigits" -> models::Ack;
    required {
        /// The call's uuid.
        call_uuid: String = "callUuid" => "call_uuid";
        /// Digits to send.
        digits: String = "digits" => "digits";
    }
    optional {
        /// The leg to send them on (default: A leg).
        leg: Leg = "leg" => "leg";
    }
}

params! {
    /// `hangupCallRequest`: cancel a call placed with `makeCall` (by its `request_uuid`) before
    /// or while it rings.
    HangupCallRequest = "hangupCallRequest" -> models::Ack;
    required {
        /// The `request_uuid` that `makeCall` returned.
        request_uuid: String = "requestUuid" => "request_uuid";
    }
    optional {}
}
