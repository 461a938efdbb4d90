//! `extra`: the fields a model does not know, and how a model is read in one pass.
//!
//! serde's derive reads the fields the model knows (on a private struct of those fields). It
//! asks the deserializer for a struct and, for each entry of the map, reads the key and then
//! the value; a value under a key it does not know it skips with
//! [`IgnoredAny`](serde::de::IgnoredAny), that is through `deserialize_ignored_any`. The
//! wrappers here sit between the derive and the real deserializer: they note each key as it
//! goes by, and where the derive would skip a value they write it into `extra` instead. Nothing
//! is decoded twice, while the derive keeps everything it did before: field names and renames,
//! `Option` fields absent or `null`, the duplicate and missing field errors, and the paths that
//! `serde_path_to_error` puts on them.
//!
//! `extra` keeps what it is given as compact JSON text (`{"key":value,…}`, written as the
//! value is read) and builds its [`Map`] the first time it is looked at. Building the map on
//! every decode (a `String` per key, a `Value` per value, a B-tree insert) cost more than
//! decoding all the known fields of a message; writing the text costs a fraction of that
//! (`examples/bench.rs` measures it against structs that skip unknown fields).

use std::fmt;
use std::ops::{Deref, DerefMut};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde::de::value::{BorrowedStrDeserializer, StrDeserializer, StringDeserializer};
use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer, forward_to_deserialize_any};
use serde_json::{Map, Value};

/// Fields a model does not know (yet), kept as they came.
///
/// Use it as the [`serde_json::Map`] it dereferences to: `extra["log"]`,
/// `extra.get("message_expiry")`, `extra.keys()`, `for (key, value) in &extra`, `extra.insert(..)`. It
/// compares, prints and serializes as that map, and [`Extra::into_map`] (or `Map::from`) hands
/// the map over.
///
/// `Debug` masks what looks like a credential: the value of any key, at any depth, whose name
/// contains `password`, `token` or `secret` (in any case) prints as `***`, as the credentials
/// the models know print (see [`crate::Secret`]). The map itself keeps the values.
///
/// Decoding does not build the map: it keeps the fields as compact JSON text and parses it the
/// first time the map is needed (once; reading it from several threads is fine). Models whose
/// unknown fields nobody reads never pay for them.
#[derive(Clone, Default)]
pub struct Extra {
    /// The fields as a JSON object (`{"key":value,…}`) written while decoding; empty when
    /// there were none. Unused once `owned` holds the map.
    text: Vec<u8>,
    /// `text` parsed, the first time it is read.
    parsed: OnceLock<Map<String, Value>>,
    /// The map, once it was borrowed mutably or given whole.
    owned: Option<Map<String, Value>>,
}

/// The deepest nesting that `text` may hold and still parse: serde_json reads 127 levels, and
/// the object around the fields is one of them. JSON that serde_json read is never deeper; a
/// value from another deserializer could be.
const MAX_DEPTH: usize = 126;

impl Extra {
    /// No fields.
    pub fn new() -> Self {
        Extra::default()
    }

    /// The fields as a map.
    pub fn into_map(self) -> Map<String, Value> {
        match self.owned {
            Some(map) => map,
            None => match self.parsed.into_inner() {
                Some(map) => map,
                None => parse(&self.text),
            },
        }
    }

    /// Whether there are no fields, answered without building the map.
    pub(crate) fn has_no_fields(&self) -> bool {
        match &self.owned {
            Some(map) => map.is_empty(),
            None => self.text.is_empty(),
        }
    }

    /// Writes `key` and the value `de` holds into `text`, as the next field; the first field
    /// reserves `room` bytes.
    #[inline]
    fn read_field<'de, D: Deserializer<'de>>(
        &mut self,
        key: &str,
        room: usize,
        de: D,
    ) -> Result<(), D::Error> {
        let text = &mut self.text;
        if text.is_empty() {
            text.reserve(room);
            text.push(b'{');
        } else {
            text.push(b',');
        }
        write_str(text, key)?;
        text.push(b':');
        de.deserialize_any(Transcode {
            out: text,
            depth: 0,
            comma: false,
        })
    }

    /// Closes `text` after the last field.
    fn finish(&mut self) {
        if !self.text.is_empty() {
            self.text.push(b'}');
        }
    }
}

/// Parses what [`Extra::read_field`] wrote.
fn parse(text: &[u8]) -> Map<String, Value> {
    if text.is_empty() {
        return Map::new();
    }
    // `text` is a JSON object that `Transcode` wrote from values that were read, no deeper than
    // serde_json reads (`MAX_DEPTH`), so this parse does not fail. Were it to, the map would be
    // empty, not a panic.
    match crate::json::value(text) {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    }
}

