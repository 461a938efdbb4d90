//! A small answer-URL server: checks Plivo's signature on every request and answers with
//! Plivo XML.
//!
//! ```sh
//! PLIVO_AUTH_TOKEN=… cargo run --example answer_server -- --port 8000 --public-url https://example.com/answer
//! cargo run --example answer_server -- --self-test
//! ```
//!
//! `--public-url` is the answer URL exactly as configured in Plivo (scheme, host, port, path):
//! behind a proxy the server cannot see it, and the signature covers it. `PLIVO_MAIN_AUTH_TOKEN`,
//! when set, also accepts the `-Ma-` signature made with the main account's token.
//!
//! It uses `tiny_http`, the server crate the `sandbox` feature brings (tests and examples have
//! that feature on).
//!
//! `--self-test` starts the server on a free loopback port, sends it one request signed like
//! Plivo's and one with a wrong signature, and checks the answers (200 with XML, then 403).

use std::io::Read as _;

use plivo::webhook;
use plivo::xml::{Response, Speak};

/// What the server says to a caller.
fn answer(params: &[(String, String)]) -> Result<String, plivo::Error> {
    let caller = params
        .iter()
        .find(|(k, _)| k == "From")
        .map_or("caller", |(_, v)| v.as_str());
    Response::new()
        .add(Speak::new(format!(
            "Hello {caller}, this answer was checked & signed."
        )))
        .to_xml()
}

struct Server {
    http: tiny_http::Server,
    public_url: String,
    auth_token: String,
    main_token: Option<String>,
}

impl Server {
    fn serve_one(&self, mut request: tiny_http::Request) {
        let method = request.method().as_str().to_ascii_uppercase();
        let headers: Vec<(String, String)> = request
            .headers()
            .iter()
            .map(|h| {
                (
                    h.field.as_str().as_str().to_owned(),
                    h.value.as_str().to_owned(),
                )
            })
            .collect();
        let query = request
            .url()
            .split_once('?')
            .map(|(_, q)| q.to_owned())
            .unwrap_or_default();
        let mut body = String::new();
        let _ = request.as_reader().take(1 << 20).read_to_string(&mut body);
        // Plivo sends POST callbacks as a form, GET callbacks as query parameters.
        let params = webhook::form_params(if method == "POST" { &body } else { &query });

        let header_refs: Vec<(&str, &str)> = headers
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let param_refs: Vec<(&str, &str)> = params
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let verified = webhook::verify_request(
            &method,
            &self.public_url,
            &param_refs,
            &header_refs,
            &self.auth_token,
            self.main_token.as_deref(),
        );
        let (status, text) = match verified {
            Some(v) if v.version == webhook::Version::V3 => match answer(&params) {
                Ok(xml) => (200, xml),
                Err(e) => (500, format!("could not build the answer: {e}")),
            },
            _ => (403, "signature check failed".to_owned()),
        };
        eprintln!("{method} {} -> {status}", request.url());
        let mut response = tiny_http::Response::from_string(text).with_status_code(status);
        if let Ok(h) = tiny_http::Header::from_bytes("Content-Type", "application/xml") {
            response = response.with_header(h);
        }
        let _ = request.respond(response);
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    if args.iter().any(|a| a == "--self-test") {
        if let Err(message) = self_test() {
            eprintln!("self-test failed: {message}");
            std::process::exit(1);
        }
        println!("self-test passed: a signed request got XML, a forged one got 403");
        return;
    }
    let Ok(auth_token) = std::env::var("PLIVO_AUTH_TOKEN") else {
        eprintln!("set PLIVO_AUTH_TOKEN (or run with --self-test)");
        std::process::exit(2);
    };
    let port = value("--port").and_then(|p| p.parse().ok()).unwrap_or(8000);
    let public_url =
        value("--public-url").unwrap_or_else(|| format!("http://127.0.0.1:{port}/answer"));
    let http = match tiny_http::Server::http(("0.0.0.0", port)) {
        Ok(http) => http,
        Err(e) => {
            eprintln!("cannot listen on port {port}: {e}");
            std::process::exit(2);
        }
    };
    let server = Server {
        http,
        public_url,
        auth_token,
        main_token: std::env::var("PLIVO_MAIN_AUTH_TOKEN").ok(),
    };
    println!("answering on port {port} for {}", server.public_url);
    for request in server.http.incoming_requests() {
        server.serve_one(request);
    }
}

fn self_test() -> Result<(), String> {
    let token = "self-test-token";
    let http = tiny_http::Server::http("127.0.0.1:0").map_err(|e| e.to_string())?;
    let port = http
        .server_addr()
        .to_ip()
        .map(|a| a.port())
        .ok_or("no port")?;
    let url = format!("http://127.0.0.1:{port}/answer");
    let server = Server {
        http,
        public_url: url.clone(),
        auth_token: token.into(),
        main_token: None,
    };
    let thread = std::thread::spawn(move || {
        for _ in 0..2 {
            match server.http.recv() {
                Ok(request) => server.serve_one(request),
                Err(_) => return,
            }
        }
    });

    let params = [
        ("CallUUID", "b4f0c1d2-0000-4000-8000-000000000001"),
        ("From", "14155550100"),
        ("To", "14155550101"),
    ];
    let form: String = params
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("&");
    let nonce = "31627761595286130198";
    let good =
        webhook::compute_v3("POST", &url, nonce, &params, token).map_err(|e| e.to_string())?;
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .proxy(None)
        .build()
        .into();
    let mut results = Vec::new();
    for signature in [
        good.as_str(),
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
    ] {
        let mut resp = agent
            .post(&url)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header(webhook::SIGNATURE_V3_HEADER, signature)
            .header(webhook::NONCE_V3_HEADER, nonce)
            .send(form.as_str())
            .map_err(|e| e.to_string())?;
        let status = resp.status().as_u16();
        results.push((status, resp.body_mut().read_to_string().unwrap_or_default()));
    }
    let _ = thread.join();
    let (status, body) = &results[0];
    if *status != 200
        || !body.starts_with("<Response><Speak>Hello 14155550100")
        || !body.contains("&amp;")
    {
        return Err(format!("signed request: {status} {body}"));
    }
    if results[1].0 != 403 {
        return Err(format!("forged request: {} {}", results[1].0, results[1].1));
    }
    Ok(())
}
