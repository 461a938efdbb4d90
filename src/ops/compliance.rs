//! Regulatory compliance (beyond the seed): the end users who hold regulated numbers, the
//! documents that prove who they are, the document types and requirements Plivo publishes,
//! and the compliance applications that bundle them for review.
//!
//! The flow: read the requirement for a country, number type and end user type
//! ([`GetComplianceRequirements`]), create the end user ([`CreateEndUser`]), upload one
//! document per group of the requirement ([`CreateComplianceDocument`], multipart: text
//! fields, the document type's data fields, then the `file` part), bundle them in an
//! application ([`CreateComplianceApplication`], a `draft`) and submit it
//! ([`SubmitComplianceApplication`]: `submitted`; no more edits until Plivo accepts or
//! rejects it).
//!
//! Closed sets, as Plivo's documentation lists them: an end user is `individual` or
//! `business` ([`UserType`]); a requirement's number type is `local`, `national`, `mobile` or
//! `tollfree`; an application is `draft`, `submitted`, `accepted` or `rejected`. Countries
//! are ISO 3166-1 alpha-2 codes (`DE`).

use serde_json::{Map, Value};

use super::File;
use crate::models::{self, ComplianceStatus, NumberType, UserType};
use crate::rules;

params! {
    /// `getSingleEndUser` (beyond the seed): one end user (`GET EndUser/{end_user_id}/`).
    GetSingleEndUser = "getSingleEndUser" -> models::EndUser;
    required {
        /// The end user's id.
        end_user_id: String = "endUserId" => "end_user_id";
    }
    optional {}
}

params! {
    /// `getEndUsers` (beyond the seed): one page of the account's end users, with filters
    /// (`GET EndUser/`).
    GetEndUsers = "getEndUsers" -> models::Page<models::EndUser>, paged;
    required {}
    optional {
        /// Only the end users with this name.
        name: String = "name" => "name";
        /// Only the end users with this last name.
        last_name: String = "lastName" => "last_name";
        /// Only individuals or only businesses.
        end_user_type: UserType = "endUserType" => "end_user_type";
        /// Page size, 1 to 20.
        limit: u32 = "limit" => "limit" [check = rules::limit];
        /// Items skipped before the page starts.
        offset: u32 = "offset" => "offset";
    }
}

params! {
    /// `createEndUser` (beyond the seed): a person or a company that will hold regulated
    /// numbers (`POST EndUser/`, a JSON body). Plivo's documentation requires the name and
    /// the type (plivo-python sends every key, `null` when unset; this crate leaves unset
    /// keys out).
    ///
    /// ```
    /// use plivo::ops::{CreateEndUser, UserType};
    /// let op = CreateEndUser::new("Ada", UserType::Individual).last_name("Lovelace");
    /// assert_eq!(op.end_user_type, UserType::Individual);
    /// ```
    CreateEndUser = "createEndUser" -> models::EndUser;
    required {
        /// A person's first name, or the company's name.
        name: String = "name" => "name";
        /// `individual` or `business`.
        end_user_type: UserType = "endUserType" => "end_user_type";
    }
    optional {
        /// A person's last name.
        last_name: String = "lastName" => "last_name";
    }
}

params! {
    /// `updateEndUser` (beyond the seed): changes an end user (`POST EndUser/{end_user_id}/`,
    /// a JSON body with only what is set). An update that sets nothing is refused before
    /// sending.
    UpdateEndUser = "updateEndUser" -> models::Ack;
    required {
        /// The end user's id.
        end_user_id: String = "endUserId" => "end_user_id";
    }
    optional {
        /// A person's first name, or the company's name.
        name: String = "name" => "name";
        /// A person's last name.
        last_name: String = "lastName" => "last_name";
        /// `individual` or `business`.
        end_user_type: UserType = "endUserType" => "end_user_type";
    }
    check = update_end_user_changes;
}

fn update_end_user_changes(op: &UpdateEndUser) -> Result<(), crate::Error> {
    if op.name.is_none() && op.last_name.is_none() && op.end_user_type.is_none() {
        return Err(nothing_to_change(
            UpdateEndUser::OPERATION,
            "name",
            "name, lastName or endUserType",
        ));
    }
    Ok(())
}

params! {
    /// `deleteEndUser` (beyond the seed): deletes an end user (`DELETE EndUser/{end_user_id}/`,
    /// 204). The sandbox refuses (400) while documents or applications name it.
    DeleteEndUser = "deleteEndUser" -> models::Ack;
    required {
        /// The end user's id.
        end_user_id: String = "endUserId" => "end_user_id";
    }
    optional {}
}

