//! Phone-number compliance (beyond the seed): the application that lets an account hold
//! numbers of a country that regulates them, with its documents. See [`ComplianceData`] for
//! the multipart shape, the JSON form and the checks.

use serde::Serialize;
use serde_json::{Map, Value};

use super::{File, HttpMethod};
use crate::models::{self, ComplianceStatus, NumberType, UserType};
use crate::multipart::document_part;
use crate::params::{FieldSpec, FormReader, Nested, ParamValue, Wire};
use crate::{Error, rules};

params! {
    /// `createPhoneNumberCompliance` (beyond the seed): submits a compliance application
    /// with its documents for review (`POST PhoneNumber/Compliance/`, `multipart/form-data`:
    /// the `data` part, then `documents[i].file`). See [`ComplianceData`] for the shape and
    /// the checks.
    ///
    /// ```
    /// use plivo::ops::{
    ///     ComplianceData, ComplianceDocument, ComplianceEndUser, CreatePhoneNumberCompliance,
    ///     File, NumberType, UserType,
    /// };
    /// let op = CreatePhoneNumberCompliance::new(
    ///     ComplianceData::application(
    ///         "IN",
    ///         NumberType::Local,
    ///         "acme-in",
    ///         ComplianceEndUser::new(UserType::Business, "Acme Ltd").email("ops@acme.example"),
    ///     )
    ///     .document(
    ///         ComplianceDocument::new("525a6b3a-2050-4556-8e2c-367cf30cd6ca")
    ///             .data_field("registration_number", "U72200")
    ///             .file(File::from_path("incorporation.pdf")),
    ///     )
    ///     .callback_url("https://example.com/compliance"),
    /// );
    /// assert_eq!(op.data.files().count(), 1);
    /// ```
    CreatePhoneNumberCompliance = "createPhoneNumberCompliance" -> models::ComplianceCreated;
    required {
        /// The application (sent as the `data` part) and its documents' files.
        data: ComplianceData = "data" => "data";
    }
    optional {}
    check = check_create;
    form = create_from_form, create_to_form;
}

params! {
    /// `getSinglePhoneNumberCompliance` (beyond the seed): one compliance application
    /// (`GET PhoneNumber/Compliance/{compliance_id}/`); `expand` adds its end user, documents
    /// or linked numbers.
    GetSinglePhoneNumberCompliance =
        "getSinglePhoneNumberCompliance" -> models::ComplianceDetails;
    required {
        /// The application's id.
        compliance_id: String = "complianceId" => "compliance_id";
    }
    optional {
        /// What to include: `end_user`, `documents`, `linked_numbers` (joined with `,`).
        expand: List = "expand" => "expand" [join = ',', check = expand_values];
    }
}

params! {
    /// `updatePhoneNumberCompliance` (beyond the seed): changes a compliance application and
    /// resubmits it for review (`PATCH PhoneNumber/Compliance/{compliance_id}/`, Plivo's only
    /// `PATCH`, `multipart/form-data` like the create). Only what is set is sent. See
    /// [`ComplianceData`] for what an update may change.
    ///
    /// ```
    /// use plivo::ops::{ComplianceData, ComplianceDocument, File, UpdatePhoneNumberCompliance};
    /// let op = UpdatePhoneNumberCompliance::new(
    ///     "f812efe4-a461-4f00-b6ae-bdfb40fcc343",
    ///     ComplianceData::new().alias("acme-in-2").document(
    ///         ComplianceDocument::new("doc-type-001")
    ///             .file(File::from_bytes("passport.png", None, vec![0x89, b'P', b'N', b'G'])),
    ///     ),
    /// );
    /// assert_eq!(op.data.alias.as_deref(), Some("acme-in-2"));
    /// ```
    UpdatePhoneNumberCompliance = "updatePhoneNumberCompliance" -> models::ComplianceUpdated;
    required {
        /// The application's id.
        compliance_id: String = "complianceId" => "compliance_id";
        /// What changes (sent as the `data` part) and the new documents' files.
        data: ComplianceData = "data" => "data";
    }
    optional {}
    check = check_update;
    form = update_from_form, update_to_form;
}

