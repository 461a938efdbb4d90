//! Verify (OTP sessions): `getVerifySessions` on the wire (filters, comparison forms, limits),
//! its recorded answer decoded losslessly in the named-key shape, the pages walked, and the
//! sandbox's sessions list.

mod common;

use common::*;
use mockito::Server;
use plivo::models::{Page, VerifySession, VerifySessionStatus};
use plivo::ops::GetVerifySessions;
use plivo::sandbox::Sandbox;
use plivo::{ListShape, OperationKind};
use serde_json::{Value, json};

#[test]
fn get_verify_sessions_wire() {
    assert_both(
        GetVerifySessions::new(),
        json!({"operation": "getVerifySessions"}),
        Expect::get("Verify/Session/"),
    );
    assert_both(
        GetVerifySessions::new()
            .status(VerifySessionStatus::InProgress)
            .session_time_gt("2024-01-01 00:00")
            .session_time_lte("2024-02-01 23:59:59")
            .recipient("14155550100")
            .app_uuid("app-1")
            .country("US")
            .alias("login")
            .subaccount("SAXXXXXXXXXXXXXXXXXX")
            .brand_name("Acme")
            .app_hash("h4sh")
            .limit(20)
            .offset(40),
        json!({"operation": "getVerifySessions", "params": {
            "status": "in-progress",
            "sessionTimeGt": "2024-01-01 00:00",
            "session_time__lte": "2024-02-01 23:59:59",
            "recipient": "14155550100",
            "appUuid": "app-1",
            "country": "US",
            "alias": "login",
            "subaccount": "SAXXXXXXXXXXXXXXXXXX",
            "brand_name": "Acme",
            "appHash": "h4sh",
            "limit": 20,
            "offset": "40",
        }}),
        Expect::get("Verify/Session/").query(&[
            ("status", "in-progress"),
            ("session_time__gt", "2024-01-01 00:00"),
            ("session_time__lte", "2024-02-01 23:59:59"),
            ("recipient", "14155550100"),
            ("app_uuid", "app-1"),
            ("country", "US"),
            ("alias", "login"),
            ("subaccount", "SAXXXXXXXXXXXXXXXXXX"),
            ("brand_name", "Acme"),
            ("app_hash", "h4sh"),
            ("limit", "20"),
            ("offset", "40"),
        ]),
    );
    assert_both(
        GetVerifySessions::new()
            .session_time("2024-01-01 10:00")
            .session_time_gte("2024-01-01 00:00:00")
            .session_time_lt("2024-01-02 00:00:00.5"),
        json!({"operation": "getVerifySessions", "params": {
            "sessionTime": "2024-01-01 10:00",
            "session_time__gte": "2024-01-01 00:00:00",
            "sessionTimeLt": "2024-01-02 00:00:00.5",
        }}),
        Expect::get("Verify/Session/").query(&[
            ("session_time", "2024-01-01 10:00"),
            ("session_time__gte", "2024-01-01 00:00:00"),
            ("session_time__lt", "2024-01-02 00:00:00.5"),
        ]),
    );
    assert!(OperationKind::GetVerifySessions.is_paged());
    assert_eq!(
        OperationKind::GetVerifySessions.list_shape(),
        Some(ListShape::Named("sessions"))
    );
}

#[test]
fn bad_filters_are_refused_naming_the_field() {
    assert_invalid(GetVerifySessions::new().limit(21), "limit");
    assert_invalid(GetVerifySessions::new().limit(0), "limit");
    assert_invalid(
        GetVerifySessions::new().session_time_gt("2024-01-01"),
        "sessionTimeGt",
    );
    assert_invalid(
        GetVerifySessions::new().session_time("yesterday"),
        "sessionTime",
    );
    assert_invalid(
        GetVerifySessions::new().subaccount("MAXXXXXXXXXXXXXXXXXX"),
        "subaccount",
    );
    assert_invalid(
        GetVerifySessions::new().status(VerifySessionStatus::Unknown("pending".into())),
        "status",
    );
    assert_invalid_json(
        json!({"operation": "getVerifySessions", "params": {"status": "pending"}}),
        "status",
    );
    assert_invalid_json(
        json!({"operation": "getVerifySessions", "params": {"offset": -1}}),
        "offset",
    );
    let err = plivo::Operation::from_value(
        &json!({"operation": "getVerifySessions", "params": {"status": "done"}}),
    )
    .expect_err("not a status");
    for value in ["in-progress", "expired", "verified"] {
        assert!(err.to_string().contains(value), "{err}");
    }
}

