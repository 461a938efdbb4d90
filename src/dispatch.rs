//! THE table: one row per operation (method, path template, where the params go, the statuses
//! Plivo answers with), and the code that turns an [`Operation`] into a request by it.
//!
//! Paths are relative to their service's base (`/v1/Account/{auth_id}/` for the main API,
//! `/v1/` for the others; see [`Service`]) and end with `/` as Plivo's API wants (the lookup
//! service's excepted). `{name}` is the path field with that wire name, percent-encoded;
//! `{auth_id}` is never a field but the client's own auth id, escaped the same way (PHLO's
//! `account/{auth_id}/phlo/{phlo_id}/`); a `?…` suffix is a fixed query that the operation
//! always sends. Every row was checked against the official SDKs'
//! catalog (`tests/catalog.rs` does it again on every test run).
//!
//! A list operation's row ends with `list = <shape>`: where its answer keeps the items and the
//! paging information ([`ListShape`]; `Named("sessions")` and `Unpaged("calls")` name the key
//! of the items). [`crate::Client::call_pages`] reads `next` where that shape keeps it.

use std::fmt::Write as _;

use ureq::http::Uri;

use crate::models::ListShape;
use crate::multipart::{Multipart, Part};
use crate::params::{FieldSpec, Joined, Wire, WireJson};
use crate::{Error, Operation, OperationKind, Service};

/// HTTP methods the table uses. `PATCH` has one user, Plivo's only one: updating a
/// phone-number compliance application. Like `POST` it is not idempotent here (it resubmits
/// the application for review), so the retry policy treats it as a `POST`: resent only when
/// it provably never left this machine (see [`crate::retry`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Method {
    Get,
    Post,
    Patch,
    Delete,
}

impl Method {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
        }
    }

    pub(crate) fn to_http(self) -> ureq::http::Method {
        match self {
            Method::Get => ureq::http::Method::GET,
            Method::Post => ureq::http::Method::POST,
            Method::Patch => ureq::http::Method::PATCH,
            Method::Delete => ureq::http::Method::DELETE,
        }
    }
}

/// Where an operation's non-path fields go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Params {
    /// No fields besides the path.
    Empty,
    /// The query string (GET).
    Query,
    /// A JSON body (POST, and DELETE when a field is set).
    Body,
    /// A `multipart/form-data` body (uploads): text fields as text parts, then each file as a
    /// part named by its field's wire name, read when the request is built.
    Multipart,
}

/// One row of the table.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Row {
    /// The resource it acts on, as the catalog names it (`Message`, `ConferenceMember`).
    pub resource: &'static str,
    pub service: Service,
    pub method: Method,
    pub path: &'static str,
    pub params: Params,
    pub statuses: &'static [u16],
    /// Only in Plivo's older API.
    pub legacy: bool,
    /// One of the seed package's 68 operations.
    pub seed: bool,
    /// For a list operation, where its answer keeps the items and the paging information.
    pub list: Option<ListShape>,
    /// Body members the operation always sends, as JSON strings, before its fields
    /// (`buyPoolNumber`'s `"rent": "true"`).
    pub fixed_body: &'static [(&'static str, &'static str)],
}

macro_rules! table {
    ($( $kind:ident $resource:ident $service:ident $method:ident $path:literal $params:ident [$($status:literal),*] $($flag:ident)? $(, list = $shape:ident $(($key:literal))?)? $(, body = {$($bk:literal : $bv:literal),*})? ;)*) => {
        pub(crate) fn row(kind: OperationKind) -> Row {
            match kind {
                $(
                    OperationKind::$kind => Row {
                        resource: stringify!($resource),
                        service: Service::$service,
                        method: Method::$method,
                        path: $path,
                        params: Params::$params,
                        statuses: &[$($status),*],
                        legacy: table!(@legacy $($flag)?),
                        seed: table!(@seed $($flag)?),
                        list: table!(@list $($shape $(($key))?)?),
                        fixed_body: &[$($(($bk, $bv)),*)?],
                    },
                )*
            }
        }
    };
    (@legacy) => { false };
    (@legacy legacy) => { true };
    (@legacy beyond) => { false };
    (@seed) => { true };
    (@seed legacy) => { true };
    (@seed beyond) => { false };
    (@list) => { None };
    (@list $shape:ident $(($key:literal))?) => { Some(ListShape::$shape $(($key))?) };
}

