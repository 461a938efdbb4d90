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
use serde_json::Value;

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

fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn sandbox_tour() -> Result<(), Error> {
    let sandbox = Sandbox::start()?;
    let client = sandbox.client();
    println!(
        "No PLIVO_AUTH_ID/PLIVO_AUTH_TOKEN: touring the offline sandbox at {}",
        sandbox.url()
    );

    let account = client.call(ops::GetAccountDetails::new())?;
    let a = account.body();
    println!(
        " 1. account {} \"{}\" has {} in credits",
        text(&a["auth_id"]),
        text(&a["name"]),
        text(&a["cash_credits"])
    );

    let app = client.call(ops::CreateApplication::new(
        "quickstart",
        "https://example.com/answer.xml",
    ))?;
    let app_id = text(&app.body()["app_id"]);
    println!(" 2. created application {app_id}");

    let found = client.call(
        ops::SearchNewNumbers::new("US")
            .services(["voice", "sms"])
            .limit(3),
    )?;
    let number = text(&found.body()["objects"][0]["number"]);
    println!(
        " 3. searched US numbers with voice and SMS: {} available, first {number}",
        found.body()["meta"]["total_count"]
    );

    client.call(ops::BuyNumber::new(number.as_str()))?;
    println!(" 4. bought {number}");

    client.call(ops::UpdateNumber::new(number.as_str()).app_id(app_id.as_str()))?;
    println!(" 5. linked {number} to application {app_id}");

    let sent = client.call(ops::SendMessage::new(
        number.as_str(),
        ["14155550101", "14155550102"],
        "Hello from Rust",
    ))?;
    let uuids: Vec<String> = sent.body()["message_uuid"]
        .as_array()
        .into_iter()
        .flatten()
        .map(text)
        .collect();
    println!(" 6. sent an SMS to 2 numbers: {}", uuids.join(", "));

    let mut offset = 0;
    loop {
        let page = client.call(ops::GetMessages::new().limit(1).offset(offset))?;
        let message = &page.body()["objects"][0];
        let total = &page.body()["meta"]["total_count"];
        println!(
            " 7. messages page {}: {} to {} is {} ({} in all)",
            offset + 1,
            text(&message["message_uuid"]),
            text(&message["to_number"]),
            text(&message["message_state"]),
            total
        );
        if page.body()["meta"]["next"].is_null() {
            break;
        }
        offset += 1;
    }

    let call = client.call(ops::MakeCall::new(
        number.as_str(),
        "14155550103",
        "https://example.com/answer.xml",
    ))?;
    let request_uuid = text(&call.body()["request_uuid"]);
    println!(" 8. placed a call to 14155550103: request {request_uuid}");

    let live = client.call(ops::GetLiveCalls::new())?;
    let call_uuid = text(&live.body()["calls"][0]);
    println!(" 9. live calls: {}", live.body()["calls"]);

    client.call(
        ops::PlayText::new(call_uuid.as_str(), "Your order has shipped").voice(ops::Voice::Woman),
    )?;
    println!("10. spoke on call {call_uuid}");

    client.call(ops::HangupSingleCall::new(call_uuid.as_str()))?;
    println!("11. hung up call {call_uuid}");

    let record = client.call(ops::GetSingleCallDetails::new(call_uuid.as_str()))?;
    let r = record.body();
    println!(
        "12. detail record: {} -> {}, {} s, ended {}",
        text(&r["from_number"]),
        text(&r["to_number"]),
        r["call_duration"],
        text(&r["end_time"])
    );

    client.call(ops::UnrentNumber::new(number.as_str()))?;
    client.call(ops::DeleteApplication::new(app_id.as_str()))?;
    println!("13. cleaned up: unrented {number}, deleted application {app_id}");

    let bad = client.call(ops::GetMessages::new().limit(50)).err();
    if let Some(e) = bad {
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
        let var = |name: &'static str| {
            std::env::var(name).map_err(|_| {
                Error::Invalid(Box::new(plivo::InvalidInput {
                    operation: None,
                    field: name.to_owned(),
                    rule: "must be set for --send".to_owned(),
                }))
            })
        };
        let sent = client.call(ops::SendMessage::new(
            var("PLIVO_SRC")?,
            var("PLIVO_DST")?,
            "Hello from the plivo Rust quickstart",
        ))?;
        println!("sendMessage: HTTP {} {}", sent.status(), sent.body());
    }
    Ok(())
}
