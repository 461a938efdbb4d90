"""Number masking sessions through the official Python SDK: create (the virtual number comes from
a number the account rents), get, list, update and delete. plivo==4.63.0 has all five."""

OPERATIONS = [
    "createMaskingSession",
    "getSingleMaskingSession",
    "getMaskingSessions",
    "updateMaskingSession",
    "deleteMaskingSession",
]


def run(client, step, ctx):
    found = client.numbers.search("US", limit=1)
    number = found["objects"][0]["number"]
    client.numbers.buy(number)
    created = step("createMaskingSession", lambda: client.masking_sessions.create_masking_session(
        first_party="+14155550100", second_party="+14155550101", session_expiry=1800,
        record=True, record_file_format="wav", callback_url="https://example.com/mask",
        callback_method="POST", is_pin_authentication_required=True, generate_pin=True,
        generate_pin_length=5))
    uuid = created["session_uuid"] if created is not None else "none"
    if created is not None:
        rented = [n["number"] for n in client.numbers.list(limit=20)["objects"]]
        assert created["virtual_number"].lstrip("+") in rented, created
        assert len(created["session"]["first_party_pin"]) == 5, created
    got = step("getSingleMaskingSession", lambda: client.masking_sessions.get_masking_session(uuid))
    if got is not None:
        assert got["response"]["status"] == "active", got
    listed = step("getMaskingSessions", lambda: client.masking_sessions.list_masking_session(
        first_party="14155550100", status="active", duration__gte=1000, limit=5))
    if listed is not None:
        assert listed["response"]["meta"]["total_count"] == 1, listed
    updated = step("updateMaskingSession", lambda: client.masking_sessions.update_masking_session(
        uuid, session_expiry=600, call_time_limit=120))
    if updated is not None:
        assert updated["session"]["call_time_limit"] == 120, updated
    step("deleteMaskingSession", lambda: client.masking_sessions.delete_masking_session(uuid))
    client.numbers.delete(number)
