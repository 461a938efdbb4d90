//! 10DLC campaigns and their numbers: every operation on the wire (typed and JSON form), bad
//! input refused naming the field, the recorded answers decoded losslessly, the sandbox's
//! campaigns (create → get → list past one page → update → delete → 404) and the whole flow
//! profile → brand → campaign → link → list numbers → unlink, with its refusals.

mod common;

use common::sandbox::{assert_shape, fixture, raw};
use common::*;
use plivo::models::{
    Campaign, CampaignCreated, CampaignDeleted, CampaignDetails, CampaignNumbers,
    CampaignNumbersChanged, CampaignStatus, CampaignUsecase, Page, Vertical,
};
use plivo::ops::{
    BuyNumber, CreateCampaign, DeleteBrand, DeleteCampaign, DeleteProfile, GetCampaignNumbers,
    GetCampaigns, GetSingleCampaign, GetSingleCampaignNumber, HttpMethod, ImportCampaign,
    LinkCampaignNumbers, SearchNewNumbers, UnlinkCampaignNumber, UpdateCampaign,
};
use plivo::sandbox::Sandbox;
use plivo::{Client, ListShape, OperationKind};
use serde_json::json;

#[test]
fn create_campaign_wire() {
    assert_both(
        CreateCampaign::new("B1", Vertical::Technology, CampaignUsecase::TwoFactor),
        json!({"operation": "createCampaign", "params": {
            "brandId": "B1", "vertical": "TECHNOLOGY", "usecase": "2FA",
        }}),
        Expect::post(
            "10dlc/Campaign/",
            json!({"brand_id": "B1", "vertical": "TECHNOLOGY", "usecase": "2FA"}),
        )
        .status(200),
    );
    assert_both(
        CreateCampaign::new("B1", Vertical::Retail, CampaignUsecase::Mixed)
            .campaign_alias("acme mixed")
            .sub_usecases(["2FA", "MARKETING"])
            .description("Codes and offers")
            .sample1("s1")
            .sample2("s2")
            .sample3("s3")
            .sample4("s4")
            .sample5("s5")
            .message_flow("Web form")
            .help_message("Reply STOP to stop")
            .optin_keywords("START,YES")
            .optin_message("Subscribed")
            .optout_keywords("STOP")
            .optout_message("Unsubscribed")
            .help_keywords("HELP")
            .terms_and_conditions_link("https://acme.example/terms")
            .privacy_policy_link("https://acme.example/privacy")
            .url("https://example.com/campaign")
            .method(HttpMethod::Post)
            .embedded_link(true)
            .embedded_phone(false)
            .age_gated(false)
            .direct_lending(false)
            .subscriber_optin(true)
            .subscriber_optout(true)
            .subscriber_help(true)
            .affiliate_marketing(false),
        json!({"operation": "createCampaign", "params": {
            "brand_id": "B1", "vertical": "RETAIL", "usecase": "MIXED",
            "campaignAlias": "acme mixed", "sub_usecases": ["2FA", "MARKETING"],
            "description": "Codes and offers", "sample1": "s1", "sample2": "s2",
            "sample3": "s3", "sample4": "s4", "sample5": "s5", "messageFlow": "Web form",
            "help_message": "Reply STOP to stop", "optinKeywords": "START,YES",
            "optin_message": "Subscribed", "optoutKeywords": "STOP",
            "optout_message": "Unsubscribed", "helpKeywords": "HELP",
            "termsAndConditionsLink": "https://acme.example/terms",
            "privacy_policy_link": "https://acme.example/privacy",
            "url": "https://example.com/campaign", "method": "POST",
            "embeddedLink": true, "embedded_phone": false, "ageGated": false,
            "direct_lending": false, "subscriberOptin": true, "subscriber_optout": true,
            "subscriberHelp": "true", "affiliate_marketing": false,
        }}),
        Expect::post(
            "10dlc/Campaign/",
            json!({
                "brand_id": "B1", "vertical": "RETAIL", "usecase": "MIXED",
                "campaign_alias": "acme mixed", "sub_usecases": ["2FA", "MARKETING"],
                "description": "Codes and offers", "sample1": "s1", "sample2": "s2",
                "sample3": "s3", "sample4": "s4", "sample5": "s5", "message_flow": "Web form",
                "help_message": "Reply STOP to stop", "optin_keywords": "START,YES",
                "optin_message": "Subscribed", "optout_keywords": "STOP",
                "optout_message": "Unsubscribed", "help_keywords": "HELP",
                "terms_and_conditions_link": "https://acme.example/terms",
                "privacy_policy_link": "https://acme.example/privacy",
                "url": "https://example.com/campaign", "method": "POST",
                "embedded_link": true, "embedded_phone": false, "age_gated": false,
                "direct_lending": false, "subscriber_optin": true, "subscriber_optout": true,
                "subscriber_help": true, "affiliate_marketing": false,
            }),
        )
        .status(200),
    );
}

