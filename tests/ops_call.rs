//! Wire tests for the call operations: only the required fields, every field set, the JSON
//! form, path escaping, and invalid input.

mod common;

use common::*;
use plivo::Operation;
use plivo::ops::{
    Direction, FileFormat, GetCallsDetails, GetLiveCalls, GetSingleCallDetails,
    GetSingleLiveCallDetails, HangupCallRequest, HangupCalls, HangupSingleCall, HttpMethod, Leg,
    Legs, MachineDetection, MakeCall, PlayMusicFile, PlayText, RecordCall, RecordChannelType,
    SendDigits, SpeakType, StopCallRecording, StopPlayingMusicFile, StopPlayingText,
    TranscriptionType, TransferCall, Voice,
};
use serde_json::json;

const UUID: &str = "4d04c52e-cea3-4458-bbdb-0bfc314ee7cd";

// makeCall

#[test]
fn make_call_required_only() {
    assert_both(
        MakeCall::new("14155550100", "14155550101", "https://example.com/answer"),
        json!({"operation": "makeCall", "params": {
            "callFrom": "14155550100", "callTo": "14155550101",
            "answerUrl": "https://example.com/answer"}}),
        Expect::post(
            "Call/",
            json!({"from": "14155550100", "to": "14155550101",
                   "answer_url": "https://example.com/answer"}),
        )
        .status(201),
    );
}

#[test]
fn make_call_every_field() {
    let typed = MakeCall::new(
        "14155550100",
        ["14155550101", "sip:alice@phone.plivo.com"],
        "https://example.com/answer",
    )
    .answer_method(HttpMethod::Get)
    .ring_url("https://example.com/ring")
    .ring_method(HttpMethod::Post)
    .hangup_url("https://example.com/hangup")
    .hangup_method(HttpMethod::Get)
    .fallback_url("https://example.com/fallback")
    .fallback_method(HttpMethod::Post)
    .caller_name("Acme Support")
    .send_digits("1w2W3@500")
    .send_on_preanswer(true)
    .time_limit(60)
    .hangup_on_ring(30)
    .machine_detection(MachineDetection::Enabled)
    .machine_detection_time(5000)
    .machine_detection_url("https://example.com/amd")
    .machine_detection_method(HttpMethod::Get)
    .sip_headers("Team=sales,Ref=a%20b")
    .ring_timeout(120)
    .parent_call_uuid(UUID)
    .error_if_parent_not_found(false);
    let json = json!({"operation": "Plivo.makeCall", "params": {
        "callFrom": "14155550100", "callTo": "14155550101<sip:alice@phone.plivo.com",
        "answer_url": "https://example.com/answer", "answerMethod": "get",
        "ring_url": "https://example.com/ring", "ringMethod": "POST",
        "hangupUrl": "https://example.com/hangup", "hangup_method": "GET",
        "fallbackUrl": "https://example.com/fallback", "fallbackMethod": "post",
        "caller_name": "Acme Support", "sendDigits": "1w2W3@500", "sendOnPreanswer": "True",
        "timeLimit": "60", "hangup_on_ring": 30, "machineDetection": true,
        "machineDetectionTime": "5000", "machine_detection_url": "https://example.com/amd",
        "machineDetectionMethod": "GET", "sipHeaders": "Team=sales,Ref=a%20b",
        "ringTimeout": "120", "parent_call_uuid": UUID, "errorIfParentNotFound": "FALSE"}});
    assert_both(
        typed,
        json,
        Expect::post(
            "Call/",
            json!({
            "from": "14155550100", "to": "14155550101<sip:alice@phone.plivo.com",
            "answer_url": "https://example.com/answer", "answer_method": "GET",
            "ring_url": "https://example.com/ring", "ring_method": "POST",
            "hangup_url": "https://example.com/hangup", "hangup_method": "GET",
            "fallback_url": "https://example.com/fallback", "fallback_method": "POST",
            "caller_name": "Acme Support", "send_digits": "1w2W3@500",
            "send_on_preanswer": true, "time_limit": 60, "hangup_on_ring": 30,
            "machine_detection": "true", "machine_detection_time": 5000,
            "machine_detection_url": "https://example.com/amd",
            "machine_detection_method": "GET", "sip_headers": "Team=sales,Ref=a%20b",
            "ring_timeout": 120, "parent_call_uuid": UUID,
            "error_if_parent_not_found": false}),
        )
        .status(201),
    );
}

#[test]
fn make_call_machine_detection_hangup() {
    assert_both(
        MakeCall::new("14155550100", "14155550101", "https://example.com/answer")
            .machine_detection(MachineDetection::Hangup)
            .machine_detection_time(2000),
        json!({"operation": "makeCall", "params": {
            "from": "14155550100", "to": ["14155550101"], "answerUrl": "https://example.com/answer",
            "machine_detection": "HANGUP", "machineDetectionTime": 2000}}),
        Expect::post(
            "Call/",
            json!({"from": "14155550100", "to": "14155550101",
                   "answer_url": "https://example.com/answer", "machine_detection": "hangup",
                   "machine_detection_time": 2000}),
        )
        .status(201),
    );
}

