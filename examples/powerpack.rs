//! A Powerpack from start to finish: `cargo run --example powerpack`.
//!
//! It makes a Powerpack that prefers long codes for US destinations, reads its number pool's
//! id from the answer, buys a US number straight into the pool (the account rents it too),
//! sends a message through the Powerpack (which picks the pool's number), lists and counts the
//! pool, and deletes the Powerpack, giving its numbers back. One line per step; exit status 0 when every step
//! worked, 1 otherwise.
//!
//! By default it runs against the offline sandbox (nothing leaves the machine). With
//! `PLIVO_AUTH_ID` and `PLIVO_AUTH_TOKEN` set (and `PLIVO_BASE_URL`, to point at another
//! sandbox or test server) it runs against that account instead, where buying a number rents
//! it for real.

use plivo::Client;
use plivo::ops::{
    BuyPoolNumber, CountPoolNumbers, CreatePowerpack, DeletePowerpack, GetPoolNumbers,
    GetRentedNumber, GetSingleMessage, NumberPriority, NumberType, PriorityService,
    SearchNewNumbers, SendMessage, SenderKind,
};
use plivo::sandbox::Sandbox;

type Failure = Box<dyn std::error::Error>;

fn main() {
    if let Err(e) = run() {
        eprintln!("powerpack failed: {e}");
        std::process::exit(1);
    }
}

/// The client from the environment when credentials are set, else the offline sandbox's
/// (kept alive by the returned handle).
fn connect() -> Result<(Client, Option<Sandbox>, String), Failure> {
    let configured = std::env::var_os("PLIVO_AUTH_ID").is_some()
        && std::env::var_os("PLIVO_AUTH_TOKEN").is_some();
    if configured {
        let url =
            std::env::var("PLIVO_BASE_URL").unwrap_or_else(|_| "https://api.plivo.com".into());
        return Ok((Client::from_env()?, None, url));
    }
    let sandbox = Sandbox::start()?;
    let url = format!("the offline sandbox at {}", sandbox.url());
    Ok((sandbox.client(), Some(sandbox), url))
}

fn run() -> Result<(), Failure> {
    let (client, _sandbox, url) = connect()?;
    println!("Powerpack against {url}");

    // 1. A Powerpack that sends US messages from long codes first, toll-free numbers second.
    let pack = client.send(CreatePowerpack::new("alerts").number_priority(vec![
        NumberPriority::new("US", [SenderKind::Longcode, SenderKind::Tollfree])
            .service_type(PriorityService::Sms),
    ]))?;
    let uuid = pack.uuid.clone().ok_or("the answer has no uuid")?;
    let pool = pack
        .number_pool_id()
        .ok_or("the answer has no number pool")?
        .to_owned();
    println!(" 1. created Powerpack {uuid} with number pool {pool}");

    // 2. Buy a US number straight into the pool; the account rents it too.
    let offers = client.send(
        SearchNewNumbers::new("US")
            .number_type(NumberType::Local)
            .limit(1),
    )?;
    let number = offers
        .objects
        .first()
        .map(|offer| offer.number.clone())
        .ok_or("no US number for sale")?;
    client.send(BuyPoolNumber::new(pool.as_str(), number.as_str()))?;
    let rented = client.send(GetRentedNumber::new(number.as_str()))?;
    println!(
        " 2. bought {} into the pool (rented by the account)",
        rented.number
    );

    // 3. A message sent through the Powerpack, which picks the sender from its pool.
    let sent = client.send(SendMessage::via_powerpack(
        uuid.as_str(),
        "14155550100",
        "Your order has shipped",
    ))?;
    let message = sent
        .message_uuid
        .first()
        .ok_or("the answer has no message uuid")?;
    let from = client
        .send(GetSingleMessage::new(message.as_str()))?
        .from_number
        .unwrap_or_default();
    println!(
        " 3. sent a message through the Powerpack from {from}: {}",
        sent.message.unwrap_or_default()
    );

    // 4. The pool's numbers.
    let listed = client.send(GetPoolNumbers::new(pool.as_str()))?;
    let count = client.send(CountPoolNumbers::new(pool.as_str()))?;
    let numbers: Vec<&str> = listed
        .objects
        .iter()
        .filter_map(|n| n.number.as_deref())
        .collect();
    println!(
        " 4. the pool holds {} number(s): {}",
        count.total(),
        numbers.join(", ")
    );

    // 5. Clean up: the Powerpack goes, and its numbers are given back.
    let deleted = client.send(DeletePowerpack::new(uuid.as_str()).unrent_numbers(true))?;
    let released = client.send(GetRentedNumber::new(number.as_str())).is_err();
    println!(
        " 5. deleted the Powerpack ({}); {number} released: {released}",
        deleted.response.unwrap_or_default()
    );
    Ok(())
}
