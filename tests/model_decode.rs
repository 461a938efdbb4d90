//! The models' own `Deserialize`: known keys into their fields, every other key into `extra`,
//! in one pass. What it must keep from the derive it replaced: unknown fields in `extra` and
//! written back, `Option` fields absent or `null` alike, the duplicate and missing field
//! errors, renames, and the paths of decode errors as `Client::send` reports them.

mod common;

use common::*;
use mockito::Server;
use plivo::models::{Ack, AvailableNumber, Direction, Message, MessageState, Page};
use plivo::ops::GetMessages;
use plivo::{DecodeError, Error};
use serde_json::{Value, json};

/// A message with known fields and, around them, unknown ones of every JSON kind: strings with
/// escapes and non-ASCII, integers at the edges, floats, `null`, `true`, arrays and objects.
const WITH_UNKNOWN: &str = r#"{
    "requester_host": "192.0.2.17",
    "message_uuid": "m-1",
    "is_roaming": false,
    "log": true,
    "carrier_surcharge": null,
    "units": 2,
    "quote\"d \u00e9": "tab\tnew\nline \ud83d\ude00 \\ \u0001",
    "message_state": "sent",
    "big": 18446744073709551615,
    "neg": -9223372036854775808,
    "float": 0.1,
    "tiny": 2.5e-300,
    "minus_zero": -0.0,
    "list": [1, "two", null, [3.5, {"x": []}]],
    "nested": {"b": {"c": [true, false]}, "a": ""},
    "total_amount": "0.00650"
}"#;

fn unknown_part() -> Value {
    json!({
        "requester_host": "192.0.2.17",
        "is_roaming": false,
        "log": true,
        "carrier_surcharge": null,
        "quote\"d é": "tab\tnew\nline 😀 \\ \u{1}",
        "big": 18446744073709551615u64,
        "neg": i64::MIN,
        "float": 0.1,
        "tiny": 2.5e-300,
        "minus_zero": -0.0,
        "list": [1, "two", null, [3.5, {"x": []}]],
        "nested": {"b": {"c": [true, false]}, "a": ""},
    })
}

#[test]
fn unknown_keys_land_in_extra_and_known_ones_in_their_fields() {
    let m: Message = serde_json::from_str(WITH_UNKNOWN).expect("decodes");
    assert_eq!(m.message_uuid, "m-1");
    assert_eq!(m.units, Some(2));
    assert_eq!(m.message_state, Some(MessageState::Sent));
    assert_eq!(m.total_amount.as_ref().map(|d| d.as_str()), Some("0.00650"));
    assert_eq!(m.to_number, None);
    assert_eq!(
        serde_json::to_value(&m.extra).expect("json"),
        unknown_part()
    );
    assert_eq!(m.extra.len(), 12);
    assert_eq!(
        m.extra["carrier_surcharge"],
        Value::Null,
        "an unknown null is kept"
    );
    assert_eq!(m.extra["big"], json!(u64::MAX));
    assert!(
        m.extra["minus_zero"]
            .as_f64()
            .is_some_and(f64::is_sign_negative)
    );
    assert!(
        !m.extra.contains_key("units"),
        "a known key is not in extra"
    );
}

#[test]
fn unknown_keys_are_written_back_and_read_again_the_same() {
    let m: Message = serde_json::from_str(WITH_UNKNOWN).expect("decodes");
    let written = serde_json::to_value(&m).expect("serializes");
    let sent: Value = serde_json::from_str(WITH_UNKNOWN).expect("JSON");
    assert_eq!(written, sent, "every field written back as it came");
    let again: Message = serde_json::from_value(written.clone()).expect("decodes again");
    assert_eq!(again, m);
    let text = serde_json::to_string(&m).expect("serializes");
    let again: Message = serde_json::from_str(&text).expect("decodes again");
    assert_eq!(again, m);
}

/// Keys that arrive escaped, from a reader (no borrowed keys) or from a `Value` (owned keys)
/// are matched as their decoded text.
#[test]
fn keys_are_matched_however_the_deserializer_hands_them_over() {
    let escaped = r#"{"message\u005fuuid":"m-2","unit\u0073":3,"n\u00e9w":1}"#;
    for m in [
        serde_json::from_str::<Message>(escaped).expect("from a str"),
        serde_json::from_reader::<_, Message>(escaped.as_bytes()).expect("from a reader"),
        serde_json::from_value::<Message>(serde_json::from_str(escaped).expect("JSON"))
            .expect("from a Value"),
    ] {
        assert_eq!(m.message_uuid, "m-2");
        assert_eq!(m.units, Some(3));
        assert_eq!(
            serde_json::to_value(&m.extra).expect("json"),
            json!({"néw": 1})
        );
    }
    let m: Message = serde_json::from_reader(WITH_UNKNOWN.as_bytes()).expect("from a reader");
    assert_eq!(m, serde_json::from_str(WITH_UNKNOWN).expect("from a str"));
}

