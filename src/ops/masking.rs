//! Number masking sessions (beyond the seed): two parties reach each other through a virtual
//! number from the account, neither seeing the other's real number.

use super::{FileFormat, HttpMethod};
use crate::Error;
use crate::models;
use crate::rules;

wire_enum! {
    /// Where a masking session stands (the `status` filter of `getMaskingSessions`).
    pub enum MaskingSessionStatus {
        /// Open: calls to the virtual number are bridged.
        Active = "active",
        /// A call of the session is going on.
        InProgress = "in-progress",
        /// Past its `session_expiry` (or deleted).
        Expired = "expired",
    }
}

/// A PIN: 4 to 15 digits (Plivo's documentation).
fn pin(v: &String) -> Result<(), String> {
    if (4..=15).contains(&v.len()) && v.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(format!("must be 4 to 15 digits (got {v:?})"))
    }
}

/// `generate_pin_length`: 4 to 15.
fn pin_length(v: &u32) -> Result<(), String> {
    if (4..=15).contains(v) {
        Ok(())
    } else {
        Err(format!("must be between 4 and 15 (got {v})"))
    }
}

/// `pin_retry`: 0 to 5.
fn pin_retry(v: &u32) -> Result<(), String> {
    if *v <= 5 {
        Ok(())
    } else {
        Err(format!("must be between 0 and 5 (got {v})"))
    }
}

params! {
    /// `createMaskingSession` (beyond the seed): connects two parties through a virtual number
    /// of the account (`POST Masking/Session/`, answered 201 with `session_uuid`,
    /// `virtual_number` and the `session`).
    ///
    /// Rules checked before sending, from Plivo's documentation (the SDKs check only that the
    /// URLs are URLs): the parties are phone numbers and differ; PINs are 4 to 15 digits and
    /// differ; `generate_pin_length` is 4 to 15; `pin_retry` 0 to 5; the PIN settings need
    /// `is_pin_authentication_required`.
    ///
    /// ```
    /// use plivo::ops::CreateMaskingSession;
    /// let op = CreateMaskingSession::new("+14155550100", "+14155550101")
    ///     .session_expiry(1800)
    ///     .record(true);
    /// assert_eq!(op.session_expiry, Some(1800));
    /// ```
    CreateMaskingSession = "createMaskingSession" -> models::MaskingSessionCreated;
    required {
        /// The first party's real number.
        first_party: String = "firstParty" => "first_party" [check = super::verify::phone_number];
        /// The second party's real number.
        second_party: String = "secondParty" => "second_party" [check = super::verify::phone_number];
    }
    optional {
        /// Seconds until the session ends (Plivo's default 3600).
        session_expiry: u32 = "sessionExpiry" => "session_expiry" [check = rules::positive];
        /// Longest call of the session, in seconds (default 3600).
        call_time_limit: u32 = "callTimeLimit" => "call_time_limit" [check = rules::positive];
        /// Record the session's calls.
        record: bool = "record" => "record";
        /// `mp3` (default) or `wav`.
        record_file_format: FileFormat = "recordFileFormat" => "record_file_format";
        /// Where recordings are announced.
        recording_callback_url: String = "recordingCallbackUrl" => "recording_callback_url" [check = rules::http_url];
        /// `GET` or `POST` (default) for `recording_callback_url`.
        recording_callback_method: HttpMethod = "recordingCallbackMethod" => "recording_callback_method";
        /// Call the first party as soon as the session is made.
        initiate_call_to_first_party: bool = "initiateCallToFirstParty" => "initiate_call_to_first_party";
        /// Where session events are sent.
        callback_url: String = "callbackUrl" => "callback_url" [check = rules::http_url];
        /// `GET` or `POST` (default) for `callback_url`.
        callback_method: HttpMethod = "callbackMethod" => "callback_method";
        /// Seconds a leg may ring (default 120).
        ring_timeout: u32 = "ringTimeout" => "ring_timeout" [check = rules::positive];
        /// Audio (MP3/WAV URL) played to the first party before connecting.
        first_party_play_url: String = "firstPartyPlayUrl" => "first_party_play_url" [check = rules::http_url];
        /// Audio played to the second party before connecting.
        second_party_play_url: String = "secondPartyPlayUrl" => "second_party_play_url" [check = rules::http_url];
        /// Ask callers from unknown numbers for a PIN.
        is_pin_authentication_required: bool = "isPinAuthenticationRequired" => "is_pin_authentication_required";
        /// Let Plivo make the PINs.
        generate_pin: bool = "generatePin" => "generate_pin";
        /// Length of generated PINs, 4 to 15 (default 4).
        generate_pin_length: u32 = "generatePinLength" => "generate_pin_length" [check = pin_length];
        /// The first party's PIN, 4 to 15 digits.
        first_party_pin: String = "firstPartyPin" => "first_party_pin" [check = pin];
        /// The second party's PIN, 4 to 15 digits.
        second_party_pin: String = "secondPartyPin" => "second_party_pin" [check = pin];
        /// Audio asking for the PIN.
        pin_prompt_play: String = "pinPromptPlay" => "pin_prompt_play" [check = rules::http_url];
        /// PIN retries, 0 to 5 (default 1).
        pin_retry: u32 = "pinRetry" => "pin_retry" [check = pin_retry];
        /// Seconds to wait for a PIN.
        pin_retry_wait: u32 = "pinRetryWait" => "pin_retry_wait" [check = rules::positive];
        /// Audio played after a wrong PIN.
        incorrect_pin_play: String = "incorrectPinPlay" => "incorrect_pin_play" [check = rules::http_url];
        /// Audio played to callers the session does not know.
        unknown_caller_play: String = "unknownCallerPlay" => "unknown_caller_play" [check = rules::http_url];
        /// The subaccount (`SA…`) the session is for.
        subaccount: String = "subaccount" => "subaccount" [check = rules::subaccount_id];
        /// Take a virtual number of the first party's country (Plivo's default true).
        geomatch: bool = "geomatch" => "geomatch";
        /// Make the session with one party now, the other added by an update.
        create_session_with_single_party: bool = "createSessionWithSingleParty" => "create_session_with_single_party";
        /// Seconds before the virtual number serves the same parties again.
        virtual_number_cooloff_period: u32 = "virtualNumberCooloffPeriod" => "virtual_number_cooloff_period";
        /// Ask for the PIN even from the parties' own numbers.
        force_pin_authentication: bool = "forcePinAuthentication" => "force_pin_authentication";
    }
    check = create_rule;
}

