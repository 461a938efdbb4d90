//! The voice elements: `Response` and everything it may hold, except `MultiPartyCall`
//! (`mpc.rs`) and `Speak` (`ssml.rs`).

use super::sealed::Sealed;
use super::tree::Any;
use super::types::{AudioTrack, EndTimeout, InputType, MessageType, StreamContentType};
use super::write::{Node, invalid};
use super::{
    DialChild, FileFormat, GetDigitsChild, GetInputChild, HttpMethod, PreAnswerChild,
    RecordChannelType, ResponseChild, TranscriptionType, build_children, build_text, rules,
};
use crate::Error;

element_struct! {
    /// `<Response>`: the root of every Plivo XML document. Holds the elements Plivo runs in
    /// order: see [`ResponseChild`].
    ///
    /// ```
    /// use plivo::xml::{Response, Speak, Wait};
    /// let xml = Response::new().add(Wait::new().length(2)).add(Speak::new("hi")).to_xml()?;
    /// assert_eq!(xml, r#"<Response><Wait length="2"/><Speak>hi</Speak></Response>"#);
    /// assert_eq!(Response::new().to_xml()?, "<Response/>");
    /// # Ok::<(), plivo::Error>(())
    /// ```
    pub struct Response = "Response" {}
    content { children: Vec<Any> }
}

impl Response {
    /// An empty response.
    pub fn new() -> Self {
        Self::blank(Vec::new())
    }
}

impl Default for Response {
    fn default() -> Self {
        Self::new()
    }
}

children_methods!(Response, ResponseChild);

impl Sealed for Response {
    fn build(&self) -> Result<Node, Error> {
        build_children("Response", self.attrs()?, &self.children)
    }
}

element_struct! {
    /// `<Play>`: plays an audio file (mp3 or wav) from a URL.
    pub struct Play = "Play" {
        /// How many times to play it: 1 by default, 0 repeats until the call ends.
        loop_: raw u32 = "loop";
    }
    content { url: String }
}

impl Play {
    /// Plays the audio at `url` (required, not empty).
    pub fn new(url: impl Into<String>) -> Self {
        Self::blank(url.into())
    }
}

impl Sealed for Play {
    fn build(&self) -> Result<Node, Error> {
        build_text("Play", "Play.text", self.attrs()?, &self.url, true)
    }
}

element_struct! {
    /// `<Redirect>`: fetches the next XML document from a URL and runs it instead of the rest
    /// of this one.
    pub struct Redirect = "Redirect" {
        /// Method for the URL (Plivo's default `POST`).
        method: raw HttpMethod = "method";
    }
    content { url: String }
}

impl Redirect {
    /// Redirects to `url` (required, not empty).
    pub fn new(url: impl Into<String>) -> Self {
        Self::blank(url.into())
    }
}

impl Sealed for Redirect {
    fn build(&self) -> Result<Node, Error> {
        build_text("Redirect", "Redirect.text", self.attrs()?, &self.url, true)
    }
}

element_struct! {
    /// `<Wait>`: waits silently, or until the caller stops talking.
    pub struct Wait = "Wait" {
        /// Seconds to wait (Plivo's default 1); above 0.
        length: raw u32 = "length" [check = rules::positive];
        /// Wait for silence instead: stop as soon as `minSilence` of silence is heard.
        silence: raw bool = "silence";
        /// Milliseconds of silence that end the wait when `silence` is true (default 2000);
        /// above 0.
        min_silence: raw u32 = "minSilence" [check = rules::positive];
        /// Wait for a voicemail beep (answering machine detection).
        beep: raw bool = "beep";
    }
    content {}
}

impl Wait {
    /// A wait with Plivo's defaults (one second).
    pub fn new() -> Self {
        Self::blank()
    }
}

impl Default for Wait {
    fn default() -> Self {
        Self::new()
    }
}

impl Sealed for Wait {
    fn build(&self) -> Result<Node, Error> {
        Ok(Node::new("Wait", self.attrs()?))
    }
}

