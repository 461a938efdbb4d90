//! Addresses and identities for number regulation: the multipart create and update (text
//! parts, then the proof as `file`; booleans as `true`/`false`, no local path), the gets,
//! lists and deletes on the wire, the checks, the recorded answers and the sandbox's flow.

mod common;

use common::multipart::*;
use common::*;
use mockito::Server;
use plivo::models::{Address, Identity, VerificationAccepted, VerificationStatus};
use plivo::ops::{
    AddressProofType, CreateAddress, CreateIdentity, DeleteAddress, DeleteIdentity, File,
    GetAddresses, GetIdentities, GetSingleAddress, GetSingleIdentity, NumberType, Salutation,
    UpdateAddress, UpdateIdentity,
};
use plivo::{Operation, Paged};
use serde_json::{Value, json};

const ADDRESS_CREATED: &str = include_str!("data/fixtures/addressCreateResponse.json");
const ADDRESS_UPDATED: &str = include_str!("data/fixtures/addressUpdateResponse.json");
const ADDRESS_GOT: &str = include_str!("data/fixtures/addressGetResponse.json");
const ADDRESS_LIST: &str = include_str!("data/fixtures/addressListResponse.json");
const IDENTITY_CREATED: &str = include_str!("data/fixtures/identityCreateResponse.json");
const IDENTITY_UPDATED: &str = include_str!("data/fixtures/identityUpdateResponse.json");
const IDENTITY_GOT: &str = include_str!("data/fixtures/identityGetResponse.json");
const IDENTITY_LIST: &str = include_str!("data/fixtures/identityListResponse.json");

/// A text part as read back.
fn text(name: &str, value: &str) -> ReadPart {
    ReadPart {
        name: name.into(),
        filename: None,
        content_type: None,
        data: value.as_bytes().to_vec(),
    }
}

fn paris() -> CreateAddress {
    CreateAddress::new(
        "FR",
        Salutation::Mr,
        "Bruce",
        "Wayne",
        "128",
        "RUE DU COMMANDANT GUILBAUD",
        "PARIS",
        "PARIS",
        "75016",
        AddressProofType::Passport,
    )
}

fn bruce() -> CreateIdentity {
    CreateIdentity::new(
        "FR",
        Salutation::Mr,
        "Bruce",
        "Wayne",
        "Gotham",
        "1939-05-27",
        "FR",
        "FR",
        "2017-01-01",
        "passport",
        "33522",
        "128",
        "RUE DU COMMANDANT GUILBAUD",
        "PARIS",
        "PARIS",
        "75016",
    )
}

