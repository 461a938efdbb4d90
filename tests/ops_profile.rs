//! 10DLC profiles: every operation on the wire (typed and JSON form, nested address and
//! contact), bad input refused naming the field, the recorded answers decoded losslessly, and
//! the sandbox's profiles (create → get → list past one page → update → delete → 404).

mod common;

use common::sandbox::{assert_shape, fixture, raw};
use common::*;
use plivo::models::{
    AltBusinessIdType, CustomerType, EntityType, Page, Profile, ProfileCreated, ProfileDetails,
    StockExchange, Vertical,
};
use plivo::ops::{
    Address, AuthorizedContact, CreateProfile, DeleteProfile, GetProfiles, GetSingleProfile,
    UpdateProfile,
};
use plivo::sandbox::Sandbox;
use plivo::{ListShape, OperationKind};
use serde_json::json;

fn address() -> Address {
    Address::new("123 Main St", "New York", "NY", "10001", "US")
}

fn contact() -> AuthorizedContact {
    AuthorizedContact::new("Jane", "Doe")
        .phone("+14155550100")
        .email("jane@acme.example")
        .title("CTO")
        .seniority("admin")
}

fn minimal() -> CreateProfile {
    CreateProfile::new(
        "acme",
        CustomerType::Direct,
        EntityType::Private,
        "Acme Inc.",
        Vertical::Technology,
    )
}

#[test]
fn create_profile_wire() {
    assert_both(
        minimal(),
        json!({"operation": "createProfile", "params": {
            "profileAlias": "acme",
            "customer_type": "DIRECT",
            "entityType": "private",
            "company_name": "Acme Inc.",
            "vertical": "TECHNOLOGY",
        }}),
        Expect::post(
            "Profile/",
            json!({
                "profile_alias": "acme",
                "customer_type": "DIRECT",
                "entity_type": "PRIVATE",
                "company_name": "Acme Inc.",
                "vertical": "TECHNOLOGY",
            }),
        )
        .status(200),
    );
    let wire_address = json!({
        "street": "123 Main St", "city": "New York", "state": "NY",
        "postal_code": "10001", "country": "US",
    });
    let wire_contact = json!({
        "first_name": "Jane", "last_name": "Doe", "phone": "+14155550100",
        "email": "jane@acme.example", "title": "CTO", "seniority": "admin",
    });
    assert_both(
        CreateProfile::new(
            "acme-public",
            CustomerType::Reseller,
            EntityType::Public,
            "Acme Inc.",
            Vertical::Energy,
        )
        .alt_business_id("ABC")
        .alt_business_id_type(AltBusinessIdType::Duns)
        .plivo_subaccount("SAXXXXXXXXXXXXXXXXXX")
        .ein("111111111")
        .ein_issuing_country("US")
        .stock_symbol("ACME")
        .stock_exchange(StockExchange::Nyse)
        .website("https://acme.example")
        .address(address())
        .authorized_contact(contact())
        .business_contact_email("biz@acme.example")
        .doing_business_as("Acme"),
        json!({"operation": "createProfile", "params": {
            "profile_alias": "acme-public",
            "customerType": "RESELLER",
            "entity_type": "PUBLIC",
            "companyName": "Acme Inc.",
            "vertical": "ENERGY",
            "altBusinessId": "ABC",
            "alt_business_id_type": "DUNS",
            "plivoSubaccount": "SAXXXXXXXXXXXXXXXXXX",
            "ein": "111111111",
            "einIssuingCountry": "US",
            "stockSymbol": "ACME",
            "stock_exchange": "NYSE",
            "website": "https://acme.example",
            "address": wire_address,
            "authorizedContact": wire_contact,
            "businessContactEmail": "biz@acme.example",
            "doing_business_as": "Acme",
        }}),
        Expect::post(
            "Profile/",
            json!({
                "profile_alias": "acme-public",
                "customer_type": "RESELLER",
                "entity_type": "PUBLIC",
                "company_name": "Acme Inc.",
                "vertical": "ENERGY",
                "alt_business_id": "ABC",
                "alt_business_id_type": "DUNS",
                "plivo_subaccount": "SAXXXXXXXXXXXXXXXXXX",
                "ein": "111111111",
                "ein_issuing_country": "US",
                "stock_symbol": "ACME",
                "stock_exchange": "NYSE",
                "website": "https://acme.example",
                "address": wire_address,
                "authorized_contact": wire_contact,
                "business_contact_email": "biz@acme.example",
                "doing_business_as": "Acme",
            }),
        )
        .status(200),
    );
}

