//! 10DLC brands: every operation on the wire (typed and JSON form), bad input refused naming
//! the field, the recorded answers decoded losslessly, and the sandbox's brands (made from a
//! profile; create → get → list past one page → delete → 404; use cases; the starter OTP).

mod common;

use common::sandbox::{assert_shape, fixture, raw};
use common::*;
use plivo::models::{
    Brand, BrandCreated, BrandDeleted, BrandDetails, BrandStatus, BrandType, BrandUsecases,
    EntityType, Page, Vertical,
};
use plivo::ops::{
    CreateBrand, DeleteBrand, GetBrandUsecases, GetBrands, GetSingleBrand, HttpMethod,
    TriggerBrandOtp,
};
use plivo::sandbox::Sandbox;
use plivo::{ListShape, OperationKind};
use serde_json::json;

#[test]
fn create_brand_wire() {
    assert_both(
        CreateBrand::new("acme", BrandType::Starter, "prof-1"),
        json!({"operation": "createBrand", "params": {
            "brandAlias": "acme", "brand_type": "STARTER", "profileUuid": "prof-1",
        }}),
        Expect::post(
            "10dlc/Brand/",
            json!({"brand_alias": "acme", "brand_type": "STARTER", "profile_uuid": "prof-1"}),
        )
        .status(200),
    );
    assert_both(
        CreateBrand::new("acme", BrandType::Standard, "prof-1")
            .secondary_vetting(false)
            .business_contact_email("biz@acme.example")
            .url("https://example.com/brand")
            .method(HttpMethod::Get),
        json!({"operation": "createBrand", "params": {
            "brand_alias": "acme", "brandType": "STANDARD", "profile_uuid": "prof-1",
            "secondaryVetting": false, "business_contact_email": "biz@acme.example",
            "url": "https://example.com/brand", "method": "GET",
        }}),
        Expect::post(
            "10dlc/Brand/",
            json!({
                "brand_alias": "acme", "brand_type": "STANDARD", "profile_uuid": "prof-1",
                "secondary_vetting": false, "business_contact_email": "biz@acme.example",
                "url": "https://example.com/brand", "method": "GET",
            }),
        )
        .status(200),
    );
}

#[test]
fn get_list_delete_usecases_otp_wire() {
    assert_both(
        GetSingleBrand::new("BRP XS6E"),
        json!({"operation": "getSingleBrand", "params": {"brandId": "BRP XS6E"}}),
        Expect::get("10dlc/Brand/BRP%20XS6E/"),
    );
    assert_both(
        GetBrands::new()
            .brand_type(BrandType::Standard)
            .status(BrandStatus::Completed)
            .limit(2)
            .offset(0),
        json!({"operation": "getBrands", "params": {
            "type": "STANDARD", "status": "COMPLETED", "limit": 2, "offset": 0,
        }}),
        Expect::get("10dlc/Brand/").query(&[
            ("type", "STANDARD"),
            ("status", "COMPLETED"),
            ("limit", "2"),
            ("offset", "0"),
        ]),
    );
    assert_both(
        DeleteBrand::new("BRPXS6E"),
        json!({"operation": "deleteBrand", "params": {"brand_id": "BRPXS6E"}}),
        Expect::delete("10dlc/Brand/BRPXS6E/").status(200),
    );
    assert_both(
        GetBrandUsecases::new("B/1"),
        json!({"operation": "getBrandUsecases", "params": {"brandId": "B/1"}}),
        Expect::get("10dlc/Brand/B%2F1/usecases/"),
    );
    assert_both(
        TriggerBrandOtp::new("BRPXS6E"),
        json!({"operation": "triggerBrandOtp", "params": {"brandId": "BRPXS6E"}}),
        Expect::post("10dlc/Brand/BRPXS6E/OTP/", json!({})).status(200),
    );
    assert_eq!(
        OperationKind::GetBrands.list_shape(),
        Some(ListShape::Named("brands"))
    );
}

