//! An offline imitation of the Plivo API, on loopback, in memory (cargo feature `sandbox`).
//!
//! Plivo has no test mode: every real call costs money. The sandbox answers the 68 seed
//! operations (and `createToken`, whose tokens it signs with the account's auth token) with the shapes of Plivo's recorded responses and keeps state between calls:
//! messages you send can be listed, calls you place go live, can be played to, recorded, put in a
//! conference and hung up, and then show up as call detail records.
//!
//! ```
//! # #[cfg(feature = "sandbox")] {
//! use plivo::{ops, sandbox::Sandbox};
//!
//! let sandbox = Sandbox::start()?;
//! let client = sandbox.client();
//! let sent = client.call(ops::SendMessage::new("14155550100", ["14155550101", "14155550102"], "hi"))?;
//! assert_eq!(sent.body()["message_uuid"].as_array().map(Vec::len), Some(2));
//! let page = client.call(ops::GetMessages::new().limit(1))?;
//! assert_eq!(page.body()["meta"]["total_count"], 2);
//! # }
//! # Ok::<(), plivo::Error>(())
//! ```
//!
//! Any HTTP client can use it: point another SDK at [`Sandbox::url`] with the credentials from
//! [`Sandbox::auth_id`] and [`Sandbox::auth_token`] (`cargo run --features sandbox --example
//! sandbox -- --port 8080` serves one from the command line).
//!
//! # What it imitates
//!
//! - Every path of the seed operations under `/v1/Account/{auth_id}/`, with HTTP Basic auth:
//!   401 for wrong credentials (the main account's or an enabled subaccount's are accepted),
//!   404 `{"api_id", "error"}` for an unknown id or path, 405 for a method a path does not take,
//!   400 for a missing required field, a `limit` outside 1..=20 or a body that is not JSON.
//! - Lists answer `{"api_id", "meta": {"limit", "offset", "next", "previous", "total_count"},
//!   "objects"}` with relative `next`/`previous`, and filter on exact values and on the
//!   `__gt`, `__gte`, `__lt`, `__lte` forms of time fields.
//! - The lookup, stats and PHLO services on the same port, below `/v1/` (each
//!   [`crate::Service`] of the sandbox's client points there): `Number/{number}?type=carrier`,
//!   `Call/{call_uuid}/Feedback/`, `phlo/{phlo_id}/`, `account/{auth_id}/phlo/{phlo_id}/`,
//!   `phlo/{phlo_id}/runs/{run_id}/`, `phlo/{phlo_id}/{node_type}/{node_id}/` and its
//!   `members/{member_id}/`, with the same Basic auth. A PHLO run whose path names another
//!   account than the credentials gets 401, as the main API's `/v1/Account/{auth_id}/` does.
//!   PHLOs are made with [`Sandbox::add_phlo`] and given nodes with [`Sandbox::add_phlo_node`]
//!   (or `POST /sandbox/phlo/{name}/` and `POST /sandbox/phlo/{phlo_id}/{node_type}/` over
//!   HTTP, with the account's Basic auth, which answer `{"phlo_id"}` and `{"node_id"}`, for
//!   clients in other languages); an unknown PHLO, run, node or member is a 404
//!   `{"api_id", "error"}`.
//! - Verify (OTP) sessions and caller-ID verifications send nothing: the code each one
//!   "sent" is shown by [`Sandbox::verify_code`] and [`Sandbox::caller_id_code`], or over
//!   HTTP by `GET /sandbox/Verify/Session/{session_uuid}/code/` and `GET
//!   /sandbox/VerifiedCallerId/Verification/{verification_uuid}/code/` (the account's Basic
//!   auth; `{"session_uuid", "code"}`, `{"verification_uuid", "code"}`), so a test in any
//!   language can complete the flow. `POST /sandbox/Verify/Session/{session_uuid}/expire/`
//!   (or [`Sandbox::expire_verify_session`]) expires a session at once.
//! - Number masking sessions take their virtual number from the account's rented voice
//!   numbers (buy one first; none free is a 400), list in Plivo's `response{meta, objects}`
//!   wrapper and turn `expired` after their `session_expiry`, freeing the number.
//! - Regulatory compliance checks documents and applications against a small fixed table of
//!   document types and requirements (`DE` local and `GB` mobile for individuals and
//!   businesses, `IN` local for businesses); an application is a `draft` until submitted, then
//!   `submitted` until [`Sandbox::review_compliance_application`] accepts or rejects it, and a
//!   document keeps its file's name, size and content type (see `model/regulatory.rs` for
//!   every rule).
//! - A Powerpack owns one number pool, found from its `number_pool` URI. Numbers bought into
//!   a pool (`buyPoolNumber`) are rented by the account too, and taking one out with `unrent`
//!   (or deleting the Powerpack with `unrent_numbers`) gives it back; a number given back
//!   any other way leaves its pool. Short codes are put in a pool with
//!   [`Sandbox::add_pool_shortcode`] (or `POST
//!   /sandbox/NumberPool/{number_pool_uuid}/Shortcode/{shortcode}/` over HTTP), as Plivo's
//!   support would. A message sent with `powerpack_uuid` goes from the Powerpack's pool: a
//!   number of the destination's country first, else the first one added.
//! - Multi-party calls (`MultiPartyCall/`) are made by their first participant (added to a
//!   `name_…` that no call in progress carries) and keep a state machine: `Initialized`,
//!   `Active`, `Ended` (by stop, by the last participant leaving, or by one left alone without
//!   `stay_alone`); participants are muted, held, coached and kicked; recordings of the call
//!   or of a participant start, pause, resume and stop. An ended call is still read and
//!   listed; every action on it is a 400. Legs are "answered" at once and made-up call uuids,
//!   except a live call moved in with `call_uuid`, which leaves when that call is hung up.
//! - Phone-number compliance applications stay `submitted` (there is no reviewer); their list
//!   keeps its items under `compliances` in pages of 1 to 100; the requirements come from a
//!   small table of Plivo's recorded answers (India local business, Germany local individual;
//!   no documents elsewhere); linking a number needs one the account rents and an existing
//!   application, and shows it in that application's `linked_numbers`. Addresses and
//!   identities (`Verification/Address/`, `Verification/Identity/`) are kept `pending`, with
//!   their proof's name, size and content type ([`Sandbox::address_file`],
//!   [`Sandbox::identity_file`]), never its bytes.
//! - A number the account no longer rents (given back, gone with its subaccount or its
//!   incoming carrier) leaves its Powerpack pool, its 10DLC campaign and the compliance
//!   application it was linked to. Masking sessions, toll-free verifications and hosted
//!   messaging orders keep it.
//! - Ids and secrets come from a seeded generator ([`SandboxBuilder::seed`]), so a test sees the
//!   same ids on every run; times are the machine's clock in UTC.
//!
//! # What it does not
//!
//! It never dials, delivers or calls your URLs back, and it does not check that numbers exist
//! beyond its own inventory. Calls are answered at once and stay live until hung up; messages
//! are `queued` and stay so. [`Sandbox::join_conference`] (or `POST
//! /sandbox/Call/{call_uuid}/Conference/{name}/` over HTTP, with the same Basic auth) puts a live
//! call into a conference, which a real call would do with Plivo XML.
//!
//! # Where the rules live (for adding a resource)
//!
//! Three layers, in `src/sandbox/`: `handlers/` has one module per resource that parses a
//! request, calls the state and builds the reply; `state.rs` holds the memory (`State`),
//! the request and reply helpers and the clock; `model/` holds every rule that spans
//! resources, as one function on `State` per event, named for it and documented with all it
//! changes (`call_ended`, `member_joined`, `member_left`, `member_hung_up`,
//! `conference_hung_up`, `recording_started`, `recording_finished`, `recording_deleted`,
//! `subaccount_deleted`, `application_deleted`, `carrier_deleted`), plus the lookups and
//! tables several handlers share. A handler never imports another (a test reads their
//! sources to keep it so): when a new resource hangs off an existing one (a stream off a
//! call, say), add its consequences to that resource's event in `model/` (or a new event
//! there), and have the handlers of both call it.

