//! PHLO (the phlorunner service): `getSinglePhlo` and `runPhlo` on the wire (below `/v1/`, the
//! client's own auth id in the run's path, the start node's values as the body's keys), their
//! JSON form, their checks, the recorded answers, and the sandbox's PHLOs; then the runs, nodes
//! and members (`getSinglePhloRun`, `getSinglePhloNode`, `getSinglePhloMultiPartyCall`,
//! `updatePhloNode`, `updatePhloNodeMember`).

mod common;

use common::*;
use mockito::{Matcher, Server};
use plivo::models::{Phlo, PhloActionResult, PhloNode, PhloRun, PhloRunDetails};
use plivo::ops::{
    GetSinglePhlo, GetSinglePhloMultiPartyCall, GetSinglePhloNode, GetSinglePhloRun,
    PhloMemberAction, PhloMemberRole, PhloNodeAction, PhloNodeType, RunPhlo, UpdatePhloNode,
    UpdatePhloNodeMember,
};
use plivo::sandbox::Sandbox;
use plivo::{Client, Error, Operation, OperationKind, RetryPolicy, Service};
use serde_json::{Value, json};

const PHLO_ID: &str = "40b2fa01-39a1-43c8-9f6c-7e6a219afe43";
const NODE_ID: &str = "5c698012954a4399a455eadd";

// ---------------------------------------------------------------------------------------------
// The wire
// ---------------------------------------------------------------------------------------------

#[test]
fn get_single_phlo_wire() {
    // Below `/v1/`, no account, trailing `/` (as plivo-python sends it).
    assert_both(
        GetSinglePhlo::new(PHLO_ID),
        json!({"operation": "getSinglePhlo", "params": {"phloId": PHLO_ID}}),
        Expect::get("phlo/40b2fa01-39a1-43c8-9f6c-7e6a219afe43/").below_v1(),
    );
    // The wire name works too, and an id is one segment however it is spelled.
    assert_both(
        GetSinglePhlo::new("a/b c.d"),
        json!({"operation": "getSinglePhlo", "params": {"phlo_id": "a/b c.d"}}),
        Expect::get("phlo/a%2Fb%20c%2Ed/").below_v1(),
    );
}

#[test]
fn run_phlo_wire() {
    // The client's auth id fills the lower-case `account/{auth_id}/`; the start node's values
    // are the body's own keys, sent as given.
    assert_both(
        RunPhlo::new(PHLO_ID)
            .param("from", "14155550100")
            .param("to", "14155550101")
            .param("attempts", 2)
            .param("vip", true),
        json!({"operation": "runPhlo", "params": {"phloId": PHLO_ID, "payload": {
            "from": "14155550100", "to": "14155550101", "attempts": 2, "vip": true}}}),
        Expect::post(
            "account/MAXXXXXXXXXXXXXXXXXX/phlo/40b2fa01-39a1-43c8-9f6c-7e6a219afe43/",
            json!({"from": "14155550100", "to": "14155550101", "attempts": 2, "vip": true}),
        )
        .status(200)
        .below_v1(),
    );
    // The whole-object setter and the wire name of the id; nested values go as they are.
    let payload = json!({"to": "14155550101", "context": {"order": [1, 2]}});
    assert_both(
        RunPhlo::new(PHLO_ID).payload(payload.clone()),
        json!({"operation": "runPhlo", "params": {"phlo_id": PHLO_ID, "payload": payload}}),
        Expect::post(
            "account/MAXXXXXXXXXXXXXXXXXX/phlo/40b2fa01-39a1-43c8-9f6c-7e6a219afe43/",
            payload,
        )
        .status(200)
        .below_v1(),
    );
    // No values: an empty object, as plivo-python sends.
    assert_both(
        RunPhlo::new(PHLO_ID),
        json!({"operation": "runPhlo", "params": {"phloId": PHLO_ID}}),
        Expect::post(
            "account/MAXXXXXXXXXXXXXXXXXX/phlo/40b2fa01-39a1-43c8-9f6c-7e6a219afe43/",
            json!({}),
        )
        .status(200)
        .below_v1(),
    );
}

#[test]
fn param_adds_to_the_payload_and_payload_replaces_it() {
    let run = RunPhlo::new("p").param("from", "1").param("to", "2");
    assert_eq!(run.payload, Some(json!({"from": "1", "to": "2"})));
    let run = run
        .param("to", "3")
        .payload(json!({"only": "this"}))
        .param("and", 4);
    assert_eq!(run.payload, Some(json!({"only": "this", "and": 4})));
    // The JSON form writes the payload back as one object.
    let op = Operation::from(RunPhlo::new("p").param("from", "1"));
    assert_eq!(
        op.to_value(),
        json!({"operation": "runPhlo", "params": {"phloId": "p", "payload": {"from": "1"}}})
    );
    assert_eq!(Operation::from_value(&op.to_value()).expect("parses"), op);
}

