//! The sandbox's rules that span resources, and what more than one handler needs to know.
//!
//! Handlers (`super::handlers`) parse a request, call the state and answer; none of them
//! imports another. What one resource's change does to another lives here, as one function
//! on [`State`](super::state::State) per event, named for it (`call_ended`, `member_left`,
//! `recording_finished`, `application_deleted`, …) and documented with everything it changes.
//!
//! - [`calls`]: live calls, conferences and recordings, which hang off one another.
//! - [`accounts`]: subaccounts, applications and carriers: who owns and serves what, and what
//!   their deletion does to endpoints and numbers.
//! - [`countries`]: the countries the sandbox knows, for numbers and messages.
//! - [`masking`]: number masking sessions and the virtual numbers they hold.
//! - [`media`]: uploaded media and the messages that carry them.
//! - [`numbers`]: the numbers for sale, and renting and giving back a number.
//! - [`powerpack`]: Powerpacks, their number pools, and the rented numbers in them.
//! - [`multi_party_call`]: multi-party calls, their participants and recordings.
//! - [`verify`]: Verify (OTP) sessions, their codes, validations and expiry.
//! - [`verified_caller_id`]: caller-ID verifications and the verified caller IDs.
//! - [`phlos`]: PHLOs (made with `Sandbox::add_phlo`, since Plivo's API makes none) and
//!   their runs.
//! - [`regulatory`]: regulatory compliance: end users, compliance documents and applications,
//!   checked against a fixed table of document types and requirements.
//! - [`compliance`]: phone-number compliance applications, their documents and the numbers
//!   linked to them.
//! - [`address`]: addresses and identities for number regulation, with their proofs' details.
//! - [`tollfree`]: toll-free verification requests and the numbers they verify.
//! - [`hosted`]: letters of authorization and the hosted messaging numbers ordered under them.
//! - [`stream`]: audio streams, which attach to live calls and end with them.
//! - [`tendlc`]: 10DLC profiles, brands, campaigns and the numbers linked to them.
//! - [`queued_calls`]: calls placed but not yet answered (made with `Sandbox::add_queued_call`).
//! - [`transcriptions`]: transcriptions of recordings, gone with their recording.

pub(crate) mod accounts;
pub(crate) mod address;
pub(crate) mod calls;
pub(crate) mod compliance;
pub(crate) mod countries;
pub(crate) mod hosted;
pub(crate) mod masking;
pub(crate) mod media;
pub(crate) mod multi_party_call;
pub(crate) mod numbers;
pub(crate) mod phlos;
pub(crate) mod powerpack;
pub(crate) mod queued_calls;
pub(crate) mod regulatory;
pub(crate) mod stream;
pub(crate) mod tendlc;
pub(crate) mod tollfree;
pub(crate) mod transcriptions;
pub(crate) mod verified_caller_id;
pub(crate) mod verify;
