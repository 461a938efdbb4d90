//! Queued calls (`getQueuedCalls`, `getSingleQueuedCall`): the wire, the JSON form, bad input,
//! the answers' shapes, and the sandbox's queued calls (made with `Sandbox::add_queued_call`):
//! listed, fetched, cancelled by request and hung up, then 404.

mod common;

use common::*;
use plivo::ops::{GetQueuedCalls, GetSingleQueuedCall, HangupCallRequest, HangupSingleCall};
use plivo::sandbox::Sandbox;
use serde_json::json;

const UUID: &str = "4d04c52e-cea3-4458-bbdb-0bfc314ee7cd";

#[test]
fn get_queued_calls_wire() {
    assert_both(
        GetQueuedCalls::new(),
        json!({"operation": "getQueuedCalls", "params": {}}),
        Expect::get("Call/").query(&[("status", "queued")]),
    );
    assert_both(
        GetQueuedCalls::new().limit(20).offset(40),
        json!({"operation": "getQueuedCalls", "params": {"limit": "20", "offset": 40}}),
        Expect::get("Call/").query(&[("status", "queued"), ("limit", "20"), ("offset", "40")]),
    );
}

#[test]
fn get_queued_calls_invalid() {
    assert_invalid(GetQueuedCalls::new().limit(0), "limit");
    assert_invalid(GetQueuedCalls::new().limit(21), "limit");
    assert_invalid_json(
        json!({"operation": "getQueuedCalls", "params": {"limit": 21}}),
        "limit",
    );
    // The status is the table's, not the caller's.
    assert_invalid_json(
        json!({"operation": "getQueuedCalls", "params": {"status": "live"}}),
        "status",
    );
}

#[test]
fn get_single_queued_call_wire() {
    assert_both(
        GetSingleQueuedCall::new(UUID),
        json!({"operation": "getSingleQueuedCall", "params": {"callUuid": UUID}}),
        Expect::get("Call/4d04c52e-cea3-4458-bbdb-0bfc314ee7cd/").query(&[("status", "queued")]),
    );
    // Path ids are percent-encoded.
    assert_both(
        GetSingleQueuedCall::new("a/b c"),
        json!({"operation": "getSingleQueuedCall", "params": {"call_uuid": "a/b c"}}),
        Expect::get("Call/a%2Fb%20c/").query(&[("status", "queued")]),
    );
    assert_invalid(GetSingleQueuedCall::new(""), "callUuid");
    assert_invalid_json(
        json!({"operation": "getSingleQueuedCall", "params": {}}),
        "callUuid",
    );
}

#[test]
fn queued_answers_decode_losslessly() {
    // The live calls' recorded shapes: a queued call answers the same.
    let ids: plivo::models::QueuedCallIds =
        decodes_losslessly(include_str!("data/fixtures/liveCallListGetResponse.json"));
    assert!(!ids.calls.is_empty());
    let one: plivo::models::QueuedCall =
        decodes_losslessly(include_str!("data/fixtures/liveCallGetResponse.json"));
    assert!(!one.call_uuid.is_empty());
    let queued: plivo::models::QueuedCall = decodes_losslessly(
        r#"{"api_id":"a","call_status":"queued","call_uuid":"u","caller_name":"","direction":"outbound","from":"1","to":"2","request_uuid":"u","session_start":"","new_field":[1]}"#,
    );
    assert_eq!(
        queued.call_status,
        Some(plivo::models::CallStatus::Queued),
        "{queued:?}"
    );
    assert_eq!(queued.extra.get("new_field"), Some(&json!([1])));
}

#[test]
fn sandbox_queued_calls_are_listed_fetched_and_hung_up() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    assert!(
        client
            .send(GetQueuedCalls::new())
            .expect("empty")
            .calls
            .is_empty()
    );
    let first = sandbox.add_queued_call("14155550100", "14155550101");
    let second = sandbox.add_queued_call("14155550100", "14155550102");
    let third = sandbox.add_queued_call("14155550103", "14155550101");

    let all = client.send(GetQueuedCalls::new()).expect("listed").calls;
    assert_eq!(all, [first.clone(), second.clone(), third.clone()]);
    let paged = client
        .send(GetQueuedCalls::new().limit(1).offset(1))
        .expect("paged")
        .calls;
    assert_eq!(paged, std::slice::from_ref(&second));
    // Queued calls are not live, and live calls are not queued.
    let live = client
        .send(plivo::ops::GetLiveCalls::new())
        .expect("live")
        .calls;
    assert!(live.is_empty(), "{live:?}");

    let one = client
        .send(GetSingleQueuedCall::new(first.as_str()))
        .expect("one");
    assert_eq!(one.call_uuid, first);
    assert_eq!(one.call_status, Some(plivo::models::CallStatus::Queued));
    assert_eq!(one.to.as_deref(), Some("14155550101"));
    assert_eq!(one.from.as_deref(), Some("14155550100"));
    assert_eq!(one.request_uuid.as_deref(), Some(first.as_str()));
    let shape = common::sandbox::fixture(include_str!("data/fixtures/liveCallGetResponse.json"));
    let raw = client
        .call(GetSingleQueuedCall::new(first.as_str()))
        .expect("raw");
    common::sandbox::assert_same_keys("getSingleQueuedCall", &shape, raw.body());
    let err = client
        .call(plivo::ops::GetSingleLiveCallDetails::new(first.as_str()))
        .expect_err("not live");
    assert!(err.is_not_found(), "{err}");

    // Cancelled by its request, and hung up by its uuid: gone both times.
    client
        .send(HangupCallRequest::new(first.as_str()))
        .expect("cancelled");
    client
        .send(HangupSingleCall::new(second.as_str()))
        .expect("hung up");
    for gone in [&first, &second] {
        let err = client
            .call(GetSingleQueuedCall::new(gone.as_str()))
            .expect_err("gone");
        assert!(err.is_not_found(), "{err}");
        let err = client
            .call(HangupSingleCall::new(gone.as_str()))
            .expect_err("already gone");
        assert!(err.is_not_found(), "{err}");
    }
    let left = client.send(GetQueuedCalls::new()).expect("listed").calls;
    assert_eq!(left, [third]);
    let err = client
        .call(GetSingleQueuedCall::new("no-such-call"))
        .expect_err("unknown");
    assert!(err.is_not_found(), "{err}");
}
