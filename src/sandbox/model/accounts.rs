//! Subaccounts, applications and carriers: who owns and serves what. Endpoints and numbers
//! point at a subaccount (`sub_account`) and an application (`application`) by resource URI,
//! and numbers added from your own carrier at the carrier (`carrier_id`); deleting one of
//! those changes what points at it.
//!
//! The `*_deleted` functions are called by the handler once it has taken the deleted object
//! out of its own list (and answered 404 if there was none); they make what follows for
//! the others.

use serde_json::Value;

use crate::sandbox::state::{Reply, Req, State, error};

/// The `resource_uri` of the item whose `key` field is `id`.
fn uri_of(items: &[Value], key: &str, id: &str) -> Option<Value> {
    items
        .iter()
        .find(|item| item[key].as_str() == Some(id))
        .map(|item| item["resource_uri"].clone())
}

impl State {
    /// The resource URI of a subaccount given by auth id, or a 400 if there is none.
    pub fn subaccount_uri(&self, auth_id: &str) -> Result<Value, Reply> {
        uri_of(&self.subaccounts, "auth_id", auth_id)
            .ok_or_else(|| error(400, &format!("subaccount {auth_id} does not exist")))
    }

    /// The subaccount that owns what a request creates: the subaccount whose credentials (and
    /// path) it uses, or none (`null`) for the main account.
    pub fn owner(&self, req: &Req) -> Value {
        let id = req
            .base
            .trim_start_matches("/v1/Account/")
            .trim_end_matches('/');
        uri_of(&self.subaccounts, "auth_id", id).unwrap_or(Value::Null)
    }

    /// The resource URI of an application given by id, or 404.
    pub fn application_uri(&self, app_id: &str) -> Result<Value, Reply> {
        uri_of(&self.applications, "app_id", app_id)
            .ok_or_else(|| error(404, &format!("application {app_id} not found")))
    }

    /// A request's `app_id` parameter: `None` when absent, `Some(null)` when empty or null
    /// (unlink), the application's URI otherwise (404 for an unknown application).
    pub fn application_param(&self, req: &Req) -> Result<Option<Value>, Reply> {
        match req.params.get("app_id") {
            None => Ok(None),
            Some(Value::Null) => Ok(Some(Value::Null)),
            Some(_) => match req.text("app_id") {
                Some(id) if id.trim().is_empty() => Ok(Some(Value::Null)),
                Some(id) => self.application_uri(id.trim()).map(Some),
                None => Err(error(400, "app_id must be a string")),
            },
        }
    }

    /// The application new numbers or endpoints get when no `app_id` is given: the one marked
    /// default for them (`default_app` or `default_endpoint_app`), or none.
    pub fn default_application(&self, flag: &str) -> Value {
        self.applications
            .iter()
            .find(|a| a[flag] == true)
            .map_or(Value::Null, |a| a["resource_uri"].clone())
    }

    /// The subaccount with resource URI `uri` was deleted. Its applications, endpoints and
    /// numbers are deleted with it (leaving their Powerpack pools) when `cascade`; otherwise they move to the main account
    /// (`sub_account` becomes `null`).
    pub fn subaccount_deleted(&mut self, uri: &Value, cascade: bool) {
        for items in [
            &mut self.applications,
            &mut self.endpoints,
            &mut self.numbers,
        ] {
            if cascade {
                items.retain(|item| item["sub_account"] != *uri);
            } else {
                for item in items.iter_mut().filter(|item| item["sub_account"] == *uri) {
                    item["sub_account"] = Value::Null;
                }
            }
        }
        self.numbers_left();
    }