params! {
    /// `getPhoneNumberComplianceRequirements` (beyond the seed): what a compliance
    /// application must carry for numbers of a country, number type and end-user type
    /// (`GET PhoneNumber/Compliance/Requirements/`): the document types, each with the fields
    /// it asks for (`data_fields` of a [`ComplianceDocument`]) and whether it needs a file.
    ///
    /// ```
    /// use plivo::ops::{GetPhoneNumberComplianceRequirements, NumberType, UserType};
    /// let op = GetPhoneNumberComplianceRequirements::new("IN", NumberType::Local, UserType::Business);
    /// assert_eq!(op.country_iso, "IN");
    /// ```
    GetPhoneNumberComplianceRequirements =
        "getPhoneNumberComplianceRequirements" -> models::PhoneNumberComplianceRequirement;
    required {
        /// The country of the numbers (ISO 3166-1 alpha-2, `IN`).
        country_iso: String = "countryIso" => "country_iso" [check = rules::country_iso];
        /// `local`, `mobile` or `tollfree`.
        number_type: NumberType = "numberType" => "number_type" [check = compliance_number_type];
        /// `individual` or `business`.
        user_type: UserType = "userType" => "user_type";
    }
    optional {}
}

params! {
    /// `getPhoneNumberCompliances` (beyond the seed): one page of the account's compliance
    /// applications (`GET PhoneNumber/Compliance/`), filtered by what is set; the items come
    /// under `compliances`. `expand` adds each one's end user, documents or linked numbers.
    GetPhoneNumberCompliances =
        "getPhoneNumberCompliances" -> models::Page<models::Compliance>, paged;
    required {}
    optional {
        /// Page size, 1 to 100 (plivo-node's documented bound for this list).
        limit: u32 = "limit" => "limit" [check = compliance_limit];
        /// Items skipped before the page starts.
        offset: u32 = "offset" => "offset";
        /// Only applications that stand so.
        status: ComplianceStatus = "status" => "status";
        /// Only applications for numbers of this country (ISO 3166-1 alpha-2).
        country_iso: String = "countryIso" => "country_iso" [check = rules::country_iso];
        /// Only applications for this kind of numbers (`local`, `mobile`, `tollfree`).
        number_type: NumberType = "numberType" => "number_type" [check = compliance_number_type];
        /// Only applications for this kind of end user.
        user_type: UserType = "userType" => "user_type";
        /// Only applications with this alias.
        alias: String = "alias" => "alias";
        /// What to include: `end_user`, `documents`, `linked_numbers` (joined with `,`).
        expand: List = "expand" => "expand" [join = ',', check = expand_values];
    }
}

params! {
    /// `deletePhoneNumberCompliance` (beyond the seed): deletes a compliance application
    /// (`DELETE PhoneNumber/Compliance/{compliance_id}/`; Plivo answers 200 with a message,
    /// or 204).
    DeletePhoneNumberCompliance =
        "deletePhoneNumberCompliance" -> models::ComplianceDeleted;
    required {
        /// The application's id.
        compliance_id: String = "complianceId" => "compliance_id";
    }
    optional {}
}

params! {
    /// `linkPhoneNumberCompliance` (beyond the seed): links rented numbers to compliance
    /// applications (`POST PhoneNumber/Compliance/Link/`, JSON body
    /// `{"numbers": [{"number", "compliance_application_id"}]}`).
    ///
    /// Plivo answers 200 even when some numbers fail: each number's outcome is in the
    /// answer's `report` ([`models::ComplianceLinkReport`]). Checked before sending: at least
    /// one entry, each number `+` and 2 to 15 digits (or digits alone), and each application
    /// id not blank. In the JSON form `numbers` is an array of objects
    /// with those keys (or `complianceApplicationId`).
    ///
    /// ```
    /// use plivo::ops::{ComplianceNumberLink, LinkPhoneNumberCompliance};
    /// let op = LinkPhoneNumberCompliance::new(vec![
    ///     ComplianceNumberLink::new("+912248885512", "074d687f-5630-483d-8349-5b9d7686d673"),
    /// ]);
    /// assert_eq!(op.numbers.len(), 1);
    /// ```
    LinkPhoneNumberCompliance =
        "linkPhoneNumberCompliance" -> models::ComplianceLinkReport;
    required {
        /// The numbers, each with the application to link it to.
        numbers: ComplianceNumberLinks = "numbers" => "numbers";
    }
    optional {}
}

/// The entries of [`LinkPhoneNumberCompliance`].
pub type ComplianceNumberLinks = Vec<ComplianceNumberLink>;

/// One number to link to a compliance application ([`LinkPhoneNumberCompliance`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ComplianceNumberLink {
    /// The number (E.164, `+912248885512`), rented by the account.
    pub number: String,
    /// The application's id (an accepted one, on Plivo).
    pub compliance_application_id: String,
}

impl ComplianceNumberLink {
    /// Links `number` to the application `compliance_application_id`.
    pub fn new(number: impl Into<String>, compliance_application_id: impl Into<String>) -> Self {
        ComplianceNumberLink {
            number: number.into(),
            compliance_application_id: compliance_application_id.into(),
        }
    }
}

