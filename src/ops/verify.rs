//! Verify (OTP sessions, beyond the seed).

use super::{HttpMethod, VerifySessionStatus};
use crate::models;
use crate::rules;

params! {
    /// `getVerifySessions` (beyond the seed): one page of the account's OTP sessions, newest
    /// first, with filters (`GET Verify/Session/`). The answer keeps its items under
    /// `sessions` and sends no total ([`crate::ListShape::Named`]); [`crate::Client::pages`]
    /// and [`crate::Client::items`] walk it like any list.
    ///
    /// The time filters take `YYYY-MM-DD HH:MM[:SS[.ffffff]]`, as the other lists' do; the
    /// `__gt`, `__gte`, `__lt` and `__lte` forms are the fields `session_time_gt` and so on.
    ///
    /// ```
    /// use plivo::ops::{GetVerifySessions, VerifySessionStatus};
    /// let op = GetVerifySessions::new()
    ///     .status(VerifySessionStatus::Verified)
    ///     .session_time_gte("2024-01-01 00:00:00")
    ///     .limit(20);
    /// assert_eq!(op.status, Some(VerifySessionStatus::Verified));
    /// ```
    GetVerifySessions = "getVerifySessions" -> models::Page<models::VerifySession>, paged;
    required {}
    optional {
        /// Only this subaccount's (`SA…`) sessions.
        subaccount: String = "subaccount" => "subaccount" [check = rules::subaccount_id];
        /// Only sessions in this state.
        status: VerifySessionStatus = "status" => "status";
        /// Only sessions started at this time.
        session_time: String = "sessionTime" => "session_time" [check = rules::timestamp];
        /// Only sessions started after this time.
        session_time_gt: String = "sessionTimeGt" => "session_time__gt" [check = rules::timestamp];
        /// Only sessions started at or after this time.
        session_time_gte: String = "sessionTimeGte" => "session_time__gte" [check = rules::timestamp];
        /// Only sessions started before this time.
        session_time_lt: String = "sessionTimeLt" => "session_time__lt" [check = rules::timestamp];
        /// Only sessions started at or before this time.
        session_time_lte: String = "sessionTimeLte" => "session_time__lte" [check = rules::timestamp];
        /// Only sessions to recipients in this country (ISO 3166-1 alpha-2).
        country: String = "country" => "country";
        /// Only sessions with this alias.
        alias: String = "alias" => "alias";
        /// Only sessions of this Verify application.
        app_uuid: String = "appUuid" => "app_uuid";
        /// Only sessions to this recipient.
        recipient: String = "recipient" => "recipient";
        /// Page size, 1 to 20.
        limit: u32 = "limit" => "limit" [check = rules::limit];
        /// Items skipped before the page starts.
        offset: u32 = "offset" => "offset";
        /// Only sessions sent with this brand name.
        brand_name: String = "brandName" => "brand_name";
        /// Only sessions sent with this app hash.
        app_hash: String = "appHash" => "app_hash";
    }
}

wire_enum! {
    /// How a Verify session delivers its code.
    pub enum VerifyChannel {
        /// A text message (Plivo's default).
        Sms = "sms",
        /// A voice call that reads the code out.
        Voice = "voice",
    }
}

