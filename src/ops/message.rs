//! Messages (SMS, MMS, WhatsApp).

use super::{Direction, HttpMethod, MessageState, MessageType};
use crate::Error;
use crate::models;
use crate::rules;

params! {
    /// `sendMessage`: send a message to one or more numbers (several are joined with `<` on
    /// the wire). The answer's `message_uuid` is always a list.
    ///
    /// The sender is `src` ([`SendMessage::new`]) or a Powerpack, which picks a number from
    /// its pool ([`SendMessage::via_powerpack`]): exactly one of the two, as Plivo requires.
    /// The seed requires `src`; the JSON form takes `powerpackUuid` in its place.
    SendMessage = "sendMessage" -> models::MessageQueued;
    required {
        /// Destination numbers, with country code.
        destination: List = "destination" => "dst" [join = '<'];
        /// The text; Plivo splits long texts into parts.
        text: String = "text" => "text";
    }
    optional {
        /// Sender number or sender id, with country code. Required unless `powerpack_uuid`
        /// is given.
        src: String = "src" => "src";
        /// The Powerpack that sends the message, from a number of its pool, instead of `src`.
        powerpack_uuid: String = "powerpackUuid" => "powerpack_uuid";
        /// `sms` (Plivo's default), `mms` or `whatsapp`.
        message_type: MessageType = "type" => "type";
        /// URL that receives delivery reports.
        url: String = "url" => "url" [check = rules::http_url];
        /// Method for `url`.
        method: HttpMethod = "method" => "method";
        /// When false, Plivo does not store the text and masks the destination. Sent as the
        /// string `"true"`/`"false"`, as Plivo expects.
        log: bool = "log" => "log" [text];
        /// Shorten and track links in the text.
        trackable: bool = "trackable" => "trackable";
        /// Media URLs of an MMS (a JSON array on the wire).
        media_urls: List = "mediaUrls" => "media_urls" [check = rules::http_urls];
        /// Ids of uploaded media of an MMS (a JSON array on the wire).
        media_ids: List = "mediaIds" => "media_ids";
        /// Seconds after which an undelivered message is dropped.
        message_expiry: u32 = "messageExpiry" => "message_expiry" [check = rules::positive];
        /// WhatsApp template object.
        template: Json = "template" => "template";
        /// WhatsApp interactive message object.
        interactive: Json = "interactive" => "interactive";
        /// WhatsApp location object.
        location: Json = "location" => "location";
        /// India DLT entity id.
        dlt_entity_id: String = "dltEntityId" => "dlt_entity_id";
        /// India DLT template id.
        dlt_template_id: String = "dltTemplateId" => "dlt_template_id";
        /// India DLT template category.
        dlt_template_category: String = "dltTemplateCategory" => "dlt_template_category";
    }
    check = send_message_rule;
    constructor = to;
}

impl SendMessage {
    /// A message from `src` (a number or a sender id, with country code) to `destination`;
    /// set optional fields with the chained methods.
    pub fn new(
        src: impl Into<String>,
        destination: impl crate::params::IntoList,
        text: impl Into<String>,
    ) -> Self {
        SendMessage::to(destination, text).src(src)
    }

    /// A message sent through the Powerpack `powerpack_uuid`, which picks the sender from its
    /// number pool (sticky sender, local connect, the number priorities), instead of `src`.
    pub fn via_powerpack(
        powerpack_uuid: impl Into<String>,
        destination: impl crate::params::IntoList,
        text: impl Into<String>,
    ) -> Self {
        SendMessage::to(destination, text).powerpack_uuid(powerpack_uuid)
    }
}

fn send_message_rule(p: &SendMessage) -> Result<(), Error> {
    let invalid = |field, rule| Err(Error::invalid(Some(SendMessage::OPERATION), field, rule));
    for (field, value) in [("src", &p.src), ("powerpackUuid", &p.powerpack_uuid)] {
        if value.as_ref().is_some_and(|v| v.trim().is_empty()) {
            return invalid(field, "must not be empty");
        }
    }
    match (&p.src, &p.powerpack_uuid) {
        (None, None) => return invalid("src", "is required, unless `powerpackUuid` is given"),
        (Some(_), Some(_)) => {
            return invalid(
                "powerpackUuid",
                "cannot be given with `src`: the Powerpack picks the sender",
            );
        }
        _ => {}
    }
    if let Some(src) = &p.src {
        if p.destination.iter().any(|dst| dst == src) {
            return invalid("destination", "must not contain the sender `src`");
        }
    }
    Ok(())
}

params! {
    /// `getMessages`: one page of messages, newest first, with filters.
    GetMessages = "getMessages" -> models::Page<models::Message>, paged;
    required {}
    optional {
        /// Only this subaccount's (`SA…`) messages.
        subaccount: String = "subaccount" => "subaccount" [check = rules::subaccount_id];
        /// Only inbound or outbound messages.
        message_direction: Direction = "messageDirection" => "message_direction";
        /// Only messages sent at this time (`YYYY-MM-DD HH:MM[:SS]`).
        message_time: String = "messageTime" => "message_time" [check = rules::timestamp];
        /// Only messages sent after this time.
        message_time_gt: String = "messageTimeGt" => "message_time__gt" [check = rules::timestamp];
        /// Only messages sent at or after this time.
        message_time_gte: String = "messageTimeGte" => "message_time__gte" [check = rules::timestamp];
        /// Only messages sent before this time.
        message_time_lt: String = "messageTimeLt" => "message_time__lt" [check = rules::timestamp];
        /// Only messages sent at or before this time.
        message_time_lte: String = "messageTimeLte" => "message_time__lte" [check = rules::timestamp];
        /// Only messages in this state.
        message_state: MessageState = "messageState" => "message_state";
        /// Page size, 1 to 20.
        limit: u32 = "limit" => "limit" [check = rules::limit];
        /// Items skipped before the page starts.
        offset: u32 = "offset" => "offset";
        /// Only messages that failed with this error code.
        error_code: u32 = "errorCode" => "error_code";
        /// Only messages of this kind.
        message_type: MessageType = "messageType" => "message_type";
        /// Only messages from this number.
        from_number: String = "fromNumber" => "from_number";
        /// Only messages to this number.
        to_number: String = "toNumber" => "to_number";
    }
}

params! {
    /// `getSingleMessage`: one message.
    GetSingleMessage = "getSingleMessage" -> models::Message;
    required {
        /// The message's uuid.
        message_uuid: String = "messageUuid" => "message_uuid";
    }
    optional {}
}
