//! The sandbox's memory, its id generator and clock, and the request/reply helpers every
//! handler uses.

use serde_json::{Map, Value, json};

/// A handler's answer: a status and an optional JSON body. Errors are replies too, so that a
/// handler can use `?` on them.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Reply {
    pub status: u16,
    pub body: Option<Value>,
}

/// What a handler returns: `Err` carries an error reply.
pub(crate) type Handled = Result<Reply, Reply>;

/// A parsed API request.
pub(crate) struct Req {
    /// `GET`, `POST`, `PATCH` or `DELETE`.
    pub method: String,
    /// Path segments after `/v1/Account/{auth_id}/` (after `/v1/` for the other services),
    /// percent-decoded.
    pub segs: Vec<String>,
    /// Query parameters (GET), JSON body fields (POST, DELETE) or the text parts of a
    /// multipart body (uploads, PATCH).
    pub params: Map<String, Value>,
    /// `/v1/Account/{auth_id}/`, for resource URIs.
    pub base: String,
    /// The file parts of a `multipart/form-data` body (its text parts are in `params`).
    pub files: Vec<super::multipart::FormPart>,
}

impl Req {
    /// A string parameter (numbers are accepted and printed).
    pub fn text(&self, key: &str) -> Option<String> {
        match self.params.get(key)? {
            Value::String(s) => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            Value::Bool(b) => Some(b.to_string()),
            _ => None,
        }
    }

    /// A required, non-empty string parameter; 400 when missing.
    pub fn need(&self, key: &str) -> Result<String, Reply> {
        match self.text(key) {
            Some(v) if !v.trim().is_empty() => Ok(v),
            _ => Err(error(400, &format!("{key} is required"))),
        }
    }

    /// A boolean parameter: JSON bool or `true`/`false` text in any case.
    pub fn flag(&self, key: &str) -> Result<Option<bool>, Reply> {
        match self.params.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(*b)),
            Some(Value::String(s)) if s.eq_ignore_ascii_case("true") => Ok(Some(true)),
            Some(Value::String(s)) if s.eq_ignore_ascii_case("false") => Ok(Some(false)),
            Some(_) => Err(error(400, &format!("{key} must be true or false"))),
        }
    }

    /// A non-negative integer parameter: JSON number or digits.
    pub fn uint(&self, key: &str) -> Result<Option<u64>, Reply> {
        match self.params.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Number(n)) if n.is_u64() => Ok(n.as_u64()),
            Some(Value::String(s)) if s.parse::<u64>().is_ok() => Ok(s.parse().ok()),
            Some(_) => Err(error(400, &format!("{key} must be a non-negative integer"))),
        }
    }

    /// An optional parameter that must be one of `allowed` (400 otherwise).
    pub fn one_of(&self, key: &str, allowed: &[&str]) -> Result<Option<String>, Reply> {
        match self.text(key) {
            None => Ok(None),
            Some(v) if allowed.contains(&v.as_str()) => Ok(Some(v)),
            Some(_) => Err(error(
                400,
                &format!("{key} must be one of {}", allowed.join(", ")),
            )),
        }
    }

    /// The path segment at `i` (always present once routed).
    pub fn seg(&self, i: usize) -> &str {
        self.segs.get(i).map_or("", String::as_str)
    }

    /// The one file part of an upload of text fields and one file, named `name` (`what` says
    /// what it holds, for errors): `None` when there is none; 400 for a file part of another
    /// name, or for more than one.
    pub fn one_file(
        &self,
        name: &str,
        what: &str,
    ) -> Result<Option<&super::multipart::FormPart>, Reply> {
        if let Some(part) = self.files.iter().find(|p| p.name != name) {
            return Err(error(
                400,
                &format!(
                    "unexpected file part `{}` ({what} goes in `{name}`)",
                    part.name
                ),
            ));
        }
        match self.files.as_slice() {
            [] => Ok(None),
            [one] => Ok(Some(one)),
            _ => Err(error(400, "only one file may be uploaded")),
        }
    }

    /// Copies the listed string parameters that are present into `object`.
    pub fn copy_text(&self, object: &mut Value, keys: &[&str]) {
        for key in keys {
            if let Some(v) = self.text(key) {
                object[*key] = Value::String(v);
            }
        }
    }

    /// Copies the listed boolean parameters that are present into `object`.
    pub fn copy_flags(&self, object: &mut Value, keys: &[&str]) -> Result<(), Reply> {
        for key in keys {
            if let Some(v) = self.flag(key)? {
                object[*key] = Value::Bool(v);
            }
        }
        Ok(())
    }
}

