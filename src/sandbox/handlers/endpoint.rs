//! SIP endpoints.
//!
//! Plivo appends a 12-digit UTC timestamp (`YYMMDDHHMMSS`) to the username you ask for, and
//! never shows the password again; the sandbox does the same and keeps no password at all.
//! Nothing ever registers, so `sip_registered` stays `"false"`.

use serde_json::json;

use crate::sandbox::state::{
    Handled, Req, State, error, find, no_content, now, page, remove, reply,
};

/// The current UTC time as the 12 digits `YYMMDDHHMMSS`.
fn stamp() -> String {
    now()
        .chars()
        .filter(char::is_ascii_digit)
        .skip(2)
        .take(12)
        .collect()
}

fn check_username(username: &str) -> Result<(), crate::sandbox::state::Reply> {
    if username.len() <= 64
        && username
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-' || b == b'.')
    {
        Ok(())
    } else {
        Err(error(
            400,
            "username must be at most 64 letters, digits, '_', '-' or '.'",
        ))
    }
}

pub(crate) fn create(state: &mut State, req: &Req) -> Handled {
    let username = req.need("username")?;
    req.need("password")?;
    let alias = req.need("alias")?;
    check_username(&username)?;
    let application = match state.application_param(req)? {
        Some(app) => app,
        None => state.default_application("default_endpoint_app"),
    };
    let username = format!("{username}{}", stamp());
    if state
        .endpoints
        .iter()
        .any(|e| e["username"].as_str() == Some(username.as_str()))
    {
        return Err(error(
            400,
            &format!("an endpoint with username {username} exists; try again in a second"),
        ));
    }
    let mut endpoint_id = state.rng.digits(14);
    while state
        .endpoints
        .iter()
        .any(|e| e["endpoint_id"].as_str() == Some(endpoint_id.as_str()))
    {
        endpoint_id = state.rng.digits(14);
    }
    let sub_account = state.owner(req);
    state.endpoints.push(json!({
        "alias": alias,
        "application": application,
        "endpoint_id": endpoint_id,
        "resource_uri": format!("{}Endpoint/{endpoint_id}/", req.base),
        "sip_contact": "",
        "sip_expires": "",
        "sip_registered": "false",
        "sip_uri": format!("sip:{username}@phone.plivo.com"),
        "sip_user_agent": "",
        "sub_account": sub_account,
        "username": username,
    }));
    reply(
        201,
        json!({"alias": alias, "endpoint_id": endpoint_id, "message": "created", "username": username}),
    )
}

pub(crate) fn list(state: &mut State, req: &Req) -> Handled {
    page(req, "Endpoint/", state.endpoints.iter(), &[])
}

pub(crate) fn get(state: &mut State, req: &Req) -> Handled {
    reply(
        200,
        find(&mut state.endpoints, "endpoint_id", req.seg(1))?.clone(),
    )
}

/// Changes the password (checked, not kept), the alias or the application (an empty `app_id`
/// detaches it).
pub(crate) fn update(state: &mut State, req: &Req) -> Handled {
    find(&mut state.endpoints, "endpoint_id", req.seg(1))?;
    for key in ["password", "alias"] {
        if req.params.contains_key(key) {
            req.need(key)?;
        }
    }
    let application = state.application_param(req)?;
    let endpoint = find(&mut state.endpoints, "endpoint_id", req.seg(1))?;
    req.copy_text(endpoint, &["alias"]);
    if let Some(app) = application {
        endpoint["application"] = app;
    }
    reply(202, json!({"message": "changed"}))
}

pub(crate) fn delete(state: &mut State, req: &Req) -> Handled {
    remove(&mut state.endpoints, "endpoint_id", req.seg(1))?;
    no_content()
}

#[cfg(test)]
mod tests {
    #[test]
    fn stamp_is_twelve_digits() {
        let stamp = super::stamp();
        assert_eq!(stamp.len(), 12);
        assert!(stamp.bytes().all(|b| b.is_ascii_digit()));
    }
}
