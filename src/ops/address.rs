//! Addresses and identities for number regulation (beyond the seed): the proof of address
//! and of identity some countries ask for before a number may be rented there
//! (`Verification/Address/`, `Verification/Identity/`).
//!
//! Creating and updating one are uploads (`multipart/form-data`, the second shape: the text
//! fields as text parts, in the order of the struct, then the proof as the part `file`).
//! Plivo answers `202` with `{"api_id", "message"}` and no id: find the new entry with
//! [`GetAddresses`] or [`GetIdentities`] (by `alias`, say).
//!
//! [`CreateAddress`] says what is sent and what is checked, for both.

use super::File;
use crate::models::{self, NumberType, VerificationStatus};
use crate::{Error, rules};

wire_enum! {
    /// How the person is addressed.
    pub enum Salutation {
        /// `Mr`
        Mr = "Mr",
        /// `Ms`
        Ms = "Ms",
    }
}

wire_enum! {
    /// The document that proves an address (`address_proof_type`), as plivo-python lists
    /// them. Plivo's API reference spells a wider set under the name `proof_type`
    /// (`NATIONAL_ID_CARD`, `PASSPORT`, …); this crate sends plivo-python's name and values.
    pub enum AddressProofType {
        /// A national identity card.
        NationalId = "national_id",
        /// A passport.
        Passport = "passport",
        /// A business registration.
        BusinessId = "business_id",
        /// Spain: the fiscal identification number (NIF).
        Nif = "NIF",
        /// Spain: the foreigner's identity number (NIE).
        Nie = "NIE",
        /// Spain: the national identity document (DNI).
        Dni = "DNI",
        /// Any other document.
        Others = "others",
    }
}