/// An error reply as Plivo sends it: `{"api_id", "error"}`.
pub(crate) fn error(status: u16, message: &str) -> Reply {
    Reply {
        status,
        body: Some(json!({"api_id": fresh_api_id(), "error": message})),
    }
}

/// 404 for an id the sandbox does not know.
pub(crate) fn not_found() -> Reply {
    error(404, "not found")
}

/// A success reply: `body` (an object) with an `api_id` added.
pub(crate) fn reply(status: u16, mut body: Value) -> Handled {
    if let Some(object) = body.as_object_mut() {
        object.insert("api_id".into(), Value::String(fresh_api_id()));
    }
    Ok(Reply {
        status,
        body: Some(body),
    })
}

/// A 204 with no body.
pub(crate) fn no_content() -> Handled {
    Ok(Reply {
        status: 204,
        body: None,
    })
}

/// `api_id`s are not part of the seeded state: they are unique per answer, as Plivo's are.
fn fresh_api_id() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(1);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let mut rng = Rng(n.wrapping_mul(0x9E37_79B9_7F4A_7C15));
    rng.uuid()
}

/// splitmix64: small, seedable, good enough for ids.
pub(crate) struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A version-4-shaped uuid.
    pub fn uuid(&mut self) -> String {
        let (a, b) = (self.next(), self.next());
        format!(
            "{:08x}-{:04x}-4{:03x}-{:04x}-{:012x}",
            a >> 32,
            (a >> 16) & 0xffff,
            a & 0xfff,
            0x8000 | ((b >> 48) & 0x3fff),
            b & 0xffff_ffff_ffff
        )
    }

    /// `n` decimal digits, the first not zero.
    pub fn digits(&mut self, n: usize) -> String {
        let mut out = String::with_capacity(n);
        for i in 0..n {
            let d = self.next() % 10;
            let d = if i == 0 { 1 + d % 9 } else { d };
            out.push(char::from(b'0' + d as u8));
        }
        out
    }

    /// `n` characters from `alphabet`.
    pub fn text(&mut self, n: usize, alphabet: &[u8]) -> String {
        (0..n)
            .map(|_| char::from(alphabet[(self.next() % alphabet.len() as u64) as usize]))
            .collect()
    }
}

const UPPER_DIGITS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const TOKEN_CHARS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/// The current UTC time as Plivo prints it: `YYYY-MM-DD HH:MM:SS+00:00`.
pub(crate) fn now() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    format_time(secs)
}

/// Seconds and microseconds since the Unix epoch.
pub(crate) fn clock() -> (u64, u32) {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or((0, 0), |d| (d.as_secs(), d.subsec_micros()))
}

/// Milliseconds since the Unix epoch.
pub(crate) fn millis() -> u64 {
    let (secs, micros) = clock();
    secs.saturating_mul(1000)
        .saturating_add(u64::from(micros / 1000))
}

/// `YYYY-MM-DD HH:MM:SS.ffffff` (UTC, no offset), as the live view's `session_start`.
pub(crate) fn precise_now() -> String {
    let (secs, micros) = clock();
    let time = format_time(secs);
    format!("{}.{micros:06}", time.get(..19).unwrap_or(&time))
}

/// Today's UTC date, `YYYY-MM-DD`.
pub(crate) fn today() -> String {
    now()[..10].to_owned()
}

