//! PHLOs and their runs.
//!
//! Plivo's API has no operation that makes a PHLO (they are drawn in the console), so the
//! sandbox makes them on request ([`State::phlo_added`], behind `Sandbox::add_phlo`).
//! `getSinglePhlo` reads one; each `runPhlo` adds a run to its PHLO ([`State::phlo_ran`]),
//! kept with its id, time and the start node's values, read back by `getSinglePhloRun`.
//!
//! Nodes are made on request too ([`State::phlo_node_added`], behind `Sandbox::add_phlo_node`).
//! A node's members are addressed by their number (the `to` or `trigger_source` of
//! `updatePhloNode`): a `call` brings in the trigger source (when new) and `to`; a
//! `warm_transfer` brings in `to`; a `cold_transfer` brings in `to` and lets the trigger
//! source go. Member actions then change a member: `hold`/`unhold`, `mute`/`unmute`,
//! `resume_call` and `abort_transfer` (off hold), `hangup` and `voicemail_drop` (gone).

use serde_json::{Map, Value, json};

use crate::sandbox::state::{State, precise_now};

/// A PHLO the sandbox knows.
pub(crate) struct Phlo {
    pub phlo_id: String,
    pub name: String,
    /// `YYYY-MM-DD HH:MM:SS.ffffff+00:00`, as Plivo writes it.
    pub created_on: String,
    /// Oldest first.
    pub runs: Vec<PhloRun>,
    /// Oldest first.
    pub nodes: Vec<PhloNode>,
}

/// A node of a PHLO.
pub(crate) struct PhloNode {
    pub node_id: String,
    /// `multi_party_call` or `conference_bridge`.
    pub node_type: String,
    pub name: String,
    pub created_on: String,
    /// Members in the order they came in.
    pub members: Vec<PhloMember>,
}

/// One member of a node, addressed by its number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct PhloMember {
    pub member_id: String,
    /// The role given by a `call` (or a transfer), if any.
    pub role: Option<String>,
    pub held: bool,
    pub muted: bool,
}

impl PhloMember {
    fn new(member_id: &str, role: Option<&str>) -> Self {
        PhloMember {
            member_id: member_id.to_owned(),
            role: role.map(str::to_owned),
            held: false,
            muted: false,
        }
    }
}

/// Why a node or member event did not happen.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum PhloMiss {
    Phlo,
    Node,
    Member,
}

/// One run of a PHLO.
pub(crate) struct PhloRun {
    pub phlo_run_id: String,
    /// When it started, as `created_on`.
    pub started_on: String,
    /// The start node's values: the body of the run request, as sent. Plivo's run answer
    /// does not show them, so only the tests read them.
    #[cfg_attr(not(test), allow(dead_code))]
    pub payload: Map<String, Value>,
}

impl Phlo {
    /// What `GET phlo/{phlo_id}/` shows (without `api_id`, which the reply adds).
    pub(crate) fn view(&self) -> Value {
        json!({
            "phlo_id": self.phlo_id,
            "name": self.name,
            "created_on": self.created_on,
        })
    }

    /// What `GET phlo/{phlo_id}/runs/{run_id}/` shows for one of its runs: the sandbox runs
    /// no nodes, so no calls, messages or recordings.
    pub(crate) fn run_view(&self, run: &PhloRun) -> Value {
        json!({
            "phlo_id": self.phlo_id,
            "run_id": run.phlo_run_id,
            "created_on": run.started_on,
            "call_uuids": [],
            "message_uuids": [],
            "recording_ids": [],
        })
    }

    /// What `GET phlo/{phlo_id}/{node_type}/{node_id}/` shows.
    pub(crate) fn node_view(&self, node: &PhloNode) -> Value {
        json!({
            "node_id": node.node_id,
            "phlo_id": self.phlo_id,
            "name": node.name,
            "node_type": node.node_type,
            "created_on": node.created_on,
        })
    }

    /// The node with this type and id.
    pub(crate) fn node(&self, node_type: &str, node_id: &str) -> Option<&PhloNode> {
        self.nodes
            .iter()
            .find(|n| n.node_id == node_id && n.node_type == node_type)
    }
}

