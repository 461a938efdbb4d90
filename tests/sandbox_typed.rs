//! Every seed operation, sent typed (`Client::send`) to the sandbox: each answer decodes into
//! its model, and the models carry what the flow needs next.

use std::collections::BTreeSet;

use plivo::models::{CallStatus, Direction, MessageState};
use plivo::ops::*;
use plivo::sandbox::Sandbox;
use plivo::{Client, Error, OperationKind, Typed};

/// Sends typed and records the operation's name, so the test can check it covered them all.
struct Tour {
    client: Client,
    done: BTreeSet<&'static str>,
}

impl Tour {
    fn send<P: Typed + Clone>(&mut self, params: P) -> P::Output {
        let name = params.clone().into().name();
        self.done.insert(name);
        self.client
            .send(params)
            .unwrap_or_else(|e| panic!("{name}: {e}"))
    }
}

#[test]
fn every_seed_operation_decodes_typed_from_the_sandbox() {
    let sandbox = Sandbox::start().expect("sandbox");
    let mut t = Tour {
        client: sandbox.client(),
        done: BTreeSet::new(),
    };

    let account = t.send(GetAccountDetails::new());
    assert_eq!(account.auth_id, sandbox.auth_id());
    t.send(UpdateAccount::new().name("Typed"));

    let sub = t.send(CreateSubaccount::new("typed sub").enabled(true));
    t.send(UpdateSubaccount::new(sub.auth_id.as_str(), "typed sub 2"));
    assert_eq!(
        t.send(GetSingleSubaccount::new(sub.auth_id.as_str()))
            .name
            .as_deref(),
        Some("typed sub 2")
    );
    assert_eq!(t.send(GetSubaccounts::new()).objects.len(), 1);
    t.send(DeleteSubaccount::new(sub.auth_id.as_str()));

    let app = t.send(CreateApplication::new(
        "typed app",
        "https://example.com/answer",
    ));
    assert_eq!(t.send(GetApplications::new()).meta.total_count, Some(1));
    t.send(UpdateApplication::new(app.app_id.as_str()).hangup_url("https://example.com/h"));
    assert_eq!(
        t.send(GetSingleApplication::new(app.app_id.as_str()))
            .hangup_url
            .as_deref(),
        Some("https://example.com/h")
    );

    let endpoint = t.send(CreateEndpoint::new("typed", "secret", "Typed"));
    assert!(
        endpoint
            .username
            .as_deref()
            .is_some_and(|u| u.starts_with("typed") && u.len() == 17)
    );
    assert!(
        !t.send(GetSingleEndpoint::new(endpoint.endpoint_id.as_str()))
            .is_registered()
    );
    assert_eq!(t.send(GetEndpoints::new()).objects.len(), 1);
    t.send(UpdateEndpoint::new(endpoint.endpoint_id.as_str()).alias("Typed 2"));
    t.send(DeleteEndpoint::new(endpoint.endpoint_id.as_str()));

    let found = t.send(SearchNewNumbers::new("US").limit(2));
    let number = found.objects[0].number.clone();
    let bought = t.send(BuyNumber::new(number.as_str()));
    assert_eq!(
        bought.numbers.map(|n| n[0].number.clone()),
        Some(number.clone())
    );
    assert_eq!(t.send(GetRentedNumbers::new()).objects.len(), 1);
    t.send(UpdateNumber::new(number.as_str()).app_id(app.app_id.as_str()));
    assert!(
        t.send(GetRentedNumber::new(number.as_str()))
            .application
            .is_some()
    );

    let carrier = t.send(AddIncomingCarrier::new("typed carrier", "10.1.1.1"));
    t.send(UpdateIncomingCarrier::new(carrier.carrier_id.as_str()).name("typed carrier 2"));
    assert_eq!(t.send(ListIncomingCarriers::new()).objects.len(), 1);
    assert_eq!(
        t.send(GetSingleIncomingCarrier::new(carrier.carrier_id.as_str()))
            .name
            .as_deref(),
        Some("typed carrier 2")
    );
    t.send(AddOwnCarrierNumber::new(
        "12025550199",
        carrier.carrier_id.as_str(),
        "DC",
    ));
    t.send(RemoveIncomingCarrier::new(carrier.carrier_id.as_str()));

    let queued = t.send(SendMessage::new(
        number.as_str(),
        ["14155550101", "14155550102"],
        "typed",
    ));
    assert_eq!(queued.message_uuid.len(), 2);
    let message = t.send(GetSingleMessage::new(queued.message_uuid[0].as_str()));
    assert_eq!(message.message_state, Some(MessageState::Queued));
    assert_eq!(message.message_direction, Some(Direction::Outbound));
    assert_eq!(t.send(GetMessages::new()).meta.total_count, Some(2));

    let uploaded = t.send(plivo::ops::UploadMedia::new([
        plivo::ops::File::from_bytes("a.png", None, vec![0x89, b'P', b'N', b'G']),
    ]));
    let media_id = uploaded.objects[0].media_id.clone().expect("a media id");
    assert_eq!(t.send(plivo::ops::GetMedia::new()).objects.len(), 1);
    let media = t.send(plivo::ops::GetSingleMedia::new(media_id.as_str()));
    assert_eq!(media.content_type.as_deref(), Some("image/png"));
    let mms = t.send(
        SendMessage::new(number.as_str(), ["14155550109"], "with media")
            .message_type(plivo::ops::MessageType::Mms)
            .media_ids([media_id.as_str()]),
    );
    let mms_uuid = mms.message_uuid[0].clone();
    let attached = t.send(plivo::ops::GetMessageMedia::new(mms_uuid.as_str()));
    assert_eq!(attached.objects.len(), 1);
    assert_eq!(
        t.send(plivo::ops::GetSingleMessageMedia::new(
            mms_uuid.as_str(),
            media_id.as_str()
        ))
        .media_id,
        media_id
    );
    t.send(plivo::ops::DeleteMessageMedia::new(mms_uuid.as_str()));
    assert!(
        t.send(plivo::ops::GetMessageMedia::new(mms_uuid.as_str()))
            .objects
            .is_empty()
    );

    let sessions = t.send(GetVerifySessions::new());
    assert!(sessions.objects.is_empty());
    let session = t.send(CreateVerifySession::new("14155550110")).session_uuid;
    let code = sandbox
        .verify_code(&session)
        .expect("the sandbox shows the code");
    t.send(ValidateVerifySession::new(session.as_str(), code.as_str()));
    assert_eq!(
        t.send(GetSingleVerifySession::new(session.as_str())).status,
        Some(VerifySessionStatus::Verified)
    );
    let sessions = t.send(GetVerifySessions::new().status(VerifySessionStatus::Verified));
    assert_eq!(sessions.objects[0].session_uuid, session);
    assert_eq!(sessions.shape, plivo::ListShape::Named("sessions"));

    // Verified caller IDs: initiate, verify with the sandbox's code, read, update, list, delete.
    let started = t.send(InitiateCallerIdVerification::new("+14155550111").alias("typed"));
    let code = sandbox
        .caller_id_code(&started.verification_uuid)
        .expect("the sandbox shows the code");
    let caller_id = t.send(VerifyCallerId::new(
        started.verification_uuid.as_str(),
        code.as_str(),
    ));
    assert_eq!(caller_id.phone_number, "+14155550111");
    assert_eq!(
        t.send(GetSingleVerifiedCallerId::new("+14155550111"))
            .alias
            .as_deref(),
        Some("typed")
    );
    t.send(UpdateVerifiedCallerId::new("+14155550111").alias("typed 2"));
    assert_eq!(
        t.send(GetVerifiedCallerIds::new()).objects[0]
            .alias
            .as_deref(),
        Some("typed 2")
    );
    t.send(DeleteVerifiedCallerId::new("+14155550111"));

    // Phone-number compliance: create (multipart POST), get, update (multipart PATCH).
    let compliance = t.send(CreatePhoneNumberCompliance::new(
        ComplianceData::application(
            "IN",
            NumberType::Local,
            "typed",
            ComplianceEndUser::new(plivo::models::UserType::Individual, "Ada"),
        )
        .document(ComplianceDocument::new("dt-id").file(File::from_bytes(
            "id.png",
            None,
            vec![1, 2],
        ))),
    ));
    let compliance_id = compliance.compliance_id.expect("a compliance id");
    let updated = t.send(UpdatePhoneNumberCompliance::new(
        compliance_id.as_str(),
        ComplianceData::new().alias("typed 2"),
    ));
    assert_eq!(
        updated.compliance.and_then(|c| c.alias).as_deref(),
        Some("typed 2")
    );
    let got =
        t.send(GetSinglePhoneNumberCompliance::new(compliance_id.as_str()).expand(["documents"]));
    assert_eq!(
        got.compliance.documents.map(|d| d[0].file_name.clone()),
        Some(Some("id.png".to_owned()))
    );
    let requirement = t.send(GetPhoneNumberComplianceRequirements::new(
        "IN",
        NumberType::Local,
        UserType::Business,
    ));
    assert_eq!(requirement.document_types.map(|d| d.len()), Some(2));
    let linked = t.send(LinkPhoneNumberCompliance::new(vec![
        ComplianceNumberLink::new(format!("+{number}"), compliance_id.as_str()),
    ]));
    assert_eq!(linked.updated_count, Some(1));
    let listed = t.send(GetPhoneNumberCompliances::new().expand(["linked_numbers"]));
    assert_eq!(
        listed.objects[0].linked_numbers.as_ref().map(Vec::len),
        Some(1)
    );
    t.send(DeletePhoneNumberCompliance::new(compliance_id.as_str()));

    // Addresses and identities: create and update are multipart; the create's answer has no
    // id, the list finds it.
    t.send(
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
        .alias("typed")
        .file(File::from_bytes("proof.pdf", None, b"%PDF".to_vec())),
    );
    let address_id = t.send(GetAddresses::new().alias("typed")).objects[0]
        .id
        .clone();
    t.send(UpdateAddress::new(address_id.as_str()).city("LYON"));
    assert_eq!(
        t.send(GetSingleAddress::new(address_id.as_str()))
            .city
            .as_deref(),
        Some("LYON")
    );
    t.send(DeleteAddress::new(address_id.as_str()));
    t.send(CreateIdentity::new(
        "FR",
        Salutation::Ms,
        "Diana",
        "Prince",
        "Themyscira",
        "1941-10-21",
        "FR",
        "FR",
        "2017-01-01",
        "passport",
        "33522",
        "1",
        "Rue de Rivoli",
        "PARIS",
        "PARIS",
        "75001",
    ));
    let identity_id = t.send(GetIdentities::new()).objects[0].id.clone();
    t.send(UpdateIdentity::new(identity_id.as_str()).alias("typed"));
    assert_eq!(
        t.send(GetSingleIdentity::new(identity_id.as_str()))
            .alias
            .as_deref(),
        Some("typed")
    );
    t.send(DeleteIdentity::new(identity_id.as_str()));

    let fired = t.send(MakeCall::new(
        number.as_str(),
        ["14155550103", "14155550104"],
        "https://example.com/a",
    ));
    assert_eq!(fired.request_uuid.to_vec().len(), 2);
    let live = t.send(GetLiveCalls::new());
    assert_eq!(live.calls.len(), 2);
    let (a, b) = (live.calls[0].clone(), live.calls[1].clone());
    assert_eq!(
        t.send(GetSingleLiveCallDetails::new(a.as_str()))
            .call_status,
        Some(CallStatus::InProgress)
    );
    t.send(TransferCall::new(a.as_str(), Legs::Aleg).aleg_url("https://example.com/t"));
    let started = t.send(RecordCall::new(a.as_str()));
    assert!(started.recording_id.is_some());
    t.send(StopCallRecording::new(a.as_str()));
    t.send(PlayMusicFile::new(a.as_str(), "https://example.com/a.mp3"));
    t.send(StopPlayingMusicFile::new(a.as_str()));
    t.send(PlayText::new(a.as_str(), "hello"));
    let stream = t.send(StartStream::new(a.as_str(), "wss://example.com/audio"));
    let stream = stream.stream_id.expect("a stream id");
    assert_eq!(
        t.send(GetStreams::new(a.as_str())).objects[0].stream_id,
        stream
    );
    assert_eq!(
        t.send(GetSingleStream::new(a.as_str(), stream.as_str()))
            .call_uuid
            .as_deref(),
        Some(a.as_str())
    );
    t.send(StopSingleStream::new(a.as_str(), stream.as_str()));
    t.send(StopStreams::new(a.as_str()));
    t.send(StopPlayingText::new(a.as_str()));
    t.send(SendDigits::new(a.as_str(), "123"));

    let room = "Typed Room";
    let ma = sandbox.join_conference(&a, room).expect("a joins");
    let mb = sandbox.join_conference(&b, room).expect("b joins");
    assert_eq!(t.send(GetConferences::new()).conferences, [room]);
    let conference = t.send(GetSingleConference::new(room));
    assert_eq!(
        conference.conference_member_count.and_then(|c| c.to_u64()),
        Some(2)
    );
    assert!(
        t.send(StartRecordingConference::new(room))
            .recording_id
            .is_some()
    );
    t.send(StopRecordingConference::new(room));
    t.send(MuteMember::new(room, ma.as_str()));
    t.send(UnmuteMember::new(room, ma.as_str()));
    t.send(MakeMemberDeaf::new(room, ma.as_str()));
    t.send(EnableHearingForMember::new(room, ma.as_str()));
    let played = t.send(PlaySoundToMember::new(
        room,
        "all",
        "https://example.com/a.mp3",
    ));
    assert!(played.member_id.is_some());
    t.send(StopPlayingSoundToMember::new(room, "all"));
    t.send(PlayTextToMember::new(room, ma.as_str(), "hi"));
    t.send(StopPlayingTextToMember::new(room, ma.as_str()));
    t.send(KickMember::new(room, mb.as_str()));
    t.send(HangupMember::new(room, ma.as_str()));
    sandbox
        .join_conference(&b, "Second")
        .expect("b joins again");
    t.send(HangupSingleConference::new("Second"));

    let c = t.send(MakeCall::new(
        number.as_str(),
        "14155550105",
        "https://example.com/a",
    ));
    let c = c.request_uuid.first().expect("request");
    sandbox.join_conference(&c, "Third").expect("c joins");
    t.send(HangupConferences::new());

    let d = t.send(MakeCall::new(
        number.as_str(),
        "14155550106",
        "https://example.com/a",
    ));
    t.send(HangupCallRequest::new(
        d.request_uuid.first().expect("request").as_str(),
    ));
    t.send(MakeCall::new(
        number.as_str(),
        "14155550107",
        "https://example.com/a",
    ));
    let e = t.send(GetLiveCalls::new()).calls[0].clone();
    t.send(HangupSingleCall::new(e.as_str()));
    t.send(MakeCall::new(
        number.as_str(),
        "14155550108",
        "https://example.com/a",
    ));
    t.send(HangupCalls::new());
    assert!(t.send(GetLiveCalls::new()).calls.is_empty());

    let records = t.send(GetCallsDetails::new());
    assert_eq!(records.meta.total_count, Some(6));
    let record = t.send(GetSingleCallDetails::new(a.as_str()));
    assert_eq!(record.call_uuid, a);

    let recordings = t.send(GetRecordings::new());
    let recording = recordings.objects[0].recording_id.clone();
    assert_eq!(
        t.send(GetSingleRecording::new(recording.as_str()))
            .recording_id,
        recording
    );
    // A transcription of the recording, then deleted, and one left for the recording's
    // deletion to take with it.
    t.send(CreateTranscription::new(recording.as_str()));
    let transcribed = t.send(GetSingleTranscription::new(recording.as_str()));
    assert_eq!(transcribed.status.as_deref(), Some("success"));
    t.send(DeleteTranscription::new(recording.as_str()));
    t.send(CreateTranscription::new(recording.as_str()));
    t.send(DeleteRecording::new(recording.as_str()));

    let minted = t.send(
        CreateToken::new(sandbox.auth_id())
            .subject("alice")
            .incoming_allow(true),
    );
    assert_eq!(minted.token.expose().split('.').count(), 3);

    let looked_up = t.send(plivo::ops::LookupNumber::new(number.as_str()));
    assert!(looked_up.phone_number.ends_with(number.as_str()));
    t.send(plivo::ops::CreateCallFeedback::new(a.as_str(), 5));

    let phlo_id = sandbox.add_phlo("typed tour");
    let phlo = t.send(plivo::ops::GetSinglePhlo::new(phlo_id.as_str()));
    assert_eq!(phlo.name.as_deref(), Some("typed tour"));
    let run = t.send(plivo::ops::RunPhlo::new(phlo_id.as_str()).param("to", number.as_str()));
    assert_eq!(run.phlo_id, phlo_id);
    assert!(run.phlo_run_id.is_some());
    let run_id = run.phlo_run_id.clone().unwrap_or_default();
    let read = t.send(plivo::ops::GetSinglePhloRun::new(
        phlo_id.as_str(),
        run_id.as_str(),
    ));
    assert_eq!(read.run_id.as_deref(), Some(run_id.as_str()));
    {
        use plivo::ops::{PhloMemberAction, PhloMemberRole, PhloNodeAction, PhloNodeType};
        let node_id = sandbox
            .add_phlo_node(&phlo_id, PhloNodeType::MultiPartyCall, "tour node")
            .expect("node");
        let (p, n) = (phlo_id.as_str(), node_id.as_str());
        let node = t.send(plivo::ops::GetSinglePhloNode::new(
            p,
            PhloNodeType::MultiPartyCall,
            n,
        ));
        assert_eq!(node.node_id, node_id);
        let mpc = t.send(plivo::ops::GetSinglePhloMultiPartyCall::new(p, n));
        assert_eq!(mpc.name.as_deref(), Some("tour node"));
        t.send(
            plivo::ops::UpdatePhloNode::new(
                p,
                PhloNodeType::MultiPartyCall,
                n,
                PhloNodeAction::Call,
                number.as_str(),
                "14155550108",
            )
            .role(PhloMemberRole::Agent),
        );
        t.send(plivo::ops::UpdatePhloNodeMember::new(
            p,
            PhloNodeType::MultiPartyCall,
            n,
            "14155550108",
            PhloMemberAction::Mute,
        ));
        assert!(
            sandbox
                .phlo_member(p, n, "14155550108")
                .is_some_and(|m| m.muted)
        );
    }

    // A call that stays queued (the sandbox answers `makeCall` at once).
    let queued = sandbox.add_queued_call(number.as_str(), "14155550109");
    assert_eq!(
        t.send(GetQueuedCalls::new()).calls,
        std::slice::from_ref(&queued)
    );
    let waiting = t.send(GetSingleQueuedCall::new(queued.as_str()));
    assert_eq!(waiting.call_status, Some(CallStatus::Queued));
    t.send(HangupCallRequest::new(queued.as_str()));

    // A multi-party call: made by its first participant, recorded, played to, ended.
    {
        let id = MpcId::name("tour");
        let agent = t.send(
            AddMultiPartyCallParticipant::new(id.clone(), MpcRole::Agent)
                .from(number.as_str())
                .to("14155550110")
                .start_mpc_on_enter(false)
                .stay_alone(true),
        );
        assert_eq!(agent.calls.map(|c| c.len()), Some(1));
        t.send(StartMultiPartyCall::active(id.clone()));
        let mpc = t.send(GetSingleMultiPartyCall::new(id.clone()));
        assert_eq!(mpc.status.as_deref(), Some("Active"));
        assert_eq!(t.send(GetMultiPartyCalls::new()).objects.len(), 1);
        let uuid = MpcId::uuid(mpc.mpc_uuid.expect("a uuid"));
        t.send(
            AddMultiPartyCallParticipant::new(uuid.clone(), MpcRole::Customer)
                .from(number.as_str())
                .to("14155550111"),
        );
        let members = t
            .send(GetMultiPartyCallParticipants::new(uuid.clone()))
            .objects;
        let member = members[1].member_id.clone().expect("a member id");
        let m = member.as_str();
        t.send(UpdateMultiPartyCallParticipant::new(uuid.clone(), m).mute(true));
        let one = t.send(GetSingleMultiPartyCallParticipant::new(uuid.clone(), m));
        assert_eq!(one.mute, Some(true));
        t.send(StartMultiPartyCallRecording::new(uuid.clone()));
        t.send(PauseMultiPartyCallRecording::new(uuid.clone()));
        t.send(ResumeMultiPartyCallRecording::new(uuid.clone()));
        t.send(StopMultiPartyCallRecording::new(uuid.clone()));
        t.send(StartParticipantRecording::new(uuid.clone(), m));
        t.send(PauseParticipantRecording::new(uuid.clone(), m));
        t.send(ResumeParticipantRecording::new(uuid.clone(), m));
        t.send(StopParticipantRecording::new(uuid.clone(), m));
        t.send(StartParticipantPlay::new(
            uuid.clone(),
            m,
            "https://example.com/a.mp3",
        ));
        t.send(StopParticipantPlay::new(uuid.clone(), m));
        t.send(StartParticipantSpeak::new(uuid.clone(), m, "hello"));
        t.send(StopParticipantSpeak::new(uuid.clone(), m));
        t.send(KickMultiPartyCallParticipant::new(uuid.clone(), m));
        t.send(StopMultiPartyCall::new(uuid.clone()));
        let ended = t.send(GetSingleMultiPartyCall::new(uuid));
        assert_eq!(ended.status.as_deref(), Some("Ended"));
    }

    // Toll-free verification of a rented toll-free number.
    let tollfree = t.send(SearchNewNumbers::new("US").number_type(NumberType::Tollfree));
    let tollfree = tollfree.objects[0].number.clone();
    t.send(BuyNumber::new(tollfree.as_str()));
    let tfv = t.send(CreateTollfreeVerification::new(
        tollfree.as_str(),
        "profile-1",
        ["2FA"],
        "codes",
        "Your code is 1",
        "https://example.com/optin.png",
        OptinType::WebForm,
        MessageVolume::Hundred,
    ));
    let tfv = tfv.uuid.expect("a uuid");
    t.send(UpdateTollfreeVerification::new(tfv.as_str()).volume(MessageVolume::Thousand));
    assert_eq!(
        t.send(GetSingleTollfreeVerification::new(tfv.as_str()))
            .volume
            .as_deref(),
        Some("1,000")
    );
    assert_eq!(t.send(GetTollfreeVerifications::new()).objects.len(), 1);
    t.send(DeleteTollfreeVerification::new(tfv.as_str()));

    // Hosted messaging: an LOA, a number ordered under it.
    let loa = t.send(CreateLoa::new(
        "typed loa",
        File::from_bytes("loa.pdf", None, b"%PDF".to_vec()),
    ));
    assert_eq!(t.send(GetLoas::new()).objects.len(), 1);
    let hosted = t.send(CreateHostedMessagingNumber::new(
        "typed hosted",
        app.app_id.as_str(),
        loa.loa_id.as_str(),
        "14155550177",
    ));
    let hosted = hosted.hosted_messaging_number_id.expect("an id");
    assert_eq!(t.send(GetHostedMessagingNumbers::new()).objects.len(), 1);
    t.send(GetSingleHostedMessagingNumber::new(hosted.as_str()));
    let spare = t.send(CreateLoa::new(
        "spare",
        File::from_bytes("spare.pdf", None, b"%PDF".to_vec()),
    ));
    assert_eq!(
        t.send(GetSingleLoa::new(spare.loa_id.as_str()))
            .alias
            .as_deref(),
        Some("spare")
    );
    t.send(DeleteLoa::new(spare.loa_id.as_str()));
    // 10DLC: profile → brand → campaign → the rented number linked, listed, unlinked.
    let profile = t.send(
        CreateProfile::new(
            "tour",
            CustomerType::Direct,
            EntityType::Private,
            "Tour Inc.",
            Vertical::Technology,
        )
        .address(Address::new("1 Main St", "New York", "NY", "10001", "US")),
    );
    let profile = profile.profile_uuid;
    t.send(GetSingleProfile::new(profile.as_str()));
    assert_eq!(t.send(GetProfiles::new()).objects.len(), 1);
    t.send(UpdateProfile::new(profile.as_str()).website("https://tour.example"));
    let brand = t.send(CreateBrand::new(
        "tour",
        BrandType::Starter,
        profile.as_str(),
    ));
    let brand = brand.brand_id;
    t.send(GetSingleBrand::new(brand.as_str()));
    t.send(GetBrands::new());
    t.send(GetBrandUsecases::new(brand.as_str()));
    t.send(TriggerBrandOtp::new(brand.as_str()));
    let campaign = t.send(CreateCampaign::new(
        brand.as_str(),
        Vertical::Technology,
        CampaignUsecase::Starter,
    ));
    let campaign = campaign.campaign_id;
    t.send(GetSingleCampaign::new(campaign.as_str()));
    t.send(GetCampaigns::new().brand_id(brand.as_str()));
    t.send(UpdateCampaign::new(campaign.as_str()).sample1("Your code is 123456"));
    t.send(ImportCampaign::new("CTOURIMP", "imported"));
    t.send(LinkCampaignNumbers::new(
        campaign.as_str(),
        [number.as_str()],
    ));
    let linked = t.send(GetCampaignNumbers::new(campaign.as_str()));
    assert_eq!(linked.phone_numbers.map(|n| n.len()), Some(1));
    t.send(GetSingleCampaignNumber::new(
        campaign.as_str(),
        number.as_str(),
    ));
    t.send(UnlinkCampaignNumber::new(
        campaign.as_str(),
        number.as_str(),
    ));
    t.send(DeleteCampaign::new(campaign.as_str()));
    t.send(DeleteBrand::new(brand.as_str()));
    t.send(DeleteProfile::new(profile.as_str()));

    let masked = t.send(CreateMaskingSession::new("+14155550100", "+14155550101"));
    assert_eq!(masked.virtual_number, Some(format!("+{number}")));
    let session_uuid = masked.session_uuid.clone().expect("session_uuid");
    let details = t.send(GetSingleMaskingSession::new(session_uuid.as_str()));
    assert_eq!(
        details.response.virtual_number.as_deref(),
        Some(number.as_str())
    );
    t.send(UpdateMaskingSession::new(session_uuid.as_str()).record(true));
    assert_eq!(t.send(GetMaskingSessions::new()).objects.len(), 1);
    t.send(DeleteMaskingSession::new(session_uuid.as_str()));

    // Regulatory compliance: an end user, a document of each group, an application
    // submitted for review; then everything deleted, the application first.
    let requirement = t.send(
        GetComplianceRequirements::new()
            .country_iso2("GB")
            .number_type(NumberType::Mobile)
            .end_user_type(UserType::Individual),
    );
    let requirement_id = requirement.compliance_requirement_id;
    t.send(GetSingleComplianceRequirement::new(requirement_id.as_str()));
    let types = t.send(GetComplianceDocumentTypes::new());
    let passport = types
        .objects
        .iter()
        .find(|d| d.document_name.as_deref() == Some("Passport"))
        .expect("a passport type");
    t.send(GetSingleComplianceDocumentType::new(
        passport.document_type_id.as_str(),
    ));
    let user = t.send(CreateEndUser::new("Ada", UserType::Individual));
    let user = user.end_user_id;
    t.send(UpdateEndUser::new(user.as_str()).last_name("Lovelace"));
    t.send(GetSingleEndUser::new(user.as_str()));
    assert_eq!(t.send(GetEndUsers::new()).objects.len(), 1);
    let document = t.send(
        CreateComplianceDocument::new(user.as_str(), passport.document_type_id.as_str())
            .data_field("first_name", "Ada")
            .file(File::from_bytes("passport.pdf", None, b"%PDF".to_vec())),
    );
    let document = document.id().expect("a document id").to_owned();
    t.send(UpdateComplianceDocument::new(document.as_str()).alias("passport"));
    t.send(GetSingleComplianceDocument::new(document.as_str()));
    assert_eq!(t.send(GetComplianceDocuments::new()).objects.len(), 1);
    let application = t.send(
        CreateComplianceApplication::new(user.as_str(), [document.as_str()])
            .compliance_requirement_id(requirement_id.as_str()),
    );
    let application = application.compliance_application_id.expect("an id");
    t.send(UpdateComplianceApplication::new(
        application.as_str(),
        [document.as_str()],
    ));
    t.send(GetSingleComplianceApplication::new(application.as_str()));
    assert_eq!(t.send(GetComplianceApplications::new()).objects.len(), 1);
    let submitted = t.send(SubmitComplianceApplication::new(application.as_str()));
    assert_eq!(
        submitted.status,
        Some(plivo::models::ComplianceStatus::Submitted)
    );
    t.send(DeleteComplianceApplication::new(application.as_str()));
    t.send(DeleteComplianceDocument::new(document.as_str()));
    t.send(DeleteEndUser::new(user.as_str()));
    // A Powerpack: a number bought into its pool, one the account rents added to it, a
    // toll-free number, and a short code put there as Plivo's support would.
    let pack = t.send(CreatePowerpack::new("typed pack"));
    let pool = pack.number_pool_id().expect("pool id").to_owned();
    let pack_uuid = pack.uuid.clone().expect("uuid");
    t.send(GetSinglePowerpack::new(pack_uuid.as_str()));
    assert_eq!(t.send(GetPowerpacks::new()).objects.len(), 1);
    let updated = t.send(UpdatePowerpack::new(pack_uuid.as_str()).local_connect(false));
    assert_eq!(updated.local_connect, Some(false));
    let offers = t.send(SearchNewNumbers::new("CA").number_type(NumberType::Local));
    let (bought, added) = (
        offers.objects[0].number.clone(),
        offers.objects[1].number.clone(),
    );
    t.send(BuyPoolNumber::new(pool.as_str(), bought.as_str()));
    t.send(BuyNumber::new(added.as_str()));
    t.send(AddPoolNumber::new(pool.as_str(), added.as_str()));
    assert_eq!(t.send(GetPoolNumbers::new(pool.as_str())).objects.len(), 2);
    assert_eq!(t.send(CountPoolNumbers::new(pool.as_str())).total(), 2);
    t.send(GetSinglePoolNumber::new(pool.as_str(), bought.as_str()));
    t.send(RemovePoolNumber::new(pool.as_str(), added.as_str()).unrent(true));
    let free = t.send(SearchNewNumbers::new("CA").number_type(NumberType::Tollfree));
    let tollfree = free.objects[0].number.clone();
    t.send(BuyNumber::new(tollfree.as_str()));
    t.send(AddPoolTollfree::new(pool.as_str(), tollfree.as_str()));
    assert_eq!(
        t.send(GetPoolTollfrees::new(pool.as_str())).objects.len(),
        1
    );
    t.send(GetSinglePoolTollfree::new(pool.as_str(), tollfree.as_str()));
    t.send(RemovePoolTollfree::new(pool.as_str(), tollfree.as_str()));
    assert!(sandbox.add_pool_shortcode(&pool, "444444", "CA"));
    assert_eq!(
        t.send(GetPoolShortcodes::new(pool.as_str())).objects.len(),
        1
    );
    t.send(GetSinglePoolShortcode::new(pool.as_str(), "444444"));
    t.send(RemovePoolShortcode::new(pool.as_str(), "444444"));
    t.send(DeletePowerpack::new(pack_uuid.as_str()).unrent_numbers(true));

    let price = t.send(GetPricing::new("GB"));
    assert_eq!(price.country_iso, "GB");
    t.send(UnrentNumber::new(number.as_str()));
    t.send(DeleteApplication::new(app.app_id.as_str()));

    let all: BTreeSet<&str> = OperationKind::ALL.iter().map(|k| k.name()).collect();
    let missing: Vec<_> = all.difference(&t.done).collect();
    assert!(missing.is_empty(), "not sent: {missing:?}");

    let err = t
        .client
        .send(GetSingleRecording::new(recording.as_str()))
        .expect_err("deleted");
    assert!(matches!(err, Error::Api(_)) && err.is_not_found());
}

