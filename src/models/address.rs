//! Addresses and identities for number regulation (`createAddress`, `getSingleAddress`,
//! `getAddresses`, `createIdentity`, …).

use super::{model, open_enum};

open_enum! {
    /// Where an address's or identity's verification (or validation) stands.
    pub enum VerificationStatus {
        /// Waiting for review.
        Pending = "pending",
        /// Accepted.
        Accepted = "accepted",
        /// Rejected.
        Rejected = "rejected",
    }
}

model! {
    /// The answer to creating or updating an address or identity: Plivo accepted the
    /// request (`202`, `Your request has been accepted.`). It carries no id: list the
    /// addresses or identities to find the new one.
    pub struct VerificationAccepted {
        required {}
        optional {
            /// Plivo's request id.
            api_id: String,
            /// `Your request has been accepted.`
            message: String,
            /// `success` (updates).
            status: String,
        }
    }
}

model! {
    /// An address submitted for number regulation.
    pub struct Address {
        required {
            /// Its id (digits).
            id: String,
        }
        optional {
            /// Plivo's request id (a single address's answer).
            api_id: String,
            /// The account's auth id.
            account: String,
            /// Its friendly name.
            alias: String,
            /// `Mr` or `Ms`.
            salutation: String,
            /// First name.
            first_name: String,
            /// Last name.
            last_name: String,
            /// Building name or number.
            address_line1: String,
            /// Street.
            address_line2: String,
            /// City.
            city: String,
            /// Region or state.
            region: String,
            /// Postal code.
            postal_code: String,
            /// Country (ISO 3166-1 alpha-2).
            country_iso: String,
            /// Spain: the fiscal identification code.
            fiscal_identification_code: String,
            /// Denmark: the street code.
            street_code: String,
            /// Denmark: the municipal code.
            municipal_code: String,
            /// The subaccount it belongs to, if any.
            subaccount: String,
            /// Its URI.
            url: String,
            /// Whether the address was validated.
            validation_status: VerificationStatus,
            /// Whether the address was verified against its proof.
            verification_status: VerificationStatus,
            /// What was read from the proof.
            document_details: DocumentDetails,
        }
    }
}

model! {
    /// An identity submitted for number regulation.
    pub struct Identity {
        required {
            /// Its id (digits).
            id: String,
        }
        optional {
            /// Plivo's request id (a single identity's answer).
            api_id: String,
            /// The account's auth id.
            account: String,
            /// Its friendly name.
            alias: String,
            /// Country (ISO 3166-1 alpha-2).
            country_iso: String,
            /// `Mr` or `Ms`.
            salutation: String,
            /// First name.
            first_name: String,
            /// Last name.
            last_name: String,
            /// Nationality.
            nationality: String,
            /// The kind of identity document (`passport`, …).
            id_type: String,
            /// The identity document's number.
            id_number: String,
            /// The nationality the identity document states.
            id_nationality: String,
            /// When the identity document was issued.
            id_issue_date: String,
            /// Place of birth.
            birth_place: String,
            /// Date of birth.
            birth_date: String,
            /// The business's name.
            business_name: String,
            /// Address: building name or number.
            address_line1: String,
            /// Address: street.
            address_line2: String,
            /// Address: city.
            city: String,
            /// Address: region or state.
            region: String,
            /// Address: postal code.
            postal_code: String,
            /// The subaccount it belongs to, if any.
            subaccount: String,
            /// Its URI.
            url: String,
            /// Whether the identity was validated.
            validation_status: VerificationStatus,
            /// Whether the identity was verified against its proof.
            verification_status: VerificationStatus,
            /// What was read from the proof.
            document_details: DocumentDetails,
        }
    }
}

model! {
    /// What was read from an address's or identity's proof (`document_details`): the
    /// fields of the one or the other, each as the document states it.
    pub struct DocumentDetails {
        required {}
        optional {
            /// `Mr` or `Ms`.
            salutation: String,
            /// First name.
            first_name: String,
            /// Last name.
            last_name: String,
            /// Building name or number.
            address_line1: String,
            /// Street.
            address_line2: String,
            /// City.
            city: String,
            /// Region or state.
            region: String,
            /// Postal code.
            postal_code: String,
            /// Nationality.
            nationality: String,
            /// The kind of identity document.
            id_type: String,
            /// The identity document's number.
            id_number: String,
        }
    }
}
