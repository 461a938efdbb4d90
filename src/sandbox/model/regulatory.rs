//! Regulatory compliance: end users, compliance documents and compliance applications, with
//! the document types and requirements they are checked against.
//!
//! Document types and requirements are a small fixed table (no SDK records an answer for
//! them, so their shapes follow plivo-go's structs): four document types (a passport, a
//! utility bill and a certificate of incorporation, which need a file, and address details,
//! which do not) and five requirements (`DE` local and `GB` mobile for individuals and
//! businesses, `IN` local for businesses), each a list of groups of acceptable types.
//!
//! The rules between the resources, each a 400 with Plivo's `{"api_id", "error"}` body:
//!
//! - a document names an end user and a document type that exist; its data fields are the
//!   type's (no other names, `enum` fields within their values, no value over `max_length`),
//!   and a type that needs proof needs a non-empty `file`;
//! - an application names an end user, a requirement (by id, or by `end_user_type`,
//!   `country_iso2` and `number_type`) and at least one document, all existing; the end
//!   user's type is the requirement's, and every document is the end user's and of a type
//!   the requirement accepts;
//! - an application is created as `draft`; submitting it needs a document for every group
//!   of the requirement and moves it to `submitted`. A submitted (or accepted) application
//!   can be neither submitted again nor updated, and a document it includes cannot be
//!   changed; a draft or rejected one can. The sandbox has no reviewer:
//!   [`Sandbox::review_compliance_application`] accepts or rejects one, as Plivo's review
//!   would;
//! - an end user cannot be deleted while documents or applications name it, nor change its
//!   type while an application does; a document cannot be deleted while an application
//!   includes it.
//!
//! A document keeps its uploaded file's name (`file_name`, as Plivo shows it) and, beyond
//! what Plivo shows, its size (`file_size`) and content type (`content_type`); never its bytes.

use std::sync::{OnceLock, PoisonError};

use serde_json::{Map, Value, json};

use crate::models::ComplianceStatus;
use crate::sandbox::Sandbox;
use crate::sandbox::multipart::FormPart;
use crate::sandbox::state::{Reply, State, error, not_found, now};

/// End users, documents and applications, oldest first.
#[derive(Debug, Default)]
pub(crate) struct Regulatory {
    /// End users as `GET EndUser/{id}/` shows them.
    pub end_users: Vec<Value>,
    /// Documents as `GET ComplianceDocument/{id}/` shows them.
    pub documents: Vec<Value>,
    /// Applications, with their `document_ids` (shown as `documents`, see
    /// [`State::compliance_application_view`]).
    pub applications: Vec<Value>,
}

/// The names a document's own multipart fields take; every other text part is a data field.
pub(crate) const DOCUMENT_KEYS: &[&str] = &["end_user_id", "document_type_id", "alias"];

const PASSPORT: &str = "4f1f0a52-7c1e-4d0b-9a51-0a3c1d2e0001";
const UTILITY_BILL: &str = "4f1f0a52-7c1e-4d0b-9a51-0a3c1d2e0002";
const INCORPORATION: &str = "4f1f0a52-7c1e-4d0b-9a51-0a3c1d2e0003";
const ADDRESS: &str = "4f1f0a52-7c1e-4d0b-9a51-0a3c1d2e0004";

/// One data field of a document type: name, type, friendly name, and for an `enum` its
/// values.
fn field(name: &str, kind: &str, friendly: &str, enums: &[&str]) -> Value {
    let mut field = json!({
        "field_name": name,
        "field_type": kind,
        "friendly_name": friendly,
        "help_text": format!("The {} as it appears on the document.", friendly.to_lowercase()),
        "max_length": 100,
        "min_length": 1,
    });
    if kind == "date" {
        field["format"] = json!("yyyy-mm-dd");
    }
    if !enums.is_empty() {
        field["enums"] = json!(enums);
    }
    field
}