#[test]
fn make_call_bounds_accepted() {
    let base = || MakeCall::new("14155550100", "14155550101", "https://example.com/answer");
    for ok in [
        base().machine_detection_time(2000),
        base().machine_detection_time(10000),
        base().time_limit(1),
        base().hangup_on_ring(0),
        base().ring_timeout(0),
    ] {
        Operation::from(ok.clone())
            .validate()
            .unwrap_or_else(|e| panic!("{ok:?} rejected: {e}"));
    }
}

#[test]
fn make_call_invalid() {
    let base = || MakeCall::new("14155550100", "14155550101", "https://example.com/answer");
    assert_invalid(base().machine_detection_time(1999), "machineDetectionTime");
    assert_invalid(base().machine_detection_time(10001), "machineDetectionTime");
    assert_invalid(base().time_limit(0), "timeLimit");
    assert_invalid(
        MakeCall::new(
            "14155550100",
            ["14155550101", "14155550100"],
            "https://example.com/answer",
        ),
        "callTo",
    );
    assert_invalid(
        MakeCall::new("14155550100", "14155550100", "https://example.com/answer"),
        "callTo",
    );
    assert_invalid(
        MakeCall::new(
            "14155550100",
            "14155550101<14155550102",
            "https://example.com/answer",
        ),
        "callTo",
    );
    assert_invalid(
        MakeCall::new(
            "14155550100",
            Vec::<String>::new(),
            "https://example.com/answer",
        ),
        "callTo",
    );
    assert_invalid(
        MakeCall::new("", "14155550101", "https://example.com/answer"),
        "callFrom",
    );
    assert_invalid(
        MakeCall::new("14155550100", "14155550101", " "),
        "answerUrl",
    );
    assert_invalid(base().sip_headers("a=1\r\nX-Evil: y"), "sipHeaders");
    assert_invalid(base().sip_headers("a=1\nb=2"), "sipHeaders");
    assert_invalid(base().sip_headers("novalue"), "sipHeaders");
    assert_invalid(base().sip_headers("=v"), "sipHeaders");
    assert_invalid(base().sip_headers("a=1,,b=2"), "sipHeaders");
    assert_invalid(base().sip_headers("X-Key=v"), "sipHeaders");
    assert_invalid(base().caller_name("Acme\nX-Evil: y"), "callerName");
    assert_invalid(base().caller_name("Acme\r"), "callerName");

    let form = |extra: serde_json::Value| {
        let mut params = json!({"callFrom": "14155550100", "callTo": "14155550101",
                                "answerUrl": "https://example.com/answer"});
        params
            .as_object_mut()
            .expect("object")
            .extend(extra.as_object().expect("object").clone());
        json!({"operation": "makeCall", "params": params})
    };
    assert_invalid_json(
        form(json!({"machineDetectionTime": "1999"})),
        "machineDetectionTime",
    );
    assert_invalid_json(
        form(json!({"machine_detection_time": 10001})),
        "machineDetectionTime",
    );
    assert_invalid_json(form(json!({"timeLimit": "0"})), "timeLimit");
    assert_invalid_json(form(json!({"timeLimit": -1})), "timeLimit");
    assert_invalid_json(form(json!({"timeLimit": "sixty"})), "timeLimit");
    assert_invalid_json(form(json!({"callTo": "14155550101<14155550100"})), "callTo");
    assert_invalid_json(form(json!({"callTo": "14155550101<"})), "callTo");
    assert_invalid_json(form(json!({"sipHeaders": "a=1\r\nb=2"})), "sipHeaders");
    assert_invalid_json(form(json!({"callerName": "A\nB"})), "callerName");
    assert_invalid_json(form(json!({"answerMethod": "PUT"})), "answerMethod");
    assert_invalid_json(
        form(json!({"machineDetection": "maybe"})),
        "machineDetection",
    );
    assert_invalid_json(form(json!({"machineDetection": false})), "machineDetection");
    assert_invalid_json(form(json!({"sendOnPreanswer": "yes"})), "sendOnPreanswer");
    assert_invalid_json(form(json!({"from": "14155550100"})), "callFrom");
    assert_invalid_json(form(json!({"colour": "red"})), "colour");
    assert_invalid_json(
        json!({"operation": "makeCall", "params": {"callFrom": "14155550100", "callTo": "14155550101"}}),
        "answerUrl",
    );
}

// getCallsDetails

#[test]
fn get_calls_details_required_only() {
    assert_both(
        GetCallsDetails::new(),
        json!({"operation": "getCallsDetails"}),
        Expect::get("Call/"),
    );
}

