//! Flows over the sandbox: calls (live and detail records), actions on live calls,
//! conferences and their members, recordings; and the shapes of the answers against Plivo's
//! recorded responses.

mod common;

use common::sandbox::{assert_same_keys, assert_shape, fixture, raw};
use plivo::ops::{self, Legs};
use plivo::sandbox::Sandbox;
use plivo::{Client, Response};
use serde_json::{Value, json};

const FROM: &str = "14155550100";
const ANSWER: &str = "https://example.com/answer";

fn ok(client: &Client, op: impl Into<plivo::Operation>) -> Response {
    client.call(op).unwrap_or_else(|e| panic!("{e}"))
}

fn not_found(client: &Client, op: impl Into<plivo::Operation>) {
    let err = client.call(op).expect_err("404 expected");
    assert!(err.is_not_found(), "{err}");
}

fn text(value: &Value) -> String {
    value
        .as_str()
        .unwrap_or_else(|| panic!("not a string: {value}"))
        .to_owned()
}

fn live_uuids(client: &Client) -> Vec<Value> {
    ok(client, ops::GetLiveCalls::new()).body()["calls"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

#[test]
fn call_conference_and_recording_flow() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();

    // Two destinations: two live calls, a list of request uuids.
    let fired = ok(
        &client,
        ops::MakeCall::new(FROM, ["14155550101", "14155550102"], ANSWER).caller_name("Ann"),
    );
    assert_eq!(fired.status(), 201);
    assert_eq!(fired.body()["message"], "call fired");
    let requests = fired.body()["request_uuid"]
        .as_array()
        .cloned()
        .expect("a list for two destinations");
    assert_eq!(requests.len(), 2);
    let (a, b) = (text(&requests[0]), text(&requests[1]));

    let live = live_uuids(&client);
    assert_eq!(live, vec![json!(a), json!(b)]);
    let filtered = ok(&client, ops::GetLiveCalls::new().to_number("14155550102"));
    assert_eq!(filtered.body()["calls"], json!([b]));

    let details = ok(&client, ops::GetSingleLiveCallDetails::new(&a));
    let view = details.body();
    assert_eq!(view["call_status"], "in-progress");
    assert_eq!(view["call_uuid"], a.as_str());
    assert_eq!(view["direction"], "outbound");
    assert_eq!(view["from"], FROM);
    assert_eq!(view["to"], "14155550101");
    assert_eq!(view["caller_name"], "Ann");
    assert!(view["session_start"].is_string());

    // Actions on a live call.
    let moved = ok(
        &client,
        ops::TransferCall::new(&a, Legs::Aleg).aleg_url("https://example.com/next"),
    );
    assert_eq!(
        (moved.status(), moved.body()["message"].clone()),
        (202, json!("call transfered"))
    );
    let played = ok(
        &client,
        ops::PlayMusicFile::new(
            &a,
            ["https://example.com/a.mp3", "https://example.com/b.wav"],
        ),
    );
    assert_eq!(
        (played.status(), played.body()["message"].clone()),
        (202, json!("play started"))
    );
    assert_eq!(
        ok(&client, ops::StopPlayingMusicFile::new(&a)).status(),
        204
    );
    let spoken = ok(
        &client,
        ops::PlayText::new(&a, "hello there").voice(ops::Voice::Man),
    );
    assert_eq!(
        (spoken.status(), spoken.body()["message"].clone()),
        (202, json!("speak started"))
    );
    assert_eq!(ok(&client, ops::StopPlayingText::new(&a)).status(), 204);
    let digits = ok(&client, ops::SendDigits::new(&a, "12#"));
    assert_eq!(
        (digits.status(), digits.body()["message"].clone()),
        (202, json!("digits sent"))
    );

    // Recording a call: listed and fetched.
    let started = ok(
        &client,
        ops::RecordCall::new(&a).file_format(ops::FileFormat::Wav),
    );
    assert_eq!(started.status(), 202);
    assert_eq!(started.body()["message"], "call recording started");
    let call_recording = text(&started.body()["recording_id"]);
    assert!(text(&started.body()["url"]).ends_with(".wav"));
    let listed = ok(&client, ops::GetRecordings::new().call_uuid(&a));
    assert_eq!(listed.body()["meta"]["total_count"], 1);
    assert_eq!(
        listed.body()["objects"][0]["recording_id"],
        call_recording.as_str()
    );
    let fetched = ok(&client, ops::GetSingleRecording::new(&call_recording));
    assert_eq!(fetched.body()["recording_type"], "call");
    assert_eq!(fetched.body()["recording_format"], "wav");
    assert_eq!(fetched.body()["call_uuid"], a.as_str());
    assert_eq!(ok(&client, ops::StopCallRecording::new(&a)).status(), 204);

    // Both calls join a conference whose name needs percent-encoding.
    let room = "Room 1";
    let m1 = sandbox.join_conference(&a, room).expect("a is live");
    let m2 = sandbox.join_conference(&b, room).expect("b is live");
    assert_eq!((m1.as_str(), m2.as_str()), ("10", "11"));
    assert_eq!(sandbox.join_conference("no-such-call", room), None);
    assert_eq!(
        ok(&client, ops::GetConferences::new()).body()["conferences"],
        json!([room])
    );
    let conf = ok(&client, ops::GetSingleConference::new(room));
    assert_eq!(conf.body()["conference_name"], room);
    assert_eq!(conf.body()["conference_member_count"], "2");
    assert!(conf.body()["conference_run_time"].is_string());
    assert_eq!(conf.body()["members"][1]["call_uuid"], b.as_str());
    assert_eq!(conf.body()["members"][0]["member_id"], "10");
    let member = |client: &Client, i: usize, field: &str| {
        ok(client, ops::GetSingleConference::new(room)).body()["members"][i][field].clone()
    };

    let muted = ok(&client, ops::MuteMember::new(room, "10"));
    assert_eq!(muted.status(), 202);
    assert_eq!(
        (
            muted.body()["message"].clone(),
            muted.body()["member_id"].clone()
        ),
        (json!("muted"), json!("10"))
    );
    assert_eq!(member(&client, 0, "muted"), true);
    assert_eq!(member(&client, 1, "muted"), false);
    assert_eq!(
        ok(&client, ops::UnmuteMember::new(room, "10")).status(),
        204
    );
    assert_eq!(member(&client, 0, "muted"), false);

    let deaf = ok(&client, ops::MakeMemberDeaf::new(room, "10,11"));
    assert_eq!(
        (
            deaf.body()["message"].clone(),
            deaf.body()["member_id"].clone()
        ),
        (json!("deaf"), json!("10,11"))
    );
    assert_eq!(
        (member(&client, 0, "deaf"), member(&client, 1, "deaf")),
        (json!(true), json!(true))
    );
    assert_eq!(
        ok(&client, ops::EnableHearingForMember::new(room, "all")).status(),
        204
    );
    assert_eq!(
        (member(&client, 0, "deaf"), member(&client, 1, "deaf")),
        (json!(false), json!(false))
    );

    let played = ok(
        &client,
        ops::PlaySoundToMember::new(room, "all", "https://example.com/hold.mp3"),
    );
    assert_eq!(played.status(), 202);
    assert_eq!(played.body()["message"], "play queued into conference");
    assert_eq!(played.body()["member_id"], "all");
    assert_eq!(
        ok(&client, ops::StopPlayingSoundToMember::new(room, "all")).status(),
        204
    );
    let spoken = ok(&client, ops::PlayTextToMember::new(room, "all", "welcome"));
    assert_eq!(spoken.body()["message"], "speak queued into conference");
    assert_eq!(spoken.body()["member_id"], "all");
    assert_eq!(
        ok(&client, ops::StopPlayingTextToMember::new(room, "all")).status(),
        204
    );
    not_found(&client, ops::MuteMember::new(room, "99"));
    not_found(&client, ops::MuteMember::new(room, "10,99"));
    not_found(&client, ops::MuteMember::new("No Such Room", "10"));

    // Conference recording.
    let rec = ok(&client, ops::StartRecordingConference::new(room));
    assert_eq!(rec.status(), 202);
    assert_eq!(rec.body()["message"], "conference recording started");
    let conf_recording = text(&rec.body()["recording_id"]);
    assert!(text(&rec.body()["url"]).ends_with(".mp3"));
    assert_eq!(
        ok(&client, ops::StopRecordingConference::new(room)).status(),
        204
    );
    let by_room = ok(&client, ops::GetRecordings::new().conference_name(room));
    assert_eq!(by_room.body()["meta"]["total_count"], 1);
    assert_eq!(
        by_room.body()["objects"][0]["recording_id"],
        conf_recording.as_str()
    );
    assert_eq!(by_room.body()["objects"][0]["recording_type"], "conference");
    assert_eq!(
        ok(&client, ops::GetRecordings::new()).body()["meta"]["total_count"],
        2
    );
    not_found(&client, ops::StartRecordingConference::new("No Such Room"));

    // Kick leaves the call live; hanging up a member ends its call and, with it, the conference.
    let kicked = ok(&client, ops::KickMember::new(room, "10"));
    assert_eq!(kicked.status(), 202);
    assert_eq!(
        (
            kicked.body()["message"].clone(),
            kicked.body()["member_id"].clone()
        ),
        (json!("kicked"), json!("10"))
    );
    assert_eq!(
        ok(&client, ops::GetSingleLiveCallDetails::new(&a)).body()["call_uuid"],
        a.as_str()
    );
    assert_eq!(
        ok(&client, ops::GetSingleConference::new(room)).body()["conference_member_count"],
        "1"
    );
    assert_eq!(
        ok(&client, ops::HangupMember::new(room, "11")).status(),
        204
    );
    not_found(&client, ops::GetSingleLiveCallDetails::new(&b));
    not_found(&client, ops::GetSingleConference::new(room));
    assert_eq!(
        ok(&client, ops::GetConferences::new()).body()["conferences"],
        json!([])
    );

    // The three ways to hang up.
    let single = ok(&client, ops::MakeCall::new(FROM, "14155550103", ANSWER));
    let c = text(&single.body()["request_uuid"]);
    assert_eq!(ok(&client, ops::HangupCallRequest::new(&c)).status(), 204);
    not_found(&client, ops::GetSingleLiveCallDetails::new(&c));
    not_found(&client, ops::HangupCallRequest::new(&c));
    let d =
        text(&ok(&client, ops::MakeCall::new(FROM, "14155550104", ANSWER)).body()["request_uuid"]);
    assert_eq!(ok(&client, ops::HangupSingleCall::new(&d)).status(), 204);
    not_found(&client, ops::HangupSingleCall::new(&d));
    assert_eq!(live_uuids(&client), vec![json!(a)]);
    assert_eq!(ok(&client, ops::HangupCalls::new()).status(), 204);
    assert!(live_uuids(&client).is_empty());
    for uuid in [&a, &b, &c, &d] {
        not_found(&client, ops::GetSingleLiveCallDetails::new(uuid));
        not_found(&client, ops::PlayText::new(uuid, "anyone?"));
    }

    // Detail records, newest first.
    let cdrs = ok(&client, ops::GetCallsDetails::new());
    assert_eq!(cdrs.body()["meta"]["total_count"], 4);
    let order: Vec<Value> = cdrs.body()["objects"]
        .as_array()
        .expect("objects")
        .iter()
        .map(|o| o["call_uuid"].clone())
        .collect();
    assert_eq!(order, vec![json!(a), json!(d), json!(c), json!(b)]);
    let cdr = ok(&client, ops::GetSingleCallDetails::new(&b));
    let cdr = cdr.body();
    assert_eq!(cdr["call_uuid"], b.as_str());
    assert_eq!(cdr["from_number"], FROM);
    assert_eq!(cdr["to_number"], "14155550102");
    assert_eq!(cdr["call_direction"], "outbound");
    assert_eq!(cdr["hangup_cause_name"], "Normal Hangup");
    assert!(cdr["total_amount"].is_string() && cdr["bill_duration"].is_u64());
    let to_b = ok(
        &client,
        ops::GetCallsDetails::new()
            .to_number("14155550102")
            .call_direction(ops::Direction::Outbound),
    );
    assert_eq!(to_b.body()["meta"]["total_count"], 1);
    let ended = ok(
        &client,
        ops::GetCallsDetails::new().end_time_gte("2000-01-01 00:00"),
    );
    assert_eq!(ended.body()["meta"]["total_count"], 4);
    let future = ok(
        &client,
        ops::GetCallsDetails::new().end_time_gt("2999-01-01 00:00"),
    );
    assert_eq!(future.body()["meta"]["total_count"], 0);
    not_found(
        &client,
        ops::GetSingleCallDetails::new("00000000-0000-4000-8000-000000000000"),
    );

    // Recordings survive their calls, and can be deleted.
    let ended_rec = ok(&client, ops::GetSingleRecording::new(&call_recording));
    assert!(ended_rec.body()["recording_duration_ms"].is_string());
    assert_eq!(
        ok(&client, ops::DeleteRecording::new(&call_recording)).status(),
        204
    );
    not_found(&client, ops::GetSingleRecording::new(&call_recording));
    not_found(&client, ops::DeleteRecording::new(&call_recording));
    assert_eq!(
        ok(&client, ops::GetRecordings::new()).body()["meta"]["total_count"],
        1
    );
}

#[test]
fn hanging_up_conferences_ends_member_calls() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let fired = ok(
        &client,
        ops::MakeCall::new(FROM, ["14155550101", "14155550102", "14155550103"], ANSWER),
    );
    let uuids: Vec<String> = fired.body()["request_uuid"]
        .as_array()
        .expect("list")
        .iter()
        .map(text)
        .collect();
    sandbox.join_conference(&uuids[0], "A").expect("joined");
    sandbox.join_conference(&uuids[1], "A").expect("joined");
    sandbox.join_conference(&uuids[2], "B").expect("joined");
    ok(&client, ops::StartRecordingConference::new("A"));
    assert_eq!(
        ok(&client, ops::GetConferences::new()).body()["conferences"],
        json!(["A", "B"])
    );

    assert_eq!(
        ok(&client, ops::HangupSingleConference::new("A")).status(),
        204
    );
    not_found(&client, ops::GetSingleConference::new("A"));
    not_found(&client, ops::HangupSingleConference::new("A"));
    assert_eq!(live_uuids(&client), vec![json!(uuids[2])]);
    assert_eq!(
        ok(&client, ops::GetCallsDetails::new()).body()["meta"]["total_count"],
        2
    );

    assert_eq!(ok(&client, ops::HangupConferences::new()).status(), 204);
    assert_eq!(
        ok(&client, ops::GetConferences::new()).body()["conferences"],
        json!([])
    );
    assert!(live_uuids(&client).is_empty());
    assert_eq!(
        ok(&client, ops::GetCallsDetails::new()).body()["meta"]["total_count"],
        3
    );
    // With nothing left, hanging up all is still fine.
    assert_eq!(ok(&client, ops::HangupConferences::new()).status(), 204);
}

