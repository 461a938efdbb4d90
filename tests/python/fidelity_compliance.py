"""Phone-number compliance through the official Python SDK: a multipart POST and PATCH (a `data`
part holding JSON text and `documents[i].file` parts), a get, the requirements of a country, the
list (filtered and expanded), linking the rented number to the application (a JSON body of
`numbers` entries, its outcome in `report`), and the delete."""

import os
import tempfile

OPERATIONS = ["createPhoneNumberCompliance", "getSinglePhoneNumberCompliance", "updatePhoneNumberCompliance",
              "getPhoneNumberComplianceRequirements", "getPhoneNumberCompliances",
              "linkPhoneNumberCompliance", "deletePhoneNumberCompliance"]


def run(client, step, ctx):
    with tempfile.TemporaryDirectory() as folder:
        proof = os.path.join(folder, "passport.pdf")
        with open(proof, "wb") as f:
            f.write(b"%PDF-1.4\n%%EOF\n")
        data = {
            "country_iso": "IN",
            "number_type": "local",
            "alias": "python",
            "end_user": {"type": "individual", "name": "Ada", "last_name": "Lovelace"},
            "documents": [{"document_type_id": "dt-python", "data_fields": {"passport_number": "X1"}}],
        }
        created = step("createPhoneNumberCompliance",
                       lambda: client.phone_number_compliance.create(data=data, documents=[proof]))
        compliance_id = created["compliance_id"] if created is not None else "none"
        step("getSinglePhoneNumberCompliance",
             lambda: client.phone_number_compliance.get(compliance_id, expand="documents"))
        step("updatePhoneNumberCompliance",
             lambda: client.phone_number_compliance.update(
                 compliance_id,
                 data={"alias": "python 2", "documents": [{"document_type_id": "dt-python-2"}]},
                 documents=[proof]))

    requirement = step("getPhoneNumberComplianceRequirements",
                       lambda: client.phone_number_compliance_requirements.get(
                           country_iso="IN", number_type="local", user_type="business"))
    assert requirement is None or len(requirement["document_types"]) == 2, requirement
    listed = step("getPhoneNumberCompliances",
                  lambda: client.phone_number_compliance.list(limit=5, alias="python 2", expand="end_user"))
    assert listed is None or listed["compliances"][0]["compliance_id"] == compliance_id, listed
    linked = step("linkPhoneNumberCompliance",
                  lambda: client.phone_number_compliance_link.link(
                      numbers=[{"number": "+" + ctx["number"], "compliance_application_id": compliance_id}]))
    assert linked is None or linked["report"][0]["status"] == "success", linked
    step("deletePhoneNumberCompliance", lambda: client.phone_number_compliance.delete(compliance_id))