/// The document types the sandbox knows, as `GET ComplianceDocumentType/` shows them.
pub(crate) fn document_types() -> &'static [Value] {
    static TYPES: OnceLock<Vec<Value>> = OnceLock::new();
    TYPES.get_or_init(|| {
        let address = || {
            vec![
                field("address_line_1", "string", "Address line 1", &[]),
                field("address_line_2", "string", "Address line 2", &[]),
                field("city", "string", "City", &[]),
                field("postal_code", "string", "Postal code", &[]),
                field("country", "string", "Country", &[]),
            ]
        };
        let mut bill = address();
        bill.push(field(
            "type_of_utility",
            "enum",
            "Type of utility",
            &["electricity", "gas", "water", "telephone", "internet"],
        ));
        bill.push(field("bill_date", "date", "Bill date", &[]));
        let kind = |id: &str, name: &str, description: &str, information: Vec<Value>, proof| {
            json!({
                "document_type_id": id,
                "document_name": name,
                "description": description,
                "information": information,
                "proof_required": proof,
                "created_at": "2021-06-01 00:00:00+00:00",
            })
        };
        vec![
            kind(
                PASSPORT,
                "Passport",
                "A passport of the end user.",
                vec![
                    field("first_name", "string", "First name", &[]),
                    field("last_name", "string", "Last name", &[]),
                    field("date_of_birth", "date", "Date of birth", &[]),
                    field("nationality", "string", "Nationality", &[]),
                    field(
                        "unique_identification_number",
                        "string",
                        "Passport number",
                        &[],
                    ),
                    field("date_of_expiration", "date", "Date of expiration", &[]),
                ],
                true,
            ),
            kind(
                UTILITY_BILL,
                "Utility Bill",
                "A utility bill of the last three months showing the address.",
                bill,
                true,
            ),
            kind(
                INCORPORATION,
                "Certificate of Incorporation",
                "The company's certificate of incorporation.",
                vec![
                    field("business_name", "string", "Business name", &[]),
                    field(
                        "unique_identification_number",
                        "string",
                        "Registration number",
                        &[],
                    ),
                    field("date_of_issue", "date", "Date of issue", &[]),
                ],
                true,
            ),
            kind(
                ADDRESS,
                "Address Details",
                "The end user's address, without proof.",
                address(),
                false,
            ),
        ]
    })
}

/// The requirements the sandbox knows, as `GET ComplianceRequirement/{id}/` shows them.
pub(crate) fn requirements() -> &'static [Value] {
    static REQUIREMENTS: OnceLock<Vec<Value>> = OnceLock::new();
    REQUIREMENTS.get_or_init(|| {
        let group = |name: &str, scope: &str, ids: &[&str]| {
            let documents: Vec<Value> = ids
                .iter()
                .map(|id| json!({"document_type_id": id, "document_type_name": type_name(id)}))
                .collect();
            json!({"name": name, "scope": scope, "acceptable_documents": documents})
        };
        let identity = || group("Proof of identity", "identity", &[PASSPORT]);
        let company = || group("Proof of incorporation", "identity", &[INCORPORATION]);
        let address = |ids: &[&str]| group("Proof of address", "address", ids);
        let requirement = |n: u8, iso: &str, number_type: &str, user: &str, groups: Vec<Value>| {
            json!({
                "compliance_requirement_id": format!("9b0c6e1d-3a2f-4e5b-8c7d-00000000000{n}"),
                "country_iso2": iso,
                "number_type": number_type,
                "end_user_type": user,
                "acceptable_document_types": groups,
            })
        };
        vec![
            requirement(
                1,
                "DE",
                "local",
                "individual",
                vec![identity(), address(&[UTILITY_BILL, ADDRESS])],
            ),
            requirement(
                2,
                "DE",
                "local",
                "business",
                vec![company(), address(&[UTILITY_BILL, ADDRESS])],
            ),
            requirement(3, "GB", "mobile", "individual", vec![identity()]),
            requirement(4, "GB", "mobile", "business", vec![company()]),
            requirement(
                5,
                "IN",
                "local",
                "business",
                vec![company(), address(&[UTILITY_BILL])],
            ),
        ]
    })
}

