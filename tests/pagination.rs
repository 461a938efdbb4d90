//! Pagination: `Client::pages` and `Client::items` over `getMessages`, against a mock server
//! that answers exactly the expected page requests (Basic auth matched, each page once) and
//! nothing else.
//!
//! mockito 1.7 picks, among the mocks that match a request, the first one (in creation order)
//! that still misses hits; when none misses hits it picks the last matching one. A catch-all
//! with `.expect(0)` never misses hits, so it can never take a first page request away from the
//! specific mocks; it is created after them so that a repeated page request (or anything else)
//! lands on it and fails its `.assert()`.

mod common;

use common::*;
use mockito::{Matcher, Mock, Server};
use plivo::ops::{GetMessages, MessageState};
use plivo::{Error, PAGE_SIZE};
use serde_json::{Value, json};

const MESSAGE_PATH: &str = "/v1/Account/MAXXXXXXXXXXXXXXXXXX/Message/";

/// One message as Plivo lists it, numbered `m-<i>`.
fn message(i: usize) -> Value {
    json!({
        "message_uuid": format!("m-{i}"),
        "message_state": "delivered",
        "message_direction": "outbound",
        "from_number": "14155550100",
        "to_number": "14155550101",
        "total_amount": "0.00650",
        "units": 1,
    })
}

/// The relative URI Plivo puts in `meta.next` / `meta.previous`.
fn page_uri(limit: usize, offset: usize) -> String {
    format!("{MESSAGE_PATH}?limit={limit}&offset={offset}")
}

/// A page body with the given objects and `meta`.
fn page_body(
    limit: usize,
    offset: usize,
    total: usize,
    next: Option<String>,
    objects: Vec<Value>,
) -> String {
    let previous = (offset > 0).then(|| page_uri(limit, offset.saturating_sub(limit)));
    json!({
        "api_id": format!("api-{offset}"),
        "meta": {
            "limit": limit,
            "offset": offset,
            "next": next,
            "previous": previous,
            "total_count": total,
        },
        "objects": objects,
    })
    .to_string()
}

/// The page of a list of `total` messages that starts at `offset`, as Plivo answers it: `next`
/// is null on the last page (and on the single empty page of an empty list).
fn standard_page(limit: usize, offset: usize, total: usize) -> String {
    let end = total.min(offset + limit);
    let next = (end < total).then(|| page_uri(limit, offset + limit));
    page_body(
        limit,
        offset,
        total,
        next,
        (offset..end).map(message).collect(),
    )
}

/// A GET of exactly `path_and_query`, with the client's Basic auth, answered once.
fn mount_get(server: &mut Server, path_and_query: &str, status: usize, body: String) -> Mock {
    server
        .mock("GET", path_and_query)
        .match_header("authorization", basic_auth().as_str())
        .with_status(status)
        .with_header("content-type", "application/json")
        .with_body(body)
        .expect(1)
        .create()
}

/// The exact path and query of the page request at `offset` with 20 per page and no filters.
fn default_page_request(offset: usize) -> String {
    format!("{MESSAGE_PATH}?limit=20&offset={offset}")
}

/// One mock per page of a list of `total` messages, walked from offset 0 with 20 per page.
fn mount_list(server: &mut Server, total: usize) -> Vec<Mock> {
    let mut mocks = vec![];
    let mut offset = 0;
    loop {
        mocks.push(mount_get(
            server,
            &default_page_request(offset),
            200,
            standard_page(20, offset, total),
        ));
        offset += 20;
        if offset >= total {
            return mocks;
        }
    }
}

