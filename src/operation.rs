//! `Operation`: every seed operation as one enum, and its JSON form.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

use crate::Error;
use crate::models::ListShape;
use crate::params::{FieldSpec, Visit};
use crate::{dispatch, ops};

macro_rules! operations {
    ($d:tt; $($name:ident),* $(,)?) => {
        /// Calls `$callback!` with every operation's name (`GetAccountDetails, …`), so that code
        /// outside the crate (the tests, a program that wants every model) can expand something
        /// per operation at compile time. Costs nothing unless expanded.
        #[doc(hidden)]
        #[macro_export]
        macro_rules! __plivo_for_each_operation {
            ($d callback:ident) => {
                $d callback!($($name),*);
            };
        }

        /// One Plivo operation with its parameters: what [`crate::Client::call`] sends.
        ///
        /// Build it from a params struct (`ops::SendMessage::new(..).into()`, or pass the
        /// struct straight to `call`), or from the JSON form with [`Operation::from_json`].
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        pub enum Operation {
            $(
                #[doc = concat!("See [`ops::", stringify!($name), "`].")]
                $name(ops::$name),
            )*
        }

        /// Which operation, without its parameters: its name, fields and route.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum OperationKind {
            $(
                #[doc = concat!("See [`ops::", stringify!($name), "`].")]
                $name,
            )*
        }

        impl OperationKind {
            /// Every operation: the seed's, in the order of its resources, then the ones beyond it.
            pub const ALL: &'static [OperationKind] = &[$(OperationKind::$name),*];

            /// The seed name (`sendMessage`).
            pub fn name(self) -> &'static str {
                match self {
                    $( OperationKind::$name => ops::$name::OPERATION, )*
                }
            }

            /// The fields, required ones first.
            pub fn fields(self) -> &'static [FieldSpec] {
                match self {
                    $( OperationKind::$name => ops::$name::FIELDS, )*
                }
            }

            /// Whether the operation lists a collection page by page (a paged
            /// [`OperationKind::list_shape`]): [`crate::Client::call_pages`] walks it.
            pub fn is_paged(self) -> bool {
                match self {
                    $( OperationKind::$name => ops::$name::PAGED, )*
                }
            }

            fn parse_params(self, map: &Map<String, Value>) -> Result<Operation, Error> {
                Ok(match self {
                    $( OperationKind::$name => Operation::$name(ops::$name::from_form(map)?), )*
                })
            }
        }

        impl Operation {
            /// Which operation this is.
            pub fn kind(&self) -> OperationKind {
                match self {
                    $( Operation::$name(_) => OperationKind::$name, )*
                }
            }

            /// Checks every field rule without sending anything. [`crate::Client::call`] runs
            /// this first; the error names the field and the rule.
            pub fn validate(&self) -> Result<(), Error> {
                match self {
                    $( Operation::$name(p) => p.validate(), )*
                }
            }

            pub(crate) fn encode<'a>(&'a self, out: &mut Visit<'_, 'a>) {
                match self {
                    $( Operation::$name(p) => p.encode(out), )*
                }
            }

            /// `offset` and `limit` of a paged list operation; `None` for the others.
            pub(crate) fn page_fields(&mut self) -> Option<(&mut Option<u32>, &mut Option<u32>)> {
                match self {
                    $( Operation::$name(p) => p.page_fields(), )*
                }
            }

            fn params_to_form(&self) -> Map<String, Value> {
                match self {
                    $( Operation::$name(p) => p.to_form(), )*
                }
            }
        }
    };
}