element_struct! {
    /// `<Hangup>`: ends the call, now or after `schedule` seconds. As the first element of a
    /// response it rejects the call.
    pub struct Hangup = "Hangup" {
        /// Why the call is rejected: `rejected` or `busy` (other text is written as it is).
        reason: into String = "reason";
        /// Hang up after this many seconds instead of now; above 0.
        schedule: raw u32 = "schedule" [check = rules::positive];
    }
    content {}
}

impl Hangup {
    /// Hangs up now.
    pub fn new() -> Self {
        Self::blank()
    }
}

impl Default for Hangup {
    fn default() -> Self {
        Self::new()
    }
}

impl Sealed for Hangup {
    fn build(&self) -> Result<Node, Error> {
        Ok(Node::new("Hangup", self.attrs()?))
    }
}

element_struct! {
    /// `<Message>`: sends an SMS during the call.
    pub struct Message = "Message" {
        /// Sender number, with country code.
        src: into String = "src";
        /// Destination number; several are joined with `<` (`14155550100<14155550101`).
        dst: into String = "dst";
        /// The message type (only [`MessageType::Sms`]).
        type_: raw MessageType = "type";
        /// URL that receives delivery reports.
        callback_url: into String = "callbackUrl";
        /// Method for `callbackUrl` (Plivo's default `POST`).
        callback_method: raw HttpMethod = "callbackMethod";
    }
    content { body: String }
}

impl Message {
    /// A message with this text (required, not empty).
    pub fn new(body: impl Into<String>) -> Self {
        Self::blank(body.into())
    }
}

impl Sealed for Message {
    fn build(&self) -> Result<Node, Error> {
        build_text("Message", "Message.text", self.attrs()?, &self.body, true)
    }
}

element_struct! {
    /// `<DTMF>`: sends key presses (digits, `*`, `#`, `w` for a half-second pause).
    pub struct Dtmf = "DTMF" {
        /// Send the digits in the background while the next element runs.
        async_: raw bool = "async";
    }
    content { digits: String }
}

impl Dtmf {
    /// Sends these keys (required, not empty).
    pub fn new(digits: impl Into<String>) -> Self {
        Self::blank(digits.into())
    }
}

impl Sealed for Dtmf {
    fn build(&self) -> Result<Node, Error> {
        build_text("DTMF", "DTMF.text", self.attrs()?, &self.digits, true)
    }
}

element_struct! {
    /// `<Record>`: records the call or the caller's message.
    pub struct Record = "Record" {
        /// URL that receives the recording's details.
        action: into String = "action";
        /// Method for `action` (Plivo's default `POST`).
        method: raw HttpMethod = "method";
        /// `mp3` (Plivo's default) or `wav`.
        file_format: raw FileFormat = "fileFormat";
        /// Fetch the next XML from `action` when the recording ends (default true).
        redirect: raw bool = "redirect";
        /// Seconds of silence that end the recording (default 15).
        timeout: raw u32 = "timeout";
        /// Longest recording in seconds (default 60); above 1.
        max_length: raw u32 = "maxLength" [check = above_one];
        /// Beep before recording (default true).
        play_beep: raw bool = "playBeep";
        /// Keys that end the recording (default `#`): one or more of `0`-`9`, `*`, `#`.
        finish_on_key: into String = "finishOnKey" [check = rules::keys];
        /// Record the whole call, in the background (default false).
        record_session: raw bool = "recordSession";
        /// With `recordSession`, start when the `Dial` is answered (default false).
        start_on_dial_answer: raw bool = "startOnDialAnswer";
        /// Transcribe the recording.
        transcription_type: raw TranscriptionType = "transcriptionType";
        /// URL that receives the transcription.
        transcription_url: into String = "transcriptionUrl";
        /// Method for `transcriptionUrl`.
        transcription_method: raw HttpMethod = "transcriptionMethod";
        /// Transcription report type (Python SDK only).
        transcription_report_type: into String = "transcriptionReportType";
        /// URL notified when the recording is ready.
        callback_url: into String = "callbackUrl";
        /// Method for `callbackUrl` (Plivo's default `POST`).
        callback_method: raw HttpMethod = "callbackMethod";
        /// `mono` or `stereo` (Plivo's default).
        record_channel_type: raw RecordChannelType = "recordChannelType";
    }
    content {}
}

