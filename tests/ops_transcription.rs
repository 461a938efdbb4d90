//! Transcriptions of recordings (`createTranscription`, `getSingleTranscription`,
//! `deleteTranscription`): the wire, the JSON form, bad input, the recorded answers, and the
//! sandbox's transcriptions: of a call's recording, created, fetched, deleted, gone with
//! their recording, and 404 for unknown recordings.

mod common;

use common::*;
use plivo::ops::{
    CreateTranscription, DeleteRecording, DeleteTranscription, GetSingleTranscription, MakeCall,
    RecordCall, StopCallRecording,
};
use plivo::sandbox::Sandbox;
use serde_json::json;

const ID: &str = "8605287e-1e1a-4341-8235-23574357d6f1";

#[test]
fn create_transcription_wire() {
    assert_both(
        CreateTranscription::new(ID).transcription_callback_url("https://example.com/t"),
        json!({"operation": "createTranscription", "params": {
            "recordingId": ID, "transcriptionCallbackUrl": "https://example.com/t"}}),
        Expect::post(
            "Transcription/8605287e-1e1a-4341-8235-23574357d6f1/",
            json!({"transcription_callback_url": "https://example.com/t"}),
        )
        .status(201),
    );
    assert_both(
        CreateTranscription::new("a/b"),
        json!({"operation": "createTranscription", "params": {"recording_id": "a/b"}}),
        Expect::post("Transcription/a%2Fb/", json!({})).status(201),
    );
    assert_invalid(CreateTranscription::new(""), "recordingId");
    assert_invalid(
        CreateTranscription::new(ID).transcription_callback_url("ftp://example.com"),
        "transcriptionCallbackUrl",
    );
    assert_invalid_json(
        json!({"operation": "createTranscription", "params": {}}),
        "recordingId",
    );
}

#[test]
fn get_single_transcription_wire() {
    assert_both(
        GetSingleTranscription::new(ID),
        json!({"operation": "getSingleTranscription", "params": {"transcriptionId": ID}}),
        Expect::get("Transcription/8605287e-1e1a-4341-8235-23574357d6f1/"),
    );
    assert_both(
        GetSingleTranscription::new(ID).output_type("raw"),
        json!({"operation": "getSingleTranscription", "params": {
            "transcription_id": ID, "type": "raw"}}),
        Expect::get("Transcription/8605287e-1e1a-4341-8235-23574357d6f1/")
            .query(&[("type", "raw")]),
    );
    assert_invalid(GetSingleTranscription::new(""), "transcriptionId");
}

#[test]
fn delete_transcription_wire() {
    assert_both(
        DeleteTranscription::new(ID),
        json!({"operation": "deleteTranscription", "params": {"transcriptionId": ID}}),
        Expect::delete("Transcription/8605287e-1e1a-4341-8235-23574357d6f1/").status(202),
    );
    assert_invalid_json(
        json!({"operation": "deleteTranscription", "params": {}}),
        "transcriptionId",
    );
}

#[test]
fn the_transcription_fixtures_decode_into_the_models() {
    let got: plivo::models::Transcription =
        decodes_losslessly(include_str!("data/fixtures/transcriptionGetResponse.json"));
    assert_eq!(got.status.as_deref(), Some("success"));
    assert_eq!(got.recording_duration_ms, Some(22780));
    assert_eq!(
        got.cost.as_ref().map(ToString::to_string).as_deref(),
        Some("0.05")
    );
    assert!(
        got.transcription
            .as_deref()
            .is_some_and(|t| t.contains("Speaker 0"))
    );
    let created: plivo::models::Ack = decodes_losslessly(include_str!(
        "data/fixtures/transcriptionCreateResponse.json"
    ));
    assert_eq!(
        created.message.as_deref(),
        Some("transcription in progress")
    );
    let deleted: plivo::models::Ack = decodes_losslessly(include_str!(
        "data/fixtures/transcriptionDeleteResponse.json"
    ));
    assert_eq!(deleted.message.as_deref(), Some("request accepted"));
}

/// A finished recording of a call in the sandbox, and its id.
fn recording(client: &plivo::Client) -> String {
    let call = client
        .send(MakeCall::new(
            "14155550100",
            "14155550101",
            "https://example.com/a",
        ))
        .expect("call");
    let uuid = call.request_uuid.first().expect("uuid");
    let started = client
        .send(RecordCall::new(uuid.as_str()))
        .expect("recording");
    client
        .send(StopCallRecording::new(uuid.as_str()))
        .expect("stopped");
    started.recording_id.expect("a recording id")
}

#[test]
fn sandbox_transcriptions_follow_their_recordings() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let id = recording(&client);

    // Nothing to show before it is asked for.
    let err = client
        .call(GetSingleTranscription::new(id.as_str()))
        .expect_err("none yet");
    assert!(err.is_not_found(), "{err}");

    let raw = client
        .call(
            CreateTranscription::new(id.as_str())
                .transcription_callback_url("https://example.com/t"),
        )
        .expect("created");
    assert_eq!(raw.status(), 201);
    let shape = common::sandbox::fixture(include_str!(
        "data/fixtures/transcriptionCreateResponse.json"
    ));
    common::sandbox::assert_same_keys("createTranscription", &shape, raw.body());

    let got = client
        .send(GetSingleTranscription::new(id.as_str()))
        .expect("got");
    assert_eq!(got.status.as_deref(), Some("success"));
    assert!(got.transcription.as_deref().is_some_and(|t| !t.is_empty()));
    let shape =
        common::sandbox::fixture(include_str!("data/fixtures/transcriptionGetResponse.json"));
    let raw = client
        .call(GetSingleTranscription::new(id.as_str()))
        .expect("raw");
    common::sandbox::assert_shape("getSingleTranscription", &shape, raw.body());
    common::sandbox::assert_same_keys("getSingleTranscription", &shape, raw.body());

    let raw = client
        .call(DeleteTranscription::new(id.as_str()))
        .expect("deleted");
    assert_eq!(raw.status(), 202);
    let shape = common::sandbox::fixture(include_str!(
        "data/fixtures/transcriptionDeleteResponse.json"
    ));
    common::sandbox::assert_same_keys("deleteTranscription", &shape, raw.body());
    for err in [
        client
            .call(GetSingleTranscription::new(id.as_str()))
            .expect_err("gone"),
        client
            .call(DeleteTranscription::new(id.as_str()))
            .expect_err("gone"),
    ] {
        assert!(err.is_not_found(), "{err}");
    }

    // Of an unknown recording: 404.
    let err = client
        .call(CreateTranscription::new("no-such-recording"))
        .expect_err("unknown recording");
    assert!(err.is_not_found(), "{err}");

    // Deleting the recording takes its transcription with it.
    client
        .send(CreateTranscription::new(id.as_str()))
        .expect("again");
    client
        .send(GetSingleTranscription::new(id.as_str()))
        .expect("there");
    client
        .send(DeleteRecording::new(id.as_str()))
        .expect("recording deleted");
    let err = client
        .call(GetSingleTranscription::new(id.as_str()))
        .expect_err("gone with its recording");
    assert!(err.is_not_found(), "{err}");
    let err = client
        .call(CreateTranscription::new(id.as_str()))
        .expect_err("no recording any more");
    assert!(err.is_not_found(), "{err}");
}
