//! Wire tests for the SIP endpoint operations: only the required fields, every field set, the
//! JSON form under seed and wire names, path encoding, and invalid input.

mod common;

use common::*;
use plivo::ops::{CreateEndpoint, DeleteEndpoint, GetEndpoints, GetSingleEndpoint, UpdateEndpoint};
use serde_json::json;

#[test]
fn create_endpoint_required_only() {
    assert_both(
        CreateEndpoint::new("zumba", "s3cret", "Zumba desk"),
        json!({"operation": "createEndpoint", "params": {
            "username": "zumba", "password": "s3cret", "alias": "Zumba desk"}}),
        Expect::post(
            "Endpoint/",
            json!({"username": "zumba", "password": "s3cret", "alias": "Zumba desk"}),
        )
        .status(201),
    );
}

#[test]
fn create_endpoint_every_field() {
    let typed = CreateEndpoint::new("zumba", "s3cret", "Zumba desk").app_id("77506472664956");
    let expect = || {
        Expect::post(
            "Endpoint/",
            json!({"username": "zumba", "password": "s3cret", "alias": "Zumba desk",
                "app_id": "77506472664956"}),
        )
        .status(201)
    };
    assert_both(
        typed.clone(),
        json!({"operation": "Plivo.createEndpoint", "params": {
            "username": "zumba", "password": "s3cret", "alias": "Zumba desk",
            "appId": "77506472664956"}}),
        expect(),
    );
    // Wire name as alias, and an id given as a JSON number.
    assert_both(
        typed,
        json!({"operation": "createEndpoint", "params": {
            "username": "zumba", "password": "s3cret", "alias": "Zumba desk",
            "app_id": 77506472664956_u64}}),
        expect(),
    );
}

#[test]
fn create_endpoint_invalid() {
    assert_invalid(CreateEndpoint::new("", "s3cret", "Zumba desk"), "username");
    assert_invalid(CreateEndpoint::new("zumba", " ", "Zumba desk"), "password");
    assert_invalid(CreateEndpoint::new("zumba", "s3cret", ""), "alias");
    assert_invalid_json(
        json!({"operation": "createEndpoint", "params": {"username": "zumba", "password": "s3cret"}}),
        "alias",
    );
    assert_invalid_json(
        json!({"operation": "createEndpoint", "params": {
            "username": "zumba", "password": "s3cret", "alias": "a", "sipDomain": "x"}}),
        "sipDomain",
    );
    assert_invalid_json(
        json!({"operation": "createEndpoint", "params": {
            "username": "zumba", "password": "s3cret", "alias": "a", "appId": true}}),
        "appId",
    );
    assert_invalid_json(
        json!({"operation": "createEndpoint", "params": {
            "username": ["zumba"], "password": "s3cret", "alias": "a"}}),
        "username",
    );
    assert_invalid_json(
        json!({"operation": "createEndpoint", "params": {
            "username": "zumba", "password": "s3cret", "alias": "a",
            "appId": "1", "app_id": "2"}}),
        "appId",
    );
}

#[test]
fn get_single_endpoint() {
    assert_both(
        GetSingleEndpoint::new("4d04c52e-cea3-4458-bbdb-0bfc314ee7cd"),
        json!({"operation": "getSingleEndpoint", "params": {
            "endpointId": "4d04c52e-cea3-4458-bbdb-0bfc314ee7cd"}}),
        Expect::get("Endpoint/4d04c52e-cea3-4458-bbdb-0bfc314ee7cd/"),
    );
}

#[test]
fn get_single_endpoint_path_is_encoded() {
    // `.` and `/` are escaped so the id cannot walk up or add a segment; `@` and `,` stay.
    assert_both(
        GetSingleEndpoint::new("../a b/x@y,z"),
        json!({"operation": "getSingleEndpoint", "params": {"endpoint_id": "../a b/x@y,z"}}),
        Expect::get("Endpoint/%2E%2E%2Fa%20b%2Fx@y,z/"),
    );
}

#[test]
fn get_single_endpoint_invalid() {
    assert_invalid(GetSingleEndpoint::new(""), "endpointId");
    assert_invalid(GetSingleEndpoint::new("  "), "endpointId");
    assert_invalid_json(
        json!({"operation": "getSingleEndpoint", "params": {}}),
        "endpointId",
    );
    assert_invalid_json(
        json!({"operation": "getSingleEndpoint", "params": {"endpointId": "e1", "limit": 5}}),
        "limit",
    );
    assert_invalid_json(
        json!({"operation": "getSingleEndpoint", "params": {"endpointId": {"id": "e1"}}}),
        "endpointId",
    );
}

#[test]
fn get_endpoints_required_only() {
    assert_both(
        GetEndpoints::new(),
        json!({"operation": "getEndpoints"}),
        Expect::get("Endpoint/"),
    );
    assert_both(
        GetEndpoints::new(),
        json!({"operation": "getEndpoints", "params": {}}),
        Expect::get("Endpoint/"),
    );
}