mod handlers;
mod model;
mod multipart;
mod state;

use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;

use crate::{Client, Error};
pub use model::hosted::UploadedFile;

/// A member of a PHLO node in the sandbox, as [`Sandbox::phlo_member`] shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct PhloMember {
    /// Its id: the number it was called or transferred at.
    pub member_id: String,
    /// The role an `updatePhloNode` gave it (`agent`, `supervisor`, `customer`), if any.
    pub role: Option<String>,
    /// On hold (`hold`; `unhold`, `resume_call` and `abort_transfer` undo it).
    pub held: bool,
    /// Muted (`mute`; `unmute` undoes it).
    pub muted: bool,
}
use state::State;

/// A running sandbox. Dropping it stops the server and joins its thread.
pub struct Sandbox {
    url: String,
    auth_id: String,
    auth_token: String,
    client: Client,
    server: Option<Arc<tiny_http::Server>>,
    port: u16,
    state: Arc<Mutex<State>>,
    thread: Option<JoinHandle<()>>,
}

/// Settings for a [`Sandbox`].
#[derive(Debug, Clone, Default)]
pub struct SandboxBuilder {
    port: u16,
    auth_id: Option<String>,
    auth_token: Option<String>,
    seed: Option<u64>,
}

/// The auth id a sandbox uses unless told otherwise.
pub const DEFAULT_AUTH_ID: &str = "MASANDBOX00000000000";

