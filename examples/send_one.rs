//! Sends ONE message and exits: the smallest useful program built on this crate, used by
//! `examples/bench.rs` to measure a one-call process (start, build a client, send, decode,
//! exit) and the size of a release binary.
//!
//! `PLIVO_AUTH_ID=MA… PLIVO_AUTH_TOKEN=… PLIVO_BASE_URL=http://127.0.0.1:8080 cargo run --release --example send_one`
//!
//! `PLIVO_BASE_URL` is optional (Plivo itself without it); `PLIVO_SRC`, `PLIVO_DST` and
//! `PLIVO_TEXT` override the message. Prints the new message's uuid.

use plivo::{Client, ops};

fn main() {
    let var = |name: &str, default: &str| std::env::var(name).unwrap_or_else(|_| default.into());
    let sent = Client::from_env().and_then(|client| {
        client.send(ops::SendMessage::new(
            var("PLIVO_SRC", "14155550100"),
            var("PLIVO_DST", "14155550101"),
            var("PLIVO_TEXT", "hello from send_one"),
        ))
    });
    match sent {
        Ok(queued) => println!("{}", queued.message_uuid.join(",")),
        Err(e) => {
            eprintln!("send_one: {e}");
            std::process::exit(1);
        }
    }
}
