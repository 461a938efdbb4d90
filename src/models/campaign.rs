//! 10DLC campaigns and the numbers linked to them (`createCampaign`, `getSingleCampaign`,
//! `getCampaigns`, `updateCampaign`, `deleteCampaign`, `importCampaign`, the campaign-number
//! operations).

use std::collections::BTreeMap;

use super::{model, open_enum};

open_enum! {
    /// What a campaign's messages are for (`usecase`): The Campaign Registry's standard
    /// use cases, the mixed ones and the special ones.
    pub enum CampaignUsecase {
        /// One-time passwords and login codes.
        TwoFactor = "2FA",
        /// Notices about an account.
        AccountNotification = "ACCOUNT_NOTIFICATION",
        /// Support conversations.
        CustomerCare = "CUSTOMER_CARE",
        /// Delivery updates.
        DeliveryNotification = "DELIVERY_NOTIFICATION",
        /// Fraud alerts.
        FraudAlert = "FRAUD_ALERT",
        /// Colleges and universities.
        HigherEducation = "HIGHER_EDUCATION",
        /// Two to five standard use cases, low throughput.
        LowVolume = "LOW_VOLUME",
        /// Promotions.
        Marketing = "MARKETING",
        /// Two to five standard use cases.
        Mixed = "MIXED",
        /// Non-political polls and surveys.
        PollingVoting = "POLLING_VOTING",
        /// Public service announcements.
        PublicServiceAnnouncement = "PUBLIC_SERVICE_ANNOUNCEMENT",
        /// Security alerts.
        SecurityAlert = "SECURITY_ALERT",
        /// A starter (sole proprietor) brand's one campaign.
        Starter = "STARTER",
        /// Special: franchises and agents.
        AgentsFranchises = "AGENTS_FRANCHISES",
        /// Special: carrier-exempt traffic.
        CarrierExempt = "CARRIER_EXEMPT",
        /// Special: charities.
        Charity = "CHARITY",
        /// Special: emergency services.
        Emergency = "EMERGENCY",
        /// Special: K-12 education.
        K12Education = "K12_EDUCATION",
        /// Special: political campaigns.
        Political = "POLITICAL",
        /// Special: proxy (masked) conversations.
        Proxy = "PROXY",
        /// Special: social networks.
        Social = "SOCIAL",
        /// Special: sweepstakes.
        Sweepstake = "SWEEPSTAKE",
    }
}

open_enum! {
    /// Where a campaign's registration stands (`registration_status`).
    pub enum CampaignStatus {
        /// Submitted, being processed (what creating one leads to at Plivo).
        Processing = "PROCESSING",
        /// Registered: numbers may be linked to it.
        Active = "ACTIVE",
        /// Refused.
        Failed = "FAILED",
    }
}

model! {
    /// A 10DLC campaign: the items of `getCampaigns`, inside `getSingleCampaign` and
    /// `updateCampaign`.
    pub struct Campaign {
        required {
            /// The campaign's id.
            campaign_id: String,
        }
        optional {
            /// Its friendly name.
            campaign_alias: String,
            /// The brand it runs under.
            brand_id: String,
            /// What its messages are for.
            usecase: CampaignUsecase,
            /// The standard use cases of a mixed, low-volume or starter campaign, joined with
            /// `,` as Plivo sends them (`2FA,MARKETING`).
            sub_usecase: String,
            /// Where its registration stands.
            registration_status: CampaignStatus,
            /// The reseller that registered it, if any.
            reseller_id: String,
            /// `plivo` for campaigns made here, or where an imported one came from.
            campaign_source: String,
            /// The industry.
            vertical: String,
            /// What the campaign is about.
            description: String,
            /// Sample message 1.
            sample1: String,
            /// Sample message 2.
            sample2: String,
            /// Sample message 3.
            sample3: String,
            /// Sample message 4.
            sample4: String,
            /// Sample message 5.
            sample5: String,
            /// How subscribers opt in.
            message_flow: String,
            /// The answer to a help keyword.
            help_message: String,
            /// The help keywords, joined with `,`.
            help_keywords: String,
            /// The opt-in keywords.
            optin_keywords: String,
            /// The answer to an opt-in keyword.
            optin_message: String,
            /// The opt-out keywords.
            optout_keywords: String,
            /// The answer to an opt-out keyword.
            optout_message: String,
            /// The terms and conditions.
            terms_and_conditions_link: String,
            /// The privacy policy.
            privacy_policy_link: String,
            /// What the messages do and who gets them.
            campaign_attributes: CampaignAttributes,
            /// Each carrier's terms, by carrier name (`AT&T`, `T-Mobile`, …).
            mno_metadata: BTreeMap<String, CarrierTerms>,
            /// Why registration failed.
            error_reason: String,
            /// Plivo's code for that failure.
            error_code: String,
            /// When it was created.
            created_at: String,
        }
    }
}

