//! Multi-party calls (`MultiPartyCall/`): the exact requests of the 21 operations (typed and
//! JSON form), the `MpcId` addressing, the checks made before sending, the typed answers from
//! the recorded fixtures, and the sandbox's multi-party call state machine.

#![recursion_limit = "256"]

mod common;

use common::*;
use plivo::models::{
    MpcAction, MpcMemberAudio, MpcParticipant, MpcParticipantAdded, MpcParticipantUpdated,
    MpcRecordingStarted, MultiPartyCall, Page,
};
use plivo::ops::{
    AddMultiPartyCallParticipant, FileFormat, GetMultiPartyCallParticipants, GetMultiPartyCalls,
    GetSingleMultiPartyCall, GetSingleMultiPartyCallParticipant, HttpMethod,
    KickMultiPartyCallParticipant, MpcId, MpcRecordTrackType, MpcRole, MpcStartStatus,
    MpcStatusFilter, PauseMultiPartyCallRecording, PauseParticipantRecording,
    ResumeMultiPartyCallRecording, ResumeParticipantRecording, SpeakType, StartMultiPartyCall,
    StartMultiPartyCallRecording, StartParticipantPlay, StartParticipantRecording,
    StartParticipantSpeak, StopMultiPartyCall, StopMultiPartyCallRecording, StopParticipantPlay,
    StopParticipantRecording, StopParticipantSpeak, UpdateMultiPartyCallParticipant, Voice,
};
use plivo::{Operation, OperationKind};
use serde_json::{Value, json};

const UUID: &str = "12345678-90123456";

fn by_uuid() -> MpcId {
    MpcId::uuid(UUID)
}

// ---------------------------------------------------------------------------------------------
// MpcId
// ---------------------------------------------------------------------------------------------

#[test]
fn mpc_id_is_a_uuid_or_a_name_and_one_percent_encoded_segment() {
    assert_eq!(MpcId::uuid("a-1").as_str(), "uuid_a-1");
    assert_eq!(MpcId::name("Team A").as_str(), "name_Team A");
    assert_eq!(MpcId::name("Team A").to_string(), "name_Team A");
    assert_eq!(MpcId::parse("name_x"), Some(MpcId::name("x")));
    assert_eq!(
        MpcId::parse("uuid_x").and_then(|i| i.as_uuid().map(str::to_owned)),
        Some("x".into())
    );
    assert_eq!(MpcId::parse("UUID_x"), None, "the prefixes are lower case");
    assert_eq!(MpcId::parse("x"), None);
    // A name is one segment: `/`, spaces and `?` are escaped, and the prefix stays.
    assert_both(
        GetSingleMultiPartyCall::new(MpcId::name("Sales/EU team?")),
        json!({"operation": "getSingleMultiPartyCall", "params": {
            "mpcId": "name_Sales/EU team?"}}),
        Expect::get("MultiPartyCall/name_Sales%2FEU%20team%3F/"),
    );
}

#[test]
fn mpc_id_json_form_takes_the_path_spelling_or_one_key() {
    let by_object = |params: Value| {
        Operation::from_value(&json!({"operation": "getSingleMultiPartyCall", "params": params}))
    };
    let want = Operation::from(GetSingleMultiPartyCall::new(MpcId::name("Chamblee")));
    for params in [
        json!({"mpcId": "name_Chamblee"}),
        json!({"mpc_id": "name_Chamblee"}),
        json!({"mpcId": {"friendly_name": "Chamblee"}}),
        json!({"mpcId": {"friendlyName": "Chamblee"}}),
    ] {
        assert_eq!(by_object(params.clone()).expect("parses"), want, "{params}");
    }
    assert_eq!(
        by_object(json!({"mpcId": {"uuid": UUID}})).expect("parses"),
        Operation::from(GetSingleMultiPartyCall::new(by_uuid()))
    );
    // Written back as the path spelling.
    assert_eq!(
        want.to_value(),
        json!({"operation": "getSingleMultiPartyCall", "params": {"mpcId": "name_Chamblee"}})
    );
    for bad in [
        json!({"mpcId": "Chamblee"}),
        json!({"mpcId": {"uuid": UUID, "friendly_name": "Chamblee"}}),
        json!({"mpcId": {}}),
        json!({"mpcId": {"uuid": 7}}),
        json!({"mpcId": 7}),
    ] {
        assert_invalid_json(
            json!({"operation": "getSingleMultiPartyCall", "params": bad}),
            "mpcId",
        );
    }
    assert_invalid_json(
        json!({"operation": "getSingleMultiPartyCall", "params": {}}),
        "mpcId",
    );
    // An empty uuid or name names no call.
    assert_invalid(GetSingleMultiPartyCall::new(MpcId::uuid("")), "mpcId");
    assert_invalid(GetSingleMultiPartyCall::new(MpcId::name(" ")), "mpcId");
}

// ---------------------------------------------------------------------------------------------
// The requests
// ---------------------------------------------------------------------------------------------

#[test]
fn get_multi_party_calls_wire() {
    // plivo-python's recorded request: the same query.
    assert_both(
        GetMultiPartyCalls::new()
            .sub_account("SAWWWWWWWWWWWWWWWWWW")
            .friendly_name("axa")
            .status(MpcStatusFilter::Active)
            .termination_cause_code(1010)
            .end_time_gte("2020-03-10 11:45")
            .creation_time_lte("2020-03-30 09:35")
            .limit(15)
            .offset(156),
        json!({"operation": "getMultiPartyCalls", "params": {
            "subAccount": "SAWWWWWWWWWWWWWWWWWW", "friendly_name": "axa", "status": "active",
            "terminationCauseCode": 1010, "end_time__gte": "2020-03-10 11:45",
            "creationTimeLte": "2020-03-30 09:35", "limit": 15, "offset": 156}}),
        Expect::get("MultiPartyCall/").query(&[
            ("sub_account", "SAWWWWWWWWWWWWWWWWWW"),
            ("friendly_name", "axa"),
            ("status", "active"),
            ("termination_cause_code", "1010"),
            ("end_time__gte", "2020-03-10 11:45"),
            ("creation_time__lte", "2020-03-30 09:35"),
            ("limit", "15"),
            ("offset", "156"),
        ]),
    );
    assert_both(
        GetMultiPartyCalls::new()
            .end_time_gt("2020-03-10 11:45:01")
            .end_time_lt("2020-03-11 11:45")
            .end_time_lte("2020-03-12 11:45")
            .creation_time_gt("2020-03-01 00:00")
            .creation_time_gte("2020-03-02 00:00")
            .creation_time_lt("2020-03-03 00:00:00.5")
            .callback_url("https://cb.example/mpc")
            .callback_method(HttpMethod::Post),
        json!({"operation": "getMultiPartyCalls", "params": {
            "endTimeGt": "2020-03-10 11:45:01", "endTimeLt": "2020-03-11 11:45",
            "endTimeLte": "2020-03-12 11:45", "creationTimeGt": "2020-03-01 00:00",
            "creation_time__gte": "2020-03-02 00:00", "creationTimeLt": "2020-03-03 00:00:00.5",
            "callbackUrl": "https://cb.example/mpc", "callback_method": "POST"}}),
        Expect::get("MultiPartyCall/").query(&[
            ("end_time__gt", "2020-03-10 11:45:01"),
            ("end_time__lt", "2020-03-11 11:45"),
            ("end_time__lte", "2020-03-12 11:45"),
            ("creation_time__gt", "2020-03-01 00:00"),
            ("creation_time__gte", "2020-03-02 00:00"),
            ("creation_time__lt", "2020-03-03 00:00:00.5"),
            ("callback_url", "https://cb.example/mpc"),
            ("callback_method", "POST"),
        ]),
    );
}

