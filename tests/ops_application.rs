//! Wire tests for the application operations: only the required fields, every field set, the
//! JSON form, escaped path values, and invalid input.

mod common;

use common::*;
use plivo::ops::{
    CreateApplication, DeleteApplication, GetApplications, GetSingleApplication, HttpMethod,
    UpdateApplication,
};
use serde_json::json;

const SUB: &str = "SA0123456789ABCDEFGH";
const APP: &str = "20372631212782780";

#[test]
fn create_application_required_only() {
    assert_both(
        CreateApplication::new("My app", "https://example.com/answer"),
        json!({"operation": "createApplication", "params": {
            "appName": "My app", "answerUrl": "https://example.com/answer"}}),
        Expect::post(
            "Application/",
            json!({"app_name": "My app", "answer_url": "https://example.com/answer"}),
        )
        .status(201),
    );
}

#[test]
fn create_application_every_field() {
    let typed = CreateApplication::new("My app", "https://example.com/answer")
        .answer_method(HttpMethod::Get)
        .hangup_url("https://example.com/hangup")
        .hangup_method(HttpMethod::Post)
        .fallback_answer_url("https://example.com/fallback")
        .fallback_method(HttpMethod::Get)
        .message_url("https://example.com/message")
        .message_method(HttpMethod::Post)
        .default_number_app(true)
        .default_endpoint_app(false)
        .subaccount(SUB)
        .log_incoming_messages(false)
        .public_uri(true);
    let json = json!({"operation": "Plivo.createApplication", "params": {
        "app_name": "My app", "answerUrl": "https://example.com/answer",
        "answerMethod": "get", "hangup_url": "https://example.com/hangup",
        "hangupMethod": "POST", "fallbackAnswerUrl": "https://example.com/fallback",
        "fallback_method": "Get", "messageUrl": "https://example.com/message",
        "message_method": "post", "defaultNumberApp": "True", "default_endpoint_app": "false",
        "subaccount": SUB, "logIncomingMessages": false, "public_uri": "TRUE"}});
    assert_both(
        typed,
        json,
        Expect::post(
            "Application/",
            json!({
            "app_name": "My app", "answer_url": "https://example.com/answer",
            "answer_method": "GET", "hangup_url": "https://example.com/hangup",
            "hangup_method": "POST", "fallback_answer_url": "https://example.com/fallback",
            "fallback_method": "GET", "message_url": "https://example.com/message",
            "message_method": "POST", "default_number_app": true,
            "default_endpoint_app": false, "subaccount": SUB,
            "log_incoming_messages": false, "public_uri": true}),
        )
        .status(201),
    );
}

#[test]
fn create_application_invalid() {
    assert_invalid(
        CreateApplication::new("", "https://example.com/answer"),
        "appName",
    );
    assert_invalid(CreateApplication::new("My app", " "), "answerUrl");
    assert_invalid(
        CreateApplication::new("My app", "https://example.com/answer")
            .subaccount("SA0123456789ABCDEFGh"),
        "subaccount",
    );
    assert_invalid(
        CreateApplication::new("My app", "https://example.com/answer").subaccount(AUTH_ID),
        "subaccount",
    );
    assert_invalid_json(
        json!({"operation": "createApplication", "params": {"appName": "My app"}}),
        "answerUrl",
    );
    assert_invalid_json(
        json!({"operation": "createApplication", "params": {
            "answerUrl": "https://example.com/answer"}}),
        "appName",
    );
    assert_invalid_json(
        json!({"operation": "createApplication", "params": {
            "appName": "My app", "answerUrl": "https://example.com/answer",
            "answerMethod": "PUT"}}),
        "answerMethod",
    );
    assert_invalid_json(
        json!({"operation": "createApplication", "params": {
            "appName": "My app", "answerUrl": "https://example.com/answer",
            "defaultNumberApp": "yes"}}),
        "defaultNumberApp",
    );
    assert_invalid_json(
        json!({"operation": "createApplication", "params": {
            "appName": "My app", "answerUrl": "https://example.com/answer", "appId": APP}}),
        "appId",
    );
    assert_invalid_json(
        json!({"operation": "createApplication", "params": {
            "appName": "My app", "app_name": "Other", "answerUrl": "https://example.com/answer"}}),
        "appName",
    );
}

#[test]
fn get_applications_required_only() {
    assert_both(
        GetApplications::new(),
        json!({"operation": "getApplications"}),
        Expect::get("Application/"),
    );
}