/// Anything that is not one of the expected page requests: must never be hit.
fn catch_all(server: &mut Server) -> Vec<Mock> {
    ["GET", "POST", "PUT", "DELETE"]
        .into_iter()
        .map(|method| {
            server
                .mock(method, Matcher::Any)
                .with_status(418)
                .with_header("content-type", "application/json")
                .with_body(r#"{"error": "unexpected request"}"#)
                .expect(0)
                .create()
        })
        .collect()
}

fn assert_all(mocks: &[Mock]) {
    for mock in mocks {
        mock.assert();
    }
}

fn uuids(range: std::ops::Range<usize>) -> Vec<String> {
    range.map(|i| format!("m-{i}")).collect()
}

/// Walks `client.items(GetMessages::new())` over a list of `total` messages, checking each
/// item as it arrives (nothing is collected), and checks that exactly `requests` pages were
/// fetched.
fn items_over(total: usize, requests: usize) {
    let mut server = Server::new();
    let pages = mount_list(&mut server, total);
    assert_eq!(pages.len(), requests, "test setup: pages mounted");
    let others = catch_all(&mut server);
    let client = client_for(&server);

    let mut items = client.items(GetMessages::new());
    let mut count = 0;
    for item in items.by_ref() {
        let message = item.unwrap_or_else(|e| panic!("item {count} failed: {e}"));
        assert_eq!(message.message_uuid, format!("m-{count}"));
        count += 1;
    }
    assert_eq!(count, total);
    for _ in 0..3 {
        assert!(items.next().is_none(), "items must stay ended");
    }
    assert_all(&pages);
    assert_all(&others);
}

#[test]
fn page_requests_are_limit_then_offset() {
    let server = Server::new();
    let client = client_for(&server);
    let prepared = client
        .prepare(GetMessages::new().limit(20).offset(40))
        .expect("prepares");
    assert_eq!(
        prepared.url(),
        format!("{}{}", server.url(), default_page_request(40))
    );
    let prepared = client
        .prepare(
            GetMessages::new()
                .offset(40)
                .message_state(MessageState::Delivered)
                .limit(5),
        )
        .expect("prepares");
    assert_eq!(
        prepared.url(),
        format!(
            "{}{MESSAGE_PATH}?message_state=delivered&limit=5&offset=40",
            server.url()
        )
    );
    assert_eq!(PAGE_SIZE, 20);
}

#[test]
fn items_of_an_empty_list_take_one_request() {
    items_over(0, 1);
}

#[test]
fn items_of_one_item_take_one_request() {
    items_over(1, 1);
}

#[test]
fn items_of_one_full_page_take_one_request() {
    items_over(20, 1);
}

#[test]
fn items_of_one_page_and_one_item_take_two_requests() {
    items_over(21, 2);
}

#[test]
fn items_of_a_thousand_take_fifty_requests() {
    items_over(1000, 50);
}

#[test]
fn items_decode_the_message_model() {
    let mut server = Server::new();
    let pages = mount_list(&mut server, 2);
    let others = catch_all(&mut server);
    let client = client_for(&server);
    let messages: Vec<_> = client
        .items(GetMessages::new())
        .collect::<Result<_, _>>()
        .expect("items");
    assert_eq!(messages.len(), 2);
    let first = &messages[0];
    assert_eq!(first.message_uuid, "m-0");
    assert_eq!(
        first.message_state,
        Some(plivo::models::MessageState::Delivered)
    );
    assert_eq!(first.to_number.as_deref(), Some("14155550101"));
    assert_eq!(first.units, Some(1));
    assert_eq!(
        first.total_amount.as_ref().map(|d| d.as_str()),
        Some("0.00650")
    );
    assert_all(&pages);
    assert_all(&others);
}

#[test]
fn items_fetch_one_page_at_a_time() {
    let mut server = Server::new();
    let pages = mount_list(&mut server, 45);
    let others = catch_all(&mut server);
    let client = client_for(&server);

    let mut items = client.items(GetMessages::new());
    assert!(
        !pages[0].matched(),
        "nothing is fetched before the first next()"
    );
    for i in 0..20 {
        let message = items.next().expect("an item").expect("ok");
        assert_eq!(message.message_uuid, format!("m-{i}"));
        assert!(pages[0].matched());
        assert!(
            !pages[1].matched(),
            "page 2 fetched before item {i} was used"
        );
    }
    let message = items.next().expect("an item").expect("ok");
    assert_eq!(message.message_uuid, "m-20");
    assert!(pages[1].matched());
    assert!(!pages[2].matched(), "page 3 fetched too early");
    let rest: Vec<String> = items.map(|m| m.expect("ok").message_uuid).collect();
    assert_eq!(rest, uuids(21..45));
    assert_all(&pages);
    assert_all(&others);
}

#[test]
fn pages_yield_each_page_with_its_meta() {
    let mut server = Server::new();
    let mocks = mount_list(&mut server, 45);
    let others = catch_all(&mut server);
    let client = client_for(&server);

    let mut pages = client.pages(GetMessages::new());
    let mut seen = vec![];
    for page in pages.by_ref() {
        let page = page.expect("page");
        let i = seen.len();
        assert_eq!(
            page.api_id.as_deref(),
            Some(format!("api-{}", i * 20).as_str())
        );
        assert_eq!(page.meta.total_count, Some(45));
        assert_eq!(page.meta.limit, 20);
        assert_eq!(page.meta.offset as usize, i * 20);
        let got: Vec<String> = page
            .objects
            .iter()
            .map(|m| m.message_uuid.clone())
            .collect();
        assert_eq!(got, uuids(i * 20..(i * 20 + 20).min(45)));
        seen.push(page.objects.len());
    }
    assert_eq!(seen, [20, 20, 5]);
    assert!(pages.next().is_none());
    assert_all(&mocks);
    assert_all(&others);
}

#[test]
fn pages_of_an_empty_list_yield_one_empty_page() {
    let mut server = Server::new();
    let mocks = mount_list(&mut server, 0);
    let others = catch_all(&mut server);
    let client = client_for(&server);

    let pages: Vec<_> = client
        .pages(GetMessages::new())
        .collect::<Result<_, _>>()
        .expect("pages");
    assert_eq!(pages.len(), 1);
    assert_eq!(pages[0].meta.total_count, Some(0));
    assert_eq!(pages[0].meta.next, None);
    assert!(pages[0].objects.is_empty());
    assert_all(&mocks);
    assert_all(&others);
}

#[test]
fn pages_of_a_thousand() {
    let mut server = Server::new();
    let mocks = mount_list(&mut server, 1000);
    let others = catch_all(&mut server);
    let client = client_for(&server);

    let mut count = 0;
    for page in client.pages(GetMessages::new()) {
        let page = page.expect("page");
        assert_eq!(page.meta.total_count, Some(1000));
        assert_eq!(page.objects.len(), 20);
        assert_eq!(page.objects[0].message_uuid, format!("m-{}", count * 20));
        count += 1;
    }
    assert_eq!(count, 50);
    assert_all(&mocks);
    assert_all(&others);
}

#[test]
fn filters_offset_and_limit_of_the_params_are_kept() {
    let mut server = Server::new();
    // Plivo's next URIs carry the filters too, in its own order; the client takes only
    // `offset` and `limit` from them and sends its own params.
    let next =
        |offset: usize| format!("{MESSAGE_PATH}?limit=5&message_state=delivered&offset={offset}");
    let mocks = vec![
        mount_get(
            &mut server,
            &format!("{MESSAGE_PATH}?message_state=delivered&limit=5&offset=40"),
            200,
            page_body(5, 40, 50, Some(next(45)), (40..45).map(message).collect()),
        ),
        mount_get(
            &mut server,
            &format!("{MESSAGE_PATH}?message_state=delivered&limit=5&offset=45"),
            200,
            page_body(5, 45, 50, None, (45..50).map(message).collect()),
        ),
    ];
    let others = catch_all(&mut server);
    let client = client_for(&server);

    let params = GetMessages::new()
        .message_state(MessageState::Delivered)
        .offset(40)
        .limit(5);
    let got: Vec<String> = client
        .items(params)
        .map(|m| m.expect("ok").message_uuid)
        .collect();
    assert_eq!(got, uuids(40..50));
    assert_all(&mocks);
    assert_all(&others);
}

#[test]
fn pages_follow_the_limit_and_offset_of_next() {
    // The server may page differently from what was asked: the next URI decides.
    let mut server = Server::new();
    let mocks = vec![
        mount_get(
            &mut server,
            &default_page_request(0),
            200,
            page_body(
                20,
                0,
                33,
                Some(page_uri(10, 20)),
                (0..20).map(message).collect(),
            ),
        ),
        mount_get(
            &mut server,
            &format!("{MESSAGE_PATH}?limit=10&offset=20"),
            200,
            page_body(
                10,
                20,
                33,
                Some(page_uri(10, 30)),
                (20..30).map(message).collect(),
            ),
        ),
        mount_get(
            &mut server,
            &format!("{MESSAGE_PATH}?limit=10&offset=30"),
            200,
            page_body(10, 30, 33, None, (30..33).map(message).collect()),
        ),
    ];
    let others = catch_all(&mut server);
    let client = client_for(&server);

    let got: Vec<String> = client
        .items(GetMessages::new())
        .map(|m| m.expect("ok").message_uuid)
        .collect();
    assert_eq!(got, uuids(0..33));
    assert_all(&mocks);
    assert_all(&others);
}

#[test]
fn an_error_on_page_three_is_yielded_once_and_ends_the_items() {
    let mut server = Server::new();
    let mocks = vec![
        mount_get(
            &mut server,
            &default_page_request(0),
            200,
            standard_page(20, 0, 100),
        ),
        mount_get(
            &mut server,
            &default_page_request(20),
            200,
            standard_page(20, 20, 100),
        ),
        mount_get(
            &mut server,
            &default_page_request(40),
            500,
            r#"{"api_id": "err-40", "error": "internal server error"}"#.to_owned(),
        ),
    ];
    let page_four = server
        .mock("GET", default_page_request(60).as_str())
        .with_status(200)
        .with_header("content-type", "application/json")
        .with_body(standard_page(20, 60, 100))
        .expect(0)
        .create();
    let others = catch_all(&mut server);
    let client = client_for(&server);

    let mut items = client.items(GetMessages::new());
    for i in 0..40 {
        let message = items.next().expect("an item").expect("ok");
        assert_eq!(message.message_uuid, format!("m-{i}"));
    }
    let err = items.next().expect("the error").expect_err("page 3 fails");
    match &err {
        Error::Api(api) => {
            assert_eq!(api.status, 500);
            assert_eq!(api.api_id.as_deref(), Some("err-40"));
            assert_eq!(api.message, "internal server error");
            assert_eq!(api.method, "GET");
            assert_eq!(api.path, MESSAGE_PATH);
        }
        other => panic!("expected Error::Api, got {other:?}"),
    }
    assert!(err.is_server_error());
    for _ in 0..5 {
        assert!(items.next().is_none(), "items must end after the error");
    }
    assert_all(&mocks);
    page_four.assert();
    assert_all(&others);
}

#[test]
fn an_error_on_page_three_is_yielded_once_and_ends_the_pages() {
    let mut server = Server::new();
    let mocks = vec![
        mount_get(
            &mut server,
            &default_page_request(0),
            200,
            standard_page(20, 0, 100),
        ),
        mount_get(
            &mut server,
            &default_page_request(20),
            200,
            standard_page(20, 20, 100),
        ),
        mount_get(
            &mut server,
            &default_page_request(40),
            500,
            r#"{"api_id": "err-40", "error": "internal server error"}"#.to_owned(),
        ),
    ];
    let others = catch_all(&mut server);
    let client = client_for(&server);

    let mut pages = client.pages(GetMessages::new());
    assert_eq!(pages.next().expect("page 1").expect("ok").meta.offset, 0);
    assert_eq!(pages.next().expect("page 2").expect("ok").meta.offset, 20);
    let err = pages.next().expect("page 3").expect_err("fails");
    assert!(
        matches!(&err, Error::Api(api) if api.status == 500),
        "expected Error::Api 500, got {err:?}"
    );
    for _ in 0..5 {
        assert!(pages.next().is_none());
    }
    assert_all(&mocks);
    assert_all(&others);
}

#[test]
fn a_malformed_page_gives_one_decode_error() {
    let mut server = Server::new();
    let mut bad_objects: Vec<Value> = (20..40).map(message).collect();
    bad_objects[0]["units"] = json!("many");
    let mocks = vec![
        mount_get(
            &mut server,
            &default_page_request(0),
            200,
            standard_page(20, 0, 60),
        ),
        mount_get(
            &mut server,
            &default_page_request(20),
            200,
            page_body(20, 20, 60, Some(page_uri(20, 40)), bad_objects),
        ),
    ];
    let page_three = server
        .mock("GET", default_page_request(40).as_str())
        .with_status(200)
        .with_header("content-type", "application/json")
        .with_body(standard_page(20, 40, 60))
        .expect(0)
        .create();
    let others = catch_all(&mut server);
    let client = client_for(&server);

    let mut items = client.items(GetMessages::new());
    for i in 0..20 {
        let message = items.next().expect("an item").expect("ok");
        assert_eq!(message.message_uuid, format!("m-{i}"));
    }
    let err = items
        .next()
        .expect("the error")
        .expect_err("page 2 is malformed");
    if let Error::Decode(d) = &err {
        assert_eq!(d.path.as_deref(), Some("objects[0].units"));
        assert_eq!(d.operation, Some("getMessages"));
        assert_eq!(d.status, 200);
        assert!(
            d.message.contains("objects[0].units"),
            "message: {}",
            d.message
        );
    } else {
        panic!("expected Error::Decode, got {err:?}");
    }
    assert!(
        err.to_string().contains("getMessages"),
        "message does not name the operation: {err}"
    );
    assert_eq!(err.status(), Some(200));
    for _ in 0..3 {
        assert!(items.next().is_none(), "items must end after the error");
    }
    assert_all(&mocks);
    page_three.assert();
    assert_all(&others);
}

/// Page 1 points to page 2 at offset 20; page 2's `next` is `bad_next`. Both pages' items come
/// out, then one `Error::Decode` at `meta.next`, after exactly two requests.
fn bad_next_ends_with_one_error(bad_next: &str) {
    let mut server = Server::new();
    let mocks = vec![
        mount_get(
            &mut server,
            &default_page_request(0),
            200,
            standard_page(20, 0, 100),
        ),
        mount_get(
            &mut server,
            &default_page_request(20),
            200,
            page_body(
                20,
                20,
                100,
                Some(bad_next.to_owned()),
                (20..40).map(message).collect(),
            ),
        ),
    ];
    let others = catch_all(&mut server);
    let client = client_for(&server);

    let mut items = client.items(GetMessages::new());
    let mut ok = vec![];
    let err = loop {
        match items.next() {
            Some(Ok(message)) => ok.push(message.message_uuid),
            Some(Err(e)) => break e,
            None => panic!(
                "ended without an error after {} items (next {bad_next:?})",
                ok.len()
            ),
        }
        assert!(ok.len() <= 40, "more items than the two pages hold");
    };
    // Page 2 was fetched and read: its items are not lost.
    assert_eq!(ok, uuids(0..40), "unexpected items before the error");
    match &err {
        Error::Decode(decode) => {
            assert_eq!(decode.path.as_deref(), Some("meta.next"));
            assert_eq!(decode.operation, Some("getMessages"));
        }
        other => panic!("expected Error::Decode at meta.next, got {other:?}"),
    }
    assert!(err.may_have_been_sent());
    for _ in 0..3 {
        assert!(items.next().is_none(), "items must end after the error");
    }
    assert_all(&mocks);
    assert_all(&others);
}

#[test]
fn a_next_at_the_same_offset_ends_with_one_error() {
    bad_next_ends_with_one_error(&page_uri(20, 20));
}

#[test]
fn a_next_that_goes_back_ends_with_one_error() {
    bad_next_ends_with_one_error(&page_uri(20, 0));
}

#[test]
fn a_next_without_an_offset_ends_with_one_error() {
    bad_next_ends_with_one_error(&format!("{MESSAGE_PATH}?limit=20"));
    bad_next_ends_with_one_error(MESSAGE_PATH);
}

#[test]
fn a_first_page_pointing_to_itself_ends_with_one_error() {
    let mut server = Server::new();
    let mocks = vec![mount_get(
        &mut server,
        &default_page_request(0),
        200,
        page_body(
            20,
            0,
            100,
            Some(page_uri(20, 0)),
            (0..20).map(message).collect(),
        ),
    )];
    let others = catch_all(&mut server);
    let client = client_for(&server);

    let mut pages = client.pages(GetMessages::new());
    let mut ok = 0;
    let err = loop {
        match pages.next() {
            Some(Ok(_)) => ok += 1,
            Some(Err(e)) => break e,
            None => panic!("ended without an error"),
        }
        assert!(ok <= 1, "the same page came out twice");
    };
    assert!(
        matches!(&err, Error::Decode(d) if d.path.as_deref() == Some("meta.next")),
        "got {err:?}"
    );
    for _ in 0..3 {
        assert!(pages.next().is_none());
    }
    assert_all(&mocks);
    assert_all(&others);
}
