//! The quickstart: `cargo run --example quickstart`.
//!
//! With `PLIVO_AUTH_ID` and `PLIVO_AUTH_TOKEN` set, it runs three read-only operations against
//! your account (account details, US pricing, a page of messages); nothing is sent, bought or
//! changed. Without them it runs offline: it builds the same operations, typed and from the
//! JSON form, and prints the exact requests the client would send.

use plivo::{Client, Operation, ops};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let operations: Vec<Operation> = vec![
        ops::GetAccountDetails::new().into(),
        ops::GetPricing::new("US").into(),
        ops::GetMessages::new().limit(5).into(),
    ];

    let live = std::env::var_os("PLIVO_AUTH_ID").is_some()
        && std::env::var_os("PLIVO_AUTH_TOKEN").is_some();
    if !live {
        return offline(&operations);
    }

    let client = Client::from_env()?;
    println!("account {} at {}", client.auth_id(), client.base_url());
    for op in operations {
        let name = op.name();
        match client.call(op) {
            Ok(resp) => {
                let body = serde_json::to_string_pretty(resp.body())?;
                let shown: String = body.lines().take(15).collect::<Vec<_>>().join("\n");
                println!(
                    "\n{name}: HTTP {} (api_id {})\n{shown}",
                    resp.status(),
                    resp.api_id().unwrap_or("-")
                );
            }
            Err(e) => eprintln!("\n{name}: {e}"),
        }
    }
    Ok(())
}

fn offline(operations: &[Operation]) -> Result<(), Box<dyn std::error::Error>> {
    println!("PLIVO_AUTH_ID / PLIVO_AUTH_TOKEN are not set: running offline, nothing is sent.\n");
    let client = Client::new("MAXXXXXXXXXXXXXXXXXX", "offline-token")?;

    // The seed's JSON form of an operation, as a config file or another language would give it.
    let json = r#"{"operation": "Plivo.sendMessage",
                   "params": {"src": "14155550100", "destination": "14155550101<14155550102",
                              "text": "Hello from Rust", "log": "False"}}"#;
    let from_json = Operation::from_json(json)?;
    let typed: Operation = ops::SendMessage::new(
        "14155550100",
        ["14155550101", "14155550102"],
        "Hello from Rust",
    )
    .log(false)
    .into();
    assert_eq!(
        from_json, typed,
        "the JSON form and the typed form are the same operation"
    );

    for op in operations.iter().chain([&typed]) {
        let req = client.prepare(op.clone())?;
        println!("{:<18} {} {}", op.name(), req.method(), req.url());
        if let Some(body) = req.body() {
            println!("{:<18} body {body}", "");
        }
    }

    // Bad input is rejected before anything would be sent, naming the field and the rule.
    let bad = client.prepare(ops::GetMessages::new().limit(50));
    if let Err(e) = bad {
        println!("\nrejected: {e}");
    }
    println!(
        "\nSet PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN to run these against your account (read-only)."
    );
    Ok(())
}
