//! Pages of lists, in every shape Plivo answers them: [`Page`], [`Meta`], [`ListShape`].

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Serialize, Serializer};
use serde_json::Value;

use super::{Extra, extra};

/// Where a list answer keeps its paging information and its items.
///
/// Plivo's older lists all answer one shape; the newer APIs answer others. Every list
/// operation's row in the table says which one ([`crate::OperationKind::list_shape`]), and
/// [`crate::Client::call_pages`] reads `next` where the shape keeps it:
///
/// | shape | the answer | examples |
/// |---|---|---|
/// | [`Objects`](ListShape::Objects) | `{"api_id", "meta": {…}, "objects": [...]}` | messages, calls, numbers, media; multi-party calls, streams and toll-free verifications with `meta.count` |
/// | [`Named`](ListShape::Named) | `{"api_id", "meta": {…}, "<key>": [...]}`, `meta` often without `previous` and `total_count` | `sessions` (Verify), `brands`, `campaigns`, `profiles`, `compliances` |
/// | [`Wrapped`](ListShape::Wrapped) | `{"api_id", "response": {"meta": {…}, "objects": [...]}}` | masking sessions |
/// | [`MetaResponse`](ListShape::MetaResponse) | `{"api_id", "meta_response": {…}, "objects": [...]}` | hosted messaging numbers, letters of authorization |
/// | [`Unpaged`](ListShape::Unpaged) | `{"api_id", "<key>": [...]}` in one piece, no meta | `conferences` (names), `calls` (live call uuids), `objects` (a message's media) |
///
/// In every paged shape `meta` holds `limit`, `offset` and `next`: a URI of the next page with
/// `offset` and `limit` in its query, relative (`/v1/Account/{auth_id}/Verify/Session/?limit=20&offset=20`)
/// or absolute, and `null` or absent on the last page. See [`Meta`] for the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ListShape {
    /// `{"api_id", "meta", "objects"}`: the classic list.
    Objects,
    /// `{"api_id", "meta", "<key>"}`: the items under a named key (one of
    /// [`ListShape::NAMED_KEYS`]).
    Named(&'static str),
    /// `{"api_id", "response": {"meta", "objects"}}`: the page wrapped in `response`.
    Wrapped,
    /// `{"api_id", "meta_response", "objects"}`: the paging information under `meta_response`.
    MetaResponse,
    /// `{"api_id", "<key>": [...]}`: the whole list in one answer, without paging.
    Unpaged(&'static str),
}

impl ListShape {
    /// The named keys a [`Page`] finds its items under besides `objects`.
    pub const NAMED_KEYS: &'static [&'static str] =
        &["brands", "campaigns", "compliances", "profiles", "sessions"];

    /// Whether the list comes page by page (every shape but [`ListShape::Unpaged`]).
    pub fn is_paged(self) -> bool {
        !matches!(self, ListShape::Unpaged(_))
    }

    /// The key of the items' array (inside `response` for [`ListShape::Wrapped`]).
    pub fn items_key(self) -> &'static str {
        match self {
            ListShape::Named(key) | ListShape::Unpaged(key) => key,
            ListShape::Objects | ListShape::Wrapped | ListShape::MetaResponse => "objects",
        }
    }

    /// The key of the paging information (inside `response` for [`ListShape::Wrapped`]);
    /// `None` for an unpaged list.
    pub fn meta_key(self) -> Option<&'static str> {
        match self {
            ListShape::Objects | ListShape::Named(_) | ListShape::Wrapped => Some("meta"),
            ListShape::MetaResponse => Some("meta_response"),
            ListShape::Unpaged(_) => None,
        }
    }

    /// The object that holds the meta and the items: the answer itself, or its `response`.
    fn holder(self, body: &Value) -> &Value {
        match self {
            ListShape::Wrapped => &body["response"],
            _ => body,
        }
    }

    /// The items of a raw answer of this shape (`None` when they are not there).
    ///
    /// ```
    /// use plivo::ListShape;
    /// let body = serde_json::json!({"response": {"meta": {"limit": 20, "offset": 0}, "objects": [1, 2]}});
    /// assert_eq!(ListShape::Wrapped.items(&body).map(Vec::len), Some(2));
    /// ```
    pub fn items(self, body: &Value) -> Option<&Vec<Value>> {
        self.holder(body)[self.items_key()].as_array()
    }

    /// The paging information of a raw answer of this shape.
    pub fn meta(self, body: &Value) -> Option<&Value> {
        let meta = &self.holder(body)[self.meta_key()?];
        (!meta.is_null()).then_some(meta)
    }

    /// The `next` URI of a raw answer of this shape; `None` on the last page and for an
    /// unpaged list.
    ///
    /// ```
    /// use plivo::ListShape;
    /// let body = serde_json::json!({"meta_response": {"next": "/v1/Account/MA/HostedMessagingNumber/?limit=20&offset=20"}});
    /// assert_eq!(ListShape::MetaResponse.next(&body), Some("/v1/Account/MA/HostedMessagingNumber/?limit=20&offset=20"));
    /// assert_eq!(ListShape::Objects.next(&body), None);
    /// ```
    pub fn next(self, body: &Value) -> Option<&str> {
        self.meta(body)?.get("next")?.as_str()
    }
}

