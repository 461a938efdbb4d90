//! Verify (OTP sessions, beyond the seed).

use super::VerifySessionStatus;
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