model! {
    /// The yes/no attributes of a campaign.
    pub struct CampaignAttributes {
        required {}
        optional {
            /// Messages carry links.
            embedded_link: bool,
            /// Messages carry phone numbers.
            embedded_phone: bool,
            /// Content is age-gated.
            age_gated: bool,
            /// Direct lending or loan arrangement.
            direct_lending: bool,
            /// Subscribers opt in.
            subscriber_optin: bool,
            /// Subscribers can opt out.
            subscriber_optout: bool,
            /// Subscribers can ask for help.
            subscriber_help: bool,
            /// Affiliate marketing.
            affiliate_marketing: bool,
        }
    }
}

model! {
    /// One carrier's terms for a campaign.
    pub struct CarrierTerms {
        required {}
        optional {
            /// Messages a minute (AT&T, Verizon, US Cellular).
            tpm: u64,
            /// T-Mobile's tier for the brand (`LOW`, `TOP`, `SOLE_PROPRIETOR`).
            brand_tier: String,
        }
    }
}

model! {
    /// The answer to `createCampaign` and `importCampaign`: registration is asynchronous.
    pub struct CampaignCreated {
        required {
            /// The campaign's id.
            campaign_id: String,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
            /// `Request to create campaign was received and is being processed.`
            message: String,
        }
    }
}

model! {
    /// The answer to `getSingleCampaign` and `updateCampaign`: the campaign, wrapped in
    /// `campaign`.
    pub struct CampaignDetails {
        required {
            /// The campaign.
            campaign: Campaign,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
        }
    }
}

model! {
    /// The answer to `deleteCampaign` (`Campaign Deactivated`).
    pub struct CampaignDeleted {
        required {}
        optional {
            /// Plivo's request id.
            api_id: String,
            /// The campaign.
            campaign_id: String,
            /// What Plivo said.
            message: String,
        }
    }
}

model! {
    /// The numbers linked to a campaign (`getCampaignNumbers`, `getSingleCampaignNumber`).
    ///
    /// Plivo answers some refusals with status 200 and an `error` field (the recorded
    /// answer to `getSingleCampaignNumber` for a number that is not linked): then
    /// `phone_numbers` is absent and `error` says why.
    pub struct CampaignNumbers {
        required {}
        optional {
            /// Plivo's request id.
            api_id: String,
            /// The campaign.
            campaign_id: String,
            /// Its friendly name.
            campaign_alias: String,
            /// Its use case.
            usecase: CampaignUsecase,
            /// The numbers, with where each one's link stands.
            phone_numbers: Vec<CampaignNumber>,
            /// How many numbers are in each state.
            phone_numbers_summary: BTreeMap<String, u64>,
            /// How many numbers the campaign may have.
            number_pool_limit: u64,
            /// Why Plivo refused, when it answers a refusal with 200.
            error: String,
        }
    }
}

model! {
    /// A number linked to a campaign.
    pub struct CampaignNumber {
        required {
            /// The number.
            number: String,
        }
        optional {
            /// Where the link stands (`PROCESSING`, `COMPLETED`, `FAILED`).
            status: String,
        }
    }
}

model! {
    /// The answer to `linkCampaignNumbers` and `unlinkCampaignNumber`. Plivo answers some
    /// refusals with status 200 and an `error` field instead of `message` (the recorded
    /// answers do): check [`CampaignNumbersChanged::error`].
    pub struct CampaignNumbersChanged {
        required {}
        optional {
            /// Plivo's request id.
            api_id: String,
            /// What Plivo said.
            message: String,
            /// Why Plivo refused, when it answers a refusal with 200.
            error: String,
        }
    }
}