/// Paging information of a list answer (under `meta`, `meta_response` or `response.meta`, see
/// [`ListShape`]).
///
/// `limit` and `offset` are in every shape. `next` and `previous` are `None` when Plivo sends
/// `null` or leaves them out (the named-key lists send no `previous`, and may leave out `next`
/// on the last page). `total_count` is the one field for the size of the whole list: Plivo
/// writes it as `total_count` in the older lists and as `count` in the newer ones (multi-party
/// calls, streams, toll-free verifications); either fills it, and when it came from `count`
/// that key also stays in `extra`, so writing the meta back writes what was read. The
/// named-key lists send neither.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Meta {
    /// Page size.
    pub limit: u32,
    /// Items skipped before this page.
    pub offset: u32,
    /// URI of the next page (relative as Plivo sends it, or absolute), `None` on the last one.
    pub next: Option<String>,
    /// URI of the previous page.
    pub previous: Option<String>,
    /// Items across all pages: the wire's `total_count`, or else its `count`.
    pub total_count: Option<u64>,
    /// Fields this version of the crate does not know, as Plivo sent them (`count` among them
    /// when it was sent).
    pub extra: Extra,
}

impl<'de> Deserialize<'de> for Meta {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct Known {
            limit: u32,
            offset: u32,
            #[serde(default)]
            next: Option<String>,
            #[serde(default)]
            previous: Option<String>,
            #[serde(default)]
            total_count: Option<u64>,
        }
        static SIZE: extra::TextSize = extra::TextSize::new();
        let (known, extra) = extra::split::<Known, D>(deserializer, "Meta", &SIZE)?;
        let total_count = known.total_count.or_else(|| count_of(&extra));
        Ok(Meta {
            limit: known.limit,
            offset: known.offset,
            next: known.next,
            previous: known.previous,
            total_count,
            extra,
        })
    }
}

/// The `count` the newer lists send instead of `total_count`. Most metas have no unknown
/// field at all, and their (empty) `extra` is not parsed.
fn count_of(extra: &Extra) -> Option<u64> {
    if extra.has_no_fields() {
        return None;
    }
    extra.get("count").and_then(Value::as_u64)
}

impl Serialize for Meta {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("limit", &self.limit)?;
        map.serialize_entry("offset", &self.offset)?;
        if let Some(next) = &self.next {
            map.serialize_entry("next", next)?;
        }
        if let Some(previous) = &self.previous {
            map.serialize_entry("previous", previous)?;
        }
        // A total read from `count` is written back by `extra` as `count`.
        if self.total_count.is_some() && self.total_count != count_of(&self.extra) {
            map.serialize_entry("total_count", &self.total_count)?;
        }
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// One page of a list, in any of the shapes of [`ListShape`].
///
/// Decoding reads every paged shape in one pass, without a row to say which: the items are
/// the array under `objects` or under one of [`ListShape::NAMED_KEYS`] (`sessions`, `brands`,
/// …), the paging information is `meta` or `meta_response`, and a `response` object is read as
/// the page it wraps. [`Page::shape`] says which shape was read, and writing the page back
/// (`Serialize`) writes that shape again. When an answer has two of the keys (`objects` and
/// `sessions`, `meta` and `meta_response`), the first one read is the page's and the other is
/// kept in `extra`.
///
/// The public fields are the same whatever the shape: `page.objects` are the items,
/// `page.meta.next` the next page, `page.meta.total_count` the size of the list when Plivo
/// says it.
///
/// ```
/// use plivo::models::{Page, VerifySession};
/// use plivo::ListShape;
/// let page: Page<VerifySession> = serde_json::from_str(r#"{
///     "api_id": "a", "meta": {"limit": 20, "offset": 0, "next": null, "previous": null},
///     "sessions": [{"session_uuid": "s-1", "status": "verified"}]
/// }"#)?;
/// assert_eq!(page.shape, ListShape::Named("sessions"));
/// assert_eq!(page.objects[0].session_uuid, "s-1");
/// assert_eq!(page.meta.total_count, None);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Page<T> {
    /// Plivo's request id.
    pub api_id: Option<String>,
    /// Paging information.
    pub meta: Meta,
    /// The items of this page, whichever key Plivo sent them under.
    pub objects: Vec<T>,
    /// The shape the page was read from.
    pub shape: ListShape,
    /// Other fields. For [`ListShape::Wrapped`], the unknown fields inside `response` are
    /// under `extra["response"]`.
    pub extra: Extra,
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Page<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        static SIZE: extra::TextSize = extra::TextSize::new();
        let (known, mut extra) = extra::split::<Known<T>, D>(deserializer, "Page", &SIZE)?;
        let Known {
            api_id,
            meta,
            items,
            wrapped,
        } = known;
        if let Some(inner) = wrapped {
            if meta.is_some() || items.is_some() {
                return Err(de::Error::custom(
                    "a page has both `response` and its own `meta` or items",
                ));
            }
            let mut inner = *inner;
            if let Some(id) = inner.api_id.take() {
                inner.extra.insert("api_id".to_owned(), Value::String(id));
            }
            if !inner.extra.has_no_fields() {
                extra.insert("response".to_owned(), Value::Object(inner.extra.into_map()));
            }
            return Ok(Page {
                api_id,
                meta: inner.meta,
                objects: inner.objects,
                shape: ListShape::Wrapped,
                extra,
            });
        }
        let (meta, meta_key) = meta.ok_or_else(|| de::Error::missing_field("meta"))?;
        let (objects, items_key) = items.ok_or_else(|| de::Error::missing_field("objects"))?;
        let shape = match (meta_key, items_key) {
            ("meta_response", _) => ListShape::MetaResponse,
            (_, "objects") => ListShape::Objects,
            (_, key) => ListShape::Named(key),
        };
        Ok(Page {
            api_id,
            meta,
            objects,
            shape,
            extra,
        })
    }
}

