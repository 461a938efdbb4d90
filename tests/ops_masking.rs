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

#[test]
fn the_masking_fixtures_decode_into_the_models() {
    let created: plivo::models::MaskingSessionCreated = decodes_losslessly_but_nulls(include_str!(
        "data/fixtures/maskingSessionCreateResponse.json"
    ));
    assert_eq!(created.virtual_number.as_deref(), Some("+916361728680"));
    let session = created.session.expect("session");
    assert_eq!(session.status, Some(MaskingStatus::Active));
    assert_eq!(session.first_party_pin.as_deref(), Some("1234"));
    let got: plivo::models::MaskingSessionDetails =
        decodes_losslessly_but_nulls(include_str!("data/fixtures/maskingSessionGetResponse.json"));
    assert_eq!(got.response.duration, Some(6000));
    let updated: plivo::models::MaskingSessionUpdated = decodes_losslessly_but_nulls(include_str!(
        "data/fixtures/maskingSessionUpdateResponse.json"
    ));
    assert_eq!(updated.session.and_then(|s| s.call_time_limit), Some(14600));
    let deleted: plivo::models::Ack = decodes_losslessly_but_nulls(include_str!(
        "data/fixtures/maskingSessionDeleteResponse.json"
    ));
    assert_eq!(deleted.message.as_deref(), Some("Session Deleted"));
    let page: Page<MaskingSession> = decodes_losslessly_but_nulls(include_str!(
        "data/fixtures/maskingSessionListResponse.json"
    ));
    assert_eq!(page.objects.len(), 7);
    assert_eq!(page.objects[0].status, Some(MaskingStatus::Expired));
}

// ---------------------------------------------------------------------------------------------
// The walker over the wrapped list, with mockito
// ---------------------------------------------------------------------------------------------

/// One wrapped page of `count` sessions at `offset`, `next` pointing on while `more`.
fn wrapped_page(offset: usize, count: usize, total: usize) -> String {
    let next = if offset + count < total {
        json!(format!(
            "/v1/Account/{AUTH_ID}/Masking/Session/?limit=2&offset={}",
            offset + count
        ))
    } else {
        Value::Null
    };
    let objects: Vec<Value> = (offset..offset + count)
        .map(|i| json!({"session_uuid": format!("s-{i}"), "status": "active", "duration": 60}))
        .collect();
    json!({"api_id": "a", "response": {
        "meta": {"limit": 2, "next": next, "offset": offset, "previous": null,
                 "total_count": total},
        "objects": objects}})
    .to_string()
}

#[test]
fn items_walks_the_wrapped_list_with_mockito() {
    let mut server = mockito::Server::new();
    let mocks: Vec<_> = [(0, 2), (2, 2), (4, 1)]
        .into_iter()
        .map(|(offset, count)| {
            mount_page(
                &mut server,
                "Masking/Session/",
                &[
                    ("status", "active".to_owned()),
                    ("limit", "2".to_owned()),
                    ("offset", offset.to_string()),
                ],
                wrapped_page(offset, count, 5),
            )
        })
        .collect();
    let stray = mount_stray(&mut server);
    let client = client_for(&server);
    let op = GetMaskingSessions::new()
        .status(MaskingSessionStatus::Active)
        .limit(2);
    let items: Vec<MaskingSession> = client.items(op).collect::<Result<_, _>>().expect("walks");
    let uuids: Vec<_> = items
        .iter()
        .filter_map(|s| s.session_uuid.clone())
        .collect();
    assert_eq!(uuids, ["s-0", "s-1", "s-2", "s-3", "s-4"]);
    for mock in mocks.iter().chain(&stray) {
        mock.assert();
    }
}

// ---------------------------------------------------------------------------------------------
// The sandbox
// ---------------------------------------------------------------------------------------------

/// A sandbox with one rented US number; the number.
fn sandbox_with_number() -> (plivo::sandbox::Sandbox, plivo::Client, String) {
    let sandbox = plivo::sandbox::Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let found = client
        .send(plivo::ops::SearchNewNumbers::new("US").limit(1))
        .expect("search");
    let number = found.objects[0].number.clone();
    client
        .send(plivo::ops::BuyNumber::new(number.as_str()))
        .expect("buy");
    (sandbox, client, number)
}

fn fixture_of(text: &str) -> Value {
    common::sandbox::fixture(text)
}