operations! {
    $;
    // account and subaccounts
    GetAccountDetails, UpdateAccount, CreateSubaccount, UpdateSubaccount, GetSingleSubaccount,
    GetSubaccounts, DeleteSubaccount,
    // applications
    CreateApplication, GetApplications, GetSingleApplication, UpdateApplication, DeleteApplication,
    // calls
    MakeCall, GetCallsDetails, GetSingleCallDetails, GetLiveCalls, GetSingleLiveCallDetails,
    HangupSingleCall, HangupCalls, TransferCall, RecordCall, StopCallRecording, PlayMusicFile,
    StopPlayingMusicFile, PlayText, StopPlayingText, SendDigits, HangupCallRequest,
    // conferences
    GetConferences, GetSingleConference, HangupConferences, HangupSingleConference,
    StartRecordingConference, StopRecordingConference, HangupMember, KickMember, MuteMember,
    UnmuteMember, PlaySoundToMember, StopPlayingSoundToMember, PlayTextToMember,
    StopPlayingTextToMember, MakeMemberDeaf, EnableHearingForMember,
    // endpoints
    CreateEndpoint, GetSingleEndpoint, GetEndpoints, UpdateEndpoint, DeleteEndpoint,
    // messages
    SendMessage, GetMessages, GetSingleMessage,
    // numbers
    GetRentedNumbers, GetRentedNumber, AddOwnCarrierNumber, UpdateNumber, UnrentNumber,
    SearchNewNumbers, BuyNumber,
    // pricing
    GetPricing,
    // recordings
    GetRecordings, GetSingleRecording, DeleteRecording,
    // incoming carriers (legacy)
    ListIncomingCarriers, GetSingleIncomingCarrier, AddIncomingCarrier, UpdateIncomingCarrier,
    RemoveIncomingCarrier,
    // beyond the seed
    CreateToken,
    // lookup and stats services
    LookupNumber, CreateCallFeedback,
    // media (MMS)
    UploadMedia, GetMedia, GetSingleMedia, GetMessageMedia, GetSingleMessageMedia,
    DeleteMessageMedia,
    // audio streams on live calls
    StartStream, GetStreams, GetSingleStream, StopStreams, StopSingleStream,
    // verify (OTP sessions) and verified caller IDs
    GetVerifySessions, CreateVerifySession, GetSingleVerifySession, ValidateVerifySession,
    InitiateCallerIdVerification, VerifyCallerId, GetSingleVerifiedCallerId,
    UpdateVerifiedCallerId, DeleteVerifiedCallerId, GetVerifiedCallerIds,
    // number masking
    CreateMaskingSession, GetSingleMaskingSession, UpdateMaskingSession, DeleteMaskingSession,
    GetMaskingSessions,
    // PHLO service
    GetSinglePhlo, RunPhlo, GetSinglePhloRun, GetSinglePhloNode, GetSinglePhloMultiPartyCall,
    UpdatePhloNode, UpdatePhloNodeMember,
    // phone-number compliance
    CreatePhoneNumberCompliance, GetSinglePhoneNumberCompliance, UpdatePhoneNumberCompliance,
    GetPhoneNumberComplianceRequirements, GetPhoneNumberCompliances, DeletePhoneNumberCompliance,
    LinkPhoneNumberCompliance,
    // addresses and identities for number regulation
    CreateAddress, UpdateAddress, GetSingleAddress, GetAddresses, DeleteAddress,
    CreateIdentity, UpdateIdentity, GetSingleIdentity, GetIdentities, DeleteIdentity,
    // toll-free verification
    CreateTollfreeVerification, GetSingleTollfreeVerification, GetTollfreeVerifications,
    UpdateTollfreeVerification, DeleteTollfreeVerification,
    // hosted messaging
    CreateHostedMessagingNumber, GetHostedMessagingNumbers, GetSingleHostedMessagingNumber,
    CreateLoa, GetLoas, GetSingleLoa, DeleteLoa,
    // 10DLC registration: profiles, brands, campaigns and their numbers
    CreateProfile, GetSingleProfile, GetProfiles, UpdateProfile, DeleteProfile,
    CreateBrand, GetSingleBrand, GetBrands, DeleteBrand, GetBrandUsecases, TriggerBrandOtp,
    CreateCampaign, GetSingleCampaign, GetCampaigns, UpdateCampaign, DeleteCampaign,
    ImportCampaign, LinkCampaignNumbers, GetCampaignNumbers, GetSingleCampaignNumber,
    UnlinkCampaignNumber,
    // queued calls and transcriptions of recordings
    GetQueuedCalls, GetSingleQueuedCall, CreateTranscription, GetSingleTranscription,
    DeleteTranscription,
    // regulatory compliance: end users, document types, documents, requirements, applications
    GetSingleEndUser, GetEndUsers, CreateEndUser, UpdateEndUser, DeleteEndUser,
    GetSingleComplianceDocumentType, GetComplianceDocumentTypes,
    GetSingleComplianceDocument, GetComplianceDocuments, CreateComplianceDocument,
    UpdateComplianceDocument, DeleteComplianceDocument,
    GetSingleComplianceRequirement, GetComplianceRequirements,
    GetSingleComplianceApplication, GetComplianceApplications, CreateComplianceApplication,
    UpdateComplianceApplication, DeleteComplianceApplication, SubmitComplianceApplication,
    // Powerpacks and their number pools
    CreatePowerpack, GetSinglePowerpack, GetPowerpacks, UpdatePowerpack, DeletePowerpack,
    GetPoolNumbers, CountPoolNumbers, GetSinglePoolNumber, AddPoolNumber, BuyPoolNumber,
    RemovePoolNumber, AddPoolTollfree, RemovePoolTollfree, GetPoolTollfrees,
    GetSinglePoolTollfree, GetPoolShortcodes, GetSinglePoolShortcode, RemovePoolShortcode,
    // multi-party calls: the calls, their participants, recordings, play and speak
    GetMultiPartyCalls, GetSingleMultiPartyCall, StartMultiPartyCall, StopMultiPartyCall,
    AddMultiPartyCallParticipant, GetMultiPartyCallParticipants,
    GetSingleMultiPartyCallParticipant, UpdateMultiPartyCallParticipant,
    KickMultiPartyCallParticipant, StartMultiPartyCallRecording, StopMultiPartyCallRecording,
    PauseMultiPartyCallRecording, ResumeMultiPartyCallRecording, StartParticipantRecording,
    StopParticipantRecording, PauseParticipantRecording, ResumeParticipantRecording,
    StartParticipantPlay, StopParticipantPlay, StartParticipantSpeak, StopParticipantSpeak,
}