impl Deref for Extra {
    type Target = Map<String, Value>;

    fn deref(&self) -> &Map<String, Value> {
        match &self.owned {
            Some(map) => map,
            None => self.parsed.get_or_init(|| parse(&self.text)),
        }
    }
}

impl DerefMut for Extra {
    fn deref_mut(&mut self) -> &mut Map<String, Value> {
        let map = match self.owned.take() {
            Some(map) => map,
            None => self.parsed.take().unwrap_or_else(|| parse(&self.text)),
        };
        self.text = Vec::new();
        self.owned.insert(map)
    }
}

impl From<Map<String, Value>> for Extra {
    fn from(map: Map<String, Value>) -> Self {
        Extra {
            owned: Some(map),
            ..Extra::default()
        }
    }
}

impl From<Extra> for Map<String, Value> {
    fn from(extra: Extra) -> Self {
        extra.into_map()
    }
}

impl FromIterator<(String, Value)> for Extra {
    fn from_iter<I: IntoIterator<Item = (String, Value)>>(iter: I) -> Self {
        Extra::from(Map::from_iter(iter))
    }
}

impl IntoIterator for Extra {
    type Item = (String, Value);
    type IntoIter = serde_json::map::IntoIter;

    fn into_iter(self) -> Self::IntoIter {
        self.into_map().into_iter()
    }
}

impl<'a> IntoIterator for &'a Extra {
    type Item = (&'a String, &'a Value);
    type IntoIter = serde_json::map::Iter<'a>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<'a> IntoIterator for &'a mut Extra {
    type Item = (&'a String, &'a mut Value);
    type IntoIter = serde_json::map::IterMut<'a>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter_mut()
    }
}

impl PartialEq for Extra {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl Eq for Extra {}

impl fmt::Debug for Extra {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::mask::entries(f, self)
    }
}

impl Serialize for Extra {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        (**self).serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Extra {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Map::deserialize(deserializer).map(Extra::from)
    }
}

/// Writes `text` as a JSON string. Keys and values rarely hold a character that JSON escapes
/// (`"`, `\\`, a control character); those that do not are copied whole.
#[inline(always)]
fn write_str<E: serde::de::Error>(out: &mut Vec<u8>, text: &str) -> Result<(), E> {
    let bytes = text.as_bytes();
    // One pass with no early exit, which the compiler turns into wide compares.
    let plain = bytes.iter().fold(true, |plain, &b| {
        plain & (b >= 0x20) & (b != b'"') & (b != b'\\')
    });
    if !plain {
        return write_json(out, text);
    }
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    out.extend_from_slice(bytes);
    out.push(b'"');
    Ok(())
}

fn write_json<T: Serialize + ?Sized, E: serde::de::Error>(
    out: &mut Vec<u8>,
    value: &T,
) -> Result<(), E> {
    // Writing a string or a number into a Vec does not fail.
    serde_json::to_writer(out, value).map_err(E::custom)
}

/// Writes the value it visits as JSON, as `serde_json::Value` would read it (and write it
/// back): numbers as serde_json keeps them, a float that is not finite as `null`, everything
/// else refused with the same error.
struct Transcode<'a> {
    out: &'a mut Vec<u8>,
    /// Containers around this value in `text`, the fields' object not counted.
    depth: usize,
    /// Whether a `,` goes first (an element after the first).
    comma: bool,
}

impl Transcode<'_> {
    fn open<E: serde::de::Error>(&mut self, bracket: u8) -> Result<(), E> {
        if self.depth >= MAX_DEPTH {
            return Err(E::custom("recursion limit exceeded"));
        }
        self.out.push(bracket);
        Ok(())
    }
}