/// The name of a document type of the table (a fixed id, so never missing).
fn type_name(id: &str) -> &'static str {
    match id {
        PASSPORT => "Passport",
        UTILITY_BILL => "Utility Bill",
        INCORPORATION => "Certificate of Incorporation",
        _ => "Address Details",
    }
}

/// The document type with this id.
pub(crate) fn document_type(id: &str) -> Option<&'static Value> {
    document_types()
        .iter()
        .find(|t| t["document_type_id"] == id)
}

/// The requirement with this id.
pub(crate) fn requirement(id: &str) -> Option<&'static Value> {
    requirements()
        .iter()
        .find(|r| r["compliance_requirement_id"] == id)
}

/// The requirement for a country, number type and end user type.
pub(crate) fn requirement_for(
    country_iso2: &str,
    number_type: &str,
    end_user_type: &str,
) -> Option<&'static Value> {
    requirements().iter().find(|r| {
        r["country_iso2"] == country_iso2
            && r["number_type"] == number_type
            && r["end_user_type"] == end_user_type
    })
}

/// A document's uploaded file, as the sandbox keeps it.
pub(crate) struct Upload<'a> {
    pub name: &'a str,
    pub content_type: &'a str,
    pub size: usize,
}

impl<'a> Upload<'a> {
    /// The upload a file part carries; an empty part (what plivo-python sends when no file
    /// is given) carries none.
    pub(crate) fn of(part: &'a FormPart) -> Option<Self> {
        (!part.data.is_empty()).then(|| Upload {
            name: part.filename.as_deref().unwrap_or_default(),
            content_type: part
                .content_type
                .as_deref()
                .unwrap_or("application/octet-stream"),
            size: part.data.len(),
        })
    }
}

/// What a document create or update gives: its fields (only those present) and its file.
pub(crate) struct DocumentInput<'a> {
    pub end_user_id: Option<String>,
    pub document_type_id: Option<String>,
    pub alias: Option<String>,
    pub data_fields: Map<String, Value>,
    pub file: Option<Upload<'a>>,
}

/// A 400 naming what is wrong.
fn bad(message: String) -> Reply {
    error(400, &message)
}

/// Checks data fields against the document type's `information`.
fn check_data_fields(kind: &Value, fields: &Map<String, Value>) -> Result<(), Reply> {
    let information = kind["information"]
        .as_array()
        .map_or(&[][..], Vec::as_slice);
    let names: Vec<&str> = information
        .iter()
        .filter_map(|f| f["field_name"].as_str())
        .collect();
    for (name, value) in fields {
        let Some(spec) = information
            .iter()
            .find(|f| f["field_name"] == name.as_str())
        else {
            return Err(bad(format!(
                "{name} is not a field of document type {} (fields: {})",
                kind["document_name"].as_str().unwrap_or_default(),
                names.join(", ")
            )));
        };
        let text = value.as_str().unwrap_or_default();
        if let Some(allowed) = spec["enums"].as_array() {
            if !allowed.iter().any(|a| a == text) {
                let allowed: Vec<&str> = allowed.iter().filter_map(Value::as_str).collect();
                return Err(bad(format!("{name} must be one of {}", allowed.join(", "))));
            }
        }
        let max = spec["max_length"].as_u64().unwrap_or(u64::MAX);
        if text.chars().count() as u64 > max {
            return Err(bad(format!("{name} must be at most {max} characters")));
        }
    }
    Ok(())
}

impl State {
    fn end_user_exists(&self, id: &str) -> bool {
        self.regulatory
            .end_users
            .iter()
            .any(|u| u["end_user_id"] == id)
    }

    /// Event: an end user was created. Returns it.
    pub(crate) fn end_user_created(&mut self, fields: Map<String, Value>) -> Value {
        let mut user = json!({
            "end_user_id": self.rng.uuid(),
            "name": null,
            "last_name": null,
            "end_user_type": null,
            "created_at": now(),
        });
        for (key, value) in fields {
            user[key] = value;
        }
        self.regulatory.end_users.push(user.clone());
        user
    }

