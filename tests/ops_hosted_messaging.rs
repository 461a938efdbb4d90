//! Hosted messaging: the LOA upload on the wire (parts parsed back and compared), the other
//! operations typed and in the JSON form, answers decoded without loss, and the sandbox's
//! flow (upload an LOA → order a hosted number under it → list → get; an LOA in use cannot be
//! deleted).

mod common;

use common::multipart::*;
use common::*;
use mockito::Server;
use plivo::models::{HostedMessagingNumber, Loa, Page};
use plivo::ops::{
    CreateApplication, CreateHostedMessagingNumber, CreateLoa, DeleteLoa, File,
    GetHostedMessagingNumbers, GetLoas, GetSingleHostedMessagingNumber, GetSingleLoa,
};
use plivo::{Operation, OperationKind};
use serde_json::json;

const LOA_ANSWER: &str = r#"{"api_id":"a-1","message":"created","loa_id":"l-1","alias":"acme",
    "file":"https://media.plivo.com/loa.pdf","linked_numbers":[],"resource_uri":"/v1/x/",
    "created_at":"2024-01-01T00:00:00Z","new_key":{"kept":true}}"#;

#[test]
fn create_loa_sends_alias_then_one_file_part() {
    let typed: Operation = CreateLoa::new(
        "acme",
        File::from_bytes("loa.pdf", None, b"%PDF-1.4\r\n--x".to_vec()),
    )
    .into();
    let from_json = Operation::from_value(&json!({"operation": "createLoa", "params": {
        "alias": "acme", "file": {"filename": "loa.pdf", "base64": "JVBERi0xLjQNCi0teA=="}}}))
    .expect("JSON form");
    assert_eq!(from_json, typed);
    let mut server = Server::new();
    let (mock, seen) = multipart_mock(
        &mut server,
        "POST",
        "HostedMessagingNumber/LOA/",
        201,
        LOA_ANSWER,
        2,
    );
    let client = client_for(&server);
    for op in [typed, from_json] {
        let resp = client.call(op).expect("uploaded");
        assert_eq!(resp.status(), 201);
        let loa: Loa = resp.decode().expect("model");
        assert_eq!(loa.loa_id, "l-1");
        assert_eq!(loa.extra["new_key"]["kept"], true);
    }
    mock.assert();
    let want = vec![
        ReadPart {
            name: "alias".into(),
            filename: None,
            content_type: None,
            data: b"acme".to_vec(),
        },
        file_part("loa.pdf", "application/pdf", b"%PDF-1.4\r\n--x"),
    ];
    for (content_type, body) in seen.lock().expect("lock").iter() {
        assert_eq!(read_parts(content_type, body), want);
    }
}

#[test]
fn bad_loa_uploads_are_refused_before_sending() {
    assert_invalid(
        CreateLoa::new(" ", File::from_bytes("a.pdf", None, vec![1])),
        "alias",
    );
    assert_invalid(
        CreateLoa::new("a", File::from_path("/no/such/dir/loa.pdf")),
        "file",
    );
    assert_invalid_json(
        json!({"operation": "createLoa", "params": {"alias": "a"}}),
        "file",
    );
}

#[test]
fn the_other_operations_on_the_wire() {
    assert_both(
        GetLoas::new().alias("acme").limit(5).offset(5),
        json!({"operation": "getLoas", "params": {"alias": "acme", "limit": 5, "offset": "5"}}),
        Expect::get("HostedMessagingNumber/LOA/").query(&[
            ("alias", "acme"),
            ("limit", "5"),
            ("offset", "5"),
        ]),
    );
    assert_both(
        GetSingleLoa::new("l/1"),
        json!({"operation": "getSingleLoa", "params": {"loaId": "l/1"}}),
        Expect::get("HostedMessagingNumber/LOA/l%2F1/"),
    );
    assert_both(
        DeleteLoa::new("l-1"),
        json!({"operation": "deleteLoa", "params": {"loa_id": "l-1"}}),
        Expect::delete("HostedMessagingNumber/LOA/l-1/"),
    );
    assert_both(
        CreateHostedMessagingNumber::new("shop", "app-1", "l-1", "+14155550123"),
        json!({"operation": "createHostedMessagingNumber", "params": {"alias": "shop",
            "applicationId": "app-1", "loa_id": "l-1", "number": "+14155550123"}}),
        Expect::post(
            "HostedMessagingNumber/",
            json!({"alias": "shop", "application_id": "app-1", "loa_id": "l-1", "number": "+14155550123"}),
        )
        .status(201),
    );
    assert_both(
        GetHostedMessagingNumbers::new()
            .hosted_status("completed")
            .loa_id("l-1")
            .number("14155550123")
            .alias("shop")
            .limit(20),
        json!({"operation": "getHostedMessagingNumbers", "params": {"hostedStatus": "completed",
            "loaId": "l-1", "number": "14155550123", "alias": "shop", "limit": 20}}),
        Expect::get("HostedMessagingNumber/").query(&[
            ("hosted_status", "completed"),
            ("loa_id", "l-1"),
            ("number", "14155550123"),
            ("alias", "shop"),
            ("limit", "20"),
        ]),
    );
    assert_both(
        GetSingleHostedMessagingNumber::new("h 1"),
        json!({"operation": "getSingleHostedMessagingNumber", "params": {
            "hosted_messaging_number_id": "h 1"}}),
        Expect::get("HostedMessagingNumber/h%201/"),
    );
    assert_invalid(
        CreateHostedMessagingNumber::new("s", "a", "l", "4415550123"),
        "number",
    );
    assert_invalid(
        CreateHostedMessagingNumber::new("s", "", "l", "14155550123"),
        "applicationId",
    );
    assert_invalid(GetLoas::new().limit(0), "limit");
    assert_eq!(
        OperationKind::GetLoas.list_shape(),
        Some(plivo::ListShape::MetaResponse)
    );
    assert_eq!(
        OperationKind::GetHostedMessagingNumbers.list_shape(),
        Some(plivo::ListShape::MetaResponse)
    );
}