#[test]
fn the_other_campaign_operations_wire() {
    assert_both(
        GetSingleCampaign::new("C Y5"),
        json!({"operation": "getSingleCampaign", "params": {"campaignId": "C Y5"}}),
        Expect::get("10dlc/Campaign/C%20Y5/"),
    );
    assert_both(
        GetCampaigns::new()
            .brand_id("B1")
            .registration_status(CampaignStatus::Active)
            .usecase(CampaignUsecase::Starter)
            .campaign_source("plivo")
            .limit(2)
            .offset(4),
        json!({"operation": "getCampaigns", "params": {
            "brandId": "B1", "registration_status": "ACTIVE", "usecase": "STARTER",
            "campaignSource": "plivo", "limit": "2", "offset": 4,
        }}),
        Expect::get("10dlc/Campaign/").query(&[
            ("brand_id", "B1"),
            ("registration_status", "ACTIVE"),
            ("usecase", "STARTER"),
            ("campaign_source", "plivo"),
            ("limit", "2"),
            ("offset", "4"),
        ]),
    );
    assert_both(
        UpdateCampaign::new("CX")
            .reseller_id("R1")
            .description("d")
            .sample1("s1")
            .sample2("s2")
            .sample3("s3")
            .sample4("s4")
            .sample5("s5")
            .message_flow("f")
            .help_message("h")
            .optin_keywords("YES")
            .optin_message("in")
            .optout_keywords("STOP")
            .optout_message("out")
            .help_keywords("HELP")
            .terms_and_conditions_link("https://a.example/t")
            .privacy_policy_link("https://a.example/p"),
        json!({"operation": "updateCampaign", "params": {
            "campaign_id": "CX", "resellerId": "R1", "description": "d", "sample1": "s1",
            "sample2": "s2", "sample3": "s3", "sample4": "s4", "sample5": "s5",
            "message_flow": "f", "helpMessage": "h", "optin_keywords": "YES",
            "optinMessage": "in", "optout_keywords": "STOP", "optoutMessage": "out",
            "help_keywords": "HELP", "terms_and_conditions_link": "https://a.example/t",
            "privacyPolicyLink": "https://a.example/p",
        }}),
        Expect::post(
            "10dlc/Campaign/CX/",
            json!({
                "reseller_id": "R1", "description": "d", "sample1": "s1", "sample2": "s2",
                "sample3": "s3", "sample4": "s4", "sample5": "s5", "message_flow": "f",
                "help_message": "h", "optin_keywords": "YES", "optin_message": "in",
                "optout_keywords": "STOP", "optout_message": "out", "help_keywords": "HELP",
                "terms_and_conditions_link": "https://a.example/t",
                "privacy_policy_link": "https://a.example/p",
            }),
        )
        .status(200),
    );
    assert_both(
        DeleteCampaign::new("CUU5RCB"),
        json!({"operation": "deleteCampaign", "params": {"campaignId": "CUU5RCB"}}),
        Expect::delete("10dlc/Campaign/CUU5RCB/").status(200),
    );
    assert_both(
        ImportCampaign::new("C1", "alias")
            .url("https://example.com/import")
            .method(HttpMethod::Get),
        json!({"operation": "importCampaign", "params": {
            "campaign_id": "C1", "campaignAlias": "alias",
            "url": "https://example.com/import", "method": "GET",
        }}),
        Expect::post(
            "10dlc/Campaign/Import/",
            json!({
                "campaign_id": "C1", "campaign_alias": "alias",
                "url": "https://example.com/import", "method": "GET",
            }),
        )
        .status(200),
    );
    assert_both(
        LinkCampaignNumbers::new("C/1", ["14155550100", "+14155550101"])
            .url("https://example.com/link")
            .method(HttpMethod::Post),
        json!({"operation": "linkCampaignNumbers", "params": {
            "campaignId": "C/1", "numbers": ["14155550100", "+14155550101"],
            "url": "https://example.com/link", "method": "POST",
        }}),
        Expect::post(
            "10dlc/Campaign/C%2F1/Number/",
            json!({
                "numbers": ["14155550100", "+14155550101"],
                "url": "https://example.com/link", "method": "POST",
            }),
        )
        .status(200),
    );
    assert_both(
        GetCampaignNumbers::new("CRIGC80").limit(20).offset(0),
        json!({"operation": "getCampaignNumbers", "params": {"campaignId": "CRIGC80", "limit": 20, "offset": 0}}),
        Expect::get("10dlc/Campaign/CRIGC80/Number/").query(&[("limit", "20"), ("offset", "0")]),
    );
    assert_both(
        GetSingleCampaignNumber::new("CRIGC80", "+14155550100"),
        json!({"operation": "getSingleCampaignNumber", "params": {"campaign_id": "CRIGC80", "number": "+14155550100"}}),
        Expect::get("10dlc/Campaign/CRIGC80/Number/%2B14155550100/"),
    );
    assert_both(
        UnlinkCampaignNumber::new("CRIGC80", "14155550100"),
        json!({"operation": "unlinkCampaignNumber", "params": {"campaignId": "CRIGC80", "number": "14155550100"}}),
        Expect::delete("10dlc/Campaign/CRIGC80/Number/14155550100/").status(200),
    );
    assert_both(
        UnlinkCampaignNumber::new("CRIGC80", "14155550100")
            .url("https://example.com/unlink")
            .method(HttpMethod::Post),
        json!({"operation": "unlinkCampaignNumber", "params": {
            "campaignId": "CRIGC80", "number": "14155550100",
            "url": "https://example.com/unlink", "method": "POST",
        }}),
        Expect::delete("10dlc/Campaign/CRIGC80/Number/14155550100/")
            .body(json!({"url": "https://example.com/unlink", "method": "POST"}))
            .status(200),
    );
    assert_eq!(
        OperationKind::GetCampaigns.list_shape(),
        Some(ListShape::Named("campaigns"))
    );
    assert_eq!(OperationKind::GetCampaignNumbers.list_shape(), None);
}

