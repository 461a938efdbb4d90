//! Multi-party calls (MPC): calls of up to ten participants with roles (agent, supervisor,
//! customer), coaching, hold music, recordings of the whole call or of one participant, and
//! audio or speech played to a participant (beyond the seed; `MultiPartyCall/`).
//!
//! A multi-party call is addressed by its uuid or by its friendly name: [`MpcId`], which the
//! path spells `uuid_{mpc_uuid}` or `name_{friendly_name}`. Adding a participant to a name
//! that no call in progress carries creates the call ([`AddMultiPartyCallParticipant`]).
//!
//! Every field is sent only when set: the SDKs' defaults (plivo-python sends about 35
//! defaulted fields with every `add_participant`) are Plivo's own, so leaving a field unset
//! gets the same behavior. The checks made before sending are plivo-python's validators
//! (`multipartycall.py`) and plivo-node's, listed on each struct.

// The rules below take `&String` and `&Vec<String>`: they are applied to fields by type.
#![allow(clippy::ptr_arg)]

use serde_json::Value;

use super::{FileFormat, HttpMethod, SpeakType, Voice};
use crate::Error;
use crate::models;
use crate::params::{FieldSpec, ParamValue, Wire};
use crate::rules;

/// Which multi-party call an operation addresses: by uuid or by friendly name.
///
/// Plivo's path segment is `uuid_{mpc_uuid}` or `name_{friendly_name}`; this type writes it,
/// percent-encoded as one segment (a name may hold spaces or `/`). The official SDKs take
/// the two as separate arguments and refuse both or neither; here one value is always
/// exactly one of them.
///
/// In the JSON form the field `mpcId` (or `mpc_id`) is either the path spelling as a string,
/// `"uuid_6d4f…"` or `"name_Team standup"`, or an object with one key,
/// `{"uuid": "6d4f…"}` or `{"friendly_name": "Team standup"}` (`friendlyName` also), as
/// plivo-python's keyword arguments. It is written back as the string.
///
/// ```
/// use plivo::ops::MpcId;
/// let by_name = MpcId::name("Team standup");
/// assert_eq!(by_name.as_str(), "name_Team standup");
/// assert_eq!(by_name.as_friendly_name(), Some("Team standup"));
/// assert_eq!(by_name.as_uuid(), None);
/// let by_uuid = MpcId::parse("uuid_6d4f").expect("a prefix");
/// assert_eq!(by_uuid, MpcId::uuid("6d4f"));
/// assert_eq!(by_uuid.as_uuid(), Some("6d4f"));
/// assert!(MpcId::parse("6d4f").is_none());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MpcId {
    /// The path spelling: `uuid_…` or `name_…`.
    wire: String,
}

const UUID_PREFIX: &str = "uuid_";
const NAME_PREFIX: &str = "name_";

impl MpcId {
    /// The call with this `mpc_uuid`.
    pub fn uuid(uuid: impl Into<String>) -> Self {
        MpcId {
            wire: format!("{UUID_PREFIX}{}", uuid.into()),
        }
    }

    /// The call in progress with this friendly name.
    pub fn name(friendly_name: impl Into<String>) -> Self {
        MpcId {
            wire: format!("{NAME_PREFIX}{}", friendly_name.into()),
        }
    }

    /// Reads the path spelling (`uuid_…` or `name_…`, prefixes in lower case); `None` for
    /// anything else.
    pub fn parse(text: &str) -> Option<Self> {
        (text.starts_with(UUID_PREFIX) || text.starts_with(NAME_PREFIX)).then(|| MpcId {
            wire: text.to_owned(),
        })
    }

    /// The path segment, before percent-encoding: `uuid_…` or `name_…`.
    pub fn as_str(&self) -> &str {
        &self.wire
    }

    /// The uuid, when the call is addressed by uuid.
    pub fn as_uuid(&self) -> Option<&str> {
        self.wire.strip_prefix(UUID_PREFIX)
    }

    /// The friendly name, when the call is addressed by name.
    pub fn as_friendly_name(&self) -> Option<&str> {
        self.wire.strip_prefix(NAME_PREFIX)
    }
}

impl std::fmt::Display for MpcId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.wire)
    }
}

const MPC_ID_RULE: &str = "must be \"uuid_<mpc_uuid>\", \"name_<friendly_name>\", \
     {\"uuid\": …} or {\"friendly_name\": …}";

