//! Toll-free verification: every operation on the wire (typed and JSON form), the closed sets
//! and URL checks before sending, the recorded fixtures decoded without loss, and the
//! sandbox's state (a rented toll-free number, create → get → list past a page → update →
//! review → delete → 404).

mod common;

use common::*;
use plivo::models::{TollfreeVerification, TollfreeVerificationCreated};
use plivo::ops::{
    BuyNumber, CreateTollfreeVerification, DeleteTollfreeVerification,
    GetSingleTollfreeVerification, GetTollfreeVerifications, HttpMethod, MessageVolume, NumberType,
    OptinType, SearchNewNumbers, TollfreeUsecase, TollfreeVerificationStatus,
    UpdateTollfreeVerification,
};
use serde_json::json;

fn create() -> CreateTollfreeVerification {
    CreateTollfreeVerification::new(
        "18885550100",
        "p-1",
        ["2FA"],
        "codes",
        "Your code is 1",
        "https://example.com/optin.png",
        OptinType::WebForm,
        MessageVolume::Thousand,
    )
}

/// [`create`] with a change to its required fields (which have no setters).
fn with(change: impl FnOnce(&mut CreateTollfreeVerification)) -> CreateTollfreeVerification {
    let mut op = create();
    change(&mut op);
    op
}

