//! Multi-party calls (`MultiPartyCall/`): a call of up to ten participants, its recordings
//! and its participants' recordings.
//!
//! The life of a call, as the events below keep it:
//!
//! - it is created when a participant is added to a friendly name that no call in progress
//!   carries (`name_…`; a `uuid_…` must name an existing call, 404 otherwise), `Initialized`;
//!   it becomes `Active` (with a `start_time`) when a participant joins with
//!   `start_mpc_on_enter` (Plivo's default) or when it is started;
//! - a participant dialed at `to` joins at once (the sandbox answers every leg; of an agent's
//!   several destinations the first answers, and the answer lists a leg per destination);
//!   one added by `call_uuid` must be a live call (`State::is_live`), not yet in the call;
//!   no more than `max_participants` (given with the first participant, default 10) at once;
//! - a participant is muted, held or coached; kicked, it leaves (404 afterwards); the call
//!   ends when its last participant leaves (`No Active Participants`, 1000) or when one
//!   stays alone in a call that does not allow it (`Stay Alone Not Permitted`, 1010);
//! - stopping it ends it (`Hangup API Triggered`, 3000) and removes every participant;
//! - recordings, of the call or of one participant, go `not-recording` → `recording` ⇄
//!   `paused` → `not-recording`; an action that does not fit the state answers 400;
//! - an ended call is still read and listed (`Ended`, with `end_time`, `duration` and what
//!   was billed), and every action on it answers 400 (`MPC … has ended`); its friendly name
//!   is free for a new call.

use std::time::Instant;

use serde_json::{Value, json};

use crate::sandbox::state::{Reply, State, error, not_found, now};

/// The sandbox's price of a multi-party call minute (a JSON number, as Plivo sends it).
const MINUTE_PRICE: f64 = 0.25;

/// Where a call stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MpcStatus {
    Initialized,
    Active,
    Ended,
}

impl MpcStatus {
    /// As Plivo capitalizes it.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            MpcStatus::Initialized => "Initialized",
            MpcStatus::Active => "Active",
            MpcStatus::Ended => "Ended",
        }
    }
}

/// Where a recording stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Recording {
    Off,
    On,
    Paused,
}

impl Recording {
    fn as_str(self) -> &'static str {
        match self {
            Recording::Off => "not-recording",
            Recording::On => "recording",
            Recording::Paused => "paused",
        }
    }
}

/// What can be done to a recording.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RecordingAction {
    Start,
    Pause,
    Resume,
    Stop,
}

impl RecordingAction {
    /// The next state, or 400 when the action does not fit.
    fn apply(self, now: Recording, what: &str) -> Result<Recording, Reply> {
        let next = match (self, now) {
            (RecordingAction::Start, Recording::Off) => Recording::On,
            (RecordingAction::Pause, Recording::On) => Recording::Paused,
            (RecordingAction::Resume, Recording::Paused) => Recording::On,
            (RecordingAction::Stop, Recording::On | Recording::Paused) => Recording::Off,
            (action, state) => {
                return Err(error(
                    400,
                    &format!(
                        "cannot {} the recording of {what}: it is {}",
                        action.verb(),
                        state.as_str()
                    ),
                ));
            }
        };
        Ok(next)
    }

    fn verb(self) -> &'static str {
        match self {
            RecordingAction::Start => "start",
            RecordingAction::Pause => "pause",
            RecordingAction::Resume => "resume",
            RecordingAction::Stop => "stop",
        }
    }
}

/// A participant in a call.
pub(crate) struct Participant {
    pub member_id: String,
    pub call_uuid: String,
    pub role: String,
    pub coach_mode: Option<bool>,
    pub mute: Option<bool>,
    pub hold: Option<bool>,
    pub start_mpc_on_enter: bool,
    pub end_mpc_on_exit: bool,
    pub join_time: String,
    pub joined: Instant,
    pub recording: Recording,
}

