/*
 * smoke.c: drives the C ABI of plivo-ffi against the offline sandbox.
 *
 * Needs PLIVO_BASE_URL, PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN (tests/run_c.sh sets them).
 * Prints one line per check and "N passed, M failed"; exits non-zero on any failure.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plivo.h"

static int passed;
static int failed;

static void check(int ok, const char *what, const char *doc) {
    if (ok) {
        passed++;
        printf("ok   %s\n", what);
    } else {
        failed++;
        printf("FAIL %s\n     answer: %s\n", what, doc ? doc : "(null)");
    }
}

static int contains(const char *doc, const char *needle) {
    return doc != NULL && strstr(doc, needle) != NULL;
}

/* Whether `doc` is a success document with this status ("status" comes first, no spaces). */
static int has_status(const char *doc, int status) {
    char prefix[32];
    snprintf(prefix, sizeof prefix, "{\"status\":%d,", status);
    return doc != NULL && strncmp(doc, prefix, strlen(prefix)) == 0;
}

/* Whether `doc` is an error document of this kind. */
static int is_error(const char *doc, const char *kind) {
    char needle[64];
    snprintf(needle, sizeof needle, "\"kind\":\"%s\"", kind);
    return doc != NULL && strncmp(doc, "{\"error\":{", 10) == 0 && contains(doc, needle);
}

/* Copies the first string of the JSON array under `key` into `out`; 0 when there is none. */
static int first_string_of(const char *doc, const char *key, char *out, size_t size) {
    const char *at = strstr(doc ? doc : "", key);
    if (at == NULL || (at = strchr(at, '[')) == NULL) {
        return 0;
    }
    at++;
    while (*at == ' ' || *at == '\n') {
        at++;
    }
    if (*at != '"') {
        return 0;
    }
    at++;
    const char *end = strchr(at, '"');
    if (end == NULL || (size_t)(end - at) >= size || end == at) {
        return 0;
    }
    memcpy(out, at, (size_t)(end - at));
    out[end - at] = '\0';
    return 1;
}

/* Runs one operation, checks its answer with `ok`, frees it. */
static void expect(const PlivoClient *client, const char *what, const char *operation,
                   int (*ok)(const char *)) {
    char *answer = plivo_call(client, operation);
    check(ok(answer), what, answer);
    plivo_string_free(answer);
}

static int accepted_two(const char *doc) {
    return has_status(doc, 202) && contains(doc, "\"message_uuid\"") &&
           contains(doc, "queued");
}
static int listed(const char *doc) {
    return has_status(doc, 200) && contains(doc, "\"objects\"") && contains(doc, "\"meta\"");
}
static int fired(const char *doc) {
    return has_status(doc, 201) && contains(doc, "\"request_uuid\"");
}
static int emptied(const char *doc) {
    return doc != NULL && strcmp(doc, "{\"status\":204,\"body\":null}") == 0;
}
static int not_found(const char *doc) {
    return is_error(doc, "api") && contains(doc, "\"status\":404");
}
static int null_operation(const char *doc) {
    return is_error(doc, "null_pointer") && contains(doc, "\"field\":\"operation_json\"");
}
static int null_client(const char *doc) {
    return is_error(doc, "null_pointer") && contains(doc, "\"field\":\"client\"");
}
static int bad_utf8(const char *doc) {
    return is_error(doc, "invalid_utf8") && contains(doc, "\"field\":\"operation_json\"");
}
static int bad_json(const char *doc) {
    return is_error(doc, "invalid_input") && contains(doc, "\"field\":\"operation\"") &&
           contains(doc, "invalid operation JSON: the text is not JSON");
}
static int unknown_operation(const char *doc) {
    return is_error(doc, "invalid_input") && contains(doc, "\"field\":\"operation\"") &&
           contains(doc, "noSuchOperation");
}
static int bad_limit(const char *doc) {
    return is_error(doc, "invalid_input") && contains(doc, "\"field\":\"limit\"") &&
           contains(doc, "\"may_have_been_sent\":false");
}
static int unknown_field(const char *doc) {
    return is_error(doc, "invalid_input") && contains(doc, "\"field\":\"colour\"");
}

