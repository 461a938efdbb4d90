//! Wire tests for the phone number operations: only the required fields, every field set, the
//! JSON form under seed and wire names, path encoding, and invalid input.

mod common;

use common::*;
use plivo::ops::{
    AddOwnCarrierNumber, BuyNumber, GetRentedNumber, GetRentedNumbers, NumberType,
    SearchNewNumbers, UnrentNumber, UpdateNumber,
};
use serde_json::json;

const SUB: &str = "SA0123456789ABCDEFGH";

#[test]
fn get_rented_numbers_required_only() {
    assert_both(
        GetRentedNumbers::new(),
        json!({"operation": "getRentedNumbers"}),
        Expect::get("Number/"),
    );
}

#[test]
fn get_rented_numbers_every_field() {
    let typed = GetRentedNumbers::new()
        .number_type(NumberType::Tollfree)
        .number_starts_with("1415")
        .subaccount(SUB)
        .alias("Front desk & co")
        .services(["voice", "sms"])
        .limit(20)
        .offset(40);
    let expect = || {
        Expect::get("Number/").query(&[
            ("type", "tollfree"),
            ("number_startswith", "1415"),
            ("subaccount", SUB),
            ("alias", "Front desk & co"),
            ("services", "voice,sms"),
            ("limit", "20"),
            ("offset", "40"),
        ])
    };
    // Seed names, integers as strings, services as one `,`-joined string.
    assert_both(
        typed.clone(),
        json!({"operation": "Plivo.getRentedNumbers", "params": {
            "type": "tollfree", "numberStartsWith": "1415", "subaccount": SUB,
            "alias": "Front desk & co", "services": "voice,sms", "limit": "20",
            "offset": "40"}}),
        expect(),
    );
    // Wire names, integers as numbers, services as an array, enum in another case.
    assert_both(
        typed,
        json!({"operation": "getRentedNumbers", "params": {
            "type": "TollFree", "number_startswith": 1415, "subaccount": SUB,
            "alias": "Front desk & co", "services": ["voice", "sms"], "limit": 20,
            "offset": 40}}),
        expect(),
    );
}

#[test]
fn get_rented_numbers_invalid() {
    assert_invalid(GetRentedNumbers::new().limit(21), "limit");
    assert_invalid(GetRentedNumbers::new().limit(0), "limit");
    assert_invalid(
        GetRentedNumbers::new().subaccount("MA0123456789ABCDEFGH"),
        "subaccount",
    );
    assert_invalid(
        GetRentedNumbers::new().subaccount("SA0123456789abcdefgh"),
        "subaccount",
    );
    assert_invalid(GetRentedNumbers::new().subaccount("SA012345"), "subaccount");
    assert_invalid(
        GetRentedNumbers::new().subaccount("SA0123456789ABCDEFGHI"),
        "subaccount",
    );
    assert_invalid(GetRentedNumbers::new().services(["voice", ""]), "services");
    assert_invalid(GetRentedNumbers::new().services(["voice,sms"]), "services");
    assert_invalid_json(
        json!({"operation": "getRentedNumbers", "params": {"limit": "21"}}),
        "limit",
    );
    assert_invalid_json(
        json!({"operation": "getRentedNumbers", "params": {"subaccount": "SA-123"}}),
        "subaccount",
    );
    assert_invalid_json(
        json!({"operation": "getRentedNumbers", "params": {"services": "voice,,sms"}}),
        "services",
    );
    assert_invalid_json(
        json!({"operation": "getRentedNumbers", "params": {"type": "premium"}}),
        "type",
    );
    assert_invalid_json(
        json!({"operation": "getRentedNumbers", "params": {"services": {"voice": true}}}),
        "services",
    );
    assert_invalid_json(
        json!({"operation": "getRentedNumbers", "params": {"numberStartsWith": "1", "number_startswith": "1"}}),
        "numberStartsWith",
    );
    assert_invalid_json(
        json!({"operation": "getRentedNumbers", "params": {"number_starts_with": "1415"}}),
        "number_starts_with",
    );
}

