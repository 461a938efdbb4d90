//! Reads a request, checks its credentials, routes it by path and method, writes the reply.
//!
//! One module per resource. A handler parses its request, reads or changes the state and
//! builds the reply; no handler imports another. What a change does to other resources is an
//! event function of the model (`super::model`), and helpers several handlers need live
//! there or in `super::state`. The test at the end of this file keeps it so.

mod account;
mod address;
mod application;
mod brand;
mod call;
mod campaign;
mod carrier;
mod compliance;
mod conference;
mod endpoint;
mod feedback;
mod hosted_messaging;
mod lookup;
mod masking;
mod media;
mod message;
mod multi_party_call;
pub(crate) mod number;
mod phlo;
mod phone_number_compliance;
mod powerpack;
mod pricing;
mod profile;
mod queued_call;
mod recording;
mod stream;
mod token;
mod tollfree_verification;
mod transcription;
mod verified_caller_id;
mod verify;

use std::io::{Read as _, Write as _};
use std::sync::{Mutex, PoisonError};

use base64::Engine as _;
use serde_json::{Map, Value};

use super::state::{Handled, Reply, Req, State, error, not_found};

/// Largest JSON request body the sandbox reads.
const MAX_BODY: u64 = 1024 * 1024;

/// Largest multipart (upload) body: ten files of 2 MiB, Plivo's limits, and room for the
/// part heads.
const MAX_UPLOAD: u64 = 21 * 1024 * 1024;

/// Answers one request. Never panics on what a client sends.
pub(crate) fn serve(state: &Mutex<State>, mut request: tiny_http::Request) {
    let reply = {
        let mut state = state.lock().unwrap_or_else(PoisonError::into_inner);
        handle(&mut state, &mut request).unwrap_or_else(|e| e)
    };
    let body = reply
        .body
        .map(|b| b.to_string().into_bytes())
        .unwrap_or_default();
    let reason = tiny_http::StatusCode(reply.status).default_reason_phrase();
    // The head is written by hand for one header tiny_http will not send: `Connection: close`.
    // No client then keeps a pooled connection, which would outlive a dropped sandbox and
    // leave its next request waiting for an answer that never comes.
    let head = format!(
        "HTTP/1.1 {} {reason}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        reply.status,
        body.len()
    );
    let mut writer = request.into_writer();
    let _ = writer
        .write_all(head.as_bytes())
        .and_then(|()| writer.write_all(&body))
        .and_then(|()| writer.flush());
}