fn above_one(v: &u32) -> Result<(), String> {
    if *v > 1 {
        Ok(())
    } else {
        Err(format!("must be greater than 1 (got {v})"))
    }
}

impl Record {
    /// A recording with Plivo's defaults.
    pub fn new() -> Self {
        Self::blank()
    }
}

impl Default for Record {
    fn default() -> Self {
        Self::new()
    }
}

impl Sealed for Record {
    fn build(&self) -> Result<Node, Error> {
        Ok(Node::new("Record", self.attrs()?))
    }
}

element_struct! {
    /// `<GetDigits>`: collects key presses while its [`GetDigitsChild`] children (`Speak`,
    /// `Play`, `Wait`) run, and sends them to `action`.
    pub struct GetDigits = "GetDigits" {
        /// URL that receives the digits.
        action: into String = "action";
        /// Method for `action` (Plivo's default `POST`).
        method: raw HttpMethod = "method";
        /// Seconds to wait for the first key (default 5).
        timeout: raw u32 = "timeout";
        /// Seconds to wait between keys (default 2).
        digit_timeout: raw u32 = "digitTimeout";
        /// Key that ends the input (default `#`): one of `0`-`9`, `*`, `#`, or `""`/`none`
        /// for none.
        finish_on_key: into String = "finishOnKey" [check = rules::finish_key];
        /// How many keys to collect (default 99); at least 1.
        num_digits: raw u32 = "numDigits" [check = rules::positive];
        /// How many times to try when no valid input comes; at least 1.
        retries: raw u32 = "retries" [check = rules::positive];
        /// Fetch the next XML from `action` (default true).
        redirect: raw bool = "redirect";
        /// Beep before listening.
        play_beep: raw bool = "playBeep";
        /// The keys accepted (default `1234567890*#`).
        valid_digits: into String = "validDigits";
        /// Audio URL played on an invalid key.
        invalid_digits_sound: into String = "invalidDigitsSound";
        /// Log the digits (default true).
        log: raw bool = "log";
    }
    content { children: Vec<Any> }
}

impl GetDigits {
    /// A digit prompt with Plivo's defaults; add the prompt's `Speak`/`Play`/`Wait`.
    pub fn new() -> Self {
        Self::blank(Vec::new())
    }
}

impl Default for GetDigits {
    fn default() -> Self {
        Self::new()
    }
}

children_methods!(GetDigits, GetDigitsChild);

impl Sealed for GetDigits {
    fn build(&self) -> Result<Node, Error> {
        build_children("GetDigits", self.attrs()?, &self.children)
    }
}

