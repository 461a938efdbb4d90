//! Regulatory compliance (end users, document types, compliance documents, requirements,
//! applications): every operation on the wire typed and in the JSON form, the document
//! uploads parsed back part by part, bad input refused before sending, answers decoded
//! without loss, and the sandbox's flows (create → get → list past one page → update →
//! delete → 404; an application from draft to submitted, rejected and resubmitted; the
//! references between the resources).

mod common;

use common::multipart::*;
use common::*;
use mockito::Server;
use plivo::models::{
    ComplianceApplication, ComplianceDocumentType, ComplianceRequirement, ComplianceStatus,
    EndUser, Page, RegulatoryDocument,
};
use plivo::ops::*;
use plivo::sandbox::Sandbox;
use plivo::{Client, Operation, OperationKind};
use serde_json::{Value, json};

#[test]
fn end_user_operations_on_the_wire() {
    assert_both(
        CreateEndUser::new("Ada", UserType::Individual).last_name("Lovelace"),
        json!({"operation": "createEndUser", "params": {"name": "Ada",
            "end_user_type": "individual", "lastName": "Lovelace"}}),
        Expect::post(
            "EndUser/",
            json!({"name": "Ada", "end_user_type": "individual", "last_name": "Lovelace"}),
        )
        .status(201),
    );
    assert_both(
        GetSingleEndUser::new("eu/1"),
        json!({"operation": "getSingleEndUser", "params": {"endUserId": "eu/1"}}),
        Expect::get("EndUser/eu%2F1/"),
    );
    assert_both(
        GetEndUsers::new()
            .name("Ada")
            .last_name("Lovelace")
            .end_user_type(UserType::Business)
            .limit(5)
            .offset(10),
        json!({"operation": "getEndUsers", "params": {"name": "Ada", "last_name": "Lovelace",
            "endUserType": "business", "limit": 5, "offset": "10"}}),
        Expect::get("EndUser/").query(&[
            ("name", "Ada"),
            ("last_name", "Lovelace"),
            ("end_user_type", "business"),
            ("limit", "5"),
            ("offset", "10"),
        ]),
    );
    assert_both(
        UpdateEndUser::new("eu-1").name("Ada B."),
        json!({"operation": "updateEndUser", "params": {"end_user_id": "eu-1", "name": "Ada B."}}),
        Expect::post("EndUser/eu-1/", json!({"name": "Ada B."})).status(200),
    );
    assert_both(
        DeleteEndUser::new("eu 1"),
        json!({"operation": "deleteEndUser", "params": {"endUserId": "eu 1"}}),
        Expect::delete("EndUser/eu%201/"),
    );
    assert_eq!(
        OperationKind::GetEndUsers.list_shape(),
        Some(plivo::ListShape::Objects)
    );
}

#[test]
fn document_type_and_requirement_operations_on_the_wire() {
    assert_both(
        GetSingleComplianceDocumentType::new("dt.1"),
        json!({"operation": "getSingleComplianceDocumentType", "params": {
            "documentTypeId": "dt.1"}}),
        Expect::get("ComplianceDocumentType/dt%2E1/"),
    );
    assert_both(
        GetComplianceDocumentTypes::new().limit(20).offset(0),
        json!({"operation": "getComplianceDocumentTypes", "params": {"limit": 20, "offset": 0}}),
        Expect::get("ComplianceDocumentType/").query(&[("limit", "20"), ("offset", "0")]),
    );
    assert_both(
        GetSingleComplianceRequirement::new("r-1"),
        json!({"operation": "getSingleComplianceRequirement", "params": {
            "compliance_requirement_id": "r-1"}}),
        Expect::get("ComplianceRequirement/r-1/"),
    );
    assert_both(
        GetComplianceRequirements::new()
            .country_iso2("DE")
            .number_type(NumberType::Local)
            .end_user_type(UserType::Business),
        json!({"operation": "getComplianceRequirements", "params": {"countryIso2": "DE",
            "number_type": "local", "endUserType": "business"}}),
        Expect::get("ComplianceRequirement/").query(&[
            ("country_iso2", "DE"),
            ("number_type", "local"),
            ("end_user_type", "business"),
        ]),
    );
    assert_both(
        GetComplianceRequirements::new()
            .phone_number("+4930123456")
            .end_user_type(UserType::Individual),
        json!({"operation": "getComplianceRequirements", "params": {
            "phone_number": "+4930123456", "end_user_type": "individual"}}),
        Expect::get("ComplianceRequirement/").query(&[
            ("phone_number", "+4930123456"),
            ("end_user_type", "individual"),
        ]),
    );
    // The answer is one requirement, not a page.
    assert_eq!(OperationKind::GetComplianceRequirements.list_shape(), None);
}

