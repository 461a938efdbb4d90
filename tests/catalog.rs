//! The dispatch table and every params struct, checked against the catalog of the official
//! SDKs (`tests/data/seed-operations.json`) and against the seed itself
//! (`tests/data/plivo-package.md`). See `tests/data/README.md` for where both come from.

use std::collections::{BTreeMap, BTreeSet};

use plivo::OperationKind;
use serde_json::Value;

fn seed_catalog() -> Vec<Value> {
    let text = include_str!("data/seed-operations.json");
    serde_json::from_str::<Vec<Value>>(text).expect("catalog parses")
}

/// The seed's operations and the ones beyond it.
fn catalog() -> Vec<Value> {
    let mut all = seed_catalog();
    let extra = include_str!("data/extra-operations.json");
    all.extend(serde_json::from_str::<Vec<Value>>(extra).expect("extra catalog parses"));
    all
}

fn kind(name: &str) -> OperationKind {
    OperationKind::from_name(name).unwrap_or_else(|| panic!("no operation named {name}"))
}

/// Deliberate differences from the catalog, each with its reason.
/// (operation, wire name, what differs)
// (`sendMessage`'s `src`, which the seed requires, is optional as in the catalog: exactly one of
// `src` and `powerpack_uuid` is required, a rule of the operation, `ops::SendMessage`.)
const DEVIATIONS: &[(&str, &str, &str)] = &[
    // The seed requires these; the SDK makes them optional. The seed is the user's spec.
    ("createApplication", "answer_url", "required"),
    ("sendMessage", "text", "required"),
    // The catalog makes `data` optional for the update; without it the update changes
    // nothing, so it is required here (see `ops::UpdatePhoneNumberCompliance`).
    ("updatePhoneNumberCompliance", "data", "required"),
    // plivo-python leaves these optional; Plivo's documentation and plivo-node require them,
    // and the operation means nothing without them (see the ops' docs).
    ("validateVerifySession", "otp", "required"),
    ("verifyCallerId", "otp", "required"),
    ("initiateCallerIdVerification", "phone_number", "required"),
    // `status=live` is fixed in the table row, not a field.
    ("getLiveCalls", "status", "fixed"),
    ("getSingleLiveCallDetails", "status", "fixed"),
    // `status=queued` likewise.
    ("getQueuedCalls", "status", "fixed"),
    ("getSingleQueuedCall", "status", "fixed"),
    // `type=carrier` is fixed in the table row: the one kind of lookup Plivo offers.
    ("lookupNumber", "type", "fixed"),
    // The seed's `addTime` is the equality form `add_time`; the catalog maps the seed name to
    // the four comparison forms, which are separate fields here (`addTimeGt`, …).
    ("getRecordings", "add_time", "not in catalog"),
    ("getRecordings", "add_time__gt", "seed name"),
    ("getRecordings", "add_time__gte", "seed name"),
    ("getRecordings", "add_time__lt", "seed name"),
    ("getRecordings", "add_time__lte", "seed name"),
    // plivo-python's update passes `doing_business_as` through (its docstring lists it) and
    // plivo-go checks it on create; the catalog lists it for `createProfile` only.
    ("updateProfile", "doing_business_as", "not in catalog"),
    // `{auth_id}` of the PHLO run's path is the client's own auth id, never a field.
    ("runPhlo", "auth_id", "client"),
    // Plivo's API reference (and plivo-ruby, plivo-node) send the country and type of the
    // numbers an address or identity is for; plivo-python, the catalog's source, does not.
    // Optional here (see `ops::CreateAddress`).
    ("createAddress", "phone_number_country", "not in catalog"),
    ("createAddress", "number_type", "not in catalog"),
    ("updateAddress", "phone_number_country", "not in catalog"),
    ("updateAddress", "number_type", "not in catalog"),
    ("createIdentity", "phone_number_country", "not in catalog"),
    ("createIdentity", "number_type", "not in catalog"),
    ("updateIdentity", "phone_number_country", "not in catalog"),
    ("updateIdentity", "number_type", "not in catalog"),
    // Plivo's API reference requires these for a new toll-free verification request; the
    // SDKs check nothing (see `ops::CreateTollfreeVerification`).
    ("createTollfreeVerification", "number", "required"),
    ("createTollfreeVerification", "profile_uuid", "required"),
    ("createTollfreeVerification", "usecase", "required"),
    ("createTollfreeVerification", "usecase_summary", "required"),
    ("createTollfreeVerification", "message_sample", "required"),
    ("createTollfreeVerification", "optin_image_url", "required"),
    ("createTollfreeVerification", "optin_type", "required"),
    ("createTollfreeVerification", "volume", "required"),
    // Regulatory compliance: plivo-python leaves every field optional (it sends `null`);
    // Plivo's documentation requires an end user's name and type, and a document or an
    // application means nothing without its end user, its type or its documents; an
    // application update carries only `document_ids` (see the ops' docs).
    ("createEndUser", "name", "required"),
    ("createEndUser", "end_user_type", "required"),
    ("createComplianceDocument", "end_user_id", "required"),
    ("createComplianceDocument", "document_type_id", "required"),
    ("createComplianceApplication", "end_user_id", "required"),
    ("createComplianceApplication", "document_ids", "required"),
    ("updateComplianceApplication", "document_ids", "required"),
    // plivo-python 4.63 and plivo-go send it when buying a number; the catalog, built from an
    // older plivo-python, lists it for plivo-go only (in the operation's notes).
    ("buyNumber", "compliance_application_id", "not in catalog"),
    // `"rent": "true"` is fixed in the table row's body: buying into a pool always rents.
    ("buyPoolNumber", "rent", "fixed"),
];