params! {
    /// `createAddress` (beyond the seed): submits an address with its proof for
    /// verification (`POST Verification/Address/`, `multipart/form-data`: the text fields,
    /// then the proof as `file`). Plivo answers `202` with `{"api_id", "message"}` and no
    /// id: find the new address with [`GetAddresses`] (by `alias`, say).
    ///
    /// # What is sent, and what plivo-python sends instead
    ///
    /// - Booleans (`auto_correct_address`) travel as the text `true` or `false`, the form Plivo's
    ///   API reference writes them in; plivo-python sends Python's `True`/`False`.
    /// - The proof is only the `file` part (its file name, without the local directory, and its
    ///   content type); plivo-python also sends the local path as a text field
    ///   `file_to_upload`, which this crate never does. Without a proof no `file` part is sent
    ///   (plivo-python sends an empty one).
    /// - The proof is a JPEG, PNG or PDF file (by its content type, which [`File`] takes from the
    ///   extension unless given) of at most 5 MiB: Plivo's reference says 5 MB, checked as
    ///   5,242,880 bytes so that no file Plivo accepts is refused here.
    ///
    /// # Checked before sending
    ///
    /// Required fields are not blank; `country_iso` and `phone_number_country` are ISO 3166-1
    /// alpha-2 codes (`FR`); `salutation` is `Mr` or `Ms` ([`Salutation`]); an address's proof
    /// type is one of plivo-python's seven ([`AddressProofType`]); `number_type` is `local`,
    /// `national`, `mobile` or `tollfree`; `callback_url` is an absolute http(s) URL; a
    /// `subaccount` is a subaccount's auth id; an identity's `birth_date` and `id_issue_date`
    /// are dates as `YYYY-MM-DD`. A new address in Spain (`ES`) needs a
    /// `fiscal_identification_code`, one in Denmark (`DK`) a `street_code` and a
    /// `municipal_code` (plivo-python's rules; its Danish check calls `all` with two
    /// arguments, so it fails with a `TypeError` for every Danish address).
    /// An update that changes nothing is refused.
    ///
    /// ```
    /// use plivo::ops::{AddressProofType, CreateAddress, File, Salutation};
    /// let op = CreateAddress::new(
    ///     "FR", Salutation::Mr, "Bruce", "Wayne", "128", "RUE DU COMMANDANT GUILBAUD",
    ///     "PARIS", "PARIS", "75016", AddressProofType::Passport,
    /// )
    /// .alias("paris office")
    /// .auto_correct_address(false)
    /// .file(File::from_bytes("proof.pdf", None, b"%PDF-1.4".to_vec()));
    /// assert_eq!(op.file.as_ref().map(|f| f.content_type()).as_deref(), Some("application/pdf"));
    /// ```
    CreateAddress = "createAddress" -> models::VerificationAccepted;
    required {
        /// The address's country (ISO 3166-1 alpha-2, `FR`).
        country_iso: String = "countryIso" => "country_iso" [check = rules::country_iso];
        /// `Mr` or `Ms`.
        salutation: Salutation = "salutation" => "salutation";
        /// First name of the person or business contact.
        first_name: String = "firstName" => "first_name";
        /// Last name.
        last_name: String = "lastName" => "last_name";
        /// Building name or number.
        address_line1: String = "addressLine1" => "address_line1";
        /// Street.
        address_line2: String = "addressLine2" => "address_line2";
        /// City.
        city: String = "city" => "city";
        /// Region or state.
        region: String = "region" => "region";
        /// Postal code.
        postal_code: String = "postalCode" => "postal_code";
        /// The kind of document the proof is.
        address_proof_type: AddressProofType = "addressProofType" => "address_proof_type";
    }
    optional {
        /// A friendly name.
        alias: String = "alias" => "alias";
        /// Whether Plivo may correct the address (sent as `true` or `false`).
        auto_correct_address: bool = "autoCorrectAddress" => "auto_correct_address";
        /// Spain: the fiscal identification code (required there).
        fiscal_identification_code: String =
            "fiscalIdentificationCode" => "fiscal_identification_code";
        /// Denmark: the street code (required there).
        street_code: String = "streetCode" => "street_code";
        /// Denmark: the municipal code (required there).
        municipal_code: String = "municipalCode" => "municipal_code";
        /// Where Plivo reports the verification's outcome.
        callback_url: String = "callbackUrl" => "callback_url" [check = rules::http_url];
        /// The country of the numbers the address is for (ISO 3166-1 alpha-2); Plivo's
        /// reference and plivo-ruby/node send it, plivo-python does not.
        phone_number_country: String =
            "phoneNumberCountry" => "phone_number_country" [check = rules::country_iso];
        /// The kind of numbers the address is for: `local`, `national`, `mobile` or
        /// `tollfree` (as `phone_number_country`).
        number_type: NumberType = "numberType" => "number_type" [check = verification_number_type];
        /// The proof: a JPEG, PNG or PDF file of at most 5 MiB, sent as the part `file`.
        file: File = "file" => "file" [max_bytes = 5_242_880, check = proof_file];
    }
    check = check_create_address;
}

params! {
    /// `updateAddress` (beyond the seed): changes an address, with a new proof if given
    /// (`POST Verification/Address/{address_id}/`, `multipart/form-data`). Only what is set
    /// is sent; an update that changes nothing is refused.
    ///
    /// ```
    /// use plivo::ops::UpdateAddress;
    /// let op = UpdateAddress::new("20220771838737").city("LYON").postal_code("69001");
    /// assert_eq!(op.city.as_deref(), Some("LYON"));
    /// ```
    UpdateAddress = "updateAddress" -> models::VerificationAccepted;
    required {
        /// The address's id.
        address_id: String = "addressId" => "address_id";
    }
    optional {
        /// The address's country (ISO 3166-1 alpha-2).
        country_iso: String = "countryIso" => "country_iso" [check = rules::country_iso];
        /// `Mr` or `Ms`.
        salutation: Salutation = "salutation" => "salutation";
        /// First name.
        first_name: String = "firstName" => "first_name";
        /// Last name.
        last_name: String = "lastName" => "last_name";
        /// Building name or number.
        address_line1: String = "addressLine1" => "address_line1";
        /// Street.
        address_line2: String = "addressLine2" => "address_line2";
        /// City.
        city: String = "city" => "city";
        /// Region or state.
        region: String = "region" => "region";
        /// Postal code.
        postal_code: String = "postalCode" => "postal_code";
        /// A friendly name.
        alias: String = "alias" => "alias";
        /// Whether Plivo may correct the address (sent as `true` or `false`).
        auto_correct_address: bool = "autoCorrectAddress" => "auto_correct_address";
        /// Where Plivo reports the verification's outcome.
        callback_url: String = "callbackUrl" => "callback_url" [check = rules::http_url];
        /// The country of the numbers the address is for (ISO 3166-1 alpha-2).
        phone_number_country: String =
            "phoneNumberCountry" => "phone_number_country" [check = rules::country_iso];
        /// The kind of numbers the address is for.
        number_type: NumberType = "numberType" => "number_type" [check = verification_number_type];
        /// A new proof: a JPEG, PNG or PDF file of at most 5 MiB.
        file: File = "file" => "file" [max_bytes = 5_242_880, check = proof_file];
    }
    check = check_update_address;
}

