//! Measures what ureq's timeout settings cost per call on a kept-alive loopback connection:
//! none, the per-phase timeouts this crate uses by default, and a whole-call `timeout_global`.
//!
//! `cargo run --release --example timeout_cost`
//!
//! The server is a minimal keep-alive HTTP/1.1 responder on 127.0.0.1 (a test double, not an
//! HTTP implementation to reuse), answering every request with the same small JSON body.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::time::{Duration, Instant};

const BODY: &str = r#"{"api_id":"00000000-0000-0000-0000-000000000000","message":"message(s) queued","message_uuid":["00000000-0000-0000-0000-000000000001"]}"#;

fn serve() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("addr");
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            std::thread::spawn(move || {
                let mut reader = BufReader::new(stream.try_clone().expect("clone"));
                let mut writer = stream;
                let answer = format!(
                    "HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{BODY}",
                    BODY.len()
                );
                loop {
                    let mut length = 0usize;
                    let mut line = String::new();
                    loop {
                        line.clear();
                        if reader.read_line(&mut line).unwrap_or(0) == 0 {
                            return;
                        }
                        if line == "\r\n" {
                            break;
                        }
                        if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                            length = v.trim().parse().unwrap_or(0);
                        }
                    }
                    let mut body = vec![0; length];
                    if std::io::Read::read_exact(&mut reader, &mut body).is_err()
                        || writer.write_all(answer.as_bytes()).is_err()
                    {
                        return;
                    }
                }
            });
        }
    });
    format!("http://{addr}/v1/Account/MAXXXXXXXXXXXXXXXXXX/Message/")
}

fn measure(name: &str, agent: &ureq::Agent, url: &str) {
    const CALLS: u32 = 2000;
    let mut rounds = Vec::new();
    for _ in 0..5 {
        let start = Instant::now();
        for _ in 0..CALLS {
            let mut resp = agent
                .post(url)
                .content_type("application/json")
                .send(r#"{"src":"1","dst":"2","text":"hi"}"#)
                .expect("call");
            let _ = resp.body_mut().read_to_vec().expect("body");
        }
        rounds.push(start.elapsed() / CALLS);
    }
    rounds.sort();
    println!(
        "{name:<34} median {:>6.1} µs/call (min {:.1}, max {:.1})",
        rounds[2].as_secs_f64() * 1e6,
        rounds[0].as_secs_f64() * 1e6,
        rounds[4].as_secs_f64() * 1e6
    );
}

fn main() {
    let url = serve();
    let base = || {
        ureq::Agent::config_builder()
            .http_status_as_error(false)
            .proxy(None)
    };
    let t = Some(Duration::from_secs(30));
    let none = base().build().new_agent();
    let phases = base()
        .timeout_connect(Some(Duration::from_secs(10)))
        .timeout_send_request(t)
        .timeout_send_body(t)
        .timeout_recv_response(t)
        .timeout_recv_body(t)
        .build()
        .new_agent();
    let global = base().timeout_global(t).build().new_agent();
    for url in [url.clone(), url.replace("127.0.0.1", "localhost")] {
        println!("{url}");
        measure("no timeouts", &none, &url);
        measure("per-phase timeouts (our default)", &phases, &url);
        measure("timeout_global", &global, &url);
    }
}
