//! Plivo XML: the documents your answer and action URLs return to tell Plivo what to do with a
//! call (speak, play, gather digits, dial, record, join a conference, …).
//!
//! Every element is a builder: text elements take their text in `new`, attributes are chained
//! setters named after the attribute in snake_case (`finishOnKey` is
//! [`finish_on_key`](GetDigits::finish_on_key); the Rust keywords `async`, `loop` and `type`
//! become `async_`, `loop_` and `type_`), and children are added with `add`.
//!
//! ```
//! use plivo::xml::{GetDigits, HttpMethod, Record, Response, Speak};
//!
//! let xml = Response::new()
//!     .add(
//!         GetDigits::new()
//!             .action("https://example.com/pin")
//!             .method(HttpMethod::Post)
//!             .num_digits(4)
//!             .add(Speak::new("Enter your PIN & press hash")),
//!     )
//!     .add(Record::new().max_length(30).finish_on_key("*"))
//!     .to_xml()?;
//! assert_eq!(
//!     xml,
//!     r#"<Response><GetDigits action="https://example.com/pin" method="POST" numDigits="4"><Speak>Enter your PIN &amp; press hash</Speak></GetDigits><Record maxLength="30" finishOnKey="*"/></Response>"#
//! );
//! # Ok::<(), plivo::Error>(())
//! ```
//!
//! # What is written
//!
//! The output is byte for byte what the official Python SDK (lxml) writes for the same
//! document, which the tests check against the SDK's own test vectors:
//!
//! - [`to_xml`](Element::to_xml) is compact; [`to_pretty_xml`](Element::to_pretty_xml) indents
//!   by two spaces and ends with a newline (Python's default `to_string()`). As in libxml2, an
//!   element holding text is written without layout inside, so text is never changed by the
//!   indentation. Neither form has an XML declaration.
//! - Attributes come in one fixed order per element (the Python SDK's), whatever order the
//!   setters were called in. Unset attributes are left out; an attribute set to `""` is written
//!   as `name=""`. Booleans are `true`/`false`, integers decimal.
//! - Elements without content are self-closed: `<Wait length="2"/>`, `<Response/>`.
//! - Text escapes `&`, `<` and `>`; attribute values also `"`, and tab, line feed and carriage
//!   return become `&#9;`, `&#10;` and `&#13;` (carriage return also in text). `'` and
//!   non-ASCII characters are written as they are (UTF-8). A value that already looks like a
//!   character reference is text like any other: `t&#x259;` is written `t&amp;#x259;`.
//!   Control characters that XML 1.0 cannot hold at all (U+0000 to U+001F other than tab, line
//!   feed and carriage return, and U+FFFE, U+FFFF) are rejected with an error, as lxml
//!   rejects them.
//! - [`MultiPartyCall`] always writes the Python SDK's defaults (about thirty attributes)
//!   unless you change them; its role is written in lower case.
//!
//! # Text between children
//!
//! [`Speak`] and the SSML containers ([`Emphasis`], [`Lang`], [`Paragraph`], [`Prosody`],
//! [`Sentence`], [`Word`]) hold mixed content: the text given to `new` comes first, then
//! whatever is added, in order. [`add_text`](Speak::add_text) adds text as it is;
//! [`cont`](Speak::cont) adds it the way Python's `add_cont` does, with one space on each side:
//!
//! ```
//! use plivo::xml::{Break, Speak};
//!
//! let speak = Speak::new("a").add(Break::new().time("1s"));
//! assert_eq!(speak.clone().add_text("b").to_xml()?, r#"<Speak>a<break time="1s"/>b</Speak>"#);
//! assert_eq!(speak.cont("b").to_xml()?, r#"<Speak>a<break time="1s"/> b </Speak>"#);
//! # Ok::<(), plivo::Error>(())
//! ```
//!
//! # Nesting
//!
//! Which element may hold which is checked by the compiler: each parent's `add` takes only
//! the types that implement its child trait ([`ResponseChild`], [`DialChild`],
//! [`GetDigitsChild`], [`GetInputChild`], [`PreAnswerChild`], [`SpeakChild`], and one per SSML
//! container). A `Speak` cannot go in a `Dial`:
//!
//! ```compile_fail
//! use plivo::xml::{Dial, Speak};
//! let dial = Dial::new().add(Speak::new("hello"));
//! ```
//!
//! nor a `Number` straight in a `Response` (it belongs in a `Dial`):
//!
//! ```compile_fail
//! use plivo::xml::{Number, Response};
//! let response = Response::new().add(Number::new("14155550100"));
//! ```
//!
//! The elements without children ([`Play`], [`Wait`], [`MultiPartyCall`], [`Break`], …) have
//! no `add` at all, and an SSML element goes only where SSML allows it (no `p` inside a `p`):
//!
//! ```compile_fail
//! use plivo::xml::{MultiPartyCall, MpcRole, Play};
//! let mpc = MultiPartyCall::new("room", MpcRole::Agent).add(Play::new("https://example.com/a.mp3"));
//! ```
//!
//! ```compile_fail
//! use plivo::xml::Paragraph;
//! let p = Paragraph::new("").add(Paragraph::new("nested"));
//! ```
//!
//! # Checks
//!
//! Enums cover the closed sets (methods, input types, file formats, audio tracks, roles, SSML
//! keywords), so a value outside them cannot be written. What types cannot say is checked by
//! `to_xml`/`to_pretty_xml`, which return [`Error::Invalid`] with the field as
//! `Element.attribute` (or `Element.text`) and the rule:
//!
//! - text that must not be empty: `Play`, `Redirect`, `Message`, `DTMF`, `Number`, `User`,
//!   `Stream`, `MultiPartyCall`, `phoneme`, `say-as`, `sub`; `Speak` and the SSML containers
//!   need text or a child; a `cont` text must not be empty;
//! - required attributes: `lang` `xml:lang`, `phoneme` `ph`, `say-as` `interpret-as`, `sub`
//!   `alias`;
//! - ranges: `MultiPartyCall` `maxDuration` 300 to 28800, `maxParticipants` 2 to 10,
//!   `recordMinMemberCount` 1 to 2, `waitTime` 0 to 1800; `Wait` `length` and `minSilence`,
//!   `Hangup` `schedule` above 0; `Record` `maxLength` above 1; `GetDigits` `numDigits` and
//!   `retries` at least 1;
//! - keys: `GetDigits`/`GetInput` `finishOnKey` is one of `0`–`9`, `*`, `#`, `""` or `none`;
//!   `Record` `finishOnKey` is one or more of `0`–`9`, `*`, `#`; `Dial` `confirmKey` is one
//!   of `0`–`9`, `*`, `#`;
//! - `Dial` `callerName` at most 50 characters; `Dial` `callerName` and `sipHeaders`, `User`
//!   `sipHeaders` without line breaks (they reach SIP headers);
//! - `MultiPartyCall` URLs start with `http://` or `https://`, `enterSound`/`exitSound` are
//!   `beep:1`, `beep:2`, `none` or such a URL, and `statusCallbackEvents` is not empty;
//! - `Stream` `audioTrack` must be `inbound` when `bidirectional` is true; `extraHeaders` is
//!   `key=value` pairs of letters and digits joined by commas, at most 512 bytes.
//!
//! Not checked, as in the SDKs: `GetInput` `executionTimeout` (docs: 5 to 60),
//! `digitEndTimeout`/`speechEndTimeout` (2 to 10), `Conference` `maxMembers` (1 to 20) and
//! the room name, whose values in the SDKs' own tests lie outside those ranges; voices,
//! languages, URLs outside `MultiPartyCall`, and SSML values given as strings (`time`,
//! `volume`, `rate`, `pitch`, `w` `role`). A `Dial` without a `Number` or `User` is allowed.

