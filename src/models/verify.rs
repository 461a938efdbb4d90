//! Verify (OTP sessions).

use super::{Decimal, model, open_enum};

open_enum! {
    /// State of a Verify session.
    pub enum VerifySessionStatus {
        /// Sent, not yet validated.
        InProgress = "in-progress",
        /// No valid code arrived in time.
        Expired = "expired",
        /// Validated with the right code.
        Verified = "verified",
    }
}

model! {
    /// A Verify (OTP) session: the answer of `getSingleVerifySession` and the items of
    /// `getVerifySessions`.
    pub struct VerifySession {
        required {
            /// The session's uuid.
            session_uuid: String,
        }
        optional {
            /// Plivo's request id (single answers only).
            api_id: String,
            /// The Verify application it was sent with.
            app_uuid: String,
            /// The session's alias.
            alias: String,
            /// The number the code was sent to.
            recipient: String,
            /// `sms` or `voice`: the channel of the last attempt.
            channel: String,
            /// The language the code was sent in.
            locale: String,
            /// The session's state.
            status: VerifySessionStatus,
            /// Attempts made.
            count: u32,
            /// The IP address the session was requested from.
            requestor_ip: String,
            /// The recipient's country (ISO 3166-1 alpha-2), may be empty.
            destination_country_iso2: String,
            /// The recipient's network.
            destination_network: String,
            /// One entry per attempt to deliver the code.
            attempt_details: Vec<VerifyAttempt>,
            /// What the session cost.
            charges: VerifyCharges,
            /// When it was created.
            created_at: String,
            /// When it last changed.
            updated_at: String,
        }
    }
}

model! {
    /// One attempt to deliver a session's code.
    pub struct VerifyAttempt {
        required {}
        optional {
            /// The attempt's uuid.
            attempt_uuid: String,
            /// `sms` or `voice`.
            channel: String,
            /// Delivery state of the attempt (`failed`, `delivered`, …).
            status: String,
            /// When it was made.
            time: String,
        }
    }
}

model! {
    /// The charges of a session.
    pub struct VerifyCharges {
        required {}
        optional {
            /// The whole session.
            total_charge: Decimal,
            /// The validation.
            validation_charge: Decimal,
            /// One entry per attempt.
            attempt_charges: Vec<VerifyAttemptCharge>,
        }
    }
}

model! {
    /// The charge of one attempt.
    pub struct VerifyAttemptCharge {
        required {}
        optional {
            /// The attempt's uuid.
            attempt_uuid: String,
            /// `sms` or `voice`.
            channel: String,
            /// What it cost.
            charge: Decimal,
        }
    }
}

model! {
    /// The answer of `createVerifySession`: `{"api_id", "message": "Session initiated",
    /// "session_uuid"}`.
    pub struct VerifySessionCreated {
        required {
            /// The new session's uuid.
            session_uuid: String,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
            /// What Plivo said (`Session initiated`).
            message: String,
        }
    }
}