table! {
    // operation                resource          service method  path template                                          params  statuses
    GetAccountDetails           Account           Api     Get     ""                                                     Empty   [200];
    UpdateAccount               Account           Api     Post    ""                                                     Body    [202];
    CreateSubaccount            Subaccount        Api     Post    "Subaccount/"                                          Body    [201];
    UpdateSubaccount            Subaccount        Api     Post    "Subaccount/{subauth_id}/"                             Body    [202];
    GetSingleSubaccount         Subaccount        Api     Get     "Subaccount/{subauth_id}/"                             Empty   [200];
    GetSubaccounts              Subaccount        Api     Get     "Subaccount/"                                          Query   [200], list = Objects;
    DeleteSubaccount            Subaccount        Api     Delete  "Subaccount/{subauth_id}/"                             Body    [204];

    CreateApplication           Application       Api     Post    "Application/"                                         Body    [201];
    GetApplications             Application       Api     Get     "Application/"                                         Query   [200], list = Objects;
    GetSingleApplication        Application       Api     Get     "Application/{app_id}/"                                Empty   [200];
    UpdateApplication           Application       Api     Post    "Application/{app_id}/"                                Body    [202];
    DeleteApplication           Application       Api     Delete  "Application/{app_id}/"                                Body    [204];

    MakeCall                    Call              Api     Post    "Call/"                                                Body    [201];
    GetCallsDetails             Call              Api     Get     "Call/"                                                Query   [200], list = Objects;
    GetSingleCallDetails        Call              Api     Get     "Call/{call_uuid}/"                                    Empty   [200];
    GetLiveCalls                LiveCall          Api     Get     "Call/?status=live"                                    Query   [200], list = Unpaged("calls");
    GetSingleLiveCallDetails    LiveCall          Api     Get     "Call/{call_uuid}/?status=live"                        Query   [200];
    HangupSingleCall            Call              Api     Delete  "Call/{call_uuid}/"                                    Empty   [204];
    HangupCalls                 Call              Api     Delete  "Call/"                                                Empty   [204] legacy;
    TransferCall                Call              Api     Post    "Call/{call_uuid}/"                                    Body    [202];
    RecordCall                  Call              Api     Post    "Call/{call_uuid}/Record/"                             Body    [202];
    StopCallRecording           Call              Api     Delete  "Call/{call_uuid}/Record/"                             Empty   [204];
    PlayMusicFile               Call              Api     Post    "Call/{call_uuid}/Play/"                               Body    [202];
    StopPlayingMusicFile        Call              Api     Delete  "Call/{call_uuid}/Play/"                               Empty   [204];
    PlayText                    Call              Api     Post    "Call/{call_uuid}/Speak/"                              Body    [202];
    StopPlayingText             Call              Api     Delete  "Call/{call_uuid}/Speak/"                              Empty   [204];
    SendDigits                  Call              Api     Post    "Call/{call_uuid}/DTMF/"                               Body    [202];
    HangupCallRequest           Call              Api     Delete  "Request/{request_uuid}/"                              Empty   [204];

    GetConferences              Conference        Api     Get     "Conference/"                                          Empty   [200], list = Unpaged("conferences");
    GetSingleConference         Conference        Api     Get     "Conference/{conference_name}/"                        Empty   [200];
    HangupConferences           Conference        Api     Delete  "Conference/"                                          Empty   [204];
    HangupSingleConference      Conference        Api     Delete  "Conference/{conference_name}/"                        Empty   [204];
    StartRecordingConference    Conference        Api     Post    "Conference/{conference_name}/Record/"                 Body    [202];
    StopRecordingConference     Conference        Api     Delete  "Conference/{conference_name}/Record/"                 Empty   [204];
    HangupMember                ConferenceMember  Api     Delete  "Conference/{conference_name}/Member/{member_id}/"     Empty   [204];
    KickMember                  ConferenceMember  Api     Post    "Conference/{conference_name}/Member/{member_id}/Kick/"  Body  [202];
    MuteMember                  ConferenceMember  Api     Post    "Conference/{conference_name}/Member/{member_id}/Mute/"  Body  [202];
    UnmuteMember                ConferenceMember  Api     Delete  "Conference/{conference_name}/Member/{member_id}/Mute/"  Empty [204];
    PlaySoundToMember           ConferenceMember  Api     Post    "Conference/{conference_name}/Member/{member_id}/Play/"  Body  [202];
    StopPlayingSoundToMember    ConferenceMember  Api     Delete  "Conference/{conference_name}/Member/{member_id}/Play/"  Empty [204];
    PlayTextToMember            ConferenceMember  Api     Post    "Conference/{conference_name}/Member/{member_id}/Speak/" Body  [202];
    StopPlayingTextToMember     ConferenceMember  Api     Delete  "Conference/{conference_name}/Member/{member_id}/Speak/" Empty [204];
    MakeMemberDeaf              ConferenceMember  Api     Post    "Conference/{conference_name}/Member/{member_id}/Deaf/"  Body  [202];
    EnableHearingForMember      ConferenceMember  Api     Delete  "Conference/{conference_name}/Member/{member_id}/Deaf/"  Empty [204];

    CreateEndpoint              Endpoint          Api     Post    "Endpoint/"                                            Body    [201, 200];
    GetSingleEndpoint           Endpoint          Api     Get     "Endpoint/{endpoint_id}/"                              Empty   [200];
    GetEndpoints                Endpoint          Api     Get     "Endpoint/"                                            Query   [200], list = Objects;
    UpdateEndpoint              Endpoint          Api     Post    "Endpoint/{endpoint_id}/"                              Body    [202];
    DeleteEndpoint              Endpoint          Api     Delete  "Endpoint/{endpoint_id}/"                              Empty   [204];

    SendMessage                 Message           Api     Post    "Message/"                                             Body    [202];
    GetMessages                 Message           Api     Get     "Message/"                                             Query   [200], list = Objects;
    GetSingleMessage            Message           Api     Get     "Message/{message_uuid}/"                              Empty   [200];

    GetRentedNumbers            Number            Api     Get     "Number/"                                              Query   [200], list = Objects;
    GetRentedNumber             Number            Api     Get     "Number/{number}/"                                     Empty   [200];
    AddOwnCarrierNumber         Number            Api     Post    "Number/"                                              Body    [202];
    UpdateNumber                Number            Api     Post    "Number/{number}/"                                     Body    [202];
    UnrentNumber                Number            Api     Delete  "Number/{number}/"                                     Empty   [204];
    SearchNewNumbers            PhoneNumber       Api     Get     "PhoneNumber/"                                         Query   [200], list = Objects;
    BuyNumber                   PhoneNumber       Api     Post    "PhoneNumber/{number}/"                                Body    [201, 202];

    GetPricing                  Pricing           Api     Get     "Pricing/"                                             Query   [200];

    GetRecordings               Recording         Api     Get     "Recording/"                                           Query   [200], list = Objects;
    GetSingleRecording          Recording         Api     Get     "Recording/{recording_id}/"                            Empty   [200];
    DeleteRecording             Recording         Api     Delete  "Recording/{recording_id}/"                            Empty   [204];

    ListIncomingCarriers        IncomingCarrier   Api     Get     "IncomingCarrier/"                                     Query   [200] legacy, list = Objects;
    GetSingleIncomingCarrier    IncomingCarrier   Api     Get     "IncomingCarrier/{carrier_id}/"                        Empty   [200] legacy;
    AddIncomingCarrier          IncomingCarrier   Api     Post    "IncomingCarrier/"                                     Body    [201] legacy;
    UpdateIncomingCarrier       IncomingCarrier   Api     Post    "IncomingCarrier/{carrier_id}/"                        Body    [202] legacy;
    RemoveIncomingCarrier       IncomingCarrier   Api     Delete  "IncomingCarrier/{carrier_id}/"                        Empty   [204] legacy;

    // Beyond the seed.
    CreateToken                 Token             Api     Post    "JWT/Token/"                                           Body    [200, 201] beyond;
    LookupNumber                Lookup            Lookup  Get     "Number/{number}?type=carrier"                         Query   [200] beyond;
    CreateCallFeedback          CallFeedback      Stats   Post    "Call/{call_uuid}/Feedback/"                           Body    [200, 201] beyond;

    // Media (MMS): the upload is multipart; Plivo documents no status for it.
    UploadMedia                 Media             Api     Post    "Media/"                                               Multipart [200, 201, 202] beyond;
    GetMedia                    Media             Api     Get     "Media/"                                               Query   [200] beyond, list = Objects;
    GetSingleMedia              Media             Api     Get     "Media/{media_id}/"                                    Empty   [200] beyond;
    GetMessageMedia             Message           Api     Get     "Message/{message_uuid}/Media/"                        Empty   [200] beyond, list = Unpaged("objects");
    GetSingleMessageMedia       Message           Api     Get     "Message/{message_uuid}/Media/{media_id}/"             Empty   [200] beyond;
    DeleteMessageMedia          Message           Api     Delete  "Message/{message_uuid}/Media/"                        Empty   [204] beyond;

    // Audio streams hang off a live call; the list comes in one answer (its meta is counts).
    StartStream                 Call              Api     Post    "Call/{call_uuid}/Stream/"                             Body    [201] beyond;
    GetStreams                  Call              Api     Get     "Call/{call_uuid}/Stream/"                             Empty   [200] beyond, list = Unpaged("objects");
    GetSingleStream             Call              Api     Get     "Call/{call_uuid}/Stream/{stream_id}/"                 Empty   [200] beyond;
    StopStreams                 Call              Api     Delete  "Call/{call_uuid}/Stream/"                             Empty   [204] beyond;
    StopSingleStream            Call              Api     Delete  "Call/{call_uuid}/Stream/{stream_id}/"                 Empty   [204] beyond;

    // Verify: the list keeps its items under `sessions`.
    GetVerifySessions           VerifySession     Api     Get     "Verify/Session/"                                      Query   [200] beyond, list = Named("sessions");
    CreateVerifySession         VerifySession     Api     Post    "Verify/Session/"                                      Body    [202, 201, 200] beyond;
    GetSingleVerifySession      VerifySession     Api     Get     "Verify/Session/{session_uuid}/"                       Empty   [200] beyond;
    ValidateVerifySession       VerifySession     Api     Post    "Verify/Session/{session_uuid}/"                       Body    [200, 202] beyond;
    // Verified caller IDs: the classic `objects` list.
    InitiateCallerIdVerification VerifiedCallerId Api     Post    "VerifiedCallerId/"                                    Body    [201, 200] beyond;
    VerifyCallerId              VerifiedCallerId  Api     Post    "VerifiedCallerId/Verification/{verification_uuid}/"   Body    [201, 200] beyond;
    GetSingleVerifiedCallerId   VerifiedCallerId  Api     Get     "VerifiedCallerId/{phone_number}/"                     Empty   [200] beyond;
    UpdateVerifiedCallerId      VerifiedCallerId  Api     Post    "VerifiedCallerId/{phone_number}/"                     Body    [200, 202] beyond;
    DeleteVerifiedCallerId      VerifiedCallerId  Api     Delete  "VerifiedCallerId/{phone_number}/"                     Empty   [204, 200] beyond;
    GetVerifiedCallerIds        VerifiedCallerId  Api     Get     "VerifiedCallerId/"                                    Query   [200] beyond, list = Objects;
    CreateMaskingSession        MaskingSession    Api     Post    "Masking/Session/"                                     Body    [201, 200] beyond;
    GetSingleMaskingSession     MaskingSession    Api     Get     "Masking/Session/{session_uuid}/"                      Empty   [200] beyond;
    UpdateMaskingSession        MaskingSession    Api     Post    "Masking/Session/{session_uuid}/"                      Body    [200, 202] beyond;
    DeleteMaskingSession        MaskingSession    Api     Delete  "Masking/Session/{session_uuid}/"                      Empty   [200, 204] beyond;
    GetMaskingSessions          MaskingSession    Api     Get     "Masking/Session/"                                     Query   [200] beyond, list = Wrapped;
    // PHLO (the phlorunner service). Both paths end with `/`, as plivo-python sends them;
    // plivo-go leaves it off the get and plivo-node off the run (see `ops::GetSinglePhlo`).
    // `{auth_id}` is the client's own. The SDKs' tests answer both with 200.
    GetSinglePhlo               Phlo              Phlo    Get     "phlo/{phlo_id}/"                                      Empty   [200] beyond;
    RunPhlo                     Phlo              Phlo    Post    "account/{auth_id}/phlo/{phlo_id}/"                    Body    [200, 201] beyond;
    // Only plivo-java reads a run, without the trailing `/`; the `/` follows the rows above.
    GetSinglePhloRun            Phlo              Phlo    Get     "phlo/{phlo_id}/runs/{run_id}/"                        Empty   [200] beyond;
    GetSinglePhloNode           PhloNode          Phlo    Get     "phlo/{phlo_id}/{node_type}/{node_id}/"                Empty   [200] beyond;
    GetSinglePhloMultiPartyCall PhloNode          Phlo    Get     "phlo/{phlo_id}/multi_party_call/{node_id}/"           Empty   [200] beyond;
    UpdatePhloNode              PhloNode          Phlo    Post    "phlo/{phlo_id}/{node_type}/{node_id}/"                Body    [200, 201, 202] beyond;
    UpdatePhloNodeMember        PhloNodeMember    Phlo    Post    "phlo/{phlo_id}/{node_type}/{node_id}/members/{member_id}/" Body [200, 201, 202] beyond;

    // Phone-number compliance: a `data` JSON part and `documents[i].file` parts; the update
    // is Plivo's only PATCH.
    CreatePhoneNumberCompliance PhoneNumberCompliance Api Post "PhoneNumber/Compliance/"                        Multipart [201] beyond;
    GetSinglePhoneNumberCompliance PhoneNumberCompliance Api Get "PhoneNumber/Compliance/{compliance_id}/"      Query   [200] beyond;
    UpdatePhoneNumberCompliance PhoneNumberCompliance Api Patch "PhoneNumber/Compliance/{compliance_id}/"       Multipart [200] beyond;
    // The requirements are one object, not a page; the list keeps its items under
    // `compliances`; a delete answers 200 with a body (plivo-go) or 204 (plivo-java); a
    // link answers 200 even when numbers fail (see its `report`).
    GetPhoneNumberComplianceRequirements PhoneNumberComplianceRequirement Api Get "PhoneNumber/Compliance/Requirements/" Query [200] beyond;
    GetPhoneNumberCompliances   PhoneNumberCompliance Api Get     "PhoneNumber/Compliance/"                              Query   [200] beyond, list = Named("compliances");
    DeletePhoneNumberCompliance PhoneNumberCompliance Api Delete  "PhoneNumber/Compliance/{compliance_id}/"              Empty   [200, 204] beyond;
    LinkPhoneNumberCompliance   PhoneNumberComplianceLink Api Post "PhoneNumber/Compliance/Link/"                        Body    [200] beyond;

    // Addresses and identities (number regulation): create and update are multipart (text
    // fields, then the proof as `file`) and answer 202 without an id; deletes answer 204.
    CreateAddress               Address           Api     Post    "Verification/Address/"                                Multipart [202] beyond;
    UpdateAddress               Address           Api     Post    "Verification/Address/{address_id}/"                   Multipart [202] beyond;
    GetSingleAddress            Address           Api     Get     "Verification/Address/{address_id}/"                   Empty   [200] beyond;
    GetAddresses                Address           Api     Get     "Verification/Address/"                                Query   [200] beyond, list = Objects;
    DeleteAddress               Address           Api     Delete  "Verification/Address/{address_id}/"                   Empty   [204] beyond;
    CreateIdentity              Identity          Api     Post    "Verification/Identity/"                               Multipart [202] beyond;
    UpdateIdentity              Identity          Api     Post    "Verification/Identity/{identity_id}/"                 Multipart [202] beyond;
    GetSingleIdentity           Identity          Api     Get     "Verification/Identity/{identity_id}/"                 Empty   [200] beyond;
    GetIdentities               Identity          Api     Get     "Verification/Identity/"                               Query   [200] beyond, list = Objects;
    DeleteIdentity              Identity          Api     Delete  "Verification/Identity/{identity_id}/"                 Empty   [204] beyond;

    // Toll-free verification: the list's meta counts with `count`.
    CreateTollfreeVerification  TollfreeVerification Api  Post    "TollfreeVerification/"                                Body    [201] beyond;
    GetSingleTollfreeVerification TollfreeVerification Api Get    "TollfreeVerification/{uuid}/"                         Empty   [200] beyond;
    GetTollfreeVerifications    TollfreeVerification Api  Get     "TollfreeVerification/"                                Query   [200] beyond, list = Objects;
    UpdateTollfreeVerification  TollfreeVerification Api  Post    "TollfreeVerification/{uuid}/"                         Body    [202] beyond;
    DeleteTollfreeVerification  TollfreeVerification Api  Delete  "TollfreeVerification/{uuid}/"                         Empty   [204] beyond;

    // Hosted messaging (plivo-node and plivo-php only; Plivo documents no statuses, so the
    // creates accept 200 and 201). The LOA upload is multipart: `alias`, then `file`.
    CreateHostedMessagingNumber HostedMessagingNumber Api Post    "HostedMessagingNumber/"                               Body    [200, 201] beyond;
    GetHostedMessagingNumbers   HostedMessagingNumber Api Get     "HostedMessagingNumber/"                               Query   [200] beyond, list = MetaResponse;
    GetSingleHostedMessagingNumber HostedMessagingNumber Api Get  "HostedMessagingNumber/{hosted_messaging_number_id}/"  Empty   [200] beyond;
    CreateLoa                   LOA               Api     Post    "HostedMessagingNumber/LOA/"                           Multipart [200, 201] beyond;
    GetLoas                     LOA               Api     Get     "HostedMessagingNumber/LOA/"                           Query   [200] beyond, list = MetaResponse;
    GetSingleLoa                LOA               Api     Get     "HostedMessagingNumber/LOA/{loa_id}/"                  Empty   [200] beyond;
    DeleteLoa                   LOA               Api     Delete  "HostedMessagingNumber/LOA/{loa_id}/"                  Empty   [204] beyond;
    // 10DLC registration. Every answer is 200 in the SDKs' recorded tests, creates and
    // deletes included (a delete answers a body: `Brand Deactivated`). The lists keep their
    // items under a named key; a campaign's numbers come as one object, not a page.
    CreateProfile               Profile           Api     Post    "Profile/"                                             Body    [200, 201] beyond;
    GetSingleProfile            Profile           Api     Get     "Profile/{profile_uuid}/"                              Empty   [200] beyond;
    GetProfiles                 Profile           Api     Get     "Profile/"                                             Query   [200] beyond, list = Named("profiles");
    UpdateProfile               Profile           Api     Post    "Profile/{profile_uuid}/"                              Body    [200, 202] beyond;
    DeleteProfile               Profile           Api     Delete  "Profile/{profile_uuid}/"                              Empty   [200, 204] beyond;
    CreateBrand                 Brand             Api     Post    "10dlc/Brand/"                                         Body    [200, 201, 202] beyond;
    GetSingleBrand              Brand             Api     Get     "10dlc/Brand/{brand_id}/"                              Empty   [200] beyond;
    GetBrands                   Brand             Api     Get     "10dlc/Brand/"                                         Query   [200] beyond, list = Named("brands");
    DeleteBrand                 Brand             Api     Delete  "10dlc/Brand/{brand_id}/"                              Empty   [200, 204] beyond;
    GetBrandUsecases            Brand             Api     Get     "10dlc/Brand/{brand_id}/usecases/"                     Empty   [200] beyond;
    TriggerBrandOtp             Brand             Api     Post    "10dlc/Brand/{brand_id}/OTP/"                          Body    [200, 202] beyond;
    CreateCampaign              Campaign          Api     Post    "10dlc/Campaign/"                                      Body    [200, 201, 202] beyond;
    GetSingleCampaign           Campaign          Api     Get     "10dlc/Campaign/{campaign_id}/"                        Empty   [200] beyond;
    GetCampaigns                Campaign          Api     Get     "10dlc/Campaign/"                                      Query   [200] beyond, list = Named("campaigns");
    UpdateCampaign              Campaign          Api     Post    "10dlc/Campaign/{campaign_id}/"                        Body    [200, 202] beyond;
    DeleteCampaign              Campaign          Api     Delete  "10dlc/Campaign/{campaign_id}/"                        Empty   [200, 204] beyond;
    ImportCampaign              Campaign          Api     Post    "10dlc/Campaign/Import/"                               Body    [200, 201, 202] beyond;
    LinkCampaignNumbers         Campaign          Api     Post    "10dlc/Campaign/{campaign_id}/Number/"                 Body    [200, 202] beyond;
    GetCampaignNumbers          Campaign          Api     Get     "10dlc/Campaign/{campaign_id}/Number/"                 Query   [200] beyond;
    GetSingleCampaignNumber     Campaign          Api     Get     "10dlc/Campaign/{campaign_id}/Number/{number}/"        Empty   [200] beyond;
    UnlinkCampaignNumber        Campaign          Api     Delete  "10dlc/Campaign/{campaign_id}/Number/{number}/"        Body    [200, 204] beyond;

    GetQueuedCalls              QueuedCall        Api     Get     "Call/?status=queued"                                  Query   [200] beyond, list = Unpaged("calls");
    GetSingleQueuedCall         QueuedCall        Api     Get     "Call/{call_uuid}/?status=queued"                      Query   [200] beyond;
    CreateTranscription         Transcription     Api     Post    "Transcription/{recording_id}/"                        Body    [201] beyond;
    GetSingleTranscription      Transcription     Api     Get     "Transcription/{transcription_id}/"                    Query   [200] beyond;
    DeleteTranscription         Transcription     Api     Delete  "Transcription/{transcription_id}/"                    Empty   [202] beyond;

    // Regulatory compliance. Plivo documents no statuses: creates accept 200 and 201,
    // updates and the submit 200 and 202, deletes 200 and 204. A document's create and
    // update are multipart (text fields, the data fields, then `file`); the submit has no body.
    GetSingleEndUser            EndUser           Api     Get     "EndUser/{end_user_id}/"                               Empty   [200] beyond;
    GetEndUsers                 EndUser           Api     Get     "EndUser/"                                             Query   [200] beyond, list = Objects;
    CreateEndUser               EndUser           Api     Post    "EndUser/"                                             Body    [200, 201] beyond;
    UpdateEndUser               EndUser           Api     Post    "EndUser/{end_user_id}/"                               Body    [200, 202] beyond;
    DeleteEndUser               EndUser           Api     Delete  "EndUser/{end_user_id}/"                               Empty   [200, 204] beyond;
    GetSingleComplianceDocumentType ComplianceDocumentType Api Get "ComplianceDocumentType/{document_type_id}/"          Empty   [200] beyond;
    GetComplianceDocumentTypes  ComplianceDocumentType Api    Get     "ComplianceDocumentType/"                              Query   [200] beyond, list = Objects;
    GetSingleComplianceDocument ComplianceDocument Api    Get     "ComplianceDocument/{compliance_document_id}/"         Empty   [200] beyond;
    GetComplianceDocuments      ComplianceDocument Api    Get     "ComplianceDocument/"                                  Query   [200] beyond, list = Objects;
    CreateComplianceDocument    ComplianceDocument Api    Post    "ComplianceDocument/"                                  Multipart [200, 201] beyond;
    UpdateComplianceDocument    ComplianceDocument Api    Post    "ComplianceDocument/{compliance_document_id}/"         Multipart [200, 202] beyond;
    DeleteComplianceDocument    ComplianceDocument Api    Delete  "ComplianceDocument/{compliance_document_id}/"         Empty   [200, 204] beyond;
    GetSingleComplianceRequirement ComplianceRequirement Api Get  "ComplianceRequirement/{compliance_requirement_id}/"   Empty   [200] beyond;
    GetComplianceRequirements   ComplianceRequirement Api Get     "ComplianceRequirement/"                               Query   [200] beyond;
    GetSingleComplianceApplication ComplianceApplication Api Get  "ComplianceApplication/{compliance_application_id}/"   Empty   [200] beyond;
    GetComplianceApplications   ComplianceApplication Api Get     "ComplianceApplication/"                               Query   [200] beyond, list = Objects;
    CreateComplianceApplication ComplianceApplication Api Post    "ComplianceApplication/"                               Body    [200, 201] beyond;
    UpdateComplianceApplication ComplianceApplication Api Post    "ComplianceApplication/{compliance_application_id}/"   Body    [200, 202] beyond;
    DeleteComplianceApplication ComplianceApplication Api Delete  "ComplianceApplication/{compliance_application_id}/"   Empty   [200, 204] beyond;
    SubmitComplianceApplication ComplianceApplication Api Post    "ComplianceApplication/{compliance_application_id}/Submit/" Empty [200, 202] beyond;
    // Powerpacks and their number pools. Every pool row takes the pool's id as a field
    // (plivo-python reads the Powerpack first to find it). `countPoolNumbers` is the list's
    // request, answered by its `meta.total_count`; `addPoolNumber` and `buyPoolNumber` share a
    // path, the buy always sending `"rent": "true"`. The SDKs' tests answer every one with 200.
    CreatePowerpack             Powerpack         Api     Post    "Powerpack/"                                           Body    [200, 201] beyond;
    GetSinglePowerpack          Powerpack         Api     Get     "Powerpack/{uuid}/"                                    Empty   [200] beyond;
    GetPowerpacks               Powerpack         Api     Get     "Powerpack/"                                           Query   [200] beyond, list = Objects;
    UpdatePowerpack             Powerpack         Api     Post    "Powerpack/{uuid}/"                                    Body    [200, 202] beyond;
    DeletePowerpack             Powerpack         Api     Delete  "Powerpack/{uuid}/"                                    Body    [200, 204] beyond;
    GetPoolNumbers              NumberPool        Api     Get     "NumberPool/{number_pool_uuid}/Number/"                Query   [200] beyond, list = Objects;
    CountPoolNumbers            NumberPool        Api     Get     "NumberPool/{number_pool_uuid}/Number/"                Query   [200] beyond;
    GetSinglePoolNumber         NumberPool        Api     Get     "NumberPool/{number_pool_uuid}/Number/{number}/"       Query   [200] beyond;
    AddPoolNumber               NumberPool        Api     Post    "NumberPool/{number_pool_uuid}/Number/{number}/"       Body    [200, 201] beyond;
    BuyPoolNumber               NumberPool        Api     Post    "NumberPool/{number_pool_uuid}/Number/{number}/"       Body    [200, 201] beyond, body = {"rent": "true"};
    RemovePoolNumber            NumberPool        Api     Delete  "NumberPool/{number_pool_uuid}/Number/{number}/"       Body    [200, 204] beyond;
    AddPoolTollfree             NumberPool        Api     Post    "NumberPool/{number_pool_uuid}/Tollfree/{tollfree}/"   Empty   [200, 201] beyond;
    RemovePoolTollfree          NumberPool        Api     Delete  "NumberPool/{number_pool_uuid}/Tollfree/{tollfree}/"   Body    [200, 204] beyond;
    GetPoolTollfrees            NumberPool        Api     Get     "NumberPool/{number_pool_uuid}/Tollfree/"              Query   [200] beyond, list = Objects;
    GetSinglePoolTollfree       NumberPool        Api     Get     "NumberPool/{number_pool_uuid}/Tollfree/{tollfree}/"   Empty   [200] beyond;
    GetPoolShortcodes           NumberPool        Api     Get     "NumberPool/{number_pool_uuid}/Shortcode/"             Query   [200] beyond, list = Objects;
    GetSinglePoolShortcode      NumberPool        Api     Get     "NumberPool/{number_pool_uuid}/Shortcode/{shortcode}/" Empty   [200] beyond;
    RemovePoolShortcode         NumberPool        Api     Delete  "NumberPool/{number_pool_uuid}/Shortcode/{shortcode}/" Empty   [200, 204] beyond;
    // Multi-party calls: `{mpc_id}` is `uuid_…` or `name_…` (`ops::MpcId`); the list's meta
    // counts with `count`; the participants come in one answer (ten at most). Play and speak
    // say `Member`, the rest `Participant`. The SDKs' tests answer the actions 200, 202 or 204.
    GetMultiPartyCalls          MultiPartyCall    Api     Get     "MultiPartyCall/"                                      Query   [200] beyond, list = Objects;
    GetSingleMultiPartyCall     MultiPartyCall    Api     Get     "MultiPartyCall/{mpc_id}/"                             Query   [200] beyond;
    StartMultiPartyCall         MultiPartyCall    Api     Post    "MultiPartyCall/{mpc_id}/"                             Body    [200, 202] beyond;
    StopMultiPartyCall          MultiPartyCall    Api     Delete  "MultiPartyCall/{mpc_id}/"                             Body    [204, 200] beyond;
    AddMultiPartyCallParticipant MultiPartyCall   Api     Post    "MultiPartyCall/{mpc_id}/Participant/"                 Body    [200, 201, 202] beyond;
    GetMultiPartyCallParticipants MultiPartyCall  Api     Get     "MultiPartyCall/{mpc_id}/Participant/"                 Query   [200] beyond, list = Unpaged("objects");
    GetSingleMultiPartyCallParticipant MultiPartyCall Api Get     "MultiPartyCall/{mpc_id}/Participant/{participant_id}/" Query  [200] beyond;
    UpdateMultiPartyCallParticipant MultiPartyCall Api    Post    "MultiPartyCall/{mpc_id}/Participant/{participant_id}/" Body   [200, 202] beyond;
    KickMultiPartyCallParticipant MultiPartyCall  Api     Delete  "MultiPartyCall/{mpc_id}/Participant/{participant_id}/" Body   [204, 200] beyond;
    StartMultiPartyCallRecording MultiPartyCall   Api     Post    "MultiPartyCall/{mpc_id}/Record/"                      Body    [200, 202] beyond;
    StopMultiPartyCallRecording MultiPartyCall    Api     Delete  "MultiPartyCall/{mpc_id}/Record/"                      Body    [204, 200] beyond;
    PauseMultiPartyCallRecording MultiPartyCall   Api     Post    "MultiPartyCall/{mpc_id}/Record/Pause/"                Body    [204, 200] beyond;
    ResumeMultiPartyCallRecording MultiPartyCall  Api     Post    "MultiPartyCall/{mpc_id}/Record/Resume/"               Body    [204, 200] beyond;
    StartParticipantRecording   MultiPartyCall    Api     Post    "MultiPartyCall/{mpc_id}/Participant/{participant_id}/Record/" Body [200, 202] beyond;
    StopParticipantRecording    MultiPartyCall    Api     Delete  "MultiPartyCall/{mpc_id}/Participant/{participant_id}/Record/" Body [204, 200] beyond;
    PauseParticipantRecording   MultiPartyCall    Api     Post    "MultiPartyCall/{mpc_id}/Participant/{participant_id}/Record/Pause/" Body [204, 200] beyond;
    ResumeParticipantRecording  MultiPartyCall    Api     Post    "MultiPartyCall/{mpc_id}/Participant/{participant_id}/Record/Resume/" Body [204, 200] beyond;
    StartParticipantPlay        MultiPartyCall    Api     Post    "MultiPartyCall/{mpc_id}/Member/{participant_id}/Play/" Body   [202, 200] beyond;
    StopParticipantPlay         MultiPartyCall    Api     Delete  "MultiPartyCall/{mpc_id}/Member/{participant_id}/Play/" Empty  [204] beyond;
    StartParticipantSpeak       MultiPartyCall    Api     Post    "MultiPartyCall/{mpc_id}/Member/{participant_id}/Speak/" Body  [202, 200] beyond;
    StopParticipantSpeak        MultiPartyCall    Api     Delete  "MultiPartyCall/{mpc_id}/Member/{participant_id}/Speak/" Empty [204] beyond;
}

