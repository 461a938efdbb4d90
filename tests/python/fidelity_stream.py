"""Audio streams through the official Python SDK, on a live call: start (a JSON body that also
carries the SDK's own `call_uuid` echo), list, read one, stop one, stop all. The SDK has all five
operations (`client.calls.start_stream`, `get_all_streams`, `get_details_of_specific_stream`,
`delete_specific_stream`, `delete_all_streams`)."""

OPERATIONS = ["startStream", "getStreams", "getSingleStream", "stopSingleStream", "stopStreams"]


def run(client, step, ctx):
    to = "14155550177" if ctx["number"] != "14155550177" else "14155550178"
    made = client.calls.create(from_=ctx["number"], to_=to, answer_url="https://example.com/answer")
    call_uuid = made["request_uuid"]
    started = step("startStream", lambda: client.calls.start_stream(
        call_uuid, "wss://agent.example.com/voice", bidirectional=True, audio_track="inbound",
        stream_timeout=600, status_callback_url="https://example.com/stream-events",
        status_callback_method="POST", content_type="audio/x-mulaw;rate=8000",
        extra_headers="tenant=acme"))
    stream_id = started["stream_id"] if started is not None else "none"
    listed = step("getStreams", lambda: client.calls.get_all_streams(call_uuid))
    if listed is not None:
        assert [s["stream_id"] for s in listed["objects"]] == [stream_id], listed
    one = step("getSingleStream", lambda: client.calls.get_details_of_specific_stream(call_uuid, stream_id))
    if one is not None:
        assert one["service_url"] == "wss://agent.example.com/voice", one
    step("stopSingleStream", lambda: client.calls.delete_specific_stream(call_uuid, stream_id))
    step("stopStreams", lambda: client.calls.delete_all_streams(call_uuid))
    client.calls.delete(call_uuid)
