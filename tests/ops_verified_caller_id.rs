//! Verified caller IDs: the six operations on the wire (method, exact path with the number
//! percent-encoded, query, auth, body), bad input refused naming the field, the recorded
//! answers decoded losslessly, and the sandbox's flow: initiate → read the code → verify →
//! listed past one page → updated → deleted → 404.

mod common;

use common::*;
use plivo::ListShape;
use plivo::OperationKind;
use plivo::models::{CallerIdVerificationStarted, Page, VerifiedCallerId};
use plivo::ops::{
    CallerIdChannel, CreateSubaccount, DeleteVerifiedCallerId, GetSingleVerifiedCallerId,
    GetVerifiedCallerIds, InitiateCallerIdVerification, UpdateVerifiedCallerId, VerifyCallerId,
};
use plivo::sandbox::Sandbox;
use serde_json::json;

#[test]
fn initiate_and_verify_wire() {
    assert_both(
        InitiateCallerIdVerification::new("14151111111"),
        json!({"operation": "initiateCallerIdVerification",
            "params": {"phone_number": "14151111111"}}),
        Expect::post("VerifiedCallerId/", json!({"phone_number": "14151111111"})).status(201),
    );
    assert_both(
        InitiateCallerIdVerification::new("+14151111111")
            .alias("Front desk")
            .channel(CallerIdChannel::Call)
            .country("US")
            .subaccount("SAMTU0Y2FKNGETYZDKNI"),
        json!({"operation": "initiateCallerIdVerification", "params": {
            "phoneNumber": "+14151111111", "alias": "Front desk", "channel": "call",
            "country": "US", "subaccount": "SAMTU0Y2FKNGETYZDKNI"}}),
        Expect::post(
            "VerifiedCallerId/",
            json!({"phone_number": "+14151111111", "alias": "Front desk", "channel": "call",
                "country": "US", "subaccount": "SAMTU0Y2FKNGETYZDKNI"}),
        )
        .status(201),
    );
    assert_both(
        VerifyCallerId::new("eeab1477-e59b-4821-9e61-fd5847c2a5db", "123456"),
        json!({"operation": "verifyCallerId", "params": {
            "verification_uuid": "eeab1477-e59b-4821-9e61-fd5847c2a5db", "otp": "123456"}}),
        Expect::post(
            "VerifiedCallerId/Verification/eeab1477-e59b-4821-9e61-fd5847c2a5db/",
            json!({"otp": "123456"}),
        )
        .status(201),
    );
    assert_both(
        VerifyCallerId::new("a/b", "1234"),
        json!({"operation": "verifyCallerId",
            "params": {"verificationUuid": "a/b", "otp": "1234"}}),
        Expect::post(
            "VerifiedCallerId/Verification/a%2Fb/",
            json!({"otp": "1234"}),
        )
        .status(201),
    );
}

#[test]
fn read_update_delete_list_wire() {
    assert_both(
        GetSingleVerifiedCallerId::new("917708772011"),
        json!({"operation": "getSingleVerifiedCallerId",
            "params": {"phone_number": "917708772011"}}),
        Expect::get("VerifiedCallerId/917708772011/"),
    );
    // The `+` of an E.164 number is percent-encoded in the path.
    assert_both(
        GetSingleVerifiedCallerId::new("+919768368718"),
        json!({"operation": "getSingleVerifiedCallerId",
            "params": {"phoneNumber": "+919768368718"}}),
        Expect::get("VerifiedCallerId/%2B919768368718/"),
    );
    assert_both(
        UpdateVerifiedCallerId::new("917708772011")
            .alias("a")
            .subaccount("SAMTU0Y2FKNGETYZDKNI"),
        json!({"operation": "updateVerifiedCallerId", "params": {
            "phoneNumber": "917708772011", "alias": "a", "subaccount": "SAMTU0Y2FKNGETYZDKNI"}}),
        Expect::post(
            "VerifiedCallerId/917708772011/",
            json!({"alias": "a", "subaccount": "SAMTU0Y2FKNGETYZDKNI"}),
        )
        .status(200),
    );
    assert_both(
        UpdateVerifiedCallerId::new("917708772011"),
        json!({"operation": "updateVerifiedCallerId", "params": {"phone_number": "917708772011"}}),
        Expect::post("VerifiedCallerId/917708772011/", json!({})).status(200),
    );
    assert_both(
        DeleteVerifiedCallerId::new("+917708772011"),
        json!({"operation": "deleteVerifiedCallerId", "params": {"phoneNumber": "+917708772011"}}),
        Expect::delete("VerifiedCallerId/%2B917708772011/"),
    );
    assert_both(
        GetVerifiedCallerIds::new(),
        json!({"operation": "getVerifiedCallerIds"}),
        Expect::get("VerifiedCallerId/"),
    );
    assert_both(
        GetVerifiedCallerIds::new()
            .country("IN")
            .subaccount("SAMTU0Y2FKNGETYZDKNI")
            .alias("front desk")
            .limit(5)
            .offset(10),
        json!({"operation": "getVerifiedCallerIds", "params": {
            "country": "IN", "subaccount": "SAMTU0Y2FKNGETYZDKNI", "alias": "front desk",
            "limit": 5, "offset": "10"}}),
        Expect::get("VerifiedCallerId/").query(&[
            ("country", "IN"),
            ("subaccount", "SAMTU0Y2FKNGETYZDKNI"),
            ("alias", "front desk"),
            ("limit", "5"),
            ("offset", "10"),
        ]),
    );
    assert!(OperationKind::GetVerifiedCallerIds.is_paged());
    assert_eq!(
        OperationKind::GetVerifiedCallerIds.list_shape(),
        Some(ListShape::Objects)
    );
}

