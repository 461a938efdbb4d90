"""The official Plivo Python SDK, pointed at our sandbox, runs one call of every current seed
operation, and of the operations beyond the seed that SDK 4.63.0 offers, without an error: a check
of the sandbox's fidelity against a client we did not write.

Run by tests/python/run.sh, which starts the sandbox and sets PLIVO_BASE_URL, PLIVO_AUTH_ID and
PLIVO_AUTH_TOKEN. Prints one line per operation and a closing 'N passed, N failed' line; exits
non-zero when any operation failed.
"""

import os
import sys
import tempfile
import traceback

import plivo
import plivo.rest.client as rest
import requests

BASE = os.environ["PLIVO_BASE_URL"].rstrip("/")
AUTH_ID = os.environ["PLIVO_AUTH_ID"]
AUTH_TOKEN = os.environ["PLIVO_AUTH_TOKEN"]

# The SDK has no base URL setting: its module constants name the hosts, and it reads them at
# request time. Every one of them goes to the sandbox.
for name in dir(rest):
    if name.endswith("_BASE_URI") or name.endswith("_BASE_URI_FALLBACK_1") or name.endswith("_BASE_URI_FALLBACK_2"):
        value = getattr(rest, name)
        if isinstance(value, str) and value.startswith("https://api.plivo.com"):
            setattr(rest, name, value.replace("https://api.plivo.com", BASE))

# The other Plivo hosts (lookup.plivo.com, stats.plivo.com) are module constants too, read at
# request time; the sandbox serves every service on its one origin, paths unchanged.
import plivo.resources.lookup as lookup_module

lookup_module.LOOKUP_API_ENDPOINT = lookup_module.LOOKUP_API_ENDPOINT.replace("https://lookup.plivo.com", BASE)
rest.CALLINSIGHTS_BASE_URL = BASE

# Nothing leaves this machine: a request for any other origin fails the run.
_send = requests.Session.send


def _local_only(session, request, **kwargs):
    if not request.url.startswith(BASE + "/"):
        raise AssertionError(f"the SDK tried to reach {request.url}, not the sandbox")
    return _send(session, request, **kwargs)


requests.Session.send = _local_only

client = plivo.RestClient(AUTH_ID, AUTH_TOKEN)

# The PHLO client is a separate class whose base URI comes from a module constant read when it
# is constructed.
import plivo.rest.phlo_client as phlo_module

phlo_module.PHLO_API_BASE_URI = phlo_module.PHLO_API_BASE_URI.replace("https://phlorunner.plivo.com", BASE)
phlo_client = phlo_module.PhloClient(AUTH_ID, AUTH_TOKEN)
results = []


def step(operation, action):
    """Runs one operation; records and prints whether it raised."""
    try:
        value = action()
        results.append((operation, True))
        print(f"ok     {operation}")
        return value
    except Exception:  # noqa: BLE001 - any exception is a fidelity failure to report
        results.append((operation, False))
        print(f"FAILED {operation}")
        traceback.print_exc(limit=3)
        return None


def field(response, key):
    return response[key] if response is not None else None


def join_conference(call_uuid, name):
    """The sandbox-only control that stands in for <Conference> XML."""
    r = requests.post(f"{BASE}/sandbox/Call/{call_uuid}/Conference/{name}/", auth=(AUTH_ID, AUTH_TOKEN), timeout=10)
    r.raise_for_status()
    return r.json()["member_id"]


# Account and subaccounts
step("getAccountDetails", lambda: client.account.get())
step("updateAccount", lambda: client.account.update(name="Python SDK", city="Paris"))
sub = step("createSubaccount", lambda: client.subaccounts.create(name="python-sub", enabled=True))
sub_id = field(sub, "auth_id")
step("updateSubaccount", lambda: client.subaccounts.update(sub_id, name="python-sub-2", enabled=True))
step("getSingleSubaccount", lambda: client.subaccounts.get(sub_id))
step("getSubaccounts", lambda: client.subaccounts.list(limit=5, offset=0))
step("deleteSubaccount", lambda: client.subaccounts.delete(sub_id, cascade=True))

# Applications
app = step("createApplication", lambda: client.applications.create(app_name="python-app", answer_url="https://example.com/answer"))
app_id = field(app, "app_id")
step("getApplications", lambda: client.applications.list(limit=5))
step("getSingleApplication", lambda: client.applications.get(app_id))
step("updateApplication", lambda: client.applications.update(app_id, answer_url="https://example.com/answer2"))

