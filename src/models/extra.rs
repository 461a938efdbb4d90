//! How a model is read in one pass: serde's derive reads the fields the model knows (on a
//! private struct of those fields), and every other key goes into `extra`.
//!
//! The derive asks the deserializer for a struct and, for each entry of the map, reads the key
//! and then the value; a value under a key it does not know it skips with
//! [`IgnoredAny`](serde::de::IgnoredAny), that is through `deserialize_ignored_any`. The
//! wrappers here sit between the derive and the real deserializer: they note each key as it
//! goes by, and where the derive would skip a value they read it into `extra` instead. Nothing
//! is buffered and every byte is read once, while the derive keeps everything it did before:
//! field names and renames, `Option` fields absent or `null`, the duplicate and missing field
//! errors, and the paths that `serde_path_to_error` puts on them.

use std::fmt;

use serde::de::value::{BorrowedStrDeserializer, StrDeserializer, StringDeserializer};
use serde::de::{DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, forward_to_deserialize_any};

use super::Extra;

/// Reads a model from `deserializer`: the fields of `K` through its derived `Deserialize`, and
/// the other keys of the map into the returned [`Extra`]. `name` is the model's name, for the
/// error that says a map was expected.
pub(crate) fn split<'de, K, D>(deserializer: D, name: &'static str) -> Result<(K, Extra), D::Error>
where
    K: Deserialize<'de>,
    D: Deserializer<'de>,
{
    let mut extra = Extra::new();
    let known = K::deserialize(Model {
        de: deserializer,
        name,
        extra: &mut extra,
    })?;
    Ok((known, extra))
}

/// The deserializer the derive of `K` sees: whatever it asks for, a map is read.
struct Model<'a, D> {
    de: D,
    name: &'static str,
    extra: &'a mut Extra,
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Model<'_, D> {
    type Error = D::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        // Asked for a map, as `#[serde(flatten)]` did before: a JSON array is not a model.
        self.de.deserialize_map(ModelVisitor {
            inner: visitor,
            name: self.name,
            extra: self.extra,
        })
    }

    fn is_human_readable(&self) -> bool {
        self.de.is_human_readable()
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map struct enum
        identifier ignored_any
    }
}

struct ModelVisitor<'a, V> {
    inner: V,
    name: &'static str,
    extra: &'a mut Extra,
}

impl<'de, V: Visitor<'de>> Visitor<'de> for ModelVisitor<'_, V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "struct {}", self.name)
    }

    fn visit_map<M: MapAccess<'de>>(self, map: M) -> Result<V::Value, M::Error> {
        self.inner.visit_map(Entries {
            map,
            extra: self.extra,
            borrowed: None,
            copied: String::new(),
        })
    }
}

/// The map as the derive reads it, noting each key.
struct Entries<'a, 'de, M> {
    map: M,
    extra: &'a mut Extra,
    /// The last key, when the deserializer lent it from the input ...
    borrowed: Option<&'de str>,
    /// ... and otherwise a copy of it.
    copied: String,
}

impl<'de, M: MapAccess<'de>> MapAccess<'de> for Entries<'_, 'de, M> {
    type Error = M::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, M::Error> {
        self.map.next_key_seed(KeySeed {
            seed,
            borrowed: &mut self.borrowed,
            copied: &mut self.copied,
        })
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, M::Error> {
        let key = self.borrowed.unwrap_or(&self.copied);
        self.map.next_value_seed(ValueSeed {
            seed,
            key,
            extra: self.extra,
        })
    }

    fn size_hint(&self) -> Option<usize> {
        self.map.size_hint()
    }
}

/// Reads a key, notes it, and hands it to the derive's field visitor.
struct KeySeed<'a, 'de, K> {
    seed: K,
    borrowed: &'a mut Option<&'de str>,
    copied: &'a mut String,
}

impl<'de, K: DeserializeSeed<'de>> DeserializeSeed<'de> for KeySeed<'_, 'de, K> {
    type Value = K::Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<K::Value, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de, K: DeserializeSeed<'de>> Visitor<'de> for KeySeed<'_, 'de, K> {
    type Value = K::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("field identifier")
    }

    fn visit_borrowed_str<E: serde::de::Error>(self, key: &'de str) -> Result<K::Value, E> {
        *self.borrowed = Some(key);
        self.seed.deserialize(BorrowedStrDeserializer::new(key))
    }

    fn visit_str<E: serde::de::Error>(self, key: &str) -> Result<K::Value, E> {
        *self.borrowed = None;
        self.copied.clear();
        self.copied.push_str(key);
        self.seed.deserialize(StrDeserializer::new(key))
    }

    fn visit_string<E: serde::de::Error>(self, key: String) -> Result<K::Value, E> {
        *self.borrowed = None;
        self.copied.clone_from(&key);
        self.seed.deserialize(StringDeserializer::new(key))
    }
}

/// Hands the derive the deserializer of one value, wrapped.
struct ValueSeed<'a, S> {
    seed: S,
    key: &'a str,
    extra: &'a mut Extra,
}

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for ValueSeed<'_, S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<S::Value, D::Error> {
        self.seed.deserialize(Field {
            de: deserializer,
            key: self.key,
            extra: self.extra,
        })
    }
}

/// The deserializer of one value: passes every request through, except the derive's request to
/// skip the value of a key it does not know, which reads that value into `extra`.
struct Field<'a, D> {
    de: D,
    key: &'a str,
    extra: &'a mut Extra,
}

macro_rules! pass_through {
    ($($method:ident($($arg:ident: $ty:ty),*);)*) => {
        $(
            fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, D::Error> {
                self.de.$method($($arg,)* visitor)
            }
        )*
    };
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Field<'_, D> {
    type Error = D::Error;

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        let value = serde_json::Value::deserialize(self.de)?;
        self.extra.insert(self.key.to_owned(), value);
        visitor.visit_unit()
    }

    fn is_human_readable(&self) -> bool {
        self.de.is_human_readable()
    }

    pass_through! {
        deserialize_any();
        deserialize_bool();
        deserialize_i8();
        deserialize_i16();
        deserialize_i32();
        deserialize_i64();
        deserialize_i128();
        deserialize_u8();
        deserialize_u16();
        deserialize_u32();
        deserialize_u64();
        deserialize_u128();
        deserialize_f32();
        deserialize_f64();
        deserialize_char();
        deserialize_str();
        deserialize_string();
        deserialize_bytes();
        deserialize_byte_buf();
        deserialize_option();
        deserialize_unit();
        deserialize_unit_struct(name: &'static str);
        deserialize_newtype_struct(name: &'static str);
        deserialize_seq();
        deserialize_tuple(len: usize);
        deserialize_tuple_struct(name: &'static str, len: usize);
        deserialize_map();
        deserialize_struct(name: &'static str, fields: &'static [&'static str]);
        deserialize_enum(name: &'static str, variants: &'static [&'static str]);
        deserialize_identifier();
    }
}
