//! PHLO, Plivo's visual workflows (beyond the seed; the phlorunner service,
//! `https://phlorunner.plivo.com/v1/`). The trailing `/` of both paths is a choice among the
//! official SDKs, documented on [`GetSinglePhlo`].

use serde_json::{Map, Value};

use crate::models;

params! {
    /// `getSinglePhlo` (beyond the seed; PHLO service): one PHLO's details
    /// (`GET https://phlorunner.plivo.com/v1/phlo/{phlo_id}/`, no account in the path).
    ///
    /// Both PHLO paths, this one and [`RunPhlo`]'s, end with `/`. The official SDKs disagree
    /// there: plivo-python sends `phlo/{phlo_id}/` and `account/{auth_id}/phlo/{phlo_id}/`,
    /// plivo-go sends the first without its slash and plivo-node the second without its. This
    /// crate follows plivo-python, the one SDK consistent with itself and with the main API's
    /// rule that every path ends with `/`; that also matches plivo-go for the run and
    /// plivo-node for the get.
    ///
    /// ```
    /// let client = plivo::Client::new("MAXXXXXXXXXXXXXXXXXX", "token")?;
    /// let req = client.prepare(plivo::ops::GetSinglePhlo::new("40b2fa01-39a1-43c8"))?;
    /// assert_eq!(req.url(), "https://phlorunner.plivo.com/v1/phlo/40b2fa01-39a1-43c8/");
    /// # Ok::<(), plivo::Error>(())
    /// ```
    GetSinglePhlo = "getSinglePhlo" -> models::Phlo;
    required {
        /// The PHLO's id (one path segment: `/`, `?`, `.` and the like are percent-encoded).
        phlo_id: String = "phloId" => "phlo_id";
    }
    optional {}
}

params! {
    /// `runPhlo` (beyond the seed; PHLO service): starts a run of a PHLO
    /// (`POST https://phlorunner.plivo.com/v1/account/{auth_id}/phlo/{phlo_id}/`, with a
    /// lower-case `account`; `{auth_id}` is the client's own auth id, so a run is always the
    /// calling account's; see [`GetSinglePhlo`] for the trailing `/`).
    ///
    /// The start node's values (`from`, `to`, or whatever the PHLO's start node takes) are the
    /// keys of the JSON body itself: set them one by one with [`RunPhlo::param`] or all at once
    /// with [`RunPhlo::payload`]. Plivo's shape is open, so they are sent as given: this crate
    /// checks only that the payload is a JSON object whose keys are not empty. With no values
    /// the body is `{}`. In the JSON form they are one object, `payload`:
    /// `{"operation": "runPhlo", "params": {"phloId": "…", "payload": {"from": "…", "to": "…"}}}`.
    ///
    /// ```
    /// let client = plivo::Client::new("MAXXXXXXXXXXXXXXXXXX", "token")?;
    /// let run = plivo::ops::RunPhlo::new("40b2fa01-39a1-43c8")
    ///     .param("from", "14155550100")
    ///     .param("to", "14155550101");
    /// let req = client.prepare(run)?;
    /// assert_eq!(
    ///     req.url(),
    ///     "https://phlorunner.plivo.com/v1/account/MAXXXXXXXXXXXXXXXXXX/phlo/40b2fa01-39a1-43c8/"
    /// );
    /// assert_eq!(req.body(), Some(r#"{"from":"14155550100","to":"14155550101"}"#));
    /// # Ok::<(), plivo::Error>(())
    /// ```
    RunPhlo = "runPhlo" -> models::PhloRun;
    required {
        /// The PHLO's id (one path segment: `/`, `?`, `.` and the like are percent-encoded).
        phlo_id: String = "phloId" => "phlo_id";
    }
    optional {
        /// The start node's values, a JSON object whose keys become the body's (replaces any
        /// set before; see [`RunPhlo::param`] for one at a time).
        payload: Json = "payload" => "payload" [flatten, check = payload_object];
    }
}

impl RunPhlo {
    /// Sets one of the start node's values (`.param("from", "14155550100")`), keeping the
    /// others; the value is sent as given (a string, a number, an object, …). A payload set
    /// to something other than an object is left as it is, for [`crate::Client::call`] to
    /// refuse.
    pub fn param(mut self, key: impl Into<String>, value: impl Into<Value>) -> Self {
        if let Value::Object(values) = self
            .payload
            .get_or_insert_with(|| Value::Object(Map::new()))
        {
            values.insert(key.into(), value.into());
        }
        self
    }
}

/// The payload is an object (its keys become the body's) and no key is empty.
fn payload_object(v: &Value) -> Result<(), String> {
    let Value::Object(values) = v else {
        return Err("must be a JSON object (the start node's values by name)".into());
    };
    if values.keys().any(|key| key.trim().is_empty()) {
        return Err("must not have an empty key".into());
    }
    Ok(())
}