/// An operation turned into HTTP terms: the whole URL (origin, account base, path, query),
/// written into one buffer and parsed once, and the JSON body, if one is sent.
#[derive(Debug, Clone)]
pub(crate) struct Request {
    pub method: Method,
    /// Shares the buffer the URL was written into; a clone per attempt copies nothing.
    pub uri: Uri,
    /// Built once: every attempt sends these same bytes.
    pub body: Option<Vec<u8>>,
    /// The body's `Content-Type` when it is not JSON (`multipart/form-data; boundary=…`).
    pub content_type: Option<String>,
}

/// The placeholder that names the client's own auth id, never a field.
pub(crate) const CLIENT_AUTH_ID: &str = "auth_id";

/// Builds the request for a validated operation by its table row, below `service_base` (the
/// operation's service's base: `{origin}/v1/Account/{auth_id}/` for the main API,
/// `{origin}/v1/` for the others); `auth_id` (the client's) fills any `{auth_id}` of the path.
/// Fields are visited where they are stored, never collected: the URL is one allocation, the
/// body another.
pub(crate) fn build(op: &Operation, service_base: &str, auth_id: &str) -> Result<Request, Error> {
    let row = row(op.kind());
    let (template, fixed_query) = row.path.split_once('?').unwrap_or((row.path, ""));
    let fields = NonPath {
        template,
        has_path: template.contains('{'),
    };

    let mut url = String::with_capacity(service_base.len() + template.len() + 96);
    url.push_str(service_base);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let close = rest[open..].find('}').map_or(rest.len(), |i| open + i);
        url.push_str(&rest[..open]);
        let wire = &rest[open + 1..close];
        rest = rest.get(close + 1..).unwrap_or("");
        if wire == CLIENT_AUTH_ID {
            push_segment(&mut url, op.name(), CLIENT_AUTH_ID, auth_id)?;
            continue;
        }
        let mut found = None;
        op.encode(&mut |spec, value| {
            if spec.wire_name() == wire {
                found = Some((spec, value));
            }
        });
        match found {
            Some((spec, Wire::Str(value))) => {
                push_segment(&mut url, op.name(), spec.name(), value)?
            }
            // Unreachable by construction: every path field is a required string.
            _ => {
                return Err(Error::invalid(
                    Some(op.name()),
                    wire,
                    "is missing from the path",
                ));
            }
        }
    }
    url.push_str(rest);

    let mut separator = '?';
    if !fixed_query.is_empty() {
        url.push('?');
        url.push_str(fixed_query);
        separator = '&';
    }
    let mut body = None;
    let mut content_type = None;
    match row.params {
        Params::Query => op.encode(&mut |spec, wire| {
            if fields.includes(spec) {
                url.push(separator);
                separator = '&';
                encode_into(&mut url, spec.wire_name());
                url.push('=');
                push_query_value(&mut url, spec, wire);
            }
        }),
        Params::Body => {
            let mut any = row.method == Method::Post || !row.fixed_body.is_empty();
            if !any {
                op.encode(&mut |spec, _| any |= fields.includes(spec));
            }
            if any {
                let fixed = row.fixed_body;
                let bytes = serde_json::to_vec(&JsonBody { op, fields, fixed }).map_err(|e| {
                    Error::invalid(
                        Some(op.name()),
                        "params",
                        format!("could not be encoded: {e}"),
                    )
                })?;
                body = Some(bytes);
            }
        }
        Params::Multipart => {
            let encoded = multipart_body(op, fields)?;
            content_type = Some(encoded.content_type());
            body = Some(encoded.body);
        }
        Params::Empty => {}
    }
    let uri = Uri::try_from(url).map_err(|e| {
        Error::invalid(
            Some(op.name()),
            "params",
            format!("do not fit in a URL ({e}; a URL holds at most 65,534 bytes)"),
        )
    })?;
    Ok(Request {
        method: row.method,
        uri,
        body,
        content_type,
    })
}

