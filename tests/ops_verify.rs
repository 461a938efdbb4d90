//! Verify (OTP sessions): every operation on the wire (`createVerifySession`,
//! `getSingleVerifySession`, `validateVerifySession`, `getVerifySessions` with its filters,
//! comparison forms and limits), bad input refused naming the field, the recorded answers
//! decoded losslessly (the list in the named-key shape), the pages walked, and the sandbox's
//! OTP flow: create, read the code, validate, the state machine and the list.

mod common;

use common::*;
use mockito::Server;
use plivo::models::{Ack, Page, VerifySession, VerifySessionCreated, VerifySessionStatus};
use plivo::ops::{
    CreateVerifySession, GetSingleVerifySession, GetVerifySessions, HttpMethod,
    ValidateVerifySession, VerifyChannel,
};
use plivo::sandbox::Sandbox;
use plivo::{ListShape, OperationKind};
use serde_json::{Value, json};

#[test]
fn get_verify_sessions_wire() {
    assert_both(
        GetVerifySessions::new(),
        json!({"operation": "getVerifySessions"}),
        Expect::get("Verify/Session/"),
    );
    assert_both(
        GetVerifySessions::new()
            .status(VerifySessionStatus::InProgress)
            .session_time_gt("2024-01-01 00:00")
            .session_time_lte("2024-02-01 23:59:59")
            .recipient("14155550100")
            .app_uuid("app-1")
            .country("US")
            .alias("login")
            .subaccount("SAXXXXXXXXXXXXXXXXXX")
            .brand_name("Acme")
            .app_hash("h4sh")
            .limit(20)
            .offset(40),
        json!({"operation": "getVerifySessions", "params": {
            "status": "in-progress",
            "sessionTimeGt": "2024-01-01 00:00",
            "session_time__lte": "2024-02-01 23:59:59",
            "recipient": "14155550100",
            "appUuid": "app-1",
            "country": "US",
            "alias": "login",
            "subaccount": "SAXXXXXXXXXXXXXXXXXX",
            "brand_name": "Acme",
            "appHash": "h4sh",
            "limit": 20,
            "offset": "40",
        }}),
        Expect::get("Verify/Session/").query(&[
            ("status", "in-progress"),
            ("session_time__gt", "2024-01-01 00:00"),
            ("session_time__lte", "2024-02-01 23:59:59"),
            ("recipient", "14155550100"),
            ("app_uuid", "app-1"),
            ("country", "US"),
            ("alias", "login"),
            ("subaccount", "SAXXXXXXXXXXXXXXXXXX"),
            ("brand_name", "Acme"),
            ("app_hash", "h4sh"),
            ("limit", "20"),
            ("offset", "40"),
        ]),
    );
    assert_both(
        GetVerifySessions::new()
            .session_time("2024-01-01 10:00")
            .session_time_gte("2024-01-01 00:00:00")
            .session_time_lt("2024-01-02 00:00:00.5"),
        json!({"operation": "getVerifySessions", "params": {
            "sessionTime": "2024-01-01 10:00",
            "session_time__gte": "2024-01-01 00:00:00",
            "sessionTimeLt": "2024-01-02 00:00:00.5",
        }}),
        Expect::get("Verify/Session/").query(&[
            ("session_time", "2024-01-01 10:00"),
            ("session_time__gte", "2024-01-01 00:00:00"),
            ("session_time__lt", "2024-01-02 00:00:00.5"),
        ]),
    );
    assert!(OperationKind::GetVerifySessions.is_paged());
    assert_eq!(
        OperationKind::GetVerifySessions.list_shape(),
        Some(ListShape::Named("sessions"))
    );
}

#[test]
fn bad_filters_are_refused_naming_the_field() {
    assert_invalid(GetVerifySessions::new().limit(21), "limit");
    assert_invalid(GetVerifySessions::new().limit(0), "limit");
    assert_invalid(
        GetVerifySessions::new().session_time_gt("2024-01-01"),
        "sessionTimeGt",
    );
    assert_invalid(
        GetVerifySessions::new().session_time("yesterday"),
        "sessionTime",
    );
    assert_invalid(
        GetVerifySessions::new().subaccount("MAXXXXXXXXXXXXXXXXXX"),
        "subaccount",
    );
    assert_invalid(
        GetVerifySessions::new().status(VerifySessionStatus::Unknown("pending".into())),
        "status",
    );
    assert_invalid_json(
        json!({"operation": "getVerifySessions", "params": {"status": "pending"}}),
        "status",
    );
    assert_invalid_json(
        json!({"operation": "getVerifySessions", "params": {"offset": -1}}),
        "offset",
    );
    let err = plivo::Operation::from_value(
        &json!({"operation": "getVerifySessions", "params": {"status": "done"}}),
    )
    .expect_err("not a status");
    for value in ["in-progress", "expired", "verified"] {
        assert!(err.to_string().contains(value), "{err}");
    }
}