#[test]
fn get_single_multi_party_call_wire() {
    // plivo-python's recorded request.
    assert_both(
        GetSingleMultiPartyCall::new(MpcId::name("Chamblee")),
        json!({"operation": "getSingleMultiPartyCall", "params": {"mpcId": "name_Chamblee"}}),
        Expect::get("MultiPartyCall/name_Chamblee/"),
    );
    assert_both(
        GetSingleMultiPartyCall::new(by_uuid()).callback_url("https://cb.example/x"),
        json!({"operation": "getSingleMultiPartyCall", "params": {
            "mpcId": {"uuid": UUID}, "callbackUrl": "https://cb.example/x"}}),
        Expect::get("MultiPartyCall/uuid_12345678-90123456/")
            .query(&[("callback_url", "https://cb.example/x")]),
    );
}

#[test]
fn start_and_stop_multi_party_call_wire() {
    // The status as a string (plivo-python's one-element list is its bug).
    assert_both(
        StartMultiPartyCall::active(by_uuid()),
        json!({"operation": "startMultiPartyCall", "params": {
            "mpcId": "uuid_12345678-90123456", "status": "active"}}),
        Expect::post(
            "MultiPartyCall/uuid_12345678-90123456/",
            json!({"status": "active"}),
        )
        .status(200),
    );
    assert_eq!(
        StartMultiPartyCall::active(by_uuid()),
        StartMultiPartyCall::new(by_uuid(), MpcStartStatus::Active)
    );
    assert_both(
        StopMultiPartyCall::new(by_uuid()),
        json!({"operation": "stopMultiPartyCall", "params": {"mpc_id": "uuid_12345678-90123456"}}),
        Expect::delete("MultiPartyCall/uuid_12345678-90123456/"),
    );
    assert_both(
        StopMultiPartyCall::new(MpcId::name("Voice"))
            .callback_url("https://cb.example/stop")
            .callback_method(HttpMethod::Get),
        json!({"operation": "stopMultiPartyCall", "params": {
            "mpcId": "name_Voice", "callbackUrl": "https://cb.example/stop",
            "callbackMethod": "GET"}}),
        Expect::delete("MultiPartyCall/name_Voice/").body(json!({
            "callback_url": "https://cb.example/stop", "callback_method": "GET"})),
    );
}

#[test]
fn add_multi_party_call_participant_wire_dialing() {
    // Only what is set is sent (plivo-python sends its ~35 defaults every time).
    assert_both(
        AddMultiPartyCallParticipant::new(by_uuid(), MpcRole::Agent)
            .from("918888888888")
            .to(["917702643094", "919629342168"])
            .ring_timeout(["30", "45"])
            .delay_dial(["0", "5"]),
        json!({"operation": "addMultiPartyCallParticipant", "params": {
            "mpcId": "uuid_12345678-90123456", "role": "Agent", "from": "918888888888",
            "to": "917702643094<919629342168", "ringTimeout": ["30", "45"],
            "delay_dial": "0<5"}}),
        Expect::post(
            "MultiPartyCall/uuid_12345678-90123456/Participant/",
            json!({"role": "agent", "from": "918888888888",
                "to": "917702643094<919629342168", "ring_timeout": "30<45",
                "delay_dial": "0<5"}),
        )
        .status(200),
    );
}

#[test]
fn add_multi_party_call_participant_wire_every_field() {
    let url = |p: &str| format!("https://media.example/{p}");
    assert_both(
        AddMultiPartyCallParticipant::new(MpcId::name("support"), MpcRole::Supervisor)
            .call_uuid("0b7b4242-8ee8-4872-b447-81b4ce972eae")
            .caller_name("Desk")
            .call_status_callback_url(url("status"))
            .call_status_callback_method(HttpMethod::Get)
            .sip_headers("team=a,level=2")
            .confirm_key("#")
            .confirm_key_sound_url(url("confirm.mp3"))
            .confirm_key_sound_method(HttpMethod::Post)
            .dial_music("none")
            .ring_timeout("20")
            .delay_dial("3")
            .max_duration(300)
            .max_participants(2)
            .record_min_member_count(2)
            .wait_music_url(url("wait.mp3"))
            .wait_music_method(HttpMethod::Get)
            .agent_hold_music_url(url("agent.mp3"))
            .agent_hold_music_method(HttpMethod::Get)
            .customer_hold_music_url(url("customer.mp3"))
            .customer_hold_music_method(HttpMethod::Get)
            .recording_callback_url(url("rec"))
            .recording_callback_method(HttpMethod::Post)
            .status_callback_url(url("events"))
            .status_callback_method(HttpMethod::Post)
            .on_exit_action_url(url("exit"))
            .on_exit_action_method(HttpMethod::Get)
            .record(true)
            .record_participant_track(false)
            .record_file_format(FileFormat::Wav)
            .status_callback_events(["mpc-state-changes", "participant-speak-events"])
            .stay_alone(true)
            .coach_mode(false)
            .mute(true)
            .hold(false)
            .start_mpc_on_enter(false)
            .end_mpc_on_exit(true)
            .relay_dtmf_inputs(true)
            .enter_sound("beep:2")
            .enter_sound_method(HttpMethod::Get)
            .exit_sound(url("bye.mp3"))
            .exit_sound_method(HttpMethod::Post)
            .start_recording_audio(url("start.mp3"))
            .start_recording_audio_method(HttpMethod::Get)
            .stop_recording_audio(url("stop.mp3"))
            .stop_recording_audio_method(HttpMethod::Get)
            .create_mpc_with_single_participant(false)
            .send_digits("1w2")
            .send_on_preanswer(true)
            .transcription_url(url("transcript"))
            .transcript(true)
            .callback_url(url("async"))
            .callback_method(HttpMethod::Post),
        json!({"operation": "addMultiPartyCallParticipant", "params": {
            "mpcId": {"friendly_name": "support"}, "role": "supervisor",
            "callUuid": "0b7b4242-8ee8-4872-b447-81b4ce972eae", "callerName": "Desk",
            "callStatusCallbackUrl": url("status"), "callStatusCallbackMethod": "GET",
            "sipHeaders": "team=a,level=2", "confirmKey": "#",
            "confirmKeySoundUrl": url("confirm.mp3"), "confirmKeySoundMethod": "POST",
            "dialMusic": "none", "ringTimeout": "20", "delayDial": "3", "maxDuration": 300,
            "maxParticipants": 2, "recordMinMemberCount": 2, "waitMusicUrl": url("wait.mp3"),
            "waitMusicMethod": "GET", "agentHoldMusicUrl": url("agent.mp3"),
            "agentHoldMusicMethod": "GET", "customerHoldMusicUrl": url("customer.mp3"),
            "customerHoldMusicMethod": "GET", "recordingCallbackUrl": url("rec"),
            "recordingCallbackMethod": "POST", "statusCallbackUrl": url("events"),
            "statusCallbackMethod": "POST", "onExitActionUrl": url("exit"),
            "onExitActionMethod": "GET", "record": true, "recordParticipantTrack": false,
            "recordFileFormat": "wav",
            "statusCallbackEvents": "mpc-state-changes,participant-speak-events",
            "stayAlone": true, "coachMode": false, "mute": true, "hold": false,
            "startMpcOnEnter": false, "endMpcOnExit": true, "relayDtmfInputs": true,
            "enterSound": "beep:2", "enterSoundMethod": "GET", "exitSound": url("bye.mp3"),
            "exitSoundMethod": "POST", "startRecordingAudio": url("start.mp3"),
            "startRecordingAudioMethod": "GET", "stopRecordingAudio": url("stop.mp3"),
            "stopRecordingAudioMethod": "GET", "createMpcWithSingleParticipant": false,
            "sendDigits": "1w2", "sendOnPreanswer": true, "transcriptionUrl": url("transcript"),
            "transcript": true, "callbackUrl": url("async"), "callbackMethod": "POST"}}),
        Expect::post(
            "MultiPartyCall/name_support/Participant/",
            json!({"role": "supervisor",
                "call_uuid": "0b7b4242-8ee8-4872-b447-81b4ce972eae", "caller_name": "Desk",
                "call_status_callback_url": url("status"), "call_status_callback_method": "GET",
                "sip_headers": "team=a,level=2", "confirm_key": "#",
                "confirm_key_sound_url": url("confirm.mp3"), "confirm_key_sound_method": "POST",
                "dial_music": "none", "ring_timeout": "20", "delay_dial": "3",
                "max_duration": 300, "max_participants": 2, "record_min_member_count": 2,
                "wait_music_url": url("wait.mp3"), "wait_music_method": "GET",
                "agent_hold_music_url": url("agent.mp3"), "agent_hold_music_method": "GET",
                "customer_hold_music_url": url("customer.mp3"),
                "customer_hold_music_method": "GET", "recording_callback_url": url("rec"),
                "recording_callback_method": "POST", "status_callback_url": url("events"),
                "status_callback_method": "POST", "on_exit_action_url": url("exit"),
                "on_exit_action_method": "GET", "record": true,
                "record_participant_track": false, "record_file_format": "wav",
                "status_callback_events": "mpc-state-changes,participant-speak-events",
                "stay_alone": true, "coach_mode": false, "mute": true, "hold": false,
                "start_mpc_on_enter": false, "end_mpc_on_exit": true,
                "relay_dtmf_inputs": true, "enter_sound": "beep:2", "enter_sound_method": "GET",
                "exit_sound": url("bye.mp3"), "exit_sound_method": "POST",
                "start_recording_audio": url("start.mp3"),
                "start_recording_audio_method": "GET", "stop_recording_audio": url("stop.mp3"),
                "stop_recording_audio_method": "GET",
                "create_mpc_with_single_participant": false, "send_digits": "1w2",
                "send_on_preanswer": true, "transcription_url": url("transcript"),
                "transcript": true, "callback_url": url("async"), "callback_method": "POST"}),
        )
        .status(201),
    );
}