impl OperationKind {
    /// Finds an operation by its seed name; a `Plivo.` prefix is accepted
    /// (`Plivo.sendMessage`).
    pub fn from_name(name: &str) -> Option<OperationKind> {
        let name = name.strip_prefix("Plivo.").unwrap_or(name);
        OperationKind::ALL
            .iter()
            .copied()
            .find(|k| k.name() == name)
    }

    /// The operation whose name is closest to a mistyped one, for a "did you mean": the same
    /// letters in another case or without `_`/`-`, or one at most two edits away; a `Plivo.`
    /// prefix is ignored.
    ///
    /// ```
    /// use plivo::OperationKind;
    /// assert_eq!(OperationKind::suggest("sendMesage"), Some(OperationKind::SendMessage));
    /// assert_eq!(OperationKind::suggest("send_message"), Some(OperationKind::SendMessage));
    /// assert_eq!(OperationKind::suggest("nothingLikeIt"), None);
    /// ```
    pub fn suggest(name: &str) -> Option<OperationKind> {
        let name = name.strip_prefix("Plivo.").unwrap_or(name);
        let near = crate::suggest::closest(name, OperationKind::ALL.iter().map(|k| k.name()))?;
        OperationKind::from_name(near)
    }

    /// The field of this operation whose JSON-form name or wire name is closest to a mistyped
    /// one, for a "did you mean"; see [`OperationKind::suggest`].
    ///
    /// ```
    /// use plivo::OperationKind;
    /// let near = OperationKind::MakeCall.suggest_field("answerURL").map(|f| f.name());
    /// assert_eq!(near, Some("answerUrl"));
    /// ```
    pub fn suggest_field(self, name: &str) -> Option<&'static FieldSpec> {
        let fields = self.fields();
        let names = fields.iter().flat_map(|f| [f.name(), f.wire_name()]);
        let near = crate::suggest::closest(name, names)?;
        fields
            .iter()
            .find(|f| f.name() == near || f.wire_name() == near)
    }

    /// The resource the operation acts on, named as in Plivo's API reference and the catalog
    /// (`Message`, `Call`, `ConferenceMember`, `Media`): what `OPERATIONS.md` and the CLI's
    /// `operations` group by.
    ///
    /// ```
    /// use plivo::OperationKind;
    /// assert_eq!(OperationKind::SendMessage.resource(), "Message");
    /// assert_eq!(OperationKind::KickMember.resource(), "ConferenceMember");
    /// ```
    pub fn resource(self) -> &'static str {
        dispatch::row(self).resource
    }

    /// For a list operation, the shape of its answer: where the items and the paging
    /// information are ([`ListShape`]); `None` for the operations that are not lists.
    ///
    /// ```
    /// use plivo::{ListShape, OperationKind};
    /// assert_eq!(OperationKind::GetMessages.list_shape(), Some(ListShape::Objects));
    /// assert_eq!(OperationKind::GetVerifySessions.list_shape(), Some(ListShape::Named("sessions")));
    /// assert_eq!(OperationKind::GetConferences.list_shape(), Some(ListShape::Unpaged("conferences")));
    /// assert_eq!(OperationKind::SendMessage.list_shape(), None);
    /// ```
    pub fn list_shape(self) -> Option<ListShape> {
        dispatch::row(self).list
    }

    /// The service (the Plivo host) the operation is sent to.
    pub fn service(self) -> crate::Service {
        dispatch::row(self).service
    }

    /// The HTTP method (`GET`, `POST`, `DELETE`, or `PATCH` for
    /// [`OperationKind::UpdatePhoneNumberCompliance`], Plivo's only one).
    pub fn method(self) -> &'static str {
        dispatch::row(self).method.as_str()
    }

    /// The path template relative to the service's base (`/v1/Account/{auth_id}/` for the main
    /// API, `/v1/` for the others; see [`crate::Service`]), with `{wire_name}` for path fields
    /// and any fixed query after `?` (`Call/?status=live`).
    pub fn path(self) -> &'static str {
        dispatch::row(self).path
    }

    /// The path below the service's origin, template and fixed query included:
    /// `/v1/Account/{auth_id}/Message/` for the main API, `/v1/Number/{number}?type=carrier`
    /// for a lookup.
    ///
    /// ```
    /// use plivo::OperationKind;
    /// assert_eq!(OperationKind::SendMessage.full_path(), "/v1/Account/{auth_id}/Message/");
    /// assert_eq!(OperationKind::LookupNumber.full_path(), "/v1/Number/{number}?type=carrier");
    /// // `{auth_id}` is always the client's own auth id, never a field.
    /// assert_eq!(OperationKind::RunPhlo.full_path(), "/v1/account/{auth_id}/phlo/{phlo_id}/");
    /// ```
    pub fn full_path(self) -> String {
        match self.service() {
            crate::Service::Api => format!("/v1/Account/{{auth_id}}/{}", self.path()),
            _ => format!("/v1/{}", self.path()),
        }
    }

    /// The 2xx statuses Plivo is known to answer with.
    pub fn statuses(self) -> &'static [u16] {
        dispatch::row(self).statuses
    }

    /// Whether the operation exists only in Plivo's older API (the five incoming-carrier
    /// operations and `hangupCalls`).
    pub fn is_legacy(self) -> bool {
        dispatch::row(self).legacy
    }

    /// Whether the operation is one of the 68 of the seed connector package (`createToken` is
    /// not).
    pub fn is_seed(self) -> bool {
        dispatch::row(self).seed
    }
}