#[test]
fn get_rented_number() {
    assert_both(
        GetRentedNumber::new("14155550100"),
        json!({"operation": "getRentedNumber", "params": {"number": "14155550100"}}),
        Expect::get("Number/14155550100/"),
    );
    // A JSON number is read as the string; `+` is escaped in the path.
    assert_both(
        GetRentedNumber::new("14155550100"),
        json!({"operation": "getRentedNumber", "params": {"number": 14155550100_u64}}),
        Expect::get("Number/14155550100/"),
    );
    assert_both(
        GetRentedNumber::new("+1 415.555/0100"),
        json!({"operation": "getRentedNumber", "params": {"number": "+1 415.555/0100"}}),
        Expect::get("Number/%2B1%20415%2E555%2F0100/"),
    );
}

#[test]
fn get_rented_number_invalid() {
    assert_invalid(GetRentedNumber::new(""), "number");
    assert_invalid_json(
        json!({"operation": "getRentedNumber", "params": {}}),
        "number",
    );
    assert_invalid_json(
        json!({"operation": "getRentedNumber", "params": {"number": "1", "alias": "x"}}),
        "alias",
    );
    assert_invalid_json(
        json!({"operation": "getRentedNumber", "params": {"number": ["14155550100"]}}),
        "number",
    );
}

#[test]
fn add_own_carrier_number_required_only() {
    assert_both(
        AddOwnCarrierNumber::new("14155550100", "carrier1", "CA"),
        json!({"operation": "addOwnCarrierNumber", "params": {
            "numbers": "14155550100", "carrier": "carrier1", "region": "CA"}}),
        Expect::post(
            "Number/",
            json!({"numbers": "14155550100", "carrier": "carrier1", "region": "CA"}),
        )
        .status(202),
    );
    assert_both(
        AddOwnCarrierNumber::new(["14155550100", "14155550101"], "carrier1", "CA"),
        json!({"operation": "addOwnCarrierNumber", "params": {
            "numbers": ["14155550100", "14155550101"], "carrier": "carrier1", "region": "CA"}}),
        Expect::post(
            "Number/",
            json!({"numbers": "14155550100,14155550101", "carrier": "carrier1", "region": "CA"}),
        )
        .status(202),
    );
}

#[test]
fn add_own_carrier_number_every_field() {
    let typed = AddOwnCarrierNumber::new(vec!["14155550100", "14155550101"], "carrier1", "CA")
        .number_type(NumberType::Tollfree)
        .app_id("77506472664956")
        .subaccount(SUB);
    let expect = || {
        Expect::post(
            "Number/",
            json!({"numbers": "14155550100,14155550101", "carrier": "carrier1", "region": "CA",
                "number_type": "tollfree", "app_id": "77506472664956", "subaccount": SUB}),
        )
        .status(202)
    };
    assert_both(
        typed.clone(),
        json!({"operation": "addOwnCarrierNumber", "params": {
            "numbers": "14155550100,14155550101", "carrier": "carrier1", "region": "CA",
            "numberType": "tollfree", "appId": "77506472664956", "subaccount": SUB}}),
        expect(),
    );
    assert_both(
        typed,
        json!({"operation": "Plivo.addOwnCarrierNumber", "params": {
            "numbers": ["14155550100", 14155550101_u64], "carrier": "carrier1", "region": "CA",
            "number_type": "TOLLFREE", "app_id": "77506472664956", "subaccount": SUB}}),
        expect(),
    );
}

