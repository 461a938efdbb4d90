//! `plivo`: the Plivo API from the command line, over the `plivo` crate.
//!
//! ```text
//! plivo sendMessage --src 14155550100 --destination 14155550101 --text hi
//! plivo call '{"operation": "getPricing", "params": {"countryIso": "US"}}'
//! plivo getMessages --all
//! plivo operations
//! plivo sandbox --port 8080
//! ```
//!
//! `plivo --help` documents the flags, the output and the exit codes.

#![forbid(unsafe_code)]

mod args;
mod help;

use std::io::{self, Read as _, Write};
use std::process::ExitCode;

use plivo::sandbox::Sandbox;
use plivo::{Client, Error, JsonOptions, Operation, Response};
use serde_json::{Value, json};

use args::{Command, Globals, SandboxArgs, Source};

/// Anything else: the sandbox could not start, stdout could not be written.
pub const EXIT_OTHER: u8 = 1;
/// The command line is wrong.
pub const EXIT_USAGE: u8 = 2;
/// Input rejected before anything was sent (fields, JSON form, credentials, base URL).
pub const EXIT_INVALID: u8 = 3;
/// Plivo answered with a status that is not 2xx.
pub const EXIT_API: u8 = 4;
/// The request failed on the network.
pub const EXIT_NETWORK: u8 = 5;
/// A 2xx answer could not be read.
pub const EXIT_DECODE: u8 = 6;

/// Why the program stops early: an exit code and what to tell on stderr (nothing when the
/// reader of stdout went away).
#[derive(Debug)]
pub struct Failure {
    pub code: u8,
    message: Option<String>,
}

impl Failure {
    fn new(code: u8, message: impl Into<String>) -> Self {
        Failure {
            code,
            message: Some(message.into()),
        }
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Failure::new(EXIT_USAGE, message)
    }

    fn invalid(message: impl Into<String>) -> Self {
        Failure::new(EXIT_INVALID, message)
    }
}

impl From<Error> for Failure {
    fn from(e: Error) -> Self {
        match &e {
            Error::Invalid(_) => Failure::invalid(e.to_string()),
            Error::Api(api) => {
                let mut message = e.to_string();
                let body = api.body.trim();
                if !body.is_empty() && body != api.message {
                    message.push_str("\nbody: ");
                    message.push_str(body);
                }
                Failure::new(EXIT_API, message)
            }
            // The message says whether the request may have reached Plivo.
            Error::Transport(_) => Failure::new(EXIT_NETWORK, e.to_string()),
            Error::Decode(_) => Failure::new(EXIT_DECODE, e.to_string()),
            _ => Failure::new(EXIT_OTHER, e.to_string()),
        }
    }
}

/// A failed write to stdout: silence when the reader went away (`plivo ... | head`).
fn write_failure(e: io::Error) -> Failure {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Failure {
            code: 0,
            message: None,
        }
    } else {
        Failure::new(EXIT_OTHER, format!("could not write the output: {e}"))
    }
}

fn main() -> ExitCode {
    match run(std::env::args_os().skip(1).collect()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            if let Some(message) = &failure.message {
                let mut stderr = io::stderr().lock();
                for line in message.lines() {
                    let _ = writeln!(stderr, "plivo: {line}");
                }
            }
            ExitCode::from(failure.code)
        }
    }
}

fn run(argv: Vec<std::ffi::OsString>) -> Result<(), Failure> {
    match args::parse(argv)? {
        Command::Usage => print(&help::usage()),
        Command::Version => print(&format!("plivo {}\n", env!("CARGO_PKG_VERSION"))),
        Command::Operations { format } => print(&match format {
            args::ListFormat::Text => help::operations(),
            args::ListFormat::Json => help::operations_json(),
            args::ListFormat::Markdown => help::operations_markdown(),
        }),
        Command::OperationHelp(kind) => print(&help::operation(kind)),
        Command::Sandbox(sandbox_args) => serve(sandbox_args),
        Command::Call { source, globals } => {
            let text = match source {
                Source::Inline(text) => text,
                Source::Stdin => read_stdin()?,
            };
            // The command line is the user's own: files may be given as local paths.
            let options = JsonOptions::new().allow_file_paths(true);
            execute(Operation::from_json_with(&text, &options)?, &globals)
        }
        Command::Operation {
            kind,
            params,
            globals,
        } => {
            let form = json!({"operation": kind.name(), "params": Value::Object(params)});
            let options = JsonOptions::new().allow_file_paths(true);
            execute(Operation::from_value_with(&form, &options)?, &globals)
        }
    }
}