#[test]
fn get_calls_details_every_field() {
    let typed = GetCallsDetails::new()
        .subaccount("SA0123456789ABCDEFGH")
        .call_direction(Direction::Inbound)
        .from_number("14155550100")
        .to_number("14155550101")
        .bill_duration(60)
        .end_time("2024-01-01 00:00")
        .end_time_gt("2024-01-01 00:00:00")
        .end_time_gte("2024-01-01 00:00:01.5")
        .end_time_lt("2024-02-01 00:00:00")
        .end_time_lte("2024-02-01 00:00:01.123456")
        .limit(20)
        .offset(40)
        .parent_call_uuid(UUID)
        .hangup_cause_code(4000)
        .hangup_source("Callee");
    let json = json!({"operation": "getCallsDetails", "params": {
        "subaccount": "SA0123456789ABCDEFGH", "call_direction": "INBOUND",
        "fromNumber": 14155550100u64, "to_number": "14155550101", "billDuration": "60",
        "endTime": "2024-01-01 00:00", "end_time__gt": "2024-01-01 00:00:00",
        "endTimeGte": "2024-01-01 00:00:01.5", "endTimeLt": "2024-02-01 00:00:00",
        "end_time__lte": "2024-02-01 00:00:01.123456", "limit": "20", "offset": 40,
        "parentCallUuid": UUID, "hangup_cause_code": "4000", "hangupSource": "Callee"}});
    assert_both(
        typed,
        json,
        Expect::get("Call/").query(&[
            ("subaccount", "SA0123456789ABCDEFGH"),
            ("call_direction", "inbound"),
            ("from_number", "14155550100"),
            ("to_number", "14155550101"),
            ("bill_duration", "60"),
            ("end_time", "2024-01-01 00:00"),
            ("end_time__gt", "2024-01-01 00:00:00"),
            ("end_time__gte", "2024-01-01 00:00:01.5"),
            ("end_time__lt", "2024-02-01 00:00:00"),
            ("end_time__lte", "2024-02-01 00:00:01.123456"),
            ("limit", "20"),
            ("offset", "40"),
            ("parent_call_uuid", UUID),
            ("hangup_cause_code", "4000"),
            ("hangup_source", "Callee"),
        ]),
    );
}

#[test]
fn get_calls_details_invalid() {
    assert_invalid(GetCallsDetails::new().limit(21), "limit");
    assert_invalid(GetCallsDetails::new().limit(0), "limit");
    assert_invalid(GetCallsDetails::new().end_time("2024-01-01"), "endTime");
    assert_invalid(
        GetCallsDetails::new().end_time_gt("2024-01-01T00:00:00"),
        "endTimeGt",
    );
    assert_invalid(
        GetCallsDetails::new().end_time_gte("2024-01-01 00:00:5"),
        "endTimeGte",
    );
    assert_invalid(GetCallsDetails::new().end_time_lt("yesterday"), "endTimeLt");
    assert_invalid(
        GetCallsDetails::new().end_time_lte("2024-01-01 00:00:00."),
        "endTimeLte",
    );
    assert_invalid(
        GetCallsDetails::new().subaccount("MA0123456789ABCDEFGH"),
        "subaccount",
    );
    assert_invalid_json(
        json!({"operation": "getCallsDetails", "params": {"limit": 21}}),
        "limit",
    );
    assert_invalid_json(
        json!({"operation": "getCallsDetails", "params": {"limit": "21"}}),
        "limit",
    );
    assert_invalid_json(
        json!({"operation": "getCallsDetails", "params": {"offset": -1}}),
        "offset",
    );
    assert_invalid_json(
        json!({"operation": "getCallsDetails", "params": {"end_time": "01/02/2024 10:00"}}),
        "endTime",
    );
    assert_invalid_json(
        json!({"operation": "getCallsDetails", "params": {"callDirection": "sideways"}}),
        "callDirection",
    );
}

// getSingleCallDetails

#[test]
fn get_single_call_details_required_only() {
    assert_both(
        GetSingleCallDetails::new(UUID),
        json!({"operation": "getSingleCallDetails", "params": {"callUuid": UUID}}),
        Expect::get("Call/4d04c52e-cea3-4458-bbdb-0bfc314ee7cd/"),
    );
}

#[test]
fn get_single_call_details_invalid() {
    assert_invalid(GetSingleCallDetails::new(""), "callUuid");
    assert_invalid(GetSingleCallDetails::new("  "), "callUuid");
    assert_invalid_json(
        json!({"operation": "getSingleCallDetails", "params": {}}),
        "callUuid",
    );
    assert_invalid_json(
        json!({"operation": "getSingleCallDetails", "params": {"call_uuid": ""}}),
        "callUuid",
    );
    assert_invalid_json(
        json!({"operation": "getSingleCallDetails", "params": {"callUuid": UUID, "limit": 1}}),
        "limit",
    );
}

