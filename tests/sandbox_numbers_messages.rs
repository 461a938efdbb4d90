//! Flows over the sandbox: number search, buying, rented numbers and their applications, own
//! carrier numbers, SIP endpoints and messages; and a shape check of every answer against the
//! recorded Plivo response it imitates (`tests/data/fixtures/`, copied byte-for-byte from
//! plivo-python's `tests/resources/fixtures/`).

mod common;

use common::sandbox::{assert_shape, fixture, raw};
use plivo::ops::{self, Direction, MessageState, NumberType};
use plivo::sandbox::Sandbox;
use plivo::{Client, Error, Response};
use serde_json::Value;

fn call(client: &Client, op: impl Into<plivo::Operation>) -> Response {
    client
        .call(op)
        .unwrap_or_else(|e| panic!("call failed: {e}"))
}

fn status_of(result: Result<Response, Error>) -> Option<u16> {
    match result {
        Ok(response) => Some(response.status()),
        Err(e) => e.status(),
    }
}

fn text(value: &Value) -> String {
    value
        .as_str()
        .unwrap_or_else(|| panic!("not a string: {value}"))
        .to_owned()
}

fn numbers_of(page: &Response) -> Vec<String> {
    page.body()["objects"]
        .as_array()
        .expect("objects")
        .iter()
        .map(|o| text(&o["number"]))
        .collect()
}

#[test]
fn search_pages_and_filters_the_inventory() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let first = call(&client, ops::SearchNewNumbers::new("US"));
    assert_eq!(first.status(), 200);
    let meta = &first.body()["meta"];
    assert_eq!(meta["total_count"], 30);
    assert_eq!(meta["limit"], 20);
    assert_eq!(meta["previous"], Value::Null);
    let next = format!(
        "/v1/Account/{}/PhoneNumber/?limit=20&offset=20",
        sandbox.auth_id()
    );
    assert_eq!(meta["next"], next.as_str());
    let offer = &first.body()["objects"][0];
    assert_eq!(offer["country"], "UNITED STATES");
    assert!(text(&offer["number"]).starts_with('1'));
    assert!(offer["prerequisites"].is_array());
    assert_eq!(
        offer["resource_uri"],
        format!(
            "/v1/Account/{}/PhoneNumber/{}/",
            sandbox.auth_id(),
            text(&offer["number"])
        )
        .as_str()
    );

    let second = call(&client, ops::SearchNewNumbers::new("US").offset(20));
    assert_eq!(second.body()["objects"].as_array().map(Vec::len), Some(10));
    assert_eq!(second.body()["meta"]["next"], Value::Null);
    let mut all = numbers_of(&first);
    all.extend(numbers_of(&second));
    all.sort();
    all.dedup();
    assert_eq!(all.len(), 30, "pages do not overlap");

    // Filters: pattern after the country code, type, services, region.
    let sf = call(&client, ops::SearchNewNumbers::new("US").pattern("415"));
    assert!(!numbers_of(&sf).is_empty());
    assert!(numbers_of(&sf).iter().all(|n| n.starts_with("1415")));
    let tollfree = call(
        &client,
        ops::SearchNewNumbers::new("US").number_type(NumberType::Tollfree),
    );
    assert!(!numbers_of(&tollfree).is_empty());
    assert!(
        tollfree.body()["objects"]
            .as_array()
            .expect("objects")
            .iter()
            .all(|o| o["type"] == "tollfree")
    );
    let any = call(
        &client,
        ops::SearchNewNumbers::new("US").number_type(NumberType::Any),
    );
    assert_eq!(any.body()["meta"]["total_count"], 30);
    let mms = call(
        &client,
        ops::SearchNewNumbers::new("US").services(["voice", "mms"]),
    );
    let mms_count = mms.body()["meta"]["total_count"].as_u64().expect("count");
    assert!(mms_count > 0 && mms_count < 30, "{mms_count}");
    let texas = call(&client, ops::SearchNewNumbers::new("US").region("Texas"));
    assert!(numbers_of(&texas).iter().all(|n| n.starts_with("1512")));
    let lata = call(&client, ops::SearchNewNumbers::new("US").lata("722"));
    assert!(
        numbers_of(&lata).iter().all(|n| n.starts_with("1415")) && !numbers_of(&lata).is_empty()
    );

    // Every stocked country has numbers of its own; an unstocked one has none.
    for (iso, code) in [
        ("CA", "1"),
        ("GB", "44"),
        ("DE", "49"),
        ("IN", "91"),
        ("AU", "61"),
    ] {
        let page = call(&client, ops::SearchNewNumbers::new(iso));
        let numbers = numbers_of(&page);
        assert!(!numbers.is_empty(), "{iso}");
        assert!(numbers.iter().all(|n| n.starts_with(code)), "{iso}");
    }
    let none = call(&client, ops::SearchNewNumbers::new("FR"));
    assert_eq!(none.body()["meta"]["total_count"], 0);

    // country_iso is required and must be two upper-case letters (the typed client checks
    // this itself, so ask directly).
    assert_eq!(raw(&sandbox, "GET", "PhoneNumber/", None, None).0, 400);
    assert_eq!(
        raw(&sandbox, "GET", "PhoneNumber/?country_iso=us", None, None).0,
        400
    );
    assert_eq!(
        raw(
            &sandbox,
            "GET",
            "PhoneNumber/?country_iso=US&type=weird",
            None,
            None
        )
        .0,
        400
    );
    assert_eq!(
        raw(
            &sandbox,
            "GET",
            "PhoneNumber/?country_iso=US&limit=21",
            None,
            None
        )
        .0,
        400
    );
}

