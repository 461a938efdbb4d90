//! Every recorded answer that the shared catalog (`../shared/operations.json`, beside the
//! checkout) names for an operation of this crate decodes into that operation's model with no
//! field lost: the model written back is the recorded body again, unknown fields included.
//! `null` and an absent key read the same to a model, so nulls are left out of both sides.
//! Answers recorded for errors (a 4xx the SDK test expects to raise) are not models; the
//! error tests of each resource cover them.

mod common;

use std::path::PathBuf;

use common::without_nulls;
use plivo::{OperationKind, Typed};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// Decodes `body` into `T` as `Client::send` does (an empty body reads as `{}`) and writes
/// it back as JSON.
fn typed<T: DeserializeOwned + Serialize>(body: &[u8]) -> Result<Value, String> {
    let body: &[u8] = if body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        body
    };
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let model: T = serde_path_to_error::deserialize(&mut deserializer)
        .map_err(|e| format!("at `{}`: {}", e.path(), e.inner()))?;
    serde_json::to_value(&model).map_err(|e| e.to_string())
}

/// `decode(kind, body)`: the answer in the model of `kind`, written back as JSON. One arm per
/// operation, expanded from the crate's own list, so a new operation is covered unasked.
macro_rules! decoders {
    ($($name:ident),*) => {
        fn decode(kind: OperationKind, body: &[u8]) -> Result<Value, String> {
            match kind {
                $( OperationKind::$name => typed::<<plivo::ops::$name as Typed>::Output>(body), )*
                other => Err(format!("{other:?} has no decoder")),
            }
        }
    };
}
plivo::__plivo_for_each_operation!(decoders);

fn shared() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared"))
}

/// `(operation, fixture path below the workspace's parent, status)` for every recorded answer.
fn recorded() -> Vec<(String, String, Option<u64>, bool)> {
    let path = shared().join("operations.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (../shared sits beside the checkout)",
            path.display()
        )
    });
    let catalog: Vec<Value> = serde_json::from_str(&text).expect("operations.json");
    let mut out = Vec::new();
    for op in &catalog {
        let Some(fixture) = op["fixture"].as_object() else {
            continue;
        };
        let more = fixture
            .get("more")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        for entry in std::iter::once(&Value::Object(fixture.clone())).chain(more.iter()) {
            let Some(copy) = entry["shared_copy"].as_str() else {
                continue; // an empty body (a 204): nothing was recorded
            };
            let error_case = entry["case"].as_str().is_some_and(|c| c.contains("error"));
            out.push((
                op["name"].as_str().expect("name").to_owned(),
                copy.to_owned(),
                entry["mock_status"].as_u64(),
                error_case,
            ));
        }
    }
    out
}

#[test]
fn every_recorded_answer_of_our_operations_decodes_with_no_field_lost() {
    let ours: Vec<&str> = OperationKind::ALL.iter().map(|k| k.name()).collect();
    let mut checked = 0;
    let mut failures = Vec::new();
    for (name, copy, status, error_case) in recorded() {
        if !ours.contains(&name.as_str()) {
            continue; // an operation of a later issue
        }
        if error_case || status.is_some_and(|s| !(200..300).contains(&s)) {
            continue;
        }
        let kind = OperationKind::from_name(&name).expect("ours");
        // `shared_copy` is `shared/fixtures/…`, relative to the folder that holds `shared`.
        let file = shared().join("..").join(&copy);
        let body = std::fs::read(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let recorded: Value = serde_json::from_slice(&body).expect("a JSON fixture");
        match decode(kind, &body) {
            Ok(typed) if without_nulls(&typed) == without_nulls(&recorded) => checked += 1,
            Ok(typed) => failures.push(format!(
                "{name} {copy}: written back differs\n  recorded {}\n  typed    {}",
                without_nulls(&recorded),
                without_nulls(&typed)
            )),
            Err(e) => failures.push(format!("{name} {copy}: {e}")),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // The seed's and the issues' recorded answers: a floor, so that a catalog that lost its
    // fixtures cannot pass this test by checking nothing.
    assert!(checked >= 99, "only {checked} recorded answers checked");
}

#[test]
fn the_decoders_name_the_field_they_cannot_read() {
    let err = decode(
        OperationKind::GetMessages,
        br#"{"api_id": "a", "meta": {"limit": 20, "offset": 0}, "objects": [{"message_uuid": 7}]}"#,
    )
    .expect_err("a number for a uuid");
    assert!(err.contains("objects[0].message_uuid"), "{err}");
    // An empty answer reads as `{}`, as a 204 does for `Client::send`.
    assert!(decode(OperationKind::DeleteMessageMedia, b"").is_ok());
}
