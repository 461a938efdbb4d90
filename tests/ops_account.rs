//! Wire tests for the account and subaccount operations: only the required fields, every field
//! set, the JSON form, and invalid input.

mod common;

use common::*;
use plivo::ops::{
    CreateSubaccount, DeleteSubaccount, GetAccountDetails, GetSingleSubaccount, GetSubaccounts,
    UpdateAccount, UpdateSubaccount,
};
use serde_json::json;

const SUB: &str = "SA0123456789ABCDEFGH";

#[test]
fn get_account_details() {
    assert_both(
        GetAccountDetails::new(),
        json!({"operation": "getAccountDetails"}),
        Expect::get(""),
    );
}

#[test]
fn get_account_details_every_field() {
    // The operation takes no fields: an empty `params` object and `null` params are both the
    // same request as no params at all.
    assert_both(
        GetAccountDetails::new(),
        json!({"operation": "Plivo.getAccountDetails", "params": {}}),
        Expect::get(""),
    );
    assert_both(
        GetAccountDetails::new(),
        json!({"operation": "getAccountDetails", "params": null}),
        Expect::get(""),
    );
}

#[test]
fn get_account_details_invalid() {
    assert_invalid_json(
        json!({"operation": "getAccountDetails", "params": {"name": "x"}}),
        "name",
    );
    assert_invalid_json(
        json!({"operation": "getAccountDetails", "params": ["name"]}),
        "params",
    );
}

#[test]
fn update_account_required_only() {
    // No field is required on its own, but one of the three must be set: one is enough, and
    // the others are not sent.
    assert_both(
        UpdateAccount::new().name("Acme Inc"),
        json!({"operation": "updateAccount", "params": {"name": "Acme Inc"}}),
        Expect::post("", json!({"name": "Acme Inc"})).status(202),
    );
    assert_both(
        UpdateAccount::new().city("Austin"),
        json!({"operation": "updateAccount", "params": {"city": "Austin", "name": null}}),
        Expect::post("", json!({"city": "Austin"})).status(202),
    );
}

#[test]
fn update_account_every_field() {
    let typed = UpdateAccount::new()
        .name("Acme Inc")
        .city("Austin")
        .address("1 Main St, Suite 5");
    let json = json!({"operation": "Plivo.updateAccount", "params": {
        "name": "Acme Inc", "city": "Austin", "address": "1 Main St, Suite 5"}});
    assert_both(
        typed,
        json,
        Expect::post(
            "",
            json!({"name": "Acme Inc", "city": "Austin", "address": "1 Main St, Suite 5"}),
        )
        .status(202),
    );
}

#[test]
fn update_account_invalid() {
    assert_invalid(UpdateAccount::new(), "name");
    assert_invalid(UpdateAccount::new().name("").city("  "), "name");
    assert_invalid_json(json!({"operation": "updateAccount"}), "name");
    assert_invalid_json(
        json!({"operation": "updateAccount", "params": {"name": null, "city": null}}),
        "name",
    );
    assert_invalid_json(
        json!({"operation": "updateAccount", "params": {"city": true}}),
        "city",
    );
    assert_invalid_json(
        json!({"operation": "updateAccount", "params": {"name": "x", "timezone": "UTC"}}),
        "timezone",
    );
}

#[test]
fn create_subaccount_required_only() {
    assert_both(
        CreateSubaccount::new("Sub one"),
        json!({"operation": "createSubaccount", "params": {"name": "Sub one"}}),
        Expect::post("Subaccount/", json!({"name": "Sub one"})).status(201),
    );
}

#[test]
fn create_subaccount_every_field() {
    assert_both(
        CreateSubaccount::new("Sub one").enabled(true),
        json!({"operation": "createSubaccount", "params": {"name": "Sub one", "enabled": "True"}}),
        Expect::post("Subaccount/", json!({"name": "Sub one", "enabled": true})).status(201),
    );
    // `false` is sent when set, as a JSON boolean.
    assert_both(
        CreateSubaccount::new("Sub one").enabled(false),
        json!({"operation": "createSubaccount", "params": {"name": "Sub one", "enabled": false}}),
        Expect::post("Subaccount/", json!({"name": "Sub one", "enabled": false})).status(201),
    );
}

