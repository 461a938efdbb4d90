//! Powerpacks and their number pools: every operation on the wire (typed and JSON form), the
//! typed number priorities and the other checks before sending, the recorded fixtures decoded
//! without loss, and the sandbox's state (a Powerpack owns a pool; numbers bought into it are
//! rented by the account too; create → get → list past one page → update → delete → 404).

mod common;

use common::*;
use plivo::models::{
    LooseId, PoolNumber, PoolNumberCount, PoolShortcode, Powerpack, PowerpackAck, PowerpackUpdated,
};
use plivo::ops::{
    AddPoolNumber, AddPoolTollfree, BuyNumber, BuyPoolNumber, CountPoolNumbers, CreatePowerpack,
    DeletePowerpack, GetPoolNumbers, GetPoolShortcodes, GetPoolTollfrees, GetPowerpacks,
    GetRentedNumber, GetRentedNumbers, GetSinglePoolNumber, GetSinglePoolShortcode,
    GetSinglePoolTollfree, GetSinglePowerpack, NumberPriority, NumberType, PoolService,
    PowerpackApplicationType, PriorityService, RemovePoolNumber, RemovePoolShortcode,
    RemovePoolTollfree, SearchNewNumbers, SenderKind, UpdatePowerpack,
};
use serde_json::{Value, json};

const POOL: &str = "ca5fd1f2-26c0-43e9-a7e4-0dc426e9dd2f";

#[test]
fn create_wire_with_typed_number_priorities() {
    assert_both(
        CreatePowerpack::new("alerts")
            .sticky_sender(true)
            .local_connect(false)
            .application_type(PowerpackApplicationType::Xml)
            .application_id("20342783288007824")
            .number_priority(vec![
                NumberPriority::new("US", [SenderKind::Shortcode, SenderKind::Longcode])
                    .service_type(PriorityService::Sms),
                NumberPriority::new(
                    "CA",
                    [
                        SenderKind::Tollfree,
                        SenderKind::Longcode,
                        SenderKind::Shortcode,
                    ],
                ),
            ]),
        json!({"operation": "createPowerpack", "params": {"name": "alerts",
            "stickySender": true, "local_connect": false, "applicationType": "XML",
            "application_id": "20342783288007824", "numberPriority": [
                {"country_iso": "US", "service_type": "SMS",
                 "priority": {"priority1": "shortcode", "priority2": "longcode"}},
                {"country_iso": "CA", "priority": {"priority1": "tollfree",
                 "priority2": "longcode", "priority3": "shortcode"}}]}}),
        Expect::post(
            "Powerpack/",
            json!({"name": "alerts", "sticky_sender": true, "local_connect": false,
                "application_type": "XML", "application_id": "20342783288007824",
                "number_priority": [
                    {"country_iso": "US", "service_type": "SMS",
                     "priority": {"priority1": "shortcode", "priority2": "longcode"}},
                    {"country_iso": "CA", "priority": {"priority1": "tollfree",
                     "priority2": "longcode", "priority3": "shortcode"}}]}),
        )
        .status(200),
    );
    assert_both(
        CreatePowerpack::new("only a name"),
        json!({"operation": "createPowerpack", "params": {"name": "only a name"}}),
        Expect::post("Powerpack/", json!({"name": "only a name"})).status(200),
    );
}