impl PhloNode {
    fn member_index(&self, member_id: &str) -> Option<usize> {
        self.members.iter().position(|m| m.member_id == member_id)
    }

    fn join(&mut self, member_id: &str, role: Option<&str>) {
        if self.member_index(member_id).is_none() {
            self.members.push(PhloMember::new(member_id, role));
        }
    }
}

impl State {
    /// Event: a PHLO was made (by `Sandbox::add_phlo`). Returns its new id.
    pub(crate) fn phlo_added(&mut self, name: &str) -> String {
        let phlo_id = self.rng.uuid();
        self.phlos.push(Phlo {
            phlo_id: phlo_id.clone(),
            name: name.to_owned(),
            created_on: format!("{}+00:00", precise_now()),
            runs: Vec::new(),
            nodes: Vec::new(),
        });
        phlo_id
    }

    /// Event: a node of this type was added to a PHLO (by `Sandbox::add_phlo_node`). Returns
    /// its new id; `None` when no PHLO has this id.
    pub(crate) fn phlo_node_added(
        &mut self,
        phlo_id: &str,
        node_type: &str,
        name: &str,
    ) -> Option<String> {
        let node_id = self.rng.uuid();
        let phlo = self.phlos.iter_mut().find(|p| p.phlo_id == phlo_id)?;
        phlo.nodes.push(PhloNode {
            node_id: node_id.clone(),
            node_type: node_type.to_owned(),
            name: name.to_owned(),
            created_on: format!("{}+00:00", precise_now()),
            members: Vec::new(),
        });
        Some(node_id)
    }

    fn phlo_node_mut(
        &mut self,
        phlo_id: &str,
        node_type: &str,
        node_id: &str,
    ) -> Result<&mut PhloNode, PhloMiss> {
        let phlo = self
            .phlos
            .iter_mut()
            .find(|p| p.phlo_id == phlo_id)
            .ok_or(PhloMiss::Phlo)?;
        phlo.nodes
            .iter_mut()
            .find(|n| n.node_id == node_id && n.node_type == node_type)
            .ok_or(PhloMiss::Node)
    }

    /// Event: a node action (`call`, `warm_transfer`, `cold_transfer`) from `trigger_source`
    /// to `to`; see the module's rules.
    pub(crate) fn phlo_node_acted(
        &mut self,
        (phlo_id, node_type, node_id): (&str, &str, &str),
        action: &str,
        trigger_source: &str,
        to: &str,
        role: Option<&str>,
    ) -> Result<(), PhloMiss> {
        let node = self.phlo_node_mut(phlo_id, node_type, node_id)?;
        if action == "call" {
            node.join(trigger_source, None);
        }
        node.join(to, role);
        if action == "cold_transfer" {
            node.members.retain(|m| m.member_id != trigger_source);
        }
        Ok(())
    }

    /// Event: a member action; see the module's rules.
    pub(crate) fn phlo_member_acted(
        &mut self,
        (phlo_id, node_type, node_id): (&str, &str, &str),
        member_id: &str,
        action: &str,
    ) -> Result<(), PhloMiss> {
        let node = self.phlo_node_mut(phlo_id, node_type, node_id)?;
        let i = node.member_index(member_id).ok_or(PhloMiss::Member)?;
        let member = &mut node.members[i];
        match action {
            "hold" => member.held = true,
            "unhold" | "resume_call" | "abort_transfer" => member.held = false,
            "mute" => member.muted = true,
            "unmute" => member.muted = false,
            _ => {
                node.members.remove(i);
            }
        }
        Ok(())
    }

    /// A member of a node, as it stands.
    pub(crate) fn phlo_member(
        &self,
        phlo_id: &str,
        node_id: &str,
        member_id: &str,
    ) -> Option<&PhloMember> {
        let phlo = self.phlo(phlo_id)?;
        let node = phlo.nodes.iter().find(|n| n.node_id == node_id)?;
        node.members.iter().find(|m| m.member_id == member_id)
    }

    /// The PHLO with this id.
    pub(crate) fn phlo(&self, phlo_id: &str) -> Option<&Phlo> {
        self.phlos.iter().find(|p| p.phlo_id == phlo_id)
    }

