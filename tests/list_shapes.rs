//! Every list shape Plivo answers (see `plivo::ListShape`): `Page<T>` decodes each recorded
//! answer in one pass and keeps what it does not know, the walkers (`pages`, `items`,
//! `call_pages`) follow `next` where each shape keeps it, send exactly the expected requests,
//! stop on the last page without another request, and refuse a `next` that does not move on.

mod common;

use common::*;
use mockito::Server;
use plivo::models::{Page, VerifySession};
use plivo::ops::{GetConferences, GetMessages, GetVerifySessions};
use plivo::{Error, ListShape, OperationKind};
use serde_json::{Value, json};

fn fixture(text: &str) -> Value {
    serde_json::from_str(text).expect("fixture is JSON")
}

/// Decodes `body` as a page, checks its shape, and that writing it back gives `body` (less
/// its nulls, which models leave out).
fn page_of(body: &Value, shape: ListShape) -> Page<Value> {
    let page: Page<Value> = serde_json::from_value(body.clone()).expect("decodes");
    assert_eq!(page.shape, shape);
    assert_eq!(
        without_nulls(&serde_json::to_value(&page).expect("serializes")),
        without_nulls(body),
        "{shape:?} written back as read"
    );
    page
}

#[test]
fn every_recorded_list_shape_decodes_into_a_page() {
    // `objects` with `meta.count` (multi-party calls, streams, toll-free verifications).
    for (text, count, next) in [
        (
            include_str!("data/fixtures/multiPartyCallsListMpcResponse.json"),
            199,
            Some("/v1/Account/MAXXXXXXXXXXXXXXXXXX/MultiPartyCall/?limit=20&offset=20"),
        ),
        (
            include_str!("data/fixtures/liveCallStreamGetAllResponse.json"),
            1,
            None,
        ),
        (
            include_str!("data/fixtures/tollfreeVerificationListResponse.json"),
            2,
            None,
        ),
    ] {
        let body = fixture(text);
        let page = page_of(&body, ListShape::Objects);
        assert_eq!(page.meta.total_count, Some(count));
        assert_eq!(page.meta.next.as_deref(), next);
        assert_eq!(page.meta.extra["count"], count, "`count` stays as sent");
        assert_eq!(
            page.objects.len(),
            body["objects"].as_array().expect("objects").len()
        );
    }
    // Named keys, meta without `total_count` (and without `previous` but for sessions).
    for (text, key, len) in [
        (
            include_str!("data/fixtures/brandListResponse.json"),
            "brands",
            10,
        ),
        (
            include_str!("data/fixtures/campaignListResponse.json"),
            "campaigns",
            10,
        ),
        (
            include_str!("data/fixtures/profileListResponse.json"),
            "profiles",
            10,
        ),
        (
            include_str!("data/fixtures/sessionListResponse.json"),
            "sessions",
            20,
        ),
        (
            include_str!("data/fixtures/phoneNumberComplianceListResponse.go.json"),
            "compliances",
            2,
        ),
    ] {
        let body = fixture(text);
        let page = page_of(&body, ListShape::Named(key));
        assert_eq!(page.objects.len(), len, "{key}");
        assert_eq!(&Value::Array(page.objects.clone()), &body[key], "{key}");
        assert!(page.extra.is_empty(), "{key}: {:?}", page.extra);
        assert_eq!(ListShape::Named(key).items(&body).map(Vec::len), Some(len));
        assert_eq!(
            ListShape::Named(key).next(&body),
            page.meta.next.as_deref(),
            "{key}"
        );
    }
    // The compliance list does send `total_count`.
    let compliances = fixture(include_str!(
        "data/fixtures/phoneNumberComplianceListResponse.go.json"
    ));
    assert_eq!(
        page_of(&compliances, ListShape::Named("compliances"))
            .meta
            .total_count,
        Some(2)
    );
    // The masking sessions' `response` wrapper.
    let masking = fixture(include_str!(
        "data/fixtures/maskingSessionListResponse.json"
    ));
    let page = page_of(&masking, ListShape::Wrapped);
    assert_eq!(page.objects.len(), 7);
    assert_eq!(page.meta.total_count, Some(7));
    assert_eq!(page.meta.next, None);
    assert!(page.api_id.is_some());
    assert_eq!(ListShape::Wrapped.items(&masking).map(Vec::len), Some(7));
    assert_eq!(ListShape::Wrapped.next(&masking), None);
    // Hosted messaging's `meta_response` (no recorded answer; the catalog's shape).
    let hosted = json!({
        "api_id": "h-1",
        "meta_response": {"limit": 20, "offset": 0, "next": "https://api.plivo.com/v1/Account/MA/HostedMessagingNumber/?limit=20&offset=20",
                          "previous": null, "total_count": 21},
        "objects": [{"hosted_messaging_number_id": "h", "number": "14155550100"}],
    });
    let page = page_of(&hosted, ListShape::MetaResponse);
    assert_eq!(page.meta.total_count, Some(21));
    assert_eq!(
        ListShape::MetaResponse.next(&hosted),
        Some("https://api.plivo.com/v1/Account/MA/HostedMessagingNumber/?limit=20&offset=20")
    );
}