#[test]
fn get_applications_every_field() {
    let typed = GetApplications::new()
        .subaccount(SUB)
        .limit(20)
        .offset(60)
        .app_name("My app & co");
    let json = json!({"operation": "getApplications", "params": {
        "subaccount": SUB, "limit": "20", "offset": 60, "app_name": "My app & co"}});
    assert_both(
        typed,
        json,
        Expect::get("Application/").query(&[
            ("subaccount", SUB),
            ("limit", "20"),
            ("offset", "60"),
            ("app_name", "My app & co"),
        ]),
    );
}

#[test]
fn get_applications_invalid() {
    assert_invalid(GetApplications::new().limit(0), "limit");
    assert_invalid(GetApplications::new().limit(21), "limit");
    assert_invalid(GetApplications::new().subaccount("SA123"), "subaccount");
    assert_invalid_json(
        json!({"operation": "getApplications", "params": {"limit": 21}}),
        "limit",
    );
    assert_invalid_json(
        json!({"operation": "getApplications", "params": {"offset": "-5"}}),
        "offset",
    );
    assert_invalid_json(
        json!({"operation": "getApplications", "params": {"appName": false}}),
        "appName",
    );
    assert_invalid_json(
        json!({"operation": "getApplications", "params": {"appId": APP}}),
        "appId",
    );
}

#[test]
fn get_single_application() {
    assert_both(
        GetSingleApplication::new(APP),
        json!({"operation": "getSingleApplication", "params": {"appId": APP}}),
        Expect::get("Application/20372631212782780/"),
    );
}

#[test]
fn get_single_application_every_field() {
    // No optional fields: the wire-name alias and a numeric id are the same request.
    assert_both(
        GetSingleApplication::new(APP),
        json!({"operation": "Plivo.getSingleApplication", "params": {"app_id": 20372631212782780_u64}}),
        Expect::get("Application/20372631212782780/"),
    );
}

#[test]
fn get_single_application_escapes_path() {
    assert_both(
        GetSingleApplication::new("a/b c"),
        json!({"operation": "getSingleApplication", "params": {"appId": "a/b c"}}),
        Expect::get("Application/a%2Fb%20c/"),
    );
    assert_both(
        GetSingleApplication::new("../Call?x=1#f"),
        json!({"operation": "getSingleApplication", "params": {"appId": "../Call?x=1#f"}}),
        Expect::get("Application/%2E%2E%2FCall%3Fx%3D1%23f/"),
    );
    assert_both(
        GetSingleApplication::new("a-b_c~d,e@f.g%"),
        json!({"operation": "getSingleApplication", "params": {"appId": "a-b_c~d,e@f.g%"}}),
        Expect::get("Application/a-b_c~d,e@f%2Eg%25/"),
    );
}

#[test]
fn get_single_application_invalid() {
    assert_invalid(GetSingleApplication::new(""), "appId");
    assert_invalid(GetSingleApplication::new("  "), "appId");
    assert_invalid_json(
        json!({"operation": "getSingleApplication", "params": {}}),
        "appId",
    );
    assert_invalid_json(
        json!({"operation": "getSingleApplication", "params": {"appId": true}}),
        "appId",
    );
    assert_invalid_json(
        json!({"operation": "getSingleApplication", "params": {"appId": APP, "limit": 1}}),
        "limit",
    );
}

#[test]
fn update_application_required_only() {
    // Nothing but the id: an empty JSON object, so no field is reset to a default.
    assert_both(
        UpdateApplication::new(APP),
        json!({"operation": "updateApplication", "params": {"appId": APP}}),
        Expect::post("Application/20372631212782780/", json!({})).status(202),
    );
}

#[test]
fn update_application_every_field() {
    let typed = UpdateApplication::new(APP)
        .answer_url("https://example.com/answer")
        .answer_method(HttpMethod::Post)
        .hangup_url("https://example.com/hangup")
        .hangup_method(HttpMethod::Get)
        .fallback_answer_url("https://example.com/fallback")
        .fallback_method(HttpMethod::Post)
        .message_url("https://example.com/message")
        .message_method(HttpMethod::Get)
        .default_number_app(false)
        .default_endpoint_app(true)
        .subaccount(SUB)
        .log_incoming_messages(true)
        .public_uri(false);
    let json = json!({"operation": "updateApplication", "params": {
        "app_id": APP, "answer_url": "https://example.com/answer", "answerMethod": "POST",
        "hangupUrl": "https://example.com/hangup", "hangup_method": "get",
        "fallback_answer_url": "https://example.com/fallback", "fallbackMethod": "post",
        "messageUrl": "https://example.com/message", "messageMethod": "GET",
        "default_number_app": "False", "defaultEndpointApp": true, "subaccount": SUB,
        "log_incoming_messages": "true", "publicUri": false}});
    assert_both(
        typed,
        json,
        Expect::post(
            "Application/20372631212782780/",
            json!({
            "answer_url": "https://example.com/answer", "answer_method": "POST",
            "hangup_url": "https://example.com/hangup", "hangup_method": "GET",
            "fallback_answer_url": "https://example.com/fallback", "fallback_method": "POST",
            "message_url": "https://example.com/message", "message_method": "GET",
            "default_number_app": false, "default_endpoint_app": true, "subaccount": SUB,
            "log_incoming_messages": true, "public_uri": false}),
        )
        .status(202),
    );
}