pub(crate) fn format_time(secs: u64) -> String {
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02}:{:02}+00:00",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// A live call and what the sandbox remembers about it.
pub(crate) struct LiveCall {
    /// The live view (`GET Call/{uuid}/?status=live`).
    pub view: Value,
    pub request_uuid: String,
    pub answered_at: std::time::Instant,
    pub conference: Option<String>,
    pub recording: Option<String>,
}

/// A conference in progress.
pub(crate) struct Conference {
    pub name: String,
    pub started: std::time::Instant,
    /// Member objects as `GET Conference/{name}/` shows them.
    pub members: Vec<Value>,
    pub recording: Option<String>,
}

/// Everything the sandbox remembers.
pub(crate) struct State {
    pub rng: Rng,
    pub auth_id: String,
    pub auth_token: String,
    pub account: Value,
    pub subaccounts: Vec<Value>,
    pub applications: Vec<Value>,
    pub endpoints: Vec<Value>,
    /// Rented numbers.
    pub numbers: Vec<Value>,
    /// Numbers for sale, per country.
    pub inventory: Vec<Value>,
    /// Newest first.
    pub messages: Vec<Value>,
    pub live_calls: Vec<LiveCall>,
    /// Call detail records, newest first.
    pub cdrs: Vec<Value>,
    pub conferences: Vec<Conference>,
    /// Newest first.
    pub recordings: Vec<Value>,
    pub carriers: Vec<Value>,
    pub next_member_id: u64,
    /// Call quality feedback (the stats service), oldest first.
    pub feedback: Vec<Value>,
    /// Uploaded media (`Media/`), newest first: what `GET Media/{id}/` shows.
    pub media: Vec<Value>,
    /// Media sent with messages (`Message/{uuid}/Media/`), one object per message and media.
    pub message_media: Vec<Value>,
    /// Verify (OTP) sessions, newest first (`Verify/Session/`), with their codes; see
    /// `model::verify`.
    pub verify_sessions: Vec<super::model::verify::Session>,
    /// Caller-ID verifications waiting for their code; see `model::verified_caller_id`.
    pub caller_id_verifications: Vec<super::model::verified_caller_id::Pending>,
    /// Verified caller IDs, newest first (`VerifiedCallerId/`).
    pub verified_caller_ids: Vec<Value>,
    /// Number masking sessions, newest first; see `model::masking`.
    pub masking_sessions: Vec<super::model::masking::MaskingSession>,
    /// PHLOs (the PHLO service), oldest first, each with its runs; see `model::phlos`.
    pub phlos: Vec<super::model::phlos::Phlo>,
    /// Phone-number compliance applications (`PhoneNumber/Compliance/`), oldest first.
    pub compliances: Vec<Value>,
    /// Addresses for number regulation (`Verification/Address/`), newest first; see
    /// `model::address`.
    pub addresses: Vec<super::model::address::Stored>,
    /// Identities for number regulation (`Verification/Identity/`), newest first.
    pub identities: Vec<super::model::address::Stored>,
    /// Toll-free verification requests (`TollfreeVerification/`), newest first.
    pub tollfree_verifications: Vec<Value>,
    /// Letters of authorization (`HostedMessagingNumber/LOA/`), newest first.
    pub loas: Vec<super::model::hosted::StoredLoa>,
    /// Hosted messaging numbers (`HostedMessagingNumber/`), newest first.
    pub hosted_numbers: Vec<Value>,
    /// 10DLC profiles, brands, campaigns and linked numbers; see `model::tendlc`.
    pub tendlc: super::model::tendlc::TenDlc,
    /// Calls placed but not answered (`Sandbox::add_queued_call`), oldest first: their
    /// views as `GET Call/{uuid}/?status=queued` shows them; see `model::queued_calls`.
    pub queued_calls: Vec<Value>,
    /// Transcriptions of recordings, keyed by `recording_id`; see `model::transcriptions`.
    pub transcriptions: Vec<super::model::transcriptions::Transcription>,
    /// Audio streams on live calls, oldest first; see `model::stream`.
    pub streams: Vec<Value>,
    /// End users, compliance documents and applications; see `model::regulatory`.
    pub regulatory: super::model::regulatory::Regulatory,
    /// Powerpacks and their number pools; see `model::powerpack`.
    pub powerpacks: super::model::powerpack::Powerpacks,
    /// Multi-party calls, newest first; see `model::multi_party_call`.
    pub mpcs: Vec<super::model::multi_party_call::Mpc>,
}