fn deviates(op: &str, wire: &str, what: &str) -> bool {
    DEVIATIONS
        .iter()
        .any(|d| d.0 == op && d.1 == wire && d.2 == what)
}

#[test]
fn every_seed_operation_is_exactly_one_kind() {
    let block = |o: &Value| o["block"].as_str().expect("block").to_owned();
    let names: BTreeSet<String> = seed_catalog().iter().map(block).collect();
    assert_eq!(names.len(), 68);
    let seed: BTreeSet<String> = OperationKind::ALL
        .iter()
        .filter(|k| k.is_seed())
        .map(|k| k.name().to_owned())
        .collect();
    assert_eq!(seed, names);
    // Every operation, the seed's and the ones beyond it, is in the catalog of the SDKs.
    let all: BTreeSet<String> = catalog().iter().map(block).collect();
    let ours: BTreeSet<String> = OperationKind::ALL
        .iter()
        .map(|k| k.name().to_owned())
        .collect();
    assert_eq!(ours, all);
    for name in &names {
        assert_eq!(kind(name).name(), name);
        assert_eq!(
            OperationKind::from_name(&format!("Plivo.{name}")),
            Some(kind(name))
        );
    }
}

#[test]
fn methods_paths_and_legacy_flags_match_the_catalog() {
    for op in catalog() {
        let name = op["block"].as_str().expect("block");
        let k = kind(name);
        assert_eq!(k.method(), op["method"].as_str().expect("method"), "{name}");
        let (template, fixed) = k.path().split_once('?').unwrap_or((k.path(), ""));
        let mut path = op["path"].as_str().expect("path").to_owned();
        // A deviation: `getSinglePhloRun` is plivo-java's alone, which ends no PHLO path with
        // `/`; ours ends with `/` like the other PHLO rows (see `ops::GetSinglePhloRun`).
        if name == "getSinglePhloRun" {
            path.push('/');
        }
        assert_eq!(template, path, "{name}");
        assert_eq!(
            k.is_legacy(),
            op["legacy"].as_bool().expect("legacy"),
            "{name}"
        );
        // The host and base path: the main API's unless the catalog names another.
        let base = op["base"]
            .as_str()
            .unwrap_or("https://api.plivo.com/v1/Account/{auth_id}/");
        let ours = match k.service() {
            plivo::Service::Api => format!("{}/v1/Account/{{auth_id}}/", k.service().default_url()),
            other => format!("{}/v1/", other.default_url()),
        };
        assert_eq!(ours, base, "{name}: service");
        for pair in fixed.split('&').filter(|p| !p.is_empty()) {
            let key = pair.split('=').next().expect("key");
            let listed = op["params"]
                .as_array()
                .expect("params")
                .iter()
                .any(|p| p["name"] == key);
            assert!(listed, "{name}: fixed query {key} is not a catalog param");
            assert!(
                deviates(name, key, "fixed"),
                "{name}: fixed query {key} not documented"
            );
        }
    }
}

#[test]
fn statuses_cover_what_plivo_was_seen_to_answer() {
    for op in catalog() {
        let name = op["block"].as_str().expect("block");
        let ours = kind(name).statuses();
        assert!(
            !ours.is_empty() && ours.iter().all(|s| (200..300).contains(s)),
            "{name}"
        );
        let seen = &op["success_status"];
        let mut observed: Vec<u64> = seen["sdk_test_mock"]
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_u64).collect())
            .unwrap_or_default();
        observed.extend(seen["legacy_live_test"].as_u64());
        for status in observed {
            assert!(
                ours.contains(&(status as u16)),
                "{name}: catalog saw {status}, table has {ours:?}"
            );
        }
    }
}

