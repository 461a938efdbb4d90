"""Addresses and identities through the official Python SDK: multipart creates and updates (text
fields and the proof as `file`; the SDK also sends its local path as a text field
`file_to_upload`, an empty `file` part when it has no proof, and booleans as `True`/`False`, which
the sandbox reads as Plivo would), the lists (the creates answer no id, so the list finds it),
the gets and the deletes. The SDK has all ten operations."""

import os
import tempfile

OPERATIONS = ["createAddress", "getAddresses", "getSingleAddress", "updateAddress", "deleteAddress",
              "createIdentity", "getIdentities", "getSingleIdentity", "updateIdentity", "deleteIdentity"]


def run(client, step, ctx):
    with tempfile.TemporaryDirectory() as folder:
        proof = os.path.join(folder, "proof.png")
        with open(proof, "wb") as f:
            f.write(b"\x89PNG\r\n\x1a\n")
        step("createAddress", lambda: client.addresses.create(
            country_iso="FR", salutation="Mr", first_name="Bruce", last_name="Wayne",
            address_line1="128", address_line2="RUE DU COMMANDANT GUILBAUD", city="PARIS",
            region="PARIS", postal_code="75016", address_proof_type="passport", alias="python",
            file_to_upload=proof, auto_correct_address=True))
        found = step("getAddresses", lambda: client.addresses.list(alias="python", limit=5))
        address_id = found["objects"][0]["id"] if found is not None and len(found["objects"]) else "none"
        got = step("getSingleAddress", lambda: client.addresses.get(address_id))
        assert got is None or got["document_details"]["city"] == "PARIS", got
        # The SDK's validator wants the salutation and names on every update.
        step("updateAddress", lambda: client.addresses.update(
            address_id, salutation="Mr", first_name="Bruce", last_name="Wayne", city="LYON",
            auto_correct_address=False))
        step("deleteAddress", lambda: client.addresses.delete(address_id))

        step("createIdentity", lambda: client.identities.create(
            country_iso="FR", salutation="Ms", first_name="Diana", last_name="Prince",
            birth_place="Themyscira", birth_date="1941-10-21", nationality="FR", id_nationality="FR",
            id_issue_date="2017-01-01", id_type="passport", id_number="33522", address_line1="1",
            address_line2="Rue de Rivoli", city="PARIS", region="PARIS", postal_code="75001",
            alias="python", file_to_upload=proof))
        found = step("getIdentities", lambda: client.identities.list(customer_name="diana", limit=5))
        identity_id = found["objects"][0]["id"] if found is not None and len(found["objects"]) else "none"
        got = step("getSingleIdentity", lambda: client.identities.get(identity_id))
        assert got is None or got["id_type"] == "passport", got
        step("updateIdentity", lambda: client.identities.update(
            identity_id, country_iso="FR", salutation="Ms", first_name="Diana", last_name="Prince",
            birth_place="Themyscira", birth_date="1941-10-21", nationality="FR", id_nationality="FR",
            id_issue_date="2017-01-01", id_type="passport", id_number="33523"))
        step("deleteIdentity", lambda: client.identities.delete(identity_id))
