"""Toll-free verification through the official Python SDK: create (for a toll-free number the
account rents), get, list, update and delete.

plivo==4.63.0 has no hosted messaging (`createHostedMessagingNumber`, `getHostedMessagingNumbers`,
`getSingleHostedMessagingNumber`, `createLoa`, `getLoas`, `getSingleLoa`, `deleteLoa`): only
plivo-node and plivo-php offer them, so this module runs none of them (the Rust tests cover them
against the sandbox)."""

OPERATIONS = [
    "createTollfreeVerification",
    "getSingleTollfreeVerification",
    "getTollfreeVerifications",
    "updateTollfreeVerification",
    "deleteTollfreeVerification",
]


def run(client, step, ctx):
    found = client.numbers.search("US", type="tollfree")
    number = found["objects"][0]["number"]
    client.numbers.buy(number)
    created = step("createTollfreeVerification", lambda: client.tollfree_verification.create(
        profile_uuid="profile-python", usecase="2FA,CUSTOMER_CARE", usecase_summary="codes",
        message_sample="Your code is 1234", optin_image_url="https://example.com/optin.png",
        volume="1,000", number=number, optin_type="WEB_FORM",
        callback_url="https://example.com/tfv", callback_method="POST",
        privacy_policy_link="https://example.com/privacy"))
    uuid = created["uuid"] if created is not None else "none"
    step("getSingleTollfreeVerification", lambda: client.tollfree_verification.get(uuid))
    step("getTollfreeVerifications", lambda: client.tollfree_verification.list(usecase="2FA"))
    step("updateTollfreeVerification", lambda: client.tollfree_verification.update(uuid, volume="10,000"))
    step("deleteTollfreeVerification", lambda: client.tollfree_verification.delete(uuid))
    client.numbers.delete(number)
