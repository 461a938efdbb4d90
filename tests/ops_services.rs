//! The services beyond the main API (lookup, stats): wire tests for their operations, the
//! routing of each service to its own origin (`service_url`) or to one (`base_url`), typed
//! answers from the recorded fixture, and the sandbox serving them on its one port.

mod common;

use common::*;
use mockito::{Matcher, Server};
use plivo::ops::{CreateCallFeedback, LookupNumber};
use plivo::{Client, Operation, OperationKind, RetryPolicy, Service};
use serde_json::json;

#[test]
fn lookup_number_wire() {
    assert_both(
        LookupNumber::new("+14154305555"),
        json!({"operation": "lookupNumber", "params": {"number": "+14154305555"}}),
        // No account prefix, no trailing slash, `type=carrier` fixed by the table.
        Expect::get("Number/%2B14154305555")
            .query(&[("type", "carrier")])
            .below_v1(),
    );
    assert_invalid(LookupNumber::new(""), "number");
}

#[test]
fn create_call_feedback_wire() {
    assert_both(
        CreateCallFeedback::new("c0ffee-1", 5)
            .issues(["AUDIO_LAG", "ECHO"])
            .notes("choppy at the start"),
        json!({"operation": "createCallFeedback", "params": {
            "callUuid": "c0ffee-1", "rating": "5", "issues": ["AUDIO_LAG", "ECHO"],
            "notes": "choppy at the start"}}),
        Expect::post(
            "Call/c0ffee-1/Feedback/",
            json!({"rating": 5, "issues": ["AUDIO_LAG", "ECHO"], "notes": "choppy at the start"}),
        )
        .status(201)
        .below_v1(),
    );
    assert_both(
        CreateCallFeedback::new("c0ffee-1", 1),
        json!({"operation": "createCallFeedback", "params": {"call_uuid": "c0ffee-1", "rating": 1}}),
        Expect::post("Call/c0ffee-1/Feedback/", json!({"rating": 1})).below_v1(),
    );
    for bad in [0, 6, 100] {
        assert_invalid(CreateCallFeedback::new("c", bad), "rating");
    }
    assert_invalid_json(
        json!({"operation": "createCallFeedback", "params": {"callUuid": "c"}}),
        "rating",
    );
}

#[test]
fn operations_know_their_service() {
    assert_eq!(OperationKind::LookupNumber.service(), Service::Lookup);
    assert_eq!(OperationKind::CreateCallFeedback.service(), Service::Stats);
    assert_eq!(OperationKind::SendMessage.service(), Service::Api);
    let apis = OperationKind::ALL
        .iter()
        .filter(|k| k.service() == Service::Api)
        .count();
    // Lookup, feedback and the seven PHLO operations (`tests/ops_phlo.rs`) are elsewhere.
    assert_eq!(apis, OperationKind::ALL.len() - 9);
}

