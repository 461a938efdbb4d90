//! Phone-number compliance answers (`createPhoneNumberCompliance`,
//! `getSinglePhoneNumberCompliance`, `updatePhoneNumberCompliance`, the list, the
//! requirements, the delete and the link).

use super::{NumberType, model, open_enum};

open_enum! {
    /// Where a compliance application stands.
    pub enum ComplianceStatus {
        /// Saved, not yet submitted.
        Draft = "draft",
        /// Submitted, waiting for review (what creating or updating one leads to).
        Submitted = "submitted",
        /// Accepted: numbers may be linked to it.
        Accepted = "accepted",
        /// Rejected: see `rejection_reason`, then update it to resubmit.
        Rejected = "rejected",
        /// Suspended by Plivo.
        Suspended = "suspended",
        /// No longer valid.
        Expired = "expired",
    }
}

open_enum! {
    /// Who a compliance application is for (the end user's `type`, the application's
    /// `user_type`).
    pub enum UserType {
        /// A person.
        Individual = "individual",
        /// A company.
        Business = "business",
    }
}

model! {
    /// The answer to `createPhoneNumberCompliance`.
    pub struct ComplianceCreated {
        required {}
        optional {
            /// Plivo's request id.
            api_id: String,
            /// The new application's id.
            compliance_id: String,
            /// `Compliance application created and submitted for review.`
            message: String,
        }
    }
}

model! {
    /// The answer to `getSinglePhoneNumberCompliance`: the application, wrapped in
    /// `compliance`.
    pub struct ComplianceDetails {
        required {
            /// The application.
            compliance: Compliance,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
        }
    }
}

model! {
    /// The answer to `updatePhoneNumberCompliance`: a message and the application as it is
    /// now (some recorded answers carry only its `compliance_id`).
    pub struct ComplianceUpdated {
        required {}
        optional {
            /// Plivo's request id.
            api_id: String,
            /// `Compliance application updated and resubmitted for review.`
            message: String,
            /// The application after the update.
            compliance: Compliance,
            /// The application's id, when the answer does not carry the application.
            compliance_id: String,
        }
    }
}

model! {
    /// A phone-number compliance application. `end_user`, `documents` and `linked_numbers`
    /// are there when asked for with `expand`.
    pub struct Compliance {
        required {
            /// Its id.
            compliance_id: String,
        }
        optional {
            /// Its friendly name.
            alias: String,
            /// Where it stands.
            status: ComplianceStatus,
            /// The country of the numbers it covers (ISO 3166-1 alpha-2).
            country_iso: String,
            /// The kind of numbers it covers (`local`, `mobile`, `tollfree`).
            number_type: NumberType,
            /// Who it is for.
            user_type: UserType,
            /// Where Plivo reports status changes.
            callback_url: String,
            /// `GET` or `POST`.
            callback_method: String,
            /// Why it was rejected.
            rejection_reason: String,
            /// When it was created.
            created_at: String,
            /// When it last changed.
            updated_at: String,
            /// Who it is for (with `expand=end_user`).
            end_user: ComplianceEndUserDetails,
            /// Its documents (with `expand=documents`).
            documents: Vec<ComplianceDocumentDetails>,
            /// The numbers linked to it (with `expand=linked_numbers`).
            linked_numbers: Vec<LinkedNumber>,
        }
    }
}

model! {
    /// The end user of a compliance application.
    pub struct ComplianceEndUserDetails {
        required {}
        optional {
            /// Its id.
            end_user_id: String,
            /// `individual` or `business`.
            #[serde(rename = "type")]
            user_type: UserType,
            /// Name (a person's first name, or the company's name).
            name: String,
            /// A person's last name.
            last_name: String,
            /// Email address.
            email: String,
            /// Address, first line.
            address_line1: String,
            /// Address, second line.
            address_line2: String,
            /// City.
            city: String,
            /// State or region.
            state: String,
            /// Postal code.
            postal_code: String,
            /// Country (ISO 3166-1 alpha-2).
            country: String,
            /// A company's registration number.
            registration_number: String,
        }
    }
}