#[test]
fn update_application_escapes_path() {
    assert_both(
        UpdateApplication::new("a/b c").public_uri(true),
        json!({"operation": "updateApplication", "params": {"appId": "a/b c", "publicUri": "True"}}),
        Expect::post("Application/a%2Fb%20c/", json!({"public_uri": true})).status(202),
    );
}

#[test]
fn update_application_invalid() {
    assert_invalid(UpdateApplication::new(""), "appId");
    assert_invalid(
        UpdateApplication::new(APP).subaccount("sa0123456789ABCDEFGH"),
        "subaccount",
    );
    assert_invalid_json(
        json!({"operation": "updateApplication", "params": {
            "answerUrl": "https://example.com/answer"}}),
        "appId",
    );
    assert_invalid_json(
        json!({"operation": "updateApplication", "params": {"appId": APP, "appName": "New"}}),
        "appName",
    );
    assert_invalid_json(
        json!({"operation": "updateApplication", "params": {"appId": APP, "publicUri": "yes"}}),
        "publicUri",
    );
    assert_invalid_json(
        json!({"operation": "updateApplication", "params": {"appId": APP, "hangupMethod": 1}}),
        "hangupMethod",
    );
}

#[test]
fn delete_application_required_only() {
    // No optional field set: DELETE goes without a body.
    assert_both(
        DeleteApplication::new(APP),
        json!({"operation": "deleteApplication", "params": {"appId": APP}}),
        Expect::delete("Application/20372631212782780/"),
    );
}

#[test]
fn delete_application_every_field() {
    assert_both(
        DeleteApplication::new(APP)
            .cascade(false)
            .new_endpoint_application("99999999999999999"),
        json!({"operation": "Plivo.deleteApplication", "params": {
            "app_id": APP, "cascade": "False", "new_endpoint_application": "99999999999999999"}}),
        Expect::delete("Application/20372631212782780/")
            .body(json!({"cascade": false, "new_endpoint_application": "99999999999999999"}))
            .status(204),
    );
    assert_both(
        DeleteApplication::new(APP).cascade(true),
        json!({"operation": "deleteApplication", "params": {"appId": APP, "cascade": "TRUE"}}),
        Expect::delete("Application/20372631212782780/")
            .body(json!({"cascade": true}))
            .status(204),
    );
}

#[test]
fn delete_application_escapes_path() {
    assert_both(
        DeleteApplication::new("a/b c").new_endpoint_application("x/y"),
        json!({"operation": "deleteApplication", "params": {
            "appId": "a/b c", "newEndpointApplication": "x/y"}}),
        Expect::delete("Application/a%2Fb%20c/").body(json!({"new_endpoint_application": "x/y"})),
    );
}

#[test]
fn delete_application_invalid() {
    assert_invalid(DeleteApplication::new(""), "appId");
    assert_invalid(DeleteApplication::new("\t").cascade(true), "appId");
    assert_invalid_json(
        json!({"operation": "deleteApplication", "params": {"cascade": true}}),
        "appId",
    );
    assert_invalid_json(
        json!({"operation": "deleteApplication", "params": {"appId": APP, "cascade": "nope"}}),
        "cascade",
    );
    assert_invalid_json(
        json!({"operation": "deleteApplication", "params": {"appId": APP, "newEndpointApplication": ["x"]}}),
        "newEndpointApplication",
    );
    assert_invalid_json(
        json!({"operation": "deleteApplication", "params": {"appId": APP, "force": true}}),
        "force",
    );
}

/// An application as Plivo answers it today (plivo-go's `Application`): `production_app` and
/// `default_number_app` land in typed fields, not in `extra`.
#[test]
fn an_application_reads_the_current_fields_typed() {
    let app = send_answered(
        GetSingleApplication::new(APP),
        &Expect::get("Application/20372631212782780/"),
        &json!({
            "app_id": APP,
            "production_app": true,
            "default_number_app": false,
            "log_incoming_messages": true
        }),
    );
    assert!(app.extra.is_empty(), "{:?}", app.extra);
    assert_eq!(app.production_app, Some(true));
    assert_eq!(app.default_number_app, Some(false));
    assert_eq!(app.log_incoming_messages, Some(true));
}
