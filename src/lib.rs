//! A blocking client for the [Plivo](https://www.plivo.com) API: SMS and MMS, voice calls,
//! conferences, multi-party calls and audio streams, phone numbers, Powerpacks and number
//! regulation, 10DLC and toll-free registration, Verify, applications, subaccounts, SIP
//! endpoints, recordings and pricing.
//!
//! One entry point, [`Client::call`], takes an [`Operation`]: an enum with one variant per
//! operation, each carrying a plain params struct from [`ops`]. One table turns an operation
//! into a request (method, path, query or JSON body); one shared `ureq` agent sends it. No
//! async runtime, few dependencies: fit for sync programs, build scripts, small tools and FFI.
//!
//! # Quick start
//!
//! ```no_run
//! use plivo::{Client, ops};
//!
//! let client = Client::from_env()?; // PLIVO_AUTH_ID, PLIVO_AUTH_TOKEN
//! let resp = client.call(ops::SendMessage::new("14155550100", "14155550101", "hi"))?;
//! println!("{} {}", resp.status(), resp.body());
//!
//! // Optional fields are chained; required ones are constructor arguments.
//! let page = client.call(ops::GetMessages::new().limit(5).message_state(ops::MessageState::Delivered))?;
//! println!("{}", page.body()["meta"]["total_count"]);
//! # Ok::<(), plivo::Error>(())
//! ```
//!
//! # Typed answers and pagination
//!
//! Every params struct implements [`Typed`]: it names the model its answer decodes into
//! ([`models`]), and [`Client::send`] sends it through the same [`Client::call`] and decodes.
//! List operations also implement [`Paged`]: [`Client::items`] and [`Client::pages`] fetch
//! pages of 20 (or the `limit` you set) as the iterator advances, following `meta.next` and
//! starting from your filters and offset, so memory holds one page however long the list.
//!
//! ```no_run
//! use plivo::{Client, ops};
//!
//! let client = Client::from_env()?;
//! let account = client.send(ops::GetAccountDetails::new())?;
//! println!("{} has {:?} in credits", account.auth_id, account.cash_credits);
//!
//! let mut total = 0;
//! for record in client.items(ops::GetCallsDetails::new().end_time_gt("2024-01-01 00:00")) {
//!     let record = record?;          // the first error ends the iteration
//!     total += record.billed_duration.unwrap_or(0);
//! }
//! println!("{total} billed seconds");
//! # Ok::<(), plivo::Error>(())
//! ```
//!
//! Models are forward-compatible: unknown fields go to `extra`, unknown enum values to
//! `Unknown(..)`, structs are `#[non_exhaustive]`; money stays an exact [`models::Decimal`],
//! and ids that come as a string or a list are [`models::Ids`]. An empty 204 answer decodes
//! into [`models::Ack`]. A decode error is [`Error::Decode`] with the operation and the path of
//! the field that failed. [`Response::decode`] decodes a raw answer into any type of yours.
//!
//! # The JSON form
//!
//! Every operation can also be given as data, under the seed's names: handy for config files,
//! command lines and other languages.
//!
//! ```
//! let op = plivo::Operation::from_json(r#"{"operation": "sendMessage",
//!     "params": {"src": "14155550100", "destination": "14155550101<14155550102", "text": "hi"}}"#)?;
//! assert_eq!(op, plivo::ops::SendMessage::new("14155550100", ["14155550101", "14155550102"], "hi").into());
//! assert_eq!(op.to_json(), r#"{"operation":"sendMessage","params":{"destination":["14155550101","14155550102"],"src":"14155550100","text":"hi"}}"#);
//! # Ok::<(), plivo::Error>(())
//! ```
//!
//! - `operation` is the seed name (`sendMessage`, `makeCall`, …); a `Plivo.` prefix is
//!   accepted. [`OperationKind::ALL`] lists them with their fields.
//! - `params` takes the seed's field names (`callFrom`, `answerUrl`) or Plivo's wire names
//!   (`from`, `answer_url`). Fields the seed did not have use camelCase names of the wire
//!   names (`cascade`, `logIncomingMessages`, `endTimeGt` for `end_time__gt`).
//! - Booleans and integers may be JSON values or strings (`true`, `"True"`, `60`, `"60"`);
//!   lists may be JSON arrays or one string joined with the field's separator (`<` for
//!   destinations, `,` for URL and number lists). `null` means absent.
//! - An unknown operation, an unknown field, a missing required field or a value of the wrong
//!   type is an [`Error::Invalid`] that names it; a mistyped operation or field name gets a
//!   "did you mean" ([`OperationKind::suggest`], [`OperationKind::suggest_field`]). Errors in
//!   the envelope itself (empty input, not JSON, no `operation`) read "invalid operation
//!   JSON: …". [`Operation`] implements serde's `Serialize` and `Deserialize` in this same
//!   form.
//!
//! # What is sent
//!
//! - `GET` operations put their fields in the query string; `POST` sends a JSON object
//!   (`Content-Type: application/json`); `DELETE` sends one only when a field is set. Only
//!   the fields you set are sent: no defaults are re-sent, no path ids echoed.
//! - Uploads send `multipart/form-data`, built once: media as repeated `file` parts, and a
//!   phone-number compliance application as a `data` part (its JSON text) plus one
//!   `documents[i].file` part per document that carries a file. Updating that application
//!   is Plivo's only `PATCH`, which is retried like a `POST` (below).
//! - Fields are typed: booleans are JSON booleans (except message `log`, which Plivo takes
//!   as the string `"true"`/`"false"`), integers are numbers, lists are joined with `<`
//!   (destinations) or `,` (URL and number lists) where Plivo wants one string.
//! - Path values (ids, numbers, conference names) are percent-encoded, `.` and `/` included,
//!   so no value can change which resource is addressed.
//! - Every request carries HTTP Basic auth, `Accept: application/json` and
//!   `User-Agent: plivo-rust/<version> (Rust)`.
//!
//! # Validation
//!
//! Before anything is sent, [`Client::call`] runs [`Operation::validate`]: required strings
//! are not empty, `limit` is 1 to 20, `machineDetectionTime` 2000 to 10000, `timeLimit` above
//! 0, country codes are two upper-case letters, subaccount ids look like `SA…`, time filters
//! read `YYYY-MM-DD HH:MM[:SS]`, `src` is not among the destinations, values that reach a SIP
//! header (`sipHeaders`, `callerName`) hold no line break, URL fields (`answerUrl`,
//! `mediaUrls`, …) are absolute `http://` or `https://` URLs with a host and no space, and a
//! few operations' own rules
//! (a transfer's URL for each leg, an account update with at least one field). Negative
//! offsets and out-of-set enum values cannot be expressed in the typed API and are rejected
//! by the JSON form. The error names the field and the rule.
//!
//! # Errors
//!
//! [`Error`] has four kinds: [`Error::Invalid`] (nothing was sent), [`Error::Api`] (a non-2xx
//! status: status, `api_id`, Plivo's message, the body cut to 16 KiB, and the answer's
//! headers through [`ApiError::header`]; a redirect is not followed and its message names the
//! `Location`), [`Error::Transport`] (the name could not be resolved, no connection, a timeout,
//! a broken connection, an answer that is not valid HTTP, a body over the size cap; see
//! [`TransportKind`]) and [`Error::Decode`] (a 2xx answer that is not JSON, or whose
//! `Content-Encoding` the client did not ask for). Helpers such as
//! [`Error::is_not_found`], [`Error::status`] and [`Error::may_have_been_sent`] answer the
//! usual questions, and the `Display` of a transport error says whether the request may have
//! reached Plivo ("check before repeating it") or never left this machine.
//! usual questions. No error, `Debug` or `Display` output contains the auth token.
//!
//! ```
//! # fn demo(client: &plivo::Client) {
//! match client.call(plivo::ops::GetSingleMessage::new("no-such-uuid")) {
//!     Ok(resp) => println!("{}", resp.body()),
//!     Err(e) if e.is_not_found() => println!("no such message (api_id {:?})", e.api_id()),
//!     Err(e) => eprintln!("{e}"),
//! }
//! # }
//! ```
//!
//! # Timeouts
//!
//! On by default: 10 s to connect (TCP and TLS), then 30 s for each later phase (sending the
//! request, waiting for the answer's head, reading its body), and 90 s for the whole call,
//! retries and the waits between them included ([`DEFAULT_TOTAL_TIMEOUT`]). Set them with
//! [`ClientBuilder::connect_timeout`], [`ClientBuilder::response_timeout`] and
//! [`ClientBuilder::total_timeout`], or per call with [`CallOptions::timeout`] and
//! [`CallOptions::total_timeout`]; `None` turns one off.
//!
//! Within the total, each phase gets the smaller of its own bound and the time left; no retry
//! starts whose delay (backoff or `Retry-After`) would use up the time left, so the call ends
//! with the last answer instead; when the time runs out mid-attempt the error's
//! [`Error::is_timeout`] is `true` and [`Error::attempts`] tells the attempts made. Why 90 s:
//! one slow attempt may use its connect bound and two 30 s phases and still leave room for a
//! quick retry, while no call holds a thread for minutes (per-phase bounds alone let a server
//! that answers each phase just in time hold a `GET` for about 3 × 130 s plus backoff).
//!
//! The total is ureq's global timeout, which in bare ureq resolves the host name on a new
//! thread for every call; here names come from a cache (30 s per host), so that thread is
//! started only when the cache misses, not per call. The time left in a phase is handed to the
//! socket rounded up to a whole millisecond, so a kept-alive connection's socket timeouts are
//! set once, not re-set with a system call on every call; a bound may therefore fire up to
//! 1 ms late, never early. The answer's body is capped at 8 MiB
//! ([`ClientBuilder::max_response_bytes`]); an error answer is read only up to
//! [`ApiError::BODY_LIMIT`] (16 KiB), so a huge one keeps its status.
//!
//! # Retries
//!
//! On by default ([`RetryPolicy::default`]: 3 attempts, exponential backoff with jitter,
//! `Retry-After` honoured up to 30 s), and safe: a `POST` (a message, a call, an upload) or a
//! `PATCH` (the compliance update, which resubmits an application) is retried only when it
//! provably never left this machine, and then with the same bytes.
//!
//! | what failed | `GET`, `DELETE` | `POST`, `PATCH` |
//! |---|---|---|
//! | DNS lookup failed, connection refused | retried | retried |
//! | timeout, broken or reset connection | retried | not retried |
//! | an answer that is not valid HTTP | not retried | not retried |
//! | 429, 502, 503, 504 | retried | not retried |
//! | anything else | not retried | not retried |
//!
//! Set the policy with [`ClientBuilder::retry_policy`], or per call with [`Client::call_with`]
//! and [`CallOptions`] (which also takes a per-call timeout). The final error tells how many
//! attempts were made ([`Error::attempts`]), whether the request may have reached Plivo
//! ([`Error::may_have_been_sent`]) and how long the server asked to wait
//! ([`Error::retry_after`]). Each attempt is logged at debug level with the `log` crate
//! (target `plivo`: method, path, status, attempt, latency; never a body or a secret).
//!
//! # Services
//!
//! Most operations go to the main API (`https://api.plivo.com/v1/Account/{auth_id}/…`); a few
//! live on other Plivo hosts: number lookup (`lookup.plivo.com`, [`ops::LookupNumber`]), call
//! feedback (`stats.plivo.com`, [`ops::CreateCallFeedback`]) and PHLO
//! (`phlorunner.plivo.com`, [`ops::GetSinglePhlo`], [`ops::RunPhlo`]; a run's path,
//! `account/{auth_id}/phlo/{phlo_id}/`, takes the client's own auth id, never a field). Each
//! table row names its [`Service`]
//! ([`OperationKind::service`]). [`ClientBuilder::base_url`] sends every service to one origin
//! with the paths unchanged (they do not collide, so the sandbox serves them all on its one
//! port); [`ClientBuilder::service_url`] moves one service alone, and
//! [`Client::service_url`] tells where each goes. The same Basic authentication goes with
//! every request, and only to these origins.
//!
//! # File uploads
//!
//! Operations that carry files ([`ops::UploadMedia`] today) send a `multipart/form-data` body
//! written by the crate itself: text fields as text parts, then one part per file named by its
//! field's wire name. A file is an [`ops::File`]: [`ops::File::from_path`] reads it when the
//! request is built (a file that is missing, unreadable or over Plivo's documented size is an
//! [`Error::Invalid`] naming the field, and nothing is sent), [`ops::File::from_bytes`] carries
//! the bytes; the content type comes from the file name's extension unless given
//! ([`ops::content_type_for`]). The body is built once: a retry after a refused connection
//! sends the same bytes, and an upload is a `POST`, never repeated once it may have left.
//!
//! In the JSON form a file is a path string, `{"path": …, "filename"?: …, "contentType"?: …}`
//! or `{"filename": …, "contentType"?: …, "base64": …}`, and several files an array of these.
//! Reading a local file is a capability, not a default: [`Operation::from_json`] accepts paths
//! (for JSON you wrote), while [`Operation::from_json_with`] with the default [`JsonOptions`],
//! `Deserialize` for [`Operation`] and the C ABI accept only base64 unless the caller allows
//! paths ([`JsonOptions::allow_file_paths`]). The `plivo` command allows them.
//!
//! ```
//! use plivo::ops::{File, UploadMedia};
//! let client = plivo::Client::builder()
//!     .auth_id("MAXXXXXXXXXXXXXXXXXX")
//!     .auth_token("token")
//!     .build()?;
//! let upload = UploadMedia::new([File::from_bytes("pixel.png", None, vec![0x89, b'P', b'N', b'G'])]);
//! let prepared = client.prepare(upload)?;
//! assert!(prepared.content_type().unwrap().starts_with("multipart/form-data; boundary="));
//! assert!(prepared.body().unwrap().contains("filename=\"pixel.png\"\r\nContent-Type: image/png"));
//! # Ok::<(), plivo::Error>(())
//! ```
//!
//! # 10DLC registration: profiles, brands and campaigns
//!
//! US business SMS from a 10-digit long code needs a registered brand and campaign. The path
//! is a business profile ([`ops::CreateProfile`], with a typed [`ops::Address`] and
//! [`ops::AuthorizedContact`]), a brand made from it ([`ops::CreateBrand`], `STANDARD` or
//! `STARTER`), a campaign under the brand ([`ops::CreateCampaign`]: use case, sub-use-cases,
//! samples 1–5, opt-in, opt-out and help keywords and messages, the yes/no attributes), then
//! the account's numbers linked to the campaign ([`ops::LinkCampaignNumbers`]). The closed sets
//! (entity types, verticals, stock exchanges, brand types, use cases, …) are checked before
//! anything is sent and read back as open enums ([`models::EntityType`], [`models::Vertical`],
//! [`models::CampaignUsecase`], …) that keep values this crate does not know. The lists answer
//! in the named-key shape (`profiles`, `brands`, `campaigns`) and are walked by
//! [`Client::items`] like any other.
//!
//! Registration is asynchronous at Plivo (brands and campaigns start `PROCESSING`); the
//! sandbox approves at once (`COMPLETED`, `ACTIVE`), refuses a brand without its profile, a
//! campaign without its brand and a link to a number the account does not rent, and refuses to
//! delete what something still depends on. `cargo run --example register_10dlc` walks the whole
//! path.
//!
//! ```
//! # #[cfg(feature = "sandbox")] {
//! use plivo::models::{BrandType, CampaignUsecase, CustomerType, EntityType, Vertical};
//! use plivo::ops::{
//!     Address, BuyNumber, CreateBrand, CreateCampaign, CreateProfile, GetCampaignNumbers,
//!     LinkCampaignNumbers, SearchNewNumbers,
//! };
//!
//! let sandbox = plivo::sandbox::Sandbox::start()?;
//! let client = sandbox.client();
//! let profile = client.send(
//!     CreateProfile::new("acme", CustomerType::Direct, EntityType::Private, "Acme Inc.", Vertical::Technology)
//!         .ein("123456789")
//!         .ein_issuing_country("US")
//!         .address(Address::new("123 Main St", "New York", "NY", "10001", "US")),
//! )?;
//! let brand = client.send(CreateBrand::new("acme", BrandType::Standard, profile.profile_uuid.as_str()))?;
//! let campaign = client.send(
//!     CreateCampaign::new(brand.brand_id.as_str(), Vertical::Technology, CampaignUsecase::Mixed)
//!         .sub_usecases(["2FA", "ACCOUNT_NOTIFICATION"])
//!         .sample1("Your Acme code is 123456. Reply STOP to opt out.")
//!         .subscriber_optin(true)
//!         .subscriber_optout(true)
//!         .subscriber_help(true),
//! )?;
//!
//! let number = client.send(SearchNewNumbers::new("US").limit(1))?.objects[0].number.clone();
//! client.send(BuyNumber::new(number.as_str()))?;
//! client.send(LinkCampaignNumbers::new(campaign.campaign_id.as_str(), [number.as_str()]))?;
//! let linked = client.send(GetCampaignNumbers::new(campaign.campaign_id.as_str()))?;
//! assert_eq!(linked.phone_numbers.unwrap_or_default()[0].number, number);
//! # }
//! # Ok::<(), plivo::Error>(())
//! ```
//!
//! # Verify: one-time codes and verified caller IDs
//!
//! [`ops::CreateVerifySession`] sends a one-time code by SMS or voice ([`ops::VerifyChannel`]),
//! [`ops::ValidateVerifySession`] checks what the user typed, and
//! [`ops::GetSingleVerifySession`] / [`ops::GetVerifySessions`] read sessions back
//! ([`models::VerifySession`]: `in-progress`, then `verified` or `expired`). Verified caller IDs
//! prove you own a number before calls show it: [`ops::InitiateCallerIdVerification`], then
//! [`ops::VerifyCallerId`] with the code, then get, update, list and delete.
//!
//! The sandbox delivers nothing; it shows the code it "sent", so tests finish the flow
//! offline: `Sandbox::verify_code` and `Sandbox::caller_id_code`, or over HTTP, for any
//! language, `GET /sandbox/Verify/Session/{uuid}/code/` and
//! `GET /sandbox/VerifiedCallerId/Verification/{uuid}/code/` with the account's Basic auth. A
//! wrong code is a 400 and counts; a session takes at most 10 validations and expires after 10
//! minutes (`Sandbox::expire_verify_session` ends one at once). `cargo run --example
//! verify_otp` walks the whole flow.
//!
//! ```
//! # #[cfg(feature = "sandbox")] {
//! use plivo::models::VerifySessionStatus;
//! use plivo::ops::{CreateVerifySession, GetSingleVerifySession, ValidateVerifySession};
//!
//! let sandbox = plivo::sandbox::Sandbox::start()?;
//! let client = sandbox.client();
//! let session = client.send(CreateVerifySession::new("+14155550100").code_length(6))?.session_uuid;
//! let code = sandbox.verify_code(&session).expect("the sandbox shows the code it sent");
//! client.send(ValidateVerifySession::new(session.as_str(), code.as_str()))?;
//! let read = client.send(GetSingleVerifySession::new(session.as_str()))?;
//! assert_eq!(read.status, Some(VerifySessionStatus::Verified));
//! # }
//! # Ok::<(), plivo::Error>(())
//! ```
//!
//! # Toll-free verification and hosted messaging
//!
//! A US or Canadian toll-free number is verified before it sends application-to-person
//! messages: [`ops::CreateTollfreeVerification`] names a toll-free number the account rents,
//! the profile that sends, its use cases ([`ops::TollfreeUsecase`]), samples, the opt-in
//! evidence ([`ops::OptinType`]) and the monthly volume ([`ops::MessageVolume`]); the closed
//! sets, URLs and length limits are checked before sending. The request starts `SUBMITTED` and
//! can be read, listed, updated while `SUBMITTED` or `UPDATE_REQUIRED`, and deleted.
//!
//! Hosted messaging lets Plivo carry the messages of a number whose voice stays elsewhere:
//! upload the signed letter of authorization ([`ops::CreateLoa`], an upload: `alias`, then
//! `file`), then order the number under it ([`ops::CreateHostedMessagingNumber`]). Both lists
//! page under `meta_response` ([`ListShape::MetaResponse`]).
//!
//! ```
//! # #[cfg(feature = "sandbox")] {
//! use plivo::ops::{
//!     BuyNumber, CreateApplication, CreateHostedMessagingNumber, CreateLoa,
//!     CreateTollfreeVerification, File, GetHostedMessagingNumbers, MessageVolume, NumberType,
//!     OptinType, SearchNewNumbers, TollfreeUsecase,
//! };
//! let sandbox = plivo::sandbox::Sandbox::start()?;
//! let client = sandbox.client();
//!
//! // Verify a toll-free number the account rents.
//! let offer = client.send(SearchNewNumbers::new("US").number_type(NumberType::Tollfree))?;
//! let number = offer.objects[0].number.clone();
//! client.send(BuyNumber::new(number.as_str()))?;
//! let request = client.send(
//!     CreateTollfreeVerification::new(
//!         number.as_str(),
//!         "0ead82e0-fc80-4dc3-888b-7778932cf134",
//!         [TollfreeUsecase::TwoFa.as_str()],
//!         "We send sign-up codes.",
//!         "Your Acme code is 1234.",
//!         "https://example.com/optin.png",
//!         OptinType::WebForm,
//!         MessageVolume::Thousand,
//!     )
//!     .callback_url("https://example.com/tfv"),
//! )?;
//! assert!(request.uuid.is_some());
//!
//! // Host a number's messaging under a letter of authorization.
//! let app = client.send(CreateApplication::new("sms", "https://example.com/answer"))?;
//! let pdf = File::from_bytes("loa.pdf", None, b"%PDF-1.4".to_vec());
//! let loa = client.send(CreateLoa::new("acme", pdf))?;
//! client.send(CreateHostedMessagingNumber::new(
//!     "shop",
//!     app.app_id.as_str(),
//!     loa.loa_id.as_str(),
//!     "14155550123",
//! ))?;
//! let hosted = client.send(GetHostedMessagingNumbers::new().loa_id(loa.loa_id.as_str()))?;
//! assert_eq!(hosted.objects[0].number.as_deref(), Some("14155550123"));
//! # }
//! # Ok::<(), plivo::Error>(())
//! ```
//!
//! # Multi-party calls
//!
//! A multi-party call (MPC) holds up to ten participants with roles ([`ops::MpcRole`]: agent,
//! supervisor, customer, ai-agent), coaching, hold music and recordings. It is addressed by uuid
//! or by friendly name: [`ops::MpcId::uuid`] or [`ops::MpcId::name`], which the path spells
//! `uuid_…` or `name_…` (in the JSON form, `mpcId` is that string or `{"uuid": …}` /
//! `{"friendly_name": …}`). [`ops::AddMultiPartyCallParticipant`] dials a participant in (`from`
//! and `to`) or moves a call in progress in (`call_uuid`); adding to a name that no call in
//! progress carries creates the call. Its interdependent fields are checked before sending, each
//! error naming the field: `from`+`to` or `call_uuid` and not both, at most 20 destinations and
//! several only for an agent, `ring_timeout`/`delay_dial` one whole number per destination, the
//! ranges of `max_duration` (300..=28800), `max_participants` (2..=10),
//! `record_min_member_count` (1..=2) and `caller_name` (1 to 50 characters), `confirm_key`,
//! `dial_music`, `enter_sound`/`exit_sound`, [`ops::MPC_STATUS_CALLBACK_EVENTS`], URLs and
//! methods. [`ops::UpdateMultiPartyCallParticipant`] mutes, holds or coaches one participant or
//! `all`; [`ops::KickMultiPartyCallParticipant`] removes one; recordings of the whole call and of
//! one participant start, pause, resume and stop; [`ops::StartParticipantPlay`] and
//! [`ops::StartParticipantSpeak`] play audio or speak text to a participant;
//! [`ops::StopMultiPartyCall`] ends the call. The sandbox keeps the call's state machine
//! (`Initialized`, `Active`, `Ended`), its participants and its recordings.
//!
//! ```
//! # #[cfg(feature = "sandbox")] {
//! use plivo::ops::{self, MpcId, MpcRole};
//! let sandbox = plivo::sandbox::Sandbox::start()?;
//! let client = sandbox.client();
//! let desk = MpcId::name("support desk");
//! // The first participant creates the call; an agent may be dialed at several numbers.
//! let added = client.send(
//!     ops::AddMultiPartyCallParticipant::new(desk.clone(), MpcRole::Agent)
//!         .from("14155550100")
//!         .to(["14155550101", "14155550102"])
//!         .ring_timeout(["30", "45"]),
//! )?;
//! assert_eq!(added.calls.map(|legs| legs.len()), Some(2));
//! client.send(
//!     ops::AddMultiPartyCallParticipant::new(desk.clone(), MpcRole::Customer)
//!         .from("14155550100")
//!         .to("14155550103")
//!         .mute(true),
//! )?;
//! let participants = client.send(ops::GetMultiPartyCallParticipants::new(desk.clone()))?;
//! let customer = participants.objects[1].member_id.clone().expect("a member id");
//! client.send(ops::UpdateMultiPartyCallParticipant::new(desk.clone(), customer.as_str()).mute(false))?;
//! client.send(ops::StartMultiPartyCallRecording::new(desk.clone()))?;
//! client.send(ops::StopMultiPartyCall::new(desk.clone()))?;
//! let ended = client.send(ops::GetSingleMultiPartyCall::new(desk))?;
//! assert_eq!(ended.status.as_deref(), Some("Ended"));
//! assert_eq!(ended.termination_cause_code, Some(3000));
//! # }
//! # Ok::<(), plivo::Error>(())
//! ```
//!
//! # Audio streams (AI voice agents)
//!
//! A live call's audio can be streamed to a WebSocket server (an AI voice agent listening and,
//! with `bidirectional`, speaking back). Attach a stream when answering, with the
//! [`xml::Stream`] element, or start one on a call that is already live with
//! [`ops::StartStream`]; list, read and stop them with [`ops::GetStreams`],
//! [`ops::GetSingleStream`], [`ops::StopSingleStream`] and [`ops::StopStreams`]. The service
//! URL must be `wss://` (or `ws://`), the track and content type are closed sets
//! ([`ops::StreamAudioTrack`], [`ops::StreamContentType`]), and a bidirectional stream streams
//! the `inbound` track only: all checked before anything is sent. A call's streams end with it.
//! `cargo run --example voice_agent_stream` does the whole round (answer XML, start, list,
//! read, stop, hang up) against the sandbox.
//!
//! ```
//! # #[cfg(feature = "sandbox")] {
//! use plivo::ops::{GetStreams, MakeCall, StartStream, StopStreams, StreamAudioTrack};
//! let sandbox = plivo::sandbox::Sandbox::start()?;
//! let client = sandbox.client();
//! let call = client.send(MakeCall::new("14155550100", "14155550101", "https://example.com/answer"))?;
//! let call = call.request_uuid.to_vec().remove(0);
//! let started = client.send(
//!     StartStream::new(call.as_str(), "wss://agent.example.com/voice")
//!         .bidirectional(true)
//!         .audio_track(StreamAudioTrack::Inbound),
//! )?;
//! let streams = client.send(GetStreams::new(call.as_str()))?;
//! assert_eq!(streams.objects[0].stream_id, started.stream_id.unwrap_or_default());
//! client.send(StopStreams::new(call.as_str()))?;
//! assert!(client.send(GetStreams::new(call.as_str()))?.objects.is_empty());
//! # }
//! # Ok::<(), plivo::Error>(())
//! ```
//!
//! # Number masking
//!
//! Number masking connects two parties through a virtual number so that neither sees the
//! other's real number: [`ops::CreateMaskingSession`] answers the session's uuid and the
//! virtual number both parties call, [`ops::GetSingleMaskingSession`] reads it,
//! [`ops::UpdateMaskingSession`] changes its settings, [`ops::DeleteMaskingSession`] ends it
//! and [`ops::GetMaskingSessions`] lists sessions newest first, filtered by party, status,
//! times and duration. The list comes in Plivo's `response{meta, objects}` wrapper, which
//! [`Client::items`] walks like any other. PINs, the parties, methods, file formats and URLs are
//! checked before anything is sent. The sandbox gives each session a voice number the account
//! rents (buy one first) and lets sessions expire.
//!
//! ```
//! # #[cfg(feature = "sandbox")] {
//! use plivo::ops::{
//!     BuyNumber, CreateMaskingSession, DeleteMaskingSession, GetMaskingSessions,
//!     MaskingSessionStatus, SearchNewNumbers,
//! };
//! let sandbox = plivo::sandbox::Sandbox::start()?;
//! let client = sandbox.client();
//! let offer = client.send(SearchNewNumbers::new("US").limit(1))?;
//! client.send(BuyNumber::new(offer.objects[0].number.as_str()))?;
//!
//! let created = client.send(
//!     CreateMaskingSession::new("+14155550100", "+14155550101").session_expiry(1800),
//! )?;
//! let uuid = created.session_uuid.expect("the new session's uuid");
//! assert!(created.virtual_number.is_some());
//! let active: Vec<_> = client
//!     .items(GetMaskingSessions::new().status(MaskingSessionStatus::Active))
//!     .collect::<Result<_, _>>()?;
//! assert_eq!(active.len(), 1);
//! client.send(DeleteMaskingSession::new(uuid.as_str()))?;
//! # }
//! # Ok::<(), plivo::Error>(())
//! ```
//!
//! # PHLO
//!
//! PHLOs are Plivo's visual workflows, drawn in the console and driven through their own
//! service ([`Service::Phlo`]). [`ops::GetSinglePhlo`] reads one, [`ops::RunPhlo`] starts a run
//! with the start node's values and [`ops::GetSinglePhloRun`] reads a run back. A PHLO's nodes
//! are read with [`ops::GetSinglePhloNode`] (or [`ops::GetSinglePhloMultiPartyCall`]);
//! [`ops::UpdatePhloNode`] calls a party into a multi-party call node or transfers one
//! ([`ops::PhloNodeAction`]; a `call` needs a [`ops::PhloMemberRole`]), and
//! [`ops::UpdatePhloNodeMember`] holds, mutes or hangs up one member
//! ([`ops::PhloMemberAction`]). The sandbox makes PHLOs and nodes on request
//! (`Sandbox::add_phlo`, `Sandbox::add_phlo_node`), since Plivo's API makes none.
//!
//! ```
//! # #[cfg(feature = "sandbox")] {
//! use plivo::ops::{self, PhloMemberAction, PhloMemberRole, PhloNodeAction, PhloNodeType};
//! let sandbox = plivo::sandbox::Sandbox::start()?;
//! let client = sandbox.client();
//! let phlo_id = sandbox.add_phlo("support desk");
//! let node_id = sandbox
//!     .add_phlo_node(&phlo_id, PhloNodeType::MultiPartyCall, "desk")
//!     .expect("the PHLO exists");
//! let run = client.send(ops::RunPhlo::new(phlo_id.as_str()).param("from", "14155550100"))?;
//! let run_id = run.phlo_run_id.expect("a run id");
//! let read = client.send(ops::GetSinglePhloRun::new(phlo_id.as_str(), run_id.as_str()))?;
//! assert_eq!(read.run_id, Some(run_id.clone()));
//! client.send(
//!     ops::UpdatePhloNode::new(
//!         phlo_id.as_str(), PhloNodeType::MultiPartyCall, node_id.as_str(),
//!         PhloNodeAction::Call, "14155550100", "14155550101",
//!     )
//!     .role(PhloMemberRole::Agent),
//! )?;
//! client.send(ops::UpdatePhloNodeMember::new(
//!     phlo_id.as_str(), PhloNodeType::MultiPartyCall, node_id.as_str(), "14155550101",
//!     PhloMemberAction::Hold,
//! ))?;
//! assert!(sandbox.phlo_member(&phlo_id, &node_id, "14155550101").is_some_and(|m| m.held));
//! # }
//! # Ok::<(), plivo::Error>(())
//! ```
//!
//! # Queued calls and transcriptions
//!
//! A call placed with `makeCall` is queued until it is answered: [`ops::GetQueuedCalls`] lists
//! the uuids of the queued calls (not paged, like the live calls) and
//! [`ops::GetSingleQueuedCall`] shows one; cancel it with [`ops::HangupCallRequest`] or
//! [`ops::HangupSingleCall`]. The sandbox answers every call at once, so a test makes a queued
//! call with `Sandbox::add_queued_call`. A recording can be transcribed:
//! [`ops::CreateTranscription`] takes the recording's id, and [`ops::GetSingleTranscription`]
//! and [`ops::DeleteTranscription`] address the transcription by that same id. Deleting the
//! recording deletes its transcription.
//!
//! ```
//! # #[cfg(feature = "sandbox")] {
//! use plivo::ops;
//! let sandbox = plivo::sandbox::Sandbox::start()?;
//! let client = sandbox.client();
//!
//! // A call waiting to be answered, then cancelled.
//! let queued = sandbox.add_queued_call("14155550100", "14155550101");
//! assert_eq!(client.send(ops::GetQueuedCalls::new())?.calls, [queued.clone()]);
//! client.send(ops::HangupCallRequest::new(queued.as_str()))?;
//!
//! // A recorded call, its recording transcribed.
//! let call = client.send(ops::MakeCall::new("14155550100", "14155550102", "https://example.com/answer"))?;
//! let uuid = call.request_uuid.first().expect("one destination").to_owned();
//! let recording = client.send(ops::RecordCall::new(uuid.as_str()))?.recording_id.expect("an id");
//! client.send(ops::HangupSingleCall::new(uuid.as_str()))?;
//! client.send(ops::CreateTranscription::new(recording.as_str()))?;
//! let text = client.send(ops::GetSingleTranscription::new(recording.as_str()))?;
//! assert_eq!(text.status.as_deref(), Some("success"));
//! # }
//! # Ok::<(), plivo::Error>(())
//! ```
//!
//! # Regulatory compliance
//!
//! Many countries let only identified end users hold their numbers. The regulatory compliance
//! operations bundle the proof Plivo needs: [`ops::GetComplianceRequirements`] says what a
//! country, number type and end user type need (one document from each group of acceptable
//! document types; [`ops::GetComplianceDocumentTypes`] lists the types and the data fields each
//! carries), [`ops::CreateEndUser`] makes the person or business ([`ops::UserType`]),
//! [`ops::CreateComplianceDocument`] uploads a document (`multipart/form-data`: its text fields,
//! one text part per data field, then the proof as the `file` part; the data fields are an open
//! JSON object, since each document type has its own), [`ops::CreateComplianceApplication`]
//! bundles the documents in a `draft` and [`ops::SubmitComplianceApplication`] sends it for
//! review (`submitted`; Plivo then accepts or rejects it, and a rejected one can be updated and
//! submitted again). The sandbox knows a small fixed table of document types and requirements
//! (`DE` local, `GB` mobile, `IN` local), checks that everything an application names exists and
//! belongs together, and plays the reviewer with `Sandbox::review_compliance_application`.
//!
//! ```
//! # #[cfg(feature = "sandbox")] {
//! use plivo::models::ComplianceStatus;
//! use plivo::ops::{self, File, NumberType, UserType};
//! let sandbox = plivo::sandbox::Sandbox::start()?;
//! let client = sandbox.client();
//! // What a German local number for a person needs: one document per group.
//! let requirement = client.send(
//!     ops::GetComplianceRequirements::new()
//!         .country_iso2("DE")
//!         .number_type(NumberType::Local)
//!         .end_user_type(UserType::Individual),
//! )?;
//! let types = client.send(ops::GetComplianceDocumentTypes::new())?;
//! let type_id = |name: &str| {
//!     types.objects.iter()
//!         .find(|t| t.document_name.as_deref() == Some(name))
//!         .map(|t| t.document_type_id.clone())
//!         .expect("in the table")
//! };
//! let user = client.send(ops::CreateEndUser::new("Ada", UserType::Individual).last_name("Lovelace"))?;
//! let passport = client.send(
//!     ops::CreateComplianceDocument::new(user.end_user_id.as_str(), type_id("Passport").as_str())
//!         .data_field("first_name", "Ada")
//!         .file(File::from_bytes("passport.pdf", None, b"%PDF-1.4".to_vec())),
//! )?;
//! let address = client.send(
//!     ops::CreateComplianceDocument::new(user.end_user_id.as_str(), type_id("Address Details").as_str())
//!         .data_field("city", "London"),
//! )?;
//! let documents = [passport.id().unwrap_or_default(), address.id().unwrap_or_default()];
//! let application = client.send(
//!     ops::CreateComplianceApplication::new(user.end_user_id.as_str(), documents)
//!         .compliance_requirement_id(requirement.compliance_requirement_id.as_str())
//!         .alias("ada-de"),
//! )?;
//! assert_eq!(application.status, Some(ComplianceStatus::Draft));
//! let id = application.compliance_application_id.expect("an id");
//! let submitted = client.send(ops::SubmitComplianceApplication::new(id.as_str()))?;
//! assert_eq!(submitted.status, Some(ComplianceStatus::Submitted));
//! // The sandbox plays the reviewer.
//! assert!(sandbox.review_compliance_application(&id, ComplianceStatus::Accepted, ""));
//! # }
//! # Ok::<(), plivo::Error>(())
//! ```
//!
//! # Powerpacks and number pools
//!
//! A Powerpack sends messages from a pool of the account's numbers, toll-free numbers and short
//! codes, choosing the sender by the destination's country and the Powerpack's
//! [`NumberPriority`](ops::NumberPriority) entries (typed: a country, an optional `SMS`/`MMS`
//! service type and one to three [`SenderKind`](ops::SenderKind)s in order, checked before
//! sending). `createPowerpack`, `getSinglePowerpack`, `getPowerpacks`, `updatePowerpack` and
//! `deletePowerpack` manage Powerpacks; the thirteen pool operations (`getPoolNumbers`,
//! `countPoolNumbers`, `getSinglePoolNumber`, `addPoolNumber`, `buyPoolNumber`,
//! `removePoolNumber`, the `…PoolTollfree…` and `…PoolShortcode…` ones) take the pool's id as
//! the field `number_pool_uuid` and send one request each. Read that id once from the Powerpack
//! with [`Powerpack::number_pool_id`](models::Powerpack::number_pool_id) (the official Python SDK
//! re-reads the Powerpack before every pool call instead). `buyPoolNumber` rents a number and
//! adds it in one request: it then shows among the account's rented numbers too.
//! [`ops::SendMessage::via_powerpack`] sends a message through the Powerpack, which picks the
//! sender from its pool, instead of from `src`.
//! `countPoolNumbers` is the list's request answered by its `meta.total_count`
//! ([`PoolNumberCount::total`](models::PoolNumberCount::total)).
//!
//! ```
//! # #[cfg(feature = "sandbox")] {
//! use plivo::ops::{
//!     BuyPoolNumber, CountPoolNumbers, CreatePowerpack, DeletePowerpack, GetRentedNumber,
//!     NumberPriority, NumberType, SearchNewNumbers, SenderKind,
//! };
//!
//! let sandbox = plivo::sandbox::Sandbox::start()?;
//! let client = sandbox.client();
//!
//! let pack = client.send(CreatePowerpack::new("alerts").number_priority(vec![
//!     NumberPriority::new("US", [SenderKind::Longcode, SenderKind::Tollfree]),
//! ]))?;
//! let pool = pack.number_pool_id().expect("a new Powerpack has a pool").to_owned();
//!
//! let offers = client.send(SearchNewNumbers::new("US").number_type(NumberType::Local).limit(1))?;
//! let number = offers.objects[0].number.clone();
//! client.send(BuyPoolNumber::new(pool.as_str(), number.as_str()))?;
//! // Bought into the pool, rented by the account.
//! assert_eq!(client.send(GetRentedNumber::new(number.as_str()))?.number, number);
//! assert_eq!(client.send(CountPoolNumbers::new(pool.as_str()))?.total(), 1);
//!
//! // Deleting with `unrent_numbers` gives the pool's numbers back too.
//! let uuid = pack.uuid.clone().expect("uuid");
//! client.send(DeletePowerpack::new(uuid.as_str()).unrent_numbers(true))?;
//! assert!(client.send(GetRentedNumber::new(number.as_str())).is_err());
//! # }
//! # Ok::<(), plivo::Error>(())
//! ```
//!
//! `examples/powerpack.rs` walks the same path and sends a message from the pool's number
//! (`cargo run --example powerpack`; it uses `PLIVO_AUTH_ID`/`PLIVO_AUTH_TOKEN`/`PLIVO_BASE_URL`
//! when set, the offline sandbox otherwise).
//!
//! # Number regulation: compliance applications, addresses and identities
//!
//! Some countries let an account rent numbers only with proof of who will use them.
//! [`ops::GetPhoneNumberComplianceRequirements`] says what an application for a country, number
//! type and end-user type must carry (document types, the fields each asks for, whether it needs a
//! file). A phone-number compliance application is created and updated as a multipart upload
//! ([`ops::CreatePhoneNumberCompliance`], [`ops::UpdatePhoneNumberCompliance`], see
//! [`ops::ComplianceData`]), read, listed ([`ops::GetPhoneNumberCompliances`], items under
//! `compliances`, `expand` for end user, documents and linked numbers) and deleted;
//! [`ops::LinkPhoneNumberCompliance`] links rented numbers to applications
//! ([`ops::ComplianceNumberLink`]) and answers 200 even when some fail: read each number's outcome
//! in [`models::ComplianceLinkReport::report`].
//!
//! The older verification API keeps addresses and identities: [`ops::CreateAddress`] and
//! [`ops::CreateIdentity`] upload the text fields and the proof ([`ops::File`], a JPEG, PNG or PDF
//! of at most 5 MiB) as `multipart/form-data`; booleans go as `true`/`false`, and the local path of
//! the file is never sent. Plivo answers 202 without an id: find the new entry with
//! [`ops::GetAddresses`] or [`ops::GetIdentities`]. Closed sets: [`ops::Salutation`],
//! [`ops::AddressProofType`], [`models::VerificationStatus`]. The sandbox keeps each proof's name,
//! size and content type (`Sandbox::address_file`, `Sandbox::identity_file`), never its bytes.
//!
//! ```
//! # #[cfg(feature = "sandbox")] {
//! use plivo::ops::{
//!     self, AddressProofType, ComplianceData, ComplianceEndUser, ComplianceNumberLink, File,
//!     NumberType, Salutation, UserType,
//! };
//! let sandbox = plivo::sandbox::Sandbox::start()?;
//! let client = sandbox.client();
//!
//! // What an application for Indian local numbers of a business must carry.
//! let requirement = client.send(ops::GetPhoneNumberComplianceRequirements::new(
//!     "IN", NumberType::Local, UserType::Business,
//! ))?;
//! assert_eq!(requirement.document_types.map(|d| d.len()), Some(2));
//!
//! // An application, a rented number linked to it, and the application's linked numbers.
//! let created = client.send(ops::CreatePhoneNumberCompliance::new(ComplianceData::application(
//!     "IN", NumberType::Local, "acme-in", ComplianceEndUser::new(UserType::Business, "Acme Ltd"),
//! )))?;
//! let compliance_id = created.compliance_id.expect("an id");
//! let offer = client.send(ops::SearchNewNumbers::new("US").limit(1))?.objects[0].number.clone();
//! client.send(ops::BuyNumber::new(offer.as_str()))?;
//! let report = client.send(ops::LinkPhoneNumberCompliance::new(vec![
//!     ComplianceNumberLink::new(format!("+{offer}"), compliance_id.as_str()),
//! ]))?;
//! assert_eq!(report.updated_count, Some(1));
//! let listed = client.send(ops::GetPhoneNumberCompliances::new().expand(["linked_numbers"]))?;
//! assert_eq!(listed.objects[0].linked_numbers.as_ref().map(Vec::len), Some(1));
//!
//! // An address with its proof: the answer has no id, the list finds it.
//! client.send(
//!     ops::CreateAddress::new(
//!         "FR", Salutation::Mr, "Bruce", "Wayne", "128", "RUE DU COMMANDANT GUILBAUD",
//!         "PARIS", "PARIS", "75016", AddressProofType::Passport,
//!     )
//!     .alias("paris office")
//!     .file(File::from_bytes("proof.pdf", None, b"%PDF-1.4".to_vec())),
//! )?;
//! let address = client.send(ops::GetAddresses::new().alias("paris office"))?.objects.remove(0);
//! assert_eq!(sandbox.address_file(&address.id).map(|f| f.size), Some(8));
//! client.send(ops::UpdateAddress::new(address.id.as_str()).city("LYON"))?;
//! client.send(ops::DeleteAddress::new(address.id.as_str()))?;
//! # }
//! # Ok::<(), plivo::Error>(())
//! ```
//!
//! # Threads
//!
//! [`Client`] is `Clone + Send + Sync`; clones share one connection pool. Use one client per
//! set of credentials and share it.
//!
//! # Hosts, TLS and proxies
//!
//! Requests go to `https://api.plivo.com` over TLS (rustls, with the Mozilla root
//! certificates). [`ClientBuilder::base_url`] sends every request to another origin with the
//! paths unchanged, for a sandbox or a test server; it is the only way to use plain HTTP.
//! Proxies, as ureq reads them: when the client is built, the first of `ALL_PROXY`,
//! `all_proxy`, `HTTPS_PROXY`, `https_proxy`, `HTTP_PROXY`, `http_proxy` that is set to a valid
//! proxy URL is used for every request, whatever its scheme (so `HTTP_PROXY` alone also carries
//! the HTTPS traffic, tunnelled with `CONNECT`); hosts listed in `NO_PROXY` bypass it.
//! [`ClientBuilder::proxy`] names a proxy explicitly and [`ClientBuilder::no_proxy`] ignores the
//! environment; the tests use the latter.
//!
//! # Legacy operations
//!
//! Six seed operations exist only in Plivo's older API and no current official SDK sends
//! them: `hangupCalls` (`DELETE Call/`) and the five incoming-carrier operations
//! (`IncomingCarrier/`). They are kept with the older API's routes
//! ([`OperationKind::is_legacy`]); Plivo may answer them with 404 or 405, which you get as
//! [`Error::Api`].
//!
//! # Access tokens
//!
//! [`token::AccessToken`] signs the JWT that Plivo's browser and mobile SDKs log an endpoint
//! in with (HS256, keyed with the auth token), locally and without a request, as the official
//! SDKs do. [`ops::CreateToken`] asks Plivo to mint one instead.
//!
//! ```
//! let jwt = plivo::token::AccessToken::new("MADADADADADADADADADA", "auth-token", "alice")
//!     .incoming(true)
//!     .outgoing(true)
//!     .lifetime(3600) // seconds, 180 to 86400; nbf defaults to now
//!     .to_jwt()?;
//! assert_eq!(jwt.split('.').count(), 3);
//! # Ok::<(), plivo::Error>(())
//! ```
//!
//! # Webhook signatures
//!
//! [`webhook`] checks that a callback request comes from Plivo: [`webhook::validate_v3`] for
//! the `X-Plivo-Signature-V3` header (and `-Ma-V3` with the main account's token),
//! [`webhook::validate_v2`] for V2, [`webhook::validate_v1`] for the legacy SHA-1 scheme, and
//! [`webhook::verify_request`] to check whichever headers a request carries. Comparisons are
//! constant-time; pass the callback URL exactly as configured in Plivo.
//!
//! ```
//! let params = [("CallUUID", "0d9ab0fa"), ("From", "14155550100")];
//! let url = "https://example.com/answer";
//! let header = plivo::webhook::compute_v3("POST", url, "12345", &params, "auth-token")?;
//! assert!(plivo::webhook::validate_v3("POST", url, "12345", &params, &header, "auth-token"));
//! # Ok::<(), plivo::Error>(())
//! ```
//!
//! # Plivo XML
//!
//! [`xml`] builds the XML documents your answer URLs return (`Response`, `Speak`, `Dial`,
//! `GetInput`, `MultiPartyCall`, SSML, …): typed attributes, nesting checked by the compiler,
//! the other rules checked by `to_xml`, and output byte for byte the Python SDK's.
//!
//! ```
//! use plivo::xml::{Response, Speak};
//! let xml = Response::new().add(Speak::new("Hi")).to_xml()?;
//! assert_eq!(xml, "<Response><Speak>Hi</Speak></Response>");
//! # Ok::<(), plivo::Error>(())
//! ```
//!
//! # Features
//!
//! - `sandbox` (off by default): `plivo::sandbox::Sandbox`, an in-memory imitation of the Plivo API
//!   on loopback for tests and demos. It adds the `tiny_http` server crate; without the feature
//!   the library has none of it.
//!
//! # Minimum Rust version
//!
//! Rust 1.85.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

#[macro_use]
mod params;

mod client;
mod dispatch;
mod error;
mod json;
mod mask;
pub mod models;
mod multipart;
mod operation;
pub mod ops;
mod resolver;
mod response;
pub mod retry;
mod rules;
#[cfg(feature = "sandbox")]
pub mod sandbox;
mod secret;
mod service;
mod steady;
mod suggest;
pub mod token;
mod transport;
pub mod typed;
pub mod webhook;
pub mod xml;

pub use client::{
    Client, ClientBuilder, DEFAULT_BASE_URL, DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_RESPONSE_TIMEOUT, DEFAULT_TOTAL_TIMEOUT, PreparedRequest,
};
pub use error::{ApiError, DecodeError, Error, InvalidInput, TransportError, TransportKind};
pub use models::ListShape;
pub use operation::{JsonOptions, Operation, OperationKind};
pub use params::{FieldSpec, IntoList};
pub use response::Response;
pub use retry::{CallOptions, RetryPolicy};
pub use secret::Secret;
pub use service::Service;
pub use typed::{Items, PAGE_SIZE, Paged, Pages, RawPages, Typed};

/// The README's examples compile as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