fn mixed() -> CreateCampaign {
    CreateCampaign::new("B1", Vertical::Technology, CampaignUsecase::Mixed)
        .sub_usecases(["2FA", "MARKETING"])
}

#[test]
fn bad_campaigns_are_refused_naming_the_field() {
    assert_invalid(
        CreateCampaign::new("B1", Vertical::Technology, CampaignUsecase::Mixed),
        "subUsecases",
    );
    assert_invalid(
        CreateCampaign::new("B1", Vertical::Technology, CampaignUsecase::LowVolume)
            .sub_usecases(["2FA"]),
        "subUsecases",
    );
    assert_invalid(mixed().sub_usecases(["2FA", "2FA"]), "subUsecases");
    assert_invalid(mixed().sub_usecases(["2FA", "MIXED"]), "subUsecases");
    assert_invalid(
        mixed().sub_usecases([
            "2FA",
            "MARKETING",
            "CUSTOMER_CARE",
            "FRAUD_ALERT",
            "SECURITY_ALERT",
            "POLLING_VOTING",
        ]),
        "subUsecases",
    );
    assert_invalid(mixed().sample2("s2"), "sample2");
    assert_invalid(mixed().sample1("s1").sample3("s3"), "sample3");
    assert_invalid(mixed().sample1("x".repeat(1025)), "sample1");
    assert_invalid(mixed().help_message("x".repeat(256)), "helpMessage");
    assert_invalid(
        mixed().privacy_policy_link("acme.example"),
        "privacyPolicyLink",
    );
    assert_invalid(
        CreateCampaign::new("", Vertical::Technology, CampaignUsecase::TwoFactor),
        "brandId",
    );
    assert_invalid(
        CreateCampaign::new(
            "B1",
            Vertical::Unknown("nil".into()),
            CampaignUsecase::TwoFactor,
        ),
        "vertical",
    );
    assert_invalid(UpdateCampaign::new("C1"), "description");
    assert_invalid(
        UpdateCampaign::new("C1").description("x".repeat(4097)),
        "description",
    );
    assert_invalid(ImportCampaign::new("C1", ""), "campaignAlias");
    assert_invalid(
        LinkCampaignNumbers::new("C1", Vec::<String>::new()),
        "numbers",
    );
    assert_invalid(LinkCampaignNumbers::new("C1", ["1415"]), "numbers");
    assert_invalid(LinkCampaignNumbers::new("C1", ["1415555O100"]), "numbers");
    assert_invalid(GetCampaignNumbers::new("C1").limit(21), "limit");
    assert_invalid(GetSingleCampaignNumber::new("C1", ""), "number");
    assert_invalid_json(
        json!({"operation": "createCampaign", "params": {"brand_id": "B1", "vertical": "TECHNOLOGY", "usecase": "SPAM"}}),
        "usecase",
    );
    assert_invalid_json(
        json!({"operation": "createCampaign", "params": {"brand_id": "B1", "vertical": "TECHNOLOGY", "usecase": "2FA", "embedded_link": "yes"}}),
        "embeddedLink",
    );
    assert_invalid_json(
        json!({"operation": "getCampaigns", "params": {"registration_status": "DONE"}}),
        "registrationStatus",
    );
}

