//! 10DLC registration, end to end: `cargo run --example register_10dlc`.
//!
//! US business SMS from a long code needs a registered brand and campaign. This walks the
//! whole path against the offline sandbox (nothing leaves the machine): a business profile
//! with its address and authorized contact, a brand made from it, the use cases the brand may
//! run, a campaign with its samples and keywords, a number bought and linked to the campaign,
//! the campaign's numbers listed, and the clean-up in the order the dependencies ask for.
//! One line per step; exit status 0 when every step worked, 1 otherwise.
//!
//! Against Plivo the same calls register for real; brands and campaigns then start
//! `PROCESSING` and are approved later (the sandbox approves them at once).

use plivo::Error;
use plivo::models::{BrandType, CampaignUsecase, CustomerType, EntityType, Vertical};
use plivo::ops::{self, Address, AuthorizedContact};
use plivo::sandbox::Sandbox;

fn main() {
    if let Err(e) = register() {
        eprintln!("register_10dlc failed: {e}");
        std::process::exit(1);
    }
}

fn register() -> Result<(), Error> {
    let sandbox = Sandbox::start()?;
    let client = sandbox.client();
    println!(
        "Registering for 10DLC against the offline sandbox at {}",
        sandbox.url()
    );

    let profile = client.send(
        ops::CreateProfile::new(
            "acme-direct",
            CustomerType::Direct,
            EntityType::Private,
            "Acme Inc.",
            Vertical::Technology,
        )
        .ein("123456789")
        .ein_issuing_country("US")
        .website("https://acme.example")
        .address(Address::new("123 Main St", "New York", "NY", "10001", "US"))
        .authorized_contact(
            AuthorizedContact::new("Jane", "Doe")
                .email("jane@acme.example")
                .phone("+14155550100")
                .title("CTO")
                .seniority("admin"),
        ),
    )?;
    let profile_uuid = profile.profile_uuid;
    println!(" 1. created profile {profile_uuid} for Acme Inc.");

    let brand = client.send(ops::CreateBrand::new(
        "acme",
        BrandType::Standard,
        profile_uuid.as_str(),
    ))?;
    let brand_id = brand.brand_id;
    let status = client.send(ops::GetSingleBrand::new(brand_id.as_str()))?;
    println!(
        " 2. registered brand {brand_id}: {}",
        status
            .brand
            .registration_status
            .map_or_else(|| "-".to_owned(), |s| s.to_string())
    );

    let usecases = client.send(ops::GetBrandUsecases::new(brand_id.as_str()))?;
    let codes: Vec<String> = usecases
        .use_cases
        .iter()
        .filter_map(|u| u.code.clone())
        .collect();
    println!(" 3. the brand may run: {}", codes.join(", "));

    let campaign = client.send(
        ops::CreateCampaign::new(
            brand_id.as_str(),
            Vertical::Technology,
            CampaignUsecase::Mixed,
        )
        .campaign_alias("acme codes and notices")
        .sub_usecases(["2FA", "ACCOUNT_NOTIFICATION"])
        .description("Login codes and account notices for customers who signed up on acme.example.")
        .sample1("Your Acme code is 123456. Reply STOP to opt out.")
        .sample2("Your Acme password was changed. Reply HELP for help, STOP to opt out.")
        .message_flow("Customers opt in with a checkbox when they sign up on acme.example.")
        .optin_keywords("START")
        .optin_message("Acme: you will get login codes and account notices. Reply STOP to opt out.")
        .optout_keywords("STOP")
        .optout_message("Acme: you will get no more messages.")
        .help_keywords("HELP")
        .help_message("Acme: write to help@acme.example. Reply STOP to opt out.")
        .subscriber_optin(true)
        .subscriber_optout(true)
        .subscriber_help(true),
    )?;
    let campaign_id = campaign.campaign_id;
    println!(" 4. registered campaign {campaign_id} (MIXED: 2FA, ACCOUNT_NOTIFICATION)");

    let found = client.send(ops::SearchNewNumbers::new("US").services(["sms"]).limit(1))?;
    let Some(number) = found.objects.first().map(|n| n.number.clone()) else {
        println!(" 5. no US numbers for sale");
        return Ok(());
    };
    client.send(ops::BuyNumber::new(number.as_str()))?;
    println!(" 5. bought {number}");

    client.send(ops::LinkCampaignNumbers::new(
        campaign_id.as_str(),
        [number.as_str()],
    ))?;
    println!(" 6. linked {number} to campaign {campaign_id}");

    let linked = client.send(ops::GetCampaignNumbers::new(campaign_id.as_str()))?;
    for entry in linked.phone_numbers.unwrap_or_default() {
        println!(
            " 7. campaign {campaign_id} sends from {}: {}",
            entry.number,
            entry.status.unwrap_or_else(|| "-".into())
        );
    }

    client.send(ops::UnlinkCampaignNumber::new(
        campaign_id.as_str(),
        number.as_str(),
    ))?;
    client.send(ops::DeleteCampaign::new(campaign_id.as_str()))?;
    client.send(ops::DeleteBrand::new(brand_id.as_str()))?;
    client.send(ops::DeleteProfile::new(profile_uuid.as_str()))?;
    client.send(ops::UnrentNumber::new(number.as_str()))?;
    println!(
        " 8. cleaned up: unlinked the number, deleted campaign, brand and profile, released {number}"
    );
    Ok(())
}