fn handle(state: &mut State, request: &mut tiny_http::Request) -> Handled {
    let url = request.url().to_owned();
    let (path, query) = url.split_once('?').unwrap_or((&url, ""));
    let method = request.method().as_str().to_ascii_uppercase();
    let credentials = request
        .headers()
        .iter()
        .find(|h| h.field.equiv("Authorization"))
        .and_then(|h| basic_credentials(h.value.as_str()));

    let form = request
        .headers()
        .iter()
        .find(|h| h.field.equiv("Content-Type"))
        .and_then(|h| super::multipart::boundary(h.value.as_str()));
    let limit = if form.is_some() { MAX_UPLOAD } else { MAX_BODY };
    let mut body = Vec::new();
    let read = request.as_reader().take(limit + 1).read_to_end(&mut body);
    if read.is_err() || body.len() as u64 > limit {
        return Err(error(413, "request body too large or unreadable"));
    }

    let segs: Vec<String> = path
        .split('/')
        .filter(|s| !s.is_empty())
        .map(percent_decode)
        .collect();
    // The main API lives below `/v1/Account/{auth_id}/`; the other services (lookup, stats,
    // PHLO) below `/v1/`, where the credentials alone name the account, except in a PHLO
    // run's `account/{auth_id}/…`, which must name them as the main API's path does (401
    // otherwise). Their paths do not collide.
    let (account, rest, service) = match segs.as_slice() {
        [v1, account, id, rest @ ..] if v1 == "v1" && account == "Account" => {
            (id.clone(), rest.to_vec(), false)
        }
        [v1, rest @ ..] if v1 == "v1" => {
            let id = match rest {
                [account, id, ..] if account == "account" => Some(id.clone()),
                _ => credentials.as_ref().map(|(id, _)| id.clone()),
            };
            (id.unwrap_or_default(), rest.to_vec(), true)
        }
        [sandbox, rest @ ..] if sandbox == "sandbox" => {
            authorize(state, credentials.as_ref(), &state.auth_id.clone())?;
            return control(state, &method, rest);
        }
        _ => return Err(not_found()),
    };
    authorize(state, credentials.as_ref(), &account)?;

    // An empty body, the JSON string `""` (what the official Node SDK sends on a DELETE or
    // GET without parameters) and `{}` all mean "no parameters", as they do to Plivo.
    let mut files = Vec::new();
    let params = if method == "GET" {
        query_params(query)
    } else if let Some(form) = form {
        let parts = form
            .and_then(|boundary| super::multipart::parse(&body, &boundary))
            .map_err(|why| error(400, &format!("malformed multipart/form-data body: {why}")))?;
        let mut params = Map::new();
        for part in parts {
            if part.filename.is_some() {
                files.push(part);
            } else {
                let text = String::from_utf8_lossy(&part.data).into_owned();
                params.insert(part.name, Value::String(text));
            }
        }
        params
    } else if body.iter().all(u8::is_ascii_whitespace) {
        Map::new()
    } else {
        match serde_json::from_slice::<Value>(&body) {
            Ok(Value::Object(map)) => map,
            Ok(Value::String(text)) if text.is_empty() => Map::new(),
            _ => {
                return Err(error(
                    400,
                    "the request body must be a JSON object (or empty, or \"\")",
                ));
            }
        }
    };
    let req = Req {
        method,
        segs: rest,
        params,
        base: if service {
            "/v1/".to_owned()
        } else {
            format!("/v1/Account/{account}/")
        },
        files,
    };
    if service {
        route_services(state, &req)
    } else {
        route(state, &req)
    }
}

/// The services beyond the main API, below `/v1/`: lookup, stats (call feedback) and PHLO.
fn route_services(state: &mut State, req: &Req) -> Handled {
    let segs: Vec<&str> = req.segs.iter().map(String::as_str).collect();
    let only = |method: &str, handler: fn(&mut State, &Req) -> Handled, state: &mut State| {
        if req.method == method {
            handler(state, req)
        } else {
            Err(error(405, "method not allowed"))
        }
    };
    match segs.as_slice() {
        ["Number", _] => only("GET", lookup::get, state),
        ["Call", _, "Feedback"] => only("POST", feedback::create, state),
        ["phlo", _] => only("GET", phlo::get, state),
        ["account", _, "phlo", _] => only("POST", phlo::run, state),
        ["phlo", _, "runs", _] => only("GET", phlo::get_run, state),
        ["phlo", _, _, _] if req.method == "POST" => phlo::update_node(state, req),
        ["phlo", _, _, _] => only("GET", phlo::get_node, state),
        ["phlo", _, _, _, "members", _] => only("POST", phlo::update_member, state),
        _ => Err(not_found()),
    }
}

/// Decodes `Authorization: Basic …` into (auth id, token).
fn basic_credentials(value: &str) -> Option<(String, String)> {
    let encoded = value.strip_prefix("Basic ")?;
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(encoded.trim())
        .ok()?;
    let text = String::from_utf8(decoded).ok()?;
    let (id, token) = text.split_once(':')?;
    Some((id.to_owned(), token.to_owned()))
}