#[test]
fn the_campaign_fixtures_decode_losslessly() {
    let created: CampaignCreated =
        decodes_losslessly(include_str!("data/fixtures/campaignCreateResponse.json"));
    assert_eq!(created.campaign_id, "CAOHTU5");
    let imported: CampaignCreated =
        decodes_losslessly(include_str!("data/fixtures/campaignImportResponse.json"));
    assert_eq!(imported.campaign_id, "CNTQ0OD");
    let deleted: CampaignDeleted =
        decodes_losslessly(include_str!("data/fixtures/campaignDeleteResponse.json"));
    assert_eq!(deleted.message.as_deref(), Some("Campaign Deactivated"));
    let got: CampaignDetails =
        decodes_losslessly(include_str!("data/fixtures/campaignGetResponse.json"));
    assert_eq!(got.campaign.usecase, Some(CampaignUsecase::Starter));
    assert_eq!(
        got.campaign.registration_status,
        Some(CampaignStatus::Active)
    );
    let terms = got.campaign.mno_metadata.as_ref().expect("carriers");
    assert_eq!(terms["AT&T"].tpm, Some(15));
    assert_eq!(
        terms["T-Mobile"].brand_tier.as_deref(),
        Some("SOLE_PROPRIETOR")
    );
    let updated: CampaignDetails =
        decodes_losslessly(include_str!("data/fixtures/campaignUpdateResponse.json"));
    let attributes = updated
        .campaign
        .campaign_attributes
        .as_ref()
        .expect("attributes");
    assert_eq!(attributes.subscriber_optin, Some(false));
    assert_eq!(
        updated.campaign.help_keywords.as_deref(),
        Some("HELP UPDATE")
    );
    assert!(updated.campaign.extra.is_empty());
    let page: Page<Campaign> =
        decodes_losslessly(include_str!("data/fixtures/campaignListResponse.json"));
    assert_eq!(page.shape, ListShape::Named("campaigns"));
    assert_eq!(page.objects.len(), 10);
    assert!(page.objects.iter().all(|c| c.extra.is_empty()));
    assert!(
        page.objects
            .iter()
            .any(|c| c.registration_status == Some(CampaignStatus::Failed))
    );
    let numbers: CampaignNumbers = decodes_losslessly(include_str!(
        "data/fixtures/campaignGetNumbersResponse.json"
    ));
    let listed = numbers.phone_numbers.as_ref().expect("numbers");
    assert_eq!(listed.len(), 2);
    assert_eq!(listed[0].status.as_deref(), Some("PROCESSING"));
    let refused: CampaignNumbers =
        decodes_losslessly(include_str!("data/fixtures/campaignGetNumberResponse.json"));
    assert!(refused.phone_numbers.is_none());
    assert_eq!(
        refused.error.as_deref(),
        Some("The number xxxxxx is not linked to this campaign")
    );
    for text in [
        include_str!("data/fixtures/campaignNumberLinkResponse.json"),
        include_str!("data/fixtures/campaignNumberUnlinkResponse.json"),
    ] {
        let changed: CampaignNumbersChanged = decodes_losslessly(text);
        assert!(changed.error.is_some() && changed.message.is_none());
    }
}