#[test]
fn buy_link_unlink_and_unrent_a_number() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let offers = call(&client, ops::SearchNewNumbers::new("US").pattern("415"));
    let number = text(&offers.body()["objects"][0]["number"]);

    let bought = call(&client, ops::BuyNumber::new(&number));
    assert_eq!(bought.status(), 201);
    assert_eq!(bought.body()["message"], "created");
    assert_eq!(bought.body()["status"], "fulfilled");
    assert_eq!(bought.body()["numbers"][0]["number"], number.as_str());
    assert_eq!(bought.body()["numbers"][0]["status"], "Success");
    // Sold: no longer offered, and cannot be bought twice.
    let after = call(&client, ops::SearchNewNumbers::new("US"));
    assert_eq!(after.body()["meta"]["total_count"], 29);
    assert_eq!(
        status_of(client.call(ops::BuyNumber::new(&number))),
        Some(404)
    );
    assert_eq!(
        status_of(client.call(ops::BuyNumber::new("19995550000"))),
        Some(404)
    );

    let rented = call(&client, ops::GetRentedNumber::new(&number));
    let body = rented.body();
    assert_eq!(body["number"], number.as_str());
    assert_eq!(body["active"], true);
    assert_eq!(body["alias"], Value::Null);
    assert_eq!(body["application"], Value::Null);
    assert_eq!(body["carrier"], "Plivo");
    assert_eq!(body["country"], "United States");
    assert_eq!(body["number_type"], "local");
    assert_eq!(body["sub_account"], Value::Null);
    assert!(body["added_on"].as_str().is_some_and(|d| d.len() == 10));
    assert!(
        body["renewal_date"]
            .as_str()
            .is_some_and(|d| d > body["added_on"].as_str().unwrap_or(""))
    );
    assert_eq!(
        body["resource_uri"],
        format!("/v1/Account/{}/Number/{number}/", sandbox.auth_id()).as_str()
    );

    // A second number, toll-free, to filter the rented list.
    let tollfree = call(
        &client,
        ops::SearchNewNumbers::new("US").number_type(NumberType::Tollfree),
    );
    let tollfree = text(&tollfree.body()["objects"][0]["number"]);
    call(&client, ops::BuyNumber::new(&tollfree));
    let list = call(&client, ops::GetRentedNumbers::new());
    assert_eq!(list.body()["meta"]["total_count"], 2);
    let only = call(
        &client,
        ops::GetRentedNumbers::new().number_type(NumberType::Tollfree),
    );
    assert_eq!(numbers_of(&only), vec![tollfree.clone()]);
    let starts = call(
        &client,
        ops::GetRentedNumbers::new().number_starts_with("1415"),
    );
    assert_eq!(numbers_of(&starts), vec![number.clone()]);
    let sms = call(
        &client,
        ops::GetRentedNumbers::new().services(["voice", "sms"]),
    );
    assert_eq!(sms.body()["meta"]["total_count"], 2);

    // Link an application, set an alias, filter on it, then unlink with an empty app id.
    let app = call(
        &client,
        ops::CreateApplication::new("numbers app", "https://example.com/answer"),
    );
    let app_id = text(&app.body()["app_id"]);
    let app_uri = format!("/v1/Account/{}/Application/{app_id}/", sandbox.auth_id());
    let changed = call(
        &client,
        ops::UpdateNumber::new(&number)
            .app_id(&app_id)
            .alias("front desk"),
    );
    assert_eq!(changed.status(), 202);
    assert_eq!(changed.body()["message"], "changed");
    let linked = call(&client, ops::GetRentedNumber::new(&number));
    assert_eq!(linked.body()["application"], app_uri.as_str());
    assert_eq!(linked.body()["alias"], "front desk");
    let by_alias = call(&client, ops::GetRentedNumbers::new().alias("front desk"));
    assert_eq!(numbers_of(&by_alias), vec![number.clone()]);
    call(&client, ops::UpdateNumber::new(&number).app_id(""));
    let unlinked = call(&client, ops::GetRentedNumber::new(&number));
    assert_eq!(unlinked.body()["application"], Value::Null);
    assert_eq!(unlinked.body()["alias"], "front desk");
    assert_eq!(
        status_of(client.call(ops::UpdateNumber::new(&number).app_id("404404"))),
        Some(404)
    );
    assert_eq!(
        status_of(client.call(ops::UpdateNumber::new("19995550000").alias("x"))),
        Some(404)
    );

    // Buying with an application links it at once.
    let other = call(&client, ops::SearchNewNumbers::new("GB"));
    let other = text(&other.body()["objects"][0]["number"]);
    call(&client, ops::BuyNumber::new(&other).app_id(&app_id));
    let with_app = call(&client, ops::GetRentedNumber::new(&other));
    assert_eq!(with_app.body()["application"], app_uri.as_str());
    assert_eq!(with_app.body()["country"], "United Kingdom");

    // Unrent: gone from the account, back on sale.
    let gone = call(&client, ops::UnrentNumber::new(&number));
    assert_eq!(gone.status(), 204);
    assert_eq!(
        status_of(client.call(ops::GetRentedNumber::new(&number))),
        Some(404)
    );
    assert_eq!(
        status_of(client.call(ops::UnrentNumber::new(&number))),
        Some(404)
    );
    let again = call(&client, ops::SearchNewNumbers::new("US").pattern("415"));
    assert!(numbers_of(&again).contains(&number));
}

