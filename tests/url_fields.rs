//! URL fields (`answerUrl`, `mediaUrls`, …): every one takes absolute `http(s)` URLs only,
//! in the JSON form and the typed API, and the table below lists every such field.

use plivo::Operation;
use serde_json::{Value, json};

// ---------------------------------------------------------------------------------------------
// URL fields: absolute http(s) URLs only
// ---------------------------------------------------------------------------------------------

/// Every URL field of every operation, with the other fields its operation needs.
const URL_FIELDS: &[(&str, &str, &str)] = &[
    (
        "createAddress",
        r#"{"countryIso": "FR", "salutation": "Mr", "firstName": "B", "lastName": "W", "addressLine1": "1", "addressLine2": "Rue", "city": "PARIS", "region": "PARIS", "postalCode": "75001", "addressProofType": "passport"}"#,
        "callbackUrl",
    ),
    ("updateAddress", r#"{"addressId": "1"}"#, "callbackUrl"),
    (
        "createIdentity",
        r#"{"countryIso": "FR", "salutation": "Mr", "firstName": "B", "lastName": "W", "birthPlace": "P", "birthDate": "1939-05-27", "nationality": "FR", "idNationality": "FR", "idIssueDate": "2017-01-01", "idType": "passport", "idNumber": "1", "addressLine1": "1", "addressLine2": "Rue", "city": "PARIS", "region": "PARIS", "postalCode": "75001"}"#,
        "callbackUrl",
    ),
    ("updateIdentity", r#"{"identityId": "1"}"#, "callbackUrl"),
    (
        "createTranscription",
        r#"{"recordingId": "r"}"#,
        "transcriptionCallbackUrl",
    ),
    (
        "createTollfreeVerification",
        r#"{"number": "18885550100", "profileUuid": "p", "usecase": "2FA", "usecaseSummary": "s", "messageSample": "m", "optinImageUrl": "https://e.com/i", "optinType": "WEB_FORM", "volume": "100"}"#,
        "callbackUrl",
    ),
    (
        "createTollfreeVerification",
        r#"{"number": "18885550100", "profileUuid": "p", "usecase": "2FA", "usecaseSummary": "s", "messageSample": "m", "optinImageUrl": "https://e.com/i", "optinType": "WEB_FORM", "volume": "100"}"#,
        "optinImageUrl",
    ),
    (
        "updateTollfreeVerification",
        r#"{"uuid": "u"}"#,
        "callbackUrl",
    ),
    (
        "updateTollfreeVerification",
        r#"{"uuid": "u"}"#,
        "optinImageUrl",
    ),
    (
        "makeCall",
        r#"{"callFrom": "14155550100", "callTo": "14155550101", "answerUrl": "https://e.com/a"}"#,
        "answerUrl",
    ),
    (
        "makeCall",
        r#"{"callFrom": "14155550100", "callTo": "14155550101", "answerUrl": "https://e.com/a"}"#,
        "ringUrl",
    ),
    (
        "makeCall",
        r#"{"callFrom": "14155550100", "callTo": "14155550101", "answerUrl": "https://e.com/a"}"#,
        "hangupUrl",
    ),
    (
        "makeCall",
        r#"{"callFrom": "14155550100", "callTo": "14155550101", "answerUrl": "https://e.com/a"}"#,
        "fallbackUrl",
    ),
    (
        "makeCall",
        r#"{"callFrom": "14155550100", "callTo": "14155550101", "answerUrl": "https://e.com/a"}"#,
        "machineDetectionUrl",
    ),
    (
        "createApplication",
        r#"{"appName": "a", "answerUrl": "https://e.com/a"}"#,
        "answerUrl",
    ),
    (
        "createApplication",
        r#"{"appName": "a", "answerUrl": "https://e.com/a"}"#,
        "hangupUrl",
    ),
    (
        "createApplication",
        r#"{"appName": "a", "answerUrl": "https://e.com/a"}"#,
        "fallbackAnswerUrl",
    ),
    (
        "createApplication",
        r#"{"appName": "a", "answerUrl": "https://e.com/a"}"#,
        "messageUrl",
    ),
    ("updateApplication", r#"{"appId": "1"}"#, "answerUrl"),
    ("updateApplication", r#"{"appId": "1"}"#, "hangupUrl"),
    (
        "updateApplication",
        r#"{"appId": "1"}"#,
        "fallbackAnswerUrl",
    ),
    ("updateApplication", r#"{"appId": "1"}"#, "messageUrl"),
    (
        "transferCall",
        r#"{"callUuid": "c", "legs": "aleg"}"#,
        "alegUrl",
    ),
    (
        "transferCall",
        r#"{"callUuid": "c", "legs": "bleg"}"#,
        "blegUrl",
    ),
    ("recordCall", r#"{"callUuid": "c"}"#, "transcriptionUrl"),
    ("recordCall", r#"{"callUuid": "c"}"#, "callbackUrl"),
    ("playMusicFile", r#"{"callUuid": "c"}"#, "urls"),
    (
        "startRecordingConference",
        r#"{"conferenceName": "c"}"#,
        "transcriptionUrl",
    ),
    (
        "startRecordingConference",
        r#"{"conferenceName": "c"}"#,
        "callbackUrl",
    ),
    (
        "playSoundToMember",
        r#"{"conferenceName": "c", "memberId": "1"}"#,
        "url",
    ),
    (
        "sendMessage",
        r#"{"src": "14155550100", "destination": "14155550101", "text": "hi"}"#,
        "url",
    ),
    (
        "sendMessage",
        r#"{"src": "14155550100", "destination": "14155550101", "text": "hi"}"#,
        "mediaUrls",
    ),
    (
        "createVerifySession",
        r#"{"recipient": "14155550100"}"#,
        "url",
    ),
    (
        "createBrand",
        r#"{"brandAlias": "a", "brandType": "STARTER", "profileUuid": "p"}"#,
        "url",
    ),
    (
        "createCampaign",
        r#"{"brandId": "B1", "vertical": "TECHNOLOGY", "usecase": "2FA"}"#,
        "url",
    ),
    (
        "importCampaign",
        r#"{"campaignId": "C1", "campaignAlias": "a"}"#,
        "url",
    ),
    (
        "linkCampaignNumbers",
        r#"{"campaignId": "C1", "numbers": ["14155550100"]}"#,
        "url",
    ),
    (
        "unlinkCampaignNumber",
        r#"{"campaignId": "C1", "number": "14155550100"}"#,
        "url",
    ),
    (
        "startStream",
        r#"{"callUuid": "c", "serviceUrl": "wss://e.com/s"}"#,
        "statusCallbackUrl",
    ),
    (
        "createMaskingSession",
        r#"{"firstParty": "14155550100", "secondParty": "14155550101"}"#,
        "recordingCallbackUrl",
    ),
    (
        "createMaskingSession",
        r#"{"firstParty": "14155550100", "secondParty": "14155550101"}"#,
        "callbackUrl",
    ),
    (
        "createMaskingSession",
        r#"{"firstParty": "14155550100", "secondParty": "14155550101"}"#,
        "firstPartyPlayUrl",
    ),
    (
        "createMaskingSession",
        r#"{"firstParty": "14155550100", "secondParty": "14155550101"}"#,
        "secondPartyPlayUrl",
    ),
    (
        "createMaskingSession",
        r#"{"firstParty": "14155550100", "secondParty": "14155550101"}"#,
        "pinPromptPlay",
    ),
    (
        "createMaskingSession",
        r#"{"firstParty": "14155550100", "secondParty": "14155550101"}"#,
        "incorrectPinPlay",
    ),
    (
        "createMaskingSession",
        r#"{"firstParty": "14155550100", "secondParty": "14155550101"}"#,
        "unknownCallerPlay",
    ),
    (
        "updateMaskingSession",
        r#"{"sessionUuid": "s"}"#,
        "recordingCallbackUrl",
    ),
    (
        "updateMaskingSession",
        r#"{"sessionUuid": "s"}"#,
        "callbackUrl",
    ),
    (
        "updateMaskingSession",
        r#"{"sessionUuid": "s"}"#,
        "firstPartyPlayUrl",
    ),
    (
        "updateMaskingSession",
        r#"{"sessionUuid": "s"}"#,
        "secondPartyPlayUrl",
    ),
    ("getMultiPartyCalls", r#"{}"#, "callbackUrl"),
    (
        "getSingleMultiPartyCall",
        r#"{"mpcId": "name_m"}"#,
        "callbackUrl",
    ),
    (
        "startMultiPartyCall",
        r#"{"mpcId": "name_m", "status": "active"}"#,
        "callbackUrl",
    ),
    (
        "stopMultiPartyCall",
        r#"{"mpcId": "name_m"}"#,
        "callbackUrl",
    ),
    (
        "addMultiPartyCallParticipant",
        r#"{"mpcId": "name_m", "role": "agent", "from": "14155550100", "to": "14155550101"}"#,
        "callStatusCallbackUrl",
    ),
    (
        "addMultiPartyCallParticipant",
        r#"{"mpcId": "name_m", "role": "agent", "from": "14155550100", "to": "14155550101"}"#,
        "confirmKeySoundUrl",
    ),
    (
        "addMultiPartyCallParticipant",
        r#"{"mpcId": "name_m", "role": "agent", "from": "14155550100", "to": "14155550101"}"#,
        "waitMusicUrl",
    ),
    (
        "addMultiPartyCallParticipant",
        r#"{"mpcId": "name_m", "role": "agent", "from": "14155550100", "to": "14155550101"}"#,
        "agentHoldMusicUrl",
    ),
    (
        "addMultiPartyCallParticipant",
        r#"{"mpcId": "name_m", "role": "agent", "from": "14155550100", "to": "14155550101"}"#,
        "customerHoldMusicUrl",
    ),
    (
        "addMultiPartyCallParticipant",
        r#"{"mpcId": "name_m", "role": "agent", "from": "14155550100", "to": "14155550101"}"#,
        "recordingCallbackUrl",
    ),
    (
        "addMultiPartyCallParticipant",
        r#"{"mpcId": "name_m", "role": "agent", "from": "14155550100", "to": "14155550101"}"#,
        "statusCallbackUrl",
    ),
    (
        "addMultiPartyCallParticipant",
        r#"{"mpcId": "name_m", "role": "agent", "from": "14155550100", "to": "14155550101"}"#,
        "onExitActionUrl",
    ),
    (
        "addMultiPartyCallParticipant",
        r#"{"mpcId": "name_m", "role": "agent", "from": "14155550100", "to": "14155550101"}"#,
        "transcriptionUrl",
    ),
    (
        "addMultiPartyCallParticipant",
        r#"{"mpcId": "name_m", "role": "agent", "from": "14155550100", "to": "14155550101"}"#,
        "callbackUrl",
    ),
    (
        "getMultiPartyCallParticipants",
        r#"{"mpcId": "name_m"}"#,
        "callbackUrl",
    ),
    (
        "getSingleMultiPartyCallParticipant",
        r#"{"mpcId": "name_m", "participantId": "1"}"#,
        "callbackUrl",
    ),
    (
        "updateMultiPartyCallParticipant",
        r#"{"mpcId": "name_m", "participantId": "1", "mute": true}"#,
        "callbackUrl",
    ),
    (
        "kickMultiPartyCallParticipant",
        r#"{"mpcId": "name_m", "participantId": "1"}"#,
        "callbackUrl",
    ),
    (
        "startMultiPartyCallRecording",
        r#"{"mpcId": "name_m"}"#,
        "recordingCallbackUrl",
    ),
    (
        "startMultiPartyCallRecording",
        r#"{"mpcId": "name_m"}"#,
        "transcriptionUrl",
    ),
    (
        "startMultiPartyCallRecording",
        r#"{"mpcId": "name_m"}"#,
        "callbackUrl",
    ),
    (
        "stopMultiPartyCallRecording",
        r#"{"mpcId": "name_m"}"#,
        "callbackUrl",
    ),
    (
        "pauseMultiPartyCallRecording",
        r#"{"mpcId": "name_m"}"#,
        "callbackUrl",
    ),
    (
        "resumeMultiPartyCallRecording",
        r#"{"mpcId": "name_m"}"#,
        "callbackUrl",
    ),
    (
        "startParticipantRecording",
        r#"{"mpcId": "name_m", "participantId": "1"}"#,
        "recordingCallbackUrl",
    ),
    (
        "startParticipantRecording",
        r#"{"mpcId": "name_m", "participantId": "1"}"#,
        "transcriptionUrl",
    ),
    (
        "startParticipantRecording",
        r#"{"mpcId": "name_m", "participantId": "1"}"#,
        "callbackUrl",
    ),
    (
        "stopParticipantRecording",
        r#"{"mpcId": "name_m", "participantId": "1"}"#,
        "callbackUrl",
    ),
    (
        "pauseParticipantRecording",
        r#"{"mpcId": "name_m", "participantId": "1"}"#,
        "callbackUrl",
    ),
    (
        "resumeParticipantRecording",
        r#"{"mpcId": "name_m", "participantId": "1"}"#,
        "callbackUrl",
    ),
    (
        "startParticipantPlay",
        r#"{"mpcId": "name_m", "participantId": "1", "url": "https://e.com/a.mp3"}"#,
        "url",
    ),
    (
        "startParticipantSpeak",
        r#"{"mpcId": "name_m", "participantId": "1", "text": "hi"}"#,
        "callbackUrl",
    ),
];

/// Every WebSocket URL field (audio streams): absolute `wss://` or `ws://` URLs only.
const WS_URL_FIELDS: &[(&str, &str, &str)] =
    &[("startStream", r#"{"callUuid": "c"}"#, "serviceUrl")];

fn with_url(
    operation: &str,
    params: &str,
    field: &str,
    url: &str,
) -> Result<Operation, plivo::Error> {
    let mut params: Value = serde_json::from_str(params).expect("params");
    let value = if field.ends_with('s') {
        json!(["https://e.com/first.mp3", url])
    } else {
        json!(url)
    };
    params[field] = value;
    Operation::from_value(&json!({"operation": operation, "params": params}))
}

#[test]
fn url_fields_take_absolute_http_urls_only() {
    for &(operation, params, field) in URL_FIELDS {
        for good in [
            "https://example.com/answer",
            "http://example.com",
            "HTTPS://Example.COM:8443/a/b?c=d&e=%20f#g",
            "https://user@example.com/x",
        ] {
            with_url(operation, params, field, good)
                .unwrap_or_else(|e| panic!("{operation}.{field} = {good:?}: {e}"));
        }
        for bad in [
            "not-a-url",
            "/relative/path",
            "example.com/answer",
            "ftp://example.com/a",
            "https://",
            "http:///path",
            "https://:443/x",
            "https://example.com/a b",
            "https://example.com/a\nb",
            "",
        ] {
            let err = with_url(operation, params, field, bad)
                .expect_err(&format!("{operation}.{field} = {bad:?} must be refused"));
            assert_eq!(err.field(), Some(field), "{err}");
            let shown = err.to_string();
            assert!(
                shown.contains("http://")
                    || shown.contains("host")
                    || shown.contains("space")
                    || shown.contains("empty"),
                "{operation}.{field} = {bad:?}: {shown}"
            );
        }
    }
}

#[test]
fn websocket_url_fields_take_absolute_ws_urls_only() {
    for &(operation, params, field) in WS_URL_FIELDS {
        for good in [
            "wss://example.com/audio",
            "ws://example.com",
            "WSS://Example.COM:8443/a?b=c",
        ] {
            with_url(operation, params, field, good)
                .unwrap_or_else(|e| panic!("{operation}.{field} = {good:?}: {e}"));
        }
        for bad in [
            "https://example.com/audio",
            "example.com",
            "wss://",
            "wss://:443/x",
            "wss://example.com/a b",
            "",
        ] {
            let err = with_url(operation, params, field, bad)
                .expect_err(&format!("{operation}.{field} = {bad:?} must be refused"));
            assert_eq!(err.field(), Some(field), "{err}");
        }
    }
}

#[test]
fn every_url_field_is_in_the_url_table() {
    for kind in plivo::OperationKind::ALL {
        for field in kind.fields() {
            let name = field.name();
            if name.ends_with("Url") || name.ends_with("Urls") || name == "url" || name == "urls" {
                assert!(
                    URL_FIELDS
                        .iter()
                        .chain(WS_URL_FIELDS)
                        .any(|&(op, _, f)| op == kind.name() && f == name),
                    "{}.{name} is a URL field missing from URL_FIELDS",
                    kind.name()
                );
            }
        }
    }
}

#[test]
fn the_typed_api_checks_urls_before_sending() {
    let client = plivo::Client::new("MAXXXXXXXXXXXXXXXXXX", "token").expect("client");
    let err = client
        .prepare(plivo::ops::MakeCall::new(
            "14155550100",
            "14155550101",
            "not-a-url",
        ))
        .expect_err("refused");
    assert_eq!(err.field(), Some("answerUrl"));
    assert!(
        err.to_string().contains("absolute http:// or https:// URL"),
        "{err}"
    );
}
