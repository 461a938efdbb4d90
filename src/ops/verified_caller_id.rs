//! Verified caller IDs (beyond the seed): numbers you prove you own by a one-time code, so
//! that calls may show them as caller ID.

use crate::models;
use crate::rules;

wire_enum! {
    /// How a caller-ID verification delivers its code.
    pub enum CallerIdChannel {
        /// A text message (Plivo's default).
        Sms = "sms",
        /// A phone call that reads the code out.
        Call = "call",
    }
}

params! {
    /// `initiateCallerIdVerification` (beyond the seed): sends a code to `phone_number`
    /// (`POST VerifiedCallerId/`, answered 201 with the `verification_uuid`). Plivo's code is
    /// valid for 15 minutes; complete it with [`VerifyCallerId`].
    ///
    /// `phone_number` is required, as Plivo's documentation and the Node SDK have it
    /// (plivo-python leaves it optional). plivo-python can also put `account_id`, `auth_id`
    /// and `auth_token` in the body; this crate does not send credentials in bodies.
    ///
    /// ```
    /// use plivo::ops::{CallerIdChannel, InitiateCallerIdVerification};
    /// let op = InitiateCallerIdVerification::new("+14155550100")
    ///     .channel(CallerIdChannel::Call)
    ///     .alias("Front desk");
    /// assert_eq!(op.channel, Some(CallerIdChannel::Call));
    /// ```
    InitiateCallerIdVerification = "initiateCallerIdVerification" -> models::CallerIdVerificationStarted;
    required {
        /// The number to verify (E.164; the `+` may be left out).
        phone_number: String = "phoneNumber" => "phone_number" [check = super::verify::phone_number];
    }
    optional {
        /// A name for the caller ID.
        alias: String = "alias" => "alias" [check = rules::single_line];
        /// `sms` (default) or `call`.
        channel: CallerIdChannel = "channel" => "channel";
        /// The number's country (ISO 3166-1 alpha-2).
        country: String = "country" => "country" [check = rules::country_iso];
        /// The subaccount (`SA…`) the caller ID is for.
        subaccount: String = "subaccount" => "subaccount" [check = rules::subaccount_id];
    }
}

params! {
    /// `verifyCallerId` (beyond the seed): completes a verification with the code received
    /// (`POST VerifiedCallerId/Verification/{verification_uuid}/`, answered 201 with the
    /// verified caller ID). `otp` is required, as Plivo's documentation has it.
    VerifyCallerId = "verifyCallerId" -> models::VerifiedCallerId;
    required {
        /// The uuid [`InitiateCallerIdVerification`] answered.
        verification_uuid: String = "verificationUuid" => "verification_uuid";
        /// The code received.
        otp: String = "otp" => "otp" [check = rules::single_line];
    }
    optional {}
}

params! {
    /// `getSingleVerifiedCallerId` (beyond the seed): one verified caller ID
    /// (`GET VerifiedCallerId/{phone_number}/`).
    GetSingleVerifiedCallerId = "getSingleVerifiedCallerId" -> models::VerifiedCallerId;
    required {
        /// The verified number.
        phone_number: String = "phoneNumber" => "phone_number";
    }
    optional {}
}

params! {
    /// `updateVerifiedCallerId` (beyond the seed): renames a verified caller ID or moves it
    /// to a subaccount (`POST VerifiedCallerId/{phone_number}/`).
    UpdateVerifiedCallerId = "updateVerifiedCallerId" -> models::VerifiedCallerId;
    required {
        /// The verified number.
        phone_number: String = "phoneNumber" => "phone_number";
    }
    optional {
        /// The new name.
        alias: String = "alias" => "alias" [check = rules::single_line];
        /// The subaccount (`SA…`) it now belongs to.
        subaccount: String = "subaccount" => "subaccount" [check = rules::subaccount_id];
    }
}

params! {
    /// `deleteVerifiedCallerId` (beyond the seed): removes a verified caller ID
    /// (`DELETE VerifiedCallerId/{phone_number}/`, 204).
    DeleteVerifiedCallerId = "deleteVerifiedCallerId" -> models::Ack;
    required {
        /// The verified number.
        phone_number: String = "phoneNumber" => "phone_number";
    }
    optional {}
}

params! {
    /// `getVerifiedCallerIds` (beyond the seed): one page of the account's verified caller
    /// IDs, newest first (`GET VerifiedCallerId/`, the classic `objects` list).
    GetVerifiedCallerIds = "getVerifiedCallerIds" -> models::Page<models::VerifiedCallerId>, paged;
    required {}
    optional {
        /// Only numbers of this country (ISO 3166-1 alpha-2).
        country: String = "country" => "country" [check = rules::country_iso];
        /// Only this subaccount's (`SA…`).
        subaccount: String = "subaccount" => "subaccount" [check = rules::subaccount_id];
        /// Only caller IDs with this alias.
        alias: String = "alias" => "alias";
        /// Page size, 1 to 20.
        limit: u32 = "limit" => "limit" [check = rules::limit];
        /// Items skipped before the page starts.
        offset: u32 = "offset" => "offset";
    }
}