# Endpoints
endpoint = step("createEndpoint", lambda: client.endpoints.create(username="pyuser", password="s3cret!", alias="Py"))
endpoint_id = field(endpoint, "endpoint_id")
step("getSingleEndpoint", lambda: client.endpoints.get(endpoint_id))
step("getEndpoints", lambda: client.endpoints.list(limit=5))
step("updateEndpoint", lambda: client.endpoints.update(endpoint_id, alias="Py2", app_id=app_id))
step("deleteEndpoint", lambda: client.endpoints.delete(endpoint_id))

# Numbers
found = step("searchNewNumbers", lambda: client.numbers.search(country_iso="US", limit=3))
number = found["objects"][0]["number"] if found is not None else "14155550100"
step("buyNumber", lambda: client.numbers.buy(number, app_id=app_id))
step("getRentedNumbers", lambda: client.numbers.list(limit=5))
step("getRentedNumber", lambda: client.numbers.get(number))
step("updateNumber", lambda: client.numbers.update(number, alias="python", app_id=app_id))
carrier = requests.post(
    f"{BASE}/v1/Account/{AUTH_ID}/IncomingCarrier/",
    json={"name": "python carrier", "ip_set": "10.0.0.1"},
    auth=(AUTH_ID, AUTH_TOKEN),
    timeout=10,
).json()
step("addOwnCarrierNumber", lambda: client.numbers.create(numbers="12025550123", carrier=carrier["carrier_id"], region="DC"))

# Messages
sent = step("sendMessage", lambda: client.messages.create(src=number, dst="14155550101<14155550102", text="hi from python"))
message_uuid = sent["message_uuid"][0] if sent is not None else "none"
step("getMessages", lambda: client.messages.list(limit=5, message_direction="outbound"))
step("getSingleMessage", lambda: client.messages.get(message_uuid))

# Media: the SDK uploads files by path (a multipart body, one `file` part each). It has no call
# for getSingleMessageMedia or deleteMessageMedia.
with tempfile.TemporaryDirectory() as folder:
    paths = [os.path.join(folder, "pixel.png"), os.path.join(folder, "note.pdf")]
    for path, content in zip(paths, [b"\x89PNG\r\n\x1a\n\x00", b"%PDF-1.4\n%%EOF\n"]):
        with open(path, "wb") as f:
            f.write(content)
    uploaded = step("uploadMedia", lambda: client.media.upload(paths))
media_ids = [m["media_id"] for m in uploaded["objects"]] if uploaded is not None else ["none"]
step("getMedia", lambda: client.media.list(limit=5))
step("getSingleMedia", lambda: client.media.get(media_ids[0]))
mms = client.messages.create(src=number, dst="14155550109", text="with media", type_="mms", media_ids=media_ids[:1])
step("getMessageMedia", lambda: client.messages.get(mms["message_uuid"][0]).listMedia())

# Verify sessions: a list whose items are under `sessions` (empty here: fidelity_verify.py
# creates and validates one later).
step("getVerifySessions", lambda: client.verify_session.list(limit=5, status="verified"))

# The lookup and stats hosts.
step("lookupNumber", lambda: client.lookup.get(number))

# Calls
made = step("makeCall", lambda: client.calls.create(from_=number, to_="14155550103<14155550104", answer_url="https://example.com/answer"))
request_uuids = made["request_uuid"] if made is not None else []
live = step("getLiveCalls", lambda: client.live_calls.list_ids())
calls = list(live["calls"]) if live is not None else ["none", "none"]
call_uuid = calls[0]
step("getSingleLiveCallDetails", lambda: client.live_calls.get(call_uuid))
step("transferCall", lambda: client.calls.update(call_uuid, legs="aleg", aleg_url="https://example.com/transfer"))
step("recordCall", lambda: client.calls.record(call_uuid))
# `stop_recording` in SDK 4.63 demands callback arguments; `record_stop` is the same call.
step("stopCallRecording", lambda: client.calls.record_stop(call_uuid))
step("playMusicFile", lambda: client.calls.play(call_uuid, urls="https://example.com/a.mp3"))
step("stopPlayingMusicFile", lambda: client.calls.stop_playing(call_uuid))
step("playText", lambda: client.calls.speak(call_uuid, text="hello"))
step("stopPlayingText", lambda: client.calls.stop_speaking(call_uuid))
step("sendDigits", lambda: client.calls.send_digits(call_uuid, digits="123"))

