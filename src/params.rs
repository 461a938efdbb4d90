//! How an operation's fields are described, parsed, checked and put on the wire.
//!
//! Every params struct in [`crate::ops`] is written with one `params!` invocation that lists
//! its fields once: Rust name, type, JSON-form (seed) name, wire name and modifiers. From that
//! single list the macro derives the struct, its constructor and setters, the JSON form in both
//! directions, the validation and the wire encoding, so no field is described twice.

use std::fmt;

use serde::ser::SerializeSeq;
use serde_json::{Map, Value};

use crate::error::Error;

/// One field of an operation as the JSON form and the wire see it.
///
/// Obtained from [`crate::OperationKind::fields`]; used by tools that list operations (a CLI,
/// a form generator) and by the catalog tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldSpec {
    name: &'static str,
    wire: &'static str,
    required: bool,
    kind: &'static str,
    choices: &'static [&'static str],
    pub(crate) join: Option<char>,
    pub(crate) text_bool: bool,
    pub(crate) null_empty: bool,
    pub(crate) max_files: u32,
    pub(crate) max_file_bytes: u64,
    pub(crate) flatten: bool,
}

impl FieldSpec {
    #[doc(hidden)]
    pub const fn new(
        name: &'static str,
        wire: &'static str,
        required: bool,
        kind: &'static str,
        choices: &'static [&'static str],
    ) -> Self {
        FieldSpec {
            name,
            wire,
            required,
            kind,
            choices,
            join: None,
            text_bool: false,
            null_empty: false,
            max_files: 0,
            max_file_bytes: 0,
            flatten: false,
        }
    }

    /// The field's name in the JSON form (the seed's name, e.g. `callFrom`).
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// The parameter name Plivo's API uses (e.g. `from`). Path fields appear in the route's
    /// path template as `{wire}`.
    pub fn wire_name(&self) -> &'static str {
        self.wire
    }

    /// Whether the operation cannot be sent without it.
    pub fn required(&self) -> bool {
        self.required
    }

    /// `string`, `boolean`, `integer`, `list`, `enum`, `object`, `file` (one file to upload),
    /// `files` (one or more) or `data` (a phone-number compliance application: a JSON object,
    /// or its text, sent as the multipart part `data`; its documents' files travel as
    /// `documents[i].file`, see [`crate::ops::ComplianceData`]).
    pub fn kind(&self) -> &'static str {
        self.kind
    }

    /// The accepted values of an `enum` field (empty otherwise).
    pub fn choices(&self) -> &'static [&'static str] {
        self.choices
    }

    /// For a `list` field: the character that joins the entries into one wire string
    /// (`<` for destinations, `,` for URL and number lists); `None` when the wire takes a JSON
    /// array.
    pub fn separator(&self) -> Option<char> {
        self.join
    }

    /// For a `files` field: how many files one request may carry, when Plivo documents a
    /// limit; checked before anything is sent.
    pub fn max_files(&self) -> Option<usize> {
        (self.max_files > 0).then(|| usize::try_from(self.max_files).unwrap_or(usize::MAX))
    }

    /// For a `file` or `files` field: the largest file Plivo accepts, in bytes, when it
    /// documents one; checked before anything is sent.
    pub fn max_file_bytes(&self) -> Option<u64> {
        (self.max_file_bytes > 0).then_some(self.max_file_bytes)
    }

    /// For an `object` field: whether its keys are sent as top-level keys of the JSON body
    /// rather than under the field's wire name (the payload of `runPhlo`). Its JSON-form name
    /// still holds the whole object.
    pub fn flattened(&self) -> bool {
        self.flatten
    }
}

