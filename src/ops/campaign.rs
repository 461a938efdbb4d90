//! 10DLC campaigns (beyond the seed): what a brand's messages are for, with samples,
//! keywords and the answers to them, and the numbers that send them.
//!
//! Lengths checked are The Campaign Registry's maxima: `description` 4096 characters, each
//! sample 1024, `message_flow` 2048, the help, opt-in and opt-out messages and keyword lists
//! 255 each.

use super::profile::{max_chars, phone_number};
use super::{HttpMethod, Vertical};
use crate::Error;
use crate::models;
use crate::rules;

pub use crate::models::{CampaignStatus, CampaignUsecase};

params! {
    /// `createCampaign` (beyond the seed): registers a campaign under a brand
    /// (`POST 10dlc/Campaign/`). `MIXED` and `LOW_VOLUME` campaigns name 2 to 5 standard
    /// `sub_usecases`; samples are given in order (`sample2` needs `sample1`, …).
    /// Registration is asynchronous: Plivo reports the outcome to `url`, if given.
    ///
    /// ```
    /// use plivo::ops::{CampaignUsecase, CreateCampaign, Vertical};
    /// let op = CreateCampaign::new("BRPXS6E", Vertical::Technology, CampaignUsecase::Mixed)
    ///     .sub_usecases(["2FA", "ACCOUNT_NOTIFICATION"])
    ///     .description("Login codes and account notices for Acme customers who signed up on the web.")
    ///     .sample1("Your Acme code is 123456. Reply STOP to opt out.")
    ///     .sample2("Your Acme password was changed. Reply HELP for help.")
    ///     .subscriber_optin(true)
    ///     .subscriber_optout(true)
    ///     .subscriber_help(true);
    /// assert_eq!(op.sub_usecases.as_ref().map(Vec::len), Some(2));
    /// ```
    CreateCampaign = "createCampaign" -> models::CampaignCreated;
    required {
        /// The brand it runs under.
        brand_id: String = "brandId" => "brand_id";
        /// The industry.
        vertical: Vertical = "vertical" => "vertical";
        /// What its messages are for.
        usecase: CampaignUsecase = "usecase" => "usecase";
    }
    optional {
        /// A friendly name.
        campaign_alias: String = "campaignAlias" => "campaign_alias";
        /// The standard use cases of a `MIXED`, `LOW_VOLUME` or `STARTER` campaign (sent as a
        /// JSON array).
        sub_usecases: List = "subUsecases" => "sub_usecases" [check = sub_usecases];
        /// What the campaign is about, at most 4096 characters.
        description: String = "description" => "description" [check = max_chars::<4096>];
        /// Sample message 1, at most 1024 characters.
        sample1: String = "sample1" => "sample1" [check = max_chars::<1024>];
        /// Sample message 2.
        sample2: String = "sample2" => "sample2" [check = max_chars::<1024>];
        /// Sample message 3.
        sample3: String = "sample3" => "sample3" [check = max_chars::<1024>];
        /// Sample message 4.
        sample4: String = "sample4" => "sample4" [check = max_chars::<1024>];
        /// Sample message 5.
        sample5: String = "sample5" => "sample5" [check = max_chars::<1024>];
        /// How subscribers opt in, at most 2048 characters.
        message_flow: String = "messageFlow" => "message_flow" [check = max_chars::<2048>];
        /// The answer to a help keyword, at most 255 characters.
        help_message: String = "helpMessage" => "help_message" [check = max_chars::<255>];
        /// The opt-in keywords, joined with `,`.
        optin_keywords: String = "optinKeywords" => "optin_keywords" [check = max_chars::<255>];
        /// The answer to an opt-in keyword.
        optin_message: String = "optinMessage" => "optin_message" [check = max_chars::<255>];
        /// The opt-out keywords, joined with `,`.
        optout_keywords: String = "optoutKeywords" => "optout_keywords" [check = max_chars::<255>];
        /// The answer to an opt-out keyword.
        optout_message: String = "optoutMessage" => "optout_message" [check = max_chars::<255>];
        /// The help keywords, joined with `,`.
        help_keywords: String = "helpKeywords" => "help_keywords" [check = max_chars::<255>];
        /// The terms and conditions (an http(s) URL).
        terms_and_conditions_link: String = "termsAndConditionsLink" => "terms_and_conditions_link" [check = rules::http_url];
        /// The privacy policy (an http(s) URL).
        privacy_policy_link: String = "privacyPolicyLink" => "privacy_policy_link" [check = rules::http_url];
        /// Where Plivo reports the registration's outcome.
        url: String = "url" => "url" [check = rules::http_url];
        /// How Plivo calls `url`.
        method: HttpMethod = "method" => "method";
        /// Messages carry links.
        embedded_link: bool = "embeddedLink" => "embedded_link";
        /// Messages carry phone numbers.
        embedded_phone: bool = "embeddedPhone" => "embedded_phone";
        /// Content is age-gated.
        age_gated: bool = "ageGated" => "age_gated";
        /// Direct lending or loan arrangements.
        direct_lending: bool = "directLending" => "direct_lending";
        /// Subscribers opt in.
        subscriber_optin: bool = "subscriberOptin" => "subscriber_optin";
        /// Subscribers can opt out.
        subscriber_optout: bool = "subscriberOptout" => "subscriber_optout";
        /// Subscribers can ask for help.
        subscriber_help: bool = "subscriberHelp" => "subscriber_help";
        /// Affiliate marketing.
        affiliate_marketing: bool = "affiliateMarketing" => "affiliate_marketing";
    }
    check = create_rules;
}

