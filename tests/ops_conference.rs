//! Wire tests for the conference and conference-member operations: only the required fields,
//! every field set, the JSON form, path encoding of conference names and member ids, and
//! invalid input.

mod common;

use common::*;
use plivo::ops::{
    EnableHearingForMember, FileFormat, GetConferences, GetSingleConference, HangupConferences,
    HangupMember, HangupSingleConference, HttpMethod, KickMember, MakeMemberDeaf, MuteMember,
    PlaySoundToMember, PlayTextToMember, StartRecordingConference, StopPlayingSoundToMember,
    StopPlayingTextToMember, StopRecordingConference, TranscriptionType, UnmuteMember, Voice,
};
use serde_json::json;

#[test]
fn get_conferences_required_only() {
    assert_both(
        GetConferences::new(),
        json!({"operation": "getConferences"}),
        Expect::get("Conference/").status(200),
    );
    assert_both(
        GetConferences::new(),
        json!({"operation": "Plivo.getConferences", "params": {}}),
        Expect::get("Conference/").status(200),
    );
}

#[test]
fn get_conferences_invalid() {
    assert_invalid_json(
        json!({"operation": "getConferences", "params": {"conferenceName": "My Room"}}),
        "conferenceName",
    );
    assert_invalid_json(
        json!({"operation": "getConferences", "params": {"limit": 20}}),
        "limit",
    );
    assert_invalid_json(
        json!({"operation": "getConferences", "params": ["My Room"]}),
        "params",
    );
}

#[test]
fn get_single_conference_required_only() {
    assert_both(
        GetSingleConference::new("My Room"),
        json!({"operation": "getSingleConference", "params": {"conferenceName": "My Room"}}),
        Expect::get("Conference/My%20Room/").status(200),
    );
}

#[test]
fn get_single_conference_wire_name_alias() {
    assert_both(
        GetSingleConference::new("My Conf Room"),
        json!({"operation": "Plivo.getSingleConference", "params": {"conference_name": "My Conf Room"}}),
        Expect::get("Conference/My%20Conf%20Room/").status(200),
    );
}

#[test]
fn get_single_conference_name_cannot_change_the_path() {
    assert_both(
        GetSingleConference::new("../x?y#z"),
        json!({"operation": "getSingleConference", "params": {"conferenceName": "../x?y#z"}}),
        Expect::get("Conference/%2E%2E%2Fx%3Fy%23z/").status(200),
    );
}

#[test]
fn get_single_conference_invalid() {
    assert_invalid(GetSingleConference::new(""), "conferenceName");
    assert_invalid(GetSingleConference::new("   "), "conferenceName");
    assert_invalid_json(
        json!({"operation": "getSingleConference", "params": {}}),
        "conferenceName",
    );
    assert_invalid_json(
        json!({"operation": "getSingleConference", "params": {"conferenceName": ""}}),
        "conferenceName",
    );
    assert_invalid_json(
        json!({"operation": "getSingleConference", "params": {"conferenceName": "My Room", "conference_name": "My Room"}}),
        "conferenceName",
    );
    assert_invalid_json(
        json!({"operation": "getSingleConference", "params": {"conferenceName": "My Room", "memberId": "10"}}),
        "memberId",
    );
}

#[test]
fn hangup_conferences_required_only() {
    assert_both(
        HangupConferences::new(),
        json!({"operation": "hangupConferences", "params": {}}),
        Expect::delete("Conference/").status(204),
    );
}

#[test]
fn hangup_conferences_invalid() {
    assert_invalid_json(
        json!({"operation": "hangupConferences", "params": {"conferenceName": "My Room"}}),
        "conferenceName",
    );
    assert_invalid_json(
        json!({"operation": "hangupConference", "params": {}}),
        "operation",
    );
}

#[test]
fn hangup_single_conference_required_only() {
    assert_both(
        HangupSingleConference::new("My Room"),
        json!({"operation": "hangupSingleConference", "params": {"conferenceName": "My Room"}}),
        Expect::delete("Conference/My%20Room/").status(204),
    );
}

#[test]
fn hangup_single_conference_name_cannot_change_the_path() {
    assert_both(
        HangupSingleConference::new("../x?y#z"),
        json!({"operation": "hangupSingleConference", "params": {"conference_name": "../x?y#z"}}),
        Expect::delete("Conference/%2E%2E%2Fx%3Fy%23z/").status(204),
    );
}