#[test]
fn own_carrier_numbers_leave_with_their_carrier() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let carrier = call(
        &client,
        ops::AddIncomingCarrier::new("my carrier", ["203.0.113.7"]),
    );
    let carrier_id = text(&carrier.body()["carrier_id"]);
    let own = ["12025550123", "12025550124"];

    let added = call(
        &client,
        ops::AddOwnCarrierNumber::new(own, &carrier_id, "DC"),
    );
    assert_eq!(added.status(), 202);
    assert_eq!(added.body()["message"], "changed");
    let number = call(&client, ops::GetRentedNumber::new(own[0]));
    assert_eq!(number.body()["carrier"], carrier_id.as_str());
    assert_eq!(number.body()["region"], "DC");
    assert_eq!(number.body()["number_type"], "local");
    let list = call(&client, ops::GetRentedNumbers::new());
    assert_eq!(list.body()["meta"]["total_count"], 2);
    // The same numbers again, or an unknown carrier, are refused.
    assert_eq!(
        status_of(client.call(ops::AddOwnCarrierNumber::new(own, &carrier_id, "DC"))),
        Some(400)
    );
    assert_eq!(
        status_of(client.call(ops::AddOwnCarrierNumber::new(
            ["12025550199"],
            "00000000000000",
            "DC"
        ))),
        Some(404)
    );
    // The python SDK prints a list as text; that is understood too.
    let (status, _) = raw(
        &sandbox,
        "POST",
        "Number/",
        None,
        Some(&format!(
            r#"{{"numbers": "['12025550125', '12025550126']", "carrier": "{carrier_id}", "region": "DC", "number_type": "tollfree"}}"#
        )),
    );
    assert_eq!(status, 202);
    let tollfree = call(
        &client,
        ops::GetRentedNumbers::new().number_type(NumberType::Tollfree),
    );
    assert_eq!(tollfree.body()["meta"]["total_count"], 2);
    assert_eq!(
        raw(
            &sandbox,
            "POST",
            "Number/",
            None,
            Some(r#"{"carrier": "x", "region": "DC"}"#)
        )
        .0,
        400
    );

    let removed = call(&client, ops::RemoveIncomingCarrier::new(&carrier_id));
    assert_eq!(removed.status(), 204);
    assert_eq!(
        status_of(client.call(ops::GetRentedNumber::new(own[0]))),
        Some(404)
    );
    let list = call(&client, ops::GetRentedNumbers::new());
    assert_eq!(list.body()["meta"]["total_count"], 0);
}

