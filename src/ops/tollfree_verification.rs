//! Toll-free verification (beyond the seed): the request that lets a US or Canadian toll-free
//! number send A2P messages (`TollfreeVerification/`).
//!
//! # Checked before sending
//!
//! The SDKs check nothing; Plivo's API reference marks the fields of a new request required,
//! and these closed sets:
//!
//! - `usecase`: one or more of [`TollfreeUsecase`], joined with `,` on the wire;
//! - `optin_type`: one of [`OptinType`];
//! - `volume`: one of [`MessageVolume`], the monthly estimate in Plivo's exact spellings;
//! - `number`: a US or Canadian toll-free number, `1` followed by 800, 833, 844, 855, 866, 877
//!   or 888 and seven digits (a leading `+` is accepted);
//! - `optin_image_url` (one or more, joined with `,`), `callback_url`,
//!   `terms_and_conditions_link` and `privacy_policy_link`: absolute http(s) URLs;
//! - `usecase_summary` and `additional_information` at most 500 characters,
//!   `message_sample` at most 1,000;
//! - the list's `created` filters: a date (`YYYY-MM-DD`) or a time
//!   (`YYYY-MM-DD HH:MM[:SS[.ffffff]]`).

use super::HttpMethod;
use crate::models::{self, TollfreeVerificationStatus};
use crate::rules;

wire_enum! {
    /// A messaging use case of a toll-free number, as Plivo's toll-free verification takes
    /// it (`usecase`, one or more joined with `,`).
    pub enum TollfreeUsecase {
        /// `2FA`: one-time passcodes.
        TwoFa = "2FA",
        /// `ACCOUNT_NOTIFICATION`: notices about the user's account.
        AccountNotification = "ACCOUNT_NOTIFICATION",
        /// `CUSTOMER_CARE`: support conversations.
        CustomerCare = "CUSTOMER_CARE",
        /// `DELIVERY_NOTIFICATION`: delivery updates.
        DeliveryNotification = "DELIVERY_NOTIFICATION",
        /// `FRAUD_ALERT`: suspicious activity notices.
        FraudAlert = "FRAUD_ALERT",
        /// `HIGHER_EDUCATION`: colleges and universities.
        HigherEducation = "HIGHER_EDUCATION",
        /// `MARKETING`: promotions and sales.
        Marketing = "MARKETING",
        /// `POLLING_VOTING`: non-political surveys and polls.
        PollingVoting = "POLLING_VOTING",
        /// `PUBLIC_SERVICE_ANNOUNCEMENT`: awareness messages.
        PublicServiceAnnouncement = "PUBLIC_SERVICE_ANNOUNCEMENT",
        /// `SECURITY_ALERT`: security breach notices.
        SecurityAlert = "SECURITY_ALERT",
    }
}

wire_enum! {
    /// How the recipients opted in to the messages (`optin_type`); the evidence goes in
    /// `optin_image_url`.
    pub enum OptinType {
        /// `VERBAL`: consent collected by voice.
        Verbal = "VERBAL",
        /// `WEB_FORM`: a form on a website.
        WebForm = "WEB_FORM",
        /// `PAPER_FORM`: a paper form (a scan will do).
        PaperForm = "PAPER_FORM",
        /// `VIA_TEXT`: a keyword texted to the number.
        ViaText = "VIA_TEXT",
        /// `MOBILE_QR_CODE`: a QR code.
        MobileQrCode = "MOBILE_QR_CODE",
    }
}

wire_enum! {
    /// The estimated monthly message volume of a toll-free number (`volume`), in Plivo's
    /// exact spellings.
    pub enum MessageVolume {
        /// `10`
        Ten = "10",
        /// `100`
        Hundred = "100",
        /// `1,000`
        Thousand = "1,000",
        /// `10,000`
        TenThousand = "10,000",
        /// `100,000`
        HundredThousand = "100,000",
        /// `250,000`
        TwoHundredFiftyThousand = "250,000",
        /// `500,000`
        FiveHundredThousand = "500,000",
        /// `750,000`
        SevenHundredFiftyThousand = "750,000",
        /// `1,000,000`
        Million = "1,000,000",
        /// `5,000,000`
        FiveMillion = "5,000,000",
        /// `10,000,000+`
        TenMillionOrMore = "10,000,000+",
    }
}