#[test]
fn bad_brands_are_refused_naming_the_field() {
    assert_invalid(
        CreateBrand::new("acme", BrandType::Unknown("PREMIUM".into()), "p"),
        "brandType",
    );
    assert_invalid(CreateBrand::new(" ", BrandType::Starter, "p"), "brandAlias");
    assert_invalid(
        CreateBrand::new("acme", BrandType::Starter, ""),
        "profileUuid",
    );
    assert_invalid(
        CreateBrand::new("acme", BrandType::Starter, "p".repeat(37)),
        "profileUuid",
    );
    assert_invalid(
        CreateBrand::new("acme", BrandType::Starter, "p").url("ftp://x"),
        "url",
    );
    assert_invalid(
        CreateBrand::new("acme", BrandType::Starter, "p").business_contact_email("@"),
        "businessContactEmail",
    );
    assert_invalid(GetBrands::new().limit(0), "limit");
    assert_invalid(GetBrandUsecases::new(""), "brandId");
    assert_invalid_json(
        json!({"operation": "getBrands", "params": {"status": "DONE"}}),
        "status",
    );
    assert_invalid_json(
        json!({"operation": "createBrand", "params": {"brand_alias": "a", "brand_type": "STARTER"}}),
        "profileUuid",
    );
    assert_invalid_json(
        json!({"operation": "createBrand", "params": {"brand_alias": "a", "brand_type": "STARTER", "profile_uuid": "p", "secondary_vetting": "maybe"}}),
        "secondaryVetting",
    );
}

#[test]
fn the_brand_fixtures_decode_losslessly() {
    let created: BrandCreated =
        decodes_losslessly(include_str!("data/fixtures/brandCreateResponse.json"));
    assert_eq!(created.brand_id, "B43KNAS");
    let deleted: BrandDeleted =
        decodes_losslessly(include_str!("data/fixtures/brandDeleteResponse.json"));
    assert_eq!(deleted.message.as_deref(), Some("Brand Deactivated"));
    let got: BrandDetails = decodes_losslessly(include_str!("data/fixtures/brandGetResponse.json"));
    assert_eq!(got.brand.brand_type, Some(BrandType::Starter));
    assert_eq!(got.brand.registration_status, Some(BrandStatus::Completed));
    assert_eq!(got.brand.entity_type, Some(EntityType::Individual));
    assert!(got.brand.extra.is_empty());
    let usecases: BrandUsecases =
        decodes_losslessly(include_str!("data/fixtures/brandGetUsecasesResponse.json"));
    assert_eq!(usecases.use_cases.len(), 11);
    assert_eq!(
        usecases.use_cases[0].code.as_deref(),
        Some("ACCOUNT_NOTIFICATION")
    );
    let page: Page<Brand> =
        decodes_losslessly(include_str!("data/fixtures/brandListResponse.json"));
    assert_eq!(page.shape, ListShape::Named("brands"));
    assert_eq!(page.objects.len(), 10);
    let vetted = page
        .objects
        .iter()
        .find(|b| b.vetting_score.is_some())
        .expect("a vetted brand");
    assert_eq!(vetted.vetting_score, Some(80));
    assert_eq!(vetted.vetting_status.as_deref(), Some("ACTIVE"));
    assert!(page.objects.iter().all(|b| b.extra.is_empty()));
    assert_eq!(
        page.objects.last().and_then(|b| b.vertical.clone()),
        Some(Vertical::Unknown("nil".into()))
    );
}

use common::sandbox::profile;