impl Operation {
    /// The seed name (`sendMessage`).
    pub fn name(&self) -> &'static str {
        self.kind().name()
    }

    /// Reads the JSON form: `{"operation": "<seed name>", "params": {...}}`.
    ///
    /// Params take the seed's field names or Plivo's wire names. Booleans and integers may be
    /// JSON values or strings (`true`, `"True"`, `60`, `"60"`); lists may be arrays or one
    /// string joined with the field's separator (`"14155550101<14155550102"`). A `null` value
    /// counts as absent. The result is validated like any operation.
    ///
    /// Files (the `file` fields of uploads) may be given as local paths here, read when the
    /// request is built: use this only with JSON you trust. For JSON from elsewhere (a web
    /// request, another process) use [`Operation::from_json_with`] and the default
    /// [`JsonOptions`], which accept files only as base64.
    ///
    /// ```
    /// let op = plivo::Operation::from_json(r#"{"operation": "Plivo.makeCall", "params": {
    ///     "callFrom": "14155550100", "callTo": "14155550101<14155550102",
    ///     "answerUrl": "https://example.com/answer", "timeLimit": "60"}}"#)?;
    /// let plivo::Operation::MakeCall(call) = &op else { unreachable!() };
    /// assert_eq!(call.to, ["14155550101", "14155550102"]);
    /// assert_eq!(call.time_limit, Some(60));
    ///
    /// let err = plivo::Operation::from_json(r#"{"operation": "makeCall", "params": {"callFrom": "1"}}"#)
    ///     .unwrap_err();
    /// assert_eq!(err.field(), Some("callTo"));
    /// # Ok::<(), plivo::Error>(())
    /// ```
    pub fn from_json(text: &str) -> Result<Operation, Error> {
        Operation::from_json_with(text, &JsonOptions::trusted())
    }

    /// Reads the JSON form as [`Operation::from_json`] does, with options: by default a file
    /// given as a local path is refused (an [`Error::Invalid`] naming the field), so that JSON
    /// from elsewhere cannot make this process read and send its files; files come as base64.
    ///
    /// ```
    /// use plivo::{JsonOptions, Operation};
    /// let by_path = r#"{"operation": "uploadMedia", "params": {"file": "/etc/passwd"}}"#;
    /// let err = Operation::from_json_with(by_path, &JsonOptions::new()).unwrap_err();
    /// assert_eq!(err.field(), Some("file"));
    /// assert!(Operation::from_json_with(by_path, &JsonOptions::new().allow_file_paths(true)).is_ok());
    ///
    /// let inline = r#"{"operation": "uploadMedia", "params": {"file": [
    ///     {"filename": "hi.txt", "base64": "aGkK"}]}}"#;
    /// assert!(Operation::from_json_with(inline, &JsonOptions::new()).is_ok());
    /// # Ok::<(), plivo::Error>(())
    /// ```
    pub fn from_json_with(text: &str, options: &JsonOptions) -> Result<Operation, Error> {
        if text.trim().is_empty() {
            return Err(Error::invalid_envelope(
                "operation",
                "the input is empty; expected {\"operation\": \"<name>\", \"params\": {...}}",
            ));
        }
        let value: Value = serde_json::from_str(text).map_err(|e| {
            Error::invalid_envelope("operation", format!("the text is not JSON: {e}"))
        })?;
        Operation::from_value_with(&value, options)
    }

    /// Reads the JSON form from an already parsed value; see [`Operation::from_json`] (file
    /// paths are accepted).
    pub fn from_value(value: &Value) -> Result<Operation, Error> {
        Operation::from_value_with(value, &JsonOptions::trusted())
    }

    /// Reads the JSON form from an already parsed value with options; see
    /// [`Operation::from_json_with`].
    pub fn from_value_with(value: &Value, options: &JsonOptions) -> Result<Operation, Error> {
        let Some(object) = value.as_object() else {
            return Err(Error::invalid_envelope(
                "operation",
                "expected a JSON object {\"operation\": \"<name>\", \"params\": {...}}",
            ));
        };
        if let Some(key) = object.keys().find(|k| *k != "operation" && *k != "params") {
            return Err(Error::invalid_envelope(
                key.as_str(),
                format!(
                    "`{key}` is not part of the JSON form, which has only `operation` and `params`"
                ),
            ));
        }
        let name = match object.get("operation") {
            Some(Value::String(name)) => name,
            Some(_) => {
                return Err(Error::invalid_envelope(
                    "operation",
                    "`operation` must be a string, an operation name such as \"sendMessage\"",
                ));
            }
            None => {
                return Err(Error::invalid_envelope(
                    "operation",
                    "`operation` is required (an operation name such as \"sendMessage\")",
                ));
            }
        };
        let kind = OperationKind::from_name(name).ok_or_else(|| {
            let hint = match OperationKind::suggest(name) {
                Some(near) => format!("; did you mean `{}`?", near.name()),
                None => String::new(),
            };
            Error::invalid_envelope(
                "operation",
                format!("`operation` names no known operation: {name:?}{hint}"),
            )
        })?;
        let empty = Map::new();
        let params = match object.get("params") {
            None | Some(Value::Null) => &empty,
            Some(Value::Object(map)) => map,
            Some(_) => {
                return Err(Error::invalid(
                    Some(kind.name()),
                    "params",
                    "must be a JSON object",
                ));
            }
        };
        let op = kind.parse_params(params)?;
        if !options.file_paths {
            if let Some(field) = op.field_with_file_path() {
                return Err(Error::invalid(
                    Some(kind.name()),
                    field,
                    "gives a local file path, which this input may not (pass the file's content \
                     as {\"filename\", \"base64\"}; paths are read only where the caller allows \
                     them)",
                ));
            }
        }
        op.validate()?;
        Ok(op)
    }

    /// The JSON-form name of the first file field that names a local path
    /// (`documents[i].file` for a document's file).
    fn field_with_file_path(&self) -> Option<String> {
        use crate::params::Wire;
        let mut found = None;
        self.encode(&mut |spec, wire| {
            if found.is_some() {
                return;
            }
            match wire {
                Wire::Files(files) if files.iter().any(|f| f.path().is_some()) => {
                    found = Some(spec.name().to_owned());
                }
                Wire::Data(data) => {
                    found = data
                        .files()
                        .find(|(_, f)| f.path().is_some())
                        .map(|(i, _)| crate::multipart::document_part(i));
                }
                _ => {}
            }
        });
        found
    }

    /// The JSON form with seed field names and canonical values (booleans and integers as JSON
    /// values, lists as arrays).
    pub fn to_value(&self) -> Value {
        let mut map = Map::new();
        map.insert("operation".into(), Value::String(self.name().to_owned()));
        map.insert("params".into(), Value::Object(self.params_to_form()));
        Value::Object(map)
    }

    /// Whether the operation lists a collection page by page (a paged
    /// [`OperationKind::list_shape`]), so that [`crate::Client::call_pages`] can walk it.
    pub fn is_paged(&self) -> bool {
        self.kind().is_paged()
    }

    /// The JSON form as text; see [`Operation::to_value`].
    pub fn to_json(&self) -> String {
        self.to_value().to_string()
    }
}