/// A field value borrowed for encoding, so that building a request copies no strings.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Wire<'a> {
    Str(&'a str),
    Bool(bool),
    Int(u64),
    List(&'a [String]),
    Json(&'a Value),
    /// Files to upload: only in multipart bodies.
    Files(&'a [crate::ops::File]),
    /// A phone-number compliance application: the multipart `data` part, and the files its
    /// documents carry as `documents[i].file` parts.
    Data(&'a crate::ops::ComplianceData),
    /// A typed nested object (an address, a contact): sent as the JSON object it writes.
    Nested(&'a dyn Nested),
}

/// A typed nested object of a request (`address`, `authorized_contact`): what it is on the
/// wire. Its checks are its [`ParamValue::check`].
pub(crate) trait Nested: fmt::Debug {
    /// The JSON object sent for it.
    fn to_json(&self) -> Value;
}

/// What a field type must be able to do: parse from the JSON form, print back to it, check its
/// own basic rules and lend itself to the encoder.
pub(crate) trait ParamValue: Sized {
    const KIND: &'static str;
    const CHOICES: &'static [&'static str] = &[];
    /// Parses a JSON-form value; the error is the rule that was broken.
    fn from_form(value: &Value, spec: &FieldSpec) -> Result<Self, String>;
    fn to_form(&self, spec: &FieldSpec) -> Value;
    fn wire(&self) -> Wire<'_>;
    /// Rules every value of this type obeys (required strings are not empty, …).
    fn check(&self, _spec: &FieldSpec) -> Result<(), String> {
        Ok(())
    }
}

impl ParamValue for String {
    const KIND: &'static str = "string";
    fn from_form(value: &Value, _: &FieldSpec) -> Result<Self, String> {
        match value {
            Value::String(s) => Ok(s.clone()),
            Value::Number(n) => Ok(n.to_string()),
            _ => Err("must be a string".into()),
        }
    }
    fn to_form(&self, _: &FieldSpec) -> Value {
        Value::String(self.clone())
    }
    fn wire(&self) -> Wire<'_> {
        Wire::Str(self)
    }
    fn check(&self, spec: &FieldSpec) -> Result<(), String> {
        required_text(self, spec)
    }
}

/// A required text field may not be empty or blank.
fn required_text(text: &str, spec: &FieldSpec) -> Result<(), String> {
    if spec.required && text.trim().is_empty() {
        return Err("must not be empty".into());
    }
    Ok(())
}

/// A credential: a string on the wire and in the JSON form, `***` in `Debug`.
impl ParamValue for crate::Secret {
    const KIND: &'static str = "string";
    fn from_form(value: &Value, spec: &FieldSpec) -> Result<Self, String> {
        String::from_form(value, spec).map(crate::Secret::from)
    }
    fn to_form(&self, _: &FieldSpec) -> Value {
        Value::String(self.expose().to_owned())
    }
    fn wire(&self) -> Wire<'_> {
        Wire::Str(self.expose())
    }
    fn check(&self, spec: &FieldSpec) -> Result<(), String> {
        required_text(self.expose(), spec)
    }
}

impl ParamValue for bool {
    const KIND: &'static str = "boolean";
    fn from_form(value: &Value, _: &FieldSpec) -> Result<Self, String> {
        match value {
            Value::Bool(b) => Ok(*b),
            Value::String(s) if s.eq_ignore_ascii_case("true") => Ok(true),
            Value::String(s) if s.eq_ignore_ascii_case("false") => Ok(false),
            _ => Err("must be a boolean (true or false)".into()),
        }
    }
    fn to_form(&self, _: &FieldSpec) -> Value {
        Value::Bool(*self)
    }
    fn wire(&self) -> Wire<'_> {
        Wire::Bool(*self)
    }
}

impl ParamValue for u32 {
    const KIND: &'static str = "integer";
    fn from_form(value: &Value, _: &FieldSpec) -> Result<Self, String> {
        let parsed = match value {
            Value::Number(n) => n.as_u64().and_then(|n| u32::try_from(n).ok()),
            Value::String(s) => s.parse::<u32>().ok(),
            _ => None,
        };
        parsed.ok_or_else(|| "must be a non-negative integer".into())
    }
    fn to_form(&self, _: &FieldSpec) -> Value {
        Value::from(*self)
    }
    fn wire(&self) -> Wire<'_> {
        Wire::Int(u64::from(*self))
    }
}

impl ParamValue for u64 {
    const KIND: &'static str = "integer";
    fn from_form(value: &Value, _: &FieldSpec) -> Result<Self, String> {
        let parsed = match value {
            Value::Number(n) => n.as_u64(),
            Value::String(s) => s.parse::<u64>().ok(),
            _ => None,
        };
        parsed.ok_or_else(|| "must be a non-negative integer".into())
    }
    fn to_form(&self, _: &FieldSpec) -> Value {
        Value::from(*self)
    }
    fn wire(&self) -> Wire<'_> {
        Wire::Int(*self)
    }
}

