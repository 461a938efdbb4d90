//! Access tokens minted by the sandbox, as Plivo's `POST JWT/Token/` does: claims `app`,
//! `exp`, `iss`, `nbf`, `per`, `sub`, signed HS256 with the account's auth token.

use base64::Engine as _;
use serde_json::{Value, json};

use crate::sandbox::state::{Handled, Req, State, error, reply};

pub(crate) fn create(state: &mut State, req: &Req) -> Handled {
    let iss = req.need("iss")?;
    let sub = req.text("sub").unwrap_or_default();
    let nbf = match req.uint("nbf")? {
        Some(nbf) => nbf,
        None => std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs()),
    };
    let exp = req.uint("exp")?.unwrap_or(nbf + 86_400);
    if exp <= nbf {
        return Err(error(400, "exp must be later than nbf"));
    }
    let voice = req.params.get("per").and_then(|per| per.get("voice"));
    let allow = |key: &str| {
        voice
            .and_then(|v| v.get(key))
            .and_then(Value::as_bool)
            .unwrap_or(false)
    };
    let (incoming, outgoing) = (allow("incoming_allow"), allow("outgoing_allow"));
    if incoming && sub.is_empty() {
        return Err(error(400, "sub is required when incoming_allow is true"));
    }
    let header = json!({"alg": "HS256", "cty": "plivo;v=1", "typ": "JWT"});
    let claims = json!({
        "app": req.text("app").unwrap_or_default(),
        "exp": exp,
        "iss": iss,
        "nbf": nbf,
        "per": {"voice": {"incoming_allow": incoming, "outgoing_allow": outgoing}},
        "sub": sub,
    });
    let b64 = |v: &Value| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string());
    let signing_input = format!("{}.{}", b64(&header), b64(&claims));
    let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, state.auth_token.as_bytes());
    let signature = ring::hmac::sign(&key, signing_input.as_bytes());
    let token = format!(
        "{signing_input}.{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(signature.as_ref())
    );
    reply(200, json!({"token": token}))
}
