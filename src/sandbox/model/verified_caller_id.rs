//! Verified caller IDs and the verifications that make them.
//!
//! `initiateCallerIdVerification` starts a verification ([`State::caller_id_code_sent`])
//! with a 6-digit code valid for [`CODE_LIFETIME_MS`] (Plivo: 15 minutes). Nothing is
//! delivered: `Sandbox::caller_id_code` and `GET
//! /sandbox/VerifiedCallerId/Verification/{uuid}/code/` show the code. `verifyCallerId`
//! with the right code ([`State::caller_id_verified`]) ends the verification and lists the
//! number (newest first); it can then be read, renamed or moved to a subaccount, and
//! deleted. Numbers are kept as `+` and digits; a path may name them with or without `+`.

use serde_json::{Value, json};

use crate::sandbox::state::{State, millis, now};

/// How long a caller-ID verification code is valid: 15 minutes.
pub(crate) const CODE_LIFETIME_MS: u64 = 15 * 60 * 1000;

/// A verification waiting for its code.
pub(crate) struct Pending {
    pub verification_uuid: String,
    /// `+` and digits.
    pub phone_number: String,
    pub alias: String,
    pub channel: String,
    pub country: String,
    pub subaccount: String,
    pub code: String,
    /// In milliseconds since the epoch.
    pub expires_at: u64,
}

/// What a `verifyCallerId` came to.
#[derive(Debug, PartialEq)]
pub(crate) enum CallerIdCheck {
    /// The right code: the number is verified; its `verifyCallerId` answer.
    Verified(Value),
    /// A wrong code.
    Wrong,
    /// The code is past its 15 minutes (the verification is dropped).
    Expired,
    /// No such verification.
    Unknown,
}

/// `+` and the digits of a number written with or without `+`.
pub(crate) fn e164(number: &str) -> String {
    format!("+{}", number.trim_start_matches('+'))
}

/// What a `initiateCallerIdVerification` asks for.
pub(crate) struct Initiate {
    pub phone_number: String,
    pub alias: String,
    pub channel: String,
    pub country: String,
    pub subaccount: String,
}

impl State {
    /// Event: a caller-ID code was sent. A verification already waiting for the same number
    /// is replaced. Returns the new verification's uuid.
    pub(crate) fn caller_id_code_sent(&mut self, ask: Initiate) -> String {
        let phone_number = e164(&ask.phone_number);
        self.caller_id_verifications
            .retain(|p| p.phone_number != phone_number);
        let verification_uuid = self.rng.uuid();
        let code = self.rng.digits(6);
        self.caller_id_verifications.push(Pending {
            verification_uuid: verification_uuid.clone(),
            phone_number,
            alias: ask.alias,
            channel: ask.channel,
            country: ask.country,
            subaccount: ask.subaccount,
            code,
            expires_at: millis().saturating_add(CODE_LIFETIME_MS),
        });
        verification_uuid
    }

    /// The code a waiting verification sent.
    pub(crate) fn caller_id_code(&self, verification_uuid: &str) -> Option<String> {
        self.caller_id_verifications
            .iter()
            .find(|p| p.verification_uuid == verification_uuid)
            .map(|p| p.code.clone())
    }

    /// Event: someone typed `otp` for a verification (`verifyCallerId`). The right code in
    /// time lists the number as verified (replacing an older entry for it).
    pub(crate) fn caller_id_verified(
        &mut self,
        verification_uuid: &str,
        otp: &str,
    ) -> CallerIdCheck {
        let Some(at) = self
            .caller_id_verifications
            .iter()
            .position(|p| p.verification_uuid == verification_uuid)
        else {
            return CallerIdCheck::Unknown;
        };
        if self.caller_id_verifications[at].expires_at <= millis() {
            self.caller_id_verifications.remove(at);
            return CallerIdCheck::Expired;
        }
        if self.caller_id_verifications[at].code != otp {
            return CallerIdCheck::Wrong;
        }
        let p = self.caller_id_verifications.remove(at);
        let time = now();
        let digits = p.phone_number.trim_start_matches('+').to_owned();
        self.verified_caller_ids
            .retain(|v| v["phone_number"] != p.phone_number.as_str());
        self.verified_caller_ids.insert(
            0,
            json!({
                "alias": p.alias,
                "country": p.country,
                "created_at": time,
                "modified_at": time,
                "phone_number": p.phone_number,
                "resource_uri": format!("{}VerifiedCallerId/{digits}", self.base()),
                "subaccount": p.subaccount,
                "verification_uuid": p.verification_uuid,
            }),
        );
        CallerIdCheck::Verified(json!({
            "alias": p.alias,
            "channel": p.channel,
            "country": p.country,
            "created_at": time,
            "phone_number": p.phone_number,
            "verification_uuid": p.verification_uuid,
        }))
    }

    /// The verified caller ID for a number written with or without `+`.
    pub(crate) fn verified_caller_id(&mut self, number: &str) -> Option<&mut Value> {
        let wanted = e164(number);
        self.verified_caller_ids
            .iter_mut()
            .find(|v| v["phone_number"] == wanted.as_str())
    }
}