#[test]
fn add_own_carrier_number_invalid() {
    assert_invalid(
        AddOwnCarrierNumber::new(["14155550100", ""], "carrier1", "CA"),
        "numbers",
    );
    assert_invalid(
        AddOwnCarrierNumber::new(Vec::<String>::new(), "carrier1", "CA"),
        "numbers",
    );
    assert_invalid(
        AddOwnCarrierNumber::new(["14155550100,14155550101"], "carrier1", "CA"),
        "numbers",
    );
    assert_invalid(AddOwnCarrierNumber::new("14155550100", "", "CA"), "carrier");
    assert_invalid(
        AddOwnCarrierNumber::new("14155550100", "carrier1", "CA").subaccount("SAXXXXXXXX"),
        "subaccount",
    );
    assert_invalid_json(
        json!({"operation": "addOwnCarrierNumber", "params": {
            "numbers": "14155550100,,14155550101", "carrier": "carrier1", "region": "CA"}}),
        "numbers",
    );
    assert_invalid_json(
        json!({"operation": "addOwnCarrierNumber", "params": {
            "numbers": ["14155550100", " "], "carrier": "carrier1", "region": "CA"}}),
        "numbers",
    );
    assert_invalid_json(
        json!({"operation": "addOwnCarrierNumber", "params": {
            "numbers": "14155550100,", "carrier": "carrier1", "region": "CA"}}),
        "numbers",
    );
    assert_invalid_json(
        json!({"operation": "addOwnCarrierNumber", "params": {
            "numbers": "14155550100", "region": "CA"}}),
        "carrier",
    );
    assert_invalid_json(
        json!({"operation": "addOwnCarrierNumber", "params": {
            "numbers": "14155550100", "carrier": "carrier1", "region": "CA",
            "numberType": "premium"}}),
        "numberType",
    );
    assert_invalid_json(
        json!({"operation": "addOwnCarrierNumber", "params": {
            "numbers": "14155550100", "carrier": "carrier1", "region": "CA",
            "subaccount": "sa0123456789abcdefgh"}}),
        "subaccount",
    );
    assert_invalid_json(
        json!({"operation": "addOwnCarrierNumber", "params": {
            "numbers": [true], "carrier": "carrier1", "region": "CA"}}),
        "numbers",
    );
    assert_invalid_json(
        json!({"operation": "addOwnCarrierNumber", "params": {
            "numbers": "14155550100", "carrier": "carrier1", "region": "CA", "type": "local"}}),
        "type",
    );
}

#[test]
fn update_number_required_only() {
    assert_both(
        UpdateNumber::new("14155550100"),
        json!({"operation": "updateNumber", "params": {"number": "14155550100"}}),
        Expect::post("Number/14155550100/", json!({})).status(202),
    );
}

#[test]
fn update_number_every_field() {
    let typed = UpdateNumber::new("14155550100")
        .app_id("77506472664956")
        .subaccount(SUB)
        .alias("Front desk");
    let expect = || {
        Expect::post(
            "Number/14155550100/",
            json!({"app_id": "77506472664956", "subaccount": SUB, "alias": "Front desk"}),
        )
        .status(202)
    };
    assert_both(
        typed.clone(),
        json!({"operation": "updateNumber", "params": {
            "number": "14155550100", "appId": "77506472664956", "subaccount": SUB,
            "alias": "Front desk"}}),
        expect(),
    );
    assert_both(
        typed,
        json!({"operation": "Plivo.updateNumber", "params": {
            "number": 14155550100_u64, "app_id": "77506472664956", "subaccount": SUB,
            "alias": "Front desk"}}),
        expect(),
    );
}

#[test]
fn update_number_empty_app_id_unlinks() {
    // An empty app id is allowed: it unlinks the application and must reach Plivo as "".
    assert_both(
        UpdateNumber::new("14155550100").app_id(""),
        json!({"operation": "updateNumber", "params": {"number": "14155550100", "appId": ""}}),
        Expect::post("Number/14155550100/", json!({"app_id": ""})).status(202),
    );
    assert_both(
        UpdateNumber::new("14155550100").app_id(""),
        json!({"operation": "updateNumber", "params": {"number": "14155550100", "app_id": ""}}),
        Expect::post("Number/14155550100/", json!({"app_id": ""})).status(202),
    );
    // The seed: "If this is set to null, then any existing application is unlinked".
    assert_both(
        UpdateNumber::new("14155550100").app_id(""),
        json!({"operation": "updateNumber", "params": {"number": "14155550100", "appId": null}}),
        Expect::post("Number/14155550100/", json!({"app_id": ""})).status(202),
    );
}

