//! Regression tests for what the fuzz targets in `fuzz/` found (see `fuzz/README.md`).
//!
//! All three had one root cause: serde_json was used without its `float_roundtrip` feature,
//! so its float parser could be off by a few ULPs and `parse(to_string(x)) != x` for many
//! floats. Enabling the feature (Cargo.toml) fixes them; these tests keep it fixed.

use plivo::Operation;
use plivo::models::Decimal;

/// `response_decode` target (strict floats), minimized with `cargo fuzz tmin`: a `Decimal`
/// read from a JSON number beyond `u64` did not survive serialize + decode.
#[test]
fn decimal_above_u64_round_trips() {
    let first: Decimal = serde_json::from_str("70000016382051604609").expect("decodes");
    let written = serde_json::to_string(&first).expect("serializes");
    let second: Decimal = serde_json::from_str(&written).expect("decodes again");
    // Before the fix: "70000016382051610000" became "70000016382051615000" (written as
    // 7.0000016382051615e19).
    assert_eq!(first, second, "written as {written}");
}

/// `response_decode` target's check, on a hand-made input: a JSON number near `f64::MAX` read
/// as a `Decimal` was written back as a JSON string, not in the form it was read in.
#[test]
fn decimal_near_f64_max_keeps_number_form() {
    let first: Decimal = serde_json::from_str("1.7976931348623157e308").expect("decodes");
    let written = serde_json::to_string(&first).expect("serializes");
    // Before the fix: the 309-digit text did not re-parse as a number ("number out of range"),
    // so `Serialize` fell back to a string.
    assert!(
        !written.starts_with('"'),
        "a number was written as a string: {written}"
    );
    let second: Decimal = serde_json::from_str(&written).expect("decodes again");
    assert_eq!(first, second);
}

/// `operation_json` target's check (strict floats), on a hand-made input: a float inside an
/// object field (`template`) changed on the way through `to_json` and back, and the value
/// held after `from_json` was already not the one given.
#[test]
fn operation_json_float_in_object_field_round_trips() {
    let input = r#"{"operation":"sendMessage","params":{"src":"14155550100","destination":"14155550101","text":"hi","template":{"x":3.276790347805693e-9}}}"#;
    let op = Operation::from_json(input).expect("valid");
    let json = op.to_json();
    // Before the fix: from_json held 3.2767903478056932e-9, and to_json's text read back as
    // 3.276790347805693e-9.
    assert!(json.contains("3.276790347805693e-9"), "{json}");
    let back = Operation::from_json(&json).expect("reads back");
    assert_eq!(back, op, "{json}");
}