params! {
    /// `getSingleAddress` (beyond the seed): one address
    /// (`GET Verification/Address/{address_id}/`).
    GetSingleAddress = "getSingleAddress" -> models::Address;
    required {
        /// The address's id.
        address_id: String = "addressId" => "address_id";
    }
    optional {}
}

params! {
    /// `getAddresses` (beyond the seed): one page of the account's addresses
    /// (`GET Verification/Address/`), filtered by what is set.
    GetAddresses = "getAddresses" -> models::Page<models::Address>, paged;
    required {}
    optional {
        /// Only addresses in this country (ISO 3166-1 alpha-2).
        country_iso: String = "countryIso" => "country_iso" [check = rules::country_iso];
        /// Only addresses whose person's or business's name holds this.
        customer_name: String = "customerName" => "customer_name";
        /// Only addresses with this alias.
        alias: String = "alias" => "alias";
        /// Only addresses whose verification stands so (`pending`, `accepted`, `rejected`).
        verification_status: VerificationStatus = "verificationStatus" => "verification_status";
        /// Only addresses whose validation stands so (`pending`, `accepted`, `rejected`).
        validation_status: VerificationStatus = "validationStatus" => "validation_status";
        /// Page size, 1 to 20.
        limit: u32 = "limit" => "limit" [check = rules::limit];
        /// Items skipped before the page starts.
        offset: u32 = "offset" => "offset";
    }
}

params! {
    /// `deleteAddress` (beyond the seed): deletes an address
    /// (`DELETE Verification/Address/{address_id}/`, answered with 204).
    DeleteAddress = "deleteAddress" -> models::Ack;
    required {
        /// The address's id.
        address_id: String = "addressId" => "address_id";
    }
    optional {}
}