#[test]
fn get_endpoints_every_field() {
    assert_both(
        GetEndpoints::new().limit(20).offset(40),
        json!({"operation": "getEndpoints", "params": {"limit": "20", "offset": 40}}),
        Expect::get("Endpoint/").query(&[("limit", "20"), ("offset", "40")]),
    );
    assert_both(
        GetEndpoints::new().limit(1).offset(0),
        json!({"operation": "getEndpoints", "params": {"limit": 1, "offset": "0"}}),
        Expect::get("Endpoint/").query(&[("limit", "1"), ("offset", "0")]),
    );
}

#[test]
fn get_endpoints_invalid() {
    assert_invalid(GetEndpoints::new().limit(21), "limit");
    assert_invalid(GetEndpoints::new().limit(0), "limit");
    assert_invalid_json(
        json!({"operation": "getEndpoints", "params": {"limit": "21"}}),
        "limit",
    );
    assert_invalid_json(
        json!({"operation": "getEndpoints", "params": {"offset": -1}}),
        "offset",
    );
    assert_invalid_json(
        json!({"operation": "getEndpoints", "params": {"limit": "twenty"}}),
        "limit",
    );
    assert_invalid_json(
        json!({"operation": "getEndpoints", "params": {"limit": true}}),
        "limit",
    );
    assert_invalid_json(
        json!({"operation": "getEndpoints", "params": {"subaccount": "SA0123456789ABCDEFGH"}}),
        "subaccount",
    );
}

#[test]
fn update_endpoint_required_only() {
    // Nothing but the path: the body is an empty JSON object.
    assert_both(
        UpdateEndpoint::new("4d04c52e-cea3-4458-bbdb-0bfc314ee7cd"),
        json!({"operation": "updateEndpoint", "params": {
            "endpointId": "4d04c52e-cea3-4458-bbdb-0bfc314ee7cd"}}),
        Expect::post("Endpoint/4d04c52e-cea3-4458-bbdb-0bfc314ee7cd/", json!({})).status(202),
    );
}

#[test]
fn update_endpoint_every_field() {
    let typed = UpdateEndpoint::new("4d04c52e-cea3-4458-bbdb-0bfc314ee7cd")
        .password("n3w-pass")
        .alias("Front desk")
        .app_id("77506472664956");
    let expect = || {
        Expect::post(
            "Endpoint/4d04c52e-cea3-4458-bbdb-0bfc314ee7cd/",
            json!({"password": "n3w-pass", "alias": "Front desk", "app_id": "77506472664956"}),
        )
        .status(202)
    };
    assert_both(
        typed.clone(),
        json!({"operation": "updateEndpoint", "params": {
            "endpointId": "4d04c52e-cea3-4458-bbdb-0bfc314ee7cd", "password": "n3w-pass",
            "alias": "Front desk", "appId": "77506472664956"}}),
        expect(),
    );
    assert_both(
        typed,
        json!({"operation": "Plivo.updateEndpoint", "params": {
            "endpoint_id": "4d04c52e-cea3-4458-bbdb-0bfc314ee7cd", "password": "n3w-pass",
            "alias": "Front desk", "app_id": "77506472664956"}}),
        expect(),
    );
}

#[test]
fn update_endpoint_some_fields() {
    // The seed marked password and alias required; any subset is sent as given.
    assert_both(
        UpdateEndpoint::new("e1").alias("a"),
        json!({"operation": "updateEndpoint", "params": {"endpointId": "e1", "alias": "a"}}),
        Expect::post("Endpoint/e1/", json!({"alias": "a"})).status(202),
    );
}

#[test]
fn update_endpoint_invalid() {
    assert_invalid(UpdateEndpoint::new("").alias("a"), "endpointId");
    assert_invalid_json(
        json!({"operation": "updateEndpoint", "params": {"alias": "a"}}),
        "endpointId",
    );
    assert_invalid_json(
        json!({"operation": "updateEndpoint", "params": {"endpointId": "e1", "username": "u"}}),
        "username",
    );
    assert_invalid_json(
        json!({"operation": "updateEndpoint", "params": {"endpointId": "e1", "password": false}}),
        "password",
    );
}

#[test]
fn delete_endpoint() {
    assert_both(
        DeleteEndpoint::new("4d04c52e-cea3-4458-bbdb-0bfc314ee7cd"),
        json!({"operation": "deleteEndpoint", "params": {
            "endpointId": "4d04c52e-cea3-4458-bbdb-0bfc314ee7cd"}}),
        Expect::delete("Endpoint/4d04c52e-cea3-4458-bbdb-0bfc314ee7cd/").status(204),
    );
    assert_both(
        DeleteEndpoint::new("ep.1"),
        json!({"operation": "deleteEndpoint", "params": {"endpoint_id": "ep.1"}}),
        Expect::delete("Endpoint/ep%2E1/").status(204),
    );
}

#[test]
fn delete_endpoint_invalid() {
    assert_invalid(DeleteEndpoint::new(""), "endpointId");
    assert_invalid_json(
        json!({"operation": "deleteEndpoint", "params": {}}),
        "endpointId",
    );
    assert_invalid_json(
        json!({"operation": "deleteEndpoint", "params": {"endpointId": "e1", "cascade": true}}),
        "cascade",
    );
    assert_invalid_json(
        json!({"operation": "deleteEndpoint", "params": {"endpointId": true}}),
        "endpointId",
    );
}