#[test]
fn get_list_update_delete_profile_wire() {
    assert_both(
        GetSingleProfile::new("201faedc-7df9/x y"),
        json!({"operation": "getSingleProfile", "params": {"profile_uuid": "201faedc-7df9/x y"}}),
        Expect::get("Profile/201faedc-7df9%2Fx%20y/"),
    );
    assert_both(
        GetProfiles::new().limit(20).offset(40),
        json!({"operation": "getProfiles", "params": {"limit": 20, "offset": "40"}}),
        Expect::get("Profile/").query(&[("limit", "20"), ("offset", "40")]),
    );
    assert_both(
        UpdateProfile::new("p-1")
            .address(address())
            .authorized_contact(AuthorizedContact::new("Jane", "Doe"))
            .entity_type(EntityType::NonProfit)
            .vertical(Vertical::Ngo)
            .company_name("Acme Foundation")
            .website("https://acme.example")
            .business_contact_email("biz@acme.example")
            .doing_business_as("Acme"),
        json!({"operation": "updateProfile", "params": {
            "profileUuid": "p-1",
            "address": {"street": "123 Main St", "city": "New York", "state": "NY", "postal_code": "10001", "country": "US"},
            "authorized_contact": {"first_name": "Jane", "last_name": "Doe"},
            "entityType": "NON_PROFIT",
            "vertical": "NGO",
            "companyName": "Acme Foundation",
            "website": "https://acme.example",
            "business_contact_email": "biz@acme.example",
            "doingBusinessAs": "Acme",
        }}),
        Expect::post(
            "Profile/p-1/",
            json!({
                "address": {"street": "123 Main St", "city": "New York", "state": "NY", "postal_code": "10001", "country": "US"},
                "authorized_contact": {"first_name": "Jane", "last_name": "Doe"},
                "entity_type": "NON_PROFIT",
                "vertical": "NGO",
                "company_name": "Acme Foundation",
                "website": "https://acme.example",
                "business_contact_email": "biz@acme.example",
                "doing_business_as": "Acme",
            }),
        )
        .status(200),
    );
    assert_both(
        DeleteProfile::new("p-1"),
        json!({"operation": "deleteProfile", "params": {"profileUuid": "p-1"}}),
        Expect::delete("Profile/p-1/").status(200),
    );
    assert!(OperationKind::GetProfiles.is_paged());
    assert_eq!(
        OperationKind::GetProfiles.list_shape(),
        Some(ListShape::Named("profiles"))
    );
}

#[test]
fn bad_profiles_are_refused_naming_the_field() {
    let public = || {
        CreateProfile::new(
            "acme",
            CustomerType::Direct,
            EntityType::Public,
            "Acme",
            Vertical::Energy,
        )
    };
    assert_invalid(public(), "stockSymbol");
    assert_invalid(public().stock_symbol("ACME"), "stockExchange");
    assert_invalid(public().stock_exchange(StockExchange::Nse), "stockSymbol");
    assert_invalid(
        CreateProfile::new(
            "",
            CustomerType::Direct,
            EntityType::Private,
            "Acme",
            Vertical::Energy,
        ),
        "profileAlias",
    );
    assert_invalid(
        CreateProfile::new(
            "acme",
            CustomerType::Unknown("PARTNER".into()),
            EntityType::Private,
            "Acme",
            Vertical::Energy,
        ),
        "customerType",
    );
    assert_invalid(minimal().company_name_too_long(), "companyName");
    assert_invalid(minimal().ein_issuing_country("usa"), "einIssuingCountry");
    assert_invalid(minimal().plivo_subaccount("MA123"), "plivoSubaccount");
    assert_invalid(
        minimal().business_contact_email("not-mail"),
        "businessContactEmail",
    );
    assert_invalid(
        minimal().doing_business_as("x".repeat(101)),
        "doingBusinessAs",
    );
    assert_invalid(minimal().stock_symbol("TOOLONGSYMBOL"), "stockSymbol");
    assert_invalid(
        minimal().address(Address::new("1 St", "NYC", "NY", "10001", "United States")),
        "address",
    );
    assert_invalid(
        minimal().address(Address::new("", "NYC", "NY", "10001", "US")),
        "address",
    );
    assert_invalid(
        minimal().authorized_contact(AuthorizedContact::new("Jane", "Doe").phone("call me")),
        "authorizedContact",
    );
    assert_invalid(
        minimal().authorized_contact(AuthorizedContact::new("Jane", "Doe").email("jane")),
        "authorizedContact",
    );
    assert_invalid(UpdateProfile::new("p-1"), "address");
    assert_invalid(GetProfiles::new().limit(21), "limit");
    assert_invalid(GetSingleProfile::new(""), "profileUuid");
    for (params, field) in [
        (
            json!({"profile_alias": "a", "customer_type": "DIRECT", "entity_type": "SOLE", "company_name": "c", "vertical": "ENERGY"}),
            "entityType",
        ),
        (
            json!({"profile_alias": "a", "customer_type": "DIRECT", "entity_type": "PRIVATE", "company_name": "c", "vertical": "SPACE"}),
            "vertical",
        ),
        (
            json!({"profile_alias": "a", "customer_type": "DIRECT", "entity_type": "PRIVATE", "company_name": "c", "vertical": "ENERGY", "address": "123 Main"}),
            "address",
        ),
        (
            json!({"profile_alias": "a", "customer_type": "DIRECT", "entity_type": "PRIVATE", "company_name": "c", "vertical": "ENERGY", "address": {"street": "1", "city": "c", "state": "s", "postal_code": "1", "country": "US", "zip": "1"}}),
            "address",
        ),
        (
            json!({"profile_alias": "a", "customer_type": "DIRECT", "entity_type": "PRIVATE", "company_name": "c", "vertical": "ENERGY", "address": {"street": "1", "city": "c"}}),
            "address",
        ),
        (
            json!({"profile_alias": "a", "customer_type": "DIRECT", "entity_type": "PRIVATE", "company_name": "c", "vertical": "ENERGY", "authorized_contact": {"first_name": "J"}}),
            "authorizedContact",
        ),
        (
            json!({"profile_alias": "a", "customer_type": "DIRECT", "entity_type": "PRIVATE", "company_name": "c", "vertical": "ENERGY", "stock_exchange": "MOON"}),
            "stockExchange",
        ),
    ] {
        assert_invalid_json(
            json!({"operation": "createProfile", "params": params}),
            field,
        );
    }
}