impl ParamValue for Vec<String> {
    const KIND: &'static str = "list";
    fn from_form(value: &Value, spec: &FieldSpec) -> Result<Self, String> {
        let item = |v: &Value| match v {
            Value::String(s) => Ok(s.clone()),
            Value::Number(n) => Ok(n.to_string()),
            _ => Err(list_rule(spec)),
        };
        match value {
            Value::Array(items) => items.iter().map(item).collect(),
            Value::String(s) => Ok(match spec.join {
                Some(sep) => s.split(sep).map(str::to_owned).collect(),
                None => vec![s.clone()],
            }),
            _ => Err(list_rule(spec)),
        }
    }
    fn to_form(&self, _: &FieldSpec) -> Value {
        Value::Array(self.iter().cloned().map(Value::String).collect())
    }
    fn wire(&self) -> Wire<'_> {
        Wire::List(self)
    }
    fn check(&self, spec: &FieldSpec) -> Result<(), String> {
        if spec.required && self.is_empty() {
            return Err("must hold at least one entry".into());
        }
        for entry in self {
            if entry.trim().is_empty() {
                return Err("must not hold an empty entry".into());
            }
            if let Some(sep) = spec.join.filter(|sep| entry.contains(*sep)) {
                return Err(format!(
                    "an entry holds the separator `{sep}`; give each value as its own list entry"
                ));
            }
        }
        Ok(())
    }
}

fn list_rule(spec: &FieldSpec) -> String {
    match spec.join {
        Some(sep) => format!("must be a list of strings or one string joined with `{sep}`"),
        None => "must be a list of strings".into(),
    }
}

impl ParamValue for Value {
    const KIND: &'static str = "object";
    fn from_form(value: &Value, _: &FieldSpec) -> Result<Self, String> {
        match value {
            Value::Object(_) => Ok(value.clone()),
            _ => Err("must be a JSON object".into()),
        }
    }
    fn to_form(&self, _: &FieldSpec) -> Value {
        self.clone()
    }
    fn wire(&self) -> Wire<'_> {
        Wire::Json(self)
    }
}

/// Values that can stand for a list field: one string (one entry) or any collection of strings.
///
/// ```
/// use plivo::ops::SendMessage;
/// let one = SendMessage::new("14155550100", "14155550101", "hi");
/// let many = SendMessage::new("14155550100", ["14155550101", "14155550102"], "hi");
/// assert_eq!(many.destination.len(), 2);
/// # let _ = one;
/// ```
pub trait IntoList {
    /// Converts into the list of entries.
    fn into_list(self) -> Vec<String>;
}

impl IntoList for &str {
    fn into_list(self) -> Vec<String> {
        vec![self.to_owned()]
    }
}
impl IntoList for String {
    fn into_list(self) -> Vec<String> {
        vec![self]
    }
}
impl IntoList for &String {
    fn into_list(self) -> Vec<String> {
        vec![self.clone()]
    }
}
impl<S: Into<String>> IntoList for Vec<S> {
    fn into_list(self) -> Vec<String> {
        self.into_iter().map(Into::into).collect()
    }
}
impl<S: Into<String> + Clone> IntoList for &[S] {
    fn into_list(self) -> Vec<String> {
        self.iter().cloned().map(Into::into).collect()
    }
}
impl<S: Into<String>, const N: usize> IntoList for [S; N] {
    fn into_list(self) -> Vec<String> {
        self.into_iter().map(Into::into).collect()
    }
}

/// Parses one JSON-form value into a field, naming the field on failure.
pub(crate) fn parse_field<T: ParamValue>(
    op: &'static str,
    spec: &FieldSpec,
    value: &Value,
) -> Result<T, Error> {
    T::from_form(value, spec).map_err(|rule| Error::invalid(Some(op), spec.name, rule))
}

/// A per-field rule (`check = rules::…`): the broken rule in words, or `Ok`.
pub(crate) type Rule<T> = fn(&T) -> Result<(), String>;

/// Runs a type's own rules and then the field's extra rules.
pub(crate) fn check_field<T: ParamValue>(
    op: &'static str,
    spec: &FieldSpec,
    value: &T,
    extra: &[Rule<T>],
) -> Result<(), Error> {
    let fail = |rule| Error::invalid(Some(op), spec.name, rule);
    value.check(spec).map_err(fail)?;
    for rule in extra {
        rule(value).map_err(fail)?;
    }
    Ok(())
}

/// Receives an operation's set fields one by one, in declaration order, borrowed: encoding
/// an operation collects nothing.
pub(crate) type Visit<'v, 'a> = dyn FnMut(&'static FieldSpec, Wire<'a>) + 'v;