impl State {
    pub fn new(seed: u64, auth_id: String, auth_token: Option<String>) -> State {
        let mut rng = Rng(seed);
        let auth_token = auth_token.unwrap_or_else(|| rng.text(40, TOKEN_CHARS));
        let account = json!({
            "account_type": "standard",
            "address": "",
            "auth_id": auth_id,
            "auto_recharge": false,
            "billing_mode": "prepaid",
            "cash_credits": "100.00000",
            "city": "",
            "name": "Sandbox Account",
            "resource_uri": format!("/v1/Account/{auth_id}/"),
            "state": "",
            "timezone": "Etc/UTC",
        });
        State {
            rng,
            auth_id,
            auth_token,
            account,
            subaccounts: Vec::new(),
            applications: Vec::new(),
            endpoints: Vec::new(),
            numbers: Vec::new(),
            inventory: Vec::new(),
            messages: Vec::new(),
            live_calls: Vec::new(),
            cdrs: Vec::new(),
            feedback: Vec::new(),
            media: Vec::new(),
            message_media: Vec::new(),
            verify_sessions: Vec::new(),
            caller_id_verifications: Vec::new(),
            verified_caller_ids: Vec::new(),
            masking_sessions: Vec::new(),
            phlos: Vec::new(),
            compliances: Vec::new(),
            addresses: Vec::new(),
            identities: Vec::new(),
            tollfree_verifications: Vec::new(),
            loas: Vec::new(),
            hosted_numbers: Vec::new(),
            tendlc: Default::default(),
            queued_calls: Vec::new(),
            transcriptions: Vec::new(),
            streams: Vec::new(),
            regulatory: Default::default(),
            powerpacks: Default::default(),
            mpcs: Vec::new(),
            conferences: Vec::new(),
            recordings: Vec::new(),
            carriers: Vec::new(),
            next_member_id: 10,
        }
    }

    pub fn base(&self) -> String {
        format!("/v1/Account/{}/", self.auth_id)
    }

    pub fn new_subaccount_id(&mut self) -> String {
        format!("SA{}", self.rng.text(18, UPPER_DIGITS))
    }

    pub fn new_token(&mut self) -> String {
        self.rng.text(40, TOKEN_CHARS)
    }
}

/// Finds the object whose `key` field equals `id`.
pub(crate) fn find<'a>(
    items: &'a mut [Value],
    key: &str,
    id: &str,
) -> Result<&'a mut Value, Reply> {
    items
        .iter_mut()
        .find(|item| item.get(key).and_then(Value::as_str) == Some(id))
        .ok_or_else(not_found)
}

/// Removes the object whose `key` field equals `id`.
pub(crate) fn remove(items: &mut Vec<Value>, key: &str, id: &str) -> Result<Value, Reply> {
    let at = items
        .iter()
        .position(|item| item.get(key).and_then(Value::as_str) == Some(id))
        .ok_or_else(not_found)?;
    Ok(items.remove(at))
}