/// Sends both forms to a multipart mock and returns the parts each request carried.
fn sent_parts(
    typed: Operation,
    form: Value,
    method: &str,
    path: &str,
    answer: &str,
) -> Vec<Vec<ReadPart>> {
    let from_json = Operation::from_value(&form).expect("JSON form");
    assert_eq!(from_json, typed, "JSON form and typed form differ");
    let mut server = Server::new();
    let (mock, seen) = multipart_mock(&mut server, method, path, 202, answer, 2);
    let client = client_for(&server);
    for op in [typed, from_json] {
        let accepted: VerificationAccepted = client
            .call(op)
            .expect("accepted")
            .decode()
            .expect("decodes");
        assert_eq!(
            accepted.message.as_deref(),
            Some("Your request has been accepted.")
        );
    }
    mock.assert();
    let seen = seen.lock().expect("lock");
    seen.iter()
        .map(|(content_type, body)| read_parts(content_type, body))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// On the wire
// ---------------------------------------------------------------------------------------------

#[test]
fn create_address_sends_text_parts_then_the_proof() {
    let dir = temp_dir("address", "create");
    let scan = dir.join("proof.PDF");
    let bytes: Vec<u8> = b"%PDF-1.4\r\n--not a boundary\r\n\x00\xff".to_vec();
    std::fs::write(&scan, &bytes).expect("write");
    let typed = paris()
        .alias("paris office")
        .auto_correct_address(false)
        .callback_url("https://example.com/address")
        .phone_number_country("FR")
        .number_type(NumberType::Local)
        .file(File::from_path(&scan));
    // Catalog names in camelCase and wire names both read.
    let form = json!({"operation": "createAddress", "params": {
        "countryIso": "FR", "salutation": "Mr", "first_name": "Bruce", "lastName": "Wayne",
        "addressLine1": "128", "address_line2": "RUE DU COMMANDANT GUILBAUD", "city": "PARIS",
        "region": "PARIS", "postalCode": "75016", "address_proof_type": "passport",
        "alias": "paris office", "autoCorrectAddress": "false",
        "callback_url": "https://example.com/address", "phoneNumberCountry": "FR",
        "number_type": "local", "file": scan.display().to_string(),
    }});
    for parts in sent_parts(
        typed.into(),
        form,
        "POST",
        "Verification/Address/",
        ADDRESS_CREATED,
    ) {
        assert_eq!(
            parts,
            vec![
                text("country_iso", "FR"),
                text("salutation", "Mr"),
                text("first_name", "Bruce"),
                text("last_name", "Wayne"),
                text("address_line1", "128"),
                text("address_line2", "RUE DU COMMANDANT GUILBAUD"),
                text("city", "PARIS"),
                text("region", "PARIS"),
                text("postal_code", "75016"),
                text("address_proof_type", "passport"),
                text("alias", "paris office"),
                text("auto_correct_address", "false"),
                text("callback_url", "https://example.com/address"),
                text("phone_number_country", "FR"),
                text("number_type", "local"),
                file_part("proof.PDF", "application/pdf", &bytes),
            ]
        );
        // Never the local path, never Python's `True`.
        assert!(parts.iter().all(|p| p.name != "file_to_upload"));
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn create_address_without_a_proof_sends_no_file_part() {
    let typed = paris().auto_correct_address(true);
    let form = json!({"operation": "createAddress", "params": {
        "country_iso": "FR", "salutation": "Mr", "first_name": "Bruce", "last_name": "Wayne",
        "address_line1": "128", "address_line2": "RUE DU COMMANDANT GUILBAUD", "city": "PARIS",
        "region": "PARIS", "postal_code": "75016", "addressProofType": "PASSPORT",
        "auto_correct_address": true,
    }});
    for parts in sent_parts(
        typed.into(),
        form,
        "POST",
        "Verification/Address/",
        ADDRESS_CREATED,
    ) {
        assert_eq!(parts.len(), 11);
        assert_eq!(parts[10], text("auto_correct_address", "true"));
        assert!(parts.iter().all(|p| p.filename.is_none()), "{parts:?}");
    }
}

#[test]
fn update_address_sends_only_what_changes_below_its_escaped_id() {
    let typed = UpdateAddress::new("2022/07 71")
        .city("LYON")
        .auto_correct_address(true)
        .file(File::from_bytes("bill.png", None, vec![0x89, b'P']));
    let form = json!({"operation": "updateAddress", "params": {
        "addressId": "2022/07 71", "city": "LYON", "auto_correct_address": true,
        "file": {"filename": "bill.png", "base64": "iVA="},
    }});
    for parts in sent_parts(
        typed.into(),
        form,
        "POST",
        "Verification/Address/2022%2F07%2071/",
        ADDRESS_UPDATED,
    ) {
        assert_eq!(
            parts,
            vec![
                text("city", "LYON"),
                text("auto_correct_address", "true"),
                file_part("bill.png", "image/png", &[0x89, b'P']),
            ]
        );
    }
}

#[test]
fn create_and_update_identity_send_their_fields() {
    let typed = bruce()
        .business_name("Wayne Enterprises")
        .subaccount("SAXXXXXXXXXXXXXXXXXX")
        .file(File::from_bytes("passport.jpg", None, vec![0xff, 0xd8]));
    let form = json!({"operation": "createIdentity", "params": {
        "countryIso": "FR", "salutation": "Mr", "firstName": "Bruce", "lastName": "Wayne",
        "birthPlace": "Gotham", "birthDate": "1939-05-27", "nationality": "FR",
        "idNationality": "FR", "idIssueDate": "2017-01-01", "idType": "passport",
        "idNumber": "33522", "addressLine1": "128", "addressLine2": "RUE DU COMMANDANT GUILBAUD",
        "city": "PARIS", "region": "PARIS", "postalCode": "75016",
        "businessName": "Wayne Enterprises", "subaccount": "SAXXXXXXXXXXXXXXXXXX",
        "file": {"filename": "passport.jpg", "base64": "/9g="},
    }});
    for parts in sent_parts(
        typed.into(),
        form,
        "POST",
        "Verification/Identity/",
        IDENTITY_CREATED,
    ) {
        let names: Vec<&str> = parts.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(
            names,
            [
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
                "business_name",
                "subaccount",
                "file",
            ]
        );
        assert_eq!(parts[5], text("birth_date", "1939-05-27"));
        assert_eq!(parts[17], text("subaccount", "SAXXXXXXXXXXXXXXXXXX"));
        assert_eq!(
            parts[18],
            file_part("passport.jpg", "image/jpeg", &[0xff, 0xd8])
        );
    }

    let typed = UpdateIdentity::new("24856289978366")
        .id_number("33523")
        .auto_correct_address(false);
    let form = json!({"operation": "updateIdentity", "params": {
        "identity_id": "24856289978366", "idNumber": "33523", "autoCorrectAddress": false,
    }});
    for parts in sent_parts(
        typed.into(),
        form,
        "POST",
        "Verification/Identity/24856289978366/",
        IDENTITY_UPDATED,
    ) {
        assert_eq!(
            parts,
            vec![
                text("id_number", "33523"),
                text("auto_correct_address", "false")
            ]
        );
    }
}

#[test]
fn gets_lists_and_deletes_wire() {
    assert_both(
        GetSingleAddress::new("20220771838737"),
        json!({"operation": "getSingleAddress", "params": {"addressId": "20220771838737"}}),
        Expect::get("Verification/Address/20220771838737/"),
    );
    assert_both(
        GetSingleAddress::new("a/b"),
        json!({"operation": "getSingleAddress", "params": {"address_id": "a/b"}}),
        Expect::get("Verification/Address/a%2Fb/"),
    );
    assert_both(
        GetAddresses::new()
            .country_iso("FR")
            .customer_name("Bruce Wayne")
            .alias("home")
            .verification_status(VerificationStatus::Pending)
            .validation_status(VerificationStatus::Accepted)
            .limit(20)
            .offset(0),
        json!({"operation": "getAddresses", "params": {
            "countryIso": "FR", "customer_name": "Bruce Wayne", "alias": "home",
            "verificationStatus": "pending", "validation_status": "accepted",
            "limit": 20, "offset": 0}}),
        Expect::get("Verification/Address/").query(&[
            ("country_iso", "FR"),
            ("customer_name", "Bruce Wayne"),
            ("alias", "home"),
            ("verification_status", "pending"),
            ("validation_status", "accepted"),
            ("limit", "20"),
            ("offset", "0"),
        ]),
    );
    assert_both(
        DeleteAddress::new("20220771838737"),
        json!({"operation": "deleteAddress", "params": {"addressId": "20220771838737"}}),
        Expect::delete("Verification/Address/20220771838737/"),
    );
    assert_both(
        GetSingleIdentity::new("24856289978366"),
        json!({"operation": "getSingleIdentity", "params": {"identityId": "24856289978366"}}),
        Expect::get("Verification/Identity/24856289978366/"),
    );
    assert_both(
        GetIdentities::new()
            .customer_name("Wayne")
            .verification_status(VerificationStatus::Rejected)
            .limit(5),
        json!({"operation": "getIdentities", "params": {
            "customerName": "Wayne", "verification_status": "rejected", "limit": "5"}}),
        Expect::get("Verification/Identity/").query(&[
            ("customer_name", "Wayne"),
            ("verification_status", "rejected"),
            ("limit", "5"),
        ]),
    );
    assert_both(
        DeleteIdentity::new("24856289978366"),
        json!({"operation": "deleteIdentity", "params": {"identity_id": "24856289978366"}}),
        Expect::delete("Verification/Identity/24856289978366/"),
    );
}

// ---------------------------------------------------------------------------------------------
// Checks before sending
// ---------------------------------------------------------------------------------------------

#[test]
fn bad_input_is_refused_naming_the_field() {
    let mut over = paris();
    over.country_iso = "fr".into();
    assert_invalid(over, "countryIso");
    let mut blank = paris();
    blank.city = " ".into();
    assert_invalid(blank, "city");
    assert_invalid(paris().callback_url("ftp://x"), "callbackUrl");
    assert_invalid(paris().phone_number_country("France"), "phoneNumberCountry");
    assert_invalid(paris().number_type(NumberType::Fixed), "numberType");
    assert_invalid(
        paris().file(File::from_bytes("proof.gif", None, vec![1])),
        "file",
    );
    assert_invalid(
        paris().file(File::from_bytes(
            "big.pdf",
            None,
            vec![0; 5 * 1024 * 1024 + 1],
        )),
        "file",
    );
    assert_invalid(
        paris().file(File::from_path("/no/such/dir/proof.pdf")),
        "file",
    );
    // Spain and Denmark need their codes.
    let mut spain = paris();
    spain.country_iso = "ES".into();
    assert_invalid(spain.clone(), "fiscalIdentificationCode");
    assert!(
        Operation::from(spain.fiscal_identification_code("B12345678"))
            .validate()
            .is_ok()
    );
    let mut denmark = paris();
    denmark.country_iso = "DK".into();
    assert_invalid(denmark.clone(), "streetCode");
    assert_invalid(denmark.clone().street_code("0123"), "municipalCode");
    assert!(
        Operation::from(denmark.street_code("0123").municipal_code("101"))
            .validate()
            .is_ok()
    );
    // Updates change something.
    assert_invalid(UpdateAddress::new("1"), "params");
    assert_invalid(UpdateIdentity::new("1"), "params");
    assert_invalid(UpdateAddress::new("").city("x"), "addressId");
    // Identities: dates, subaccounts.
    let mut dated = bruce();
    dated.birth_date = "27/05/1939".into();
    assert_invalid(dated, "birthDate");
    assert_invalid(
        UpdateIdentity::new("1").id_issue_date("2017-13-01"),
        "idIssueDate",
    );
    assert_invalid(bruce().subaccount("MA123"), "subaccount");
    // Lists: page size and closed sets.
    assert_invalid(GetAddresses::new().limit(21), "limit");
    assert_invalid(GetIdentities::new().limit(0), "limit");
    assert_invalid(
        GetAddresses::new().verification_status(VerificationStatus::Unknown("maybe".into())),
        "verificationStatus",
    );
    // The JSON form: closed sets named, unknown fields refused.
    let create = |params: Value| json!({"operation": "createAddress", "params": params});
    let mut params = Operation::from(paris()).to_value()["params"].clone();
    params["salutation"] = json!("Dr");
    assert_invalid_json(create(params.clone()), "salutation");
    params["salutation"] = json!("Ms");
    params["addressProofType"] = json!("driving_licence");
    assert_invalid_json(create(params.clone()), "addressProofType");
    params["addressProofType"] = json!("NIE");
    params["file_to_upload"] = json!("/home/me/proof.pdf");
    assert_invalid_json(create(params), "file_to_upload");
    assert_invalid_json(
        json!({"operation": "getAddresses", "params": {"validationStatus": "maybe"}}),
        "validationStatus",
    );
}

// ---------------------------------------------------------------------------------------------
// Typed answers
// ---------------------------------------------------------------------------------------------

#[test]
fn the_recorded_answers_decode_without_loss() {
    for text in [
        ADDRESS_CREATED,
        ADDRESS_UPDATED,
        IDENTITY_CREATED,
        IDENTITY_UPDATED,
    ] {
        let accepted: VerificationAccepted = decodes_losslessly(text);
        assert_eq!(
            accepted.message.as_deref(),
            Some("Your request has been accepted.")
        );
        assert!(accepted.extra.is_empty());
    }
    let address: Address = decodes_losslessly_but_nulls(ADDRESS_GOT);
    assert_eq!(address.id, "20220771838737");
    assert_eq!(
        address.validation_status,
        Some(VerificationStatus::Accepted)
    );
    assert_eq!(
        address.verification_status,
        Some(VerificationStatus::Pending)
    );
    let details = address.document_details.as_ref().expect("details");
    assert_eq!(details.postal_code.as_deref(), Some("75016"));
    assert!(address.extra.is_empty() && details.extra.is_empty());

    let page: plivo::models::Page<Address> = serde_json::from_str(ADDRESS_LIST).expect("page");
    assert_eq!(page.meta.total_count, Some(22));
    assert_eq!(page.objects[0].city.as_deref(), Some("PARIS"));
    assert!(page.objects[0].extra.is_empty());

    let identity: Identity = decodes_losslessly_but_nulls(IDENTITY_GOT);
    assert_eq!(identity.id, "24856289978366");
    assert_eq!(identity.id_type.as_deref(), Some("passport"));
    let details = identity.document_details.as_ref().expect("details");
    assert_eq!(details.id_number.as_deref(), Some("33522"));
    assert!(identity.extra.is_empty() && details.extra.is_empty());
    let page: plivo::models::Page<Identity> = serde_json::from_str(IDENTITY_LIST).expect("page");
    assert_eq!(page.meta.total_count, Some(6));
    assert_eq!(page.objects[0].nationality.as_deref(), Some("FR"));
}

// ---------------------------------------------------------------------------------------------
// The sandbox
// ---------------------------------------------------------------------------------------------

#[test]
fn the_sandbox_keeps_addresses_and_their_proofs() {
    let sandbox = plivo::sandbox::Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let raw = client
        .call(paris().alias("first"))
        .expect("created")
        .body()
        .clone();
    common::sandbox::assert_same_keys(
        "createAddress",
        &common::sandbox::fixture(ADDRESS_CREATED),
        &raw,
    );
    for i in 0..21 {
        client
            .send(paris().alias(format!("filler {i}")))
            .expect("created");
    }
    let accepted = client
        .send(
            CreateAddress::new(
                "FR",
                Salutation::Ms,
                "Diana",
                "Prince",
                "1",
                "Rue de Rivoli",
                "PARIS",
                "PARIS",
                "75001",
                AddressProofType::NationalId,
            )
            .alias("louvre")
            .file(File::from_bytes("proof.png", None, vec![0x89, b'P', b'N'])),
        )
        .expect("created");
    assert_eq!(
        accepted.message.as_deref(),
        Some("Your request has been accepted.")
    );

    // Past one page: 23 addresses, newest first.
    let all: Vec<Address> = client
        .items(GetAddresses::new())
        .collect::<Result<_, _>>()
        .expect("walked");
    assert_eq!(all.len(), 23);
    assert_eq!(all[0].alias.as_deref(), Some("louvre"));
    assert_eq!(all[22].alias.as_deref(), Some("first"));
    let second = client
        .send(GetAddresses::new().limit(20).offset(20))
        .expect("page 2");
    assert_eq!(
        (second.objects.len(), second.meta.total_count),
        (3, Some(23))
    );
    let by_name = client
        .send(GetAddresses::new().customer_name("diana prince"))
        .expect("by name");
    assert_eq!(by_name.objects.len(), 1);
    let id = by_name.objects[0].id.clone();
    assert_eq!(id.len(), 14);

    let got = client
        .send(GetSingleAddress::new(id.as_str()))
        .expect("got");
    assert_eq!(got.salutation.as_deref(), Some("Ms"));
    assert_eq!(got.verification_status, Some(VerificationStatus::Pending));
    assert_eq!(
        got.document_details
            .and_then(|d| d.address_line2)
            .as_deref(),
        Some("Rue de Rivoli")
    );
    let shape = client
        .call(GetSingleAddress::new(id.as_str()))
        .expect("raw");
    common::sandbox::assert_shape(
        "getSingleAddress",
        &common::sandbox::fixture(ADDRESS_GOT),
        shape.body(),
    );
    let file = sandbox.address_file(&id).expect("the proof is kept");
    assert_eq!(
        (file.name.as_str(), file.content_type.as_str(), file.size),
        ("proof.png", "image/png", 3)
    );
    assert!(sandbox.address_file(&all[22].id).is_none(), "no proof");

    let updated = client
        .call(
            UpdateAddress::new(id.as_str())
                .city("LYON")
                .file(File::from_bytes("bill.pdf", None, b"%PDF-1".to_vec())),
        )
        .expect("updated");
    common::sandbox::assert_same_keys(
        "updateAddress",
        &common::sandbox::fixture(ADDRESS_UPDATED),
        updated.body(),
    );
    let got = client
        .send(GetSingleAddress::new(id.as_str()))
        .expect("got");
    assert_eq!(got.city.as_deref(), Some("LYON"));
    assert_eq!(
        got.document_details.and_then(|d| d.city).as_deref(),
        Some("LYON")
    );
    assert_eq!(
        sandbox.address_file(&id).map(|f| (f.name, f.size)),
        Some(("bill.pdf".to_owned(), 6))
    );

    client
        .send(DeleteAddress::new(id.as_str()))
        .expect("deleted");
    for op in [
        Operation::from(GetSingleAddress::new(id.as_str())),
        DeleteAddress::new(id.as_str()).into(),
        UpdateAddress::new(id.as_str()).city("x").into(),
    ] {
        let err = client.call(op).expect_err("gone");
        assert!(err.is_not_found(), "{err}");
    }
    assert!(sandbox.address_file(&id).is_none());

    // What the sandbox refuses (what the client would have caught).
    let base = format!("/v1/Account/{}/Verification/Address/", sandbox.auth_id());
    let form = |fields: &[(&str, &str)], file: Option<(&str, &str)>| {
        let mut body = String::new();
        for (k, v) in fields {
            body.push_str(&format!(
                "--B\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n"
            ));
        }
        if let Some((name, data)) = file {
            body.push_str(&format!(
                "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n\r\n{data}\r\n"
            ));
        }
        body.push_str("--B--\r\n");
        body
    };
    let full: Vec<(&str, &str)> = vec![
        ("country_iso", "FR"),
        ("salutation", "Mr"),
        ("first_name", "A"),
        ("last_name", "B"),
        ("address_line1", "1"),
        ("address_line2", "Rue"),
        ("city", "PARIS"),
        ("region", "PARIS"),
        ("postal_code", "75001"),
    ];
    let with = |key: &'static str, value: &'static str| {
        let mut fields = full.clone();
        fields.retain(|(k, _)| *k != key);
        fields.push((key, value));
        fields
    };
    for (body, says) in [
        (form(&full[1..], None), "country_iso"),
        (form(&with("salutation", "Dr"), None), "salutation"),
        (
            form(&with("country_iso", "ES"), None),
            "fiscal_identification_code",
        ),
        (form(&with("country_iso", "DK"), None), "street_code"),
        (
            form(&with("auto_correct_address", "yes"), None),
            "auto_correct_address",
        ),
        (
            form(&with("address_proof_type", "licence"), None),
            "address_proof_type",
        ),
        (
            form(&full, Some(("proof.gif", "GIF89a"))),
            "JPEG, PNG or PDF",
        ),
    ] {
        let (status, answer) = common::sandbox::raw_as(
            &sandbox,
            "POST",
            &base,
            None,
            "multipart/form-data; boundary=B",
            Some(&body),
        );
        assert_eq!(status, 400, "{says}: {answer}");
        assert!(
            answer["error"].as_str().is_some_and(|e| e.contains(says)),
            "{says}: {answer}"
        );
    }
    // plivo-python's form: an empty `file` part, `True`, and its local path, which is ignored.
    let mut python = with("auto_correct_address", "True");
    python.push(("file_to_upload", ""));
    let (status, answer) = common::sandbox::raw_as(
        &sandbox,
        "POST",
        &base,
        None,
        "multipart/form-data; boundary=B",
        Some(&form(&python, Some(("file", "")))),
    );
    assert_eq!(status, 202, "{answer}");
}

#[test]
fn the_sandbox_keeps_identities() {
    let sandbox = plivo::sandbox::Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let raw = client
        .call(bruce().file(File::from_bytes(
            "passport.jpg",
            None,
            vec![0xff, 0xd8, 0xff],
        )))
        .expect("created")
        .body()
        .clone();
    common::sandbox::assert_same_keys(
        "createIdentity",
        &common::sandbox::fixture(IDENTITY_CREATED),
        &raw,
    );
    for i in 0..20 {
        client
            .send(bruce().alias(format!("filler {i}")))
            .expect("created");
    }
    let mut op = GetIdentities::new().limit(20);
    let first = client.send(op.clone()).expect("page 1");
    assert_eq!(first.objects.len(), 20);
    assert!(first.meta.next.is_some());
    op.set_position(20, 20);
    let last = client.send(op).expect("page 2");
    assert_eq!(last.objects.len(), 1);
    let id = last.objects[0].id.clone();
    assert_eq!(last.objects[0].alias, None);

    let got = client
        .call(GetSingleIdentity::new(id.as_str()))
        .expect("got");
    common::sandbox::assert_shape(
        "getSingleIdentity",
        &common::sandbox::fixture(IDENTITY_GOT),
        got.body(),
    );
    let identity: Identity = got.decode().expect("decodes");
    assert_eq!(identity.birth_date.as_deref(), Some("1939-05-27"));
    assert_eq!(
        identity.document_details.and_then(|d| d.id_type).as_deref(),
        Some("passport")
    );
    let file = sandbox.identity_file(&id).expect("kept");
    assert_eq!(
        (file.name.as_str(), file.content_type.as_str(), file.size),
        ("passport.jpg", "image/jpeg", 3)
    );

    let updated = client
        .call(UpdateIdentity::new(id.as_str()).id_number("99"))
        .expect("updated");
    common::sandbox::assert_same_keys(
        "updateIdentity",
        &common::sandbox::fixture(IDENTITY_UPDATED),
        updated.body(),
    );
    let got = client
        .send(GetSingleIdentity::new(id.as_str()))
        .expect("got");
    assert_eq!(got.id_number.as_deref(), Some("99"));
    assert_eq!(
        got.document_details.and_then(|d| d.id_number).as_deref(),
        Some("99")
    );
    assert_eq!(
        client
            .send(GetIdentities::new().customer_name("WAYNE"))
            .expect("by name")
            .meta
            .total_count,
        Some(21)
    );

    client
        .send(DeleteIdentity::new(id.as_str()))
        .expect("deleted");
    let err = client
        .call(GetSingleIdentity::new(id.as_str()))
        .expect_err("gone");
    assert!(err.is_not_found(), "{err}");
    assert!(sandbox.identity_file(&id).is_none());
}