#[test]
fn hangup_single_conference_invalid() {
    assert_invalid(HangupSingleConference::new(""), "conferenceName");
    assert_invalid_json(
        json!({"operation": "hangupSingleConference", "params": {}}),
        "conferenceName",
    );
    assert_invalid_json(
        json!({"operation": "hangupSingleConference", "params": {"conferenceName": "My Room", "callbackUrl": "https://example.com/cb"}}),
        "callbackUrl",
    );
    assert_invalid_json(
        json!({"operation": "hangupSingleConference", "params": {"conferenceName": ["My Room"]}}),
        "conferenceName",
    );
}

#[test]
fn start_recording_conference_required_only() {
    assert_both(
        StartRecordingConference::new("My Room"),
        json!({"operation": "startRecordingConference", "params": {"conferenceName": "My Room"}}),
        Expect::post("Conference/My%20Room/Record/", json!({})).status(202),
    );
}

#[test]
fn start_recording_conference_every_field() {
    let typed = StartRecordingConference::new("My Room")
        .file_format(FileFormat::Wav)
        .transcription_type(TranscriptionType::Hybrid)
        .transcription_url("https://example.com/transcription")
        .transcription_method(HttpMethod::Get)
        .callback_url("https://example.com/recorded")
        .callback_method(HttpMethod::Post);
    let json = json!({"operation": "Plivo.startRecordingConference", "params": {
        "conference_name": "My Room", "fileFormat": "WAV", "transcription_type": "Hybrid",
        "transcriptionUrl": "https://example.com/transcription", "transcription_method": "get",
        "callbackUrl": "https://example.com/recorded", "callback_method": "Post"}});
    assert_both(
        typed,
        json,
        Expect::post(
            "Conference/My%20Room/Record/",
            json!({
            "file_format": "wav", "transcription_type": "hybrid",
            "transcription_url": "https://example.com/transcription",
            "transcription_method": "GET", "callback_url": "https://example.com/recorded",
            "callback_method": "POST"}),
        )
        .status(202),
    );
}

#[test]
fn start_recording_conference_other_enum_values() {
    let typed = StartRecordingConference::new("My Room")
        .file_format(FileFormat::Mp3)
        .transcription_type(TranscriptionType::Auto)
        .transcription_method(HttpMethod::Post)
        .callback_method(HttpMethod::Get);
    let json = json!({"operation": "startRecordingConference", "params": {
        "conferenceName": "My Room", "file_format": "Mp3", "transcriptionType": "AUTO",
        "transcriptionMethod": "POST", "callbackMethod": "gEt"}});
    assert_both(
        typed,
        json,
        Expect::post(
            "Conference/My%20Room/Record/",
            json!({"file_format": "mp3", "transcription_type": "auto",
            "transcription_method": "POST", "callback_method": "GET"}),
        )
        .status(202),
    );
}

#[test]
fn start_recording_conference_invalid() {
    assert_invalid(
        StartRecordingConference::new("").file_format(FileFormat::Wav),
        "conferenceName",
    );
    assert_invalid_json(
        json!({"operation": "startRecordingConference", "params": {"fileFormat": "wav"}}),
        "conferenceName",
    );
    assert_invalid_json(
        json!({"operation": "startRecordingConference", "params": {"conferenceName": "My Room", "fileFormat": "ogg"}}),
        "fileFormat",
    );
    assert_invalid_json(
        json!({"operation": "startRecordingConference", "params": {"conferenceName": "My Room", "transcription_type": "manual"}}),
        "transcriptionType",
    );
    assert_invalid_json(
        json!({"operation": "startRecordingConference", "params": {"conferenceName": "My Room", "callbackMethod": "PUT"}}),
        "callbackMethod",
    );
    assert_invalid_json(
        json!({"operation": "startRecordingConference", "params": {"conferenceName": "My Room", "fileFormat": "wav", "file_format": "mp3"}}),
        "fileFormat",
    );
    assert_invalid_json(
        json!({"operation": "startRecordingConference", "params": {"conferenceName": "My Room", "recordingFormat": "wav"}}),
        "recordingFormat",
    );
}

#[test]
fn stop_recording_conference_required_only() {
    assert_both(
        StopRecordingConference::new("My Room"),
        json!({"operation": "stopRecordingConference", "params": {"conferenceName": "My Room"}}),
        Expect::delete("Conference/My%20Room/Record/").status(204),
    );
}