#[test]
fn the_session_list_fixture_decodes_losslessly() {
    let text = include_str!("data/fixtures/sessionListResponse.json");
    let page: Page<VerifySession> = serde_json::from_str(text).expect("decodes");
    assert_eq!(
        serde_json::to_value(&page).expect("serializes"),
        without_nulls(&serde_json::from_str::<Value>(text).expect("JSON")),
        "written back as read, `sessions` and all"
    );
    assert_eq!(page.shape, ListShape::Named("sessions"));
    assert_eq!(page.objects.len(), 20);
    assert_eq!(page.meta.limit, 20);
    assert_eq!(page.meta.total_count, None);
    assert_eq!(page.meta.previous, None);
    assert_eq!(
        page.meta.next.as_deref(),
        Some("/v1/Account/MAODZKMDFJMJU3MTEYNG/Verify/Session/?limit=20&offset=20")
    );
    let first = &page.objects[0];
    assert_eq!(first.session_uuid, "fc7500ea-648e-4677-91a0-89d850bbd6ff");
    assert_eq!(first.status, Some(VerifySessionStatus::Expired));
    assert_eq!(first.count, Some(2));
    assert_eq!(first.destination_network, None);
    let attempts = first.attempt_details.as_ref().expect("attempts");
    assert_eq!(attempts.len(), 2);
    assert_eq!(attempts[0].status.as_deref(), Some("failed"));
    let charges = first.charges.as_ref().expect("charges");
    assert_eq!(
        charges.validation_charge.as_ref().map(|d| d.as_str()),
        Some("0.0000")
    );
    assert_eq!(charges.attempt_charges.as_ref().map(Vec::len), Some(2));
    assert!(
        page.objects.iter().all(|s| s.extra.is_empty()),
        "every field of the fixture is modelled"
    );
    assert!(
        page.objects
            .iter()
            .any(|s| s.status == Some(VerifySessionStatus::Verified))
    );
    // A status this crate does not know is kept.
    let odd: VerifySession =
        serde_json::from_str(r#"{"session_uuid": "s", "status": "paused", "new": 1}"#)
            .expect("decodes");
    assert_eq!(
        odd.status,
        Some(VerifySessionStatus::Unknown("paused".into()))
    );
    assert_eq!(odd.extra["new"], 1);
}

#[test]
fn items_walks_the_sessions_pages() {
    let text = include_str!("data/fixtures/sessionListResponse.json");
    let fixture: Value = serde_json::from_str(text).expect("JSON");
    let path = format!("/v1/Account/{AUTH_ID}/Verify/Session/");
    let mut server = Server::new();
    let mut mocks = Vec::new();
    // Two pages of the fixture's sessions: 20 at offset 0, 5 at offset 20 (no `next`).
    for (offset, count, next) in [
        (0, 20, json!(format!("{path}?limit=20&offset=20"))),
        (20, 5, Value::Null),
    ] {
        let mut body = fixture.clone();
        body["meta"]["offset"] = json!(offset);
        body["meta"]["next"] = next;
        body["sessions"] =
            Value::Array(fixture["sessions"].as_array().expect("sessions")[..count].to_vec());
        mocks.push(mount_page(
            &mut server,
            "Verify/Session/",
            &[
                ("limit", "20".into()),
                ("offset", offset.to_string()),
                ("status", "verified".into()),
            ],
            body.to_string(),
        ));
    }
    let stray = mount_stray(&mut server);
    let client = client_for(&server);
    let sessions: Vec<VerifySession> = client
        .items(GetVerifySessions::new().status(VerifySessionStatus::Verified))
        .collect::<Result<_, _>>()
        .expect("walks");
    assert_eq!(sessions.len(), 25);
    assert_eq!(sessions[20].session_uuid, sessions[0].session_uuid);
    for mock in mocks.iter().chain(&stray) {
        mock.assert();
    }
}

#[test]
fn the_sandbox_lists_sessions_in_the_named_shape() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();

    // The empty list: the named key and a meta without `total_count`.
    let (status, empty) = sandbox::raw(&sandbox, "GET", "Verify/Session/", None, None);
    assert_eq!(status, 200);
    assert_eq!(empty["sessions"], json!([]));
    assert_eq!(
        empty["meta"],
        json!({"limit": 20, "next": null, "offset": 0, "previous": null})
    );
    assert!(empty.get("objects").is_none());

    let mut made = Vec::new();
    for (i, status) in [
        VerifySessionStatus::Verified,
        VerifySessionStatus::Expired,
        VerifySessionStatus::Verified,
        VerifySessionStatus::InProgress,
        VerifySessionStatus::Verified,
    ]
    .into_iter()
    .enumerate()
    {
        made.push(sandbox.add_verify_session(&format!("1415555010{i}"), status));
    }

    // Its sessions have the keys and types of Plivo's recorded ones.
    let (_, listed) = sandbox::raw(&sandbox, "GET", "Verify/Session/", None, None);
    let recorded = sandbox::fixture(include_str!("data/fixtures/sessionListResponse.json"));
    sandbox::assert_same_keys("sessions list", &recorded, &listed);
    sandbox::assert_same_keys("sessions meta", &recorded["meta"], &listed["meta"]);
    sandbox::assert_shape(
        "a session",
        &recorded["sessions"][0],
        &listed["sessions"][0],
    );

    // Newest first, walked two at a time, filtered by status.
    let verified: Vec<String> = client
        .items(
            GetVerifySessions::new()
                .status(VerifySessionStatus::Verified)
                .limit(2),
        )
        .map(|s| s.expect("session").session_uuid)
        .collect();
    assert_eq!(
        verified,
        [made[4].clone(), made[2].clone(), made[0].clone()]
    );

    let pages: Vec<Page<VerifySession>> = client
        .pages(GetVerifySessions::new().limit(2))
        .collect::<Result<_, _>>()
        .expect("pages");
    assert_eq!(pages.len(), 3);
    assert!(
        pages
            .iter()
            .all(|p| p.shape == ListShape::Named("sessions"))
    );
    assert_eq!(pages[2].objects.len(), 1);
    assert_eq!(pages[2].meta.next, None);

    let by_recipient = client
        .send(GetVerifySessions::new().recipient("14155550101"))
        .expect("filtered");
    assert_eq!(by_recipient.objects.len(), 1);
    assert_eq!(by_recipient.objects[0].session_uuid, made[1]);
    assert_eq!(
        by_recipient.objects[0].status,
        Some(VerifySessionStatus::Expired)
    );
    let later = client
        .send(GetVerifySessions::new().session_time_gt("2999-01-01 00:00"))
        .expect("filtered");
    assert!(later.objects.is_empty());
    let earlier = client
        .send(GetVerifySessions::new().session_time_gt("2000-01-01 00:00"))
        .expect("filtered");
    assert_eq!(earlier.objects.len(), 5);

    let (status, _) = sandbox::raw(&sandbox, "GET", "Verify/Session/?limit=21", None, None);
    assert_eq!(status, 400);
}
