//! The params structs: one per seed operation, grouped by resource.
//!
//! Each struct is built from its required fields with `new` and takes optional fields through
//! chained methods; every field is also a public field you can read or change. Sending happens
//! only through [`crate::Client::call`], which validates the struct first.
//!
//! ```
//! use plivo::ops::{HttpMethod, MakeCall};
//! let op = MakeCall::new("14155550100", ["14155550101", "sip:alice@phone.plivo.com"], "https://example.com/answer")
//!     .answer_method(HttpMethod::Get)
//!     .time_limit(600);
//! assert_eq!(op.to.len(), 2);
//! ```
//!
//! The enums below are the closed sets Plivo accepts for request fields; each prints as Plivo
//! spells it (`HttpMethod::Get` is `GET`).

mod account;
mod address;
mod application;
mod brand;
mod call;
mod campaign;
mod carrier;
mod compliance;
mod conference;
mod endpoint;
mod feedback;
mod file;
mod hosted_messaging;
mod lookup;
mod masking;
mod media;
mod message;
mod multi_party_call;
mod number;
mod phlo;
mod phone_number_compliance;
mod powerpack;
mod pricing;
mod profile;
mod queued_call;
mod recording;
mod stream;
mod token;
mod tollfree_verification;
mod transcription;
mod verified_caller_id;
mod verify;

pub use account::*;
pub use address::*;
pub use application::*;
pub use brand::*;
pub use call::*;
pub use campaign::*;
pub use carrier::*;
pub use compliance::*;
pub use conference::*;
pub use endpoint::*;
pub use feedback::*;
pub use file::{File, content_type_for};
pub use hosted_messaging::*;
pub use lookup::*;
pub use masking::*;
pub use media::*;
pub use message::*;
pub use multi_party_call::*;
pub use number::*;
pub use phlo::*;
pub use phone_number_compliance::*;
pub use powerpack::*;
pub use pricing::*;
pub use profile::*;
pub use queued_call::*;
pub use recording::*;
pub use stream::*;
pub use token::*;
pub use tollfree_verification::*;
pub use transcription::*;
pub use verified_caller_id::*;
pub use verify::*;

/// Closed sets shared with the answers: the same type filters a list and reads its items.
/// As request fields they accept only the known values; `Unknown(..)` is rejected.
pub use crate::models::{
    ComplianceStatus, Direction, MessageState, MessageType, NumberType, TollfreeVerificationStatus,
    UserType, VerificationStatus, VerifySessionStatus,
};

wire_enum! {
    /// The HTTP method Plivo uses when it calls one of your URLs.
    pub enum HttpMethod {
        /// `GET`
        Get = "GET",
        /// `POST`
        Post = "POST",
    }
}

wire_enum! {
    /// Which legs of a call an action applies to.
    pub enum Legs {
        /// The call itself (the A leg).
        Aleg = "aleg",
        /// The other party of a `Dial` (the B leg).
        Bleg = "bleg",
        /// Both legs.
        Both = "both",
    }
}

wire_enum! {
    /// One leg of a call.
    pub enum Leg {
        /// The call itself (the A leg).
        Aleg = "aleg",
        /// The other party of a `Dial` (the B leg).
        Bleg = "bleg",
    }
}

wire_enum! {
    /// The voice used to speak text.
    pub enum Voice {
        /// A male voice.
        Man = "MAN",
        /// A female voice.
        Woman = "WOMAN",
    }
}

wire_enum! {
    /// Audio format of a recording.
    pub enum FileFormat {
        /// MP3.
        Mp3 = "mp3",
        /// WAV.
        Wav = "wav",
    }
}

wire_enum! {
    /// How a recording is transcribed.
    pub enum TranscriptionType {
        /// Fully automated (about 5 minutes).
        Auto = "auto",
        /// Automated with human review (10 to 15 minutes).
        Hybrid = "hybrid",
    }
}

wire_enum! {
    /// Answering-machine detection for an outbound call.
    pub enum MachineDetection {
        /// Detect, and report `Machine=true` to your URLs (wire value `true`).
        Enabled = "true",
        /// Detect, and hang up when a machine answers.
        Hangup = "hangup",
    }
}

wire_enum! {
    /// Channels of a call recording.
    pub enum RecordChannelType {
        /// Both parties mixed into one channel.
        Mono = "mono",
        /// One channel per party.
        Stereo = "stereo",
    }
}

wire_enum! {
    /// How the text of a Speak action is read.
    pub enum SpeakType {
        /// Plain text.
        Text = "text",
        /// SSML markup.
        Ssml = "ssml",
    }
}