#[test]
fn stop_recording_conference_invalid() {
    assert_invalid(StopRecordingConference::new(""), "conferenceName");
    assert_invalid_json(
        json!({"operation": "stopRecordingConference"}),
        "conferenceName",
    );
    assert_invalid_json(
        json!({"operation": "stopRecordingConference", "params": {"conferenceName": "My Room", "fileFormat": "wav"}}),
        "fileFormat",
    );
}

#[test]
fn hangup_member_required_only() {
    assert_both(
        HangupMember::new("My Room", "10,11"),
        json!({"operation": "hangupMember", "params": {"conferenceName": "My Room", "memberId": "10,11"}}),
        Expect::delete("Conference/My%20Room/Member/10,11/").status(204),
    );
}

#[test]
fn hangup_member_all_and_numeric_id() {
    assert_both(
        HangupMember::new("My Room", "all"),
        json!({"operation": "hangupMember", "params": {"conference_name": "My Room", "member_id": "all"}}),
        Expect::delete("Conference/My%20Room/Member/all/").status(204),
    );
    assert_both(
        HangupMember::new("My Room", "10"),
        json!({"operation": "hangupMember", "params": {"conferenceName": "My Room", "memberId": 10}}),
        Expect::delete("Conference/My%20Room/Member/10/").status(204),
    );
}

#[test]
fn hangup_member_values_cannot_change_the_path() {
    assert_both(
        HangupMember::new("../x?y#z", "../11/Kick"),
        json!({"operation": "hangupMember", "params": {"conferenceName": "../x?y#z", "memberId": "../11/Kick"}}),
        Expect::delete("Conference/%2E%2E%2Fx%3Fy%23z/Member/%2E%2E%2F11%2FKick/").status(204),
    );
}

#[test]
fn hangup_member_invalid() {
    assert_invalid(HangupMember::new("My Room", ""), "memberId");
    assert_invalid(HangupMember::new("", "10"), "conferenceName");
    assert_invalid_json(
        json!({"operation": "hangupMember", "params": {"conferenceName": "My Room"}}),
        "memberId",
    );
    assert_invalid_json(
        json!({"operation": "hangupMember", "params": {"conferenceName": "My Room", "memberId": "10", "callUuid": "abc"}}),
        "callUuid",
    );
}

#[test]
fn kick_member_required_only() {
    assert_both(
        KickMember::new("My Room", "10,11"),
        json!({"operation": "kickMember", "params": {"conferenceName": "My Room", "memberId": "10,11"}}),
        Expect::post("Conference/My%20Room/Member/10,11/Kick/", json!({})).status(202),
    );
}

#[test]
fn kick_member_all() {
    assert_both(
        KickMember::new("My Room", "all"),
        json!({"operation": "Plivo.kickMember", "params": {"conference_name": "My Room", "memberId": "all"}}),
        Expect::post("Conference/My%20Room/Member/all/Kick/", json!({})).status(202),
    );
}

#[test]
fn kick_member_invalid() {
    assert_invalid(KickMember::new("My Room", ""), "memberId");
    assert_invalid_json(
        json!({"operation": "kickMember", "params": {"memberId": "10"}}),
        "conferenceName",
    );
    assert_invalid_json(
        json!({"operation": "kickMember", "params": {"conferenceName": "My Room", "memberId": true}}),
        "memberId",
    );
}

#[test]
fn mute_member_required_only() {
    assert_both(
        MuteMember::new("My Room", "10,11"),
        json!({"operation": "muteMember", "params": {"conferenceName": "My Room", "memberId": "10,11"}}),
        Expect::post("Conference/My%20Room/Member/10,11/Mute/", json!({})).status(202),
    );
    assert_both(
        MuteMember::new("My Room", "all"),
        json!({"operation": "muteMember", "params": {"conferenceName": "My Room", "member_id": "all"}}),
        Expect::post("Conference/My%20Room/Member/all/Mute/", json!({})).status(202),
    );
}

#[test]
fn mute_member_invalid() {
    assert_invalid(MuteMember::new("My Room", " "), "memberId");
    assert_invalid_json(
        json!({"operation": "muteMember", "params": {"conferenceName": "My Room"}}),
        "memberId",
    );
    assert_invalid_json(
        json!({"operation": "muteMember", "params": {"conferenceName": "My Room", "memberId": "10", "mute": true}}),
        "mute",
    );
}