#[test]
fn the_session_list_fixture_decodes_losslessly() {
    let text = include_str!("data/fixtures/sessionListResponse.json");
    let page: Page<VerifySession> = serde_json::from_str(text).expect("decodes");
    assert_eq!(
        serde_json::to_value(&page).expect("serializes"),
        without_nulls(&serde_json::from_str::<Value>(text).expect("JSON")),
        "written back as read, `sessions` and all"
    );
    assert_eq!(page.shape, ListShape::Named("sessions"));
    assert_eq!(page.objects.len(), 20);
    assert_eq!(page.meta.limit, 20);
    assert_eq!(page.meta.total_count, None);
    assert_eq!(page.meta.previous, None);
    assert_eq!(
        page.meta.next.as_deref(),
        Some("/v1/Account/MAODZKMDFJMJU3MTEYNG/Verify/Session/?limit=20&offset=20")
    );
    let first = &page.objects[0];
    assert_eq!(first.session_uuid, "fc7500ea-648e-4677-91a0-89d850bbd6ff");
    assert_eq!(first.status, Some(VerifySessionStatus::Expired));
    assert_eq!(first.count, Some(2));
    assert_eq!(first.destination_network, None);
    let attempts = first.attempt_details.as_ref().expect("attempts");
    assert_eq!(attempts.len(), 2);
    assert_eq!(attempts[0].status.as_deref(), Some("failed"));
    let charges = first.charges.as_ref().expect("charges");
    assert_eq!(
        charges.validation_charge.as_ref().map(|d| d.as_str()),
        Some("0.0000")
    );
    assert_eq!(charges.attempt_charges.as_ref().map(Vec::len), Some(2));
    assert!(
        page.objects.iter().all(|s| s.extra.is_empty()),
        "every field of the fixture is modelled"
    );
    assert!(
        page.objects
            .iter()
            .any(|s| s.status == Some(VerifySessionStatus::Verified))
    );
    // A status this crate does not know is kept.
    let odd: VerifySession =
        serde_json::from_str(r#"{"session_uuid": "s", "status": "paused", "new": 1}"#)
            .expect("decodes");
    assert_eq!(
        odd.status,
        Some(VerifySessionStatus::Unknown("paused".into()))
    );
    assert_eq!(odd.extra["new"], 1);
}

#[test]
fn items_walks_the_sessions_pages() {
    let text = include_str!("data/fixtures/sessionListResponse.json");
    let fixture: Value = serde_json::from_str(text).expect("JSON");
    let path = format!("/v1/Account/{AUTH_ID}/Verify/Session/");
    let mut server = Server::new();
    let mut mocks = Vec::new();
    // Two pages of the fixture's sessions: 20 at offset 0, 5 at offset 20 (no `next`).
    for (offset, count, next) in [
        (0, 20, json!(format!("{path}?limit=20&offset=20"))),
        (20, 5, Value::Null),
    ] {
        let mut body = fixture.clone();
        body["meta"]["offset"] = json!(offset);
        body["meta"]["next"] = next;
        body["sessions"] =
            Value::Array(fixture["sessions"].as_array().expect("sessions")[..count].to_vec());
        mocks.push(mount_page(
            &mut server,
            "Verify/Session/",
            &[
                ("limit", "20".into()),
                ("offset", offset.to_string()),
                ("status", "verified".into()),
            ],
            body.to_string(),
        ));
    }
    let stray = mount_stray(&mut server);
    let client = client_for(&server);
    let sessions: Vec<VerifySession> = client
        .items(GetVerifySessions::new().status(VerifySessionStatus::Verified))
        .collect::<Result<_, _>>()
        .expect("walks");
    assert_eq!(sessions.len(), 25);
    assert_eq!(sessions[20].session_uuid, sessions[0].session_uuid);
    for mock in mocks.iter().chain(&stray) {
        mock.assert();
    }
}

#[test]
fn the_sandbox_lists_sessions_in_the_named_shape() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();

    // The empty list: the named key and a meta without `total_count`.
    let (status, empty) = sandbox::raw(&sandbox, "GET", "Verify/Session/", None, None);
    assert_eq!(status, 200);
    assert_eq!(empty["sessions"], json!([]));
    assert_eq!(
        empty["meta"],
        json!({"limit": 20, "next": null, "offset": 0, "previous": null})
    );
    assert!(empty.get("objects").is_none());

    // Five sessions made by `createVerifySession`, brought to their states by the flow:
    // validated with the code the sandbox shows, or expired.
    let mut made = Vec::new();
    for (i, status) in [
        VerifySessionStatus::Verified,
        VerifySessionStatus::Expired,
        VerifySessionStatus::Verified,
        VerifySessionStatus::InProgress,
        VerifySessionStatus::Verified,
    ]
    .into_iter()
    .enumerate()
    {
        let uuid = started(&client, format!("1415555010{i}"));
        match status {
            VerifySessionStatus::Verified => {
                let code = sandbox.verify_code(&uuid).expect("code");
                client
                    .send(ValidateVerifySession::new(uuid.as_str(), code.as_str()))
                    .expect("validated");
            }
            VerifySessionStatus::Expired => assert!(sandbox.expire_verify_session(&uuid)),
            _ => {}
        }
        made.push(uuid);
    }

    // Its sessions have the keys and types of Plivo's recorded ones.
    let (_, listed) = sandbox::raw(&sandbox, "GET", "Verify/Session/", None, None);
    let recorded = sandbox::fixture(include_str!("data/fixtures/sessionListResponse.json"));
    sandbox::assert_same_keys("sessions list", &recorded, &listed);
    sandbox::assert_same_keys("sessions meta", &recorded["meta"], &listed["meta"]);
    sandbox::assert_shape(
        "a session",
        &recorded["sessions"][0],
        &listed["sessions"][0],
    );

    // Newest first, walked two at a time, filtered by status.
    assert_eq!(
        verified_sessions(&client, 2),
        [made[4].clone(), made[2].clone(), made[0].clone()]
    );

    let pages: Vec<Page<VerifySession>> = client
        .pages(GetVerifySessions::new().limit(2))
        .collect::<Result<_, _>>()
        .expect("pages");
    assert_eq!(pages.len(), 3);
    assert!(
        pages
            .iter()
            .all(|p| p.shape == ListShape::Named("sessions"))
    );
    assert_eq!(pages[2].objects.len(), 1);
    assert_eq!(pages[2].meta.next, None);

    let by_recipient = client
        .send(GetVerifySessions::new().recipient("14155550101"))
        .expect("filtered");
    assert_eq!(by_recipient.objects.len(), 1);
    assert_eq!(by_recipient.objects[0].session_uuid, made[1]);
    assert_eq!(
        by_recipient.objects[0].status,
        Some(VerifySessionStatus::Expired)
    );
    let later = client
        .send(GetVerifySessions::new().session_time_gt("2999-01-01 00:00"))
        .expect("filtered");
    assert!(later.objects.is_empty());
    let earlier = client
        .send(GetVerifySessions::new().session_time_gt("2000-01-01 00:00"))
        .expect("filtered");
    assert_eq!(earlier.objects.len(), 5);

    let (status, _) = sandbox::raw(&sandbox, "GET", "Verify/Session/?limit=21", None, None);
    assert_eq!(status, 400);
}

