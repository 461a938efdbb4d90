//! The command line, parsed by hand: global flags anywhere, `--field value` for an
//! operation's fields, nothing that can panic.

use std::ffi::OsString;

use plivo::{FieldSpec, OperationKind};
use serde_json::{Map, Value};

use crate::Failure;

/// Flags that apply to every request, wherever they stand on the line.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Globals {
    pub auth_id: Option<String>,
    pub auth_token: Option<String>,
    pub base_url: Option<String>,
    pub all: bool,
    pub status: bool,
    help: bool,
    version: bool,
}

/// Where `call` reads the JSON form from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Inline(String),
    Stdin,
}

/// What `plivo sandbox` was asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SandboxArgs {
    pub port: u16,
    pub seed: Option<u64>,
    pub auth_id: Option<String>,
    pub auth_token: Option<String>,
}

/// One parsed command line.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// `plivo --help`, `plivo help`.
    Usage,
    /// `plivo --version`.
    Version,
    /// `plivo operations [--json | --markdown]`.
    Operations { format: ListFormat },
    /// `plivo <operation> --help`, `plivo help <operation>`.
    OperationHelp(OperationKind),
    /// `plivo sandbox ...`.
    Sandbox(SandboxArgs),
    /// `plivo call '<json>'`, `plivo call -`.
    Call { source: Source, globals: Globals },
    /// `plivo <operation> --field value ...`: the params as the JSON form's strings and lists.
    Operation {
        kind: OperationKind,
        params: Map<String, Value>,
        globals: Globals,
    },
}

/// How `plivo operations` prints the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListFormat {
    /// Grouped by service and resource, for reading in a terminal.
    Text,
    /// One JSON array, for programs.
    Json,
    /// `OPERATIONS.md`: one table per service and resource.
    Markdown,
}