#[test]
fn update_number_invalid() {
    assert_invalid(UpdateNumber::new("").alias("x"), "number");
    assert_invalid(
        UpdateNumber::new("14155550100").subaccount("SA0123456789ABCDEFG"),
        "subaccount",
    );
    assert_invalid(
        UpdateNumber::new("14155550100").subaccount("MA0123456789ABCDEFGH"),
        "subaccount",
    );
    assert_invalid_json(
        json!({"operation": "updateNumber", "params": {"appId": ""}}),
        "number",
    );
    assert_invalid_json(
        json!({"operation": "updateNumber", "params": {"number": "14155550100", "subaccount": "SA 123456789ABCDEFGH"}}),
        "subaccount",
    );
    assert_invalid_json(
        json!({"operation": "updateNumber", "params": {"number": "14155550100", "appId": ["a"]}}),
        "appId",
    );
    assert_invalid_json(
        json!({"operation": "updateNumber", "params": {"number": "14155550100", "carrier": "c"}}),
        "carrier",
    );
}

#[test]
fn unrent_number() {
    assert_both(
        UnrentNumber::new("14155550100"),
        json!({"operation": "unrentNumber", "params": {"number": "14155550100"}}),
        Expect::delete("Number/14155550100/").status(204),
    );
    assert_both(
        UnrentNumber::new("+14155550100"),
        json!({"operation": "unrentNumber", "params": {"number": "+14155550100"}}),
        Expect::delete("Number/%2B14155550100/").status(204),
    );
}

#[test]
fn unrent_number_invalid() {
    assert_invalid(UnrentNumber::new(""), "number");
    assert_invalid(UnrentNumber::new("\t"), "number");
    assert_invalid_json(json!({"operation": "unrentNumber", "params": {}}), "number");
    assert_invalid_json(
        json!({"operation": "unrentNumber", "params": {"number": "1", "appId": "x"}}),
        "appId",
    );
    assert_invalid_json(
        json!({"operation": "unrentNumber", "params": {"number": false}}),
        "number",
    );
}

#[test]
fn search_new_numbers_required_only() {
    assert_both(
        SearchNewNumbers::new("GB"),
        json!({"operation": "searchNewNumbers", "params": {"countryIso": "GB"}}),
        Expect::get("PhoneNumber/").query(&[("country_iso", "GB")]),
    );
    assert_both(
        SearchNewNumbers::new("US"),
        json!({"operation": "searchNewNumbers", "params": {"country_iso": "US"}}),
        Expect::get("PhoneNumber/").query(&[("country_iso", "US")]),
    );
}

#[test]
fn search_new_numbers_every_field() {
    let typed = SearchNewNumbers::new("US")
        .number_type(NumberType::Local)
        .pattern("415")
        .region("California")
        .services(["voice", "sms", "mms"])
        .lata("722")
        .rate_center("SNFC CNTRL")
        .limit(20)
        .offset(5)
        .city("San Francisco");
    let expect = || {
        Expect::get("PhoneNumber/").query(&[
            ("country_iso", "US"),
            ("type", "local"),
            ("pattern", "415"),
            ("region", "California"),
            ("services", "voice,sms,mms"),
            ("lata", "722"),
            ("rate_center", "SNFC CNTRL"),
            ("limit", "20"),
            ("offset", "5"),
            ("city", "San Francisco"),
        ])
    };
    // Seed names, integers as strings, services joined with `,`.
    assert_both(
        typed.clone(),
        json!({"operation": "searchNewNumbers", "params": {
            "countryIso": "US", "type": "local", "pattern": "415", "region": "California",
            "services": "voice,sms,mms", "lata": "722", "rateCenter": "SNFC CNTRL",
            "limit": "20", "offset": "5", "city": "San Francisco"}}),
        expect(),
    );
    // Wire names, integers and digits as JSON numbers, services as an array.
    assert_both(
        typed,
        json!({"operation": "Plivo.searchNewNumbers", "params": {
            "country_iso": "US", "type": "LOCAL", "pattern": 415, "region": "California",
            "services": ["voice", "sms", "mms"], "lata": 722, "rate_center": "SNFC CNTRL",
            "limit": 20, "offset": 5, "city": "San Francisco"}}),
        expect(),
    );
}