/// The NANP toll-free area codes.
const TOLL_FREE_CODES: &[&str] = &["800", "833", "844", "855", "866", "877", "888"];

/// `number`: a US or Canadian toll-free number.
#[allow(clippy::ptr_arg)]
fn toll_free_number(v: &String) -> Result<(), String> {
    let digits = v.strip_prefix('+').unwrap_or(v);
    let ok = digits.len() == 11
        && digits.bytes().all(|b| b.is_ascii_digit())
        && digits.starts_with('1')
        && TOLL_FREE_CODES.contains(&&digits[1..4]);
    if ok {
        Ok(())
    } else {
        Err(format!(
            "must be a US or Canadian toll-free number: 1, then one of {}, then 7 digits \
             (got {v:?})",
            TOLL_FREE_CODES.join(", ")
        ))
    }
}

/// `usecase`: each entry one of [`TollfreeUsecase`] (spaces around an entry are allowed).
#[allow(clippy::ptr_arg)]
fn usecases(v: &Vec<String>) -> Result<(), String> {
    for entry in v {
        if !TollfreeUsecase::ALL
            .iter()
            .any(|u| u.as_str() == entry.trim())
        {
            let known: Vec<&str> = TollfreeUsecase::ALL.iter().map(|u| u.as_str()).collect();
            return Err(format!(
                "holds {entry:?}; each use case must be one of {}",
                known.join(", ")
            ));
        }
    }
    Ok(())
}

/// At most `max` characters.
fn at_most(v: &str, max: usize) -> Result<(), String> {
    let count = v.chars().count();
    if count <= max {
        Ok(())
    } else {
        Err(format!("must be at most {max} characters (got {count})"))
    }
}

#[allow(clippy::ptr_arg)]
fn max_500(v: &String) -> Result<(), String> {
    at_most(v, 500)
}

#[allow(clippy::ptr_arg)]
fn max_1000(v: &String) -> Result<(), String> {
    at_most(v, 1000)
}

/// A `created` filter: a date, or a time as the other lists take it.
#[allow(clippy::ptr_arg)]
fn date_or_time(v: &String) -> Result<(), String> {
    let b = v.as_bytes();
    let is_date = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        });
    if is_date || rules::timestamp(v).is_ok() {
        Ok(())
    } else {
        Err(format!(
            "must be a date (YYYY-MM-DD) or a time (YYYY-MM-DD HH:MM[:SS[.ffffff]]), got {v:?}"
        ))
    }
}

