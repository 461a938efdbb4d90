//! Wire tests for pricing, recordings and the legacy incoming-carrier operations: only the
//! required fields, every field set, the JSON form under seed and wire names, path encoding,
//! and invalid input.

mod common;

use common::*;
use plivo::ops::{
    AddIncomingCarrier, DeleteRecording, GetPricing, GetRecordings, GetSingleIncomingCarrier,
    GetSingleRecording, ListIncomingCarriers, RemoveIncomingCarrier, UpdateIncomingCarrier,
};
use serde_json::json;

const SUB: &str = "SA0123456789ABCDEFGH";
const RECORDING: &str = "c2186400-1c8c-11e4-a664-0026b945b52x";

// ---- pricing ----

#[test]
fn get_pricing() {
    assert_both(
        GetPricing::new("US"),
        json!({"operation": "getPricing", "params": {"countryIso": "US"}}),
        Expect::get("Pricing/").query(&[("country_iso", "US")]),
    );
    assert_both(
        GetPricing::new("GB"),
        json!({"operation": "Plivo.getPricing", "params": {"country_iso": "GB"}}),
        Expect::get("Pricing/").query(&[("country_iso", "GB")]),
    );
}

#[test]
fn get_pricing_invalid() {
    assert_invalid(GetPricing::new("us"), "countryIso");
    assert_invalid(GetPricing::new("USA"), "countryIso");
    assert_invalid(GetPricing::new(""), "countryIso");
    assert_invalid(GetPricing::new("U"), "countryIso");
    assert_invalid(GetPricing::new("U S"), "countryIso");
    assert_invalid_json(
        json!({"operation": "getPricing", "params": {"countryIso": "us"}}),
        "countryIso",
    );
    assert_invalid_json(
        json!({"operation": "getPricing", "params": {"countryIso": "USA"}}),
        "countryIso",
    );
    assert_invalid_json(
        json!({"operation": "getPricing", "params": {"countryIso": ""}}),
        "countryIso",
    );
    assert_invalid_json(json!({"operation": "getPricing"}), "countryIso");
    assert_invalid_json(
        json!({"operation": "getPricing", "params": {"countryIso": ["US"]}}),
        "countryIso",
    );
    assert_invalid_json(
        json!({"operation": "getPricing", "params": {"countryIso": "US", "country_iso": "US"}}),
        "countryIso",
    );
    assert_invalid_json(
        json!({"operation": "getPricing", "params": {"countryIso": "US", "currency": "EUR"}}),
        "currency",
    );
}

// ---- recordings ----

#[test]
fn get_recordings_required_only() {
    assert_both(
        GetRecordings::new(),
        json!({"operation": "getRecordings"}),
        Expect::get("Recording/"),
    );
}

#[test]
fn get_recordings_every_field() {
    let typed = GetRecordings::new()
        .add_time("2024-01-01 00:00")
        .add_time_gt("2024-01-01 00:00:00")
        .add_time_gte("2024-01-01 00:00:01")
        .add_time_lt("2024-02-01 00:00:00.000123")
        .add_time_lte("2024-02-01 00:00:01")
        .subaccount(SUB)
        .call_uuid("f72eea2a-446b-4412-a17f-3b17083bd25a")
        .limit(20)
        .offset(40)
        .from_number("919768368717")
        .to_number("14155550101")
        .conference_name("My Conf");
    let expect = || {
        Expect::get("Recording/").query(&[
            ("add_time", "2024-01-01 00:00"),
            ("add_time__gt", "2024-01-01 00:00:00"),
            ("add_time__gte", "2024-01-01 00:00:01"),
            ("add_time__lt", "2024-02-01 00:00:00.000123"),
            ("add_time__lte", "2024-02-01 00:00:01"),
            ("subaccount", SUB),
            ("call_uuid", "f72eea2a-446b-4412-a17f-3b17083bd25a"),
            ("limit", "20"),
            ("offset", "40"),
            ("from_number", "919768368717"),
            ("to_number", "14155550101"),
            ("conference_name", "My Conf"),
        ])
    };
    // Seed and camelCase names, integers as strings.
    assert_both(
        typed.clone(),
        json!({"operation": "getRecordings", "params": {
            "addTime": "2024-01-01 00:00", "addTimeGt": "2024-01-01 00:00:00",
            "addTimeGte": "2024-01-01 00:00:01", "addTimeLt": "2024-02-01 00:00:00.000123",
            "addTimeLte": "2024-02-01 00:00:01", "subaccount": SUB,
            "callUuid": "f72eea2a-446b-4412-a17f-3b17083bd25a", "limit": "20", "offset": "40",
            "fromNumber": "919768368717", "toNumber": "14155550101",
            "conferenceName": "My Conf"}}),
        expect(),
    );
    // Wire names, integers as JSON numbers.
    assert_both(
        typed,
        json!({"operation": "Plivo.getRecordings", "params": {
            "add_time": "2024-01-01 00:00", "add_time__gt": "2024-01-01 00:00:00",
            "add_time__gte": "2024-01-01 00:00:01", "add_time__lt": "2024-02-01 00:00:00.000123",
            "add_time__lte": "2024-02-01 00:00:01", "subaccount": SUB,
            "call_uuid": "f72eea2a-446b-4412-a17f-3b17083bd25a", "limit": 20, "offset": 40,
            "from_number": 919768368717_u64, "to_number": "14155550101",
            "conference_name": "My Conf"}}),
        expect(),
    );
}