model! {
    /// A document of a compliance application.
    pub struct ComplianceDocumentDetails {
        required {}
        optional {
            /// Its id.
            document_id: String,
            /// The document type it proves (from `getPhoneNumberComplianceRequirements`).
            document_type_id: String,
            /// The document type's name.
            document_name: String,
            /// The uploaded file's name.
            file_name: String,
            /// The fields given with it.
            meta_information: serde_json::Map<String, serde_json::Value>,
            /// Where the file can be downloaded.
            download_url: String,
            /// Its review status, where Plivo gives one per document.
            status: String,
            /// When it was added.
            created_at: String,
        }
    }
}

model! {
    /// A number linked to a compliance application.
    pub struct LinkedNumber {
        required {}
        optional {
            /// The number.
            number: String,
            /// The kind of number.
            number_type: NumberType,
            /// Its link status, where Plivo gives one.
            status: String,
        }
    }
}

model! {
    /// The answer to `getPhoneNumberComplianceRequirements`: what an application for numbers
    /// of one country, number type and end-user type must carry. One object, not a page.
    pub struct PhoneNumberComplianceRequirement {
        required {}
        optional {
            /// Plivo's request id.
            api_id: String,
            /// The requirement's id.
            requirement_id: String,
            /// The country (ISO 3166-1 alpha-2).
            country_iso: String,
            /// The kind of numbers.
            number_type: NumberType,
            /// The kind of end user.
            user_type: UserType,
            /// The document types an application must carry (may be empty).
            document_types: Vec<PhoneNumberComplianceDocumentType>,
        }
    }
}

model! {
    /// A document type a compliance application must carry. Plivo's recorded answers name
    /// it `name` with `required_fields`, or (older) `document_name` with `data_fields`; both
    /// are read.
    pub struct PhoneNumberComplianceDocumentType {
        required {}
        optional {
            /// Its id: a [`crate::ops::ComplianceDocument`]'s `document_type_id`.
            document_type_id: String,
            /// Its name.
            name: String,
            /// Its name (older answers).
            document_name: String,
            /// What it is.
            description: String,
            /// Whether it needs a file.
            proof_required: bool,
            /// The fields it asks for (a document's `data_fields`, by `field_name`).
            required_fields: Vec<ComplianceRequiredField>,
            /// The fields it asks for (older answers).
            data_fields: Vec<ComplianceRequiredField>,
        }
    }
}

model! {
    /// A field a document type asks for.
    pub struct ComplianceRequiredField {
        required {}
        optional {
            /// Its key in a document's `data_fields`.
            field_name: String,
            /// A readable name.
            friendly_name: String,
            /// What it is.
            description: String,
            /// Help for filling it in.
            help_text: String,
            /// Its type (`string`, …).
            field_type: String,
            /// Whether it must be given.
            required: bool,
            /// The format its value must have.
            format: String,
            /// The values it may take, when it is a closed set.
            enums: Vec<String>,
            /// Its shortest length.
            min_length: u32,
            /// Its longest length.
            max_length: u32,
        }
    }
}

model! {
    /// The answer to `deletePhoneNumberCompliance` (`Compliance application deleted.`);
    /// empty when Plivo answers 204.
    pub struct ComplianceDeleted {
        required {}
        optional {
            /// Plivo's request id.
            api_id: String,
            /// The deleted application's id.
            compliance_id: String,
            /// What Plivo said.
            message: String,
        }
    }
}

model! {
    /// The answer to `linkPhoneNumberCompliance`: Plivo answers 200 even when some numbers
    /// fail, so read each number's outcome in `report`.
    pub struct ComplianceLinkReport {
        required {}
        optional {
            /// Plivo's request id.
            api_id: String,
            /// What Plivo said (`No numbers to link`), when it says something.
            message: String,
            /// How many numbers were asked for.
            total_count: u64,
            /// How many were linked.
            updated_count: u64,
            /// Each number's outcome.
            report: Vec<ComplianceLinkResult>,
        }
    }
}

open_enum! {
    /// How linking one number went.
    pub enum ComplianceLinkStatus {
        /// Linked.
        Success = "success",
        /// Not linked: see `remarks`.
        Failed = "failed",
    }
}

model! {
    /// One number's outcome in a [`ComplianceLinkReport`].
    pub struct ComplianceLinkResult {
        required {}
        optional {
            /// The number.
            number: String,
            /// The application it was to be linked to, where Plivo repeats it.
            compliance_application_id: String,
            /// `success` or `failed`.
            status: ComplianceLinkStatus,
            /// Why, in words (`Number not found on your account.`).
            remarks: String,
        }
    }
}
