//! PHLO, Plivo's visual workflows (beyond the seed; the phlorunner service,
//! `https://phlorunner.plivo.com/v1/`). Every PHLO path ends with `/`, a choice among the
//! official SDKs documented on [`GetSinglePhlo`].

use serde_json::{Map, Value};

use crate::Error;
use crate::models;

wire_enum! {
    /// The kind of a PHLO node that the API can address (the `{node_type}` path segment).
    ///
    /// The closed set of plivo-python and plivo-go: members are addressed in a
    /// `conference_bridge` node (plivo-python's default) or a `multi_party_call` node.
    pub enum PhloNodeType {
        /// A conference bridge node.
        ConferenceBridge = "conference_bridge",
        /// A multi-party call node.
        MultiPartyCall = "multi_party_call",
    }
}

wire_enum! {
    /// What [`UpdatePhloNode`] asks a multi-party call node to do (plivo-python's
    /// `MultiPartyCall.call`, `.warm_transfer`, `.cold_transfer`).
    pub enum PhloNodeAction {
        /// Calls `to` into the node's call (needs a `role`).
        Call = "call",
        /// Transfers the trigger source's call to `to`, staying on the line until it answers.
        WarmTransfer = "warm_transfer",
        /// Transfers the trigger source's call to `to` at once.
        ColdTransfer = "cold_transfer",
    }
}

wire_enum! {
    /// The role of the party [`UpdatePhloNode`] brings in (Plivo's multi-party call roles).
    pub enum PhloMemberRole {
        /// An agent.
        Agent = "agent",
        /// A supervisor.
        Supervisor = "supervisor",
        /// A customer.
        Customer = "customer",
    }
}

wire_enum! {
    /// What [`UpdatePhloNodeMember`] does to a member of a node (plivo-python's `Member`
    /// methods, all eight).
    pub enum PhloMemberAction {
        /// Puts the member on hold.
        Hold = "hold",
        /// Takes the member off hold.
        Unhold = "unhold",
        /// Mutes the member.
        Mute = "mute",
        /// Unmutes the member.
        Unmute = "unmute",
        /// Hangs the member up.
        Hangup = "hangup",
        /// Abandons a transfer the member started.
        AbortTransfer = "abort_transfer",
        /// Brings the member back into the call after a transfer.
        ResumeCall = "resume_call",
        /// Leaves a voicemail for the member and hangs up.
        VoicemailDrop = "voicemail_drop",
    }
}

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

params! {
    /// `getSinglePhloRun` (beyond the seed; PHLO service): one run of a PHLO
    /// (`GET https://phlorunner.plivo.com/v1/phlo/{phlo_id}/runs/{run_id}/`).
    ///
    /// Only plivo-java has this call, and it sends the path without its trailing `/` (none of
    /// its PHLO paths has one); this crate ends it with `/` like the other PHLO paths (see
    /// [`GetSinglePhlo`]). The run id is the `phlo_run_id` that [`RunPhlo`] answered.
    ///
    /// ```
    /// let client = plivo::Client::new("MAXXXXXXXXXXXXXXXXXX", "token")?;
    /// let req = client.prepare(plivo::ops::GetSinglePhloRun::new("p-1", "r-1"))?;
    /// assert_eq!(req.url(), "https://phlorunner.plivo.com/v1/phlo/p-1/runs/r-1/");
    /// # Ok::<(), plivo::Error>(())
    /// ```
    GetSinglePhloRun = "getSinglePhloRun" -> models::PhloRunDetails;
    required {
        /// The PHLO's id (one path segment).
        phlo_id: String = "phloId" => "phlo_id";
        /// The run's id (one path segment).
        run_id: String = "runId" => "run_id";
    }
    optional {}
}

params! {
    /// `getSinglePhloNode` (beyond the seed; PHLO service): one node of a PHLO
    /// (`GET https://phlorunner.plivo.com/v1/phlo/{phlo_id}/{node_type}/{node_id}/`; plivo-python's
    /// `Phlo.node`).
    ///
    /// ```
    /// use plivo::ops::{GetSinglePhloNode, PhloNodeType};
    /// let client = plivo::Client::new("MAXXXXXXXXXXXXXXXXXX", "token")?;
    /// let req = client.prepare(GetSinglePhloNode::new("p-1", PhloNodeType::ConferenceBridge, "n-1"))?;
    /// assert_eq!(req.url(), "https://phlorunner.plivo.com/v1/phlo/p-1/conference_bridge/n-1/");
    /// # Ok::<(), plivo::Error>(())
    /// ```
    GetSinglePhloNode = "getSinglePhloNode" -> models::PhloNode;
    required {
        /// The PHLO's id (one path segment).
        phlo_id: String = "phloId" => "phlo_id";
        /// The node's kind.
        node_type: PhloNodeType = "nodeType" => "node_type";
        /// The node's id (one path segment).
        node_id: String = "nodeId" => "node_id";
    }
    optional {}
}