#[test]
fn create_and_update_check_before_sending() {
    assert_invalid(CreatePowerpack::new(" "), "name");
    let one = |entry: NumberPriority| CreatePowerpack::new("p").number_priority(vec![entry]);
    assert_invalid(
        one(NumberPriority::new("us", [SenderKind::Longcode])),
        "numberPriority",
    );
    assert_invalid(one(NumberPriority::new("US", [])), "numberPriority");
    assert_invalid(
        one(NumberPriority::new(
            "US",
            [SenderKind::Longcode, SenderKind::Longcode],
        )),
        "numberPriority",
    );
    assert_invalid(
        CreatePowerpack::new("p").number_priority(vec![
            NumberPriority::new("US", [SenderKind::Longcode]),
            NumberPriority::new("US", [SenderKind::Tollfree]),
        ]),
        "numberPriority",
    );
    // Two entries for one country are fine when their services differ.
    let both = CreatePowerpack::new("p").number_priority(vec![
        NumberPriority::new("US", [SenderKind::Longcode]),
        NumberPriority::new("US", [SenderKind::Tollfree]).service_type(PriorityService::Mms),
    ]);
    assert!(plivo::Operation::from(both).validate().is_ok());
    for (key, bad) in [
        ("applicationType", json!("JSON")),
        ("stickySender", json!("maybe")),
        (
            "numberPriority",
            json!([{"country_iso": "US", "priority": {"priority1": "fax"}}]),
        ),
        (
            "numberPriority",
            json!([{"country_iso": "US", "service_type": "VOICE", "priority": {"priority1": "longcode"}}]),
        ),
        (
            "numberPriority",
            json!([{"country_iso": "US", "priority": {"priority4": "longcode"}}]),
        ),
        (
            "numberPriority",
            json!([{"priority": {"priority1": "longcode"}}]),
        ),
        ("numberPriority", json!("US")),
    ] {
        let mut params = json!({"name": "p"});
        params[key] = bad;
        assert_invalid_json(
            json!({"operation": "createPowerpack", "params": params}),
            key,
        );
    }
    assert_invalid_json(
        json!({"operation": "createPowerpack", "params": {}}),
        "name",
    );
    assert_invalid(UpdatePowerpack::new("u"), "params");
    assert_invalid(UpdatePowerpack::new(""), "uuid");
    assert_invalid(GetPowerpacks::new().limit(21), "limit");
    assert_invalid(GetPoolNumbers::new(POOL).limit(0), "limit");
    assert_invalid(
        GetPoolNumbers::new(POOL).country_iso2("Canada"),
        "countryIso2",
    );
    assert_invalid(
        CountPoolNumbers::new(POOL).country_iso2("ca"),
        "countryIso2",
    );
    assert_invalid(GetPoolTollfrees::new(POOL).limit(25), "limit");
    assert_invalid(GetPoolShortcodes::new(POOL).limit(0), "limit");
    assert_invalid(AddPoolNumber::new("", "15799140336"), "numberPoolUuid");
    assert_invalid(BuyPoolNumber::new(POOL, " "), "number");
    assert_invalid_json(
        json!({"operation": "addPoolNumber", "params": {"numberPoolUuid": POOL,
            "number": "15799140336", "service": "voice"}}),
        "service",
    );
    assert_invalid_json(
        json!({"operation": "buyPoolNumber", "params": {"numberPoolUuid": POOL,
            "number": "15799140336", "rent": "true"}}),
        "rent",
    );
}

#[test]
fn get_list_update_delete_wire() {
    assert_both(
        GetSinglePowerpack::new("5ec4c8c9/cd74"),
        json!({"operation": "getSinglePowerpack", "params": {"uuid": "5ec4c8c9/cd74"}}),
        Expect::get("Powerpack/5ec4c8c9%2Fcd74/"),
    );
    assert_both(
        GetPowerpacks::new().limit(5).offset(10),
        json!({"operation": "getPowerpacks", "params": {"limit": 5, "offset": "10"}}),
        Expect::get("Powerpack/").query(&[("limit", "5"), ("offset", "10")]),
    );
    assert_both(
        UpdatePowerpack::new("p 1")
            .name("renamed")
            .sticky_sender(false)
            .application_type(PowerpackApplicationType::Phlo)
            .number_priority(vec![NumberPriority::new("GB", [SenderKind::Longcode])]),
        json!({"operation": "updatePowerpack", "params": {"uuid": "p 1", "name": "renamed",
            "sticky_sender": false, "applicationType": "PHLO",
            "numberPriority": {"country_iso": "GB", "priority": {"priority1": "longcode"}}}}),
        Expect::post(
            "Powerpack/p%201/",
            json!({"name": "renamed", "sticky_sender": false, "application_type": "PHLO",
                "number_priority": [{"country_iso": "GB", "priority": {"priority1": "longcode"}}]}),
        )
        .status(200),
    );
    assert_both(
        DeletePowerpack::new("dfsd-fsdfsd"),
        json!({"operation": "deletePowerpack", "params": {"uuid": "dfsd-fsdfsd"}}),
        Expect::delete("Powerpack/dfsd-fsdfsd/").status(200),
    );
    assert_both(
        DeletePowerpack::new("dfsd-fsdfsd").unrent_numbers(true),
        json!({"operation": "deletePowerpack", "params": {"uuid": "dfsd-fsdfsd",
            "unrent_numbers": true}}),
        Expect::delete("Powerpack/dfsd-fsdfsd/")
            .body(json!({"unrent_numbers": true}))
            .status(200),
    );
}

