//! `MultiPartyCall`, the one element whose defaults are always written.

use super::sealed::Sealed;
use super::types::{MpcEvent, MpcRole, MpcSound};
use super::write::Node;
use super::{FileFormat, HttpMethod, build_text, rules};
use crate::Error;

fn max_duration(v: &u32) -> Result<(), String> {
    rules::between::<300, 28800>(v)
}

fn max_participants(v: &u32) -> Result<(), String> {
    rules::between::<2, 10>(v)
}

fn record_min_member_count(v: &u32) -> Result<(), String> {
    rules::between::<1, 2>(v)
}

fn wait_time(v: &u32) -> Result<(), String> {
    rules::between::<0, 1800>(v)
}

fn events(v: &[MpcEvent]) -> Result<(), String> {
    if v.is_empty() {
        Err("must name at least one event".into())
    } else {
        Ok(())
    }
}

fn sound(v: &MpcSound) -> Result<(), String> {
    match v {
        MpcSound::Url(url) => rules::http_url(url)
            .map_err(|_| format!("must be beep:1, beep:2, none or an http(s) URL (got {url:?})")),
        _ => Ok(()),
    }
}

element_struct! {
    /// `<MultiPartyCall>`: joins the caller to a multi-party call (MPC) as an agent, a
    /// customer, a supervisor or an AI agent.
    ///
    /// As in the Python SDK, every attribute with a default is always written: `new` sets
    /// maxDuration 14400, maxParticipants 10, recordMinMemberCount 1, the hold-music, sound
    /// and recording-audio methods `GET`, record and recordParticipantTrack false,
    /// recordFileFormat mp3, recordingCallbackMethod and statusCallbackMethod `POST`,
    /// statusCallbackEvents `mpc-state-changes,participant-state-changes`, stayAlone false,
    /// coachMode true, mute and hold false, startMpcOnEnter true, endMpcOnExit false,
    /// enterSound `beep:1`, exitSound `beep:2`, onExitActionMethod `POST`, relayDTMFInputs and
    /// transcript false. The setters change them.
    ///
    /// ```
    /// use plivo::xml::{MpcRole, MultiPartyCall};
    /// let xml = MultiPartyCall::new("Nairobi", MpcRole::Agent).max_duration(4500).to_xml()?;
    /// assert!(xml.starts_with(r#"<MultiPartyCall role="agent" maxDuration="4500" maxParticipants="10""#));
    /// assert!(MultiPartyCall::new("Denver", MpcRole::Customer).max_duration(255).to_xml().is_err());
    /// # Ok::<(), plivo::Error>(())
    /// ```
    pub struct MultiPartyCall = "MultiPartyCall" {
        /// Who joins (set by `new`; written in lower case).
        role: raw MpcRole = "role";
        /// Longest call in seconds, 300 to 28800 (default 14400).
        max_duration: raw u32 = "maxDuration" [check = max_duration];
        /// Most participants, 2 to 10 (default 10).
        max_participants: raw u32 = "maxParticipants" [check = max_participants];
        /// Members needed before recording starts, 1 or 2 (default 1).
        record_min_member_count: raw u32 = "recordMinMemberCount" [check = record_min_member_count];
        /// URL of the music played while waiting; `http(s)://`.
        wait_music_url: into String = "waitMusicUrl" [check = rules::http_url];
        /// Method for `waitMusicUrl` (default `GET`).
        wait_music_method: raw HttpMethod = "waitMusicMethod";
        /// Seconds to wait for others, 0 to 1800.
        wait_time: raw u32 = "waitTime" [check = wait_time];
        /// URL of the music agents hear on hold; `http(s)://`.
        agent_hold_music_url: into String = "agentHoldMusicUrl" [check = rules::http_url];
        /// Method for `agentHoldMusicUrl` (default `GET`).
        agent_hold_music_method: raw HttpMethod = "agentHoldMusicMethod";
        /// URL of the music customers hear on hold; `http(s)://`.
        customer_hold_music_url: into String = "customerHoldMusicUrl" [check = rules::http_url];
        /// Method for `customerHoldMusicUrl` (default `GET`).
        customer_hold_music_method: raw HttpMethod = "customerHoldMusicMethod";
        /// Record the call (default false).
        record: raw bool = "record";
        /// Record each participant's track too (default false).
        record_participant_track: raw bool = "recordParticipantTrack";
        /// Recording format (default mp3).
        record_file_format: raw FileFormat = "recordFileFormat";
        /// URL notified when a recording is ready; `http(s)://`.
        recording_callback_url: into String = "recordingCallbackUrl" [check = rules::http_url];
        /// Method for `recordingCallbackUrl` (default `POST`).
        recording_callback_method: raw HttpMethod = "recordingCallbackMethod";
        /// Which events reach `statusCallbackUrl`: at least one, written comma-separated in
        /// the order given. Takes an array, a `Vec` or a slice of [`MpcEvent`].
        status_callback_events: into Vec<MpcEvent> = "statusCallbackEvents" [check = events];
        /// URL notified of the events; `http(s)://`.
        status_callback_url: into String = "statusCallbackUrl" [check = rules::http_url];
        /// Method for `statusCallbackUrl` (default `POST`).
        status_callback_method: raw HttpMethod = "statusCallbackMethod";
        /// Let a participant stay alone (default false).
        stay_alone: raw bool = "stayAlone";
        /// A supervisor joins in coach mode (default true).
        coach_mode: raw bool = "coachMode";
        /// Join muted (default false).
        mute: raw bool = "mute";
        /// Join on hold (default false).
        hold: raw bool = "hold";
        /// Start the call when this participant joins (default true).
        start_mpc_on_enter: raw bool = "startMpcOnEnter";
        /// End the call when this participant leaves (default false).
        end_mpc_on_exit: raw bool = "endMpcOnExit";
        /// Sound when someone joins (default `beep:1`). Takes a [`MpcSound`] or a string.
        enter_sound: into MpcSound = "enterSound" [check = sound];
        /// Method for an `enterSound` URL (default `GET`).
        enter_sound_method: raw HttpMethod = "enterSoundMethod";
        /// Sound when someone leaves (default `beep:2`). Takes a [`MpcSound`] or a string.
        exit_sound: into MpcSound = "exitSound" [check = sound];
        /// Method for an `exitSound` URL (default `GET`).
        exit_sound_method: raw HttpMethod = "exitSoundMethod";
        /// URL of the XML run when this participant leaves; `http(s)://`.
        on_exit_action_url: into String = "onExitActionUrl" [check = rules::http_url];
        /// Method for `onExitActionUrl` (default `POST`).
        on_exit_action_method: raw HttpMethod = "onExitActionMethod";
        /// Pass key presses to the other participants (default false).
        relay_dtmf_inputs: raw bool = "relayDTMFInputs";
        /// URL of the audio played when recording starts; `http(s)://`.
        start_recording_audio: into String = "startRecordingAudio" [check = rules::http_url];
        /// Method for `startRecordingAudio` (default `GET`).
        start_recording_audio_method: raw HttpMethod = "startRecordingAudioMethod";
        /// URL of the audio played when recording stops; `http(s)://`.
        stop_recording_audio: into String = "stopRecordingAudio" [check = rules::http_url];
        /// Method for `stopRecordingAudio` (default `GET`).
        stop_recording_audio_method: raw HttpMethod = "stopRecordingAudioMethod";
        /// Transcribe the call (default false).
        transcript: raw bool = "transcript";
        /// URL that receives the transcript; `http(s)://`.
        transcription_url: into String = "transcriptionUrl" [check = rules::http_url];
    }
    content { name: String }
}