element_struct! {
    /// `<GetInput>`: collects key presses or speech while its [`GetInputChild`] children
    /// (`Speak`, `Play`, `Wait`) run, and sends the result to `action`.
    pub struct GetInput = "GetInput" {
        /// URL that receives the input (the docs require it).
        action: into String = "action";
        /// Method for `action` (Plivo's default `POST`).
        method: raw HttpMethod = "method";
        /// What to listen for.
        input_type: raw InputType = "inputType";
        /// Seconds to wait for input (docs: 5 to 60, default 15; not checked).
        execution_timeout: raw u32 = "executionTimeout";
        /// Seconds after the last key, or `auto` (docs: 2 to 10; not checked). Takes a `u32`
        /// or [`EndTimeout::Auto`].
        digit_end_timeout: into EndTimeout = "digitEndTimeout";
        /// Seconds of silence that end speech, or `auto` (docs: 2 to 10; not checked). Takes a
        /// `u32` or [`EndTimeout::Auto`].
        speech_end_timeout: into EndTimeout = "speechEndTimeout";
        /// Key that ends key input (default `#`): one of `0`-`9`, `*`, `#`, or `""`/`none`.
        finish_on_key: into String = "finishOnKey" [check = rules::finish_key];
        /// How many keys to collect.
        num_digits: raw u32 = "numDigits";
        /// Speech recognition model (`default`, `command_and_search`, `phone_call`, …).
        speech_model: into String = "speechModel";
        /// Words and phrases to expect, to help recognition.
        hints: into String = "hints";
        /// Language of the speech (default `en-US`).
        language: into String = "language";
        /// URL that receives interim speech results.
        interim_speech_results_callback: into String = "interimSpeechResultsCallback";
        /// Method for `interimSpeechResultsCallback`.
        interim_speech_results_callback_method: raw HttpMethod = "interimSpeechResultsCallbackMethod";
        /// Log the input.
        log: raw bool = "log";
        /// Fetch the next XML from `action` (default true).
        redirect: raw bool = "redirect";
        /// Mask profanity in the transcript.
        profanity_filter: raw bool = "profanityFilter";
    }
    content { children: Vec<Any> }
}

impl GetInput {
    /// An input prompt with Plivo's defaults; add the prompt's `Speak`/`Play`/`Wait`.
    pub fn new() -> Self {
        Self::blank(Vec::new())
    }
}

impl Default for GetInput {
    fn default() -> Self {
        Self::new()
    }
}

children_methods!(GetInput, GetInputChild);

impl Sealed for GetInput {
    fn build(&self) -> Result<Node, Error> {
        build_children("GetInput", self.attrs()?, &self.children)
    }
}

element_struct! {
    /// `<Dial>`: calls one or more numbers or SIP users ([`DialChild`]: `Number`, `User`) and
    /// bridges the first that answers.
    pub struct Dial = "Dial" {
        /// URL notified when the dialled call ends.
        action: into String = "action";
        /// Method for `action` (Plivo's default `POST`).
        method: raw HttpMethod = "method";
        /// Let the caller end the dialled call with `*` (default false).
        hangup_on_star: raw bool = "hangupOnStar";
        /// Longest dialled call in seconds (default 14400).
        time_limit: raw u32 = "timeLimit";
        /// Seconds to wait for an answer.
        timeout: raw u32 = "timeout";
        /// Caller id shown to the called party.
        caller_id: into String = "callerId";
        /// Caller name shown to the called party; at most 50 characters, one line.
        caller_name: into String = "callerName" [check = rules::caller_name];
        /// URL of the XML played to the called party before bridging (to confirm).
        confirm_sound: into String = "confirmSound";
        /// Seconds to wait for `confirmKey` (default 120).
        confirm_timeout: raw u32 = "confirmTimeout";
        /// Key the called party presses to accept: one of `0`-`9`, `*`, `#`.
        confirm_key: into String = "confirmKey" [check = rules::key];
        /// What the caller hears while dialling: a URL of XML, or `real` for the real ring.
        dial_music: into String = "dialMusic";
        /// URL notified of the dialled call's events.
        callback_url: into String = "callbackUrl";
        /// Method for `callbackUrl` (Plivo's default `POST`).
        callback_method: raw HttpMethod = "callbackMethod";
        /// Fetch the next XML from `action` (default true).
        redirect: raw bool = "redirect";
        /// Key patterns from the caller to report, comma-separated (`#0,99,000`).
        digits_match: into String = "digitsMatch";
        /// Key patterns from the called party to report.
        digits_match_b_leg: into String = "digitsMatchBLeg";
        /// SIP headers for the called party, `key=value` joined by commas; one line.
        sip_headers: into String = "sipHeaders" [check = rules::one_line];
    }
    content { children: Vec<Any> }
}

impl Dial {
    /// A dial with Plivo's defaults; add `Number`s and `User`s.
    pub fn new() -> Self {
        Self::blank(Vec::new())
    }
}