#[test]
fn application_operations_on_the_wire() {
    assert_both(
        CreateComplianceApplication::new("eu-1", ["d-1", "d-2"])
            .compliance_requirement_id("r-1")
            .alias("acme"),
        json!({"operation": "createComplianceApplication", "params": {"endUserId": "eu-1",
            "document_ids": ["d-1", "d-2"], "complianceRequirementId": "r-1", "alias": "acme"}}),
        Expect::post(
            "ComplianceApplication/",
            json!({"end_user_id": "eu-1", "document_ids": ["d-1", "d-2"],
                "compliance_requirement_id": "r-1", "alias": "acme"}),
        )
        .status(201),
    );
    assert_both(
        CreateComplianceApplication::new("eu-1", "d-1")
            .end_user_type(UserType::Business)
            .country_iso2("IN")
            .number_type(NumberType::Local),
        json!({"operation": "createComplianceApplication", "params": {"end_user_id": "eu-1",
            "documentIds": ["d-1"], "endUserType": "business", "country_iso2": "IN",
            "numberType": "local"}}),
        Expect::post(
            "ComplianceApplication/",
            json!({"end_user_id": "eu-1", "document_ids": ["d-1"], "end_user_type": "business",
                "country_iso2": "IN", "number_type": "local"}),
        )
        .status(201),
    );
    assert_both(
        GetSingleComplianceApplication::new("ca-1"),
        json!({"operation": "getSingleComplianceApplication", "params": {
            "complianceApplicationId": "ca-1"}}),
        Expect::get("ComplianceApplication/ca-1/"),
    );
    assert_both(
        GetComplianceApplications::new()
            .status(ComplianceStatus::Submitted)
            .end_user_type(UserType::Individual)
            .number_type(NumberType::Mobile)
            .country_iso2("GB")
            .alias("a b")
            .limit(2)
            .offset(4)
            .end_user_id("eu-1"),
        json!({"operation": "getComplianceApplications", "params": {"status": "submitted",
            "endUserType": "individual", "number_type": "mobile", "countryIso2": "GB",
            "alias": "a b", "limit": 2, "offset": 4, "endUserId": "eu-1"}}),
        Expect::get("ComplianceApplication/").query(&[
            ("status", "submitted"),
            ("end_user_type", "individual"),
            ("number_type", "mobile"),
            ("country_iso2", "GB"),
            ("alias", "a b"),
            ("limit", "2"),
            ("offset", "4"),
            ("end_user_id", "eu-1"),
        ]),
    );
    assert_both(
        UpdateComplianceApplication::new("ca-1", ["d-3"]),
        json!({"operation": "updateComplianceApplication", "params": {
            "compliance_application_id": "ca-1", "documentIds": ["d-3"]}}),
        Expect::post(
            "ComplianceApplication/ca-1/",
            json!({"document_ids": ["d-3"]}),
        )
        .status(200),
    );
    assert_both(
        DeleteComplianceApplication::new("ca-1"),
        json!({"operation": "deleteComplianceApplication", "params": {
            "complianceApplicationId": "ca-1"}}),
        Expect::delete("ComplianceApplication/ca-1/"),
    );
    // The submit sends no body at all.
    assert_both(
        SubmitComplianceApplication::new("ca/1"),
        json!({"operation": "submitComplianceApplication", "params": {
            "complianceApplicationId": "ca/1"}}),
        Expect {
            body: None,
            ..Expect::post("ComplianceApplication/ca%2F1/Submit/", json!({})).status(200)
        },
    );
}

const DOCUMENT_ANSWER: &str = r#"{"api_id":"a-1","message":"created","document_id":"d-1",
    "end_user_id":"eu-1","document_type_id":"dt-1","alias":"passport","file_name":"p.pdf",
    "meta_information":{"first_name":"Ada"},"created_at":"2024-01-01","new_key":[1]}"#;

fn text_part(name: &str, value: &str) -> ReadPart {
    ReadPart {
        name: name.into(),
        filename: None,
        content_type: None,
        data: value.as_bytes().to_vec(),
    }
}

/// Sends both forms to a multipart mock and returns the parts each request carried.
fn sent_parts(
    typed: Operation,
    json: Value,
    method: &str,
    path: &str,
    status: usize,
    answer: &str,
) -> Vec<Vec<ReadPart>> {
    let from_json = Operation::from_value(&json).expect("JSON form");
    assert_eq!(from_json, typed);
    let mut server = Server::new();
    let (mock, seen) = multipart_mock(&mut server, method, path, status, answer, 2);
    let client = client_for(&server);
    for op in [typed, from_json] {
        let resp = client.call(op).expect("uploaded");
        assert_eq!(usize::from(resp.status()), status);
    }
    mock.assert();
    let seen = seen.lock().expect("lock");
    seen.iter().map(|(ty, body)| read_parts(ty, body)).collect()
}