// ---------------------------------------------------------------------------------------------
// createVerifySession, getSingleVerifySession, validateVerifySession on the wire
// ---------------------------------------------------------------------------------------------

#[test]
fn create_verify_session_wire() {
    assert_both(
        CreateVerifySession::new("14151111111"),
        json!({"operation": "createVerifySession", "params": {"recipient": "14151111111"}}),
        Expect::post("Verify/Session/", json!({"recipient": "14151111111"})),
    );
    assert_both(
        CreateVerifySession::new("+14151111111")
            .app_uuid("eeb90c7b-9367-4457-8644-47007661bff5")
            .otp("4821")
            .channel(VerifyChannel::Voice)
            .url("https://example.com/verify-status")
            .method(HttpMethod::Get)
            .locale("en_US")
            .brand_name("Acme")
            .app_hash("FA+9qCX9VSu")
            .code_length(8)
            .dtmf(1)
            .fraud_check("block"),
        json!({"operation": "createVerifySession", "params": {
            "recipient": "+14151111111",
            "appUuid": "eeb90c7b-9367-4457-8644-47007661bff5",
            "otp": "4821",
            "channel": "voice",
            "url": "https://example.com/verify-status",
            "method": "GET",
            "locale": "en_US",
            "brand_name": "Acme",
            "appHash": "FA+9qCX9VSu",
            "code_length": "8",
            "dtmf": 1,
            "fraudCheck": "block",
        }}),
        Expect::post(
            "Verify/Session/",
            json!({
                "recipient": "+14151111111",
                "app_uuid": "eeb90c7b-9367-4457-8644-47007661bff5",
                "otp": "4821",
                "channel": "voice",
                "url": "https://example.com/verify-status",
                "method": "GET",
                "locale": "en_US",
                "brand_name": "Acme",
                "app_hash": "FA+9qCX9VSu",
                "code_length": 8,
                "dtmf": 1,
                "fraud_check": "block",
            }),
        ),
    );
}