params! {
    /// `getSingleCampaign` (beyond the seed): one campaign
    /// (`GET 10dlc/Campaign/{campaign_id}/`).
    GetSingleCampaign = "getSingleCampaign" -> models::CampaignDetails;
    required {
        /// The campaign's id.
        campaign_id: String = "campaignId" => "campaign_id";
    }
    optional {}
}

params! {
    /// `getCampaigns` (beyond the seed): one page of the account's campaigns
    /// (`GET 10dlc/Campaign/`). The answer keeps its items under `campaigns` and sends no
    /// total ([`crate::ListShape::Named`]).
    GetCampaigns = "getCampaigns" -> models::Page<models::Campaign>, paged;
    required {}
    optional {
        /// Only this brand's campaigns.
        brand_id: String = "brandId" => "brand_id";
        /// Only campaigns whose registration stands here.
        registration_status: CampaignStatus = "registrationStatus" => "registration_status";
        /// Only campaigns with this use case.
        usecase: CampaignUsecase = "usecase" => "usecase";
        /// Only campaigns from this source (`plivo`, or where imported ones came from).
        campaign_source: String = "campaignSource" => "campaign_source";
        /// Page size, 1 to 20.
        limit: u32 = "limit" => "limit" [check = rules::limit];
        /// Items skipped before the page starts.
        offset: u32 = "offset" => "offset";
    }
}

params! {
    /// `updateCampaign` (beyond the seed): changes a campaign's texts
    /// (`POST 10dlc/Campaign/{campaign_id}/`); at least one field must be given. Plivo answers
    /// with the campaign as it is now. Only what is set is sent (plivo-python sends `""` for
    /// every field not given, which would blank them).
    UpdateCampaign = "updateCampaign" -> models::CampaignDetails;
    required {
        /// The campaign's id.
        campaign_id: String = "campaignId" => "campaign_id";
    }
    optional {
        /// The reseller registering it.
        reseller_id: String = "resellerId" => "reseller_id";
        /// What the campaign is about, at most 4096 characters.
        description: String = "description" => "description" [check = max_chars::<4096>];
        /// Sample message 1, at most 1024 characters.
        sample1: String = "sample1" => "sample1" [check = max_chars::<1024>];
        /// Sample message 2.
        sample2: String = "sample2" => "sample2" [check = max_chars::<1024>];
        /// Sample message 3.
        sample3: String = "sample3" => "sample3" [check = max_chars::<1024>];
        /// Sample message 4.
        sample4: String = "sample4" => "sample4" [check = max_chars::<1024>];
        /// Sample message 5.
        sample5: String = "sample5" => "sample5" [check = max_chars::<1024>];
        /// How subscribers opt in, at most 2048 characters.
        message_flow: String = "messageFlow" => "message_flow" [check = max_chars::<2048>];
        /// The answer to a help keyword, at most 255 characters.
        help_message: String = "helpMessage" => "help_message" [check = max_chars::<255>];
        /// The opt-in keywords, joined with `,`.
        optin_keywords: String = "optinKeywords" => "optin_keywords" [check = max_chars::<255>];
        /// The answer to an opt-in keyword.
        optin_message: String = "optinMessage" => "optin_message" [check = max_chars::<255>];
        /// The opt-out keywords, joined with `,`.
        optout_keywords: String = "optoutKeywords" => "optout_keywords" [check = max_chars::<255>];
        /// The answer to an opt-out keyword.
        optout_message: String = "optoutMessage" => "optout_message" [check = max_chars::<255>];
        /// The help keywords, joined with `,`.
        help_keywords: String = "helpKeywords" => "help_keywords" [check = max_chars::<255>];
        /// The terms and conditions (an http(s) URL).
        terms_and_conditions_link: String = "termsAndConditionsLink" => "terms_and_conditions_link" [check = rules::http_url];
        /// The privacy policy (an http(s) URL).
        privacy_policy_link: String = "privacyPolicyLink" => "privacy_policy_link" [check = rules::http_url];
    }
    check = update_changes_something;
}

