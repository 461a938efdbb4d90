//! Phone-number compliance applications: create (`POST`, multipart), get, list, update
//! (`PATCH`, multipart), delete; the requirements of a country; linking numbers.
//!
//! The multipart body has a text part `data` holding the application as JSON text and one
//! file part per document that carries a file, `documents[i].file`. The sandbox checks what
//! the SDKs require (400 otherwise, as for a malformed body): on create `country_iso`,
//! `number_type` (`local`, `mobile`, `tollfree`), `alias`, `end_user` with `type`
//! (`individual`, `business`) and `name`, and `documents`; on update something to change,
//! and not `country_iso`, `number_type` or the end user's `type`; always a `document_type_id`
//! per document, `callback_method` `GET` or `POST`, and each file part naming a document.
//!
//! The list (newest first, items under `compliances`, pages of 1 to 100) filters by
//! `status`, `country_iso`, `number_type`, `user_type` and `alias`, and takes `expand`. The
//! requirements need `country_iso`, `number_type` and `user_type` (400 otherwise). A link
//! reports each number: linked, or failed with the reason (not rented, no such application).

use serde_json::{Map, Value, json};

use crate::sandbox::model::compliance::{EXPANDABLE, compliance_view, requirement};
use crate::sandbox::multipart::FormPart;
use crate::sandbox::state::{
    Filter, Handled, Reply, Req, State, counted_named_page, error, not_found, reply,
};

pub(crate) fn create(state: &mut State, req: &Req) -> Handled {
    let data = data(req)?;
    for key in ["country_iso", "alias"] {
        text(&data, key)?.ok_or_else(|| error(400, &format!("data.{key} is required")))?;
    }
    one_of(&data, "number_type", &["local", "mobile", "tollfree"], true)?;
    let end_user = match data.get("end_user") {
        Some(Value::Object(user)) => user,
        _ => return Err(error(400, "data.end_user is required")),
    };
    one_of(end_user, "type", &["individual", "business"], true)?;
    text(end_user, "name")?.ok_or_else(|| error(400, "data.end_user.name is required"))?;
    if !data.get("documents").is_some_and(Value::is_array) {
        return Err(error(400, "data.documents is required (a list)"));
    }
    let files = files(req, &data)?;
    let id = state.compliance_created(&data, &files);
    reply(
        201,
        json!({
            "compliance_id": id,
            "message": "Compliance application created and submitted for review.",
        }),
    )
}

pub(crate) fn get(state: &mut State, req: &Req) -> Handled {
    let compliance = state.compliance(req.seg(2)).ok_or_else(not_found)?;
    let expand = expand(req)?;
    let expand: Vec<&str> = expand.iter().map(String::as_str).collect();
    reply(
        200,
        json!({"compliance": compliance_view(compliance, &expand)}),
    )
}

pub(crate) fn update(state: &mut State, req: &Req) -> Handled {
    let id = req.seg(2);
    if state.compliance(id).is_none() {
        return Err(not_found());
    }
    let data = data(req)?;
    for fixed in ["country_iso", "number_type"] {
        if data.get(fixed).is_some_and(|v| !v.is_null()) {
            return Err(error(400, &format!("data.{fixed} cannot be updated")));
        }
    }
    let end_user = data.get("end_user").and_then(|u| u.get("type"));
    if end_user.is_some_and(|v| !v.is_null()) {
        return Err(error(400, "data.end_user.type cannot be updated"));
    }
    if data.values().all(Value::is_null) {
        return Err(error(400, "data changes nothing"));
    }
    if let Some(documents) = data.get("documents").filter(|v| !v.is_null()) {
        if !documents.is_array() {
            return Err(error(400, "data.documents must be a list"));
        }
    }
    let files = files(req, &data)?;
    state.compliance_updated(id, &data, &files);
    let compliance = state.compliance(id).ok_or_else(not_found)?;
    reply(
        200,
        json!({
            "message": "Compliance application updated and resubmitted for review.",
            "compliance": compliance_view(compliance, &[]),
        }),
    )
}

/// The `data` part: JSON text of an object, whose documents each name a type and whose
/// `callback_method` is `GET` or `POST`.
fn data(req: &Req) -> Result<Map<String, Value>, Reply> {
    let raw = req
        .text("data")
        .ok_or_else(|| error(400, "data is required"))?;
    let Ok(Value::Object(data)) = serde_json::from_str::<Value>(&raw) else {
        return Err(error(400, "data must be the JSON text of an object"));
    };
    one_of(&data, "callback_method", &["GET", "POST"], false)?;
    let documents = data.get("documents").and_then(Value::as_array);
    for (i, document) in documents.into_iter().flatten().enumerate() {
        let Some(document) = document.as_object() else {
            return Err(error(
                400,
                &format!("data.documents[{i}] must be an object"),
            ));
        };
        if text(document, "document_type_id")?.is_none() {
            return Err(error(
                400,
                &format!("data.documents[{i}].document_type_id is required"),
            ));
        }
    }
    Ok(data)
}