#[test]
fn fields_use_the_catalog_wire_names_seed_names_required_flags_and_locations() {
    for op in catalog() {
        let name = op["block"].as_str().expect("block");
        let k = kind(name);
        let template = k.path().split('?').next().unwrap_or("");
        let params: BTreeMap<&str, &Value> = op["params"]
            .as_array()
            .expect("params")
            .iter()
            .map(|p| (p["name"].as_str().expect("name"), p))
            .collect();

        for field in k.fields() {
            let wire = field.wire_name();
            let Some(p) = params.get(wire) else {
                assert!(
                    deviates(name, wire, "not in catalog"),
                    "{name}: wire name {wire} is not in the catalog"
                );
                continue;
            };
            let catalog_required = p["required"].as_bool().expect("required");
            assert!(
                field.required() == catalog_required || deviates(name, wire, "required"),
                "{name}.{wire}: required is {} here, {catalog_required} in the catalog",
                field.required()
            );
            if let Some(seed) = p["seed_name"].as_str() {
                assert!(
                    field.name() == seed || deviates(name, wire, "seed name"),
                    "{name}.{wire}: JSON-form name {} but seed name {seed}",
                    field.name()
                );
            }
            let in_path = template.contains(&format!("{{{wire}}}"));
            assert_eq!(
                in_path,
                p["in"] == "path",
                "{name}.{wire}: path location differs"
            );
        }

        // Every field the catalog requires is here and required (or fixed by the table).
        for (wire, p) in &params {
            if p["required"] == true {
                let ours = k.fields().iter().find(|f| f.wire_name() == *wire);
                assert!(
                    ours.is_some_and(|f| f.required())
                        || deviates(name, wire, "fixed")
                        || deviates(name, wire, "client"),
                    "{name}: catalog requires {wire}"
                );
            }
        }
    }
}

/// The seed's field table of each block: names, excluding the credentials rows.
fn seed_fields() -> BTreeMap<String, Vec<String>> {
    let text = include_str!("data/plivo-package.md");
    let mut blocks = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        if let Some(name) = line.strip_prefix("Plivo.") {
            if !name.contains(' ') && !name.is_empty() {
                current = Some(name.trim().to_owned());
                blocks.insert(name.trim().to_owned(), Vec::new());
                continue;
            }
        }
        let Some(block) = &current else { continue };
        let mut words = line.split_whitespace();
        let (Some(field), Some(ty)) = (words.next(), words.next()) else {
            continue;
        };
        let typed = matches!(
            ty,
            "String" | "credentials" | "Select" | "List" | "Datepicker"
        );
        if typed && field != "Field" && field != "authId" && field != "authToken" {
            blocks.get_mut(block).expect("block").push(field.to_owned());
        }
    }
    blocks
}

#[test]
fn every_seed_field_is_a_json_form_name_of_its_operation() {
    let blocks = seed_fields();
    assert_eq!(blocks.len(), 68);
    let mut total = 0;
    for (block, fields) in &blocks {
        let k = kind(block);
        for field in fields {
            total += 1;
            let known = k.fields().iter().any(|f| f.name() == field);
            assert!(
                known,
                "{block}: seed field {field} is not a field of the operation"
            );
        }
    }
    assert!(total > 200, "the seed parser found only {total} fields");
}

#[test]
fn required_fields_come_first_and_names_are_unique() {
    for k in OperationKind::ALL {
        let fields = k.fields();
        let first_optional = fields
            .iter()
            .position(|f| !f.required())
            .unwrap_or(fields.len());
        assert!(
            fields[first_optional..].iter().all(|f| !f.required()),
            "{}",
            k.name()
        );
        let mut names = BTreeSet::new();
        for f in fields {
            assert!(
                names.insert(f.name()),
                "{}: duplicate name {}",
                k.name(),
                f.name()
            );
            if f.wire_name() != f.name() {
                assert!(
                    names.insert(f.wire_name()),
                    "{}: duplicate name {}",
                    k.name(),
                    f.wire_name()
                );
            }
        }
    }
}

/// The catalog of every Plivo operation (`../shared/operations.json`, beside the checkout).
fn shared_catalog() -> Vec<Value> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/operations.json");
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{path}: {e} (the shared folder sits beside the checkout)"));
    serde_json::from_str(&text).expect("operations.json parses")
}

#[test]
fn every_operation_has_its_catalog_name_and_resource() {
    let resources: BTreeMap<String, String> = shared_catalog()
        .iter()
        .map(|o| {
            let name = o["name"].as_str().expect("name").to_owned();
            (name, o["resource"].as_str().expect("resource").to_owned())
        })
        .collect();
    for &k in OperationKind::ALL {
        let Some(resource) = resources.get(k.name()) else {
            panic!("{} is not a catalog name", k.name());
        };
        assert_eq!(k.resource(), resource, "{}", k.name());
    }
}