#[test]
fn pool_number_wire() {
    assert_both(
        GetPoolNumbers::new(POOL)
            .starts_with("1579")
            .country_iso2("CA")
            .number_type(NumberType::Fixed)
            .service(PoolService::Mms)
            .limit(20)
            .offset(20),
        json!({"operation": "getPoolNumbers", "params": {"number_pool_uuid": POOL,
            "startsWith": "1579", "country_iso2": "CA", "type": "fixed", "service": "mms",
            "limit": 20, "offset": 20}}),
        Expect::get("NumberPool/ca5fd1f2-26c0-43e9-a7e4-0dc426e9dd2f/Number/").query(&[
            ("starts_with", "1579"),
            ("country_iso2", "CA"),
            ("type", "fixed"),
            ("service", "mms"),
            ("limit", "20"),
            ("offset", "20"),
        ]),
    );
    assert_both(
        CountPoolNumbers::new(POOL).service(PoolService::Sms),
        json!({"operation": "countPoolNumbers", "params": {"numberPoolUuid": POOL,
            "service": "sms"}}),
        Expect::get("NumberPool/ca5fd1f2-26c0-43e9-a7e4-0dc426e9dd2f/Number/")
            .query(&[("service", "sms")]),
    );
    assert_both(
        GetSinglePoolNumber::new("pool/1", "+15799140336").service(PoolService::Sms),
        json!({"operation": "getSinglePoolNumber", "params": {"numberPoolUuid": "pool/1",
            "number": "+15799140336", "service": "sms"}}),
        Expect::get("NumberPool/pool%2F1/Number/%2B15799140336/").query(&[("service", "sms")]),
    );
    assert_both(
        AddPoolNumber::new(POOL, "15799140336"),
        json!({"operation": "addPoolNumber", "params": {"numberPoolUuid": POOL,
            "number": "15799140336"}}),
        Expect::post(
            "NumberPool/ca5fd1f2-26c0-43e9-a7e4-0dc426e9dd2f/Number/15799140336/",
            json!({}),
        )
        .status(200),
    );
    assert_both(
        AddPoolNumber::new(POOL, "15799140336").service(PoolService::Mms),
        json!({"operation": "addPoolNumber", "params": {"numberPoolUuid": POOL,
            "number": "15799140336", "service": "MMS"}}),
        Expect::post(
            "NumberPool/ca5fd1f2-26c0-43e9-a7e4-0dc426e9dd2f/Number/15799140336/",
            json!({"service": "mms"}),
        )
        .status(200),
    );
    // The buy always sends `"rent": "true"` (a string, as plivo-python does).
    assert_both(
        BuyPoolNumber::new(POOL, "14845071864"),
        json!({"operation": "buyPoolNumber", "params": {"numberPoolUuid": POOL,
            "number": "14845071864"}}),
        Expect::post(
            "NumberPool/ca5fd1f2-26c0-43e9-a7e4-0dc426e9dd2f/Number/14845071864/",
            json!({"rent": "true"}),
        )
        .status(200),
    );
    assert_both(
        BuyPoolNumber::new(POOL, "14845071864").service(PoolService::Sms),
        json!({"operation": "buyPoolNumber", "params": {"numberPoolUuid": POOL,
            "number": "14845071864", "service": "sms"}}),
        Expect::post(
            "NumberPool/ca5fd1f2-26c0-43e9-a7e4-0dc426e9dd2f/Number/14845071864/",
            json!({"rent": "true", "service": "sms"}),
        )
        .status(200),
    );
    assert_both(
        RemovePoolNumber::new(POOL, "15799140336").unrent(false),
        json!({"operation": "removePoolNumber", "params": {"numberPoolUuid": POOL,
            "number": "15799140336", "unrent": false}}),
        Expect::delete("NumberPool/ca5fd1f2-26c0-43e9-a7e4-0dc426e9dd2f/Number/15799140336/")
            .body(json!({"unrent": false}))
            .status(200),
    );
    assert_both(
        RemovePoolNumber::new(POOL, "15799140336"),
        json!({"operation": "removePoolNumber", "params": {"numberPoolUuid": POOL,
            "number": "15799140336"}}),
        Expect::delete("NumberPool/ca5fd1f2-26c0-43e9-a7e4-0dc426e9dd2f/Number/15799140336/")
            .status(200),
    );
}