#[test]
fn endpoints_create_read_page_update_delete() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let created = call(
        &client,
        ops::CreateEndpoint::new("alice", "s3cret", "Alice's phone"),
    );
    assert_eq!(created.status(), 201);
    assert_eq!(created.body()["message"], "created");
    assert_eq!(created.body()["alias"], "Alice's phone");
    let username = text(&created.body()["username"]);
    let suffix = username
        .strip_prefix("alice")
        .expect("username keeps its start");
    assert_eq!(suffix.len(), 12, "{username}");
    assert!(suffix.bytes().all(|b| b.is_ascii_digit()), "{username}");
    let id = text(&created.body()["endpoint_id"]);
    assert!(
        id.len() == 14 && id.bytes().all(|b| b.is_ascii_digit()),
        "{id}"
    );

    let got = call(&client, ops::GetSingleEndpoint::new(&id));
    let body = got.body();
    assert_eq!(body["username"], username.as_str());
    assert_eq!(
        body["sip_uri"],
        format!("sip:{username}@phone.plivo.com").as_str()
    );
    assert_eq!(body["sip_registered"], "false");
    assert_eq!(body["application"], Value::Null);
    assert!(
        body.get("password").is_none(),
        "the password never comes back: {body}"
    );
    assert!(!got.raw_body().windows(6).any(|w| w == b"s3cret"));

    let app = call(
        &client,
        ops::CreateApplication::new("sip app", "https://example.com/answer"),
    );
    let app_id = text(&app.body()["app_id"]);
    let changed = call(
        &client,
        ops::UpdateEndpoint::new(&id)
            .alias("Alice")
            .password("n3w")
            .app_id(&app_id),
    );
    assert_eq!(changed.status(), 202);
    assert_eq!(changed.body()["message"], "changed");
    let got = call(&client, ops::GetSingleEndpoint::new(&id));
    assert_eq!(got.body()["alias"], "Alice");
    assert_eq!(
        got.body()["application"],
        format!("/v1/Account/{}/Application/{app_id}/", sandbox.auth_id()).as_str()
    );
    assert_eq!(
        status_of(client.call(ops::UpdateEndpoint::new(&id).app_id("404404"))),
        Some(404)
    );
    assert_eq!(
        raw(
            &sandbox,
            "POST",
            "Endpoint/",
            None,
            Some(r#"{"username": "bob", "alias": "Bob"}"#)
        )
        .0,
        400
    );

    // 25 endpoints in all: pages of 20 and 5.
    for i in 1..25 {
        call(
            &client,
            ops::CreateEndpoint::new(format!("user{i}"), "pw", format!("User {i}")),
        );
    }
    let first = call(&client, ops::GetEndpoints::new());
    assert_eq!(first.body()["meta"]["total_count"], 25);
    assert_eq!(first.body()["objects"].as_array().map(Vec::len), Some(20));
    let endpoint_next = format!(
        "/v1/Account/{}/Endpoint/?limit=20&offset=20",
        sandbox.auth_id()
    );
    assert_eq!(first.body()["meta"]["next"], endpoint_next.as_str());
    let second = call(&client, ops::GetEndpoints::new().offset(20));
    assert_eq!(second.body()["objects"].as_array().map(Vec::len), Some(5));
    assert_eq!(second.body()["meta"]["next"], Value::Null);
    let small = call(&client, ops::GetEndpoints::new().limit(10).offset(10));
    assert_eq!(small.body()["objects"].as_array().map(Vec::len), Some(10));
    assert_eq!(
        small.body()["meta"]["previous"],
        format!(
            "/v1/Account/{}/Endpoint/?limit=10&offset=0",
            sandbox.auth_id()
        )
        .as_str()
    );

    let deleted = call(&client, ops::DeleteEndpoint::new(&id));
    assert_eq!(deleted.status(), 204);
    assert_eq!(
        status_of(client.call(ops::GetSingleEndpoint::new(&id))),
        Some(404)
    );
    assert_eq!(
        status_of(client.call(ops::DeleteEndpoint::new(&id))),
        Some(404)
    );
    let after = call(&client, ops::GetEndpoints::new());
    assert_eq!(after.body()["meta"]["total_count"], 24);
}