#[macro_use]
mod macros;
mod mpc;
mod ssml;
mod types;
mod voice;
mod write;

pub use crate::ops::{FileFormat, HttpMethod, RecordChannelType, TranscriptionType};
pub use mpc::MultiPartyCall;
pub use ssml::{
    Break, Emphasis, Lang, Paragraph, Phoneme, Prosody, SayAs, Sentence, Speak, Sub, Word,
};
pub use types::{
    AudioTrack, BreakStrength, EmphasisLevel, EndTimeout, InputType, InterpretAs, MessageType,
    MpcEvent, MpcRole, MpcSound, PhonemeAlphabet, StreamContentType,
};
pub use voice::{
    Conference, Dial, Dtmf, GetDigits, GetInput, Hangup, Message, Number, Play, PreAnswer, Record,
    Redirect, Response, Stream, User, Wait,
};

use crate::Error;
use write::{Item, Node, invalid};

/// A Plivo XML element: anything that can be written as a document on its own.
///
/// Every element type also has these two methods as inherent methods, so this trait is needed
/// only for generic code.
pub trait Element: sealed::Sealed {
    /// The element as compact XML; see [the module docs](self) for the format and the checks.
    fn to_xml(&self) -> Result<String, Error> {
        write::write(&self.build()?, false)
    }