#[test]
fn unknown_fields_are_kept_in_every_shape() {
    // The first list key read is the page's (in the order of the text).
    let page: Page<VerifySession> = serde_json::from_str(
        r#"{"api_id": "a", "meta": {"limit": 20, "offset": 0, "next": null, "cursor": "c"},
            "sessions": [{"session_uuid": "s", "shiny": true}],
            "objects": ["not", "the", "items"], "later": {"k": 1}}"#,
    )
    .expect("decodes");
    assert_eq!(page.shape, ListShape::Named("sessions"));
    assert_eq!(page.objects[0].extra["shiny"], true);
    assert_eq!(page.meta.extra["cursor"], "c");
    assert_eq!(page.extra["later"], json!({"k": 1}));
    assert_eq!(
        page.extra["objects"],
        json!(["not", "the", "items"]),
        "a second list key is kept, not read"
    );

    let wrapped: Page<Value> = serde_json::from_value(json!({
        "api_id": "a",
        "response": {"meta": {"limit": 20, "offset": 0, "total_count": 1}, "objects": [1], "inner": "x"},
        "outer": "y",
    }))
    .expect("decodes");
    assert_eq!(wrapped.extra["outer"], "y");
    assert_eq!(wrapped.extra["response"], json!({"inner": "x"}));
    assert_eq!(
        serde_json::to_value(&wrapped).expect("json"),
        json!({"api_id": "a", "outer": "y",
               "response": {"meta": {"limit": 20, "offset": 0, "total_count": 1}, "objects": [1], "inner": "x"}})
    );

    let both = serde_json::from_value::<Page<Value>>(json!({
        "meta": {"limit": 20, "offset": 0}, "response": {"meta": {"limit": 20, "offset": 0}, "objects": []}
    }))
    .expect_err("two metas");
    assert!(both.to_string().contains("`response`"), "{both}");
    let missing =
        serde_json::from_value::<Page<Value>>(json!({"meta": {"limit": 20, "offset": 0}}))
            .expect_err("no items");
    assert!(
        missing.to_string().contains("missing field `objects`"),
        "{missing}"
    );
    let duplicate = serde_json::from_str::<Page<Value>>(
        r#"{"meta":{"limit":1,"offset":0},"sessions":[],"sessions":[]}"#,
    )
    .expect_err("duplicate");
    assert!(
        duplicate.to_string().contains("duplicate field `sessions`"),
        "{duplicate}"
    );
}

#[test]
fn every_row_names_its_shape() {
    for kind in OperationKind::ALL {
        let shape = kind.list_shape();
        assert_eq!(
            kind.is_paged(),
            shape.is_some_and(ListShape::is_paged),
            "{}: paged params and the row's shape disagree",
            kind.name()
        );
        if let Some(shape) = shape {
            assert_eq!(kind.method(), "GET", "{}", kind.name());
            if let ListShape::Named(key) = shape {
                assert!(ListShape::NAMED_KEYS.contains(&key), "{key}");
            }
        }
    }
    assert_eq!(
        OperationKind::GetLiveCalls.list_shape(),
        Some(ListShape::Unpaged("calls"))
    );
    assert_eq!(
        OperationKind::GetMessageMedia.list_shape(),
        Some(ListShape::Unpaged("objects"))
    );
    assert_eq!(
        OperationKind::GetMessages.list_shape(),
        Some(ListShape::Objects)
    );
}

/// A sessions page as Plivo answers it: the fixture with `meta` set for `offset`, `count`
/// sessions, and `next` as given (`None`: no `next` key at all, as the named lists end).
fn sessions_page(offset: usize, count: usize, next: Option<String>) -> String {
    let mut body = fixture(include_str!("data/fixtures/sessionListResponse.json"));
    let sessions = body["sessions"].as_array().expect("sessions")[..count].to_vec();
    body["sessions"] = Value::Array(sessions);
    let meta = body["meta"].as_object_mut().expect("meta");
    meta.insert("offset".into(), json!(offset));
    meta.insert("limit".into(), json!(5));
    meta.remove("previous");
    match next {
        Some(next) => meta.insert("next".into(), json!(next)),
        None => meta.remove("next"),
    };
    body.to_string()
}

fn sessions_query(offset: usize) -> Vec<(&'static str, String)> {
    vec![
        ("limit", "5".into()),
        ("offset", offset.to_string()),
        ("recipient", "8097480999".into()),
    ]
}