/// A profile, a standard brand made from it, and a number the account rents.
fn registered(client: &Client) -> (String, String, String) {
    let (profile, brand) = common::sandbox::profile_and_brand(client);
    let found = client
        .send(SearchNewNumbers::new("US").services(["sms"]).limit(1))
        .expect("search");
    let number = found.objects[0].number.clone();
    client
        .send(BuyNumber::new(number.as_str()))
        .expect("bought");
    (profile, brand, number)
}

#[test]
fn sandbox_campaigns_create_get_list_update_delete() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let (_, brand, _) = registered(&client);
    let no_brand = client
        .send(CreateCampaign::new(
            "BNOPE",
            Vertical::Technology,
            CampaignUsecase::TwoFactor,
        ))
        .expect_err("needs a brand");
    assert_eq!(no_brand.status(), Some(400), "{no_brand}");
    let created = client
        .send(
            CreateCampaign::new(brand.as_str(), Vertical::Technology, CampaignUsecase::Mixed)
                .campaign_alias("acme")
                .sub_usecases(["2FA", "ACCOUNT_NOTIFICATION"])
                .description("Codes and notices")
                .sample1("Your code is 123456")
                .subscriber_optin(true),
        )
        .expect("created");
    let got = client
        .send(GetSingleCampaign::new(created.campaign_id.as_str()))
        .expect("got");
    let campaign = &got.campaign;
    assert_eq!(campaign.registration_status, Some(CampaignStatus::Active));
    assert_eq!(campaign.brand_id.as_deref(), Some(brand.as_str()));
    assert_eq!(
        campaign.sub_usecase.as_deref(),
        Some("2FA,ACCOUNT_NOTIFICATION")
    );
    assert_eq!(campaign.sample1.as_deref(), Some("Your code is 123456"));
    let attributes = campaign.campaign_attributes.as_ref().expect("attributes");
    assert_eq!(attributes.subscriber_optin, Some(true));
    assert_eq!(attributes.age_gated, Some(false));
    assert!(campaign.extra.is_empty(), "{:?}", campaign.extra);

    for i in 0..20 {
        client
            .send(
                CreateCampaign::new(brand.as_str(), Vertical::Retail, CampaignUsecase::Marketing)
                    .campaign_alias(format!("m{i}")),
            )
            .expect("created");
    }
    let imported = client
        .send(ImportCampaign::new("CIMPORT", "elsewhere"))
        .expect("imported");
    assert_eq!(imported.campaign_id, "CIMPORT");
    let all: Vec<Campaign> = client
        .items(GetCampaigns::new().limit(6))
        .collect::<Result<_, _>>()
        .expect("walks");
    assert_eq!(all.len(), 22);
    let marketing = client
        .send(GetCampaigns::new().usecase(CampaignUsecase::Marketing))
        .expect("filtered");
    assert_eq!(marketing.objects.len(), 20);
    let by_brand = client
        .send(
            GetCampaigns::new()
                .brand_id(brand.as_str())
                .limit(20)
                .offset(20),
        )
        .expect("second page");
    assert_eq!(by_brand.objects.len(), 1);

    let updated = client
        .send(
            UpdateCampaign::new(created.campaign_id.as_str())
                .sample2("Your password changed")
                .help_keywords("HELP,INFO"),
        )
        .expect("updated");
    assert_eq!(
        updated.campaign.sample2.as_deref(),
        Some("Your password changed")
    );
    assert_eq!(
        updated.campaign.sample1.as_deref(),
        Some("Your code is 123456")
    );
    assert_eq!(updated.campaign.help_keywords.as_deref(), Some("HELP,INFO"));

    let deleted = client
        .send(DeleteCampaign::new(created.campaign_id.as_str()))
        .expect("deleted");
    assert_eq!(
        deleted.campaign_id.as_deref(),
        Some(created.campaign_id.as_str())
    );
    let gone = client
        .send(GetSingleCampaign::new(created.campaign_id.as_str()))
        .expect_err("gone");
    assert!(gone.is_not_found());
}

