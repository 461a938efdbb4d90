//! Hosted messaging answers: letters of authorization and hosted messaging numbers.

use serde_json::Value;

use super::model;

model! {
    /// A letter of authorization (`createLoa`, `getSingleLoa`, the items of `getLoas`).
    pub struct Loa {
        required {
            /// The letter's id.
            loa_id: String,
        }
        optional {
            /// Plivo's request id (single answers only).
            api_id: String,
            /// What Plivo said (the create's answer).
            message: String,
            /// Its friendly name.
            alias: String,
            /// Where Plivo keeps the uploaded letter.
            file: String,
            /// The numbers hosted under it (Plivo documents no item shape: kept as JSON).
            linked_numbers: Vec<Value>,
            /// Its URI.
            resource_uri: String,
            /// When it was uploaded.
            created_at: String,
        }
    }
}

model! {
    /// A hosted messaging number order (`createHostedMessagingNumber`,
    /// `getSingleHostedMessagingNumber`, the items of `getHostedMessagingNumbers`).
    ///
    /// plivo-node reads the id as `hosted_messaging_number_id` and plivo-php as `order_id`;
    /// the id is optional here so that either answer decodes (`order_id` lands in `extra`).
    pub struct HostedMessagingNumber {
        required {}
        optional {
            /// The order's id.
            hosted_messaging_number_id: String,
            /// Plivo's request id (single answers only).
            api_id: String,
            /// What Plivo said (the create's answer).
            message: String,
            /// Its friendly name.
            alias: String,
            /// The messaging application that handles it (an id or a URI).
            application: String,
            /// The hosted number.
            number: String,
            /// The letter of authorization it was ordered under.
            loa_id: String,
            /// The order's state (`pending`, `completed`, `disconnected`, …).
            hosted_status: String,
            /// Why the order failed, if it did.
            failure_reason: String,
            /// The letter's file.
            file: String,
            /// Numbers linked to it (Plivo documents no item shape: kept as JSON).
            linked_numbers: Vec<Value>,
            /// Its URI.
            resource_uri: String,
            /// When it was ordered.
            created_at: String,
        }
    }
}