params! {
    /// `deleteCampaign` (beyond the seed): deactivates a campaign
    /// (`DELETE 10dlc/Campaign/{campaign_id}/`); Plivo answers 200 with
    /// `Campaign Deactivated`. A campaign with linked numbers cannot be deleted (the sandbox
    /// refuses with 400): unlink them first.
    DeleteCampaign = "deleteCampaign" -> models::CampaignDeleted;
    required {
        /// The campaign's id.
        campaign_id: String = "campaignId" => "campaign_id";
    }
    optional {}
}

params! {
    /// `importCampaign` (beyond the seed): brings a campaign registered with another
    /// provider to this account (`POST 10dlc/Campaign/Import/`, the id in the body).
    ImportCampaign = "importCampaign" -> models::CampaignCreated;
    required {
        /// The campaign's id at The Campaign Registry.
        campaign_id: String = "campaignId" => "campaign_id";
        /// A friendly name.
        campaign_alias: String = "campaignAlias" => "campaign_alias";
    }
    optional {
        /// Where Plivo reports the import's outcome.
        url: String = "url" => "url" [check = rules::http_url];
        /// How Plivo calls `url`.
        method: HttpMethod = "method" => "method";
    }
}

params! {
    /// `linkCampaignNumbers` (beyond the seed): links numbers the account rents to a
    /// campaign (`POST 10dlc/Campaign/{campaign_id}/Number/`, `numbers` as a JSON array).
    /// Plivo answers some refusals with 200 and an `error` field: see
    /// [`models::CampaignNumbersChanged::error`].
    ///
    /// ```
    /// use plivo::ops::LinkCampaignNumbers;
    /// let op = LinkCampaignNumbers::new("CY5NVUA", ["14155550100", "14155550101"]);
    /// assert_eq!(op.numbers.len(), 2);
    /// ```
    LinkCampaignNumbers = "linkCampaignNumbers" -> models::CampaignNumbersChanged;
    required {
        /// The campaign's id.
        campaign_id: String = "campaignId" => "campaign_id";
        /// The numbers (an optional `+` and 8 to 15 digits each).
        numbers: List = "numbers" => "numbers" [check = phone_numbers];
    }
    optional {
        /// Where Plivo reports each link's outcome.
        url: String = "url" => "url" [check = rules::http_url];
        /// How Plivo calls `url`.
        method: HttpMethod = "method" => "method";
    }
}

params! {
    /// `getCampaignNumbers` (beyond the seed): the numbers linked to a campaign, with where
    /// each link stands (`GET 10dlc/Campaign/{campaign_id}/Number/`). The answer is the
    /// campaign with a `phone_numbers` array, not a page with `meta`.
    GetCampaignNumbers = "getCampaignNumbers" -> models::CampaignNumbers;
    required {
        /// The campaign's id.
        campaign_id: String = "campaignId" => "campaign_id";
    }
    optional {
        /// How many numbers, 1 to 20.
        limit: u32 = "limit" => "limit" [check = rules::limit];
        /// Numbers skipped before the first one shown.
        offset: u32 = "offset" => "offset";
    }
}