#[test]
fn get_and_validate_session_wire_with_encoded_ids() {
    assert_both(
        GetSingleVerifySession::new("5c533d15-1975-4f20-80be-40174142ea37"),
        json!({"operation": "getSingleVerifySession",
            "params": {"session_uuid": "5c533d15-1975-4f20-80be-40174142ea37"}}),
        Expect::get("Verify/Session/5c533d15-1975-4f20-80be-40174142ea37/"),
    );
    assert_both(
        GetSingleVerifySession::new("a/b c"),
        json!({"operation": "getSingleVerifySession", "params": {"sessionUuid": "a/b c"}}),
        Expect::get("Verify/Session/a%2Fb%20c/"),
    );
    assert_both(
        ValidateVerifySession::new("1234567", "123456"),
        json!({"operation": "validateVerifySession",
            "params": {"sessionUuid": "1234567", "otp": "123456"}}),
        Expect::post("Verify/Session/1234567/", json!({"otp": "123456"})).status(200),
    );
    assert_both(
        ValidateVerifySession::new("s?1", "42"),
        json!({"operation": "validateVerifySession",
            "params": {"session_uuid": "s?1", "otp": 42}}),
        Expect::post("Verify/Session/s%3F1/", json!({"otp": "42"})).status(200),
    );
}

#[test]
fn bad_session_input_is_refused_naming_the_field() {
    assert_invalid(CreateVerifySession::new(""), "recipient");
    assert_invalid(CreateVerifySession::new("call me"), "recipient");
    assert_invalid(CreateVerifySession::new("+1"), "recipient");
    assert_invalid(
        CreateVerifySession::new("14155550100").code_length(3),
        "codeLength",
    );
    assert_invalid(
        CreateVerifySession::new("14155550100").code_length(9),
        "codeLength",
    );
    assert_invalid(CreateVerifySession::new("14155550100").otp("12ab"), "otp");
    assert_invalid(CreateVerifySession::new("14155550100").otp("123"), "otp");
    assert_invalid(
        CreateVerifySession::new("14155550100").url("ftp://x"),
        "url",
    );
    assert_invalid(
        CreateVerifySession::new("14155550100").locale("english"),
        "locale",
    );
    assert_invalid(
        CreateVerifySession::new("14155550100").locale("en-us"),
        "locale",
    );
    assert_invalid(
        CreateVerifySession::new("14155550100").brand_name("A\r\nB"),
        "brandName",
    );
    assert_invalid_json(
        json!({"operation": "createVerifySession",
            "params": {"recipient": "14155550100", "channel": "email"}}),
        "channel",
    );
    assert_invalid_json(
        json!({"operation": "createVerifySession",
            "params": {"recipient": "14155550100", "method": "PUT"}}),
        "method",
    );
    assert_invalid_json(json!({"operation": "createVerifySession"}), "recipient");
    assert_invalid(GetSingleVerifySession::new(" "), "sessionUuid");
    assert_invalid(ValidateVerifySession::new("s-1", ""), "otp");
    assert_invalid(ValidateVerifySession::new("", "1234"), "sessionUuid");
    assert_invalid_json(
        json!({"operation": "validateVerifySession", "params": {"sessionUuid": "s-1"}}),
        "otp",
    );
    for value in ["sms", "voice"] {
        let err = plivo::Operation::from_value(&json!({"operation": "createVerifySession",
            "params": {"recipient": "14155550100", "channel": "fax"}}))
        .expect_err("not a channel");
        assert!(err.to_string().contains(value), "{err}");
    }
}