// getLiveCalls

#[test]
fn get_live_calls_required_only() {
    assert_both(
        GetLiveCalls::new(),
        json!({"operation": "getLiveCalls", "params": {}}),
        Expect::get("Call/").query(&[("status", "live")]),
    );
}

#[test]
fn get_live_calls_every_field() {
    let typed = GetLiveCalls::new()
        .call_direction(Direction::Outbound)
        .from_number("14155550100")
        .to_number("sip:alice@phone.plivo.com")
        .limit(1)
        .offset(0);
    let json = json!({"operation": "getLiveCalls", "params": {
        "callDirection": "outbound", "from_number": "14155550100",
        "toNumber": "sip:alice@phone.plivo.com", "limit": "1", "offset": "0"}});
    assert_both(
        typed,
        json,
        Expect::get("Call/").query(&[
            ("status", "live"),
            ("call_direction", "outbound"),
            ("from_number", "14155550100"),
            ("to_number", "sip:alice@phone.plivo.com"),
            ("limit", "1"),
            ("offset", "0"),
        ]),
    );
}

#[test]
fn get_live_calls_invalid() {
    assert_invalid(GetLiveCalls::new().limit(21), "limit");
    assert_invalid(GetLiveCalls::new().limit(0), "limit");
    assert_invalid_json(
        json!({"operation": "getLiveCalls", "params": {"limit": "21"}}),
        "limit",
    );
    assert_invalid_json(
        json!({"operation": "getLiveCalls", "params": {"callDirection": "both"}}),
        "callDirection",
    );
    assert_invalid_json(
        json!({"operation": "getLiveCalls", "params": {"status": "queued"}}),
        "status",
    );
}

// getSingleLiveCallDetails

#[test]
fn get_single_live_call_details_required_only() {
    assert_both(
        GetSingleLiveCallDetails::new(UUID),
        json!({"operation": "getSingleLiveCallDetails", "params": {"call_uuid": UUID}}),
        Expect::get("Call/4d04c52e-cea3-4458-bbdb-0bfc314ee7cd/").query(&[("status", "live")]),
    );
}

#[test]
fn get_single_live_call_details_invalid() {
    assert_invalid(GetSingleLiveCallDetails::new(""), "callUuid");
    assert_invalid_json(
        json!({"operation": "getSingleLiveCallDetails", "params": {"callUuid": null}}),
        "callUuid",
    );
    assert_invalid_json(
        json!({"operation": "getSingleLiveCallDetails", "params": {"callUuid": ["a"]}}),
        "callUuid",
    );
}

// hangupSingleCall

#[test]
fn hangup_single_call_required_only() {
    assert_both(
        HangupSingleCall::new(UUID),
        json!({"operation": "hangupSingleCall", "params": {"callUuid": UUID}}),
        Expect::delete("Call/4d04c52e-cea3-4458-bbdb-0bfc314ee7cd/"),
    );
}

#[test]
fn hangup_single_call_invalid() {
    assert_invalid(HangupSingleCall::new(""), "callUuid");
    assert_invalid_json(
        json!({"operation": "hangupSingleCall", "params": {"callUuid": ""}}),
        "callUuid",
    );
    assert_invalid_json(
        json!({"operation": "hangupSingleCall", "params": {"callUuid": UUID, "call_uuid": UUID}}),
        "callUuid",
    );
}

// hangupCalls (legacy)

#[test]
fn hangup_calls_required_only() {
    assert_both(
        HangupCalls::new(),
        json!({"operation": "hangupCalls"}),
        Expect::delete("Call/"),
    );
}

#[test]
fn hangup_calls_invalid() {
    assert_invalid_json(
        json!({"operation": "hangupCalls", "params": {"callUuid": UUID}}),
        "callUuid",
    );
    assert_invalid_json(
        json!({"operation": "hangupCalls", "params": "all"}),
        "params",
    );
}

// transferCall

/// `legs` and `callUuid` are the only required fields, but the cross-field rule then requires
/// the matching leg URL, so the smallest valid request adds `alegUrl` (or `blegUrl`).
#[test]
fn transfer_call_required_only() {
    assert_both(
        TransferCall::new(UUID, Legs::Aleg).aleg_url("https://example.com/a"),
        json!({"operation": "transferCall", "params": {
            "callUuid": UUID, "legs": "aleg", "alegUrl": "https://example.com/a"}}),
        Expect::post(
            "Call/4d04c52e-cea3-4458-bbdb-0bfc314ee7cd/",
            json!({"legs": "aleg", "aleg_url": "https://example.com/a"}),
        ),
    );
    assert_both(
        TransferCall::new(UUID, Legs::Bleg).bleg_url("https://example.com/b"),
        json!({"operation": "transferCall", "params": {
            "callUuid": UUID, "legs": "BLEG", "bleg_url": "https://example.com/b"}}),
        Expect::post(
            "Call/4d04c52e-cea3-4458-bbdb-0bfc314ee7cd/",
            json!({"legs": "bleg", "bleg_url": "https://example.com/b"}),
        ),
    );
}

