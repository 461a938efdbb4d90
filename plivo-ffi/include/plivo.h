/*
 * plivo.h: the C interface of plivo-ffi, a C ABI for the `plivo` Rust crate (a blocking
 * client for the Plivo API). Hand-written; keep in step with plivo-ffi/src/lib.rs.
 *
 * Link against the static library (target/<profile>/libplivo_ffi.a, plus on Linux
 * `-lpthread -ldl -lm -lrt -lutil -lgcc_s`) or the shared one (libplivo_ffi.so).
 *
 * One JSON document in, one JSON document out
 * -------------------------------------------
 * An operation is given in the JSON form of the Rust crate (`plivo::Operation::from_json`):
 *
 *     {"operation": "sendMessage",
 *      "params": {"src": "14155550100", "destination": "14155550101<14155550102", "text": "hi"}}
 *
 * `operation` is the seed name (sendMessage, getMessages, makeCall, getLiveCalls,
 * hangupSingleCall, ...; a "Plivo." prefix is accepted). `params` takes the seed's field names
 * (callFrom, answerUrl) or Plivo's wire names (from, answer_url); booleans and integers may be
 * JSON values or strings; lists may be arrays or one string joined with the field's separator.
 * Files to upload (uploadMedia's "file") are given as {"filename": ..., "contentType": ...,
 * "base64": ...}; a local path is refused ("invalid_input" naming the field), so that JSON from
 * elsewhere cannot make the process read and send its files.
 *
 * plivo_call answers one JSON document, always:
 *
 *     success: {"status": 202, "body": {...Plivo's answer...}}   (body is null for an empty
 *              answer, e.g. a 204)
 *     failure: {"error": {"kind": "...", "message": "...", "status": 404 or null,
 *                         "api_id": "..." or null, "field": "..." or null,
 *                         "attempts": 1, "may_have_been_sent": true}}
 *
 * Every key of the error object is always present. `kind` is one of:
 *     "invalid_input"  malformed JSON, unknown operation, unknown field, a field breaking a
 *                      rule (`field` names it), bad credentials or base URL. Nothing was sent.
 *     "api"            Plivo answered a non-2xx `status` (with `api_id` when it sent one).
 *     "transport"      DNS, connect, timeout or broken connection.
 *     "decode"         a 2xx answer that is not JSON.
 *     "null_pointer"   a required pointer argument was NULL (`field` names it).
 *     "invalid_utf8"   a string argument was not UTF-8 (`field` names it).
 *     "panic"          a bug in the library, caught at the boundary.
 *     "internal", "other"  should not happen; treat as errors.
 * `may_have_been_sent` is false only when the request provably never left this machine, so
 * that retrying cannot send a second SMS or place a second call.
 *
 * Ownership
 * ---------
 * - Strings passed in (credentials, base URL, operation JSON) stay owned by the caller; the
 *   library only reads them during the call and keeps no pointer to them.
 * - Every `char *` the library returns (plivo_call's answers, plivo_client_new's error
 *   documents) is owned by the caller and must be freed exactly once with plivo_string_free,
 *   never with free().
 * - A PlivoClient is freed exactly once with plivo_client_free.
 * - NULL may be passed to both free functions; they then do nothing.
 *
 * Threads
 * -------
 * A PlivoClient may be used by plivo_call from several threads at once (the calls share one
 * connection pool). plivo_client_free must not run while any other thread is using, or may
 * still use, the same client. Every function blocks until its answer is ready.
 *
 * Errors never crash
 * ------------------
 * NULL pointers, invalid UTF-8 and malformed JSON give error documents. No Rust panic crosses
 * this interface: it becomes a "panic" error document (or NULL in the unreachable case where
 * even that document cannot be made).
 *
 * Example
 * -------
 *     char *error = NULL;
 *     PlivoClient *client = plivo_client_new(getenv("PLIVO_AUTH_ID"),
 *                                            getenv("PLIVO_AUTH_TOKEN"),
 *                                            getenv("PLIVO_BASE_URL"),  // NULL: api.plivo.com
 *                                            &error);
 *     if (client == NULL) {
 *         fprintf(stderr, "%s\n", error ? error : "out of memory");
 *         plivo_string_free(error);
 *         return 1;
 *     }
 *     char *answer = plivo_call(client,
 *         "{\"operation\": \"sendMessage\", \"params\": {\"src\": \"14155550100\","
 *         " \"destination\": \"14155550101\", \"text\": \"hi\"}}");
 *     puts(answer ? answer : "(no answer)");
 *     plivo_string_free(answer);
 *     plivo_client_free(client);
 */

#ifndef PLIVO_FFI_H
#define PLIVO_FFI_H

#ifdef __cplusplus
extern "C" {
#endif

/* An opaque client handle: credentials, settings and a connection pool. */
typedef struct PlivoClient PlivoClient;

/*
 * Creates a client.
 *
 * auth_id, auth_token: required, NUL-terminated UTF-8 (`MA` or `SA` and 18 upper-case letters
 *     or digits; a non-empty token).
 * base_url: NULL for Plivo's API (https://api.plivo.com), or another origin such as a sandbox
 *     ("http://127.0.0.1:8080"): scheme, host and optional port, no path.
 * error_out: NULL, or where to store the error. On success *error_out is set to NULL; on
 *     failure to an error document (as plivo_call's) that the caller frees with
 *     plivo_string_free, or to NULL if not even that could be made.
 *
 * Returns a client to free with plivo_client_free, or NULL on failure.
 * Proxies are read from the environment (ALL_PROXY, HTTPS_PROXY, HTTP_PROXY, NO_PROXY), as the
 * Rust crate does by default.
 */
PlivoClient *plivo_client_new(const char *auth_id,
                              const char *auth_token,
                              const char *base_url,
                              char **error_out);

/* Frees a client. NULL is ignored. Must not race with any other use of the same client. */
void plivo_client_free(PlivoClient *client);

/*
 * Validates and sends one operation given in the JSON form (see above) and returns one JSON
 * document: {"status": ..., "body": ...} or {"error": {...}}. The caller frees the answer with
 * plivo_string_free. A NULL client or operation_json gives a "null_pointer" error document.
 * The answer is NULL only if, after an internal panic, not even an error document could be
 * made.
 */
char *plivo_call(const PlivoClient *client, const char *operation_json);

/* Frees a string returned by this library. NULL is ignored. */
void plivo_string_free(char *s);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* PLIVO_FFI_H */
