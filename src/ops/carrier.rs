//! Incoming carriers (legacy).
//!
//! These five operations exist only in Plivo's older API (`IncomingCarrier/`); no current
//! official SDK offers them and the server may answer 404 or 405. They are kept because the
//! seed has them, with the older API's routes.

use crate::models;
params! {
    /// `listIncomingCarriers` (legacy): one page of incoming carriers.
    ListIncomingCarriers = "listIncomingCarriers" -> models::Page<models::IncomingCarrier>, paged;
    required {}
    optional {
        /// Only carriers whose name is or contains this.
        name: String = "name" => "name";
        /// Page size, 1 to 20.
        limit: u32 = "limit" => "limit" [check = crate::rules::limit];
        /// Items skipped before the page starts.
        offset: u32 = "offset" => "offset";
    }
}

params! {
    /// `getSingleIncomingCarrier` (legacy): one incoming carrier.
    GetSingleIncomingCarrier = "getSingleIncomingCarrier" -> models::IncomingCarrier;
    required {
        /// The carrier's id.
        carrier_id: String = "carrierId" => "carrier_id";
    }
    optional {}
}

params! {
    /// `addIncomingCarrier` (legacy): register a carrier whose calls Plivo accepts.
    AddIncomingCarrier = "addIncomingCarrier" -> models::CarrierCreated;
    required {
        /// A name for the carrier.
        name: String = "name" => "name";
        /// IP addresses the carrier's calls come from (joined with `,` on the wire).
        ip_set: List = "ipSet" => "ip_set" [join = ','];
    }
    optional {}
}

params! {
    /// `updateIncomingCarrier` (legacy): change a carrier's name or addresses.
    UpdateIncomingCarrier = "updateIncomingCarrier" -> models::Ack;
    required {
        /// The carrier's id.
        carrier_id: String = "carrierId" => "carrier_id";
    }
    optional {
        /// A name for the carrier.
        name: String = "name" => "name";
        /// IP addresses the carrier's calls come from (joined with `,` on the wire).
        ip_set: List = "ipSet" => "ip_set" [join = ','];
    }
}

params! {
    /// `removeIncomingCarrier` (legacy): remove a carrier and the numbers tied to it.
    RemoveIncomingCarrier = "removeIncomingCarrier" -> models::Ack;
    required {
        /// The carrier's id.
        carrier_id: String = "carrierId" => "carrier_id";
    }
    optional {}
}