#[test]
fn call_details_are_paged() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let to: Vec<String> = (0..25).map(|i| format!("1415555{i:04}")).collect();
    let fired = ok(&client, ops::MakeCall::new(FROM, to, ANSWER));
    assert_eq!(
        fired.body()["request_uuid"].as_array().map(Vec::len),
        Some(25)
    );
    assert_eq!(live_uuids(&client).len(), 25);
    assert_eq!(ok(&client, ops::HangupCalls::new()).status(), 204);

    let first = ok(&client, ops::GetCallsDetails::new().limit(20));
    let meta = &first.body()["meta"];
    assert_eq!(meta["total_count"], 25);
    assert_eq!(meta["limit"], 20);
    assert_eq!(meta["offset"], 0);
    assert_eq!(meta["previous"], Value::Null);
    assert_eq!(
        meta["next"],
        format!("/v1/Account/{}/Call/?limit=20&offset=20", sandbox.auth_id())
    );
    assert_eq!(first.body()["objects"].as_array().map(Vec::len), Some(20));
    let second = ok(&client, ops::GetCallsDetails::new().limit(20).offset(20));
    assert_eq!(second.body()["objects"].as_array().map(Vec::len), Some(5));
    assert_eq!(second.body()["meta"]["next"], Value::Null);
    assert_eq!(
        second.body()["meta"]["previous"],
        format!("/v1/Account/{}/Call/?limit=20&offset=0", sandbox.auth_id())
    );
}

