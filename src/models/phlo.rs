//! PHLO answers (`getSinglePhlo`, `runPhlo`).

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
