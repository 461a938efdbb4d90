//! Live calls, conferences and recordings, which hang off one another: a call ending leaves
//! its conference, finishes its recording and stops its audio streams (`model::stream`); a
//! conference's last member leaving ends it and finishes its recording; hanging up a
//! conference ends its members' calls.
//!
//! Each event below is a function on [`State`]. They call one another (a call ending is a
//! member leaving is a recording finishing), so each rule is written once.

use serde_json::{Value, json};

use crate::sandbox::state::{Conference, LiveCall, State, find, millis, now, precise_now};

/// Per-minute rate of a sandbox call, in units of 0.00001.
const RATE: u64 = 1_200;

/// A member's conference run time at join, kept in the member object and never shown.
pub(crate) const JOINED_AT: &str = "sandbox_joined_at";

/// What a recording is of.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Recorded<'a> {
    /// The live call with this uuid.
    Call(&'a str),
    /// The conference in progress with this name.
    Conference(&'a str),
}

/// Milliseconds printed as Plivo prints them: `"1407235163907.00000"`.
fn ms_text(ms: u64) -> String {
    format!("{ms}.00000")
}

impl State {
    /// The live call with this uuid.
    pub fn live_call(&mut self, call_uuid: &str) -> Option<&mut LiveCall> {
        self.live_calls
            .iter_mut()
            .find(|c| c.view["call_uuid"].as_str() == Some(call_uuid))
    }

    /// The conference in progress with this name.
    pub fn conference(&mut self, name: &str) -> Option<&mut Conference> {
        self.conferences.iter_mut().find(|c| c.name == name)
    }

    /// A call ended (hung up on its own, with its request, as a conference member, or with
    /// its conference). It leaves `live_calls`; its running recording finishes
    /// ([`State::recording_finished`]); it leaves its conference ([`State::member_left`]),
    /// which ends if the call was its last member; its audio streams stop
    /// ([`State::streams_stopped`]); it leaves the multi-party call it was moved into
    /// ([`State::mpc_call_ended`]); its call detail record is filed at the front of `cdrs`.
    /// `false` (and nothing changes) if no such call is live.
    pub fn call_ended(&mut self, call_uuid: &str) -> bool {
        let Some(at) = self
            .live_calls
            .iter()
            .position(|c| c.view["call_uuid"].as_str() == Some(call_uuid))
        else {
            return false;
        };
        let call = self.live_calls.remove(at);
        self.streams_stopped(call_uuid);
        self.mpc_call_ended(call_uuid);
        if let Some(id) = &call.recording {
            self.recording_finished(id);
        }
        if let Some(name) = &call.conference {
            self.member_left(name, call_uuid);
        }
        let duration = call.answered_at.elapsed().as_secs();
        let billed = duration.div_ceil(60) * 60;
        let amount = billed / 60 * RATE;
        let start = call.view["session_start"].as_str().unwrap_or_default();
        let start = format!("{}+00:00", start.get(..19).unwrap_or(start));
        let cdr = json!({
            "answer_time": start,
            "bill_duration": duration,
            "billed_duration": billed,
            "call_direction": call.view["direction"],
            "call_duration": duration,
            "call_uuid": call_uuid,
            "end_time": now(),
            "from_number": call.view["from"],
            "hangup_cause_code": 4000,
            "hangup_cause_name": "Normal Hangup",
            "hangup_source": "API Request",
            "initiation_time": start,
            "parent_call_uuid": null,
            "resource_uri": format!("{}Call/{call_uuid}/", self.base()),
            "to_number": call.view["to"],
            "total_amount": format!("{}.{:05}", amount / 100_000, amount % 100_000),
            "total_rate": format!("{}.{:05}", RATE / 100_000, RATE % 100_000),
        });
        self.cdrs.insert(0, cdr);
        true
    }

    /// A live call joined the conference `name` (as `<Conference>` XML would make it).
    /// The conference is created on first use; the call becomes a member with the next
    /// member id (`next_member_id` moves on) and the call remembers its conference. A call
    /// in another conference leaves that one first ([`State::member_left`]); a call already
    /// in this one changes nothing and keeps its member id. Returns the member id, or `None`
    /// (and nothing changes) if the call is not live.
    pub fn member_joined(&mut self, call_uuid: &str, name: &str) -> Option<String> {
        let call = self.live_call(call_uuid)?;
        let view = call.view.clone();
        match call.conference.clone() {
            Some(current) if current == name => {
                let conf = self.conference(name)?;
                let member = conf
                    .members
                    .iter()
                    .find(|m| m["call_uuid"].as_str() == Some(call_uuid))?;
                return member["member_id"].as_str().map(str::to_owned);
            }
            Some(other) => self.member_left(&other, call_uuid),
            None => {}
        }
        let member_id = self.next_member_id.to_string();
        self.next_member_id += 1;
        let at = match self.conferences.iter().position(|c| c.name == name) {
            Some(at) => at,
            None => {
                self.conferences.push(Conference {
                    name: name.to_owned(),
                    started: std::time::Instant::now(),
                    members: Vec::new(),
                    recording: None,
                });
                self.conferences.len() - 1
            }
        };
        let conf = self.conferences.get_mut(at)?;
        conf.members.push(json!({
            "muted": false,
            "member_id": member_id,
            "deaf": false,
            "from": view["from"],
            "to": view["to"],
            "caller_name": view["caller_name"],
            "direction": view["direction"],
            "call_uuid": call_uuid,
            "join_time": "0",
            JOINED_AT: conf.started.elapsed().as_secs(),
        }));
        if let Some(call) = self.live_call(call_uuid) {
            call.conference = Some(name.to_owned());
        }
        Some(member_id)
    }

    /// A call left the conference `name` (kicked, or its call ended): it is no longer a
    /// member and, if still live, no longer in a conference. A conference left without
    /// members ends: it leaves `conferences` and its running recording finishes
    /// ([`State::recording_finished`]). Nothing happens for an unknown conference.
    pub fn member_left(&mut self, name: &str, call_uuid: &str) {
        if let Some(call) = self.live_call(call_uuid) {
            if call.conference.as_deref() == Some(name) {
                call.conference = None;
            }
        }
        let Some(at) = self.conferences.iter().position(|c| c.name == name) else {
            return;
        };
        if let Some(conf) = self.conferences.get_mut(at) {
            conf.members
                .retain(|m| m["call_uuid"].as_str() != Some(call_uuid));
            if !conf.members.is_empty() {
                return;
            }
        }
        let conf = self.conferences.remove(at);
        if let Some(id) = conf.recording {
            self.recording_finished(&id);
        }
    }

    /// A conference member was hung up: its call ends ([`State::call_ended`]), which takes
    /// it out of the conference; a member whose call is somehow not live just leaves
    /// ([`State::member_left`]).
    pub fn member_hung_up(&mut self, name: &str, call_uuid: &str) {
        if !self.call_ended(call_uuid) {
            self.member_left(name, call_uuid);
        }
    }

    /// A conference was hung up: every member is hung up ([`State::member_hung_up`]), and
    /// the conference ends with its last member. Nothing happens for an unknown conference.
    pub fn conference_hung_up(&mut self, name: &str) {
        let calls: Vec<String> = self
            .conferences
            .iter()
            .filter(|c| c.name == name)
            .flat_map(|c| c.members.iter())
            .filter_map(|m| m["call_uuid"].as_str().map(str::to_owned))
            .collect();
        for uuid in calls {
            self.member_hung_up(name, &uuid);
        }
    }

    /// A recording started on a live call or a conference in progress, in `format` (`mp3`
    /// or `wav`). A recording already running on it finishes first
    /// ([`State::recording_finished`]). The new one is filed at the front of `recordings`
    /// at once (from and to are the call's, or the first member's for a conference) and the
    /// call or conference remembers it. Returns its id and URL, or `None` (and nothing
    /// changes) if there is no such live call or conference.
    pub fn recording_started(
        &mut self,
        of: Recorded<'_>,
        format: &str,
    ) -> Option<(String, String)> {
        let (kind, conference_name, subject, previous) = match of {
            Recorded::Call(uuid) => {
                let call = self.live_call(uuid)?;
                ("call", "", call.view.clone(), call.recording.clone())
            }
            Recorded::Conference(name) => {
                let conf = self.conference(name)?;
                let first = conf.members.first().cloned().unwrap_or(Value::Null);
                ("conference", name, first, conf.recording.clone())
            }
        };
        if let Some(id) = previous {
            self.recording_finished(&id);
        }
        let id = self.rng.uuid();
        let base = self.base();
        let url = format!("https://media.plivo.com{base}Recording/{id}.{format}");
        let start_ms = millis();
        let text = |field: &str| subject[field].as_str().unwrap_or_default().to_owned();
        self.recordings.insert(
            0,
            json!({
                "add_time": format!("{}+00:00", precise_now()),
                "call_uuid": text("call_uuid"),
                "conference_name": conference_name,
                "from_number": text("from"),
                "monthly_recording_storage_amount": 0.0,
                "recording_duration_ms": ms_text(0),
                "recording_end_ms": ms_text(start_ms),
                "recording_format": format,
                "recording_id": id,
                "recording_start_ms": ms_text(start_ms),
                "recording_storage_duration": 0,
                "recording_storage_rate": 0.0004,
                "recording_type": kind,
                "recording_url": url,
                "resource_uri": format!("{base}Recording/{id}/"),
                "rounded_recording_duration": 0,
                "to_number": text("to"),
            }),
        );
        let holder = match of {
            Recorded::Call(uuid) => self.live_call(uuid).map(|c| &mut c.recording),
            Recorded::Conference(name) => self.conference(name).map(|c| &mut c.recording),
        };
        if let Some(holder) = holder {
            *holder = Some(id.clone());
        }
        Some((id, url))
    }

    /// A recording finished (stopped, replaced, or its call or conference ended): no call
    /// or conference holds it any more, and, if it is still listed, its end time, duration
    /// and rounded (per minute) duration are fixed.
    pub fn recording_finished(&mut self, recording_id: &str) {
        self.unlink_recording(recording_id);
        let Ok(rec) = find(&mut self.recordings, "recording_id", recording_id) else {
            return;
        };
        let start_ms = rec["recording_start_ms"]
            .as_str()
            .and_then(|s| s.split('.').next())
            .and_then(|s| s.parse::<u64>().ok())
            .unwrap_or(0);
        let end_ms = millis().max(start_ms);
        let duration_ms = end_ms - start_ms;
        rec["recording_end_ms"] = Value::String(ms_text(end_ms));
        rec["recording_duration_ms"] = Value::String(ms_text(duration_ms));
        rec["rounded_recording_duration"] = json!(duration_ms.div_ceil(60_000) * 60);
    }

    /// A recording was deleted (taken out of `recordings` by its handler): a call or
    /// conference still recording into it stops, so that a later stop or new recording
    /// does not touch it.
    /// Its transcriptions go with it (`transcriptions_dropped`).
    pub fn recording_deleted(&mut self, recording_id: &str) {
        self.unlink_recording(recording_id);
        self.transcriptions_dropped(recording_id);
    }

    /// No live call or conference holds this recording any more.
    fn unlink_recording(&mut self, recording_id: &str) {
        let holders = self
            .live_calls
            .iter_mut()
            .map(|c| &mut c.recording)
            .chain(self.conferences.iter_mut().map(|c| &mut c.recording));
        for holder in holders {
            if holder.as_deref() == Some(recording_id) {
                *holder = None;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A state with `n` live calls, and their uuids.
    fn with_calls(n: usize) -> (State, Vec<String>) {
        let mut state = State::new(1, "MAMODEL0000000000000".into(), None);
        let mut uuids = Vec::new();
        for i in 0..n {
            let uuid = state.rng.uuid();
            state.live_calls.push(LiveCall {
                view: json!({
                    "call_uuid": uuid,
                    "caller_name": "",
                    "direction": "outbound",
                    "from": "14155550100",
                    "session_start": precise_now(),
                    "to": format!("1415555011{i}"),
                }),
                request_uuid: uuid.clone(),
                answered_at: std::time::Instant::now(),
                conference: None,
                recording: None,
            });
            uuids.push(uuid);
        }
        (state, uuids)
    }

    fn recording(state: &State, id: &str) -> Value {
        let found = state.recordings.iter().find(|r| r["recording_id"] == id);
        found.cloned().unwrap_or(Value::Null)
    }

    /// Starts a recording and moves its start 90 s back, so that finishing it shows.
    fn started(state: &mut State, of: Recorded<'_>) -> String {
        let (id, _) = state
            .recording_started(of, "mp3")
            .expect("something to record");
        let back = ms_text(millis() - 90_000);
        if let Some(rec) = state
            .recordings
            .iter_mut()
            .find(|r| r["recording_id"] == id)
        {
            rec["recording_start_ms"] = Value::String(back.clone());
            rec["recording_end_ms"] = Value::String(back);
        }
        id
    }

    fn finished(state: &State, id: &str) -> bool {
        let rec = recording(state, id);
        let ms = rec["recording_duration_ms"].as_str().unwrap_or("0.00000");
        ms.trim_end_matches(".00000").parse::<u64>().unwrap_or(0) >= 90_000
            && rec["rounded_recording_duration"].as_u64() >= Some(120)
    }

    fn members(state: &State, name: &str) -> Vec<String> {
        let conf = state.conferences.iter().find(|c| c.name == name);
        conf.map(|c| c.members.iter())
            .into_iter()
            .flatten()
            .filter_map(|m| m["call_uuid"].as_str().map(str::to_owned))
            .collect()
    }

    #[test]
    fn call_ended_files_a_cdr_leaves_its_conference_and_finishes_its_recording() {
        let (mut state, calls) = with_calls(2);
        state.member_joined(&calls[0], "room");
        state.member_joined(&calls[1], "room");
        let rec = started(&mut state, Recorded::Call(&calls[0]));

        assert!(state.call_ended(&calls[0]));
        assert!(state.live_call(&calls[0]).is_none());
        assert_eq!(state.cdrs.len(), 1);
        assert_eq!(state.cdrs[0]["call_uuid"], calls[0].as_str());
        assert_eq!(state.cdrs[0]["to_number"], "14155550110");
        assert!(finished(&state, &rec));
        assert_eq!(members(&state, "room"), [calls[1].clone()]);

        assert!(!state.call_ended(&calls[0]), "not live any more");
        assert_eq!(state.cdrs.len(), 1);
    }

    #[test]
    fn member_joined_creates_the_conference_moves_calls_and_keeps_member_ids() {
        let (mut state, calls) = with_calls(2);
        assert_eq!(state.member_joined("no-such-call", "a"), None);
        assert!(state.conferences.is_empty());

        assert_eq!(state.member_joined(&calls[0], "a").as_deref(), Some("10"));
        assert_eq!(state.member_joined(&calls[1], "a").as_deref(), Some("11"));
        assert_eq!(state.member_joined(&calls[0], "a").as_deref(), Some("10"));
        assert_eq!(state.next_member_id, 12, "joining again takes no new id");

        // Moving to another conference leaves the first.
        assert_eq!(state.member_joined(&calls[0], "b").as_deref(), Some("12"));
        assert_eq!(members(&state, "a"), [calls[1].clone()]);
        assert_eq!(members(&state, "b"), [calls[0].clone()]);
        let conference_of = |state: &mut State, uuid| {
            state
                .live_call(uuid)
                .and_then(|c| c.conference.clone())
                .unwrap_or_default()
        };
        assert_eq!(conference_of(&mut state, &calls[0]), "b");
        assert_eq!(conference_of(&mut state, &calls[1]), "a");
    }

    #[test]
    fn member_left_keeps_the_call_and_ends_an_emptied_conference_with_its_recording() {
        let (mut state, calls) = with_calls(2);
        state.member_joined(&calls[0], "room");
        state.member_joined(&calls[1], "room");
        let rec = started(&mut state, Recorded::Conference("room"));

        state.member_left("room", &calls[0]);
        assert_eq!(members(&state, "room"), [calls[1].clone()]);
        assert!(
            state
                .live_call(&calls[0])
                .is_some_and(|c| c.conference.is_none())
        );
        assert!(!finished(&state, &rec));

        state.member_left("room", &calls[1]);
        assert!(state.conferences.is_empty());
        assert!(finished(&state, &rec));
        assert_eq!(state.live_calls.len(), 2, "kicked calls stay live");
        assert!(state.cdrs.is_empty());

        state.member_left("no-such-room", &calls[0]);
    }

    #[test]
    fn member_hung_up_and_conference_hung_up_end_the_calls() {
        let (mut state, calls) = with_calls(3);
        for call in &calls {
            state.member_joined(call, "room");
        }
        state.member_hung_up("room", &calls[0]);
        assert_eq!(members(&state, "room"), calls[1..].to_vec());
        assert_eq!(state.live_calls.len(), 2);

        state.conference_hung_up("room");
        assert!(state.conferences.is_empty());
        assert!(state.live_calls.is_empty());
        assert_eq!(state.cdrs.len(), 3);
    }

    #[test]
    fn recording_started_finishes_the_one_running_and_links_the_new_one() {
        let (mut state, calls) = with_calls(1);
        assert_eq!(state.recording_started(Recorded::Call("nope"), "mp3"), None);
        assert_eq!(
            state.recording_started(Recorded::Conference("nope"), "mp3"),
            None
        );
        assert!(state.recordings.is_empty());

        let first = started(&mut state, Recorded::Call(&calls[0]));
        let (second, url) = state
            .recording_started(Recorded::Call(&calls[0]), "wav")
            .expect("live call");
        assert!(url.ends_with(&format!("Recording/{second}.wav")));
        assert!(finished(&state, &first));
        assert_eq!(state.recordings[0]["recording_id"], second.as_str());
        assert_eq!(state.recordings[0]["recording_type"], "call");
        assert_eq!(state.recordings[0]["from_number"], "14155550100");
        assert_eq!(
            state.live_call(&calls[0]).and_then(|c| c.recording.clone()),
            Some(second)
        );

        state.member_joined(&calls[0], "room");
        let (id, _) = state
            .recording_started(Recorded::Conference("room"), "mp3")
            .expect("conference");
        let rec = recording(&state, &id);
        assert_eq!(rec["recording_type"], "conference");
        assert_eq!(rec["conference_name"], "room");
        assert_eq!(rec["call_uuid"], calls[0].as_str(), "its first member's");
        assert_eq!(
            state.conference("room").and_then(|c| c.recording.clone()),
            Some(id)
        );
    }

    #[test]
    fn recording_finished_unlinks_it_and_fixes_its_end() {
        let (mut state, calls) = with_calls(1);
        let id = started(&mut state, Recorded::Call(&calls[0]));
        state.recording_finished(&id);
        assert!(finished(&state, &id));
        assert!(
            state
                .live_call(&calls[0])
                .is_some_and(|c| c.recording.is_none())
        );
        state.recording_finished("no-such-recording");
    }

    #[test]
    fn recording_deleted_stops_the_call_or_conference_recording_into_it() {
        let (mut state, calls) = with_calls(1);
        state.member_joined(&calls[0], "room");
        let on_call = started(&mut state, Recorded::Call(&calls[0]));
        let on_room = started(&mut state, Recorded::Conference("room"));
        state.recordings.clear();
        state.recording_deleted(&on_call);
        state.recording_deleted(&on_room);
        assert!(
            state
                .live_call(&calls[0])
                .is_some_and(|c| c.recording.is_none())
        );
        assert!(
            state
                .conference("room")
                .is_some_and(|c| c.recording.is_none())
        );
        // Ending the call afterwards files nothing back.
        assert!(state.call_ended(&calls[0]));
        assert!(state.recordings.is_empty());
    }
}