/// A multi-party call.
pub(crate) struct Mpc {
    pub uuid: String,
    pub name: String,
    pub status: MpcStatus,
    pub creation_time: String,
    pub start_time: Option<String>,
    pub started: Option<Instant>,
    pub end_time: Option<String>,
    /// Seconds it lasted, once ended.
    pub duration: Option<u64>,
    pub stay_alone: bool,
    pub max_participants: u64,
    pub recording: Recording,
    pub termination: Option<(&'static str, u64)>,
    pub participants: Vec<Participant>,
}

/// A participant to add (the checked request fields).
pub(crate) struct NewParticipant {
    pub role: String,
    /// `from` and the destinations, or none for a `call_uuid`.
    pub dial: Option<(String, Vec<String>)>,
    pub call_uuid: Option<String>,
    pub coach_mode: Option<bool>,
    pub mute: Option<bool>,
    pub hold: Option<bool>,
    pub start_mpc_on_enter: bool,
    pub end_mpc_on_exit: bool,
    pub record: bool,
    /// For a new call: whether it may hold one participant alone, and its capacity.
    pub stay_alone: bool,
    pub max_participants: u64,
}

/// A participant's state changes (`None`: unchanged).
#[derive(Clone, Copy)]
pub(crate) struct ParticipantChange {
    pub coach_mode: Option<bool>,
    pub mute: Option<bool>,
    pub hold: Option<bool>,
}

impl Mpc {
    /// The call as `GET MultiPartyCall/{mpc_id}/` shows it, below `base`.
    pub(crate) fn view(&self, base: &str) -> Value {
        let uri = format!("{base}MultiPartyCall/uuid_{}/", self.uuid);
        let billed = self.duration.map(|d| d.div_ceil(60).max(1) * 60);
        json!({
            "billed_amount": billed.map(|b| (b / 60) as f64 * MINUTE_PRICE),
            "billed_duration": billed,
            "creation_time": self.creation_time,
            "duration": self.duration,
            "end_time": self.end_time,
            "friendly_name": self.name,
            "mpc_uuid": self.uuid,
            "participants": format!("{uri}Participant/"),
            "recording": self.recording.as_str(),
            "resource_uri": uri,
            "start_time": self.start_time,
            "status": self.status.as_str(),
            "stay_alone": self.stay_alone,
            "sub_account": null,
            "termination_cause": self.termination.map(|t| t.0),
            "termination_cause_code": self.termination.map(|t| t.1),
        })
    }

    fn participant_at(&self, member_id: &str) -> Result<usize, Reply> {
        self.participants
            .iter()
            .position(|p| p.member_id == member_id)
            .ok_or_else(not_found)
    }

    /// The call's name in Plivo's messages (`MPC: {name} …`).
    fn said(&self, what: &str) -> String {
        format!("MPC: {} {what}", self.name)
    }
}

impl Participant {
    /// The participant as `GET …/Participant/{member_id}/` shows it.
    pub(crate) fn view(&self, mpc: &Mpc, base: &str) -> Value {
        json!({
            "billed_amount": null,
            "billed_duration": null,
            "call_uuid": self.call_uuid,
            "coach_mode": self.coach_mode,
            "duration": self.joined.elapsed().as_secs(),
            "end_mpc_on_exit": self.end_mpc_on_exit,
            "exit_cause": null,
            "exit_time": null,
            "hold": self.hold,
            "join_time": self.join_time,
            "member_id": self.member_id,
            "mpc_uuid": mpc.uuid,
            "mute": self.mute,
            "resource_uri": format!(
                "{base}MultiPartyCall/uuid_{}/Participant/{}/",
                mpc.uuid, self.member_id
            ),
            "role": self.role,
            "start_mpc_on_enter": self.start_mpc_on_enter,
        })
    }
}

impl State {
    /// The index of the call a path segment names: `uuid_…` any call with that uuid,
    /// `name_…` the call in progress with that name, else the newest ended one. 404 when
    /// none (and for a segment with neither prefix).
    fn mpc_at(&self, id: &str) -> Result<usize, Reply> {
        if let Some(uuid) = id.strip_prefix("uuid_") {
            return self
                .mpcs
                .iter()
                .position(|m| m.uuid == uuid)
                .ok_or_else(not_found);
        }
        let name = id.strip_prefix("name_").ok_or_else(not_found)?;
        let named = |m: &&Mpc| m.name == name;
        self.mpcs
            .iter()
            .position(|m| m.name == name && m.status != MpcStatus::Ended)
            .or_else(|| {
                // Newest first: the first ended one is the latest.
                self.mpcs.iter().position(|m| named(&m))
            })
            .ok_or_else(not_found)
    }