params! {
    /// `getSingleComplianceDocumentType` (beyond the seed): one document type, with the data
    /// fields its documents carry (`GET ComplianceDocumentType/{document_type_id}/`).
    GetSingleComplianceDocumentType =
        "getSingleComplianceDocumentType" -> models::ComplianceDocumentType;
    required {
        /// The document type's id.
        document_type_id: String = "documentTypeId" => "document_type_id";
    }
    optional {}
}

params! {
    /// `getComplianceDocumentTypes` (beyond the seed): one page of the document types Plivo
    /// knows (`GET ComplianceDocumentType/`).
    GetComplianceDocumentTypes =
        "getComplianceDocumentTypes" -> models::Page<models::ComplianceDocumentType>, paged;
    required {}
    optional {
        /// Page size, 1 to 20.
        limit: u32 = "limit" => "limit" [check = rules::limit];
        /// Items skipped before the page starts.
        offset: u32 = "offset" => "offset";
    }
}

params! {
    /// `getSingleComplianceDocument` (beyond the seed): one uploaded compliance document
    /// (`GET ComplianceDocument/{compliance_document_id}/`).
    GetSingleComplianceDocument =
        "getSingleComplianceDocument" -> models::RegulatoryDocument;
    required {
        /// The document's id.
        compliance_document_id: String = "complianceDocumentId" => "compliance_document_id";
    }
    optional {}
}

params! {
    /// `getComplianceDocuments` (beyond the seed): one page of the account's compliance
    /// documents, with filters (`GET ComplianceDocument/`).
    GetComplianceDocuments =
        "getComplianceDocuments" -> models::Page<models::RegulatoryDocument>, paged;
    required {}
    optional {
        /// Only the documents of this end user.
        end_user_id: String = "endUserId" => "end_user_id";
        /// Only the documents of this type.
        document_type_id: String = "documentTypeId" => "document_type_id";
        /// Only the documents with this alias.
        alias: String = "alias" => "alias";
        /// Page size, 1 to 20.
        limit: u32 = "limit" => "limit" [check = rules::limit];
        /// Items skipped before the page starts.
        offset: u32 = "offset" => "offset";
    }
}

params! {
    /// `createComplianceDocument` (beyond the seed): uploads a document that proves an end
    /// user's identity or address (`POST ComplianceDocument/`, `multipart/form-data`: the
    /// text fields `end_user_id`, `document_type_id`, `alias`, then each data field as its
    /// own text part, then the proof as the part `file`).
    ///
    /// The data fields are the ones the document type lists under `information`
    /// ([`GetSingleComplianceDocumentType`]): an open set, so they are a JSON object here
    /// (`dataFields` in the JSON form), each value a string, number or boolean sent as text.
    /// A data field may not reuse the name of a field above. The file is required when the
    /// type says `proof_required`; Plivo documents no size limit for it, so none is checked
    /// (the file must have a name and a clean content type).
    ///
    /// ```
    /// use plivo::ops::{CreateComplianceDocument, File};
    /// let op = CreateComplianceDocument::new("end-user-id", "passport-type-id")
    ///     .alias("ada-passport")
    ///     .data_field("first_name", "Ada")
    ///     .data_field("unique_identification_number", "X1234567")
    ///     .file(File::from_bytes("passport.pdf", None, b"%PDF-1.4".to_vec()));
    /// assert_eq!(op.data_fields.as_ref().map(|f| f["first_name"] == "Ada"), Some(true));
    /// ```
    CreateComplianceDocument = "createComplianceDocument" -> models::RegulatoryDocument;
    required {
        /// The end user the document is about.
        end_user_id: String = "endUserId" => "end_user_id";
        /// The document type it is (from [`GetComplianceDocumentTypes`] or a requirement).
        document_type_id: String = "documentTypeId" => "document_type_id";
    }
    optional {
        /// A friendly name.
        alias: String = "alias" => "alias";
        /// The document type's data fields by name (an open JSON object; each value sent as
        /// its own text part).
        data_fields: Json = "dataFields" => "data_fields" [flatten, check = data_fields_rule];
        /// The proof: a scan or photo of the document (a path string or a file object in the
        /// JSON form).
        file: File = "file" => "file";
    }
}