/// The word after the global flags, once recognised.
enum Verb {
    Help(Option<OperationKind>),
    Operations {
        format: ListFormat,
    },
    Sandbox {
        port: Option<u16>,
        seed: Option<u64>,
    },
    Call(Option<Source>),
    /// The operation, its fields' flags, and indexed fields passed through as given
    /// (`--documents[0].file id.pdf`: the JSON form's names of a document's file).
    Op(
        OperationKind,
        Vec<(&'static FieldSpec, Vec<String>)>,
        Map<String, Value>,
    ),
}

/// Whether `--all` works with this operation: the library knows its list operations.
pub fn is_paged(kind: OperationKind) -> bool {
    kind.is_paged()
}

/// The list operations' names, for messages.
pub fn paged_names() -> String {
    OperationKind::ALL
        .iter()
        .filter(|k| k.is_paged())
        .map(|k| k.name())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Parses the arguments after the program name.
pub fn parse(args: Vec<OsString>) -> Result<Command, Failure> {
    let mut strings = Vec::with_capacity(args.len());
    for (i, arg) in args.into_iter().enumerate() {
        match arg.into_string() {
            Ok(s) => strings.push(s),
            Err(raw) => {
                return Err(Failure::usage(format!(
                    "argument {} ({}) is not valid UTF-8",
                    i + 1,
                    raw.to_string_lossy()
                )));
            }
        }
    }
    let mut args = strings.into_iter();
    let mut globals = Globals::default();
    let mut verb: Option<Verb> = None;

    while let Some(arg) = args.next() {
        let (flag, inline) = split_flag(&arg);
        // Global flags first: they may stand anywhere.
        match flag {
            "--auth-id" | "--auth-token" | "--base-url" => {
                let value = flag_value(flag, inline, &mut args)?;
                let slot = match flag {
                    "--auth-id" => &mut globals.auth_id,
                    "--auth-token" => &mut globals.auth_token,
                    _ => &mut globals.base_url,
                };
                if slot.is_some() {
                    return Err(Failure::usage(format!("{flag} is given more than once")));
                }
                *slot = Some(value);
                continue;
            }
            "--all" | "--status" | "-h" | "--help" | "-V" | "--version" => {
                if inline.is_some() {
                    return Err(Failure::usage(format!("{flag} takes no value")));
                }
                match flag {
                    "--all" => globals.all = true,
                    "--status" => globals.status = true,
                    "-h" | "--help" => globals.help = true,
                    _ => globals.version = true,
                }
                continue;
            }
            _ => {}
        }
        let is_flag = arg.starts_with('-') && arg != "-";
        match &mut verb {
            None if is_flag => {
                return Err(Failure::usage(format!(
                    "unknown flag `{flag}` before the command (an operation's fields come after \
                     its name; run `plivo --help` for usage)"
                )));
            }
            None => verb = Some(recognise(&arg)?),
            Some(Verb::Help(target)) => {
                if is_flag {
                    return Err(Failure::usage(format!("unknown flag `{flag}` for help")));
                }
                if target.is_some() {
                    return Err(Failure::usage(format!("unexpected argument `{arg}`")));
                }
                *target = Some(operation_named(&arg)?);
            }
            Some(Verb::Operations { format }) => match flag {
                "--json" if inline.is_none() && *format == ListFormat::Text => {
                    *format = ListFormat::Json;
                }
                "--markdown" if inline.is_none() && *format == ListFormat::Text => {
                    *format = ListFormat::Markdown;
                }
                _ => {
                    return Err(Failure::usage(format!(
                        "unexpected argument `{arg}` for operations (it takes --json or \
                         --markdown)"
                    )));
                }
            },
            Some(Verb::Sandbox { port, seed }) => match flag {
                "--port" => {
                    let value = flag_value(flag, inline, &mut args)?;
                    let parsed = value.parse::<u16>().map_err(|_| {
                        Failure::usage(format!(
                            "--port must be a port number from 0 to 65535, got {value:?}"
                        ))
                    })?;
                    if port.replace(parsed).is_some() {
                        return Err(Failure::usage("--port is given more than once"));
                    }
                }
                "--seed" => {
                    let value = flag_value(flag, inline, &mut args)?;
                    let parsed = value.parse::<u64>().map_err(|_| {
                        Failure::usage(format!(
                            "--seed must be a non-negative integer, got {value:?}"
                        ))
                    })?;
                    if seed.replace(parsed).is_some() {
                        return Err(Failure::usage("--seed is given more than once"));
                    }
                }
                _ => {
                    return Err(Failure::usage(format!(
                        "unexpected argument `{arg}` for sandbox (it takes --port, --seed, \
                         --auth-id and --auth-token)"
                    )));
                }
            },
            Some(Verb::Call(source)) => {
                if is_flag {
                    return Err(Failure::usage(format!(
                        "unknown flag `{flag}` for call (it takes the JSON form, or `-` for \
                         standard input)"
                    )));
                }
                if source.is_some() {
                    return Err(Failure::usage(format!(
                        "unexpected argument `{arg}`: call takes one JSON document"
                    )));
                }
                *source = Some(if arg == "-" {
                    Source::Stdin
                } else {
                    Source::Inline(arg)
                });
            }
            Some(Verb::Op(kind, fields, indexed)) => {
                let Some(name) = flag.strip_prefix("--") else {
                    return Err(Failure::usage(format!(
                        "unexpected argument `{arg}`: fields of {} are given as --<field> <value> \
                         (see `plivo {} --help`)",
                        kind.name(),
                        kind.name()
                    )));
                };
                let spec = match field_named(*kind, name) {
                    Ok(spec) => spec,
                    // An indexed name (`documents[0].file`) is no field of the table: the
                    // JSON form reads it, and says what is wrong with it if anything is.
                    Err(_) if is_indexed(name) => {
                        let value = flag_value(flag, inline, &mut args)?;
                        if indexed
                            .insert(name.to_owned(), Value::String(value))
                            .is_some()
                        {
                            return Err(Failure::usage(format!("{flag} is given more than once")));
                        }
                        continue;
                    }
                    Err(failure) => return Err(failure),
                };
                let value = flag_value(flag, inline, &mut args)?;
                add_field(*kind, fields, spec, flag, value)?;
            }
        }
    }

    if globals.version && !globals.help {
        return Ok(Command::Version);
    }
    let Some(verb) = verb else {
        if globals.help {
            return Ok(Command::Usage);
        }
        return Err(Failure::usage(
            "no command given; run `plivo --help` for usage, `plivo operations` for the operations",
        ));
    };
    if globals.help {
        return Ok(match verb {
            Verb::Op(kind, ..) | Verb::Help(Some(kind)) => Command::OperationHelp(kind),
            _ => Command::Usage,
        });
    }
    let request_flags = |command: &str| -> Result<(), Failure> {
        for (set, flag) in [
            (globals.all, "--all"),
            (globals.status, "--status"),
            (globals.base_url.is_some(), "--base-url"),
        ] {
            if set {
                return Err(Failure::usage(format!(
                    "{flag} does not apply to {command}"
                )));
            }
        }
        Ok(())
    };
    match verb {
        Verb::Help(target) => Ok(target.map_or(Command::Usage, Command::OperationHelp)),
        Verb::Operations { format } => Ok(Command::Operations { format }),
        Verb::Sandbox { port, seed } => {
            request_flags("sandbox")?;
            Ok(Command::Sandbox(SandboxArgs {
                port: port.unwrap_or(0),
                seed,
                auth_id: globals.auth_id,
                auth_token: globals.auth_token,
            }))
        }
        Verb::Call(source) => {
            let Some(source) = source else {
                return Err(Failure::usage(
                    "call needs the operation as JSON ('{\"operation\": ..., \"params\": {...}}') \
                     or `-` to read it from standard input",
                ));
            };
            check_all_status(&globals)?;
            Ok(Command::Call { source, globals })
        }
        Verb::Op(kind, fields, indexed) => {
            check_all_status(&globals)?;
            if globals.all && !is_paged(kind) {
                return Err(not_paged(kind));
            }
            let mut params = indexed;
            for (spec, values) in fields {
                params.insert(spec.name().to_owned(), field_value(spec, values));
            }
            Ok(Command::Operation {
                kind,
                params,
                globals,
            })
        }
    }
}

/// The usage error for `--all` on an operation that is not a list.
pub fn not_paged(kind: OperationKind) -> Failure {
    Failure::usage(format!(
        "--all pages through a list operation ({}); {} is not one",
        paged_names(),
        kind.name()
    ))
}

fn check_all_status(globals: &Globals) -> Result<(), Failure> {
    if globals.all && globals.status {
        return Err(Failure::usage(
            "--status cannot be combined with --all (which prints items, not answers)",
        ));
    }
    Ok(())
}

/// `--name=value` → (`--name`, Some(`value`)); anything else → (arg, None).
fn split_flag(arg: &str) -> (&str, Option<&str>) {
    if arg.starts_with("--") {
        if let Some((flag, value)) = arg.split_once('=') {
            return (flag, Some(value));
        }
    }
    (arg, None)
}

/// A flag's value: after `=`, or the next argument whatever it looks like.
fn flag_value(
    flag: &str,
    inline: Option<&str>,
    rest: &mut impl Iterator<Item = String>,
) -> Result<String, Failure> {
    match inline {
        Some(value) => Ok(value.to_owned()),
        None => rest
            .next()
            .ok_or_else(|| Failure::usage(format!("{flag} needs a value"))),
    }
}

fn recognise(word: &str) -> Result<Verb, Failure> {
    Ok(match word {
        "help" => Verb::Help(None),
        "operations" => Verb::Operations {
            format: ListFormat::Text,
        },
        "sandbox" => Verb::Sandbox {
            port: None,
            seed: None,
        },
        "call" => Verb::Call(None),
        _ => Verb::Op(operation_named(word)?, Vec::new(), Map::new()),
    })
}

fn operation_named(word: &str) -> Result<OperationKind, Failure> {
    if let Some(kind) = OperationKind::from_name(word) {
        return Ok(kind);
    }
    let hint = match OperationKind::suggest(word) {
        Some(near) => format!("; did you mean `{}`?", near.name()),
        None => String::new(),
    };
    Err(Failure::usage(format!(
        "unknown operation `{word}`{hint} (`plivo operations` lists them)"
    )))
}

/// The field a `--name` flag names: the seed's name first, then Plivo's wire name.
fn field_named(kind: OperationKind, name: &str) -> Result<&'static FieldSpec, Failure> {
    let fields = kind.fields();
    if let Some(spec) = fields
        .iter()
        .find(|f| f.name() == name)
        .or_else(|| fields.iter().find(|f| f.wire_name() == name))
    {
        return Ok(spec);
    }
    let names: Vec<&str> = fields.iter().map(|f| f.name()).collect();
    let hint = match kind.suggest_field(name) {
        Some(near) => format!("; did you mean `--{}`?", near.name()),
        None => String::new(),
    };
    let known = if names.is_empty() {
        format!("{} takes no fields", kind.name())
    } else {
        format!("fields of {}: {}", kind.name(), names.join(", "))
    };
    Err(Failure::usage(format!(
        "unknown field `--{name}` for {}{hint} ({known})",
        kind.name()
    )))
}

/// Whether a flag's name is an indexed JSON-form name: `name[digits].name`.
fn is_indexed(name: &str) -> bool {
    let Some((head, rest)) = name.split_once('[') else {
        return false;
    };
    let Some((index, tail)) = rest.split_once("].") else {
        return false;
    };
    let word = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    word(head) && word(tail) && !index.is_empty() && index.chars().all(|c| c.is_ascii_digit())
}

/// Records one occurrence of a field flag: lists gather entries, anything else once only.
fn add_field(
    kind: OperationKind,
    fields: &mut Vec<(&'static FieldSpec, Vec<String>)>,
    spec: &'static FieldSpec,
    flag: &str,
    value: String,
) -> Result<(), Failure> {
    // A list gathers entries, and so do the files of a `files` field (`--file a --file b`).
    let is_list = matches!(spec.kind(), "list" | "files");
    match fields.iter_mut().find(|(s, _)| s.name() == spec.name()) {
        Some((_, values)) if is_list => values.push(value),
        Some(_) => {
            return Err(Failure::usage(format!(
                "{flag} is given more than once (field `{}` of {} takes one value)",
                spec.name(),
                kind.name()
            )));
        }
        None => fields.push((spec, vec![value])),
    }
    Ok(())
}

/// The JSON-form value of a field from its flag values, which the library then parses and
/// checks: strings stay strings (booleans, integers and enums included), a list becomes an
/// array of every occurrence split on the field's separator, an object is read as JSON, the
/// files of a `files` field are an array of their paths (read by the library, which the CLI
/// allows).
fn field_value(spec: &FieldSpec, values: Vec<String>) -> Value {
    match spec.kind() {
        "files" => Value::Array(values.into_iter().map(Value::String).collect()),
        "list" => {
            let mut entries = Vec::new();
            for value in values {
                match spec.separator() {
                    Some(sep) => entries.extend(value.split(sep).map(|s| Value::String(s.into()))),
                    None => entries.push(Value::String(value)),
                }
            }
            Value::Array(entries)
        }
        "object" => {
            let text = values.into_iter().next().unwrap_or_default();
            // Not JSON: left as a string, which the library rejects naming the field.
            serde_json::from_str::<Value>(&text).unwrap_or(Value::String(text))
        }
        _ => Value::String(values.into_iter().next().unwrap_or_default()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_strs(args: &[&str]) -> Result<Command, Failure> {
        parse(args.iter().map(OsString::from).collect())
    }

    #[test]
    fn paged_operations_have_offset_and_limit() {
        for kind in OperationKind::ALL.iter().filter(|k| k.is_paged()) {
            let names: Vec<&str> = kind.fields().iter().map(|f| f.name()).collect();
            assert!(names.contains(&"offset"), "{}", kind.name());
            assert!(names.contains(&"limit"), "{}", kind.name());
        }
    }

    #[test]
    fn every_operation_with_offset_and_limit_is_paged_but_live_calls() {
        // Live and queued calls, and a 10DLC campaign's numbers (one object with
        // `phone_numbers`, no `meta`), take `offset` and `limit` without answering a page.
        let unpaged = [
            OperationKind::GetLiveCalls,
            OperationKind::GetQueuedCalls,
            OperationKind::GetCampaignNumbers,
        ];
        for &kind in OperationKind::ALL {
            let names: Vec<&str> = kind.fields().iter().map(|f| f.name()).collect();
            let pages = names.contains(&"offset") && names.contains(&"limit");
            let expected = pages && !unpaged.contains(&kind);
            assert_eq!(is_paged(kind), expected, "{}", kind.name());
        }
    }

    #[test]
    fn globals_anywhere_and_lists_append() {
        let a = parse_strs(&[
            "--auth-id",
            "MAXXXXXXXXXXXXXXXXXX",
            "sendMessage",
            "--src",
            "1",
            "--destination",
            "2<3",
            "--dst=4",
            "--text",
            "--all",
            "--auth-token=t",
        ]);
        let Ok(Command::Operation {
            kind,
            params,
            globals,
        }) = a
        else {
            panic!("{a:?}");
        };
        assert_eq!(kind, OperationKind::SendMessage);
        assert_eq!(params["destination"], serde_json::json!(["2", "3", "4"]));
        assert_eq!(params["text"], "--all");
        assert!(!globals.all);
        assert_eq!(globals.auth_token.as_deref(), Some("t"));
        assert_eq!(globals.auth_id.as_deref(), Some("MAXXXXXXXXXXXXXXXXXX"));
    }

    #[test]
    fn file_flags_repeat_into_a_list_of_paths() {
        let parsed = parse_strs(&["uploadMedia", "--file", "a,b.png", "--file=c.jpg"]);
        let Ok(Command::Operation { kind, params, .. }) = parsed else {
            panic!("{parsed:?}");
        };
        assert_eq!(kind, OperationKind::UploadMedia);
        // No separator: a comma stays in the path.
        assert_eq!(params["file"], serde_json::json!(["a,b.png", "c.jpg"]));
    }

    #[test]
    fn indexed_flags_pass_through_to_the_json_form() {
        let parsed = parse_strs(&[
            "createPhoneNumberCompliance",
            "--data",
            "{}",
            "--documents[0].file",
            "id.pdf",
            "--documents[12].file=bill.png",
        ]);
        let Ok(Command::Operation { kind, params, .. }) = parsed else {
            panic!("{parsed:?}");
        };
        assert_eq!(kind, OperationKind::CreatePhoneNumberCompliance);
        assert_eq!(params["documents[0].file"], "id.pdf");
        assert_eq!(params["documents[12].file"], "bill.png");
        assert_eq!(params["data"], "{}");

        let twice = parse_strs(&[
            "createPhoneNumberCompliance",
            "--documents[0].file",
            "a",
            "--documents[0].file",
            "b",
        ]);
        assert!(
            matches!(twice, Err(ref f) if format!("{f:?}").contains("more than once")),
            "{twice:?}"
        );
        // Not indexed, or not a name: the unknown-field error as before.
        for name in [
            "--documents",
            "--documents[].file",
            "--documents[x].file",
            "--a[0].",
        ] {
            let parsed = parse_strs(&["createPhoneNumberCompliance", name, "v"]);
            assert!(
                matches!(parsed, Err(ref f) if format!("{f:?}").contains("unknown field")),
                "{name}: {parsed:?}"
            );
        }
    }

    #[test]
    fn usage_errors() {
        for args in [
            &[][..],
            &["nope"],
            &["sendMessage", "--nope", "x"],
            &["sendMessage", "--text"],
            &["sendMessage", "--text", "a", "--text", "b"],
            &["sendMessage", "stray"],
            &["sendMessage", "--all"],
            &["getMessages", "--all", "--status"],
            &["call"],
            &["call", "{}", "{}"],
            &["sandbox", "--port", "70000"],
            &["sandbox", "--base-url", "http://x"],
            &["--src", "1", "sendMessage"],
            &["--all=1", "getMessages"],
            &["operations", "--nope"],
        ] {
            match parse_strs(args) {
                Err(f) => assert_eq!(f.code, crate::EXIT_USAGE, "{args:?}"),
                Ok(c) => panic!("{args:?} parsed as {c:?}"),
            }
        }
    }

    #[test]
    fn help_forms() {
        assert_eq!(parse_strs(&["--help"]).ok(), Some(Command::Usage));
        assert_eq!(parse_strs(&["help"]).ok(), Some(Command::Usage));
        assert_eq!(
            parse_strs(&["makeCall", "--help"]).ok(),
            Some(Command::OperationHelp(OperationKind::MakeCall))
        );
        assert_eq!(
            parse_strs(&["-h", "Plivo.makeCall"]).ok(),
            Some(Command::OperationHelp(OperationKind::MakeCall))
        );
        assert_eq!(
            parse_strs(&["help", "makeCall"]).ok(),
            Some(Command::OperationHelp(OperationKind::MakeCall))
        );
    }

    #[test]
    fn suggestions() {
        let hint = |args: &[&str]| match parse_strs(args) {
            Err(f) => f.message.unwrap_or_default(),
            Ok(_) => String::from("parsed"),
        };
        assert!(hint(&["sendMesage"]).contains("did you mean `sendMessage`?"));
        assert!(hint(&["make-call"]).contains("did you mean `makeCall`?"));
        assert!(!hint(&["xyz"]).contains("did you mean"));
        assert!(hint(&["makeCall", "--answerURL", "x"]).contains("did you mean `--answerUrl`?"));
        assert!(hint(&["makeCall", "--answer_url_x", "x"]).contains("did you mean `--answerUrl`?"));
    }

    #[cfg(unix)]
    #[test]
    fn non_utf8_is_a_usage_error() {
        use std::os::unix::ffi::OsStringExt;
        let bad = OsString::from_vec(vec![0xff, 0xfe]);
        let r = parse(vec![OsString::from("sendMessage"), bad]);
        assert!(matches!(r, Err(f) if f.code == crate::EXIT_USAGE));
    }
}