impl MultiPartyCall {
    /// Joins the multi-party call named `name` (required, not empty) as `role`, with the
    /// Python SDK's defaults.
    pub fn new(name: impl Into<String>, role: MpcRole) -> Self {
        Self::blank(name.into())
            .role(role)
            .max_duration(14400)
            .max_participants(10)
            .record_min_member_count(1)
            .wait_music_method(HttpMethod::Get)
            .agent_hold_music_method(HttpMethod::Get)
            .customer_hold_music_method(HttpMethod::Get)
            .record(false)
            .record_participant_track(false)
            .record_file_format(FileFormat::Mp3)
            .recording_callback_method(HttpMethod::Post)
            .status_callback_events([MpcEvent::MpcStateChanges, MpcEvent::ParticipantStateChanges])
            .status_callback_method(HttpMethod::Post)
            .stay_alone(false)
            .coach_mode(true)
            .mute(false)
            .hold(false)
            .start_mpc_on_enter(true)
            .end_mpc_on_exit(false)
            .enter_sound(MpcSound::Beep1)
            .enter_sound_method(HttpMethod::Get)
            .exit_sound(MpcSound::Beep2)
            .exit_sound_method(HttpMethod::Get)
            .on_exit_action_method(HttpMethod::Post)
            .relay_dtmf_inputs(false)
            .start_recording_audio_method(HttpMethod::Get)
            .stop_recording_audio_method(HttpMethod::Get)
            .transcript(false)
    }
}

impl Sealed for MultiPartyCall {
    fn build(&self) -> Result<Node, Error> {
        build_text(
            "MultiPartyCall",
            "MultiPartyCall.text",
            self.attrs()?,
            &self.name,
            true,
        )
    }
}

element!(MultiPartyCall);