impl SandboxBuilder {
    /// The loopback port to listen on (default 0: any free port).
    pub fn port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }

    /// The main account's auth id (default [`DEFAULT_AUTH_ID`]).
    pub fn auth_id(mut self, auth_id: impl Into<String>) -> Self {
        self.auth_id = Some(auth_id.into());
        self
    }

    /// The main account's auth token (default: derived from the seed).
    pub fn auth_token(mut self, auth_token: impl Into<String>) -> Self {
        self.auth_token = Some(auth_token.into());
        self
    }

    /// The seed of the id generator (default 1): the same seed gives the same ids.
    pub fn seed(mut self, seed: u64) -> Self {
        self.seed = Some(seed);
        self
    }

    /// Binds `127.0.0.1:{port}` and starts serving on a thread of its own.
    pub fn start(self) -> Result<Sandbox, Error> {
        let auth_id = self.auth_id.unwrap_or_else(|| DEFAULT_AUTH_ID.to_owned());
        crate::rules::auth_id(&auth_id).map_err(|rule| Error::invalid(None, "auth_id", rule))?;
        let mut state = State::new(self.seed.unwrap_or(1), auth_id.clone(), self.auth_token);
        let auth_token = state.auth_token.clone();
        if auth_token.trim().is_empty() || auth_token.chars().any(char::is_control) {
            return Err(Error::invalid(
                None,
                "auth_token",
                "must be non-empty printable text",
            ));
        }
        model::numbers::stock(&mut state);
        let server = tiny_http::Server::http(("127.0.0.1", self.port)).map_err(|e| {
            Error::invalid(
                None,
                "port",
                format!("could not be bound on 127.0.0.1: {e}"),
            )
        })?;
        let port = server.server_addr().to_ip().map_or(self.port, |a| a.port());
        let url = format!("http://127.0.0.1:{port}");
        let client = Client::builder()
            .auth_id(&auth_id)
            .auth_token(&auth_token)
            .base_url(&url)
            .no_proxy()
            .build()?;
        let server = Arc::new(server);
        let state = Arc::new(Mutex::new(state));
        let thread = {
            let server = Arc::clone(&server);
            let state = Arc::clone(&state);
            std::thread::Builder::new()
                .name("plivo-sandbox".into())
                .spawn(move || {
                    for request in server.incoming_requests() {
                        // A bug in a handler must not take the whole sandbox down: the request
                        // is dropped (tiny_http then answers 500) and serving goes on.
                        let serve =
                            std::panic::AssertUnwindSafe(|| handlers::serve(&state, request));
                        let _ = std::panic::catch_unwind(serve);
                    }
                })
                .map_err(|e| {
                    Error::invalid(None, "sandbox", format!("thread could not start: {e}"))
                })?
        };
        Ok(Sandbox {
            url,
            auth_id,
            auth_token,
            client,
            server: Some(server),
            port,
            state,
            thread: Some(thread),
        })
    }
}

impl Sandbox {
    /// Starts a sandbox on a free loopback port with the default credentials and seed.
    pub fn start() -> Result<Sandbox, Error> {
        Sandbox::builder().start()
    }

    /// Settings: port, credentials, seed.
    pub fn builder() -> SandboxBuilder {
        SandboxBuilder::default()
    }