#[test]
fn search_new_numbers_any_type() {
    assert_both(
        SearchNewNumbers::new("DE").number_type(NumberType::Any),
        json!({"operation": "searchNewNumbers", "params": {"countryIso": "DE", "type": "any"}}),
        Expect::get("PhoneNumber/").query(&[("country_iso", "DE"), ("type", "any")]),
    );
}

#[test]
fn search_new_numbers_invalid() {
    assert_invalid(SearchNewNumbers::new("us"), "countryIso");
    assert_invalid(SearchNewNumbers::new("USA"), "countryIso");
    assert_invalid(SearchNewNumbers::new(""), "countryIso");
    assert_invalid(SearchNewNumbers::new("U1"), "countryIso");
    assert_invalid(SearchNewNumbers::new("US").limit(21), "limit");
    assert_invalid(SearchNewNumbers::new("US").limit(0), "limit");
    assert_invalid(
        SearchNewNumbers::new("US").services(["voice", ""]),
        "services",
    );
    assert_invalid_json(
        json!({"operation": "searchNewNumbers", "params": {"countryIso": "Us"}}),
        "countryIso",
    );
    assert_invalid_json(
        json!({"operation": "searchNewNumbers", "params": {"country_iso": "GBR"}}),
        "countryIso",
    );
    assert_invalid_json(
        json!({"operation": "searchNewNumbers", "params": {}}),
        "countryIso",
    );
    assert_invalid_json(
        json!({"operation": "searchNewNumbers", "params": {"countryIso": 44}}),
        "countryIso",
    );
    assert_invalid_json(
        json!({"operation": "searchNewNumbers", "params": {"countryIso": "US", "limit": 21}}),
        "limit",
    );
    assert_invalid_json(
        json!({"operation": "searchNewNumbers", "params": {"countryIso": "US", "offset": "-5"}}),
        "offset",
    );
    assert_invalid_json(
        json!({"operation": "searchNewNumbers", "params": {"countryIso": "US", "services": ",voice"}}),
        "services",
    );
    assert_invalid_json(
        json!({"operation": "searchNewNumbers", "params": {"countryIso": "US", "npa": "415"}}),
        "npa",
    );
    assert_invalid_json(
        json!({"operation": "searchNewNumbers", "params": {"countryIso": "US", "type": "premium"}}),
        "type",
    );
}

#[test]
fn buy_number_required_only() {
    assert_both(
        BuyNumber::new("14155550100"),
        json!({"operation": "buyNumber", "params": {"number": "14155550100"}}),
        Expect::post("PhoneNumber/14155550100/", json!({})).status(201),
    );
}

#[test]
fn buy_number_every_field() {
    let typed = BuyNumber::new("14155550100").app_id("77506472664956");
    let expect = || {
        Expect::post(
            "PhoneNumber/14155550100/",
            json!({"app_id": "77506472664956"}),
        )
        .status(201)
    };
    assert_both(
        typed.clone(),
        json!({"operation": "buyNumber", "params": {"number": "14155550100", "appId": "77506472664956"}}),
        expect(),
    );
    assert_both(
        typed,
        json!({"operation": "Plivo.buyNumber", "params": {"number": "14155550100", "app_id": "77506472664956"}}),
        expect(),
    );
}

