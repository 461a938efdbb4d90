//! SIP endpoints.

use super::model;

model! {
    /// A SIP endpoint (`getSingleEndpoint`, `getEndpoints`).
    pub struct Endpoint {
        required {
            /// The endpoint's id.
            endpoint_id: String,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
            /// Friendly name.
            alias: String,
            /// The attached application's URI.
            application: String,
            /// The attached application's id.
            app_id: String,
            /// The SIP password, when Plivo includes it (`***` when printed).
            password: crate::Secret,
            /// The endpoint's URI.
            resource_uri: String,
            /// Where the registered device is reachable.
            sip_contact: String,
            /// When the registration expires.
            sip_expires: String,
            /// `"true"` when a device is registered (see [`Endpoint::is_registered`]).
            sip_registered: String,
            /// The endpoint's SIP URI.
            sip_uri: String,
            /// The registered device's user agent.
            sip_user_agent: String,
            /// The owning subaccount's URI, if any.
            sub_account: String,
            /// The SIP username (with Plivo's timestamp suffix).
            username: String,
        }
    }
}

impl Endpoint {
    /// Whether a device is registered (`sip_registered` is the string `"true"`).
    pub fn is_registered(&self) -> bool {
        self.sip_registered
            .as_deref()
            .is_some_and(|v| v.eq_ignore_ascii_case("true"))
    }
}

model! {
    /// The answer to `createEndpoint`.
    pub struct EndpointCreated {
        required {
            /// The new endpoint's id.
            endpoint_id: String,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
            /// The username Plivo assigned: yours plus a 12-digit timestamp.
            username: String,
            /// Friendly name.
            alias: String,
            /// `created`.
            message: String,
        }
    }
}
