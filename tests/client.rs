//! The client as a whole: settings, errors, secrets, the JSON form's own rules, threads.

mod common;

use common::*;
use mockito::{Matcher, Server};
use plivo::ops::{GetAccountDetails, GetMessages, GetPricing, GetSingleConference, SendMessage};
use plivo::{Client, Error, Operation, OperationKind, TransportKind};
use serde_json::{Value, json};

fn build_err(builder: plivo::ClientBuilder) -> Error {
    builder.build().expect_err("settings must be rejected")
}

#[test]
fn types_are_shareable() {
    fn assert_send_sync<T: Send + Sync + Clone + 'static>() {}
    fn assert_error<T: std::error::Error + Send + Sync + 'static>() {}
    assert_send_sync::<Client>();
    assert_send_sync::<Operation>();
    assert_error::<Error>();
}

#[test]
fn auth_id_and_token_are_checked() {
    for bad in [
        "",
        "MA123",
        "XA0123456789ABCDEFGH",
        "MA0123456789abcdefgh",
        "MA0123456789ABCDEFGHI",
    ] {
        let err = Client::new(bad, "token").expect_err(bad);
        assert_eq!(err.field(), Some("auth_id"), "{bad}: {err}");
        assert!(err.to_string().contains("MA or SA"), "{err}");
    }
    assert!(Client::new("SA0123456789ABCDEFGH", "token").is_ok());
    assert_eq!(
        Client::new(AUTH_ID, "").expect_err("empty").field(),
        Some("auth_token")
    );
    assert_eq!(
        Client::new(AUTH_ID, "  ").expect_err("blank").field(),
        Some("auth_token")
    );
    assert_eq!(
        Client::new(AUTH_ID, "a\r\nb").expect_err("crlf").field(),
        Some("auth_token")
    );
    assert_eq!(
        build_err(Client::builder().auth_token("t")).field(),
        Some("auth_id")
    );
    assert_eq!(
        build_err(Client::builder().auth_id(AUTH_ID)).field(),
        Some("auth_token")
    );
}

#[test]
fn base_url_must_be_an_origin() {
    let builder = || Client::builder().auth_id(AUTH_ID).auth_token(TOKEN);
    for bad in [
        "ftp://x",
        "127.0.0.1:8080",
        "http://",
        "http://h/v1/",
        "http://h?x=1",
        "http://u:p@h",
        "not a url",
    ] {
        let err = build_err(builder().base_url(bad));
        assert_eq!(err.field(), Some("base_url"), "{bad}: {err}");
    }
    for good in [
        "http://127.0.0.1:8080",
        "https://api.example.com/",
        "http://localhost",
    ] {
        let client = builder().base_url(good).build().expect(good);
        assert_eq!(client.base_url(), good.trim_end_matches('/'));
    }
    assert_eq!(
        builder().build().expect("default").base_url(),
        "https://api.plivo.com"
    );
}

#[test]
fn user_agent_and_proxy_are_checked() {
    let builder = || Client::builder().auth_id(AUTH_ID).auth_token(TOKEN);
    assert_eq!(
        build_err(builder().user_agent("app\r\nX-Evil: 1")).field(),
        Some("user_agent")
    );
    assert_eq!(build_err(builder().proxy("::::")).field(), Some("proxy"));
}

#[test]
fn user_agent_product_goes_in_front() {
    let mut server = Server::new();
    let mock = server
        .mock("GET", Matcher::Any)
        .match_header(
            "user-agent",
            Matcher::Regex(r"^my-app/1\.2 plivo-rust/\d+\.\d+\.\d+ \(Rust\)$".into()),
        )
        .with_body("{}")
        .create();
    let client = Client::builder()
        .auth_id(AUTH_ID)
        .auth_token(TOKEN)
        .base_url(server.url())
        .user_agent("my-app/1.2")
        .no_proxy()
        .build()
        .expect("client");
    client.call(GetAccountDetails::new()).expect("call");
    mock.assert();
}

