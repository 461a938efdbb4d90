//! Verify (OTP) sessions: create, read, validate and list.
//!
//! - `POST Verify/Session/` checks the request as Plivo documents it (`recipient` a phone
//!   number; `channel` `sms` or `voice`; `method` `GET` or `POST`; `url` http(s);
//!   `code_length` 4 to 8; a custom `otp` 4 to 8 digits) and answers 202
//!   `{"message": "Session initiated", "session_uuid"}`; the rules of sessions (one per
//!   recipient while valid, expiry, validations) are in `model::verify`.
//! - `GET Verify/Session/{uuid}/` answers the session (404 for an unknown one).
//! - `POST Verify/Session/{uuid}/` with `otp`: 200 `{"message": "session validated
//!   successfully.", "session_uuid"}` for the right code; 400 `{"api_id", "error"}` for a
//!   wrong code, a session already verified or expired, or one past its validations.
//! - `GET Verify/Session/` lists them in the named-key shape Plivo answers with
//!   (`{"meta": {limit, next, offset, previous}, "sessions": [...]}`, no `total_count`).
//!   Filters: `status`, `recipient`, `alias`, `app_uuid`, `country` (the session's
//!   `destination_country_iso2`) and `session_time` with its `__gt`/`__gte`/`__lt`/`__lte`
//!   forms (on `created_at`). `subaccount`, `brand_name` and `app_hash` are accepted and
//!   ignored: the sandbox's sessions carry none of them.

use serde_json::{Value, json};

use crate::sandbox::model::verify::{
    MAX_VALIDATIONS, Send, Validation, digits_between, is_phone_number,
};
use crate::sandbox::state::{
    Filter, Handled, How, Req, State, error, named_page, not_found, reply,
};

const FILTERS: &[Filter] = &[
    Filter::exact("status"),
    Filter::exact("recipient"),
    Filter::exact("alias"),
    Filter::exact("app_uuid"),
    Filter::new("country", "destination_country_iso2", How::Exact),
    Filter::new("session_time", "created_at", How::Time),
];

pub(crate) fn list(state: &mut State, req: &Req) -> Handled {
    state.verify_sessions_aged();
    let views: Vec<&Value> = state.verify_sessions.iter().map(|s| &s.view).collect();
    named_page(
        req,
        "Verify/Session/",
        "sessions",
        views.into_iter(),
        FILTERS,
    )
}

pub(crate) fn create(state: &mut State, req: &Req) -> Handled {
    let recipient = req.need("recipient")?;
    if !is_phone_number(&recipient) {
        return Err(error(400, "recipient must be a valid phone number"));
    }
    let channel = req.one_of("channel", &["sms", "voice"])?;
    req.one_of("method", &["GET", "POST"])?;
    if let Some(url) = req.text("url") {
        let lower = url.to_ascii_lowercase();
        if !(lower.starts_with("http://") || lower.starts_with("https://")) {
            return Err(error(400, "url must be a valid http or https URL"));
        }
    }
    let code_length = req.uint("code_length")?.unwrap_or(6);
    if !(4..=8).contains(&code_length) {
        return Err(error(400, "code_length must be between 4 and 8"));
    }
    let otp = req.text("otp");
    if otp.as_deref().is_some_and(|o| !digits_between(o, 4, 8)) {
        return Err(error(400, "otp must be 4 to 8 digits"));
    }
    let locale = req.text("locale").unwrap_or_else(|| "en".to_owned());
    let uuid = state.verify_code_sent(Send {
        recipient: &recipient,
        app_uuid: req.text("app_uuid"),
        channel: channel.as_deref().unwrap_or("sms"),
        locale: &locale,
        otp,
        code_length: usize::try_from(code_length).unwrap_or(6),
    });
    reply(
        202,
        json!({"message": "Session initiated", "session_uuid": uuid}),
    )
}

pub(crate) fn get(state: &mut State, req: &Req) -> Handled {
    let session = state.verify_session(req.seg(2)).ok_or_else(not_found)?;
    reply(200, session.clone())
}

pub(crate) fn validate(state: &mut State, req: &Req) -> Handled {
    let uuid = req.seg(2).to_owned();
    let otp = req.need("otp")?;
    match state.verify_session_validated(&uuid, &otp) {
        Validation::Verified => reply(
            200,
            json!({"message": "session validated successfully.", "session_uuid": uuid}),
        ),
        Validation::Wrong => Err(error(400, "Invalid OTP")),
        Validation::Exhausted => Err(error(
            400,
            &format!("maximum of {MAX_VALIDATIONS} validation attempts reached for this session"),
        )),
        Validation::AlreadyVerified => Err(error(400, "session is already validated")),
        Validation::Expired => Err(error(400, "session expired")),
        Validation::Unknown => Err(not_found()),
    }
}