#[test]
fn get_recordings_invalid() {
    assert_invalid(GetRecordings::new().add_time("2024-01-01"), "addTime");
    assert_invalid(
        GetRecordings::new().add_time("2024-01-01T00:00:00"),
        "addTime",
    );
    assert_invalid(GetRecordings::new().add_time_gt("yesterday"), "addTimeGt");
    assert_invalid(
        GetRecordings::new().add_time_gte("2024-01-01 00:00:0"),
        "addTimeGte",
    );
    assert_invalid(
        GetRecordings::new().add_time_lt("2024-01-01 00:00:00."),
        "addTimeLt",
    );
    assert_invalid(GetRecordings::new().add_time_lte(""), "addTimeLte");
    assert_invalid(GetRecordings::new().limit(21), "limit");
    assert_invalid(GetRecordings::new().limit(0), "limit");
    assert_invalid(
        GetRecordings::new().subaccount("SAXXXXXXXXXXXXXXXXX"),
        "subaccount",
    );
    assert_invalid(
        GetRecordings::new().subaccount("sa0123456789ABCDEFGH"),
        "subaccount",
    );
    assert_invalid_json(
        json!({"operation": "getRecordings", "params": {"addTime": "01/02/2024 10:00"}}),
        "addTime",
    );
    // The error names the JSON-form name even when the wire name was used.
    assert_invalid_json(
        json!({"operation": "getRecordings", "params": {"add_time__gt": "2024-01-01"}}),
        "addTimeGt",
    );
    assert_invalid_json(
        json!({"operation": "getRecordings", "params": {"limit": 21}}),
        "limit",
    );
    assert_invalid_json(
        json!({"operation": "getRecordings", "params": {"subaccount": "MA0123456789ABCDEFGH"}}),
        "subaccount",
    );
    assert_invalid_json(
        json!({"operation": "getRecordings", "params": {"offset": 1.5}}),
        "offset",
    );
    assert_invalid_json(
        json!({"operation": "getRecordings", "params": {"addTime": 20240101}}),
        "addTime",
    );
    assert_invalid_json(
        json!({"operation": "getRecordings", "params": {"mpcName": "x"}}),
        "mpcName",
    );
}

#[test]
fn get_single_recording() {
    assert_both(
        GetSingleRecording::new(RECORDING),
        json!({"operation": "getSingleRecording", "params": {"recordingId": RECORDING}}),
        Expect::get("Recording/c2186400-1c8c-11e4-a664-0026b945b52x/"),
    );
    assert_both(
        GetSingleRecording::new("rec.mp3"),
        json!({"operation": "getSingleRecording", "params": {"recording_id": "rec.mp3"}}),
        Expect::get("Recording/rec%2Emp3/"),
    );
}

#[test]
fn get_single_recording_invalid() {
    assert_invalid(GetSingleRecording::new(""), "recordingId");
    assert_invalid_json(
        json!({"operation": "getSingleRecording", "params": {}}),
        "recordingId",
    );
    assert_invalid_json(
        json!({"operation": "getSingleRecording", "params": {"recordingId": "r", "format": "mp3"}}),
        "format",
    );
    assert_invalid_json(
        json!({"operation": "getSingleRecording", "params": {"recordingId": true}}),
        "recordingId",
    );
}

#[test]
fn delete_recording() {
    assert_both(
        DeleteRecording::new(RECORDING),
        json!({"operation": "deleteRecording", "params": {"recordingId": RECORDING}}),
        Expect::delete("Recording/c2186400-1c8c-11e4-a664-0026b945b52x/").status(204),
    );
    assert_both(
        DeleteRecording::new("a/../b"),
        json!({"operation": "Plivo.deleteRecording", "params": {"recording_id": "a/../b"}}),
        Expect::delete("Recording/a%2F%2E%2E%2Fb/").status(204),
    );
}

#[test]
fn delete_recording_invalid() {
    assert_invalid(DeleteRecording::new(" "), "recordingId");
    assert_invalid_json(
        json!({"operation": "deleteRecording", "params": {}}),
        "recordingId",
    );
    assert_invalid_json(
        json!({"operation": "deleteRecording", "params": {"recordingId": "r", "callUuid": "c"}}),
        "callUuid",
    );
    assert_invalid_json(
        json!({"operation": "deleteRecording", "params": {"recordingId": ["r"]}}),
        "recordingId",
    );
}