#[test]
fn create_document_sends_fields_data_fields_then_the_file() {
    let typed: Operation = CreateComplianceDocument::new("eu-1", "dt-1")
        .alias("passport")
        .data_field("last_name", "Lovelace")
        .data_field("first_name", "Ada")
        .data_field("copies", 2)
        .file(File::from_bytes("p.pdf", None, b"%PDF\r\n--x".to_vec()))
        .into();
    let json = json!({"operation": "createComplianceDocument", "params": {
        "endUserId": "eu-1", "document_type_id": "dt-1", "alias": "passport",
        "dataFields": {"first_name": "Ada", "last_name": "Lovelace", "copies": 2},
        "file": {"filename": "p.pdf", "base64": "JVBERg0KLS14"}}});
    let want = vec![
        text_part("end_user_id", "eu-1"),
        text_part("document_type_id", "dt-1"),
        text_part("alias", "passport"),
        text_part("copies", "2"),
        text_part("first_name", "Ada"),
        text_part("last_name", "Lovelace"),
        file_part("p.pdf", "application/pdf", b"%PDF\r\n--x"),
    ];
    for parts in sent_parts(
        typed,
        json,
        "POST",
        "ComplianceDocument/",
        201,
        DOCUMENT_ANSWER,
    ) {
        assert_eq!(parts, want);
    }
}

#[test]
fn update_document_sends_only_what_is_set() {
    let typed: Operation = UpdateComplianceDocument::new("d-1")
        .data_field("city", "Berlin")
        .into();
    let json = json!({"operation": "updateComplianceDocument", "params": {
        "complianceDocumentId": "d-1", "data_fields": {"city": "Berlin"}}});
    for parts in sent_parts(
        typed,
        json,
        "POST",
        "ComplianceDocument/d-1/",
        200,
        r#"{"api_id":"a","message":"updated"}"#,
    ) {
        assert_eq!(parts, vec![text_part("city", "Berlin")]);
    }
    let typed: Operation = UpdateComplianceDocument::new("d-1")
        .alias("new")
        .file(File::from_bytes("bill.png", None, vec![0x89, b'P']))
        .into();
    let json = json!({"operation": "updateComplianceDocument", "params": {
        "complianceDocumentId": "d-1", "alias": "new",
        "file": {"filename": "bill.png", "base64": "iVA="}}});
    for parts in sent_parts(
        typed,
        json,
        "POST",
        "ComplianceDocument/d-1/",
        202,
        r#"{"api_id":"a","message":"updated"}"#,
    ) {
        assert_eq!(
            parts,
            vec![
                text_part("alias", "new"),
                file_part("bill.png", "image/png", &[0x89, b'P'])
            ]
        );
    }
    assert_both(
        GetSingleComplianceDocument::new("d-1"),
        json!({"operation": "getSingleComplianceDocument", "params": {
            "compliance_document_id": "d-1"}}),
        Expect::get("ComplianceDocument/d-1/"),
    );
    assert_both(
        GetComplianceDocuments::new()
            .end_user_id("eu-1")
            .document_type_id("dt-1")
            .alias("passport")
            .limit(1)
            .offset(1),
        json!({"operation": "getComplianceDocuments", "params": {"endUserId": "eu-1",
            "documentTypeId": "dt-1", "alias": "passport", "limit": 1, "offset": 1}}),
        Expect::get("ComplianceDocument/").query(&[
            ("end_user_id", "eu-1"),
            ("document_type_id", "dt-1"),
            ("alias", "passport"),
            ("limit", "1"),
            ("offset", "1"),
        ]),
    );
    assert_both(
        DeleteComplianceDocument::new("d-1"),
        json!({"operation": "deleteComplianceDocument", "params": {
            "complianceDocumentId": "d-1"}}),
        Expect::delete("ComplianceDocument/d-1/"),
    );
}