#[test]
fn pool_tollfree_and_shortcode_wire() {
    assert_both(
        AddPoolTollfree::new(POOL, "18772209942"),
        json!({"operation": "addPoolTollfree", "params": {"numberPoolUuid": POOL,
            "tollfree": "18772209942"}}),
        Expect {
            status: 200,
            ..Expect::get("NumberPool/ca5fd1f2-26c0-43e9-a7e4-0dc426e9dd2f/Tollfree/18772209942/")
        }
        .method_post_without_body(),
    );
    assert_both(
        RemovePoolTollfree::new(POOL, "18772209942").unrent(true),
        json!({"operation": "removePoolTollfree", "params": {"numberPoolUuid": POOL,
            "tollfree": "18772209942", "unrent": true}}),
        Expect::delete("NumberPool/ca5fd1f2-26c0-43e9-a7e4-0dc426e9dd2f/Tollfree/18772209942/")
            .body(json!({"unrent": true}))
            .status(200),
    );
    assert_both(
        GetPoolTollfrees::new(POOL).limit(20).offset(0),
        json!({"operation": "getPoolTollfrees", "params": {"numberPoolUuid": POOL,
            "limit": 20, "offset": 0}}),
        Expect::get("NumberPool/ca5fd1f2-26c0-43e9-a7e4-0dc426e9dd2f/Tollfree/")
            .query(&[("limit", "20"), ("offset", "0")]),
    );
    assert_both(
        GetSinglePoolTollfree::new(POOL, "18772209942"),
        json!({"operation": "getSinglePoolTollfree", "params": {"numberPoolUuid": POOL,
            "tollfree": "18772209942"}}),
        Expect::get("NumberPool/ca5fd1f2-26c0-43e9-a7e4-0dc426e9dd2f/Tollfree/18772209942/"),
    );
    assert_both(
        GetPoolShortcodes::new(POOL).limit(20).offset(0),
        json!({"operation": "getPoolShortcodes", "params": {"numberPoolUuid": POOL,
            "limit": 20, "offset": 0}}),
        Expect::get("NumberPool/ca5fd1f2-26c0-43e9-a7e4-0dc426e9dd2f/Shortcode/")
            .query(&[("limit", "20"), ("offset", "0")]),
    );
    assert_both(
        GetSinglePoolShortcode::new("<number_pool_uuid>", "444444"),
        json!({"operation": "getSinglePoolShortcode", "params": {
            "numberPoolUuid": "<number_pool_uuid>", "shortcode": "444444"}}),
        Expect::get("NumberPool/%3Cnumber_pool_uuid%3E/Shortcode/444444/"),
    );
    assert_both(
        RemovePoolShortcode::new("<number_pool_uuid>", "333333"),
        json!({"operation": "removePoolShortcode", "params": {
            "number_pool_uuid": "<number_pool_uuid>", "shortcode": "333333"}}),
        Expect::delete("NumberPool/%3Cnumber_pool_uuid%3E/Shortcode/333333/").status(200),
    );
}

/// `Expect` for a POST that sends no body (the toll-free add: no fields besides the path).
trait PostWithoutBody {
    fn method_post_without_body(self) -> Self;
}