// ---- incoming carriers (legacy) ----

#[test]
fn list_incoming_carriers_required_only() {
    assert_both(
        ListIncomingCarriers::new(),
        json!({"operation": "listIncomingCarriers"}),
        Expect::get("IncomingCarrier/"),
    );
}

#[test]
fn list_incoming_carriers_every_field() {
    let typed = ListIncomingCarriers::new()
        .name("Acme Telecom")
        .limit(20)
        .offset(0);
    let expect = || {
        Expect::get("IncomingCarrier/").query(&[
            ("name", "Acme Telecom"),
            ("limit", "20"),
            ("offset", "0"),
        ])
    };
    assert_both(
        typed.clone(),
        json!({"operation": "listIncomingCarriers", "params": {
            "name": "Acme Telecom", "limit": "20", "offset": "0"}}),
        expect(),
    );
    assert_both(
        typed,
        json!({"operation": "Plivo.listIncomingCarriers", "params": {
            "name": "Acme Telecom", "limit": 20, "offset": 0}}),
        expect(),
    );
}

#[test]
fn list_incoming_carriers_invalid() {
    assert_invalid(ListIncomingCarriers::new().limit(21), "limit");
    assert_invalid(ListIncomingCarriers::new().limit(0), "limit");
    assert_invalid_json(
        json!({"operation": "listIncomingCarriers", "params": {"limit": "21"}}),
        "limit",
    );
    assert_invalid_json(
        json!({"operation": "listIncomingCarriers", "params": {"offset": "ten"}}),
        "offset",
    );
    assert_invalid_json(
        json!({"operation": "listIncomingCarriers", "params": {"name": false}}),
        "name",
    );
    assert_invalid_json(
        json!({"operation": "listIncomingCarriers", "params": {"carrierId": "c"}}),
        "carrierId",
    );
}

#[test]
fn get_single_incoming_carrier() {
    assert_both(
        GetSingleIncomingCarrier::new("19409813513145"),
        json!({"operation": "getSingleIncomingCarrier", "params": {"carrierId": "19409813513145"}}),
        Expect::get("IncomingCarrier/19409813513145/"),
    );
    assert_both(
        GetSingleIncomingCarrier::new("carrier 1"),
        json!({"operation": "getSingleIncomingCarrier", "params": {"carrier_id": "carrier 1"}}),
        Expect::get("IncomingCarrier/carrier%201/"),
    );
}

#[test]
fn get_single_incoming_carrier_invalid() {
    assert_invalid(GetSingleIncomingCarrier::new(""), "carrierId");
    assert_invalid_json(
        json!({"operation": "getSingleIncomingCarrier", "params": {}}),
        "carrierId",
    );
    assert_invalid_json(
        json!({"operation": "getSingleIncomingCarrier", "params": {"carrierId": "c", "name": "n"}}),
        "name",
    );
    assert_invalid_json(
        json!({"operation": "getSingleIncomingCarrier", "params": {"carrierId": {}}}),
        "carrierId",
    );
}

#[test]
fn add_incoming_carrier_required_only() {
    // The required fields are all the fields; ipSet once joined, once as an array.
    let typed = AddIncomingCarrier::new("Acme Telecom", ["10.0.0.1", "10.0.0.2"]);
    let expect = || {
        Expect::post(
            "IncomingCarrier/",
            json!({"name": "Acme Telecom", "ip_set": "10.0.0.1,10.0.0.2"}),
        )
        .status(201)
    };
    assert_both(
        typed.clone(),
        json!({"operation": "addIncomingCarrier", "params": {
            "name": "Acme Telecom", "ipSet": "10.0.0.1,10.0.0.2"}}),
        expect(),
    );
    assert_both(
        typed,
        json!({"operation": "Plivo.addIncomingCarrier", "params": {
            "name": "Acme Telecom", "ip_set": ["10.0.0.1", "10.0.0.2"]}}),
        expect(),
    );
    assert_both(
        AddIncomingCarrier::new("Acme Telecom", "10.0.0.1"),
        json!({"operation": "addIncomingCarrier", "params": {
            "name": "Acme Telecom", "ipSet": "10.0.0.1"}}),
        Expect::post(
            "IncomingCarrier/",
            json!({"name": "Acme Telecom", "ip_set": "10.0.0.1"}),
        )
        .status(201),
    );
}