#[test]
fn http_errors() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let error_shape = |body: &Value| {
        assert!(
            body["api_id"].is_string() && body["error"].is_string(),
            "{body}"
        )
    };

    let (status, body) = raw(&sandbox, "GET", "Call/?limit=21", None, None);
    assert_eq!(status, 400);
    error_shape(&body);
    let (status, body) = raw(&sandbox, "GET", "Recording/?limit=0", None, None);
    assert_eq!(status, 400);
    error_shape(&body);
    let (status, body) = raw(&sandbox, "POST", "Recording/", None, Some("{}"));
    assert_eq!(status, 405);
    error_shape(&body);
    let (status, _) = raw(&sandbox, "GET", "Request/abc/", None, None);
    assert_eq!(status, 405);
    let (status, body) = raw(&sandbox, "GET", "Call/", Some("wrong-token"), None);
    assert_eq!(status, 401);
    error_shape(&body);
    let wrong = sandbox
        .client_for(sandbox.auth_id(), "wrong-token")
        .expect("client");
    assert!(
        wrong
            .call(ops::GetLiveCalls::new())
            .expect_err("401")
            .is_auth()
    );

    // Missing or out-of-set fields.
    for body in [
        json!({"to": "14155550101", "answer_url": ANSWER}),
        json!({"from": FROM, "answer_url": ANSWER}),
        json!({"from": FROM, "to": "14155550101"}),
        json!({"from": FROM, "to": "14155550101", "answer_url": ANSWER, "answer_method": "PUT"}),
    ] {
        let (status, reply) = raw(&sandbox, "POST", "Call/", None, Some(&body.to_string()));
        assert_eq!(status, 400, "{body}");
        error_shape(&reply);
    }
    let call = ok(&client, ops::MakeCall::new(FROM, "14155550101", ANSWER));
    let uuid = text(&call.body()["request_uuid"]);
    let on_call = |path: &str, body: Value| {
        raw(
            &sandbox,
            "POST",
            &format!("Call/{uuid}/{path}"),
            None,
            Some(&body.to_string()),
        )
        .0
    };
    assert_eq!(on_call("", json!({})), 400);
    assert_eq!(
        on_call("", json!({"legs": "sideways", "aleg_url": ANSWER})),
        400
    );
    assert_eq!(
        on_call("", json!({"legs": "both", "aleg_url": ANSWER})),
        400
    );
    assert_eq!(
        on_call("", json!({"legs": "bleg", "aleg_url": ANSWER})),
        400
    );
    assert_eq!(
        on_call("", json!({"legs": "bleg", "bleg_url": ANSWER})),
        202
    );
    assert_eq!(on_call("Record/", json!({"file_format": "ogg"})), 400);
    assert_eq!(on_call("Play/", json!({})), 400);
    assert_eq!(
        on_call("Play/", json!({"urls": ANSWER, "legs": "cleg"})),
        400
    );
    assert_eq!(on_call("Speak/", json!({})), 400);
    assert_eq!(
        on_call("Speak/", json!({"text": "hi", "voice": "CHILD"})),
        400
    );
    assert_eq!(on_call("DTMF/", json!({})), 400);
    assert_eq!(on_call("DTMF/", json!({"digits": "1", "leg": "both"})), 400);
    let (status, _) = raw(
        &sandbox,
        "GET",
        &format!("Call/{uuid}/?status=dead"),
        None,
        None,
    );
    assert_eq!(status, 400);

    // Unknown ids everywhere.
    let nobody = "00000000-0000-4000-8000-000000000000";
    for (method, path) in [
        ("POST", format!("Call/{nobody}/Record/")),
        ("DELETE", format!("Call/{nobody}/Record/")),
        ("DELETE", format!("Call/{nobody}/Play/")),
        ("DELETE", format!("Call/{nobody}/Speak/")),
        ("DELETE", format!("Call/{nobody}/")),
        ("DELETE", format!("Request/{nobody}/")),
        ("GET", format!("Call/{nobody}/?status=live")),
        ("GET", format!("Call/{nobody}/")),
        ("GET", "Conference/nothing/".to_owned()),
        ("DELETE", "Conference/nothing/Member/all/".to_owned()),
        ("POST", "Conference/nothing/Member/10/Kick/".to_owned()),
        ("DELETE", "Conference/nothing/Record/".to_owned()),
        ("GET", format!("Recording/{nobody}/")),
    ] {
        let (status, body) = raw(&sandbox, method, &path, None, None);
        assert_eq!(status, 404, "{method} {path}");
        error_shape(&body);
    }

    // Member specs that name no member.
    sandbox.join_conference(&uuid, "R").expect("joined");
    for spec in ["", ",", "10,", "abc", "11"] {
        let path = format!("Conference/R/Member/{spec}/Mute/");
        let (status, _) = raw(&sandbox, "POST", &path, None, None);
        assert!(status == 404 || status == 405, "{path}: {status}");
    }
    let (status, _) = raw(
        &sandbox,
        "POST",
        "Conference/R/Member/10/Play/",
        None,
        Some("{}"),
    );
    assert_eq!(status, 400);
    let (status, _) = raw(
        &sandbox,
        "POST",
        "Conference/R/Member/10/Speak/",
        None,
        Some(&json!({"text": "x", "voice": "X"}).to_string()),
    );
    assert_eq!(status, 400);
    // Joining again keeps the member id; the call is still the only member.
    assert_eq!(sandbox.join_conference(&uuid, "R").as_deref(), Some("10"));
    assert_eq!(
        ok(&client, ops::GetSingleConference::new("R")).body()["conference_member_count"],
        "1"
    );
    // Moving to another conference leaves the first, which ends.
    assert_eq!(sandbox.join_conference(&uuid, "S").as_deref(), Some("11"));
    assert_eq!(
        ok(&client, ops::GetConferences::new()).body()["conferences"],
        json!(["S"])
    );
}