params! {
    /// `createIdentity` (beyond the seed): submits a person's identity with its proof for
    /// verification (`POST Verification/Identity/`, `multipart/form-data`: the text fields,
    /// then the proof as `file`), answered `202` without an id: find the new identity with
    /// [`GetIdentities`]. What is sent and checked is as for [`CreateAddress`].
    ///
    /// ```
    /// use plivo::ops::{CreateIdentity, File, Salutation};
    /// let op = CreateIdentity::new(
    ///     "FR", Salutation::Mr, "Bruce", "Wayne", "Gotham", "1939-05-27", "FR", "FR",
    ///     "2017-01-01", "passport", "33522", "128", "RUE DU COMMANDANT GUILBAUD", "PARIS",
    ///     "PARIS", "75016",
    /// )
    /// .file(File::from_bytes("passport.png", None, vec![0x89, b'P', b'N', b'G']));
    /// assert_eq!(op.id_type, "passport");
    /// ```
    CreateIdentity = "createIdentity" -> models::VerificationAccepted;
    required {
        /// The country of the identity (ISO 3166-1 alpha-2).
        country_iso: String = "countryIso" => "country_iso" [check = rules::country_iso];
        /// `Mr` or `Ms`.
        salutation: Salutation = "salutation" => "salutation";
        /// First name.
        first_name: String = "firstName" => "first_name";
        /// Last name.
        last_name: String = "lastName" => "last_name";
        /// Place of birth.
        birth_place: String = "birthPlace" => "birth_place";
        /// Date of birth, `YYYY-MM-DD`.
        birth_date: String = "birthDate" => "birth_date" [check = date];
        /// Nationality.
        nationality: String = "nationality" => "nationality";
        /// The nationality the identity document states.
        id_nationality: String = "idNationality" => "id_nationality";
        /// When the identity document was issued, `YYYY-MM-DD`.
        id_issue_date: String = "idIssueDate" => "id_issue_date" [check = date];
        /// The kind of identity document (`passport`, `national_id`, …). Left open:
        /// plivo-python checks no set here.
        id_type: String = "idType" => "id_type";
        /// The identity document's number.
        id_number: String = "idNumber" => "id_number";
        /// Address: building name or number.
        address_line1: String = "addressLine1" => "address_line1";
        /// Address: street.
        address_line2: String = "addressLine2" => "address_line2";
        /// Address: city.
        city: String = "city" => "city";
        /// Address: region or state.
        region: String = "region" => "region";
        /// Address: postal code.
        postal_code: String = "postalCode" => "postal_code";
    }
    optional {
        /// A friendly name.
        alias: String = "alias" => "alias";
        /// The business's name, for a business identity.
        business_name: String = "businessName" => "business_name";
        /// The fiscal identification code (businesses).
        fiscal_identification_code: String =
            "fiscalIdentificationCode" => "fiscal_identification_code";
        /// The street code.
        street_code: String = "streetCode" => "street_code";
        /// The municipal code.
        municipal_code: String = "municipalCode" => "municipal_code";
        /// The subaccount the identity belongs to (its auth id).
        subaccount: String = "subaccount" => "subaccount" [check = rules::subaccount_id];
        /// Whether Plivo may correct the address (sent as `true` or `false`).
        auto_correct_address: bool = "autoCorrectAddress" => "auto_correct_address";
        /// Where Plivo reports the verification's outcome.
        callback_url: String = "callbackUrl" => "callback_url" [check = rules::http_url];
        /// The country of the numbers the identity is for (ISO 3166-1 alpha-2); Plivo's
        /// reference and plivo-ruby/node send it, plivo-python does not.
        phone_number_country: String =
            "phoneNumberCountry" => "phone_number_country" [check = rules::country_iso];
        /// The kind of numbers the identity is for: `local`, `national`, `mobile` or
        /// `tollfree`.
        number_type: NumberType = "numberType" => "number_type" [check = verification_number_type];
        /// The proof: a JPEG, PNG or PDF file of at most 5 MiB, sent as the part `file`.
        file: File = "file" => "file" [max_bytes = 5_242_880, check = proof_file];
    }
}