int main(void) {
    const char *base_url = getenv("PLIVO_BASE_URL");
    const char *auth_id = getenv("PLIVO_AUTH_ID");
    const char *auth_token = getenv("PLIVO_AUTH_TOKEN");
    if (base_url == NULL || auth_id == NULL || auth_token == NULL) {
        fprintf(stderr, "set PLIVO_BASE_URL, PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN\n");
        return 2;
    }

    /* Client creation failures: NULL handle plus an error document. */
    char *error = NULL;
    PlivoClient *bad = plivo_client_new("not-an-id", auth_token, base_url, &error);
    check(bad == NULL && is_error(error, "invalid_input") &&
              contains(error, "\"field\":\"auth_id\""),
          "client_new rejects a malformed auth id", error);
    plivo_string_free(error);

    error = NULL;
    bad = plivo_client_new(auth_id, NULL, base_url, &error);
    check(bad == NULL && is_error(error, "null_pointer") &&
              contains(error, "\"field\":\"auth_token\""),
          "client_new rejects a NULL auth token", error);
    plivo_string_free(error);

    bad = plivo_client_new(NULL, NULL, NULL, NULL);
    check(bad == NULL, "client_new with a NULL error_out answers NULL", NULL);

    error = (char *)"untouched";
    PlivoClient *client = plivo_client_new(auth_id, auth_token, base_url, &error);
    check(client != NULL && error == NULL, "client_new succeeds and clears *error_out",
          client ? NULL : error);
    if (client == NULL) {
        plivo_string_free(error);
        printf("%d passed, %d failed\n", passed, failed);
        return 1;
    }

    /* Operations against the sandbox. */
    expect(client, "sendMessage to two destinations: 202",
           "{\"operation\": \"sendMessage\", \"params\": {\"src\": \"14155550100\","
           " \"destination\": \"14155550101<14155550102\", \"text\": \"hello from C\"}}",
           accepted_two);
    expect(client, "sendMessage with a destination list: 202",
           "{\"operation\": \"sendMessage\", \"params\": {\"src\": \"14155550100\","
           " \"dst\": [\"14155550103\", \"14155550104\"], \"text\": \"wire names\"}}",
           accepted_two);

    char *answer = plivo_call(client, "{\"operation\": \"getMessages\", \"params\": {\"limit\": 5}}");
    check(listed(answer) && contains(answer, "\"total_count\":4"),
          "getMessages: 200, four messages", answer);
    plivo_string_free(answer);

    expect(client, "makeCall: 201",
           "{\"operation\": \"makeCall\", \"params\": {\"callFrom\": \"14155550100\","
           " \"callTo\": \"14155550105\", \"answerUrl\": \"https://example.com/answer\"}}",
           fired);

    char uuid[128] = "";
    answer = plivo_call(client, "{\"operation\": \"getLiveCalls\"}");
    check(has_status(answer, 200) && first_string_of(answer, "\"calls\"", uuid, sizeof uuid),
          "getLiveCalls: 200, one live call", answer);
    plivo_string_free(answer);

    char operation[512];
    snprintf(operation, sizeof operation,
             "{\"operation\": \"hangupSingleCall\", \"params\": {\"callUuid\": \"%s\"}}", uuid);
    expect(client, "hangupSingleCall: 204 with a null body", operation, emptied);

    snprintf(operation, sizeof operation,
             "{\"operation\": \"getSingleLiveCallDetails\", \"params\": {\"callUuid\": \"%s\"}}",
             uuid);
    expect(client, "the hung-up call is gone: api error 404", operation, not_found);

    expect(client, "getSingleMessage of an unknown uuid: api error 404",
           "{\"operation\": \"getSingleMessage\", \"params\": {\"messageUuid\": \"no-such\"}}",
           not_found);

    /* Error documents, never crashes. */
    expect(client, "NULL operation: null_pointer", NULL, null_operation);
    expect(NULL, "NULL client: null_pointer", "{\"operation\": \"getLiveCalls\"}", null_client);
    expect(client, "invalid UTF-8: invalid_utf8", "{\"operation\": \"get\xff\xfeMessages\"}",
           bad_utf8);
    expect(client, "malformed JSON: invalid_input", "{\"operation\": ", bad_json);
    expect(client, "unknown operation: invalid_input", "{\"operation\": \"noSuchOperation\"}",
           unknown_operation);
    expect(client, "limit out of range: invalid_input naming the field",
           "{\"operation\": \"getMessages\", \"params\": {\"limit\": 50}}", bad_limit);
    expect(client, "unknown field: invalid_input naming the field",
           "{\"operation\": \"getMessages\", \"params\": {\"colour\": \"red\"}}", unknown_field);

    plivo_string_free(NULL);
    plivo_client_free(NULL);
    plivo_client_free(client);
    check(1, "freeing NULL and the client", NULL);

    printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