impl<'de> DeserializeSeed<'de> for Transcode<'_> {
    type Value = ();

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        if self.comma {
            self.out.push(b',');
        }
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Transcode<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any valid JSON value")
    }

    #[inline]
    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<(), E> {
        self.out
            .extend_from_slice(if v { b"true" } else { b"false" });
        Ok(())
    }

    #[inline]
    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<(), E> {
        write_json(self.out, &v)
    }

    #[inline]
    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<(), E> {
        write_json(self.out, &v)
    }

    fn visit_i128<E: serde::de::Error>(self, v: i128) -> Result<(), E> {
        let number = serde_json::Number::deserialize(serde::de::value::I128Deserializer::new(v))?;
        write_json(self.out, &number)
    }

    fn visit_u128<E: serde::de::Error>(self, v: u128) -> Result<(), E> {
        let number = serde_json::Number::deserialize(serde::de::value::U128Deserializer::new(v))?;
        write_json(self.out, &number)
    }

    #[inline]
    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<(), E> {
        // Not finite: `null`, as `Value` reads it (serde_json writes `null` for it).
        write_json(self.out, &v)
    }

    #[inline]
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<(), E> {
        write_str(self.out, v)
    }

    #[inline]
    fn visit_none<E: serde::de::Error>(self) -> Result<(), E> {
        self.out.extend_from_slice(b"null");
        Ok(())
    }

    #[inline]
    fn visit_unit<E: serde::de::Error>(self) -> Result<(), E> {
        self.visit_none()
    }

    #[inline]
    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<(), A::Error> {
        self.open(b'[')?;
        let mut comma = false;
        while let Some(()) = seq.next_element_seed(Transcode {
            out: self.out,
            depth: self.depth + 1,
            comma,
        })? {
            comma = true;
        }
        self.out.push(b']');
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<(), A::Error> {
        self.open(b'{')?;
        let mut comma = false;
        while let Some(()) = map.next_key_seed(KeyText {
            out: self.out,
            comma,
        })? {
            map.next_value_seed(Transcode {
                out: self.out,
                depth: self.depth + 1,
                comma: false,
            })?;
            comma = true;
        }
        self.out.push(b'}');
        Ok(())
    }
}

/// Writes the key of an object inside a field, with its `:` (and a `,` before it when it is
/// not the first).
struct KeyText<'a> {
    out: &'a mut Vec<u8>,
    comma: bool,
}

impl<'de> DeserializeSeed<'de> for KeyText<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeyText<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string key")
    }

    fn visit_str<E: serde::de::Error>(self, key: &str) -> Result<(), E> {
        if self.comma {
            self.out.push(b',');
        }
        write_str(self.out, key)?;
        self.out.push(b':');
        Ok(())
    }
}

/// How much text the last model of one type wrote into its `extra`: the room the next one is
/// given at its first unknown field, so that it is written without growing. Answers of one
/// kind carry the same unknown fields, so one allocation of the right size replaces a fixed
/// guess that is grown (copied) when too small and wasted when too large. Shared by the
/// threads decoding that type; a stale figure only costs a growth.
#[derive(Debug)]
pub(crate) struct TextSize(AtomicUsize);

impl TextSize {
    /// Before the first model of its type is read.
    pub(crate) const fn new() -> Self {
        TextSize(AtomicUsize::new(0))
    }

    /// The room for the next text: the last size and an eighth more, at least 64 bytes.
    fn room(&self) -> usize {
        let last = self.0.load(Ordering::Relaxed);
        (last + last / 8).max(64)
    }

    fn note(&self, text: &[u8]) {
        if !text.is_empty() {
            self.0.store(text.len(), Ordering::Relaxed);
        }
    }
}

/// Reads a model from `deserializer`: the fields of `K` through its derived `Deserialize`, and
/// the other keys of the map into the returned [`Extra`]. `name` is the model's name, for the
/// error that says a map was expected; `size` is its type's [`TextSize`].
pub(crate) fn split<'de, K, D>(
    deserializer: D,
    name: &'static str,
    size: &TextSize,
) -> Result<(K, Extra), D::Error>
where
    K: Deserialize<'de>,
    D: Deserializer<'de>,
{
    let Split(known, extra) = read(deserializer, name, size, |de| {
        K::deserialize(de).map(|known| Split(known, Extra::new()))
    })?;
    Ok((known, extra))
}

/// What [`split`] reads: the known fields and, put in by [`read`], the others.
struct Split<K>(K, Extra);

impl<K> WithExtra for Split<K> {
    fn set_extra(&mut self, extra: Extra) {
        self.1 = extra;
    }
}

/// Reads a model whose known fields `fields` reads (serde's derive on the model itself, told
/// to leave `extra` at its default), the other keys into the `Extra` that
/// [`WithExtra::set_extra`] then puts in place. The model is built where it ends up, not
/// moved from a second struct.
#[inline(always)]
pub(crate) fn read<'de, T, D>(
    deserializer: D,
    name: &'static str,
    size: &TextSize,
    fields: impl FnOnce(Model<'_, D>) -> Result<T, D::Error>,
) -> Result<T, D::Error>
where
    T: WithExtra,
    D: Deserializer<'de>,
{
    let mut sink = Sink {
        extra: Extra::new(),
        room: size.room(),
    };
    let mut model = fields(Model {
        de: deserializer,
        name,
        extra: &mut sink,
    })?;
    sink.extra.finish();
    size.note(&sink.extra.text);
    model.set_extra(sink.extra);
    Ok(model)
}