#[test]
fn unmute_member_required_only() {
    assert_both(
        UnmuteMember::new("My Room", "10,11"),
        json!({"operation": "unmuteMember", "params": {"conferenceName": "My Room", "memberId": "10,11"}}),
        Expect::delete("Conference/My%20Room/Member/10,11/Mute/").status(204),
    );
}

#[test]
fn unmute_member_invalid() {
    assert_invalid(UnmuteMember::new("My Room", ""), "memberId");
    assert_invalid_json(
        json!({"operation": "unmuteMember", "params": {"conferenceName": "My Room", "memberId": null}}),
        "memberId",
    );
    assert_invalid_json(
        json!({"operation": "unmuteMember", "params": {"conferenceName": "My Room", "memberId": "10", "url": "https://example.com/a.mp3"}}),
        "url",
    );
}

#[test]
fn make_member_deaf_required_only() {
    assert_both(
        MakeMemberDeaf::new("My Room", "10,11"),
        json!({"operation": "makeMemberDeaf", "params": {"conferenceName": "My Room", "memberId": "10,11"}}),
        Expect::post("Conference/My%20Room/Member/10,11/Deaf/", json!({})).status(202),
    );
}

#[test]
fn make_member_deaf_invalid() {
    assert_invalid(MakeMemberDeaf::new("", "10,11"), "conferenceName");
    assert_invalid(MakeMemberDeaf::new("My Room", ""), "memberId");
    assert_invalid_json(
        json!({"operation": "makeMemberDeaf", "params": {"conferenceName": "My Room"}}),
        "memberId",
    );
    assert_invalid_json(
        json!({"operation": "makeMemberDeaf", "params": {"conferenceName": "My Room", "memberId": "10", "deaf": "true"}}),
        "deaf",
    );
}

#[test]
fn enable_hearing_for_member_required_only() {
    assert_both(
        EnableHearingForMember::new("My Room", "all"),
        json!({"operation": "enableHearingForMember", "params": {"conferenceName": "My Room", "memberId": "all"}}),
        Expect::delete("Conference/My%20Room/Member/all/Deaf/").status(204),
    );
}

#[test]
fn enable_hearing_for_member_invalid() {
    assert_invalid(EnableHearingForMember::new("My Room", ""), "memberId");
    assert_invalid_json(
        json!({"operation": "enableHearingForMember", "params": {"memberId": "10"}}),
        "conferenceName",
    );
    assert_invalid_json(
        json!({"operation": "enableHearingForMember", "params": {"conferenceName": "My Room", "memberId": "10", "member": "11"}}),
        "member",
    );
}

#[test]
fn play_sound_to_member_required_only() {
    assert_both(
        PlaySoundToMember::new("My Room", "10,11", "https://example.com/a.mp3"),
        json!({"operation": "playSoundToMember", "params": {"conferenceName": "My Room", "memberId": "10,11", "url": "https://example.com/a.mp3"}}),
        Expect::post(
            "Conference/My%20Room/Member/10,11/Play/",
            json!({"url": "https://example.com/a.mp3"}),
        )
        .status(202),
    );
}

#[test]
fn play_sound_to_member_all_with_wire_names() {
    assert_both(
        PlaySoundToMember::new("My Room", "all", "https://example.com/b.wav"),
        json!({"operation": "Plivo.playSoundToMember", "params": {"conference_name": "My Room", "member_id": "all", "url": "https://example.com/b.wav"}}),
        Expect::post(
            "Conference/My%20Room/Member/all/Play/",
            json!({"url": "https://example.com/b.wav"}),
        )
        .status(202),
    );
}

#[test]
fn play_sound_to_member_invalid() {
    assert_invalid(PlaySoundToMember::new("My Room", "10", ""), "url");
    assert_invalid(
        PlaySoundToMember::new("My Room", "", "https://example.com/a.mp3"),
        "memberId",
    );
    assert_invalid_json(
        json!({"operation": "playSoundToMember", "params": {"conferenceName": "My Room", "memberId": "10"}}),
        "url",
    );
    assert_invalid_json(
        json!({"operation": "playSoundToMember", "params": {"conferenceName": "My Room", "memberId": "10", "url": "https://example.com/a.mp3", "loop": true}}),
        "loop",
    );
}