    /// Event: an end user was changed (404 for an unknown id; 400 for a change of type while
    /// an application names it).
    pub(crate) fn end_user_updated(
        &mut self,
        id: &str,
        fields: Map<String, Value>,
    ) -> Result<(), Reply> {
        let named = self
            .regulatory
            .applications
            .iter()
            .any(|a| a["end_user_id"] == id);
        let user = self
            .regulatory
            .end_users
            .iter_mut()
            .find(|u| u["end_user_id"] == id)
            .ok_or_else(not_found)?;
        if let Some(kind) = fields.get("end_user_type") {
            if named && *kind != user["end_user_type"] {
                return Err(bad(format!(
                    "end user {id} has compliance applications: its end_user_type cannot change"
                )));
            }
        }
        for (key, value) in fields {
            user[key] = value;
        }
        Ok(())
    }

    /// Event: an end user was deleted (404 for an unknown id; 400 while documents or
    /// applications name it).
    pub(crate) fn end_user_deleted(&mut self, id: &str) -> Result<(), Reply> {
        if !self.end_user_exists(id) {
            return Err(not_found());
        }
        let reg = &self.regulatory;
        let documents = reg
            .documents
            .iter()
            .filter(|d| d["end_user_id"] == id)
            .count();
        let applications = reg
            .applications
            .iter()
            .filter(|a| a["end_user_id"] == id)
            .count();
        if documents + applications > 0 {
            return Err(bad(format!(
                "end user {id} is in use by {documents} compliance documents and \
                 {applications} compliance applications; delete those first"
            )));
        }
        self.regulatory.end_users.retain(|u| u["end_user_id"] != id);
        Ok(())
    }

    /// Event: a document was uploaded. Needs `end_user_id` and `document_type_id` (checked
    /// by the handler to be present). Returns it.
    pub(crate) fn document_created(&mut self, input: DocumentInput<'_>) -> Result<Value, Reply> {
        let user = input.end_user_id.unwrap_or_default();
        if !self.end_user_exists(&user) {
            return Err(bad(format!("end_user_id {user} does not exist")));
        }
        let type_id = input.document_type_id.unwrap_or_default();
        let kind = document_type(&type_id)
            .ok_or_else(|| bad(format!("document_type_id {type_id} does not exist")))?;
        check_data_fields(kind, &input.data_fields)?;
        check_proof(kind, input.file.is_some())?;
        let mut document = json!({
            "document_id": self.rng.uuid(),
            "end_user_id": user,
            "document_type_id": type_id,
            "alias": input.alias,
            "file_name": null,
            "file_size": null,
            "content_type": null,
            "meta_information": input.data_fields,
            "created_at": now(),
        });
        if let Some(file) = &input.file {
            keep_file(&mut document, file);
        }
        self.regulatory.documents.push(document.clone());
        Ok(document)
    }

