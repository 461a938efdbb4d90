"""Multi-party calls through the official Python SDK (`client.multi_party_calls`), addressed by
friendly name as the SDK's keyword arguments allow (`friendly_name=`; the path says `name_…`).

The first `add_participant` makes the call (it joins with `start_mpc_on_enter=False`, so
`start` has something to start; the SDK sends `status` as the one-element list `["active"]`,
which the sandbox accepts as Plivo does). A customer joins, is read, muted, recorded, played
to and kicked; the call's own recording goes start → pause → resume → stop; `stop` ends the
call, which then reads `Ended` and refuses actions.

`startParticipantSpeak` and `stopParticipantSpeak` are not in plivo-python (only plivo-go has
them), so they are not run here.
"""

OPERATIONS = [
    "addMultiPartyCallParticipant",
    "getMultiPartyCalls",
    "getSingleMultiPartyCall",
    "startMultiPartyCall",
    "getMultiPartyCallParticipants",
    "getSingleMultiPartyCallParticipant",
    "updateMultiPartyCallParticipant",
    "startMultiPartyCallRecording",
    "pauseMultiPartyCallRecording",
    "resumeMultiPartyCallRecording",
    "stopMultiPartyCallRecording",
    "startParticipantRecording",
    "pauseParticipantRecording",
    "resumeParticipantRecording",
    "stopParticipantRecording",
    "startParticipantPlay",
    "stopParticipantPlay",
    "kickMultiPartyCallParticipant",
    "stopMultiPartyCall",
]

NAME = "python desk"


def check(value, test, what):
    """Raises (so the step fails) unless `test(value)` holds."""
    if not test(value):
        raise AssertionError(f"{what}: {value!r}")
    return value


def run(client, step, ctx):
    mpc = client.multi_party_calls
    number = ctx["number"]
    step("addMultiPartyCallParticipant", lambda: check(
        mpc.add_participant("agent", friendly_name=NAME, from_=number, to_="14155550180",
                            start_mpc_on_enter=False, stay_alone=True),
        lambda r: r["message"] == "add participant action initiated" and len(r["calls"]) == 1,
        "added"))
    step("getMultiPartyCalls", lambda: check(
        mpc.list(friendly_name=NAME, status="initialized", limit=5),
        lambda r: [m["friendly_name"] for m in r["objects"]] == [NAME], "listed"))
    step("getSingleMultiPartyCall", lambda: check(
        mpc.get(friendly_name=NAME), lambda m: m["status"] == "Initialized", "initialized"))
    step("startMultiPartyCall", lambda: mpc.start(friendly_name=NAME))
    if mpc.get(friendly_name=NAME)["status"] != "Active":
        raise AssertionError("the call did not start")
    mpc.add_participant("customer", friendly_name=NAME, from_=number, to_="14155550181")
    listed = step("getMultiPartyCallParticipants", lambda: check(
        mpc.list_participants(friendly_name=NAME),
        lambda r: [p["role"] for p in r["objects"]] == ["agent", "customer"], "participants"))
    member = listed["objects"][1]["member_id"] if listed is not None else "none"
    step("getSingleMultiPartyCallParticipant", lambda: check(
        mpc.get_participant(member, friendly_name=NAME),
        lambda p: p["role"] == "customer", "customer"))
    step("updateMultiPartyCallParticipant", lambda: check(
        mpc.update_participant(member, friendly_name=NAME, mute=True),
        lambda r: "mute" in r["message"], "muted"))
    step("startMultiPartyCallRecording", lambda: mpc.start_recording(friendly_name=NAME, file_format="wav"))
    step("pauseMultiPartyCallRecording", lambda: mpc.pause_recording(friendly_name=NAME))
    step("resumeMultiPartyCallRecording", lambda: mpc.resume_recording(friendly_name=NAME))
    step("stopMultiPartyCallRecording", lambda: mpc.stop_recording(friendly_name=NAME))
    step("startParticipantRecording", lambda: check(
        mpc.start_participant_recording(member, friendly_name=NAME),
        lambda r: r["recording_url"].endswith(".mp3"), "recording"))
    step("pauseParticipantRecording", lambda: mpc.pause_participant_recording(member, friendly_name=NAME))
    step("resumeParticipantRecording", lambda: mpc.resume_participant_recording(member, friendly_name=NAME))
    step("stopParticipantRecording", lambda: mpc.stop_participant_recording(member, friendly_name=NAME))
    step("startParticipantPlay", lambda: check(
        mpc.start_play_audio(member, friendly_name=NAME, url="https://example.com/hold.mp3"),
        lambda r: r["mpcMemberId"] == [member], "play"))
    step("stopParticipantPlay", lambda: mpc.stop_play_audio(member, friendly_name=NAME))
    step("kickMultiPartyCallParticipant", lambda: mpc.kick_participant(member, friendly_name=NAME))
    step("stopMultiPartyCall", lambda: mpc.stop(friendly_name=NAME))
    ended = mpc.get(friendly_name=NAME)
    if ended["status"] != "Ended" or ended["termination_cause_code"] != 3000:
        raise AssertionError(f"not ended by the stop: {ended}")
