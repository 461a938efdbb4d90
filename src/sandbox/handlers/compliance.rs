//! Regulatory compliance: end users (create, get, list, update, delete), document types and
//! requirements (get, list; a fixed table), compliance documents (multipart create and
//! update, get, list, delete) and compliance applications (create, get, list, update,
//! delete, submit). The rules between them are in `model::regulatory`.
//!
//! Every list pages with `limit` (1 to 20) and `offset`, filtered by: `name`, `last_name`,
//! `end_user_type` (end users); `end_user_id`, `document_type_id`, `alias` (documents);
//! `status`, `end_user_type`, `number_type`, `country_iso2`, `alias`, `end_user_id`
//! (applications). The requirement list answers the one requirement for `end_user_type` and
//! `country_iso2` with `number_type`, or a `phone_number` (its country; `number_type`
//! defaults to `local`); 404 when there is none. Creates answer 201, updates and the submit
//! 200, deletes 204. Keys sent as `null` (plivo-python sends every key) count as absent.

use serde_json::{Map, Value, json};

use crate::sandbox::model::countries::country_of;
use crate::sandbox::model::regulatory::{
    DOCUMENT_KEYS, DocumentInput, Upload, document_type, document_types, requirement,
    requirement_for,
};
use crate::sandbox::state::{
    Filter, Handled, Reply, Req, State, error, find, no_content, not_found, page, reply,
};

const END_USER_TYPES: &[&str] = &["individual", "business"];
const NUMBER_TYPES: &[&str] = &["local", "national", "mobile", "tollfree"];
const STATUSES: &[&str] = &["draft", "submitted", "accepted", "rejected"];

const END_USER_FILTERS: &[Filter] = &[
    Filter::exact("name"),
    Filter::exact("last_name"),
    Filter::exact("end_user_type"),
];
const DOCUMENT_FILTERS: &[Filter] = &[
    Filter::exact("end_user_id"),
    Filter::exact("document_type_id"),
    Filter::exact("alias"),
];
const APPLICATION_FILTERS: &[Filter] = &[
    Filter::exact("status"),
    Filter::exact("end_user_type"),
    Filter::exact("number_type"),
    Filter::exact("country_iso2"),
    Filter::exact("alias"),
    Filter::exact("end_user_id"),
];

/// An optional parameter in a closed set, compared lower-cased.
fn choice(req: &Req, key: &str, allowed: &[&str]) -> Result<Option<String>, Reply> {
    match req.text(key) {
        None => Ok(None),
        Some(v) if allowed.contains(&v.to_ascii_lowercase().as_str()) => {
            Ok(Some(v.to_ascii_lowercase()))
        }
        Some(_) => Err(error(
            400,
            &format!("{key} must be one of {}", allowed.join(", ")),
        )),
    }
}

/// The end user's fields that are present, checked.
fn end_user_fields(req: &Req) -> Result<Map<String, Value>, Reply> {
    let mut fields = Map::new();
    for key in ["name", "last_name"] {
        if let Some(v) = req.text(key) {
            fields.insert(key.into(), Value::String(v));
        }
    }
    if let Some(kind) = choice(req, "end_user_type", END_USER_TYPES)? {
        fields.insert("end_user_type".into(), Value::String(kind));
    }
    Ok(fields)
}

pub(crate) fn create_end_user(state: &mut State, req: &Req) -> Handled {
    req.need("name")?;
    req.need("end_user_type")?;
    let mut user = state.end_user_created(end_user_fields(req)?);
    user["message"] = json!("End user created successfully.");
    reply(201, user)
}

pub(crate) fn get_end_user(state: &mut State, req: &Req) -> Handled {
    let user = find(&mut state.regulatory.end_users, "end_user_id", req.seg(1))?;
    reply(200, user.clone())
}

pub(crate) fn list_end_users(state: &mut State, req: &Req) -> Handled {
    choice(req, "end_user_type", END_USER_TYPES)?;
    page(
        req,
        "EndUser/",
        state.regulatory.end_users.iter(),
        END_USER_FILTERS,
    )
}

