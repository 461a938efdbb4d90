//! An AI voice agent's audio stream, against the offline sandbox:
//! `cargo run --example voice_agent_stream`.
//!
//! A voice agent hears the caller and speaks back over a WebSocket. There are two ways to
//! attach one to a call: answer the call with `<Stream>` XML (printed first), or start a
//! stream on a call that is already live through the API. This example does the second
//! against the sandbox: it places a call, starts a bidirectional stream on it, lists and
//! reads the stream, stops it, and hangs up (the call's streams end with it). One line per
//! step; exit status 0 when every step worked, 1 otherwise. Nothing leaves the machine, and
//! the sandbox connects to no WebSocket server.
//!
//! Against Plivo the same calls run unchanged; serve the XML from your answer URL.

use plivo::ops::{
    GetSingleStream, GetStreams, HangupSingleCall, HttpMethod, MakeCall, StartStream,
    StopSingleStream, StreamAudioTrack, StreamContentType,
};
use plivo::sandbox::Sandbox;
use plivo::xml;

type Failure = Box<dyn std::error::Error>;

/// Where the voice agent listens.
const AGENT: &str = "wss://agent.example.com/voice";

fn main() {
    if let Err(e) = run() {
        eprintln!("voice_agent_stream failed: {e}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), Failure> {
    // 1. The answer XML: stream the caller to the agent, and let it speak back.
    let answer = xml::Response::new().add(
        xml::Stream::new(AGENT)
            .bidirectional(true)
            .audio_track(xml::AudioTrack::Inbound)
            .content_type(xml::StreamContentType::MulawRate8000)
            .stream_timeout(3600)
            .extra_headers("tenant=acme")
            .keep_call_alive(true),
    );
    println!(" 1. answer XML: {}", answer.to_xml()?);

    let sandbox = Sandbox::start()?;
    let client = sandbox.client();
    println!(
        "Voice agent stream against the offline sandbox at {}",
        sandbox.url()
    );

    // 2. A call (the sandbox answers at once).
    let fired = client.send(MakeCall::new(
        "14155550100",
        "14155550101",
        "https://example.com/answer",
    ))?;
    let call = fired
        .request_uuid
        .to_vec()
        .into_iter()
        .next()
        .ok_or("no call uuid in the answer")?;
    println!(" 2. call {call} is live");

    // 3. Start a stream on the live call through the API.
    let started = client.send(
        StartStream::new(call.as_str(), AGENT)
            .bidirectional(true)
            .audio_track(StreamAudioTrack::Inbound)
            .content_type(StreamContentType::MulawRate8000)
            .status_callback_url("https://example.com/stream-events")
            .status_callback_method(HttpMethod::Post)
            .extra_headers("tenant=acme"),
    )?;
    let stream = started.stream_id.ok_or("no stream id in the answer")?;
    println!(" 3. stream {stream} started");

    // 4. List the call's streams, and read this one.
    let listed = client.send(GetStreams::new(call.as_str()))?;
    if !listed.objects.iter().any(|s| s.stream_id == stream) {
        return Err("the new stream is not listed".into());
    }
    let one = client.send(GetSingleStream::new(call.as_str(), stream.as_str()))?;
    println!(
        " 4. {} stream(s) on the call; this one is {} to {}",
        listed.objects.len(),
        one.status.as_deref().unwrap_or("?"),
        one.service_url.as_deref().unwrap_or("?"),
    );

    // 5. Stop it: it is gone.
    client.send(StopSingleStream::new(call.as_str(), stream.as_str()))?;
    let left = client.send(GetStreams::new(call.as_str()))?.objects.len();
    println!(" 5. stream stopped; {left} stream(s) left");

    // 6. Hang up.
    client.send(HangupSingleCall::new(call.as_str()))?;
    println!(" 6. call hung up");
    Ok(())
}