#[test]
fn transfer_call_every_field() {
    let typed = TransferCall::new(UUID, Legs::Both)
        .aleg_url("https://example.com/a")
        .aleg_method(HttpMethod::Get)
        .bleg_url("https://example.com/b")
        .bleg_method(HttpMethod::Post);
    let json = json!({"operation": "transferCall", "params": {
        "call_uuid": UUID, "legs": "Both", "alegUrl": "https://example.com/a",
        "aleg_method": "get", "bleg_url": "https://example.com/b", "blegMethod": "POST"}});
    assert_both(
        typed,
        json,
        Expect::post(
            "Call/4d04c52e-cea3-4458-bbdb-0bfc314ee7cd/",
            json!({"legs": "both", "aleg_url": "https://example.com/a", "aleg_method": "GET",
                   "bleg_url": "https://example.com/b", "bleg_method": "POST"}),
        ),
    );
}

#[test]
fn transfer_call_invalid() {
    assert_invalid(
        TransferCall::new(UUID, Legs::Both).aleg_url("https://example.com/a"),
        "blegUrl",
    );
    assert_invalid(
        TransferCall::new(UUID, Legs::Both).bleg_url("https://example.com/b"),
        "alegUrl",
    );
    assert_invalid(TransferCall::new(UUID, Legs::Aleg), "alegUrl");
    assert_invalid(
        TransferCall::new(UUID, Legs::Aleg).bleg_url("https://example.com/b"),
        "alegUrl",
    );
    assert_invalid(TransferCall::new(UUID, Legs::Bleg), "blegUrl");
    assert_invalid(
        TransferCall::new("", Legs::Aleg).aleg_url("https://example.com/a"),
        "callUuid",
    );
    assert_invalid_json(
        json!({"operation": "transferCall", "params": {
            "callUuid": UUID, "legs": "both", "alegUrl": "https://example.com/a"}}),
        "blegUrl",
    );
    assert_invalid_json(
        json!({"operation": "transferCall", "params": {
            "callUuid": UUID, "legs": "cleg", "alegUrl": "https://example.com/a"}}),
        "legs",
    );
    assert_invalid_json(
        json!({"operation": "transferCall", "params": {
            "callUuid": UUID, "alegUrl": "https://example.com/a"}}),
        "legs",
    );
    assert_invalid_json(
        json!({"operation": "transferCall", "params": {
            "callUuid": UUID, "legs": "aleg", "alegUrl": "https://example.com/a",
            "alegMethod": "PATCH"}}),
        "alegMethod",
    );
}

// recordCall

#[test]
fn record_call_required_only() {
    assert_both(
        RecordCall::new(UUID),
        json!({"operation": "recordCall", "params": {"callUuid": UUID}}),
        Expect::post(
            "Call/4d04c52e-cea3-4458-bbdb-0bfc314ee7cd/Record/",
            json!({}),
        ),
    );
}

#[test]
fn record_call_every_field() {
    let typed = RecordCall::new(UUID)
        .time_limit(60)
        .file_format(FileFormat::Wav)
        .transcription_type(TranscriptionType::Auto)
        .transcription_url("https://example.com/transcription")
        .transcription_method(HttpMethod::Get)
        .callback_url("https://example.com/recorded")
        .callback_method(HttpMethod::Post)
        .record_channel_type(RecordChannelType::Stereo);
    let json = json!({"operation": "recordCall", "params": {
        "callUuid": UUID, "timeLimit": "60", "file_format": "WAV", "transcriptionType": "auto",
        "transcription_url": "https://example.com/transcription", "transcriptionMethod": "GET",
        "callbackUrl": "https://example.com/recorded", "callback_method": "post",
        "recordChannelType": "stereo"}});
    assert_both(
        typed,
        json,
        Expect::post(
            "Call/4d04c52e-cea3-4458-bbdb-0bfc314ee7cd/Record/",
            json!({"time_limit": 60, "file_format": "wav", "transcription_type": "auto",
                   "transcription_url": "https://example.com/transcription",
                   "transcription_method": "GET",
                   "callback_url": "https://example.com/recorded", "callback_method": "POST",
                   "record_channel_type": "stereo"}),
        ),
    );
}

