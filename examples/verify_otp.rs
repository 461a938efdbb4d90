//! A Verify (OTP) session from start to finish, against the offline sandbox:
//! `cargo run --example verify_otp`.
//!
//! It sends a one-time code to a number, reads the code the sandbox "sent" (a real phone
//! would receive it; the sandbox shows it instead), tries a wrong code, validates the right
//! one and shows the session verified. One line per step; exit status 0 when every step
//! worked, 1 otherwise. Nothing leaves the machine.
//!
//! Against Plivo the same calls run unchanged, with the code typed in by your user instead of
//! read from the sandbox.

use plivo::models::VerifySessionStatus;
use plivo::ops::{
    CreateVerifySession, GetSingleVerifySession, GetVerifySessions, ValidateVerifySession,
    VerifyChannel,
};
use plivo::sandbox::Sandbox;

type Failure = Box<dyn std::error::Error>;

fn main() {
    if let Err(e) = run() {
        eprintln!("verify_otp failed: {e}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), Failure> {
    let sandbox = Sandbox::start()?;
    let client = sandbox.client();
    println!("Verify against the offline sandbox at {}", sandbox.url());

    // 1. Send a 6-digit code by SMS.
    let created = client.send(
        CreateVerifySession::new("+14155550100")
            .channel(VerifyChannel::Sms)
            .code_length(6)
            .brand_name("Acme"),
    )?;
    let session = created.session_uuid;
    println!(
        " 1. session {session} started: {}",
        created.message.unwrap_or_default()
    );

    // 2. The code the sandbox "sent" (also at GET /sandbox/Verify/Session/{uuid}/code/).
    let code = sandbox
        .verify_code(&session)
        .ok_or("the sandbox has no code for the session")?;
    println!(" 2. the sandbox sent the code {code}");

    // 3. A wrong code is refused (400) and counted; the session stays in progress.
    let wrong = if code == "000000" { "111111" } else { "000000" };
    match client.send(ValidateVerifySession::new(session.as_str(), wrong)) {
        Err(e) if e.status() == Some(400) => println!(" 3. a wrong code is refused: {e}"),
        Err(e) => return Err(e.into()),
        Ok(_) => return Err("a wrong code was accepted".into()),
    }

    // 4. The right code validates the session.
    let validated = client.send(ValidateVerifySession::new(session.as_str(), code.as_str()))?;
    println!(" 4. {}", validated.message.unwrap_or_default());

    // 5. The session now reads as verified, and is listed so.
    let read = client.send(GetSingleVerifySession::new(session.as_str()))?;
    let status = read
        .status
        .clone()
        .unwrap_or(VerifySessionStatus::Unknown(String::new()));
    println!(
        " 5. session {} is {status} after {} attempt(s)",
        read.session_uuid,
        read.count.unwrap_or(0)
    );
    if status != VerifySessionStatus::Verified {
        return Err("the session is not verified".into());
    }
    let listed = client.send(GetVerifySessions::new().status(VerifySessionStatus::Verified))?;
    println!(" 6. {} verified session(s) listed", listed.objects.len());
    Ok(())
}
