//! The account, subaccounts and applications.

use super::{Decimal, model};

model! {
    /// The account (`getAccountDetails`).
    pub struct Account {
        required {
            /// The account's auth id.
            auth_id: String,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
            /// `standard`, …
            account_type: String,
            /// Postal address.
            address: String,
            /// Whether credits are topped up automatically.
            auto_recharge: bool,
            /// `prepaid` or `postpaid`.
            billing_mode: String,
            /// Credit left, in the account's currency.
            cash_credits: Decimal,
            /// City.
            city: String,
            /// Account holder's name.
            name: String,
            /// The account's URI (`/v1/Account/{auth_id}/`).
            resource_uri: String,
            /// State or region.
            state: String,
            /// Time zone name.
            timezone: String,
        }
    }
}

model! {
    /// A subaccount (`getSingleSubaccount`, `getSubaccounts`).
    pub struct Subaccount {
        required {
            /// The subaccount's auth id (`SA…`).
            auth_id: String,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
            /// The parent account's URI.
            account: String,
            /// The subaccount's auth token (`***` when printed).
            auth_token: crate::Secret,
            /// Creation date.
            created: String,
            /// Whether the subaccount can be used.
            enabled: bool,
            /// Last change date.
            modified: String,
            /// Name.
            name: String,
            /// A newly issued auth token, when there is one (`***` when printed).
            new_auth_token: crate::Secret,
            /// The subaccount's URI.
            resource_uri: String,
        }
    }
}

model! {
    /// The answer to `createSubaccount`: the new credentials.
    pub struct SubaccountCreated {
        required {
            /// The new auth id (`SA…`).
            auth_id: String,
            /// The new auth token (`***` when printed).
            auth_token: crate::Secret,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
            /// `created`.
            message: String,
        }
    }
}

model! {
    /// An application (`getSingleApplication`, `getApplications`).
    pub struct Application {
        required {
            /// The application's id.
            app_id: String,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
            /// Method for `answer_url`.
            answer_method: String,
            /// URL fetched when a call executes the application.
            answer_url: String,
            /// Name.
            app_name: String,
            /// Whether new numbers point to it.
            default_app: bool,
            /// Whether new endpoints point to it.
            default_endpoint_app: bool,
            /// Whether new numbers point to it (newer name of `default_app`).
            default_number_app: bool,
            /// Whether it is enabled.
            enabled: bool,
            /// Fallback URL.
            fallback_answer_url: String,
            /// Method for the fallback URL.
            fallback_method: String,
            /// Method for `hangup_url`.
            hangup_method: String,
            /// URL notified on hangup.
            hangup_url: String,
            /// Whether inbound message content is logged.
            log_incoming_messages: bool,
            /// Method for `message_url`.
            message_method: String,
            /// URL notified of inbound messages.
            message_url: String,
            /// Whether it is marked as a production application.
            production_app: bool,
            /// Whether the SIP URI is public.
            public_uri: bool,
            /// The application's URI.
            resource_uri: String,
            /// The application's SIP URI.
            sip_uri: String,
            /// The owning subaccount's URI, if any.
            sub_account: String,
        }
    }
}

model! {
    /// The answer to `createApplication`.
    pub struct ApplicationCreated {
        required {
            /// The new application's id.
            app_id: String,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
            /// `created`.
            message: String,
        }
    }
}

model! {
    /// The answer to `createToken`: an access token Plivo signed.
    pub struct TokenCreated {
        required {
            /// The access token, a JWT (`***` when printed).
            token: crate::Secret,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
        }
    }
}