fn create_rule(p: &CreateMaskingSession) -> Result<(), Error> {
    let invalid = |field, rule| {
        Err(Error::invalid(
            Some(CreateMaskingSession::OPERATION),
            field,
            rule,
        ))
    };
    let digits = |n: &str| n.trim_start_matches('+').to_owned();
    if digits(&p.first_party) == digits(&p.second_party) {
        return invalid("secondParty", "must differ from `firstParty`");
    }
    if p.first_party_pin.is_some() && p.first_party_pin == p.second_party_pin {
        return invalid("secondPartyPin", "must differ from `firstPartyPin`");
    }
    let pin_settings = [
        ("generatePin", p.generate_pin == Some(true)),
        ("generatePinLength", p.generate_pin_length.is_some()),
        ("firstPartyPin", p.first_party_pin.is_some()),
        ("secondPartyPin", p.second_party_pin.is_some()),
        (
            "forcePinAuthentication",
            p.force_pin_authentication == Some(true),
        ),
    ];
    if p.is_pin_authentication_required != Some(true) {
        if let Some((field, _)) = pin_settings.iter().find(|(_, set)| *set) {
            return invalid(field, "needs `isPinAuthenticationRequired` true");
        }
    }
    if p.generate_pin_length.is_some() && p.generate_pin != Some(true) {
        return invalid("generatePinLength", "needs `generatePin` true");
    }
    Ok(())
}

params! {
    /// `getSingleMaskingSession` (beyond the seed): one session (`GET
    /// Masking/Session/{session_uuid}/`, the session wrapped in `response`).
    GetSingleMaskingSession = "getSingleMaskingSession" -> models::MaskingSessionDetails;
    required {
        /// The session's uuid.
        session_uuid: String = "sessionUuid" => "session_uuid";
    }
    optional {}
}

params! {
    /// `updateMaskingSession` (beyond the seed): changes a session's settings (`POST
    /// Masking/Session/{session_uuid}/`, answered with the `session`). Plivo changes the
    /// parties only of a session made with `create_session_with_single_party`.
    UpdateMaskingSession = "updateMaskingSession" -> models::MaskingSessionUpdated;
    required {
        /// The session's uuid.
        session_uuid: String = "sessionUuid" => "session_uuid";
    }
    optional {
        /// The first party's real number.
        first_party: String = "firstParty" => "first_party" [check = super::verify::phone_number];
        /// The second party's real number.
        second_party: String = "secondParty" => "second_party" [check = super::verify::phone_number];
        /// Seconds until the session ends, counted from now.
        session_expiry: u32 = "sessionExpiry" => "session_expiry" [check = rules::positive];
        /// Longest call of the session, in seconds.
        call_time_limit: u32 = "callTimeLimit" => "call_time_limit" [check = rules::positive];
        /// Record the session's calls.
        record: bool = "record" => "record";
        /// `mp3` or `wav`.
        record_file_format: FileFormat = "recordFileFormat" => "record_file_format";
        /// Where recordings are announced.
        recording_callback_url: String = "recordingCallbackUrl" => "recording_callback_url" [check = rules::http_url];
        /// Where session events are sent.
        callback_url: String = "callbackUrl" => "callback_url" [check = rules::http_url];
        /// `GET` or `POST` for `callback_url`.
        callback_method: HttpMethod = "callbackMethod" => "callback_method";
        /// Seconds a leg may ring.
        ring_timeout: u32 = "ringTimeout" => "ring_timeout" [check = rules::positive];
        /// Audio played to the first party before connecting.
        first_party_play_url: String = "firstPartyPlayUrl" => "first_party_play_url" [check = rules::http_url];
        /// Audio played to the second party before connecting.
        second_party_play_url: String = "secondPartyPlayUrl" => "second_party_play_url" [check = rules::http_url];
        /// `GET` or `POST` for `recording_callback_url`.
        recording_callback_method: HttpMethod = "recordingCallbackMethod" => "recording_callback_method";
        /// The subaccount (`SA…`).
        subaccount: String = "subaccount" => "subaccount" [check = rules::subaccount_id];
        /// Take a virtual number of the first party's country.
        geomatch: bool = "geomatch" => "geomatch";
        /// The session has one party so far.
        create_session_with_single_party: bool = "createSessionWithSingleParty" => "create_session_with_single_party";
    }
}