/// One field's wire value as JSON.
pub(crate) struct WireJson<'a>(pub &'a FieldSpec, pub Wire<'a>);

impl serde::Serialize for WireJson<'_> {
    fn serialize<S: serde::Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        let spec = self.0;
        match self.1 {
            Wire::Str(s) => ser.serialize_str(s),
            Wire::Bool(b) if spec.text_bool => ser.serialize_str(if b { "true" } else { "false" }),
            Wire::Bool(b) => ser.serialize_bool(b),
            Wire::Int(n) => ser.serialize_u64(n),
            Wire::List(items) => match spec.join {
                Some(sep) => ser.collect_str(&Joined(items, sep)),
                None => {
                    let mut seq = ser.serialize_seq(Some(items.len()))?;
                    for item in items {
                        seq.serialize_element(item)?;
                    }
                    seq.end()
                }
            },
            Wire::Json(v) => v.serialize(ser),
            // Files go in multipart bodies only (a table test keeps it so); here, their names.
            Wire::Files(files) => ser.collect_seq(files.iter().map(crate::ops::File::filename)),
            Wire::Data(data) => data.serialize(ser),
            Wire::Nested(object) => object.to_json().serialize(ser),
        }
    }
}

/// A list displayed joined by its separator (no intermediate string).
pub(crate) struct Joined<'a>(pub &'a [String], pub char);

impl fmt::Display for Joined<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, item) in self.0.iter().enumerate() {
            if i > 0 {
                fmt::Write::write_char(f, self.1)?;
            }
            f.write_str(item)?;
        }
        Ok(())
    }
}

/// Reads a JSON-form `params` object key by key: each key must name a field once.
pub(crate) struct FormReader<'a> {
    op: &'static str,
    map: &'a Map<String, Value>,
}

impl<'a> FormReader<'a> {
    pub(crate) fn new(op: &'static str, map: &'a Map<String, Value>) -> Self {
        FormReader { op, map }
    }

    /// Takes the field from the map under its JSON-form name or its wire name. `null` counts
    /// as absent (or as the empty string for fields marked `null_empty`, where the seed says
    /// null clears the value); both names at once is an error.
    pub(crate) fn take<T: ParamValue>(&self, spec: &FieldSpec) -> Result<Option<T>, Error> {
        let by_name = self.map.get(spec.name);
        let by_wire = if spec.wire != spec.name {
            self.map.get(spec.wire)
        } else {
            None
        };
        let value = match (by_name, by_wire) {
            (Some(_), Some(_)) => {
                return Err(Error::invalid(
                    Some(self.op),
                    spec.name,
                    format!("is given twice (as `{}` and as `{}`)", spec.name, spec.wire),
                ));
            }
            (Some(v), None) | (None, Some(v)) => v,
            (None, None) => return Ok(None),
        };
        if value.is_null() {
            if spec.null_empty {
                return parse_field(self.op, spec, &Value::String(String::new())).map(Some);
            }
            return Ok(None);
        }
        parse_field(self.op, spec, value).map(Some)
    }

    pub(crate) fn require<T>(&self, spec: &FieldSpec, value: Option<T>) -> Result<T, Error> {
        value.ok_or_else(|| Error::invalid(Some(self.op), spec.name, "is required"))
    }

    /// Fails on the first key that names no field of the operation.
    pub(crate) fn deny_unknown(&self, fields: &[FieldSpec]) -> Result<(), Error> {
        for key in self.map.keys() {
            if !fields.iter().any(|f| f.name == key || f.wire == key) {
                let known: Vec<&str> = fields.iter().map(|f| f.name).collect();
                let names = fields.iter().flat_map(|f| [f.name, f.wire]);
                let hint = match crate::suggest::closest(key, names) {
                    Some(near) => {
                        let spec = fields.iter().find(|f| f.name == near || f.wire == near);
                        format!("; did you mean `{}`?", spec.map_or(near, |f| f.name))
                    }
                    None => String::new(),
                };
                let rule = if known.is_empty() {
                    "is not a field of this operation, which takes no fields".to_owned()
                } else {
                    format!(
                        "is not a field of this operation{hint} (fields: {})",
                        known.join(", ")
                    )
                };
                return Err(Error::invalid(Some(self.op), key.as_str(), rule));
            }
        }
        Ok(())
    }
}