impl ParamValue for Vec<ComplianceNumberLink> {
    const KIND: &'static str = "object";
    fn from_form(value: &Value, _: &FieldSpec) -> Result<Self, String> {
        let Value::Array(items) = value else {
            return Err(
                "must be a JSON array of {\"number\", \"compliance_application_id\"} objects"
                    .into(),
            );
        };
        items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let obj = Obj::of(format!("[{i}]"), item).map_err(|f| f.rule)?;
                let known = [
                    "number",
                    "compliance_application_id",
                    "complianceApplicationId",
                ];
                obj.known(&known)
                    .map_err(|f| format!("`{}` {}", f.field, f.rule))?;
                let text = |key: &str| {
                    obj.text(key)
                        .map_err(|f| format!("`{}` {}", f.field, f.rule))
                };
                let id = match (
                    text("compliance_application_id")?,
                    text("complianceApplicationId")?,
                ) {
                    (Some(_), Some(_)) => {
                        return Err(format!(
                            "`[{i}]` gives the application id twice (as \
                             `compliance_application_id` and `complianceApplicationId`)"
                        ));
                    }
                    (Some(id), None) | (None, Some(id)) => id,
                    (None, None) => String::new(),
                };
                Ok(ComplianceNumberLink::new(
                    text("number")?.unwrap_or_default(),
                    id,
                ))
            })
            .collect()
    }
    fn to_form(&self, _: &FieldSpec) -> Value {
        serde_json::to_value(self).unwrap_or_default()
    }
    fn wire(&self) -> Wire<'_> {
        Wire::Nested(self)
    }
    fn check(&self, _: &FieldSpec) -> Result<(), String> {
        if self.is_empty() {
            return Err("must hold at least one number".into());
        }
        for (i, link) in self.iter().enumerate() {
            let digits = link.number.strip_prefix('+').unwrap_or(&link.number);
            if !(2..=15).contains(&digits.len()) || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(format!(
                    "`[{i}].number` must be + and 2 to 15 digits (E.164), got {:?}",
                    link.number
                ));
            }
            if link.compliance_application_id.trim().is_empty() {
                return Err(format!("`[{i}].compliance_application_id` is required"));
            }
        }
        Ok(())
    }
}

impl Nested for Vec<ComplianceNumberLink> {
    fn to_json(&self) -> Value {
        serde_json::to_value(self).unwrap_or_default()
    }
}

/// The number types a compliance application covers.
fn compliance_number_type(v: &NumberType) -> Result<(), String> {
    if NUMBER_TYPES.contains(v) {
        Ok(())
    } else {
        Err(format!(
            "must be one of local, mobile, tollfree, got {:?}",
            v.as_str()
        ))
    }
}

/// The page size of the compliance list: 1 to 100.
fn compliance_limit(v: &u32) -> Result<(), String> {
    if (1..=100).contains(v) {
        Ok(())
    } else {
        Err(format!("must be between 1 and 100 (got {v})"))
    }
}