#[test]
fn add_incoming_carrier_invalid() {
    assert_invalid(AddIncomingCarrier::new("", "10.0.0.1"), "name");
    assert_invalid(
        AddIncomingCarrier::new("Acme", Vec::<String>::new()),
        "ipSet",
    );
    assert_invalid(AddIncomingCarrier::new("Acme", ["10.0.0.1", ""]), "ipSet");
    assert_invalid(
        AddIncomingCarrier::new("Acme", ["10.0.0.1,10.0.0.2"]),
        "ipSet",
    );
    assert_invalid_json(
        json!({"operation": "addIncomingCarrier", "params": {"name": "Acme"}}),
        "ipSet",
    );
    assert_invalid_json(
        json!({"operation": "addIncomingCarrier", "params": {"name": "Acme", "ipSet": "10.0.0.1,,10.0.0.2"}}),
        "ipSet",
    );
    assert_invalid_json(
        json!({"operation": "addIncomingCarrier", "params": {"name": "Acme", "ipSet": 10}}),
        "ipSet",
    );
    assert_invalid_json(
        json!({"operation": "addIncomingCarrier", "params": {"name": "Acme", "ipSet": "10.0.0.1", "ip_set": "10.0.0.2"}}),
        "ipSet",
    );
    assert_invalid_json(
        json!({"operation": "addIncomingCarrier", "params": {"name": "Acme", "ipSet": "10.0.0.1", "region": "CA"}}),
        "region",
    );
}

#[test]
fn update_incoming_carrier_required_only() {
    assert_both(
        UpdateIncomingCarrier::new("19409813513145"),
        json!({"operation": "updateIncomingCarrier", "params": {"carrierId": "19409813513145"}}),
        Expect::post("IncomingCarrier/19409813513145/", json!({})).status(202),
    );
}

#[test]
fn update_incoming_carrier_every_field() {
    let typed = UpdateIncomingCarrier::new("19409813513145")
        .name("Acme Telecom")
        .ip_set(vec!["10.0.0.1", "10.0.0.2", "192.168.1.1"]);
    let expect = || {
        Expect::post(
            "IncomingCarrier/19409813513145/",
            json!({"name": "Acme Telecom", "ip_set": "10.0.0.1,10.0.0.2,192.168.1.1"}),
        )
        .status(202)
    };
    assert_both(
        typed.clone(),
        json!({"operation": "updateIncomingCarrier", "params": {
            "carrierId": "19409813513145", "name": "Acme Telecom",
            "ipSet": "10.0.0.1,10.0.0.2,192.168.1.1"}}),
        expect(),
    );
    assert_both(
        typed,
        json!({"operation": "Plivo.updateIncomingCarrier", "params": {
            "carrier_id": 19409813513145_u64, "name": "Acme Telecom",
            "ip_set": ["10.0.0.1", "10.0.0.2", "192.168.1.1"]}}),
        expect(),
    );
}

#[test]
fn update_incoming_carrier_invalid() {
    assert_invalid(UpdateIncomingCarrier::new("").name("x"), "carrierId");
    assert_invalid(
        UpdateIncomingCarrier::new("c1").ip_set(["", "10.0.0.1"]),
        "ipSet",
    );
    assert_invalid_json(
        json!({"operation": "updateIncomingCarrier", "params": {"name": "x"}}),
        "carrierId",
    );
    assert_invalid_json(
        json!({"operation": "updateIncomingCarrier", "params": {"carrierId": "c1", "ipSet": ["10.0.0.1", ""]}}),
        "ipSet",
    );
    assert_invalid_json(
        json!({"operation": "updateIncomingCarrier", "params": {"carrierId": "c1", "ipSet": [1.5, true]}}),
        "ipSet",
    );
    assert_invalid_json(
        json!({"operation": "updateIncomingCarrier", "params": {"carrierId": "c1", "ips": "10.0.0.1"}}),
        "ips",
    );
}

#[test]
fn remove_incoming_carrier() {
    assert_both(
        RemoveIncomingCarrier::new("19409813513145"),
        json!({"operation": "removeIncomingCarrier", "params": {"carrierId": "19409813513145"}}),
        Expect::delete("IncomingCarrier/19409813513145/").status(204),
    );
    assert_both(
        RemoveIncomingCarrier::new("c~1_a-b"),
        json!({"operation": "removeIncomingCarrier", "params": {"carrier_id": "c~1_a-b"}}),
        Expect::delete("IncomingCarrier/c~1_a-b/").status(204),
    );
}

#[test]
fn remove_incoming_carrier_invalid() {
    assert_invalid(RemoveIncomingCarrier::new(""), "carrierId");
    assert_invalid_json(
        json!({"operation": "removeIncomingCarrier", "params": {}}),
        "carrierId",
    );
    assert_invalid_json(
        json!({"operation": "removeIncomingCarrier", "params": {"carrierId": "c", "numbers": "1"}}),
        "numbers",
    );
    assert_invalid_json(
        json!({"operation": "removeIncomingCarrier", "params": {"carrierId": false}}),
        "carrierId",
    );
}