/// Three pages of 5, 5 and 2 sessions; `next` relative, then absolute, then absent.
fn mount_sessions(server: &mut Server) -> Vec<mockito::Mock> {
    let path = format!("/v1/Account/{AUTH_ID}/Verify/Session/");
    vec![
        mount_page(
            server,
            "Verify/Session/",
            &sessions_query(0),
            sessions_page(0, 5, Some(format!("{path}?limit=5&offset=5"))),
        ),
        mount_page(
            server,
            "Verify/Session/",
            &sessions_query(5),
            sessions_page(
                5,
                5,
                Some(format!("https://api.plivo.com{path}?offset=10&limit=5")),
            ),
        ),
        mount_page(
            server,
            "Verify/Session/",
            &sessions_query(10),
            sessions_page(10, 2, None),
        ),
    ]
}

fn assert_all(mocks: &[mockito::Mock]) {
    for mock in mocks {
        mock.assert();
    }
}

#[test]
fn pages_and_items_walk_a_named_list_and_stop_on_its_last_page() {
    let op = GetVerifySessions::new().recipient("8097480999").limit(5);
    let mut server = Server::new();
    let mocks = mount_sessions(&mut server);
    let stray = mount_stray(&mut server);
    let client = client_for(&server);
    let pages: Vec<Page<VerifySession>> = client
        .pages(op.clone())
        .collect::<Result<_, _>>()
        .expect("walks");
    assert_eq!(
        pages.iter().map(|p| p.objects.len()).collect::<Vec<_>>(),
        [5, 5, 2]
    );
    assert_eq!(
        pages.iter().map(|p| p.meta.offset).collect::<Vec<_>>(),
        [0, 5, 10]
    );
    assert_eq!(pages[2].meta.next, None);
    assert_all(&mocks);
    assert_all(&stray);

    let mut server = Server::new();
    let mocks = mount_sessions(&mut server);
    let stray = mount_stray(&mut server);
    let client = client_for(&server);
    let items: Vec<VerifySession> = client.items(op).collect::<Result<_, _>>().expect("walks");
    assert_eq!(items.len(), 12);
    assert_all(&mocks);
    assert_all(&stray);
}

#[test]
fn call_pages_reads_next_where_the_shape_keeps_it() {
    let op = plivo::Operation::from_value(&json!({"operation": "getVerifySessions",
        "params": {"recipient": "8097480999", "limit": 5}}))
    .expect("op");
    let shape = op.kind().list_shape().expect("a list");
    let mut server = Server::new();
    let mocks = mount_sessions(&mut server);
    let stray = mount_stray(&mut server);
    let client = client_for(&server);
    let counts: Vec<usize> = client
        .call_pages(op)
        .map(|page| {
            let page = page.expect("page");
            shape.items(page.body()).expect("sessions").len()
        })
        .collect();
    assert_eq!(counts, [5, 5, 2]);
    assert_all(&mocks);
    assert_all(&stray);
}

/// A message page with `meta.count`, no `previous`, and `next` as given.
fn count_page(offset: usize, next: Value) -> String {
    json!({
        "api_id": format!("a-{offset}"),
        "meta": {"count": 3, "limit": 2, "offset": offset, "next": next},
        "objects": [{"message_uuid": format!("m-{offset}")}],
    })
    .to_string()
}

#[test]
fn count_metas_and_absolute_next_uris_are_walked_typed_and_raw() {
    let mount = |server: &mut Server| {
        vec![
            mount_page(
                server,
                "Message/",
                &[("limit", "2".into()), ("offset", "0".into())],
                count_page(
                    0,
                    json!(
                        "https://api.plivo.com/v1/Account/MAXXXXXXXXXXXXXXXXXX/Message/?limit=2&offset=2"
                    ),
                ),
            ),
            mount_page(
                server,
                "Message/",
                &[("limit", "2".into()), ("offset", "2".into())],
                count_page(2, Value::Null),
            ),
        ]
    };
    let mut server = Server::new();
    let mocks = mount(&mut server);
    let stray = mount_stray(&mut server);
    let pages: Vec<_> = client_for(&server)
        .pages(GetMessages::new().limit(2))
        .collect::<Result<Vec<_>, _>>()
        .expect("walks");
    assert_eq!(pages.len(), 2);
    assert!(pages.iter().all(|p| p.meta.total_count == Some(3)));
    assert_all(&mocks);
    assert_all(&stray);

    let mut server = Server::new();
    let mocks = mount(&mut server);
    let stray = mount_stray(&mut server);
    let raw: Vec<_> = client_for(&server)
        .call_pages(GetMessages::new().limit(2))
        .collect::<Result<Vec<_>, _>>()
        .expect("walks");
    assert_eq!(raw.len(), 2);
    assert_all(&mocks);
    assert_all(&stray);
}