#[test]
fn prepare_shows_the_request_without_sending() {
    let client = Client::new(AUTH_ID, TOKEN).expect("client");
    let req = client
        .prepare(
            GetMessages::new()
                .message_time_gt("2024-01-01 00:00:00")
                .limit(5),
        )
        .expect("valid");
    assert_eq!(req.method(), "GET");
    assert_eq!(
        req.url(),
        format!(
            "https://api.plivo.com/v1/Account/{AUTH_ID}/Message/?message_time__gt=2024-01-01%2000%3A00%3A00&limit=5"
        )
    );
    let req = client
        .prepare(GetSingleConference::new("My Room/1"))
        .expect("valid");
    assert_eq!(
        req.url(),
        format!("https://api.plivo.com/v1/Account/{AUTH_ID}/Conference/My%20Room%2F1/")
    );
    let req = client
        .prepare(SendMessage::new("1415", "1416", "a \"quoted\" text"))
        .expect("valid");
    let body: Value = serde_json::from_str(req.body().expect("body")).expect("json");
    assert_eq!(
        body,
        json!({"src": "1415", "dst": "1416", "text": "a \"quoted\" text"})
    );
    assert_eq!(
        client
            .prepare(GetPricing::new("us"))
            .expect_err("lower case")
            .field(),
        Some("countryIso")
    );
}

#[test]
fn a_query_too_long_for_a_url_is_refused_before_sending() {
    // Nothing listens on this client's port: an error from sending would be a transport error.
    let client = refused_client();
    let long = "7".repeat(70_000);
    let op = plivo::ops::SearchNewNumbers::new("US").pattern(long.as_str());
    let err = client.prepare(op.clone()).expect_err("too long for a URL");
    let Error::Invalid(invalid) = &err else {
        panic!("want an invalid-input error, got {err:?}");
    };
    assert_eq!(invalid.operation, Some("searchNewNumbers"));
    assert_eq!(err.field(), Some("params"));
    assert!(err.to_string().contains("65,534 bytes"), "{err}");
    let err = client.call(op).expect_err("refused before sending");
    assert!(matches!(err, Error::Invalid(_)), "{err:?}");
    // Just under the limit is still a URL.
    let fits = "7".repeat(60_000);
    let req = client
        .prepare(plivo::ops::SearchNewNumbers::new("US").pattern(fits.as_str()))
        .expect("fits");
    assert!(
        req.url().ends_with(&fits),
        "the whole pattern is in the URL"
    );
}

#[test]
fn the_token_never_prints() {
    let builder = Client::builder().auth_id(AUTH_ID).auth_token(TOKEN);
    let client = builder.clone().build().expect("client");
    let encoded = basic_auth();
    let encoded = encoded.trim_start_matches("Basic ");
    let mut outputs = vec![
        format!("{builder:?}"),
        format!("{client:?}"),
        format!("{client:#?}"),
    ];

    let mut server = Server::new();
    let _unauthorized = server
        .mock("GET", Matcher::Any)
        .with_status(401)
        .with_body(r#"{"api_id":"a1","error":"not authorized"}"#)
        .create();
    let _garbled = server
        .mock("POST", Matcher::Any)
        .with_status(202)
        .with_body("not json")
        .create();
    let pointed = Client::builder()
        .auth_id(AUTH_ID)
        .auth_token(TOKEN)
        .base_url(server.url())
        .no_proxy();
    let pointed = pointed.build().expect("client");
    let errors = [
        pointed.call(GetAccountDetails::new()).expect_err("401"),
        Client::new(AUTH_ID, "").expect_err("empty token"),
        refused_client()
            .call(GetAccountDetails::new())
            .expect_err("refused"),
        pointed.call(GetPricing::new("usa")).expect_err("invalid"),
        pointed
            .call(SendMessage::new("1415", "1416", "hi"))
            .expect_err("decode"),
    ];
    assert_eq!(errors[0].status(), Some(401));
    assert!(matches!(errors[4], Error::Decode(_)), "{:?}", errors[4]);
    for err in &errors {
        outputs.push(format!("{err:?}"));
        outputs.push(format!("{err}"));
    }
    for out in &outputs {
        assert!(!out.contains(TOKEN), "token printed in {out}");
        assert!(
            !out.contains(encoded),
            "encoded credentials printed in {out}"
        );
    }
    assert!(outputs[1].contains("***"), "{}", outputs[1]);
}

/// A client pointed at a port nothing listens on.
fn refused_client() -> Client {
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.local_addr().expect("addr").port()
    };
    Client::builder()
        .auth_id(AUTH_ID)
        .auth_token(TOKEN)
        .base_url(format!("http://127.0.0.1:{port}"))
        .no_proxy()
        .retry_policy(plivo::RetryPolicy::none())
        .build()
        .expect("client")
}