/// Generates setters of optional string fields.
macro_rules! text_setters {
    ($( $(#[$meta:meta])* $field:ident; )*) => {
        $(
            $(#[$meta])*
            pub fn $field(mut self, value: impl Into<String>) -> Self {
                self.$field = Some(value.into());
                self
            }
        )*
    };
}

/// A phone-number compliance application, or the changes to one: the multipart `data` part
/// of [`CreatePhoneNumberCompliance`] and [`UpdatePhoneNumberCompliance`].
///
/// `Serialize` writes it as Plivo reads it (only what is set, files left out); the files
/// travel as `documents[i].file` parts.
///
/// # The multipart shape
///
/// Creating and updating one send the third multipart shape: a text part `data` holding the
/// application as JSON text ([`ComplianceData`], serialized as Plivo reads it), then one file
/// part per document that carries a file, named `documents[i].file` where `i` is the
/// document's index in `data.documents`. In the typed API a document carries its own file
/// ([`ComplianceDocument::file`]) and the client numbers the parts; a document without a file
/// has no part (so the indexes may skip). The update is a `PATCH`, Plivo's only one: like a
/// `POST`, it is never resent once it may have left (see [`crate::RetryPolicy`]).
///
/// # The JSON form
///
/// `data` is an object, or its JSON text as a string (what the SDKs send); inside it the keys
/// are Plivo's (`end_user`, `document_type_id`, …), and a key Plivo does not document is an
/// error naming it, except inside a document's `data_fields`, which is open. Each document's
/// file is its own field, `documents[0].file`, `documents[1].file`, … in any of the forms of
/// a file (a path string, `{"path", …}`, or `{"filename", "contentType"?, "base64"}`; paths
/// only where [`crate::JsonOptions`] allows them). A `documents[i].file` whose `i` names no
/// document in `data.documents` is an error naming that field.
///
/// ```
/// use plivo::Operation;
/// let op = Operation::from_json(r#"{"operation": "updatePhoneNumberCompliance", "params": {
///     "complianceId": "f812efe4",
///     "data": "{\"alias\": \"acme\", \"documents\": [{\"document_type_id\": \"dt-1\"}]}",
///     "documents[0].file": {"filename": "id.pdf", "base64": "JVBERi0="}}}"#)?;
/// let Operation::UpdatePhoneNumberCompliance(update) = &op else { unreachable!() };
/// let documents = update.data.documents.as_deref().unwrap_or_default();
/// assert_eq!(documents[0].file.as_ref().map(|f| f.filename()).as_deref(), Some("id.pdf"));
/// # Ok::<(), plivo::Error>(())
/// ```
///
/// # Checked before sending
///
/// Errors name the field by its path in the JSON form (`data.end_user.name`,
/// `data.documents[1].document_type_id`, `documents[1].file`):
///
/// - creating needs, as the SDKs send them, `country_iso` (two upper-case letters),
///   `number_type` (`local`, `mobile` or `tollfree`), `alias`, `end_user` with its `type`
///   (`individual` or `business`) and `name`, and `documents` (the list may be empty: the
///   requirement, from `getPhoneNumberComplianceRequirements`, says which document types it
///   wants);
/// - an update changes `alias`, `end_user` (not its `type`), `documents`, `callback_url` and
///   `callback_method`; `country_iso`, `number_type` and the end user's `type` are refused,
///   and so is an update that changes nothing (the catalog lists `data` as optional for the
///   update; without it there is nothing to send, so it is required here);
/// - every document has a `document_type_id`; `callback_url` is an absolute http(s) URL;
///   `callback_method` is `GET` or `POST`; each file has a name and a clean content type.
///
/// Plivo documents no size limit for these files, so none is checked here.
///
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ComplianceData {
    /// The country of the numbers (ISO 3166-1 alpha-2, `IN`); create only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country_iso: Option<String>,
    /// `local`, `mobile` or `tollfree`; create only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number_type: Option<NumberType>,
    /// A friendly name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
    /// Who the numbers are for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_user: Option<ComplianceEndUser>,
    /// The documents, each with the file that proves it, if it needs one. `None`: not sent
    /// (an update that keeps the documents); `Some(vec![])`: sent as `[]`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub documents: Option<Vec<ComplianceDocument>>,
    /// Where Plivo reports the review's outcome.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub callback_url: Option<String>,
    /// How Plivo calls `callback_url`.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "method_text"
    )]
    pub callback_method: Option<HttpMethod>,
}

fn method_text<S: serde::Serializer>(
    method: &Option<HttpMethod>,
    ser: S,
) -> Result<S::Ok, S::Error> {
    match method {
        Some(method) => ser.serialize_str(method.as_str()),
        None => ser.serialize_none(),
    }
}

impl ComplianceData {
    /// Nothing set: start of an update.
    pub fn new() -> Self {
        ComplianceData::default()
    }

    /// What creating an application needs: country, number type, alias and end user, with
    /// an empty list of documents (add them with [`ComplianceData::document`]).
    pub fn application(
        country_iso: impl Into<String>,
        number_type: NumberType,
        alias: impl Into<String>,
        end_user: ComplianceEndUser,
    ) -> Self {
        ComplianceData {
            country_iso: Some(country_iso.into()),
            number_type: Some(number_type),
            alias: Some(alias.into()),
            end_user: Some(end_user),
            documents: Some(Vec::new()),
            ..ComplianceData::default()
        }
    }

    text_setters! {
        /// Sets the country (create only).
        country_iso;
        /// Sets the friendly name.
        alias;
        /// Sets where Plivo reports the review's outcome.
        callback_url;
    }

    /// Sets the number type (create only).
    pub fn number_type(mut self, number_type: NumberType) -> Self {
        self.number_type = Some(number_type);
        self
    }

    /// Sets the end user.
    pub fn end_user(mut self, end_user: ComplianceEndUser) -> Self {
        self.end_user = Some(end_user);
        self
    }

    /// Adds a document; its file, if any, is sent as `documents[i].file` with `i` its index.
    pub fn document(mut self, document: ComplianceDocument) -> Self {
        self.documents.get_or_insert_with(Vec::new).push(document);
        self
    }

    /// Sets how Plivo calls `callback_url`.
    pub fn callback_method(mut self, method: HttpMethod) -> Self {
        self.callback_method = Some(method);
        self
    }

    /// The documents' files with each document's index: what goes in the `documents[i].file`
    /// parts.
    pub fn files(&self) -> impl Iterator<Item = (usize, &File)> + '_ {
        self.documents
            .iter()
            .flatten()
            .enumerate()
            .filter_map(|(i, d)| d.file.as_ref().map(|f| (i, f)))
    }

    fn changes_nothing(&self) -> bool {
        self == &ComplianceData::default()
    }

    /// Reads the JSON form of `data`: an object, or its text.
    fn from_value(value: &Value) -> Result<Self, Fault> {
        let parsed;
        let value = match value {
            Value::String(text) => {
                parsed = serde_json::from_str::<Value>(text).map_err(|e| {
                    Fault::new("data", format!("is a string that is not JSON text: {e}"))
                })?;
                &parsed
            }
            other => other,
        };
        let Value::Object(map) = value else {
            return Err(Fault::new(
                "data",
                "must be a JSON object, or its JSON text as a string",
            ));
        };
        let obj = Obj {
            path: "data".into(),
            map,
        };
        obj.known(&[
            "country_iso",
            "number_type",
            "alias",
            "end_user",
            "documents",
            "callback_url",
            "callback_method",
        ])?;
        let end_user = match obj.value("end_user") {
            Some(value) => Some(ComplianceEndUser::from_value(
                obj.nested("end_user", value)?,
            )?),
            None => None,
        };
        let documents = match obj.value("documents") {
            None => None,
            Some(Value::Array(items)) => Some(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| {
                        ComplianceDocument::from_value(Obj::of(
                            format!("data.documents[{i}]"),
                            item,
                        )?)
                    })
                    .collect::<Result<Vec<_>, _>>()?,
            ),
            Some(_) => {
                return Err(Fault::new(
                    "data.documents",
                    "must be a JSON array of documents",
                ));
            }
        };
        Ok(ComplianceData {
            country_iso: obj.text("country_iso")?,
            number_type: obj.choice("number_type", NUMBER_TYPES, NumberType::as_str)?,
            alias: obj.text("alias")?,
            end_user,
            documents,
            callback_url: obj.text("callback_url")?,
            callback_method: obj.choice("callback_method", HttpMethod::ALL, |m| m.as_str())?,
        })
    }

    /// The rules of creating (`create`) or updating an application, errors named by path.
    fn check(&self, op: &'static str, create: bool) -> Result<(), Error> {
        let fail = |field: &str, rule: &str| Err(Error::invalid(Some(op), field, rule));
        let blank = |v: &Option<String>| v.as_deref().is_some_and(|v| v.trim().is_empty());
        if create {
            match &self.country_iso {
                None => return fail("data.country_iso", "is required"),
                Some(iso) => rules::country_iso(iso).or_else(|r| fail("data.country_iso", &r))?,
            }
            match &self.number_type {
                None => return fail("data.number_type", "is required"),
                Some(t) if !NUMBER_TYPES.contains(t) => {
                    return fail("data.number_type", "must be one of local, mobile, tollfree");
                }
                Some(_) => {}
            }
            if self.alias.is_none() || blank(&self.alias) {
                return fail("data.alias", "is required");
            }
            let Some(user) = &self.end_user else {
                return fail("data.end_user", "is required");
            };
            match &user.user_type {
                None => return fail("data.end_user.type", "is required"),
                Some(UserType::Unknown(_)) => {
                    return fail("data.end_user.type", "must be one of individual, business");
                }
                Some(_) => {}
            }
            if user.name.is_none() || blank(&user.name) {
                return fail("data.end_user.name", "is required");
            }
            if self.documents.is_none() {
                return fail(
                    "data.documents",
                    "is required (the documents the requirement asks for; `[]` when none)",
                );
            }
        } else {
            const FIXED: &str = "cannot be changed by an update (it changes alias, end_user \
                                 but not its type, documents, callback_url, callback_method)";
            if self.country_iso.is_some() {
                return fail("data.country_iso", FIXED);
            }
            if self.number_type.is_some() {
                return fail("data.number_type", FIXED);
            }
            if self
                .end_user
                .as_ref()
                .is_some_and(|u| u.user_type.is_some())
            {
                return fail("data.end_user.type", FIXED);
            }
            if self.changes_nothing() {
                return fail(
                    "data",
                    "changes nothing: set at least one of alias, end_user, documents, \
                     callback_url, callback_method",
                );
            }
        }
        if blank(&self.alias) {
            return fail("data.alias", "must not be empty");
        }
        if self.end_user.as_ref().is_some_and(|u| blank(&u.name)) {
            return fail("data.end_user.name", "must not be empty");
        }
        if let Some(url) = &self.callback_url {
            rules::http_url(url).or_else(|r| fail("data.callback_url", &r))?;
        }
        for (i, document) in self.documents.iter().flatten().enumerate() {
            if document.document_type_id.trim().is_empty() {
                let field = format!("data.documents[{i}].document_type_id");
                return fail(
                    &field,
                    "is required (a document type id from the requirement)",
                );
            }
        }
        for (i, file) in self.files() {
            file.check_one(0)
                .or_else(|rule| fail(&document_part(i), &rule))?;
        }
        Ok(())
    }
}

