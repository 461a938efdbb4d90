//! Flows over the sandbox: account, subaccounts, applications, pricing, incoming carriers, and
//! the HTTP rules every resource shares (auth, 404, 405, 400, paging).

mod common;

use common::sandbox::raw;
use plivo::Error;
use plivo::ops;
use plivo::sandbox::Sandbox;
use serde_json::{Value, json};

fn assert_error_shape(body: &Value) {
    assert!(body["api_id"].is_string(), "{body}");
    assert!(body["error"].is_string(), "{body}");
}

#[test]
fn http_rules_shared_by_every_resource() {
    let sandbox = Sandbox::start().expect("sandbox");
    let (status, body) = raw(&sandbox, "GET", "", Some("wrong-token"), None);
    assert_eq!(status, 401);
    assert_error_shape(&body);
    let (status, body) = raw(&sandbox, "GET", "Application/?limit=21", None, None);
    assert_eq!(status, 400);
    assert_error_shape(&body);
    let (status, body) = raw(&sandbox, "DELETE", "Pricing/", None, None);
    assert_eq!(status, 405);
    assert_error_shape(&body);
    let (status, body) = raw(&sandbox, "GET", "NoSuchThing/", None, None);
    assert_eq!(status, 404);
    assert_error_shape(&body);
    let (status, _) = raw(&sandbox, "GET", "Application/12345/", None, None);
    assert_eq!(status, 404);

    let wrong = sandbox
        .client_for(sandbox.auth_id(), "not-the-token")
        .expect("client");
    let err = wrong.call(ops::GetAccountDetails::new()).expect_err("401");
    assert!(err.is_auth(), "{err}");
}

/// The official Node SDK sends the JSON string `""` as the body of a DELETE or GET without
/// parameters; Plivo takes it, and so must the sandbox, like an empty body or `{}`.
#[test]
fn empty_quoted_and_object_bodies_mean_no_parameters_on_every_method() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    for body in [None, Some(""), Some("\"\""), Some("{}"), Some(" \"\" ")] {
        let app = client
            .send(ops::CreateApplication::new(
                "empties",
                "https://example.com/answer",
            ))
            .expect("created");
        let id = app.app_id.clone();
        let (status, got) = raw(&sandbox, "GET", &format!("Application/{id}/"), None, body);
        assert_eq!(status, 200, "GET with body {body:?}: {got}");
        assert_eq!(got["app_id"], id.as_str());
        // An account update with no fields reaches the handler, which wants one.
        let (status, got) = raw(&sandbox, "POST", "", None, body);
        assert_eq!(status, 400, "POST without fields, body {body:?}: {got}");
        assert_eq!(got["error"], "one of name, city or address is required");
        let (status, got) = raw(
            &sandbox,
            "DELETE",
            &format!("Application/{id}/"),
            None,
            body,
        );
        assert_eq!(status, 204, "DELETE with body {body:?}: {got}");
        let (status, _) = raw(&sandbox, "GET", &format!("Application/{id}/"), None, None);
        assert_eq!(status, 404, "deleted");
    }
    // Anything else is still refused.
    for bad in ["\"x\"", "[]", "null", "1", "not json"] {
        let (status, got) = raw(&sandbox, "DELETE", "Application/1/", None, Some(bad));
        assert_eq!(status, 400, "body {bad:?}: {got}");
        assert_error_shape(&got);
    }
}

#[test]
fn account_details_and_update() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let account = client.call(ops::GetAccountDetails::new()).expect("account");
    assert_eq!(account.status(), 200);
    assert_eq!(account.body()["auth_id"], sandbox.auth_id());
    assert!(account.body()["cash_credits"].is_string());

    let changed = client
        .call(
            ops::UpdateAccount::new()
                .name("Ada Lovelace")
                .city("London"),
        )
        .expect("update");
    assert_eq!(changed.status(), 202);
    assert_eq!(changed.body()["message"], "changed");
    let account = client.call(ops::GetAccountDetails::new()).expect("account");
    assert_eq!(account.body()["name"], "Ada Lovelace");
    assert_eq!(account.body()["city"], "London");
}