/// The credentials must be the main account's or an enabled subaccount's, and name the account
/// in the path.
fn authorize(
    state: &State,
    credentials: Option<&(String, String)>,
    account: &str,
) -> Result<(), Reply> {
    let refused = || error(401, "authentication failed: wrong auth id or token");
    let (id, token) = credentials.ok_or_else(refused)?;
    if id != account {
        return Err(refused());
    }
    let main = *id == state.auth_id && *token == state.auth_token;
    let sub = state.subaccounts.iter().any(|s| {
        s["auth_id"].as_str() == Some(id)
            && s["auth_token"].as_str() == Some(token)
            && s["enabled"] == true
    });
    if main || sub { Ok(()) } else { Err(refused()) }
}

/// Sandbox-only controls: `POST /sandbox/Call/{call_uuid}/Conference/{name}/` puts a live call
/// into a conference; `POST /sandbox/phlo/{name}/` makes a PHLO and answers its `phlo_id`;
/// `POST /sandbox/phlo/{phlo_id}/{node_type}/` adds a node to it and answers its `node_id`;
/// `GET /sandbox/Verify/Session/{uuid}/code/` answers the code a Verify session sent,
/// `POST /sandbox/Verify/Session/{uuid}/expire/` expires it, and
/// `GET /sandbox/VerifiedCallerId/Verification/{uuid}/code/` answers a caller-ID
/// verification's code, and `POST /sandbox/QueuedCall/{from}/{to}/` places a call that stays
/// queued (`Sandbox::add_queued_call`) and answers its `call_uuid`. `POST
/// /sandbox/NumberPool/{number_pool_uuid}/Shortcode/{shortcode}/` puts a US short code in a
/// Powerpack's pool (`Sandbox::add_pool_shortcode`).
fn control(state: &mut State, method: &str, segs: &[String]) -> Handled {
    let segs: Vec<&str> = segs.iter().map(String::as_str).collect();
    match (method, segs.as_slice()) {
        ("GET", ["Verify", "Session", uuid, "code"]) => {
            let code = state.verify_code(uuid).ok_or_else(not_found)?;
            super::state::reply(200, serde_json::json!({"session_uuid": uuid, "code": code}))
        }
        ("POST", ["Verify", "Session", uuid, "expire"]) => {
            if state.verify_code(uuid).is_none() {
                return Err(not_found());
            }
            if !state.verify_session_expired(uuid) {
                return Err(error(400, "session is not in progress"));
            }
            super::state::reply(
                200,
                serde_json::json!({"session_uuid": uuid, "status": "expired"}),
            )
        }
        ("GET", ["VerifiedCallerId", "Verification", uuid, "code"]) => {
            let code = state.caller_id_code(uuid).ok_or_else(not_found)?;
            super::state::reply(
                200,
                serde_json::json!({"verification_uuid": uuid, "code": code}),
            )
        }
        ("POST", _) => post_control(state, &segs),
        _ => Err(error(405, "method not allowed")),
    }
}

/// The `POST` controls that make things: a PHLO, a conference member.
fn post_control(state: &mut State, segs: &[&str]) -> Handled {
    match segs {
        ["NumberPool", pool, "Shortcode", code] => {
            if !state.pool_shortcode_added(pool, code, "US") {
                return Err(not_found());
            }
            super::state::reply(
                201,
                serde_json::json!({"message": "added", "shortcode": code}),
            )
        }
        ["QueuedCall", from, to] => {
            let uuid = state.queued_call_added(from, to);
            super::state::reply(
                201,
                serde_json::json!({"message": "queued", "call_uuid": uuid}),
            )
        }
        ["phlo", name] => {
            let id = state.phlo_added(name);
            super::state::reply(
                201,
                serde_json::json!({"message": "created", "phlo_id": id}),
            )
        }
        [
            "phlo",
            phlo_id,
            node_type @ ("multi_party_call" | "conference_bridge"),
        ] => {
            let id = state
                .phlo_node_added(phlo_id, node_type, &format!("{node_type} node"))
                .ok_or_else(not_found)?;
            super::state::reply(
                201,
                serde_json::json!({"message": "created", "node_id": id}),
            )
        }
        ["Call", uuid, "Conference", name] => {
            let member = state.member_joined(uuid, name).ok_or_else(not_found)?;
            super::state::reply(
                201,
                serde_json::json!({"message": "joined", "member_id": member}),
            )
        }
        _ => Err(not_found()),
    }
}