#[test]
fn bad_input_is_refused_before_sending() {
    assert_invalid(CreateEndUser::new(" ", UserType::Business), "name");
    assert_invalid(
        CreateEndUser::new("Acme", UserType::Unknown("robot".into())),
        "endUserType",
    );
    assert_invalid_json(
        json!({"operation": "createEndUser", "params": {"name": "A", "endUserType": "robot"}}),
        "endUserType",
    );
    assert_invalid_json(
        json!({"operation": "createEndUser", "params": {"name": "A"}}),
        "endUserType",
    );
    assert_invalid(UpdateEndUser::new("eu-1"), "name");
    assert_invalid(GetEndUsers::new().limit(21), "limit");
    assert_invalid(UpdateComplianceDocument::new("d-1"), "alias");
    assert_invalid(
        UpdateComplianceDocument::new("d-1").data_fields(json!({})),
        "alias",
    );
    assert_invalid(CreateComplianceDocument::new("", "dt-1"), "endUserId");
    assert_invalid(
        CreateComplianceDocument::new("eu-1", "dt-1").data_field("alias", "x"),
        "dataFields",
    );
    assert_invalid(
        CreateComplianceDocument::new("eu-1", "dt-1").data_field("city", json!({"a": 1})),
        "dataFields",
    );
    assert_invalid(
        CreateComplianceDocument::new("eu-1", "dt-1").data_fields(json!(["x"])),
        "dataFields",
    );
    assert_invalid(
        CreateComplianceDocument::new("eu-1", "dt-1")
            .file(File::from_path("/no/such/dir/passport.pdf")),
        "file",
    );
    assert_invalid_json(
        json!({"operation": "createComplianceDocument", "params": {"endUserId": "e",
            "documentTypeId": "d", "first_name": "Ada"}}),
        "first_name",
    );
    assert_invalid(
        GetComplianceRequirements::new().country_iso2("DE"),
        "endUserType",
    );
    assert_invalid(
        GetComplianceRequirements::new()
            .country_iso2("DE")
            .end_user_type(UserType::Business),
        "numberType",
    );
    assert_invalid(
        GetComplianceRequirements::new().end_user_type(UserType::Business),
        "countryIso2",
    );
    assert_invalid(
        GetComplianceRequirements::new()
            .phone_number("4930123")
            .country_iso2("DE")
            .end_user_type(UserType::Business),
        "phoneNumber",
    );
    assert_invalid(
        GetComplianceRequirements::new()
            .country_iso2("de")
            .number_type(NumberType::Local)
            .end_user_type(UserType::Business),
        "countryIso2",
    );
    assert_invalid(
        GetComplianceRequirements::new()
            .country_iso2("DE")
            .number_type(NumberType::Any)
            .end_user_type(UserType::Business),
        "numberType",
    );
    assert_invalid(
        CreateComplianceApplication::new("eu-1", Vec::<String>::new())
            .compliance_requirement_id("r"),
        "documentIds",
    );
    assert_invalid(
        CreateComplianceApplication::new("eu-1", ["d"])
            .end_user_type(UserType::Business)
            .country_iso2("IN"),
        "numberType",
    );
    assert_invalid(
        CreateComplianceApplication::new("eu-1", ["d"]),
        "endUserType",
    );
    assert_invalid(
        GetComplianceApplications::new().status(ComplianceStatus::Expired),
        "status",
    );
    assert_invalid(
        UpdateComplianceApplication::new("ca-1", Vec::<String>::new()),
        "documentIds",
    );
    assert_invalid_json(
        json!({"operation": "updateComplianceApplication", "params": {
            "complianceApplicationId": "ca-1"}}),
        "documentIds",
    );
    assert_invalid(
        SubmitComplianceApplication::new(""),
        "complianceApplicationId",
    );
}

#[test]
fn answers_decode_without_loss() {
    let user: EndUser = decodes_losslessly(
        r#"{"api_id":"a","message":"created","end_user_id":"eu-1","name":"Ada",
        "last_name":"Lovelace","end_user_type":"individual","created_at":"2024-01-01T00:00:00Z",
        "extra_key":{"kept":true}}"#,
    );
    assert_eq!(user.end_user_type, Some(UserType::Individual));
    assert_eq!(user.extra["extra_key"]["kept"], true);
    let users: Page<EndUser> = decodes_losslessly(
        r#"{"api_id":"a","meta":{"limit":1,"next":"/v1/x?offset=1","offset":0,
        "total_count":2},"objects":[{"end_user_id":"eu-1",
        "end_user_type":"robot"}]}"#,
    );
    assert_eq!(
        users.objects[0].end_user_type,
        Some(UserType::Unknown("robot".into()))
    );

    let kind: ComplianceDocumentType = decodes_losslessly(
        r#"{"api_id":"a","document_type_id":"dt-1","document_name":"Utility Bill",
        "description":"d","information":[{"field_name":"type_of_utility","field_type":"enum",
        "friendly_name":"Type","enums":["gas","water"],"max_length":20,"min_length":1,
        "format":"","help_text":"h","hint":"new"}],"proof_required":true,
        "created_at":"2021-01-01"}"#,
    );
    assert!(kind.needs_proof());
    let fields = kind.information.as_deref().unwrap_or_default();
    assert_eq!(fields[0].enums.as_deref().map(<[String]>::len), Some(2));
    assert_eq!(fields[0].extra["hint"], "new");
    let text_proof: ComplianceDocumentType =
        decodes_losslessly(r#"{"document_type_id":"dt-2","proof_required":"False"}"#);
    assert!(!text_proof.needs_proof());

    let document: RegulatoryDocument = decodes_losslessly(DOCUMENT_ANSWER);
    assert_eq!(document.id(), Some("d-1"));
    assert_eq!(
        document.meta_information.as_ref().map(|m| &m["first_name"]),
        Some(&json!("Ada"))
    );
    let listed: RegulatoryDocument = decodes_losslessly(
        r#"{"compliance_document_id":"d-2","alias":"a","file":"x.pdf","end_user_id":"e",
        "document_type_id":"t","meta_information":{"city":"Berlin"},
        "created_at":"2024-01-01T00:00:00Z"}"#,
    );
    assert_eq!(listed.id(), Some("d-2"));

    let requirement: ComplianceRequirement = decodes_losslessly(
        r#"{"api_id":"a","compliance_requirement_id":"r-1","country_iso2":"DE",
        "number_type":"local","end_user_type":"business","acceptable_document_types":[
        {"name":"Proof of address","scope":"address","acceptable_documents":[
        {"document_type_id":"dt-1","document_type_name":"Utility Bill"}]}]}"#,
    );
    let groups = requirement.acceptable_document_types.unwrap_or_default();
    assert_eq!(groups[0].scope.as_deref(), Some("address"));

    let application: ComplianceApplication = decodes_losslessly(
        r#"{"api_id":"a","created_at":"2024-01-01T00:00:00Z","compliance_application_id":"ca-1",
        "alias":"acme","status":"rejected","end_user_type":"business","country_iso2":"DE",
        "number_type":"local","end_user_id":"eu-1","compliance_requirement_id":"r-1",
        "rejection_reason":"blurry","documents":[{"document_id":"d-1","name":"bill",
        "document_name":"Utility Bill","document_type_id":"dt-1",
        "document_type_name":"Utility Bill","scope":"address","new":1}]}"#,
    );
    assert_eq!(application.status, Some(ComplianceStatus::Rejected));
    assert_eq!(
        application
            .documents
            .as_deref()
            .map(|d| d[0].extra["new"] == 1),
        Some(true)
    );
    // A bare acknowledgement (what plivo-python's catalog says a submit answers) decodes too.
    let ack: ComplianceApplication = decodes_losslessly(r#"{"api_id":"a","message":"submitted"}"#);
    assert_eq!(ack.compliance_application_id, None);
}

