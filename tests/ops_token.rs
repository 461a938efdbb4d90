//! Wire tests for `createToken` (beyond the seed): Plivo mints an access token.

mod common;

use common::*;
use plivo::ops::CreateToken;
use serde_json::json;

#[test]
fn create_token_required_only() {
    assert_both(
        CreateToken::new(AUTH_ID),
        json!({"operation": "createToken", "params": {"iss": AUTH_ID}}),
        Expect::post("JWT/Token/", json!({"iss": AUTH_ID})).status(200),
    );
}

#[test]
fn create_token_every_field() {
    let typed = CreateToken::new(AUTH_ID)
        .subject("alice")
        .nbf(1_700_000_000)
        .exp(1_700_086_400)
        .incoming_allow(true)
        .outgoing_allow(false)
        .app("12345678901234567");
    assert_both(
        typed,
        json!({"operation": "Plivo.createToken", "params": {
            "iss": AUTH_ID, "sub": "alice", "nbf": "1700000000", "exp": 1_700_086_400u64,
            "per": {"voice": {"incoming_allow": true, "outgoing_allow": false}},
            "app": "12345678901234567"}}),
        Expect::post(
            "JWT/Token/",
            json!({"iss": AUTH_ID, "sub": "alice", "nbf": 1_700_000_000u64, "exp": 1_700_086_400u64,
                   "per": {"voice": {"incoming_allow": true, "outgoing_allow": false}},
                   "app": "12345678901234567"}),
        )
        .status(201),
    );
}

#[test]
fn create_token_invalid() {
    assert_invalid(CreateToken::new("not-an-auth-id"), "iss");
    assert_invalid(CreateToken::new(AUTH_ID).incoming_allow(true), "sub");
    assert_invalid(CreateToken::new(AUTH_ID).nbf(10).exp(10), "exp");
    assert_invalid(CreateToken::new(AUTH_ID).per(json!({"video": {}})), "per");
    assert_invalid_json(json!({"operation": "createToken", "params": {}}), "iss");
    assert_invalid_json(
        json!({"operation": "createToken", "params": {"iss": AUTH_ID, "nbf": -1}}),
        "nbf",
    );
    assert_invalid_json(
        json!({"operation": "createToken", "params": {"iss": AUTH_ID, "per": "all"}}),
        "per",
    );
}