/// An operation's non-path fields as a multipart body: text fields first, in declaration
/// order, then the files of each file field, read now (a file that cannot be read, or is
/// over its field's size limit, is an error naming the field, and nothing is sent).
///
/// An operation with a `data` field (phone-number compliance) has the third shape instead:
/// the `data` part, then each document's file as `documents[i].file`.
fn multipart_body(op: &Operation, fields: NonPath<'_>) -> Result<Multipart, Error> {
    let mut texts: Vec<(&str, String)> = Vec::new();
    let mut files: Vec<(&'static FieldSpec, &crate::ops::File)> = Vec::new();
    let mut data = None;
    op.encode(&mut |spec, wire| {
        if !fields.includes(spec) {
            return;
        }
        match wire {
            Wire::Files(list) => files.extend(list.iter().map(|f| (spec, f))),
            Wire::Data(value) => data = Some(value),
            // A flattened object's keys are text parts of their own (a compliance
            // document's data fields): strings as they are, other values printed.
            Wire::Json(serde_json::Value::Object(object)) if spec.flattened() => {
                texts.extend(object.iter().map(|(key, value)| match value {
                    serde_json::Value::String(s) => (key.as_str(), s.clone()),
                    other => (key.as_str(), other.to_string()),
                }));
            }
            Wire::Str(s) => texts.push((spec.wire_name(), s.to_owned())),
            Wire::Json(v) => texts.push((spec.wire_name(), v.to_string())),
            other => {
                let mut text = String::new();
                push_plain_value(&mut text, spec, other);
                texts.push((spec.wire_name(), text));
            }
        }
    });
    let invalid = |field: &str, rule: String| Error::invalid(Some(op.name()), field, rule);
    if let Some(data) = data {
        return data_and_documents(data, &invalid);
    }
    let mut loaded = Vec::with_capacity(files.len());
    for (spec, file) in &files {
        let bytes = file
            .load(spec.max_file_bytes().unwrap_or(0))
            .map_err(|rule| invalid(spec.name(), rule))?;
        loaded.push((
            spec.wire_name(),
            file.filename(),
            file.content_type(),
            bytes,
        ));
    }
    let mut parts: Vec<Part<'_>> = texts.iter().map(|(k, v)| Part::text(k, v)).collect();
    parts.extend(
        loaded
            .iter()
            .map(|(name, filename, ty, bytes)| Part::file(name, filename, ty, bytes)),
    );
    Multipart::encode(&parts).map_err(|e| {
        let field = files.first().map_or("params", |(spec, _)| spec.name());
        invalid(field, e.to_string())
    })
}

/// The third shape: `data` as JSON text, then the file each document carries, read now and
/// named by the document's index (`documents[i].file`, also the field an error names).
fn data_and_documents(
    data: &crate::ops::ComplianceData,
    invalid: &dyn Fn(&str, String) -> Error,
) -> Result<Multipart, Error> {
    let json = serde_json::to_string(data)
        .map_err(|e| invalid("data", format!("could not be encoded: {e}")))?;
    let mut loaded = Vec::new();
    for (index, file) in data.files() {
        let bytes = file
            .load(0)
            .map_err(|rule| invalid(&crate::multipart::document_part(index), rule))?;
        loaded.push((index, file.filename(), file.content_type(), bytes));
    }
    let documents: Vec<(usize, &str, &str, &[u8])> = loaded
        .iter()
        .map(|(i, name, ty, bytes)| (*i, name.as_str(), ty.as_str(), &bytes[..]))
        .collect();
    Multipart::data_and_documents(&json, &documents).map_err(|e| {
        let field = documents.first().map_or_else(
            || "data".to_owned(),
            |d| crate::multipart::document_part(d.0),
        );
        invalid(&field, e.to_string())
    })
}

/// Tells the fields that go in the query or body from those already in the path.
#[derive(Clone, Copy)]
struct NonPath<'t> {
    template: &'t str,
    has_path: bool,
}

