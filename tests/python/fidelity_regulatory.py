"""Regulatory compliance through the official Python SDK: the requirement and document types of
the sandbox's fixed table, an end user, a passport uploaded as a compliance document (multipart:
text fields, a data field passed as a keyword argument, the `file` part; the update sends an
empty `file` part when no file is given, which the sandbox reads as "no new file"), an
application created as a draft, updated and submitted, then everything deleted. plivo-python
has all 20 operations."""

import os
import tempfile

OPERATIONS = [
    "getComplianceRequirements", "getSingleComplianceRequirement",
    "getComplianceDocumentTypes", "getSingleComplianceDocumentType",
    "createEndUser", "getSingleEndUser", "getEndUsers", "updateEndUser",
    "createComplianceDocument", "getSingleComplianceDocument", "getComplianceDocuments",
    "updateComplianceDocument",
    "createComplianceApplication", "getSingleComplianceApplication", "getComplianceApplications",
    "updateComplianceApplication", "submitComplianceApplication",
    "deleteComplianceApplication", "deleteComplianceDocument", "deleteEndUser",
]


def _field(answer, key, default="none"):
    return answer[key] if answer is not None and key in answer else default


def run(client, step, ctx):
    requirement = step("getComplianceRequirements",
                       lambda: client.compliance_requirements.list(
                           country_iso2="GB", number_type="mobile", end_user_type="individual"))
    requirement_id = _field(requirement, "compliance_requirement_id")
    step("getSingleComplianceRequirement", lambda: client.compliance_requirements.get(requirement_id))
    types = step("getComplianceDocumentTypes", lambda: client.compliance_document_types.list(limit=20))
    passport = "none"
    if types is not None:
        passport = next((t["document_type_id"] for t in types["objects"]
                         if t["document_name"] == "Passport"), "none")
    step("getSingleComplianceDocumentType", lambda: client.compliance_document_types.get(passport))

    user = step("createEndUser",
                lambda: client.end_users.create(name="Ada", end_user_type="individual"))
    user_id = _field(user, "end_user_id")
    step("getSingleEndUser", lambda: client.end_users.get(user_id))
    step("getEndUsers", lambda: client.end_users.list(limit=5, end_user_type="individual"))
    step("updateEndUser", lambda: client.end_users.update(user_id, last_name="Lovelace"))

    with tempfile.TemporaryDirectory() as folder:
        proof = os.path.join(folder, "passport.pdf")
        with open(proof, "wb") as f:
            f.write(b"%PDF-1.4\n%%EOF\n")
        document = step("createComplianceDocument",
                        lambda: client.compliance_documents.create(
                            end_user_id=user_id, document_type_id=passport, alias="python passport",
                            file=proof, first_name="Ada"))
        document_id = _field(document, "document_id")
        step("getSingleComplianceDocument", lambda: client.compliance_documents.get(document_id))
        step("getComplianceDocuments", lambda: client.compliance_documents.list(end_user_id=user_id))
        step("updateComplianceDocument",
             lambda: client.compliance_documents.update(document_id, alias="python passport 2",
                                                        last_name="Lovelace"))

    application = step("createComplianceApplication",
                       lambda: client.compliance_applications.create(
                           compliance_requirement_id=requirement_id, end_user_id=user_id,
                           document_ids=[document_id], alias="python"))
    application_id = _field(application, "compliance_application_id")
    step("getSingleComplianceApplication", lambda: client.compliance_applications.get(application_id))
    step("getComplianceApplications", lambda: client.compliance_applications.list(status="draft"))
    step("updateComplianceApplication",
         lambda: client.compliance_applications.update(application_id, document_ids=[document_id]))
    step("submitComplianceApplication", lambda: client.compliance_applications.submit(application_id))
    step("deleteComplianceApplication", lambda: client.compliance_applications.delete(application_id))
    step("deleteComplianceDocument", lambda: client.compliance_documents.delete(document_id))
    step("deleteEndUser", lambda: client.end_users.delete(user_id))