#[test]
fn a_next_that_does_not_move_forward_is_an_error_in_every_walker() {
    let path = format!("/v1/Account/{AUTH_ID}/Verify/Session/");
    let back = Some(format!("{path}?limit=5&offset=0"));
    let mount = |server: &mut Server| {
        vec![mount_page(
            server,
            "Verify/Session/",
            &sessions_query(0),
            sessions_page(0, 5, back.clone()),
        )]
    };
    let op = GetVerifySessions::new().recipient("8097480999").limit(5);

    let mut server = Server::new();
    let mocks = mount(&mut server);
    let stray = mount_stray(&mut server);
    let client = client_for(&server);
    let mut pages = client.pages(op.clone());
    assert_eq!(pages.next().expect("a page").expect("ok").objects.len(), 5);
    let err = pages.next().expect("the error").expect_err("loops");
    assert!(matches!(err, Error::Decode(_)), "{err:?}");
    assert!(err.to_string().contains("offset=0"), "{err}");
    assert!(pages.next().is_none());
    assert_all(&mocks);
    assert_all(&stray);

    let mut server = Server::new();
    let mocks = mount(&mut server);
    let stray = mount_stray(&mut server);
    let client = client_for(&server);
    let results: Vec<_> = client.call_pages(op).collect();
    assert_eq!(results.len(), 2);
    assert!(results[0].is_ok());
    assert!(matches!(results[1], Err(Error::Decode(_))));
    assert_all(&mocks);
    assert_all(&stray);
}

#[test]
fn an_unpaged_list_is_one_answer() {
    let mut server = Server::new();
    let mocks = vec![mount_page(
        &mut server,
        "Conference/",
        &[],
        fixture(include_str!("data/fixtures/conferenceListResponse.json")).to_string(),
    )];
    let stray = mount_stray(&mut server);
    let client = client_for(&server);
    let shape = OperationKind::GetConferences.list_shape().expect("a list");
    assert!(!shape.is_paged());
    let answers: Vec<_> = client
        .call_pages(GetConferences::new())
        .collect::<Result<Vec<_>, _>>()
        .expect("one answer");
    assert_eq!(answers.len(), 1);
    assert_eq!(shape.items(answers[0].body()).map(Vec::len), Some(1));
    assert_eq!(shape.next(answers[0].body()), None);
    assert_all(&mocks);
    assert_all(&stray);
}

/// `sessions_page`'s body rewritten into another shape: the `response{meta, objects}` wrapper
/// (masking sessions) or `meta_response` beside `objects` (hosted messaging).
fn reshaped(page: &str, shape: ListShape) -> String {
    let body = fixture(page);
    let meta = body["meta"].clone();
    let items = body["sessions"].clone();
    let reshaped = match shape {
        ListShape::Wrapped => {
            json!({"api_id": body["api_id"], "response": {"meta": meta, "objects": items}})
        }
        ListShape::MetaResponse => {
            json!({"api_id": body["api_id"], "meta_response": meta, "objects": items})
        }
        other => panic!("not reshaped here: {other:?}"),
    };
    reshaped.to_string()
}

#[test]
fn pages_and_items_walk_the_wrapped_and_meta_response_shapes() {
    // No operation of these shapes is built yet, and typed pages decode every shape: the
    // typed walker follows `next` wherever the shape keeps it, and stops on the last page.
    let path = format!("/v1/Account/{AUTH_ID}/Verify/Session/");
    for shape in [ListShape::Wrapped, ListShape::MetaResponse] {
        let mut server = Server::new();
        let mocks = vec![
            mount_page(
                &mut server,
                "Verify/Session/",
                &sessions_query(0),
                reshaped(
                    &sessions_page(0, 5, Some(format!("{path}?limit=5&offset=5"))),
                    shape,
                ),
            ),
            mount_page(
                &mut server,
                "Verify/Session/",
                &sessions_query(5),
                reshaped(&sessions_page(5, 3, None), shape),
            ),
        ];
        let stray = mount_stray(&mut server);
        let client = client_for(&server);
        let op = GetVerifySessions::new().recipient("8097480999").limit(5);
        let pages: Vec<Page<VerifySession>> = client
            .pages(op.clone())
            .collect::<Result<_, _>>()
            .expect("walks");
        assert_eq!(
            pages.iter().map(|p| p.objects.len()).collect::<Vec<_>>(),
            [5, 3],
            "{shape:?}"
        );
        assert_eq!(
            pages.iter().map(|p| p.meta.offset).collect::<Vec<_>>(),
            [0, 5]
        );
        assert!(pages.iter().all(|p| p.shape == shape), "{shape:?}");
        assert_all(&mocks);
        assert_all(&stray);
    }
}
