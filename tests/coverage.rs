//! Every operation has wire tests: its seed name appears in a JSON form sent by one of the
//! `tests/ops_*.rs` files, and its params struct is built there in the typed form.

use plivo::OperationKind;

const SOURCES: &[&str] = &[
    include_str!("ops_account.rs"),
    include_str!("ops_application.rs"),
    include_str!("ops_call.rs"),
    include_str!("ops_conference.rs"),
    include_str!("ops_endpoint.rs"),
    include_str!("ops_message.rs"),
    include_str!("ops_misc.rs"),
    include_str!("ops_number.rs"),
    include_str!("ops_token.rs"),
    include_str!("ops_services.rs"),
    include_str!("ops_masking.rs"),
    include_str!("ops_media.rs"),
    include_str!("ops_address.rs"),
    include_str!("ops_stream.rs"),
    include_str!("ops_verify.rs"),
    include_str!("ops_verified_caller_id.rs"),
    include_str!("ops_phlo.rs"),
    include_str!("ops_phone_number_compliance.rs"),
    include_str!("ops_tollfree_verification.rs"),
    include_str!("ops_hosted_messaging.rs"),
    include_str!("ops_profile.rs"),
    include_str!("ops_brand.rs"),
    include_str!("ops_campaign.rs"),
    include_str!("ops_queued_call.rs"),
    include_str!("ops_transcription.rs"),
    include_str!("ops_compliance.rs"),
    include_str!("ops_powerpack.rs"),
    include_str!("ops_multi_party_call.rs"),
];

#[test]
fn every_operation_has_wire_tests() {
    for kind in OperationKind::ALL {
        let name = kind.name();
        let json_form = format!("\"operation\": \"{name}\"");
        let type_name = format!("{kind:?}::new(");
        let tested = SOURCES
            .iter()
            .any(|s| s.contains(&json_form) && s.contains(&type_name));
        assert!(tested, "{name} has no wire test in tests/ops_*.rs");
    }
}
