//! Messages.

use super::{Decimal, Direction, model, open_enum};

open_enum! {
    /// Delivery state of a message.
    pub enum MessageState {
        /// Accepted, not yet sent.
        Queued = "queued",
        /// Handed to the carrier.
        Sent = "sent",
        /// Could not be sent.
        Failed = "failed",
        /// Delivered to the handset.
        Delivered = "delivered",
        /// The carrier could not deliver it.
        Undelivered = "undelivered",
        /// Rejected.
        Rejected = "rejected",
        /// Read (WhatsApp).
        Read = "read",
        /// Received (inbound).
        Received = "received",
    }
}

open_enum! {
    /// Kind of message.
    pub enum MessageType {
        /// Text message.
        Sms = "sms",
        /// Multimedia message.
        Mms = "mms",
        /// WhatsApp message.
        Whatsapp = "whatsapp",
    }
}

model! {
    /// A message (`getSingleMessage`, `getMessages`).
    ///
    /// The fields are those of Plivo's message object and of plivo-go's `Message`, typed as
    /// those say (money as [`Decimal`], the rest as text). Fields whose type Plivo does not
    /// document, such as `log`, stay in `extra`, as does `conversation_expiry_timestamp`, the
    /// spelling of Plivo's docs for what plivo-go reads as `conversation_expiration_timestamp`.
    pub struct Message {
        required {
            /// The message's uuid.
            message_uuid: String,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
            /// The carrier's fees, in total.
            carrier_fees: Decimal,
            /// The carrier's fee per unit.
            carrier_fees_rate: Decimal,
            /// The carrier's rate per unit.
            carrier_rate: Decimal,
            /// Plivo's own rate per unit.
            cloud_rate: Decimal,
            /// WhatsApp: when the conversation expires (a Unix time, as text).
            conversation_expiration_timestamp: String,
            /// WhatsApp: the conversation the message belongs to.
            conversation_id: String,
            /// WhatsApp: how the conversation started (`service`, `utility`,
            /// `authentication`, `marketing`).
            conversation_origin: String,
            /// ISO 3166-1 alpha-2 code of the destination's country.
            destination_country_iso2: String,
            /// The destination's mobile network.
            destination_network: String,
            /// India DLT: the registered entity's id.
            dlt_entity_id: String,
            /// India DLT: the template's category.
            dlt_template_category: String,
            /// India DLT: the template's id.
            dlt_template_id: String,
            /// Carrier error code, when delivery failed.
            error_code: Decimal,
            /// Description of the error.
            error_message: String,
            /// Sender.
            from_number: String,
            /// Whether the destination is in the sender's country.
            is_domestic: bool,
            /// Inbound or outbound.
            message_direction: Direction,
            /// When it was sent to the carrier.
            message_sent_time: String,
            /// Delivery state.
            message_state: MessageState,
            /// When it was created.
            message_time: String,
            /// SMS, MMS or WhatsApp.
            message_type: MessageType,
            /// When its state last changed.
            message_updated_time: String,
            /// The Powerpack that sent it, if one did.
            powerpack_id: String,
            /// The sender Plivo put in place of the one asked for, if it replaced it.
            replaced_sender: String,
            /// The IP address the send request came from.
            requester_ip: String,
            /// The message's URI.
            resource_uri: String,
            /// US 10DLC: the campaign it was sent under.
            tendlc_campaign_id: String,
            /// US 10DLC: the campaign's registration status.
            tendlc_registration_status: String,
            /// Recipient.
            to_number: String,
            /// Total cost.
            total_amount: Decimal,
            /// Rate per unit.
            total_rate: Decimal,
            /// Number of parts it was split into.
            units: u32,
        }
    }
}

model! {
    /// The answer to `sendMessage`: one uuid per destination, always a list.
    pub struct MessageQueued {
        required {
            /// The new messages' uuids.
            message_uuid: Vec<String>,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
            /// `message(s) queued`.
            message: String,
        }
    }
}