#[test]
fn the_sandbox_keeps_masking_sessions() {
    // With no rented number there is no virtual number to give.
    let bare = plivo::sandbox::Sandbox::start().expect("sandbox");
    let err = bare
        .client()
        .send(CreateMaskingSession::new("+14155550100", "+14155550101"))
        .expect_err("no number");
    assert_eq!(err.status(), Some(400), "{err}");

    let (_sandbox, client, number) = sandbox_with_number();
    let create = CreateMaskingSession::new("+14155550100", "+14155550101")
        .session_expiry(1800)
        .is_pin_authentication_required(true)
        .generate_pin(true)
        .generate_pin_length(6);
    let raw = client.call(create.clone()).expect("created");
    assert_eq!(raw.status(), 201);
    let shape = fixture_of(include_str!(
        "data/fixtures/maskingSessionCreateResponse.json"
    ));
    common::sandbox::assert_shape("createMaskingSession", &shape, raw.body());
    common::sandbox::assert_same_keys("createMaskingSession", &shape, raw.body());
    let created: plivo::models::MaskingSessionCreated = raw.decode().expect("decodes");
    assert_eq!(created.virtual_number, Some(format!("+{number}")));
    let session = created.session.expect("session");
    assert_eq!(session.duration, Some(1800));
    assert_eq!(session.first_party.as_deref(), Some("14155550100"));
    let pins = [&session.first_party_pin, &session.second_party_pin];
    assert!(
        pins.iter()
            .all(|p| p.as_ref().is_some_and(|p| p.len() == 6))
    );
    assert_ne!(pins[0], pins[1]);
    let uuid = created.session_uuid.expect("uuid");

    // Read: the session wrapped in `response`, the fixture's keys.
    let raw = client
        .call(GetSingleMaskingSession::new(uuid.as_str()))
        .expect("read");
    let shape = fixture_of(include_str!("data/fixtures/maskingSessionGetResponse.json"));
    common::sandbox::assert_shape("getSingleMaskingSession", &shape, raw.body());
    common::sandbox::assert_same_keys("getSingleMaskingSession", &shape, raw.body());
    common::sandbox::assert_same_keys(
        "getSingleMaskingSession.response",
        &shape["response"],
        &raw.body()["response"],
    );

    // The same parties cannot take the only number twice; other parties share it.
    let err = client.send(create.clone()).expect_err("number taken");
    assert_eq!(err.status(), Some(400));
    for i in 0..21 {
        let other = client
            .send(CreateMaskingSession::new(
                format!("+1415666{i:04}"),
                format!("+1415777{i:04}"),
            ))
            .expect("shares the number");
        assert_eq!(other.virtual_number, Some(format!("+{number}")));
    }

    // Past one page, in the wrapped shape; the walker reads all 22.
    let raw = client
        .call(GetMaskingSessions::new().limit(20))
        .expect("list");
    let shape = fixture_of(include_str!(
        "data/fixtures/maskingSessionListResponse.json"
    ));
    common::sandbox::assert_shape("getMaskingSessions", &shape, raw.body());
    common::sandbox::assert_same_keys(
        "getMaskingSessions.objects[0]",
        &shape["response"]["objects"][0],
        &raw.body()["response"]["objects"][0],
    );
    let page: Page<MaskingSession> = raw.decode().expect("page");
    assert_eq!(page.objects.len(), 20);
    assert_eq!(page.meta.total_count, Some(22));
    assert!(page.meta.next.is_some());
    let all: Vec<MaskingSession> = client
        .items(GetMaskingSessions::new().limit(7))
        .collect::<Result<_, _>>()
        .expect("walks");
    assert_eq!(all.len(), 22);
    assert_eq!(all[21].session_uuid.as_deref(), Some(uuid.as_str()));
    let mine = client
        .send(
            GetMaskingSessions::new()
                .first_party("14155550100")
                .duration_gte(1000),
        )
        .expect("filtered");
    assert_eq!(mine.objects.len(), 1);
    let none = client
        .send(GetMaskingSessions::new().duration_lt(1000))
        .expect("filtered");
    assert_eq!(none.objects.len(), 0);

    // Update: the expiry counts from now; the parties stay.
    let raw = client
        .call(
            UpdateMaskingSession::new(uuid.as_str())
                .session_expiry(600)
                .record(true)
                .call_time_limit(120),
        )
        .expect("updated");
    let shape = fixture_of(include_str!(
        "data/fixtures/maskingSessionUpdateResponse.json"
    ));
    common::sandbox::assert_shape("updateMaskingSession", &shape, raw.body());
    common::sandbox::assert_same_keys(
        "updateMaskingSession.session",
        &shape["session"],
        &raw.body()["session"],
    );
    let updated: plivo::models::MaskingSessionUpdated = raw.decode().expect("decodes");
    let session = updated.session.expect("session");
    assert_eq!(session.record, Some(true));
    assert_eq!(session.call_time_limit, Some(120));
    assert!(session.duration.is_some_and(|d| (600..=602).contains(&d)));
    let err = client
        .send(UpdateMaskingSession::new(uuid.as_str()).first_party("14155550199"))
        .expect_err("parties are fixed");
    assert_eq!(err.status(), Some(400));

    // Delete: 200 `Session Deleted`, then 404.
    let raw = client
        .call(DeleteMaskingSession::new(uuid.as_str()))
        .expect("deleted");
    assert_eq!(raw.status(), 200);
    let shape = fixture_of(include_str!(
        "data/fixtures/maskingSessionDeleteResponse.json"
    ));
    common::sandbox::assert_same_keys("deleteMaskingSession", &shape, raw.body());
    for result in [
        client
            .send(GetSingleMaskingSession::new(uuid.as_str()))
            .map(drop),
        client
            .send(DeleteMaskingSession::new(uuid.as_str()))
            .map(drop),
        client
            .send(UpdateMaskingSession::new(uuid.as_str()))
            .map(drop),
    ] {
        assert!(result.expect_err("gone").is_not_found());
    }
    // The parties may take the number again.
    client.send(create).expect("number free again");
}

#[test]
fn sandbox_sessions_expire_and_free_their_number() {
    let (_sandbox, client, _number) = sandbox_with_number();
    let create = CreateMaskingSession::new("+14155550100", "+14155550101").session_expiry(1);
    let uuid = client
        .send(create.clone())
        .expect("created")
        .session_uuid
        .expect("uuid");
    std::thread::sleep(std::time::Duration::from_millis(2100));
    let read = client
        .send(GetSingleMaskingSession::new(uuid.as_str()))
        .expect("still readable");
    assert_eq!(read.response.status, Some(MaskingStatus::Expired));
    let expired = client
        .send(GetMaskingSessions::new().status(MaskingSessionStatus::Expired))
        .expect("list");
    assert_eq!(expired.objects.len(), 1);
    let err = client
        .send(UpdateMaskingSession::new(uuid.as_str()).record(true))
        .expect_err("expired");
    assert_eq!(err.status(), Some(400));
    // The number serves the same parties again.
    client.send(create).expect("free again");
}