#[test]
fn create_subaccount_invalid() {
    assert_invalid(CreateSubaccount::new(""), "name");
    assert_invalid(CreateSubaccount::new("   "), "name");
    assert_invalid_json(
        json!({"operation": "createSubaccount", "params": {"enabled": true}}),
        "name",
    );
    assert_invalid_json(
        json!({"operation": "createSubaccount", "params": {"name": "s", "enabled": "yes"}}),
        "enabled",
    );
    assert_invalid_json(
        json!({"operation": "createSubaccount", "params": {"name": ["s"]}}),
        "name",
    );
    assert_invalid_json(
        json!({"operation": "createSubaccount", "params": {"name": "s", "cascade": true}}),
        "cascade",
    );
}

#[test]
fn update_subaccount_required_only() {
    // `enabled` is not sent unless set, so a rename does not disable the subaccount; the path
    // id is not repeated in the body.
    assert_both(
        UpdateSubaccount::new(SUB, "Renamed"),
        json!({"operation": "updateSubaccount", "params": {"subauthId": SUB, "name": "Renamed"}}),
        Expect::post(
            "Subaccount/SA0123456789ABCDEFGH/",
            json!({"name": "Renamed"}),
        )
        .status(202),
    );
}

#[test]
fn update_subaccount_every_field() {
    assert_both(
        UpdateSubaccount::new(SUB, "Renamed").enabled(false),
        json!({"operation": "updateSubaccount", "params": {
            "subauth_id": SUB, "name": "Renamed", "enabled": "FALSE"}}),
        Expect::post(
            "Subaccount/SA0123456789ABCDEFGH/",
            json!({"name": "Renamed", "enabled": false}),
        )
        .status(202),
    );
    assert_both(
        UpdateSubaccount::new(SUB, "Renamed").enabled(true),
        json!({"operation": "Plivo.updateSubaccount", "params": {
            "subauthId": SUB, "name": "Renamed", "enabled": true}}),
        Expect::post(
            "Subaccount/SA0123456789ABCDEFGH/",
            json!({"name": "Renamed", "enabled": true}),
        )
        .status(202),
    );
}

#[test]
fn update_subaccount_invalid() {
    assert_invalid(UpdateSubaccount::new("", "n"), "subauthId");
    assert_invalid(
        UpdateSubaccount::new("SA0123456789abcdefgh", "n"),
        "subauthId",
    );
    assert_invalid(
        UpdateSubaccount::new("MA0123456789ABCDEFGH", "n"),
        "subauthId",
    );
    assert_invalid(
        UpdateSubaccount::new("SA0123456789ABCDEFG", "n"),
        "subauthId",
    );
    assert_invalid(
        UpdateSubaccount::new("SA0123456789ABCDEFGHI", "n"),
        "subauthId",
    );
    assert_invalid(UpdateSubaccount::new(SUB, ""), "name");
    assert_invalid_json(
        json!({"operation": "updateSubaccount", "params": {"subauthId": SUB}}),
        "name",
    );
    assert_invalid_json(
        json!({"operation": "updateSubaccount", "params": {"name": "n"}}),
        "subauthId",
    );
    assert_invalid_json(
        json!({"operation": "updateSubaccount", "params": {
            "subauthId": SUB, "subauth_id": SUB, "name": "n"}}),
        "subauthId",
    );
    assert_invalid_json(
        json!({"operation": "updateSubaccount", "params": {
            "subauthId": SUB, "name": "n", "enabled": 1}}),
        "enabled",
    );
    assert_invalid_json(
        json!({"operation": "updateSubaccount", "params": {
            "subauthId": "SA/../../Call", "name": "n"}}),
        "subauthId",
    );
}

#[test]
fn get_single_subaccount() {
    assert_both(
        GetSingleSubaccount::new(SUB),
        json!({"operation": "getSingleSubaccount", "params": {"subauthId": SUB}}),
        Expect::get("Subaccount/SA0123456789ABCDEFGH/"),
    );
}

#[test]
fn get_single_subaccount_every_field() {
    // No optional fields: the wire-name alias of the path field is the same request.
    assert_both(
        GetSingleSubaccount::new(SUB),
        json!({"operation": "Plivo.getSingleSubaccount", "params": {"subauth_id": SUB}}),
        Expect::get("Subaccount/SA0123456789ABCDEFGH/"),
    );
}

