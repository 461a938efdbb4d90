//! Access tokens minted by Plivo (beyond the seed). To sign tokens locally without a request,
//! see the `plivo::token` module.

use serde_json::{Value, json};

use crate::models;
use crate::{Error, rules};

params! {
    /// `createToken` (beyond the seed): Plivo mints an access token for the browser and mobile
    /// SDKs (`POST JWT/Token/`). Set the voice permissions with
    /// [`CreateToken::incoming_allow`] and [`CreateToken::outgoing_allow`].
    CreateToken = "createToken" -> models::TokenCreated;
    required {
        /// The issuing account's auth id.
        iss: String = "iss" => "iss" [check = rules::auth_id_field];
    }
    optional {
        /// The endpoint username the token is for (required with incoming calls allowed).
        subject: String = "sub" => "sub";
        /// Not valid before, in seconds since the epoch.
        nbf: u64 = "nbf" => "nbf";
        /// Not valid after, in seconds since the epoch.
        exp: u64 = "exp" => "exp";
        /// Permissions: `{"voice": {"incoming_allow": bool, "outgoing_allow": bool}}`.
        per: Json = "per" => "per";
        /// The application the token's calls use.
        app: String = "app" => "app";
    }
    check = create_token_rule;
}

impl CreateToken {
    /// Allows or refuses incoming calls (sets `per.voice.incoming_allow`).
    pub fn incoming_allow(self, allow: bool) -> Self {
        self.voice_permission("incoming_allow", allow)
    }

    /// Allows or refuses outgoing calls (sets `per.voice.outgoing_allow`).
    pub fn outgoing_allow(self, allow: bool) -> Self {
        self.voice_permission("outgoing_allow", allow)
    }

    fn voice_permission(mut self, key: &str, allow: bool) -> Self {
        let per = self.per.get_or_insert_with(|| json!({"voice": {}}));
        if !per.get("voice").is_some_and(Value::is_object) {
            per["voice"] = json!({});
        }
        per["voice"][key] = Value::Bool(allow);
        self
    }
}

fn create_token_rule(p: &CreateToken) -> Result<(), Error> {
    let fail =
        |field: &str, rule: &str| Err(Error::invalid(Some(CreateToken::OPERATION), field, rule));
    if let (Some(nbf), Some(exp)) = (p.nbf, p.exp) {
        if exp <= nbf {
            return fail("exp", "must be later than `nbf`");
        }
    }
    let incoming = p
        .per
        .as_ref()
        .and_then(|per| per["voice"]["incoming_allow"].as_bool());
    if incoming == Some(true) && p.subject.as_deref().is_none_or(|s| s.trim().is_empty()) {
        return fail("sub", "is required when incoming calls are allowed");
    }
    if let Some(per) = &p.per {
        let voice_ok = per
            .as_object()
            .is_some_and(|o| o.keys().all(|k| k == "voice"))
            && per["voice"].as_object().is_some_and(|v| {
                v.iter().all(|(k, val)| {
                    matches!(k.as_str(), "incoming_allow" | "outgoing_allow") && val.is_boolean()
                })
            });
        if !voice_ok {
            return fail(
                "per",
                "must be {\"voice\": {\"incoming_allow\": bool, \"outgoing_allow\": bool}}",
            );
        }
    }
    Ok(())
}