#[test]
fn connection_refused_is_a_transport_error_that_was_not_sent() {
    let err = refused_client()
        .call(SendMessage::new("1415", "1416", "hi"))
        .expect_err("refused");
    let Error::Transport(t) = &err else {
        panic!("expected a transport error, got {err:?}")
    };
    assert_eq!(t.kind, TransportKind::Connect, "{err}");
    assert_eq!(t.method, "POST");
    assert_eq!(t.path, format!("/v1/Account/{AUTH_ID}/Message/"));
    assert!(!err.may_have_been_sent());
    assert!(std::error::Error::source(&err).is_some());
}

fn error_for(status: usize, body: &str) -> Error {
    let mut server = Server::new();
    let mock = server
        .mock("GET", format!("/v1/Account/{AUTH_ID}/").as_str())
        .with_status(status)
        .with_body(body)
        .create();
    let err = client_for(&server)
        .call(GetAccountDetails::new())
        .expect_err("error status");
    mock.assert();
    err
}

#[test]
fn api_errors_keep_status_api_id_message_and_body() {
    let cases = [
        (
            400,
            r#"{"api_id":"id-400","error":"limit must be at most 20"}"#,
            "limit must be at most 20",
        ),
        (
            401,
            r#"{"api_id":"id-401","error":"authentication failed"}"#,
            "authentication failed",
        ),
        (
            404,
            r#"{"api_id":"id-404","error":"not found"}"#,
            "not found",
        ),
        (
            500,
            r#"{"api_id":"id-500","error":"internal error"}"#,
            "internal error",
        ),
    ];
    for (status, body, message) in cases {
        let err = error_for(status, body);
        let Error::Api(api) = &err else {
            panic!("expected Error::Api, got {err:?}")
        };
        assert_eq!(api.status, status as u16);
        assert_eq!(err.status(), Some(status as u16));
        assert_eq!(err.api_id(), Some(format!("id-{status}").as_str()));
        assert_eq!(api.message, message);
        assert_eq!(api.body, body);
        assert_eq!(api.method, "GET");
        assert_eq!(api.path, format!("/v1/Account/{AUTH_ID}/"));
        assert!(err.to_string().contains(message) && err.to_string().contains(&status.to_string()));
        assert_eq!(err.is_not_found(), status == 404);
        assert_eq!(err.is_auth(), status == 401);
        assert_eq!(err.is_server_error(), status == 500);
        assert!(err.may_have_been_sent());
    }
}