#[test]
fn answers_have_plivos_shapes() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let fired = ok(&client, ops::MakeCall::new(FROM, "14155550101", ANSWER));
    assert_shape(
        "callCreateResponse",
        &fixture(include_str!("data/fixtures/callCreateResponse.json")),
        fired.body(),
    );
    let uuid = text(&fired.body()["request_uuid"]);

    let live = ok(&client, ops::GetLiveCalls::new());
    assert_shape(
        "liveCallListGetResponse",
        &fixture(include_str!("data/fixtures/liveCallListGetResponse.json")),
        live.body(),
    );
    let view = ok(&client, ops::GetSingleLiveCallDetails::new(&uuid));
    assert_shape(
        "liveCallGetResponse",
        &fixture(include_str!("data/fixtures/liveCallGetResponse.json")),
        view.body(),
    );

    let rec = ok(&client, ops::RecordCall::new(&uuid));
    assert_shape(
        "liveCallRecordCreateResponse",
        &fixture(include_str!(
            "data/fixtures/liveCallRecordCreateResponse.json"
        )),
        rec.body(),
    );
    let recording = ok(
        &client,
        ops::GetSingleRecording::new(text(&rec.body()["recording_id"])),
    );
    assert_shape(
        "recordingGetResponse",
        &fixture(include_str!("data/fixtures/recordingGetResponse.json")),
        recording.body(),
    );

    sandbox
        .join_conference(&uuid, "My Conf Room")
        .expect("joined");
    let conf = ok(&client, ops::GetSingleConference::new("My Conf Room"));
    let expected = fixture(include_str!("data/fixtures/conferenceGetResponse.json"));
    assert_shape("conferenceGetResponse", &expected, conf.body());
    assert_shape(
        "conferenceGetResponse member",
        &expected["members"][0],
        &conf.body()["members"][0],
    );
    assert_same_keys(
        "conferenceGetResponse member",
        &expected["members"][0],
        &conf.body()["members"][0],
    );

    let kicked = ok(&client, ops::KickMember::new("My Conf Room", "10"));
    assert_shape(
        "conferenceMemberKickCreateResponse",
        &fixture(include_str!(
            "data/fixtures/conferenceMemberKickCreateResponse.json"
        )),
        kicked.body(),
    );

    ok(&client, ops::HangupSingleCall::new(&uuid));
    let cdr = ok(&client, ops::GetSingleCallDetails::new(&uuid));
    assert_shape(
        "callGetResponse",
        &fixture(include_str!("data/fixtures/callGetResponse.json")),
        cdr.body(),
    );
    // A listed record is the same object without its own api_id.
    let mut record = fixture(include_str!("data/fixtures/callGetResponse.json"));
    record.as_object_mut().map(|o| o.remove("api_id"));
    let listed = ok(&client, ops::GetCallsDetails::new());
    assert_shape(
        "callGetResponse (listed)",
        &record,
        &listed.body()["objects"][0],
    );
}
