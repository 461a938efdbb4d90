//! Verify (OTP) sessions: the code each one "sent", its validations and its expiry.
//!
//! A session is made by `createVerifySession` ([`State::verify_code_sent`]) or by
//! `Sandbox::add_verify_session` ([`State::verify_session_started`]). Nothing is delivered:
//! the code is kept here and shown by `Sandbox::verify_code` and by
//! `GET /sandbox/Verify/Session/{uuid}/code/`, so that a test can type it in.
//!
//! The rules, from Plivo's documentation of Verify:
//!
//! - one session per recipient (and application) while its code is valid: asking again adds
//!   a delivery attempt (`count`, `attempt_details`) and sends the same code;
//! - a session expires [`LIFETIME_MS`] after it started (Plivo's window is the application's
//!   code expiry; the sandbox uses 10 minutes), or at once by [`State::verify_session_expired`];
//! - the right code moves it from `in-progress` to `verified`; a wrong one counts a
//!   validation, and after [`MAX_VALIDATIONS`] (Plivo's brute-force limit) no more are taken;
//! - a verified or expired session takes no validation.

use serde_json::{Value, json};

use crate::sandbox::state::{State, millis, now};

/// How long a session's code is valid: 10 minutes.
pub(crate) const LIFETIME_MS: u64 = 10 * 60 * 1000;

/// Validations a session takes, right or wrong (Plivo: "no more than 10 per session").
pub(crate) const MAX_VALIDATIONS: u32 = 10;

/// `text` is `min` to `max` ASCII digits.
pub(crate) fn digits_between(text: &str, min: usize, max: usize) -> bool {
    (min..=max).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit())
}

/// A phone number as Verify and caller-ID verification take it: 5 to 16 digits, an optional
/// leading `+`.
pub(crate) fn is_phone_number(text: &str) -> bool {
    digits_between(text.strip_prefix('+').unwrap_or(text), 5, 16)
}

/// A session and what Plivo keeps to itself about it.
pub(crate) struct Session {
    /// What `GET Verify/Session/{uuid}/` shows (without `api_id`).
    pub view: Value,
    /// The code it sent.
    pub code: String,
    /// Validations tried so far.
    pub validations: u32,
    /// When it expires, in milliseconds since the epoch.
    pub expires_at: u64,
}

impl Session {
    fn uuid(&self) -> &str {
        self.view["session_uuid"].as_str().unwrap_or_default()
    }

    fn status(&self) -> &str {
        self.view["status"].as_str().unwrap_or_default()
    }

    fn set_status(&mut self, status: &str) {
        self.view["status"] = Value::from(status);
        self.view["updated_at"] = Value::from(now());
    }
}

/// What a `createVerifySession` asks for.
pub(crate) struct Send<'a> {
    pub recipient: &'a str,
    pub app_uuid: Option<String>,
    pub channel: &'a str,
    pub locale: &'a str,
    /// The caller's own code, or `None` for one of `code_length` digits.
    pub otp: Option<String>,
    pub code_length: usize,
}

/// What a validation came to.
#[derive(Debug, PartialEq)]
pub(crate) enum Validation {
    /// The right code: the session is now verified.
    Verified,
    /// A wrong code, counted.
    Wrong,
    /// The session has taken its [`MAX_VALIDATIONS`].
    Exhausted,
    /// Already verified.
    AlreadyVerified,
    /// Expired.
    Expired,
    /// No such session.
    Unknown,
}

impl State {
    /// Event: an OTP session was started for `recipient`, now in `status` (by
    /// `Sandbox::add_verify_session`, as a session started elsewhere would be), with a
    /// 6-digit code. Kept newest first, shaped as Plivo lists it; returns its uuid.
    pub(crate) fn verify_session_started(&mut self, recipient: &str, status: &str) -> String {
        let code = self.rng.digits(6);
        let uuid = self.new_verify_session(recipient, None, "sms", "en", code);
        if let Some(session) = self.verify_sessions.first_mut() {
            session.view["status"] = Value::from(status);
        }
        uuid
    }

    /// Event: a code was sent (`createVerifySession`). An `in-progress` session for the same
    /// recipient and application gets one more attempt with the same code; otherwise a new
    /// session starts. Returns the session's uuid.
    pub(crate) fn verify_code_sent(&mut self, send: Send<'_>) -> String {
        self.verify_sessions_aged();
        let app_uuid = send.app_uuid.clone();
        let open = self.verify_sessions.iter().position(|s| {
            s.status() == "in-progress"
                && s.view["recipient"] == send.recipient
                && app_uuid
                    .as_ref()
                    .is_none_or(|a| s.view["app_uuid"] == *a.as_str())
        });
        if let Some(at) = open {
            let attempt = self.rng.uuid();
            let session = &mut self.verify_sessions[at];
            add_attempt(&mut session.view, &attempt, send.channel);
            return session.uuid().to_owned();
        }
        let code = send
            .otp
            .unwrap_or_else(|| self.rng.digits(send.code_length));
        self.new_verify_session(send.recipient, app_uuid, send.channel, send.locale, code)
    }