#[test]
fn participants_list_get_update_kick_wire() {
    assert_both(
        GetMultiPartyCallParticipants::new(MpcId::name("Voice")).call_uuid("c-1"),
        json!({"operation": "getMultiPartyCallParticipants", "params": {
            "mpcId": "name_Voice", "callUuid": "c-1"}}),
        Expect::get("MultiPartyCall/name_Voice/Participant/").query(&[("call_uuid", "c-1")]),
    );
    // plivo-python's recorded request.
    assert_both(
        GetSingleMultiPartyCallParticipant::new(
            MpcId::uuid("18905d56-79c8-41d4-a840-25feff71070e"),
            "49",
        ),
        json!({"operation": "getSingleMultiPartyCallParticipant", "params": {
            "mpcId": "uuid_18905d56-79c8-41d4-a840-25feff71070e", "participantId": 49}}),
        Expect::get("MultiPartyCall/uuid_18905d56-79c8-41d4-a840-25feff71070e/Participant/49/"),
    );
    assert_both(
        UpdateMultiPartyCallParticipant::new(by_uuid(), "10")
            .coach_mode(true)
            .mute(false),
        json!({"operation": "updateMultiPartyCallParticipant", "params": {
            "mpcId": "uuid_12345678-90123456", "participant_id": "10",
            "coachMode": true, "mute": false}}),
        Expect::post(
            "MultiPartyCall/uuid_12345678-90123456/Participant/10/",
            json!({"coach_mode": true, "mute": false}),
        )
        .status(200),
    );
    assert_both(
        UpdateMultiPartyCallParticipant::new(by_uuid(), "all").hold(true),
        json!({"operation": "updateMultiPartyCallParticipant", "params": {
            "mpcId": "uuid_12345678-90123456", "participantId": "all", "hold": true}}),
        Expect::post(
            "MultiPartyCall/uuid_12345678-90123456/Participant/all/",
            json!({"hold": true}),
        )
        .status(200),
    );
    assert_both(
        KickMultiPartyCallParticipant::new(by_uuid(), "10"),
        json!({"operation": "kickMultiPartyCallParticipant", "params": {
            "mpcId": "uuid_12345678-90123456", "participantId": "10"}}),
        Expect::delete("MultiPartyCall/uuid_12345678-90123456/Participant/10/"),
    );
}

#[test]
fn mpc_recording_wire() {
    assert_both(
        StartMultiPartyCallRecording::new(MpcId::name("Voice"))
            .file_format(FileFormat::Wav)
            .recording_callback_url("https://cb.example/rec")
            .recording_callback_method(HttpMethod::Get)
            .transcription_url("https://cb.example/t")
            .transcript(true),
        json!({"operation": "startMultiPartyCallRecording", "params": {
            "mpcId": "name_Voice", "fileFormat": "wav",
            "recordingCallbackUrl": "https://cb.example/rec", "recordingCallbackMethod": "GET",
            "transcription_url": "https://cb.example/t", "transcript": true}}),
        Expect::post(
            "MultiPartyCall/name_Voice/Record/",
            json!({"file_format": "wav", "recording_callback_url": "https://cb.example/rec",
                "recording_callback_method": "GET", "transcription_url": "https://cb.example/t",
                "transcript": true}),
        )
        .status(200),
    );
    assert_both(
        StopMultiPartyCallRecording::new(MpcId::name("Voice")),
        json!({"operation": "stopMultiPartyCallRecording", "params": {"mpcId": "name_Voice"}}),
        Expect::delete("MultiPartyCall/name_Voice/Record/"),
    );
    assert_both(
        PauseMultiPartyCallRecording::new(MpcId::name("Voice")),
        json!({"operation": "pauseMultiPartyCallRecording", "params": {"mpcId": "name_Voice"}}),
        Expect::post("MultiPartyCall/name_Voice/Record/Pause/", json!({})).status(204),
    );
    assert_both(
        ResumeMultiPartyCallRecording::new(MpcId::name("Voice"))
            .callback_url("https://cb.example/r"),
        json!({"operation": "resumeMultiPartyCallRecording", "params": {
            "mpcId": "name_Voice", "callbackUrl": "https://cb.example/r"}}),
        Expect::post(
            "MultiPartyCall/name_Voice/Record/Resume/",
            json!({"callback_url": "https://cb.example/r"}),
        )
        .status(204),
    );
}

#[test]
fn participant_recording_wire() {
    assert_both(
        StartParticipantRecording::new(MpcId::name("Voice"), "10")
            .file_format(FileFormat::Mp3)
            .record_track_type(MpcRecordTrackType::Participant)
            .recording_callback_url("https://cb.example/rec"),
        json!({"operation": "startParticipantRecording", "params": {
            "mpcId": "name_Voice", "participantId": "10", "fileFormat": "mp3",
            "recordTrackType": "participant", "recordingCallbackUrl": "https://cb.example/rec"}}),
        Expect::post(
            "MultiPartyCall/name_Voice/Participant/10/Record/",
            json!({"file_format": "mp3", "recording_callback_url": "https://cb.example/rec",
                "record_track_type": "participant"}),
        )
        .status(200),
    );
    assert_both(
        StopParticipantRecording::new(MpcId::name("Voice"), "10"),
        json!({"operation": "stopParticipantRecording", "params": {
            "mpcId": "name_Voice", "participantId": "10"}}),
        Expect::delete("MultiPartyCall/name_Voice/Participant/10/Record/"),
    );
    assert_both(
        StopParticipantRecording::new(MpcId::name("Voice"), "10")
            .record_track_type(MpcRecordTrackType::All),
        json!({"operation": "stopParticipantRecording", "params": {
            "mpcId": "name_Voice", "participantId": "10", "record_track_type": "all"}}),
        Expect::delete("MultiPartyCall/name_Voice/Participant/10/Record/")
            .body(json!({"record_track_type": "all"})),
    );
    assert_both(
        PauseParticipantRecording::new(MpcId::name("Voice"), "10")
            .record_track_type(MpcRecordTrackType::Both),
        json!({"operation": "pauseParticipantRecording", "params": {
            "mpcId": "name_Voice", "participantId": "10", "recordTrackType": "both"}}),
        Expect::post(
            "MultiPartyCall/name_Voice/Participant/10/Record/Pause/",
            json!({"record_track_type": "both"}),
        )
        .status(204),
    );
    assert_both(
        ResumeParticipantRecording::new(MpcId::name("Voice"), "10"),
        json!({"operation": "resumeParticipantRecording", "params": {
            "mpcId": "name_Voice", "participantId": "10"}}),
        Expect::post(
            "MultiPartyCall/name_Voice/Participant/10/Record/Resume/",
            json!({}),
        )
        .status(204),
    );
}