#[test]
fn messages_send_read_page_and_filter() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let sent = call(
        &client,
        ops::SendMessage::new("14155550100", ["14155550101", "447700900123"], "hello"),
    );
    assert_eq!(sent.status(), 202);
    assert_eq!(sent.body()["message"], "message(s) queued");
    let uuids: Vec<String> = sent.body()["message_uuid"]
        .as_array()
        .expect("a list")
        .iter()
        .map(text)
        .collect();
    assert_eq!(uuids.len(), 2);
    assert_ne!(uuids[0], uuids[1]);
    for (uuid, to) in uuids.iter().zip(["14155550101", "447700900123"]) {
        let message = call(&client, ops::GetSingleMessage::new(uuid));
        let body = message.body();
        assert_eq!(body["message_uuid"], uuid.as_str());
        assert_eq!(body["from_number"], "14155550100");
        assert_eq!(body["to_number"], to);
        assert_eq!(body["message_direction"], "outbound");
        assert_eq!(body["message_state"], "queued");
        assert_eq!(body["message_type"], "sms");
        assert_eq!(body["units"], 1);
        assert_eq!(body["error_code"], Value::Null);
        assert!(
            body["total_amount"]
                .as_str()
                .is_some_and(|a| a.starts_with("0."))
        );
        assert_eq!(
            body["resource_uri"],
            format!("/v1/Account/{}/Message/{uuid}/", sandbox.auth_id()).as_str()
        );
    }
    // A single destination still answers with a list; a long text takes several units.
    let long = call(
        &client,
        ops::SendMessage::new("14155550100", ["14155550102"], "x".repeat(400)),
    );
    let long_uuid = long.body()["message_uuid"]
        .as_array()
        .map(|l| text(&l[0]))
        .expect("one uuid");
    let long_message = call(&client, ops::GetSingleMessage::new(&long_uuid));
    assert_eq!(long_message.body()["units"], 3);
    assert_eq!(long_message.body()["total_amount"], "0.01950");

    // 25 messages in all, newest first.
    for i in 0..22 {
        call(
            &client,
            ops::SendMessage::new("14155550100", [format!("1415555{:04}", 200 + i)], "bulk"),
        );
    }
    let first = call(&client, ops::GetMessages::new().limit(20));
    let meta = &first.body()["meta"];
    assert_eq!(meta["total_count"], 25);
    assert_eq!(meta["previous"], Value::Null);
    let message_next = format!(
        "/v1/Account/{}/Message/?limit=20&offset=20",
        sandbox.auth_id()
    );
    assert_eq!(meta["next"], message_next.as_str());
    assert_eq!(
        first.body()["objects"][0]["to_number"],
        "14155550221",
        "newest first"
    );
    let second = call(&client, ops::GetMessages::new().limit(20).offset(20));
    let objects = second.body()["objects"].as_array().expect("objects");
    assert_eq!(objects.len(), 5);
    assert_eq!(second.body()["meta"]["next"], Value::Null);
    let message_previous = format!(
        "/v1/Account/{}/Message/?limit=20&offset=0",
        sandbox.auth_id()
    );
    assert_eq!(second.body()["meta"]["previous"], message_previous.as_str());
    assert!(
        objects
            .iter()
            .any(|o| o["message_uuid"] == uuids[0].as_str())
    );

    let count = |op: ops::GetMessages| call(&client, op).body()["meta"]["total_count"].clone();
    assert_eq!(
        count(ops::GetMessages::new().message_state(MessageState::Queued)),
        25
    );
    assert_eq!(
        count(ops::GetMessages::new().message_state(MessageState::Delivered)),
        0
    );
    assert_eq!(
        count(ops::GetMessages::new().message_direction(Direction::Outbound)),
        25
    );
    assert_eq!(
        count(ops::GetMessages::new().message_direction(Direction::Inbound)),
        0
    );
    assert_eq!(
        count(ops::GetMessages::new().message_time_gt("2000-01-01 00:00")),
        25
    );
    assert_eq!(
        count(ops::GetMessages::new().message_time_gt("2999-01-01 00:00:00")),
        0
    );
    assert_eq!(
        count(ops::GetMessages::new().message_time_lte("2999-01-01 00:00")),
        25
    );
    assert_eq!(count(ops::GetMessages::new().to_number("447700900123")), 1);
    assert_eq!(
        count(ops::GetMessages::new().from_number("14155550100")),
        25
    );

    // The typed client refuses limit 21 itself; the sandbox refuses it too.
    let (status, body) = raw(&sandbox, "GET", "Message/?limit=21", None, None);
    assert_eq!(status, 400);
    assert!(
        body["error"].is_string() && body["api_id"].is_string(),
        "{body}"
    );
    assert_eq!(
        status_of(client.call(ops::GetSingleMessage::new(
            "00000000-0000-4000-8000-000000000000"
        ))),
        Some(404)
    );
}