#[test]
fn answers_decode_without_loss() {
    let loa: Loa = decodes_losslessly(LOA_ANSWER);
    assert_eq!(loa.alias.as_deref(), Some("acme"));
    // plivo-php reads the order's id as `order_id`: it decodes too, kept in `extra`.
    let order: HostedMessagingNumber = decodes_losslessly(
        r#"{"api_id":"a","order_id":"o-1","alias":"s","application":"app","number":"14155550123",
        "loa_id":"l-1","hosted_status":"completed","failure_reason":"","created_at":"x",
        "resource_uri":"/r/"}"#,
    );
    assert_eq!(order.hosted_messaging_number_id, None);
    assert_eq!(order.extra["order_id"], "o-1");
    let page: Page<Loa> = serde_json::from_str(
        r#"{"api_id":"a","meta_response":{"limit":1,"offset":0,"next":"/v1/Account/X/HostedMessagingNumber/LOA/?limit=1&offset=1","previous":null,"total_count":2},
        "objects":[{"loa_id":"l-1","alias":"a","linked_numbers":["14155550123"]}]}"#,
    )
    .expect("meta_response page");
    assert_eq!(page.meta.total_count, Some(2));
    assert_eq!(
        page.objects[0].linked_numbers.as_ref().map(Vec::len),
        Some(1)
    );
}

#[test]
fn upload_loa_then_host_a_number_under_it() {
    let sandbox = plivo::sandbox::Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let app = client
        .send(CreateApplication::new("sms", "https://example.com/answer"))
        .expect("app");
    let mut loas = Vec::new();
    for i in 0..3 {
        let loa = client
            .send(CreateLoa::new(
                format!("loa-{i}"),
                File::from_bytes(format!("letter{i}.pdf"), None, vec![b'%'; 10 + i]),
            ))
            .expect("uploaded");
        loas.push(loa.loa_id.clone());
    }
    let file = sandbox.loa_file(&loas[2]).expect("kept");
    assert_eq!(
        (file.name.as_str(), file.content_type.as_str(), file.size),
        ("letter2.pdf", "application/pdf", 12)
    );
    // Past one page, under `meta_response`.
    let raw = client.call(GetLoas::new().limit(2)).expect("raw");
    assert!(raw.body().get("meta").is_none());
    assert_eq!(raw.body()["meta_response"]["total_count"], 3);
    let page = client
        .send(GetLoas::new().limit(2).offset(2))
        .expect("page 2");
    assert_eq!(page.objects.len(), 1);
    assert_eq!(page.objects[0].loa_id, loas[0]);
    assert_eq!(
        client
            .send(GetLoas::new().alias("loa-1"))
            .expect("alias")
            .objects
            .len(),
        1
    );

    // An order needs an LOA and an application that exist.
    let err = client
        .send(CreateHostedMessagingNumber::new(
            "shop",
            app.app_id.as_str(),
            "no-loa",
            "14155550123",
        ))
        .expect_err("no LOA");
    assert_eq!(err.status(), Some(400));
    let err = client
        .send(CreateHostedMessagingNumber::new(
            "shop",
            "no-app",
            loas[0].as_str(),
            "14155550123",
        ))
        .expect_err("no app");
    assert_eq!(err.status(), Some(400));
    let order = client
        .send(CreateHostedMessagingNumber::new(
            "shop",
            app.app_id.as_str(),
            loas[0].as_str(),
            "14155550123",
        ))
        .expect("ordered");
    let id = order.hosted_messaging_number_id.clone().expect("id");
    assert_eq!(order.loa_id.as_deref(), Some(loas[0].as_str()));
    let err = client
        .send(CreateHostedMessagingNumber::new(
            "again",
            app.app_id.as_str(),
            loas[1].as_str(),
            "14155550123",
        ))
        .expect_err("hosted already");
    assert_eq!(err.status(), Some(400));

    let listed = client
        .send(GetHostedMessagingNumbers::new().loa_id(loas[0].as_str()))
        .expect("list");
    assert_eq!(listed.objects.len(), 1);
    assert_eq!(listed.meta.total_count, Some(1));
    let one = client
        .send(GetSingleHostedMessagingNumber::new(id.as_str()))
        .expect("get");
    assert_eq!(one.number.as_deref(), Some("14155550123"));
    assert_eq!(one.hosted_status.as_deref(), Some("pending"));
    let loa = client
        .send(GetSingleLoa::new(loas[0].as_str()))
        .expect("loa");
    assert_eq!(loa.linked_numbers, Some(vec![json!("14155550123")]));

    // An LOA in use stays; an unused one goes, then 404.
    let err = client
        .send(DeleteLoa::new(loas[0].as_str()))
        .expect_err("in use");
    assert_eq!(err.status(), Some(400));
    client
        .send(DeleteLoa::new(loas[1].as_str()))
        .expect("deleted");
    assert!(
        client
            .send(GetSingleLoa::new(loas[1].as_str()))
            .expect_err("gone")
            .is_not_found()
    );
    assert!(sandbox.loa_file(&loas[1]).is_none());
    assert!(
        client
            .send(GetSingleHostedMessagingNumber::new("nope"))
            .expect_err("404")
            .is_not_found()
    );
}
