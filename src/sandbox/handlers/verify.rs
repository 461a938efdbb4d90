//! Verify (OTP) sessions: the list, in the named-key shape Plivo answers it with
//! (`{"meta": {limit, next, offset, previous}, "sessions": [...]}`, no `total_count`).
//!
//! Filters: `status`, `recipient`, `alias`, `app_uuid`, `country` (the session's
//! `destination_country_iso2`) and `session_time` with its `__gt`/`__gte`/`__lt`/`__lte` forms
//! (on `created_at`). `subaccount`, `brand_name` and `app_hash` are accepted and ignored: the
//! sandbox's sessions carry none of them.

use crate::sandbox::state::{Filter, Handled, How, Req, State, named_page};

const FILTERS: &[Filter] = &[
    Filter::exact("status"),
    Filter::exact("recipient"),
    Filter::exact("alias"),
    Filter::exact("app_uuid"),
    Filter::new("country", "destination_country_iso2", How::Exact),
    Filter::new("session_time", "created_at", How::Time),
];

pub(crate) fn list(state: &mut State, req: &Req) -> Handled {
    named_page(
        req,
        "Verify/Session/",
        "sessions",
        state.verify_sessions.iter(),
        FILTERS,
    )
}
