//! Reading JSON into [`Value`], with objects built in one go.
//!
//! serde_json's own `Value` inserts each key of an object into its `BTreeMap` as it reads it:
//! a search from the root per key, comparing the key with the ones already there. Plivo writes
//! the keys of its objects in order, so [`value`] gathers an object's entries into a vector
//! and builds the map from them at once (`BTreeMap::from_iter` sorts, which costs one pass
//! over keys already in order, and then fills the tree without searching). The `Value` is the
//! same, a key that comes twice included (the last one is kept, as `insert` does), and so are
//! the errors. With serde_json's `preserve_order` feature the map is an `IndexMap`, which
//! `from_iter` fills by inserting, as serde_json's `Value` does.

use std::fmt;
use std::sync::OnceLock;

use serde::Deserialize;
use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

/// Reads `json` (one value, whitespace around it allowed) as `serde_json::from_slice` does.
pub(crate) fn value(json: &[u8]) -> Result<Value, serde_json::Error> {
    if !numbers_are_plain() {
        return serde_json::from_slice(json);
    }
    read(json)
}

/// Whether serde_json hands numbers out as numbers. With its `arbitrary_precision` feature
/// (which any crate in the build can turn on), it hands each number out as a one-entry map
/// under a private key that only its own `Value` knows; [`value`] then leaves the reading to
/// serde_json. Asked once.
fn numbers_are_plain() -> bool {
    static PLAIN: OnceLock<bool> = OnceLock::new();
    *PLAIN.get_or_init(|| {
        matches!(read(b"[1, -1, 1.5]"), Ok(Value::Array(items)) if items.iter().all(Value::is_number))
    })
}

fn read(json: &[u8]) -> Result<Value, serde_json::Error> {
    let mut deserializer = serde_json::Deserializer::from_slice(json);
    let mut entries = Vec::new();
    let value = AnyValue {
        entries: &mut entries,
    }
    .deserialize(&mut deserializer)?;
    deserializer.end()?;
    Ok(value)
}

/// Reads any JSON value.
struct AnyValue<'a> {
    /// The entries of the objects being read, innermost last: one vector for all of them,
    /// so that an object costs one allocation (its share, handed to the map).
    entries: &'a mut Vec<(String, Value)>,
}

impl AnyValue<'_> {
    fn nested(&mut self) -> AnyValue<'_> {
        AnyValue {
            entries: self.entries,
        }
    }
}