impl NonPath<'_> {
    fn includes(self, spec: &FieldSpec) -> bool {
        !(self.has_path && in_template(self.template, spec.wire_name()))
    }
}

/// An operation's non-path fields as one JSON object, serialized straight from the operation.
struct JsonBody<'o> {
    op: &'o Operation,
    fields: NonPath<'o>,
    /// The row's fixed members, written first.
    fixed: &'static [(&'static str, &'static str)],
}

impl serde::Serialize for JsonBody<'_> {
    fn serialize<S: serde::Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = ser.serialize_map(None)?;
        for (key, value) in self.fixed {
            map.serialize_entry(key, value)?;
        }
        let mut failed = None;
        self.op.encode(&mut |spec, wire| {
            if failed.is_some() || !self.fields.includes(spec) {
                return;
            }
            let written = match wire {
                // A flattened object's keys are the body's own (the start node's values of a
                // PHLO run), each value as given.
                Wire::Json(serde_json::Value::Object(object)) if spec.flattened() => object
                    .iter()
                    .try_for_each(|(key, value)| map.serialize_entry(key, value)),
                _ => map.serialize_entry(spec.wire_name(), &WireJson(spec, wire)),
            };
            if let Err(e) = written {
                failed = Some(e);
            }
        });
        match failed {
            Some(e) => Err(e),
            None => map.end(),
        }
    }
}

