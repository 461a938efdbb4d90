//! Applications: the URLs Plivo calls for a number's or endpoint's calls and messages.

use super::HttpMethod;
use crate::models;
use crate::rules;

params! {
    /// `createApplication`: create an application, then attach it to numbers or endpoints.
    CreateApplication = "createApplication" -> models::ApplicationCreated;
    required {
        /// The application's name.
        app_name: String = "appName" => "app_name";
        /// The URL Plivo fetches when a call executes this application.
        answer_url: String = "answerUrl" => "answer_url" [check = rules::http_url];
    }
    optional {
        /// Method for `answer_url` (Plivo's default: POST).
        answer_method: HttpMethod = "answerMethod" => "answer_method";
        /// URL notified when the call hangs up (default: `answer_url`).
        hangup_url: String = "hangupUrl" => "hangup_url" [check = rules::http_url];
        /// Method for `hangup_url`.
        hangup_method: HttpMethod = "hangupMethod" => "hangup_method";
        /// URL fetched when `answer_url` fails or returns invalid XML.
        fallback_answer_url: String = "fallbackAnswerUrl" => "fallback_answer_url" [check = rules::http_url];
        /// Method for `fallback_answer_url`.
        fallback_method: HttpMethod = "fallbackMethod" => "fallback_method";
        /// URL notified of inbound messages.
        message_url: String = "messageUrl" => "message_url" [check = rules::http_url];
        /// Method for `message_url`.
        message_method: HttpMethod = "messageMethod" => "message_method";
        /// New numbers without an application point to this one.
        default_number_app: bool = "defaultNumberApp" => "default_number_app";
        /// New endpoints without an application point to this one.
        default_endpoint_app: bool = "defaultEndpointApp" => "default_endpoint_app";
        /// The subaccount (`SA…`) that owns the application.
        subaccount: String = "subaccount" => "subaccount" [check = rules::subaccount_id];
        /// Whether inbound message content is logged.
        log_incoming_messages: bool = "logIncomingMessages" => "log_incoming_messages";
        /// Whether the application's SIP URI is public.
        public_uri: bool = "publicUri" => "public_uri";
    }
}

params! {
    /// `getApplications`: one page of applications.
    GetApplications = "getApplications" -> models::Page<models::Application>, paged;
    required {}
    optional {
        /// Only this subaccount's (`SA…`) applications.
        subaccount: String = "subaccount" => "subaccount" [check = rules::subaccount_id];
        /// Page size, 1 to 20.
        limit: u32 = "limit" => "limit" [check = rules::limit];
        /// Items skipped before the page starts.
        offset: u32 = "offset" => "offset";
        /// Only applications with this name.
        app_name: String = "appName" => "app_name";
    }
}

params! {
    /// `getSingleApplication`: one application.
    GetSingleApplication = "getSingleApplication" -> models::Application;
    required {
        /// The application's id.
        app_id: String = "appId" => "app_id";
    }
    optional {}
}

params! {
    /// `updateApplication`: change an application. Only the fields you set are sent, so an
    /// update never resets the others to defaults.
    UpdateApplication = "updateApplication" -> models::Ack;
    required {
        /// The application's id.
        app_id: String = "appId" => "app_id";
    }
    optional {
        /// The URL Plivo fetches when a call executes this application.
        answer_url: String = "answerUrl" => "answer_url" [check = rules::http_url];
        /// Method for `answer_url`.
        answer_method: HttpMethod = "answerMethod" => "answer_method";
        /// URL notified when the call hangs up.
        hangup_url: String = "hangupUrl" => "hangup_url" [check = rules::http_url];
        /// Method for `hangup_url`.
        hangup_method: HttpMethod = "hangupMethod" => "hangup_method";
        /// URL fetched when `answer_url` fails or returns invalid XML.
        fallback_answer_url: String = "fallbackAnswerUrl" => "fallback_answer_url" [check = rules::http_url];
        /// Method for `fallback_answer_url`.
        fallback_method: HttpMethod = "fallbackMethod" => "fallback_method";
        /// URL notified of inbound messages.
        message_url: String = "messageUrl" => "message_url" [check = rules::http_url];
        /// Method for `message_url`.
        message_method: HttpMethod = "messageMethod" => "message_method";
        /// New numbers without an application point to this one.
        default_number_app: bool = "defaultNumberApp" => "default_number_app";
        /// New endpoints without an application point to this one.
        default_endpoint_app: bool = "defaultEndpointApp" => "default_endpoint_app";
        /// The subaccount (`SA…`) that owns the application.
        subaccount: String = "subaccount" => "subaccount" [check = rules::subaccount_id];
        /// Whether inbound message content is logged.
        log_incoming_messages: bool = "logIncomingMessages" => "log_incoming_messages";
        /// Whether the application's SIP URI is public.
        public_uri: bool = "publicUri" => "public_uri";
    }
}

params! {
    /// `deleteApplication`: delete an application; this cannot be undone.
    DeleteApplication = "deleteApplication" -> models::Ack;
    required {
        /// The application's id.
        app_id: String = "appId" => "app_id";
    }
    optional {
        /// Also delete the endpoints attached to it.
        cascade: bool = "cascade" => "cascade";
        /// Application to attach its endpoints to instead (when not cascading).
        new_endpoint_application: String = "newEndpointApplication" => "new_endpoint_application";
    }
}