/// The keys of an end user in `data`, as Plivo reads them (the sandbox's too).
pub(crate) const END_USER_KEYS: &[&str] = &[
    "type",
    "name",
    "last_name",
    "email",
    "address_line1",
    "address_line2",
    "city",
    "state",
    "postal_code",
    "country",
    "registration_number",
];

/// The number types a compliance application covers.
const NUMBER_TYPES: &[NumberType] = &[NumberType::Local, NumberType::Mobile, NumberType::Tollfree];

/// The end user of a compliance application: who the numbers are for.
///
/// For an application, start from [`ComplianceEndUser::new`] (type and name are required);
/// for an update, from `ComplianceEndUser::default()` with only what changes (the type
/// cannot change).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ComplianceEndUser {
    /// `individual` or `business` (create only).
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub user_type: Option<UserType>,
    /// A person's first name, or the company's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A person's last name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Email address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Address, first line.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address_line1: Option<String>,
    /// Address, second line.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address_line2: Option<String>,
    /// City.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// State or region.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// Postal code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// Country (ISO 3166-1 alpha-2).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// A company's registration number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub registration_number: Option<String>,
}

impl ComplianceEndUser {
    /// An end user of a new application: its type and name.
    pub fn new(user_type: UserType, name: impl Into<String>) -> Self {
        ComplianceEndUser {
            user_type: Some(user_type),
            name: Some(name.into()),
            ..ComplianceEndUser::default()
        }
    }