params! {
    /// `updateComplianceDocument` (beyond the seed): changes a compliance document
    /// (`POST ComplianceDocument/{compliance_document_id}/`, `multipart/form-data` like the
    /// create, with only what is set; a new `file` replaces the old one). An update that sets
    /// nothing is refused before sending. plivo-go has no such call; plivo-python's is
    /// followed.
    ///
    /// ```
    /// use plivo::ops::{File, UpdateComplianceDocument};
    /// let op = UpdateComplianceDocument::new("document-id")
    ///     .alias("ada-passport-2")
    ///     .file(File::from_bytes("passport.png", None, vec![0x89, b'P', b'N', b'G']));
    /// assert_eq!(op.file.as_ref().map(|f| f.content_type()).as_deref(), Some("image/png"));
    /// ```
    UpdateComplianceDocument = "updateComplianceDocument" -> models::Ack;
    required {
        /// The document's id.
        compliance_document_id: String = "complianceDocumentId" => "compliance_document_id";
    }
    optional {
        /// Moves the document to another end user.
        end_user_id: String = "endUserId" => "end_user_id";
        /// Changes the document type.
        document_type_id: String = "documentTypeId" => "document_type_id";
        /// A friendly name.
        alias: String = "alias" => "alias";
        /// Data fields to set (an open JSON object, as for the create).
        data_fields: Json = "dataFields" => "data_fields" [flatten, check = data_fields_rule];
        /// A new proof, replacing the old one.
        file: File = "file" => "file";
    }
    check = update_document_changes;
}

/// Generates `data_field`, which sets one data field and keeps the others.
macro_rules! data_field_setter {
    ($($op:ident),*) => {$(
        impl $op {
            /// Sets one of the document type's data fields, keeping the others. A
            /// `data_fields` set to something other than an object is left as it is, for
            /// [`crate::Client::call`] to refuse.
            pub fn data_field(mut self, name: impl Into<String>, value: impl Into<Value>) -> Self {
                if let Value::Object(fields) =
                    self.data_fields.get_or_insert_with(|| Value::Object(Map::new()))
                {
                    fields.insert(name.into(), value.into());
                }
                self
            }
        }
    )*};
}

data_field_setter!(CreateComplianceDocument, UpdateComplianceDocument);

/// The names a data field may not take: the document's own multipart fields.
const DOCUMENT_FIELDS: &[&str] = &["end_user_id", "document_type_id", "alias", "file"];

/// `data_fields`: an object of text-like values, keyed by names that do not clash with the
/// document's own fields.
fn data_fields_rule(v: &Value) -> Result<(), String> {
    let Value::Object(fields) = v else {
        return Err("must be a JSON object (the document type's fields by name)".into());
    };
    for (name, value) in fields {
        if name.trim().is_empty() || name.chars().any(char::is_control) {
            return Err(format!(
                "has the key {name:?}; a key must be a non-empty name without control characters"
            ));
        }
        if DOCUMENT_FIELDS.contains(&name.as_str()) {
            return Err(format!(
                "has the key `{name}`, which is a field of the document itself; set it there"
            ));
        }
        if !matches!(value, Value::String(_) | Value::Number(_) | Value::Bool(_)) {
            return Err(format!(
                "`{name}` must be a string, number or boolean (each is sent as a text part)"
            ));
        }
    }
    Ok(())
}

fn update_document_changes(op: &UpdateComplianceDocument) -> Result<(), crate::Error> {
    let empty_fields = match &op.data_fields {
        None => true,
        Some(Value::Object(fields)) => fields.is_empty(),
        Some(_) => false,
    };
    if op.end_user_id.is_none()
        && op.document_type_id.is_none()
        && op.alias.is_none()
        && empty_fields
        && op.file.is_none()
    {
        return Err(nothing_to_change(
            UpdateComplianceDocument::OPERATION,
            "alias",
            "endUserId, documentTypeId, alias, dataFields or file",
        ));
    }
    Ok(())
}

params! {
    /// `deleteComplianceDocument` (beyond the seed): deletes a compliance document
    /// (`DELETE ComplianceDocument/{compliance_document_id}/`, 204). The sandbox refuses (400)
    /// while an application includes it.
    DeleteComplianceDocument = "deleteComplianceDocument" -> models::Ack;
    required {
        /// The document's id.
        compliance_document_id: String = "complianceDocumentId" => "compliance_document_id";
    }
    optional {}
}

params! {
    /// `getSingleComplianceRequirement` (beyond the seed): one requirement, with the groups
    /// of document types it accepts (`GET ComplianceRequirement/{compliance_requirement_id}/`).
    GetSingleComplianceRequirement =
        "getSingleComplianceRequirement" -> models::ComplianceRequirement;
    required {
        /// The requirement's id.
        compliance_requirement_id: String =
            "complianceRequirementId" => "compliance_requirement_id";
    }
    optional {}
}