impl Default for Dial {
    fn default() -> Self {
        Self::new()
    }
}

children_methods!(Dial, DialChild);

impl Sealed for Dial {
    fn build(&self) -> Result<Node, Error> {
        build_children("Dial", self.attrs()?, &self.children)
    }
}

element_struct! {
    /// `<Number>`: a phone number to call, inside a [`Dial`].
    pub struct Number = "Number" {
        /// Keys to send once answered (`w` waits half a second).
        send_digits: into String = "sendDigits";
        /// Send `sendDigits` on pre-answer (early media) instead (default false).
        send_on_preanswer: raw bool = "sendOnPreanswer";
        /// How the keys are sent.
        send_digits_mode: into String = "sendDigitsMode";
    }
    content { number: String }
}

impl Number {
    /// Calls this number, with country code (required, not empty).
    pub fn new(number: impl Into<String>) -> Self {
        Self::blank(number.into())
    }
}

impl Sealed for Number {
    fn build(&self) -> Result<Node, Error> {
        build_text("Number", "Number.text", self.attrs()?, &self.number, true)
    }
}

element_struct! {
    /// `<User>`: a SIP endpoint to call, inside a [`Dial`].
    pub struct User = "User" {
        /// Keys to send once answered (`w` waits half a second).
        send_digits: into String = "sendDigits";
        /// Send `sendDigits` on pre-answer (early media) instead (default false).
        send_on_preanswer: raw bool = "sendOnPreanswer";
        /// SIP headers, `key=value` joined by commas; one line.
        sip_headers: into String = "sipHeaders" [check = rules::one_line];
    }
    content { uri: String }
}

impl User {
    /// Calls this SIP URI (`sip:alice@phone.plivo.com`; required, not empty).
    pub fn new(uri: impl Into<String>) -> Self {
        Self::blank(uri.into())
    }
}

impl Sealed for User {
    fn build(&self) -> Result<Node, Error> {
        build_text("User", "User.text", self.attrs()?, &self.uri, true)
    }
}

element_struct! {
    /// `<Conference>`: joins the caller to a conference room.
    pub struct Conference = "Conference" {
        /// Join muted (default false).
        muted: raw bool = "muted";
        /// Sound when someone joins: `""` (none, the default), `beep:1`, `beep:2` or a URL.
        enter_sound: into String = "enterSound";
        /// Sound when someone leaves: as `enterSound`.
        exit_sound: into String = "exitSound";
        /// Start the conference when this member joins (default true).
        start_conference_on_enter: raw bool = "startConferenceOnEnter";
        /// End the conference when this member leaves (default false).
        end_conference_on_exit: raw bool = "endConferenceOnExit";
        /// Let a member stay alone in the room (default true).
        stay_alone: raw bool = "stayAlone";
        /// URL of the XML played while waiting for the conference to start.
        wait_sound: into String = "waitSound";
        /// Most members (docs: 1 to 20, default 20; not checked).
        max_members: raw u32 = "maxMembers";
        /// Record the conference (default false).
        record: raw bool = "record";
        /// Recording format.
        record_file_format: raw FileFormat = "recordFileFormat";
        /// Longest conference in seconds (default 86400).
        time_limit: raw u32 = "timeLimit";
        /// Let the member leave with `*` (default false).
        hangup_on_star: raw bool = "hangupOnStar";
        /// URL notified when the member leaves.
        action: into String = "action";
        /// Method for `action` (Plivo's default `POST`).
        method: raw HttpMethod = "method";
        /// URL notified of the conference's events.
        callback_url: into String = "callbackUrl";
        /// Method for `callbackUrl` (Plivo's default `POST`).
        callback_method: raw HttpMethod = "callbackMethod";
        /// Key patterns to report, comma-separated (`#0,99,000`).
        digits_match: into String = "digitsMatch";
        /// Report who has the floor (default false).
        floor_event: raw bool = "floorEvent";
        /// Fetch the next XML from `action` (default true).
        redirect: raw bool = "redirect";
        /// Pass key presses to the other members (default true).
        relay_dtmf: raw bool = "relayDTMF";
        /// Keys to send when the member joins.
        send_digits: into String = "sendDigits";
        /// Record while only one member is in the room.
        record_when_alone: into String = "recordWhenAlone";
        /// Transcribe the recording.
        transcription_type: raw TranscriptionType = "transcriptionType";
        /// URL that receives the transcription.
        transcription_url: into String = "transcriptionUrl";
        /// Method for `transcriptionUrl`.
        transcription_method: raw HttpMethod = "transcriptionMethod";
    }
    content { room: String }
}