#[test]
fn error_objects_and_non_json_bodies_are_kept() {
    let err = error_for(400, r#"{"api_id":"x","error":{"to":["is invalid"]}}"#);
    let Error::Api(api) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(api.message, r#"{"to":["is invalid"]}"#);

    let html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    let err = error_for(502, html);
    let Error::Api(api) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(api.status, 502);
    assert_eq!(api.api_id, None);
    assert_eq!(api.body, html);
    assert!(api.message.contains("not JSON"), "{}", api.message);

    let err = error_for(503, "");
    assert!(err.to_string().contains("empty body"), "{err}");

    let long = "x".repeat(100_000);
    let Error::Api(api) = error_for(500, &long) else {
        panic!("api error")
    };
    assert_eq!(api.body.len(), plivo::ApiError::BODY_LIMIT);
}

#[test]
fn a_2xx_that_is_not_json_is_a_decode_error() {
    let mut server = Server::new();
    server
        .mock("GET", Matcher::Any)
        .with_status(200)
        .with_body("<html>ok</html>")
        .create();
    let err = client_for(&server)
        .call(GetAccountDetails::new())
        .expect_err("not JSON");
    assert!(matches!(err, Error::Decode(_)), "{err:?}");
    assert_eq!(err.status(), Some(200));
    assert!(err.to_string().contains("getAccountDetails"), "{err}");
}

#[test]
fn empty_bodies_are_null_and_decode_reads_types() {
    let mut server = Server::new();
    server
        .mock("DELETE", Matcher::Any)
        .with_status(204)
        .create();
    server
        .mock("POST", Matcher::Any)
        .with_status(202)
        .with_body(r#"{"api_id":"a","message":"message(s) queued","message_uuid":["u1"]}"#)
        .create();
    let client = client_for(&server);
    let resp = client
        .call(plivo::ops::DeleteRecording::new("r1"))
        .expect("204");
    assert_eq!(resp.status(), 204);
    assert_eq!(resp.body(), &Value::Null);
    assert_eq!(resp.api_id(), None);

    #[derive(serde::Deserialize)]
    struct Queued {
        message_uuid: Vec<String>,
    }
    let resp = client
        .call(SendMessage::new("1415", "1416", "hi"))
        .expect("202");
    assert_eq!(resp.operation(), "sendMessage");
    assert_eq!(resp.decode::<Queued>().expect("typed").message_uuid, ["u1"]);
    let err = resp.decode::<Vec<u8>>().expect_err("wrong type");
    assert!(
        matches!(err, Error::Decode(_)) && err.to_string().contains("sendMessage"),
        "{err}"
    );
}

#[test]
fn clients_with_different_credentials_coexist_and_share_across_threads() {
    let mut server = Server::new();
    let main = server
        .mock("GET", format!("/v1/Account/{AUTH_ID}/").as_str())
        .match_header("authorization", basic_auth().as_str())
        .with_body(r#"{"api_id":"main"}"#)
        .expect(8)
        .create();
    let sub_id = "SA0123456789ABCDEFGH";
    let sub_auth = {
        use base64::Engine as _;
        format!(
            "Basic {}",
            base64::engine::general_purpose::STANDARD.encode(format!("{sub_id}:sub-token"))
        )
    };
    let sub = server
        .mock("GET", format!("/v1/Account/{sub_id}/").as_str())
        .match_header("authorization", sub_auth.as_str())
        .with_body(r#"{"api_id":"sub"}"#)
        .expect(8)
        .create();
    let main_client = client_for(&server);
    let sub_client = Client::builder()
        .auth_id(sub_id)
        .auth_token("sub-token")
        .base_url(server.url())
        .no_proxy()
        .build()
        .expect("sub client");
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let (m, s) = (main_client.clone(), sub_client.clone());
            std::thread::spawn(move || {
                for _ in 0..2 {
                    assert_eq!(
                        m.call(GetAccountDetails::new()).expect("main").api_id(),
                        Some("main")
                    );
                    assert_eq!(
                        s.call(GetAccountDetails::new()).expect("sub").api_id(),
                        Some("sub")
                    );
                }
            })
        })
        .collect();
    for h in handles {
        h.join().expect("thread");
    }
    main.assert();
    sub.assert();
}

#[test]
fn json_form_envelope_errors_name_what_is_wrong() {
    assert_invalid_json(json!([1, 2]), "operation");
    assert_invalid_json(json!({"params": {}}), "operation");
    assert_invalid_json(json!({"operation": 5}), "operation");
    assert_invalid_json(json!({"operation": "sendSms", "params": {}}), "operation");
    assert_invalid_json(
        json!({"operation": "getAccountDetails", "extra": 1}),
        "extra",
    );
    assert_invalid_json(
        json!({"operation": "getAccountDetails", "params": [1]}),
        "params",
    );
    assert_invalid_json(
        json!({"operation": "getAccountDetails", "params": {"limit": 1}}),
        "limit",
    );
    let err = Operation::from_json("{not json").expect_err("syntax");
    assert_eq!(err.field(), Some("operation"));
    let err = Operation::from_json(r#"{"operation":"sendSms"}"#).expect_err("unknown");
    assert!(err.to_string().contains("sendSms"), "{err}");
}

/// Errors in the envelope say "invalid operation JSON" (never "invalid setting", which is
/// for client settings), name the key, say when the input was empty, and offer the closest
/// operation name or field.
#[test]
fn json_form_errors_say_what_is_wrong_in_words() {
    let shown = |text: &str| {
        let err = Operation::from_json(text).expect_err("rejected");
        assert!(err.is_invalid_input(), "{err:?}");
        err.to_string()
    };
    for empty in ["", "   ", "\n\t"] {
        let text = shown(empty);
        assert!(
            text.starts_with("invalid operation JSON: the input is empty"),
            "{text}"
        );
    }
    let text = shown("{not json");
    assert!(
        text.starts_with("invalid operation JSON: the text is not JSON"),
        "{text}"
    );
    let text = shown("[1]");
    assert!(
        text.starts_with("invalid operation JSON: expected a JSON object"),
        "{text}"
    );
    let text = shown(r#"{"params": {}}"#);
    assert_eq!(
        text,
        "invalid operation JSON: `operation` is required (an operation name such as \"sendMessage\")"
    );
    let text = shown(r#"{"operation": "sendMesage", "params": {}}"#);
    assert!(
        text.starts_with(
            "invalid operation JSON: `operation` names no known operation: \"sendMesage\""
        ),
        "{text}"
    );
    assert!(text.ends_with("did you mean `sendMessage`?"), "{text}");
    let text = shown(r#"{"operation": "Plivo.get_messages"}"#);
    assert!(text.ends_with("did you mean `getMessages`?"), "{text}");
    let text = shown(r#"{"operation": "nothingLikeAnyName"}"#);
    assert!(!text.contains("did you mean"), "{text}");
    let text = shown(r#"{"operation": "getAccountDetails", "extra": 1}"#);
    assert!(
        text.contains("`extra` is not part of the JSON form"),
        "{text}"
    );
    for text in [
        "",
        "{",
        "[]",
        "{}",
        r#"{"operation": 1}"#,
        r#"{"operation": "x"}"#,
    ] {
        assert!(!shown(text).contains("invalid setting"), "{text}");
    }

    // A mistyped field of a known operation: named, with the closest field.
    let text = shown(
        r#"{"operation": "makeCall", "params": {"callFrom": "1", "callTo": "2", "answerURL": "https://e.com/a"}}"#,
    );
    assert!(
        text.starts_with("invalid input for makeCall: `answerURL` is not a field"),
        "{text}"
    );
    assert!(text.contains("did you mean `answerUrl`?"), "{text}");
    // Settings errors keep their own wording.
    let err = Client::builder()
        .auth_token("t")
        .build()
        .expect_err("no auth id");
    assert!(
        err.to_string().starts_with("invalid setting: `auth_id`"),
        "{err}"
    );
}

#[test]
fn json_form_rejects_a_field_given_twice_and_treats_null_as_absent() {
    assert_invalid_json(
        json!({"operation": "makeCall", "params": {"callFrom": "1", "from": "1", "callTo": "2", "answerUrl": "u"}}),
        "callFrom",
    );
    let op = Operation::from_value(&json!({"operation": "getMessages", "params": {"limit": null}}))
        .expect("null");
    assert_eq!(op, GetMessages::new().into());
    assert_invalid_json(
        json!({"operation": "getPricing", "params": {"countryIso": null}}),
        "countryIso",
    );
}

#[test]
fn json_form_accepts_every_boolean_and_integer_spelling() {
    for (value, expected) in [
        (json!(true), true),
        (json!("true"), true),
        (json!("True"), true),
        (json!("FALSE"), false),
    ] {
        let op = Operation::from_value(
            &json!({"operation": "createSubaccount", "params": {"name": "n", "enabled": value}}),
        )
        .expect("boolean");
        assert_eq!(
            op,
            plivo::ops::CreateSubaccount::new("n")
                .enabled(expected)
                .into()
        );
    }
    for value in [json!(20), json!("20")] {
        let op = Operation::from_value(
            &json!({"operation": "getMessages", "params": {"limit": value, "offset": "0"}}),
        )
        .expect("integer");
        assert_eq!(op, GetMessages::new().limit(20).offset(0).into());
    }
    for bad in [json!("yes"), json!(1), json!([])] {
        let json =
            json!({"operation": "createSubaccount", "params": {"name": "n", "enabled": bad}});
        assert_invalid_json(json, "enabled");
    }
    for bad in [
        json!(-1),
        json!("1.5"),
        json!(1.5),
        json!("ten"),
        json!(4294967296u64),
    ] {
        assert_invalid_json(
            json!({"operation": "getMessages", "params": {"offset": bad}}),
            "offset",
        );
    }
}

#[test]
fn every_operation_round_trips_through_the_json_form() {
    let samples: Vec<Operation> = vec![
        SendMessage::new("1415", ["1416", "1417"], "hi")
            .log(true)
            .into(),
        GetMessages::new()
            .limit(3)
            .message_state(plivo::ops::MessageState::Read)
            .into(),
        plivo::ops::MakeCall::new("1", "2", "https://a")
            .machine_detection(plivo::ops::MachineDetection::Hangup)
            .into(),
        plivo::ops::PlayMusicFile::new("c", ["https://a/1.mp3", "https://a/2.mp3"])
            .loop_(true)
            .into(),
        GetAccountDetails::new().into(),
    ];
    for op in samples {
        let text = serde_json::to_string(&op).expect("serialize");
        assert_eq!(text, op.to_json());
        let back: Operation = serde_json::from_str(&text).expect("deserialize");
        assert_eq!(back, op, "{text}");
    }
    // Deserialize validates, too.
    let err =
        serde_json::from_str::<Operation>(r#"{"operation":"getMessages","params":{"limit":50}}"#)
            .expect_err("limit 50");
    assert!(err.to_string().contains("limit"), "{err}");
}

#[test]
fn the_catalog_lists_fields_for_tools() {
    let k = OperationKind::from_name("makeCall").expect("makeCall");
    let names: Vec<&str> = k
        .fields()
        .iter()
        .filter(|f| f.required())
        .map(|f| f.name())
        .collect();
    assert_eq!(names, ["callFrom", "callTo", "answerUrl"]);
    let to = &k.fields()[1];
    assert_eq!(
        (to.wire_name(), to.kind(), to.separator()),
        ("to", "list", Some('<'))
    );
    let method = k
        .fields()
        .iter()
        .find(|f| f.name() == "answerMethod")
        .expect("answerMethod");
    assert_eq!(
        (method.kind(), method.choices()),
        ("enum", &["GET", "POST"][..])
    );
    assert_eq!(
        OperationKind::ALL.iter().filter(|k| k.is_seed()).count(),
        68
    );
    assert!(
        !OperationKind::from_name("createToken")
            .expect("createToken")
            .is_seed()
    );
    assert_eq!(
        OperationKind::ALL.iter().filter(|k| k.is_legacy()).count(),
        6
    );
}

#[test]
fn a_403_to_send_a_message_is_a_geo_permission_error() {
    let mut server = Server::new();
    let mock = server
        .mock("POST", format!("/v1/Account/{AUTH_ID}/Message/").as_str())
        .with_status(403)
        .with_body(r#"{"api_id":"g1","error":"destination country not allowed"}"#)
        .create();
    let err = client_for(&server)
        .call(SendMessage::new("14155550100", "447700900123", "hi"))
        .expect_err("403");
    assert!(err.is_geo_permission() && err.is_auth(), "{err}");
    assert_eq!(err.attempts(), 1);
    mock.assert();
    // A 403 elsewhere is not about geo permissions.
    let mut server = Server::new();
    let _other = server
        .mock("GET", Matcher::Any)
        .with_status(403)
        .with_body("{}")
        .create();
    let err = client_for(&server)
        .call(GetAccountDetails::new())
        .expect_err("403");
    assert!(!err.is_geo_permission());
}

#[test]
fn a_host_name_base_url_works_through_the_caching_resolver() {
    let mut server = Server::new();
    let mock = server
        .mock("GET", Matcher::Any)
        .with_body(r#"{"api_id":"dns"}"#)
        .expect(3)
        .create();
    let client = Client::builder()
        .auth_id(AUTH_ID)
        .auth_token(TOKEN)
        .base_url(server.url().replace("127.0.0.1", "localhost"))
        .no_proxy()
        .build()
        .expect("client");
    for _ in 0..3 {
        assert_eq!(
            client
                .call(GetAccountDetails::new())
                .expect("call")
                .api_id(),
            Some("dns")
        );
    }
    mock.assert();
}