    /// The call a path segment names (see `mpc_at`).
    pub(crate) fn mpc(&self, id: &str) -> Result<&Mpc, Reply> {
        self.mpc_at(id).map(|at| &self.mpcs[at])
    }

    /// The call a path segment names, which must not have ended (400 if it has).
    fn live_mpc(&mut self, id: &str) -> Result<&mut Mpc, Reply> {
        let at = self.mpc_at(id)?;
        let mpc = &mut self.mpcs[at];
        if mpc.status == MpcStatus::Ended {
            return Err(error(
                400,
                &format!("MPC {} has ended; no further actions", mpc.name),
            ));
        }
        Ok(mpc)
    }

    /// A participant was added to the call `id` (created when `id` is a name no call in
    /// progress carries). Answers `{message, request_uuid, calls}`.
    pub(crate) fn mpc_participant_added(
        &mut self,
        id: &str,
        new: NewParticipant,
    ) -> Result<Value, Reply> {
        if let Some(call) = &new.call_uuid {
            if !self.is_live(call) {
                return Err(error(400, "call_uuid is not a call in progress"));
            }
        }
        let in_progress = self
            .mpc_at(id)
            .ok()
            .filter(|&at| self.mpcs[at].status != MpcStatus::Ended);
        let at = match in_progress {
            Some(at) => at,
            // A name with no call in progress: a new call.
            None if id.starts_with("name_") => {
                let name = id.strip_prefix("name_").unwrap_or(id).to_owned();
                let mpc = Mpc {
                    uuid: self.rng.uuid(),
                    name,
                    status: MpcStatus::Initialized,
                    creation_time: now(),
                    start_time: None,
                    started: None,
                    end_time: None,
                    duration: None,
                    stay_alone: new.stay_alone,
                    max_participants: new.max_participants,
                    recording: Recording::Off,
                    termination: None,
                    participants: Vec::new(),
                };
                self.mpcs.insert(0, mpc);
                0
            }
            // A uuid: 404 when unknown, 400 when ended.
            None => {
                self.live_mpc(id)?;
                return Err(not_found());
            }
        };
        let request_uuid = self.rng.uuid();
        let (call_uuid, calls) = match &new.dial {
            Some((from, to)) => {
                let calls: Vec<Value> = to
                    .iter()
                    .map(|to| json!({"to": to, "from": from, "call_uuid": self.rng.uuid()}))
                    .collect();
                let first = calls
                    .first()
                    .and_then(|c| c["call_uuid"].as_str())
                    .unwrap_or_default()
                    .to_owned();
                (first, calls)
            }
            None => {
                let call = new.call_uuid.clone().unwrap_or_default();
                (call.clone(), vec![json!({"call_uuid": call})])
            }
        };
        let member_id = self.next_member_id.to_string();
        let mpc = &mut self.mpcs[at];
        if mpc.participants.iter().any(|p| p.call_uuid == call_uuid) {
            return Err(error(400, "call_uuid is already a participant of this MPC"));
        }
        if mpc.participants.len() as u64 >= mpc.max_participants {
            return Err(error(
                400,
                &format!(
                    "MPC {} is full: max_participants is {}",
                    mpc.name, mpc.max_participants
                ),
            ));
        }
        let coach_mode = new
            .coach_mode
            .or((new.role == "supervisor").then_some(true));
        mpc.participants.push(Participant {
            member_id,
            call_uuid,
            role: new.role,
            coach_mode,
            mute: new.mute,
            hold: new.hold,
            start_mpc_on_enter: new.start_mpc_on_enter,
            end_mpc_on_exit: new.end_mpc_on_exit,
            join_time: now(),
            joined: Instant::now(),
            recording: Recording::Off,
        });
        if new.start_mpc_on_enter && mpc.status == MpcStatus::Initialized {
            mpc.status = MpcStatus::Active;
            mpc.start_time = Some(now());
            mpc.started = Some(Instant::now());
        }
        if new.record && mpc.recording == Recording::Off {
            mpc.recording = Recording::On;
        }
        self.next_member_id += 1;
        Ok(json!({
            "message": "add participant action initiated",
            "request_uuid": request_uuid,
            "calls": calls,
        }))
    }