#[test]
fn a_renamed_field_reads_its_wire_name_only() {
    let n: AvailableNumber =
        serde_json::from_str(r#"{"number":"1415","type":"local","number_type":"x"}"#)
            .expect("decodes");
    assert_eq!(n.number_type, Some(plivo::models::NumberType::Local));
    assert_eq!(
        serde_json::to_value(&n.extra).expect("json"),
        json!({"number_type": "x"})
    );
    let err =
        serde_json::from_str::<AvailableNumber>(r#"{"number":"1","type":"local","type":"x"}"#)
            .expect_err("duplicate");
    assert!(err.to_string().contains("duplicate field `type`"), "{err}");
}

#[test]
fn a_duplicate_known_key_is_an_error() {
    for (text, field) in [
        (
            r#"{"message_uuid":"a","units":1,"message_uuid":"b"}"#,
            "message_uuid",
        ),
        (r#"{"message_uuid":"a","units":1,"x":0,"units":1}"#, "units"),
        (r#"{"message_uuid":"a","units":null,"units":null}"#, "units"),
    ] {
        let err = serde_json::from_str::<Message>(text).expect_err(text);
        assert!(
            err.to_string()
                .contains(&format!("duplicate field `{field}`")),
            "{text}: {err}"
        );
    }
}

#[test]
fn a_duplicate_unknown_key_keeps_the_last_value() {
    let m: Message =
        serde_json::from_str(r#"{"x":1,"message_uuid":"a","x":[2]}"#).expect("decodes");
    assert_eq!(
        serde_json::to_value(&m.extra).expect("json"),
        json!({"x": [2]})
    );
}

#[test]
fn a_missing_required_field_is_named() {
    let err = serde_json::from_str::<Message>(r#"{"units":1,"x":2}"#).expect_err("missing");
    assert!(
        err.to_string().contains("missing field `message_uuid`"),
        "{err}"
    );
    let err = serde_json::from_str::<Page<Message>>(r#"{"api_id":"a","objects":[]}"#)
        .expect_err("missing");
    assert!(err.to_string().contains("missing field `meta`"), "{err}");
    let err = serde_json::from_str::<Page<Message>>(r#"{"meta":{"offset":0},"objects":[]}"#)
        .expect_err("missing");
    assert!(err.to_string().contains("missing field `limit`"), "{err}");
}

#[test]
fn an_optional_field_null_or_absent_is_none() {
    let absent: Message = serde_json::from_str(r#"{"message_uuid":"a"}"#).expect("absent");
    let null: Message = serde_json::from_str(
        r#"{"message_uuid":"a","units":null,"message_state":null,"total_amount":null}"#,
    )
    .expect("null");
    assert_eq!(absent.units, None);
    assert_eq!(null.units, None);
    assert_eq!(null.message_state, None);
    assert_eq!(absent, null);
    assert!(
        null.extra.is_empty(),
        "a known null is not an unknown field"
    );
    assert_eq!(
        serde_json::to_value(&null).expect("json"),
        json!({"message_uuid": "a"}),
        "None is left out when writing"
    );
    let err =
        serde_json::from_str::<Message>(r#"{"message_uuid":null}"#).expect_err("required null");
    assert!(err.to_string().contains("invalid type: null"), "{err}");
}

#[test]
fn unknown_enum_values_and_decimals_are_kept() {
    let m: Message = serde_json::from_str(
        r#"{"message_uuid":"a","message_state":"teleported","message_direction":"inbound",
            "total_rate":0.00650,"total_amount":"0.00650","error_code":30008}"#,
    )
    .expect("decodes");
    assert_eq!(
        m.message_state,
        Some(MessageState::Unknown("teleported".into()))
    );
    assert_eq!(m.message_direction, Some(Direction::Inbound));
    assert_eq!(m.total_amount.as_ref().map(|d| d.as_str()), Some("0.00650"));
    assert_eq!(m.total_rate.as_ref().map(|d| d.as_str()), Some("0.0065"));
    let written = serde_json::to_value(&m).expect("json");
    assert_eq!(written["total_amount"], json!("0.00650"));
    assert_eq!(written["total_rate"], json!(0.0065));
    assert_eq!(written["error_code"], json!(30008));
    assert_eq!(written["message_state"], json!("teleported"));
}

#[test]
fn only_an_object_is_a_model() {
    for text in ["[\"m-1\"]", "\"m-1\"", "1", "true"] {
        let err = serde_json::from_str::<Message>(text).expect_err(text);
        assert!(
            err.to_string().contains("expected struct Message"),
            "{text}: {err}"
        );
    }
    let err = serde_json::from_str::<Message>("null").expect_err("null");
    assert!(err.to_string().contains("expected struct Message"), "{err}");
    let err = serde_json::from_str::<Page<Message>>("[]").expect_err("array");
    assert!(err.to_string().contains("expected struct Page"), "{err}");
}

#[test]
fn pages_and_acks_keep_unknown_fields_too() {
    let page: Page<Message> = serde_json::from_str(
        r#"{"api_id":"a","meta":{"limit":20,"offset":0,"next":null,"count":3},
            "objects":[{"message_uuid":"m","y":1}],"z":[true]}"#,
    )
    .expect("decodes");
    assert_eq!(
        serde_json::to_value(&page.extra).expect("json"),
        json!({"z": [true]})
    );
    assert_eq!(
        serde_json::to_value(&page.meta.extra).expect("json"),
        json!({"count": 3})
    );
    assert_eq!(page.meta.next, None);
    assert_eq!(
        serde_json::to_value(&page.objects[0].extra).expect("json"),
        json!({"y": 1})
    );
    let ack: Ack = serde_json::from_str(r#"{"message":"changed","x":{"k":"v"}}"#).expect("ack");
    assert_eq!(ack.api_id, None);
    assert_eq!(
        serde_json::to_value(&ack.extra).expect("json"),
        json!({"x": {"k": "v"}})
    );
    assert_eq!(
        serde_json::to_value(&ack).expect("json"),
        json!({"message": "changed", "x": {"k": "v"}})
    );
    assert!(serde_json::from_str::<Ack>("[1]").is_err());
}

// ---------------------------------------------------------------------------------------------
// Decode errors as `Client::send` reports them: the path of the field that failed.
// ---------------------------------------------------------------------------------------------

/// A message as Plivo lists it, with one unknown field.
fn message(i: usize) -> Value {
    json!({
        "message_uuid": format!("m-{i}"),
        "message_state": "delivered",
        "units": 1,
        "requester_host": "192.0.2.17",
    })
}

/// Sends `getMessages` (limit 20) to a server answering `body`, and returns the decode error.
fn decode_error(body: String) -> Box<DecodeError> {
    let mut server = Server::new();
    let mock = server
        .mock(
            "GET",
            format!("/v1/Account/{AUTH_ID}/Message/?limit=20").as_str(),
        )
        .match_header("authorization", basic_auth().as_str())
        .with_status(200)
        .with_header("content-type", "application/json")
        .with_body(body)
        .expect(1)
        .create();
    let result = client_for(&server).send(GetMessages::new().limit(20));
    mock.assert();
    match result {
        Err(Error::Decode(d)) => d,
        other => panic!("expected Error::Decode, got {other:?}"),
    }
}

fn page_of(objects: Vec<Value>) -> Value {
    json!({
        "api_id": "a",
        "meta": {"limit": 20, "offset": 0, "next": null, "total_count": objects.len()},
        "objects": objects,
    })
}

#[test]
fn decode_errors_name_the_path_of_the_field() {
    let mut objects: Vec<Value> = (0..5).map(message).collect();
    objects[3]["units"] = json!("many");
    let d = decode_error(page_of(objects).to_string());
    assert_eq!(d.path.as_deref(), Some("objects[3].units"));
    assert!(d.message.contains("objects[3].units"), "{}", d.message);
    assert!(
        d.message.contains("invalid type: string \"many\""),
        "{}",
        d.message
    );
    assert_eq!(d.operation, Some("getMessages"));

    let mut objects: Vec<Value> = (0..5).map(message).collect();
    objects[4]["message_direction"] = json!(7);
    let d = decode_error(page_of(objects).to_string());
    assert_eq!(d.path.as_deref(), Some("objects[4].message_direction"));

    let mut page = page_of((0..2).map(message).collect());
    page["meta"]["limit"] = json!("twenty");
    let d = decode_error(page.to_string());
    assert_eq!(d.path.as_deref(), Some("meta.limit"));
}

#[test]
fn decode_errors_of_missing_and_duplicate_fields_name_the_object() {
    let mut objects: Vec<Value> = (0..3).map(message).collect();
    objects[2]
        .as_object_mut()
        .expect("object")
        .remove("message_uuid");
    let d = decode_error(page_of(objects).to_string());
    assert_eq!(d.path.as_deref(), Some("objects[2]"));
    assert!(
        d.message.contains("missing field `message_uuid`"),
        "{}",
        d.message
    );

    let body = r#"{"meta":{"limit":20,"offset":0},"objects":[{"message_uuid":"a"},{"units":1,"message_uuid":"b","units":2}]}"#;
    let d = decode_error(body.to_owned());
    assert_eq!(d.path.as_deref(), Some("objects[1]"));
    assert!(
        d.message.contains("duplicate field `units`"),
        "{}",
        d.message
    );
}

// ---------------------------------------------------------------------------------------------
// `Extra`: kept as JSON text while decoding, read as the map it derefs to.
// ---------------------------------------------------------------------------------------------

#[test]
fn extra_reads_as_a_map() {
    let m: Message = serde_json::from_str(WITH_UNKNOWN).expect("decodes");
    assert_eq!(m.extra.get("requester_host"), Some(&json!("192.0.2.17")));
    assert_eq!(m.extra["nested"]["b"]["c"][1], json!(false));
    let keys: Vec<&String> = m.extra.keys().collect();
    assert_eq!(keys.len(), 12);
    assert!(
        keys.windows(2).all(|w| w[0] < w[1]),
        "sorted, as the map keeps them"
    );
    let mut seen = 0;
    for (key, value) in &m.extra {
        assert_eq!(m.extra.get(key), Some(value));
        seen += 1;
    }
    assert_eq!(seen, 12);
    let map: serde_json::Map<String, Value> = m.extra.clone().into_map();
    assert_eq!(Value::Object(map.clone()), unknown_part());
    assert_eq!(plivo::models::Extra::from(map), m.extra);
    assert_eq!(
        format!("{:?}", m.extra),
        format!("{:?}", unknown_part().as_object().expect("object"))
    );
}

#[test]
fn extra_changed_through_the_map_is_written_back_changed() {
    let mut m: Message = serde_json::from_str(WITH_UNKNOWN).expect("decodes");
    let before = m.clone();
    m.extra.insert("added".into(), json!([1]));
    m.extra.remove("big");
    if let Some(log) = m.extra.get_mut("log") {
        *log = json!(false);
    }
    assert_ne!(m, before);
    let written = serde_json::to_value(&m).expect("json");
    assert_eq!(written["added"], json!([1]));
    assert_eq!(written["log"], json!(false));
    assert!(written.get("big").is_none());
    assert_eq!(
        written["requester_host"],
        json!("192.0.2.17"),
        "the rest is kept"
    );
    let again: Message = serde_json::from_value(written).expect("decodes again");
    assert_eq!(again, m);
    assert_eq!(
        before.extra["big"],
        json!(u64::MAX),
        "the clone kept its own fields"
    );
}

#[test]
fn extra_read_from_several_threads_is_the_same_map() {
    let m: Message = serde_json::from_str(WITH_UNKNOWN).expect("decodes");
    let maps: Vec<Value> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..4)
            .map(|_| s.spawn(|| serde_json::to_value(&m.extra).expect("json")))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("thread"))
            .collect()
    });
    for map in maps {
        assert_eq!(map, unknown_part());
    }
}

/// A value from another deserializer can nest deeper than serde_json reads back; it is a decode
/// error, not a field lost later.
#[test]
fn extra_refuses_a_value_too_deep_to_read_back() {
    let nest = |depth: usize| {
        let mut value = json!(1);
        for _ in 0..depth {
            value = json!([value]);
        }
        json!({"message_uuid": "a", "deep": value})
    };
    let m: Message = serde_json::from_value(nest(126)).expect("as deep as serde_json reads");
    let text = serde_json::to_string(&m).expect("json");
    let again: Message = serde_json::from_str(&text).expect("reads back");
    assert_eq!(again, m);
    let err = serde_json::from_value::<Message>(nest(127)).expect_err("one level deeper");
    assert!(err.to_string().contains("recursion limit"), "{err}");
}