params! {
    /// `getComplianceRequirements` (beyond the seed): the requirement for a kind of number
    /// (`GET ComplianceRequirement/`). The answer is one requirement, not a page (plivo-go
    /// reads it so).
    ///
    /// As Plivo's documentation describes the query, give `end_user_type` with either
    /// `country_iso2` and `number_type`, or a `phone_number`; anything else is refused before
    /// sending.
    ///
    /// ```
    /// use plivo::ops::{GetComplianceRequirements, NumberType, UserType};
    /// let op = GetComplianceRequirements::new()
    ///     .country_iso2("DE")
    ///     .number_type(NumberType::Local)
    ///     .end_user_type(UserType::Business);
    /// assert_eq!(op.country_iso2.as_deref(), Some("DE"));
    /// ```
    GetComplianceRequirements =
        "getComplianceRequirements" -> models::ComplianceRequirement;
    required {}
    optional {
        /// The country of the numbers (ISO 3166-1 alpha-2, `DE`).
        country_iso2: String = "countryIso2" => "country_iso2" [check = rules::country_iso];
        /// `local`, `national`, `mobile` or `tollfree`.
        number_type: NumberType = "numberType" => "number_type" [check = compliance_number_type];
        /// `individual` or `business`.
        end_user_type: UserType = "endUserType" => "end_user_type";
        /// A number, instead of its country and type.
        phone_number: String = "phoneNumber" => "phone_number";
    }
    check = requirement_query;
}

fn requirement_query(op: &GetComplianceRequirements) -> Result<(), crate::Error> {
    let fail = |field, rule| {
        Err(crate::Error::invalid(
            Some(GetComplianceRequirements::OPERATION),
            field,
            rule,
        ))
    };
    if op.end_user_type.is_none() {
        return fail("endUserType", "is required (individual or business)");
    }
    match (&op.phone_number, &op.country_iso2, &op.number_type) {
        (Some(_), None, None) | (None, Some(_), Some(_)) => Ok(()),
        (Some(_), _, _) => fail(
            "phoneNumber",
            "goes without countryIso2 and numberType (give either the number, or its \
             country and type)",
        ),
        (None, None, _) => fail("countryIso2", "is required unless phoneNumber is given"),
        (None, Some(_), None) => fail("numberType", "is required with countryIso2"),
    }
}

/// The number types a compliance requirement or application covers.
fn compliance_number_type(v: &NumberType) -> Result<(), String> {
    match v {
        NumberType::Local | NumberType::National | NumberType::Mobile | NumberType::Tollfree => {
            Ok(())
        }
        _ => Err(format!(
            "must be one of local, national, mobile, tollfree (got {})",
            v.as_str()
        )),
    }
}

params! {
    /// `getSingleComplianceApplication` (beyond the seed): one compliance application, with
    /// its documents (`GET ComplianceApplication/{compliance_application_id}/`).
    GetSingleComplianceApplication =
        "getSingleComplianceApplication" -> models::ComplianceApplication;
    required {
        /// The application's id.
        compliance_application_id: String =
            "complianceApplicationId" => "compliance_application_id";
    }
    optional {}
}

params! {
    /// `getComplianceApplications` (beyond the seed): one page of the account's compliance
    /// applications, with filters (`GET ComplianceApplication/`).
    GetComplianceApplications =
        "getComplianceApplications" -> models::Page<models::ComplianceApplication>, paged;
    required {}
    optional {
        /// Only the applications in this state: `draft`, `submitted`, `accepted` or
        /// `rejected`.
        status: ComplianceStatus = "status" => "status" [check = application_status];
        /// Only individuals' or only businesses' applications.
        end_user_type: UserType = "endUserType" => "end_user_type";
        /// Only the applications for this number type.
        number_type: NumberType = "numberType" => "number_type" [check = compliance_number_type];
        /// Only the applications for this country (ISO 3166-1 alpha-2).
        country_iso2: String = "countryIso2" => "country_iso2" [check = rules::country_iso];
        /// Only the applications with this alias.
        alias: String = "alias" => "alias";
        /// Page size, 1 to 20.
        limit: u32 = "limit" => "limit" [check = rules::limit];
        /// Items skipped before the page starts.
        offset: u32 = "offset" => "offset";
        /// Only the applications of this end user.
        end_user_id: String = "endUserId" => "end_user_id";
    }
}

/// The states Plivo's documentation lists for an application.
fn application_status(v: &ComplianceStatus) -> Result<(), String> {
    match v {
        ComplianceStatus::Draft
        | ComplianceStatus::Submitted
        | ComplianceStatus::Accepted
        | ComplianceStatus::Rejected => Ok(()),
        other => Err(format!(
            "must be one of draft, submitted, accepted, rejected (got {})",
            other.as_str()
        )),
    }
}