    /// The element indented by two spaces, with a trailing newline.
    fn to_pretty_xml(&self) -> Result<String, Error> {
        write::write(&self.build()?, true)
    }
}

mod sealed {
    /// Builds the checked tree of an element. Not implementable outside the crate.
    pub trait Sealed {
        fn build(&self) -> Result<super::Node, crate::Error>;
    }

    /// An element that some parent accepts.
    pub trait Child: Sealed {
        fn into_any(self) -> super::tree::Any;
    }
}

macro_rules! any_element {
    ($($name:ident),* $(,)?) => {
        mod tree {
            use super::*;

            /// Any element that can be a child (boxed: elements differ much in size).
            #[derive(Debug, Clone, PartialEq, Eq)]
            pub enum Any {
                $( $name(Box<$name>), )*
            }

            impl Any {
                pub fn build(&self) -> Result<Node, Error> {
                    match self {
                        $( Any::$name(e) => sealed::Sealed::build(e.as_ref()), )*
                    }
                }
            }

            /// One piece of mixed content.
            #[derive(Debug, Clone, PartialEq, Eq)]
            pub enum Part {
                Text(String),
                Cont(String),
                Child(Any),
            }
        }

        $(
            impl sealed::Child for $name {
                fn into_any(self) -> tree::Any {
                    tree::Any::$name(Box::new(self))
                }
            }
        )*
    };
}

any_element!(
    Conference,
    Dial,
    Dtmf,
    GetDigits,
    GetInput,
    Hangup,
    Message,
    MultiPartyCall,
    Number,
    Play,
    PreAnswer,
    Record,
    Redirect,
    Speak,
    Stream,
    User,
    Wait,
    Break,
    Emphasis,
    Lang,
    Paragraph,
    Phoneme,
    Prosody,
    SayAs,
    Sentence,
    Sub,
    Word,
);

/// What a [`Response`] may hold: `Conference`, `Dial`, `DTMF`, `GetDigits`, `GetInput`,
/// `Hangup`, `Message`, `MultiPartyCall`, `Play`, `PreAnswer`, `Record`, `Redirect`, `Speak`,
/// `Stream`, `Wait`.
pub trait ResponseChild: Element + sealed::Child {}
allow!(ResponseChild: Conference, Dial, Dtmf, GetDigits, GetInput, Hangup, Message,
    MultiPartyCall, Play, PreAnswer, Record, Redirect, Speak, Stream, Wait);