fn route(state: &mut State, req: &Req) -> Handled {
    let segs: Vec<&str> = req.segs.iter().map(String::as_str).collect();
    macro_rules! on {
        ($($method:literal => $handler:expr),+ $(,)?) => {
            match req.method.as_str() {
                $( $method => $handler(state, req), )+
                _ => Err(error(405, "method not allowed")),
            }
        };
    }
    match segs.as_slice() {
        [] => on!("GET" => account::get, "POST" => account::update),
        ["Subaccount"] => {
            on!("GET" => account::list_subaccounts, "POST" => account::create_subaccount)
        }
        ["Subaccount", _] => on!(
            "GET" => account::get_subaccount,
            "POST" => account::update_subaccount,
            "DELETE" => account::delete_subaccount,
        ),
        ["Application"] => on!("GET" => application::list, "POST" => application::create),
        ["Application", _] => on!(
            "GET" => application::get,
            "POST" => application::update,
            "DELETE" => application::delete,
        ),
        // The queued calls share the calls' paths; `status=queued` picks them.
        ["Call"] | ["Call", _]
            if req.method == "GET" && req.text("status").as_deref() == Some("queued") =>
        {
            if segs.len() == 1 {
                queued_call::list(state, req)
            } else {
                queued_call::get(state, req)
            }
        }
        ["Call"] => on!("GET" => call::list, "POST" => call::make, "DELETE" => call::hangup_all),
        ["Call", _] => on!("GET" => call::get, "POST" => call::transfer, "DELETE" => call::hangup),
        ["Call", _, "Record"] => on!("POST" => call::record, "DELETE" => call::stop_recording),
        ["Call", _, "Play"] => on!("POST" => call::play, "DELETE" => call::stop_playing),
        ["Call", _, "Speak"] => on!("POST" => call::speak, "DELETE" => call::stop_speaking),
        ["Call", _, "DTMF"] => on!("POST" => call::send_digits),
        ["Call", _, "Stream"] => on!(
            "GET" => stream::list,
            "POST" => stream::start,
            "DELETE" => stream::stop_all,
        ),
        ["Call", _, "Stream", _] => on!("GET" => stream::get, "DELETE" => stream::stop),
        ["Request", _] => on!("DELETE" => call::cancel_request),
        ["Conference"] => on!("GET" => conference::list, "DELETE" => conference::hangup_all),
        ["Conference", _] => on!("GET" => conference::get, "DELETE" => conference::hangup),
        ["Conference", _, "Record"] => {
            on!("POST" => conference::record, "DELETE" => conference::stop_recording)
        }
        ["Conference", _, "Member", _] => on!("DELETE" => conference::hangup_member),
        ["Conference", _, "Member", _, "Kick"] => on!("POST" => conference::kick),
        ["Conference", _, "Member", _, "Mute"] => {
            on!("POST" => conference::mute, "DELETE" => conference::unmute)
        }
        ["Conference", _, "Member", _, "Deaf"] => {
            on!("POST" => conference::deaf, "DELETE" => conference::undeaf)
        }
        ["Conference", _, "Member", _, "Play"] => {
            on!("POST" => conference::play, "DELETE" => conference::stop_playing)
        }
        ["Conference", _, "Member", _, "Speak"] => {
            on!("POST" => conference::speak, "DELETE" => conference::stop_speaking)
        }
        ["Endpoint"] => on!("GET" => endpoint::list, "POST" => endpoint::create),
        ["Endpoint", _] => {
            on!("GET" => endpoint::get, "POST" => endpoint::update, "DELETE" => endpoint::delete)
        }
        ["Message"] => on!("GET" => message::list, "POST" => message::send),
        ["Message", _] => on!("GET" => message::get),
        ["Message", _, "Media"] => {
            on!("GET" => media::list_for_message, "DELETE" => media::delete_for_message)
        }
        ["Message", _, "Media", _] => on!("GET" => media::get_for_message),
        ["Masking", "Session"] => on!("GET" => masking::list, "POST" => masking::create),
        ["Masking", "Session", _] => on!(
            "GET" => masking::get,
            "POST" => masking::update,
            "DELETE" => masking::delete,
        ),
        ["MultiPartyCall", ..] => multi_party_call_route(state, req, &segs[1..]),
        ["Media"] => on!("GET" => media::list, "POST" => media::upload),
        ["Media", _] => on!("GET" => media::get),
        ["Verify", "Session"] => on!("GET" => verify::list, "POST" => verify::create),
        ["Verify", "Session", _] => on!("GET" => verify::get, "POST" => verify::validate),
        ["VerifiedCallerId"] => {
            on!("GET" => verified_caller_id::list, "POST" => verified_caller_id::initiate)
        }
        ["VerifiedCallerId", "Verification", _] => on!("POST" => verified_caller_id::verify),
        ["VerifiedCallerId", _] => on!(
            "GET" => verified_caller_id::get,
            "POST" => verified_caller_id::update,
            "DELETE" => verified_caller_id::delete,
        ),
        ["Number"] => on!("GET" => number::list, "POST" => number::add_own),
        ["Number", _] => {
            on!("GET" => number::get, "POST" => number::update, "DELETE" => number::unrent)
        }
        ["PhoneNumber"] => on!("GET" => number::search),
        ["PhoneNumber", "Compliance"] => on!(
            "GET" => phone_number_compliance::list,
            "POST" => phone_number_compliance::create,
        ),
        ["PhoneNumber", "Compliance", "Requirements"] => {
            on!("GET" => phone_number_compliance::requirements)
        }
        ["PhoneNumber", "Compliance", "Link"] => on!("POST" => phone_number_compliance::link),
        ["PhoneNumber", "Compliance", _] => on!(
            "GET" => phone_number_compliance::get,
            "PATCH" => phone_number_compliance::update,
            "DELETE" => phone_number_compliance::delete,
        ),
        ["Verification", "Address"] => {
            on!("GET" => address::list_addresses, "POST" => address::create_address)
        }
        ["Verification", "Address", _] => on!(
            "GET" => address::get_address,
            "POST" => address::update_address,
            "DELETE" => address::delete_address,
        ),
        ["Verification", "Identity"] => {
            on!("GET" => address::list_identities, "POST" => address::create_identity)
        }
        ["Verification", "Identity", _] => on!(
            "GET" => address::get_identity,
            "POST" => address::update_identity,
            "DELETE" => address::delete_identity,
        ),
        ["PhoneNumber", _] => on!("POST" => number::buy),
        ["Powerpack"] => on!("GET" => powerpack::list, "POST" => powerpack::create),
        ["Powerpack", _] => on!(
            "GET" => powerpack::get,
            "POST" => powerpack::update,
            "DELETE" => powerpack::delete,
        ),
        ["NumberPool", _, "Number"] => on!("GET" => powerpack::list_numbers),
        ["NumberPool", _, "Number", _] => on!(
            "GET" => powerpack::get_number,
            "POST" => powerpack::add_number,
            "DELETE" => powerpack::remove_number,
        ),
        ["NumberPool", _, "Tollfree"] => on!("GET" => powerpack::list_tollfree),
        ["NumberPool", _, "Tollfree", _] => on!(
            "GET" => powerpack::get_tollfree,
            "POST" => powerpack::add_tollfree,
            "DELETE" => powerpack::remove_tollfree,
        ),
        ["NumberPool", _, "Shortcode"] => on!("GET" => powerpack::list_shortcodes),
        ["NumberPool", _, "Shortcode", _] => on!(
            "GET" => powerpack::get_shortcode,
            "DELETE" => powerpack::remove_shortcode,
        ),
        ["Pricing"] => on!("GET" => pricing::get),
        ["Recording"] => on!("GET" => recording::list),
        ["Recording", _] => on!("GET" => recording::get, "DELETE" => recording::delete),
        ["Transcription", _] => on!(
            "GET" => transcription::get,
            "POST" => transcription::create,
            "DELETE" => transcription::delete,
        ),
        ["IncomingCarrier"] => on!("GET" => carrier::list, "POST" => carrier::create),
        ["IncomingCarrier", _] => {
            on!("GET" => carrier::get, "POST" => carrier::update, "DELETE" => carrier::delete)
        }
        ["JWT", "Token"] => on!("POST" => token::create),
        ["TollfreeVerification"] => on!(
            "GET" => tollfree_verification::list,
            "POST" => tollfree_verification::create,
        ),
        ["TollfreeVerification", _] => on!(
            "GET" => tollfree_verification::get,
            "POST" => tollfree_verification::update,
            "DELETE" => tollfree_verification::delete,
        ),
        ["HostedMessagingNumber"] => on!(
            "GET" => hosted_messaging::list_numbers,
            "POST" => hosted_messaging::create_number,
        ),
        ["HostedMessagingNumber", "LOA"] => on!(
            "GET" => hosted_messaging::list_loas,
            "POST" => hosted_messaging::create_loa,
        ),
        ["HostedMessagingNumber", "LOA", _] => on!(
            "GET" => hosted_messaging::get_loa,
            "DELETE" => hosted_messaging::delete_loa,
        ),
        ["HostedMessagingNumber", _] => on!("GET" => hosted_messaging::get_number),
        ["Profile"] => on!("GET" => profile::list, "POST" => profile::create),
        ["Profile", _] => on!(
            "GET" => profile::get,
            "POST" => profile::update,
            "DELETE" => profile::delete,
        ),
        ["EndUser"] => {
            on!("GET" => compliance::list_end_users, "POST" => compliance::create_end_user)
        }
        ["EndUser", _] => on!(
            "GET" => compliance::get_end_user,
            "POST" => compliance::update_end_user,
            "DELETE" => compliance::delete_end_user,
        ),
        ["ComplianceDocumentType"] => on!("GET" => compliance::list_document_types),
        ["ComplianceDocumentType", _] => on!("GET" => compliance::get_document_type),
        ["ComplianceDocument"] => on!(
            "GET" => compliance::list_documents,
            "POST" => compliance::create_document,
        ),
        ["ComplianceDocument", _] => on!(
            "GET" => compliance::get_document,
            "POST" => compliance::update_document,
            "DELETE" => compliance::delete_document,
        ),
        ["ComplianceRequirement"] => on!("GET" => compliance::list_requirements),
        ["ComplianceRequirement", _] => on!("GET" => compliance::get_requirement),
        ["ComplianceApplication"] => on!(
            "GET" => compliance::list_applications,
            "POST" => compliance::create_application,
        ),
        ["ComplianceApplication", _] => on!(
            "GET" => compliance::get_application,
            "POST" => compliance::update_application,
            "DELETE" => compliance::delete_application,
        ),
        ["ComplianceApplication", _, "Submit"] => on!("POST" => compliance::submit_application),
        ["10dlc", "Brand"] => on!("GET" => brand::list, "POST" => brand::create),
        ["10dlc", "Brand", _] => on!("GET" => brand::get, "DELETE" => brand::delete),
        ["10dlc", "Brand", _, "usecases"] => on!("GET" => brand::usecases),
        ["10dlc", "Brand", _, "OTP"] => on!("POST" => brand::trigger_otp),
        ["10dlc", "Campaign"] => on!("GET" => campaign::list, "POST" => campaign::create),
        ["10dlc", "Campaign", "Import"] => on!("POST" => campaign::import),
        ["10dlc", "Campaign", _] => on!(
            "GET" => campaign::get,
            "POST" => campaign::update,
            "DELETE" => campaign::delete,
        ),
        ["10dlc", "Campaign", _, "Number"] => {
            on!("GET" => campaign::numbers, "POST" => campaign::link)
        }
        ["10dlc", "Campaign", _, "Number", _] => {
            on!("GET" => campaign::number, "DELETE" => campaign::unlink)
        }
        _ => Err(not_found()),
    }
}