params! {
    /// `createComplianceApplication` (beyond the seed): bundles an end user's documents for a
    /// requirement (`POST ComplianceApplication/`, a JSON body; `document_ids` is a JSON
    /// array). The new application is a `draft`; submit it with
    /// [`SubmitComplianceApplication`].
    ///
    /// The requirement is named by `compliance_requirement_id`, or by the three of
    /// `end_user_type`, `country_iso2` and `number_type`; an application without either is
    /// refused before sending, as is one without documents.
    ///
    /// ```
    /// use plivo::ops::CreateComplianceApplication;
    /// let op = CreateComplianceApplication::new("end-user-id", ["doc-1", "doc-2"])
    ///     .compliance_requirement_id("requirement-id")
    ///     .alias("acme-de-local");
    /// assert_eq!(op.document_ids.len(), 2);
    /// ```
    CreateComplianceApplication =
        "createComplianceApplication" -> models::ComplianceApplication;
    required {
        /// The end user the numbers are for.
        end_user_id: String = "endUserId" => "end_user_id";
        /// The end user's documents, one for each group the requirement asks for.
        document_ids: List = "documentIds" => "document_ids";
    }
    optional {
        /// The requirement the application answers.
        compliance_requirement_id: String =
            "complianceRequirementId" => "compliance_requirement_id";
        /// A friendly name.
        alias: String = "alias" => "alias";
        /// `individual` or `business` (with `country_iso2` and `number_type`, instead of the
        /// requirement's id).
        end_user_type: UserType = "endUserType" => "end_user_type";
        /// The country of the numbers (ISO 3166-1 alpha-2).
        country_iso2: String = "countryIso2" => "country_iso2" [check = rules::country_iso];
        /// `local`, `national`, `mobile` or `tollfree`.
        number_type: NumberType = "numberType" => "number_type" [check = compliance_number_type];
    }
    check = application_requirement;
}

fn application_requirement(op: &CreateComplianceApplication) -> Result<(), crate::Error> {
    if op.compliance_requirement_id.is_some() {
        return Ok(());
    }
    let missing = [
        ("endUserType", op.end_user_type.is_none()),
        ("countryIso2", op.country_iso2.is_none()),
        ("numberType", op.number_type.is_none()),
    ];
    match missing.iter().find(|(_, absent)| *absent) {
        None => Ok(()),
        Some((field, _)) => Err(crate::Error::invalid(
            Some(CreateComplianceApplication::OPERATION),
            *field,
            "is required without complianceRequirementId (name the requirement by its id, \
             or by endUserType, countryIso2 and numberType)",
        )),
    }
}

params! {
    /// `updateComplianceApplication` (beyond the seed): replaces the documents of a draft or
    /// rejected application (`POST ComplianceApplication/{compliance_application_id}/`, a
    /// JSON body `{"document_ids": [...]}`). The catalog lists `document_ids` as optional;
    /// it is all an update carries, so it is required here.
    UpdateComplianceApplication = "updateComplianceApplication" -> models::Ack;
    required {
        /// The application's id.
        compliance_application_id: String =
            "complianceApplicationId" => "compliance_application_id";
        /// The documents the application carries from now on.
        document_ids: List = "documentIds" => "document_ids";
    }
    optional {}
}

params! {
    /// `deleteComplianceApplication` (beyond the seed): deletes a compliance application
    /// (`DELETE ComplianceApplication/{compliance_application_id}/`, 204).
    DeleteComplianceApplication = "deleteComplianceApplication" -> models::Ack;
    required {
        /// The application's id.
        compliance_application_id: String =
            "complianceApplicationId" => "compliance_application_id";
    }
    optional {}
}

params! {
    /// `submitComplianceApplication` (beyond the seed): submits a draft (or rejected)
    /// application for review (`POST ComplianceApplication/{compliance_application_id}/Submit/`,
    /// no body). plivo-go reads the application back from the answer.
    SubmitComplianceApplication =
        "submitComplianceApplication" -> models::ComplianceApplication;
    required {
        /// The application's id.
        compliance_application_id: String =
            "complianceApplicationId" => "compliance_application_id";
    }
    optional {}
}

/// The error of an update that sets nothing, named after its first optional field.
fn nothing_to_change(op: &'static str, field: &str, fields: &str) -> crate::Error {
    crate::Error::invalid(
        Some(op),
        field,
        format!("an update must change something: set at least one of {fields}"),
    )
}