/// A mock that takes one request on `path`, whatever the method, with Basic auth.
fn one_request(server: &mut Server, method: &str, path: &str) -> mockito::Mock {
    server
        .mock(method, Matcher::Exact(path.to_owned()))
        .match_query(Matcher::Any)
        .match_header("authorization", basic_auth().as_str())
        .with_status(200)
        .with_header("content-type", "application/json")
        .with_body(r#"{"api_id":"x","phone_number":"+14154305555","message":"ok"}"#)
        .expect(1)
        .create()
}

#[test]
fn each_service_goes_to_its_own_url_and_base_url_moves_them_all() {
    let mut api = Server::new();
    let mut lookup = Server::new();
    let mut stats = Server::new();
    let client = Client::builder()
        .auth_id(AUTH_ID)
        .auth_token(TOKEN)
        .base_url(api.url())
        .service_url(Service::Lookup, lookup.url())
        .service_url(Service::Stats, format!("{}/", stats.url()))
        .no_proxy()
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("client builds");
    assert_eq!(client.service_url(Service::Api), api.url());
    assert_eq!(client.service_url(Service::Lookup), lookup.url());
    assert_eq!(client.service_url(Service::Stats), stats.url());
    assert_eq!(
        client.service_url(Service::Phlo),
        api.url(),
        "base_url moves every service"
    );

    let on_api = one_request(&mut api, "GET", &format!("/v1/Account/{AUTH_ID}/"));
    let on_lookup = one_request(&mut lookup, "GET", "/v1/Number/%2B14154305555");
    let on_stats = one_request(&mut stats, "POST", "/v1/Call/c1/Feedback/");
    client
        .call(plivo::ops::GetAccountDetails::new())
        .expect("api");
    client
        .call(LookupNumber::new("+14154305555"))
        .expect("lookup");
    client
        .call(CreateCallFeedback::new("c1", 4))
        .expect("stats");
    on_api.assert();
    on_lookup.assert();
    on_stats.assert();

    // Plivo's own hosts by default.
    let plain = Client::new(AUTH_ID, TOKEN).expect("client");
    for service in Service::ALL {
        assert_eq!(plain.service_url(service), service.default_url());
    }
    let lookup = plain
        .prepare(LookupNumber::new("14154305555"))
        .expect("prepared");
    assert_eq!(
        lookup.url(),
        "https://lookup.plivo.com/v1/Number/14154305555?type=carrier"
    );
    let feedback = plain
        .prepare(CreateCallFeedback::new("c1", 4))
        .expect("prepared");
    assert_eq!(
        feedback.url(),
        "https://stats.plivo.com/v1/Call/c1/Feedback/"
    );
}

#[test]
fn a_bad_service_url_is_named() {
    let err = Client::builder()
        .auth_id(AUTH_ID)
        .auth_token(TOKEN)
        .service_url(Service::Lookup, "lookup.example.com")
        .build()
        .expect_err("no scheme");
    assert_eq!(err.field(), Some("service_url(lookup)"));
    assert!(err.to_string().contains("http:// or https://"), "{err}");
}

#[test]
fn the_lookup_fixture_decodes_into_the_model() {
    let text = include_str!("data/fixtures/lookupGetResponse.json");
    let model: plivo::models::NumberLookup = serde_json::from_str(text).expect("decodes");
    assert_eq!(model.phone_number, "+14154305555");
    let country = model.country.as_ref().expect("country");
    assert_eq!(country.iso3.as_deref(), Some("USA"));
    let carrier = model.carrier.as_ref().expect("carrier");
    assert_eq!(carrier.line_type, Some(plivo::models::LineType::Mobile));
    assert_eq!(carrier.mobile_network_code.as_deref(), Some("150"));
    assert_eq!(
        model.format.as_ref().and_then(|f| f.rfc3966.as_deref()),
        Some("tel:+1-415-430-5555")
    );
    assert!(
        model.extra.is_empty(),
        "every field is known: {:?}",
        model.extra
    );
    // Nothing lost: the model writes back the fixture.
    let back = serde_json::to_value(&model).expect("serializes");
    assert_eq!(
        back,
        serde_json::from_str::<serde_json::Value>(text).expect("json")
    );
}

#[test]
fn the_sandbox_serves_lookup_and_feedback_on_its_one_port() {
    let sandbox = plivo::sandbox::Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    for service in Service::ALL {
        assert_eq!(client.service_url(service), sandbox.url());
    }
    let found = client
        .send(LookupNumber::new("+14155550100"))
        .expect("lookup");
    assert_eq!(found.phone_number, "+14155550100");
    assert_eq!(
        found.country.as_ref().and_then(|c| c.iso2.as_deref()),
        Some("US")
    );
    assert_eq!(
        found.carrier.as_ref().and_then(|c| c.line_type.clone()),
        Some(plivo::models::LineType::Mobile)
    );
    let shape = common::sandbox::fixture(include_str!("data/fixtures/lookupGetResponse.json"));
    let raw = client.call(LookupNumber::new("14155550100")).expect("raw");
    common::sandbox::assert_shape("lookupNumber", &shape, raw.body());
    common::sandbox::assert_same_keys("lookupNumber", &shape, raw.body());

    let err = client
        .call(LookupNumber::new("+99912345678"))
        .expect_err("no such country");
    assert!(err.is_not_found(), "{err}");

    // Feedback on a call the sandbox placed and hung up; 404 for one it never saw.
    let queued = client
        .send(plivo::ops::MakeCall::new(
            "14155550100",
            "14155550101",
            "https://example.com/answer",
        ))
        .expect("call");
    let live = client.send(plivo::ops::GetLiveCalls::new()).expect("live");
    let call_uuid = live.calls.first().cloned().expect("a live call");
    assert!(queued.request_uuid.first().is_some());
    client
        .call(plivo::ops::HangupSingleCall::new(call_uuid.as_str()))
        .expect("hung up");
    let resp = client
        .call(CreateCallFeedback::new(call_uuid.as_str(), 4).issues(["ECHO"]))
        .expect("feedback");
    assert_eq!(resp.status(), 201);
    let err = client
        .call(CreateCallFeedback::new("no-such-call", 4))
        .expect_err("unknown call");
    assert!(err.is_not_found(), "{err}");

    // The JSON form reaches the same services.
    let op = Operation::from_json(
        r#"{"operation": "lookupNumber", "params": {"number": "447700900123"}}"#,
    )
    .expect("parses");
    let gb = client.call(op).expect("lookup");
    assert_eq!(gb.body()["country"]["iso2"], "GB");
}