impl PostWithoutBody for Expect {
    fn method_post_without_body(mut self) -> Self {
        self.method = "POST";
        self.body = None;
        self
    }
}

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/data/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn the_fixtures_decode_without_loss() {
    let created: Powerpack = decodes_losslessly(&fixture("powerpackCreatePowerpackResponse.json"));
    assert_eq!(created.number_pool_id(), Some("<number_pool_uuid>"));
    assert_eq!(created.sticky_sender, Some(true));
    assert_eq!(
        created.application_id,
        Some(LooseId::Text("20342783288007824".into()))
    );
    // Plivo's recorded get sends `application_id` as a number, and `smart_sender`.
    let got: Powerpack = decodes_losslessly(&fixture("powerpackGetPowerpackResponse.json"));
    assert_eq!(got.application_id, Some(LooseId::Number(123912833468)));
    assert_eq!(
        got.application_id.as_ref().and_then(LooseId::to_text),
        Some("123912833468".into())
    );
    assert_eq!(got.extra.get("smart_sender"), Some(&json!(true)));
    let full: Powerpack = decodes_losslessly(&fixture("powerpackResponse.json"));
    assert_eq!(
        full.number_pool_id(),
        Some("659c7f88-c819-46e2-8af4-2d8a84249099")
    );
    // The recorded update answer carries `uuid` twice: the last one wins, as in JSON.
    let text = fixture("powerpackUpdatePowerpackResponse.json");
    let updated: PowerpackUpdated = serde_json::from_str(&text).expect("update");
    assert_eq!(updated.uuid.as_deref(), Some("<powerpack_uuid>"));
    assert_eq!(
        serde_json::to_value(&updated).expect("back"),
        serde_json::from_str::<Value>(&text).expect("JSON")
    );
    assert!(serde_json::from_str::<Powerpack>(&text).is_err());
    for name in [
        "powerpackListPowerpackResponse.json",
        "powerpackListResponse.json",
    ] {
        let text = fixture(name);
        let page: plivo::models::Page<Powerpack> = serde_json::from_str(&text).expect("page");
        let raw: Value = serde_json::from_str(&text).expect("JSON");
        assert_eq!(
            serde_json::to_value(&page).expect("back"),
            without_nulls(&raw)
        );
        assert!(page.objects.iter().all(|p| p.number_pool_id().is_some()));
    }
    for name in [
        "powerpackDeleteResponse.json",
        "powerpackDeletePowerpackResponse.json",
        "powerpackRemoveNumberResponse.json",
        "powerpackRemoveTollfreeResponse.json",
        "powerpackRemoveShortcodeResponse.json",
    ] {
        let _: PowerpackAck = decodes_losslessly(&fixture(name));
    }
    let deleted: PowerpackAck = decodes_losslessly(&fixture("powerpackDeleteResponse.json"));
    assert_eq!(deleted.response.as_deref(), Some("success"));
    for name in [
        "powerpackAddNumberResponse.json",
        "powerpackBuyAndNumberResponse.json",
        "powerpackAddTollfreeResponse.json",
        "numberpoolResponse.json",
        "powerpackFindTollfreeResponse.json",
    ] {
        let _: PoolNumber = decodes_losslessly(&fixture(name));
    }
    let added: PoolNumber = decodes_losslessly(&fixture("powerpackAddNumberResponse.json"));
    assert_eq!(added.number_type.as_deref(), Some("fixed"));
    assert_eq!(added.number_pool_uuid.as_deref(), Some(POOL));
    for name in [
        "powerpackListNumbersResponse.json",
        "numberpoolListResponse.json",
        "powerpackListTollfreeResponse.json",
    ] {
        let page: plivo::models::Page<PoolNumber> = decodes_losslessly(&fixture(name));
        assert!(!page.objects.is_empty());
    }
    let tollfrees: plivo::models::Page<PoolNumber> =
        decodes_losslessly(&fixture("powerpackListTollfreeResponse.json"));
    assert_eq!(
        tollfrees.objects[0].tollfree.as_deref(),
        Some("{your_tollfree}")
    );
    for name in [
        "powerpackListShortcodeResponse.json",
        "shortcodeListResponse.json",
    ] {
        let page: plivo::models::Page<PoolShortcode> = decodes_losslessly(&fixture(name));
        assert_eq!(page.meta.total_count, Some(1));
    }
    let code: PoolShortcode = decodes_losslessly(&fixture("shortcodeResponse.json"));
    assert_eq!(code.shortcode.as_deref(), Some("444444"));
    let _: PoolShortcode = decodes_losslessly(&fixture("powerpackFindShortcodeResponse.json"));
    // The recorded count answer has `api_id` twice; the count is `meta.total_count`.
    let count: PoolNumberCount = decodes_losslessly(&fixture("powerpackCountNumbersResponse.json"));
    assert_eq!(count.total(), 6);
}

