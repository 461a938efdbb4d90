//! Phone-number compliance applications (`PhoneNumber/Compliance/`).
//!
//! An application is kept whole (end user, documents, linked numbers); `GET` shows the parts
//! asked for with `expand`. Creating one submits it (status `submitted`, as Plivo's answer
//! "created and submitted for review" says; the sandbox has no drafts and no reviewer, so it
//! stays `submitted`); an update changes what it carries and resubmits it. A document keeps
//! its uploaded file's name, and, beyond what Plivo shows, its size (`file_size`) and content
//! type (`content_type`); never its bytes.
//!
//! - Linking a number ([`State::compliance_number_linked`]) needs a number the account rents
//!   and an existing application (Plivo wants an accepted one; the sandbox has no reviewer,
//!   so any application will do). The number then shows in the application's
//!   `linked_numbers` (with `expand=linked_numbers`), and in no other application's.
//! - Deleting an application forgets it, with its links (404 afterwards).
//! - The requirements come from a small fixed table ([`requirement`]), built from Plivo's
//!   recorded answers: India local numbers for a business, Germany local numbers for an
//!   individual; any other combination asks for no documents.

use serde_json::{Map, Value, json};

use crate::ops::END_USER_KEYS;
use crate::sandbox::multipart::FormPart;
use crate::sandbox::state::{Reply, State, not_found, now};

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

impl State {
    /// Event: an application was deleted (with its links). 404 for an unknown id.
    pub(crate) fn compliance_deleted(&mut self, id: &str) -> Result<(), Reply> {
        let at = self
            .compliances
            .iter()
            .position(|c| c["compliance_id"] == id)
            .ok_or_else(not_found)?;
        self.compliances.remove(at);
        Ok(())
    }

    /// Event: the account asked to link `number` to the application `id`. Returns why not,
    /// or `None` once the number is in the application's `linked_numbers` (and in no other
    /// application's).
    pub(crate) fn compliance_number_linked(
        &mut self,
        number: &str,
        id: &str,
    ) -> Option<&'static str> {
        let bare = number.strip_prefix('+').unwrap_or(number);
        let Some(rented) = self.numbers.iter().find(|n| n["number"] == bare) else {
            return Some("Number not found on your account.");
        };
        let number_type = rented["number_type"].clone();
        if self.compliance(id).is_none() {
            return Some("Compliance application not found.");
        }
        for compliance in &mut self.compliances {
            let mine = compliance["compliance_id"] == id;
            let Some(linked) = compliance["linked_numbers"].as_array_mut() else {
                continue;
            };
            linked
                .retain(|l| l["number"].as_str().map(|n| n.trim_start_matches('+')) != Some(bare));
            if mine {
                linked.push(json!({"number": number, "number_type": number_type}));
            }
        }
        None
    }
}

/// What an application for numbers of `country_iso`, `number_type` and `user_type` must
/// carry: `requirement_id` and `document_types`, from the table.
pub(crate) fn requirement(country_iso: &str, number_type: &str, user_type: &str) -> Value {
    match (country_iso, number_type, user_type) {
        ("IN", "local", "business") => json!({
            "requirement_id": "1b592b77-d072-4298-b193-370ba887f94a",
            "document_types": [
                {
                    "document_type_id": "525a6b3a-2050-4556-8e2c-367cf30cd6ca",
                    "name": "Registration Certificate",
                    "description": "Certificate Registration",
                    "proof_required": true,
                    "required_fields": [{
                        "field_name": "business_name",
                        "friendly_name": "Legal Name",
                        "field_type": "string",
                        "required": true,
                        "min_length": 1,
                        "max_length": 50,
                    }],
                },
                {
                    "document_type_id": "8a048d56-d8cb-4148-a764-49f1326aa161",
                    "name": "GST certificate",
                    "description": "GST certificate",
                    "proof_required": true,
                    "required_fields": [],
                },
            ],
        }),
        ("DE", "local", "individual") => json!({
            "requirement_id": "req-67890",
            "document_types": [{
                "document_type_id": "de-doc-type-001",
                "name": "Personal ID",
                "description": "Valid government-issued photo ID",
                "proof_required": true,
                "required_fields": [
                    {"field_name": "full_name", "field_type": "string", "required": true},
                    {"field_name": "id_number", "field_type": "string", "required": true},
                ],
            }],
        }),
        _ => json!({"requirement_id": "req-00000", "document_types": []}),
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