#[test]
fn play_and_speak_wire_say_member() {
    assert_both(
        StartParticipantPlay::new(MpcId::name("Voice"), "10", "https://s3.example/a.mp3"),
        json!({"operation": "startParticipantPlay", "params": {
            "mpcId": "name_Voice", "participantId": "10", "url": "https://s3.example/a.mp3"}}),
        Expect::post(
            "MultiPartyCall/name_Voice/Member/10/Play/",
            json!({"url": "https://s3.example/a.mp3"}),
        ),
    );
    assert_both(
        StopParticipantPlay::new(MpcId::name("Voice"), "10"),
        json!({"operation": "stopParticipantPlay", "params": {
            "mpcId": "name_Voice", "participantId": "10"}}),
        Expect::delete("MultiPartyCall/name_Voice/Member/10/Play/"),
    );
    assert_both(
        StartParticipantSpeak::new(MpcId::name("MyMPC"), "209", "Hello")
            .voice(Voice::Man)
            .language("en-GB")
            .mix(true)
            .speak_type(SpeakType::Ssml)
            .callback_url("https://cb.example/s")
            .callback_method(HttpMethod::Get),
        json!({"operation": "startParticipantSpeak", "params": {
            "mpcId": "name_MyMPC", "participantId": "209", "text": "Hello", "voice": "MAN",
            "language": "en-GB", "mix": true, "type": "ssml",
            "callbackUrl": "https://cb.example/s", "callbackMethod": "GET"}}),
        Expect::post(
            "MultiPartyCall/name_MyMPC/Member/209/Speak/",
            json!({"text": "Hello", "voice": "MAN", "language": "en-GB", "mix": true,
                "type": "ssml", "callback_url": "https://cb.example/s",
                "callback_method": "GET"}),
        ),
    );
    assert_both(
        StopParticipantSpeak::new(MpcId::name("MyMPC"), "209"),
        json!({"operation": "stopParticipantSpeak", "params": {
            "mpcId": "name_MyMPC", "participantId": "209"}}),
        Expect::delete("MultiPartyCall/name_MyMPC/Member/209/Speak/"),
    );
}

#[test]
fn every_mpc_operation_is_in_the_table_beyond_the_seed() {
    let ours: Vec<&OperationKind> = OperationKind::ALL
        .iter()
        .filter(|k| k.resource() == "MultiPartyCall")
        .collect();
    assert_eq!(ours.len(), 21);
    for kind in ours {
        assert!(!kind.is_seed(), "{}", kind.name());
        assert!(
            kind.path().starts_with("MultiPartyCall/"),
            "{}",
            kind.name()
        );
    }
    assert_eq!(
        OperationKind::GetMultiPartyCalls.list_shape(),
        Some(plivo::ListShape::Objects)
    );
}

// ---------------------------------------------------------------------------------------------
// Checks before sending
// ---------------------------------------------------------------------------------------------

fn dial(role: MpcRole) -> AddMultiPartyCallParticipant {
    AddMultiPartyCallParticipant::new(MpcId::name("m"), role)
        .from("14155550100")
        .to("14155550101")
}

#[test]
fn add_participant_needs_from_and_to_or_a_call_uuid_not_both() {
    let bare = AddMultiPartyCallParticipant::new(MpcId::name("m"), MpcRole::Agent);
    assert_invalid(bare.clone(), "from");
    assert_invalid(bare.clone().from("14155550100"), "to");
    assert_invalid(bare.clone().to("14155550101"), "from");
    assert_invalid(dial(MpcRole::Agent).call_uuid("c-1"), "callUuid");
    assert_invalid(bare.clone().from("1").call_uuid("c-1"), "callUuid");
    let err = plivo::Client::new(AUTH_ID, TOKEN)
        .expect("client")
        .prepare(dial(MpcRole::Agent).call_uuid("c-1"))
        .expect_err("both");
    assert!(err.to_string().contains("from"), "{err}");
    // Either alone is fine.
    let client = plivo::Client::new(AUTH_ID, TOKEN).expect("client");
    assert!(client.prepare(bare.call_uuid("c-1")).is_ok());
    assert!(client.prepare(dial(MpcRole::Customer)).is_ok());
}

#[test]
fn add_participant_destinations_and_their_timings() {
    let many: Vec<String> = (0..21).map(|i| format!("1415555{i:04}")).collect();
    assert_invalid(dial(MpcRole::Agent).to(many.clone()), "to");
    assert_invalid(dial(MpcRole::Agent).to(Vec::<String>::new()), "to");
    let client = plivo::Client::new(AUTH_ID, TOKEN).expect("client");
    assert!(
        client
            .prepare(dial(MpcRole::Agent).to(many[..20].to_vec()))
            .is_ok()
    );
    // Several destinations only for an agent.
    for role in [MpcRole::Customer, MpcRole::Supervisor, MpcRole::AiAgent] {
        assert_invalid(dial(role).to(["1", "2"]), "to");
    }
    // Timings: whole seconds, one per destination at most.
    assert_invalid(dial(MpcRole::Agent).ring_timeout("4.5"), "ringTimeout");
    assert_invalid(
        dial(MpcRole::Agent).ring_timeout(["30", "45"]),
        "ringTimeout",
    );
    assert_invalid(dial(MpcRole::Agent).delay_dial("-1"), "delayDial");
    assert_invalid(
        dial(MpcRole::Agent)
            .to(["1", "2"])
            .delay_dial(["1", "2", "3"]),
        "delayDial",
    );
    assert!(
        client
            .prepare(dial(MpcRole::Agent).to(["1", "2"]).ring_timeout("30"))
            .is_ok()
    );
    assert_invalid_json(
        json!({"operation": "addMultiPartyCallParticipant", "params": {
            "mpcId": "name_m", "role": "agent", "from": "1", "to": "2",
            "ringTimeout": ["30<45"]}}),
        "ringTimeout",
    );
}