#[test]
fn subaccounts_create_read_page_update_delete() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let mut ids = Vec::new();
    for i in 0..23 {
        let created = client
            .call(ops::CreateSubaccount::new(format!("team {i}")).enabled(i == 0))
            .expect("create");
        assert_eq!(created.status(), 201);
        assert_eq!(created.body()["message"], "created");
        let id = created.body()["auth_id"]
            .as_str()
            .expect("auth_id")
            .to_owned();
        assert!(id.starts_with("SA") && id.len() == 20, "{id}");
        ids.push((
            id,
            created.body()["auth_token"]
                .as_str()
                .expect("token")
                .to_owned(),
        ));
    }

    let first = client.call(ops::GetSubaccounts::new()).expect("page 1");
    let meta = &first.body()["meta"];
    assert_eq!(meta["total_count"], 23);
    assert_eq!(meta["limit"], 20);
    assert_eq!(meta["offset"], 0);
    assert_eq!(meta["previous"], Value::Null);
    assert_eq!(
        meta["next"],
        format!(
            "/v1/Account/{}/Subaccount/?limit=20&offset=20",
            sandbox.auth_id()
        )
    );
    assert_eq!(first.body()["objects"].as_array().map(Vec::len), Some(20));
    let second = client
        .call(ops::GetSubaccounts::new().offset(20))
        .expect("page 2");
    assert_eq!(second.body()["objects"].as_array().map(Vec::len), Some(3));
    assert_eq!(second.body()["meta"]["next"], Value::Null);
    assert_eq!(
        second.body()["meta"]["previous"],
        format!(
            "/v1/Account/{}/Subaccount/?limit=20&offset=0",
            sandbox.auth_id()
        )
    );

    // An enabled subaccount's own credentials work; a disabled one's do not.
    let (enabled_id, enabled_token) = &ids[0];
    let sub_client = sandbox
        .client_for(enabled_id, enabled_token)
        .expect("client");
    assert_eq!(
        sub_client
            .call(ops::GetPricing::new("US"))
            .expect("sub call")
            .status(),
        200
    );
    let (disabled_id, disabled_token) = &ids[1];
    let disabled = sandbox
        .client_for(disabled_id, disabled_token)
        .expect("client");
    assert!(
        disabled
            .call(ops::GetPricing::new("US"))
            .expect_err("disabled")
            .is_auth()
    );

    let one = client
        .call(ops::GetSingleSubaccount::new(disabled_id.as_str()))
        .expect("get");
    assert_eq!(one.body()["name"], "team 1");
    assert_eq!(one.body()["enabled"], false);
    let updated = client
        .call(ops::UpdateSubaccount::new(disabled_id.as_str(), "renamed").enabled(true))
        .expect("update");
    assert_eq!(updated.status(), 202);
    // A rename that does not mention `enabled` leaves it as it was.
    client
        .call(ops::UpdateSubaccount::new(
            disabled_id.as_str(),
            "renamed again",
        ))
        .expect("rename");
    let one = client
        .call(ops::GetSingleSubaccount::new(disabled_id.as_str()))
        .expect("get");
    assert_eq!(
        (one.body()["name"].clone(), one.body()["enabled"].clone()),
        (json!("renamed again"), json!(true))
    );
    assert!(
        disabled.call(ops::GetPricing::new("US")).is_ok(),
        "now enabled"
    );

    let deleted = client
        .call(ops::DeleteSubaccount::new(disabled_id.as_str()))
        .expect("delete");
    assert_eq!(deleted.status(), 204);
    let err = client
        .call(ops::GetSingleSubaccount::new(disabled_id.as_str()))
        .expect_err("gone");
    assert!(err.is_not_found(), "{err}");
    assert!(matches!(err, Error::Api(ref e) if e.api_id.is_some()));
}

#[test]
fn deleting_a_subaccount_moves_or_cascades_its_applications() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let mut subs = Vec::new();
    for name in ["moves", "cascades"] {
        let sub = client.call(ops::CreateSubaccount::new(name)).expect("sub");
        let id = sub.body()["auth_id"].as_str().expect("id").to_owned();
        let app = client
            .call(
                ops::CreateApplication::new(format!("{name} app"), "https://example.com/a")
                    .subaccount(id.as_str()),
            )
            .expect("app");
        subs.push((
            id,
            app.body()["app_id"].as_str().expect("app id").to_owned(),
        ));
    }
    let listed = client
        .call(ops::GetApplications::new().subaccount(subs[0].0.as_str()))
        .expect("filter");
    assert_eq!(listed.body()["meta"]["total_count"], 1);

    client
        .call(ops::DeleteSubaccount::new(subs[0].0.as_str()))
        .expect("delete");
    let moved = client
        .call(ops::GetSingleApplication::new(subs[0].1.as_str()))
        .expect("still there");
    assert_eq!(moved.body()["sub_account"], Value::Null);

    client
        .call(ops::DeleteSubaccount::new(subs[1].0.as_str()).cascade(true))
        .expect("cascade");
    let err = client
        .call(ops::GetSingleApplication::new(subs[1].1.as_str()))
        .expect_err("deleted");
    assert!(err.is_not_found());
}

