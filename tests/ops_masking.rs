//! Number masking sessions: the five operations on the wire, the rules checked before
//! sending, the recorded answers decoded without loss, and the sandbox's sessions.

mod common;

use common::*;
use plivo::models::{MaskingSession, MaskingStatus, Page};
use plivo::ops::{
    CreateMaskingSession, DeleteMaskingSession, GetMaskingSessions, GetSingleMaskingSession,
    MaskingSessionStatus, UpdateMaskingSession,
};
use plivo::{ListShape, OperationKind};
use serde_json::{Value, json};

#[test]
fn create_masking_session_wire() {
    assert_both(
        CreateMaskingSession::new("14150000000", "14151111111")
            .session_expiry(600)
            .record(true)
            .is_pin_authentication_required(true)
            .first_party_pin("1234")
            .second_party_pin("4321"),
        json!({"operation": "createMaskingSession", "params": {
            "firstParty": "14150000000", "second_party": "14151111111",
            "sessionExpiry": 600, "record": true, "isPinAuthenticationRequired": true,
            "first_party_pin": "1234", "secondPartyPin": "4321"}}),
        Expect::post(
            "Masking/Session/",
            json!({"first_party": "14150000000", "second_party": "14151111111",
                "session_expiry": 600, "record": true, "is_pin_authentication_required": true,
                "first_party_pin": "1234", "second_party_pin": "4321"}),
        )
        .status(201),
    );
}

#[test]
fn create_rules_are_checked_before_sending() {
    let base = || CreateMaskingSession::new("+14150000000", "+14151111111");
    assert_invalid(CreateMaskingSession::new("", "+14151111111"), "firstParty");
    assert_invalid(
        CreateMaskingSession::new("+14150000000", "abc"),
        "secondParty",
    );
    assert_invalid(
        CreateMaskingSession::new("+14150000000", "14150000000"),
        "secondParty",
    );
    assert_invalid(base().first_party_pin("12"), "firstPartyPin");
    assert_invalid(base().first_party_pin("1234"), "firstPartyPin");
    assert_invalid(
        base()
            .is_pin_authentication_required(true)
            .first_party_pin("1234")
            .second_party_pin("1234"),
        "secondPartyPin",
    );
    assert_invalid(
        base()
            .is_pin_authentication_required(true)
            .generate_pin_length(16),
        "generatePinLength",
    );
    assert_invalid(
        base()
            .is_pin_authentication_required(true)
            .generate_pin_length(6),
        "generatePinLength",
    );
    assert_invalid(base().pin_retry(6), "pinRetry");
    assert_invalid(base().callback_url("ftp://x"), "callbackUrl");
    assert_invalid(base().ring_timeout(0), "ringTimeout");
    assert_invalid_json(
        json!({"operation": "createMaskingSession", "params": {
            "firstParty": "14150000000", "secondParty": "14151111111",
            "recordFileFormat": "ogg"}}),
        "recordFileFormat",
    );
    assert_invalid_json(
        json!({"operation": "createMaskingSession", "params": {
            "firstParty": "14150000000", "secondParty": "14151111111",
            "callbackMethod": "PUT"}}),
        "callbackMethod",
    );
}

#[test]
fn single_update_delete_wire() {
    assert_both(
        GetSingleMaskingSession::new("c2146ba4/x"),
        json!({"operation": "getSingleMaskingSession", "params": {"session_uuid": "c2146ba4/x"}}),
        Expect::get("Masking/Session/c2146ba4%2Fx/"),
    );
    assert_both(
        UpdateMaskingSession::new("7b5c")
            .session_expiry(600)
            .call_time_limit(3600),
        json!({"operation": "updateMaskingSession", "params": {
            "sessionUuid": "7b5c", "sessionExpiry": 600, "call_time_limit": 3600}}),
        Expect::post(
            "Masking/Session/7b5c/",
            json!({"session_expiry": 600, "call_time_limit": 3600}),
        ),
    );
    assert_both(
        DeleteMaskingSession::new("9fe6"),
        json!({"operation": "deleteMaskingSession", "params": {"sessionUuid": "9fe6"}}),
        Expect::delete("Masking/Session/9fe6/"),
    );
    assert_invalid(GetSingleMaskingSession::new(""), "sessionUuid");
    assert_invalid(
        UpdateMaskingSession::new("a").session_expiry(0),
        "sessionExpiry",
    );
}

#[test]
fn list_wire_and_filters() {
    assert_both(
        GetMaskingSessions::new()
            .status(MaskingSessionStatus::InProgress)
            .created_time_gte("2024-01-01 00:00")
            .duration_lt(600)
            .limit(5)
            .offset(10),
        json!({"operation": "getMaskingSessions", "params": {
            "status": "in-progress", "created_time__gte": "2024-01-01 00:00",
            "durationLt": 600, "limit": 5, "offset": 10}}),
        Expect::get("Masking/Session/").query(&[
            ("status", "in-progress"),
            ("created_time__gte", "2024-01-01 00:00"),
            ("duration__lt", "600"),
            ("limit", "5"),
            ("offset", "10"),
        ]),
    );
    assert_invalid(GetMaskingSessions::new().limit(21), "limit");
    assert_invalid(
        GetMaskingSessions::new().expiry_time_lt("tomorrow"),
        "expiryTimeLt",
    );
    assert_invalid_json(
        json!({"operation": "getMaskingSessions", "params": {"status": "open"}}),
        "status",
    );
    assert_eq!(
        OperationKind::GetMaskingSessions.list_shape(),
        Some(ListShape::Wrapped)
    );
}

/// The recorded answer, nulls left out: a model reads `null` as absent.
fn lossless<T: serde::de::DeserializeOwned + serde::Serialize>(text: &str) -> T {
    let model: T = serde_json::from_str(text).expect("decodes");
    let back = serde_json::to_value(&model).expect("serializes");
    let recorded: Value = serde_json::from_str(text).expect("JSON");
    assert_eq!(without_nulls(&back), without_nulls(&recorded));
    model
}

#[test]
fn the_masking_fixtures_decode_into_the_models() {
    let created: plivo::models::MaskingSessionCreated = lossless(include_str!(
        "data/fixtures/maskingSessionCreateResponse.json"
    ));
    assert_eq!(created.virtual_number.as_deref(), Some("+916361728680"));
    let session = created.session.expect("session");
    assert_eq!(session.status, Some(MaskingStatus::Active));
    assert_eq!(session.first_party_pin.as_deref(), Some("1234"));
    let got: plivo::models::MaskingSessionDetails =
        lossless(include_str!("data/fixtures/maskingSessionGetResponse.json"));
    assert_eq!(got.response.duration, Some(6000));
    let updated: plivo::models::MaskingSessionUpdated = lossless(include_str!(
        "data/fixtures/maskingSessionUpdateResponse.json"
    ));
    assert_eq!(updated.session.and_then(|s| s.call_time_limit), Some(14600));
    let deleted: plivo::models::Ack = lossless(include_str!(
        "data/fixtures/maskingSessionDeleteResponse.json"
    ));
    assert_eq!(deleted.message.as_deref(), Some("Session Deleted"));
    let page: Page<MaskingSession> = lossless(include_str!(
        "data/fixtures/maskingSessionListResponse.json"
    ));
    assert_eq!(page.objects.len(), 7);
    assert_eq!(page.objects[0].status, Some(MaskingStatus::Expired));
}
