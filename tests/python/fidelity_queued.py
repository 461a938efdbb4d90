"""Queued calls and transcriptions of recordings through the official Python SDK.

The sandbox answers every placed call at once, so the queued call comes from the sandbox-only
control `POST /sandbox/QueuedCall/{from}/{to}/` (`Sandbox::add_queued_call` in Rust); the SDK
lists and reads it, and cancels it with `calls.cancel` (hangupCallRequest), after which it is
404. A call is placed and recorded through the SDK; its recording is transcribed, the
transcription read and deleted (then 404). The SDK has all five operations.
"""

OPERATIONS = [
    "getQueuedCalls",
    "getSingleQueuedCall",
    "createTranscription",
    "getSingleTranscription",
    "deleteTranscription",
]


def check(value, test, what):
    """Raises (so the step fails) unless `test(value)` holds."""
    if not test(value):
        raise AssertionError(f"{what}: {value!r}")
    return value


def gone(action):
    """True if the action fails with the SDK's not-found error."""
    try:
        action()
    except Exception as error:  # noqa: BLE001 - the SDK's ResourceNotFoundError
        return type(error).__name__ == "ResourceNotFoundError"
    return False


def run(client, step, ctx):
    requests = ctx["requests"]
    auth = (ctx["AUTH_ID"], ctx["AUTH_TOKEN"])
    answer = requests.post(f"{ctx['BASE']}/sandbox/QueuedCall/{ctx['number']}/14155550140/",
                           auth=auth, timeout=10)
    queued = answer.json().get("call_uuid", "none")
    step("getQueuedCalls",
         lambda: check(client.queued_calls.list_ids(limit=20, offset=0), lambda r: queued in r["calls"],
                       "queued uuid listed"))
    step("getSingleQueuedCall",
         lambda: check(client.queued_calls.get(queued), lambda r: r["call_status"] == "queued",
                       "queued call status"))
    client.calls.cancel(queued)
    if not gone(lambda: client.queued_calls.get(queued)):
        raise AssertionError("a cancelled queued call is still there")

    client.calls.create(from_=ctx["number"], to_="14155550141", answer_url="https://example.com/a")
    call_uuid = client.live_calls.list_ids()["calls"][-1]
    recording_id = client.calls.record(call_uuid)["recording_id"]
    client.calls.delete(call_uuid)
    step("createTranscription",
         lambda: check(client.transcriptions.create_transcription(
             recording_id, transcription_callback_url="https://example.com/t"),
             lambda r: r["message"] == "transcription in progress", "create answer"))
    step("getSingleTranscription",
         lambda: check(client.transcriptions.get_transcription(recording_id),
                       lambda r: r["status"] == "success", "transcription status"))
    step("deleteTranscription",
         lambda: check(client.transcriptions.delete_transcription(recording_id),
                       lambda r: r["message"] == "request accepted", "delete answer"))
    if not gone(lambda: client.transcriptions.get_transcription(recording_id)):
        raise AssertionError("a deleted transcription is still there")