#[test]
fn stop_playing_sound_to_member_required_only() {
    assert_both(
        StopPlayingSoundToMember::new("My Room", "10,11"),
        json!({"operation": "stopPlayingSoundToMember", "params": {"conferenceName": "My Room", "memberId": "10,11"}}),
        Expect::delete("Conference/My%20Room/Member/10,11/Play/").status(204),
    );
}

#[test]
fn stop_playing_sound_to_member_invalid() {
    assert_invalid(StopPlayingSoundToMember::new("My Room", ""), "memberId");
    assert_invalid_json(
        json!({"operation": "stopPlayingSoundToMember", "params": {"conferenceName": "My Room"}}),
        "memberId",
    );
    assert_invalid_json(
        json!({"operation": "stopPlayingSoundToMember", "params": {"conferenceName": "My Room", "memberId": "10", "url": "https://example.com/a.mp3"}}),
        "url",
    );
}

#[test]
fn play_text_to_member_required_only() {
    assert_both(
        PlayTextToMember::new("My Room", "10,11", "Welcome to the call"),
        json!({"operation": "playTextToMember", "params": {"conferenceName": "My Room", "memberId": "10,11", "text": "Welcome to the call"}}),
        Expect::post(
            "Conference/My%20Room/Member/10,11/Speak/",
            json!({"text": "Welcome to the call"}),
        )
        .status(202),
    );
}

#[test]
fn play_text_to_member_every_field() {
    let typed = PlayTextToMember::new("My Room", "all", "Bienvenue")
        .voice(Voice::Woman)
        .language("fr-FR");
    let json = json!({"operation": "Plivo.playTextToMember", "params": {
        "conference_name": "My Room", "memberId": "all", "text": "Bienvenue",
        "voice": "woman", "language": "fr-FR"}});
    assert_both(
        typed,
        json,
        Expect::post(
            "Conference/My%20Room/Member/all/Speak/",
            json!({"text": "Bienvenue", "voice": "WOMAN", "language": "fr-FR"}),
        )
        .status(202),
    );
}

#[test]
fn play_text_to_member_man_voice() {
    let typed = PlayTextToMember::new("My Room", "10", "Hello").voice(Voice::Man);
    let json = json!({"operation": "playTextToMember", "params": {
        "conferenceName": "My Room", "member_id": "10", "text": "Hello", "voice": "Man",
        "language": null}});
    assert_both(
        typed,
        json,
        Expect::post(
            "Conference/My%20Room/Member/10/Speak/",
            json!({"text": "Hello", "voice": "MAN"}),
        )
        .status(202),
    );
}

#[test]
fn play_text_to_member_invalid() {
    assert_invalid(PlayTextToMember::new("My Room", "10", ""), "text");
    assert_invalid(PlayTextToMember::new("My Room", "", "Hello"), "memberId");
    assert_invalid(
        PlayTextToMember::new("", "10", "Hello").voice(Voice::Woman),
        "conferenceName",
    );
    assert_invalid_json(
        json!({"operation": "playTextToMember", "params": {"conferenceName": "My Room", "memberId": "10"}}),
        "text",
    );
    assert_invalid_json(
        json!({"operation": "playTextToMember", "params": {"conferenceName": "My Room", "memberId": "10", "text": "Hello", "voice": "robot"}}),
        "voice",
    );
    assert_invalid_json(
        json!({"operation": "playTextToMember", "params": {"conferenceName": "My Room", "memberId": "10", "text": "Hello", "voice": 1}}),
        "voice",
    );
    assert_invalid_json(
        json!({"operation": "playTextToMember", "params": {"conferenceName": "My Room", "memberId": "10", "text": "Hello", "speed": "fast"}}),
        "speed",
    );
}

#[test]
fn stop_playing_text_to_member_required_only() {
    assert_both(
        StopPlayingTextToMember::new("My Room", "10,11"),
        json!({"operation": "stopPlayingTextToMember", "params": {"conferenceName": "My Room", "memberId": "10,11"}}),
        Expect::delete("Conference/My%20Room/Member/10,11/Speak/").status(204),
    );
}

#[test]
fn stop_playing_text_to_member_invalid() {
    assert_invalid(StopPlayingTextToMember::new("My Room", ""), "memberId");
    assert_invalid_json(
        json!({"operation": "stopPlayingTextToMember", "params": {"conferenceName": "My Room"}}),
        "memberId",
    );
    assert_invalid_json(
        json!({"operation": "stopPlayingTextToMember", "params": {"conferenceName": "My Room", "memberId": "10", "text": "Hello"}}),
        "text",
    );
}