pub(crate) fn update_end_user(state: &mut State, req: &Req) -> Handled {
    let fields = end_user_fields(req)?;
    state.end_user_updated(req.seg(1), fields)?;
    reply(200, json!({"message": "End user updated successfully."}))
}

pub(crate) fn delete_end_user(state: &mut State, req: &Req) -> Handled {
    state.end_user_deleted(req.seg(1))?;
    no_content()
}

pub(crate) fn get_document_type(_: &mut State, req: &Req) -> Handled {
    let kind = document_type(req.seg(1)).ok_or_else(not_found)?;
    reply(200, kind.clone())
}

pub(crate) fn list_document_types(_: &mut State, req: &Req) -> Handled {
    page(req, "ComplianceDocumentType/", document_types().iter(), &[])
}

/// A document's fields from a multipart body: the named text parts, every other text part
/// as a data field, and at most one file part, named `file` (400 otherwise).
fn document_input(req: &Req) -> Result<DocumentInput<'_>, Reply> {
    let file = req.one_file("file", "the proof")?.and_then(Upload::of);
    let data_fields = req
        .params
        .iter()
        .filter(|(key, value)| !DOCUMENT_KEYS.contains(&key.as_str()) && !value.is_null())
        .map(|(key, value)| (key.clone(), value.clone()))
        .collect();
    Ok(DocumentInput {
        end_user_id: req.text("end_user_id"),
        document_type_id: req.text("document_type_id"),
        alias: req.text("alias"),
        data_fields,
        file,
    })
}

/// A document as a list shows it: plivo-go reads its id there as `compliance_document_id`.
fn document_list_item(document: &Value) -> Value {
    let mut item = document.clone();
    item["compliance_document_id"] = document["document_id"].clone();
    item
}

pub(crate) fn create_document(state: &mut State, req: &Req) -> Handled {
    req.need("end_user_id")?;
    req.need("document_type_id")?;
    let mut document = state.document_created(document_input(req)?)?;
    document["message"] = json!("Compliance document created successfully.");
    reply(201, document)
}

pub(crate) fn get_document(state: &mut State, req: &Req) -> Handled {
    let document = find(&mut state.regulatory.documents, "document_id", req.seg(1))?;
    reply(200, document.clone())
}

pub(crate) fn list_documents(state: &mut State, req: &Req) -> Handled {
    let items: Vec<Value> = state
        .regulatory
        .documents
        .iter()
        .map(document_list_item)
        .collect();
    page(req, "ComplianceDocument/", items.iter(), DOCUMENT_FILTERS)
}

pub(crate) fn update_document(state: &mut State, req: &Req) -> Handled {
    state.document_updated(req.seg(1), document_input(req)?)?;
    reply(
        200,
        json!({"message": "Compliance document updated successfully."}),
    )
}

pub(crate) fn delete_document(state: &mut State, req: &Req) -> Handled {
    state.document_deleted(req.seg(1))?;
    no_content()
}

pub(crate) fn get_requirement(_: &mut State, req: &Req) -> Handled {
    let found = requirement(req.seg(1)).ok_or_else(not_found)?;
    reply(200, found.clone())
}

pub(crate) fn list_requirements(_: &mut State, req: &Req) -> Handled {
    let user = choice(req, "end_user_type", END_USER_TYPES)?
        .ok_or_else(|| error(400, "end_user_type is required"))?;
    let number_type = choice(req, "number_type", NUMBER_TYPES)?;
    let country = match (req.text("phone_number"), req.text("country_iso2")) {
        (Some(number), None) => country_of(&number)
            .map(|c| c.iso.to_owned())
            .ok_or_else(|| error(400, "phone_number is not a number the sandbox knows"))?,
        (None, Some(iso)) if number_type.is_some() => iso,
        (None, Some(_)) => return Err(error(400, "number_type is required with country_iso2")),
        (Some(_), Some(_)) => {
            return Err(error(
                400,
                "give either phone_number or country_iso2 and number_type",
            ));
        }
        (None, None) => return Err(error(400, "country_iso2 or phone_number is required")),
    };
    let number_type = number_type.unwrap_or_else(|| "local".to_owned());
    let found = requirement_for(&country, &number_type, &user).ok_or_else(|| {
        error(
            404,
            &format!(
                "no compliance requirement for {country} {number_type} numbers of {user} end users"
            ),
        )
    })?;
    reply(200, found.clone())
}

