//! Audio stream operations (`Call/{call_uuid}/Stream/`): the exact requests, the checks made
//! before sending, the typed answers from the recorded fixtures, and the sandbox's stream flow
//! on live calls.

mod common;

use common::*;
use plivo::ops::{
    GetSingleStream, GetStreams, HttpMethod, StartStream, StopSingleStream, StopStreams,
    StreamAudioTrack, StreamContentType,
};
use plivo::{Error, OperationKind};
use serde_json::json;

const CALL: &str = "4d04c52e-cea3-4458-bbdb-0bfc314ee7cd";

// ---------------------------------------------------------------------------------------------
// The requests
// ---------------------------------------------------------------------------------------------

#[test]
fn start_stream_wire_minimal() {
    assert_both(
        StartStream::new(CALL, "wss://a.example/s"),
        json!({"operation": "startStream", "params": {
            "call_uuid": CALL, "service_url": "wss://a.example/s"}}),
        Expect::post(
            "Call/4d04c52e-cea3-4458-bbdb-0bfc314ee7cd/Stream/",
            json!({"service_url": "wss://a.example/s"}),
        )
        .status(201),
    );
}

#[test]
fn start_stream_wire_every_field() {
    assert_both(
        StartStream::new(CALL, "wss://agent.example/audio?x=1")
            .bidirectional(true)
            .audio_track(StreamAudioTrack::Inbound)
            .stream_timeout(600)
            .status_callback_url("https://cb.example/stream")
            .status_callback_method(HttpMethod::Get)
            .content_type(StreamContentType::MulawRate8000)
            .extra_headers("tenant=acme,lang=en")
            .cx_bot(false),
        json!({"operation": "startStream", "params": {
            "callUuid": CALL,
            "serviceUrl": "wss://agent.example/audio?x=1",
            "bidirectional": true,
            "audio_track": "inbound",
            "streamTimeout": 600,
            "status_callback_url": "https://cb.example/stream",
            "statusCallbackMethod": "GET",
            "contentType": "audio/x-mulaw;rate=8000",
            "extra_headers": "tenant=acme,lang=en",
            "cxBot": false,
        }}),
        Expect::post(
            "Call/4d04c52e-cea3-4458-bbdb-0bfc314ee7cd/Stream/",
            json!({
                "service_url": "wss://agent.example/audio?x=1",
                "bidirectional": true,
                "audio_track": "inbound",
                "stream_timeout": 600,
                "status_callback_url": "https://cb.example/stream",
                "status_callback_method": "GET",
                "content_type": "audio/x-mulaw;rate=8000",
                "extra_headers": "tenant=acme,lang=en",
                "cx_bot": false,
            }),
        )
        .status(201),
    );
}

#[test]
fn stream_reads_and_stops_wire() {
    assert_both(
        GetStreams::new(CALL),
        json!({"operation": "getStreams", "params": {"call_uuid": CALL}}),
        Expect::get("Call/4d04c52e-cea3-4458-bbdb-0bfc314ee7cd/Stream/"),
    );
    assert_both(
        GetSingleStream::new("c a/l", "s/1"),
        json!({"operation": "getSingleStream", "params": {"callUuid": "c a/l", "stream_id": "s/1"}}),
        Expect::get("Call/c%20a%2Fl/Stream/s%2F1/"),
    );
    assert_both(
        StopStreams::new(CALL),
        json!({"operation": "stopStreams", "params": {"callUuid": CALL}}),
        Expect::delete("Call/4d04c52e-cea3-4458-bbdb-0bfc314ee7cd/Stream/"),
    );
    assert_both(
        StopSingleStream::new(CALL, "30852c23"),
        json!({"operation": "stopSingleStream", "params": {"call_uuid": CALL, "streamId": "30852c23"}}),
        Expect::delete("Call/4d04c52e-cea3-4458-bbdb-0bfc314ee7cd/Stream/30852c23/"),
    );
    assert!(!OperationKind::GetStreams.is_paged());
}