// --- the sandbox -------------------------------------------------------------------------

/// The fixed table's passport, utility bill and address-details types' ids.
fn type_ids(client: &Client) -> (String, String, String) {
    let types = client
        .send(GetComplianceDocumentTypes::new())
        .expect("types");
    let id = |name: &str| {
        types
            .objects
            .iter()
            .find(|t| t.document_name.as_deref() == Some(name))
            .map(|t| t.document_type_id.clone())
            .unwrap_or_else(|| panic!("no {name}"))
    };
    (id("Passport"), id("Utility Bill"), id("Address Details"))
}

#[test]
fn end_users_go_through_their_whole_life() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let mut ids = Vec::new();
    for i in 0..3 {
        let kind = if i == 1 {
            UserType::Business
        } else {
            UserType::Individual
        };
        let user = client
            .send(CreateEndUser::new(format!("user {i}"), kind))
            .expect("created");
        assert_eq!(
            user.message.as_deref(),
            Some("End user created successfully.")
        );
        assert!(user.created_at.is_some());
        ids.push(user.end_user_id);
    }
    let got = client
        .send(GetSingleEndUser::new(ids[1].as_str()))
        .expect("got");
    assert_eq!(
        (got.name.as_deref(), got.end_user_type),
        (Some("user 1"), Some(UserType::Business))
    );
    // Past one page.
    let first = client.send(GetEndUsers::new().limit(2)).expect("page 1");
    assert_eq!(first.objects.len(), 2);
    assert_eq!(first.meta.total_count, Some(3));
    assert!(first.meta.next.is_some());
    let second = client
        .send(GetEndUsers::new().limit(2).offset(2))
        .expect("page 2");
    assert_eq!(second.objects[0].end_user_id, ids[2]);
    assert!(second.meta.next.is_none());
    let individuals = client
        .send(GetEndUsers::new().end_user_type(UserType::Individual))
        .expect("filtered");
    assert_eq!(individuals.objects.len(), 2);

    client
        .send(UpdateEndUser::new(ids[0].as_str()).last_name("Lovelace"))
        .expect("updated");
    let got = client
        .send(GetSingleEndUser::new(ids[0].as_str()))
        .expect("got");
    assert_eq!(got.last_name.as_deref(), Some("Lovelace"));
    assert_eq!(got.name.as_deref(), Some("user 0"));

    client
        .send(DeleteEndUser::new(ids[0].as_str()))
        .expect("deleted");
    for err in [
        client
            .send(GetSingleEndUser::new(ids[0].as_str()))
            .expect_err("gone"),
        client
            .send(DeleteEndUser::new(ids[0].as_str()))
            .expect_err("gone"),
        client
            .send(UpdateEndUser::new(ids[0].as_str()).name("x"))
            .expect_err("gone"),
    ] {
        assert!(err.is_not_found(), "{err}");
    }
}

