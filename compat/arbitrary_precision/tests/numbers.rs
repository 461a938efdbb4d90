//! With serde_json's `arbitrary_precision` on, serde_json hands a JSON number to a visitor as a
//! one-entry map under a private key, which only its own `Number` and `Value` read. The
//! crate's own readers must still see numbers.

use plivo::models::{Ack, Decimal, Message};
use serde_json::{Value, json};

#[test]
fn the_feature_is_on_in_this_build() {
    // Past f64: kept digit for digit only with `arbitrary_precision`.
    let big: Value = serde_json::from_str("123456789012345678901234567890.5").expect("number");
    assert_eq!(big.to_string(), "123456789012345678901234567890.5");
}

#[test]
fn a_decimal_reads_a_json_number_exactly() {
    let d: Decimal = serde_json::from_str("0.00650").expect("a number");
    assert_eq!(
        d.to_string(),
        "0.00650",
        "trailing zero kept, as the feature allows"
    );
    assert_eq!(serde_json::to_string(&d).expect("writes"), "0.00650");
    let d: Decimal = serde_json::from_str(r#""0.00650""#).expect("a string");
    assert_eq!(serde_json::to_string(&d).expect("writes"), r#""0.00650""#);
    let d: Decimal = serde_json::from_str("-12").expect("an integer");
    assert_eq!(d.to_string(), "-12");
    // Still refused: what is not a number.
    let err = serde_json::from_str::<Decimal>(r#"{"a": 1}"#).expect_err("an object");
    assert!(err.to_string().contains("a decimal number"), "{err}");
    assert!(serde_json::from_str::<Decimal>("true").is_err());
}

#[test]
fn a_model_reads_numbers_in_known_and_unknown_fields() {
    let message: Message = serde_json::from_str(
        r#"{"message_uuid": "db3ce55a", "total_amount": 0.0065, "units": 2,
            "new_count": 3, "new_rate": 1.25}"#,
    )
    .expect("decodes");
    assert_eq!(message.total_amount.expect("amount").to_string(), "0.0065");
    assert_eq!(message.units, Some(2));
    assert_eq!(message.extra["new_count"], 3);
    assert_eq!(message.extra["new_rate"], json!(1.25));

    let ack: Ack =
        serde_json::from_str(r#"{"api_id": "x", "n": 1.5, "list": [1, 2.5]}"#).expect("decodes");
    assert!(ack.extra["n"].is_number(), "{:?}", ack.extra);
    assert_eq!(ack.extra["list"], json!([1, 2.5]));
}

#[test]
fn a_raw_answer_reads_numbers_as_numbers() {
    let sandbox = plivo::sandbox::Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let raw = client
        .call(plivo::ops::GetMessages::new().limit(5))
        .expect("lists messages");
    let meta = &raw.body()["meta"];
    assert_eq!(meta["limit"], 5, "{meta}");
    assert!(meta["offset"].is_number(), "{meta}");
}

#[test]
fn an_id_sent_as_a_number_reads_as_one() {
    use plivo::models::{LooseId, Powerpack};
    let pack: Powerpack =
        serde_json::from_str(r#"{"uuid": "p1", "application_id": 123912833468}"#).expect("decodes");
    assert_eq!(pack.application_id, Some(LooseId::Number(123_912_833_468)));
    let pack: Powerpack =
        serde_json::from_str(r#"{"uuid": "p1", "application_id": "2034"}"#).expect("decodes");
    assert_eq!(pack.application_id, Some(LooseId::Text("2034".to_owned())));
    assert!(serde_json::from_str::<LooseId>("1.5").is_err());
    assert!(serde_json::from_str::<LooseId>("-3").is_err());
}
