//! Help texts: the usage, the list of operations, one operation's fields.

use std::fmt::Write as _;

use plivo::{FieldSpec, OperationKind};
use serde_json::{Value, json};

use crate::args;

/// `plivo --help`.
pub fn usage() -> String {
    format!(
        "\
plivo {version}: a command-line client for the Plivo API (SMS, calls, numbers, applications,
subaccounts, endpoints, conferences, recordings, pricing), over the `plivo` Rust crate.

USAGE
  plivo [FLAGS] <operation> [--<field> <value>]... [FLAGS]
  plivo [FLAGS] call '<operation JSON>'        plivo [FLAGS] call -   (JSON on stdin)
  plivo operations [--json | --markdown]       every operation and its fields, by resource
  plivo <operation> --help                     one operation (also: plivo help <operation>)
  plivo sandbox [--port N] [--seed S] [--auth-id MA...] [--auth-token T]
  plivo --help | --version

OPERATIONS
  <operation> is a seed name such as sendMessage, makeCall or getMessages; a `Plivo.` prefix
  is accepted. Fields are given as --<field> <value> or --<field>=<value>, under the seed's
  name (--callFrom) or Plivo's wire name (--from). A field flag always takes the next argument
  as its value, even one that starts with `-`. Values are text: booleans true/false, integers
  in decimal, enums one of the choices `plivo <operation> --help` lists, objects as JSON text.
  A list field takes one value joined with its separator (--destination '14155550101<14155550102')
  or the flag repeated (--destination 14155550101 --destination 14155550102), or both.

  `call` takes the library's JSON form instead, inline or on stdin with `-`:
    {{\"operation\": \"getPricing\", \"params\": {{\"countryIso\": \"US\"}}}}

FLAGS (global: before or after the operation name, anywhere on the line)
  --auth-id ID        auth id (default: $PLIVO_AUTH_ID)
  --auth-token TOKEN  auth token (default: $PLIVO_AUTH_TOKEN; prefer the variable: a command
                      line is visible to the machine's other users)
  --base-url URL      send requests to this origin, e.g. a sandbox's (default: $PLIVO_BASE_URL,
                      else https://api.plivo.com)
  --all               list operations only: every item of every page, one JSON object a line
                      (pages of 20 unless --limit says otherwise, from --offset if given)
  --status            print {{\"status\": <HTTP status>, \"body\": <answer>}} instead of the answer
  -h, --help          this text; with an operation, that operation's help
  -V, --version       the version
  A flag given on the command line wins over its environment variable; an empty variable
  counts as unset.

OUTPUT
  On success stdout holds Plivo's answer body as received, then a newline (nothing for an
  empty 204 answer); with --status, the envelope above (body null when empty); with --all,
  JSON lines, printed page by page as they arrive (each item exactly as Plivo sent it).
  Errors go to stderr,
  prefixed `plivo:`, and nothing is printed on stdout, except that with --all the items of
  the pages fetched before the error have been printed.

EXIT CODES
  0  success
  1  other failure: the sandbox could not start, stdout could not be written
  2  usage error: unknown command, operation, flag or field, a flag without its value, a
     non-list field given twice, --all on an operation that is not a list
  3  invalid input, caught before anything was sent: a missing required field, a value of the
     wrong type or out of range (limit is 1 to 20, ...), `call` JSON that is not the operation
     form (there an unknown operation or field is 3 too), missing or malformed credentials or
     base URL
  4  API error: Plivo answered a status that is not 2xx (status, api_id, message and body on
     stderr)
  5  network error: DNS, connection, timeout, broken connection, an answer that is not
     HTTP (stderr says whether the request may have reached Plivo, i.e. whether repeating
     it could repeat its effect)
  6  a 2xx answer that could not be read (not JSON, or an --all page of an unexpected shape)

SANDBOX
  `plivo sandbox` serves the offline imitation of the Plivo API on 127.0.0.1 (port 0, the
  default, picks a free one; the same --seed gives the same ids), prints
    export PLIVO_BASE_URL='http://127.0.0.1:<port>'
    export PLIVO_AUTH_ID='<auth id>'
    export PLIVO_AUTH_TOKEN='<auth token>'
  on stdout (and nothing else there: the rest goes to stderr), so the output can be sourced,
  and serves until interrupted (Ctrl-C).

ENVIRONMENT
  PLIVO_AUTH_ID, PLIVO_AUTH_TOKEN, PLIVO_BASE_URL as above; ALL_PROXY, HTTPS_PROXY, HTTP_PROXY
  and NO_PROXY are honoured.

EXAMPLES
  plivo sendMessage --src 14155550100 --destination 14155550101 --text hi
  plivo getMessages --limit 5 --messageState delivered
  plivo getMessages --all | wc -l
  plivo makeCall --from 14155550100 --to 14155550101 --answerUrl https://example.com/answer
  echo '{{\"operation\": \"getPricing\", \"params\": {{\"countryIso\": \"US\"}}}}' | plivo call -
  plivo sandbox --port 8080 > sandbox.env &    # then: . ./sandbox.env
",
        version = env!("CARGO_PKG_VERSION")
    )
}

/// Notes on an operation's status: legacy, beyond the seed, a list.
fn marks(kind: OperationKind) -> Vec<&'static str> {
    let mut marks = Vec::new();
    if kind.is_legacy() {
        marks.push("[legacy]");
    }
    if !kind.is_seed() {
        marks.push("[beyond seed]");
    }
    if args::is_paged(kind) {
        marks.push("[list: --all]");
    }
    marks
}

/// The operations grouped by service, then by resource, each group in the order of the
/// table (the order its first operation appears in).
fn groups() -> Vec<(plivo::Service, &'static str, Vec<OperationKind>)> {
    let mut groups: Vec<(plivo::Service, &'static str, Vec<OperationKind>)> = Vec::new();
    for service in plivo::Service::ALL {
        for &kind in OperationKind::ALL.iter().filter(|k| k.service() == service) {
            match groups
                .iter_mut()
                .find(|(s, r, _)| *s == service && *r == kind.resource())
            {
                Some((_, _, kinds)) => kinds.push(kind),
                None => groups.push((service, kind.resource(), vec![kind])),
            }
        }
    }
    groups
}

/// An operation's field names, required ones or optional ones.
fn field_names(kind: OperationKind, required: bool) -> Vec<&'static str> {
    kind.fields()
        .iter()
        .filter(|f| f.required() == required)
        .map(|f| f.name())
        .collect()
}

/// `plivo operations`: every operation, its route and its fields, required ones apart,
/// grouped by service and resource.
pub fn operations() -> String {
    let mut out = format!(
        "{} operations by resource; paths are under /v1/Account/{{auth_id}}/ of the main API \
         unless a [service] mark names another Plivo host; details: plivo <operation> --help\n\
         [legacy]        only in Plivo's older API, which may answer 404 or 405\n\
         [beyond seed]   not one of the seed package's operations\n\
         [list: --all]   a list: --all streams every item of every page\n",
        OperationKind::ALL.len()
    );
    for (service, resource, kinds) in groups() {
        out.push_str(&format!("\n== {resource} ({service}) ==\n"));
        for kind in kinds {
            let mut head = match service {
                plivo::Service::Api => {
                    format!("{}  {} {}", kind.name(), kind.method(), kind.path())
                }
                other => format!(
                    "{}  [{other}] {} {}",
                    kind.name(),
                    kind.method(),
                    kind.full_path()
                ),
            };
            for mark in marks(kind) {
                head.push_str("  ");
                head.push_str(mark);
            }
            out.push_str(head.trim_end());
            out.push('\n');
            let required = field_names(kind, true);
            let optional = field_names(kind, false);
            if required.is_empty() && optional.is_empty() {
                out.push_str("    fields: none\n");
                continue;
            }
            if !required.is_empty() {
                wrap(&mut out, "    required: ", &required);
            }
            if !optional.is_empty() {
                wrap(&mut out, "    optional: ", &optional);
            }
        }
    }
    out
}

/// `plivo operations --markdown`: the text of `OPERATIONS.md`, one table per service and
/// resource. A test keeps the file equal to it.
pub fn operations_markdown() -> String {
    let groups = groups();
    let mut out = format!(
        "# Operations\n\n\
         Generated from the dispatch table by `cargo run -p plivo-cli -- operations --markdown > \
         OPERATIONS.md`; a test keeps this file equal to the table. {} operations ({} of them \
         the seed package's). Every operation is an `Operation` variant and a params struct in \
         `plivo::ops` named as its JSON-form name in UpperCamelCase (`sendMessage` → \
         `ops::SendMessage`); the JSON form takes the name and the fields listed here, or their \
         wire names. Field names in **bold** are required; a field marked *(keys as fields)* is \
         an object whose keys are sent as the body's own fields (text parts of a multipart \
         body). `{{auth_id}}` in a path is the client's auth id, filled in by the client, not a \
         field.\n\n\
         Marks: *legacy* (only in Plivo's older API, which may answer 404 or 405), *beyond the \
         seed* (not one of the seed package's operations), *list* (paged: `Client::pages`, \
         `Client::items`, `Client::call_pages`, the CLI's `--all`).\n",
        OperationKind::ALL.len(),
        OperationKind::ALL.iter().filter(|k| k.is_seed()).count(),
    );
    for service in plivo::Service::ALL {
        let of_service: Vec<_> = groups.iter().filter(|(s, _, _)| *s == service).collect();
        if of_service.is_empty() {
            continue;
        }
        let base = match service {
            plivo::Service::Api => format!("{}/v1/Account/{{auth_id}}/", service.default_url()),
            _ => format!("{}/v1/", service.default_url()),
        };
        out.push_str(&format!(
            "\n## Service `{service}`\n\nPaths below `{base}`.\n"
        ));
        for (_, resource, kinds) in of_service {
            out.push_str(&format!(
                "\n### {resource}\n\n| operation | method | path | fields | marks |\n|---|---|---|---|---|\n"
            ));
            for &kind in kinds {
                let mut fields: Vec<String> = field_names(kind, true)
                    .iter()
                    .map(|n| format!("**{n}**"))
                    .collect();
                fields.extend(field_names(kind, false).iter().map(|n| (*n).to_owned()));
                for (field, spec) in fields.iter_mut().zip(
                    kind.fields()
                        .iter()
                        .filter(|f| f.required())
                        .chain(kind.fields().iter().filter(|f| !f.required())),
                ) {
                    if spec.flattened() {
                        field.push_str(" *(keys as fields)*");
                    }
                }
                let fields = if fields.is_empty() {
                    "–".to_owned()
                } else {
                    fields.join(", ")
                };
                let mut notes = Vec::new();
                if kind.is_legacy() {
                    notes.push("legacy");
                }
                if !kind.is_seed() {
                    notes.push("beyond the seed");
                }
                if args::is_paged(kind) {
                    notes.push("list");
                }
                let path = if kind.path().is_empty() {
                    "(account root)".to_owned()
                } else {
                    format!("`{}`", kind.path())
                };
                out.push_str(&format!(
                    "| `{}` | {} | {} | {} | {} |\n",
                    kind.name(),
                    kind.method(),
                    path,
                    fields,
                    notes.join(", ")
                ));
            }
        }
    }
    out
}

/// Writes `label` and the words joined with `, `, wrapped under the label at 100 columns.
fn wrap(out: &mut String, label: &str, words: &[&str]) {
    const WIDTH: usize = 100;
    let indent = " ".repeat(label.len());
    let mut line = label.to_owned();
    for (i, word) in words.iter().enumerate() {
        let piece = if i + 1 < words.len() {
            format!("{word},")
        } else {
            (*word).to_owned()
        };
        if line.len() > label.len() && line.len() + 1 + piece.len() > WIDTH {
            out.push_str(line.trim_end());
            out.push('\n');
            line = indent.clone();
        } else if line.len() > label.len() {
            line.push(' ');
        }
        line.push_str(&piece);
    }
    out.push_str(&line);
    out.push('\n');
}

/// `plivo operations --json`: the same, as one JSON array.
pub fn operations_json() -> String {
    let list: Vec<Value> = OperationKind::ALL
        .iter()
        .map(|&kind| {
            json!({
                "name": kind.name(),
                "resource": kind.resource(),
                "service": kind.service().name(),
                "method": kind.method(),
                "path": kind.path(),
                "legacy": kind.is_legacy(),
                "seed": kind.is_seed(),
                "list": args::is_paged(kind),
                "fields": kind.fields().iter().map(field_json).collect::<Vec<_>>(),
            })
        })
        .collect();
    let mut text = Value::Array(list).to_string();
    text.push('\n');
    text
}

fn field_json(f: &FieldSpec) -> Value {
    json!({
        "name": f.name(),
        "wire_name": f.wire_name(),
        "kind": f.kind(),
        "required": f.required(),
        "choices": f.choices(),
        "separator": f.separator().map(String::from),
    })
}

/// `plivo <operation> --help`.
pub fn operation(kind: OperationKind) -> String {
    let name = kind.name();
    let mut out = format!(
        "{name}: {} {}{}\n",
        kind.method(),
        kind.service().default_url(),
        kind.full_path()
    );
    if kind.is_legacy() {
        out.push_str(
            "Legacy: this operation exists only in Plivo's older API; Plivo may answer it with \
             404 or 405 (exit code 4).\n",
        );
    }
    if !kind.is_seed() {
        out.push_str("Beyond the seed: not one of the seed package's operations.\n");
    }
    let fields = kind.fields();
    let mut synopsis = format!("\nusage: plivo {name}");
    for f in fields.iter().filter(|f| f.required()) {
        let _ = write!(synopsis, " --{} <{}>", f.name(), f.kind());
    }
    if fields.iter().any(|f| !f.required()) {
        synopsis.push_str(" [--<field> <value>]...");
    }
    if args::is_paged(kind) {
        synopsis.push_str(" [--all]");
    }
    out.push_str(&synopsis);
    out.push('\n');
    if args::is_paged(kind) {
        out.push_str("A list: --all prints every item of every page, one JSON object a line.\n");
    }
    if fields.is_empty() {
        out.push_str("\nNo fields.\n");
        return out;
    }

    let rows: Vec<[String; 5]> = fields
        .iter()
        .map(|f| {
            let wire = f.wire_name().to_owned();
            let mut details = Vec::new();
            if kind.path().contains(&format!("{{{}}}", f.wire_name())) {
                details.push("in the path".to_owned());
            }
            if !f.choices().is_empty() {
                details.push(format!("one of: {}", f.choices().join(", ")));
            }
            if let Some(sep) = f.separator() {
                details.push(format!(
                    "separator `{sep}`; or repeat the flag, one entry each"
                ));
            } else if f.kind() == "list" {
                details.push("repeat the flag, one entry each".to_owned());
            } else if f.kind() == "files" {
                details.push("a local file's path; repeat the flag, one file each".to_owned());
            } else if f.kind() == "file" {
                details.push("a local file's path".to_owned());
            }
            if let Some(max) = f.max_file_bytes() {
                details.push(format!("at most {max} bytes a file"));
            }
            if let Some(max) = f.max_files() {
                details.push(format!("at most {max} files"));
            }
            if f.kind() == "object" {
                details.push("a JSON object".to_owned());
            }
            [
                format!("--{}", f.name()),
                wire,
                f.kind().to_owned(),
                if f.required() { "required" } else { "optional" }.to_owned(),
                details.join("; "),
            ]
        })
        .collect();
    let header = [
        "FIELD".to_owned(),
        "WIRE NAME".to_owned(),
        "KIND".to_owned(),
        "REQUIRED".to_owned(),
        "DETAILS".to_owned(),
    ];
    let mut widths = [0usize; 5];
    for row in std::iter::once(&header).chain(&rows) {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    out.push_str("\nFields (give each as --<field> <value>; the wire name works too):\n");
    for row in std::iter::once(&header).chain(&rows) {
        let mut line = String::from(" ");
        for (w, cell) in widths.iter().zip(row) {
            let _ = write!(line, " {cell:<w$} ");
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    if matches!(
        kind,
        OperationKind::CreatePhoneNumberCompliance | OperationKind::UpdatePhoneNumberCompliance
    ) {
        out.push_str(
            "\nEach document's file: --documents[<i>].file <path>, <i> the document's index in \
             the data's `documents` (from 0).\n",
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_operation_is_listed() {
        let text = operations();
        for kind in OperationKind::ALL {
            assert!(
                text.contains(&format!("\n{}  ", kind.name())),
                "{}",
                kind.name()
            );
        }
        let list: Value = serde_json::from_str(&operations_json()).unwrap_or(Value::Null);
        assert_eq!(
            list.as_array().map(Vec::len),
            Some(OperationKind::ALL.len())
        );
    }

    #[test]
    fn wrapping_keeps_every_word() {
        let mut out = String::new();
        let words = ["a"; 80];
        wrap(&mut out, "    x: ", &words);
        assert!(out.lines().all(|l| l.len() <= 100));
        assert_eq!(out.matches('a').count(), 80);
    }
}
