//! Helpers for the sandbox flows: raw requests for what the typed client refuses to send, and
//! shape comparisons of the sandbox's answers against Plivo's recorded responses.

use base64::Engine as _;
use plivo::sandbox::Sandbox;
use serde_json::Value;

/// A raw request to `/v1/Account/{auth_id}/{path}` with Basic auth for the sandbox's auth id
/// and `token` (`None`: the sandbox's own token), and `body` sent as JSON when given. Answers
/// the status and the body parsed as JSON (`Null` when it is not JSON).
pub fn raw(
    sandbox: &Sandbox,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: Option<&str>,
) -> (u16, Value) {
    let path = format!("/v1/Account/{}/{path}", sandbox.auth_id());
    raw_at(sandbox, method, &path, token, body)
}

/// [`raw`] for any path below the sandbox's origin (`/v1/phlo/…` of the other services).
pub fn raw_at(
    sandbox: &Sandbox,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: Option<&str>,
) -> (u16, Value) {
    raw_as(sandbox, method, path, token, "application/json", body)
}

/// [`raw_at`] with another `Content-Type` (a hand-made multipart body).
pub fn raw_as(
    sandbox: &Sandbox,
    method: &str,
    path: &str,
    token: Option<&str>,
    content_type: &str,
    body: Option<&str>,
) -> (u16, Value) {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .proxy(None)
        .build()
        .into();
    let token = token.unwrap_or_else(|| sandbox.auth_token());
    let auth = format!("{}:{token}", sandbox.auth_id());
    let auth = format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(auth)
    );
    let url = format!("{}{path}", sandbox.url());
    let request = ureq::http::Request::builder()
        .method(method)
        .uri(url)
        .header("Authorization", auth)
        .header("Content-Type", content_type);
    let sent = match body {
        Some(body) => agent.run(request.body(body.as_bytes()).expect("request")),
        None => agent.run(request.body(()).expect("request")),
    };
    let mut response = sent.expect("sandbox answers");
    let status = response.status().as_u16();
    let text = response.body_mut().read_to_string().unwrap_or_default();
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

/// A sandbox with one live call (placed with `makeCall`, answered at once), its client and
/// the call's uuid.
pub fn sandbox_with_call() -> (Sandbox, plivo::Client, String) {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    client
        .send(plivo::ops::MakeCall::new(
            "14155550100",
            "14155550101",
            "https://example.com/answer",
        ))
        .expect("call fired");
    let live = client
        .send(plivo::ops::GetLiveCalls::new())
        .expect("live calls");
    let call = live.calls[0].clone();
    (sandbox, client, call)
}

/// A recorded response (`tests/data/fixtures/`), parsed.
pub fn fixture(text: &str) -> Value {
    serde_json::from_str(text).expect("fixture is JSON")
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "bool",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// Every key of `fixture` is in `ours`, with the same JSON type (null on either side passes);
/// objects are compared key by key and arrays by their first elements.
fn shape_mismatches(fixture: &Value, ours: &Value, at: &str, out: &mut Vec<String>) {
    if fixture.is_null() || ours.is_null() {
        return;
    }
    if kind(fixture) != kind(ours) {
        out.push(format!(
            "{at}: fixture has {}, sandbox {}",
            kind(fixture),
            kind(ours)
        ));
        return;
    }
    match (fixture, ours) {
        (Value::Object(f), Value::Object(o)) => {
            for (key, value) in f {
                match o.get(key) {
                    None => out.push(format!("{at}.{key}: missing")),
                    Some(mine) => shape_mismatches(value, mine, &format!("{at}.{key}"), out),
                }
            }
        }
        (Value::Array(f), Value::Array(o)) => {
            if let (Some(f), Some(o)) = (f.first(), o.first()) {
                shape_mismatches(f, o, &format!("{at}[0]"), out);
            }
        }
        _ => {}
    }
}

/// Both are objects, and `ours` has the shape of `fixture`: every key of `fixture` is in
/// `ours` with the same JSON type unless either is null, recursively into objects and the
/// first elements of arrays.
pub fn assert_shape(name: &str, fixture: &Value, ours: &Value) {
    assert!(fixture.is_object(), "{name}: fixture is not an object");
    assert!(ours.is_object(), "{name}: answer is not an object: {ours}");
    let mut out = Vec::new();
    shape_mismatches(fixture, ours, name, &mut out);
    assert!(
        out.is_empty(),
        "{name} differs from the fixture:\n{}\nsandbox: {ours}",
        out.join("\n")
    );
}

/// `ours` has exactly the keys of `fixture` (none missing, none extra).
pub fn assert_same_keys(name: &str, fixture: &Value, ours: &Value) {
    let keys = |v: &Value| {
        let mut keys: Vec<String> = v
            .as_object()
            .map(|o| o.keys().cloned().collect())
            .unwrap_or_default();
        keys.sort();
        keys
    };
    assert_eq!(keys(ours), keys(fixture), "{name}: keys");
}

/// A 10DLC profile in the sandbox behind `client`: its uuid.
pub fn profile(client: &plivo::Client) -> String {
    use plivo::ops::{CreateProfile, CustomerType, EntityType, Vertical};
    client
        .send(CreateProfile::new(
            "acme",
            CustomerType::Direct,
            EntityType::Private,
            "Acme Inc.",
            Vertical::Technology,
        ))
        .expect("profile")
        .profile_uuid
}

/// A 10DLC profile and a standard brand made from it, in the sandbox behind `client`:
/// `(profile_uuid, brand_id)`.
pub fn profile_and_brand(client: &plivo::Client) -> (String, String) {
    use plivo::ops::{BrandType, CreateBrand};
    let profile = profile(client);
    let brand = client
        .send(CreateBrand::new(
            "acme",
            BrandType::Standard,
            profile.as_str(),
        ))
        .expect("brand")
        .brand_id;
    (profile, brand)
}