/// The paths below `MultiPartyCall/` (`segs` after it). Play and speak say `Member`, the
/// rest `Participant`.
fn multi_party_call_route(state: &mut State, req: &Req, segs: &[&str]) -> Handled {
    use super::model::multi_party_call::RecordingAction::{Pause, Resume, Stop};
    use multi_party_call as mpc;
    macro_rules! on {
        ($($method:literal => $handler:expr),+ $(,)?) => {
            match req.method.as_str() {
                $( $method => $handler(state, req), )+
                _ => Err(error(405, "method not allowed")),
            }
        };
    }
    match segs {
        [] => on!("GET" => mpc::list),
        [_] => on!("GET" => mpc::get, "POST" => mpc::start, "DELETE" => mpc::stop),
        [_, "Participant"] => on!("GET" => mpc::participants, "POST" => mpc::add_participant),
        [_, "Participant", _] => on!(
            "GET" => mpc::get_participant,
            "POST" => mpc::update_participant,
            "DELETE" => mpc::kick,
        ),
        [_, "Record"] => on!("POST" => mpc::start_recording, "DELETE" => mpc::recording(Stop)),
        [_, "Record", "Pause"] => on!("POST" => mpc::recording(Pause)),
        [_, "Record", "Resume"] => on!("POST" => mpc::recording(Resume)),
        [_, "Participant", _, "Record"] => on!(
            "POST" => mpc::start_participant_recording,
            "DELETE" => mpc::participant_recording(Stop),
        ),
        [_, "Participant", _, "Record", "Pause"] => {
            on!("POST" => mpc::participant_recording(Pause))
        }
        [_, "Participant", _, "Record", "Resume"] => {
            on!("POST" => mpc::participant_recording(Resume))
        }
        [_, "Member", _, "Play"] => on!("POST" => mpc::play, "DELETE" => mpc::stop_audio),
        [_, "Member", _, "Speak"] => on!("POST" => mpc::speak, "DELETE" => mpc::stop_audio),
        _ => Err(not_found()),
    }
}

