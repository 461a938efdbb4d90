//! The quickstart: `cargo run --example quickstart`.
//!
//! Without credentials it starts the offline sandbox (no account, nothing leaves the machine)
//! and runs a tour: account details, an application, a number searched, bought and linked, an
//! SMS to two numbers, messages listed page by page, a call placed, listed, spoken to, hung up
//! and its detail record, then a clean-up. One line per step.
//!
//! With `PLIVO_AUTH_ID` and `PLIVO_AUTH_TOKEN` set it talks to the real API, read-only: account
//! details, US pricing, a page of messages. `--send` also sends one SMS from `PLIVO_SRC` to
//! `PLIVO_DST` (this costs money).

use plivo::sandbox::Sandbox;
use plivo::{Client, Error, Operation, ops};

fn main() {
    let send = std::env::args().any(|a| a == "--send");
    let live = std::env::var_os("PLIVO_AUTH_ID").is_some()
        && std::env::var_os("PLIVO_AUTH_TOKEN").is_some();
    let result = if live { real_api(send) } else { sandbox_tour() };
    if let Err(e) = result {
        eprintln!("quickstart failed: {e}");
        std::process::exit(1);
    }
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

fn real_api(send: bool) -> Result<(), Error> {
    let client = Client::from_env()?;
    println!(
        "Using the real Plivo API as {} (read-only{})",
        client.auth_id(),
        if send { ", plus one SMS" } else { "" }
    );
    let read_only: Vec<Operation> = vec![
        ops::GetAccountDetails::new().into(),
        ops::GetPricing::new("US").into(),
        ops::GetMessages::new().limit(5).into(),
    ];
    for op in read_only {
        let name = op.name();
        match client.call(op) {
            Ok(resp) => println!(
                "{name}: HTTP {} api_id {}",
                resp.status(),
                resp.api_id().unwrap_or("-")
            ),
            Err(e) => println!("{name}: {e}"),
        }
    }
    if send {
        let (Ok(src), Ok(dst)) = (std::env::var("PLIVO_SRC"), std::env::var("PLIVO_DST")) else {
            println!("--send needs PLIVO_SRC and PLIVO_DST");
            return Ok(());
        };
        let sent = client.call(ops::SendMessage::new(
            src,
            dst,
            "Hello from the plivo Rust quickstart",
        ))?;
        println!("sendMessage: HTTP {} {}", sent.status(), sent.body());
    }
    Ok(())
}
