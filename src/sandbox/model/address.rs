//! Addresses and identities for number regulation (`Verification/Address/`,
//! `Verification/Identity/`).
//!
//! Each is kept as the view `GET` shows (the fixture's keys, `document_details` being the
//! fields the proof states) and its proof's file name, size and content type, never its
//! bytes: [`Sandbox::address_file`] and [`Sandbox::identity_file`] show them. A new one, and
//! one just updated, is `pending` both in validation and in verification (the sandbox has no
//! reviewer). Ids are 14 digits, as Plivo's.

use std::sync::PoisonError;

use serde_json::{Map, Value, json};

use super::hosted::UploadedFile;
use crate::sandbox::Sandbox;
use crate::sandbox::state::{Reply, State, not_found};

/// Addresses or identities: which collection, its path and what its proof states.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Proof {
    Address,
    Identity,
}

impl Proof {
    /// The collection's path below the account.
    pub(crate) fn path(self) -> &'static str {
        match self {
            Proof::Address => "Verification/Address/",
            Proof::Identity => "Verification/Identity/",
        }
    }

    /// The fields `document_details` repeats (what the proof states).
    fn detail_keys(self) -> &'static [&'static str] {
        match self {
            Proof::Address => &[
                "salutation",
                "first_name",
                "last_name",
                "address_line1",
                "address_line2",
                "city",
                "region",
                "postal_code",
            ],
            Proof::Identity => &[
                "salutation",
                "first_name",
                "last_name",
                "nationality",
                "id_type",
                "id_number",
            ],
        }
    }
}

/// One address or identity: its view and its proof's details.
pub(crate) struct Stored {
    pub view: Value,
    pub file: Option<UploadedFile>,
}

impl State {
    /// The addresses or the identities, newest first.
    pub(crate) fn proofs(&self, kind: Proof) -> &[Stored] {
        match kind {
            Proof::Address => &self.addresses,
            Proof::Identity => &self.identities,
        }
    }

    fn proofs_mut(&mut self, kind: Proof) -> &mut Vec<Stored> {
        match kind {
            Proof::Address => &mut self.addresses,
            Proof::Identity => &mut self.identities,
        }
    }

    /// The address or identity with this id.
    pub(crate) fn proof(&self, kind: Proof, id: &str) -> Option<&Stored> {
        self.proofs(kind).iter().find(|p| p.view["id"] == id)
    }

    /// Event: an address or identity was submitted with these (checked) fields and proof.
    /// Kept newest first, `pending`; returns its id.
    pub(crate) fn proof_created(
        &mut self,
        kind: Proof,
        base: &str,
        fields: Map<String, Value>,
        file: Option<UploadedFile>,
    ) -> String {
        let id = self.rng.digits(14);
        let mut view = json!({
            "id": id,
            "account": self.auth_id,
            "alias": null,
            "subaccount": null,
            "url": format!("{base}{}{id}/", kind.path()),
        });
        for key in kind.detail_keys() {
            view[*key] = Value::Null;
        }
        write_fields(kind, &mut view, fields);
        self.proofs_mut(kind).insert(0, Stored { view, file });
        id
    }

    /// Event: an address or identity was updated: the given fields replace theirs, a new
    /// proof replaces the old, and it is `pending` again. 404 for an unknown id.
    pub(crate) fn proof_updated(
        &mut self,
        kind: Proof,
        id: &str,
        fields: Map<String, Value>,
        file: Option<UploadedFile>,
    ) -> Result<(), Reply> {
        let stored = self
            .proofs_mut(kind)
            .iter_mut()
            .find(|p| p.view["id"] == id)
            .ok_or_else(not_found)?;
        write_fields(kind, &mut stored.view, fields);
        if file.is_some() {
            stored.file = file;
        }
        Ok(())
    }

    /// Event: an address or identity was deleted. 404 for an unknown id.
    pub(crate) fn proof_deleted(&mut self, kind: Proof, id: &str) -> Result<(), Reply> {
        let list = self.proofs_mut(kind);
        let at = list
            .iter()
            .position(|p| p.view["id"] == id)
            .ok_or_else(not_found)?;
        list.remove(at);
        Ok(())
    }
}

/// Writes the fields into the view, repeats the proof's into `document_details`, and marks
/// it pending.
fn write_fields(kind: Proof, view: &mut Value, fields: Map<String, Value>) {
    for (key, value) in fields {
        view[key] = value;
    }
    let details: Map<String, Value> = kind
        .detail_keys()
        .iter()
        .map(|key| ((*key).to_owned(), view[*key].clone()))
        .collect();
    view["document_details"] = Value::Object(details);
    view["validation_status"] = json!("pending");
    view["verification_status"] = json!("pending");
}

impl Sandbox {
    /// The name, content type and size of the proof uploaded with an address
    /// (`createAddress`, or the latest `updateAddress` that carried one); `None` if there is
    /// no such address or it has no proof.
    ///
    /// ```
    /// use plivo::ops::{AddressProofType, CreateAddress, File, GetAddresses, Salutation};
    /// let sandbox = plivo::sandbox::Sandbox::start()?;
    /// let client = sandbox.client();
    /// client.send(
    ///     CreateAddress::new("FR", Salutation::Ms, "Diana", "Prince", "1", "Rue de Rivoli",
    ///         "PARIS", "PARIS", "75001", AddressProofType::Passport)
    ///     .alias("louvre")
    ///     .file(File::from_bytes("proof.pdf", None, b"%PDF-1.4".to_vec())),
    /// )?;
    /// let page = client.send(GetAddresses::new().alias("louvre"))?;
    /// let file = sandbox.address_file(&page.objects[0].id).expect("kept");
    /// assert_eq!((file.name.as_str(), file.content_type.as_str(), file.size), ("proof.pdf", "application/pdf", 8));
    /// # Ok::<(), plivo::Error>(())
    /// ```
    pub fn address_file(&self, address_id: &str) -> Option<UploadedFile> {
        self.proof_file(Proof::Address, address_id)
    }

    /// The name, content type and size of the proof uploaded with an identity
    /// (`createIdentity`, or the latest `updateIdentity` that carried one); `None` if there
    /// is no such identity or it has no proof.
    pub fn identity_file(&self, identity_id: &str) -> Option<UploadedFile> {
        self.proof_file(Proof::Identity, identity_id)
    }

    fn proof_file(&self, kind: Proof, id: &str) -> Option<UploadedFile> {
        let state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        state.proof(kind, id).and_then(|p| p.file.clone())
    }
}