trait TooLong {
    fn company_name_too_long(self) -> Self;
}

impl TooLong for CreateProfile {
    fn company_name_too_long(mut self) -> Self {
        self.company_name = "c".repeat(101);
        self
    }
}

#[test]
fn the_profile_fixtures_decode_losslessly() {
    let created: ProfileCreated =
        decodes_losslessly(include_str!("data/fixtures/profileCreateResponse.json"));
    assert_eq!(created.profile_uuid, "43d0616e-d50a-445a-a84e-310a089f0618");
    let got: ProfileDetails =
        decodes_losslessly(include_str!("data/fixtures/profileGetResponse.json"));
    assert_eq!(got.profile.customer_type, Some(CustomerType::Reseller));
    assert_eq!(
        got.profile.entity_type,
        Some(EntityType::Unknown("PUBLIC_PROFIT".into())),
        "a value no request may send is kept"
    );
    assert_eq!(
        got.profile
            .authorized_contact
            .as_ref()
            .and_then(|c| c.name.as_deref()),
        Some(" ")
    );
    let updated: ProfileDetails =
        decodes_losslessly(include_str!("data/fixtures/profileUpdateResponse.json"));
    let address = updated.profile.address.as_ref().expect("address");
    assert_eq!(address.postal_code.as_deref(), Some("10001"));
    assert_eq!(updated.profile.vertical, Some(Vertical::Energy));
    let page: Page<Profile> =
        decodes_losslessly(include_str!("data/fixtures/profileListResponse.json"));
    assert_eq!(page.shape, ListShape::Named("profiles"));
    assert_eq!(page.meta.limit, 10);
    assert_eq!(page.objects[0].stock_exchange, Some(StockExchange::Nyse));
    assert_eq!(
        page.objects[0].alt_business_id_type,
        Some(AltBusinessIdType::Duns)
    );
    for profile in &page.objects {
        assert!(profile.extra.is_empty(), "{:?}", profile.extra);
        if let Some(contact) = &profile.authorized_contact {
            assert!(contact.extra.is_empty());
        }
    }
}

