//! Verified caller IDs.

use super::model;

model! {
    /// The answer of `initiateCallerIdVerification`: `{"api_id", "message",
    /// "verification_uuid"}`; the message says how long the code is valid (15 minutes).
    pub struct CallerIdVerificationStarted {
        required {
            /// The verification's uuid, for `verifyCallerId`.
            verification_uuid: String,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
            /// What Plivo said.
            message: String,
        }
    }
}

model! {
    /// A verified caller ID: the answer of `verifyCallerId`, `getSingleVerifiedCallerId`
    /// and `updateVerifiedCallerId`, and the items of `getVerifiedCallerIds`.
    pub struct VerifiedCallerId {
        required {
            /// The number, in E.164 (`+14155550100`).
            phone_number: String,
        }
        optional {
            /// Plivo's request id (single answers only).
            api_id: String,
            /// Its name.
            alias: String,
            /// `sms` or `call`: how the code was sent (the `verifyCallerId` answer only).
            channel: String,
            /// Its country (ISO 3166-1 alpha-2), may be empty.
            country: String,
            /// When it was verified.
            created_at: String,
            /// When it last changed.
            modified_at: String,
            /// The subaccount it belongs to, empty for the main account.
            subaccount: String,
            /// The uuid of the verification that proved it.
            verification_uuid: String,
            /// Its path below the API (list items only).
            resource_uri: String,
        }
    }
}