/// The fields of a page `Page` reads itself; the rest go to `extra` through
/// [`extra::split`].
struct Known<T> {
    api_id: Option<String>,
    /// The meta and the key it was under.
    meta: Option<(Meta, &'static str)>,
    /// The items and the key they were under.
    items: Option<(Vec<T>, &'static str)>,
    /// The page inside `response`.
    wrapped: Option<Box<Page<T>>>,
}

/// What a key of a page is.
enum Key {
    ApiId,
    Meta(&'static str),
    Items(&'static str),
    Response,
    Other,
}

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("field identifier")
            }
            #[inline]
            fn visit_str<E: de::Error>(self, key: &str) -> Result<Key, E> {
                Ok(match key {
                    "api_id" => Key::ApiId,
                    "meta" => Key::Meta("meta"),
                    "objects" => Key::Items("objects"),
                    "meta_response" => Key::Meta("meta_response"),
                    "response" => Key::Response,
                    other => match ListShape::NAMED_KEYS.iter().find(|k| **k == other) {
                        Some(key) => Key::Items(key),
                        None => Key::Other,
                    },
                })
            }
        }
        deserializer.deserialize_identifier(KeyVisitor)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Known<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KnownVisitor<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for KnownVisitor<T> {
            type Value = Known<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("struct Page")
            }
            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Known<T>, M::Error> {
                let mut known = Known {
                    api_id: None,
                    meta: None,
                    items: None,
                    wrapped: None,
                };
                let mut seen_api_id = false;
                while let Some(key) = map.next_key::<Key>()? {
                    match key {
                        Key::ApiId if !seen_api_id => {
                            seen_api_id = true;
                            known.api_id = map.next_value()?;
                        }
                        Key::ApiId => return Err(de::Error::duplicate_field("api_id")),
                        Key::Meta(name) => match &known.meta {
                            None => known.meta = Some((map.next_value()?, name)),
                            Some((_, first)) if *first == name => {
                                return Err(de::Error::duplicate_field(name));
                            }
                            Some(_) => map.next_value::<IgnoredAny>().map(drop)?,
                        },
                        Key::Items(name) => match &known.items {
                            None => known.items = Some((map.next_value()?, name)),
                            Some((_, first)) if *first == name => {
                                return Err(de::Error::duplicate_field(name));
                            }
                            Some(_) => map.next_value::<IgnoredAny>().map(drop)?,
                        },
                        Key::Response if known.wrapped.is_none() => {
                            known.wrapped = Some(map.next_value()?);
                        }
                        Key::Response => return Err(de::Error::duplicate_field("response")),
                        // Kept in `extra` by `split`.
                        Key::Other => map.next_value::<IgnoredAny>().map(drop)?,
                    }
                }
                Ok(known)
            }
        }
        deserializer.deserialize_map(KnownVisitor(PhantomData))
    }
}

impl<T: Serialize> Serialize for Page<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        if let Some(api_id) = &self.api_id {
            map.serialize_entry("api_id", api_id)?;
        }
        let shape = self.shape;
        if shape == ListShape::Wrapped {
            map.serialize_entry(
                "response",
                &Wrapped {
                    meta: &self.meta,
                    objects: &self.objects,
                    extra: self.extra.get("response").and_then(Value::as_object),
                },
            )?;
        } else {
            map.serialize_entry(shape.meta_key().unwrap_or("meta"), &self.meta)?;
            map.serialize_entry(shape.items_key(), &self.objects)?;
        }
        for (key, value) in &self.extra {
            if !(shape == ListShape::Wrapped && key == "response") {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}

/// The `response` object of a wrapped page, written back.
struct Wrapped<'a, T> {
    meta: &'a Meta,
    objects: &'a [T],
    extra: Option<&'a serde_json::Map<String, Value>>,
}

impl<T: Serialize> Serialize for Wrapped<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("meta", self.meta)?;
        map.serialize_entry("objects", self.objects)?;
        for (key, value) in self.extra.into_iter().flatten() {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}