#[test]
fn bad_caller_id_input_is_refused_naming_the_field() {
    assert_invalid(InitiateCallerIdVerification::new(""), "phoneNumber");
    assert_invalid(
        InitiateCallerIdVerification::new("front desk"),
        "phoneNumber",
    );
    assert_invalid(
        InitiateCallerIdVerification::new("14155550100").country("usa"),
        "country",
    );
    assert_invalid(
        InitiateCallerIdVerification::new("14155550100").subaccount("MAXXXXXXXXXXXXXXXXXX"),
        "subaccount",
    );
    assert_invalid(
        InitiateCallerIdVerification::new("14155550100").alias("a\nb"),
        "alias",
    );
    assert_invalid_json(
        json!({"operation": "initiateCallerIdVerification",
            "params": {"phoneNumber": "14155550100", "channel": "voice"}}),
        "channel",
    );
    assert_invalid_json(
        json!({"operation": "initiateCallerIdVerification"}),
        "phoneNumber",
    );
    assert_invalid(VerifyCallerId::new("v-1", ""), "otp");
    assert_invalid(VerifyCallerId::new("", "1234"), "verificationUuid");
    assert_invalid(GetSingleVerifiedCallerId::new(" "), "phoneNumber");
    assert_invalid(
        UpdateVerifiedCallerId::new("1415").subaccount("SA1"),
        "subaccount",
    );
    assert_invalid(DeleteVerifiedCallerId::new(""), "phoneNumber");
    assert_invalid(GetVerifiedCallerIds::new().limit(21), "limit");
    assert_invalid(GetVerifiedCallerIds::new().country("in"), "country");
}

#[test]
fn the_recorded_answers_decode_losslessly() {
    let started: CallerIdVerificationStarted = decodes_losslessly(include_str!(
        "data/fixtures/verifyCalleridInitiateResponse.json"
    ));
    assert_eq!(
        started.verification_uuid,
        "407796a6-1f3e-4607-a9d9-5a5376b59a7b"
    );
    assert!(
        started
            .message
            .as_deref()
            .is_some_and(|m| m.contains("15 minutes"))
    );
    assert!(started.extra.is_empty());

    let verified: VerifiedCallerId = decodes_losslessly(include_str!(
        "data/fixtures/verifyCalleridVerifyResponse.json"
    ));
    assert_eq!(verified.phone_number, "+919768368717");
    assert_eq!(verified.channel.as_deref(), Some("call"));
    assert_eq!(verified.modified_at, None);

    for text in [
        include_str!("data/fixtures/verifyCalleridGetResponse.json"),
        include_str!("data/fixtures/verifyCalleridUpdateResponse.json"),
    ] {
        let one: VerifiedCallerId = decodes_losslessly(text);
        assert_eq!(one.phone_number, "+919768368718");
        assert!(one.modified_at.is_some() && one.subaccount.is_some());
        assert!(one.extra.is_empty(), "every field is modelled");
    }

    let text = include_str!("data/fixtures/verifyCalleridListResponse.json");
    let page: Page<VerifiedCallerId> = serde_json::from_str(text).expect("decodes");
    assert_eq!(
        serde_json::to_value(&page).expect("serializes"),
        without_nulls(&serde_json::from_str(text).expect("JSON")),
        "written back as read (the null `next` and `previous` left out)"
    );
    assert_eq!(page.shape, ListShape::Objects);
    assert_eq!(page.meta.total_count, Some(4));
    assert_eq!(page.objects.len(), 4);
    assert_eq!(
        page.objects[3].subaccount.as_deref(),
        Some("SAMTU0Y2FKNGETYZDKNI")
    );
    assert!(
        page.objects
            .iter()
            .all(|o| o.extra.is_empty() && o.resource_uri.is_some())
    );
}