/// Whether `{wire}` appears in the template.
fn in_template(template: &str, wire: &str) -> bool {
    template.match_indices(wire).any(|(at, _)| {
        template[..at].ends_with('{') && template[at + wire.len()..].starts_with('}')
    })
}

/// Appends one path segment. Everything but letters, digits, `-`, `_`, `~` and the list
/// separators `,` and `@` is percent-encoded, `.` included, so no value can add a segment,
/// start a query or fragment, or walk up with `..`.
fn push_segment(
    path: &mut String,
    op: &'static str,
    field: &str,
    value: &str,
) -> Result<(), Error> {
    if value.is_empty() {
        return Err(Error::invalid(Some(op), field, "must not be empty"));
    }
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'~' | b',' | b'@') {
            path.push(char::from(byte));
        } else {
            push_escape(path, byte);
        }
    }
    Ok(())
}

/// Percent-encodes a query key or value (spaces as `%20`).
fn encode_into(out: &mut String, text: &str) {
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(byte));
        } else {
            push_escape(out, byte);
        }
    }
}

fn push_escape(out: &mut String, byte: u8) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    out.push('%');
    out.push(char::from(HEX[usize::from(byte >> 4)]));
    out.push(char::from(HEX[usize::from(byte & 15)]));
}

fn push_query_value(out: &mut String, spec: &FieldSpec, wire: Wire<'_>) {
    match wire {
        Wire::Str(s) => encode_into(out, s),
        Wire::Bool(b) => out.push_str(if b { "true" } else { "false" }),
        Wire::Int(n) => {
            let _ = write!(out, "{n}");
        }
        Wire::List(items) => {
            let _ = write!(
                Escaping(out),
                "{}",
                Joined(items, spec.separator().unwrap_or(','))
            );
        }
        Wire::Json(v) => {
            let _ = write!(Escaping(out), "{v}");
        }
        Wire::Files(_) | Wire::Data(_) | Wire::Nested(_) => {
            push_plain_value(&mut Escaping(out), spec, wire);
        }
    }
}

