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
    pub struct Message {
        required {
            /// The message's uuid.
            message_uuid: String,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
            /// Carrier error code, when delivery failed.
            error_code: Decimal,
            /// Description of the error.
            error_message: String,
            /// Sender.
            from_number: String,
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
            /// The message's URI.
            resource_uri: String,
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
