"""PHLO nodes and members through the official Python SDK's PHLO client (`ctx["phlo_client"]`).

A PHLO and its multi-party call node come from the sandbox-only controls
`POST /sandbox/phlo/{name}/` and `POST /sandbox/phlo/{phlo_id}/multi_party_call/`
(`Sandbox::add_phlo` and `Sandbox::add_phlo_node` in Rust): Plivo's API makes neither. The SDK
reads the node both ways, calls a party in (`MultiPartyCall.call`, updatePhloNode) and holds
that member by its number (`phlo.member`, updatePhloNodeMember); a member that hung up is 404.

`getSinglePhloRun` is not in plivo-python (only plivo-java has it), so it is not run here.
"""

OPERATIONS = [
    "getSinglePhloNode",
    "getSinglePhloMultiPartyCall",
    "updatePhloNode",
    "updatePhloNodeMember",
]


def check(value, test, what):
    """Raises (so the step fails) unless `test(value)` holds."""
    if not test(value):
        raise AssertionError(f"{what}: {value!r}")
    return value


def run(client, step, ctx):
    phlo_client = ctx["phlo_client"]
    base, auth = ctx["BASE"], (ctx["AUTH_ID"], ctx["AUTH_TOKEN"])
    post = ctx["requests"].post
    phlo_id = post(f"{base}/sandbox/phlo/python-nodes/", auth=auth, timeout=10).json()["phlo_id"]
    node_id = post(f"{base}/sandbox/phlo/{phlo_id}/multi_party_call/", auth=auth, timeout=10).json()["node_id"]
    phlo = phlo_client.phlo.get(phlo_id)

    step("getSinglePhloNode",
         lambda: check(phlo.node("multi_party_call", node_id),
                       lambda n: n["node_id"] == node_id and n["node_type"] == "multi_party_call", "node"))
    node = step("getSinglePhloMultiPartyCall",
                lambda: check(phlo.multi_party_call(node_id), lambda n: n["phlo_id"] == phlo_id, "mpc node"))
    agent = "14155550111"

    def call_in():
        if node is None:
            raise AssertionError("no node to act on")
        return node.call(ctx["number"], agent, "agent")

    step("updatePhloNode", call_in)

    def hold_then_hangup():
        answer = phlo_client.phlo.member(phlo_id, node_id, agent, "hold", node_type="multi_party_call")
        phlo_client.phlo.member(phlo_id, node_id, agent, "hangup", node_type="multi_party_call")
        try:
            phlo_client.phlo.member(phlo_id, node_id, agent, "unhold", node_type="multi_party_call")
        except Exception as error:  # noqa: BLE001 - the SDK's ResourceNotFoundError
            if "not found" not in str(error).lower() and "404" not in str(error):
                raise
        else:
            raise AssertionError("a member that hung up must be 404")
        return answer

    step("updatePhloNodeMember", hold_then_hangup)