params! {
    /// `getSingleCampaignNumber` (beyond the seed): one number's link to a campaign
    /// (`GET 10dlc/Campaign/{campaign_id}/Number/{number}/`).
    GetSingleCampaignNumber = "getSingleCampaignNumber" -> models::CampaignNumbers;
    required {
        /// The campaign's id.
        campaign_id: String = "campaignId" => "campaign_id";
        /// The number.
        number: String = "number" => "number";
    }
    optional {}
}

params! {
    /// `unlinkCampaignNumber` (beyond the seed): unlinks a number from a campaign
    /// (`DELETE 10dlc/Campaign/{campaign_id}/Number/{number}/`, with a JSON body when `url`
    /// or `method` is set).
    UnlinkCampaignNumber = "unlinkCampaignNumber" -> models::CampaignNumbersChanged;
    required {
        /// The campaign's id.
        campaign_id: String = "campaignId" => "campaign_id";
        /// The number.
        number: String = "number" => "number";
    }
    optional {
        /// Where Plivo reports the outcome.
        url: String = "url" => "url" [check = rules::http_url];
        /// How Plivo calls `url`.
        method: HttpMethod = "method" => "method";
    }
}

/// The use cases a `MIXED`, `LOW_VOLUME` or `STARTER` campaign may combine.
pub const STANDARD_USECASES: &[&str] = &[
    "2FA",
    "ACCOUNT_NOTIFICATION",
    "CUSTOMER_CARE",
    "DELIVERY_NOTIFICATION",
    "FRAUD_ALERT",
    "HIGHER_EDUCATION",
    "MARKETING",
    "POLLING_VOTING",
    "PUBLIC_SERVICE_ANNOUNCEMENT",
    "SECURITY_ALERT",
];

/// Each entry a standard use case, none twice, at most five.
#[allow(clippy::ptr_arg)]
fn sub_usecases(list: &Vec<String>) -> Result<(), String> {
    if list.len() > 5 {
        return Err(format!(
            "must hold at most 5 use cases (got {})",
            list.len()
        ));
    }
    for (i, entry) in list.iter().enumerate() {
        if !STANDARD_USECASES.contains(&entry.as_str()) {
            return Err(format!(
                "holds {entry:?}, which is not one of {}",
                STANDARD_USECASES.join(", ")
            ));
        }
        if list[..i].contains(entry) {
            return Err(format!("holds {entry:?} twice"));
        }
    }
    Ok(())
}

/// Each entry a phone number.
#[allow(clippy::ptr_arg)]
fn phone_numbers(list: &Vec<String>) -> Result<(), String> {
    list.iter().try_for_each(phone_number)
}

/// `MIXED` and `LOW_VOLUME` need 2 to 5 sub-use-cases; samples come in order.
fn create_rules(op: &CreateCampaign) -> Result<(), Error> {
    let combined = matches!(
        op.usecase,
        CampaignUsecase::Mixed | CampaignUsecase::LowVolume
    );
    let count = op.sub_usecases.as_ref().map_or(0, Vec::len);
    if combined && count < 2 {
        return Err(Error::invalid(
            Some(CreateCampaign::OPERATION),
            "subUsecases",
            "must name 2 to 5 standard use cases for a MIXED or LOW_VOLUME campaign",
        ));
    }
    let samples = [
        &op.sample1,
        &op.sample2,
        &op.sample3,
        &op.sample4,
        &op.sample5,
    ];
    samples_in_order(samples, CreateCampaign::OPERATION)
}

/// `sample{n+1}` only after `sample{n}`.
fn samples_in_order(samples: [&Option<String>; 5], op: &'static str) -> Result<(), Error> {
    const NAMES: [&str; 5] = ["sample1", "sample2", "sample3", "sample4", "sample5"];
    for i in 1..samples.len() {
        if samples[i].is_some() && samples[i - 1].is_none() {
            return Err(Error::invalid(
                Some(op),
                NAMES[i],
                format!("needs {} too: samples are given in order", NAMES[i - 1]),
            ));
        }
    }
    Ok(())
}

/// An update must change something.
fn update_changes_something(op: &UpdateCampaign) -> Result<(), Error> {
    let mut set = false;
    op.encode(&mut |spec, _| set |= spec.wire_name() != "campaign_id");
    if !set {
        return Err(Error::invalid(
            Some(UpdateCampaign::OPERATION),
            "description",
            "nothing to update: give at least one text of the campaign",
        ));
    }
    Ok(())
}
