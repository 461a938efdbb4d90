//! Toll-free verification answers.

use super::{model, open_enum};

open_enum! {
    /// The review state of a toll-free verification request.
    pub enum TollfreeVerificationStatus {
        /// Sent to the carriers, under review (a new request's state).
        Submitted = "SUBMITTED",
        /// Being processed.
        Processing = "PROCESSING",
        /// Verified: the number may send A2P messages.
        Approved = "APPROVED",
        /// Refused (`error_message` says why).
        Rejected = "REJECTED",
        /// The carriers want changes (update the request).
        UpdateRequired = "UPDATE_REQUIRED",
    }
}

model! {
    /// A toll-free verification request (`getSingleTollfreeVerification`, the items of
    /// `getTollfreeVerifications`).
    pub struct TollfreeVerification {
        required {
            /// The request's uuid.
            uuid: String,
        }
        optional {
            /// Plivo's request id (single answers only).
            api_id: String,
            /// The toll-free number.
            number: String,
            /// The review state.
            status: TollfreeVerificationStatus,
            /// The Plivo profile (business) that sends the messages.
            profile_uuid: String,
            /// The use cases, joined with `,` (`2FA,MARKETING`).
            usecase: String,
            /// How the messages are used.
            usecase_summary: String,
            /// Sample messages.
            message_sample: String,
            /// URLs of the opt-in evidence, joined with `,`.
            optin_image_url: String,
            /// How recipients opt in (`WEB_FORM`).
            optin_type: String,
            /// The monthly volume estimate (`1,000`).
            volume: String,
            /// Anything else given for the review.
            additional_information: String,
            /// Your own reference.
            extra_data: String,
            /// Where Plivo reports status changes.
            callback_url: String,
            /// How Plivo calls `callback_url`.
            callback_method: String,
            /// The terms and conditions page.
            terms_and_conditions_link: String,
            /// The privacy policy page.
            privacy_policy_link: String,
            /// The message that confirms an opt-in.
            optin_message: String,
            /// The answer to `HELP`.
            help_message: String,
            /// Why it was rejected or needs changes.
            error_message: String,
            /// When it was created (`2023-10-12T15:28:10.216507Z`).
            created: String,
            /// When it last changed.
            last_modified: String,
        }
    }
}

model! {
    /// The answer to `createTollfreeVerification` (201).
    pub struct TollfreeVerificationCreated {
        required {}
        optional {
            /// Plivo's request id.
            api_id: String,
            /// What Plivo said.
            message: String,
            /// The new request's uuid.
            uuid: String,
        }
    }
}