/// What a [`Dial`] may hold: `Number`, `User`.
pub trait DialChild: Element + sealed::Child {}
allow!(DialChild: Number, User);

/// What a [`GetDigits`] may hold: `Speak`, `Play`, `Wait`.
pub trait GetDigitsChild: Element + sealed::Child {}
allow!(GetDigitsChild: Speak, Play, Wait);

/// What a [`GetInput`] may hold: `Speak`, `Play`, `Wait`.
pub trait GetInputChild: Element + sealed::Child {}
allow!(GetInputChild: Speak, Play, Wait);

/// What a [`PreAnswer`] may hold: `Speak`, `Play`, `Wait`, `GetDigits`, `Redirect`,
/// `Message`, `DTMF`.
pub trait PreAnswerChild: Element + sealed::Child {}
allow!(PreAnswerChild: Speak, Play, Wait, GetDigits, Redirect, Message, Dtmf);

/// What a [`Speak`] may hold: every SSML element (`break`, `emphasis`, `lang`, `p`,
/// `phoneme`, `prosody`, `s`, `say-as`, `sub`, `w`).
pub trait SpeakChild: Element + sealed::Child {}
allow!(SpeakChild: Break, Emphasis, Lang, Paragraph, Phoneme, Prosody, Sentence, SayAs, Sub, Word);

/// What an [`Emphasis`] may hold: `break`, `emphasis`, `lang`, `phoneme`, `prosody`,
/// `say-as`, `sub`, `w`.
pub trait EmphasisChild: Element + sealed::Child {}
allow!(EmphasisChild: Break, Emphasis, Lang, Phoneme, Prosody, SayAs, Sub, Word);

/// What a [`Lang`] may hold: every SSML element.
pub trait LangChild: Element + sealed::Child {}
allow!(LangChild: Break, Emphasis, Lang, Paragraph, Phoneme, Prosody, Sentence, SayAs, Sub, Word);

/// What a [`Paragraph`] (`p`) may hold: `break`, `emphasis`, `lang`, `phoneme`, `prosody`,
/// `say-as`, `sub`, `s`, `w` (no `p`).
pub trait ParagraphChild: Element + sealed::Child {}
allow!(ParagraphChild: Break, Emphasis, Lang, Phoneme, Prosody, SayAs, Sub, Sentence, Word);

/// What a [`Prosody`] may hold: every SSML element.
pub trait ProsodyChild: Element + sealed::Child {}
allow!(ProsodyChild: Break, Emphasis, Lang, Paragraph, Phoneme, Prosody, Sentence, SayAs, Sub, Word);

/// What a [`Sentence`] (`s`) may hold: `break`, `emphasis`, `lang`, `phoneme`, `prosody`,
/// `say-as`, `sub`, `w` (no `p`, no `s`).
pub trait SentenceChild: Element + sealed::Child {}
allow!(SentenceChild: Break, Emphasis, Lang, Phoneme, Prosody, SayAs, Sub, Word);

/// What a [`Word`] (`w`) may hold: `break`, `emphasis`, `phoneme`, `prosody`, `say-as`,
/// `sub`.
pub trait WordChild: Element + sealed::Child {}
allow!(WordChild: Break, Emphasis, Phoneme, Prosody, SayAs, Sub);

