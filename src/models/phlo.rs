//! PHLO answers (`getSinglePhlo`, `runPhlo`, `getSinglePhloRun`, the node reads and actions).

use super::model;

model! {
    /// A PHLO's details (`getSinglePhlo`).
    pub struct Phlo {
        required {
            /// The PHLO's id.
            phlo_id: String,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
            /// The PHLO's name, as given in the PHLO console.
            name: String,
            /// When it was created (`2018-11-20 04:46:20.307414+00:00`).
            created_on: String,
        }
    }
}

model! {
    /// The answer to `runPhlo`: the run that started.
    pub struct PhloRun {
        required {
            /// The PHLO that runs.
            phlo_id: String,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
            /// The run's id (plivo-go's answer has it; plivo-node's mock leaves it out).
            phlo_run_id: String,
            /// What the run did first, in Plivo's words.
            message: String,
        }
    }
}

model! {
    /// One run of a PHLO (`getSinglePhloRun`; plivo-java's `PhloRunGetterResponse`).
    pub struct PhloRunDetails {
        required {
            /// The PHLO that ran.
            phlo_id: String,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
            /// The run's id.
            run_id: String,
            /// The calls the run made.
            call_uuids: Vec<String>,
            /// The messages the run sent.
            message_uuids: Vec<String>,
            /// The recordings the run made.
            recording_ids: Vec<String>,
        }
    }
}

model! {
    /// One node of a PHLO (`getSinglePhloNode`, `getSinglePhloMultiPartyCall`).
    pub struct PhloNode {
        required {
            /// The node's id.
            node_id: String,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
            /// The PHLO the node belongs to.
            phlo_id: String,
            /// The node's name, as given in the PHLO console.
            name: String,
            /// The node's kind (`multi_party_call`, `conference_bridge`, …; kept as sent).
            node_type: String,
            /// When it was created.
            created_on: String,
        }
    }
}

model! {
    /// The answer to an action on a node or a member (`updatePhloNode`,
    /// `updatePhloNodeMember`): Plivo's request id, and its words on what happened.
    pub struct PhloActionResult {
        required {}
        optional {
            /// Plivo's request id.
            api_id: String,
            /// What happened, in Plivo's words.
            message: String,
            /// What went wrong, when Plivo answers a 2xx with an error (plivo-go's `Error`).
            error: String,
        }
    }
}