#[test]
fn add_participant_ranges_enums_and_sounds() {
    assert_invalid(dial(MpcRole::Agent).max_duration(299), "maxDuration");
    assert_invalid(dial(MpcRole::Agent).max_duration(28801), "maxDuration");
    assert_invalid(dial(MpcRole::Agent).max_participants(1), "maxParticipants");
    assert_invalid(dial(MpcRole::Agent).max_participants(11), "maxParticipants");
    assert_invalid(
        dial(MpcRole::Agent).record_min_member_count(0),
        "recordMinMemberCount",
    );
    assert_invalid(
        dial(MpcRole::Agent).record_min_member_count(3),
        "recordMinMemberCount",
    );
    assert_invalid(dial(MpcRole::Agent).caller_name(""), "callerName");
    assert_invalid(
        dial(MpcRole::Agent).caller_name("x".repeat(51)),
        "callerName",
    );
    assert_invalid(dial(MpcRole::Agent).confirm_key("12"), "confirmKey");
    assert_invalid(dial(MpcRole::Agent).confirm_key("a"), "confirmKey");
    assert_invalid(dial(MpcRole::Agent).dial_music("loud"), "dialMusic");
    assert_invalid(dial(MpcRole::Agent).enter_sound("beep:3"), "enterSound");
    assert_invalid(
        dial(MpcRole::Agent).exit_sound("ftp://x/y.mp3"),
        "exitSound",
    );
    assert_invalid(
        dial(MpcRole::Agent).status_callback_events(["mpc-state-changes", "everything"]),
        "statusCallbackEvents",
    );
    assert_invalid(
        dial(MpcRole::Agent).wait_music_url("not a url"),
        "waitMusicUrl",
    );
    assert_invalid(dial(MpcRole::Agent).sip_headers("a b"), "sipHeaders");
    let client = plivo::Client::new(AUTH_ID, TOKEN).expect("client");
    for ok in [
        dial(MpcRole::Agent)
            .max_duration(300)
            .max_participants(10)
            .caller_name("x".repeat(50))
            .confirm_key("*")
            .dial_music("Real")
            .enter_sound("none")
            .exit_sound("https://s.example/bye.wav"),
        dial(MpcRole::Agent).dial_music("https://s.example/ring.mp3"),
    ] {
        assert!(client.prepare(ok).is_ok());
    }
    let err = client
        .prepare(dial(MpcRole::Agent).max_participants(11))
        .expect_err("range");
    assert!(err.to_string().contains("between 2 and 10"), "{err}");
    // The JSON form: closed sets by name.
    for (field, value) in [
        ("role", json!("manager")),
        ("recordFileFormat", json!("ogg")),
        ("statusCallbackMethod", json!("PUT")),
    ] {
        let mut params = json!({"mpcId": "name_m", "role": "agent", "from": "1", "to": "2"});
        params[field] = value;
        assert_invalid_json(
            json!({"operation": "addMultiPartyCallParticipant", "params": params}),
            field,
        );
    }
    assert_invalid_json(
        json!({"operation": "addMultiPartyCallParticipant", "params": {"mpcId": "name_m"}}),
        "role",
    );
}

#[test]
fn update_needs_a_change_and_no_coach_mode_for_all() {
    assert_invalid(
        UpdateMultiPartyCallParticipant::new(by_uuid(), "10"),
        "coachMode",
    );
    assert_invalid(
        UpdateMultiPartyCallParticipant::new(by_uuid(), "ALL").coach_mode(true),
        "coachMode",
    );
    assert_invalid(
        UpdateMultiPartyCallParticipant::new(by_uuid(), "").mute(true),
        "participantId",
    );
}

#[test]
fn other_checks() {
    assert_invalid(GetMultiPartyCalls::new().limit(21), "limit");
    assert_invalid(GetMultiPartyCalls::new().sub_account("MA123"), "subAccount");
    assert_invalid(
        GetMultiPartyCalls::new().end_time_gt("2020-03-10"),
        "endTimeGt",
    );
    assert_invalid(
        GetMultiPartyCalls::new().creation_time_lte("2020-03-10T11:45"),
        "creationTimeLte",
    );
    assert_invalid(GetMultiPartyCalls::new().callback_url("cb"), "callbackUrl");
    assert_invalid_json(
        json!({"operation": "getMultiPartyCalls", "params": {"status": "live"}}),
        "status",
    );
    assert_invalid(
        StartParticipantPlay::new(MpcId::name("m"), "1", "file.mp3"),
        "url",
    );
    assert_invalid(
        StartParticipantSpeak::new(MpcId::name("m"), "1", " "),
        "text",
    );
    assert_invalid(
        StopParticipantSpeak::new(MpcId::name("m"), ""),
        "participantId",
    );
    assert_invalid_json(
        json!({"operation": "startMultiPartyCall", "params": {"mpcId": "name_m", "status": "ended"}}),
        "status",
    );
    assert_invalid_json(
        json!({"operation": "startParticipantRecording", "params": {
            "mpcId": "name_m", "participantId": "1", "recordTrackType": "inbound"}}),
        "recordTrackType",
    );
}

// ---------------------------------------------------------------------------------------------
// The recorded answers
// ---------------------------------------------------------------------------------------------