#[test]
fn applications_create_read_page_update_delete() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let mut ids = Vec::new();
    for i in 0..21 {
        let created = client
            .call(
                ops::CreateApplication::new(format!("app {i}"), "https://example.com/answer")
                    .answer_method(ops::HttpMethod::Get)
                    .default_number_app(i == 3),
            )
            .expect("create");
        assert_eq!(created.status(), 201);
        let id = created.body()["app_id"]
            .as_str()
            .expect("app_id")
            .to_owned();
        assert_eq!(id.len(), 17);
        ids.push(id);
    }
    let page = client
        .call(ops::GetApplications::new().limit(20))
        .expect("page");
    assert_eq!(page.body()["meta"]["total_count"], 21);
    assert_eq!(page.body()["objects"].as_array().map(Vec::len), Some(20));
    let by_name = client
        .call(ops::GetApplications::new().app_name("app 3"))
        .expect("filter");
    assert_eq!(by_name.body()["objects"][0]["app_id"], ids[3].as_str());
    assert_eq!(by_name.body()["objects"][0]["default_app"], true);

    let app = client
        .call(ops::GetSingleApplication::new(ids[0].as_str()))
        .expect("get");
    assert_eq!(app.body()["answer_method"], "GET");
    assert_eq!(app.body()["hangup_url"], "https://example.com/answer");
    assert_eq!(
        app.body()["sip_uri"],
        format!("sip:{}@app.plivo.com", ids[0])
    );

    let changed = client
        .call(ops::UpdateApplication::new(ids[0].as_str()).message_url("https://example.com/sms"))
        .expect("update");
    assert_eq!(changed.status(), 202);
    let app = client
        .call(ops::GetSingleApplication::new(ids[0].as_str()))
        .expect("get");
    assert_eq!(app.body()["message_url"], "https://example.com/sms");
    assert_eq!(
        app.body()["answer_method"],
        "GET",
        "an update keeps what it does not mention"
    );

    assert_eq!(
        client
            .call(ops::DeleteApplication::new(ids[0].as_str()))
            .expect("delete")
            .status(),
        204
    );
    assert!(
        client
            .call(ops::GetSingleApplication::new(ids[0].as_str()))
            .expect_err("gone")
            .is_not_found()
    );
    assert!(
        client
            .call(ops::DeleteApplication::new(ids[0].as_str()))
            .expect_err("twice")
            .is_not_found()
    );
}

#[test]
fn pricing_for_a_handful_of_countries() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    for iso in ["US", "CA", "GB", "DE", "IN", "AU"] {
        let price = client.call(ops::GetPricing::new(iso)).expect("price");
        assert_eq!(price.body()["country_iso"], iso);
        assert!(price.body()["message"]["outbound"]["rate"].is_string());
        assert!(price.body()["voice"]["outbound"]["rates"][0]["prefix"].is_array());
    }
    assert!(
        client
            .call(ops::GetPricing::new("ZZ"))
            .expect_err("unknown")
            .is_not_found()
    );
}

#[test]
fn incoming_carriers_are_plain_crud() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let created = client
        .call(ops::AddIncomingCarrier::new(
            "Acme Telecom",
            ["10.0.0.1", "10.0.0.2"],
        ))
        .expect("create");
    assert_eq!(created.status(), 201);
    let id = created.body()["carrier_id"]
        .as_str()
        .expect("id")
        .to_owned();
    let got = client
        .call(ops::GetSingleIncomingCarrier::new(id.as_str()))
        .expect("get");
    assert_eq!(got.body()["ip_set"], "10.0.0.1,10.0.0.2");
    client
        .call(ops::UpdateIncomingCarrier::new(id.as_str()).name("Acme Voice"))
        .expect("update");
    let listed = client
        .call(ops::ListIncomingCarriers::new().name("Voice"))
        .expect("list");
    assert_eq!(listed.body()["meta"]["total_count"], 1);
    assert_eq!(listed.body()["objects"][0]["name"], "Acme Voice");
    assert_eq!(
        client
            .call(ops::RemoveIncomingCarrier::new(id.as_str()))
            .expect("remove")
            .status(),
        204
    );
    assert!(
        client
            .call(ops::GetSingleIncomingCarrier::new(id.as_str()))
            .expect_err("gone")
            .is_not_found()
    );
}

#[test]
fn ids_follow_the_seed_and_the_sandbox_stops_on_drop() {
    let ids = |seed| {
        let sandbox = Sandbox::builder().seed(seed).start().expect("sandbox");
        let created = sandbox
            .client()
            .call(ops::CreateSubaccount::new("x"))
            .expect("create");
        (
            sandbox.auth_token().to_owned(),
            created.body()["auth_id"].as_str().expect("id").to_owned(),
        )
    };
    assert_eq!(ids(42), ids(42));
    assert_ne!(ids(42), ids(43));

    let sandbox = Sandbox::builder()
        .auth_id("MA0123456789ABCDEFGH")
        .auth_token("tok")
        .start()
        .expect("sandbox");
    let client = sandbox.client();
    assert_eq!(client.auth_id(), "MA0123456789ABCDEFGH");
    client.call(ops::GetAccountDetails::new()).expect("works");
    drop(sandbox);
    let err = client
        .call(ops::GetAccountDetails::new())
        .expect_err("stopped");
    assert!(matches!(err, Error::Transport(_)), "{err:?}");
    assert!(format!("{:?}", Sandbox::start().expect("sandbox")).contains("***"));
}