/// `document_ids`: a JSON array of strings (400 otherwise).
fn document_ids(req: &Req) -> Result<Vec<String>, Reply> {
    let refuse = || error(400, "document_ids must be a list of document ids");
    match req.params.get("document_ids") {
        None | Some(Value::Null) => Err(error(400, "document_ids is required")),
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| v.as_str().map(str::to_owned).ok_or_else(refuse))
            .collect(),
        Some(_) => Err(refuse()),
    }
}

pub(crate) fn create_application(state: &mut State, req: &Req) -> Handled {
    let end_user_id = req.need("end_user_id")?;
    let ids = document_ids(req)?;
    let user = choice(req, "end_user_type", END_USER_TYPES)?;
    let number_type = choice(req, "number_type", NUMBER_TYPES)?;
    let country = req.text("country_iso2");
    let found = match req.text("compliance_requirement_id") {
        Some(id) => {
            let found = requirement(&id)
                .ok_or_else(|| error(400, &format!("compliance requirement {id} does not exist")))?;
            let given = [
                ("end_user_type", user),
                ("country_iso2", country),
                ("number_type", number_type),
            ];
            for (key, value) in given {
                if value.is_some_and(|v| found[key] != v.as_str()) {
                    return Err(error(
                        400,
                        &format!("{key} differs from the requirement's ({})", found[key]),
                    ));
                }
            }
            found
        }
        None => match (user, country, number_type) {
            (Some(user), Some(country), Some(number_type)) => {
                requirement_for(&country, &number_type, &user).ok_or_else(|| {
                    error(
                        400,
                        &format!("no compliance requirement for {country} {number_type} numbers of {user} end users"),
                    )
                })?
            }
            _ => {
                return Err(error(
                    400,
                    "compliance_requirement_id, or end_user_type, country_iso2 and number_type, \
                     are required",
                ));
            }
        },
    };
    let mut application =
        state.compliance_application_created(found, &end_user_id, ids, req.text("alias"))?;
    application["message"] = json!("Compliance application created successfully.");
    reply(201, application)
}

pub(crate) fn get_application(state: &mut State, req: &Req) -> Handled {
    let application = state
        .compliance_application(req.seg(1))
        .ok_or_else(not_found)?;
    reply(200, state.compliance_application_view(application))
}

pub(crate) fn list_applications(state: &mut State, req: &Req) -> Handled {
    choice(req, "status", STATUSES)?;
    let items: Vec<Value> = state
        .regulatory
        .applications
        .iter()
        .map(|a| state.compliance_application_view(a))
        .collect();
    page(
        req,
        "ComplianceApplication/",
        items.iter(),
        APPLICATION_FILTERS,
    )
}

pub(crate) fn update_application(state: &mut State, req: &Req) -> Handled {
    state.compliance_application_updated(req.seg(1), document_ids(req)?)?;
    reply(
        200,
        json!({"message": "Compliance application updated successfully."}),
    )
}

pub(crate) fn delete_application(state: &mut State, req: &Req) -> Handled {
    state.compliance_application_deleted(req.seg(1))?;
    no_content()
}

pub(crate) fn submit_application(state: &mut State, req: &Req) -> Handled {
    let mut application = state.compliance_application_submitted(req.seg(1))?;
    application["message"] = json!("Compliance application submitted for review.");
    reply(200, application)
}