#[test]
fn prepare_shows_the_phlo_host_and_the_filled_path() {
    let client = Client::new(AUTH_ID, TOKEN).expect("client");
    let get = client.prepare(GetSinglePhlo::new(PHLO_ID)).expect("get");
    assert_eq!(get.method(), "GET");
    assert_eq!(
        get.url(),
        format!("https://phlorunner.plivo.com/v1/phlo/{PHLO_ID}/")
    );
    assert_eq!(get.body(), None);
    let run = client
        .prepare(RunPhlo::new(PHLO_ID).param("from", "14155550100"))
        .expect("run");
    assert_eq!(run.method(), "POST");
    assert_eq!(
        run.url(),
        format!("https://phlorunner.plivo.com/v1/account/{AUTH_ID}/phlo/{PHLO_ID}/")
    );
    assert_eq!(run.body(), Some(r#"{"from":"14155550100"}"#));
    assert_eq!(
        OperationKind::GetSinglePhlo.full_path(),
        "/v1/phlo/{phlo_id}/"
    );
    assert_eq!(
        OperationKind::RunPhlo.full_path(),
        "/v1/account/{auth_id}/phlo/{phlo_id}/"
    );
    for kind in [OperationKind::GetSinglePhlo, OperationKind::RunPhlo] {
        assert_eq!(kind.service(), Service::Phlo);
        assert_eq!(kind.resource(), "Phlo");
        assert!(!kind.is_seed());
    }
    // `{auth_id}` is not a field: the JSON form does not take it.
    assert_invalid_json(
        json!({"operation": "runPhlo", "params": {"phloId": "p", "auth_id": AUTH_ID}}),
        "auth_id",
    );
}

/// A mock for one request on `path` with the Basic token, answering `body`.
fn one_request(server: &mut Server, method: &str, path: &str, body: Value) -> mockito::Mock {
    server
        .mock(method, Matcher::Exact(path.to_owned()))
        .match_query(Matcher::Missing)
        .match_header("authorization", basic_auth().as_str())
        .match_header("content-type", "application/json")
        .match_body(Matcher::Json(body))
        .with_status(200)
        .with_header("content-type", "application/json")
        .with_body(r#"{"api_id":"x","phlo_id":"p1","phlo_run_id":"r1","message":"ok"}"#)
        .expect(1)
        .create()
}

#[test]
fn service_url_sends_only_phlo_operations_there_and_the_token_only_to_configured_origins() {
    let mut api = Server::new();
    let mut phlo = Server::new();
    // A request no mock below matches gets mockito's 501, which fails its call.
    let client = Client::builder()
        .auth_id(AUTH_ID)
        .auth_token(TOKEN)
        .base_url(api.url())
        .service_url(Service::Phlo, format!("{}/", phlo.url()))
        .no_proxy()
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("client builds");
    assert_eq!(client.service_url(Service::Phlo), phlo.url());

    let run = one_request(
        &mut phlo,
        "POST",
        &format!("/v1/account/{AUTH_ID}/phlo/p1/"),
        json!({"from": "14155550100"}),
    );
    let account = api
        .mock("GET", format!("/v1/Account/{AUTH_ID}/").as_str())
        .match_header("authorization", basic_auth().as_str())
        .with_status(200)
        .with_body(r#"{"api_id":"a","auth_id":"MAXXXXXXXXXXXXXXXXXX"}"#)
        .expect(1)
        .create();
    let get = phlo
        .mock("GET", "/v1/phlo/p1/")
        .match_query(Matcher::Missing)
        .match_header("authorization", basic_auth().as_str())
        .match_header("content-type", Matcher::Missing)
        .match_body("")
        .with_status(200)
        .with_body(r#"{"api_id":"g","phlo_id":"p1","name":"n"}"#)
        .expect(1)
        .create();
    let got = client
        .send(RunPhlo::new("p1").param("from", "14155550100"))
        .expect("run");
    assert_eq!(got.phlo_run_id.as_deref(), Some("r1"));
    let found = client.send(GetSinglePhlo::new("p1")).expect("get");
    assert_eq!(found.name.as_deref(), Some("n"));
    client
        .call(plivo::ops::GetAccountDetails::new())
        .expect("api");
    run.assert();
    get.assert();
    account.assert();

    // Plivo's own host by default, and nowhere else: the prepared URL is the whole story of
    // where the token goes.
    let plain = Client::new(AUTH_ID, TOKEN).expect("client");
    for op in [
        Operation::from(GetSinglePhlo::new("p1")),
        Operation::from(RunPhlo::new("p1")),
    ] {
        let url = plain.prepare(op).expect("prepared").url().to_owned();
        assert!(url.starts_with("https://phlorunner.plivo.com/v1/"), "{url}");
    }
}

// ---------------------------------------------------------------------------------------------
// Checks before sending
// ---------------------------------------------------------------------------------------------

#[test]
fn bad_input_is_refused_before_sending() {
    assert_invalid(GetSinglePhlo::new(""), "phloId");
    assert_invalid(GetSinglePhlo::new("   "), "phloId");
    assert_invalid(RunPhlo::new(""), "phloId");
    assert_invalid(RunPhlo::new("p").payload(json!(["from", "to"])), "payload");
    assert_invalid(RunPhlo::new("p").payload(json!("from=1")), "payload");
    assert_invalid(RunPhlo::new("p").param("", "1"), "payload");
    assert_invalid(RunPhlo::new("p").param(" ", "1"), "payload");
    // A payload that is not an object stays as it is for the check to refuse, not silently
    // replaced by `param`.
    let odd = RunPhlo::new("p").payload(json!(7)).param("from", "1");
    assert_eq!(odd.payload, Some(json!(7)));
    assert_invalid(odd, "payload");
    let err = Operation::from(RunPhlo::new("p").payload(json!([])))
        .validate()
        .expect_err("not an object");
    assert!(err.to_string().contains("JSON object"), "{err}");

    assert_invalid_json(
        json!({"operation": "getSinglePhlo", "params": {}}),
        "phloId",
    );
    assert_invalid_json(
        json!({"operation": "runPhlo", "params": {"phloId": "p", "payload": "from=1"}}),
        "payload",
    );
    assert_invalid_json(
        json!({"operation": "runPhlo", "params": {"phloId": "p", "payload": {"": 1}}}),
        "payload",
    );
    assert_invalid_json(
        json!({"operation": "runPhlo", "params": {"phloId": "p", "phlo_id": "q"}}),
        "phloId",
    );
    // The start node's values go under `payload`, not beside it.
    assert_invalid_json(
        json!({"operation": "runPhlo", "params": {"phloId": "p", "from": "1"}}),
        "from",
    );
}

// ---------------------------------------------------------------------------------------------
// Recorded answers
// ---------------------------------------------------------------------------------------------

#[test]
fn the_phlo_fixtures_decode_into_the_models() {
    // plivo-go's fixture name has its typo.
    let phlo: Phlo = decodes_losslessly(include_str!("data/fixtures/phloGetResoponse.json"));
    assert_eq!(phlo.phlo_id, "2e802f94-cc03-4e35-b4c8-5a0328544135");
    assert_eq!(phlo.name.as_deref(), Some("multiparty+ucase1_test+flow"));
    assert_eq!(
        phlo.created_on.as_deref(),
        Some("2018-11-20 04:46:20.307414+00:00")
    );
    assert_eq!(
        phlo.api_id.as_deref(),
        Some("52d7d3d4-9a47-44c9-8c08-436aac427220")
    );
    // A key the model does not know is kept.
    assert_eq!(phlo.extra.get("BaseResource"), Some(&json!("test")));
    assert_eq!(phlo.extra.len(), 1);

    let run: PhloRun = decodes_losslessly(include_str!("data/fixtures/phloRunResponse.json"));
    assert_eq!(run.phlo_id, "2e802f94-cc03-4e35-b4c8-5a0328544135");
    assert_eq!(
        run.phlo_run_id.as_deref(),
        Some("2e802f94-cc03-4e35-b4c8-5a0328544135")
    );
    assert!(
        run.message
            .as_deref()
            .is_some_and(|m| m.starts_with("stopped."))
    );
    assert!(run.extra.is_empty(), "{:?}", run.extra);
}

#[test]
fn the_error_fixtures_are_api_errors_with_their_status() {
    // plivo-python serves these bodies with 404 and 400 to its PHLO tests (the get's and the
    // member actions'); every PHLO operation is sent each of them.
    let cases = [
        (
            include_str!("data/fixtures/phlosMemberPhloGetResponse.json"),
            404_u16,
        ),
        (
            include_str!("data/fixtures/phlosMemberPhloGetValidationResponse.json"),
            400,
        ),
        (
            include_str!("data/fixtures/phlosMemberMemberActionsResponse.json"),
            404,
        ),
        (
            include_str!("data/fixtures/phlosMemberMemberActionsValidationResponse.json"),
            400,
        ),
    ];
    let member_path =
        format!("/v1/phlo/{PHLO_ID}/conference_bridge/{NODE_ID}/members/656432-xxxxx-xxxxx-xxxxx/");
    for (body, status) in cases {
        let mut server = Server::new();
        let get = server
            .mock("GET", format!("/v1/phlo/{PHLO_ID}/").as_str())
            .match_header("authorization", basic_auth().as_str())
            .with_status(usize::from(status))
            .with_header("content-type", "application/json")
            .with_body(body)
            .expect(1)
            .create();
        let run = server
            .mock(
                "POST",
                format!("/v1/account/{AUTH_ID}/phlo/{PHLO_ID}/").as_str(),
            )
            .match_header("authorization", basic_auth().as_str())
            .match_body(Matcher::Json(json!({})))
            .with_status(usize::from(status))
            .with_header("content-type", "application/json")
            .with_body(body)
            .expect(1)
            .create();
        let member = server
            .mock("POST", member_path.as_str())
            .match_header("authorization", basic_auth().as_str())
            .match_body(Matcher::Json(json!({"action": "unhold"})))
            .with_status(usize::from(status))
            .with_header("content-type", "application/json")
            .with_body(body)
            .expect(1)
            .create();
        let client = client_for(&server);
        let errors = [
            client.send(GetSinglePhlo::new(PHLO_ID)).expect_err("error"),
            client.send(RunPhlo::new(PHLO_ID)).expect_err("error"),
            client
                .send(UpdatePhloNodeMember::new(
                    PHLO_ID,
                    PhloNodeType::ConferenceBridge,
                    NODE_ID,
                    "656432-xxxxx-xxxxx-xxxxx",
                    PhloMemberAction::Unhold,
                ))
                .expect_err("error"),
        ];
        for err in errors {
            let Error::Api(api) = &err else {
                panic!("expected Error::Api, got {err:?}");
            };
            assert_eq!(api.status, status);
            assert_eq!(err.status(), Some(status));
            assert_eq!(api.body, body);
            assert_eq!(err.is_not_found(), status == 404);
        }
        get.assert();
        run.assert();
        member.assert();
    }
}

// ---------------------------------------------------------------------------------------------
// The sandbox
// ---------------------------------------------------------------------------------------------

#[test]
fn the_sandbox_serves_phlos_on_its_one_port() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    assert_eq!(client.service_url(Service::Phlo), sandbox.url());
    let phlo_id = sandbox.add_phlo("welcome flow");
    let other = sandbox.add_phlo("second flow");
    assert_ne!(phlo_id, other);

    let phlo = client
        .send(GetSinglePhlo::new(phlo_id.as_str()))
        .expect("get");
    assert_eq!(phlo.phlo_id, phlo_id);
    assert_eq!(phlo.name.as_deref(), Some("welcome flow"));
    assert!(phlo.api_id.is_some());
    assert!(
        phlo.created_on
            .as_deref()
            .is_some_and(|t| t.ends_with("+00:00"))
    );
    // The same keys and JSON types as plivo-go's recorded answer (but its stray key).
    let mut shape: Value =
        serde_json::from_str(include_str!("data/fixtures/phloGetResoponse.json")).expect("fixture");
    shape
        .as_object_mut()
        .expect("object")
        .remove("BaseResource");
    let raw = client
        .call(GetSinglePhlo::new(phlo_id.as_str()))
        .expect("raw");
    common::sandbox::assert_shape("getSinglePhlo", &shape, raw.body());
    common::sandbox::assert_same_keys("getSinglePhlo", &shape, raw.body());

    let first = client
        .send(RunPhlo::new(phlo_id.as_str()).param("from", "14155550100"))
        .expect("run");
    assert_eq!(first.phlo_id, phlo_id);
    let second = client
        .send(RunPhlo::new(phlo_id.as_str()).param("to", "14155550101"))
        .expect("second run");
    let (a, b) = (
        first.phlo_run_id.expect("id"),
        second.phlo_run_id.expect("id"),
    );
    assert_ne!(a, b, "each run gets its own id");
    let shape = common::sandbox::fixture(include_str!("data/fixtures/phloRunResponse.json"));
    let raw = client.call(RunPhlo::new(other.as_str())).expect("raw run");
    common::sandbox::assert_shape("runPhlo", &shape, raw.body());
    common::sandbox::assert_same_keys("runPhlo", &shape, raw.body());

    // The JSON form reaches the same PHLO.
    let op = Operation::from_value(&json!({"operation": "runPhlo", "params": {
        "phlo_id": phlo_id, "payload": {"from": "14155550100", "to": "14155550101"}}}))
    .expect("parses");
    assert_eq!(
        client.call(op).expect("run").body()["phlo_id"],
        phlo_id.as_str()
    );

    // Unknown PHLOs are 404 with Plivo's error body, for both operations.
    for op in [
        Operation::from(GetSinglePhlo::new("no-such-phlo")),
        Operation::from(RunPhlo::new("no-such-phlo").param("from", "1")),
    ] {
        let err = client.call(op).expect_err("unknown phlo");
        let Error::Api(api) = &err else {
            panic!("expected Error::Api, got {err:?}");
        };
        assert_eq!(api.status, 404);
        assert!(api.api_id.is_some(), "{err}");
        assert!(api.message.contains("no-such-phlo"), "{err}");
    }
}

#[test]
fn the_sandbox_checks_credentials_and_the_account_in_the_run_path() {
    let sandbox = Sandbox::start().expect("sandbox");
    let phlo_id = sandbox.add_phlo("guarded");
    let raw_below_v1 = |sandbox: &Sandbox, method: &str, path: &str, body: &str| {
        let body = (!body.is_empty()).then_some(body);
        common::sandbox::raw_at(sandbox, method, &format!("/v1/{path}"), None, body)
    };
    // Wrong token: 401 on both paths.
    let wrong = sandbox
        .client_for(sandbox.auth_id(), "not-the-token")
        .expect("client");
    for op in [
        Operation::from(GetSinglePhlo::new(phlo_id.as_str())),
        Operation::from(RunPhlo::new(phlo_id.as_str())),
    ] {
        let err = wrong.call(op).expect_err("refused");
        assert!(err.is_auth(), "{err}");
        assert_eq!(err.status(), Some(401));
    }
    // The right credentials, another account in the run's path: 401, as on the main API.
    let run_path = |account: &str| format!("account/{account}/phlo/{phlo_id}/");
    let (status, body) = raw_below_v1(&sandbox, "POST", &run_path("MAOTHERACCOUNT000000"), "{}");
    assert_eq!(status, 401, "{body}");
    assert!(body["error"].is_string(), "{body}");
    let (status, body) = raw_below_v1(
        &sandbox,
        "POST",
        &run_path(sandbox.auth_id()),
        r#"{"from": "1"}"#,
    );
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["phlo_id"], phlo_id.as_str());
    // A run is a POST, a PHLO read a GET.
    let (status, _) = raw_below_v1(&sandbox, "GET", &run_path(sandbox.auth_id()), "");
    assert_eq!(status, 405);
    let (status, _) = raw_below_v1(&sandbox, "POST", &format!("phlo/{phlo_id}/"), "{}");
    assert_eq!(status, 405);
}

#[test]
fn the_sandbox_makes_phlos_over_http_for_other_languages() {
    let sandbox = Sandbox::start().expect("sandbox");
    let (status, made) =
        common::sandbox::raw_at(&sandbox, "POST", "/sandbox/phlo/from%20http/", None, None);
    assert_eq!(status, 201, "{made}");
    let phlo_id = made["phlo_id"].as_str().expect("a phlo_id");
    let phlo = sandbox
        .client()
        .send(GetSinglePhlo::new(phlo_id))
        .expect("the new PHLO");
    assert_eq!(phlo.name.as_deref(), Some("from http"));
    // The account's credentials are needed, and only POST makes one.
    let (status, _) = common::sandbox::raw_at(
        &sandbox,
        "POST",
        "/sandbox/phlo/x/",
        Some("wrong token"),
        None,
    );
    assert_eq!(status, 401);
    let (status, _) = common::sandbox::raw_at(&sandbox, "GET", "/sandbox/phlo/x/", None, None);
    assert_eq!(status, 405);
}

// ---------------------------------------------------------------------------------------------
// Runs, nodes and members
// ---------------------------------------------------------------------------------------------

#[test]
fn get_single_phlo_run_wire() {
    assert_both(
        GetSinglePhloRun::new(PHLO_ID, "r-1"),
        json!({"operation": "getSinglePhloRun", "params": {"phloId": PHLO_ID, "runId": "r-1"}}),
        Expect::get("phlo/40b2fa01-39a1-43c8-9f6c-7e6a219afe43/runs/r-1/").below_v1(),
    );
    assert_both(
        GetSinglePhloRun::new("p", "a/b"),
        json!({"operation": "getSinglePhloRun", "params": {"phlo_id": "p", "run_id": "a/b"}}),
        Expect::get("phlo/p/runs/a%2Fb/").below_v1(),
    );
}

#[test]
fn get_single_phlo_node_wire() {
    assert_both(
        GetSinglePhloNode::new(PHLO_ID, PhloNodeType::ConferenceBridge, NODE_ID),
        json!({"operation": "getSinglePhloNode", "params": {
            "phloId": PHLO_ID, "nodeType": "conference_bridge", "nodeId": NODE_ID}}),
        Expect::get(
            "phlo/40b2fa01-39a1-43c8-9f6c-7e6a219afe43/conference_bridge/5c698012954a4399a455eadd/",
        )
        .below_v1(),
    );
    assert_both(
        GetSinglePhloNode::new("p", PhloNodeType::MultiPartyCall, "n 1"),
        json!({"operation": "getSinglePhloNode", "params": {
            "phlo_id": "p", "node_type": "multi_party_call", "node_id": "n 1"}}),
        Expect::get("phlo/p/multi_party_call/n%201/").below_v1(),
    );
}

#[test]
fn get_single_phlo_multi_party_call_wire() {
    assert_both(
        GetSinglePhloMultiPartyCall::new(PHLO_ID, NODE_ID),
        json!({"operation": "getSinglePhloMultiPartyCall", "params": {
            "phloId": PHLO_ID, "node_id": NODE_ID}}),
        Expect::get(
            "phlo/40b2fa01-39a1-43c8-9f6c-7e6a219afe43/multi_party_call/5c698012954a4399a455eadd/",
        )
        .below_v1(),
    );
}

#[test]
fn update_phlo_node_wire() {
    assert_both(
        UpdatePhloNode::new(
            PHLO_ID,
            PhloNodeType::MultiPartyCall,
            NODE_ID,
            PhloNodeAction::Call,
            "14155550100",
            "14155550101",
        )
        .role(PhloMemberRole::Agent),
        json!({"operation": "updatePhloNode", "params": {
            "phloId": PHLO_ID, "nodeType": "multi_party_call", "nodeId": NODE_ID,
            "action": "call", "triggerSource": "14155550100", "to": "14155550101",
            "role": "agent"}}),
        Expect::post(
            "phlo/40b2fa01-39a1-43c8-9f6c-7e6a219afe43/multi_party_call/5c698012954a4399a455eadd/",
            json!({"action": "call", "trigger_source": "14155550100", "to": "14155550101",
                   "role": "agent"}),
        )
        .status(200)
        .below_v1(),
    );
    // A transfer needs no role; none is sent.
    assert_both(
        UpdatePhloNode::new(
            "p",
            PhloNodeType::MultiPartyCall,
            "n",
            PhloNodeAction::ColdTransfer,
            "1",
            "2",
        ),
        json!({"operation": "updatePhloNode", "params": {
            "phlo_id": "p", "node_type": "multi_party_call", "node_id": "n",
            "action": "cold_transfer", "trigger_source": "1", "to": "2"}}),
        Expect::post(
            "phlo/p/multi_party_call/n/",
            json!({"action": "cold_transfer", "trigger_source": "1", "to": "2"}),
        )
        .status(200)
        .below_v1(),
    );
}

#[test]
fn update_phlo_node_member_wire() {
    assert_both(
        UpdatePhloNodeMember::new(
            PHLO_ID,
            PhloNodeType::ConferenceBridge,
            NODE_ID,
            "656432-xxxxx-xxxxx-xxxxx",
            PhloMemberAction::Hold,
        ),
        json!({"operation": "updatePhloNodeMember", "params": {
            "phloId": PHLO_ID, "nodeType": "conference_bridge", "nodeId": NODE_ID,
            "memberId": "656432-xxxxx-xxxxx-xxxxx", "action": "hold"}}),
        Expect::post(
            "phlo/40b2fa01-39a1-43c8-9f6c-7e6a219afe43/conference_bridge/5c698012954a4399a455eadd/members/656432-xxxxx-xxxxx-xxxxx/",
            json!({"action": "hold"}),
        )
        .status(200)
        .below_v1(),
    );
    // Every action is sent as the SDKs spell it.
    let wire = [
        "hold",
        "unhold",
        "mute",
        "unmute",
        "hangup",
        "abort_transfer",
        "resume_call",
        "voicemail_drop",
    ];
    let spelled: Vec<&str> = PhloMemberAction::ALL.iter().map(|a| a.as_str()).collect();
    assert_eq!(spelled, wire);
    assert_both(
        UpdatePhloNodeMember::new(
            "p",
            PhloNodeType::MultiPartyCall,
            "n",
            "+1 415",
            PhloMemberAction::VoicemailDrop,
        ),
        json!({"operation": "updatePhloNodeMember", "params": {
            "phlo_id": "p", "node_type": "multi_party_call", "node_id": "n",
            "member_id": "+1 415", "action": "voicemail_drop"}}),
        Expect::post(
            "phlo/p/multi_party_call/n/members/%2B1%20415/",
            json!({"action": "voicemail_drop"}),
        )
        .status(200)
        .below_v1(),
    );
}

#[test]
fn node_and_member_input_is_checked_before_sending() {
    let call = |action| {
        UpdatePhloNode::new(
            "p",
            PhloNodeType::MultiPartyCall,
            "n",
            action,
            "14155550100",
            "14155550101",
        )
    };
    // A call needs a role (plivo-python's rule); the transfers do not.
    assert_invalid(call(PhloNodeAction::Call), "role");
    let err = Operation::from(call(PhloNodeAction::Call))
        .validate()
        .expect_err("no role");
    assert!(err.to_string().contains("call"), "{err}");
    assert!(
        Operation::from(call(PhloNodeAction::WarmTransfer))
            .validate()
            .is_ok()
    );
    assert_invalid(
        UpdatePhloNode::new(
            "p",
            PhloNodeType::MultiPartyCall,
            "n",
            PhloNodeAction::WarmTransfer,
            "",
            "2",
        ),
        "triggerSource",
    );
    assert_invalid(
        UpdatePhloNode::new(
            "p",
            PhloNodeType::MultiPartyCall,
            "n",
            PhloNodeAction::WarmTransfer,
            "1",
            " ",
        ),
        "to",
    );
    assert_invalid(
        UpdatePhloNodeMember::new(
            "p",
            PhloNodeType::MultiPartyCall,
            "",
            "m",
            PhloMemberAction::Hold,
        ),
        "nodeId",
    );
    assert_invalid(
        UpdatePhloNodeMember::new(
            "p",
            PhloNodeType::MultiPartyCall,
            "n",
            "",
            PhloMemberAction::Hold,
        ),
        "memberId",
    );
    assert_invalid(GetSinglePhloRun::new("p", ""), "runId");
    assert_invalid(GetSinglePhloMultiPartyCall::new("", "n"), "phloId");
    assert_invalid(
        GetSinglePhloNode::new("p", PhloNodeType::MultiPartyCall, ""),
        "nodeId",
    );
    // Closed sets in the JSON form.
    assert_invalid_json(
        json!({"operation": "getSinglePhloNode", "params": {
            "phloId": "p", "nodeType": "ivr", "nodeId": "n"}}),
        "nodeType",
    );
    assert_invalid_json(
        json!({"operation": "updatePhloNode", "params": {
            "phloId": "p", "nodeType": "multi_party_call", "nodeId": "n",
            "action": "dance", "triggerSource": "1", "to": "2"}}),
        "action",
    );
    assert_invalid_json(
        json!({"operation": "updatePhloNode", "params": {
            "phloId": "p", "nodeType": "multi_party_call", "nodeId": "n",
            "action": "call", "triggerSource": "1", "to": "2", "role": "boss"}}),
        "role",
    );
    assert_invalid_json(
        json!({"operation": "updatePhloNodeMember", "params": {
            "phloId": "p", "nodeType": "multi_party_call", "nodeId": "n",
            "memberId": "m", "action": "call"}}),
        "action",
    );
    assert_invalid_json(
        json!({"operation": "updatePhloNodeMember", "params": {
            "phloId": "p", "nodeType": "multi_party_call", "nodeId": "n", "memberId": "m"}}),
        "action",
    );
}

#[test]
fn node_and_run_answers_decode_without_loss() {
    // No SDK records these answers; the shapes are the catalog's (plivo-java's run getter,
    // plivo-python's node resource, plivo-go's `{ApiID, Error}` action answer).
    let run: PhloRunDetails = decodes_losslessly(
        r#"{"api_id":"a","phlo_id":"p","run_id":"r","call_uuids":["c1"],"message_uuids":[],"recording_ids":["x"],"status":"done"}"#,
    );
    assert_eq!(run.run_id.as_deref(), Some("r"));
    assert_eq!(run.call_uuids.as_deref(), Some(&["c1".to_owned()][..]));
    assert_eq!(run.extra.get("status"), Some(&json!("done")));
    let node: PhloNode = decodes_losslessly(
        r#"{"api_id":"a","node_id":"n","phlo_id":"p","name":"MPC","node_type":"multi_party_call","created_on":"2018-11-20 04:46:20.307414+00:00"}"#,
    );
    assert_eq!(node.node_type.as_deref(), Some("multi_party_call"));
    assert!(node.extra.is_empty());
    let acted: PhloActionResult =
        decodes_losslessly(r#"{"api_id":"a","error":"","message":"ok","member":"m"}"#);
    assert_eq!(acted.error.as_deref(), Some(""));
    assert_eq!(acted.extra.get("member"), Some(&json!("m")));
}

#[test]
fn the_sandbox_keeps_runs_nodes_and_members() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let phlo_id = sandbox.add_phlo("desk");
    let p = phlo_id.as_str();

    // A run is read back by its id; unknown runs and PHLOs are 404.
    let run = client.send(RunPhlo::new(p).param("to", "1")).expect("run");
    let run_id = run.phlo_run_id.expect("run id");
    let details = client
        .send(GetSinglePhloRun::new(p, run_id.as_str()))
        .expect("the run");
    assert_eq!(details.phlo_id, phlo_id);
    assert_eq!(details.run_id.as_deref(), Some(run_id.as_str()));
    assert_eq!(details.call_uuids.as_deref(), Some(&[][..]));
    assert!(details.api_id.is_some());
    for op in [
        GetSinglePhloRun::new(p, "no-such-run"),
        GetSinglePhloRun::new("no-such-phlo", run_id.as_str()),
    ] {
        let err = client.send(op).expect_err("unknown");
        assert!(err.is_not_found(), "{err}");
    }

    // Nodes: added by the sandbox, read by type and id.
    assert_eq!(
        sandbox.add_phlo_node("no-such-phlo", PhloNodeType::MultiPartyCall, "x"),
        None
    );
    let mpc = sandbox
        .add_phlo_node(p, PhloNodeType::MultiPartyCall, "Support MPC")
        .expect("node");
    let bridge = sandbox
        .add_phlo_node(p, PhloNodeType::ConferenceBridge, "Bridge")
        .expect("node");
    let node = client
        .send(GetSinglePhloMultiPartyCall::new(p, mpc.as_str()))
        .expect("mpc node");
    assert_eq!(node.node_id, mpc);
    assert_eq!(node.phlo_id.as_deref(), Some(p));
    assert_eq!(node.name.as_deref(), Some("Support MPC"));
    assert_eq!(node.node_type.as_deref(), Some("multi_party_call"));
    assert!(node.created_on.is_some() && node.api_id.is_some());
    let same = client
        .send(GetSinglePhloNode::new(
            p,
            PhloNodeType::MultiPartyCall,
            mpc.as_str(),
        ))
        .expect("node");
    assert_eq!(same.name, node.name);
    let other = client
        .send(GetSinglePhloNode::new(
            p,
            PhloNodeType::ConferenceBridge,
            bridge.as_str(),
        ))
        .expect("bridge");
    assert_eq!(other.node_type.as_deref(), Some("conference_bridge"));
    // A node under another type, or an unknown one, is 404.
    for op in [
        GetSinglePhloNode::new(p, PhloNodeType::ConferenceBridge, mpc.as_str()),
        GetSinglePhloNode::new(p, PhloNodeType::MultiPartyCall, "no-such-node"),
        GetSinglePhloNode::new("no-such-phlo", PhloNodeType::MultiPartyCall, mpc.as_str()),
    ] {
        assert!(client.send(op).expect_err("unknown").is_not_found());
    }

    // A call brings in both parties; member actions change the member.
    let at = |action, from: &str, to: &str| {
        UpdatePhloNode::new(
            p,
            PhloNodeType::MultiPartyCall,
            mpc.as_str(),
            action,
            from,
            to,
        )
    };
    let acted = client
        .send(at(PhloNodeAction::Call, "14155550100", "14155550101").role(PhloMemberRole::Customer))
        .expect("call");
    assert!(acted.api_id.is_some() && acted.message.is_some());
    let member = sandbox
        .phlo_member(p, &mpc, "14155550101")
        .expect("the called party");
    assert_eq!(member.role.as_deref(), Some("customer"));
    assert!(!member.held && !member.muted);
    assert!(sandbox.phlo_member(p, &mpc, "14155550100").is_some());
    let act = |member: &str, action| {
        client.send(UpdatePhloNodeMember::new(
            p,
            PhloNodeType::MultiPartyCall,
            mpc.as_str(),
            member,
            action,
        ))
    };
    act("14155550101", PhloMemberAction::Hold).expect("hold");
    act("14155550101", PhloMemberAction::Mute).expect("mute");
    let member = sandbox.phlo_member(p, &mpc, "14155550101").expect("there");
    assert!(member.held && member.muted);
    act("14155550101", PhloMemberAction::Unhold).expect("unhold");
    act("14155550101", PhloMemberAction::Unmute).expect("unmute");
    let member = sandbox.phlo_member(p, &mpc, "14155550101").expect("there");
    assert!(!member.held && !member.muted);

    // A warm transfer brings in the agent; a cold one lets the trigger source go.
    client
        .send(at(
            PhloNodeAction::WarmTransfer,
            "14155550100",
            "14155550102",
        ))
        .expect("warm");
    assert!(sandbox.phlo_member(p, &mpc, "14155550102").is_some());
    assert!(sandbox.phlo_member(p, &mpc, "14155550100").is_some());
    client
        .send(at(
            PhloNodeAction::ColdTransfer,
            "14155550100",
            "14155550103",
        ))
        .expect("cold");
    assert!(sandbox.phlo_member(p, &mpc, "14155550100").is_none());
    assert!(sandbox.phlo_member(p, &mpc, "14155550103").is_some());

    // Hang up: the member is gone, and acting on it again is 404.
    act("14155550103", PhloMemberAction::Hangup).expect("hangup");
    assert!(sandbox.phlo_member(p, &mpc, "14155550103").is_none());
    let err = act("14155550103", PhloMemberAction::Hold).expect_err("gone");
    assert!(err.is_not_found(), "{err}");
    let Error::Api(api) = &err else {
        panic!("expected Error::Api, got {err:?}");
    };
    assert!(api.message.contains("14155550103"), "{err}");
    act("14155550102", PhloMemberAction::VoicemailDrop).expect("voicemail");
    assert!(sandbox.phlo_member(p, &mpc, "14155550102").is_none());

    // The JSON form reaches the same node.
    let op = Operation::from_value(&json!({"operation": "updatePhloNodeMember", "params": {
        "phlo_id": p, "node_type": "multi_party_call", "node_id": mpc,
        "member_id": "14155550101", "action": "hold"}}))
    .expect("parses");
    client.call(op).expect("hold by JSON");
    assert!(
        sandbox
            .phlo_member(p, &mpc, "14155550101")
            .expect("there")
            .held
    );

    // Unknown node (or node type) and PHLO: 404 for the actions too.
    let err = client
        .send(UpdatePhloNode::new(
            p,
            PhloNodeType::ConferenceBridge,
            mpc.as_str(),
            PhloNodeAction::WarmTransfer,
            "1",
            "2",
        ))
        .expect_err("wrong type");
    assert!(err.is_not_found(), "{err}");
    let err = client
        .send(UpdatePhloNodeMember::new(
            "no-such-phlo",
            PhloNodeType::MultiPartyCall,
            mpc.as_str(),
            "14155550101",
            PhloMemberAction::Hold,
        ))
        .expect_err("no phlo");
    assert!(err.is_not_found(), "{err}");
}

#[test]
fn the_sandbox_refuses_bad_node_bodies_and_makes_nodes_over_http() {
    let sandbox = Sandbox::start().expect("sandbox");
    let phlo_id = sandbox.add_phlo("http");
    let (status, made) = common::sandbox::raw_at(
        &sandbox,
        "POST",
        &format!("/sandbox/phlo/{phlo_id}/multi_party_call/"),
        None,
        None,
    );
    assert_eq!(status, 201, "{made}");
    let node_id = made["node_id"].as_str().expect("a node_id");
    let node = sandbox
        .client()
        .send(GetSinglePhloMultiPartyCall::new(phlo_id.as_str(), node_id))
        .expect("the node");
    assert_eq!(node.node_id, node_id);
    let (status, _) = common::sandbox::raw_at(
        &sandbox,
        "POST",
        "/sandbox/phlo/no-such-phlo/multi_party_call/",
        None,
        None,
    );
    assert_eq!(status, 404);

    let post = |path: String, body: &str| {
        common::sandbox::raw_at(&sandbox, "POST", &format!("/v1/{path}"), None, Some(body))
    };
    let node_path = format!("phlo/{phlo_id}/multi_party_call/{node_id}/");
    let (status, body) = post(
        node_path.clone(),
        r#"{"action": "call", "trigger_source": "1", "to": "2"}"#,
    );
    assert_eq!(status, 400, "{body}");
    assert!(
        body["error"].as_str().is_some_and(|e| e.contains("role")),
        "{body}"
    );
    let (status, body) = post(
        node_path.clone(),
        r#"{"action": "dance", "trigger_source": "1", "to": "2"}"#,
    );
    assert_eq!(status, 400, "{body}");
    let (status, body) = post(
        node_path.clone(),
        r#"{"action": "cold_transfer", "to": "2"}"#,
    );
    assert_eq!(status, 400, "{body}");
    assert!(
        body["error"]
            .as_str()
            .is_some_and(|e| e.contains("trigger_source")),
        "{body}"
    );
    let (status, body) = post(
        format!("phlo/{phlo_id}/ivr/{node_id}/"),
        r#"{"action": "cold_transfer", "trigger_source": "1", "to": "2"}"#,
    );
    assert_eq!(status, 404, "{body}");
    let (status, body) = post(format!("{node_path}members/2/"), r#"{"action": "call"}"#);
    assert_eq!(status, 400, "{body}");
    // Runs are read, not posted.
    let (status, _) = post(format!("phlo/{phlo_id}/runs/r/"), "{}");
    assert_eq!(status, 405);
}
