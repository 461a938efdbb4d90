//! SIP endpoints.

use crate::models;
use crate::rules;

params! {
    /// `createEndpoint`: create a SIP endpoint. Plivo appends a 12-digit timestamp to the
    /// username it returns.
    CreateEndpoint = "createEndpoint" -> models::EndpointCreated;
    required {
        /// The SIP username.
        username: String = "username" => "username";
        /// The SIP password.
        password: Secret = "password" => "password";
        /// A friendly name.
        alias: String = "alias" => "alias";
    }
    optional {
        /// Application attached to the endpoint.
        app_id: String = "appId" => "app_id";
    }
}

params! {
    /// `getSingleEndpoint`: one endpoint, with its registration state.
    GetSingleEndpoint = "getSingleEndpoint" -> models::Endpoint;
    required {
        /// The endpoint's id.
        endpoint_id: String = "endpointId" => "endpoint_id";
    }
    optional {}
}

params! {
    /// `getEndpoints`: one page of endpoints. The seed had no paging fields; Plivo pages this
    /// list like every other.
    GetEndpoints = "getEndpoints" -> models::Page<models::Endpoint>, paged;
    required {}
    optional {
        /// Page size, 1 to 20.
        limit: u32 = "limit" => "limit" [check = rules::limit];
        /// Items skipped before the page starts.
        offset: u32 = "offset" => "offset";
    }
}

params! {
    /// `updateEndpoint`: change an endpoint's password, alias or application. The seed marked
    /// password and alias required; Plivo takes any subset, so they are optional here.
    UpdateEndpoint = "updateEndpoint" -> models::Ack;
    required {
        /// The endpoint's id.
        endpoint_id: String = "endpointId" => "endpoint_id";
    }
    optional {
        /// The SIP password.
        password: Secret = "password" => "password";
        /// A friendly name.
        alias: String = "alias" => "alias";
        /// Application attached to the endpoint.
        app_id: String = "appId" => "app_id";
    }
}

params! {
    /// `deleteEndpoint`: delete an endpoint; this cannot be undone.
    DeleteEndpoint = "deleteEndpoint" -> models::Ack;
    required {
        /// The endpoint's id.
        endpoint_id: String = "endpointId" => "endpoint_id";
    }
    optional {}
}
