//! Audio streams on a live call (beyond the seed): `Call/{call_uuid}/Stream/`.

use super::HttpMethod;
use crate::models;
use crate::{Error, rules};

wire_enum! {
    /// `startStream` `audio_track`: which audio of the call is streamed.
    pub enum StreamAudioTrack {
        /// `inbound` (Plivo's default): what the caller says. The only track allowed with
        /// `bidirectional`.
        Inbound = "inbound",
        /// `outbound`: what the caller hears.
        Outbound = "outbound",
        /// `both`: both directions.
        Both = "both",
    }
}

wire_enum! {
    /// `startStream` `content_type`: the codec and sample rate of the streamed audio.
    pub enum StreamContentType {
        /// `audio/x-l16;rate=8000` (Plivo's default): 16-bit linear PCM at 8 kHz.
        L16Rate8000 = "audio/x-l16;rate=8000",
        /// `audio/x-l16;rate=16000`: 16-bit linear PCM at 16 kHz.
        L16Rate16000 = "audio/x-l16;rate=16000",
        /// `audio/x-mulaw;rate=8000`: μ-law at 8 kHz.
        MulawRate8000 = "audio/x-mulaw;rate=8000",
    }
}

params! {
    /// `startStream` (beyond the seed): streams a live call's audio to a WebSocket server
    /// (`POST Call/{call_uuid}/Stream/`, JSON body); the answer names the new stream. The API
    /// twin of the `<Stream>` XML element ([`crate::xml::Stream`]).
    ///
    /// Checked before sending: `service_url` is an absolute `wss://` (or `ws://`) URL,
    /// `stream_timeout` is above zero, `extra_headers` is `key=value` pairs of letters and
    /// digits joined by commas (at most 512 bytes), and a `bidirectional` stream streams the
    /// `inbound` track only.
    ///
    /// ```
    /// use plivo::ops::{StartStream, StreamAudioTrack, StreamContentType};
    /// let op = StartStream::new("4d04c52e-cea3-4458-bbdb-0bfc314ee7cd", "wss://agent.example/audio")
    ///     .bidirectional(true)
    ///     .audio_track(StreamAudioTrack::Inbound)
    ///     .content_type(StreamContentType::MulawRate8000)
    ///     .extra_headers("tenant=acme,lang=en");
    /// assert_eq!(op.stream_timeout, None);
    /// ```
    StartStream = "startStream" -> models::StreamStarted;
    required {
        /// The live call's uuid.
        call_uuid: String = "callUuid" => "call_uuid";
        /// The WebSocket server receiving the audio (`wss://…`).
        service_url: String = "serviceUrl" => "service_url" [check = rules::ws_url];
    }
    optional {
        /// Let the server send audio back into the call (Plivo's default false); needs the
        /// `inbound` track.
        bidirectional: bool = "bidirectional" => "bidirectional";
        /// Which audio to stream (Plivo's default `inbound`).
        audio_track: StreamAudioTrack = "audioTrack" => "audio_track";
        /// Longest stream in seconds (Plivo's default 86400), above zero.
        stream_timeout: u32 = "streamTimeout" => "stream_timeout" [check = rules::positive];
        /// URL notified of the stream's events.
        status_callback_url: String = "statusCallbackUrl" => "status_callback_url" [check = rules::http_url];
        /// Method for `status_callback_url` (Plivo's default `POST`).
        status_callback_method: HttpMethod = "statusCallbackMethod" => "status_callback_method";
        /// Codec and sample rate (Plivo's default `audio/x-l16;rate=8000`).
        content_type: StreamContentType = "contentType" => "content_type";
        /// Headers passed to the server: `key=value` pairs of letters and digits joined by
        /// commas, at most 512 bytes.
        extra_headers: String = "extraHeaders" => "extra_headers" [check = extra_headers];
        /// Whether the stream's server is a contact-centre bot (as the official SDKs send it).
        cx_bot: bool = "cxBot" => "cx_bot";
    }
    check = start_stream_rule;
}

#[allow(clippy::ptr_arg)] // `params!` checks a `String` field with a `&String` rule.
fn extra_headers(v: &String) -> Result<(), String> {
    rules::stream_extra_headers(v)
}

fn start_stream_rule(p: &StartStream) -> Result<(), Error> {
    let other_track = matches!(
        p.audio_track,
        Some(StreamAudioTrack::Outbound | StreamAudioTrack::Both)
    );
    if p.bidirectional == Some(true) && other_track {
        return Err(Error::invalid(
            Some(StartStream::OPERATION),
            "audioTrack",
            "must be inbound when bidirectional is true",
        ));
    }
    Ok(())
}

params! {
    /// `getStreams` (beyond the seed): the audio streams of a live call, in one answer.
    GetStreams = "getStreams" -> models::AudioStreamList;
    required {
        /// The live call's uuid.
        call_uuid: String = "callUuid" => "call_uuid";
    }
    optional {}
}

params! {
    /// `getSingleStream` (beyond the seed): one audio stream of a live call.
    GetSingleStream = "getSingleStream" -> models::AudioStream;
    required {
        /// The live call's uuid.
        call_uuid: String = "callUuid" => "call_uuid";
        /// The stream's id (from [`StartStream`]'s answer).
        stream_id: String = "streamId" => "stream_id";
    }
    optional {}
}

params! {
    /// `stopStreams` (beyond the seed): stops every audio stream of a live call (204).
    StopStreams = "stopStreams" -> models::Ack;
    required {
        /// The live call's uuid.
        call_uuid: String = "callUuid" => "call_uuid";
    }
    optional {}
}

params! {
    /// `stopSingleStream` (beyond the seed): stops one audio stream of a live call (204).
    StopSingleStream = "stopSingleStream" -> models::Ack;
    required {
        /// The live call's uuid.
        call_uuid: String = "callUuid" => "call_uuid";
        /// The stream's id.
        stream_id: String = "streamId" => "stream_id";
    }
    optional {}
}