params! {
    /// `createVerifySession` (beyond the seed): sends a one-time code to `recipient` and starts
    /// a Verify session (`POST Verify/Session/`, answered 202 with the `session_uuid`).
    ///
    /// Checked before sending, from Plivo's documentation and the official SDKs' validators:
    /// `recipient` is a phone number (digits, an optional leading `+`), `channel` is
    /// `sms` or `voice`, `method` is `GET` or `POST`, `url` is an absolute http(s) URL,
    /// `code_length` is 4 to 8, a custom `otp` is 4 to 8 digits and `locale` is a
    /// language code with an optional region (`en`, `en_US`, `es`, `fr_FR`). Fields Plivo
    /// leaves open (`brand_name`, `app_hash`, `fraud_check`, `dtmf`) are sent as given.
    ///
    /// Unlike plivo-python, `method` is sent only when set (Plivo's default is `POST`).
    /// A session accepts at most 10 validations (Plivo's documented brute-force limit) and
    /// expires after the Verify application's code expiry; the sandbox uses 10 minutes.
    ///
    /// ```
    /// use plivo::ops::{CreateVerifySession, VerifyChannel};
    /// let op = CreateVerifySession::new("+14155550100")
    ///     .channel(VerifyChannel::Voice)
    ///     .code_length(6)
    ///     .brand_name("Acme");
    /// assert_eq!(op.code_length, Some(6));
    /// ```
    CreateVerifySession = "createVerifySession" -> models::VerifySessionCreated;
    required {
        /// The number to send the code to.
        recipient: String = "recipient" => "recipient" [check = phone_number];
    }
    optional {
        /// The Verify application to use (the account's default application otherwise).
        app_uuid: String = "appUuid" => "app_uuid";
        /// A code of your own instead of one Plivo makes (4 to 8 digits).
        otp: String = "otp" => "otp" [check = otp_digits];
        /// `sms` (default) or `voice`.
        channel: VerifyChannel = "channel" => "channel";
        /// Where Plivo posts the session's status updates.
        url: String = "url" => "url" [check = rules::http_url];
        /// The HTTP method for `url` (`POST` by default).
        method: HttpMethod = "method" => "method";
        /// The language of the message (`en`, `en_US`, `es`, `fr_FR`, …).
        locale: String = "locale" => "locale" [check = locale];
        /// Replaces `${brand_name}` in the application's template.
        brand_name: String = "brandName" => "brand_name" [check = rules::single_line];
        /// The Android SMS Retriever hash appended to the text.
        app_hash: String = "appHash" => "app_hash" [check = rules::single_line];
        /// The code's length, 4 to 8 digits (the application's otherwise).
        code_length: u32 = "codeLength" => "code_length" [check = code_length];
        /// For voice codes: the DTMF input Plivo's call asks for (sent as given).
        dtmf: u32 = "dtmf" => "dtmf";
        /// Plivo's Fraud Shield setting for this session (sent as given).
        fraud_check: String = "fraudCheck" => "fraud_check" [check = rules::single_line];
    }
}

params! {
    /// `getSingleVerifySession` (beyond the seed): one Verify session, with its attempts
    /// and charges (`GET Verify/Session/{session_uuid}/`).
    GetSingleVerifySession = "getSingleVerifySession" -> models::VerifySession;
    required {
        /// The session's uuid.
        session_uuid: String = "sessionUuid" => "session_uuid";
    }
    optional {}
}

params! {
    /// `validateVerifySession` (beyond the seed): checks the code the user typed against the
    /// session (`POST Verify/Session/{session_uuid}/`, answered 200
    /// `{"message": "session validated successfully."}`).
    ///
    /// The right code moves the session to `verified`. A wrong one is a 400 and counts as a
    /// validation; after 10 (Plivo's limit) the session takes no more. A session already
    /// verified or expired answers 400 as well. `otp` is required here, as the Node SDK and
    /// Plivo's documentation have it (plivo-python leaves it optional).
    ///
    /// ```
    /// use plivo::ops::ValidateVerifySession;
    /// let op = ValidateVerifySession::new("5c533d15-1975-4f20-80be-40174142ea37", "123456");
    /// assert_eq!(op.otp, "123456");
    /// ```
    ValidateVerifySession = "validateVerifySession" -> models::Ack;
    required {
        /// The session's uuid.
        session_uuid: String = "sessionUuid" => "session_uuid";
        /// The code the user entered.
        otp: String = "otp" => "otp" [check = rules::single_line];
    }
    optional {}
}

/// A phone number as Plivo's Verify takes it: digits, an optional leading `+`, 5 to 16 digits.
pub(super) fn phone_number(v: &String) -> Result<(), String> {
    let digits = v.strip_prefix('+').unwrap_or(v);
    if (5..=16).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(format!(
            "must be a phone number: digits with an optional leading + (got {v:?})"
        ))
    }
}

fn code_length(v: &u32) -> Result<(), String> {
    if (4..=8).contains(v) {
        Ok(())
    } else {
        Err(format!("must be 4 to 8 (got {v})"))
    }
}

fn otp_digits(v: &String) -> Result<(), String> {
    if (4..=8).contains(&v.len()) && v.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(format!("must be 4 to 8 digits (got {v:?})"))
    }
}

/// `en`, `en_US`: an ISO 639-1 language, optionally `_` and an ISO 3166-1 region.
fn locale(v: &String) -> Result<(), String> {
    let b = v.as_bytes();
    let language = b.len() >= 2 && b[..2].iter().all(u8::is_ascii_lowercase);
    let ok = match b.len() {
        2 => language,
        5 => language && b[2] == b'_' && b[3..].iter().all(u8::is_ascii_uppercase),
        _ => false,
    };
    if ok {
        Ok(())
    } else {
        Err(format!(
            "must be a language code with an optional region, as en or en_US (got {v:?})"
        ))
    }
}
