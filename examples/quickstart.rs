//! The quickstart: `cargo run --example quickstart`.
//!
//! Without credentials it starts the offline sandbox (no account, nothing leaves the machine)
//! and runs a tour: account details, an application, a number searched, bought and linked, an
//! SMS to two numbers, messages listed page by page, a call placed, listed, spoken to, hung up
//! and its detail record, then a clean-up. One line per step.
//!
//! With `PLIVO_AUTH_ID` and `PLIVO_AUTH_TOKEN` set it talks to the real API (or to
//! `PLIVO_BASE_URL` when that is set, and says which), read-only: account details, US pricing,
//! a page of messages. `--send` also sends one SMS from `PLIVO_SRC` to `PLIVO_DST` (this costs
//! money).
//!
//! Exit status: 0 when every step worked, 1 when any failed (each failure is printed on
//! stderr), 2 for a usage error (`--send` without `PLIVO_SRC` and `PLIVO_DST`), found before
//! anything is sent.

use plivo::sandbox::Sandbox;
use plivo::{Client, Error, Operation, ops};

fn main() {
    let send = std::env::args().any(|a| a == "--send");
    let live = std::env::var_os("PLIVO_AUTH_ID").is_some()
        && std::env::var_os("PLIVO_AUTH_TOKEN").is_some();
    let code = if live {
        real_api(send)
    } else {
        if send {
            eprintln!(
                "--send needs PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN; touring the sandbox instead"
            );
        }
        match sandbox_tour() {
            Ok(()) => 0,
            Err(e) => {
                eprintln!("quickstart failed: {e}");
                1
            }
        }
    };
    std::process::exit(code);
}

fn sandbox_tour() -> Result<(), Error> {
    let sandbox = Sandbox::start()?;
    let client = sandbox.client();
    println!(
        "No PLIVO_AUTH_ID/PLIVO_AUTH_TOKEN: touring the offline sandbox at {}",
        sandbox.url()
    );
    let or_dash = |v: Option<String>| v.unwrap_or_else(|| "-".into());

    let account = client.send(ops::GetAccountDetails::new())?;
    println!(
        " 1. account {} \"{}\" has {} in credits",
        account.auth_id,
        or_dash(account.name),
        or_dash(account.cash_credits.map(|c| c.to_string()))
    );

    let app = client.send(ops::CreateApplication::new(
        "quickstart",
        "https://example.com/answer.xml",
    ))?;
    println!(" 2. created application {}", app.app_id);

    let found = client.send(
        ops::SearchNewNumbers::new("US")
            .services(["voice", "sms"])
            .limit(3),
    )?;
    let Some(number) = found.objects.first().map(|n| n.number.clone()) else {
        println!(" 3. no US numbers for sale");
        return Ok(());
    };
    println!(
        " 3. searched US numbers with voice and SMS: {} available, first {number}",
        found.meta.total_count.unwrap_or(0)
    );

    client.send(ops::BuyNumber::new(number.as_str()))?;
    println!(" 4. bought {number}");

    client.send(ops::UpdateNumber::new(number.as_str()).app_id(app.app_id.as_str()))?;
    println!(" 5. linked {number} to application {}", app.app_id);

    let sent = client.send(ops::SendMessage::new(
        number.as_str(),
        ["14155550101", "14155550102"],
        "Hello from Rust",
    ))?;
    println!(
        " 6. sent an SMS to 2 numbers: {}",
        sent.message_uuid.join(", ")
    );

    for (page_number, page) in client.pages(ops::GetMessages::new().limit(1)).enumerate() {
        let page = page?;
        for message in &page.objects {
            println!(
                " 7. messages page {}: {} to {} is {} ({} in all)",
                page_number + 1,
                message.message_uuid,
                or_dash(message.to_number.clone()),
                or_dash(message.message_state.as_ref().map(|s| s.to_string())),
                page.meta.total_count.unwrap_or(0)
            );
        }
    }

    let call = client.send(ops::MakeCall::new(
        number.as_str(),
        "14155550103",
        "https://example.com/answer.xml",
    ))?;
    println!(
        " 8. placed a call to 14155550103: request {}",
        or_dash(call.request_uuid.first())
    );

    let live = client.send(ops::GetLiveCalls::new())?;
    println!(" 9. live calls: {}", live.calls.join(", "));
    let Some(call_uuid) = live.calls.first().cloned() else {
        return Ok(());
    };

    client.send(
        ops::PlayText::new(call_uuid.as_str(), "Your order has shipped").voice(ops::Voice::Woman),
    )?;
    println!("10. spoke on call {call_uuid}");

    client.send(ops::HangupSingleCall::new(call_uuid.as_str()))?;
    println!("11. hung up call {call_uuid}");

    let record = client.send(ops::GetSingleCallDetails::new(call_uuid.as_str()))?;
    println!(
        "12. detail record: {} -> {}, {} s, ended {}",
        or_dash(record.from_number),
        or_dash(record.to_number),
        record.call_duration.unwrap_or(0),
        or_dash(record.end_time)
    );

    client.send(ops::UnrentNumber::new(number.as_str()))?;
    client.send(ops::DeleteApplication::new(app.app_id.as_str()))?;
    println!(
        "13. cleaned up: unrented {number}, deleted application {}",
        app.app_id
    );

    if let Err(e) = client.send(ops::GetMessages::new().limit(50)) {
        println!("    and bad input never leaves the machine: {e}");
    }
    Ok(())
}

/// The live run: every step is tried, each failure is printed, and the exit status is 1 when
/// any failed.
fn real_api(send: bool) -> i32 {
    let recipients = match (std::env::var("PLIVO_SRC"), std::env::var("PLIVO_DST")) {
        (Ok(src), Ok(dst)) => Some((src, dst)),
        _ if send => {
            eprintln!("--send needs PLIVO_SRC and PLIVO_DST (the sender and the recipient)");
            return 2;
        }
        _ => None,
    };
    let client = match Client::from_env() {
        Ok(client) => client,
        Err(e) => {
            eprintln!("quickstart failed: {e}");
            return 1;
        }
    };
    let target = match std::env::var("PLIVO_BASE_URL") {
        Ok(_) => format!("PLIVO_BASE_URL, {}", client.base_url()),
        Err(_) => format!("the real Plivo API, {}", client.base_url()),
    };
    println!(
        "Using {target}, as {} (read-only{})",
        client.auth_id(),
        if send { ", plus one SMS" } else { "" }
    );
    let mut steps: Vec<Operation> = vec![
        ops::GetAccountDetails::new().into(),
        ops::GetPricing::new("US").into(),
        ops::GetMessages::new().limit(5).into(),
    ];
    if let (true, Some((src, dst))) = (send, recipients) {
        steps.push(ops::SendMessage::new(src, dst, "Hello from the plivo Rust quickstart").into());
    }
    let mut failed = 0;
    for op in steps {
        let name = op.name();
        match client.call(op) {
            Ok(resp) => println!(
                "{name}: HTTP {} api_id {}",
                resp.status(),
                resp.api_id().unwrap_or("-")
            ),
            Err(e) => {
                eprintln!("{name} failed: {e}");
                failed += 1;
            }
        }
    }
    if failed > 0 {
        eprintln!("quickstart: {failed} step(s) failed");
        1
    } else {
        0
    }
}