#[test]
fn the_sandbox_keeps_powerpacks_and_the_numbers_in_their_pools() {
    let sandbox = plivo::sandbox::Sandbox::start().expect("sandbox");
    let client = sandbox.client();

    // Create → get, with the fixture's keys and types.
    let raw = client
        .call(
            CreatePowerpack::new("first")
                .number_priority(vec![NumberPriority::new("US", [SenderKind::Longcode])]),
        )
        .expect("created");
    let shape = common::sandbox::fixture(&fixture("powerpackCreatePowerpackResponse.json"));
    common::sandbox::assert_shape("createPowerpack", &shape, raw.body());
    let pack: Powerpack = raw.decode().expect("model");
    let uuid = pack.uuid.clone().expect("uuid");
    let pool = pack.number_pool_id().expect("pool").to_owned();
    assert_eq!(
        pack.number_pool.as_deref(),
        Some(format!("/v1/Account/{}/NumberPool/{pool}/", sandbox.auth_id()).as_str())
    );
    assert_eq!(pack.sticky_sender, Some(true));
    assert_eq!(pack.number_priority.as_ref().map(Vec::len), Some(1));
    let again = client
        .send(GetSinglePowerpack::new(uuid.as_str()))
        .expect("get");
    assert_eq!(again.name.as_deref(), Some("first"));

    // Past one page.
    for i in 0..3 {
        client
            .send(CreatePowerpack::new(format!("more {i}")))
            .expect("more");
    }
    let first = client.send(GetPowerpacks::new().limit(3)).expect("page 1");
    assert_eq!(first.objects.len(), 3);
    assert_eq!(first.meta.total_count, Some(4));
    assert!(first.meta.next.is_some());
    let rest = client
        .send(GetPowerpacks::new().limit(3).offset(3))
        .expect("page 2");
    assert_eq!(rest.objects.len(), 1);
    assert_eq!(
        client.items(GetPowerpacks::new().limit(2)).count(),
        4,
        "call_pages walks every Powerpack"
    );

    // Update.
    let updated = client
        .send(
            UpdatePowerpack::new(uuid.as_str())
                .name("renamed")
                .local_connect(false),
        )
        .expect("updated");
    assert_eq!(updated.name.as_deref(), Some("renamed"));
    assert_eq!(updated.local_connect, Some(false));

    // A number bought into the pool is rented by the account too.
    let offers = client
        .send(SearchNewNumbers::new("US").number_type(NumberType::Local))
        .expect("search");
    let numbers: Vec<String> = offers.objects.iter().map(|n| n.number.clone()).collect();
    let raw = client
        .call(BuyPoolNumber::new(pool.as_str(), numbers[0].as_str()))
        .expect("bought");
    let shape = common::sandbox::fixture(&fixture("powerpackBuyAndNumberResponse.json"));
    common::sandbox::assert_shape("buyPoolNumber", &shape, raw.body());
    let rented = client
        .send(GetRentedNumber::new(numbers[0].as_str()))
        .expect("rented");
    assert_eq!(rented.number, numbers[0]);
    // Adding needs a number the account rents; then it is in one pool only.
    let err = client
        .send(AddPoolNumber::new(pool.as_str(), numbers[1].as_str()))
        .expect_err("not rented");
    assert_eq!(err.status(), Some(400), "{err}");
    client
        .send(BuyNumber::new(numbers[1].as_str()))
        .expect("bought");
    let added = client
        .send(AddPoolNumber::new(pool.as_str(), numbers[1].as_str()).service(PoolService::Mms))
        .expect("added");
    assert_eq!(added.service.as_deref(), Some("mms"));
    assert_eq!(added.number_type.as_deref(), Some("fixed"));
    let err = client
        .send(AddPoolNumber::new(pool.as_str(), numbers[1].as_str()))
        .expect_err("twice");
    assert_eq!(err.status(), Some(400));
    for n in &numbers[2..4] {
        client
            .send(BuyPoolNumber::new(pool.as_str(), n.as_str()))
            .expect("bought");
    }
    let raw = client
        .call(GetPoolNumbers::new(pool.as_str()).limit(3))
        .expect("pool page");
    let shape = common::sandbox::fixture(&fixture("powerpackListNumbersResponse.json"));
    common::sandbox::assert_shape("getPoolNumbers", &shape, raw.body());
    let page: plivo::models::Page<PoolNumber> = raw.decode().expect("page");
    assert_eq!(page.objects.len(), 3);
    assert_eq!(page.meta.total_count, Some(4));
    let all: Vec<PoolNumber> = client
        .items(GetPoolNumbers::new(pool.as_str()).limit(3))
        .collect::<Result<_, _>>()
        .expect("all pages");
    assert_eq!(all.len(), 4);
    let mms = client
        .send(GetPoolNumbers::new(pool.as_str()).service(PoolService::Mms))
        .expect("mms");
    assert_eq!(mms.objects.len(), 1);
    let count = client
        .send(CountPoolNumbers::new(pool.as_str()).starts_with(&numbers[0][..4]))
        .expect("count");
    assert!(
        count.total() >= 1 && count.total() <= 4,
        "{}",
        count.total()
    );
    assert_eq!(
        client
            .send(CountPoolNumbers::new(pool.as_str()))
            .expect("count")
            .total(),
        4
    );
    let one = client
        .send(GetSinglePoolNumber::new(pool.as_str(), numbers[0].as_str()))
        .expect("one");
    assert_eq!(one.number_pool_uuid.as_deref(), Some(pool.as_str()));

    // Out of the pool, kept by the account; out with `unrent`, gone from the account.
    client
        .send(RemovePoolNumber::new(pool.as_str(), numbers[1].as_str()))
        .expect("removed");
    client
        .send(GetRentedNumber::new(numbers[1].as_str()))
        .expect("still rented");
    let removed = client
        .send(RemovePoolNumber::new(pool.as_str(), numbers[0].as_str()).unrent(true))
        .expect("removed and unrented");
    assert_eq!(removed.response.as_deref(), Some("success"));
    let err = client
        .send(GetRentedNumber::new(numbers[0].as_str()))
        .expect_err("unrented");
    assert!(err.is_not_found());
    let err = client
        .send(GetSinglePoolNumber::new(pool.as_str(), numbers[0].as_str()))
        .expect_err("left the pool");
    assert!(err.is_not_found());
    // Unrenting a pool number the usual way takes it out of the pool.
    client
        .send(plivo::ops::UnrentNumber::new(numbers[2].as_str()))
        .expect("unrented");
    assert_eq!(
        client
            .send(CountPoolNumbers::new(pool.as_str()))
            .expect("count")
            .total(),
        1
    );

    // Toll-free numbers go through their own paths.
    let free = client
        .send(SearchNewNumbers::new("US").number_type(NumberType::Tollfree))
        .expect("toll-free");
    let tollfree = free.objects[0].number.clone();
    client
        .send(BuyNumber::new(tollfree.as_str()))
        .expect("bought");
    let err = client
        .send(AddPoolNumber::new(pool.as_str(), tollfree.as_str()))
        .expect_err("a toll-free number");
    assert_eq!(err.status(), Some(400));
    let err = client
        .send(AddPoolTollfree::new(pool.as_str(), numbers[1].as_str()))
        .expect_err("not toll-free");
    assert_eq!(err.status(), Some(400));
    let raw = client
        .call(AddPoolTollfree::new(pool.as_str(), tollfree.as_str()))
        .expect("added");
    let shape = common::sandbox::fixture(&fixture("powerpackAddTollfreeResponse.json"));
    common::sandbox::assert_shape("addPoolTollfree", &shape, raw.body());
    let raw = client
        .call(GetPoolTollfrees::new(pool.as_str()))
        .expect("toll-free list");
    let shape = common::sandbox::fixture(&fixture("powerpackListTollfreeResponse.json"));
    common::sandbox::assert_shape("getPoolTollfrees", &shape, raw.body());
    let single = client
        .send(GetSinglePoolTollfree::new(pool.as_str(), tollfree.as_str()))
        .expect("one toll-free");
    assert_eq!(single.tollfree.as_deref(), Some(tollfree.as_str()));
    client
        .send(RemovePoolTollfree::new(pool.as_str(), tollfree.as_str()))
        .expect("removed");
    let err = client
        .send(GetSinglePoolTollfree::new(pool.as_str(), tollfree.as_str()))
        .expect_err("gone");
    assert!(err.is_not_found());

    // Short codes come from Plivo's support.
    assert!(sandbox.add_pool_shortcode(&pool, "444444", "US"));
    assert!(!sandbox.add_pool_shortcode(&pool, "444444", "US"));
    let raw = client
        .call(GetPoolShortcodes::new(pool.as_str()))
        .expect("short codes");
    let shape = common::sandbox::fixture(&fixture("powerpackListShortcodeResponse.json"));
    common::sandbox::assert_shape("getPoolShortcodes", &shape, raw.body());
    let code = client
        .send(GetSinglePoolShortcode::new(pool.as_str(), "444444"))
        .expect("short code");
    assert_eq!(code.country_iso2.as_deref(), Some("US"));
    client
        .send(RemovePoolShortcode::new(pool.as_str(), "444444"))
        .expect("removed");
    let err = client
        .send(RemovePoolShortcode::new(pool.as_str(), "444444"))
        .expect_err("gone");
    assert!(err.is_not_found());

    // Delete keeps the pool's numbers rented unless told otherwise; then 404 everywhere.
    client
        .send(AddPoolNumber::new(pool.as_str(), numbers[1].as_str()))
        .expect("back in the pool");
    let deleted = client
        .send(DeletePowerpack::new(uuid.as_str()))
        .expect("deleted");
    assert_eq!(deleted.response.as_deref(), Some("success"));
    client
        .send(GetRentedNumber::new(numbers[1].as_str()))
        .expect("still rented");
    for err in [
        client
            .send(GetSinglePowerpack::new(uuid.as_str()))
            .map(drop)
            .expect_err("gone"),
        client
            .send(DeletePowerpack::new(uuid.as_str()))
            .map(drop)
            .expect_err("gone"),
        client
            .send(GetPoolNumbers::new(pool.as_str()))
            .map(drop)
            .expect_err("pool gone"),
    ] {
        assert!(err.is_not_found(), "{err}");
    }

    // With `unrent_numbers`, the numbers leave the account too.
    let second = client.send(CreatePowerpack::new("second")).expect("second");
    let second_pool = second.number_pool_id().expect("pool").to_owned();
    client
        .send(AddPoolNumber::new(
            second_pool.as_str(),
            numbers[1].as_str(),
        ))
        .expect("added");
    client
        .send(BuyPoolNumber::new(
            second_pool.as_str(),
            numbers[4].as_str(),
        ))
        .expect("bought");
    let before = client.send(GetRentedNumbers::new()).expect("numbers");
    client
        .send(
            DeletePowerpack::new(second.uuid.clone().expect("uuid").as_str()).unrent_numbers(true),
        )
        .expect("deleted");
    let after = client.send(GetRentedNumbers::new()).expect("numbers");
    assert_eq!(
        after.meta.total_count.map(|n| n + 2),
        before.meta.total_count
    );
    // …and are for sale again.
    client
        .send(BuyNumber::new(numbers[4].as_str()))
        .expect("for sale again");
}