    text_setters! {
        /// Sets the first name or company name.
        name;
        /// Sets the last name.
        last_name;
        /// Sets the email address.
        email;
        /// Sets the address's first line.
        address_line1;
        /// Sets the address's second line.
        address_line2;
        /// Sets the city.
        city;
        /// Sets the state or region.
        state;
        /// Sets the postal code.
        postal_code;
        /// Sets the country.
        country;
        /// Sets the company's registration number.
        registration_number;
    }

    fn from_value(obj: Obj<'_>) -> Result<Self, Fault> {
        obj.known(END_USER_KEYS)?;
        Ok(ComplianceEndUser {
            user_type: obj.choice("type", UserType::KNOWN, UserType::as_str)?,
            name: obj.text("name")?,
            last_name: obj.text("last_name")?,
            email: obj.text("email")?,
            address_line1: obj.text("address_line1")?,
            address_line2: obj.text("address_line2")?,
            city: obj.text("city")?,
            state: obj.text("state")?,
            postal_code: obj.text("postal_code")?,
            country: obj.text("country")?,
            registration_number: obj.text("registration_number")?,
        })
    }
}

/// One document of a compliance application: the document type it proves, the fields that
/// type asks for, and the file that proves it, if it needs one.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ComplianceDocument {
    /// The document type's id, from `getPhoneNumberComplianceRequirements`.
    pub document_type_id: String,
    /// The fields the document type asks for (`required_fields` of the requirement), by
    /// field name. Left open: Plivo's shape is open here.
    #[serde(skip_serializing_if = "Map::is_empty")]
    pub data_fields: Map<String, Value>,
    /// The file, sent as the part `documents[i].file` (`i`: this document's index).
    #[serde(skip)]
    pub file: Option<File>,
}

impl ComplianceDocument {
    /// A document of this type, without fields or file yet.
    pub fn new(document_type_id: impl Into<String>) -> Self {
        ComplianceDocument {
            document_type_id: document_type_id.into(),
            data_fields: Map::new(),
            file: None,
        }
    }

    /// Sets one of the fields the document type asks for.
    pub fn data_field(mut self, name: impl Into<String>, value: impl Into<Value>) -> Self {
        self.data_fields.insert(name.into(), value.into());
        self
    }

    /// Sets the file that proves the document.
    pub fn file(mut self, file: File) -> Self {
        self.file = Some(file);
        self
    }