fn query_params(query: &str) -> Map<String, Value> {
    crate::webhook::form_params(query)
        .into_iter()
        .map(|(k, v)| (k, Value::String(v)))
        .collect()
}

/// Decodes `%XX` escapes; invalid escapes are kept as they are.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    /// Every handler module, with its source.
    const HANDLERS: &[(&str, &str)] = &[
        ("account", include_str!("account.rs")),
        ("address", include_str!("address.rs")),
        ("application", include_str!("application.rs")),
        ("brand", include_str!("brand.rs")),
        ("call", include_str!("call.rs")),
        ("campaign", include_str!("campaign.rs")),
        ("carrier", include_str!("carrier.rs")),
        ("compliance", include_str!("compliance.rs")),
        ("conference", include_str!("conference.rs")),
        ("endpoint", include_str!("endpoint.rs")),
        ("feedback", include_str!("feedback.rs")),
        ("hosted_messaging", include_str!("hosted_messaging.rs")),
        ("lookup", include_str!("lookup.rs")),
        ("masking", include_str!("masking.rs")),
        ("media", include_str!("media.rs")),
        ("message", include_str!("message.rs")),
        ("multi_party_call", include_str!("multi_party_call.rs")),
        ("number", include_str!("number.rs")),
        ("phlo", include_str!("phlo.rs")),
        (
            "phone_number_compliance",
            include_str!("phone_number_compliance.rs"),
        ),
        ("powerpack", include_str!("powerpack.rs")),
        ("pricing", include_str!("pricing.rs")),
        ("profile", include_str!("profile.rs")),
        ("queued_call", include_str!("queued_call.rs")),
        ("recording", include_str!("recording.rs")),
        ("stream", include_str!("stream.rs")),
        ("token", include_str!("token.rs")),
        (
            "tollfree_verification",
            include_str!("tollfree_verification.rs"),
        ),
        ("transcription", include_str!("transcription.rs")),
        ("verified_caller_id", include_str!("verified_caller_id.rs")),
        ("verify", include_str!("verify.rs")),
    ];

    /// The first segment of each path in a use tree (`a::b` → `a`, `{a, b::c}` → `a`, `b`).
    fn first_segments(tree: &str) -> Vec<&str> {
        let tree = tree.trim_start();
        let Some(group) = tree.strip_prefix('{') else {
            let end = tree
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(tree.len());
            return vec![&tree[..end]];
        };
        let (mut depth, mut start, mut items) = (0, 0, Vec::new());
        for (i, c) in group.char_indices() {
            match c {
                '{' => depth += 1,
                '}' if depth == 0 => {
                    items.push(&group[start..i]);
                    break;
                }
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    items.push(&group[start..i]);
                    start = i + 1;
                }
                _ => {}
            }
        }
        items.into_iter().flat_map(first_segments).collect()
    }

    /// The handler modules a source reaches through a `super::…` or `…handlers::…` path.
    fn handlers_used(source: &str) -> Vec<&'static str> {
        let mut used = Vec::new();
        for prefix in ["super::", "handlers::"] {
            for (at, _) in source.match_indices(prefix) {
                for segment in first_segments(&source[at + prefix.len()..]) {
                    if let Some(&(name, _)) = HANDLERS.iter().find(|(name, _)| *name == segment) {
                        used.push(name);
                    }
                }
            }
        }
        used
    }

    #[test]
    fn no_handler_imports_another() {
        for (name, source) in HANDLERS {
            assert_eq!(
                handlers_used(source),
                Vec::<&str>::new(),
                "handlers/{name}.rs reaches another handler; move the shared rule or helper \
                 to the model (src/sandbox/model/) or to state.rs"
            );
        }
    }

    #[test]
    fn every_handler_module_is_checked() {
        let declared: Vec<&str> = include_str!("mod.rs")
            .lines()
            .filter_map(|line| line.strip_suffix(';'))
            .filter_map(|line| {
                line.strip_prefix("mod ")
                    .or_else(|| line.strip_prefix("pub(crate) mod "))
            })
            .collect();
        let checked: Vec<&str> = HANDLERS.iter().map(|(name, _)| *name).collect();
        assert_eq!(declared, checked);
    }

    #[test]
    fn the_check_sees_each_form_of_import() {
        let used = |source| handlers_used(source);
        assert_eq!(
            used("use super::{conference, recording};"),
            ["conference", "recording"]
        );
        assert_eq!(used("use super::call::{end_call, one_of};"), ["call"]);
        assert_eq!(used("use super::{self, number::owner};"), ["number"]);
        assert_eq!(
            used("let v = crate::sandbox::handlers::account::subaccount_uri(s, id);"),
            ["account"]
        );
        assert_eq!(used("super::recording::finish(state, &id);"), ["recording"]);
        assert!(used("use super::*;\nlet s = super::stamp();").is_empty());
        assert!(used("use crate::sandbox::model::calls::Recorded;").is_empty());
    }
}
