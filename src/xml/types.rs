//! Typed attribute values: the closed sets (enums), and the two open ones that mix a keyword
//! with a number or a URL ([`EndTimeout`], [`MpcSound`]).

use std::fmt;
use std::str::FromStr;

use crate::Error;
use crate::ops::{FileFormat, HttpMethod, RecordChannelType, TranscriptionType};

use super::write::invalid;

/// How a typed value is written in an attribute.
pub(crate) trait AttrValue {
    fn render(&self) -> String;
}

impl AttrValue for String {
    fn render(&self) -> String {
        self.clone()
    }
}

impl AttrValue for bool {
    fn render(&self) -> String {
        if *self { "true" } else { "false" }.to_owned()
    }
}

impl AttrValue for u32 {
    fn render(&self) -> String {
        self.to_string()
    }
}

macro_rules! wire_values {
    ($($ty:ty),* $(,)?) => {
        $(impl AttrValue for $ty {
            fn render(&self) -> String {
                self.as_str().to_owned()
            }
        })*
    };
}

wire_values!(HttpMethod, FileFormat, TranscriptionType, RecordChannelType);

/// A closed set of attribute values, in the style of the crate's other enums: `ALL`, `as_str`
/// (the spelling Plivo wants), `parse` (ignoring ASCII case), `Display` and `FromStr`.
macro_rules! xml_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident = $field:literal {
            $( $(#[$vmeta:meta])* $variant:ident = $wire:literal, )+
        }
    ) => {
        // The enum itself, `ALL`, `as_str`, `parse` and `Display` are the crate's usual ones.
        wire_enum! {
            $(#[$meta])*
            pub enum $name {
                $( $(#[$vmeta])* $variant = $wire, )+
            }
        }

        impl FromStr for $name {
            type Err = Error;

            /// As [`Self::parse`]; an unknown spelling is an [`Error::Invalid`] naming the
            /// attribute and the allowed values.
            fn from_str(text: &str) -> Result<Self, Error> {
                Self::parse(text).ok_or_else(|| {
                    let allowed: Vec<&str> = Self::ALL.iter().map(|v| v.as_str()).collect();
                    invalid($field, format!("must be one of {} (got {text:?})", allowed.join(", ")))
                })
            }
        }

        impl AttrValue for $name {
            fn render(&self) -> String {
                self.as_str().to_owned()
            }
        }
    };
}

xml_enum! {
    /// `GetInput` `inputType`: what input to listen for.
    pub enum InputType = "GetInput.inputType" {
        /// `dtmf`: key presses only.
        Dtmf = "dtmf",
        /// `speech`: speech only.
        Speech = "speech",
        /// `dtmf speech`: either.
        DtmfSpeech = "dtmf speech",
    }
}

xml_enum! {
    /// `Message` `type`: the kind of message. XML can send only SMS.
    pub enum MessageType = "Message.type" {
        /// `sms`
        Sms = "sms",
    }
}

xml_enum! {
    /// `Stream` `audioTrack`: which audio is streamed.
    pub enum AudioTrack = "Stream.audioTrack" {
        /// `inbound` (Plivo's default): what the caller says. The only track allowed with
        /// `bidirectional`.
        Inbound = "inbound",
        /// `outbound`: what the caller hears.
        Outbound = "outbound",
        /// `both`
        Both = "both",
    }
}

xml_enum! {
    /// `Stream` `contentType`: the audio codec and sample rate.
    pub enum StreamContentType = "Stream.contentType" {
        /// `audio/x-l16;rate=8000` (Plivo's default): 16-bit linear PCM at 8 kHz.
        L16Rate8000 = "audio/x-l16;rate=8000",
        /// `audio/x-l16;rate=16000`: 16-bit linear PCM at 16 kHz.
        L16Rate16000 = "audio/x-l16;rate=16000",
        /// `audio/x-mulaw;rate=8000`: μ-law at 8 kHz.
        MulawRate8000 = "audio/x-mulaw;rate=8000",
    }
}

xml_enum! {
    /// `MultiPartyCall` `role`: who joins. Written in lower case, as the Python SDK does.
    pub enum MpcRole = "MultiPartyCall.role" {
        /// `ai-agent`
        AiAgent = "ai-agent",
        /// `agent`
        Agent = "agent",
        /// `supervisor`
        Supervisor = "supervisor",
        /// `customer`
        Customer = "customer",
    }
}

xml_enum! {
    /// One of the `MultiPartyCall` `statusCallbackEvents`.
    pub enum MpcEvent = "MultiPartyCall.statusCallbackEvents" {
        /// `mpc-state-changes` (default, with `participant-state-changes`)
        MpcStateChanges = "mpc-state-changes",
        /// `participant-state-changes`
        ParticipantStateChanges = "participant-state-changes",
        /// `participant-speak-events`
        ParticipantSpeakEvents = "participant-speak-events",
        /// `participant-digit-input-events`
        ParticipantDigitInputEvents = "participant-digit-input-events",
        /// `add-participant-api-events`
        AddParticipantApiEvents = "add-participant-api-events",
    }
}

impl AttrValue for Vec<MpcEvent> {
    fn render(&self) -> String {
        let names: Vec<&str> = self.iter().map(|e| e.as_str()).collect();
        names.join(",")
    }
}

xml_enum! {
    /// SSML `break` `strength`.
    pub enum BreakStrength = "break.strength" {
        /// `none`
        None = "none",
        /// `x-weak`
        XWeak = "x-weak",
        /// `weak`
        Weak = "weak",
        /// `medium`
        Medium = "medium",
        /// `strong`
        Strong = "strong",
        /// `x-strong`
        XStrong = "x-strong",
    }
}

xml_enum! {
    /// SSML `emphasis` `level`.
    pub enum EmphasisLevel = "emphasis.level" {
        /// `strong`
        Strong = "strong",
        /// `moderate`
        Moderate = "moderate",
        /// `reduced`
        Reduced = "reduced",
    }
}

xml_enum! {
    /// SSML `phoneme` `alphabet`.
    pub enum PhonemeAlphabet = "phoneme.alphabet" {
        /// `ipa`: the International Phonetic Alphabet.
        Ipa = "ipa",
        /// `x-sampa`
        XSampa = "x-sampa",
    }
}

xml_enum! {
    /// SSML `say-as` `interpret-as` (the Amazon Polly set).
    pub enum InterpretAs = "say-as.interpret-as" {
        /// `characters`
        Characters = "characters",
        /// `spell-out`
        SpellOut = "spell-out",
        /// `cardinal`
        Cardinal = "cardinal",
        /// `number`
        Number = "number",
        /// `ordinal`
        Ordinal = "ordinal",
        /// `digits`
        Digits = "digits",
        /// `fraction`
        Fraction = "fraction",
        /// `unit`
        Unit = "unit",
        /// `date`
        Date = "date",
        /// `time`
        Time = "time",
        /// `address`
        Address = "address",
        /// `expletive`
        Expletive = "expletive",
        /// `telephone`
        Telephone = "telephone",
    }
}

/// `GetInput` `digitEndTimeout` and `speechEndTimeout`: `auto` (Plivo's default) or a number
/// of seconds (the docs say 2 to 10; like the SDKs, the number is not checked).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EndTimeout {
    /// `auto`: Plivo decides.
    Auto,
    /// A number of seconds.
    Seconds(u32),
}

impl From<u32> for EndTimeout {
    fn from(seconds: u32) -> Self {
        EndTimeout::Seconds(seconds)
    }
}

impl AttrValue for EndTimeout {
    fn render(&self) -> String {
        match self {
            EndTimeout::Auto => "auto".to_owned(),
            EndTimeout::Seconds(s) => s.to_string(),
        }
    }
}

/// `MultiPartyCall` `enterSound` and `exitSound`: a beep, nothing, or an `http(s)` URL of
/// audio to play.
///
/// Converts from a string: `beep:1`, `beep:2` and `none` (any case) are the keywords, anything
/// else is taken as a URL, which must start with `http://` or `https://` (checked when the
/// document is written, as the Python SDK checks it).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MpcSound {
    /// `beep:1` (the default `enterSound`)
    Beep1,
    /// `beep:2` (the default `exitSound`)
    Beep2,
    /// `none`: no sound.
    None,
    /// Audio at this URL.
    Url(String),
}

impl MpcSound {
    /// The value as written in the XML.
    pub fn as_str(&self) -> &str {
        match self {
            MpcSound::Beep1 => "beep:1",
            MpcSound::Beep2 => "beep:2",
            MpcSound::None => "none",
            MpcSound::Url(url) => url,
        }
    }
}

impl From<&str> for MpcSound {
    fn from(text: &str) -> Self {
        [MpcSound::Beep1, MpcSound::Beep2, MpcSound::None]
            .into_iter()
            .find(|s| s.as_str().eq_ignore_ascii_case(text))
            .unwrap_or_else(|| MpcSound::Url(text.to_owned()))
    }
}

impl From<String> for MpcSound {
    fn from(text: String) -> Self {
        MpcSound::from(text.as_str())
    }
}

impl fmt::Display for MpcSound {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl AttrValue for MpcSound {
    fn render(&self) -> String {
        self.as_str().to_owned()
    }
}