/// An element whose content is its children.
fn build_children(
    name: &'static str,
    attrs: Vec<(&'static str, String)>,
    children: &[tree::Any],
) -> Result<Node, Error> {
    let mut node = Node::new(name, attrs);
    for child in children {
        node.content.push(Item::Node(child.build()?));
    }
    Ok(node)
}

/// An element whose content is one text. Python writes no text node for an empty one.
fn build_text(
    name: &'static str,
    field: &'static str,
    attrs: Vec<(&'static str, String)>,
    text: &str,
    required: bool,
) -> Result<Node, Error> {
    if required && text.trim().is_empty() {
        return Err(invalid(field, "must not be empty"));
    }
    let mut node = Node::new(name, attrs);
    if !text.is_empty() {
        node.content.push(Item::Text(text.to_owned()));
    }
    Ok(node)
}

/// An element with mixed content, which must say something: text or a child.
fn build_mixed(
    name: &'static str,
    field: &'static str,
    attrs: Vec<(&'static str, String)>,
    parts: &[tree::Part],
) -> Result<Node, Error> {
    let mut node = Node::new(name, attrs);
    let mut said = false;
    for part in parts {
        match part {
            tree::Part::Text(text) => {
                said |= !text.trim().is_empty();
                node.content.push(Item::Text(text.clone()));
            }
            tree::Part::Cont(text) => {
                if text.is_empty() {
                    return Err(invalid(
                        format!("{name}.cont"),
                        "must not be empty (Python would leave a stray <cont/> in the XML)",
                    ));
                }
                said |= !text.trim().is_empty();
                node.content.push(Item::Cont(text.clone()));
            }
            tree::Part::Child(child) => {
                said = true;
                node.content.push(Item::Node(child.build()?));
            }
        }
    }
    if !said {
        return Err(invalid(
            field,
            "must not be empty: give text or a child element",
        ));
    }
    Ok(node)
}

/// Checks shared by several elements. Each returns the broken rule in words.
mod rules {
    /// Durations and counts that Plivo wants above zero.
    pub fn positive(v: &u32) -> Result<(), String> {
        if *v > 0 {
            Ok(())
        } else {
            Err("must be greater than 0".into())
        }
    }

    /// A value within `lo..=hi`.
    pub fn between<const LO: u32, const HI: u32>(v: &u32) -> Result<(), String> {
        if (LO..=HI).contains(v) {
            Ok(())
        } else {
            Err(format!("must be between {LO} and {HI} (got {v})"))
        }
    }

    fn is_key(c: char) -> bool {
        c.is_ascii_digit() || c == '*' || c == '#'
    }

    /// One key of the keypad.
    pub fn key(v: &str) -> Result<(), String> {
        let mut chars = v.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) if is_key(c) => Ok(()),
            _ => Err(format!("must be one key: 0-9, * or # (got {v:?})")),
        }
    }

    /// `GetDigits`/`GetInput` `finishOnKey`: one key, `""` (no key) or `none`.
    pub fn finish_key(v: &str) -> Result<(), String> {
        if v.is_empty() || v == "none" || key(v).is_ok() {
            Ok(())
        } else {
            Err(format!(
                "must be one key (0-9, * or #), \"\" or \"none\" (got {v:?})"
            ))
        }
    }

    /// `Record` `finishOnKey`: one or more keys.
    pub fn keys(v: &str) -> Result<(), String> {
        if !v.is_empty() && v.chars().all(is_key) {
            Ok(())
        } else {
            Err(format!(
                "must be one or more of the keys 0-9, * and # (got {v:?})"
            ))
        }
    }

    /// Values that reach a SIP header.
    pub fn one_line(v: &str) -> Result<(), String> {
        if v.contains(['\r', '\n']) {
            Err("must not contain a line break (it goes into a SIP header)".into())
        } else {
            Ok(())
        }
    }

    /// `Dial` `callerName`.
    pub fn caller_name(v: &str) -> Result<(), String> {
        one_line(v)?;
        let n = v.chars().count();
        if n <= 50 {
            Ok(())
        } else {
            Err(format!("must be at most 50 characters (got {n})"))
        }
    }

    /// The Python SDK's `is_url` for `MultiPartyCall`: `http://` or `https://` and more.
    pub fn http_url(v: &str) -> Result<(), String> {
        let rest = v
            .strip_prefix("http://")
            .or_else(|| v.strip_prefix("https://"));
        match rest {
            Some(rest) if !rest.is_empty() => Ok(()),
            _ => Err(format!("must be an http:// or https:// URL (got {v:?})")),
        }
    }
}