#[test]
fn buy_number_with_compliance_and_high_availability() {
    let typed = BuyNumber::new("4930901820")
        .compliance_application_id("a1b2/c3")
        .ha_enable(true);
    let expect = || {
        Expect::post(
            "PhoneNumber/4930901820/",
            json!({"compliance_application_id": "a1b2/c3", "ha_enable": true}),
        )
        .status(202)
    };
    assert_both(
        typed.clone(),
        json!({"operation": "buyNumber", "params": {"number": "4930901820",
            "complianceApplicationId": "a1b2/c3", "haEnable": true}}),
        expect(),
    );
    assert_both(
        typed,
        json!({"operation": "buyNumber", "params": {"number": "4930901820",
            "compliance_application_id": "a1b2/c3", "ha_enable": "true"}}),
        expect(),
    );
    let off = BuyNumber::new("14155550100").ha_enable(false);
    assert_both(
        off,
        json!({"operation": "buyNumber", "params": {"number": "14155550100", "haEnable": false}}),
        Expect::post("PhoneNumber/14155550100/", json!({"ha_enable": false})).status(201),
    );
}

#[test]
fn buy_number_invalid() {
    assert_invalid(BuyNumber::new(""), "number");
    assert_invalid(BuyNumber::new(" ").app_id("1"), "number");
    assert_invalid_json(
        json!({"operation": "buyNumber", "params": {"appId": "1"}}),
        "number",
    );
    assert_invalid_json(
        json!({"operation": "buyNumber", "params": {"number": "14155550100", "haEnable": "yes"}}),
        "haEnable",
    );
    assert_invalid_json(
        json!({"operation": "buyNumber", "params": {"number": "14155550100", "complianceId": "c"}}),
        "complianceId",
    );
    assert_invalid_json(
        json!({"operation": "buyNumber", "params": {"number": "14155550100", "appId": {"id": 1}}}),
        "appId",
    );
}

/// A rented number and a number for sale as Plivo answers them today (the fields of plivo-go's
/// `Number` and `PhoneNumber`): each lands in its typed field, none in `extra`.
#[test]
fn number_answers_read_the_current_fields_typed() {
    let rented = send_answered(
        GetRentedNumber::new("14155550100"),
        &Expect::get("Number/14155550100/"),
        &json!({
            "number": "14155550100",
            "description": "front desk",
            "plivo_number": true,
            "sub_account_name": "shop",
            "toll_free_sms_verification_id": "tfv-1",
            "toll_free_sms_verification_order_status": "APPROVED"
        }),
    );
    assert!(rented.extra.is_empty(), "{:?}", rented.extra);
    assert_eq!(rented.description.as_deref(), Some("front desk"));
    assert_eq!(rented.plivo_number, Some(true));
    assert_eq!(rented.sub_account_name.as_deref(), Some("shop"));
    assert_eq!(
        rented.toll_free_sms_verification_id.as_deref(),
        Some("tfv-1")
    );
    assert_eq!(
        rented.toll_free_sms_verification_order_status.as_deref(),
        Some("APPROVED")
    );

    let page = send_answered(
        SearchNewNumbers::new("GB"),
        &Expect::get("PhoneNumber/").query(&[("country_iso", "GB")]),
        &json!({
            "meta": {"limit": 20, "offset": 0, "next": null, "previous": null, "total_count": 1},
            "objects": [{
                "number": "441234567890",
                "city": "London",
                "fallback_number": "441234567891",
                "ha_enabled": false,
                "mms_enabled": true,
                "mms_rate": "0.01000"
            }]
        }),
    );
    let offered = &page.objects[0];
    assert!(offered.extra.is_empty(), "{:?}", offered.extra);
    assert_eq!(offered.city.as_deref(), Some("London"));
    assert_eq!(offered.fallback_number.as_deref(), Some("441234567891"));
    assert_eq!(offered.ha_enabled, Some(false));
    assert_eq!(offered.mms_enabled, Some(true));
    assert_eq!(
        offered.mms_rate.as_ref().map(|d| d.as_str()),
        Some("0.01000")
    );
}
