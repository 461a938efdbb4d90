//! Live calls, conferences and recordings, which hang off one another: a call ending leaves
//! its conference and finishes its recording; a conference's last member leaving ends it and
//! finishes its recording; hanging up a conference ends its members' calls.
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
    /// which ends if the call was its last member; its call detail record is filed at the
    /// front of `cdrs`. `false` (and nothing changes) if no such call is live.
    pub fn call_ended(&mut self, call_uuid: &str) -> bool {
        let Some(at) = self
            .live_calls
            .iter()
            .position(|c| c.view["call_uuid"].as_str() == Some(call_uuid))
        else {
            return false;
        };
        let call = self.live_calls.remove(at);
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
    pub fn recording_deleted(&mut self, recording_id: &str) {
        self.unlink_recording(recording_id);
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