/// A non-string value as text, unescaped: booleans, integers, lists joined by their
/// separator (or as a JSON array), file names for files.
fn push_plain_value(out: &mut impl std::fmt::Write, spec: &FieldSpec, wire: Wire<'_>) {
    let _ = match wire {
        Wire::Str(s) => out.write_str(s),
        Wire::Bool(b) => out.write_str(if b { "true" } else { "false" }),
        Wire::Int(n) => write!(out, "{n}"),
        Wire::List(items) => match spec.separator() {
            Some(sep) => write!(out, "{}", Joined(items, sep)),
            None => write!(out, "{}", serde_json::Value::from(items.to_vec())),
        },
        Wire::Json(v) => write!(out, "{v}"),
        Wire::Files(files) => {
            let names: Vec<String> = files.iter().map(crate::ops::File::filename).collect();
            out.write_str(&names.join(","))
        }
        Wire::Data(data) => match serde_json::to_string(data) {
            Ok(text) => out.write_str(&text),
            Err(_) => Ok(()),
        },
        Wire::Nested(object) => write!(out, "{}", object.to_json()),
    };
}

/// Percent-encodes whatever is written through it into the string, as [`encode_into`] does.
struct Escaping<'s>(&'s mut String);

impl std::fmt::Write for Escaping<'_> {
    fn write_str(&mut self, text: &str) -> std::fmt::Result {
        encode_into(self.0, text);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_a_row_whose_placeholders_are_fields() {
        for kind in OperationKind::ALL {
            let row = row(*kind);
            let template = row.path.split('?').next().unwrap_or("");
            // Every path of the main API ends with `/`; the lookup service's has none.
            assert!(
                template.is_empty() || template.ends_with('/') || kind.service() == Service::Lookup,
                "{kind:?}"
            );
            // `{auth_id}` is the client's own auth id: no field may take its name.
            assert!(
                kind.fields()
                    .iter()
                    .all(|f| f.wire_name() != CLIENT_AUTH_ID),
                "{kind:?}"
            );
            let mut rest = template;
            while let Some(open) = rest.find('{') {
                let close = rest.find('}').expect("closing brace");
                let wire = &rest[open + 1..close];
                if wire == CLIENT_AUTH_ID {
                    rest = &rest[close + 1..];
                    continue;
                }
                let field = kind.fields().iter().find(|f| f.wire_name() == wire);
                // A path segment is a required string, or a closed set of them (PHLO node
                // types).
                assert!(
                    field.is_some_and(|f| f.required() && matches!(f.kind(), "string" | "enum")),
                    "{kind:?} {wire}"
                );
                rest = &rest[close + 1..];
            }
            if row.params == Params::Empty {
                let non_path = kind
                    .fields()
                    .iter()
                    .filter(|f| !in_template(template, f.wire_name()));
                assert_eq!(non_path.count(), 0, "{kind:?} has fields but sends none");
            }
        }
    }

    #[test]
    fn files_travel_only_in_multipart_posts_and_patches() {
        let mut multipart = 0;
        for kind in OperationKind::ALL {
            let row = row(*kind);
            let has_files = kind
                .fields()
                .iter()
                .any(|f| matches!(f.kind(), "file" | "files" | "data"));
            assert_eq!(has_files, row.params == Params::Multipart, "{kind:?}");
            if row.params == Params::Multipart {
                multipart += 1;
                // Uploads are POSTs (and one PATCH), which the retry policy never repeats
                // once they may have left.
                assert!(
                    matches!(row.method, Method::Post | Method::Patch),
                    "{kind:?}"
                );
            }
            // A `data` field (the third shape) is the only non-path field of its operation:
            // its body has no room for others.
            if kind.fields().iter().any(|f| f.kind() == "data") {
                let template = row.path.split('?').next().unwrap_or("");
                let others = kind
                    .fields()
                    .iter()
                    .filter(|f| f.kind() != "data" && !in_template(template, f.wire_name()));
                assert_eq!(others.count(), 0, "{kind:?}");
            }
        }
        assert!(multipart >= 1);
    }

    #[test]
    fn patch_is_sent_as_patch() {
        assert_eq!(Method::Patch.as_str(), "PATCH");
        assert_eq!(Method::Patch.to_http(), ureq::http::Method::PATCH);
        let patches: Vec<_> = OperationKind::ALL
            .iter()
            .filter(|k| row(**k).method == Method::Patch)
            .collect();
        assert_eq!(patches, [&OperationKind::UpdatePhoneNumberCompliance]);
    }

    #[test]
    fn flattened_objects_are_the_whole_json_body() {
        let mut flattened = 0;
        for kind in OperationKind::ALL {
            let row = row(*kind);
            let template = row.path.split('?').next().unwrap_or("");
            let sent: Vec<&FieldSpec> = kind
                .fields()
                .iter()
                .filter(|f| !in_template(template, f.wire_name()))
                .collect();
            if sent.iter().any(|f| f.flattened()) {
                flattened += 1;
                assert!(
                    sent.iter()
                        .filter(|f| f.flattened())
                        .all(|f| f.kind() == "object"),
                    "{kind:?}"
                );
                match row.params {
                    // Its keys are the body's: no other field could share the body without a
                    // clash of keys.
                    Params::Body => assert_eq!(sent.len(), 1, "{kind:?}"),
                    // Its keys are text parts beside the named fields' parts; the
                    // operation's check refuses a key that names one of them.
                    Params::Multipart => {}
                    other => panic!("{kind:?}: a flattened object in a {other:?} row"),
                }
            }
        }
        assert!(flattened >= 1);
    }

    #[test]
    fn the_client_auth_id_is_escaped_as_a_segment() {
        let op = Operation::from(crate::ops::RunPhlo::new("p-1").param("from", "1"));
        let request = build(&op, "https://phlo.example/v1/", "MA/../x y").expect("built");
        assert_eq!(
            request.uri.to_string(),
            "https://phlo.example/v1/account/MA%2F%2E%2E%2Fx%20y/phlo/p-1/"
        );
        assert_eq!(request.body.as_deref(), Some(&b"{\"from\":\"1\"}"[..]));
        let err = build(&op, "https://phlo.example/v1/", "").expect_err("no auth id");
        assert_eq!(err.field(), Some(CLIENT_AUTH_ID));
    }

    #[test]
    fn segments_cannot_change_the_path() {
        let mut out = String::new();
        push_segment(&mut out, "op", "x", "../a b/?#%.").expect("encoded");
        assert_eq!(out, "%2E%2E%2Fa%20b%2F%3F%23%25%2E");
        let mut out = String::new();
        push_segment(&mut out, "op", "x", "10,11").expect("encoded");
        assert_eq!(out, "10,11");
        let err = push_segment(&mut String::new(), "op", "x", "").expect_err("empty");
        assert_eq!(err.field(), Some("x"));
    }

    #[test]
    fn placeholders_are_found_exactly() {
        assert!(in_template(
            "Conference/{conference_name}/Member/{member_id}/",
            "member_id"
        ));
        assert!(!in_template("Conference/{conference_name}/", "conference"));
        assert!(!in_template("Call/", "call_uuid"));
    }
}