    fn from_value(obj: Obj<'_>) -> Result<Self, Fault> {
        obj.known(&["document_type_id", "data_fields"])?;
        let data_fields = match obj.value("data_fields") {
            None => Map::new(),
            Some(Value::Object(map)) => map.clone(),
            Some(_) => {
                return Err(Fault::new(
                    obj.field("data_fields"),
                    "must be a JSON object",
                ));
            }
        };
        Ok(ComplianceDocument {
            document_type_id: obj.text("document_type_id")?.unwrap_or_default(),
            data_fields,
            file: None,
        })
    }
}

impl ParamValue for ComplianceData {
    const KIND: &'static str = "data";
    fn from_form(value: &Value, _: &FieldSpec) -> Result<Self, String> {
        ComplianceData::from_value(value).map_err(|f| format!("`{}` {}", f.field, f.rule))
    }
    fn to_form(&self, _: &FieldSpec) -> Value {
        serde_json::to_value(self).unwrap_or_default()
    }
    fn wire(&self) -> Wire<'_> {
        Wire::Data(self)
    }
}

/// A field, by its path in the JSON form, and the rule its value broke.
struct Fault {
    field: String,
    rule: String,
}

impl Fault {
    fn new(field: impl Into<String>, rule: impl Into<String>) -> Self {
        Fault {
            field: field.into(),
            rule: rule.into(),
        }
    }
}

/// One object of `data`, read key by key with its path for errors.
struct Obj<'a> {
    path: String,
    map: &'a Map<String, Value>,
}

impl<'a> Obj<'a> {
    fn of(path: String, value: &'a Value) -> Result<Self, Fault> {
        match value {
            Value::Object(map) => Ok(Obj { path, map }),
            _ => Err(Fault::new(path, "must be a JSON object")),
        }
    }

    fn nested(&self, key: &str, value: &'a Value) -> Result<Obj<'a>, Fault> {
        Obj::of(self.field(key), value)
    }

    fn field(&self, key: &str) -> String {
        format!("{}.{key}", self.path)
    }

    /// Fails on the first key not among `keys`, with a "did you mean".
    fn known(&self, keys: &[&str]) -> Result<(), Fault> {
        let Some(key) = self.map.keys().find(|k| !keys.contains(&k.as_str())) else {
            return Ok(());
        };
        let hint = crate::suggest::closest(key, keys.iter().copied())
            .map(|near| format!("; did you mean `{near}`?"))
            .unwrap_or_default();
        Err(Fault::new(
            self.field(key),
            format!(
                "is not a key Plivo reads here{hint} (keys: {})",
                keys.join(", ")
            ),
        ))
    }

    /// The value under `key`; `null` counts as absent.
    fn value(&self, key: &str) -> Option<&'a Value> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    fn text(&self, key: &str) -> Result<Option<String>, Fault> {
        match self.value(key) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(Value::Number(n)) => Ok(Some(n.to_string())),
            Some(_) => Err(Fault::new(self.field(key), "must be a string")),
        }
    }

    /// One of `choices`, by its spelling (ASCII case ignored).
    fn choice<T: Clone>(
        &self,
        key: &str,
        choices: &[T],
        spelling: impl Fn(&T) -> &str,
    ) -> Result<Option<T>, Fault> {
        let Some(text) = self.text(key)? else {
            return Ok(None);
        };
        match choices
            .iter()
            .find(|c| spelling(c).eq_ignore_ascii_case(&text))
        {
            Some(found) => Ok(Some(found.clone())),
            None => {
                let names: Vec<&str> = choices.iter().map(&spelling).collect();
                Err(Fault::new(
                    self.field(key),
                    format!("must be one of {}, got {text:?}", names.join(", ")),
                ))
            }
        }
    }
}

/// `i` of a `documents[i].file` field name (`i` written without leading zeros).
fn document_index(key: &str) -> Option<usize> {
    let digits = key.strip_prefix("documents[")?.strip_suffix("].file")?;
    let index: usize = digits.parse().ok()?;
    (digits.bytes().all(|b| b.is_ascii_digit()) && index.to_string() == digits).then_some(index)
}

