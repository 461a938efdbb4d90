//! 10DLC profiles (beyond the seed): the business behind brands, with its address and
//! authorized contact as typed objects ([`Address`], [`AuthorizedContact`]).
//!
//! The closed sets ([`CustomerType`], [`EntityType`], [`Vertical`], [`AltBusinessIdType`],
//! [`StockExchange`]) are plivo-go's validators' and Plivo's docs'; the lengths checked are
//! plivo-go's (`company_name`, `website` and `doing_business_as` at most 100 characters,
//! `alt_business_id` 50, `stock_symbol` 10; an address's street and city 100, state 20,
//! postal code 10).

use serde::Serialize;
use serde_json::{Map, Value};

use crate::Error;
use crate::models;
use crate::params::{FieldSpec, Nested, ParamValue, Wire};
use crate::rules;

pub use crate::models::{AltBusinessIdType, CustomerType, EntityType, StockExchange, Vertical};

params! {
    /// `createProfile` (beyond the seed): registers the business that brands are made from
    /// (`POST Profile/`). A `PUBLIC` company also gives `stock_symbol` and `stock_exchange`.
    ///
    /// ```
    /// use plivo::ops::{Address, AuthorizedContact, CreateProfile, CustomerType, EntityType, Vertical};
    /// let op = CreateProfile::new("acme", CustomerType::Direct, EntityType::Private, "Acme Inc.", Vertical::Technology)
    ///     .ein("123456789")
    ///     .ein_issuing_country("US")
    ///     .address(Address::new("123 Main St", "New York", "NY", "10001", "US"))
    ///     .authorized_contact(AuthorizedContact::new("Jane", "Doe").email("jane@acme.example"));
    /// assert_eq!(op.entity_type, EntityType::Private);
    /// ```
    CreateProfile = "createProfile" -> models::ProfileCreated;
    required {
        /// A friendly name.
        profile_alias: String = "profileAlias" => "profile_alias";
        /// The account's own business, or a reseller's customer.
        customer_type: CustomerType = "customerType" => "customer_type";
        /// The legal form.
        entity_type: EntityType = "entityType" => "entity_type";
        /// The company's legal name, at most 100 characters.
        company_name: String = "companyName" => "company_name" [check = max_chars::<100>];
        /// The industry.
        vertical: Vertical = "vertical" => "vertical";
    }
    optional {
        /// Another business id (DUNS, LEI, GIIN), at most 50 characters.
        alt_business_id: String = "altBusinessId" => "alt_business_id" [check = max_chars::<50>];
        /// The kind of `alt_business_id`.
        alt_business_id_type: AltBusinessIdType = "altBusinessIdType" => "alt_business_id_type";
        /// The subaccount the profile is for (`SA…`).
        plivo_subaccount: String = "plivoSubaccount" => "plivo_subaccount" [check = rules::subaccount_id];
        /// The tax id (EIN in the US), at most 100 characters.
        ein: String = "ein" => "ein" [check = max_chars::<100>];
        /// The country that issued the tax id (ISO 3166-1 alpha-2).
        ein_issuing_country: String = "einIssuingCountry" => "ein_issuing_country" [check = rules::country_iso];
        /// A public company's stock symbol, at most 10 characters.
        stock_symbol: String = "stockSymbol" => "stock_symbol" [check = max_chars::<10>];
        /// A public company's exchange.
        stock_exchange: StockExchange = "stockExchange" => "stock_exchange";
        /// The business's website, at most 100 characters.
        website: String = "website" => "website" [check = max_chars::<100>];
        /// The business's address.
        address: Address = "address" => "address";
        /// Who may act for the business.
        authorized_contact: AuthorizedContact = "authorizedContact" => "authorized_contact";
        /// The business's contact email.
        business_contact_email: String = "businessContactEmail" => "business_contact_email" [check = email];
        /// The name the business trades under, at most 100 characters.
        doing_business_as: String = "doingBusinessAs" => "doing_business_as" [check = max_chars::<100>];
    }
    check = public_company_stock;
}