// ---------------------------------------------------------------------------------------------
// Checked before sending
// ---------------------------------------------------------------------------------------------

#[test]
fn bad_stream_input_is_refused_naming_the_field() {
    let start = || StartStream::new(CALL, "wss://a.example/s");
    assert_invalid(StartStream::new("", "wss://a.example/s"), "callUuid");
    for url in [
        "",
        "https://a.example/s",
        "a.example/s",
        "wss://",
        "wss://a.example/with space",
    ] {
        assert_invalid(StartStream::new(CALL, url), "serviceUrl");
    }
    assert_invalid(start().stream_timeout(0), "streamTimeout");
    assert_invalid(
        start().status_callback_url("ftp://cb.example"),
        "statusCallbackUrl",
    );
    for headers in ["a", "a=b;c=d", "a=b,", "k=v w", &"k=v,".repeat(103)] {
        assert_invalid(start().extra_headers(headers), "extraHeaders");
    }
    for track in [StreamAudioTrack::Outbound, StreamAudioTrack::Both] {
        assert_invalid(start().bidirectional(true).audio_track(track), "audioTrack");
    }
    assert_invalid(GetSingleStream::new(CALL, " "), "streamId");
    assert_invalid(StopSingleStream::new("", "s"), "callUuid");

    // Allowed: ws:// (Plivo's own recorded answer shows one), any track one-way.
    let plain = plivo::Operation::from(StartStream::new(CALL, "ws://a.example/s"));
    assert!(plain.validate().is_ok());
    let both = plivo::Operation::from(
        start()
            .bidirectional(false)
            .audio_track(StreamAudioTrack::Both),
    );
    assert!(both.validate().is_ok());

    for (params, field) in [
        (
            json!({"call_uuid": CALL, "service_url": "wss://a", "audio_track": "left"}),
            "audioTrack",
        ),
        (
            json!({"call_uuid": CALL, "service_url": "wss://a", "content_type": "audio/wav"}),
            "contentType",
        ),
        (
            json!({"call_uuid": CALL, "service_url": "wss://a", "status_callback_method": "PUT"}),
            "statusCallbackMethod",
        ),
        (json!({"call_uuid": CALL}), "serviceUrl"),
        (
            json!({"call_uuid": CALL, "service_url": "wss://a", "track": "inbound"}),
            "track",
        ),
    ] {
        assert_invalid_json(json!({"operation": "startStream", "params": params}), field);
    }
    let err = plivo::Operation::from(
        start()
            .bidirectional(true)
            .audio_track(StreamAudioTrack::Both),
    )
    .validate()
    .expect_err("bidirectional needs inbound");
    assert!(matches!(err, Error::Invalid(_)));
    assert!(
        err.to_string()
            .contains("must be inbound when bidirectional"),
        "{err}"
    );
}

// ---------------------------------------------------------------------------------------------
// Typed answers
// ---------------------------------------------------------------------------------------------

#[test]
fn the_stream_fixtures_decode_into_the_models() {
    let started: plivo::models::StreamStarted = decodes_losslessly(include_str!(
        "data/fixtures/liveCallStreamCreateResponse.json"
    ));
    assert_eq!(
        started.stream_id.as_deref(),
        Some("30852c23-ee79-4eb4-b7b9-cd360545965b")
    );
    assert_eq!(started.message.as_deref(), Some("audio streaming started"));

    // Nulls (`end_time`, `start_time`, `next`, `previous`) read as absent.
    let text = include_str!("data/fixtures/liveCallStreamGetAllResponse.json");
    let list: plivo::models::AudioStreamList = serde_json::from_str(text).expect("decodes");
    let recorded: serde_json::Value = serde_json::from_str(text).expect("JSON");
    assert_eq!(
        serde_json::to_value(&list).expect("serializes"),
        without_nulls(&recorded)
    );
    assert_eq!(list.objects.len(), 1);
    let stream = &list.objects[0];
    assert_eq!(stream.stream_id, "c436abf8-e8a1-4d96-9aa8-b9143f7f3517");
    assert_eq!(stream.status.as_deref(), Some("initiated"));
    assert_eq!(stream.end_time, None);
    assert_eq!(stream.status_callback_url.as_deref(), Some(""));
    assert!(stream.extra.is_empty());
    assert_eq!(list.meta.as_ref().and_then(|m| m.total_count), Some(1));

    // Unknown fields are kept.
    let more: plivo::models::AudioStream = decodes_losslessly(
        r#"{"stream_id":"s","audio_track":"both","bidirectional":false,"bill_duration":3}"#,
    );
    assert_eq!(more.extra.len(), 3);
}