fn read_stdin() -> Result<String, Failure> {
    let mut bytes = Vec::new();
    io::stdin()
        .lock()
        .read_to_end(&mut bytes)
        .map_err(|e| Failure::invalid(format!("could not read standard input: {e}")))?;
    String::from_utf8(bytes).map_err(|_| Failure::invalid("standard input is not UTF-8 text"))
}

/// Sends one operation, or pages through a list with `--all`.
fn execute(op: Operation, globals: &Globals) -> Result<(), Failure> {
    if globals.all && !args::is_paged(op.kind()) {
        return Err(args::not_paged(op.kind()));
    }
    let client = client(globals)?;
    if globals.all {
        return stream_all(&client, op);
    }
    let response = client.call(op)?;
    print_response(&response, globals.status)
}

/// The client from the flags, else the environment.
fn client(globals: &Globals) -> Result<Client, Failure> {
    let auth_id = setting(&globals.auth_id, "PLIVO_AUTH_ID")?;
    let auth_token = setting(&globals.auth_token, "PLIVO_AUTH_TOKEN")?;
    let (auth_id, auth_token) = match (auth_id, auth_token) {
        (Some(id), Some(token)) => (id, token),
        (None, None) => {
            return Err(Failure::invalid(
                "missing credentials: set PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN, or pass \
                 --auth-id and --auth-token",
            ));
        }
        (None, Some(_)) => {
            return Err(Failure::invalid(
                "missing credentials: no auth id (set PLIVO_AUTH_ID or pass --auth-id)",
            ));
        }
        (Some(_), None) => {
            return Err(Failure::invalid(
                "missing credentials: no auth token (set PLIVO_AUTH_TOKEN or pass --auth-token)",
            ));
        }
    };
    let mut builder = Client::builder()
        .auth_id(auth_id)
        .auth_token(auth_token)
        .user_agent(format!("plivo-cli/{}", env!("CARGO_PKG_VERSION")));
    if let Some(url) = setting(&globals.base_url, "PLIVO_BASE_URL")? {
        builder = builder.base_url(url);
    }
    builder.build().map_err(|e| {
        let origin = match e.field() {
            Some("auth_id") => " (from --auth-id or PLIVO_AUTH_ID)",
            Some("auth_token") => " (from --auth-token or PLIVO_AUTH_TOKEN)",
            Some("base_url") => " (from --base-url or PLIVO_BASE_URL)",
            _ => "",
        };
        let mut failure = Failure::from(e);
        if let Some(message) = &mut failure.message {
            message.push_str(origin);
        }
        failure
    })
}

/// A flag's value, else its environment variable's (unset or empty: `None`).
fn setting(flag: &Option<String>, variable: &str) -> Result<Option<String>, Failure> {
    if let Some(value) = flag {
        return Ok(Some(value.clone()));
    }
    match std::env::var(variable) {
        Ok(value) if !value.is_empty() => Ok(Some(value)),
        Ok(_) | Err(std::env::VarError::NotPresent) => Ok(None),
        Err(std::env::VarError::NotUnicode(_)) => {
            Err(Failure::invalid(format!("{variable} is not valid UTF-8")))
        }
    }
}