/// A model with an `extra` to fill.
pub(crate) trait WithExtra {
    fn set_extra(&mut self, extra: Extra);
}

/// Where a model's unknown fields go while it is read.
struct Sink {
    extra: Extra,
    /// What the text reserves at the first field.
    room: usize,
}

/// The deserializer the derive of `K` sees: whatever it asks for, a map is read.
pub(crate) struct Model<'a, D> {
    de: D,
    name: &'static str,
    extra: &'a mut Sink,
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Model<'_, D> {
    type Error = D::Error;

    #[inline]
    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        // Asked for a map, as `#[serde(flatten)]` did before: a JSON array is not a model.
        self.de.deserialize_map(ModelVisitor {
            inner: visitor,
            name: self.name,
            extra: self.extra,
        })
    }

    #[inline]
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
    extra: &'a mut Sink,
}

impl<'de, V: Visitor<'de>> Visitor<'de> for ModelVisitor<'_, V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "struct {}", self.name)
    }

    #[inline]
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
    extra: &'a mut Sink,
    /// The last key, when the deserializer lent it from the input ...
    borrowed: Option<&'de str>,
    /// ... and otherwise a copy of it.
    copied: String,
}

impl<'de, M: MapAccess<'de>> MapAccess<'de> for Entries<'_, 'de, M> {
    type Error = M::Error;

    #[inline]
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

    #[inline]
    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, M::Error> {
        let key = self.borrowed.unwrap_or(&self.copied);
        self.map.next_value_seed(ValueSeed {
            seed,
            key,
            extra: self.extra,
        })
    }

    #[inline]
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

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<K::Value, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de, K: DeserializeSeed<'de>> Visitor<'de> for KeySeed<'_, 'de, K> {
    type Value = K::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("field identifier")
    }

    #[inline]
    fn visit_borrowed_str<E: serde::de::Error>(self, key: &'de str) -> Result<K::Value, E> {
        *self.borrowed = Some(key);
        self.seed.deserialize(BorrowedStrDeserializer::new(key))
    }

    #[inline]
    fn visit_str<E: serde::de::Error>(self, key: &str) -> Result<K::Value, E> {
        *self.borrowed = None;
        self.copied.clear();
        self.copied.push_str(key);
        self.seed.deserialize(StrDeserializer::new(key))
    }

    #[inline]
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
    extra: &'a mut Sink,
}

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for ValueSeed<'_, S> {
    type Value = S::Value;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<S::Value, D::Error> {
        self.seed.deserialize(Field {
            de: deserializer,
            key: self.key,
            extra: self.extra,
        })
    }
}

/// The deserializer of one value: passes every request through, except the derive's request to
/// skip the value of a key it does not know, which writes that value into `extra`.
struct Field<'a, D> {
    de: D,
    key: &'a str,
    extra: &'a mut Sink,
}

macro_rules! pass_through {
    ($($method:ident($($arg:ident: $ty:ty),*);)*) => {
        $(
            #[inline]
            fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, D::Error> {
                self.de.$method($($arg,)* visitor)
            }
        )*
    };
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Field<'_, D> {
    type Error = D::Error;

    #[inline]
    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.extra
            .extra
            .read_field(self.key, self.extra.room, self.de)?;
        visitor.visit_unit()
    }

    #[inline]
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_gets_the_room_the_last_one_of_its_type_took() {
        let size = TextSize::new();
        assert_eq!(size.room(), 64, "a first guess");
        let read = |json: &str| -> (Extra, usize) {
            let mut de = serde_json::Deserializer::from_str(json);
            let (_, extra) = split::<serde::de::IgnoredAny, _>(&mut de, "T", &size).expect("reads");
            let capacity = extra.text.capacity();
            (extra, capacity)
        };
        let long = format!(r#"{{"a": "{}", "b": [1, 2, 3]}}"#, "x".repeat(300));
        let (first, _) = read(&long);
        let written = first.text.len();
        assert_eq!(size.room(), written + written / 8);
        // The next one of the type is written into one allocation of that room.
        let (second, capacity) = read(&long);
        assert_eq!(second.text.len(), written);
        assert_eq!(capacity, written + written / 8);
        assert_eq!(second["b"], serde_json::json!([1, 2, 3]));
        // A model with no unknown field leaves the figure as it was.
        let (empty, capacity) = read("{}");
        assert!(empty.is_empty());
        assert_eq!(capacity, 0, "no text, no allocation");
        assert_eq!(size.room(), written + written / 8);
    }
}