// ---------------------------------------------------------------------------------------------
// The sandbox
// ---------------------------------------------------------------------------------------------

use common::sandbox::{assert_same_keys, assert_shape, fixture, raw, sandbox_with_call};
use plivo::ops::HangupSingleCall;

#[test]
fn sandbox_start_list_get_stop_one_stop_all() {
    let (sandbox, client, call) = sandbox_with_call();
    let first = client
        .send(
            StartStream::new(call.as_str(), "wss://agent.example/audio")
                .status_callback_url("https://cb.example/s")
                .audio_track(StreamAudioTrack::Both),
        )
        .expect("started");
    assert_eq!(first.message.as_deref(), Some("audio streaming started"));
    let first = first.stream_id.expect("an id");
    let second = client
        .send(StartStream::new(call.as_str(), "ws://agent.example/2"))
        .expect("started")
        .stream_id
        .expect("an id");

    let list = client.send(GetStreams::new(call.as_str())).expect("listed");
    let ids: Vec<&str> = list.objects.iter().map(|s| s.stream_id.as_str()).collect();
    assert_eq!(ids, [first.as_str(), second.as_str()]);
    assert_eq!(list.meta.as_ref().and_then(|m| m.total_count), Some(2));

    let one = client
        .send(GetSingleStream::new(call.as_str(), first.as_str()))
        .expect("read");
    assert_eq!(one.call_uuid.as_deref(), Some(call.as_str()));
    assert_eq!(
        one.service_url.as_deref(),
        Some("wss://agent.example/audio")
    );
    assert_eq!(
        one.status_callback_url.as_deref(),
        Some("https://cb.example/s")
    );
    assert_eq!(one.status.as_deref(), Some("initiated"));

    client
        .send(StopSingleStream::new(call.as_str(), first.as_str()))
        .expect("stopped");
    let gone = client
        .send(GetSingleStream::new(call.as_str(), first.as_str()))
        .expect_err("stopped streams are gone");
    assert_eq!(gone.status(), Some(404));
    let again = client
        .send(StopSingleStream::new(call.as_str(), first.as_str()))
        .expect_err("stopped already");
    assert_eq!(again.status(), Some(404));
    assert_eq!(
        client
            .send(GetStreams::new(call.as_str()))
            .expect("listed")
            .objects
            .len(),
        1
    );

    client
        .send(StopStreams::new(call.as_str()))
        .expect("stopped");
    assert!(
        client
            .send(GetStreams::new(call.as_str()))
            .expect("listed")
            .objects
            .is_empty()
    );
    // Stopping all with none left is fine while the call is live.
    client
        .send(StopStreams::new(call.as_str()))
        .expect("nothing to stop");
    drop(sandbox);
}