    /// Event: a document was changed (404 for an unknown id; 400 if a submitted or accepted
    /// application includes it, or if the change breaks a rule of a new document).
    pub(crate) fn document_updated(
        &mut self,
        id: &str,
        input: DocumentInput<'_>,
    ) -> Result<(), Reply> {
        let index = self
            .regulatory
            .documents
            .iter()
            .position(|d| d["document_id"] == id)
            .ok_or_else(not_found)?;
        let locked = self.regulatory.applications.iter().find(|a| {
            includes(a, id) && matches!(a["status"].as_str(), Some("submitted" | "accepted"))
        });
        if let Some(application) = locked {
            return Err(bad(format!(
                "document {id} is part of compliance application {}, which is {}: it cannot \
                 change",
                application["compliance_application_id"]
                    .as_str()
                    .unwrap_or_default(),
                application["status"].as_str().unwrap_or_default()
            )));
        }
        if let Some(user) = &input.end_user_id {
            if !self.end_user_exists(user) {
                return Err(bad(format!("end_user_id {user} does not exist")));
            }
        }
        let document = &mut self.regulatory.documents[index];
        let type_id = input.document_type_id.clone().unwrap_or_else(|| {
            document["document_type_id"]
                .as_str()
                .unwrap_or_default()
                .to_owned()
        });
        let kind = document_type(&type_id)
            .ok_or_else(|| bad(format!("document_type_id {type_id} does not exist")))?;
        let mut fields = document["meta_information"]
            .as_object()
            .cloned()
            .unwrap_or_default();
        fields.extend(input.data_fields);
        if input.document_type_id.is_some() {
            // A new type keeps only the fields it knows.
            let known = |name: &String| {
                kind["information"]
                    .as_array()
                    .is_some_and(|i| i.iter().any(|f| f["field_name"] == name.as_str()))
            };
            fields.retain(|name, _| known(name));
        }
        check_data_fields(kind, &fields)?;
        check_proof(
            kind,
            input.file.is_some() || !document["file_name"].is_null(),
        )?;
        document["document_type_id"] = json!(type_id);
        document["meta_information"] = Value::Object(fields);
        if let Some(user) = input.end_user_id {
            document["end_user_id"] = json!(user);
        }
        if let Some(alias) = input.alias {
            document["alias"] = json!(alias);
        }
        if let Some(file) = &input.file {
            keep_file(document, file);
        }
        Ok(())
    }

    /// Event: a document was deleted (404 for an unknown id; 400 while an application
    /// includes it).
    pub(crate) fn document_deleted(&mut self, id: &str) -> Result<(), Reply> {
        if !self
            .regulatory
            .documents
            .iter()
            .any(|d| d["document_id"] == id)
        {
            return Err(not_found());
        }
        if let Some(application) = self
            .regulatory
            .applications
            .iter()
            .find(|a| includes(a, id))
        {
            return Err(bad(format!(
                "document {id} is part of compliance application {}; update or delete the \
                 application first",
                application["compliance_application_id"]
                    .as_str()
                    .unwrap_or_default()
            )));
        }
        self.regulatory.documents.retain(|d| d["document_id"] != id);
        Ok(())
    }

    /// Checks an application's documents: at least one, each existing, the end user's and
    /// of a type the requirement accepts.
    fn check_documents(
        &self,
        requirement: &Value,
        end_user_id: &str,
        document_ids: &[String],
    ) -> Result<(), Reply> {
        if document_ids.is_empty() {
            return Err(bad("document_ids must name at least one document".into()));
        }
        for id in document_ids {
            let document = self
                .regulatory
                .documents
                .iter()
                .find(|d| d["document_id"] == id.as_str())
                .ok_or_else(|| bad(format!("document {id} does not exist")))?;
            if document["end_user_id"] != end_user_id {
                return Err(bad(format!(
                    "document {id} belongs to another end user than {end_user_id}"
                )));
            }
            if group_of(requirement, &document["document_type_id"]).is_none() {
                return Err(bad(format!(
                    "document {id} is of a type requirement {} does not accept",
                    requirement["compliance_requirement_id"]
                        .as_str()
                        .unwrap_or_default()
                )));
            }
        }
        Ok(())
    }

    /// Event: an application was created as a draft for `requirement` (checked by the
    /// handler to exist). Returns it as `GET` shows it.
    pub(crate) fn compliance_application_created(
        &mut self,
        requirement: &Value,
        end_user_id: &str,
        document_ids: Vec<String>,
        alias: Option<String>,
    ) -> Result<Value, Reply> {
        let user = self
            .regulatory
            .end_users
            .iter()
            .find(|u| u["end_user_id"] == end_user_id)
            .ok_or_else(|| bad(format!("end_user_id {end_user_id} does not exist")))?;
        if user["end_user_type"] != requirement["end_user_type"] {
            return Err(bad(format!(
                "end user {end_user_id} is of type {}, the requirement is for {}",
                user["end_user_type"].as_str().unwrap_or("none"),
                requirement["end_user_type"].as_str().unwrap_or_default()
            )));
        }
        self.check_documents(requirement, end_user_id, &document_ids)?;
        let application = json!({
            "compliance_application_id": self.rng.uuid(),
            "alias": alias,
            "status": ComplianceStatus::Draft.as_str(),
            "end_user_type": requirement["end_user_type"],
            "country_iso2": requirement["country_iso2"],
            "number_type": requirement["number_type"],
            "end_user_id": end_user_id,
            "compliance_requirement_id": requirement["compliance_requirement_id"],
            "document_ids": document_ids,
            "rejection_reason": null,
            "created_at": now(),
        });
        self.regulatory.applications.push(application.clone());
        Ok(self.compliance_application_view(&application))
    }