/// The text of a field for comparisons: strings as they are, other values printed.
fn field_text(item: &Value, field: &str) -> Option<String> {
    match item.get(field)? {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

/// A list filter: query parameter → which field, compared how.
pub(crate) struct Filter {
    pub param: &'static str,
    pub field: &'static str,
    pub how: How,
}

impl Filter {
    /// A filter on any field, compared any way.
    pub const fn new(param: &'static str, field: &'static str, how: How) -> Self {
        Filter { param, field, how }
    }

    /// Equal text, the parameter named as the field.
    pub const fn exact(param: &'static str) -> Self {
        Filter::new(param, param, How::Exact)
    }

    /// A time, the parameter named as the field (see [`How::Time`]).
    pub const fn time(param: &'static str) -> Self {
        Filter::new(param, param, How::Time)
    }
}

/// How a filter compares.
#[derive(Clone, Copy)]
pub(crate) enum How {
    /// Equal text.
    Exact,
    /// The field starts with the value.
    Prefix,
    /// The field contains the value.
    Contains,
    /// A time, with Django-style `__gt`, `__gte`, `__lt`, `__lte` forms of the parameter too.
    Time,
}

fn matches(item: &Value, req: &Req, filter: &Filter) -> bool {
    let check = |param: &str, test: &dyn Fn(&str, &str) -> bool| match req.text(param) {
        None => true,
        Some(wanted) => field_text(item, filter.field).is_some_and(|have| test(&have, &wanted)),
    };
    match filter.how {
        How::Exact => check(filter.param, &|have, want| have == want),
        How::Prefix => check(filter.param, &|have, want| have.starts_with(want)),
        How::Contains => check(filter.param, &|have, want| have.contains(want)),
        How::Time => {
            // Compare on the length of the wanted value, so `2024-01-01 10:00` compares with
            // the minute of `2024-01-01 10:00:05+00:00`.
            let cut = |have: &str, want: &str| have.get(..want.len()).unwrap_or(have).to_owned();
            let p = filter.param;
            check(p, &|h, w| cut(h, w) == w)
                && check(&format!("{p}__gt"), &|h, w| cut(h, w).as_str() > w)
                && check(&format!("{p}__gte"), &|h, w| cut(h, w).as_str() >= w)
                && check(&format!("{p}__lt"), &|h, w| cut(h, w).as_str() < w)
                && check(&format!("{p}__lte"), &|h, w| cut(h, w).as_str() <= w)
        }
    }
}

/// For the lists Plivo answers in one piece but cuts by `limit` (1 to 20, none: all) and
/// `offset` (the live and queued calls' uuids): the items of that window, in order.
pub(crate) fn window<T>(req: &Req, items: impl Iterator<Item = T>) -> Result<Vec<T>, Reply> {
    let limit = req.uint("limit")?;
    if limit.is_some_and(|l| !(1..=20).contains(&l)) {
        return Err(error(400, "limit must be between 1 and 20"));
    }
    let offset = req.uint("offset")?.unwrap_or(0);
    Ok(items
        .skip(usize::try_from(offset).unwrap_or(usize::MAX))
        .take(limit.map_or(usize::MAX, |l| usize::try_from(l).unwrap_or(usize::MAX)))
        .collect())
}

/// Answers a paged list: checks `limit` (1..=20, default 20) and `offset`, applies the
/// filters, and builds `meta` with relative `next`/`previous` URIs.
pub(crate) fn page<'a>(
    req: &Req,
    collection: &str,
    items: impl Iterator<Item = &'a Value>,
    filters: &[Filter],
) -> Handled {
    let (meta, objects) = paginate(req, collection, items, filters)?;
    reply(200, json!({"meta": meta, "objects": objects}))
}

/// A list Plivo answers in one piece with a `meta` that only counts (`count`, `limit` 20,
/// `offset` 0, no `next` or `previous`): a call's audio streams, a multi-party call's
/// participants.
pub(crate) fn counted(objects: Vec<Value>) -> Handled {
    reply(
        200,
        json!({
            "meta": {
                "count": objects.len(),
                "limit": 20,
                "next": null,
                "offset": 0,
                "previous": null,
            },
            "objects": objects,
        }),
    )
}

/// As [`page`], wrapped as the masking sessions are: `{"response": {"meta", "objects"}}`.
pub(crate) fn wrapped_page<'a>(
    req: &Req,
    collection: &str,
    items: impl Iterator<Item = &'a Value>,
    filters: &[Filter],
) -> Handled {
    let (meta, objects) = paginate(req, collection, items, filters)?;
    reply(200, json!({"response": {"meta": meta, "objects": objects}}))
}