#[test]
fn sandbox_flow_profile_brand_campaign_link_list_unlink() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let (profile, brand, number) = registered(&client);
    let campaign = client
        .send(CreateCampaign::new(
            brand.as_str(),
            Vertical::Technology,
            CampaignUsecase::TwoFactor,
        ))
        .expect("campaign")
        .campaign_id;

    // A number the account does not rent is refused, and nothing is linked.
    let stranger = client
        .send(LinkCampaignNumbers::new(
            campaign.as_str(),
            [number.as_str(), "14155550199"],
        ))
        .expect_err("not rented");
    assert_eq!(stranger.status(), Some(400), "{stranger}");
    let none = client
        .send(GetCampaignNumbers::new(campaign.as_str()))
        .expect("numbers");
    assert_eq!(none.phone_numbers.as_ref().map(Vec::len), Some(0));

    let linked = client
        .send(LinkCampaignNumbers::new(
            campaign.as_str(),
            [format!("+{number}")],
        ))
        .expect("linked");
    assert!(linked.error.is_none() && linked.message.is_some());
    let twice = client
        .send(LinkCampaignNumbers::new(
            campaign.as_str(),
            [number.as_str()],
        ))
        .expect_err("already linked");
    assert_eq!(twice.status(), Some(400));

    let numbers = client
        .send(GetCampaignNumbers::new(campaign.as_str()))
        .expect("numbers");
    assert_eq!(numbers.campaign_id.as_deref(), Some(campaign.as_str()));
    assert_eq!(numbers.usecase, Some(CampaignUsecase::TwoFactor));
    let listed = numbers.phone_numbers.as_ref().expect("numbers");
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].number, number);
    assert_eq!(listed[0].status.as_deref(), Some("COMPLETED"));
    let one = client
        .send(GetSingleCampaignNumber::new(
            campaign.as_str(),
            number.as_str(),
        ))
        .expect("one number");
    assert_eq!(one.phone_numbers.as_ref().map(Vec::len), Some(1));

    // What depends on something keeps it: the campaign its numbers, the brand its
    // campaigns, the profile its brands.
    for refused in [
        client.call(DeleteCampaign::new(campaign.as_str())),
        client.call(DeleteBrand::new(brand.as_str())),
        client.call(DeleteProfile::new(profile.as_str())),
    ] {
        assert_eq!(refused.expect_err("refused").status(), Some(400));
    }

    client
        .send(UnlinkCampaignNumber::new(
            campaign.as_str(),
            number.as_str(),
        ))
        .expect("unlinked");
    let not_linked = client
        .send(GetSingleCampaignNumber::new(
            campaign.as_str(),
            number.as_str(),
        ))
        .expect_err("not linked any more");
    assert!(not_linked.is_not_found());
    let again = client
        .send(UnlinkCampaignNumber::new(
            campaign.as_str(),
            number.as_str(),
        ))
        .expect_err("not linked");
    assert_eq!(again.status(), Some(400));

    client
        .send(DeleteCampaign::new(campaign.as_str()))
        .expect("campaign deleted");
    client
        .send(DeleteBrand::new(brand.as_str()))
        .expect("brand deleted");
    client
        .send(DeleteProfile::new(profile.as_str()))
        .expect("profile deleted");
    let gone = client
        .send(GetCampaignNumbers::new(campaign.as_str()))
        .expect_err("campaign gone");
    assert!(gone.is_not_found());
}