#[test]
fn types_and_requirements_come_from_a_fixed_table() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let all = client
        .send(GetComplianceDocumentTypes::new())
        .expect("types");
    assert_eq!(all.meta.total_count, Some(4));
    let page = client
        .send(GetComplianceDocumentTypes::new().limit(3).offset(3))
        .expect("page 2");
    assert_eq!(page.objects.len(), 1);
    let (passport, bill, address) = type_ids(&client);
    let kind = client
        .send(GetSingleComplianceDocumentType::new(bill.as_str()))
        .expect("bill");
    assert!(kind.needs_proof());
    assert!(
        kind.information
            .unwrap_or_default()
            .iter()
            .any(|f| f.enums.is_some())
    );
    let kind = client
        .send(GetSingleComplianceDocumentType::new(address.as_str()))
        .expect("address");
    assert!(!kind.needs_proof());

    let requirement = client
        .send(
            GetComplianceRequirements::new()
                .country_iso2("DE")
                .number_type(NumberType::Local)
                .end_user_type(UserType::Individual),
        )
        .expect("DE");
    assert_eq!(requirement.country_iso2.as_deref(), Some("DE"));
    let groups = requirement
        .acceptable_document_types
        .clone()
        .unwrap_or_default();
    assert_eq!(groups.len(), 2);
    assert_eq!(
        groups[0]
            .acceptable_documents
            .as_deref()
            .unwrap_or_default()[0]
            .document_type_id,
        Some(passport)
    );
    let same = client
        .send(GetSingleComplianceRequirement::new(
            requirement.compliance_requirement_id.as_str(),
        ))
        .expect("by id");
    assert_eq!(
        (
            &same.compliance_requirement_id,
            &same.acceptable_document_types
        ),
        (
            &requirement.compliance_requirement_id,
            &requirement.acceptable_document_types
        )
    );
    // A number's country stands for country_iso2 (its type defaults to local).
    let by_number = client
        .send(
            GetComplianceRequirements::new()
                .phone_number("+4930901820")
                .end_user_type(UserType::Individual),
        )
        .expect("by number");
    assert_eq!(
        by_number.compliance_requirement_id,
        requirement.compliance_requirement_id
    );
    let none = client
        .send(
            GetComplianceRequirements::new()
                .country_iso2("US")
                .number_type(NumberType::Tollfree)
                .end_user_type(UserType::Business),
        )
        .expect_err("no such requirement");
    assert!(none.is_not_found());
    for err in [
        client
            .send(GetSingleComplianceDocumentType::new("nope"))
            .expect_err("404"),
        client
            .send(GetSingleComplianceRequirement::new("nope"))
            .expect_err("404"),
    ] {
        assert!(err.is_not_found());
    }
}

#[test]
fn documents_keep_their_file_and_follow_their_type() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let (passport, bill, address) = type_ids(&client);
    let user = client
        .send(CreateEndUser::new("Ada", UserType::Individual))
        .expect("user")
        .end_user_id;
    let document = client
        .send(
            CreateComplianceDocument::new(user.as_str(), passport.as_str())
                .alias("passport")
                .data_field("first_name", "Ada")
                .file(File::from_bytes("scan.png", None, vec![7; 300])),
        )
        .expect("created");
    let id = document.id().expect("id").to_owned();
    let got = client
        .send(GetSingleComplianceDocument::new(id.as_str()))
        .expect("got");
    assert_eq!(got.file_name.as_deref(), Some("scan.png"));
    assert_eq!(got.extra["file_size"], 300);
    assert_eq!(got.extra["content_type"], "image/png");
    assert_eq!(
        got.meta_information.as_ref().map(|m| &m["first_name"]),
        Some(&json!("Ada"))
    );

    // Two more, then past one page; a list item names its id `compliance_document_id`.
    for i in 0..2 {
        client
            .send(
                CreateComplianceDocument::new(user.as_str(), address.as_str())
                    .alias(format!("address {i}"))
                    .data_field("city", "Berlin"),
            )
            .expect("no proof needed");
    }
    let page = client
        .send(GetComplianceDocuments::new().limit(2).offset(2))
        .expect("page 2");
    assert_eq!(page.meta.total_count, Some(3));
    assert_eq!(page.objects.len(), 1);
    assert!(page.objects[0].compliance_document_id.is_some());
    let filtered = client
        .send(GetComplianceDocuments::new().document_type_id(passport.as_str()))
        .expect("by type");
    assert_eq!(filtered.objects.len(), 1);

    // An update merges data fields and replaces the file.
    client
        .send(
            UpdateComplianceDocument::new(id.as_str())
                .data_field("last_name", "Lovelace")
                .file(File::from_bytes(
                    "scan2.pdf",
                    Some("application/pdf"),
                    vec![1; 10],
                )),
        )
        .expect("updated");
    let got = client
        .send(GetSingleComplianceDocument::new(id.as_str()))
        .expect("got");
    let meta = got.meta_information.clone().unwrap_or_default();
    assert_eq!(
        (meta["first_name"].clone(), meta["last_name"].clone()),
        (json!("Ada"), json!("Lovelace"))
    );
    assert_eq!(got.file_name.as_deref(), Some("scan2.pdf"));
    assert_eq!(got.extra["file_size"], 10);

    // The type's rules: proof, known fields, enum values; the end user and type must exist.
    let refused = [
        client
            .send(CreateComplianceDocument::new(user.as_str(), bill.as_str()))
            .expect_err("a bill needs a file"),
        client
            .send(
                CreateComplianceDocument::new(user.as_str(), address.as_str())
                    .data_field("favourite_colour", "blue"),
            )
            .expect_err("unknown field"),
        client
            .send(
                CreateComplianceDocument::new(user.as_str(), bill.as_str())
                    .data_field("type_of_utility", "coal")
                    .file(File::from_bytes("b.pdf", None, vec![1])),
            )
            .expect_err("not in the enum"),
        client
            .send(CreateComplianceDocument::new("no-user", address.as_str()))
            .expect_err("no such end user"),
        client
            .send(CreateComplianceDocument::new(user.as_str(), "no-type"))
            .expect_err("no such type"),
    ];
    for err in refused {
        assert_eq!(err.status(), Some(400), "{err}");
    }

    // The end user is in use; the document goes, then the end user.
    let err = client
        .send(DeleteEndUser::new(user.as_str()))
        .expect_err("in use");
    assert_eq!(err.status(), Some(400));
    client
        .send(DeleteComplianceDocument::new(id.as_str()))
        .expect("deleted");
    let err = client
        .send(GetSingleComplianceDocument::new(id.as_str()))
        .expect_err("gone");
    assert!(err.is_not_found());
    let err = client
        .send(UpdateComplianceDocument::new(id.as_str()).alias("x"))
        .expect_err("gone");
    assert!(err.is_not_found());
}

