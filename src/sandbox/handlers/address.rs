//! Addresses and identities for number regulation: create and update (`POST`, multipart),
//! get, list, delete. The state is in `model::address`.
//!
//! A create or update is `multipart/form-data`: text parts, and at most one file part named
//! `file`, the proof (a JPEG, PNG or PDF file of at most 5 MiB; an empty `file` part, which
//! plivo-python sends when it has no proof, counts as none). Text parts the sandbox does not
//! know are ignored, as plivo-python's `file_to_upload` (the local path it leaks). Checked
//! (400 otherwise): the required fields of a create, `salutation` `Mr` or `Ms`,
//! `country_iso` and `phone_number_country` two upper-case letters, `number_type` `local`,
//! `national`, `mobile` or `tollfree`, an address's proof type (`address_proof_type`, or
//! `proof_type` as Plivo's reference names it) one of plivo-python's or the reference's
//! values, `auto_correct_address` a boolean (`true`/`false` in any case), `callback_url` an
//! http(s) URL, `birth_date` and `id_issue_date` dates (`YYYY-MM-DD`); a new address in
//! Spain needs `fiscal_identification_code`, one in Denmark `street_code` and
//! `municipal_code`; an update must change something. Lists filter by `country_iso`,
//! `alias`, `verification_status`, `validation_status` (addresses) and `customer_name` (the
//! first and last name, or business name, holding it, any case).

use serde_json::{Map, Value, json};

use crate::sandbox::model::address::Proof;
use crate::sandbox::model::hosted::UploadedFile;
use crate::sandbox::state::{
    Filter, Handled, Reply, Req, State, error, no_content, not_found, page, reply,
};

/// The text fields an address keeps, in the view.
const ADDRESS_FIELDS: &[&str] = &[
    "country_iso",
    "salutation",
    "first_name",
    "last_name",
    "address_line1",
    "address_line2",
    "city",
    "region",
    "postal_code",
    "alias",
    "fiscal_identification_code",
    "street_code",
    "municipal_code",
];

/// The text fields an identity keeps, in the view.
const IDENTITY_FIELDS: &[&str] = &[
    "country_iso",
    "salutation",
    "first_name",
    "last_name",
    "birth_place",
    "birth_date",
    "nationality",
    "id_nationality",
    "id_issue_date",
    "id_type",
    "id_number",
    "address_line1",
    "address_line2",
    "city",
    "region",
    "postal_code",
    "alias",
    "business_name",
    "fiscal_identification_code",
    "street_code",
    "municipal_code",
    "subaccount",
];

/// Proof types: plivo-python's and those of Plivo's API reference.
const PROOF_TYPES: &[&str] = &[
    "national_id",
    "passport",
    "business_id",
    "NIF",
    "NIE",
    "DNI",
    "others",
    "NATIONAL_ID_CARD",
    "BUSINESS_REGISTRATION",
    "any",
];

const ADDRESS_FILTERS: &[Filter] = &[
    Filter::exact("country_iso"),
    Filter::exact("alias"),
    Filter::exact("verification_status"),
    Filter::exact("validation_status"),
];

const IDENTITY_FILTERS: &[Filter] = &[
    Filter::exact("country_iso"),
    Filter::exact("alias"),
    Filter::exact("verification_status"),
];

/// Largest proof: 5 MiB.
const MAX_PROOF: usize = 5 * 1024 * 1024;

fn fields(kind: Proof) -> &'static [&'static str] {
    match kind {
        Proof::Address => ADDRESS_FIELDS,
        Proof::Identity => IDENTITY_FIELDS,
    }
}

/// What a create of `kind` requires.
fn required(kind: Proof) -> &'static [&'static str] {
    match kind {
        Proof::Address => &ADDRESS_FIELDS[..9],
        Proof::Identity => &IDENTITY_FIELDS[..16],
    }
}

pub(crate) fn create_address(state: &mut State, req: &Req) -> Handled {
    create(state, req, Proof::Address)
}

pub(crate) fn update_address(state: &mut State, req: &Req) -> Handled {
    update(state, req, Proof::Address)
}

pub(crate) fn get_address(state: &mut State, req: &Req) -> Handled {
    get(state, req, Proof::Address)
}

pub(crate) fn list_addresses(state: &mut State, req: &Req) -> Handled {
    list(state, req, Proof::Address, ADDRESS_FILTERS)
}

pub(crate) fn delete_address(state: &mut State, req: &Req) -> Handled {
    state.proof_deleted(Proof::Address, req.seg(2))?;
    no_content()
}

pub(crate) fn create_identity(state: &mut State, req: &Req) -> Handled {
    create(state, req, Proof::Identity)
}

pub(crate) fn update_identity(state: &mut State, req: &Req) -> Handled {
    update(state, req, Proof::Identity)
}

pub(crate) fn get_identity(state: &mut State, req: &Req) -> Handled {
    get(state, req, Proof::Identity)
}

pub(crate) fn list_identities(state: &mut State, req: &Req) -> Handled {
    list(state, req, Proof::Identity, IDENTITY_FILTERS)
}

pub(crate) fn delete_identity(state: &mut State, req: &Req) -> Handled {
    state.proof_deleted(Proof::Identity, req.seg(2))?;
    no_content()
}