# Conferences: both live calls join one, then every member action.
room = "Python Room"
members = [join_conference(uuid, room) for uuid in calls[:2]]
step("getConferences", lambda: client.conferences.list())
step("getSingleConference", lambda: client.conferences.get(room))
step("startRecordingConference", lambda: client.conferences.record(room))
step("stopRecordingConference", lambda: client.conferences.record_stop(room))
step("muteMember", lambda: client.conferences.member_mute(room, members[0]))
step("unmuteMember", lambda: client.conferences.member_mute_stop(room, members[0]))
step("makeMemberDeaf", lambda: client.conferences.member_deaf(room, members[0]))
step("enableHearingForMember", lambda: client.conferences.member_deaf_stop(room, members[0]))
step("playSoundToMember", lambda: client.conferences.member_play(room, "all", "https://example.com/a.mp3"))
step("stopPlayingSoundToMember", lambda: client.conferences.member_play_stop(room, "all"))
step("playTextToMember", lambda: client.conferences.member_speak(room, members[0], "hello"))
step("stopPlayingTextToMember", lambda: client.conferences.member_speak_stop(room, members[0]))
step("kickMember", lambda: client.conferences.member_kick(room, members[1]))
step("hangupMember", lambda: client.conferences.member_hangup(room, members[0]))
call_b = client.calls.create(from_=number, to_="14155550105", answer_url="https://example.com/a")
uuid_b = client.live_calls.list_ids()["calls"][-1]
join_conference(uuid_b, "Second Room")
step("hangupSingleConference", lambda: client.conferences.delete("Second Room"))
uuid_c = None
client.calls.create(from_=number, to_="14155550106", answer_url="https://example.com/a")
join_conference(client.live_calls.list_ids()["calls"][-1], "Third Room")
step("hangupConferences", lambda: client.conferences.delete_all())

# Hang-ups, then the records.
step("hangupSingleCall", lambda: client.calls.delete(calls[1]))
fresh = client.calls.create(from_=number, to_="14155550107", answer_url="https://example.com/a")
step("hangupCallRequest", lambda: client.calls.cancel(fresh["request_uuid"]))
step("getCallsDetails", lambda: client.calls.list(limit=5))
step("getSingleCallDetails", lambda: client.calls.get(call_uuid))
# PHLO: the sandbox-only control makes one (a PHLO is drawn in Plivo's console).
phlo_id = requests.post(f"{BASE}/sandbox/phlo/python/", auth=(AUTH_ID, AUTH_TOKEN), timeout=10).json()["phlo_id"]
phlo = step("getSinglePhlo", lambda: phlo_client.phlo.get(phlo_id))
step("runPhlo", lambda: phlo.run(**{"from": number, "to": "14155550110"}))
step("createCallFeedback", lambda: client.call_feedback.create(call_uuid, 5, issues=["AUDIO_LAG"], notes="python"))

# Recordings, pricing, clean-up.
recordings = step("getRecordings", lambda: client.recordings.list(limit=5))
recording_id = recordings["objects"][0]["recording_id"] if recordings is not None and len(recordings["objects"]) else "none"
step("getSingleRecording", lambda: client.recordings.get(recording_id))
step("deleteRecording", lambda: client.recordings.delete(recording_id))
step("getPricing", lambda: client.pricing.get("GB"))

# Product areas beyond the seed, one module each (tests/python/fidelity_<area>.py): each lists the
# operations it runs in OPERATIONS and defines run(client, step, ctx); ctx holds BASE, AUTH_ID,
# AUTH_TOKEN, the rented `number`, `app_id`, `phlo_client` and `requests` (for sandbox-only
# controls). They run while the number and the application still exist.
import glob
import importlib

expected = 71
ctx = {"BASE": BASE, "AUTH_ID": AUTH_ID, "AUTH_TOKEN": AUTH_TOKEN, "number": number, "app_id": app_id,
       "phlo_client": phlo_client, "requests": requests}
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
for path in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "fidelity_*.py"))):
    module = importlib.import_module(os.path.basename(path)[:-3])
    before = len(results)
    module.run(client, step, ctx)
    ran = [name for name, _ in results[before:]]
    if sorted(ran) != sorted(module.OPERATIONS):
        print(f"FAILED {module.__name__}: ran {ran}, lists {module.OPERATIONS}")
        results.append((module.__name__, False))
    expected += len(module.OPERATIONS)

step("unrentNumber", lambda: client.numbers.delete(number))
step("deleteApplication", lambda: client.applications.delete(app_id))

passed = sum(1 for _, ok in results if ok)
failed = len(results) - passed
print(f"python-sdk: {passed} passed, {failed} failed")
sys.exit(1 if failed or passed != expected else 0)
