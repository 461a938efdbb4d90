//! Serves the offline Plivo sandbox for other programs and other languages' SDKs.
//!
//! `cargo run --features sandbox --example sandbox -- --port 8080 [--auth-id MA…] [--auth-token T] [--seed N]`
//!
//! Prints the base URL and the credentials, then serves until interrupted (Ctrl-C).

use plivo::sandbox::Sandbox;

fn main() {
    if let Err(message) = run() {
        eprintln!("sandbox: {message}");
        eprintln!("usage: sandbox [--port N] [--auth-id MA…] [--auth-token TOKEN] [--seed N]");
        std::process::exit(2);
    }
}

fn run() -> Result<(), String> {
    let mut builder = Sandbox::builder();
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{flag} needs a value"));
        builder = match flag.as_str() {
            "--port" => builder.port(value()?.parse().map_err(|e| format!("--port: {e}"))?),
            "--auth-id" => builder.auth_id(value()?),
            "--auth-token" => builder.auth_token(value()?),
            "--seed" => builder.seed(value()?.parse().map_err(|e| format!("--seed: {e}"))?),
            "-h" | "--help" => return Err("serves the offline Plivo sandbox".into()),
            other => return Err(format!("unknown argument {other}")),
        };
    }
    let sandbox = builder.start().map_err(|e| e.to_string())?;
    // The settings on stdout, ready to source; the prose on stderr.
    print!("{}", sandbox.shell_exports());
    eprintln!(
        "Plivo sandbox listening on {}; API base {}/v1/Account/{}/",
        sandbox.url(),
        sandbox.url(),
        sandbox.auth_id()
    );
    // Serve until the process is interrupted.
    loop {
        std::thread::park();
    }
}