#[test]
fn an_application_moves_from_draft_to_submitted() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let (passport, bill, _) = type_ids(&client);
    let user = client
        .send(CreateEndUser::new("Ada", UserType::Individual))
        .expect("user")
        .end_user_id;
    let upload = |kind: &str, name: &str| {
        let document = client
            .send(
                CreateComplianceDocument::new(user.as_str(), kind)
                    .alias(name)
                    .file(File::from_bytes(format!("{name}.pdf"), None, vec![1; 4])),
            )
            .expect("document");
        document.id().expect("id").to_owned()
    };
    let id_doc = upload(&passport, "passport");
    let bill_doc = upload(&bill, "bill");

    // Named by country, number type and end user type; only the identity group covered.
    let created = client
        .send(
            CreateComplianceApplication::new(user.as_str(), [id_doc.as_str()])
                .end_user_type(UserType::Individual)
                .country_iso2("DE")
                .number_type(NumberType::Local)
                .alias("ada-de"),
        )
        .expect("created");
    assert_eq!(created.status, Some(ComplianceStatus::Draft));
    let app = created.compliance_application_id.clone().expect("id");
    let documents = created.documents.clone().unwrap_or_default();
    assert_eq!(documents[0].scope.as_deref(), Some("identity"));
    assert_eq!(documents[0].name.as_deref(), Some("passport"));

    // Submitting needs a document for every group of the requirement.
    let err = client
        .send(SubmitComplianceApplication::new(app.as_str()))
        .expect_err("no proof of address");
    assert_eq!(err.status(), Some(400));
    client
        .send(UpdateComplianceApplication::new(
            app.as_str(),
            [id_doc.as_str(), bill_doc.as_str()],
        ))
        .expect("updated");
    let submitted = client
        .send(SubmitComplianceApplication::new(app.as_str()))
        .expect("submitted");
    assert_eq!(submitted.status, Some(ComplianceStatus::Submitted));
    assert_eq!(submitted.documents.map(|d| d.len()), Some(2));

    // Submitted: no second submit, no update, and its documents are frozen.
    for err in [
        client
            .send(SubmitComplianceApplication::new(app.as_str()))
            .expect_err("twice"),
        client
            .send(UpdateComplianceApplication::new(
                app.as_str(),
                [id_doc.as_str()],
            ))
            .expect_err("submitted"),
        client
            .send(UpdateComplianceDocument::new(bill_doc.as_str()).alias("x"))
            .expect_err("frozen"),
        client
            .send(DeleteComplianceDocument::new(bill_doc.as_str()))
            .expect_err("in use"),
        client
            .send(UpdateEndUser::new(user.as_str()).end_user_type(UserType::Business))
            .expect_err("type in use"),
    ] {
        assert_eq!(err.status(), Some(400), "{err}");
    }

    // Rejected by the review: it can change and be submitted again.
    assert!(!sandbox.review_compliance_application("nope", ComplianceStatus::Rejected, "x"));
    assert!(sandbox.review_compliance_application(
        app.as_str(),
        ComplianceStatus::Rejected,
        "blurry scan"
    ));
    let rejected = client
        .send(GetSingleComplianceApplication::new(app.as_str()))
        .expect("got");
    assert_eq!(rejected.status, Some(ComplianceStatus::Rejected));
    assert_eq!(rejected.rejection_reason.as_deref(), Some("blurry scan"));
    client
        .send(UpdateComplianceDocument::new(bill_doc.as_str()).alias("sharper bill"))
        .expect("editable again");
    let again = client
        .send(SubmitComplianceApplication::new(app.as_str()))
        .expect("resubmitted");
    assert_eq!(again.status, Some(ComplianceStatus::Submitted));
    assert_eq!(again.rejection_reason, None);
    assert!(sandbox.review_compliance_application(app.as_str(), ComplianceStatus::Accepted, ""));
    assert!(!sandbox.review_compliance_application(app.as_str(), ComplianceStatus::Rejected, ""));

    let listed = client
        .send(GetComplianceApplications::new().status(ComplianceStatus::Accepted))
        .expect("list");
    assert_eq!(listed.objects.len(), 1);
    assert_eq!(
        listed.objects[0].compliance_requirement_id,
        created.compliance_requirement_id
    );
    client
        .send(DeleteComplianceApplication::new(app.as_str()))
        .expect("deleted");
    let err = client
        .send(GetSingleComplianceApplication::new(app.as_str()))
        .expect_err("gone");
    assert!(err.is_not_found());
    let err = client
        .send(SubmitComplianceApplication::new(app.as_str()))
        .expect_err("gone");
    assert!(err.is_not_found());
}

