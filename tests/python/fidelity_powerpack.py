"""Powerpacks and their number pools through the official Python SDK: create, get, list, update and
delete a Powerpack; buy a number into its pool, send a message through the Powerpack, add one the account rents, list, count, find and
remove them; the same for a toll-free number; list, find and remove a short code (put in the pool
by the sandbox's control, as Plivo's support would).

The SDK reads the Powerpack (`GET Powerpack/{uuid}/`) before every pool call to find the pool's
id in its `number_pool` URI, so these calls also check that the sandbox answers that link. Its
`count_numbers` answers 0 on any error, so the count is checked against the numbers added."""

OPERATIONS = [
    "createPowerpack",
    "getSinglePowerpack",
    "getPowerpacks",
    "updatePowerpack",
    "buyPoolNumber",
    "sendMessage",
    "addPoolNumber",
    "getPoolNumbers",
    "countPoolNumbers",
    "getSinglePoolNumber",
    "removePoolNumber",
    "addPoolTollfree",
    "getPoolTollfrees",
    "getSinglePoolTollfree",
    "removePoolTollfree",
    "getPoolShortcodes",
    "getSinglePoolShortcode",
    "removePoolShortcode",
    "deletePowerpack",
]


def expect(value, wanted):
    if value != wanted:
        raise AssertionError(f"got {value!r}, expected {wanted!r}")
    return value


def run(client, step, ctx):
    requests = ctx["requests"]
    priority = [{"country_iso": "CA", "service_type": "SMS",
                 "priority": {"priority1": "longcode", "priority2": "tollfree"}}]
    created = step("createPowerpack", lambda: client.powerpacks.create(name="python pack",
                                                                       number_priority=priority))
    uuid = created["uuid"] if created is not None else "none"
    pack = step("getSinglePowerpack", lambda: client.powerpacks.get(uuid))
    step("getPowerpacks", lambda: client.powerpacks.list(limit=5, offset=0))
    step("updatePowerpack", lambda: pack.update({"name": "python pack 2", "sticky_sender": False}))

    offers = client.numbers.search("CA", type="local")["objects"]
    bought, added = offers[0]["number"], offers[1]["number"]
    step("buyPoolNumber", lambda: pack.buy_add_number(number=bought, service="sms"))
    # A message sent through the Powerpack (no src): the sandbox sends it from the pool.
    step("sendMessage", lambda: expect(client.messages.get(client.messages.create(
        powerpack_uuid=uuid, dst="+14155550100", text="from the pool")["message_uuid"][0])["from_number"],
        bought))
    client.numbers.buy(added)
    step("addPoolNumber", lambda: pack.add_number(added, service="mms"))
    step("getPoolNumbers", lambda: expect(len(pack.list_numbers(country_iso2="CA", limit=10)["objects"]), 2))
    step("countPoolNumbers", lambda: expect(pack.count_numbers(), 2))
    step("getSinglePoolNumber", lambda: expect(pack.find_number(bought)["number"], bought))
    step("removePoolNumber", lambda: pack.remove_number(added, unrent=True))

    tollfree = client.numbers.search("CA", type="tollfree")["objects"][0]["number"]
    client.numbers.buy(tollfree)
    step("addPoolTollfree", lambda: pack.add_tollfree(tollfree))
    step("getPoolTollfrees", lambda: expect(len(pack.list_tollfree()["objects"]), 1))
    step("getSinglePoolTollfree", lambda: pack.find_tollfree(tollfree))
    step("removePoolTollfree", lambda: pack.remove_tollfree(tollfree, unrent=True))

    pool = pack.number_pool.split("/")[5] if pack is not None else "none"
    requests.post(f"{ctx['BASE']}/sandbox/NumberPool/{pool}/Shortcode/444444/",
                  auth=(ctx["AUTH_ID"], ctx["AUTH_TOKEN"]), timeout=10)
    step("getPoolShortcodes", lambda: expect(len(pack.list_shortcodes()["objects"]), 1))
    step("getSinglePoolShortcode", lambda: pack.find_shortcode("444444"))
    step("removePoolShortcode", lambda: pack.remove_shortcode("444444"))
    step("deletePowerpack", lambda: pack.delete(unrent_numbers=True))