params! {
    /// `createTollfreeVerification` (beyond the seed): asks the carriers to verify a toll-free
    /// number the account rents, for the use cases given (`POST TollfreeVerification/`). The
    /// answer carries the new request's `uuid`; Plivo reports the outcome to `callback_url`.
    ///
    /// Checked before sending (the SDKs check nothing; Plivo's reference requires the eight
    /// constructor fields): `usecase` entries in [`TollfreeUsecase`], `optin_type` in
    /// [`OptinType`], `volume` in [`MessageVolume`]; `number` a US or Canadian toll-free number
    /// (`1`, then 800, 833, 844, 855, 866, 877 or 888, then seven digits; a leading `+` is
    /// accepted); `optin_image_url`, `callback_url`, `terms_and_conditions_link` and
    /// `privacy_policy_link` absolute http(s) URLs; `usecase_summary` and
    /// `additional_information` at most 500 characters, `message_sample` at most 1,000.
    ///
    /// ```
    /// use plivo::ops::{CreateTollfreeVerification, MessageVolume, OptinType, TollfreeUsecase};
    /// let op = CreateTollfreeVerification::new(
    ///     "18885550100",
    ///     "0ead82e0-fc80-4dc3-888b-7778932cf134",
    ///     [TollfreeUsecase::TwoFa.as_str(), TollfreeUsecase::AccountNotification.as_str()],
    ///     "We send sign-up codes.",
    ///     "Your code is 1234.",
    ///     "https://example.com/optin.png",
    ///     OptinType::WebForm,
    ///     MessageVolume::Thousand,
    /// )
    /// .callback_url("https://example.com/tfv");
    /// assert_eq!(op.usecase, ["2FA", "ACCOUNT_NOTIFICATION"]);
    /// ```
    CreateTollfreeVerification =
        "createTollfreeVerification" -> models::TollfreeVerificationCreated;
    required {
        /// The toll-free number to verify (one the account rents).
        number: String = "number" => "number" [check = toll_free_number];
        /// The Plivo profile (business) that sends the messages.
        profile_uuid: String = "profileUuid" => "profile_uuid";
        /// The use cases, one or more of [`TollfreeUsecase`] (joined with `,`).
        usecase: List = "usecase" => "usecase" [join = ',', check = usecases];
        /// How the number's messages are used, at most 500 characters.
        usecase_summary: String = "usecaseSummary" => "usecase_summary" [check = max_500];
        /// Sample messages, at most 1,000 characters.
        message_sample: String = "messageSample" => "message_sample" [check = max_1000];
        /// URLs of images showing the opt-in (joined with `,`).
        optin_image_url: List = "optinImageUrl" => "optin_image_url" [join = ',', check = rules::http_urls];
        /// How recipients opt in.
        optin_type: OptinType = "optinType" => "optin_type";
        /// The estimated monthly volume.
        volume: MessageVolume = "volume" => "volume";
    }
    optional {
        /// Anything else that helps the review (a link to the privacy policy, …), at most 500
        /// characters.
        additional_information: String = "additionalInformation" => "additional_information" [check = max_500];
        /// Your own reference, returned as given.
        extra_data: String = "extraData" => "extra_data";
        /// Where Plivo reports status changes.
        callback_url: String = "callbackUrl" => "callback_url" [check = rules::http_url];
        /// How Plivo calls `callback_url`.
        callback_method: HttpMethod = "callbackMethod" => "callback_method";
        /// The terms and conditions page.
        terms_and_conditions_link: String = "termsAndConditionsLink" => "terms_and_conditions_link" [check = rules::http_url];
        /// The privacy policy page.
        privacy_policy_link: String = "privacyPolicyLink" => "privacy_policy_link" [check = rules::http_url];
        /// The message that confirms an opt-in.
        optin_message: String = "optinMessage" => "optin_message";
        /// The answer to `HELP`.
        help_message: String = "helpMessage" => "help_message";
    }
}

impl CreateTollfreeVerification {
    /// Sets the use cases from the typed set (replacing any given before).
    pub fn usecases(mut self, usecases: impl IntoIterator<Item = TollfreeUsecase>) -> Self {
        self.usecase = usecases
            .into_iter()
            .map(|u| u.as_str().to_owned())
            .collect();
        self
    }
}

params! {
    /// `getSingleTollfreeVerification` (beyond the seed): one toll-free verification request
    /// (`GET TollfreeVerification/{uuid}/`).
    GetSingleTollfreeVerification =
        "getSingleTollfreeVerification" -> models::TollfreeVerification;
    required {
        /// The request's uuid.
        uuid: String = "uuid" => "uuid";
    }
    optional {}
}

params! {
    /// `getTollfreeVerifications` (beyond the seed): one page of the account's toll-free
    /// verification requests, with filters (`GET TollfreeVerification/`). Its `meta` counts
    /// with `count` rather than `total_count` ([`crate::ListShape::Objects`]).
    ///
    /// ```
    /// use plivo::ops::{GetTollfreeVerifications, TollfreeVerificationStatus};
    /// let op = GetTollfreeVerifications::new()
    ///     .status(TollfreeVerificationStatus::Submitted)
    ///     .created_gte("2024-01-01")
    ///     .limit(10);
    /// assert_eq!(op.limit, Some(10));
    /// ```
    GetTollfreeVerifications =
        "getTollfreeVerifications" -> models::Page<models::TollfreeVerification>, paged;
    required {}
    optional {
        /// Only the requests for this number.
        number: String = "number" => "number";
        /// Only the requests in this state.
        status: TollfreeVerificationStatus = "status" => "status";
        /// Only the requests of this profile.
        profile_uuid: String = "profileUuid" => "profile_uuid";
        /// Only requests created after this date or time.
        created_gt: String = "createdGt" => "created__gt" [check = date_or_time];
        /// Only requests created at or after this date or time.
        created_gte: String = "createdGte" => "created__gte" [check = date_or_time];
        /// Only requests created before this date or time.
        created_lt: String = "createdLt" => "created__lt" [check = date_or_time];
        /// Only requests created at or before this date or time.
        created_lte: String = "createdLte" => "created__lte" [check = date_or_time];
        /// Only requests with these use cases (joined with `,`).
        usecase: List = "usecase" => "usecase" [join = ',', check = usecases];
        /// Page size, 1 to 20.
        limit: u32 = "limit" => "limit" [check = rules::limit];
        /// Items skipped before the page starts.
        offset: u32 = "offset" => "offset";
    }
}