#[test]
fn the_session_answers_decode_losslessly() {
    let session: VerifySession =
        decodes_losslessly(include_str!("data/fixtures/sessionGetResponse.json"));
    assert_eq!(session.session_uuid, "5c533d15-1975-4f20-80be-40174142ea37");
    assert_eq!(
        session.api_id.as_deref(),
        Some("8faf830c-4be8-485a-9235-045495b03148")
    );
    assert_eq!(session.status, Some(VerifySessionStatus::Expired));
    assert_eq!(session.channel.as_deref(), Some("sms"));
    assert_eq!(session.count, Some(1));
    assert_eq!(session.attempt_details.as_ref().map(Vec::len), Some(1));
    let charges = session.charges.as_ref().expect("charges");
    assert_eq!(charges.total_charge.as_ref().map(|d| d.as_str()), Some("0"));
    assert!(session.extra.is_empty(), "every field is modelled");

    // The create answer, as Plivo's documentation shows it (the SDKs' tests mock it inline).
    let created: VerifySessionCreated = decodes_losslessly(
        r#"{"api_id": "3335cb16-d297-4e00-a5e6-66d2bb03b323", "message": "Session initiated", "session_uuid": "8e712097-8090-4644-81e7-8f4265d8354e"}"#,
    );
    assert_eq!(created.session_uuid, "8e712097-8090-4644-81e7-8f4265d8354e");
    assert_eq!(created.message.as_deref(), Some("Session initiated"));
    let odd: VerifySessionCreated =
        decodes_losslessly(r#"{"session_uuid": "s", "invalid_number": "1"}"#);
    assert_eq!(odd.extra["invalid_number"], "1");

    let validated: Ack = decodes_losslessly(
        r#"{"api_id": "e7af31b5", "message": "session validated successfully.", "session_uuid": "s"}"#,
    );
    assert_eq!(
        validated.message.as_deref(),
        Some("session validated successfully.")
    );
    assert_eq!(validated.extra["session_uuid"], "s");
}

// ---------------------------------------------------------------------------------------------
// The sandbox's OTP flow
// ---------------------------------------------------------------------------------------------

/// The error a refused validation carries: a 400 with Plivo's `{"api_id", "error"}`.
fn refused(err: plivo::Error, says: &str) {
    assert_eq!(err.status(), Some(400), "{err}");
    assert!(err.api_id().is_some(), "{err}");
    assert!(err.to_string().contains(says), "{err}");
}

#[test]
fn the_sandbox_runs_the_otp_flow() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();

    // Create: 202 and a session uuid; the sandbox shows the code it "sent".
    let created = client
        .call(CreateVerifySession::new("+14155550100").code_length(4))
        .expect("created");
    assert_eq!(created.status(), 202);
    assert_eq!(created.body()["message"], "Session initiated");
    let uuid = created.body()["session_uuid"]
        .as_str()
        .expect("uuid")
        .to_owned();
    let code = sandbox.verify_code(&uuid).expect("a code");
    assert_eq!(code.len(), 4, "code_length is honoured");
    assert!(code.bytes().all(|b| b.is_ascii_digit()));

    // Get: in progress, shaped as Plivo's recorded session.
    let (status, raw) = sandbox::raw(
        &sandbox,
        "GET",
        &format!("Verify/Session/{uuid}/"),
        None,
        None,
    );
    assert_eq!(status, 200);
    let recorded = sandbox::fixture(include_str!("data/fixtures/sessionGetResponse.json"));
    sandbox::assert_shape("a session", &recorded, &raw);
    let session = client
        .send(GetSingleVerifySession::new(uuid.as_str()))
        .expect("read");
    assert_eq!(session.status, Some(VerifySessionStatus::InProgress));
    assert_eq!(session.recipient.as_deref(), Some("+14155550100"));
    assert_eq!(session.count, Some(1));
    assert!(session.extra.is_empty(), "{:?}", session.extra);

    // Listed.
    let listed = client
        .send(GetVerifySessions::new().status(VerifySessionStatus::InProgress))
        .expect("list");
    assert_eq!(listed.objects[0].session_uuid, uuid);

    // Asking again for the same recipient: the same session, one more attempt, same code.
    let again = client
        .send(CreateVerifySession::new("+14155550100").channel(VerifyChannel::Voice))
        .expect("again");
    assert_eq!(again.session_uuid, uuid);
    assert_eq!(sandbox.verify_code(&uuid), Some(code.clone()));
    let session = client
        .send(GetSingleVerifySession::new(uuid.as_str()))
        .expect("read");
    assert_eq!(session.count, Some(2));
    assert_eq!(session.channel.as_deref(), Some("voice"));
    assert_eq!(session.attempt_details.as_ref().map(Vec::len), Some(2));

    // A wrong code: 400, still in progress.
    let wrong = if code == "0000" { "1111" } else { "0000" };
    let err = client
        .send(ValidateVerifySession::new(uuid.as_str(), wrong))
        .expect_err("wrong code");
    refused(err, "Invalid OTP");
    let session = client
        .send(GetSingleVerifySession::new(uuid.as_str()))
        .expect("read");
    assert_eq!(session.status, Some(VerifySessionStatus::InProgress));

    // The right code: 200, verified.
    let ok = client
        .send(ValidateVerifySession::new(uuid.as_str(), code.as_str()))
        .expect("validated");
    assert_eq!(
        ok.message.as_deref(),
        Some("session validated successfully.")
    );
    assert_eq!(ok.extra["session_uuid"], uuid.as_str());
    let session = client
        .send(GetSingleVerifySession::new(uuid.as_str()))
        .expect("read");
    assert_eq!(session.status, Some(VerifySessionStatus::Verified));

    // A verified session takes no more validation, right code or not.
    let err = client
        .send(ValidateVerifySession::new(uuid.as_str(), code.as_str()))
        .expect_err("already verified");
    refused(err, "already validated");

    // A new session for the same recipient now, since the old one is over.
    let second = client
        .send(CreateVerifySession::new("+14155550100").otp("98765"))
        .expect("second")
        .session_uuid;
    assert_ne!(second, uuid);
    assert_eq!(sandbox.verify_code(&second).as_deref(), Some("98765"));

    // Unknown sessions: 404 everywhere.
    for err in [
        client
            .send(GetSingleVerifySession::new("nope"))
            .expect_err("404"),
        client
            .send(ValidateVerifySession::new("nope", "1234"))
            .map(|_| ())
            .expect_err("404"),
    ] {
        assert!(err.is_not_found(), "{err}");
    }
    assert_eq!(sandbox.verify_code("nope"), None);
}