    /// The origin to point clients at (`http://127.0.0.1:{port}`).
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The main account's auth id.
    pub fn auth_id(&self) -> &str {
        &self.auth_id
    }

    /// The main account's auth token.
    pub fn auth_token(&self) -> &str {
        &self.auth_token
    }

    /// The settings a shell needs to point [`Client::from_env`] (and the `plivo` command) at
    /// this sandbox: three lines, `export PLIVO_BASE_URL='…'`, `export PLIVO_AUTH_ID='…'` and
    /// `export PLIVO_AUTH_TOKEN='…'`, single-quoted for POSIX shells, so that
    /// `plivo sandbox > sandbox.env; . ./sandbox.env` works whatever the token holds.
    ///
    /// ```
    /// let sandbox = plivo::sandbox::Sandbox::builder().auth_token("it's").start()?;
    /// let exports = sandbox.shell_exports();
    /// assert!(exports.starts_with("export PLIVO_BASE_URL='http://127.0.0.1:"));
    /// assert!(exports.ends_with("export PLIVO_AUTH_TOKEN='it'\\''s'\n"));
    /// # Ok::<(), plivo::Error>(())
    /// ```
    pub fn shell_exports(&self) -> String {
        let quoted = |value: &str| format!("'{}'", value.replace('\'', r"'\''"));
        format!(
            "export PLIVO_BASE_URL={}\nexport PLIVO_AUTH_ID={}\nexport PLIVO_AUTH_TOKEN={}\n",
            quoted(&self.url),
            quoted(&self.auth_id),
            quoted(&self.auth_token)
        )
    }

    /// A client for the main account, pointed at the sandbox, with no proxy.
    pub fn client(&self) -> Client {
        self.client.clone()
    }

    /// A client for other credentials (a subaccount's), pointed at the sandbox.
    pub fn client_for(&self, auth_id: &str, auth_token: &str) -> Result<Client, Error> {
        Client::builder()
            .auth_id(auth_id)
            .auth_token(auth_token)
            .base_url(&self.url)
            .no_proxy()
            .build()
    }

    /// Makes a PHLO named `name` and returns its id, for `getSinglePhlo` and `runPhlo`
    /// ([`crate::ops::GetSinglePhlo`], [`crate::ops::RunPhlo`]). Plivo's API makes no PHLOs
    /// (they are drawn in its console), so the sandbox starts with none: an unknown id is a
    /// 404. Each run is kept with its PHLO (its id, time and the start node's values).
    ///
    /// ```
    /// use plivo::{ops, sandbox::Sandbox};
    /// let sandbox = Sandbox::start()?;
    /// let phlo_id = sandbox.add_phlo("greeting");
    /// let client = sandbox.client();
    /// assert_eq!(client.send(ops::GetSinglePhlo::new(phlo_id.as_str()))?.name.as_deref(), Some("greeting"));
    /// let run = client.send(ops::RunPhlo::new(phlo_id.as_str()).param("to", "14155550101"))?;
    /// assert_eq!(run.phlo_id, phlo_id);
    /// # Ok::<(), plivo::Error>(())
    /// ```
    pub fn add_phlo(&self, name: &str) -> String {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        state.phlo_added(name)
    }