impl ParamValue for MpcId {
    const KIND: &'static str = "string";
    fn from_form(value: &Value, _: &FieldSpec) -> Result<Self, String> {
        match value {
            Value::String(text) => MpcId::parse(text).ok_or_else(|| MPC_ID_RULE.into()),
            Value::Object(map) => {
                let uuid = map.get("uuid");
                let name = map.get("friendly_name").or_else(|| map.get("friendlyName"));
                match (map.len(), uuid, name) {
                    (1, Some(Value::String(uuid)), None) => Ok(MpcId::uuid(uuid.as_str())),
                    (1, None, Some(Value::String(name))) => Ok(MpcId::name(name.as_str())),
                    _ => Err(format!(
                        "{MPC_ID_RULE}: exactly one of uuid and friendly_name, as a string"
                    )),
                }
            }
            _ => Err(MPC_ID_RULE.into()),
        }
    }
    fn to_form(&self, _: &FieldSpec) -> Value {
        Value::String(self.wire.clone())
    }
    fn wire(&self) -> Wire<'_> {
        Wire::Str(&self.wire)
    }
    fn check(&self, _: &FieldSpec) -> Result<(), String> {
        let rest = self
            .as_uuid()
            .or_else(|| self.as_friendly_name())
            .unwrap_or("");
        if rest.trim().is_empty() {
            return Err(
                "names no call: the uuid or friendly name after the prefix is empty".into(),
            );
        }
        Ok(())
    }
}

wire_enum! {
    /// A participant's role in a multi-party call (plivo-python's closed set; sent in lower
    /// case).
    pub enum MpcRole {
        /// An agent: may be dialed at several numbers at once (`to` joined with `<`).
        Agent = "agent",
        /// A supervisor: joins in coach mode unless told otherwise.
        Supervisor = "supervisor",
        /// A customer.
        Customer = "customer",
        /// An AI agent.
        AiAgent = "ai-agent",
    }
}

wire_enum! {
    /// The status filter of [`GetMultiPartyCalls`].
    pub enum MpcStatusFilter {
        /// Calls in progress.
        Active = "active",
        /// Calls created but not started.
        Initialized = "initialized",
        /// Calls that ended.
        Ended = "ended",
    }
}

wire_enum! {
    /// The one status [`StartMultiPartyCall`] sets.
    pub enum MpcStartStatus {
        /// Start the call.
        Active = "active",
    }
}

wire_enum! {
    /// Which audio a participant recording takes (plivo-node's closed set; Plivo's default
    /// is `all`).
    pub enum MpcRecordTrackType {
        /// The participant's own audio.
        Participant = "participant",
        /// The participant's audio and what they hear, as two tracks.
        Both = "both",
        /// Everything.
        All = "all",
    }
}

/// The events `status_callback_events` may name (plivo-python's and plivo-node's set).
pub const MPC_STATUS_CALLBACK_EVENTS: &[&str] = &[
    "mpc-state-changes",
    "participant-state-changes",
    "participant-speak-events",
    "participant-digit-input-events",
    "add-participant-api-events",
];