/// Reads the JSON form of a create or update: `data` (object or text) and the
/// `documents[i].file` fields, each attached to its document. Returns the other fields, for
/// the caller to read (the compliance id), checked to be fields of the operation.
fn read_form(
    op: &'static str,
    fields: &'static [FieldSpec],
    map: &Map<String, Value>,
) -> Result<(Map<String, Value>, ComplianceData), Error> {
    let mut rest = Map::new();
    let mut files = Vec::new();
    for (key, value) in map {
        match document_index(key) {
            Some(index) if !value.is_null() => files.push((index, key, value)),
            Some(_) => {}
            None => {
                rest.insert(key.clone(), value.clone());
            }
        }
    }
    FormReader::new(op, &rest).deny_unknown(fields)?;
    let mut data = match rest.get("data").filter(|v| !v.is_null()) {
        Some(value) => ComplianceData::from_value(value)
            .map_err(|f| Error::invalid(Some(op), f.field, f.rule))?,
        None => return Err(Error::invalid(Some(op), "data", "is required")),
    };
    files.sort_by_key(|(index, ..)| *index);
    for (index, key, value) in files {
        let file = File::from_json(value).map_err(|rule| Error::invalid(Some(op), key, rule))?;
        let count = data.documents.as_ref().map_or(0, Vec::len);
        let Some(document) = data.documents.as_mut().and_then(|d| d.get_mut(index)) else {
            return Err(Error::invalid(
                Some(op),
                key,
                format!(
                    "names no document: `data.documents` holds {count} (a file goes with the \
                     document at its index)"
                ),
            ));
        };
        document.file = Some(file);
    }
    Ok((rest, data))
}

/// The JSON form: the id (if any), `data` as an object, each file as `documents[i].file`.
fn write_form(id: Option<(&str, &str)>, data: &ComplianceData) -> Map<String, Value> {
    let mut map = Map::new();
    if let Some((name, id)) = id {
        map.insert(name.to_owned(), Value::String(id.to_owned()));
    }
    map.insert(
        "data".into(),
        serde_json::to_value(data).unwrap_or_default(),
    );
    for (index, file) in data.files() {
        map.insert(document_part(index), file.to_json());
    }
    map
}

fn create_from_form(map: &Map<String, Value>) -> Result<CreatePhoneNumberCompliance, Error> {
    type Op = CreatePhoneNumberCompliance;
    let (_, data) = read_form(Op::OPERATION, Op::FIELDS, map)?;
    Ok(Op::new(data))
}

fn create_to_form(op: &CreatePhoneNumberCompliance) -> Map<String, Value> {
    write_form(None, &op.data)
}

fn update_from_form(map: &Map<String, Value>) -> Result<UpdatePhoneNumberCompliance, Error> {
    type Op = UpdatePhoneNumberCompliance;
    let (rest, data) = read_form(Op::OPERATION, Op::FIELDS, map)?;
    let reader = FormReader::new(Op::OPERATION, &rest);
    let spec = &Op::FIELDS[0];
    let id: String = reader.require(spec, reader.take(spec)?)?;
    Ok(Op::new(id, data))
}

fn update_to_form(op: &UpdatePhoneNumberCompliance) -> Map<String, Value> {
    let id_name = UpdatePhoneNumberCompliance::FIELDS[0].name();
    write_form(Some((id_name, &op.compliance_id)), &op.data)
}

fn check_create(op: &CreatePhoneNumberCompliance) -> Result<(), Error> {
    op.data.check(CreatePhoneNumberCompliance::OPERATION, true)
}

fn check_update(op: &UpdatePhoneNumberCompliance) -> Result<(), Error> {
    op.data.check(UpdatePhoneNumberCompliance::OPERATION, false)
}

/// What `expand` may name. (`&Vec` because it is applied to the field by its type.)
#[allow(clippy::ptr_arg)]
fn expand_values(entries: &Vec<String>) -> Result<(), String> {
    const EXPAND: &[&str] = &["end_user", "documents", "linked_numbers"];
    match entries.iter().find(|e| !EXPAND.contains(&e.as_str())) {
        Some(other) => Err(format!(
            "holds {other:?}; each entry must be one of {}",
            EXPAND.join(", ")
        )),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_file_fields_are_read_exactly() {
        assert_eq!(document_index("documents[0].file"), Some(0));
        assert_eq!(document_index("documents[12].file"), Some(12));
        for other in [
            "documents[01].file",
            "documents[+1].file",
            "documents[].file",
            "documents[0].files",
            "document[0].file",
            "documents[-1].file",
        ] {
            assert_eq!(document_index(other), None, "{other}");
        }
    }

    #[test]
    fn data_serializes_as_plivo_reads_it() {
        let data = ComplianceData::new()
            .alias("a")
            .callback_method(HttpMethod::Post)
            .document(ComplianceDocument::new("dt").file(File::from_bytes("x.pdf", None, vec![1])));
        let text = serde_json::to_string(&data).expect("serializes");
        assert_eq!(
            text,
            r#"{"alias":"a","documents":[{"document_type_id":"dt"}],"callback_method":"POST"}"#
        );
    }
}
