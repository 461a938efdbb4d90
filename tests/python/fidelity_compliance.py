"""Phone-number compliance through the official Python SDK: a multipart POST and PATCH (a `data`
part holding JSON text and `documents[i].file` parts), and a get."""

import os
import tempfile

OPERATIONS = ["createPhoneNumberCompliance", "getSinglePhoneNumberCompliance", "updatePhoneNumberCompliance"]


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
