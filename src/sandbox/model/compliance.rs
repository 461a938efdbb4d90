//! Phone-number compliance applications (`PhoneNumber/Compliance/`).
//!
//! An application is kept whole (end user, documents, linked numbers); `GET` shows the parts
//! asked for with `expand`. Creating one submits it (status `submitted`, as Plivo's answer
//! "created and submitted for review" says; the sandbox has no drafts and no reviewer, so it
//! stays `submitted`); an update changes what it carries and resubmits it. A document keeps
//! its uploaded file's name, and, beyond what Plivo shows, its size (`file_size`) and content
//! type (`content_type`); never its bytes.

use serde_json::{Map, Value, json};

use crate::ops::END_USER_KEYS;
use crate::sandbox::multipart::FormPart;
use crate::sandbox::state::{State, now};

/// The parts `expand` may add to an application.
pub(crate) const EXPANDABLE: &[&str] = &["end_user", "documents", "linked_numbers"];

impl State {
    /// The application with this id.
    pub(crate) fn compliance(&self, id: &str) -> Option<&Value> {
        self.compliances.iter().find(|c| c["compliance_id"] == id)
    }

    /// Event: an application was created from its (checked) `data` and files, `files[i]`
    /// being document `i`'s. Stored as submitted; returns its id.
    pub(crate) fn compliance_created(
        &mut self,
        data: &Map<String, Value>,
        files: &[Option<&FormPart>],
    ) -> String {
        let data = Value::Object(data.clone());
        let id = self.rng.uuid();
        let time = now();
        let mut end_user = json!({"end_user_id": self.rng.uuid()});
        merge_end_user(&mut end_user, &data["end_user"]);
        let documents = self.new_documents(&data, files, &time);
        self.compliances.push(json!({
            "compliance_id": id,
            "alias": data["alias"],
            "status": "submitted",
            "country_iso": data["country_iso"],
            "number_type": data["number_type"].as_str().map(str::to_ascii_lowercase),
            "user_type": end_user["type"],
            "callback_url": data["callback_url"],
            "callback_method": data["callback_method"],
            "rejection_reason": null,
            "created_at": time,
            "updated_at": time,
            "end_user": end_user,
            "documents": documents,
            "linked_numbers": [],
        }));
        id
    }

    /// Event: an application was updated with (checked) `data` and files. What is given
    /// replaces what was there (the end user key by key; a document replaces the one of the
    /// same `document_type_id`, or is added), and the application is resubmitted:
    /// `submitted` again, without a rejection reason. `false` for an unknown id.
    pub(crate) fn compliance_updated(
        &mut self,
        id: &str,
        data: &Map<String, Value>,
        files: &[Option<&FormPart>],
    ) -> bool {
        let data = Value::Object(data.clone());
        let time = now();
        let documents = self.new_documents(&data, files, &time);
        let Some(compliance) = self
            .compliances
            .iter_mut()
            .find(|c| c["compliance_id"] == id)
        else {
            return false;
        };
        for key in ["alias", "callback_url", "callback_method"] {
            if !data[key].is_null() {
                compliance[key] = data[key].clone();
            }
        }
        merge_end_user(&mut compliance["end_user"], &data["end_user"]);
        if let Some(kept) = compliance["documents"].as_array_mut() {
            for document in documents {
                let same = kept
                    .iter_mut()
                    .find(|d| d["document_type_id"] == document["document_type_id"]);
                match same {
                    Some(old) => *old = document,
                    None => kept.push(document),
                }
            }
        }
        compliance["status"] = json!("submitted");
        compliance["rejection_reason"] = Value::Null;
        compliance["updated_at"] = json!(time);
        true
    }

    /// The documents of `data`, each with its file's details.
    fn new_documents(
        &mut self,
        data: &Value,
        files: &[Option<&FormPart>],
        time: &str,
    ) -> Vec<Value> {
        let given = data["documents"].as_array().map_or(&[][..], Vec::as_slice);
        given
            .iter()
            .enumerate()
            .map(|(i, document)| {
                let file = files.get(i).copied().flatten();
                json!({
                    "document_id": self.rng.uuid(),
                    "document_type_id": document["document_type_id"],
                    "document_name": null,
                    "file_name": file.and_then(|f| f.filename.clone()),
                    "file_size": file.map(|f| f.data.len()),
                    "content_type": file.map(|f| f
                        .content_type
                        .clone()
                        .unwrap_or_else(|| "application/octet-stream".to_owned())),
                    "meta_information": document
                        .get("data_fields")
                        .cloned()
                        .unwrap_or_else(|| json!({})),
                    "download_url": null,
                    "created_at": time,
                })
            })
            .collect()
    }
}

/// Writes the end user's given keys over `into` (the `type` is lower-cased).
fn merge_end_user(into: &mut Value, given: &Value) {
    for key in END_USER_KEYS {
        match given.get(*key).filter(|v| !v.is_null()) {
            Some(Value::String(s)) if *key == "type" => into[*key] = json!(s.to_ascii_lowercase()),
            Some(value) => into[*key] = value.clone(),
            None if into.get(*key).is_none() => into[*key] = Value::Null,
            None => {}
        }
    }
}

/// The application as `GET` shows it: without the parts not asked for in `expand`.
pub(crate) fn compliance_view(compliance: &Value, expand: &[&str]) -> Value {
    let mut view = compliance.clone();
    if let Some(object) = view.as_object_mut() {
        for part in EXPANDABLE {
            if !expand.contains(part) {
                object.remove(*part);
            }
        }
    }
    view
}