    /// The call `id` was started (`status=active`): `Initialized` becomes `Active`; an
    /// active call stays as it is.
    pub(crate) fn mpc_started(&mut self, id: &str) -> Result<Value, Reply> {
        let mpc = self.live_mpc(id)?;
        if mpc.status == MpcStatus::Initialized {
            mpc.status = MpcStatus::Active;
            mpc.start_time = Some(now());
            mpc.started = Some(Instant::now());
        }
        Ok(json!({"message": mpc.said("started")}))
    }

    /// The call `id` was stopped: it ends (`Hangup API Triggered`) and every participant
    /// leaves.
    pub(crate) fn mpc_stopped(&mut self, id: &str) -> Result<(), Reply> {
        let at = self.mpc_at(id)?;
        self.live_mpc(id)?;
        self.mpc_ended(at, "Hangup API Triggered", 3000);
        Ok(())
    }

    /// The call at `at` ended: its participants leave, its recording stops, its duration and
    /// billing are set.
    fn mpc_ended(&mut self, at: usize, cause: &'static str, code: u64) {
        let mpc = &mut self.mpcs[at];
        mpc.status = MpcStatus::Ended;
        mpc.end_time = Some(now());
        mpc.duration = Some(mpc.started.map_or(0, |s| s.elapsed().as_secs()));
        mpc.recording = Recording::Off;
        mpc.termination = Some((cause, code));
        mpc.participants.clear();
    }

    /// The participant `member_id` was kicked from the call `id`: it leaves, and the call
    /// ends if nobody is left, or one participant is left alone without `stay_alone`.
    pub(crate) fn mpc_participant_kicked(
        &mut self,
        id: &str,
        member_id: &str,
    ) -> Result<(), Reply> {
        let at = self.mpc_at(id)?;
        let mpc = self.live_mpc(id)?;
        let p = mpc.participant_at(member_id)?;
        self.mpc_participant_left(at, p);
        Ok(())
    }

    /// Participant `p` of the call at `at` left: the call ends if nobody is left, or one
    /// participant is left alone without `stay_alone`.
    fn mpc_participant_left(&mut self, at: usize, p: usize) {
        let mpc = &mut self.mpcs[at];
        mpc.participants.remove(p);
        match (mpc.participants.len(), mpc.stay_alone) {
            (0, _) => self.mpc_ended(at, "No Active Participants", 1000),
            (1, false) => self.mpc_ended(at, "Stay Alone Not Permitted", 1010),
            _ => {}
        }
    }

    /// Event: the live call `call_uuid` ended. A participant on it (one moved in with
    /// `call_uuid`) leaves its multi-party call, as if kicked.
    pub(crate) fn mpc_call_ended(&mut self, call_uuid: &str) {
        let found = self.mpcs.iter().enumerate().find_map(|(at, mpc)| {
            let live = mpc.status != MpcStatus::Ended;
            let p = mpc
                .participants
                .iter()
                .position(|p| p.call_uuid == call_uuid)?;
            live.then_some((at, p))
        });
        if let Some((at, p)) = found {
            self.mpc_participant_left(at, p);
        }
    }

