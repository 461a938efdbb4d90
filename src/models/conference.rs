//! Conferences and their members.

use super::{Decimal, Direction, Ids, model};

model! {
    /// A conference in progress (`getSingleConference`).
    pub struct Conference {
        required {
            /// The conference's name.
            conference_name: String,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
            /// Members, as a count (Plivo sends it as a string; see [`Decimal::to_u64`]).
            conference_member_count: Decimal,
            /// Seconds since the conference started (a string on the wire).
            conference_run_time: Decimal,
            /// The members.
            members: Vec<Member>,
        }
    }
}

model! {
    /// A member of a conference.
    pub struct Member {
        required {
            /// The member's id.
            member_id: String,
        }
        optional {
            /// The member's call.
            call_uuid: String,
            /// Caller name.
            caller_name: String,
            /// Whether the member hears nothing.
            deaf: bool,
            /// Inbound or outbound.
            direction: Direction,
            /// Caller.
            #[serde(rename = "from")]
            from: String,
            /// Seconds since the member joined (a string on the wire).
            join_time: Decimal,
            /// Whether the others hear nothing from the member.
            muted: bool,
            /// Callee.
            to: String,
        }
    }
}

model! {
    /// The names of the conferences in progress (`getConferences`); not paged.
    pub struct ConferenceNames {
        required {
            /// Conference names.
            conferences: Vec<String>,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
        }
    }
}

model! {
    /// The answer to a member action (`kickMember`, `muteMember`, `playSoundToMember`, …).
    pub struct MemberAction {
        required {}
        optional {
            /// Plivo's request id.
            api_id: String,
            /// What Plivo said (`kicked`, `muted`, …).
            message: String,
            /// The members acted on (see [`Ids::to_vec`]).
            member_id: Ids,
        }
    }
}