impl<'de> DeserializeSeed<'de> for AnyValue<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for AnyValue<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any valid JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_i128<E: serde::de::Error>(self, v: i128) -> Result<Value, E> {
        Value::deserialize(serde::de::value::I128Deserializer::new(v))
    }

    fn visit_u128<E: serde::de::Error>(self, v: u128) -> Result<Value, E> {
        Value::deserialize(serde::de::value::U128Deserializer::new(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Number::from_f64(v).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(self.nested())? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<Value, A::Error> {
        let first = self.entries.len();
        while let Some(key) = map.next_key::<String>()? {
            let value = map.next_value_seed(self.nested())?;
            self.entries.push((key, value));
        }
        Ok(Value::Object(Map::from_iter(self.entries.drain(first..))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same `Value` as serde_json's, or the same error.
    #[track_caller]
    fn same(json: &[u8]) {
        let ours = value(json).map_err(|e| e.to_string());
        let theirs = serde_json::from_slice::<Value>(json).map_err(|e| e.to_string());
        assert_eq!(ours, theirs, "{}", String::from_utf8_lossy(json));
    }

    #[test]
    fn reads_what_serde_json_reads() {
        assert!(numbers_are_plain());
        let cases: &[&[u8]] = &[
            br#"{"b": 1, "a": [true, false, null], "c": {"z": "x", "y": {}}}"#,
            // A key twice: the last value is kept, in every position.
            br#"{"a": 1, "a": 2, "b": {"k": 1, "k": {"n": 3}}, "a": 3}"#,
            br#"{"z": 1, "y": 2, "x": 3, "y": 4}"#,
            br#"[18446744073709551615, -9223372036854775808, 1.5, -0, -0.0, 1e308, 2.5e-300]"#,
            br#"[0.1, 1.0, 100000000000000000000, 12345678901234567890123]"#,
            r#""caf\u00e9 \ud83d\ude00 \n \" \\ é""#.as_bytes(),
            br#"  {}  "#,
            br#"[[], [[]], {"": ""}]"#,
            b"null",
            // Errors, with their positions.
            b"",
            b"   ",
            b"{",
            br#"{"a": 1,}"#,
            br#"{"a": 1} x"#,
            br#"[1e400]"#,
            br#""\ud800""#,
            br#"{"a": "\x"}"#,
            b"[01]",
            b"{\"a\": \"tab\there\"}",
            b"{\"a\": \"\xff\"}",
        ];
        for json in cases {
            same(json);
        }
        for depth in [127, 128] {
            same(format!("{}1{}", "[".repeat(depth), "]".repeat(depth)).as_bytes());
        }
        same(format!("{}1{}", r#"{"a":"#.repeat(130), "}".repeat(130)).as_bytes());
    }

    /// xorshift64*: a fixed sequence, so that a failure reproduces.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
        }

        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }

        fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
            items[self.below(items.len())]
        }
    }

    /// Random JSON text: objects with keys that repeat and come out of order, strings with
    /// escapes and non-ASCII text, numbers in every form, whitespace anywhere.
    fn text(rng: &mut Rng, depth: usize, out: &mut String) {
        const SCALARS: &[&str] = &[
            "null",
            "true",
            "false",
            "0",
            "-0",
            "7",
            "-12",
            "18446744073709551615",
            "18446744073709551616",
            "-9223372036854775809",
            "1.5",
            "-0.0",
            "2.5e-3",
            "1E10",
            "1e400",
            "123456789012345678901234567890",
            r#""""#,
            r#""sent""#,
            r#""caf\u00e9""#,
            r#""\ud83d\ude00""#,
            r#""a\"b\\c\n""#,
            r#""é ü 日本""#,
        ];
        const KEYS: &[&str] = &["a", "b", "api_id", "z", "message_uuid", "é", r"k\u0061", ""];
        const SPACE: &[&str] = &["", "", " ", "\n  ", "\t"];
        out.push_str(rng.pick(SPACE));
        match (depth, rng.below(4)) {
            (0, _) | (_, 0 | 1) => out.push_str(rng.pick(SCALARS)),
            (_, 2) => {
                out.push('[');
                for i in 0..rng.below(4) {
                    if i > 0 {
                        out.push(',');
                    }
                    text(rng, depth - 1, out);
                }
                out.push(']');
            }
            _ => {
                out.push('{');
                for i in 0..rng.below(6) {
                    if i > 0 {
                        out.push(',');
                    }
                    out.push_str(rng.pick(SPACE));
                    out.push('"');
                    out.push_str(rng.pick(KEYS));
                    out.push_str("\":");
                    text(rng, depth - 1, out);
                }
                out.push('}');
            }
        }
        out.push_str(rng.pick(SPACE));
    }

    #[test]
    fn reads_random_json_and_its_corruptions_as_serde_json_does() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let (mut values, mut errors) = (0, 0);
        for _ in 0..3000 {
            let mut json = String::new();
            text(&mut rng, 4, &mut json);
            let mut bytes = json.into_bytes();
            // Every other document is damaged: a byte changed, dropped or repeated.
            if rng.below(2) == 0 && !bytes.is_empty() {
                let at = rng.below(bytes.len());
                match rng.below(3) {
                    0 => bytes[at] = b"\"\\{}[],:0e-x\xff"[rng.below(13)],
                    1 => drop(bytes.remove(at)),
                    _ => bytes.insert(at, bytes[at]),
                }
            }
            same(&bytes);
            if value(&bytes).is_ok() {
                values += 1;
            } else {
                errors += 1;
            }
        }
        assert!(
            values > 1000 && errors > 500,
            "{values} values, {errors} errors"
        );
    }

    #[test]
    fn reads_every_fixture_as_serde_json_does() {
        let mut dirs =
            vec![std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/fixtures")];
        let mut read = 0;
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).expect("fixtures") {
                let path = entry.expect("entry").path();
                if path.is_dir() {
                    dirs.push(path);
                } else {
                    same(&std::fs::read(&path).expect("fixture"));
                    read += 1;
                }
            }
        }
        assert!(read > 150, "{read} fixtures");
    }
}