params! {
    /// `updateIdentity` (beyond the seed): changes an identity, with a new proof if given
    /// (`POST Verification/Identity/{identity_id}/`, `multipart/form-data`). Only what is set
    /// is sent; an update that changes nothing is refused.
    ///
    /// ```
    /// use plivo::ops::UpdateIdentity;
    /// let op = UpdateIdentity::new("24856289978366").id_number("33523");
    /// assert_eq!(op.id_number.as_deref(), Some("33523"));
    /// ```
    UpdateIdentity = "updateIdentity" -> models::VerificationAccepted;
    required {
        /// The identity's id.
        identity_id: String = "identityId" => "identity_id";
    }
    optional {
        /// The country of the identity (ISO 3166-1 alpha-2).
        country_iso: String = "countryIso" => "country_iso" [check = rules::country_iso];
        /// `Mr` or `Ms`.
        salutation: Salutation = "salutation" => "salutation";
        /// First name.
        first_name: String = "firstName" => "first_name";
        /// Last name.
        last_name: String = "lastName" => "last_name";
        /// Place of birth.
        birth_place: String = "birthPlace" => "birth_place";
        /// Date of birth, `YYYY-MM-DD`.
        birth_date: String = "birthDate" => "birth_date" [check = date];
        /// Nationality.
        nationality: String = "nationality" => "nationality";
        /// The nationality the identity document states.
        id_nationality: String = "idNationality" => "id_nationality";
        /// When the identity document was issued, `YYYY-MM-DD`.
        id_issue_date: String = "idIssueDate" => "id_issue_date" [check = date];
        /// The kind of identity document.
        id_type: String = "idType" => "id_type";
        /// The identity document's number.
        id_number: String = "idNumber" => "id_number";
        /// Address: building name or number.
        address_line1: String = "addressLine1" => "address_line1";
        /// Address: street.
        address_line2: String = "addressLine2" => "address_line2";
        /// Address: city.
        city: String = "city" => "city";
        /// Address: region or state.
        region: String = "region" => "region";
        /// Address: postal code.
        postal_code: String = "postalCode" => "postal_code";
        /// A friendly name.
        alias: String = "alias" => "alias";
        /// The business's name.
        business_name: String = "businessName" => "business_name";
        /// The fiscal identification code.
        fiscal_identification_code: String =
            "fiscalIdentificationCode" => "fiscal_identification_code";
        /// The street code.
        street_code: String = "streetCode" => "street_code";
        /// The municipal code.
        municipal_code: String = "municipalCode" => "municipal_code";
        /// The subaccount the identity belongs to (its auth id).
        subaccount: String = "subaccount" => "subaccount" [check = rules::subaccount_id];
        /// Whether Plivo may correct the address (sent as `true` or `false`).
        auto_correct_address: bool = "autoCorrectAddress" => "auto_correct_address";
        /// Where Plivo reports the verification's outcome.
        callback_url: String = "callbackUrl" => "callback_url" [check = rules::http_url];
        /// The country of the numbers the identity is for (ISO 3166-1 alpha-2).
        phone_number_country: String =
            "phoneNumberCountry" => "phone_number_country" [check = rules::country_iso];
        /// The kind of numbers the identity is for.
        number_type: NumberType = "numberType" => "number_type" [check = verification_number_type];
        /// A new proof: a JPEG, PNG or PDF file of at most 5 MiB.
        file: File = "file" => "file" [max_bytes = 5_242_880, check = proof_file];
    }
    check = check_update_identity;
}

params! {
    /// `getSingleIdentity` (beyond the seed): one identity
    /// (`GET Verification/Identity/{identity_id}/`).
    GetSingleIdentity = "getSingleIdentity" -> models::Identity;
    required {
        /// The identity's id.
        identity_id: String = "identityId" => "identity_id";
    }
    optional {}
}

params! {
    /// `getIdentities` (beyond the seed): one page of the account's identities
    /// (`GET Verification/Identity/`), filtered by what is set.
    GetIdentities = "getIdentities" -> models::Page<models::Identity>, paged;
    required {}
    optional {
        /// Only identities of this country (ISO 3166-1 alpha-2).
        country_iso: String = "countryIso" => "country_iso" [check = rules::country_iso];
        /// Only identities whose person's or business's name holds this.
        customer_name: String = "customerName" => "customer_name";
        /// Only identities with this alias.
        alias: String = "alias" => "alias";
        /// Only identities whose verification stands so (`pending`, `accepted`, `rejected`).
        verification_status: VerificationStatus = "verificationStatus" => "verification_status";
        /// Page size, 1 to 20.
        limit: u32 = "limit" => "limit" [check = rules::limit];
        /// Items skipped before the page starts.
        offset: u32 = "offset" => "offset";
    }
}

params! {
    /// `deleteIdentity` (beyond the seed): deletes an identity
    /// (`DELETE Verification/Identity/{identity_id}/`, answered with 204).
    DeleteIdentity = "deleteIdentity" -> models::Ack;
    required {
        /// The identity's id.
        identity_id: String = "identityId" => "identity_id";
    }
    optional {}
}

/// The number types an address or identity may be for.
fn verification_number_type(v: &NumberType) -> Result<(), String> {
    match v {
        NumberType::Local | NumberType::National | NumberType::Mobile | NumberType::Tollfree => {
            Ok(())
        }
        other => Err(format!(
            "must be one of local, national, mobile, tollfree, got {:?}",
            other.as_str()
        )),
    }
}