    /// Adds a node of `node_type` named `name` to a PHLO and returns its id, for
    /// `getSinglePhloNode`, `getSinglePhloMultiPartyCall`, `updatePhloNode` and
    /// `updatePhloNodeMember`; `None` when the sandbox has no such PHLO. A new node has no
    /// members. Members are addressed by their number: an `updatePhloNode` `call` brings in
    /// its `trigger_source` (when new) and its `to`, a `warm_transfer` brings in `to`, a
    /// `cold_transfer` brings in `to` and lets the trigger source go. Member actions then
    /// hold/unhold and mute/unmute a member, take it off hold (`resume_call`,
    /// `abort_transfer`) or let it go (`hangup`, `voicemail_drop`); see
    /// [`Sandbox::phlo_member`]. Unknown PHLOs, nodes (or a node under another type) and
    /// members are 404. Over HTTP: `POST /sandbox/phlo/{phlo_id}/{node_type}/`.
    ///
    /// ```
    /// use plivo::ops::{self, PhloMemberAction, PhloMemberRole, PhloNodeAction, PhloNodeType};
    /// use plivo::sandbox::Sandbox;
    /// let sandbox = Sandbox::start()?;
    /// let phlo_id = sandbox.add_phlo("support desk");
    /// let node_id = sandbox
    ///     .add_phlo_node(&phlo_id, PhloNodeType::MultiPartyCall, "desk")
    ///     .expect("the PHLO exists");
    /// let client = sandbox.client();
    /// let node = client.send(ops::GetSinglePhloMultiPartyCall::new(phlo_id.as_str(), node_id.as_str()))?;
    /// assert_eq!(node.name.as_deref(), Some("desk"));
    /// client.send(
    ///     ops::UpdatePhloNode::new(
    ///         phlo_id.as_str(), PhloNodeType::MultiPartyCall, node_id.as_str(),
    ///         PhloNodeAction::Call, "14155550100", "14155550101",
    ///     )
    ///     .role(PhloMemberRole::Agent),
    /// )?;
    /// client.send(ops::UpdatePhloNodeMember::new(
    ///     phlo_id.as_str(), PhloNodeType::MultiPartyCall, node_id.as_str(), "14155550101",
    ///     PhloMemberAction::Hold,
    /// ))?;
    /// let member = sandbox.phlo_member(&phlo_id, &node_id, "14155550101").expect("a member");
    /// assert!(member.held);
    /// assert_eq!(member.role.as_deref(), Some("agent"));
    /// # Ok::<(), plivo::Error>(())
    /// ```
    pub fn add_phlo_node(
        &self,
        phlo_id: &str,
        node_type: crate::ops::PhloNodeType,
        name: &str,
    ) -> Option<String> {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        state.phlo_node_added(phlo_id, node_type.as_str(), name)
    }

    /// How a member of a PHLO node stands (`None` when the PHLO, the node or the member is
    /// not there, e.g. after `hangup`); see [`Sandbox::add_phlo_node`].
    pub fn phlo_member(&self, phlo_id: &str, node_id: &str, member_id: &str) -> Option<PhloMember> {
        let state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        state
            .phlo_member(phlo_id, node_id, member_id)
            .map(|m| PhloMember {
                member_id: m.member_id.clone(),
                role: m.role.clone(),
                held: m.held,
                muted: m.muted,
            })
    }

    /// Places a call from `from` to `to` that stays queued (not answered) and returns its
    /// uuid, which is also its `request_uuid`: the sandbox answers every `makeCall` at once,
    /// so this is how a test gets a queued call. It is listed by `getQueuedCalls`, shown by
    /// `getSingleQueuedCall` and gone after `hangupCallRequest` or `hangupSingleCall`; it
    /// never becomes live. Over HTTP: `POST /sandbox/QueuedCall/{from}/{to}/`.
    ///
    /// ```
    /// use plivo::{ops, sandbox::Sandbox};
    /// let sandbox = Sandbox::start()?;
    /// let uuid = sandbox.add_queued_call("14155550100", "14155550101");
    /// let client = sandbox.client();
    /// assert_eq!(client.send(ops::GetQueuedCalls::new())?.calls, [uuid.clone()]);
    /// client.send(ops::HangupCallRequest::new(uuid.as_str()))?;
    /// assert!(client.send(ops::GetQueuedCalls::new())?.calls.is_empty());
    /// # Ok::<(), plivo::Error>(())
    /// ```
    pub fn add_queued_call(&self, from: &str, to: &str) -> String {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        state.queued_call_added(from, to)
    }

    /// Puts a live call into a conference (created on first use) and returns its member id,
    /// as a call would by executing `<Conference>` XML. `None` if no such call is live.
    pub fn join_conference(&self, call_uuid: &str, conference_name: &str) -> Option<String> {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        state.member_joined(call_uuid, conference_name)
    }
}

impl Sandbox {
    /// Puts a Verify (OTP) session for `recipient` in `status` into the sandbox, as one
    /// started elsewhere would be, and returns its `session_uuid`: what
    /// [`crate::ops::GetVerifySessions`] then lists (newest first). Its code is 6 digits
    /// ([`Sandbox::verify_code`]). To run the OTP flow itself, start a session with
    /// [`crate::ops::CreateVerifySession`]; this is for sessions already `verified` or
    /// `expired`, which that flow takes time or many calls to reach.
    ///
    /// ```
    /// use plivo::ops::{GetVerifySessions, VerifySessionStatus};
    /// let sandbox = plivo::sandbox::Sandbox::start()?;
    /// let uuid = sandbox.add_verify_session("14155550100", VerifySessionStatus::Verified);
    /// let page = sandbox.client().send(GetVerifySessions::new())?;
    /// assert_eq!(page.objects[0].session_uuid, uuid);
    /// # Ok::<(), plivo::Error>(())
    /// ```
    pub fn add_verify_session(
        &self,
        recipient: &str,
        status: crate::models::VerifySessionStatus,
    ) -> String {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        state.verify_session_started(recipient, status.as_str())
    }