#[test]
fn call_pages_walks_a_json_form_operation() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    let to: Vec<String> = (0..25).map(|i| format!("1415555{i:04}")).collect();
    client
        .send(SendMessage::new("14155550100", to, "bulk"))
        .expect("sent");

    let op = plivo::Operation::from_json(
        r#"{"operation": "getMessages", "params": {"messageState": "queued"}}"#,
    )
    .expect("json form");
    assert!(op.is_paged());
    let pages: Vec<_> = client
        .call_pages(op)
        .collect::<Result<_, _>>()
        .expect("pages");
    let sizes: Vec<usize> = pages
        .iter()
        .map(|p| p.body()["objects"].as_array().map_or(0, Vec::len))
        .collect();
    assert_eq!(sizes, [20, 5]);
    assert_eq!(pages[1].body()["meta"]["offset"], 20);

    let small = client
        .call_pages(GetMessages::new().limit(10).offset(5))
        .collect::<Result<Vec<_>, _>>()
        .expect("pages");
    assert_eq!(small.len(), 2, "offsets 5 and 15 hold 20 of 25");

    let one: Vec<_> = client
        .call_pages(GetPricing::new("US"))
        .collect::<Result<_, _>>()
        .expect("one");
    assert_eq!(one.len(), 1);
    assert!(!plivo::Operation::from(GetPricing::new("US")).is_paged());
}