#[test]
fn fixtures_decode_losslessly() {
    let list: Page<MultiPartyCall> = decodes_losslessly_but_nulls(include_str!(
        "data/fixtures/multiPartyCallsListMpcResponse.json"
    ));
    assert_eq!(list.meta.total_count, Some(199));
    assert_eq!(list.objects.len(), 20);
    let ended = &list.objects[10];
    assert_eq!(ended.status.as_deref(), Some("Ended"));
    assert_eq!(ended.termination_cause_code, Some(1000));
    assert_eq!(
        ended.billed_amount.as_ref().map(|a| a.as_str()),
        Some("3.6")
    );
    assert_eq!(
        list.objects[0].friendly_name.as_deref(),
        Some("Ban Selaphum")
    );

    let added: MpcParticipantAdded = decodes_losslessly_but_nulls(include_str!(
        "data/fixtures/multiPartyCallsAddParticipantResponse.json"
    ));
    assert_eq!(added.calls.as_ref().map(Vec::len), Some(2));
    assert_eq!(
        added.calls.as_ref().and_then(|c| c[1].to.as_deref()),
        Some("919629342168")
    );
    for text in [
        include_str!("data/fixtures/multiPartyCallsStartMpcResponse.json"),
        include_str!("data/fixtures/multiPartyCallsEndMpcResponse.json"),
        include_str!("data/fixtures/multiPartyCallsKickMpcParticipantResponse.json"),
    ] {
        let action: MpcAction = decodes_losslessly_but_nulls(text);
        assert_eq!(
            action.request_uuid.as_deref(),
            Some("75fecf73-7f77-404f-adc6-7d4a73d9a40d")
        );
    }
    let participant: MpcParticipant = decodes_losslessly_but_nulls(include_str!(
        "data/fixtures/multiPartyCallsGetParticipantResponse.json"
    ));
    assert_eq!(participant.member_id.as_deref(), Some("49"));
    assert_eq!(participant.coach_mode, None);
    assert_eq!(participant.end_mpc_on_exit, Some(false));
    assert_eq!(
        participant.billed_amount.as_ref().map(|a| a.as_str()),
        Some("0.005")
    );

    let updated: MpcParticipantUpdated = decodes_losslessly_but_nulls(include_str!(
        "data/fixtures/multiPartyCallsUpdateMpcParticipantResponse.json"
    ));
    assert!(
        updated
            .message
            .as_ref()
            .is_some_and(|m| m["mute"].is_string())
    );
    for (text, recording_id) in [
        (
            include_str!("data/fixtures/multiPartyCallsStartRecordingResponse.json"),
            None,
        ),
        (
            include_str!("data/fixtures/multiPartyCallsStartParticipantRecordingResponse.json"),
            Some("e06ac332-45dc-11eb-94fe-06dd7f581a50"),
        ),
    ] {
        let started: MpcRecordingStarted = decodes_losslessly_but_nulls(text);
        assert_eq!(started.recording_id.as_deref(), recording_id);
    }
    for (text, member, message) in [
        (
            include_str!("data/fixtures/multiPartyCallsStartPlayAudioResponse.json"),
            "48",
            "play queued into MPC",
        ),
        (
            include_str!("data/fixtures/mPCStartSpeakResponse.go.json"),
            "209",
            "speak queued into MPC",
        ),
    ] {
        let queued: MpcMemberAudio = decodes_losslessly_but_nulls(text);
        assert_eq!(queued.mpc_member_id, Some(vec![member.to_owned()]));
        assert_eq!(queued.mpc_name.as_deref(), Some("MyMPC"));
        assert_eq!(queued.message.as_deref(), Some(message));
    }
    // The go shape of an update keeps its keys too.
    let go: MpcParticipantUpdated =
        decodes_losslessly_but_nulls(r#"{"api_id":"a","hold":"MPC: x hold succeeded","mute":"m"}"#);
    assert_eq!(go.extra["hold"], "MPC: x hold succeeded");
}

// ---------------------------------------------------------------------------------------------
// The sandbox
// ---------------------------------------------------------------------------------------------

use common::sandbox::{assert_shape, fixture, raw, sandbox_with_call};
use plivo::sandbox::Sandbox;

fn status_of(err: plivo::Error) -> Option<u16> {
    err.status()
}

#[test]
fn sandbox_create_get_list_update_kick_and_end() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let desk = MpcId::name("Help desk");
    assert!(
        client
            .send(GetSingleMultiPartyCall::new(desk.clone()))
            .expect_err("no call yet")
            .is_not_found()
    );
    // The first participant creates the call, which starts as it joins.
    let added = client
        .send(
            AddMultiPartyCallParticipant::new(desk.clone(), MpcRole::Agent)
                .from("14155550100")
                .to(["14155550101", "14155550102"]),
        )
        .expect("added");
    let calls = added.calls.expect("calls");
    assert_eq!(calls.len(), 2, "one leg per destination");
    assert_eq!(calls[0].from.as_deref(), Some("14155550100"));
    let mpc = client
        .send(GetSingleMultiPartyCall::new(desk.clone()))
        .expect("made");
    assert_eq!(mpc.status.as_deref(), Some("Active"));
    assert_eq!(mpc.friendly_name.as_deref(), Some("Help desk"));
    assert!(mpc.start_time.is_some() && mpc.end_time.is_none());
    let uuid = MpcId::uuid(mpc.mpc_uuid.clone().expect("uuid"));
    let again_by_uuid = client
        .send(GetSingleMultiPartyCall::new(uuid.clone()))
        .expect("by uuid");
    assert_eq!(again_by_uuid.mpc_uuid, mpc.mpc_uuid);
    assert_eq!(again_by_uuid.friendly_name, mpc.friendly_name);

    // A supervisor joins coaching; a customer joins muted.
    client
        .send(
            AddMultiPartyCallParticipant::new(uuid.clone(), MpcRole::Supervisor)
                .from("14155550100")
                .to("14155550103"),
        )
        .expect("supervisor");
    client
        .send(
            AddMultiPartyCallParticipant::new(uuid.clone(), MpcRole::Customer)
                .from("14155550100")
                .to("14155550104")
                .mute(true),
        )
        .expect("customer");
    let list = client
        .send(GetMultiPartyCallParticipants::new(uuid.clone()))
        .expect("participants");
    assert_eq!(list.objects.len(), 3);
    let roles: Vec<&str> = list
        .objects
        .iter()
        .filter_map(|p| p.role.as_deref())
        .collect();
    assert_eq!(roles, ["agent", "supervisor", "customer"]);
    assert_eq!(list.objects[1].coach_mode, Some(true));
    assert_eq!(list.objects[2].mute, Some(true));
    let customer = list.objects[2].member_id.clone().expect("member id");
    let customer_call = list.objects[2].call_uuid.clone().expect("call");
    let only = client
        .send(GetMultiPartyCallParticipants::new(uuid.clone()).call_uuid(customer_call.as_str()))
        .expect("filtered");
    assert_eq!(only.objects.len(), 1);

    // Update: unmute one, hold all.
    let updated = client
        .send(UpdateMultiPartyCallParticipant::new(uuid.clone(), customer.as_str()).mute(false))
        .expect("unmuted");
    assert!(updated.message.is_some_and(|m| m["mute"].is_string()));
    client
        .send(UpdateMultiPartyCallParticipant::new(uuid.clone(), "all").hold(true))
        .expect("held");
    let one = client
        .send(GetSingleMultiPartyCallParticipant::new(
            uuid.clone(),
            customer.as_str(),
        ))
        .expect("one");
    assert_eq!((one.mute, one.hold), (Some(false), Some(true)));
    assert_eq!(one.mpc_uuid.as_deref(), uuid.as_uuid());

    // Kick: the participant is gone; the call goes on with two.
    client
        .send(KickMultiPartyCallParticipant::new(
            uuid.clone(),
            customer.as_str(),
        ))
        .expect("kicked");
    let gone = client
        .send(GetSingleMultiPartyCallParticipant::new(
            uuid.clone(),
            customer.as_str(),
        ))
        .expect_err("kicked");
    assert_eq!(status_of(gone), Some(404));
    let left = client
        .send(GetMultiPartyCallParticipants::new(uuid.clone()))
        .expect("participants");
    assert_eq!(left.objects.len(), 2);
    // Down to one, who may not stay alone: the call ends.
    let supervisor = left.objects[1].member_id.clone().expect("member id");
    client
        .send(KickMultiPartyCallParticipant::new(
            uuid.clone(),
            supervisor.as_str(),
        ))
        .expect("kicked");
    let ended = client
        .send(GetSingleMultiPartyCall::new(uuid.clone()))
        .expect("still read");
    assert_eq!(ended.status.as_deref(), Some("Ended"));
    assert!(ended.end_time.is_some());
    assert_eq!(ended.termination_cause_code, Some(1010));
    assert!(ended.billed_amount.is_some() && ended.duration.is_some());
    // An ended call refuses every action with 400, and its participants are gone.
    for result in [
        client.call(StartMultiPartyCall::active(uuid.clone())),
        client.call(StopMultiPartyCall::new(uuid.clone())),
        client.call(StartMultiPartyCallRecording::new(uuid.clone())),
        client.call(
            AddMultiPartyCallParticipant::new(uuid.clone(), MpcRole::Agent)
                .from("1")
                .to("2"),
        ),
    ] {
        assert_eq!(
            result.map(|r| r.status()).map_err(status_of),
            Err(Some(400))
        );
    }
    let none = client
        .send(GetMultiPartyCallParticipants::new(uuid.clone()))
        .expect("empty");
    assert!(none.objects.is_empty());
    // Its name is free: a new call.
    client
        .send(
            AddMultiPartyCallParticipant::new(desk.clone(), MpcRole::Agent)
                .from("1")
                .to("2"),
        )
        .expect("a new call");
    let again = client
        .send(GetSingleMultiPartyCall::new(desk))
        .expect("new");
    assert_ne!(again.mpc_uuid.as_deref(), uuid.as_uuid());
    assert_eq!(again.status.as_deref(), Some("Active"));
    // A uuid that names no call is a 404, and makes nothing.
    let unknown = client
        .call(
            AddMultiPartyCallParticipant::new(MpcId::uuid("nope"), MpcRole::Agent)
                .from("1")
                .to("2"),
        )
        .expect_err("unknown");
    assert!(unknown.is_not_found());
}