fn list(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

#[test]
fn create_wire() {
    assert_both(
        with(|op| {
            op.optin_image_url = list(&["https://a.example/1.png", "https://a.example/2.png"])
        })
        .usecases([TollfreeUsecase::TwoFa, TollfreeUsecase::Marketing])
        .callback_url("https://example.com/cb")
        .callback_method(HttpMethod::Get)
        .privacy_policy_link("https://example.com/privacy")
        .help_message("Reply STOP"),
        json!({"operation": "createTollfreeVerification", "params": {
            "number": "18885550100", "profileUuid": "p-1", "usecase": "2FA,MARKETING",
            "usecase_summary": "codes", "messageSample": "Your code is 1",
            "optin_image_url": ["https://a.example/1.png", "https://a.example/2.png"],
            "optinType": "WEB_FORM", "volume": "1,000", "callbackUrl": "https://example.com/cb",
            "callback_method": "GET", "privacyPolicyLink": "https://example.com/privacy",
            "help_message": "Reply STOP"}}),
        Expect::post(
            "TollfreeVerification/",
            json!({"number": "18885550100", "profile_uuid": "p-1", "usecase": "2FA,MARKETING",
                "usecase_summary": "codes", "message_sample": "Your code is 1",
                "optin_image_url": "https://a.example/1.png,https://a.example/2.png",
                "optin_type": "WEB_FORM", "volume": "1,000",
                "callback_url": "https://example.com/cb", "callback_method": "GET",
                "privacy_policy_link": "https://example.com/privacy",
                "help_message": "Reply STOP"}),
        )
        .status(201),
    );
}

#[test]
fn create_checks_before_sending() {
    assert_invalid(with(|op| op.usecase = list(&["2FA", "SPAM"])), "usecase");
    assert_invalid(with(|op| op.usecase.clear()), "usecase");
    assert_invalid(with(|op| op.number = "14155550100".into()), "number");
    assert_invalid(
        with(|op| op.optin_image_url = list(&["ftp://x"])),
        "optinImageUrl",
    );
    assert_invalid(create().callback_url("example.com/cb"), "callbackUrl");
    assert_invalid(
        create().terms_and_conditions_link("nope"),
        "termsAndConditionsLink",
    );
    assert_invalid(
        with(|op| op.usecase_summary = "x".repeat(501)),
        "usecaseSummary",
    );
    assert_invalid(
        with(|op| op.message_sample = "x".repeat(1001)),
        "messageSample",
    );
    assert_invalid(with(|op| op.profile_uuid = " ".into()), "profileUuid");
    let base = json!({"number": "18885550100", "profileUuid": "p", "usecase": "2FA",
        "usecaseSummary": "s", "messageSample": "m", "optinImageUrl": "https://e.x/i",
        "optinType": "WEB_FORM", "volume": "100"});
    for (key, bad) in [
        ("optinType", "EMAIL"),
        ("volume", "1000"),
        ("callbackMethod", "PUT"),
    ] {
        let mut params = base.clone();
        params[key] = json!(bad);
        assert_invalid_json(
            json!({"operation": "createTollfreeVerification", "params": params}),
            key,
        );
    }
    let mut missing = base.clone();
    missing.as_object_mut().expect("object").remove("volume");
    assert_invalid_json(
        json!({"operation": "createTollfreeVerification", "params": missing}),
        "volume",
    );
}

#[test]
fn get_list_update_delete_wire() {
    assert_both(
        GetSingleTollfreeVerification::new("312b/3119"),
        json!({"operation": "getSingleTollfreeVerification", "params": {"uuid": "312b/3119"}}),
        Expect::get("TollfreeVerification/312b%2F3119/"),
    );
    assert_both(
        GetTollfreeVerifications::new()
            .status(TollfreeVerificationStatus::Rejected)
            .usecase(["2FA", "MARKETING"])
            .created_gte("2023-10-01")
            .created_lt("2023-10-13 08:00:00")
            .limit(10)
            .offset(10),
        json!({"operation": "getTollfreeVerifications", "params": {"status": "REJECTED",
            "usecase": "2FA,MARKETING", "created__gte": "2023-10-01",
            "createdLt": "2023-10-13 08:00:00", "limit": 10, "offset": 10}}),
        Expect::get("TollfreeVerification/").query(&[
            ("status", "REJECTED"),
            ("usecase", "2FA,MARKETING"),
            ("created__gte", "2023-10-01"),
            ("created__lt", "2023-10-13 08:00:00"),
            ("limit", "10"),
            ("offset", "10"),
        ]),
    );
    assert_invalid(
        GetTollfreeVerifications::new().created_gt("2023/10/01"),
        "createdGt",
    );
    assert_invalid(GetTollfreeVerifications::new().limit(21), "limit");
    assert_both(
        UpdateTollfreeVerification::new("u 1").volume(MessageVolume::TenThousand),
        json!({"operation": "updateTollfreeVerification", "params": {"uuid": "u 1",
            "volume": "10,000"}}),
        Expect::post("TollfreeVerification/u%201/", json!({"volume": "10,000"})),
    );
    assert_invalid(UpdateTollfreeVerification::new("u"), "params");
    assert_invalid(
        UpdateTollfreeVerification::new("u").optin_image_url(["https://ok.example", "bad"]),
        "optinImageUrl",
    );
    assert_both(
        DeleteTollfreeVerification::new("u-1"),
        json!({"operation": "deleteTollfreeVerification", "params": {"uuid": "u-1"}}),
        Expect::delete("TollfreeVerification/u-1/"),
    );
}

#[test]
fn the_fixtures_decode_without_loss() {
    let created: TollfreeVerificationCreated = decodes_losslessly(include_str!(
        "data/fixtures/tollfreeVerificationCreateResponse.json"
    ));
    assert_eq!(
        created.uuid.as_deref(),
        Some("f19c4773-4ae6-4b75-92ea-9cf3ea4227d6")
    );
    let one: TollfreeVerification = decodes_losslessly(include_str!(
        "data/fixtures/tollfreeVerificationGetResponse.json"
    ));
    assert_eq!(one.status, Some(TollfreeVerificationStatus::Rejected));
    assert_eq!(one.volume.as_deref(), Some("100"));
    // A page writes `next: null` back as absent (as every page does); nothing else changes.
    let text = include_str!("data/fixtures/tollfreeVerificationListResponse.json");
    let page: plivo::models::Page<TollfreeVerification> = serde_json::from_str(text).expect("page");
    let raw: serde_json::Value = serde_json::from_str(text).expect("JSON");
    assert_eq!(
        serde_json::to_value(&page).expect("back"),
        without_nulls(&raw)
    );
    assert_eq!(page.objects.len(), 2);
    assert_eq!(page.meta.total_count, Some(2));
    let updated: plivo::models::Ack = decodes_losslessly(include_str!(
        "data/fixtures/tollfreeVerificationUpdateResponse.json"
    ));
    assert!(updated.message.is_some_and(|m| m.contains("updated")));
}

#[test]
fn the_sandbox_keeps_requests_for_rented_toll_free_numbers() {
    let sandbox = plivo::sandbox::Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let found = client
        .send(SearchNewNumbers::new("US").number_type(NumberType::Tollfree))
        .expect("search");
    let numbers: Vec<String> = found.objects.iter().map(|n| n.number.clone()).collect();
    assert!(numbers.len() >= 3, "{numbers:?}");

    // Not rented yet: refused.
    let op = |n: &str| with(|op| op.number = n.to_owned());
    let err = client.send(op(&numbers[0])).expect_err("not rented");
    assert_eq!(err.status(), Some(400), "{err}");
    // A rented local number is not toll-free.
    let local = client
        .send(SearchNewNumbers::new("US").number_type(NumberType::Local))
        .expect("local");
    client
        .send(BuyNumber::new(local.objects[0].number.as_str()))
        .expect("bought");
    let err = plivo::Operation::from(op(&local.objects[0].number))
        .validate()
        .expect_err("not toll-free");
    assert_eq!(err.field(), Some("number"));

    let mut uuids = Vec::new();
    for n in &numbers[..3] {
        client.send(BuyNumber::new(n.as_str())).expect("bought");
        let created = client.send(op(n)).expect("created");
        uuids.push(created.uuid.expect("uuid"));
    }
    // One open request per number.
    let err = client.send(op(&numbers[0])).expect_err("duplicate");
    assert_eq!(err.status(), Some(400));

    let raw = client
        .call(GetSingleTollfreeVerification::new(uuids[0].as_str()))
        .expect("get");
    let shape = common::sandbox::fixture(include_str!(
        "data/fixtures/tollfreeVerificationGetResponse.json"
    ));
    common::sandbox::assert_shape("getSingleTollfreeVerification", &shape, raw.body());
    common::sandbox::assert_same_keys("getSingleTollfreeVerification", &shape, raw.body());
    let one: TollfreeVerification = raw.decode().expect("model");
    assert_eq!(one.status, Some(TollfreeVerificationStatus::Submitted));
    assert_eq!(one.number.as_deref(), Some(numbers[0].as_str()));

    // Past one page; meta counts with `count`.
    let first = client
        .send(GetTollfreeVerifications::new().limit(2))
        .expect("page 1");
    assert_eq!(first.objects.len(), 2);
    assert_eq!(first.meta.total_count, Some(3));
    assert!(first.meta.next.is_some());
    let rest = client
        .send(GetTollfreeVerifications::new().limit(2).offset(2))
        .expect("page 2");
    assert_eq!(rest.objects.len(), 1);
    let raw = client
        .call(GetTollfreeVerifications::new())
        .expect("raw list");
    let shape = common::sandbox::fixture(include_str!(
        "data/fixtures/tollfreeVerificationListResponse.json"
    ));
    common::sandbox::assert_same_keys("list meta", &shape["meta"], &raw.body()["meta"]);
    let by_number = client
        .send(
            GetTollfreeVerifications::new()
                .number(numbers[1].as_str())
                .usecase(["2FA"]),
        )
        .expect("filtered");
    assert_eq!(by_number.objects.len(), 1);
    let none = client
        .send(
            GetTollfreeVerifications::new()
                .usecase(["MARKETING"])
                .created_gte("2000-01-01"),
        )
        .expect("filtered");
    assert!(none.objects.is_empty());

    // Update, then the review closes it to updates.
    let updated = client
        .send(UpdateTollfreeVerification::new(uuids[0].as_str()).volume(MessageVolume::TenThousand))
        .expect("updated");
    assert!(updated.message.is_some_and(|m| m.contains(&numbers[0])));
    let one = client
        .send(GetSingleTollfreeVerification::new(uuids[0].as_str()))
        .expect("get");
    assert_eq!(one.volume.as_deref(), Some("10,000"));
    assert!(sandbox.review_tollfree_verification(
        &uuids[0],
        TollfreeVerificationStatus::Approved,
        ""
    ));
    let err = client
        .send(UpdateTollfreeVerification::new(uuids[0].as_str()).extra_data("x"))
        .expect_err("approved");
    assert_eq!(err.status(), Some(400));
    let approved = client
        .send(GetTollfreeVerifications::new().status(TollfreeVerificationStatus::Approved))
        .expect("approved list");
    assert_eq!(approved.objects.len(), 1);

    client
        .send(DeleteTollfreeVerification::new(uuids[0].as_str()))
        .expect("deleted");
    let err = client
        .send(GetSingleTollfreeVerification::new(uuids[0].as_str()))
        .expect_err("gone");
    assert!(err.is_not_found());
    let err = client
        .send(DeleteTollfreeVerification::new(uuids[0].as_str()))
        .expect_err("gone");
    assert!(err.is_not_found());
}