/// As [`page`], in the shape of Plivo's newer lists (`Verify/Session/`): the items under
/// `key`, and a meta without `total_count`.
pub(crate) fn named_page<'a>(
    req: &Req,
    collection: &str,
    key: &str,
    items: impl Iterator<Item = &'a Value>,
    filters: &[Filter],
) -> Handled {
    let (mut meta, objects) = paginate(req, collection, items, filters)?;
    meta.remove("total_count");
    named_body(meta, key, objects)
}

/// `{"meta", key: [items]}`.
fn named_body(meta: Map<String, Value>, key: &str, objects: Vec<Value>) -> Handled {
    let mut body = Map::new();
    body.insert("meta".into(), Value::Object(meta));
    body.insert(key.into(), Value::Array(objects));
    reply(200, Value::Object(body))
}

/// As [`named_page`], keeping `meta.total_count` (the phone-number compliance list) and
/// allowing pages of up to `max_limit` items.
pub(crate) fn counted_named_page<'a>(
    req: &Req,
    collection: &str,
    key: &str,
    items: impl Iterator<Item = &'a Value>,
    filters: &[Filter],
    max_limit: u64,
) -> Handled {
    let (meta, objects) = paginate_up_to(req, collection, items, filters, max_limit)?;
    named_body(meta, key, objects)
}

/// One page of the filtered items, and its `meta`.
fn paginate<'a>(
    req: &Req,
    collection: &str,
    items: impl Iterator<Item = &'a Value>,
    filters: &[Filter],
) -> Result<(Map<String, Value>, Vec<Value>), Reply> {
    paginate_up_to(req, collection, items, filters, 20)
}

/// [`paginate`] with pages of up to `max_limit` items.
fn paginate_up_to<'a>(
    req: &Req,
    collection: &str,
    items: impl Iterator<Item = &'a Value>,
    filters: &[Filter],
    max_limit: u64,
) -> Result<(Map<String, Value>, Vec<Value>), Reply> {
    let limit = req.uint("limit")?.unwrap_or(20);
    if !(1..=max_limit).contains(&limit) {
        return Err(error(
            400,
            &format!("limit must be between 1 and {max_limit}"),
        ));
    }
    let offset = req.uint("offset")?.unwrap_or(0);
    let mut total = 0u64;
    let mut objects = Vec::new();
    for item in items.filter(|item| filters.iter().all(|f| matches(item, req, f))) {
        if total >= offset && total < offset.saturating_add(limit) {
            objects.push(item.clone());
        }
        total += 1;
    }
    let uri = |offset: u64| {
        Value::String(format!(
            "{}{collection}?limit={limit}&offset={offset}",
            req.base
        ))
    };
    let end = offset.saturating_add(limit);
    let next = if end < total { uri(end) } else { Value::Null };
    let previous = if offset > 0 {
        uri(offset.saturating_sub(limit))
    } else {
        Value::Null
    };
    let mut meta = Map::new();
    meta.insert("limit".into(), limit.into());
    meta.insert("next".into(), next);
    meta.insert("offset".into(), offset.into());
    meta.insert("previous".into(), previous);
    meta.insert("total_count".into(), total.into());
    Ok((meta, objects))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_formatting() {
        assert_eq!(format_time(0), "1970-01-01 00:00:00+00:00");
        assert_eq!(format_time(951_782_400), "2000-02-29 00:00:00+00:00");
        assert_eq!(format_time(1_700_000_000), "2023-11-14 22:13:20+00:00");
    }

    #[test]
    fn ids_are_seeded() {
        let (mut a, mut b) = (Rng(7), Rng(7));
        assert_eq!(a.uuid(), b.uuid());
        let id = Rng(1).uuid();
        assert_eq!(id.len(), 36);
        assert_eq!(&id[14..15], "4");
        assert_eq!(Rng(3).digits(17).len(), 17);
    }
}
