"""Verify (OTP sessions) and verified caller IDs through the official Python SDK: a session is
created, its code read from the sandbox-only endpoint `GET /sandbox/Verify/Session/{uuid}/code/`
(as a user's own tests in any language would), read back and validated; a caller ID is
initiated, verified with the code from `GET /sandbox/VerifiedCallerId/Verification/{uuid}/code/`,
read, updated, listed and deleted. The SDK has every one of these operations
(`getVerifySessions` runs in sdk_fidelity.py itself)."""

OPERATIONS = [
    "createVerifySession",
    "getSingleVerifySession",
    "validateVerifySession",
    "initiateCallerIdVerification",
    "verifyCallerId",
    "getSingleVerifiedCallerId",
    "updateVerifiedCallerId",
    "getVerifiedCallerIds",
    "deleteVerifiedCallerId",
]


def code(ctx, path):
    """A code the sandbox "sent", read over HTTP with the account's Basic auth."""
    answer = ctx["requests"].get(f"{ctx['BASE']}/sandbox/{path}/code/",
                                 auth=(ctx["AUTH_ID"], ctx["AUTH_TOKEN"]), timeout=10)
    return answer.json().get("code", "none")


def run(client, step, ctx):
    created = step("createVerifySession",
                   lambda: client.verify_session.create(recipient="+14155550130", channel="sms",
                                                        code_length=6, brand_name="Python"))
    session_uuid = created["session_uuid"] if created is not None else "none"
    otp = code(ctx, f"Verify/Session/{session_uuid}")
    step("getSingleVerifySession", lambda: client.verify_session.get(session_uuid))
    step("validateVerifySession", lambda: client.verify_session.validate(session_uuid, otp=otp))

    number = "+14155550131"
    started = step("initiateCallerIdVerification",
                   lambda: client.verify_callerids.initiate_verify(phone_number=number, alias="python",
                                                                   channel="sms"))
    verification_uuid = started["verification_uuid"] if started is not None else "none"
    caller_otp = code(ctx, f"VerifiedCallerId/Verification/{verification_uuid}")
    step("verifyCallerId", lambda: client.verify_callerids.verify_caller_id(verification_uuid, otp=caller_otp))
    step("getSingleVerifiedCallerId", lambda: client.verify_callerids.get_verified_caller_id(number))
    step("updateVerifiedCallerId",
         lambda: client.verify_callerids.update_verified_caller_id(number, alias="python 2"))
    step("getVerifiedCallerIds", lambda: client.verify_callerids.list_verified_caller_id(limit=5))
    step("deleteVerifiedCallerId", lambda: client.verify_callerids.delete_verified_caller_id(number))