#[test]
fn messages_refuse_what_plivo_refuses() {
    let sandbox = Sandbox::start().expect("sandbox");
    let post = |body: &str| raw(&sandbox, "POST", "Message/", None, Some(body)).0;
    assert_eq!(
        post(r#"{"dst": "14155550101", "text": "hi"}"#),
        400,
        "no src"
    );
    assert_eq!(
        post(r#"{"src": "14155550100", "text": "hi"}"#),
        400,
        "no dst"
    );
    assert_eq!(
        post(r#"{"src": "14155550100", "dst": "14155550101"}"#),
        400,
        "no text"
    );
    assert_eq!(
        post(r#"{"src": "14155550100", "dst": "14155550101<14155550100", "text": "hi"}"#),
        400
    );
    assert_eq!(
        post(r#"{"src": "14155550100", "dst": "14155550101", "text": "hi", "type": "fax"}"#),
        400
    );
    assert_eq!(
        post(r#"{"src": "14155550100", "dst": "not-a-number", "text": "hi"}"#),
        400
    );
    assert_eq!(
        post(r#"{"src": "14155550100", "dst": "14155550101", "text": "hi", "log": "maybe"}"#),
        400
    );
    assert_eq!(post(r#"["not", "an", "object"]"#), 400);
    assert_eq!(
        post(r#"{"src": "14155550100", "dst": "14155550101", "text": "hi", "type": "mms"}"#),
        202
    );
    // With log=false the destination is masked.
    let (status, body) = raw(
        &sandbox,
        "POST",
        "Message/",
        None,
        Some(
            r#"{"src": "PLIVO", "dst": "+14155550101", "text": "secret", "log": "false", "type": "whatsapp"}"#,
        ),
    );
    assert_eq!(status, 202);
    let uuid = text(&body["message_uuid"][0]);
    let (status, message) = raw(&sandbox, "GET", &format!("Message/{uuid}/"), None, None);
    assert_eq!(status, 200);
    assert_eq!(message["to_number"], "141XXXXX101");
    assert_eq!(message["from_number"], "PLIVO");
    assert_eq!(message["message_type"], "whatsapp");
}

#[test]
fn subaccounts_own_what_they_create_and_what_they_are_given() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let sub = call(&client, ops::CreateSubaccount::new("team").enabled(true));
    let sub_id = text(&sub.body()["auth_id"]);
    let sub_token = text(&sub.body()["auth_token"]);
    let sub_uri = format!("/v1/Account/{}/Subaccount/{sub_id}/", sandbox.auth_id());

    // Given by the main account.
    let offers = call(&client, ops::SearchNewNumbers::new("US"));
    let number = text(&offers.body()["objects"][0]["number"]);
    call(&client, ops::BuyNumber::new(&number));
    call(&client, ops::UpdateNumber::new(&number).subaccount(&sub_id));
    let given = call(&client, ops::GetRentedNumber::new(&number));
    assert_eq!(given.body()["sub_account"], sub_uri.as_str());
    let mine = call(&client, ops::GetRentedNumbers::new().subaccount(&sub_id));
    assert_eq!(numbers_of(&mine), vec![number.clone()]);
    assert_eq!(
        status_of(client.call(ops::UpdateNumber::new(&number).subaccount("SA0000000000000000XX"))),
        Some(400)
    );

    // Created with the subaccount's own credentials.
    let sub_client = sandbox.client_for(&sub_id, &sub_token).expect("client");
    let sent = call(
        &sub_client,
        ops::SendMessage::new("14155550100", ["14155550101"], "from the team"),
    );
    let uuid = text(&sent.body()["message_uuid"][0]);
    call(
        &client,
        ops::SendMessage::new("14155550100", ["14155550102"], "from the main account"),
    );
    let team = call(&client, ops::GetMessages::new().subaccount(&sub_id));
    assert_eq!(team.body()["meta"]["total_count"], 1);
    assert_eq!(team.body()["objects"][0]["message_uuid"], uuid.as_str());
    let endpoint = call(
        &sub_client,
        ops::CreateEndpoint::new("teamphone", "pw", "Team"),
    );
    let endpoint_id = text(&endpoint.body()["endpoint_id"]);
    let got = call(&client, ops::GetSingleEndpoint::new(&endpoint_id));
    assert_eq!(got.body()["sub_account"], sub_uri.as_str());

    // Deleting the subaccount with cascade takes its numbers and endpoints along.
    call(&client, ops::DeleteSubaccount::new(&sub_id).cascade(true));
    assert_eq!(
        status_of(client.call(ops::GetRentedNumber::new(&number))),
        Some(404)
    );
    assert_eq!(
        status_of(client.call(ops::GetSingleEndpoint::new(&endpoint_id))),
        Some(404)
    );
    let offers = call(&client, ops::SearchNewNumbers::new("US"));
    assert_eq!(
        offers.body()["meta"]["total_count"],
        30,
        "the number is back on sale"
    );
}

#[test]
fn huge_offsets_answer_empty_pages() {
    let sandbox = Sandbox::start().expect("sandbox");
    for path in [
        "Message/",
        "Number/",
        "Endpoint/",
        "PhoneNumber/?country_iso=US&",
    ] {
        let sep = if path.ends_with('&') { "" } else { "?" };
        let (status, body) = raw(
            &sandbox,
            "GET",
            &format!("{path}{sep}offset=18446744073709551615"),
            None,
            None,
        );
        assert_eq!(status, 200, "{path}");
        assert_eq!(body["objects"], serde_json::json!([]), "{path}");
    }
    // The sandbox is still serving.
    assert_eq!(raw(&sandbox, "GET", "Message/", None, None).0, 200);
}

#[test]
fn odd_input_is_refused_not_fatal() {
    let sandbox = Sandbox::start().expect("sandbox");
    let cases: &[(&str, &str, Option<&str>)] = &[
        (
            "GET",
            "PhoneNumber/?country_iso=US&pattern=%E2%82%AC%E2%82%AC*&services=voice,,sms",
            None,
        ),
        ("GET", "PhoneNumber/?country_iso=US&services=fax", None),
        ("GET", "PhoneNumber/?country_iso=%C3%9C%C3%9C", None),
        (
            "GET",
            "PhoneNumber/?country_iso=US&lata=&rate_center=&region=&city=",
            None,
        ),
        ("POST", "PhoneNumber/%E2%82%AC/", Some("{}")),
        (
            "POST",
            "PhoneNumber/14155550103/",
            Some(r#"{"app_id": ["x"]}"#),
        ),
        (
            "POST",
            "PhoneNumber/14155550103/",
            Some(r#"{"cnam_lookup": "sometimes"}"#),
        ),
        (
            "GET",
            "Number/?type=%00&services=voice&number_startswith=%FF",
            None,
        ),
        (
            "POST",
            "Number/",
            Some(r#"{"numbers": [1, {"a": 2}], "carrier": "c", "region": "r"}"#),
        ),
        (
            "POST",
            "Number/",
            Some(r#"{"numbers": ",,,", "carrier": "c", "region": "r"}"#),
        ),
        (
            "POST",
            "Number/",
            Some(r#"{"numbers": "1415555010x", "carrier": "c", "region": "r"}"#),
        ),
        (
            "POST",
            "Number/1/",
            Some(r#"{"app_id": 5, "subaccount": true}"#),
        ),
        (
            "POST",
            "Endpoint/",
            Some(r#"{"username": "a b", "password": "p", "alias": "x"}"#),
        ),
        (
            "POST",
            "Endpoint/",
            Some(r#"{"username": "é", "password": "p", "alias": "x"}"#),
        ),
        (
            "POST",
            "Endpoint/",
            Some(r#"{"username": "ok", "password": "p", "alias": "x", "app_id": {}}"#),
        ),
        (
            "POST",
            "Message/",
            Some(r#"{"src": "éé", "dst": "1<<<", "text": "x"}"#),
        ),
        (
            "POST",
            "Message/",
            Some(r#"{"src": "14155550100", "dst": "<<", "text": "x"}"#),
        ),
        (
            "POST",
            "Message/",
            Some(r#"{"src": 14155550100, "dst": 14155550101, "text": 5}"#),
        ),
        (
            "POST",
            "Message/",
            Some(r#"{"src": "14155550100", "dst": "14155550101", "text": "é", "type": null}"#),
        ),
        (
            "GET",
            "Message/?message_time__gt=%FF&error_code=-1&offset=-1",
            None,
        ),
        ("GET", "Message/%E2%82%AC/", None),
    ];
    for (method, path, body) in cases {
        let (status, answer) = raw(&sandbox, method, path, None, *body);
        assert!(
            (200..500).contains(&status),
            "{method} {path}: {status} {answer}"
        );
        if status >= 400 {
            assert!(answer["error"].is_string(), "{method} {path}: {answer}");
        }
    }
    assert_eq!(
        raw(&sandbox, "GET", "Message/", None, None).0,
        200,
        "still serving"
    );
}

#[test]
fn answers_have_the_fixture_shapes() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();

    let offers = call(&client, ops::SearchNewNumbers::new("US"));
    assert_shape(
        "phoneNumberListResponse",
        &fixture(include_str!("data/fixtures/phoneNumberListResponse.json")),
        offers.body(),
    );
    // The German offers carry prerequisites; compare their inner shape too.
    let german = call(&client, ops::SearchNewNumbers::new("DE"));
    assert_shape(
        "phoneNumberListResponse (DE)",
        &fixture(include_str!("data/fixtures/phoneNumberListResponse.json")),
        german.body(),
    );
    assert!(german.body()["objects"][0]["prerequisites"][0]["proof_type"].is_array());
    let number = text(&offers.body()["objects"][0]["number"]);
    let app = call(
        &client,
        ops::CreateApplication::new("shape app", "https://example.com/answer"),
    );
    let app_id = text(&app.body()["app_id"]);
    let bought = call(&client, ops::BuyNumber::new(&number).app_id(&app_id));
    assert_shape(
        "phoneNumberCreateResponse",
        &fixture(include_str!("data/fixtures/phoneNumberCreateResponse.json")),
        bought.body(),
    );
    let rented = call(&client, ops::GetRentedNumber::new(&number));
    assert_shape(
        "numberGetResponse",
        &fixture(include_str!("data/fixtures/numberGetResponse.json")),
        rented.body(),
    );
    let rented_list = call(&client, ops::GetRentedNumbers::new());
    assert_shape(
        "numberListResponse",
        &fixture(include_str!("data/fixtures/numberListResponse.json")),
        rented_list.body(),
    );
    let updated = call(&client, ops::UpdateNumber::new(&number).alias("shape"));
    assert_shape(
        "numberUpdateResponse",
        &fixture(include_str!("data/fixtures/numberUpdateResponse.json")),
        updated.body(),
    );
    let carrier = call(
        &client,
        ops::AddIncomingCarrier::new("shape carrier", ["203.0.113.9"]),
    );
    let own = call(
        &client,
        ops::AddOwnCarrierNumber::new(["12025550150"], text(&carrier.body()["carrier_id"]), "DC"),
    );
    assert_shape(
        "numberCreateResponse",
        &fixture(include_str!("data/fixtures/numberCreateResponse.json")),
        own.body(),
    );

    let created = call(
        &client,
        ops::CreateEndpoint::new("zumba", "pw", "zumba").app_id(&app_id),
    );
    assert_shape(
        "endpointCreateResponse",
        &fixture(include_str!("data/fixtures/endpointCreateResponse.json")),
        created.body(),
    );
    let id = text(&created.body()["endpoint_id"]);
    let endpoint = call(&client, ops::GetSingleEndpoint::new(&id));
    assert_shape(
        "endpointGetResponse",
        &fixture(include_str!("data/fixtures/endpointGetResponse.json")),
        endpoint.body(),
    );
    let endpoints = call(&client, ops::GetEndpoints::new());
    assert_shape(
        "endpointListResponse",
        &fixture(include_str!("data/fixtures/endpointListResponse.json")),
        endpoints.body(),
    );
    let changed = call(&client, ops::UpdateEndpoint::new(&id).alias("zumba 2"));
    assert_shape(
        "endpointUpdateResponse",
        &fixture(include_str!("data/fixtures/endpointUpdateResponse.json")),
        changed.body(),
    );

    let sent = call(
        &client,
        ops::SendMessage::new("911231231230", ["911231231231"], "shape"),
    );
    assert_shape(
        "messageSendResponse",
        &fixture(include_str!("data/fixtures/messageSendResponse.json")),
        sent.body(),
    );
    let uuid = text(&sent.body()["message_uuid"][0]);
    let message = call(&client, ops::GetSingleMessage::new(&uuid));
    assert_shape(
        "messageGetResponse",
        &fixture(include_str!("data/fixtures/messageGetResponse.json")),
        message.body(),
    );
    let messages = call(&client, ops::GetMessages::new());
    assert_shape(
        "messageListResponse",
        &fixture(include_str!("data/fixtures/messageListResponse.json")),
        messages.body(),
    );
}

/// A number the account gives back leaves what held it: its 10DLC campaign link (so the
/// campaign can then be deleted) and the compliance application it was linked to.
#[test]
fn a_number_given_back_leaves_its_campaign_and_its_compliance_application() {
    use plivo::ops::{
        CampaignUsecase, ComplianceData, ComplianceEndUser, ComplianceNumberLink, UserType,
        Vertical,
    };
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let (_, brand) = common::sandbox::profile_and_brand(&client);
    let campaign = client
        .send(ops::CreateCampaign::new(
            brand.as_str(),
            Vertical::Technology,
            CampaignUsecase::TwoFactor,
        ))
        .expect("campaign")
        .campaign_id;
    let offers = client
        .send(ops::SearchNewNumbers::new("US").limit(2))
        .expect("search");
    let (number, kept) = (
        offers.objects[0].number.clone(),
        offers.objects[1].number.clone(),
    );
    for n in [&number, &kept] {
        client
            .send(ops::BuyNumber::new(n.as_str()))
            .expect("bought");
    }
    client
        .send(ops::LinkCampaignNumbers::new(
            campaign.as_str(),
            [number.as_str(), kept.as_str()],
        ))
        .expect("linked to the campaign");
    let application = client
        .send(ops::CreatePhoneNumberCompliance::new(
            ComplianceData::application(
                "IN",
                NumberType::Local,
                "acme-in",
                ComplianceEndUser::new(UserType::Business, "Acme Ltd"),
            ),
        ))
        .expect("application")
        .compliance_id
        .expect("an id");
    let report = client
        .send(ops::LinkPhoneNumberCompliance::new(vec![
            ComplianceNumberLink::new(format!("+{number}"), application.as_str()),
            ComplianceNumberLink::new(format!("+{kept}"), application.as_str()),
        ]))
        .expect("linked to the application");
    assert_eq!(report.updated_count, Some(2));

    client
        .send(ops::UnrentNumber::new(number.as_str()))
        .expect("given back");

    let linked = client
        .send(ops::GetCampaignNumbers::new(campaign.as_str()))
        .expect("campaign numbers");
    let linked: Vec<_> = linked
        .phone_numbers
        .unwrap_or_default()
        .into_iter()
        .map(|n| n.number)
        .collect();
    assert_eq!(linked, std::slice::from_ref(&kept));
    let listed = client
        .send(ops::GetPhoneNumberCompliances::new().expand(["linked_numbers"]))
        .expect("applications");
    let numbers: Vec<_> = listed.objects[0]
        .linked_numbers
        .iter()
        .flatten()
        .map(|l| l.number.clone())
        .collect();
    assert_eq!(numbers, [Some(format!("+{kept}"))]);

    // With its last number given back the campaign has none left and can be deleted.
    client
        .send(ops::UnrentNumber::new(kept.as_str()))
        .expect("given back");
    client
        .send(ops::DeleteCampaign::new(campaign.as_str()))
        .expect("a campaign without numbers is deleted");
}