    /// The application with resource URI `uri` was deleted. Its endpoints are deleted with
    /// it when `cascade`, otherwise attached to `replacement` (an application's URI, or
    /// `null` for none); its numbers keep no application (`null`) either way.
    pub fn application_deleted(&mut self, uri: &Value, cascade: bool, replacement: &Value) {
        if cascade {
            self.endpoints.retain(|e| e["application"] != *uri);
        } else {
            for e in self
                .endpoints
                .iter_mut()
                .filter(|e| e["application"] == *uri)
            {
                e["application"] = replacement.clone();
            }
        }
        for n in self.numbers.iter_mut().filter(|n| n["application"] == *uri) {
            n["application"] = Value::Null;
        }
    }

    /// The incoming carrier with id `carrier_id` was deleted: the numbers added with it
    /// leave the account, and whatever held them lets them go ([`State::numbers_left`]). (A
    /// number of the sandbox's own stock among them is back on sale at the next search or
    /// purchase, which rebuild the inventory.)
    pub fn carrier_deleted(&mut self, carrier_id: &Value) {
        self.numbers
            .retain(|n| n.get("carrier_id") != Some(carrier_id));
        self.numbers_left();
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    const SUB: &str = "/v1/Account/MA/Subaccount/SA1/";
    const APP: &str = "/v1/Account/MA/Application/1/";
    const OTHER_APP: &str = "/v1/Account/MA/Application/2/";

    /// Two endpoints and two numbers, one of each owned by `SUB` and served by `APP`.
    fn state() -> State {
        let mut state = State::new(1, "MA".into(), None);
        for (i, (sub, app)) in [(json!(SUB), json!(APP)), (Value::Null, json!(OTHER_APP))]
            .into_iter()
            .enumerate()
        {
            state
                .applications
                .push(json!({"resource_uri": app, "sub_account": sub}));
            state
                .endpoints
                .push(json!({"endpoint_id": i, "application": app, "sub_account": sub}));
            state
                .numbers
                .push(json!({"number": i, "application": app, "sub_account": sub}));
        }
        state
    }

    fn field(items: &[Value], key: &str) -> Vec<Value> {
        items.iter().map(|item| item[key].clone()).collect()
    }

    #[test]
    fn subaccount_deleted_moves_or_cascades_what_it_owned() {
        let mut moved = state();
        moved.subaccount_deleted(&json!(SUB), false);
        for items in [&moved.applications, &moved.endpoints, &moved.numbers] {
            assert_eq!(field(items, "sub_account"), [Value::Null, Value::Null]);
        }

        let mut cascaded = state();
        cascaded.subaccount_deleted(&json!(SUB), true);
        assert_eq!(
            field(&cascaded.applications, "resource_uri"),
            [json!(OTHER_APP)]
        );
        assert_eq!(field(&cascaded.endpoints, "endpoint_id"), [json!(1)]);
        assert_eq!(field(&cascaded.numbers, "number"), [json!(1)]);
    }

    #[test]
    fn application_deleted_reattaches_or_cascades_endpoints_and_unlinks_numbers() {
        let mut reattached = state();
        reattached.application_deleted(&json!(APP), false, &json!(OTHER_APP));
        assert_eq!(
            field(&reattached.endpoints, "application"),
            [json!(OTHER_APP), json!(OTHER_APP)]
        );
        assert_eq!(
            field(&reattached.numbers, "application"),
            [Value::Null, json!(OTHER_APP)]
        );

        let mut cascaded = state();
        cascaded.application_deleted(&json!(APP), true, &Value::Null);
        assert_eq!(field(&cascaded.endpoints, "endpoint_id"), [json!(1)]);
        assert_eq!(
            field(&cascaded.numbers, "application"),
            [Value::Null, json!(OTHER_APP)],
            "numbers are never deleted with their application"
        );
    }

    #[test]
    fn carrier_deleted_takes_its_numbers_off_the_account() {
        let mut state = state();
        state.numbers[0]["carrier_id"] = json!("C1");
        state.carrier_deleted(&json!("C1"));
        assert_eq!(field(&state.numbers, "number"), [json!(1)]);
        state.carrier_deleted(&json!("C2"));
        assert_eq!(state.numbers.len(), 1);
    }
}