/// The answer's body as received, or the `--status` envelope around it.
fn print_response(response: &Response, status: bool) -> Result<(), Failure> {
    // The body was checked to be UTF-8 JSON (or blank) when the call returned, so it can be
    // copied as is, and spliced into the envelope as a JSON value.
    let body = response.raw_body().trim_ascii();
    let mut out = io::stdout().lock();
    let written = if status {
        let body: &[u8] = if body.is_empty() { b"null" } else { body };
        write!(out, "{{\"status\":{},\"body\":", response.status())
            .and_then(|()| out.write_all(body))
            .and_then(|()| out.write_all(b"}\n"))
    } else if body.is_empty() {
        Ok(())
    } else {
        out.write_all(body).and_then(|()| out.write_all(b"\n"))
    };
    written.and_then(|()| out.flush()).map_err(write_failure)
}

fn print(text: &str) -> Result<(), Failure> {
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(write_failure)
}

/// `--all`: the library's pagination over any list operation ([`Client::call_pages`]), each
/// item written as Plivo sent it, one JSON object a line.
fn stream_all(client: &Client, op: Operation) -> Result<(), Failure> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    for page in client.call_pages(op) {
        let page = page?;
        for item in page.body()["objects"].as_array().into_iter().flatten() {
            out.write_all(item.to_string().as_bytes())
                .and_then(|()| out.write_all(b"\n"))
                .map_err(write_failure)?;
        }
        // Each page reaches the reader as soon as it is fetched.
        out.flush().map_err(write_failure)?;
    }
    Ok(())
}

/// `plivo sandbox`: serves until the process is interrupted.
fn serve(settings: SandboxArgs) -> Result<(), Failure> {
    let mut builder = Sandbox::builder().port(settings.port);
    if let Some(seed) = settings.seed {
        builder = builder.seed(seed);
    }
    if let Some(auth_id) = settings.auth_id {
        builder = builder.auth_id(auth_id);
    }
    if let Some(auth_token) = settings.auth_token {
        builder = builder.auth_token(auth_token);
    }
    let sandbox = builder
        .start()
        .map_err(|e| Failure::new(EXIT_OTHER, format!("the sandbox could not start: {e}")))?;
    // The settings on stdout, ready to source (`plivo sandbox > env; . ./env`); the prose on
    // stderr.
    print(&sandbox.shell_exports())?;
    let _ = writeln!(
        io::stderr(),
        "plivo: sandbox listening on {url}; API base {url}/v1/Account/{id}/",
        url = sandbox.url(),
        id = sandbox.auth_id(),
    );
    let _ = writeln!(io::stderr(), "plivo: serving until interrupted (Ctrl-C)");
    loop {
        std::thread::park();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use plivo::OperationKind;

    /// Every field of every operation, with awkward values, through the parser and the
    /// library's JSON form: an error or an operation, never a panic.
    #[test]
    fn awkward_values_never_panic() {
        let values = [
            "",
            " ",
            "-1",
            "0",
            "99999999999999999999",
            "true",
            "TRUE",
            "{",
            "{}",
            "[1]",
            "a<b",
            "a,b",
            "<",
            ",",
            "\u{0}",
            "line\nbreak",
            "\u{1F600}",
        ];
        for &kind in OperationKind::ALL {
            for spec in kind.fields() {
                for value in values {
                    for form in [
                        format!("--{}", spec.name()),
                        format!("--{}", spec.wire_name()),
                    ] {
                        let argv = vec![
                            std::ffi::OsString::from(kind.name()),
                            form.into(),
                            value.into(),
                        ];
                        if let Ok(Command::Operation { kind, params, .. }) = args::parse(argv) {
                            let form = json!({"operation": kind.name(), "params": params});
                            let _ = Operation::from_value(&form);
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn error_kinds_map_to_their_exit_codes() {
        let invalid = Operation::from_json("{").err().map(Failure::from);
        assert_eq!(invalid.map(|f| f.code), Some(EXIT_INVALID));
        let broken = write_failure(io::Error::from(io::ErrorKind::BrokenPipe));
        assert_eq!((broken.code, broken.message), (0, None));
        let other = write_failure(io::Error::other("disk full"));
        assert_eq!(other.code, EXIT_OTHER);
    }
}