params! {
    /// `getSingleProfile` (beyond the seed): one profile (`GET Profile/{profile_uuid}/`).
    GetSingleProfile = "getSingleProfile" -> models::ProfileDetails;
    required {
        /// The profile's uuid.
        profile_uuid: String = "profileUuid" => "profile_uuid";
    }
    optional {}
}

params! {
    /// `getProfiles` (beyond the seed): one page of the account's profiles (`GET Profile/`).
    /// The answer keeps its items under `profiles` and sends no total
    /// ([`crate::ListShape::Named`]).
    GetProfiles = "getProfiles" -> models::Page<models::Profile>, paged;
    required {}
    optional {
        /// Page size, 1 to 20.
        limit: u32 = "limit" => "limit" [check = rules::limit];
        /// Items skipped before the page starts.
        offset: u32 = "offset" => "offset";
    }
}

params! {
    /// `updateProfile` (beyond the seed): changes a profile (`POST Profile/{profile_uuid}/`);
    /// at least one field must be given. Plivo answers with the profile as it is now.
    ///
    /// ```
    /// use plivo::ops::UpdateProfile;
    /// let op = UpdateProfile::new("201faedc-7df9-4840-9ab1-3997ce3f7cf4").website("https://acme.example");
    /// assert!(op.website.is_some());
    /// ```
    UpdateProfile = "updateProfile" -> models::ProfileDetails;
    required {
        /// The profile's uuid.
        profile_uuid: String = "profileUuid" => "profile_uuid";
    }
    optional {
        /// The business's address.
        address: Address = "address" => "address";
        /// Who may act for the business.
        authorized_contact: AuthorizedContact = "authorizedContact" => "authorized_contact";
        /// The legal form.
        entity_type: EntityType = "entityType" => "entity_type";
        /// The industry.
        vertical: Vertical = "vertical" => "vertical";
        /// The company's legal name, at most 100 characters.
        company_name: String = "companyName" => "company_name" [check = max_chars::<100>];
        /// The business's website, at most 100 characters.
        website: String = "website" => "website" [check = max_chars::<100>];
        /// The business's contact email.
        business_contact_email: String = "businessContactEmail" => "business_contact_email" [check = email];
        /// The name the business trades under, at most 100 characters.
        doing_business_as: String = "doingBusinessAs" => "doing_business_as" [check = max_chars::<100>];
    }
    check = profile_update_changes_something;
}

params! {
    /// `deleteProfile` (beyond the seed): deletes a profile (`DELETE Profile/{profile_uuid}/`).
    /// A profile that brands were made from cannot be deleted (the sandbox refuses with 400).
    DeleteProfile = "deleteProfile" -> models::Ack;
    required {
        /// The profile's uuid.
        profile_uuid: String = "profileUuid" => "profile_uuid";
    }
    optional {}
}

/// A business address (`address` of [`CreateProfile`] and [`UpdateProfile`]): every part is
/// required; the street and city take at most 100 characters, the state 20, the postal code
/// 10; the country is ISO 3166-1 alpha-2.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Address {
    /// Street and number.
    pub street: String,
    /// City.
    pub city: String,
    /// State or region (`NY`).
    pub state: String,
    /// Postal code.
    pub postal_code: String,
    /// Country (ISO 3166-1 alpha-2, `US`).
    pub country: String,
}

impl Address {
    /// The address from its parts.
    pub fn new(
        street: impl Into<String>,
        city: impl Into<String>,
        state: impl Into<String>,
        postal_code: impl Into<String>,
        country: impl Into<String>,
    ) -> Self {
        Address {
            street: street.into(),
            city: city.into(),
            state: state.into(),
            postal_code: postal_code.into(),
            country: country.into(),
        }
    }
}

const ADDRESS_KEYS: &[&str] = &["street", "city", "state", "postal_code", "country"];

