//! `Debug` of JSON that keeps credentials out: the value of any key, at any depth, whose name
//! contains `password`, `token` or `secret` (in any case) prints as `***`. Everything else
//! prints exactly as `serde_json::Value` and `Map` print it.

use std::fmt;

use serde_json::{Map, Value};

/// Writes `map` as `Map`'s `Debug` does, credentials masked.
pub(crate) fn entries(f: &mut fmt::Formatter<'_>, map: &Map<String, Value>) -> fmt::Result {
    f.debug_map()
        .entries(
            map.iter()
                .map(|(key, value)| (key, Masked((!is_credential(key)).then_some(value)))),
        )
        .finish()
}

/// `value`, to print as `Value`'s `Debug` does, credentials masked.
pub(crate) fn value(value: &Value) -> impl fmt::Debug + '_ {
    Masked(Some(value))
}

/// Whether a key names a credential, whose value `Debug` must not show.
fn is_credential(key: &str) -> bool {
    let key = key.to_ascii_lowercase();
    ["password", "token", "secret"]
        .iter()
        .any(|word| key.contains(word))
}

/// A value, or `None` for one that prints as the mask.
struct Masked<'a>(Option<&'a Value>);

impl fmt::Debug for Masked<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            None => f.write_str(crate::Secret::MASK),
            Some(Value::Object(map)) => {
                f.write_str("Object ")?;
                entries(f, map)
            }
            Some(Value::Array(items)) => {
                f.write_str("Array ")?;
                f.debug_list()
                    .entries(items.iter().map(|item| Masked(Some(item))))
                    .finish()
            }
            Some(other) => fmt::Debug::fmt(other, f),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn without_credentials_it_prints_as_serde_json_does() {
        let doc = json!({"a": [1, "two", null, {"b": true}], "c": {"d": 2.5}, "e": ""});
        assert_eq!(format!("{:?}", value(&doc)), format!("{doc:?}"));
        assert_eq!(format!("{:#?}", value(&doc)), format!("{doc:#?}"));
    }

    #[test]
    fn credentials_print_as_the_mask_at_any_depth() {
        let doc = json!({
            "auth_token": "t-1",
            "list": [{"Password": "p-2"}, {"ok": "kept"}],
            "nested": {"client_SECRET": {"deep": "s-3"}}
        });
        let shown = format!("{:?}", value(&doc));
        for hidden in ["t-1", "p-2", "s-3"] {
            assert!(!shown.contains(hidden), "{hidden} in {shown}");
        }
        assert!(shown.contains(r#""auth_token": ***"#), "{shown}");
        assert!(shown.contains("kept"), "{shown}");
    }
}
