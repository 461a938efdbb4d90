//! Regulatory compliance answers: end users, document types, compliance documents,
//! requirements and compliance applications. Shapes follow plivo-go's response structs
//! (neither SDK records an answer for these operations).

use serde_json::{Map, Value};

use super::{ComplianceStatus, NumberType, UserType, model};

model! {
    /// A person or company that holds regulated numbers (`getSingleEndUser`, `getEndUsers`,
    /// and the answer to `createEndUser`, which adds a `message`).
    pub struct EndUser {
        required {
            /// Its id.
            end_user_id: String,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
            /// What Plivo said (the create's answer).
            message: String,
            /// A person's first name, or the company's name.
            name: String,
            /// A person's last name.
            last_name: String,
            /// `individual` or `business`.
            end_user_type: UserType,
            /// When it was created.
            created_at: String,
        }
    }
}

model! {
    /// A kind of document Plivo accepts as proof (`getSingleComplianceDocumentType`,
    /// `getComplianceDocumentTypes`), with the data fields its documents carry.
    pub struct ComplianceDocumentType {
        required {
            /// Its id: a document's `document_type_id`.
            document_type_id: String,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
            /// Its name (`Passport`).
            document_name: String,
            /// What it is.
            description: String,
            /// The data fields a document of this type carries.
            information: Vec<DocumentTypeField>,
            /// Whether a document of this type needs a file. plivo-go reads it as any JSON
            /// value (Plivo's documentation says boolean), so it is kept as sent.
            proof_required: Value,
            /// When it was created.
            created_at: String,
        }
    }
}

impl ComplianceDocumentType {
    /// `proof_required` as a boolean: `true`, or the text `true` in any case.
    pub fn needs_proof(&self) -> bool {
        match &self.proof_required {
            Some(Value::Bool(b)) => *b,
            Some(Value::String(s)) => s.eq_ignore_ascii_case("true"),
            _ => false,
        }
    }
}

model! {
    /// One data field of a document type.
    pub struct DocumentTypeField {
        required {}
        optional {
            /// The field's name: the key of a document's data field.
            field_name: String,
            /// `string`, `date`, `enum`, …
            field_type: String,
            /// A name to show.
            friendly_name: String,
            /// Guidance on what to enter.
            help_text: String,
            /// The longest value accepted.
            max_length: u64,
            /// The shortest value accepted.
            min_length: u64,
            /// The expected format (`yyyy-mm-dd`).
            format: String,
            /// The accepted values of an `enum` field.
            enums: Vec<String>,
        }
    }
}

model! {
    /// An uploaded compliance document (`getSingleComplianceDocument`,
    /// `getComplianceDocuments`, and the answer to `createComplianceDocument`). The id comes
    /// as `document_id` from a get and as `compliance_document_id` in a list (plivo-go reads
    /// both); [`RegulatoryDocument::id`] gives whichever is there.
    #[doc(alias = "ComplianceDocument")]
    pub struct RegulatoryDocument {
        required {}
        optional {
            /// Plivo's request id.
            api_id: String,
            /// What Plivo said (the create's answer).
            message: String,
            /// Its id (a get's answer).
            document_id: String,
            /// Its id (a list item).
            compliance_document_id: String,
            /// The end user it is about.
            end_user_id: String,
            /// Its document type.
            document_type_id: String,
            /// Its friendly name.
            alias: String,
            /// The uploaded file's name.
            file_name: String,
            /// The uploaded file (a list item's name for it).
            file: String,
            /// The data fields given with it, by name (an open set: the document type's).
            meta_information: Map<String, Value>,
            /// When it was created.
            created_at: String,
        }
    }
}

impl RegulatoryDocument {
    /// The document's id: `document_id`, or else `compliance_document_id`.
    pub fn id(&self) -> Option<&str> {
        self.document_id
            .as_deref()
            .or(self.compliance_document_id.as_deref())
    }
}

model! {
    /// What a kind of number needs (`getSingleComplianceRequirement`,
    /// `getComplianceRequirements`): one document from each group of acceptable types.
    pub struct ComplianceRequirement {
        required {
            /// Its id: an application's `compliance_requirement_id`.
            compliance_requirement_id: String,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
            /// The country of the numbers (ISO 3166-1 alpha-2).
            country_iso2: String,
            /// The kind of numbers.
            number_type: NumberType,
            /// Who holds them.
            end_user_type: UserType,
            /// The groups: one document of one of each group's types is needed.
            acceptable_document_types: Vec<AcceptableDocumentGroup>,
        }
    }
}

model! {
    /// One group of a requirement (`Proof of identity`): any one of its document types will
    /// do.
    pub struct AcceptableDocumentGroup {
        required {}
        optional {
            /// The group's name.
            name: String,
            /// What the proof is about (`identity`, `address`, …; an open set).
            scope: String,
            /// The document types accepted for it.
            acceptable_documents: Vec<AcceptableDocument>,
        }
    }
}

model! {
    /// A document type accepted by a requirement's group.
    pub struct AcceptableDocument {
        required {}
        optional {
            /// The document type's id.
            document_type_id: String,
            /// Its name.
            document_type_name: String,
        }
    }
}

model! {
    /// A compliance application (`getSingleComplianceApplication`,
    /// `getComplianceApplications`, and the answers to `createComplianceApplication` and
    /// `submitComplianceApplication`, which add a `message`). Every field is optional so
    /// that a bare `{"api_id", "message"}` answer decodes too.
    pub struct ComplianceApplication {
        required {}
        optional {
            /// Plivo's request id.
            api_id: String,
            /// What Plivo said.
            message: String,
            /// Its id.
            compliance_application_id: String,
            /// Its friendly name.
            alias: String,
            /// `draft`, `submitted`, `accepted` or `rejected`.
            status: ComplianceStatus,
            /// Who the numbers are for: `individual` or `business`.
            end_user_type: UserType,
            /// The country of the numbers (ISO 3166-1 alpha-2).
            country_iso2: String,
            /// The kind of numbers.
            number_type: NumberType,
            /// The end user.
            end_user_id: String,
            /// The requirement it answers.
            compliance_requirement_id: String,
            /// Its documents.
            documents: Vec<ApplicationDocument>,
            /// Why it was rejected (plivo-node reads it).
            rejection_reason: String,
            /// When it was created.
            created_at: String,
        }
    }
}

model! {
    /// A document of a compliance application.
    pub struct ApplicationDocument {
        required {}
        optional {
            /// The document's id.
            document_id: String,
            /// The document's friendly name.
            name: String,
            /// The document's name, where Plivo gives one.
            document_name: String,
            /// Its document type.
            document_type_id: String,
            /// The document type's name.
            document_type_name: String,
            /// The requirement group it answers (`identity`, `address`, …).
            scope: String,
        }
    }
}