    /// Participants of the call `id` were muted, held or coached: `member_id` or `all`
    /// (coach mode not for `all`). Answers Plivo's message object, one entry per change.
    pub(crate) fn mpc_participant_updated(
        &mut self,
        id: &str,
        member_id: &str,
        change: ParticipantChange,
    ) -> Result<Value, Reply> {
        let all = member_id.eq_ignore_ascii_case("all");
        if all && change.coach_mode.is_some() {
            return Err(error(400, "coach_mode cannot be set for all participants"));
        }
        let mpc = self.live_mpc(id)?;
        let targets: Vec<usize> = if all {
            (0..mpc.participants.len()).collect()
        } else {
            vec![mpc.participant_at(member_id)?]
        };
        for &i in &targets {
            let p = &mut mpc.participants[i];
            p.coach_mode = change.coach_mode.or(p.coach_mode);
            p.mute = change.mute.or(p.mute);
            p.hold = change.hold.or(p.hold);
        }
        let mut message = serde_json::Map::new();
        for (key, set, what) in [
            ("coach_mode", change.coach_mode, "coach_mode enable/disable"),
            ("mute", change.mute, "mute/unmute member(s)"),
            ("hold", change.hold, "hold/unhold member(s)"),
        ] {
            if set.is_some() {
                message.insert(key.into(), mpc.said(&format!("{what} succeeded")).into());
            }
        }
        Ok(Value::Object(message))
    }

    /// The call's own recording changed. Answers Plivo's message.
    pub(crate) fn mpc_recording(
        &mut self,
        id: &str,
        action: RecordingAction,
    ) -> Result<String, Reply> {
        let mpc = self.live_mpc(id)?;
        let what = format!("MPC {}", mpc.name);
        mpc.recording = action.apply(mpc.recording, &what)?;
        Ok(mpc.said(&format!("record {}", action.verb())))
    }

    /// A participant's recording changed. Answers Plivo's message.
    pub(crate) fn mpc_participant_recording(
        &mut self,
        id: &str,
        member_id: &str,
        action: RecordingAction,
    ) -> Result<String, Reply> {
        let mpc = self.live_mpc(id)?;
        let p = mpc.participant_at(member_id)?;
        let what = format!("participant {member_id}");
        let next = action.apply(mpc.participants[p].recording, &what)?;
        mpc.participants[p].recording = next;
        Ok(mpc.said(&format!("record {}", action.verb())))
    }