#[test]
fn get_single_subaccount_invalid() {
    assert_invalid(GetSingleSubaccount::new(""), "subauthId");
    assert_invalid(
        GetSingleSubaccount::new("SA 123456789ABCDEFGH"),
        "subauthId",
    );
    assert_invalid_json(
        json!({"operation": "getSingleSubaccount", "params": {}}),
        "subauthId",
    );
    assert_invalid_json(
        json!({"operation": "getSingleSubaccount", "params": {"subauthId": {"id": SUB}}}),
        "subauthId",
    );
    assert_invalid_json(
        json!({"operation": "getSingleSubaccount", "params": {"subauthId": SUB, "limit": 1}}),
        "limit",
    );
}

#[test]
fn get_subaccounts_required_only() {
    assert_both(
        GetSubaccounts::new(),
        json!({"operation": "getSubaccounts"}),
        Expect::get("Subaccount/"),
    );
}

#[test]
fn get_subaccounts_every_field() {
    assert_both(
        GetSubaccounts::new().offset(40).limit(20),
        json!({"operation": "getSubaccounts", "params": {"offset": 40, "limit": "20"}}),
        Expect::get("Subaccount/").query(&[("offset", "40"), ("limit", "20")]),
    );
    assert_both(
        GetSubaccounts::new().offset(0).limit(1),
        json!({"operation": "getSubaccounts", "params": {"offset": "0", "limit": 1}}),
        Expect::get("Subaccount/").query(&[("offset", "0"), ("limit", "1")]),
    );
}

#[test]
fn get_subaccounts_invalid() {
    assert_invalid(GetSubaccounts::new().limit(0), "limit");
    assert_invalid(GetSubaccounts::new().limit(21), "limit");
    assert_invalid_json(
        json!({"operation": "getSubaccounts", "params": {"limit": "21"}}),
        "limit",
    );
    assert_invalid_json(
        json!({"operation": "getSubaccounts", "params": {"offset": -1}}),
        "offset",
    );
    assert_invalid_json(
        json!({"operation": "getSubaccounts", "params": {"limit": "ten"}}),
        "limit",
    );
    assert_invalid_json(
        json!({"operation": "getSubaccounts", "params": {"limit": 2.5}}),
        "limit",
    );
    assert_invalid_json(
        json!({"operation": "getSubaccounts", "params": {"page": 2}}),
        "page",
    );
}

#[test]
fn delete_subaccount_required_only() {
    // No optional field set: DELETE goes without a body.
    assert_both(
        DeleteSubaccount::new(SUB),
        json!({"operation": "deleteSubaccount", "params": {"subauthId": SUB}}),
        Expect::delete("Subaccount/SA0123456789ABCDEFGH/"),
    );
}

#[test]
fn delete_subaccount_every_field() {
    assert_both(
        DeleteSubaccount::new(SUB).cascade(true),
        json!({"operation": "deleteSubaccount", "params": {"subauth_id": SUB, "cascade": "True"}}),
        Expect::delete("Subaccount/SA0123456789ABCDEFGH/")
            .body(json!({"cascade": true}))
            .status(204),
    );
    assert_both(
        DeleteSubaccount::new(SUB).cascade(false),
        json!({"operation": "deleteSubaccount", "params": {"subauthId": SUB, "cascade": false}}),
        Expect::delete("Subaccount/SA0123456789ABCDEFGH/")
            .body(json!({"cascade": false}))
            .status(204),
    );
}

#[test]
fn delete_subaccount_invalid() {
    assert_invalid(DeleteSubaccount::new(""), "subauthId");
    assert_invalid(DeleteSubaccount::new(AUTH_ID).cascade(true), "subauthId");
    assert_invalid_json(
        json!({"operation": "deleteSubaccount", "params": {"cascade": true}}),
        "subauthId",
    );
    assert_invalid_json(
        json!({"operation": "deleteSubaccount", "params": {"subauthId": SUB, "cascade": 1}}),
        "cascade",
    );
    assert_invalid_json(
        json!({"operation": "deleteSubaccount", "params": {"subauthId": SUB, "name": "x"}}),
        "name",
    );
}