    /// Event: a PHLO was run with these start-node values. Records the run on its PHLO and
    /// returns it; `None` (nothing recorded) when no PHLO has this id.
    pub(crate) fn phlo_ran(
        &mut self,
        phlo_id: &str,
        payload: Map<String, Value>,
    ) -> Option<&PhloRun> {
        let phlo_run_id = self.rng.uuid();
        let phlo = self.phlos.iter_mut().find(|p| p.phlo_id == phlo_id)?;
        phlo.runs.push(PhloRun {
            phlo_run_id,
            started_on: format!("{}+00:00", precise_now()),
            payload,
        });
        phlo.runs.last()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_are_kept_with_their_id_time_and_payload() {
        let mut state = State::new(1, "MASANDBOX00000000000".into(), None);
        let id = state.phlo_added("greeting");
        assert_eq!(state.phlo(&id).map(|p| p.name.as_str()), Some("greeting"));
        let mut payload = Map::new();
        payload.insert("from".into(), json!("14155550100"));
        payload.insert("count".into(), json!(2));
        let first = state
            .phlo_ran(&id, payload.clone())
            .map(|r| r.phlo_run_id.clone())
            .expect("ran");
        let second = state
            .phlo_ran(&id, Map::new())
            .map(|r| r.phlo_run_id.clone())
            .expect("ran again");
        assert_ne!(first, second);
        let runs = &state.phlo(&id).expect("phlo").runs;
        assert_eq!(runs.len(), 2);
        assert_eq!(runs[0].phlo_run_id, first);
        assert_eq!(runs[0].payload, payload);
        assert!(runs[1].payload.is_empty());
        // `YYYY-MM-DD HH:MM:SS.ffffff+00:00`
        assert_eq!(runs[0].started_on.len(), 32, "{}", runs[0].started_on);
        assert!(runs[0].started_on.ends_with("+00:00"));
        assert!(state.phlo_ran("no-such-phlo", Map::new()).is_none());
        assert_eq!(state.phlo("no-such-phlo").map(|p| p.runs.len()), None);
    }

    #[test]
    fn node_and_member_actions_change_the_members() {
        let mut state = State::new(1, "MASANDBOX00000000000".into(), None);
        let id = state.phlo_added("desk");
        let node = state
            .phlo_node_added(&id, "multi_party_call", "MPC")
            .expect("node");
        let at = (id.as_str(), "multi_party_call", node.as_str());
        state
            .phlo_node_acted(at, "call", "111", "222", Some("agent"))
            .expect("call");
        let member = state.phlo_member(&id, &node, "222").expect("joined");
        assert_eq!(member.role.as_deref(), Some("agent"));
        assert!(state.phlo_member(&id, &node, "111").is_some());
        state.phlo_member_acted(at, "222", "hold").expect("hold");
        state.phlo_member_acted(at, "222", "mute").expect("mute");
        let member = state.phlo_member(&id, &node, "222").expect("there");
        assert!(member.held && member.muted);
        state
            .phlo_member_acted(at, "222", "resume_call")
            .expect("resume");
        assert!(!state.phlo_member(&id, &node, "222").expect("there").held);
        state
            .phlo_node_acted(at, "cold_transfer", "111", "333", None)
            .expect("transfer");
        assert!(state.phlo_member(&id, &node, "111").is_none());
        assert!(state.phlo_member(&id, &node, "333").is_some());
        state
            .phlo_member_acted(at, "333", "hangup")
            .expect("hangup");
        assert_eq!(
            state.phlo_member_acted(at, "333", "hold"),
            Err(PhloMiss::Member)
        );
        let wrong_type = (id.as_str(), "conference_bridge", node.as_str());
        assert_eq!(
            state.phlo_member_acted(wrong_type, "222", "hold"),
            Err(PhloMiss::Node)
        );
        let no_phlo = ("nope", "multi_party_call", node.as_str());
        assert_eq!(
            state.phlo_node_acted(no_phlo, "call", "1", "2", None),
            Err(PhloMiss::Phlo)
        );
        assert!(
            state
                .phlo_node_added("nope", "multi_party_call", "x")
                .is_none()
        );
    }
}