/// The file parts, by the index of the document each names (`documents[i].file`).
fn files<'r>(req: &'r Req, data: &Map<String, Value>) -> Result<Vec<Option<&'r FormPart>>, Reply> {
    let count = data
        .get("documents")
        .and_then(Value::as_array)
        .map_or(0, Vec::len);
    let mut files = vec![None; count];
    for part in &req.files {
        let index = part
            .name
            .strip_prefix("documents[")
            .and_then(|rest| rest.strip_suffix("].file"))
            .and_then(|digits| digits.parse::<usize>().ok());
        match index.and_then(|i| files.get_mut(i)) {
            Some(slot @ None) => *slot = Some(part),
            Some(Some(_)) => {
                return Err(error(400, &format!("{} is given twice", part.name)));
            }
            None => {
                return Err(error(
                    400,
                    &format!(
                        "unexpected file part `{}` (files go in documents[i].file, i the index \
                         of a document in data.documents)",
                        part.name
                    ),
                ));
            }
        }
    }
    Ok(files)
}

/// A non-empty string value (`None` when absent or null); 400 for another type.
fn text(object: &Map<String, Value>, key: &str) -> Result<Option<String>, Reply> {
    match object.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(error(400, &format!("{key} must be a string"))),
    }
}

/// The value under `key` is one of `choices` (ASCII case ignored); required or not.
fn one_of(
    object: &Map<String, Value>,
    key: &str,
    choices: &[&str],
    required: bool,
) -> Result<(), Reply> {
    match text(object, key)? {
        None if required => Err(error(400, &format!("{key} is required"))),
        None => Ok(()),
        Some(value) if choices.iter().any(|c| c.eq_ignore_ascii_case(&value)) => Ok(()),
        Some(value) => Err(error(
            400,
            &format!("{key} must be one of {}, got {value:?}", choices.join(", ")),
        )),
    }
}

const LIST_FILTERS: &[Filter] = &[
    Filter::exact("status"),
    Filter::exact("country_iso"),
    Filter::exact("number_type"),
    Filter::exact("user_type"),
    Filter::exact("alias"),
];

/// The parts `expand` names (400 for another).
fn expand(req: &Req) -> Result<Vec<String>, Reply> {
    let asked = req.text("expand").unwrap_or_default();
    let mut parts = Vec::new();
    for part in asked.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        if !EXPANDABLE.contains(&part) {
            return Err(error(
                400,
                &format!("expand: {part:?} is not one of end_user, documents, linked_numbers"),
            ));
        }
        parts.push(part.to_owned());
    }
    Ok(parts)
}

pub(crate) fn list(state: &mut State, req: &Req) -> Handled {
    let expand = expand(req)?;
    let expand: Vec<&str> = expand.iter().map(String::as_str).collect();
    req.one_of(
        "status",
        &[
            "draft",
            "submitted",
            "accepted",
            "rejected",
            "suspended",
            "expired",
        ],
    )?;
    req.one_of("number_type", &["local", "mobile", "tollfree"])?;
    req.one_of("user_type", &["individual", "business"])?;
    let views: Vec<Value> = state
        .compliances
        .iter()
        .rev()
        .map(|c| compliance_view(c, &expand))
        .collect();
    counted_named_page(
        req,
        "PhoneNumber/Compliance/",
        "compliances",
        views.iter(),
        LIST_FILTERS,
        100,
    )
}

pub(crate) fn requirements(_: &mut State, req: &Req) -> Handled {
    let country = req.need("country_iso")?;
    if country.len() != 2 || !country.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(error(400, "country_iso must be two upper-case letters"));
    }
    let number_type = req
        .one_of("number_type", &["local", "mobile", "tollfree"])?
        .ok_or_else(|| error(400, "number_type is required"))?;
    let user_type = req
        .one_of("user_type", &["individual", "business"])?
        .ok_or_else(|| error(400, "user_type is required"))?;
    let mut answer = requirement(&country, &number_type, &user_type);
    answer["country_iso"] = json!(country);
    answer["number_type"] = json!(number_type);
    answer["user_type"] = json!(user_type);
    reply(200, answer)
}

pub(crate) fn delete(state: &mut State, req: &Req) -> Handled {
    let id = req.seg(2).to_owned();
    state.compliance_deleted(&id)?;
    reply(
        200,
        json!({"compliance_id": id, "message": "Compliance application deleted."}),
    )
}

/// `{"numbers": [{"number", "compliance_application_id"}]}`: each number's outcome in
/// `report`, 200 even when some fail.
pub(crate) fn link(state: &mut State, req: &Req) -> Handled {
    let Some(Value::Array(entries)) = req.params.get("numbers") else {
        return Err(error(400, "numbers is required (a list)"));
    };
    if entries.is_empty() {
        return reply(
            200,
            json!({"message": "No numbers to link", "total_count": 0, "updated_count": 0, "report": []}),
        );
    }
    let mut report = Vec::new();
    let mut updated = 0;
    for (i, entry) in entries.iter().enumerate() {
        let Some(entry) = entry.as_object() else {
            return Err(error(400, &format!("numbers[{i}] must be an object")));
        };
        let number = text(entry, "number")?
            .ok_or_else(|| error(400, &format!("numbers[{i}].number is required")))?;
        let id = text(entry, "compliance_application_id")?.ok_or_else(|| {
            error(
                400,
                &format!("numbers[{i}].compliance_application_id is required"),
            )
        })?;
        let (status, remarks) = match state.compliance_number_linked(&number, &id) {
            None => {
                updated += 1;
                ("success", "Number linked to compliance application.")
            }
            Some(why) => ("failed", why),
        };
        report.push(json!({"number": number, "status": status, "remarks": remarks}));
    }
    reply(
        200,
        json!({"total_count": entries.len(), "updated_count": updated, "report": report}),
    )
}
