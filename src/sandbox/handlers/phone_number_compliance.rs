//! Phone-number compliance applications: create (`POST`, multipart), get, update (`PATCH`,
//! multipart).
//!
//! The multipart body has a text part `data` holding the application as JSON text and one
//! file part per document that carries a file, `documents[i].file`. The sandbox checks what
//! the SDKs require (400 otherwise, as for a malformed body): on create `country_iso`,
//! `number_type` (`local`, `mobile`, `tollfree`), `alias`, `end_user` with `type`
//! (`individual`, `business`) and `name`, and `documents`; on update something to change,
//! and not `country_iso`, `number_type` or the end user's `type`; always a `document_type_id`
//! per document, `callback_method` `GET` or `POST`, and each file part naming a document.

use serde_json::{Map, Value, json};

use crate::sandbox::model::compliance::{EXPANDABLE, compliance_view};
use crate::sandbox::multipart::FormPart;
use crate::sandbox::state::{Handled, Reply, Req, State, error, not_found, reply};

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
    let asked = req.text("expand").unwrap_or_default();
    let expand: Vec<&str> = asked.split(',').map(str::trim).collect();
    if let Some(other) = expand
        .iter()
        .find(|e| !e.is_empty() && !EXPANDABLE.contains(e))
    {
        return Err(error(
            400,
            &format!("expand: {other:?} is not one of end_user, documents, linked_numbers"),
        ));
    }
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