/// The lists the other flow tests do not page past 20: rented numbers, recordings, carriers.
#[test]
fn more_lists_page_past_twenty() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let next = |collection: &str| {
        format!(
            "/v1/Account/{}/{collection}?limit=20&offset=20",
            sandbox.auth_id()
        )
    };

    let found = client
        .call(ops::SearchNewNumbers::new("US").limit(20))
        .expect("search");
    let mut numbers: Vec<String> = found.body()["objects"]
        .as_array()
        .expect("objects")
        .iter()
        .map(|o| o["number"].as_str().expect("number").to_owned())
        .collect();
    let more = client
        .call(ops::SearchNewNumbers::new("US").offset(20).limit(2))
        .expect("search");
    numbers.extend(
        more.body()["objects"]
            .as_array()
            .expect("objects")
            .iter()
            .map(|o| o["number"].as_str().expect("n").to_owned()),
    );
    assert_eq!(numbers.len(), 22);
    for number in &numbers {
        client
            .call(ops::BuyNumber::new(number.as_str()))
            .expect("buy");
    }
    let rented = client.call(ops::GetRentedNumbers::new()).expect("rented");
    assert_eq!(rented.body()["meta"]["total_count"], 22);
    assert_eq!(rented.body()["meta"]["next"], next("Number/"));
    let rest = client
        .call(ops::GetRentedNumbers::new().offset(20))
        .expect("rented 2");
    assert_eq!(rest.body()["objects"].as_array().map(Vec::len), Some(2));

    let call = client
        .call(ops::MakeCall::new(
            "14155550100",
            "14155550199",
            "https://example.com/a",
        ))
        .expect("call");
    let uuid = call.body()["request_uuid"]
        .as_str()
        .expect("uuid")
        .to_owned();
    for _ in 0..21 {
        client
            .call(ops::RecordCall::new(uuid.as_str()))
            .expect("record");
    }
    let recordings = client
        .call(ops::GetRecordings::new().call_uuid(uuid.as_str()))
        .expect("recordings");
    assert_eq!(recordings.body()["meta"]["total_count"], 21);
    assert_eq!(recordings.body()["meta"]["next"], next("Recording/"));

    for i in 0..21 {
        client
            .call(ops::AddIncomingCarrier::new(
                format!("carrier {i}"),
                "10.0.0.1",
            ))
            .expect("carrier");
    }
    let carriers = client
        .call(ops::ListIncomingCarriers::new())
        .expect("carriers");
    assert_eq!(carriers.body()["meta"]["total_count"], 21);
    assert_eq!(carriers.body()["meta"]["next"], next("IncomingCarrier/"));
    let last = client
        .call(ops::ListIncomingCarriers::new().offset(20))
        .expect("carriers 2");
    assert_eq!(last.body()["objects"][0]["name"], "carrier 20");
}

#[test]
fn deleting_an_application_with_a_bad_replacement_changes_nothing() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let app = client
        .send(ops::CreateApplication::new("keep", "https://example.com/a"))
        .expect("app");
    let endpoint = client
        .send(ops::CreateEndpoint::new("keeper", "secret", "Keeper").app_id(app.app_id.as_str()))
        .expect("endpoint");
    // An unknown replacement: 404, and the application and its endpoint stay as they were.
    let err = client
        .send(ops::DeleteApplication::new(app.app_id.as_str()).new_endpoint_application("404404"))
        .expect_err("unknown replacement");
    assert!(err.is_not_found(), "{err}");
    // The application itself as its replacement: 400.
    let err = client
        .send(
            ops::DeleteApplication::new(app.app_id.as_str())
                .new_endpoint_application(app.app_id.as_str()),
        )
        .expect_err("itself");
    assert_eq!(err.status(), Some(400), "{err}");
    client
        .send(ops::GetSingleApplication::new(app.app_id.as_str()))
        .expect("still there");
    let kept = client
        .call(ops::GetSingleEndpoint::new(endpoint.endpoint_id.as_str()))
        .expect("endpoint");
    assert!(
        kept.body()["application"]
            .as_str()
            .is_some_and(|uri| uri.contains(app.app_id.as_str())),
        "{}",
        kept.body()
    );
}