    fn new_verify_session(
        &mut self,
        recipient: &str,
        app_uuid: Option<String>,
        channel: &str,
        locale: &str,
        code: String,
    ) -> String {
        let uuid = self.rng.uuid();
        let app_uuid = app_uuid.unwrap_or_else(|| self.rng.uuid());
        let attempt = self.rng.uuid();
        let time = now();
        let mut view = json!({
            "session_uuid": uuid,
            "app_uuid": app_uuid,
            "alias": "",
            "recipient": recipient,
            "channel": channel,
            "locale": locale,
            "status": "in-progress",
            "count": 0,
            "requestor_ip": "127.0.0.1",
            "destination_country_iso2": "",
            "destination_network": Value::Null,
            "attempt_details": [],
            "charges": {
                "total_charge": "0.00000",
                "validation_charge": "0.0000",
                "attempt_charges": [],
            },
            "created_at": time,
            "updated_at": time,
        });
        add_attempt(&mut view, &attempt, channel);
        self.verify_sessions.insert(
            0,
            Session {
                view,
                code,
                validations: 0,
                expires_at: millis().saturating_add(LIFETIME_MS),
            },
        );
        uuid
    }

    /// Expires every `in-progress` session whose code is past its time.
    pub(crate) fn verify_sessions_aged(&mut self) {
        let now = millis();
        for session in &mut self.verify_sessions {
            if session.status() == "in-progress" && session.expires_at <= now {
                session.set_status("expired");
            }
        }
    }

    fn verify_session_mut(&mut self, uuid: &str) -> Option<&mut Session> {
        self.verify_sessions_aged();
        self.verify_sessions.iter_mut().find(|s| s.uuid() == uuid)
    }

    /// The session with this uuid, as Plivo shows it.
    pub(crate) fn verify_session(&mut self, uuid: &str) -> Option<&Value> {
        self.verify_session_mut(uuid).map(|s| &s.view)
    }

    /// The code a session sent, whatever its state.
    pub(crate) fn verify_code(&self, uuid: &str) -> Option<String> {
        self.verify_sessions
            .iter()
            .find(|s| s.uuid() == uuid)
            .map(|s| s.code.clone())
    }

    /// Event: a session's time ran out (by `Sandbox::expire_verify_session`). An
    /// `in-progress` session becomes `expired`; `false` if there is no such session or it
    /// was no longer in progress.
    pub(crate) fn verify_session_expired(&mut self, uuid: &str) -> bool {
        match self.verify_session_mut(uuid) {
            Some(session) if session.status() == "in-progress" => {
                session.set_status("expired");
                true
            }
            _ => false,
        }
    }

    /// Event: someone typed `otp` for a session (`validateVerifySession`).
    pub(crate) fn verify_session_validated(&mut self, uuid: &str, otp: &str) -> Validation {
        let Some(session) = self.verify_session_mut(uuid) else {
            return Validation::Unknown;
        };
        match session.status() {
            "verified" => return Validation::AlreadyVerified,
            "expired" => return Validation::Expired,
            _ => {}
        }
        if session.validations >= MAX_VALIDATIONS {
            return Validation::Exhausted;
        }
        session.validations += 1;
        if session.code == otp {
            session.set_status("verified");
            Validation::Verified
        } else {
            session.view["updated_at"] = Value::from(now());
            Validation::Wrong
        }
    }
}

/// One more delivery attempt on a session's view.
fn add_attempt(view: &mut Value, attempt: &str, channel: &str) {
    let time = now();
    if let Some(list) = view["attempt_details"].as_array_mut() {
        list.push(json!({"channel": channel, "attempt_uuid": attempt, "status": "delivered", "time": time}));
    }
    if let Some(list) = view["charges"]["attempt_charges"].as_array_mut() {
        list.push(json!({"attempt_uuid": attempt, "channel": channel, "charge": "0.00000"}));
    }
    let count = view["count"].as_u64().unwrap_or(0) + 1;
    view["count"] = Value::from(count);
    view["channel"] = Value::from(channel);
    view["updated_at"] = Value::from(time);
}