#[test]
fn applications_reference_what_exists_and_page() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let (passport, _, _) = type_ids(&client);
    let requirement = client
        .send(
            GetComplianceRequirements::new()
                .country_iso2("GB")
                .number_type(NumberType::Mobile)
                .end_user_type(UserType::Individual),
        )
        .expect("GB")
        .compliance_requirement_id;
    let new_user = |name: &str, kind| {
        client
            .send(CreateEndUser::new(name, kind))
            .expect("user")
            .end_user_id
    };
    let ada = new_user("Ada", UserType::Individual);
    let bob = new_user("Bob", UserType::Individual);
    let acme = new_user("Acme", UserType::Business);
    let passport_of = |user: &str| {
        client
            .send(
                CreateComplianceDocument::new(user, passport.as_str()).file(File::from_bytes(
                    "p.pdf",
                    None,
                    vec![1],
                )),
            )
            .expect("passport")
            .id()
            .expect("id")
            .to_owned()
    };
    let ada_doc = passport_of(&ada);
    let bob_doc = passport_of(&bob);
    let app = |user: &str, docs: &[&str]| {
        client.send(
            CreateComplianceApplication::new(user, docs.to_vec())
                .compliance_requirement_id(requirement.as_str()),
        )
    };
    for err in [
        app("no-user", &[&ada_doc]).expect_err("no such end user"),
        app(&ada, &["no-doc"]).expect_err("no such document"),
        app(&ada, &[&bob_doc]).expect_err("another end user's document"),
        app(&acme, &[&ada_doc]).expect_err("a business for an individuals' requirement"),
        client
            .send(
                CreateComplianceApplication::new(ada.as_str(), [ada_doc.as_str()])
                    .compliance_requirement_id("no-requirement"),
            )
            .expect_err("no such requirement"),
        client
            .send(
                CreateComplianceApplication::new(ada.as_str(), [ada_doc.as_str()])
                    .compliance_requirement_id(requirement.as_str())
                    .country_iso2("DE"),
            )
            .expect_err("a country the requirement is not for"),
    ] {
        assert_eq!(err.status(), Some(400), "{err}");
    }
    for i in 0..3 {
        app(&ada, &[&ada_doc])
            .map(|a| assert_eq!(a.alias, None, "{i}"))
            .expect("created");
    }
    app(&bob, &[&bob_doc]).expect("bob's");
    let page = client
        .send(
            GetComplianceApplications::new()
                .end_user_id(ada.as_str())
                .limit(2)
                .offset(2),
        )
        .expect("page 2");
    assert_eq!(page.meta.total_count, Some(3));
    assert_eq!(page.objects.len(), 1);
    let drafts = client
        .send(
            GetComplianceApplications::new()
                .status(ComplianceStatus::Draft)
                .country_iso2("GB"),
        )
        .expect("drafts");
    assert_eq!(drafts.meta.total_count, Some(4));
    // A document an application includes cannot go; nor can its end user.
    let err = client
        .send(DeleteComplianceDocument::new(bob_doc.as_str()))
        .expect_err("in use");
    assert_eq!(err.status(), Some(400));
    let err = client
        .send(DeleteEndUser::new(bob.as_str()))
        .expect_err("in use");
    assert_eq!(err.status(), Some(400));
}

#[test]
fn the_sandbox_reads_what_plivo_python_sends() {
    // plivo-python sends every key of a create, `null` when unset, and an empty `file` part
    // when no file is given: `null` counts as absent, an empty part as no file.
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let (status, body) = common::sandbox::raw(
        &sandbox,
        "POST",
        "EndUser/",
        None,
        Some(r#"{"name": "Ada", "last_name": null, "end_user_type": "individual"}"#),
    );
    assert_eq!(status, 201, "{body}");
    assert_eq!(body["last_name"], Value::Null);
    let user = body["end_user_id"].as_str().expect("id").to_owned();
    let (_, bill, address) = type_ids(&client);
    let form = |type_id: &str| {
        format!(
            "--XyZ\r\nContent-Disposition: form-data; name=\"end_user_id\"\r\n\r\n{user}\r\n\
             --XyZ\r\nContent-Disposition: form-data; name=\"document_type_id\"\r\n\r\n{type_id}\r\n\
             --XyZ\r\nContent-Disposition: form-data; name=\"city\"\r\n\r\nBerlin\r\n\
             --XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"file\"\r\n\r\n\r\n\
             --XyZ--\r\n"
        )
    };
    let post = |body: &str| {
        common::sandbox::raw_as(
            &sandbox,
            "POST",
            &format!("/v1/Account/{}/ComplianceDocument/", sandbox.auth_id()),
            None,
            "multipart/form-data; boundary=XyZ",
            Some(body),
        )
    };
    let (status, body) = post(&form(&address));
    assert_eq!(status, 201, "{body}");
    assert_eq!(body["file_name"], Value::Null);
    assert_eq!(body["meta_information"]["city"], "Berlin");
    let (status, body) = post(&form(&bill));
    assert_eq!(status, 400, "an empty file is no proof: {body}");
}
