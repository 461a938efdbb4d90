//! Hosted messaging: letters of authorization (LOAs) and the hosted messaging numbers
//! ordered under them.
//!
//! - An LOA keeps its uploaded file's name, size and content type (not its bytes):
//!   [`Sandbox::loa_file`] shows them; its answer's `file` is a URI ending in the file name.
//! - A hosted messaging number needs an existing LOA (`loa_id`, 400 otherwise) and an
//!   existing application (`application_id`, 400 otherwise); its number must be US or
//!   Canadian, not rented from Plivo by the account, and not hosted already (400). Ordering
//!   one adds the number to its LOA's `linked_numbers` ([`State::hosted_number_ordered`]); a
//!   new order is `pending`.
//! - Deleting an LOA that numbers are still linked to is refused (400): Plivo does not
//!   document what it does, and a hosted number's order depends on its letter.

use std::sync::PoisonError;

use serde_json::{Value, json};

use crate::sandbox::Sandbox;
use crate::sandbox::state::{Reply, State, error, not_found};

/// What the sandbox keeps of an uploaded letter of authorization's file.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct UploadedFile {
    /// The file name it was uploaded with.
    pub name: String,
    /// Its content type (`application/pdf`; `application/octet-stream` when none was sent).
    pub content_type: String,
    /// Its size in bytes.
    pub size: u64,
}

/// A letter of authorization: its answer and its file's details.
pub(crate) struct StoredLoa {
    pub view: Value,
    pub file: UploadedFile,
}

impl State {
    /// Event: an LOA was uploaded. Kept newest first; returns its answer.
    pub(crate) fn loa_uploaded(&mut self, base: &str, alias: &str, file: UploadedFile) -> Value {
        let loa_id = self.rng.uuid();
        let view = json!({
            "loa_id": loa_id,
            "alias": alias,
            "file": format!("{base}HostedMessagingNumber/LOA/{loa_id}/{}", file.name),
            "linked_numbers": [],
            "resource_uri": format!("{base}HostedMessagingNumber/LOA/{loa_id}/"),
            "created_at": super::tollfree::iso_now(),
        });
        self.loas.insert(
            0,
            StoredLoa {
                view: view.clone(),
                file,
            },
        );
        view
    }

    /// The LOA with this id.
    pub(crate) fn loa(&self, loa_id: &str) -> Option<&StoredLoa> {
        self.loas.iter().find(|l| l.view["loa_id"] == loa_id)
    }

    /// Event: an LOA is deleted. 404 when unknown, 400 while numbers are linked to it.
    pub(crate) fn loa_deleted(&mut self, loa_id: &str) -> Result<(), Reply> {
        let at = self
            .loas
            .iter()
            .position(|l| l.view["loa_id"] == loa_id)
            .ok_or_else(not_found)?;
        let linked = self.loas[at].view["linked_numbers"]
            .as_array()
            .map_or(0, Vec::len);
        if linked > 0 {
            return Err(error(
                400,
                &format!(
                    "the LOA {loa_id} is linked to {linked} hosted messaging number(s) and \
                     cannot be deleted"
                ),
            ));
        }
        self.loas.remove(at);
        Ok(())
    }

    /// Checks a hosted messaging number order: its LOA and application exist, and its number
    /// is neither rented from Plivo nor hosted already. Returns the application's URI.
    pub(crate) fn check_hosted_order(
        &self,
        loa_id: &str,
        application_id: &str,
        number: &str,
    ) -> Result<Value, Reply> {
        if self.loa(loa_id).is_none() {
            return Err(error(400, &format!("loa_id: no LOA {loa_id}")));
        }
        let application = self.application_uri(application_id).map_err(|_| {
            error(
                400,
                &format!("application_id: no application {application_id}"),
            )
        })?;
        if self.numbers.iter().any(|n| n["number"] == number) {
            return Err(error(
                400,
                &format!("number: {number} is rented from Plivo already; it cannot be hosted"),
            ));
        }
        if self.hosted_numbers.iter().any(|n| n["number"] == number) {
            return Err(error(400, &format!("number: {number} is hosted already")));
        }
        Ok(application)
    }

    /// Event: a hosted messaging number was ordered (checked): kept newest first, and linked
    /// to its LOA. Returns its answer.
    pub(crate) fn hosted_number_ordered(
        &mut self,
        base: &str,
        alias: &str,
        application: Value,
        loa_id: &str,
        number: &str,
    ) -> Value {
        let id = self.rng.uuid();
        let mut file = Value::Null;
        if let Some(loa) = self.loas.iter_mut().find(|l| l.view["loa_id"] == loa_id) {
            file = loa.view["file"].clone();
            if let Some(linked) = loa.view["linked_numbers"].as_array_mut() {
                linked.push(Value::String(number.to_owned()));
            }
        }
        let view = json!({
            "hosted_messaging_number_id": id,
            "alias": alias,
            "application": application,
            "number": number,
            "loa_id": loa_id,
            "hosted_status": "pending",
            "failure_reason": "",
            "file": file,
            "linked_numbers": [],
            "resource_uri": format!("{base}HostedMessagingNumber/{id}/"),
            "created_at": super::tollfree::iso_now(),
        });
        self.hosted_numbers.insert(0, view.clone());
        view
    }
}

impl Sandbox {
    /// The name, content type and size of the file uploaded with a letter of authorization
    /// (`createLoa`); `None` if there is no such letter.
    ///
    /// ```
    /// use plivo::ops::{CreateLoa, File};
    /// let sandbox = plivo::sandbox::Sandbox::start()?;
    /// let loa = sandbox.client().send(CreateLoa::new(
    ///     "acme",
    ///     File::from_bytes("loa.pdf", None, b"%PDF-1.4".to_vec()),
    /// ))?;
    /// let file = sandbox.loa_file(&loa.loa_id).expect("kept");
    /// assert_eq!((file.name.as_str(), file.content_type.as_str(), file.size), ("loa.pdf", "application/pdf", 8));
    /// # Ok::<(), plivo::Error>(())
    /// ```
    pub fn loa_file(&self, loa_id: &str) -> Option<UploadedFile> {
        let state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        state.loa(loa_id).map(|l| l.file.clone())
    }
}