impl Serialize for Operation {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.to_value().serialize(serializer)
    }
}

/// Deserializing refuses files given as local paths (as [`JsonOptions::new`] does): a
/// deserialized operation often comes from elsewhere.
impl<'de> Deserialize<'de> for Operation {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(deserializer)?;
        Operation::from_value_with(&value, &JsonOptions::new()).map_err(serde::de::Error::custom)
    }
}

/// How [`Operation::from_json_with`] reads the JSON form.
///
/// Reading a local file is a capability, not a default: JSON that arrives from elsewhere must
/// not make the process read a file of its choosing and send it. [`JsonOptions::new`] refuses
/// files given as paths; [`JsonOptions::allow_file_paths`] accepts them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct JsonOptions {
    file_paths: bool,
}

impl JsonOptions {
    /// The defaults: files only as base64, never as local paths.
    pub fn new() -> JsonOptions {
        JsonOptions::default()
    }

    /// Whether files may be given as local paths (read when the request is built).
    pub fn allow_file_paths(mut self, allow: bool) -> JsonOptions {
        self.file_paths = allow;
        self
    }

    /// What [`Operation::from_json`] and [`Operation::from_value`] use: paths allowed.
    fn trusted() -> JsonOptions {
        JsonOptions { file_paths: true }
    }
}