#[test]
fn sessions_expire_and_take_at_most_ten_validations() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();

    // Expired on request: validation then fails, even with the right code.
    let uuid = started(&client, "14155550101");
    let code = sandbox.verify_code(&uuid).expect("code");
    assert!(sandbox.expire_verify_session(&uuid));
    assert!(!sandbox.expire_verify_session(&uuid), "only once");
    let err = client
        .send(ValidateVerifySession::new(uuid.as_str(), code.as_str()))
        .expect_err("expired");
    refused(err, "session expired");
    let session = client
        .send(GetSingleVerifySession::new(uuid.as_str()))
        .expect("read");
    assert_eq!(session.status, Some(VerifySessionStatus::Expired));

    // Ten wrong codes are counted; the eleventh validation is refused, right code or not.
    let uuid = started(&client, "14155550102");
    let code = sandbox.verify_code(&uuid).expect("code");
    let wrong = if code == "000000" { "111111" } else { "000000" };
    for _ in 0..10 {
        let err = client
            .send(ValidateVerifySession::new(uuid.as_str(), wrong))
            .expect_err("wrong");
        refused(err, "Invalid OTP");
    }
    let err = client
        .send(ValidateVerifySession::new(uuid.as_str(), code.as_str()))
        .expect_err("exhausted");
    refused(err, "maximum of 10 validation attempts");
    let session = client
        .send(GetSingleVerifySession::new(uuid.as_str()))
        .expect("read");
    assert_eq!(session.status, Some(VerifySessionStatus::InProgress));
}