#[test]
fn sandbox_initialized_start_stop_and_recordings() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let id = MpcId::name("standup");
    client
        .send(
            AddMultiPartyCallParticipant::new(id.clone(), MpcRole::Agent)
                .from("1")
                .to("2")
                .start_mpc_on_enter(false)
                .stay_alone(true),
        )
        .expect("added");
    let mpc = client
        .send(GetSingleMultiPartyCall::new(id.clone()))
        .expect("get");
    assert_eq!(mpc.status.as_deref(), Some("Initialized"));
    assert_eq!(mpc.start_time, None);
    assert_eq!(mpc.stay_alone, Some(true));
    let started = client
        .send(StartMultiPartyCall::active(id.clone()))
        .expect("started");
    assert!(started.message.is_some() && started.request_uuid.is_some());
    let mpc = client
        .send(GetSingleMultiPartyCall::new(id.clone()))
        .expect("get");
    assert_eq!(mpc.status.as_deref(), Some("Active"));

    // The call's recording: start → pause → resume → stop, each only from its state.
    let recording = |client: &plivo::Client| {
        client
            .send(GetSingleMultiPartyCall::new(id.clone()))
            .expect("get")
            .recording
            .expect("recording")
    };
    assert_eq!(recording(&client), "not-recording");
    let refused = client
        .call(PauseMultiPartyCallRecording::new(id.clone()))
        .expect_err("not recording");
    assert_eq!(status_of(refused), Some(400));
    let rec = client
        .send(StartMultiPartyCallRecording::new(id.clone()).file_format(FileFormat::Wav))
        .expect("recording");
    assert!(rec.recording_url.is_some_and(|u| u.ends_with(".wav")));
    assert_eq!(recording(&client), "recording");
    assert_eq!(
        client
            .call(StartMultiPartyCallRecording::new(id.clone()))
            .map_err(status_of)
            .err(),
        Some(Some(400))
    );
    client
        .send(PauseMultiPartyCallRecording::new(id.clone()))
        .expect("paused");
    assert_eq!(recording(&client), "paused");
    client
        .send(ResumeMultiPartyCallRecording::new(id.clone()))
        .expect("resumed");
    assert_eq!(recording(&client), "recording");
    let stopped = client
        .call(StopMultiPartyCallRecording::new(id.clone()))
        .expect("stopped");
    assert_eq!(stopped.status(), 204);
    assert_eq!(recording(&client), "not-recording");

    // A participant's recording, play and speak.
    let agent = client
        .send(GetMultiPartyCallParticipants::new(id.clone()))
        .expect("participants")
        .objects[0]
        .member_id
        .clone()
        .expect("member");
    let agent = agent.as_str();
    let rec = client
        .send(StartParticipantRecording::new(id.clone(), agent))
        .expect("participant recording");
    assert!(rec.recording_id.is_some() && rec.recording_url.is_some_and(|u| u.ends_with(".mp3")));
    client
        .send(PauseParticipantRecording::new(id.clone(), agent))
        .expect("paused");
    assert_eq!(
        client
            .call(PauseParticipantRecording::new(id.clone(), agent))
            .map_err(status_of)
            .err(),
        Some(Some(400))
    );
    client
        .send(ResumeParticipantRecording::new(id.clone(), agent))
        .expect("resumed");
    client
        .send(StopParticipantRecording::new(id.clone(), agent))
        .expect("stopped");
    let played = client
        .call(StartParticipantPlay::new(
            id.clone(),
            agent,
            "https://s.example/a.mp3",
        ))
        .expect("play");
    assert_eq!(played.status(), 202);
    let played: MpcMemberAudio = played.decode().expect("typed");
    assert_eq!(played.mpc_member_id, Some(vec![agent.to_owned()]));
    assert_eq!(played.mpc_name.as_deref(), Some("standup"));
    client
        .send(StopParticipantPlay::new(id.clone(), agent))
        .expect("stop play");
    let spoken = client
        .send(StartParticipantSpeak::new(id.clone(), agent, "Hi").voice(Voice::Woman))
        .expect("speak");
    assert_eq!(spoken.message.as_deref(), Some("speak queued into MPC"));
    client
        .send(StopParticipantSpeak::new(id.clone(), agent))
        .expect("stop speak");
    assert!(
        client
            .call(StartParticipantPlay::new(
                id.clone(),
                "999",
                "https://s.example/a.mp3"
            ))
            .expect_err("no such participant")
            .is_not_found()
    );

    // Stop: ended, everyone out, 404 for the participant afterwards.
    let stop = client
        .call(StopMultiPartyCall::new(id.clone()))
        .expect("stopped");
    assert_eq!(stop.status(), 204);
    let mpc = client
        .send(GetSingleMultiPartyCall::new(id.clone()))
        .expect("get");
    assert_eq!(mpc.status.as_deref(), Some("Ended"));
    assert_eq!(
        mpc.termination_cause.as_deref(),
        Some("Hangup API Triggered")
    );
    assert_eq!(mpc.termination_cause_code, Some(3000));
    assert!(
        client
            .send(GetSingleMultiPartyCallParticipant::new(id.clone(), agent))
            .expect_err("gone")
            .is_not_found()
    );
    assert_eq!(
        client
            .call(StartParticipantSpeak::new(id, agent, "late"))
            .map_err(status_of)
            .err(),
        Some(Some(400))
    );
}

#[test]
fn sandbox_lists_page_past_one_page_and_filter() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    for i in 0..23 {
        client
            .send(
                AddMultiPartyCallParticipant::new(MpcId::name(format!("room {i}")), MpcRole::Agent)
                    .from("1")
                    .to("2")
                    .start_mpc_on_enter(i % 2 == 0),
            )
            .expect("added");
    }
    let first = client.send(GetMultiPartyCalls::new()).expect("first page");
    assert_eq!(first.objects.len(), 20);
    assert_eq!(first.meta.total_count, Some(23));
    assert_eq!(first.meta.extra["count"], 23, "Plivo's `count`");
    assert_eq!(
        first.objects[0].friendly_name.as_deref(),
        Some("room 22"),
        "newest first"
    );
    let all: Vec<MultiPartyCall> = client
        .items(GetMultiPartyCalls::new())
        .collect::<Result<_, _>>()
        .expect("every item");
    assert_eq!(all.len(), 23);
    let page2 = client
        .send(GetMultiPartyCalls::new().offset(20).limit(20))
        .expect("second page");
    assert_eq!(page2.objects.len(), 3);
    assert_eq!(page2.meta.next, None);
    let initialized = client
        .send(GetMultiPartyCalls::new().status(MpcStatusFilter::Initialized))
        .expect("filtered");
    assert_eq!(initialized.objects.len(), 11);
    assert!(
        initialized
            .objects
            .iter()
            .all(|m| m.status.as_deref() == Some("Initialized"))
    );
    let named = client
        .send(GetMultiPartyCalls::new().friendly_name("room 7"))
        .expect("by name");
    assert_eq!(named.objects.len(), 1);
    let ended = client
        .send(GetMultiPartyCalls::new().status(MpcStatusFilter::Ended))
        .expect("none ended");
    assert!(ended.objects.is_empty());
    let later = client
        .send(GetMultiPartyCalls::new().creation_time_gt("2999-01-01 00:00"))
        .expect("none later");
    assert!(later.objects.is_empty());
}

#[test]
fn sandbox_adds_a_live_call_by_uuid_and_caps_participants() {
    let (_sandbox, client, call) = sandbox_with_call();
    let id = MpcId::name("moved");
    let added = client
        .send(
            AddMultiPartyCallParticipant::new(id.clone(), MpcRole::Customer)
                .call_uuid(call.as_str())
                .max_participants(2),
        )
        .expect("moved in");
    assert_eq!(
        added.calls.and_then(|c| c[0].call_uuid.clone()),
        Some(call.clone())
    );
    let again = client
        .call(
            AddMultiPartyCallParticipant::new(id.clone(), MpcRole::Customer)
                .call_uuid(call.as_str()),
        )
        .expect_err("already in");
    assert_eq!(status_of(again), Some(400));
    let not_live = client
        .call(
            AddMultiPartyCallParticipant::new(id.clone(), MpcRole::Customer)
                .call_uuid("not-a-call"),
        )
        .expect_err("not live");
    assert_eq!(status_of(not_live), Some(400));
    client
        .send(
            AddMultiPartyCallParticipant::new(id.clone(), MpcRole::Agent)
                .from("1")
                .to("2"),
        )
        .expect("second");
    let full = client
        .call(
            AddMultiPartyCallParticipant::new(id.clone(), MpcRole::Agent)
                .from("1")
                .to("3"),
        )
        .expect_err("full");
    assert_eq!(status_of(full), Some(400));
    let list = client
        .send(GetMultiPartyCallParticipants::new(id))
        .expect("participants");
    assert_eq!(list.objects[0].call_uuid.as_deref(), Some(call.as_str()));
}