#[test]
fn sandbox_streams_need_a_live_call_and_end_with_it() {
    let (sandbox, client, call) = sandbox_with_call();
    let not_live = "00000000-0000-0000-0000-000000000000";
    for err in [
        client
            .send(StartStream::new(not_live, "wss://a.example/s"))
            .map(|_| ())
            .expect_err("no such call"),
        client
            .send(GetStreams::new(not_live))
            .map(|_| ())
            .expect_err("no such call"),
        client
            .send(StopStreams::new(not_live))
            .map(|_| ())
            .expect_err("no such call"),
        client
            .send(GetSingleStream::new(call.as_str(), "no-such-stream"))
            .map(|_| ())
            .expect_err("no such stream"),
    ] {
        assert_eq!(err.status(), Some(404), "{err}");
    }

    let stream = client
        .send(StartStream::new(call.as_str(), "wss://a.example/s"))
        .expect("started")
        .stream_id
        .expect("an id");
    client
        .send(HangupSingleCall::new(call.as_str()))
        .expect("hung up");
    for err in [
        client
            .send(GetSingleStream::new(call.as_str(), stream.as_str()))
            .map(|_| ())
            .expect_err("ended with the call"),
        client
            .send(GetStreams::new(call.as_str()))
            .map(|_| ())
            .expect_err("call not live"),
        client
            .send(StopSingleStream::new(call.as_str(), stream.as_str()))
            .map(|_| ())
            .expect_err("ended with the call"),
    ] {
        assert_eq!(err.status(), Some(404), "{err}");
    }
    drop(sandbox);
}

#[test]
fn sandbox_checks_what_plivo_checks_and_answers_like_the_fixtures() {
    let (sandbox, _client, call) = sandbox_with_call();
    let path = format!("Call/{call}/Stream/");
    for body in [
        r#"{}"#,
        r#"{"service_url": "https://a.example/s"}"#,
        r#"{"service_url": "wss://a.example/s", "audio_track": "left"}"#,
        r#"{"service_url": "wss://a.example/s", "content_type": "audio/wav"}"#,
        r#"{"service_url": "wss://a.example/s", "status_callback_method": "PUT"}"#,
        r#"{"service_url": "wss://a.example/s", "stream_timeout": 0}"#,
        r#"{"service_url": "wss://a.example/s", "stream_timeout": "soon"}"#,
        r#"{"service_url": "wss://a.example/s", "extra_headers": "a:b"}"#,
        r#"{"service_url": "wss://a.example/s", "bidirectional": "maybe"}"#,
        r#"{"service_url": "wss://a.example/s", "bidirectional": true, "audio_track": "both"}"#,
    ] {
        let (status, answer) = raw(&sandbox, "POST", &path, None, Some(body));
        assert_eq!(status, 400, "{body}: {answer}");
        assert!(answer["error"].is_string(), "{answer}");
    }

    let (status, created) = raw(
        &sandbox,
        "POST",
        &path,
        None,
        Some(
            r#"{"service_url": "wss://a.example/s", "bidirectional": true, "audio_track": "inbound", "content_type": "audio/x-l16;rate=16000", "extra_headers": "a=b,c=d", "stream_timeout": 60}"#,
        ),
    );
    assert_eq!(status, 201, "{created}");
    let want = fixture(include_str!(
        "data/fixtures/liveCallStreamCreateResponse.json"
    ));
    assert_same_keys("startStream", &want, &created);
    assert_shape("startStream", &want, &created);

    let (status, list) = raw(&sandbox, "GET", &path, None, None);
    assert_eq!(status, 200);
    let want = fixture(include_str!(
        "data/fixtures/liveCallStreamGetAllResponse.json"
    ));
    assert_same_keys("getStreams", &want, &list);
    assert_same_keys("getStreams meta", &want["meta"], &list["meta"]);
    assert_same_keys("getStreams item", &want["objects"][0], &list["objects"][0]);
    assert_shape("getStreams", &want, &list);
    assert_eq!(list["objects"][0]["status_callback_url"], "");

    let id = created["stream_id"].as_str().expect("an id");
    let (status, one) = raw(&sandbox, "GET", &format!("{path}{id}/"), None, None);
    assert_eq!(status, 200);
    assert_eq!(one["stream_id"], id);
    assert_shape("getSingleStream", &want["objects"][0], &one);

    let (status, _) = raw(&sandbox, "PATCH", &path, None, Some("{}"));
    assert_eq!(status, 405);
}
