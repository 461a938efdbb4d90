//! PHLOs and their runs.
//!
//! Plivo's API has no operation that makes a PHLO (they are drawn in the console), so the
//! sandbox makes them on request ([`State::phlo_added`], behind `Sandbox::add_phlo`).
//! `getSinglePhlo` reads one; each `runPhlo` adds a run to its PHLO ([`State::phlo_ran`]),
//! kept with its id, time and the start node's values, for reading runs back.

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
}

/// One run of a PHLO.
// Its time and payload are kept for reading a run back (`getSinglePhloRun`, not served yet);
// only the tests read them so far.
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) struct PhloRun {
    pub phlo_run_id: String,
    /// When it started, as `created_on`.
    pub started_on: String,
    /// The start node's values: the body of the run request, as sent.
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
        });
        phlo_id
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
}