    /// The application with this id, as stored.
    pub(crate) fn compliance_application(&self, id: &str) -> Option<&Value> {
        self.regulatory
            .applications
            .iter()
            .find(|a| a["compliance_application_id"] == id)
    }

    fn compliance_application_mut(&mut self, id: &str) -> Result<&mut Value, Reply> {
        self.regulatory
            .applications
            .iter_mut()
            .find(|a| a["compliance_application_id"] == id)
            .ok_or_else(not_found)
    }

    /// An application as `GET` shows it: its documents described, not their ids.
    pub(crate) fn compliance_application_view(&self, application: &Value) -> Value {
        let mut view = application.clone();
        let requirement = application["compliance_requirement_id"]
            .as_str()
            .and_then(requirement);
        let documents: Vec<Value> = application["document_ids"]
            .as_array()
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .filter_map(|id| {
                let document = self
                    .regulatory
                    .documents
                    .iter()
                    .find(|d| d["document_id"] == *id)?;
                let type_id = &document["document_type_id"];
                let name = type_id.as_str().map(type_name);
                let scope = requirement
                    .and_then(|r| group_of(r, type_id))
                    .map(|g| &g["scope"]);
                Some(json!({
                    "document_id": id,
                    "name": document["alias"],
                    "document_name": name,
                    "document_type_id": type_id,
                    "document_type_name": name,
                    "scope": scope,
                }))
            })
            .collect();
        if let Some(object) = view.as_object_mut() {
            object.remove("document_ids");
            object.insert("documents".into(), Value::Array(documents));
        }
        view
    }

    /// Event: an application's documents were replaced (404 for an unknown id; 400 unless it
    /// is a draft or rejected, or for documents a new application could not carry).
    pub(crate) fn compliance_application_updated(
        &mut self,
        id: &str,
        document_ids: Vec<String>,
    ) -> Result<(), Reply> {
        let application = self.compliance_application(id).ok_or_else(not_found)?;
        editable(application, "updated")?;
        let requirement = application["compliance_requirement_id"]
            .as_str()
            .and_then(requirement)
            .ok_or_else(not_found)?;
        let user = application["end_user_id"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        self.check_documents(requirement, &user, &document_ids)?;
        self.compliance_application_mut(id)?["document_ids"] = json!(document_ids);
        Ok(())
    }

    /// Event: an application was deleted (404 for an unknown id).
    pub(crate) fn compliance_application_deleted(&mut self, id: &str) -> Result<(), Reply> {
        self.compliance_application(id).ok_or_else(not_found)?;
        self.regulatory
            .applications
            .retain(|a| a["compliance_application_id"] != id);
        Ok(())
    }

    /// Event: an application was submitted for review: a draft or rejected one whose
    /// documents cover every group of its requirement becomes `submitted` (400 otherwise;
    /// 404 for an unknown id). Returns it as `GET` shows it.
    pub(crate) fn compliance_application_submitted(&mut self, id: &str) -> Result<Value, Reply> {
        let application = self.compliance_application(id).ok_or_else(not_found)?;
        editable(application, "submitted")?;
        let requirement = application["compliance_requirement_id"]
            .as_str()
            .and_then(requirement)
            .ok_or_else(not_found)?;
        let types: Vec<&Value> = application["document_ids"]
            .as_array()
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .filter_map(|id| {
                self.regulatory
                    .documents
                    .iter()
                    .find(|d| d["document_id"] == *id)
                    .map(|d| &d["document_type_id"])
            })
            .collect();
        let groups = requirement["acceptable_document_types"]
            .as_array()
            .map_or(&[][..], Vec::as_slice);
        for group in groups {
            let covered = group["acceptable_documents"]
                .as_array()
                .is_some_and(|ok| ok.iter().any(|d| types.contains(&&d["document_type_id"])));
            if !covered {
                return Err(bad(format!(
                    "the application has no document for \"{}\" (one of: {})",
                    group["name"].as_str().unwrap_or_default(),
                    group["acceptable_documents"]
                        .as_array()
                        .map_or(&[][..], Vec::as_slice)
                        .iter()
                        .filter_map(|d| d["document_type_name"].as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )));
            }
        }
        let application = self.compliance_application_mut(id)?;
        application["status"] = json!(ComplianceStatus::Submitted.as_str());
        application["rejection_reason"] = Value::Null;
        let application = application.clone();
        Ok(self.compliance_application_view(&application))
    }
}

/// Whether an application includes the document.
fn includes(application: &Value, document_id: &str) -> bool {
    application["document_ids"]
        .as_array()
        .is_some_and(|ids| ids.iter().any(|d| d == document_id))
}

/// The requirement's group that accepts a document type.
fn group_of<'a>(requirement: &'a Value, type_id: &Value) -> Option<&'a Value> {
    requirement["acceptable_document_types"]
        .as_array()?
        .iter()
        .find(|g| {
            g["acceptable_documents"]
                .as_array()
                .is_some_and(|ok| ok.iter().any(|d| d["document_type_id"] == *type_id))
        })
}

