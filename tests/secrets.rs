//! Credentials never print: the auth tokens, access tokens and SIP passwords that answers and
//! operations carry show as `***` in `Debug` and `Display`, while requests, the JSON form and
//! `Serialize` keep the value.

mod common;

use common::*;
use plivo::Operation;
use plivo::Secret;
use plivo::models::{Endpoint, Subaccount, SubaccountCreated, TokenCreated};
use plivo::ops::{CreateEndpoint, CreateSubaccount, GetSingleSubaccount, UpdateEndpoint};
use plivo::sandbox::Sandbox;
use serde_json::json;

/// `shown` has the mask and none of the `values`.
fn assert_masked(shown: &str, values: &[&str]) {
    for value in values {
        assert!(!shown.contains(value), "{value:?} shows in {shown}");
    }
    assert!(shown.contains(Secret::MASK), "no mask in {shown}");
}

#[test]
fn models_mask_their_credentials_and_keep_them() {
    let sub: Subaccount = serde_json::from_value(json!({
        "auth_id": "SAXXXXXXXXXXXXXXXXXX",
        "auth_token": "subaccount-token-1",
        "new_auth_token": "subaccount-token-2",
        "name": "shop"
    }))
    .expect("decodes");
    assert_masked(
        &format!("{sub:?}"),
        &["subaccount-token-1", "subaccount-token-2"],
    );
    assert!(format!("{sub:?}").contains("shop"), "the rest prints");
    assert_eq!(
        sub.auth_token.as_ref().map(Secret::expose),
        Some("subaccount-token-1")
    );
    assert_eq!(
        serde_json::to_value(&sub).expect("json")["new_auth_token"],
        json!("subaccount-token-2"),
        "written back as it came"
    );

    let created: SubaccountCreated = serde_json::from_value(json!({
        "auth_id": "SAXXXXXXXXXXXXXXXXXX",
        "auth_token": "created-token",
        "message": "created"
    }))
    .expect("decodes");
    assert_masked(&format!("{created:#?}"), &["created-token"]);
    assert_eq!(created.auth_token.expose(), "created-token");

    let token: TokenCreated =
        serde_json::from_value(json!({"token": "eyJhbGciOi.eyJzdWIi.c2lnbmF0dXJl"}))
            .expect("decodes");
    assert_masked(&format!("{token:?}"), &["eyJhbGciOi", "c2lnbmF0dXJl"]);

    let endpoint: Endpoint = serde_json::from_value(json!({
        "endpoint_id": "32866729519064",
        "password": "sip-password-1",
        "app_id": "33406267401237901"
    }))
    .expect("decodes");
    assert_masked(&format!("{endpoint:?}"), &["sip-password-1"]);
    assert_eq!(endpoint.app_id.as_deref(), Some("33406267401237901"));
    assert_eq!(
        endpoint.password.as_ref().map(Secret::expose),
        Some("sip-password-1")
    );
}

#[test]
fn unknown_fields_that_look_like_credentials_are_masked_in_debug_only() {
    let sub: Subaccount = serde_json::from_value(json!({
        "auth_id": "SAXXXXXXXXXXXXXXXXXX",
        "api_secret": "unknown-secret-1",
        "nested": {"Refresh_Token": "unknown-token-2", "list": [{"PASSWORD": "unknown-pw-3"}]},
        "plain": "visible-value"
    }))
    .expect("decodes");
    let shown = format!("{sub:?}");
    assert_masked(
        &shown,
        &["unknown-secret-1", "unknown-token-2", "unknown-pw-3"],
    );
    assert!(shown.contains("visible-value"), "{shown}");
    assert_eq!(sub.extra["api_secret"], json!("unknown-secret-1"));
    assert_eq!(
        sub.extra["nested"]["list"][0]["PASSWORD"],
        json!("unknown-pw-3")
    );
}

#[test]
fn operations_mask_the_password_and_still_send_it() {
    let create = CreateEndpoint::new("alice", "sip-password-9", "desk");
    let update = UpdateEndpoint::new("32866729519064").password("sip-password-8");
    assert_masked(&format!("{create:?}"), &["sip-password-9"]);
    assert_masked(&format!("{update:?}"), &["sip-password-8"]);
    let op: Operation = create.clone().into();
    assert_masked(&format!("{op:?}"), &["sip-password-9"]);
    assert_eq!(create.password.expose(), "sip-password-9");

    // The wire and the JSON form keep it.
    assert_both(
        create,
        json!({"operation": "createEndpoint", "params": {"username": "alice", "password": "sip-password-9", "alias": "desk"}}),
        Expect::post(
            "Endpoint/",
            json!({"username": "alice", "password": "sip-password-9", "alias": "desk"}),
        ),
    );
    assert_invalid(CreateEndpoint::new("alice", " ", "desk"), "password");
    assert_invalid_json(
        json!({"operation": "createEndpoint", "params": {"username": "alice", "password": true, "alias": "desk"}}),
        "password",
    );
}

#[test]
fn a_subaccount_read_from_the_sandbox_prints_without_its_token() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let created = client
        .send(CreateSubaccount::new("shop").enabled(true))
        .expect("created");
    let token = created.auth_token.expose().to_owned();
    assert!(!token.is_empty());
    let read = client
        .send(GetSingleSubaccount::new(created.auth_id.as_str()))
        .expect("read");
    assert_eq!(
        read.auth_token.as_ref().map(Secret::expose),
        Some(token.as_str())
    );
    assert_masked(&format!("{created:?} {read:?}"), &[token.as_str()]);
    // The client made from those credentials works: the value was kept whole.
    let sub_client = sandbox
        .client_for(&created.auth_id, &token)
        .expect("client");
    assert_masked(&format!("{sub_client:?}"), &[token.as_str()]);
    sub_client
        .send(plivo::ops::GetPricing::new("US"))
        .expect("the subaccount's own credentials work");
}

#[test]
fn a_raw_answer_prints_its_body_with_credentials_masked() {
    let sandbox = Sandbox::start().expect("sandbox");
    let response = sandbox
        .client()
        .call(CreateSubaccount::new("raw"))
        .expect("created");
    let token = response.body()["auth_token"]
        .as_str()
        .expect("a token in the body")
        .to_owned();
    let shown = format!("{response:?}");
    assert_masked(&shown, &[token.as_str()]);
    assert!(shown.contains("createSubaccount"), "{shown}");
    assert!(shown.contains("status: 201"), "{shown}");
    assert!(
        shown.contains(response.body()["auth_id"].as_str().expect("auth_id")),
        "{shown}"
    );
    assert!(
        String::from_utf8_lossy(response.raw_body()).contains(token.as_str()),
        "the raw body keeps it"
    );
}
