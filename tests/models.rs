//! Every recorded Plivo response of a seed operation (`tests/data/fixtures/`, see
//! `tests/data/README.md`) decodes into that operation's model with no field lost: writing the
//! model back gives the fixture again, unknown fields included (`extra`). `null` and an absent
//! key read the same to a model, so nulls are left out of both sides before comparing.

mod common;

use common::without_nulls;
use plivo::Typed;
use plivo::ops::*;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// Decodes `text` as `T`, writes it back and compares with the fixture.
fn round_trip<T: DeserializeOwned + Serialize>(name: &str, text: &str) -> T {
    let model: T = serde_json::from_str(text).unwrap_or_else(|e| panic!("{name}: {e}"));
    let written = serde_json::to_value(&model).unwrap_or_else(|e| panic!("{name}: {e}"));
    let fixture: Value = serde_json::from_str(text).expect("fixture is JSON");
    assert_eq!(
        without_nulls(&written),
        without_nulls(&fixture),
        "{name} lost or changed a field"
    );
    model
}

macro_rules! check {
    ($op:ident, $file:literal) => {
        round_trip::<<$op as Typed>::Output>($file, include_str!(concat!("data/fixtures/", $file)))
    };
}

#[test]
fn every_seed_fixture_decodes_with_no_field_lost() {
    check!(GetAccountDetails, "accountGetResponse.json");
    check!(UpdateAccount, "accountUpdateResponse.json");
    check!(CreateApplication, "applicationCreateResponse.json");
    check!(GetSingleApplication, "applicationGetResponse.json");
    check!(GetApplications, "applicationListResponse.json");
    check!(UpdateApplication, "applicationModifyResponse.json");
    check!(MakeCall, "callCreateResponse.json");
    check!(GetSingleCallDetails, "callGetResponse.json");
    check!(GetCallsDetails, "callListResponse.json");
    check!(TransferCall, "callUpdateResponse.json");
    check!(HangupConferences, "conferenceDeleteAllResponse.json");
    check!(HangupSingleConference, "conferenceDeleteResponse.json");
    check!(GetSingleConference, "conferenceGetResponse.json");
    check!(GetConferences, "conferenceListResponse.json");
    check!(MakeMemberDeaf, "conferenceMemberDeafCreateResponse.json");
    check!(HangupMember, "conferenceMemberDeleteResponse.json");
    check!(KickMember, "conferenceMemberKickCreateResponse.json");
    check!(MuteMember, "conferenceMemberMuteCreateResponse.json");
    check!(PlaySoundToMember, "conferenceMemberPlayCreateResponse.json");
    check!(
        StopPlayingSoundToMember,
        "conferenceMemberPlayDeleteResponse.json"
    );
    check!(PlayTextToMember, "conferenceMemberSpeakCreateResponse.json");
    check!(
        StopPlayingTextToMember,
        "conferenceMemberSpeakDeleteResponse.json"
    );
    check!(
        StartRecordingConference,
        "conferenceRecordCreateResponse.json"
    );
    check!(CreateEndpoint, "endpointCreateResponse.json");
    check!(GetSingleEndpoint, "endpointGetResponse.json");
    check!(GetEndpoints, "endpointListResponse.json");
    check!(UpdateEndpoint, "endpointUpdateResponse.json");
    check!(SendDigits, "liveCallDtmfCreateResponse.json");
    check!(GetSingleLiveCallDetails, "liveCallGetResponse.json");
    check!(GetLiveCalls, "liveCallListGetResponse.json");
    check!(PlayMusicFile, "liveCallPlayCreateResponse.json");
    check!(RecordCall, "liveCallRecordCreateResponse.json");
    check!(PlayText, "liveCallSpeakCreateResponse.json");
    check!(StopPlayingText, "liveCallSpeakDeleteResponse.json");
    check!(GetSingleMessage, "messageGetResponse.json");
    check!(GetMessages, "messageListResponse.json");
    check!(SendMessage, "messageSendResponse.json");
    check!(AddOwnCarrierNumber, "numberCreateResponse.json");
    check!(GetRentedNumber, "numberGetResponse.json");
    check!(GetRentedNumbers, "numberListResponse.json");
    check!(UpdateNumber, "numberUpdateResponse.json");
    check!(BuyNumber, "phoneNumberCreateResponse.json");
    check!(SearchNewNumbers, "phoneNumberListResponse.json");
    check!(GetPricing, "pricingGetResponse.json");
    check!(GetSingleRecording, "recordingGetAddedFilterResponse.json");
    check!(GetSingleRecording, "recordingGetResponse.json");
    check!(GetRecordings, "recordingListFromFilterResponse.json");
    check!(GetRecordings, "recordingListResponse.json");
    check!(CreateSubaccount, "subaccountCreateResponse.json");
    check!(GetSingleSubaccount, "subaccountGetResponse.json");
    check!(GetSubaccounts, "subaccountListResponse.json");
    check!(UpdateSubaccount, "subaccountUpdateResponse.json");
    check!(CreateToken, "tokenCreateResponse.json");
}