impl ParamValue for Address {
    const KIND: &'static str = "object";
    fn from_form(value: &Value, _: &FieldSpec) -> Result<Self, String> {
        let map = object_of(value, ADDRESS_KEYS)?;
        let part = |key: &str| text_of(map, key)?.ok_or_else(|| format!("`{key}` is required"));
        Ok(Address {
            street: part("street")?,
            city: part("city")?,
            state: part("state")?,
            postal_code: part("postal_code")?,
            country: part("country")?,
        })
    }
    fn to_form(&self, _: &FieldSpec) -> Value {
        self.to_json()
    }
    fn wire(&self) -> Wire<'_> {
        Wire::Nested(self)
    }
    fn check(&self, _: &FieldSpec) -> Result<(), String> {
        let parts = [
            ("street", &self.street, 100),
            ("city", &self.city, 100),
            ("state", &self.state, 20),
            ("postal_code", &self.postal_code, 10),
        ];
        for (key, value, max) in parts {
            if value.trim().is_empty() {
                return Err(format!("`{key}` must not be empty"));
            }
            within(value, max).map_err(|rule| format!("`{key}` {rule}"))?;
        }
        rules::country_iso(&self.country).map_err(|rule| format!("`country` {rule}"))
    }
}

impl Nested for Address {
    fn to_json(&self) -> Value {
        serde_json::to_value(self).unwrap_or_default()
    }
}

/// The person who may act for the business (`authorized_contact` of [`CreateProfile`] and
/// [`UpdateProfile`]): a first and last name, and optionally a phone number (`+` and up to 15
/// digits), an email (at most 100 characters), a title and a seniority.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct AuthorizedContact {
    /// First name.
    pub first_name: String,
    /// Last name.
    pub last_name: String,
    /// Phone number (`+14155550100` or `14155550100`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Email address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Job title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Seniority (`admin`, `CEO`, …).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seniority: Option<String>,
}

impl AuthorizedContact {
    /// The contact from their names; add the rest with the chained methods.
    pub fn new(first_name: impl Into<String>, last_name: impl Into<String>) -> Self {
        AuthorizedContact {
            first_name: first_name.into(),
            last_name: last_name.into(),
            phone: None,
            email: None,
            title: None,
            seniority: None,
        }
    }

    /// Sets the phone number.
    pub fn phone(mut self, phone: impl Into<String>) -> Self {
        self.phone = Some(phone.into());
        self
    }

    /// Sets the email address.
    pub fn email(mut self, email: impl Into<String>) -> Self {
        self.email = Some(email.into());
        self
    }

    /// Sets the job title.
    pub fn title(mut self, title: impl Into<String>) -> Self {
        self.title = Some(title.into());
        self
    }

    /// Sets the seniority.
    pub fn seniority(mut self, seniority: impl Into<String>) -> Self {
        self.seniority = Some(seniority.into());
        self
    }
}

const CONTACT_KEYS: &[&str] = &[
    "first_name",
    "last_name",
    "phone",
    "email",
    "title",
    "seniority",
];

impl ParamValue for AuthorizedContact {
    const KIND: &'static str = "object";
    fn from_form(value: &Value, _: &FieldSpec) -> Result<Self, String> {
        let map = object_of(value, CONTACT_KEYS)?;
        let name = |key: &str| text_of(map, key)?.ok_or_else(|| format!("`{key}` is required"));
        Ok(AuthorizedContact {
            first_name: name("first_name")?,
            last_name: name("last_name")?,
            phone: text_of(map, "phone")?,
            email: text_of(map, "email")?,
            title: text_of(map, "title")?,
            seniority: text_of(map, "seniority")?,
        })
    }
    fn to_form(&self, _: &FieldSpec) -> Value {
        self.to_json()
    }
    fn wire(&self) -> Wire<'_> {
        Wire::Nested(self)
    }
    fn check(&self, _: &FieldSpec) -> Result<(), String> {
        for (key, value) in [
            ("first_name", &self.first_name),
            ("last_name", &self.last_name),
        ] {
            if value.trim().is_empty() {
                return Err(format!("`{key}` must not be empty"));
            }
        }
        if let Some(phone) = &self.phone {
            phone_number(phone).map_err(|rule| format!("`phone` {rule}"))?;
        }
        if let Some(address) = &self.email {
            email(address).map_err(|rule| format!("`email` {rule}"))?;
        }
        Ok(())
    }
}