/// Maps a field's type token in `params!` to the stored Rust type.
macro_rules! param_ty {
    (Secret) => { $crate::Secret };
    (List) => { Vec<String> };
    (Json) => { serde_json::Value };
    (Files) => { Vec<$crate::ops::File> };
    ($t:ident) => { $t };
}

/// Maps a field's type token to the argument type its constructor or setter takes.
macro_rules! param_arg {
    (String) => { impl Into<String> };
    (Secret) => { impl Into<$crate::Secret> };
    (List) => { impl $crate::params::IntoList };
    (Json) => { serde_json::Value };
    (Files) => { impl IntoIterator<Item = $crate::ops::File> };
    ($t:ident) => { $t };
}

/// Converts a constructor or setter argument into the stored value.
macro_rules! param_conv {
    (String, $v:expr) => {
        $v.into()
    };
    (Secret, $v:expr) => {
        $v.into()
    };
    (List, $v:expr) => {
        $crate::params::IntoList::into_list($v)
    };
    (Files, $v:expr) => {
        $v.into_iter().collect()
    };
    ($t:ident, $v:expr) => {
        $v
    };
}

/// Builds a field's [`FieldSpec`] from its names and modifiers.
macro_rules! param_spec {
    ($name:literal, $wire:literal, $req:expr, $t:tt $(, $($mods:tt)*)?) => {{
        #[allow(unused_mut)]
        let mut spec = $crate::params::FieldSpec::new(
            $name,
            $wire,
            $req,
            <param_ty!($t) as $crate::params::ParamValue>::KIND,
            <param_ty!($t) as $crate::params::ParamValue>::CHOICES,
        );
        param_spec!(@mods spec; $($($mods)*)?);
        spec
    }};
    (@mods $s:ident;) => {};
    (@mods $s:ident; join = $c:literal $(, $($rest:tt)*)?) => {
        $s.join = Some($c);
        param_spec!(@mods $s; $($($rest)*)?);
    };
    (@mods $s:ident; text $(, $($rest:tt)*)?) => {
        $s.text_bool = true;
        param_spec!(@mods $s; $($($rest)*)?);
    };
    (@mods $s:ident; null_empty $(, $($rest:tt)*)?) => {
        $s.null_empty = true;
        param_spec!(@mods $s; $($($rest)*)?);
    };
    (@mods $s:ident; max_files = $n:literal $(, $($rest:tt)*)?) => {
        $s.max_files = $n;
        param_spec!(@mods $s; $($($rest)*)?);
    };
    (@mods $s:ident; max_bytes = $n:literal $(, $($rest:tt)*)?) => {
        $s.max_file_bytes = $n;
        param_spec!(@mods $s; $($($rest)*)?);
    };
    (@mods $s:ident; flatten $(, $($rest:tt)*)?) => {
        $s.flatten = true;
        param_spec!(@mods $s; $($($rest)*)?);
    };
    (@mods $s:ident; check = $f:path $(, $($rest:tt)*)?) => {
        param_spec!(@mods $s; $($($rest)*)?);
    };
}

/// Collects a field's `check = rule` modifiers as a slice of rule functions.
macro_rules! param_checks {
    ($t:tt; $($mods:tt)*) => {
        param_checks!(@acc $t; []; $($mods)*)
    };
    (@acc $t:tt; [$($f:path),*];) => {
        &[$($f as $crate::params::Rule<param_ty!($t)>),*]
    };
    (@acc $t:tt; [$($f:path),*]; check = $g:path $(, $($rest:tt)*)?) => {
        param_checks!(@acc $t; [$($f,)* $g]; $($($rest)*)?)
    };
    (@acc $t:tt; [$($f:path),*]; $k:ident $(= $v:literal)? $(, $($rest:tt)*)?) => {
        param_checks!(@acc $t; [$($f),*]; $($($rest)*)?)
    };
}