/// A draft or rejected application may change; a submitted or accepted one may not (400).
fn editable(application: &Value, what: &str) -> Result<(), Reply> {
    match application["status"].as_str() {
        Some("draft" | "rejected") => Ok(()),
        status => Err(bad(format!(
            "compliance application {} is {}: it cannot be {what}",
            application["compliance_application_id"]
                .as_str()
                .unwrap_or_default(),
            status.unwrap_or("in review")
        ))),
    }
}

/// 400 when the document type needs proof and the document has no file.
fn check_proof(kind: &Value, has_file: bool) -> Result<(), Reply> {
    if kind["proof_required"] == true && !has_file {
        return Err(bad(format!(
            "file is required: document type {} needs proof",
            kind["document_name"].as_str().unwrap_or_default()
        )));
    }
    Ok(())
}

/// Records an upload's name, size and content type on a document.
fn keep_file(document: &mut Value, file: &Upload<'_>) {
    document["file_name"] = json!(file.name);
    document["file_size"] = json!(file.size);
    document["content_type"] = json!(file.content_type);
}

impl Sandbox {
    /// Ends the review of a submitted compliance application, as Plivo's would: `Accepted`,
    /// or `Rejected` with `reason` (kept as `rejection_reason`; a rejected application can be
    /// updated and submitted again). `false` if there is no such application, it is not
    /// submitted, or `status` is neither of the two.
    ///
    /// ```
    /// use plivo::models::ComplianceStatus;
    /// let sandbox = plivo::sandbox::Sandbox::start()?;
    /// assert!(!sandbox.review_compliance_application("no-such-id", ComplianceStatus::Accepted, ""));
    /// # Ok::<(), plivo::Error>(())
    /// ```
    pub fn review_compliance_application(
        &self,
        id: &str,
        status: ComplianceStatus,
        reason: &str,
    ) -> bool {
        if !matches!(
            status,
            ComplianceStatus::Accepted | ComplianceStatus::Rejected
        ) {
            return false;
        }
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        let Ok(application) = state.compliance_application_mut(id) else {
            return false;
        };
        if application["status"] != ComplianceStatus::Submitted.as_str() {
            return false;
        }
        application["status"] = json!(status.as_str());
        application["rejection_reason"] = match status {
            ComplianceStatus::Rejected => json!(reason),
            _ => Value::Null,
        };
        true
    }
}