/// `callback_url` and `callback_method`: Plivo's asynchronous mode of the voice APIs.
macro_rules! mpc_params {
    (
        $(#[$meta:meta])*
        $name:ident = $op:literal -> $out:ty;
        required { $($required:tt)* }
        optional { $($optional:tt)* }
        $(check = $check:path;)?
    ) => {
        params! {
            $(#[$meta])*
            $name = $op -> $out;
            required {
                /// The multi-party call (see [`MpcId`]).
                mpc_id: MpcId = "mpcId" => "mpc_id";
                $($required)*
            }
            optional {
                $($optional)*
                /// Asynchronous mode: Plivo answers at once and posts the real answer to this
                /// URL.
                callback_url: String = "callbackUrl" => "callback_url" [check = rules::http_url];
                /// Method for `callback_url`.
                callback_method: HttpMethod = "callbackMethod" => "callback_method";
            }
            $(check = $check;)?
        }
    };
}

params! {
    /// `getMultiPartyCalls` (beyond the seed): one page of multi-party calls, newest first
    /// (`GET MultiPartyCall/`; the answer's meta counts with `count`).
    ///
    /// The time filters take `YYYY-MM-DD HH:MM[:SS[.ffffff]]`, plivo-python's format.
    GetMultiPartyCalls = "getMultiPartyCalls" -> models::Page<models::MultiPartyCall>, paged;
    required {}
    optional {
        /// Only this subaccount's calls (`SA…`).
        sub_account: String = "subAccount" => "sub_account" [check = rules::subaccount_id];
        /// Only calls with this friendly name.
        friendly_name: String = "friendlyName" => "friendly_name";
        /// Only calls in this state.
        status: MpcStatusFilter = "status" => "status";
        /// Only calls that ended for this reason (`1000`, `1010`, `2000`, `3000`, …).
        termination_cause_code: u32 = "terminationCauseCode" => "termination_cause_code";
        /// Only calls that ended after this time.
        end_time_gt: String = "endTimeGt" => "end_time__gt" [check = rules::timestamp];
        /// Only calls that ended at or after this time.
        end_time_gte: String = "endTimeGte" => "end_time__gte" [check = rules::timestamp];
        /// Only calls that ended before this time.
        end_time_lt: String = "endTimeLt" => "end_time__lt" [check = rules::timestamp];
        /// Only calls that ended at or before this time.
        end_time_lte: String = "endTimeLte" => "end_time__lte" [check = rules::timestamp];
        /// Only calls created after this time.
        creation_time_gt: String = "creationTimeGt" => "creation_time__gt" [check = rules::timestamp];
        /// Only calls created at or after this time.
        creation_time_gte: String = "creationTimeGte" => "creation_time__gte" [check = rules::timestamp];
        /// Only calls created before this time.
        creation_time_lt: String = "creationTimeLt" => "creation_time__lt" [check = rules::timestamp];
        /// Only calls created at or before this time.
        creation_time_lte: String = "creationTimeLte" => "creation_time__lte" [check = rules::timestamp];
        /// Page size, 1 to 20.
        limit: u32 = "limit" => "limit" [check = rules::limit];
        /// Items skipped before the page starts.
        offset: u32 = "offset" => "offset";
        /// Asynchronous mode: Plivo answers at once and posts the list to this URL.
        callback_url: String = "callbackUrl" => "callback_url" [check = rules::http_url];
        /// Method for `callback_url`.
        callback_method: HttpMethod = "callbackMethod" => "callback_method";
    }
}

mpc_params! {
    /// `getSingleMultiPartyCall` (beyond the seed): one multi-party call, in progress or
    /// ended (`GET MultiPartyCall/{mpc_id}/`).
    ///
    /// ```
    /// use plivo::ops::{GetSingleMultiPartyCall, MpcId};
    /// let client = plivo::Client::new("MAXXXXXXXXXXXXXXXXXX", "token")?;
    /// let req = client.prepare(GetSingleMultiPartyCall::new(MpcId::name("Team standup")))?;
    /// assert_eq!(
    ///     req.url(),
    ///     "https://api.plivo.com/v1/Account/MAXXXXXXXXXXXXXXXXXX/MultiPartyCall/name_Team%20standup/"
    /// );
    /// # Ok::<(), plivo::Error>(())
    /// ```
    GetSingleMultiPartyCall = "getSingleMultiPartyCall" -> models::MultiPartyCall;
    required {}
    optional {}
}

mpc_params! {
    /// `startMultiPartyCall` (beyond the seed): starts a call whose participants joined with
    /// `start_mpc_on_enter` false (`POST MultiPartyCall/{mpc_id}/` with `{"status": "active"}`).
    ///
    /// plivo-python sends the status as a one-element list (`["active"]`) and plivo-go as a
    /// string; this crate sends the string.
    StartMultiPartyCall = "startMultiPartyCall" -> models::MpcAction;
    required {
        /// Always [`MpcStartStatus::Active`].
        status: MpcStartStatus = "status" => "status";
    }
    optional {}
}

impl StartMultiPartyCall {
    /// Starts `mpc_id` (the status is `active`, the one Plivo takes).
    pub fn active(mpc_id: MpcId) -> Self {
        StartMultiPartyCall::new(mpc_id, MpcStartStatus::Active)
    }
}

mpc_params! {
    /// `stopMultiPartyCall` (beyond the seed): ends the call for every participant
    /// (`DELETE MultiPartyCall/{mpc_id}/`).
    StopMultiPartyCall = "stopMultiPartyCall" -> models::MpcAction;
    required {}
    optional {}
}

mpc_params! {
    /// `addMultiPartyCallParticipant` (beyond the seed): dials a participant into a
    /// multi-party call, or moves a call in progress into it
    /// (`POST MultiPartyCall/{mpc_id}/Participant/`). Adding to a name no call in progress
    /// carries creates the call.
    ///
    /// Rules checked before sending (plivo-python's and plivo-node's validators):
    ///
    /// - either `from` and `to` (dial a new leg) or `call_uuid` (an existing call), not both;
    /// - `to` holds at most 20 destinations, and more than one only for the `agent` role;
    /// - `ring_timeout` and `delay_dial` are whole numbers of seconds, one per destination at
    ///   most (one value without `to`);
    /// - `caller_name` is 1 to 50 characters; `max_duration` 300 to 28800 seconds;
    ///   `max_participants` 2 to 10; `record_min_member_count` 1 or 2;
    /// - `confirm_key` is one of `0`-`9`, `#`, `*`; `dial_music` a URL, `real` or `none`;
    ///   `enter_sound` and `exit_sound` a URL, `beep:1`, `beep:2` or `none`;
    /// - `status_callback_events` names only [`MPC_STATUS_CALLBACK_EVENTS`];
    /// - every URL is an absolute `http(s)://` URL, every method `GET` or `POST`,
    ///   `record_file_format` `mp3` or `wav`, and `sip_headers` `key=value` pairs.
    ///
    /// ```
    /// use plivo::ops::{AddMultiPartyCallParticipant, MpcId, MpcRole};
    /// let client = plivo::Client::new("MAXXXXXXXXXXXXXXXXXX", "token")?;
    /// let op = AddMultiPartyCallParticipant::new(MpcId::name("support"), MpcRole::Agent)
    ///     .from("14155550100")
    ///     .to(["14155550101", "14155550102"])
    ///     .ring_timeout(["30", "45"]);
    /// let req = client.prepare(op)?;
    /// assert_eq!(
    ///     req.body(),
    ///     Some(r#"{"role":"agent","from":"14155550100","to":"14155550101<14155550102","ring_timeout":"30<45"}"#)
    /// );
    /// // A customer is dialed at one number only.
    /// let op = AddMultiPartyCallParticipant::new(MpcId::name("support"), MpcRole::Customer)
    ///     .from("14155550100")
    ///     .to(["14155550101", "14155550102"]);
    /// assert_eq!(client.prepare(op).unwrap_err().field(), Some("to"));
    /// # Ok::<(), plivo::Error>(())
    /// ```
    AddMultiPartyCallParticipant = "addMultiPartyCallParticipant" -> models::MpcParticipantAdded;
    required {
        /// The participant's role.
        role: MpcRole = "role" => "role";
    }
    optional {
        /// Caller ID of the new leg (with `to`).
        from: String = "from" => "from";
        /// Destinations of the new leg (numbers or SIP URIs), joined with `<`.
        to: List = "to" => "to" [join = '<'];
        /// A call in progress to move into the multi-party call (instead of `from`/`to`).
        call_uuid: String = "callUuid" => "call_uuid";
        /// Caller name shown to the participant, 1 to 50 characters (Plivo's default: `from`).
        caller_name: String = "callerName" => "caller_name" [check = caller_name];
        /// URL notified of the new leg's call status.
        call_status_callback_url: String = "callStatusCallbackUrl" => "call_status_callback_url" [check = rules::http_url];
        /// Method for `call_status_callback_url` (Plivo's default: POST).
        call_status_callback_method: HttpMethod = "callStatusCallbackMethod" => "call_status_callback_method";
        /// SIP headers for the new leg, `key=value` pairs joined with `,`.
        sip_headers: String = "sipHeaders" => "sip_headers" [check = rules::sip_headers];
        /// Key the participant presses to accept the call: `0`-`9`, `#` or `*`.
        confirm_key: String = "confirmKey" => "confirm_key" [check = confirm_key];
        /// Sound played while waiting for `confirm_key`.
        confirm_key_sound_url: String = "confirmKeySoundUrl" => "confirm_key_sound_url" [check = rules::http_url];
        /// Method for `confirm_key_sound_url` (Plivo's default: GET).
        confirm_key_sound_method: HttpMethod = "confirmKeySoundMethod" => "confirm_key_sound_method";
        /// What the caller hears while the leg rings: a URL, `real` (the ring, Plivo's
        /// default) or `none`.
        dial_music: String = "dialMusic" => "dial_music" [check = dial_music];
        /// Seconds each destination rings (Plivo's default: 45), one per destination.
        ring_timeout: List = "ringTimeout" => "ring_timeout" [join = '<', check = whole_seconds];
        /// Seconds before each destination is dialed (Plivo's default: 0), one per destination.
        delay_dial: List = "delayDial" => "delay_dial" [join = '<', check = whole_seconds];
        /// Longest the call may last, 300 to 28800 seconds (Plivo's default: 14400).
        max_duration: u32 = "maxDuration" => "max_duration" [check = max_duration];
        /// Most participants at once, 2 to 10 (Plivo's default: 10).
        max_participants: u32 = "maxParticipants" => "max_participants" [check = max_participants];
        /// Participants needed before recording starts, 1 or 2 (Plivo's default: 1).
        record_min_member_count: u32 = "recordMinMemberCount" => "record_min_member_count" [check = record_min_member_count];
        /// Music while the participant waits for the call to start.
        wait_music_url: String = "waitMusicUrl" => "wait_music_url" [check = rules::http_url];
        /// Method for `wait_music_url`.
        wait_music_method: HttpMethod = "waitMusicMethod" => "wait_music_method";
        /// Music an agent hears while on hold.
        agent_hold_music_url: String = "agentHoldMusicUrl" => "agent_hold_music_url" [check = rules::http_url];
        /// Method for `agent_hold_music_url`.
        agent_hold_music_method: HttpMethod = "agentHoldMusicMethod" => "agent_hold_music_method";
        /// Music a customer hears while on hold.
        customer_hold_music_url: String = "customerHoldMusicUrl" => "customer_hold_music_url" [check = rules::http_url];
        /// Method for `customer_hold_music_url`.
        customer_hold_music_method: HttpMethod = "customerHoldMusicMethod" => "customer_hold_music_method";
        /// URL notified when a recording is ready.
        recording_callback_url: String = "recordingCallbackUrl" => "recording_callback_url" [check = rules::http_url];
        /// Method for `recording_callback_url`.
        recording_callback_method: HttpMethod = "recordingCallbackMethod" => "recording_callback_method";
        /// URL notified of the events named in `status_callback_events`.
        status_callback_url: String = "statusCallbackUrl" => "status_callback_url" [check = rules::http_url];
        /// Method for `status_callback_url`.
        status_callback_method: HttpMethod = "statusCallbackMethod" => "status_callback_method";
        /// URL whose XML runs on the participant's call when they leave.
        on_exit_action_url: String = "onExitActionUrl" => "on_exit_action_url" [check = rules::http_url];
        /// Method for `on_exit_action_url`.
        on_exit_action_method: HttpMethod = "onExitActionMethod" => "on_exit_action_method";
        /// Record the whole call.
        record: bool = "record" => "record";
        /// Record the participant's own track too.
        record_participant_track: bool = "recordParticipantTrack" => "record_participant_track";
        /// Format of the recordings.
        record_file_format: FileFormat = "recordFileFormat" => "record_file_format";
        /// Events posted to `status_callback_url` (see [`MPC_STATUS_CALLBACK_EVENTS`]), joined
        /// with `,`.
        status_callback_events: List = "statusCallbackEvents" => "status_callback_events" [join = ',', check = callback_events];
        /// Whether the call goes on with this participant alone in it.
        stay_alone: bool = "stayAlone" => "stay_alone";
        /// Coach mode: only agents hear this participant (a supervisor's default).
        coach_mode: bool = "coachMode" => "coach_mode";
        /// Join muted.
        mute: bool = "mute" => "mute";
        /// Join on hold.
        hold: bool = "hold" => "hold";
        /// Start the call when this participant joins (Plivo's default: true).
        start_mpc_on_enter: bool = "startMpcOnEnter" => "start_mpc_on_enter";
        /// End the call when this participant leaves.
        end_mpc_on_exit: bool = "endMpcOnExit" => "end_mpc_on_exit";
        /// Pass the participant's key presses to the others.
        relay_dtmf_inputs: bool = "relayDtmfInputs" => "relay_dtmf_inputs";
        /// Sound when the participant joins: a URL, `beep:1`, `beep:2` or `none`.
        enter_sound: String = "enterSound" => "enter_sound" [check = mpc_sound];
        /// Method for a URL `enter_sound`.
        enter_sound_method: HttpMethod = "enterSoundMethod" => "enter_sound_method";
        /// Sound when the participant leaves: a URL, `beep:1`, `beep:2` or `none`.
        exit_sound: String = "exitSound" => "exit_sound" [check = mpc_sound];
        /// Method for a URL `exit_sound`.
        exit_sound_method: HttpMethod = "exitSoundMethod" => "exit_sound_method";
        /// Sound played when a recording starts.
        start_recording_audio: String = "startRecordingAudio" => "start_recording_audio" [check = rules::http_url];
        /// Method for `start_recording_audio`.
        start_recording_audio_method: HttpMethod = "startRecordingAudioMethod" => "start_recording_audio_method";
        /// Sound played when a recording stops.
        stop_recording_audio: String = "stopRecordingAudio" => "stop_recording_audio" [check = rules::http_url];
        /// Method for `stop_recording_audio`.
        stop_recording_audio_method: HttpMethod = "stopRecordingAudioMethod" => "stop_recording_audio_method";
        /// Create the call even when this is its only participant (Plivo's default: true).
        create_mpc_with_single_participant: bool = "createMpcWithSingleParticipant" => "create_mpc_with_single_participant";
        /// Digits sent once the new leg answers.
        send_digits: String = "sendDigits" => "send_digits";
        /// Send `send_digits` before the leg answers.
        send_on_preanswer: bool = "sendOnPreanswer" => "send_on_preanswer";
        /// URL that receives the transcription of the recordings.
        transcription_url: String = "transcriptionUrl" => "transcription_url" [check = rules::http_url];
        /// Transcribe the recordings.
        transcript: bool = "transcript" => "transcript";
    }
    check = participant_rules;
}

mpc_params! {
    /// `getMultiPartyCallParticipants` (beyond the seed): the participants of a call, in one
    /// answer (`GET MultiPartyCall/{mpc_id}/Participant/`; at most ten at a time).
    GetMultiPartyCallParticipants = "getMultiPartyCallParticipants" -> models::MpcParticipantList;
    required {}
    optional {
        /// Only the participant on this call.
        call_uuid: String = "callUuid" => "call_uuid";
    }
}

mpc_params! {
    /// `getSingleMultiPartyCallParticipant` (beyond the seed): one participant
    /// (`GET MultiPartyCall/{mpc_id}/Participant/{participant_id}/`).
    GetSingleMultiPartyCallParticipant = "getSingleMultiPartyCallParticipant" -> models::MpcParticipant;
    required {
        /// The participant's `member_id`.
        participant_id: String = "participantId" => "participant_id";
    }
    optional {}
}

mpc_params! {
    /// `updateMultiPartyCallParticipant` (beyond the seed): mutes, holds or coaches a
    /// participant, or every participant with `participant_id` `all`
    /// (`POST MultiPartyCall/{mpc_id}/Participant/{participant_id}/`).
    ///
    /// At least one of `coach_mode`, `mute` and `hold` is set, and `coach_mode` is not set
    /// for `all` (plivo-python's rules).
    ///
    /// ```
    /// use plivo::ops::{MpcId, UpdateMultiPartyCallParticipant};
    /// let client = plivo::Client::new("MAXXXXXXXXXXXXXXXXXX", "token")?;
    /// let op = UpdateMultiPartyCallParticipant::new(MpcId::uuid("6d4f"), "all").mute(true);
    /// let req = client.prepare(op)?;
    /// assert!(req.url().ends_with("/MultiPartyCall/uuid_6d4f/Participant/all/"));
    /// assert_eq!(req.body(), Some(r#"{"mute":true}"#));
    /// let nothing = UpdateMultiPartyCallParticipant::new(MpcId::uuid("6d4f"), "10");
    /// assert_eq!(client.prepare(nothing).unwrap_err().field(), Some("coachMode"));
    /// # Ok::<(), plivo::Error>(())
    /// ```
    UpdateMultiPartyCallParticipant = "updateMultiPartyCallParticipant" -> models::MpcParticipantUpdated;
    required {
        /// The participant's `member_id`, or `all`.
        participant_id: String = "participantId" => "participant_id";
    }
    optional {
        /// Coach mode on or off.
        coach_mode: bool = "coachMode" => "coach_mode";
        /// Muted or not.
        mute: bool = "mute" => "mute";
        /// On hold or not.
        hold: bool = "hold" => "hold";
    }
    check = update_rules;
}

mpc_params! {
    /// `kickMultiPartyCallParticipant` (beyond the seed): removes a participant from the call
    /// (`DELETE MultiPartyCall/{mpc_id}/Participant/{participant_id}/`).
    KickMultiPartyCallParticipant = "kickMultiPartyCallParticipant" -> models::MpcAction;
    required {
        /// The participant's `member_id`.
        participant_id: String = "participantId" => "participant_id";
    }
    optional {}
}

mpc_params! {
    /// `startMultiPartyCallRecording` (beyond the seed): records the whole call
    /// (`POST MultiPartyCall/{mpc_id}/Record/`).
    StartMultiPartyCallRecording = "startMultiPartyCallRecording" -> models::MpcRecordingStarted;
    required {}
    optional {
        /// Format of the recording (Plivo's default: mp3).
        file_format: FileFormat = "fileFormat" => "file_format";
        /// URL notified when the recording is ready.
        recording_callback_url: String = "recordingCallbackUrl" => "recording_callback_url" [check = rules::http_url];
        /// Method for `recording_callback_url` (Plivo's default: POST).
        recording_callback_method: HttpMethod = "recordingCallbackMethod" => "recording_callback_method";
        /// URL that receives the transcription.
        transcription_url: String = "transcriptionUrl" => "transcription_url" [check = rules::http_url];
        /// Transcribe the recording.
        transcript: bool = "transcript" => "transcript";
    }
}

mpc_params! {
    /// `stopMultiPartyCallRecording` (beyond the seed): stops the call's recording
    /// (`DELETE MultiPartyCall/{mpc_id}/Record/`).
    StopMultiPartyCallRecording = "stopMultiPartyCallRecording" -> models::MpcAction;
    required {}
    optional {}
}

mpc_params! {
    /// `pauseMultiPartyCallRecording` (beyond the seed): pauses the call's recording
    /// (`POST MultiPartyCall/{mpc_id}/Record/Pause/`).
    PauseMultiPartyCallRecording = "pauseMultiPartyCallRecording" -> models::MpcAction;
    required {}
    optional {}
}

mpc_params! {
    /// `resumeMultiPartyCallRecording` (beyond the seed): resumes a paused recording
    /// (`POST MultiPartyCall/{mpc_id}/Record/Resume/`).
    ResumeMultiPartyCallRecording = "resumeMultiPartyCallRecording" -> models::MpcAction;
    required {}
    optional {}
}

mpc_params! {
    /// `startParticipantRecording` (beyond the seed): records one participant
    /// (`POST MultiPartyCall/{mpc_id}/Participant/{participant_id}/Record/`).
    StartParticipantRecording = "startParticipantRecording" -> models::MpcRecordingStarted;
    required {
        /// The participant's `member_id`.
        participant_id: String = "participantId" => "participant_id";
    }
    optional {
        /// Format of the recording (Plivo's default: mp3).
        file_format: FileFormat = "fileFormat" => "file_format";
        /// URL notified when the recording is ready.
        recording_callback_url: String = "recordingCallbackUrl" => "recording_callback_url" [check = rules::http_url];
        /// Method for `recording_callback_url` (Plivo's default: POST).
        recording_callback_method: HttpMethod = "recordingCallbackMethod" => "recording_callback_method";
        /// Which audio to record (Plivo's default: all).
        record_track_type: MpcRecordTrackType = "recordTrackType" => "record_track_type";
        /// URL that receives the transcription.
        transcription_url: String = "transcriptionUrl" => "transcription_url" [check = rules::http_url];
        /// Transcribe the recording.
        transcript: bool = "transcript" => "transcript";
    }
}

mpc_params! {
    /// `stopParticipantRecording` (beyond the seed): stops a participant's recording
    /// (`DELETE MultiPartyCall/{mpc_id}/Participant/{participant_id}/Record/`).
    StopParticipantRecording = "stopParticipantRecording" -> models::MpcAction;
    required {
        /// The participant's `member_id`.
        participant_id: String = "participantId" => "participant_id";
    }
    optional {
        /// Which recording (Plivo's default: all).
        record_track_type: MpcRecordTrackType = "recordTrackType" => "record_track_type";
    }
}

mpc_params! {
    /// `pauseParticipantRecording` (beyond the seed): pauses a participant's recording
    /// (`POST MultiPartyCall/{mpc_id}/Participant/{participant_id}/Record/Pause/`).
    PauseParticipantRecording = "pauseParticipantRecording" -> models::MpcAction;
    required {
        /// The participant's `member_id`.
        participant_id: String = "participantId" => "participant_id";
    }
    optional {
        /// Which recording (Plivo's default: all).
        record_track_type: MpcRecordTrackType = "recordTrackType" => "record_track_type";
    }
}

mpc_params! {
    /// `resumeParticipantRecording` (beyond the seed): resumes a participant's paused
    /// recording (`POST MultiPartyCall/{mpc_id}/Participant/{participant_id}/Record/Resume/`).
    ResumeParticipantRecording = "resumeParticipantRecording" -> models::MpcAction;
    required {
        /// The participant's `member_id`.
        participant_id: String = "participantId" => "participant_id";
    }
    optional {
        /// Which recording (Plivo's default: all).
        record_track_type: MpcRecordTrackType = "recordTrackType" => "record_track_type";
    }
}

params! {
    /// `startParticipantPlay` (beyond the seed): plays an audio file to a participant
    /// (`POST MultiPartyCall/{mpc_id}/Member/{participant_id}/Play/`; `Member`, not
    /// `Participant`, in this path). Plivo answers 202.
    StartParticipantPlay = "startParticipantPlay" -> models::MpcMemberAudio;
    required {
        /// The multi-party call (see [`MpcId`]).
        mpc_id: MpcId = "mpcId" => "mpc_id";
        /// The participant's `member_id`.
        participant_id: String = "participantId" => "participant_id";
        /// The mp3 or wav file to play.
        url: String = "url" => "url" [check = rules::http_url];
    }
    optional {}
}

params! {
    /// `stopParticipantPlay` (beyond the seed): stops the audio played to a participant
    /// (`DELETE MultiPartyCall/{mpc_id}/Member/{participant_id}/Play/`, no body).
    StopParticipantPlay = "stopParticipantPlay" -> models::MpcAction;
    required {
        /// The multi-party call (see [`MpcId`]).
        mpc_id: MpcId = "mpcId" => "mpc_id";
        /// The participant's `member_id`.
        participant_id: String = "participantId" => "participant_id";
    }
    optional {}
}

params! {
    /// `startParticipantSpeak` (beyond the seed; plivo-go's `StartSpeak`, not in
    /// plivo-python): speaks text to a participant
    /// (`POST MultiPartyCall/{mpc_id}/Member/{participant_id}/Speak/`). Plivo answers 202.
    ///
    /// plivo-go always sends `voice`, `language` and `mix`, empty or false when unset; this
    /// crate sends only what is set.
    StartParticipantSpeak = "startParticipantSpeak" -> models::MpcMemberAudio;
    required {
        /// The multi-party call (see [`MpcId`]).
        mpc_id: MpcId = "mpcId" => "mpc_id";
        /// The participant's `member_id`.
        participant_id: String = "participantId" => "participant_id";
        /// The text to speak.
        text: String = "text" => "text";
    }
    optional {
        /// Voice used (Plivo's default: WOMAN).
        voice: Voice = "voice" => "voice";
        /// Language (Plivo's default: en-US).
        language: String = "language" => "language";
        /// Mix the speech with the call's audio instead of replacing it.
        mix: bool = "mix" => "mix";
        /// Plain text or SSML.
        speak_type: SpeakType = "type" => "type";
        /// URL notified when the speech ends.
        callback_url: String = "callbackUrl" => "callback_url" [check = rules::http_url];
        /// Method for `callback_url`.
        callback_method: HttpMethod = "callbackMethod" => "callback_method";
    }
}

params! {
    /// `stopParticipantSpeak` (beyond the seed; plivo-go only): stops the speech to a
    /// participant (`DELETE MultiPartyCall/{mpc_id}/Member/{participant_id}/Speak/`, no body).
    StopParticipantSpeak = "stopParticipantSpeak" -> models::MpcAction;
    required {
        /// The multi-party call (see [`MpcId`]).
        mpc_id: MpcId = "mpcId" => "mpc_id";
        /// The participant's `member_id`.
        participant_id: String = "participantId" => "participant_id";
    }
    optional {}
}

fn caller_name(v: &String) -> Result<(), String> {
    let n = v.chars().count();
    if (1..=50).contains(&n) {
        Ok(())
    } else {
        Err(format!("must be 1 to 50 characters (got {n})"))
    }
}

fn confirm_key(v: &String) -> Result<(), String> {
    let ok = v.len() == 1
        && v.bytes()
            .all(|b| b.is_ascii_digit() || b == b'#' || b == b'*');
    if ok {
        Ok(())
    } else {
        Err(format!("must be one of 0-9, # or * (got {v:?})"))
    }
}

/// A URL or one of `words` (any case).
fn url_or(v: &str, words: &[&str]) -> Result<(), String> {
    if words.iter().any(|w| w.eq_ignore_ascii_case(v)) || rules::http_url(&v.to_owned()).is_ok() {
        Ok(())
    } else {
        Err(format!(
            "must be an http(s) URL or one of {} (got {v:?})",
            words.join(", ")
        ))
    }
}

fn dial_music(v: &String) -> Result<(), String> {
    url_or(v, &["real", "none"])
}

fn mpc_sound(v: &String) -> Result<(), String> {
    url_or(v, &["beep:1", "beep:2", "none"])
}

fn whole_seconds(v: &Vec<String>) -> Result<(), String> {
    match v.iter().find(|s| s.parse::<u32>().is_err()) {
        Some(bad) => Err(format!(
            "must be whole numbers of seconds, one per destination (got {bad:?})"
        )),
        None => Ok(()),
    }
}

fn in_range(v: u32, low: u32, high: u32) -> Result<(), String> {
    if (low..=high).contains(&v) {
        Ok(())
    } else {
        Err(format!("must be between {low} and {high} (got {v})"))
    }
}

fn max_duration(v: &u32) -> Result<(), String> {
    in_range(*v, 300, 28800)
}

fn max_participants(v: &u32) -> Result<(), String> {
    in_range(*v, 2, 10)
}

fn record_min_member_count(v: &u32) -> Result<(), String> {
    in_range(*v, 1, 2)
}

fn callback_events(v: &Vec<String>) -> Result<(), String> {
    match v
        .iter()
        .find(|e| !MPC_STATUS_CALLBACK_EVENTS.contains(&e.as_str()))
    {
        Some(bad) => Err(format!(
            "names {bad:?}; the events are {}",
            MPC_STATUS_CALLBACK_EVENTS.join(", ")
        )),
        None => Ok(()),
    }
}

/// The rules between fields of a new participant (plivo-python's and plivo-node's).
fn participant_rules(p: &AddMultiPartyCallParticipant) -> Result<(), Error> {
    let fail = |field: &str, rule: String| {
        Err(Error::invalid(
            Some(AddMultiPartyCallParticipant::OPERATION),
            field,
            rule,
        ))
    };
    let dialing = p.from.is_some() || p.to.is_some();
    if p.call_uuid.is_some() && dialing {
        return fail(
            "callUuid",
            "cannot be given with `from`/`to`: add an existing call or dial a new one".into(),
        );
    }
    if p.call_uuid.is_none() {
        if p.from.is_none() {
            return fail(
                "from",
                "is required (with `to`) unless `callUuid` names an existing call".into(),
            );
        }
        if p.to.is_none() {
            return fail(
                "to",
                "is required (with `from`) unless `callUuid` names an existing call".into(),
            );
        }
    }
    let destinations = p.to.as_ref().map_or(1, Vec::len);
    if let Some(to) = &p.to {
        if to.is_empty() {
            return fail("to", "must hold at least one destination".into());
        }
        if to.len() > 20 {
            return fail(
                "to",
                format!("must hold at most 20 destinations (got {})", to.len()),
            );
        }
        if to.len() > 1 && p.role != MpcRole::Agent {
            return fail(
                "to",
                format!(
                    "may hold several destinations only for the role `agent` (role `{}`)",
                    p.role
                ),
            );
        }
    }
    for (field, values) in [
        ("ringTimeout", &p.ring_timeout),
        ("delayDial", &p.delay_dial),
    ] {
        if let Some(values) = values.as_ref().filter(|v| v.len() > destinations) {
            return fail(
                field,
                format!(
                    "gives {} values for {destinations} destination(s): at most one per destination",
                    values.len()
                ),
            );
        }
    }
    Ok(())
}

/// At least one change, and no coach mode for everyone (plivo-python's rules).
fn update_rules(p: &UpdateMultiPartyCallParticipant) -> Result<(), Error> {
    let op = Some(UpdateMultiPartyCallParticipant::OPERATION);
    if p.coach_mode.is_none() && p.mute.is_none() && p.hold.is_none() {
        return Err(Error::invalid(
            op,
            "coachMode",
            "or `mute` or `hold` must be set: the update changes nothing",
        ));
    }
    if p.coach_mode.is_some() && p.participant_id.eq_ignore_ascii_case("all") {
        return Err(Error::invalid(
            op,
            "coachMode",
            "cannot be set when `participantId` is `all`",
        ));
    }
    Ok(())
}