#[test]
fn sandbox_brands_create_get_list_delete() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let missing = client
        .send(CreateBrand::new(
            "acme",
            BrandType::Standard,
            "no-such-profile",
        ))
        .expect_err("needs a profile");
    assert_eq!(missing.status(), Some(400), "{missing}");
    let profile = profile(&client);
    let created = client
        .send(CreateBrand::new(
            "acme",
            BrandType::Standard,
            profile.as_str(),
        ))
        .expect("created");
    let got = client
        .send(GetSingleBrand::new(created.brand_id.as_str()))
        .expect("got");
    assert_eq!(got.brand.registration_status, Some(BrandStatus::Completed));
    assert_eq!(got.brand.profile_uuid.as_deref(), Some(profile.as_str()));
    assert_eq!(
        got.brand.vertical,
        Some(Vertical::Technology),
        "copied from the profile"
    );
    assert_eq!(got.brand.company_name.as_deref(), Some("Acme Inc."));

    for i in 0..20 {
        client
            .send(CreateBrand::new(
                format!("s{i}"),
                BrandType::Starter,
                profile.as_str(),
            ))
            .expect("created");
    }
    let all: Vec<Brand> = client
        .items(GetBrands::new().limit(7))
        .collect::<Result<_, _>>()
        .expect("walks");
    assert_eq!(all.len(), 21);
    let starters = client
        .send(GetBrands::new().brand_type(BrandType::Starter))
        .expect("filtered");
    assert_eq!(starters.objects.len(), 20);
    assert!(starters.meta.next.is_none());

    let usecases = client
        .send(GetBrandUsecases::new(created.brand_id.as_str()))
        .expect("use cases");
    assert!(
        usecases
            .use_cases
            .iter()
            .any(|u| u.code.as_deref() == Some("MIXED"))
    );
    let refused = client
        .send(TriggerBrandOtp::new(created.brand_id.as_str()))
        .expect_err("a standard brand has no OTP");
    assert_eq!(refused.status(), Some(400));
    let starter = &starters.objects[0].brand_id;
    client
        .send(TriggerBrandOtp::new(starter.as_str()))
        .expect("OTP sent");
    let starter_cases = client
        .send(GetBrandUsecases::new(starter.as_str()))
        .expect("use cases");
    assert_eq!(starter_cases.use_cases.len(), 1);

    let deleted = client
        .send(DeleteBrand::new(created.brand_id.as_str()))
        .expect("deleted");
    assert_eq!(deleted.message.as_deref(), Some("Brand Deactivated"));
    assert_eq!(deleted.brand_id.as_deref(), Some(created.brand_id.as_str()));
    let gone = client
        .send(GetSingleBrand::new(created.brand_id.as_str()))
        .expect_err("gone");
    assert!(gone.is_not_found());
}

#[test]
fn sandbox_brand_answers_have_the_recorded_shapes() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let profile = profile(&client);
    let body = format!(
        r#"{{"brand_alias": "a", "brand_type": "STARTER", "profile_uuid": "{profile}", "secondary_vetting": false, "business_contact_email": "", "url": "", "method": "POST"}}"#
    );
    let (status, created) = raw(&sandbox, "POST", "10dlc/Brand/", None, Some(&body));
    assert_eq!(status, 200, "{created}");
    let recorded = |text| fixture(text);
    assert_shape(
        "create",
        &recorded(include_str!("data/fixtures/brandCreateResponse.json")),
        &created,
    );
    let id = created["brand_id"].as_str().expect("id");
    let (_, got) = raw(&sandbox, "GET", &format!("10dlc/Brand/{id}/"), None, None);
    let mut wanted = recorded(include_str!("data/fixtures/brandGetResponse.json"));
    // The recorded brand is a sole proprietor's with a contact; this profile gave none.
    wanted["brand"]["authorized_contact"] = json!({});
    assert_shape("get", &wanted, &got);
    let (_, listed) = raw(&sandbox, "GET", "10dlc/Brand/", None, None);
    assert_shape(
        "list",
        &recorded(include_str!("data/fixtures/brandListResponse.json")),
        &listed,
    );
    let (_, usecases) = raw(
        &sandbox,
        "GET",
        &format!("10dlc/Brand/{id}/usecases/"),
        None,
        None,
    );
    assert_shape(
        "usecases",
        &recorded(include_str!("data/fixtures/brandGetUsecasesResponse.json")),
        &usecases,
    );
    let (status, deleted) = raw(
        &sandbox,
        "DELETE",
        &format!("10dlc/Brand/{id}/"),
        None,
        None,
    );
    assert_eq!(status, 200);
    assert_shape(
        "delete",
        &recorded(include_str!("data/fixtures/brandDeleteResponse.json")),
        &deleted,
    );
    let (status, _) = raw(
        &sandbox,
        "POST",
        "10dlc/Brand/",
        None,
        Some(&format!(
            r#"{{"brand_alias": "a", "brand_type": "GOLD", "profile_uuid": "{profile}"}}"#
        )),
    );
    assert_eq!(status, 400);
}