impl Conference {
    /// Joins the room with this name. The name is not checked: the Python SDK's own tests
    /// write a `Conference` without one.
    pub fn new(room: impl Into<String>) -> Self {
        Self::blank(room.into())
    }
}

impl Sealed for Conference {
    fn build(&self) -> Result<Node, Error> {
        build_text(
            "Conference",
            "Conference.text",
            self.attrs()?,
            &self.room,
            false,
        )
    }
}

element_struct! {
    /// `<PreAnswer>`: runs its [`PreAnswerChild`] children (`Speak`, `Play`, `Wait`,
    /// `GetDigits`, `Redirect`, `Message`, `DTMF`) before the call is answered (early media).
    pub struct PreAnswer = "PreAnswer" {}
    content { children: Vec<Any> }
}

impl PreAnswer {
    /// An empty pre-answer.
    pub fn new() -> Self {
        Self::blank(Vec::new())
    }
}

impl Default for PreAnswer {
    fn default() -> Self {
        Self::new()
    }
}

children_methods!(PreAnswer, PreAnswerChild);

impl Sealed for PreAnswer {
    fn build(&self) -> Result<Node, Error> {
        build_children("PreAnswer", self.attrs()?, &self.children)
    }
}

element_struct! {
    /// `<Stream>`: streams the call's audio to a WebSocket server.
    pub struct Stream = "Stream" {
        /// Let the server send audio back (default false); needs `audioTrack` `inbound`.
        bidirectional: raw bool = "bidirectional";
        /// Which audio to stream (Plivo's default `inbound`).
        audio_track: raw AudioTrack = "audioTrack";
        /// Longest stream in seconds (default 86400).
        stream_timeout: raw u32 = "streamTimeout";
        /// URL notified of the stream's events.
        status_callback_url: into String = "statusCallbackUrl";
        /// Method for `statusCallbackUrl` (Plivo's default `POST`).
        status_callback_method: raw HttpMethod = "statusCallbackMethod";
        /// Audio codec and rate.
        content_type: raw StreamContentType = "contentType";
        /// Headers for the server: `key=value` pairs of letters and digits joined by commas,
        /// at most 512 bytes.
        extra_headers: into String = "extraHeaders" [check = extra_headers];
        /// Keep the call going after the stream ends (default false).
        keep_call_alive: raw bool = "keepCallAlive";
    }
    content { url: String }
}

impl Stream {
    /// Streams to this `wss://` URL (required, not empty).
    pub fn new(url: impl Into<String>) -> Self {
        Self::blank(url.into())
    }
}

fn extra_headers(v: &str) -> Result<(), String> {
    crate::rules::stream_extra_headers(v)
}

impl Sealed for Stream {
    fn build(&self) -> Result<Node, Error> {
        let attrs = self.attrs()?;
        if self.bidirectional == Some(true)
            && matches!(
                self.audio_track,
                Some(AudioTrack::Outbound | AudioTrack::Both)
            )
        {
            return Err(invalid(
                "Stream.audioTrack",
                "must be inbound when bidirectional is true",
            ));
        }
        build_text("Stream", "Stream.text", attrs, &self.url, true)
    }
}

element!(
    Response, Play, Redirect, Wait, Hangup, Message, Dtmf, Record, GetDigits, GetInput, Dial,
    Number, User, Conference, PreAnswer, Stream,
);