/// A proof is a JPEG, PNG or PDF file (by its content type).
fn proof_file(file: &File) -> Result<(), String> {
    const PROOF_TYPES: &[&str] = &["image/jpeg", "image/png", "application/pdf"];
    let content_type = file.content_type();
    let bare = content_type.split(';').next().unwrap_or_default().trim();
    if PROOF_TYPES.iter().any(|t| t.eq_ignore_ascii_case(bare)) {
        Ok(())
    } else {
        Err(format!(
            "must be a JPEG, PNG or PDF file (`{}` is {content_type}; name it .jpg, .jpeg, \
             .png or .pdf, or give its content type)",
            file.filename()
        ))
    }
}

/// A date as `YYYY-MM-DD`, month 01 to 12 and day 01 to 31.
#[allow(clippy::ptr_arg)]
fn date(v: &String) -> Result<(), String> {
    let b = v.as_bytes();
    let number = |r: std::ops::Range<usize>| {
        b.get(r)
            .filter(|d| d.iter().all(u8::is_ascii_digit))
            .and_then(|d| std::str::from_utf8(d).ok()?.parse::<u32>().ok())
    };
    let dashes = b.get(4) == Some(&b'-') && b.get(7) == Some(&b'-');
    let in_range = |n: Option<u32>, max: u32| n.is_some_and(|n| (1..=max).contains(&n));
    if b.len() == 10
        && dashes
        && number(0..4).is_some()
        && in_range(number(5..7), 12)
        && in_range(number(8..10), 31)
    {
        Ok(())
    } else {
        Err(format!("must be a date as YYYY-MM-DD, got {v:?}"))
    }
}

/// The country rules of a new address: Spain needs a fiscal identification code, Denmark a
/// street code and a municipal code.
fn check_create_address(op: &CreateAddress) -> Result<(), Error> {
    let missing = |field: &str, why: &str| {
        Err(Error::invalid(
            Some(CreateAddress::OPERATION),
            field,
            format!("is required {why}"),
        ))
    };
    let blank = |v: &Option<String>| v.as_deref().is_none_or(|v| v.trim().is_empty());
    match op.country_iso.as_str() {
        "ES" if blank(&op.fiscal_identification_code) => {
            missing("fiscalIdentificationCode", "for an address in Spain (ES)")
        }
        "DK" if blank(&op.street_code) => missing("streetCode", "for an address in Denmark (DK)"),
        "DK" if blank(&op.municipal_code) => {
            missing("municipalCode", "for an address in Denmark (DK)")
        }
        _ => Ok(()),
    }
}

/// Refuses an update of `op` (with `id` its id field) that sets no field.
fn something_changes(op: &'static str, fields: usize) -> Result<(), Error> {
    if fields > 1 {
        Ok(())
    } else {
        Err(Error::invalid(
            Some(op),
            "params",
            "change nothing: set at least one field to update",
        ))
    }
}

fn check_update_address(op: &UpdateAddress) -> Result<(), Error> {
    let mut count = 0;
    op.encode(&mut |_, _| count += 1);
    something_changes(UpdateAddress::OPERATION, count)
}

fn check_update_identity(op: &UpdateIdentity) -> Result<(), Error> {
    let mut count = 0;
    op.encode(&mut |_, _| count += 1);
    something_changes(UpdateIdentity::OPERATION, count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_checked_by_shape() {
        for good in ["1939-05-27", "2017-12-31"] {
            assert!(date(&good.to_owned()).is_ok(), "{good}");
        }
        for bad in [
            "1939-5-27",
            "27-05-1939",
            "1939-13-01",
            "1939-05-00",
            "1939/05/27",
            "",
        ] {
            assert!(date(&bad.to_owned()).is_err(), "{bad}");
        }
    }

    #[test]
    fn proofs_are_jpeg_png_or_pdf() {
        assert!(proof_file(&File::from_bytes("a.JPG", None, vec![])).is_ok());
        assert!(proof_file(&File::from_bytes("scan", Some("application/pdf"), vec![])).is_ok());
        let err = proof_file(&File::from_bytes("a.gif", None, vec![])).expect_err("gif");
        assert!(err.contains("image/gif"), "{err}");
    }
}