    /// The code a Verify session "sent" (the sandbox delivers nothing), whatever the
    /// session's state; `None` for an unknown session. Over HTTP, for tests in other
    /// languages: `GET /sandbox/Verify/Session/{session_uuid}/code/` with the account's Basic
    /// auth answers `{"session_uuid", "code"}` (404 for an unknown session).
    ///
    /// Sessions follow Plivo's rules: `in-progress` until the right code is validated
    /// (`verified`) or the code expires (`expired`, 10 minutes after the session started in
    /// the sandbox, or at once with [`Sandbox::expire_verify_session`]). A wrong code is a 400
    /// and counts; a session takes at most 10 validations. A verified or expired session
    /// answers every validation with a 400 `{"api_id", "error"}`. Asking for a code again for
    /// the same recipient while a session is in progress adds an attempt to that session and
    /// sends the same code.
    ///
    /// ```
    /// use plivo::models::VerifySessionStatus;
    /// use plivo::ops::{CreateVerifySession, GetSingleVerifySession, ValidateVerifySession};
    /// let sandbox = plivo::sandbox::Sandbox::start()?;
    /// let client = sandbox.client();
    /// let session = client.send(CreateVerifySession::new("+14155550100"))?.session_uuid;
    /// let code = sandbox.verify_code(&session).expect("a code was sent");
    /// client.send(ValidateVerifySession::new(session.as_str(), code.as_str()))?;
    /// let read = client.send(GetSingleVerifySession::new(session.as_str()))?;
    /// assert_eq!(read.status, Some(VerifySessionStatus::Verified));
    /// # Ok::<(), plivo::Error>(())
    /// ```
    pub fn verify_code(&self, session_uuid: &str) -> Option<String> {
        let state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        state.verify_code(session_uuid)
    }

    /// Expires an `in-progress` Verify session now, as its code's time running out would;
    /// `false` if there is no such session or it is not in progress. Over HTTP: `POST
    /// /sandbox/Verify/Session/{session_uuid}/expire/` (200 `{"session_uuid", "status"}`,
    /// 404 for an unknown session, 400 for one not in progress).
    pub fn expire_verify_session(&self, session_uuid: &str) -> bool {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        state.verify_session_expired(session_uuid)
    }

    /// The code a caller-ID verification ([`crate::ops::InitiateCallerIdVerification`])
    /// "sent", while it waits for [`crate::ops::VerifyCallerId`]; `None` once it is used or
    /// for an unknown verification. The code is valid for 15 minutes, as Plivo's. Over HTTP:
    /// `GET /sandbox/VerifiedCallerId/Verification/{verification_uuid}/code/` answers
    /// `{"verification_uuid", "code"}`.
    pub fn caller_id_code(&self, verification_uuid: &str) -> Option<String> {
        let state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        state.caller_id_code(verification_uuid)
    }
}

impl std::fmt::Debug for Sandbox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sandbox")
            .field("url", &self.url)
            .field("auth_id", &self.auth_id)
            .field("auth_token", &crate::Secret::MASK)
            .finish_non_exhaustive()
    }
}

impl Drop for Sandbox {
    /// Stops serving, joins the thread, and returns once the port refuses connections, so
    /// that a client still holding the URL gets a quick connection error, not a hang.
    fn drop(&mut self) {
        if let Some(server) = &self.server {
            server.unblock();
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
        // The last handle: dropping it tells tiny_http's accept thread to close the listener.
        drop(self.server.take());
        let addr = std::net::SocketAddr::from(([127, 0, 0, 1], self.port));
        for _ in 0..200 {
            let probe =
                std::net::TcpStream::connect_timeout(&addr, std::time::Duration::from_millis(50));
            if probe.is_err() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    }
}