params! {
    /// `getSinglePhloMultiPartyCall` (beyond the seed; PHLO service): one multi-party call
    /// node of a PHLO (`GET https://phlorunner.plivo.com/v1/phlo/{phlo_id}/multi_party_call/{node_id}/`;
    /// plivo-python's `Phlo.multi_party_call`): [`GetSinglePhloNode`] with the node type fixed.
    ///
    /// ```
    /// let client = plivo::Client::new("MAXXXXXXXXXXXXXXXXXX", "token")?;
    /// let req = client.prepare(plivo::ops::GetSinglePhloMultiPartyCall::new("p-1", "n-1"))?;
    /// assert_eq!(req.url(), "https://phlorunner.plivo.com/v1/phlo/p-1/multi_party_call/n-1/");
    /// # Ok::<(), plivo::Error>(())
    /// ```
    GetSinglePhloMultiPartyCall = "getSinglePhloMultiPartyCall" -> models::PhloNode;
    required {
        /// The PHLO's id (one path segment).
        phlo_id: String = "phloId" => "phlo_id";
        /// The node's id (one path segment).
        node_id: String = "nodeId" => "node_id";
    }
    optional {}
}

params! {
    /// `updatePhloNode` (beyond the seed; PHLO service): an action on a multi-party call node
    /// (`POST https://phlorunner.plivo.com/v1/phlo/{phlo_id}/{node_type}/{node_id}/` with
    /// `{"action", "trigger_source", "to", "role"}`; plivo-python's `MultiPartyCall.call`,
    /// `.warm_transfer` and `.cold_transfer`).
    ///
    /// Rules checked before sending, from plivo-python: `trigger_source` and `to` are
    /// required, and a `call` needs a `role`. plivo-python sends `role: "agent"` for the
    /// transfers when none is given; this crate sends only what is set.
    ///
    /// ```
    /// use plivo::ops::{PhloMemberRole, PhloNodeAction, PhloNodeType, UpdatePhloNode};
    /// let client = plivo::Client::new("MAXXXXXXXXXXXXXXXXXX", "token")?;
    /// let op = UpdatePhloNode::new(
    ///     "p-1", PhloNodeType::MultiPartyCall, "n-1", PhloNodeAction::Call, "14155550100", "14155550101",
    /// )
    /// .role(PhloMemberRole::Agent);
    /// let req = client.prepare(op)?;
    /// assert_eq!(req.url(), "https://phlorunner.plivo.com/v1/phlo/p-1/multi_party_call/n-1/");
    /// assert_eq!(
    ///     req.body(),
    ///     Some(r#"{"action":"call","trigger_source":"14155550100","to":"14155550101","role":"agent"}"#)
    /// );
    /// # Ok::<(), plivo::Error>(())
    /// ```
    UpdatePhloNode = "updatePhloNode" -> models::PhloActionResult;
    required {
        /// The PHLO's id (one path segment).
        phlo_id: String = "phloId" => "phlo_id";
        /// The node's kind (`multi_party_call` for these actions).
        node_type: PhloNodeType = "nodeType" => "node_type";
        /// The node's id (one path segment).
        node_id: String = "nodeId" => "node_id";
        /// What to do.
        action: PhloNodeAction = "action" => "action";
        /// The number of the party whose call the action starts from.
        trigger_source: String = "triggerSource" => "trigger_source";
        /// The number to call or transfer to.
        to: String = "to" => "to";
    }
    optional {
        /// The role of the party called in (required for `call`).
        role: PhloMemberRole = "role" => "role";
    }
    check = node_action_rule;
}

/// A `call` needs a `role` (plivo-python's rule).
fn node_action_rule(p: &UpdatePhloNode) -> Result<(), Error> {
    if p.action == PhloNodeAction::Call && p.role.is_none() {
        return Err(Error::invalid(
            Some(UpdatePhloNode::OPERATION),
            "role",
            "is required when `action` is `call`",
        ));
    }
    Ok(())
}

params! {
    /// `updatePhloNodeMember` (beyond the seed; PHLO service): an action on one member of a
    /// node (`POST https://phlorunner.plivo.com/v1/phlo/{phlo_id}/{node_type}/{node_id}/members/{member_id}/`
    /// with `{"action"}`, a lower-case `members`; plivo-python's `Member` methods).
    ///
    /// ```
    /// use plivo::ops::{PhloMemberAction, PhloNodeType, UpdatePhloNodeMember};
    /// let client = plivo::Client::new("MAXXXXXXXXXXXXXXXXXX", "token")?;
    /// let op = UpdatePhloNodeMember::new(
    ///     "p-1", PhloNodeType::ConferenceBridge, "n-1", "m-1", PhloMemberAction::Hold,
    /// );
    /// let req = client.prepare(op)?;
    /// assert_eq!(
    ///     req.url(),
    ///     "https://phlorunner.plivo.com/v1/phlo/p-1/conference_bridge/n-1/members/m-1/"
    /// );
    /// assert_eq!(req.body(), Some(r#"{"action":"hold"}"#));
    /// # Ok::<(), plivo::Error>(())
    /// ```
    UpdatePhloNodeMember = "updatePhloNodeMember" -> models::PhloActionResult;
    required {
        /// The PHLO's id (one path segment).
        phlo_id: String = "phloId" => "phlo_id";
        /// The node's kind.
        node_type: PhloNodeType = "nodeType" => "node_type";
        /// The node's id (one path segment).
        node_id: String = "nodeId" => "node_id";
        /// The member's id (one path segment).
        member_id: String = "memberId" => "member_id";
        /// What to do to the member.
        action: PhloMemberAction = "action" => "action";
    }
    optional {}
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