#[test]
fn record_call_invalid() {
    assert_invalid(RecordCall::new(UUID).time_limit(0), "timeLimit");
    assert_invalid(RecordCall::new(""), "callUuid");
    assert_invalid_json(
        json!({"operation": "recordCall", "params": {"callUuid": UUID, "fileFormat": "ogg"}}),
        "fileFormat",
    );
    assert_invalid_json(
        json!({"operation": "recordCall", "params": {"callUuid": UUID, "transcriptionType": "manual"}}),
        "transcriptionType",
    );
    assert_invalid_json(
        json!({"operation": "recordCall", "params": {"callUuid": UUID, "record_channel_type": "quad"}}),
        "recordChannelType",
    );
    assert_invalid_json(
        json!({"operation": "recordCall", "params": {"callUuid": UUID, "timeLimit": "0"}}),
        "timeLimit",
    );
}

// stopCallRecording

#[test]
fn stop_call_recording_required_only() {
    assert_both(
        StopCallRecording::new(UUID),
        json!({"operation": "stopCallRecording", "params": {"callUuid": UUID}}),
        Expect::delete("Call/4d04c52e-cea3-4458-bbdb-0bfc314ee7cd/Record/"),
    );
}

#[test]
fn stop_call_recording_invalid() {
    assert_invalid(StopCallRecording::new(""), "callUuid");
    assert_invalid_json(
        json!({"operation": "stopCallRecording", "params": {}}),
        "callUuid",
    );
}

// playMusicFile

#[test]
fn play_music_file_required_only() {
    assert_both(
        PlayMusicFile::new(UUID, "https://example.com/a.mp3"),
        json!({"operation": "playMusicFile", "params": {
            "callUuid": UUID, "urls": "https://example.com/a.mp3"}}),
        Expect::post(
            "Call/4d04c52e-cea3-4458-bbdb-0bfc314ee7cd/Play/",
            json!({"urls": "https://example.com/a.mp3"}),
        ),
    );
}

#[test]
fn play_music_file_every_field() {
    let typed = PlayMusicFile::new(
        UUID,
        ["https://example.com/a.mp3", "https://example.com/b.wav"],
    )
    .length(30)
    .legs(Legs::Both)
    .loop_(true)
    .mix(false);
    let json = json!({"operation": "playMusicFile", "params": {
        "call_uuid": UUID, "urls": "https://example.com/a.mp3,https://example.com/b.wav",
        "length": "30", "legs": "both", "loop": "True", "mix": false}});
    assert_both(
        typed,
        json,
        Expect::post(
            "Call/4d04c52e-cea3-4458-bbdb-0bfc314ee7cd/Play/",
            json!({"urls": "https://example.com/a.mp3,https://example.com/b.wav",
                   "length": 30, "legs": "both", "loop": true, "mix": false}),
        ),
    );
    assert_both(
        PlayMusicFile::new(
            UUID,
            vec!["https://example.com/a.mp3", "https://example.com/b.wav"],
        ),
        json!({"operation": "playMusicFile", "params": {
            "callUuid": UUID, "urls": ["https://example.com/a.mp3", "https://example.com/b.wav"]}}),
        Expect::post(
            "Call/4d04c52e-cea3-4458-bbdb-0bfc314ee7cd/Play/",
            json!({"urls": "https://example.com/a.mp3,https://example.com/b.wav"}),
        ),
    );
}

#[test]
fn play_music_file_invalid() {
    assert_invalid(PlayMusicFile::new(UUID, Vec::<String>::new()), "urls");
    assert_invalid(
        PlayMusicFile::new(
            UUID,
            ["https://example.com/a.mp3,https://example.com/b.mp3"],
        ),
        "urls",
    );
    assert_invalid(
        PlayMusicFile::new(UUID, "https://example.com/a.mp3").length(0),
        "length",
    );
    assert_invalid(
        PlayMusicFile::new("", "https://example.com/a.mp3"),
        "callUuid",
    );
    assert_invalid_json(
        json!({"operation": "playMusicFile", "params": {"callUuid": UUID}}),
        "urls",
    );
    assert_invalid_json(
        json!({"operation": "playMusicFile", "params": {
            "callUuid": UUID, "urls": "https://example.com/a.mp3,"}}),
        "urls",
    );
    assert_invalid_json(
        json!({"operation": "playMusicFile", "params": {
            "callUuid": UUID, "urls": "https://example.com/a.mp3", "legs": "cleg"}}),
        "legs",
    );
    assert_invalid_json(
        json!({"operation": "playMusicFile", "params": {
            "callUuid": UUID, "urls": "https://example.com/a.mp3", "loop": "yes"}}),
        "loop",
    );
}

// stopPlayingMusicFile

#[test]
fn stop_playing_music_file_required_only() {
    assert_both(
        StopPlayingMusicFile::new(UUID),
        json!({"operation": "stopPlayingMusicFile", "params": {"callUuid": UUID}}),
        Expect::delete("Call/4d04c52e-cea3-4458-bbdb-0bfc314ee7cd/Play/"),
    );
}