#[test]
fn the_sandbox_runs_the_caller_id_flow() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();

    // Initiate: 201, a uuid, a code the sandbox shows.
    let started = client
        .call(
            InitiateCallerIdVerification::new("+14155550100")
                .alias("desk")
                .country("US"),
        )
        .expect("initiated");
    assert_eq!(started.status(), 201);
    sandbox::assert_shape(
        "initiate",
        &sandbox::fixture(include_str!(
            "data/fixtures/verifyCalleridInitiateResponse.json"
        )),
        started.body(),
    );
    let uuid = started.body()["verification_uuid"]
        .as_str()
        .expect("uuid")
        .to_owned();
    let code = sandbox.caller_id_code(&uuid).expect("code");
    let (status, body) = sandbox::raw_at(
        &sandbox,
        "GET",
        &format!("/sandbox/VerifiedCallerId/Verification/{uuid}/code/"),
        None,
        None,
    );
    assert_eq!((status, body["code"].as_str()), (200, Some(code.as_str())));

    // Not yet verified: not readable.
    let err = client
        .send(GetSingleVerifiedCallerId::new("+14155550100"))
        .expect_err("404");
    assert!(err.is_not_found());

    // A wrong code: 400; the right one: 201, the verified caller ID.
    let wrong = if code == "000000" { "111111" } else { "000000" };
    let err = client
        .send(VerifyCallerId::new(uuid.as_str(), wrong))
        .expect_err("wrong code");
    assert_eq!(err.status(), Some(400));
    let verified = client
        .call(VerifyCallerId::new(uuid.as_str(), code.as_str()))
        .expect("verified");
    assert_eq!(verified.status(), 201);
    sandbox::assert_same_keys(
        "verify",
        &sandbox::fixture(include_str!(
            "data/fixtures/verifyCalleridVerifyResponse.json"
        )),
        verified.body(),
    );
    assert_eq!(verified.body()["phone_number"], "+14155550100");
    assert_eq!(verified.body()["channel"], "sms");
    // The code is used up.
    assert_eq!(sandbox.caller_id_code(&uuid), None);
    let err = client
        .send(VerifyCallerId::new(uuid.as_str(), code.as_str()))
        .expect_err("used");
    assert!(err.is_not_found());
    // Verified numbers cannot be verified again.
    let err = client
        .send(InitiateCallerIdVerification::new("14155550100"))
        .expect_err("already verified");
    assert_eq!(err.status(), Some(400));

    // Get, with or without `+`, shaped as Plivo's.
    let (status, raw) = sandbox::raw(&sandbox, "GET", "VerifiedCallerId/14155550100/", None, None);
    assert_eq!(status, 200);
    sandbox::assert_same_keys(
        "get",
        &sandbox::fixture(include_str!("data/fixtures/verifyCalleridGetResponse.json")),
        &raw,
    );
    let one = client
        .send(GetSingleVerifiedCallerId::new("+14155550100"))
        .expect("read");
    assert_eq!(one.alias.as_deref(), Some("desk"));
    assert_eq!(one.country.as_deref(), Some("US"));
    assert_eq!(one.verification_uuid.as_deref(), Some(uuid.as_str()));

    // Update: alias, and a subaccount that exists (an unknown one is a 400).
    let sub = client
        .call(CreateSubaccount::new("team"))
        .expect("subaccount");
    let sub_id = sub.body()["auth_id"].as_str().expect("auth id").to_owned();
    let updated = client
        .send(
            UpdateVerifiedCallerId::new("+14155550100")
                .alias("reception")
                .subaccount(sub_id.as_str()),
        )
        .expect("updated");
    assert_eq!(updated.alias.as_deref(), Some("reception"));
    assert_eq!(updated.subaccount.as_deref(), Some(sub_id.as_str()));
    let err = client
        .send(UpdateVerifiedCallerId::new("+14155550100").subaccount("SAXXXXXXXXXXXXXXXXXX"))
        .expect_err("unknown subaccount");
    assert_eq!(err.status(), Some(400));

    // Listed, past one page: four more verified numbers, walked two at a time.
    for i in 1..=4 {
        let number = format!("+1415555010{i}");
        let uuid = client
            .send(InitiateCallerIdVerification::new(number.as_str()).channel(CallerIdChannel::Call))
            .expect("initiated")
            .verification_uuid;
        let code = sandbox.caller_id_code(&uuid).expect("code");
        client
            .send(VerifyCallerId::new(uuid.as_str(), code.as_str()))
            .expect("verified");
    }
    let (_, listed) = sandbox::raw(&sandbox, "GET", "VerifiedCallerId/", None, None);
    let recorded = sandbox::fixture(include_str!(
        "data/fixtures/verifyCalleridListResponse.json"
    ));
    sandbox::assert_same_keys("list", &recorded, &listed);
    sandbox::assert_same_keys("an item", &recorded["objects"][0], &listed["objects"][0]);
    let pages: Vec<Page<VerifiedCallerId>> = client
        .pages(GetVerifiedCallerIds::new().limit(2))
        .collect::<Result<_, _>>()
        .expect("pages");
    assert_eq!(pages.len(), 3);
    assert_eq!(pages[0].meta.total_count, Some(5));
    let numbers: Vec<String> = pages
        .iter()
        .flat_map(|p| p.objects.iter().map(|o| o.phone_number.clone()))
        .collect();
    assert_eq!(
        numbers,
        [
            "+14155550104",
            "+14155550103",
            "+14155550102",
            "+14155550101",
            "+14155550100"
        ]
    );
    let mine = client
        .send(GetVerifiedCallerIds::new().subaccount(sub_id.as_str()))
        .expect("filtered");
    assert_eq!(mine.objects.len(), 1);
    assert_eq!(
        client
            .send(GetVerifiedCallerIds::new().alias("reception"))
            .expect("filtered")
            .objects[0]
            .phone_number,
        "+14155550100"
    );

    // Delete: 204, then 404 everywhere.
    let deleted = client
        .call(DeleteVerifiedCallerId::new("+14155550100"))
        .expect("deleted");
    assert_eq!(deleted.status(), 204);
    for err in [
        client
            .send(GetSingleVerifiedCallerId::new("+14155550100"))
            .map(|_| ())
            .expect_err("gone"),
        client
            .send(DeleteVerifiedCallerId::new("14155550100"))
            .map(|_| ())
            .expect_err("gone"),
        client
            .send(UpdateVerifiedCallerId::new("14155550100").alias("x"))
            .map(|_| ())
            .expect_err("gone"),
    ] {
        assert!(err.is_not_found(), "{err}");
    }
    assert_eq!(
        client
            .send(GetVerifiedCallerIds::new())
            .expect("list")
            .objects
            .len(),
        4
    );
}