fn create(state: &mut State, req: &Req, kind: Proof) -> Handled {
    for key in required(kind) {
        req.need(key)?;
    }
    let (fields, file) = read(req, kind)?;
    if kind == Proof::Address {
        let given = |key: &str| fields.get(key).is_some_and(|v| v.is_string());
        match req.text("country_iso").as_deref() {
            Some("ES") if !given("fiscal_identification_code") => {
                return Err(error(
                    400,
                    "fiscal_identification_code is required for an address in Spain",
                ));
            }
            Some("DK") if !given("street_code") || !given("municipal_code") => {
                return Err(error(
                    400,
                    "street_code and municipal_code are required for an address in Denmark",
                ));
            }
            _ => {}
        }
    }
    state.proof_created(kind, &req.base, fields, file);
    reply(202, json!({"message": "Your request has been accepted."}))
}

fn update(state: &mut State, req: &Req, kind: Proof) -> Handled {
    let id = req.seg(2);
    if state.proof(kind, id).is_none() {
        return Err(not_found());
    }
    let (fields, file) = read(req, kind)?;
    let others = [
        "auto_correct_address",
        "callback_url",
        "phone_number_country",
    ];
    let touched = others.iter().any(|k| req.params.contains_key(*k));
    if fields.is_empty() && file.is_none() && !touched {
        return Err(error(400, "nothing to update"));
    }
    state.proof_updated(kind, id, fields, file)?;
    reply(
        202,
        json!({"message": "Your request has been accepted.", "status": "success"}),
    )
}

fn get(state: &mut State, req: &Req, kind: Proof) -> Handled {
    let stored = state.proof(kind, req.seg(2)).ok_or_else(not_found)?;
    reply(200, stored.view.clone())
}

fn list(state: &mut State, req: &Req, kind: Proof, filters: &[Filter]) -> Handled {
    let wanted = req.text("customer_name").map(|n| n.to_lowercase());
    let named = |view: &Value| {
        let Some(wanted) = &wanted else { return true };
        let text = |key: &str| view[key].as_str().unwrap_or_default().to_lowercase();
        let name = format!("{} {}", text("first_name"), text("last_name"));
        name.contains(wanted.as_str()) || text("business_name").contains(wanted.as_str())
    };
    let items = state
        .proofs(kind)
        .iter()
        .map(|p| &p.view)
        .filter(|v| named(v));
    page(req, kind.path(), items, filters)
}

/// The checked text fields of `kind` that are given (blank ones left out), and the proof.
fn read(req: &Req, kind: Proof) -> Result<(Map<String, Value>, Option<UploadedFile>), Reply> {
    req.one_of("salutation", &["Mr", "Ms"])?;
    for key in ["country_iso", "phone_number_country"] {
        if let Some(iso) = req.text(key) {
            if iso.len() != 2 || !iso.bytes().all(|b| b.is_ascii_uppercase()) {
                return Err(error(400, &format!("{key} must be two upper-case letters")));
            }
        }
    }
    req.one_of("number_type", &["local", "national", "mobile", "tollfree"])?;
    req.flag("auto_correct_address")?;
    if let Some(url) = req.text("callback_url") {
        let lower = url.to_ascii_lowercase();
        if !(lower.starts_with("http://") || lower.starts_with("https://")) {
            return Err(error(400, "callback_url must be an http(s) URL"));
        }
    }
    for key in ["birth_date", "id_issue_date"] {
        if let Some(date) = req.text(key) {
            if !is_date(&date) {
                return Err(error(400, &format!("{key} must be a date as YYYY-MM-DD")));
            }
        }
    }
    for key in ["address_proof_type", "proof_type"] {
        if let Some(proof) = req.text(key) {
            if !PROOF_TYPES.iter().any(|p| p.eq_ignore_ascii_case(&proof)) {
                return Err(error(
                    400,
                    &format!("{key} must be one of {}", PROOF_TYPES.join(", ")),
                ));
            }
        }
    }
    let mut kept = Map::new();
    for key in fields(kind) {
        if let Some(value) = req.text(key).filter(|v| !v.trim().is_empty()) {
            kept.insert((*key).to_owned(), Value::String(value));
        }
    }
    Ok((kept, proof(req)?))
}

/// The proof: the one non-empty `file` part, if any.
fn proof(req: &Req) -> Result<Option<UploadedFile>, Reply> {
    let mut found = None;
    for part in &req.files {
        if part.name != "file" {
            return Err(error(
                400,
                &format!(
                    "unexpected file part `{}` (the proof goes in `file`)",
                    part.name
                ),
            ));
        }
        if part.data.is_empty() {
            continue;
        }
        if found.is_some() {
            return Err(error(400, "only one proof may be uploaded"));
        }
        let name = part.filename.clone().unwrap_or_default();
        let content_type = part
            .content_type
            .clone()
            .unwrap_or_else(|| crate::ops::content_type_for(&name).to_owned());
        let bare = content_type.split(';').next().unwrap_or_default().trim();
        if !["image/jpeg", "image/png", "application/pdf"]
            .iter()
            .any(|t| t.eq_ignore_ascii_case(bare))
        {
            return Err(error(
                400,
                "the proof must be a JPEG, PNG or PDF file (jpg, jpeg, png, pdf)",
            ));
        }
        if part.data.len() > MAX_PROOF {
            return Err(error(400, "the proof must be at most 5 MB"));
        }
        found = Some(UploadedFile {
            name,
            content_type,
            size: part.data.len() as u64,
        });
    }
    Ok(found)
}

/// `YYYY-MM-DD`, digits where they belong.
fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}