params! {
    /// `deleteMaskingSession` (beyond the seed): ends a session and frees its virtual number
    /// (`DELETE Masking/Session/{session_uuid}/`, answered 200 `Session Deleted`).
    DeleteMaskingSession = "deleteMaskingSession" -> models::Ack;
    required {
        /// The session's uuid.
        session_uuid: String = "sessionUuid" => "session_uuid";
    }
    optional {}
}

params! {
    /// `getMaskingSessions` (beyond the seed): one page of sessions, newest first (`GET
    /// Masking/Session/`, the list wrapped in `response{meta, objects}`). Times are
    /// `YYYY-MM-DD HH:MM[:SS]`; the `…Gt`/`…Gte`/`…Lt`/`…Lte` filters are Plivo's `__gt`,
    /// `__gte`, `__lt`, `__lte`.
    GetMaskingSessions = "getMaskingSessions" -> models::Page<models::MaskingSession>, paged;
    required {}
    optional {
        /// Only sessions of this first party.
        first_party: String = "firstParty" => "first_party";
        /// Only sessions of this second party.
        second_party: String = "secondParty" => "second_party";
        /// Only sessions on this virtual number.
        virtual_number: String = "virtualNumber" => "virtual_number";
        /// Only sessions in this state.
        status: MaskingSessionStatus = "status" => "status";
        /// Only sessions made at this time.
        created_time: String = "createdTime" => "created_time" [check = rules::timestamp];
        /// Only sessions made before this time.
        created_time_lt: String = "createdTimeLt" => "created_time__lt" [check = rules::timestamp];
        /// Only sessions made at or before this time.
        created_time_lte: String = "createdTimeLte" => "created_time__lte" [check = rules::timestamp];
        /// Only sessions made after this time.
        created_time_gt: String = "createdTimeGt" => "created_time__gt" [check = rules::timestamp];
        /// Only sessions made at or after this time.
        created_time_gte: String = "createdTimeGte" => "created_time__gte" [check = rules::timestamp];
        /// Only sessions ending at this time.
        expiry_time: String = "expiryTime" => "expiry_time" [check = rules::timestamp];
        /// Only sessions ending before this time.
        expiry_time_lt: String = "expiryTimeLt" => "expiry_time__lt" [check = rules::timestamp];
        /// Only sessions ending at or before this time.
        expiry_time_lte: String = "expiryTimeLte" => "expiry_time__lte" [check = rules::timestamp];
        /// Only sessions ending after this time.
        expiry_time_gt: String = "expiryTimeGt" => "expiry_time__gt" [check = rules::timestamp];
        /// Only sessions ending at or after this time.
        expiry_time_gte: String = "expiryTimeGte" => "expiry_time__gte" [check = rules::timestamp];
        /// Only sessions lasting this many seconds.
        duration: u32 = "duration" => "duration";
        /// Only sessions lasting less.
        duration_lt: u32 = "durationLt" => "duration__lt";
        /// Only sessions lasting as long or less.
        duration_lte: u32 = "durationLte" => "duration__lte";
        /// Only sessions lasting more.
        duration_gt: u32 = "durationGt" => "duration__gt";
        /// Only sessions lasting as long or more.
        duration_gte: u32 = "durationGte" => "duration__gte";
        /// Page size, 1 to 20.
        limit: u32 = "limit" => "limit" [check = rules::limit];
        /// Items skipped before the page starts.
        offset: u32 = "offset" => "offset";
        /// Only this subaccount's (`SA…`).
        subaccount: String = "subaccount" => "subaccount" [check = rules::subaccount_id];
    }
}