impl Nested for AuthorizedContact {
    fn to_json(&self) -> Value {
        serde_json::to_value(self).unwrap_or_default()
    }
}

/// A JSON-form object whose keys are all among `keys`.
pub(crate) fn object_of<'v>(
    value: &'v Value,
    keys: &[&str],
) -> Result<&'v Map<String, Value>, String> {
    let Value::Object(map) = value else {
        return Err(format!(
            "must be a JSON object with the keys {}",
            keys.join(", ")
        ));
    };
    match map.keys().find(|k| !keys.contains(&k.as_str())) {
        Some(other) => Err(format!(
            "has the key `{other}`, which is not one of {}",
            keys.join(", ")
        )),
        None => Ok(map),
    }
}

/// A string member of a JSON-form object; `null` or absent is `None`.
pub(crate) fn text_of(map: &Map<String, Value>, key: &str) -> Result<Option<String>, String> {
    match map.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(text)) => Ok(Some(text.clone())),
        Some(_) => Err(format!("`{key}` must be a string")),
    }
}

/// At most `max` characters.
fn within(value: &str, max: usize) -> Result<(), String> {
    let count = value.chars().count();
    if count <= max {
        Ok(())
    } else {
        Err(format!("must be at most {max} characters (got {count})"))
    }
}

/// A text field of at most `N` characters.
#[allow(clippy::ptr_arg)]
pub(crate) fn max_chars<const N: usize>(value: &String) -> Result<(), String> {
    within(value, N)
}

/// An email address: text, one `@`, more text with a dot, no spaces; at most 100 characters.
#[allow(clippy::ptr_arg)]
pub(crate) fn email(value: &String) -> Result<(), String> {
    within(value, 100)?;
    let well_formed = match value.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains('@')
        }
        None => false,
    };
    if well_formed && !value.chars().any(char::is_whitespace) {
        Ok(())
    } else {
        Err(format!("must be an email address (got {value:?})"))
    }
}

/// A phone number in international form: an optional `+`, then 8 to 15 digits.
#[allow(clippy::ptr_arg)]
pub(crate) fn phone_number(value: &String) -> Result<(), String> {
    let digits = value.strip_prefix('+').unwrap_or(value);
    if (8..=15).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(format!(
            "must be a number in international form: an optional + and 8 to 15 digits (got {value:?})"
        ))
    }
}

/// A `PUBLIC` company gives its stock symbol and exchange (plivo-go's `required_if`).
fn public_company_stock(op: &CreateProfile) -> Result<(), Error> {
    if op.entity_type != EntityType::Public {
        return Ok(());
    }
    if op.stock_symbol.is_none() {
        return Err(Error::invalid(
            Some(CreateProfile::OPERATION),
            "stockSymbol",
            "is required when entityType is PUBLIC",
        ));
    }
    if op.stock_exchange.is_none() {
        return Err(Error::invalid(
            Some(CreateProfile::OPERATION),
            "stockExchange",
            "is required when entityType is PUBLIC",
        ));
    }
    Ok(())
}

/// An update must change something.
fn profile_update_changes_something(op: &UpdateProfile) -> Result<(), Error> {
    let mut set = false;
    op.encode(&mut |spec, _| set |= spec.wire_name() != "profile_uuid");
    if set {
        Ok(())
    } else {
        Err(Error::invalid(
            Some(UpdateProfile::OPERATION),
            "address",
            "nothing to update: give at least one of address, authorizedContact, entityType, \
             vertical, companyName, website, businessContactEmail, doingBusinessAs",
        ))
    }
}