    /// Audio (play or speak) queued for `member_id` (or `all`) of the call `id`: the member
    /// ids it reaches and the call's name.
    pub(crate) fn mpc_audio_queued(
        &mut self,
        id: &str,
        member_id: &str,
    ) -> Result<(Vec<String>, String), Reply> {
        let mpc = self.live_mpc(id)?;
        let ids = if member_id.eq_ignore_ascii_case("all") {
            mpc.participants
                .iter()
                .map(|p| p.member_id.clone())
                .collect()
        } else {
            vec![
                mpc.participants[mpc.participant_at(member_id)?]
                    .member_id
                    .clone(),
            ]
        };
        Ok((ids, mpc.name.clone()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state() -> State {
        State::new(11, "MAMODEL0000000000000".into(), None)
    }

    fn dial(role: &str, to: &str) -> NewParticipant {
        NewParticipant {
            role: role.into(),
            dial: Some(("14155550100".into(), vec![to.into()])),
            call_uuid: None,
            coach_mode: None,
            mute: None,
            hold: None,
            start_mpc_on_enter: true,
            end_mpc_on_exit: false,
            record: false,
            stay_alone: false,
            max_participants: 10,
        }
    }

    fn member(state: &State, id: &str, at: usize) -> String {
        state.mpc(id).expect("mpc").participants[at]
            .member_id
            .clone()
    }

    #[test]
    fn a_call_is_made_by_its_first_participant_and_ends_when_left_alone() {
        let mut s = state();
        assert_eq!(s.mpc("name_desk").err().map(|r| r.status), Some(404));
        s.mpc_participant_added("name_desk", dial("agent", "1"))
            .expect("added");
        let mpc = s.mpc("name_desk").expect("made");
        assert_eq!(mpc.status, MpcStatus::Active);
        let uuid = format!("uuid_{}", mpc.uuid);
        s.mpc_participant_added(&uuid, dial("customer", "2"))
            .expect("added");
        let first = member(&s, &uuid, 0);
        s.mpc_participant_kicked(&uuid, &first).expect("kicked");
        let mpc = s.mpc(&uuid).expect("kept");
        assert_eq!(mpc.status, MpcStatus::Ended);
        assert_eq!(mpc.termination, Some(("Stay Alone Not Permitted", 1010)));
        assert!(mpc.participants.is_empty());
        // Ended: actions answer 400; the name is free for a new call.
        let refused = s.mpc_participant_added(&uuid, dial("agent", "3"));
        assert_eq!(refused.err().map(|r| r.status), Some(400));
        assert_eq!(s.mpc_started(&uuid).err().map(|r| r.status), Some(400));
        s.mpc_participant_added("name_desk", dial("agent", "4"))
            .expect("a new call");
        assert_eq!(s.mpcs.len(), 2);
        assert_ne!(
            format!("uuid_{}", s.mpc("name_desk").expect("new").uuid),
            uuid
        );
        // Unknown uuids are 404, and nothing is made for them.
        let unknown = s.mpc_participant_added("uuid_nope", dial("agent", "5"));
        assert_eq!(unknown.err().map(|r| r.status), Some(404));
        assert_eq!(s.mpcs.len(), 2);
    }

    #[test]
    fn recordings_follow_their_states() {
        let mut s = state();
        s.mpc_participant_added("name_r", dial("agent", "1"))
            .expect("added");
        use RecordingAction::*;
        assert_eq!(
            s.mpc_recording("name_r", Pause).err().map(|r| r.status),
            Some(400)
        );
        for action in [Start, Pause, Resume, Pause, Stop] {
            s.mpc_recording("name_r", action).expect("fits");
        }
        assert_eq!(
            s.mpc_recording("name_r", Stop).err().map(|r| r.status),
            Some(400)
        );
        let m = member(&s, "name_r", 0);
        s.mpc_participant_recording("name_r", &m, Start)
            .expect("starts");
        assert_eq!(
            s.mpc_participant_recording("name_r", &m, Start)
                .err()
                .map(|r| r.status),
            Some(400)
        );
        s.mpc_stopped("name_r").expect("stopped");
        let mpc = s.mpc("name_r").expect("kept");
        assert_eq!(mpc.termination, Some(("Hangup API Triggered", 3000)));
        assert_eq!(mpc.recording, Recording::Off);
    }

    #[test]
    fn capacity_and_updates() {
        let mut s = state();
        let mut first = dial("agent", "1");
        first.max_participants = 2;
        first.start_mpc_on_enter = false;
        s.mpc_participant_added("name_c", first).expect("added");
        assert_eq!(
            s.mpc("name_c").expect("made").status,
            MpcStatus::Initialized
        );
        s.mpc_participant_added("name_c", dial("supervisor", "2"))
            .expect("added");
        let full = s.mpc_participant_added("name_c", dial("customer", "3"));
        assert_eq!(full.err().map(|r| r.status), Some(400));
        let mpc = s.mpc("name_c").expect("made");
        assert_eq!(
            mpc.participants[1].coach_mode,
            Some(true),
            "a supervisor coaches"
        );
        let change = ParticipantChange {
            coach_mode: None,
            mute: Some(true),
            hold: None,
        };
        let message = s
            .mpc_participant_updated("name_c", "all", change)
            .expect("muted");
        assert!(message["mute"].is_string() && message.get("hold").is_none());
        assert!(
            s.mpc("name_c")
                .expect("made")
                .participants
                .iter()
                .all(|p| p.mute == Some(true))
        );
        let coach_all = ParticipantChange {
            coach_mode: Some(false),
            mute: None,
            hold: None,
        };
        assert_eq!(
            s.mpc_participant_updated("name_c", "all", coach_all)
                .err()
                .map(|r| r.status),
            Some(400)
        );
        assert_eq!(
            s.mpc_participant_updated("name_c", "999", change)
                .err()
                .map(|r| r.status),
            Some(404)
        );
    }
}