#[test]
fn sandbox_answers_like_the_fixtures_and_checks_raw_requests() {
    let sandbox = Sandbox::start().expect("sandbox");
    // What plivo-python sends: its defaults, and `status` as a one-element list.
    let (status, added) = raw(
        &sandbox,
        "POST",
        "MultiPartyCall/name_Voice/Participant/",
        None,
        Some(
            r#"{"role":"Agent","from":"918888888888","to":"917702643094","dial_music":"Real",
               "ring_timeout":45,"delay_dial":0,"max_duration":14400,"max_participants":10,
               "status_callback_events":"mpc-state-changes,participant-state-changes",
               "coach_mode":true,"mute":false,"hold":false,"enter_sound":"beep:1",
               "start_mpc_on_enter":false,"wait_music_method":"GET"}"#,
        ),
    );
    assert_eq!(status, 200, "{added}");
    assert_shape(
        "add",
        &fixture(include_str!(
            "data/fixtures/multiPartyCallsAddParticipantResponse.json"
        )),
        &added,
    );
    let (status, started) = raw(
        &sandbox,
        "POST",
        "MultiPartyCall/name_Voice/",
        None,
        Some(r#"{"status":["active"]}"#),
    );
    assert_eq!(status, 200, "{started}");
    assert_shape(
        "start",
        &fixture(include_str!(
            "data/fixtures/multiPartyCallsStartMpcResponse.json"
        )),
        &started,
    );
    let (status, list) = raw(&sandbox, "GET", "MultiPartyCall/?limit=5", None, None);
    assert_eq!(status, 200);
    assert_shape(
        "list",
        &fixture(include_str!(
            "data/fixtures/multiPartyCallsListMpcResponse.json"
        )),
        &list,
    );
    let member = added["calls"][0]["call_uuid"]
        .as_str()
        .expect("call")
        .to_owned();
    let (_, participants) = raw(
        &sandbox,
        "GET",
        "MultiPartyCall/name_Voice/Participant/",
        None,
        None,
    );
    let member_id = participants["objects"][0]["member_id"]
        .as_str()
        .expect("id")
        .to_owned();
    assert_eq!(participants["objects"][0]["call_uuid"], member.as_str());
    assert_eq!(participants["meta"]["count"], 1);
    let path = |rest: &str| format!("MultiPartyCall/name_Voice/{rest}");
    for (method, rest, body, fixture_text, want) in [
        (
            "GET",
            format!("Participant/{member_id}/"),
            None,
            include_str!("data/fixtures/multiPartyCallsGetParticipantResponse.json"),
            200,
        ),
        (
            "POST",
            format!("Participant/{member_id}/"),
            Some(r#"{"coach_mode":true,"mute":true}"#),
            include_str!("data/fixtures/multiPartyCallsUpdateMpcParticipantResponse.json"),
            200,
        ),
        (
            "POST",
            "Record/".to_owned(),
            Some("{}"),
            include_str!("data/fixtures/multiPartyCallsStartRecordingResponse.json"),
            200,
        ),
        (
            "POST",
            format!("Participant/{member_id}/Record/"),
            Some(r#"{"file_format":"mp3","record_track_type":"all"}"#),
            include_str!("data/fixtures/multiPartyCallsStartParticipantRecordingResponse.json"),
            200,
        ),
        (
            "POST",
            format!("Member/{member_id}/Play/"),
            Some(r#"{"url":"https://s.example/a.mp3"}"#),
            include_str!("data/fixtures/multiPartyCallsStartPlayAudioResponse.json"),
            202,
        ),
        (
            "POST",
            format!("Member/{member_id}/Speak/"),
            Some(r#"{"text":"hi","voice":"","language":"","mix":false}"#),
            include_str!("data/fixtures/mPCStartSpeakResponse.go.json"),
            202,
        ),
    ] {
        let (status, answer) = raw(&sandbox, method, &path(&rest), None, body);
        assert_eq!(status, want, "{method} {rest}: {answer}");
        assert_shape(&rest, &fixture(fixture_text), &answer);
    }
    // The sandbox's checks, each a 400 naming the field.
    for (body, field) in [
        (r#"{"role":"boss","from":"1","to":"2"}"#, "role"),
        (r#"{"role":"agent","from":"1"}"#, "from"),
        (
            r#"{"role":"agent","from":"1","to":"2","call_uuid":"c"}"#,
            "call_uuid",
        ),
        (r#"{"role":"customer","from":"1","to":"2<3"}"#, "to"),
        (
            r#"{"role":"agent","from":"1","to":"2","max_participants":11}"#,
            "max_participants",
        ),
        (
            r#"{"role":"agent","from":"1","to":"2","mute":"maybe"}"#,
            "mute",
        ),
        (
            r#"{"role":"agent","from":"1","to":"2","exit_sound_method":"PUT"}"#,
            "exit_sound_method",
        ),
    ] {
        let (status, answer) = raw(&sandbox, "POST", &path("Participant/"), None, Some(body));
        assert_eq!(status, 400, "{body}: {answer}");
        assert!(
            answer["error"].as_str().is_some_and(|e| e.contains(field)),
            "{answer}"
        );
    }
    let (status, _) = raw(
        &sandbox,
        "POST",
        &path(""),
        None,
        Some(r#"{"status":"ended"}"#),
    );
    assert_eq!(status, 400);
    let (status, _) = raw(&sandbox, "PUT", &path("Record/"), None, None);
    assert_eq!(status, 405);
    let (status, _) = raw(&sandbox, "GET", "MultiPartyCall/Voice/", None, None);
    assert_eq!(status, 404, "a segment without a prefix names no call");
    let (status, _) = raw(&sandbox, "GET", &path("Nowhere/"), None, None);
    assert_eq!(status, 404);
}

/// A participant moved in with `call_uuid` leaves when its live call is hung up; the call goes
/// on while others stay (`stay_alone`), and ends when nobody is left.
#[test]
fn sandbox_a_moved_in_call_that_hangs_up_leaves_the_mpc() {
    let (_sandbox, client, call) = sandbox_with_call();
    let id = MpcId::name("moved then hung up");
    client
        .send(
            AddMultiPartyCallParticipant::new(id.clone(), MpcRole::Agent)
                .from("14155550100")
                .to("14155550101")
                .stay_alone(true),
        )
        .expect("an agent dialed");
    client
        .send(
            AddMultiPartyCallParticipant::new(id.clone(), MpcRole::Customer)
                .call_uuid(call.as_str())
                .stay_alone(true),
        )
        .expect("moved in");
    let before = client
        .send(GetMultiPartyCallParticipants::new(id.clone()))
        .expect("participants");
    assert_eq!(before.objects.len(), 2);

    client
        .send(plivo::ops::HangupSingleCall::new(call.as_str()))
        .expect("hung up");

    let after = client
        .send(GetMultiPartyCallParticipants::new(id.clone()))
        .expect("participants");
    let calls: Vec<_> = after.objects.iter().map(|p| p.call_uuid.clone()).collect();
    assert_eq!(calls.len(), 1);
    assert!(!calls.contains(&Some(call.clone())), "{calls:?}");
    let mpc = client
        .send(GetSingleMultiPartyCall::new(id.clone()))
        .expect("still there");
    assert_eq!(mpc.status.as_deref(), Some("Active"));

    let agent = after.objects[0].member_id.clone().expect("member id");
    client
        .send(KickMultiPartyCallParticipant::new(
            id.clone(),
            agent.as_str(),
        ))
        .expect("kicked");
    let ended = client
        .send(GetSingleMultiPartyCall::new(id))
        .expect("ended");
    assert_eq!(ended.status.as_deref(), Some("Ended"));
    assert_eq!(ended.termination_cause_code, Some(1000));
}