#[test]
fn sandbox_profiles_create_get_list_update_delete() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let created = client
        .send(
            minimal()
                .ein("123456789")
                .ein_issuing_country("US")
                .address(address())
                .authorized_contact(contact()),
        )
        .expect("created");
    let got = client
        .send(GetSingleProfile::new(created.profile_uuid.as_str()))
        .expect("got");
    assert_eq!(got.profile.profile_alias.as_deref(), Some("acme"));
    assert_eq!(got.profile.entity_type, Some(EntityType::Private));
    let shown = got.profile.address.as_ref().expect("address");
    assert_eq!(shown.city.as_deref(), Some("New York"));
    assert_eq!(
        got.profile
            .authorized_contact
            .as_ref()
            .and_then(|c| c.email.as_deref()),
        Some("jane@acme.example")
    );
    assert!(got.profile.extra.is_empty(), "{:?}", got.profile.extra);

    for i in 0..21 {
        client
            .send(CreateProfile::new(
                format!("more-{i}"),
                CustomerType::Reseller,
                EntityType::NonProfit,
                "Acme Foundation",
                Vertical::Ngo,
            ))
            .expect("created");
    }
    let first = client.send(GetProfiles::new()).expect("page");
    assert_eq!(first.objects.len(), 20);
    assert!(first.meta.next.is_some());
    let all: Vec<Profile> = client
        .items(GetProfiles::new().limit(5))
        .collect::<Result<_, _>>()
        .expect("walks");
    assert_eq!(all.len(), 22);
    assert_eq!(all[0].profile_uuid, created.profile_uuid);

    let updated = client
        .send(
            UpdateProfile::new(created.profile_uuid.as_str())
                .website("https://acme.example")
                .vertical(Vertical::Retail),
        )
        .expect("updated");
    assert_eq!(
        updated.profile.website.as_deref(),
        Some("https://acme.example")
    );
    assert_eq!(updated.profile.vertical, Some(Vertical::Retail));
    assert_eq!(updated.profile.company_name.as_deref(), Some("Acme Inc."));

    client
        .send(DeleteProfile::new(created.profile_uuid.as_str()))
        .expect("deleted");
    let gone = client
        .send(GetSingleProfile::new(created.profile_uuid.as_str()))
        .expect_err("gone");
    assert!(gone.is_not_found(), "{gone}");
    let again = client
        .send(DeleteProfile::new(created.profile_uuid.as_str()))
        .expect_err("gone");
    assert!(again.is_not_found(), "{again}");
}

#[test]
fn sandbox_profile_answers_have_the_recorded_shapes() {
    let sandbox = Sandbox::start().expect("sandbox");
    let (status, created) = raw(
        &sandbox,
        "POST",
        "Profile/",
        None,
        Some(
            r#"{"profile_alias": "a", "customer_type": "DIRECT", "entity_type": "PRIVATE", "company_name": "Acme", "vertical": "ENERGY", "address": {"street": "1 Main", "city": "NYC", "state": "NY", "postal_code": "10001", "country": "US"}, "authorized_contact": {"first_name": "J", "last_name": "D", "email": "j@d.example", "phone": "14155550100", "title": "CTO", "seniority": "admin"}}"#,
        ),
    );
    assert_eq!(status, 200, "{created}");
    assert_shape(
        "create",
        &fixture(include_str!("data/fixtures/profileCreateResponse.json")),
        &created,
    );
    let uuid = created["profile_uuid"].as_str().expect("uuid");
    let (status, got) = raw(&sandbox, "GET", &format!("Profile/{uuid}/"), None, None);
    assert_eq!(status, 200);
    assert_shape(
        "get",
        &fixture(include_str!("data/fixtures/profileGetResponse.json")),
        &got,
    );
    let (_, listed) = raw(&sandbox, "GET", "Profile/", None, None);
    assert_shape(
        "list",
        &fixture(include_str!("data/fixtures/profileListResponse.json")),
        &listed,
    );
    let (status, updated) = raw(
        &sandbox,
        "POST",
        &format!("Profile/{uuid}/"),
        None,
        Some(r#"{"website": "www.google.com"}"#),
    );
    assert_eq!(status, 200);
    assert_shape(
        "update",
        &fixture(include_str!("data/fixtures/profileUpdateResponse.json")),
        &updated,
    );
    // What the crate refuses, the sandbox refuses too.
    for body in [
        r#"{"profile_alias": "a", "customer_type": "DIRECT", "entity_type": "SOLE", "company_name": "c", "vertical": "ENERGY"}"#,
        r#"{"profile_alias": "a", "customer_type": "DIRECT", "entity_type": "PRIVATE", "vertical": "ENERGY"}"#,
        r#"{"profile_alias": "a", "customer_type": "DIRECT", "entity_type": "PRIVATE", "company_name": "c", "vertical": "ENERGY", "address": "x"}"#,
    ] {
        let (status, answer) = raw(&sandbox, "POST", "Profile/", None, Some(body));
        assert_eq!(status, 400, "{body}: {answer}");
    }
    let (status, _) = raw(
        &sandbox,
        "POST",
        &format!("Profile/{uuid}/"),
        None,
        Some(r#"{"customer_type": "RESELLER"}"#),
    );
    assert_eq!(status, 400, "customer_type cannot be updated");
}
