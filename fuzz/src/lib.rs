//! Helpers shared by the fuzz targets.
//!
//! The round-trip checks compare exactly. The `tolerate-float-noise` feature relaxes them for
//! one known cause only: serde_json without its `float_roundtrip` feature parses floats with
//! a fast algorithm that can be off by a few ULPs, so `parse(to_string(x)) != x` for about a
//! third of all finite `f64`s, and every input carrying such a float (a WhatsApp `template`
//! object, a `Decimal` sent as a JSON number, an unknown field in `extra`) fails the exact
//! check. That was this fuzzing's finding (README.md); plivo now enables `float_roundtrip`.
//! With the feature, a difference is accepted only when both sides are the same JSON tree
//! whose only differences are floats (float against float) a few ULPs apart, so that the
//! targets can still look for everything else on a build without the fix.

use std::sync::OnceLock;

use serde_json::Value;

/// Whether floats must round-trip exactly (the default; off with `tolerate-float-noise`).
pub const STRICT_FLOATS: bool = !cfg!(feature = "tolerate-float-noise");

/// How far apart two floats may be after a round trip and still count as the same value
/// (only with `tolerate-float-noise`). serde_json's fast parser is off by up to 2 ULPs per parse
/// of a shortest representation; a `Decimal` goes through more parses and through long
/// `Display` texts, so leave room.
pub const MAX_ULPS: u64 = 64;

/// The client whose `prepare` the `operation_json` target calls (built once).
pub fn client() -> &'static plivo::Client {
    static CLIENT: OnceLock<plivo::Client> = OnceLock::new();
    CLIENT.get_or_init(|| plivo::Client::new("MAXXXXXXXXXXXXXXXXXX", "t").unwrap())
}

/// Whether the tree holds a JSON number that is stored as an `f64`.
pub fn has_float(value: &Value) -> bool {
    match value {
        Value::Number(n) => n.is_f64(),
        Value::Array(items) => items.iter().any(has_float),
        Value::Object(map) => map.values().any(has_float),
        _ => false,
    }
}

/// Whether a serde_json error is the one its fast float parser gives when a number it printed
/// itself rounds up past `f64::MAX` on the way back.
pub fn is_float_overflow(error: &str) -> bool {
    error.contains("number out of range")
}

fn ulps(a: f64, b: f64) -> u64 {
    if a == b {
        return 0;
    }
    if a.is_sign_negative() != b.is_sign_negative() {
        // Across zero: count the distance of each to zero.
        return ulps(a.abs(), 0.0).saturating_add(ulps(b.abs(), 0.0));
    }
    a.abs().to_bits().abs_diff(b.abs().to_bits())
}

/// Equal JSON trees, except that `f64` numbers may differ by up to [`MAX_ULPS`].
pub fn same_but_float_noise(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            if x == y {
                return true;
            }
            // Only float against float: an integer turning into a float (or back) is a change
            // of form, not noise.
            match (x.is_f64(), y.is_f64(), x.as_f64(), y.as_f64()) {
                (true, true, Some(x), Some(y)) => ulps(x, y) <= MAX_ULPS,
                _ => false,
            }
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same_but_float_noise(x, y))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| same_but_float_noise(v, w)))
        }
        _ => a == b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ulp_distance() {
        assert_eq!(ulps(1.0, 1.0), 0);
        assert_eq!(ulps(1.0, f64::from_bits(1.0f64.to_bits() + 3)), 3);
        assert_eq!(ulps(-0.0, 0.0), 0);
        assert!(ulps(1.0, 2.0) > MAX_ULPS);
    }
}