#[test]
fn stop_playing_music_file_invalid() {
    assert_invalid(StopPlayingMusicFile::new(""), "callUuid");
    assert_invalid_json(
        json!({"operation": "stopPlayingMusicFile", "params": {"callUuid": UUID, "legs": "aleg"}}),
        "legs",
    );
}

// playText

#[test]
fn play_text_required_only() {
    assert_both(
        PlayText::new(UUID, "Hello there"),
        json!({"operation": "playText", "params": {"callUuid": UUID, "text": "Hello there"}}),
        Expect::post(
            "Call/4d04c52e-cea3-4458-bbdb-0bfc314ee7cd/Speak/",
            json!({"text": "Hello there"}),
        ),
    );
}

#[test]
fn play_text_every_field() {
    let typed = PlayText::new(UUID, "<speak>Hello</speak>")
        .voice(Voice::Woman)
        .language("en-GB")
        .legs(Legs::Aleg)
        .loop_(false)
        .mix(true)
        .speak_type(SpeakType::Ssml);
    let json = json!({"operation": "playText", "params": {
        "call_uuid": UUID, "text": "<speak>Hello</speak>", "voice": "woman",
        "language": "en-GB", "legs": "ALEG", "loop": "false", "mix": "TRUE", "type": "ssml"}});
    assert_both(
        typed,
        json,
        Expect::post(
            "Call/4d04c52e-cea3-4458-bbdb-0bfc314ee7cd/Speak/",
            json!({"text": "<speak>Hello</speak>", "voice": "WOMAN", "language": "en-GB",
                   "legs": "aleg", "loop": false, "mix": true, "type": "ssml"}),
        ),
    );
}

#[test]
fn play_text_invalid() {
    assert_invalid(PlayText::new(UUID, ""), "text");
    assert_invalid(PlayText::new("", "Hello"), "callUuid");
    assert_invalid_json(
        json!({"operation": "playText", "params": {"callUuid": UUID}}),
        "text",
    );
    assert_invalid_json(
        json!({"operation": "playText", "params": {"callUuid": UUID, "text": "Hi", "voice": "CHILD"}}),
        "voice",
    );
    assert_invalid_json(
        json!({"operation": "playText", "params": {"callUuid": UUID, "text": "Hi", "type": "html"}}),
        "type",
    );
    assert_invalid_json(
        json!({"operation": "playText", "params": {"callUuid": UUID, "text": "Hi", "mix": 1}}),
        "mix",
    );
}

// stopPlayingText

#[test]
fn stop_playing_text_required_only() {
    assert_both(
        StopPlayingText::new(UUID),
        json!({"operation": "stopPlayingText", "params": {"call_uuid": UUID}}),
        Expect::delete("Call/4d04c52e-cea3-4458-bbdb-0bfc314ee7cd/Speak/"),
    );
}

#[test]
fn stop_playing_text_invalid() {
    assert_invalid(StopPlayingText::new(""), "callUuid");
    assert_invalid_json(
        json!({"operation": "stopPlayingText", "params": {"callUuid": ""}}),
        "callUuid",
    );
}

// sendDigits

#[test]
fn send_digits_required_only() {
    assert_both(
        SendDigits::new(UUID, "123#"),
        json!({"operation": "sendDigits", "params": {"callUuid": UUID, "digits": "123#"}}),
        Expect::post(
            "Call/4d04c52e-cea3-4458-bbdb-0bfc314ee7cd/DTMF/",
            json!({"digits": "123#"}),
        ),
    );
}

#[test]
fn send_digits_every_field() {
    assert_both(
        SendDigits::new(UUID, "1w2W3").leg(Leg::Bleg),
        json!({"operation": "sendDigits", "params": {
            "call_uuid": UUID, "digits": "1w2W3", "leg": "Bleg"}}),
        Expect::post(
            "Call/4d04c52e-cea3-4458-bbdb-0bfc314ee7cd/DTMF/",
            json!({"digits": "1w2W3", "leg": "bleg"}),
        ),
    );
}

#[test]
fn send_digits_invalid() {
    assert_invalid(SendDigits::new(UUID, ""), "digits");
    assert_invalid(SendDigits::new("", "1"), "callUuid");
    assert_invalid_json(
        json!({"operation": "sendDigits", "params": {"callUuid": UUID, "digits": "1", "leg": "both"}}),
        "leg",
    );
    assert_invalid_json(
        json!({"operation": "sendDigits", "params": {"callUuid": UUID}}),
        "digits",
    );
}

// hangupCallRequest

#[test]
fn hangup_call_request_required_only() {
    assert_both(
        HangupCallRequest::new("9834029e-58b6-11e1-b8b7-a5bd0e4e126f"),
        json!({"operation": "hangupCallRequest", "params": {
            "requestUuid": "9834029e-58b6-11e1-b8b7-a5bd0e4e126f"}}),
        Expect::delete("Request/9834029e-58b6-11e1-b8b7-a5bd0e4e126f/"),
    );
}