params! {
    /// `updateTollfreeVerification` (beyond the seed): changes a request that is still
    /// `SUBMITTED` or `UPDATE_REQUIRED` (`POST TollfreeVerification/{uuid}/`); only what is
    /// set is sent, and an update that sets nothing is refused before sending. The checks are
    /// the create's.
    ///
    /// ```
    /// use plivo::ops::{MessageVolume, UpdateTollfreeVerification};
    /// let op = UpdateTollfreeVerification::new("312b3119-0000-4000-8000-000000000000")
    ///     .volume(MessageVolume::TenThousand);
    /// assert_eq!(op.volume, Some(MessageVolume::TenThousand));
    /// ```
    UpdateTollfreeVerification = "updateTollfreeVerification" -> models::Ack;
    required {
        /// The request's uuid.
        uuid: String = "uuid" => "uuid";
    }
    optional {
        /// The Plivo profile (business) that sends the messages.
        profile_uuid: String = "profileUuid" => "profile_uuid";
        /// The use cases, one or more of [`TollfreeUsecase`] (joined with `,`).
        usecase: List = "usecase" => "usecase" [join = ',', check = usecases];
        /// How the number's messages are used, at most 500 characters.
        usecase_summary: String = "usecaseSummary" => "usecase_summary" [check = max_500];
        /// Sample messages, at most 1,000 characters.
        message_sample: String = "messageSample" => "message_sample" [check = max_1000];
        /// URLs of images showing the opt-in (joined with `,`).
        optin_image_url: List = "optinImageUrl" => "optin_image_url" [join = ',', check = rules::http_urls];
        /// How recipients opt in.
        optin_type: OptinType = "optinType" => "optin_type";
        /// The estimated monthly volume.
        volume: MessageVolume = "volume" => "volume";
        /// Anything else that helps the review, at most 500 characters.
        additional_information: String = "additionalInformation" => "additional_information" [check = max_500];
        /// Your own reference, returned as given.
        extra_data: String = "extraData" => "extra_data";
        /// Where Plivo reports status changes.
        callback_url: String = "callbackUrl" => "callback_url" [check = rules::http_url];
        /// How Plivo calls `callback_url`.
        callback_method: HttpMethod = "callbackMethod" => "callback_method";
        /// The terms and conditions page.
        terms_and_conditions_link: String = "termsAndConditionsLink" => "terms_and_conditions_link" [check = rules::http_url];
        /// The privacy policy page.
        privacy_policy_link: String = "privacyPolicyLink" => "privacy_policy_link" [check = rules::http_url];
        /// The message that confirms an opt-in.
        optin_message: String = "optinMessage" => "optin_message";
        /// The answer to `HELP`.
        help_message: String = "helpMessage" => "help_message";
    }
    check = changes_something;
}

impl UpdateTollfreeVerification {
    /// Sets the use cases from the typed set (replacing any given before).
    pub fn usecases(mut self, usecases: impl IntoIterator<Item = TollfreeUsecase>) -> Self {
        self.usecase = Some(
            usecases
                .into_iter()
                .map(|u| u.as_str().to_owned())
                .collect(),
        );
        self
    }
}

/// An update must change at least one field.
fn changes_something(op: &UpdateTollfreeVerification) -> Result<(), crate::Error> {
    let mut any = false;
    op.encode(&mut |spec, _| any |= spec.wire_name() != "uuid");
    if any {
        Ok(())
    } else {
        Err(crate::Error::invalid(
            Some(UpdateTollfreeVerification::OPERATION),
            "params",
            "set at least one field to change",
        ))
    }
}

params! {
    /// `deleteTollfreeVerification` (beyond the seed): withdraws a toll-free verification
    /// request (`DELETE TollfreeVerification/{uuid}/`, 204).
    DeleteTollfreeVerification = "deleteTollfreeVerification" -> models::Ack;
    required {
        /// The request's uuid.
        uuid: String = "uuid" => "uuid";
    }
    optional {}
}