#[test]
fn the_sandbox_refuses_bad_caller_id_requests() {
    let sandbox = Sandbox::start().expect("sandbox");
    for body in [
        json!({}),
        json!({"phone_number": "desk"}),
        json!({"phone_number": "14155550100", "channel": "voice"}),
        json!({"phone_number": "14155550100", "country": "usa"}),
        json!({"phone_number": "14155550100", "subaccount": "SAXXXXXXXXXXXXXXXXXX"}),
    ] {
        let (status, answer) = sandbox::raw(
            &sandbox,
            "POST",
            "VerifiedCallerId/",
            None,
            Some(&body.to_string()),
        );
        assert_eq!(status, 400, "{body} → {answer}");
        assert!(answer["api_id"].is_string() && answer["error"].is_string());
    }
    let (status, _) = sandbox::raw(
        &sandbox,
        "POST",
        "VerifiedCallerId/Verification/nope/",
        None,
        Some(r#"{"otp": "1234"}"#),
    );
    assert_eq!(status, 404);
    let (status, _) = sandbox::raw_at(
        &sandbox,
        "GET",
        "/sandbox/VerifiedCallerId/Verification/nope/code/",
        None,
        None,
    );
    assert_eq!(status, 404);
    let (status, _) = sandbox::raw(&sandbox, "PATCH", "VerifiedCallerId/", None, None);
    assert_eq!(status, 405);
}