#[test]
fn hangup_call_request_invalid() {
    assert_invalid(HangupCallRequest::new(""), "requestUuid");
    assert_invalid_json(
        json!({"operation": "hangupCallRequest", "params": {"request_uuid": " "}}),
        "requestUuid",
    );
    assert_invalid_json(
        json!({"operation": "hangupCallRequest", "params": {"callUuid": UUID}}),
        "callUuid",
    );
}

// path escaping

#[test]
fn call_uuid_is_escaped_in_the_path() {
    assert_both(
        HangupSingleCall::new("a/../b"),
        json!({"operation": "hangupSingleCall", "params": {"callUuid": "a/../b"}}),
        Expect::delete("Call/a%2F%2E%2E%2Fb/"),
    );
    assert_both(
        GetSingleLiveCallDetails::new("x?status=dead#f"),
        json!({"operation": "getSingleLiveCallDetails", "params": {"callUuid": "x?status=dead#f"}}),
        Expect::get("Call/x%3Fstatus%3Ddead%23f/").query(&[("status", "live")]),
    );
    assert_both(
        PlayText::new("a b%c", "hi"),
        json!({"operation": "playText", "params": {"callUuid": "a b%c", "text": "hi"}}),
        Expect::post("Call/a%20b%25c/Speak/", json!({"text": "hi"})),
    );
    assert_both(
        HangupCallRequest::new("r,1@x~y_z-0"),
        json!({"operation": "hangupCallRequest", "params": {"requestUuid": "r,1@x~y_z-0"}}),
        Expect::delete("Request/r,1@x~y_z-0/"),
    );
    assert_both(
        StopCallRecording::new(".."),
        json!({"operation": "stopCallRecording", "params": {"callUuid": ".."}}),
        Expect::delete("Call/%2E%2E/Record/"),
    );
}

#[test]
fn query_values_are_escaped() {
    assert_both(
        GetCallsDetails::new()
            .from_number("+1 415&x=y")
            .hangup_source("a/b?c"),
        json!({"operation": "getCallsDetails", "params": {
            "fromNumber": "+1 415&x=y", "hangupSource": "a/b?c"}}),
        Expect::get("Call/").query(&[("from_number", "+1 415&x=y"), ("hangup_source", "a/b?c")]),
    );
}

/// A call record and a live call as Plivo answers them today (the fields of plivo-go's `Call`
/// and `LiveCall`): each lands in its typed field, none in `extra`.
#[test]
fn call_answers_read_the_current_fields_typed() {
    let record = send_answered(
        GetSingleCallDetails::new(UUID),
        &Expect::get("Call/4d04c52e-cea3-4458-bbdb-0bfc314ee7cd/"),
        &json!({
            "call_uuid": UUID,
            "call_state": "ANSWER",
            "cnam_lookup": "enabled",
            "conference_uuid": "c0nf-1",
            "source_ip": "192.0.2.18",
            "stir_attestation": "A",
            "stir_verification": "Verified",
            "voice_network_group": "USA Mobile",
            "total_amount": "0.00500"
        }),
    );
    assert!(record.extra.is_empty(), "{:?}", record.extra);
    assert_eq!(record.call_state.as_deref(), Some("ANSWER"));
    assert_eq!(record.cnam_lookup.as_deref(), Some("enabled"));
    assert_eq!(record.conference_uuid.as_deref(), Some("c0nf-1"));
    assert_eq!(record.source_ip.as_deref(), Some("192.0.2.18"));
    assert_eq!(record.stir_attestation.as_deref(), Some("A"));
    assert_eq!(record.stir_verification.as_deref(), Some("Verified"));
    assert_eq!(record.voice_network_group.as_deref(), Some("USA Mobile"));

    let live = send_answered(
        GetSingleLiveCallDetails::new(UUID),
        &Expect::get("Call/4d04c52e-cea3-4458-bbdb-0bfc314ee7cd/").query(&[("status", "live")]),
        &json!({
            "call_uuid": UUID,
            "answer_url": "https://example.com/answer",
            "parent_call_uuid": "p-1",
            "stir_attestation": "B",
            "stir_verification": "Not Verified",
            "call_status": "in-progress"
        }),
    );
    assert!(live.extra.is_empty(), "{:?}", live.extra);
    assert_eq!(
        live.answer_url.as_deref(),
        Some("https://example.com/answer")
    );
    assert_eq!(live.parent_call_uuid.as_deref(), Some("p-1"));
    assert_eq!(live.stir_attestation.as_deref(), Some("B"));
    assert_eq!(live.stir_verification.as_deref(), Some("Not Verified"));
}