/// Asserts that every field of the fixture landed in a typed field, not in `extra`.
macro_rules! typed_fully {
    ($model:expr) => {{
        let model = $model;
        assert!(
            model.extra.is_empty(),
            "untyped fields: {:?}",
            model.extra.keys().collect::<Vec<_>>()
        );
        model
    }};
}

#[test]
fn fixture_fields_land_in_typed_fields() {
    use plivo::models::*;

    let account = typed_fully!(check!(GetAccountDetails, "accountGetResponse.json"));
    assert_eq!(
        account.cash_credits.as_ref().map(Decimal::as_str),
        Some("4.88860")
    );
    assert_eq!(account.auto_recharge, Some(false));

    let page = check!(GetSubaccounts, "subaccountListResponse.json");
    for sub in page.objects {
        typed_fully!(sub);
    }
    typed_fully!(check!(GetSingleSubaccount, "subaccountGetResponse.json"));
    typed_fully!(check!(CreateSubaccount, "subaccountCreateResponse.json"));

    let apps = check!(GetApplications, "applicationListResponse.json");
    assert_eq!(apps.meta.limit, 20);
    for app in apps.objects {
        typed_fully!(app);
    }
    typed_fully!(check!(GetSingleApplication, "applicationGetResponse.json"));
    typed_fully!(check!(CreateApplication, "applicationCreateResponse.json"));

    let endpoint = typed_fully!(check!(GetSingleEndpoint, "endpointGetResponse.json"));
    assert!(endpoint.is_registered());
    for e in check!(GetEndpoints, "endpointListResponse.json").objects {
        typed_fully!(e);
    }
    let created = typed_fully!(check!(CreateEndpoint, "endpointCreateResponse.json"));
    assert_eq!(created.username.as_deref(), Some("zumba131031145958"));

    let message = typed_fully!(check!(GetSingleMessage, "messageGetResponse.json"));
    assert_eq!(message.message_state, Some(MessageState::Sent));
    assert_eq!(message.message_direction, Some(Direction::Outbound));
    assert_eq!(message.units, Some(1));
    for m in check!(GetMessages, "messageListResponse.json").objects {
        typed_fully!(m);
    }
    let queued = typed_fully!(check!(SendMessage, "messageSendResponse.json"));
    assert_eq!(queued.message_uuid.len(), 1);

    let call = typed_fully!(check!(GetSingleCallDetails, "callGetResponse.json"));
    assert_eq!(
        call.total_rate.as_ref().map(Decimal::as_str),
        Some("0.03570")
    );
    for c in check!(GetCallsDetails, "callListResponse.json").objects {
        typed_fully!(c);
    }
    let live = typed_fully!(check!(GetSingleLiveCallDetails, "liveCallGetResponse.json"));
    assert_eq!(live.call_status, Some(CallStatus::InProgress));
    typed_fully!(check!(GetLiveCalls, "liveCallListGetResponse.json"));
    let fired = typed_fully!(check!(MakeCall, "callCreateResponse.json"));
    assert_eq!(fired.request_uuid.to_vec().len(), 1);
    typed_fully!(check!(RecordCall, "liveCallRecordCreateResponse.json"));

    let conference = typed_fully!(check!(GetSingleConference, "conferenceGetResponse.json"));
    assert_eq!(
        conference
            .conference_member_count
            .as_ref()
            .and_then(Decimal::to_u64),
        Some(1)
    );
    for member in conference.members.unwrap_or_default() {
        typed_fully!(member);
    }
    typed_fully!(check!(GetConferences, "conferenceListResponse.json"));
    let played = typed_fully!(check!(
        PlaySoundToMember,
        "conferenceMemberPlayCreateResponse.json"
    ));
    assert_eq!(played.member_id.map(|ids| ids.to_vec().len()), Some(4));
    typed_fully!(check!(
        KickMember,
        "conferenceMemberKickCreateResponse.json"
    ));

    let number = typed_fully!(check!(GetRentedNumber, "numberGetResponse.json"));
    assert_eq!(number.number_type, Some(NumberType::Local));
    for n in check!(GetRentedNumbers, "numberListResponse.json").objects {
        typed_fully!(n);
    }
    for n in check!(SearchNewNumbers, "phoneNumberListResponse.json").objects {
        typed_fully!(n);
    }
    let bought = typed_fully!(check!(BuyNumber, "phoneNumberCreateResponse.json"));
    for n in bought.numbers.unwrap_or_default() {
        typed_fully!(n);
    }

    let price = typed_fully!(check!(GetPricing, "pricingGetResponse.json"));
    let voice = price.voice.expect("voice");
    let outbound = typed_fully!(voice.outbound.expect("outbound"));
    assert_eq!(outbound.rates.map(|r| r.len()), Some(5));

    for file in [
        "recordingGetResponse.json",
        "recordingGetAddedFilterResponse.json",
    ] {
        let text = match file {
            "recordingGetResponse.json" => include_str!("data/fixtures/recordingGetResponse.json"),
            _ => include_str!("data/fixtures/recordingGetAddedFilterResponse.json"),
        };
        let recording = typed_fully!(round_trip::<Recording>(file, text));
        assert!(recording.monthly_recording_storage_amount.is_some());
    }
    for r in check!(GetRecordings, "recordingListResponse.json").objects {
        typed_fully!(r);
    }
}