#[test]
fn sandbox_campaign_answers_have_the_recorded_shapes() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let (_, brand, number) = registered(&client);
    // What plivo-python sends: every text, `""` when not given.
    let body = json!({
        "brand_id": brand, "vertical": "TECHNOLOGY", "usecase": "MIXED",
        "description": "", "sample1": "", "sample2": "", "sample3": "", "sample4": "",
        "sample5": "", "url": "", "message_flow": "", "help_message": "",
        "optin_keywords": "", "optin_message": "", "optout_keywords": "",
        "optout_message": "", "help_keywords": "", "method": "POST",
        "embedded_link": false, "embedded_phone": false, "age_gated": false,
        "direct_lending": false, "subscriber_optout": false, "subscriber_optin": false,
        "subscriber_help": false, "affiliate_marketing": false,
        "sub_usecases": ["2FA", "MARKETING"], "terms_and_conditions_link": "",
        "privacy_policy_link": "",
    })
    .to_string();
    let (status, created) = raw(&sandbox, "POST", "10dlc/Campaign/", None, Some(&body));
    assert_eq!(status, 200, "{created}");
    let recorded = |text| fixture(text);
    assert_shape(
        "create",
        &recorded(include_str!("data/fixtures/campaignCreateResponse.json")),
        &created,
    );
    let id = created["campaign_id"].as_str().expect("id");
    let (_, got) = raw(
        &sandbox,
        "GET",
        &format!("10dlc/Campaign/{id}/"),
        None,
        None,
    );
    assert_shape(
        "get",
        &recorded(include_str!("data/fixtures/campaignGetResponse.json")),
        &got,
    );
    let (_, listed) = raw(&sandbox, "GET", "10dlc/Campaign/", None, None);
    assert_shape(
        "list",
        &recorded(include_str!("data/fixtures/campaignListResponse.json")),
        &listed,
    );
    let (status, updated) = raw(
        &sandbox,
        "POST",
        &format!("10dlc/Campaign/{id}/"),
        None,
        Some(r#"{"sample1": "updated", "description": "d", "help_keywords": "HELP"}"#),
    );
    assert_eq!(status, 200, "{updated}");
    assert_shape(
        "update",
        &recorded(include_str!("data/fixtures/campaignUpdateResponse.json")),
        &updated,
    );
    let link = json!({"url": "", "method": "POST", "numbers": [number]}).to_string();
    let (status, _) = raw(
        &sandbox,
        "POST",
        &format!("10dlc/Campaign/{id}/Number/"),
        None,
        Some(&link),
    );
    assert_eq!(status, 200);
    let (_, numbers) = raw(
        &sandbox,
        "GET",
        &format!("10dlc/Campaign/{id}/Number/?limit=20"),
        None,
        None,
    );
    assert_shape(
        "numbers",
        &recorded(include_str!(
            "data/fixtures/campaignGetNumbersResponse.json"
        )),
        &numbers,
    );
    let (status, _) = raw(
        &sandbox,
        "DELETE",
        &format!("10dlc/Campaign/{id}/Number/{number}/"),
        None,
        Some(r#"{"url": "", "method": "POST"}"#),
    );
    assert_eq!(status, 200);
    let (status, deleted) = raw(
        &sandbox,
        "DELETE",
        &format!("10dlc/Campaign/{id}/"),
        None,
        None,
    );
    assert_eq!(status, 200);
    assert_shape(
        "delete",
        &recorded(include_str!("data/fixtures/campaignDeleteResponse.json")),
        &deleted,
    );
    let (status, imported) = raw(
        &sandbox,
        "POST",
        "10dlc/Campaign/Import/",
        None,
        Some(r#"{"campaign_id": "C1", "campaign_alias": "alias"}"#),
    );
    assert_eq!(status, 200);
    assert_shape(
        "import",
        &recorded(include_str!("data/fixtures/campaignImportResponse.json")),
        &imported,
    );
    for bad in [
        json!({"brand_id": brand, "vertical": "TECHNOLOGY", "usecase": "MIXED", "sub_usecases": ["2FA"]}),
        json!({"brand_id": brand, "vertical": "SPACE", "usecase": "2FA"}),
        json!({"brand_id": brand, "vertical": "TECHNOLOGY", "usecase": "2FA", "age_gated": "maybe"}),
    ] {
        let (status, answer) = raw(
            &sandbox,
            "POST",
            "10dlc/Campaign/",
            None,
            Some(&bad.to_string()),
        );
        assert_eq!(status, 400, "{bad}: {answer}");
    }
}