/// The constructor from the required fields: `new`, or, when the operation names one with
/// `constructor = name;`, a crate-private `name` that its hand-written constructors use (an
/// operation whose required fields depend on each other, such as `sendMessage`'s `src` or
/// `powerpack_uuid`).
macro_rules! params_constructor {
    ([] $($rest:tt)*) => {
        params_constructor! {
            @make
            /// Creates the operation from its required fields; set optional ones with the
            /// chained methods.
            pub new $($rest)*
        }
    };
    ([$ctor:ident] $($rest:tt)*) => {
        params_constructor! {
            @make
            /// The operation with its required fields and nothing else set.
            pub(crate) $ctor $($rest)*
        }
    };
    (
        @make $(#[$doc:meta])* $vis:vis $fn_name:ident $name:ident;
        [$( $rf:ident : $rt:tt ),*]; [$( $of:ident ),*]
    ) => {
        $(#[$doc])*
        $vis fn $fn_name($( $rf: param_arg!($rt) ),*) -> Self {
            $name {
                $( $rf: param_conv!($rt, $rf), )*
                $( $of: None, )*
            }
        }
    };
}

/// Declares one operation's params struct. See the module docs.
///
/// ```text
/// params! {
///     /// docs
///     SendMessage = "sendMessage" -> models::MessageQueued;
///     required {
///         /// docs
///         destination: List = "destination" => "dst" [join = '<'];
///     }
///     optional {
///         log: bool = "log" => "log" [text];
///         limit: u32 = "limit" => "limit" [check = rules::limit];
///     }
///     check = rules::some_cross_field_rule;
///     // Optional: the JSON form read and written by hand (fields whose names are not fixed,
///     // such as `documents[0].file`): `fn(&Map) -> Result<Self, Error>`, `fn(&Self) -> Map`.
///     form = read_fn, write_fn;
///     // Optional: the constructor from the required fields is the crate-private `name`
///     // instead of `pub fn new`, for an operation that writes its own constructors.
///     constructor = name;
/// }
/// ```
macro_rules! params {
    (
        $(#[$meta:meta])*
        $name:ident = $op:literal -> $out:ty $(, $paged:ident)?;
        required {
            $( $(#[$rmeta:meta])* $rf:ident : $rt:tt = $rn:literal => $rw:literal $([$($rmod:tt)*])? ; )*
        }
        optional {
            $( $(#[$ometa:meta])* $of:ident : $ot:tt = $on:literal => $ow:literal $([$($omod:tt)*])? ; )*
        }
        $(check = $check:path;)?
        $(form = $form_in:path, $form_out:path;)?
        $(constructor = $ctor:ident;)?
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        pub struct $name {
            $( $(#[$rmeta])* pub $rf: param_ty!($rt), )*
            $( $(#[$ometa])* pub $of: Option<param_ty!($ot)>, )*
        }

        // A new toll-free verification request has eight required fields.
        #[allow(clippy::new_without_default, clippy::too_many_arguments)]
        impl $name {
            /// The operation's name in the seed and in the JSON form.
            pub const OPERATION: &'static str = $op;

            /// The fields, required ones first, in the order of the constructor.
            pub const FIELDS: &'static [$crate::params::FieldSpec] = &[
                $( param_spec!($rn, $rw, true, $rt $(, $($rmod)*)?), )*
                $( param_spec!($on, $ow, false, $ot $(, $($omod)*)?), )*
            ];

            params_constructor! {
                [$($ctor)?] $name;
                [$( $rf: $rt ),*];
                [$( $of ),*]
            }

            $(
                $(#[$ometa])*
                pub fn $of(mut self, value: param_arg!($ot)) -> Self {
                    self.$of = Some(param_conv!($ot, value));
                    self
                }
            )*

            pub(crate) fn validate(&self) -> Result<(), $crate::Error> {
                $(
                    $crate::params::check_field(
                        $op,
                        const { &param_spec!($rn, $rw, true, $rt $(, $($rmod)*)?) },
                        &self.$rf,
                        param_checks!($rt; $($($rmod)*)?),
                    )?;
                )*
                $(
                    if let Some(value) = &self.$of {
                        $crate::params::check_field(
                            $op,
                            const { &param_spec!($on, $ow, false, $ot $(, $($omod)*)?) },
                            value,
                            param_checks!($ot; $($($omod)*)?),
                        )?;
                    }
                )*
                $( $check(self)?; )?
                Ok(())
            }

            #[allow(unused_variables)]
            pub(crate) fn encode<'a>(&'a self, out: &mut $crate::params::Visit<'_, 'a>) {
                $(
                    out(
                        const { &param_spec!($rn, $rw, true, $rt $(, $($rmod)*)?) },
                        $crate::params::ParamValue::wire(&self.$rf),
                    );
                )*
                $(
                    if let Some(value) = &self.$of {
                        out(
                            const { &param_spec!($on, $ow, false, $ot $(, $($omod)*)?) },
                            $crate::params::ParamValue::wire(value),
                        );
                    }
                )*
            }

            #[allow(unreachable_code)]
            pub(crate) fn from_form(
                map: &serde_json::Map<String, serde_json::Value>,
            ) -> Result<Self, $crate::Error> {
                $( return $form_in(map); )?
                let reader = $crate::params::FormReader::new($op, map);
                reader.deny_unknown(Self::FIELDS)?;
                Ok($name {
                    $(
                        $rf: {
                            const SPEC: &$crate::params::FieldSpec =
                                &param_spec!($rn, $rw, true, $rt $(, $($rmod)*)?);
                            let value = reader.take::<param_ty!($rt)>(SPEC)?;
                            reader.require(SPEC, value)?
                        },
                    )*
                    $(
                        $of: reader.take::<param_ty!($ot)>(
                            const { &param_spec!($on, $ow, false, $ot $(, $($omod)*)?) },
                        )?,
                    )*
                })
            }

            #[allow(unreachable_code)]
            pub(crate) fn to_form(&self) -> serde_json::Map<String, serde_json::Value> {
                $( return $form_out(self); )?
                #[allow(unused_mut)]
                let mut map = serde_json::Map::new();
                $(
                    map.insert(
                        $rn.to_owned(),
                        $crate::params::ParamValue::to_form(
                            &self.$rf,
                            const { &param_spec!($rn, $rw, true, $rt $(, $($rmod)*)?) },
                        ),
                    );
                )*
                $(
                    if let Some(value) = &self.$of {
                        map.insert(
                            $on.to_owned(),
                            $crate::params::ParamValue::to_form(
                                value,
                                const { &param_spec!($on, $ow, false, $ot $(, $($omod)*)?) },
                            ),
                        );
                    }
                )*
                map
            }
        }

        impl From<$name> for $crate::Operation {
            fn from(params: $name) -> Self {
                $crate::Operation::$name(params)
            }
        }

        impl $crate::Typed for $name {
            type Output = $out;
        }

        $( params!(@$paged $name, $out); )?

        impl $name {
            /// Whether the answer is a page of a list (`{"meta", "objects"}`).
            pub const PAGED: bool = params!(@is_paged $($paged)?);

            /// `offset` and `limit`, for a paged list operation.
            pub(crate) fn page_fields(&mut self) -> Option<(&mut Option<u32>, &mut Option<u32>)> {
                let this = self;
                params!(@position this $($paged)?)
            }
        }
    };
    (@is_paged paged) => { true };
    (@is_paged) => { false };
    (@position $this:ident paged) => { Some((&mut $this.offset, &mut $this.limit)) };
    (@position $this:ident) => {{
        let _ = $this;
        None
    }};
    (@paged $name:ident, $out:ty) => {
        impl $crate::Paged for $name {
            type Item = <$out as $crate::typed::Listing>::Item;

            fn position(&self) -> (Option<u32>, Option<u32>) {
                (self.offset, self.limit)
            }

            fn set_position(&mut self, offset: u32, limit: u32) {
                self.offset = Some(offset);
                self.limit = Some(limit);
            }
        }
    };
}

/// Declares a closed set of request values with their wire spellings.
macro_rules! wire_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $wire:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The value as Plivo spells it on the wire.
            pub fn as_str(&self) -> &'static str {
                match self {
                    $( $name::$variant => $wire, )+
                }
            }

            /// Parses a wire spelling, ignoring ASCII case.
            pub fn parse(text: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.as_str().eq_ignore_ascii_case(text))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl $crate::params::ParamValue for $name {
            const KIND: &'static str = "enum";
            const CHOICES: &'static [&'static str] = &[$($wire),+];
            fn from_form(
                value: &serde_json::Value,
                _: &$crate::params::FieldSpec,
            ) -> Result<Self, String> {
                let text = match value {
                    serde_json::Value::String(s) => Some(s.as_str()),
                    serde_json::Value::Bool(true) => Some("true"),
                    serde_json::Value::Bool(false) => Some("false"),
                    _ => None,
                };
                text.and_then(Self::parse)
                    .ok_or_else(|| format!("must be one of {}", Self::CHOICES.join(", ")))
            }
            fn to_form(&self, _: &$crate::params::FieldSpec) -> serde_json::Value {
                serde_json::Value::String(self.as_str().to_owned())
            }
            fn wire(&self) -> $crate::params::Wire<'_> {
                $crate::params::Wire::Str(self.as_str())
            }
        }
    };
}