#[test]
fn the_sandbox_only_endpoints_show_the_code_and_expire() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let uuid = started(&client, "14155550103");

    // Any HTTP client (a test in another language) reads the code with the account's auth.
    let (status, body) = sandbox::raw_at(
        &sandbox,
        "GET",
        &format!("/sandbox/Verify/Session/{uuid}/code/"),
        None,
        None,
    );
    assert_eq!(status, 200);
    assert_eq!(body["session_uuid"], uuid.as_str());
    let code = body["code"].as_str().expect("code").to_owned();
    assert_eq!(Some(code.clone()), sandbox.verify_code(&uuid));
    let (status, _) = sandbox::raw_at(
        &sandbox,
        "GET",
        &format!("/sandbox/Verify/Session/{uuid}/code/"),
        Some("wrong-token"),
        None,
    );
    assert_eq!(status, 401);
    let (status, body) = sandbox::raw_at(
        &sandbox,
        "GET",
        "/sandbox/Verify/Session/nope/code/",
        None,
        None,
    );
    assert_eq!(status, 404);
    assert!(body["error"].is_string());

    // Validate over HTTP too, with the code read over HTTP.
    let (status, body) = sandbox::raw(
        &sandbox,
        "POST",
        &format!("Verify/Session/{uuid}/"),
        None,
        Some(&json!({"otp": code}).to_string()),
    );
    assert_eq!(status, 200, "{body}");

    // Expire over HTTP: a session in progress, then not any more.
    let other = started(&client, "14155550104");
    let path = format!("/sandbox/Verify/Session/{other}/expire/");
    let (status, body) = sandbox::raw_at(&sandbox, "POST", &path, None, None);
    assert_eq!((status, &body["status"]), (200, &json!("expired")));
    let (status, _) = sandbox::raw_at(&sandbox, "POST", &path, None, None);
    assert_eq!(status, 400);
    let (status, _) = sandbox::raw_at(
        &sandbox,
        "POST",
        "/sandbox/Verify/Session/nope/expire/",
        None,
        None,
    );
    assert_eq!(status, 404);
    let (status, _) = sandbox::raw_at(&sandbox, "DELETE", &path, None, None);
    assert_eq!(status, 405);

    // The sandbox checks what the client would have: a raw request with bad values is a 400.
    for body in [
        json!({}),
        json!({"recipient": "abc"}),
        json!({"recipient": "14155550105", "channel": "email"}),
        json!({"recipient": "14155550105", "code_length": 9}),
        json!({"recipient": "14155550105", "method": "PUT"}),
    ] {
        let (status, answer) = sandbox::raw(
            &sandbox,
            "POST",
            "Verify/Session/",
            None,
            Some(&body.to_string()),
        );
        assert_eq!(status, 400, "{body} → {answer}");
        assert!(answer["error"].is_string());
    }
}

#[test]
fn create_get_list_validate_flow_walks_pages() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let made: Vec<String> = (0..5)
        .map(|i| {
            client
                .send(CreateVerifySession::new(format!("1415555020{i}")).app_uuid("app-1"))
                .expect("created")
                .session_uuid
        })
        .collect();
    // Past one page: three pages of two, newest first.
    let pages: Vec<Page<VerifySession>> = client
        .pages(GetVerifySessions::new().app_uuid("app-1").limit(2))
        .collect::<Result<_, _>>()
        .expect("pages");
    assert_eq!(pages.len(), 3);
    let walked: Vec<String> = pages
        .iter()
        .flat_map(|p| p.objects.iter().map(|s| s.session_uuid.clone()))
        .collect();
    let mut newest_first = made.clone();
    newest_first.reverse();
    assert_eq!(walked, newest_first);

    // Validate every other one; the list's status filter follows.
    for uuid in made.iter().step_by(2) {
        let code = sandbox.verify_code(uuid).expect("code");
        client
            .send(ValidateVerifySession::new(uuid.as_str(), code.as_str()))
            .expect("validated");
    }
    assert_eq!(
        verified_sessions(&client, 1),
        [made[4].clone(), made[2].clone(), made[0].clone()]
    );
    let open = client
        .send(GetVerifySessions::new().status(VerifySessionStatus::InProgress))
        .expect("list");
    assert_eq!(open.objects.len(), 2);
}

/// The uuids of every verified session, newest first, walked `page_size` at a time.
fn verified_sessions(client: &plivo::Client, page_size: u32) -> Vec<String> {
    client
        .items(
            GetVerifySessions::new()
                .status(VerifySessionStatus::Verified)
                .limit(page_size),
        )
        .map(|s| s.expect("session").session_uuid)
        .collect()
}

/// A session started for `recipient` with the defaults: its uuid.
fn started(client: &plivo::Client, recipient: impl Into<String>) -> String {
    client
        .send(CreateVerifySession::new(recipient))
        .expect("created")
        .session_uuid
}