/// `sendMessage` through a Powerpack: the sandbox sends from its pool, a number of the
/// destination's country first; an unknown Powerpack or an empty pool is a 400.
#[test]
fn the_sandbox_sends_a_message_through_a_powerpack() {
    use plivo::ops::{GetSingleMessage, SendMessage};
    let sandbox = plivo::sandbox::Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let pack = client
        .send(CreatePowerpack::new("senders"))
        .expect("created");
    let uuid = pack.uuid.clone().expect("uuid");
    let pool = pack.number_pool_id().expect("pool").to_owned();

    let empty = client
        .send(SendMessage::via_powerpack(
            uuid.as_str(),
            "14155550100",
            "hi",
        ))
        .expect_err("an empty pool sends nothing");
    assert_eq!(empty.status(), Some(400), "{empty}");
    let unknown = client
        .send(SendMessage::via_powerpack(
            "no-such-pack",
            "14155550100",
            "hi",
        ))
        .expect_err("no such Powerpack");
    assert_eq!(unknown.status(), Some(400), "{unknown}");

    let canadian = client
        .send(SearchNewNumbers::new("CA").limit(1))
        .expect("search CA")
        .objects[0]
        .number
        .clone();
    let american = client
        .send(SearchNewNumbers::new("US").limit(1))
        .expect("search US")
        .objects[0]
        .number
        .clone();
    for number in [&canadian, &american] {
        client
            .send(BuyPoolNumber::new(pool.as_str(), number.as_str()))
            .expect("bought into the pool");
    }
    let from = |to: &str| {
        let sent = client
            .send(SendMessage::via_powerpack(uuid.as_str(), to, "hi"))
            .expect("sent");
        let message = client
            .send(GetSingleMessage::new(sent.message_uuid[0].as_str()))
            .expect("read");
        assert_eq!(message.powerpack_id.as_deref(), Some(uuid.as_str()));
        message.from_number.expect("from")
    };
    // A US destination gets the US number though the Canadian one was added first; a
    // destination of no pool number's country gets the first.
    assert_eq!(from("14155550100"), american);
    assert_eq!(from("447700900123"), canadian);
}
