//! The `voice_agent_stream` example, run as a process: it prints the `<Stream>` answer XML,
//! then places a call in the sandbox, starts a stream on it, lists and reads it, stops it and
//! hangs up, and exits 0.

mod common;

#[test]
fn the_example_streams_a_live_call_and_exits_zero() {
    let stdout = common::run_example_ok("voice_agent_stream");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines[0],
        " 1. answer XML: <Response><Stream bidirectional=\"true\" audioTrack=\"inbound\" \
         streamTimeout=\"3600\" contentType=\"audio/x-mulaw;rate=8000\" \
         extraHeaders=\"tenant=acme\" keepCallAlive=\"true\">wss://agent.example.com/voice\
         </Stream></Response>",
        "{stdout}"
    );
    assert!(
        lines[1].starts_with("Voice agent stream against the offline sandbox at http://127.0.0.1:"),
        "{stdout}"
    );
    let call = lines[2]
        .strip_prefix(" 2. call ")
        .and_then(|rest| rest.strip_suffix(" is live"))
        .expect("the call line");
    assert_eq!(call.len(), 36, "a uuid: {call}");
    let stream = lines[3]
        .strip_prefix(" 3. stream ")
        .and_then(|rest| rest.strip_suffix(" started"))
        .expect("the stream line");
    assert_eq!(stream.len(), 36, "a uuid: {stream}");
    assert_eq!(
        lines[4],
        " 4. 1 stream(s) on the call; this one is initiated to wss://agent.example.com/voice"
    );
    assert_eq!(lines[5], " 5. stream stopped; 0 stream(s) left");
    assert_eq!(lines[6], " 6. call hung up");
    assert_eq!(lines.len(), 7, "{stdout}");
}
