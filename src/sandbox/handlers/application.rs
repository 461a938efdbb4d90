//! Applications.

use serde_json::{Value, json};

use crate::sandbox::state::{
    Filter, Handled, How, Req, State, error, find, no_content, page, remove, reply,
};

const TEXT_FIELDS: &[&str] = &[
    "answer_url",
    "answer_method",
    "hangup_url",
    "hangup_method",
    "fallback_answer_url",
    "fallback_method",
    "message_url",
    "message_method",
];

pub(crate) fn create(state: &mut State, req: &Req) -> Handled {
    let app_name = req.need("app_name")?;
    let app_id = state.rng.digits(17);
    let sub_account = match req.text("subaccount") {
        Some(id) => state.subaccount_uri(&id)?,
        None => Value::Null,
    };
    let answer_url = req.text("answer_url").unwrap_or_default();
    let mut app = json!({
        "answer_method": "POST",
        "answer_url": answer_url,
        "app_id": app_id,
        "app_name": app_name,
        "default_app": false,
        "default_endpoint_app": false,
        "enabled": true,
        "fallback_answer_url": "",
        "fallback_method": "POST",
        "hangup_method": "POST",
        "hangup_url": answer_url,
        "log_incoming_messages": true,
        "message_method": "POST",
        "message_url": "",
        "public_uri": false,
        "resource_uri": format!("{}Application/{app_id}/", req.base),
        "sip_uri": format!("sip:{app_id}@app.plivo.com"),
        "sub_account": sub_account,
    });
    apply(state, req, &mut app)?;
    state.applications.push(app);
    reply(201, json!({"app_id": app_id, "message": "created"}))
}

/// Applies the optional fields of a create or update.
fn apply(state: &State, req: &Req, app: &mut Value) -> Result<(), crate::sandbox::state::Reply> {
    req.copy_text(app, TEXT_FIELDS);
    req.copy_flags(
        app,
        &[
            "default_endpoint_app",
            "log_incoming_messages",
            "public_uri",
        ],
    )?;
    if let Some(default) = req.flag("default_number_app")? {
        app["default_app"] = Value::Bool(default);
    }
    if let Some(id) = req.text("subaccount") {
        app["sub_account"] = state.subaccount_uri(&id)?;
    }
    Ok(())
}

pub(crate) fn list(state: &mut State, req: &Req) -> Handled {
    let filters = [
        Filter::exact("app_name"),
        Filter::new("subaccount", "sub_account", How::Contains),
    ];
    page(req, "Application/", state.applications.iter(), &filters)
}

pub(crate) fn get(state: &mut State, req: &Req) -> Handled {
    reply(
        200,
        find(&mut state.applications, "app_id", req.seg(1))?.clone(),
    )
}

pub(crate) fn update(state: &mut State, req: &Req) -> Handled {
    let mut app = find(&mut state.applications, "app_id", req.seg(1))?.clone();
    apply(state, req, &mut app)?;
    *find(&mut state.applications, "app_id", req.seg(1))? = app;
    reply(202, json!({"message": "changed"}))
}

/// Deletes an application; its endpoints are deleted with `cascade`, otherwise attached to
/// `new_endpoint_application` (or to none); its numbers keep none (`State::application_deleted`).
pub(crate) fn delete(state: &mut State, req: &Req) -> Handled {
    let cascade = req.flag("cascade")?.unwrap_or(false);
    // The replacement is looked up first: an unknown one is a 404 that leaves everything as
    // it was, and an application cannot take over its own endpoints.
    let replacement = match req.text("new_endpoint_application") {
        Some(id) if id == req.seg(1) => {
            return Err(error(
                400,
                "new_endpoint_application is the application being deleted",
            ));
        }
        Some(id) => find(&mut state.applications, "app_id", &id)?["resource_uri"].clone(),
        None => Value::Null,
    };
    let app = remove(&mut state.applications, "app_id", req.seg(1))?;
    state.application_deleted(&app["resource_uri"], cascade, &replacement);
    no_content()
}
