//! Toll-free verification requests (`TollfreeVerification/`).
//!
//! What the sandbox checks on create, beyond the fields: the `number` is one the account
//! rents, of type `tollfree`, in the US or Canada (400 otherwise), and has no other request
//! that is not `REJECTED` (400). The `profile_uuid` is kept as given, not checked: profiles
//! are another resource the sandbox does not tie to this one. A new request is `SUBMITTED`;
//! [`crate::sandbox::Sandbox::review_tollfree_verification`] moves it on, as the carriers'
//! review would. An update is accepted only while the request is `SUBMITTED` or
//! `UPDATE_REQUIRED` (400 otherwise), as Plivo documents, and sends an `UPDATE_REQUIRED`
//! request back to `SUBMITTED`.

use std::sync::PoisonError;

use serde_json::{Map, Value};

use crate::models::TollfreeVerificationStatus;
use crate::sandbox::Sandbox;
use crate::sandbox::state::{Handled, Reply, State, error, precise_now};

/// The statuses in which a request may still be changed.
pub(crate) const UPDATABLE: &[&str] = &["SUBMITTED", "UPDATE_REQUIRED"];

/// Plivo's time format for these requests: `2023-10-12T15:28:10.216507Z`.
pub(crate) fn iso_now() -> String {
    format!("{}Z", precise_now().replacen(' ', "T", 1))
}

impl State {
    /// Checks that `number` may be verified: rented, toll-free, US or Canadian, and without
    /// another request that is still open.
    pub(crate) fn check_tollfree_number(&self, number: &str) -> Result<(), Reply> {
        let rented = self
            .numbers
            .iter()
            .find(|n| n["number"] == number)
            .ok_or_else(|| {
                error(
                    400,
                    &format!("number: {number} is not a number of this account"),
                )
            })?;
        if rented["number_type"] != "tollfree" {
            return Err(error(
                400,
                &format!("number: {number} is not a toll-free number"),
            ));
        }
        if !matches!(rented["country_iso"].as_str(), Some("US" | "CA")) {
            return Err(error(
                400,
                &format!("number: {number} is not a US or Canadian toll-free number"),
            ));
        }
        let open = self
            .tollfree_verifications
            .iter()
            .any(|v| v["number"] == number && v["status"] != "REJECTED");
        if open {
            return Err(error(
                400,
                &format!("number: {number} already has a toll-free verification request"),
            ));
        }
        Ok(())
    }

    /// Event: a verification request was submitted (checked). Kept newest first; returns its
    /// uuid.
    pub(crate) fn tollfree_verification_submitted(&mut self, fields: Map<String, Value>) -> String {
        let uuid = self.rng.uuid();
        let time = iso_now();
        let mut item = Map::new();
        for key in [
            "additional_information",
            "callback_method",
            "callback_url",
            "extra_data",
        ] {
            item.insert(key.into(), Value::String(String::new()));
        }
        item.extend(fields);
        item.insert("uuid".into(), Value::String(uuid.clone()));
        item.insert("status".into(), Value::String("SUBMITTED".into()));
        item.insert("error_message".into(), Value::String(String::new()));
        item.insert("created".into(), Value::String(time.clone()));
        item.insert("last_modified".into(), Value::String(time));
        self.tollfree_verifications.insert(0, Value::Object(item));
        uuid
    }

    /// Event: a request was changed. 404 for an unknown uuid, 400 when its status no longer
    /// allows changes; an `UPDATE_REQUIRED` request goes back to `SUBMITTED`. Returns its
    /// number.
    pub(crate) fn tollfree_verification_updated(
        &mut self,
        uuid: &str,
        fields: Map<String, Value>,
    ) -> Result<String, Reply> {
        let item = crate::sandbox::state::find(&mut self.tollfree_verifications, "uuid", uuid)?;
        let status = item["status"].as_str().unwrap_or_default().to_owned();
        if !UPDATABLE.contains(&status.as_str()) {
            return Err(error(
                400,
                &format!(
                    "a request in status {status} cannot be updated (only {})",
                    UPDATABLE.join(" or ")
                ),
            ));
        }
        if let Some(object) = item.as_object_mut() {
            object.extend(fields);
            object.insert("status".into(), Value::String("SUBMITTED".into()));
            object.insert("last_modified".into(), Value::String(iso_now()));
        }
        Ok(item["number"].as_str().unwrap_or_default().to_owned())
    }
}

/// Renames a page's `meta.total_count` to `count`, as the toll-free verification list sends
/// it, and moves `meta` to `meta_key` (`meta_response` for hosted messaging).
pub(crate) fn reshape_page(page: Handled, meta_key: &str, count_key: &str) -> Handled {
    let mut reply = page?;
    if let Some(Value::Object(body)) = &mut reply.body {
        if let Some(Value::Object(mut meta)) = body.remove("meta") {
            if let Some(total) = meta.remove("total_count") {
                meta.insert(count_key.into(), total);
            }
            body.insert(meta_key.into(), Value::Object(meta));
        }
    }
    Ok(reply)
}

impl Sandbox {
    /// Moves a toll-free verification request to `status`, as the carriers' review would,
    /// with `error_message` for a rejection or a request for changes. `false` if there is no
    /// such request. An `APPROVED` or `REJECTED` request can no longer be updated.
    ///
    /// ```
    /// use plivo::ops::TollfreeVerificationStatus;
    /// let sandbox = plivo::sandbox::Sandbox::start()?;
    /// assert!(!sandbox.review_tollfree_verification("no-such-uuid", TollfreeVerificationStatus::Approved, ""));
    /// # Ok::<(), plivo::Error>(())
    /// ```
    pub fn review_tollfree_verification(
        &self,
        uuid: &str,
        status: TollfreeVerificationStatus,
        error_message: &str,
    ) -> bool {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        let Some(item) = state
            .tollfree_verifications
            .iter_mut()
            .find(|v| v["uuid"] == uuid)
        else {
            return false;
        };
        item["status"] = Value::String(status.as_str().to_owned());
        item["error_message"] = Value::String(error_message.to_owned());
        item["last_modified"] = Value::String(iso_now());
        true
    }
}
