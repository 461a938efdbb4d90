//! The built `plivo` binary against a sandbox started in each test.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Write};
use std::process::{Child, Command, Stdio};

use plivo::OperationKind;
use plivo::ops;
use plivo::sandbox::Sandbox;
use serde_json::Value;

/// What a run of the binary left behind.
#[derive(Debug)]
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Run {
    /// Exit 0, nothing on stderr, stdout one JSON document.
    fn json(&self) -> Value {
        assert_eq!(self.code, Some(0), "{self:?}");
        assert_eq!(self.stderr, "", "{self:?}");
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| panic!("{e}: {self:?}"))
    }

    /// This exit code, nothing on stdout, and stderr naming every one of `needles`.
    fn fails(&self, code: i32, needles: &[&str]) {
        assert_eq!(self.code, Some(code), "{self:?}");
        assert_eq!(self.stdout, "", "{self:?}");
        assert!(self.stderr.starts_with("plivo: "), "{self:?}");
        for needle in needles {
            assert!(self.stderr.contains(needle), "{needle:?} not in {self:?}");
        }
    }
}

/// The binary with no Plivo settings or proxies inherited from the environment.
fn plivo() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_plivo"));
    for var in [
        "PLIVO_AUTH_ID",
        "PLIVO_AUTH_TOKEN",
        "PLIVO_BASE_URL",
        "ALL_PROXY",
        "all_proxy",
        "HTTPS_PROXY",
        "https_proxy",
        "HTTP_PROXY",
        "http_proxy",
    ] {
        command.env_remove(var);
    }
    command
}

/// The binary pointed at the sandbox through the environment.
fn plivo_env(sandbox: &Sandbox) -> Command {
    let mut command = plivo();
    command
        .env("PLIVO_BASE_URL", sandbox.url())
        .env("PLIVO_AUTH_ID", sandbox.auth_id())
        .env("PLIVO_AUTH_TOKEN", sandbox.auth_token());
    command
}

fn run(command: &mut Command, args: &[&str]) -> Run {
    run_with_stdin(command, args, None)
}

fn run_with_stdin(command: &mut Command, args: &[&str], stdin: Option<&str>) -> Run {
    command
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().expect("the binary starts");
    if let Some(text) = stdin {
        let mut pipe = child.stdin.take().expect("stdin is piped");
        pipe.write_all(text.as_bytes()).expect("stdin is written");
    }
    let output = child.wait_with_output().expect("the binary finishes");
    Run {
        code: output.status.code(),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}

fn messages_in(sandbox: &Sandbox) -> u64 {
    let page = sandbox
        .client()
        .call(ops::GetMessages::new().limit(1))
        .expect("messages are listed");
    page.body()["meta"]["total_count"]
        .as_u64()
        .expect("total_count")
}

#[test]
fn send_message_to_two_destinations_then_get_messages() {
    let sandbox = Sandbox::start().expect("sandbox");
    let sent = run(
        &mut plivo_env(&sandbox),
        &[
            "sendMessage",
            "--src",
            "14155550100",
            "--destination",
            "14155550101",
            "--destination",
            "14155550102",
            "--text",
            "hi",
        ],
    )
    .json();
    assert_eq!(sent["message"], "message(s) queued");
    let uuids: BTreeSet<&str> = sent["message_uuid"]
        .as_array()
        .expect("message_uuid list")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(uuids.len(), 2);

    let page = run(&mut plivo_env(&sandbox), &["getMessages"]).json();
    assert_eq!(page["meta"]["total_count"], 2);
    let objects = page["objects"].as_array().expect("objects");
    let listed: BTreeSet<&str> = objects
        .iter()
        .filter_map(|m| m["message_uuid"].as_str())
        .collect();
    assert_eq!(listed, uuids);
    let to: BTreeSet<&str> = objects
        .iter()
        .filter_map(|m| m["to_number"].as_str())
        .collect();
    assert_eq!(to, BTreeSet::from(["14155550101", "14155550102"]));
}

#[test]
fn flags_before_the_operation_joined_list_and_plivo_prefix() {
    let sandbox = Sandbox::start().expect("sandbox");
    let sent = run(
        &mut plivo(),
        &[
            "--base-url",
            sandbox.url(),
            "--auth-id",
            sandbox.auth_id(),
            "Plivo.sendMessage",
            "--src=14155550100",
            "--dst",
            "14155550101<14155550102",
            "--text",
            "-starts with a dash",
            &format!("--auth-token={}", sandbox.auth_token()),
        ],
    )
    .json();
    assert_eq!(sent["message_uuid"].as_array().map(Vec::len), Some(2));
    let page = sandbox
        .client()
        .call(ops::GetMessages::new())
        .expect("list");
    assert_eq!(page.body()["meta"]["total_count"], 2);
}

#[test]
fn make_call_then_get_live_calls() {
    let sandbox = Sandbox::start().expect("sandbox");
    let placed = run(
        &mut plivo_env(&sandbox),
        &[
            "makeCall",
            "--callFrom",
            "14155550100",
            "--to",
            "14155550101",
            "--answerUrl",
            "https://example.com/answer",
            "--timeLimit",
            "60",
        ],
    )
    .json();
    assert_eq!(placed["message"], "call fired");
    let uuid = placed["request_uuid"].as_str().expect("request_uuid");

    let live = run(&mut plivo_env(&sandbox), &["getLiveCalls"]).json();
    let calls = live["calls"].as_array().expect("calls");
    assert!(calls.iter().any(|c| c == uuid), "{live}");
}

#[test]
fn get_pricing_and_the_status_envelope() {
    let sandbox = Sandbox::start().expect("sandbox");
    let pricing = run(
        &mut plivo_env(&sandbox),
        &["getPricing", "--countryIso", "US"],
    )
    .json();
    assert_eq!(pricing["country_iso"], "US");
    assert_eq!(pricing["message"]["outbound"]["rate"], "0.00650");

    let envelope = run(
        &mut plivo_env(&sandbox),
        &["--status", "getPricing", "--countryIso", "GB"],
    )
    .json();
    assert_eq!(envelope["status"], 200);
    assert_eq!(envelope["body"]["country_iso"], "GB");
}

#[test]
fn call_with_inline_json_and_with_stdin() {
    let sandbox = Sandbox::start().expect("sandbox");
    let sent = run(
        &mut plivo_env(&sandbox),
        &[
            "call",
            r#"{"operation": "sendMessage", "params": {"src": "14155550100",
                "destination": ["14155550101", "14155550102"], "text": "hi"}}"#,
        ],
    )
    .json();
    assert_eq!(sent["message_uuid"].as_array().map(Vec::len), Some(2));

    let page = run_with_stdin(
        &mut plivo_env(&sandbox),
        &["call", "-"],
        Some(r#"{"operation": "Plivo.getMessages", "params": {"limit": "1"}}"#),
    )
    .json();
    assert_eq!(page["meta"]["total_count"], 2);
    assert_eq!(page["objects"].as_array().map(Vec::len), Some(1));

    let bad = run_with_stdin(&mut plivo_env(&sandbox), &["call", "-"], Some("{not json"));
    bad.fails(3, &["invalid operation JSON: the text is not JSON"]);
    let empty = run_with_stdin(&mut plivo_env(&sandbox), &["call", "-"], Some(""));
    empty.fails(3, &["invalid operation JSON: the input is empty"]);
    let unknown = run(
        &mut plivo_env(&sandbox),
        &["call", r#"{"operation": "sendMesage"}"#],
    );
    unknown.fails(3, &["sendMesage", "did you mean `sendMessage`?"]);
}

#[test]
fn all_streams_every_item_of_every_page() {
    let sandbox = Sandbox::start().expect("sandbox");
    let client = sandbox.client();
    for i in 0..25 {
        let to = format!("141555502{i:02}");
        client
            .call(ops::SendMessage::new("14155550100", to.as_str(), "hi"))
            .expect("sent");
    }
    for args in [
        &["getMessages", "--all"][..],
        &["--all", "getMessages", "--limit", "7"],
        &["call", r#"{"operation": "getMessages"}"#, "--all"],
    ] {
        let out = run(&mut plivo_env(&sandbox), args);
        assert_eq!(out.code, Some(0), "{out:?}");
        assert_eq!(out.stderr, "", "{out:?}");
        let lines: Vec<&str> = out.stdout.lines().collect();
        assert_eq!(lines.len(), 25, "{args:?}");
        let uuids: BTreeSet<String> = lines
            .iter()
            .map(|line| {
                let item: Value = serde_json::from_str(line).expect("a JSON line");
                item["message_uuid"].as_str().expect("uuid").to_owned()
            })
            .collect();
        assert_eq!(uuids.len(), 25, "{args:?}");
    }
    // From an offset: the rest only.
    let out = run(
        &mut plivo_env(&sandbox),
        &["getMessages", "--all", "--offset", "20"],
    );
    assert_eq!(out.stdout.lines().count(), 5, "{out:?}");

    // Not a list: a usage error, before anything is sent.
    run(
        &mut plivo_env(&sandbox),
        &["getPricing", "--countryIso", "US", "--all"],
    )
    .fails(2, &["--all", "getPricing"]);
}

#[test]
fn all_works_for_every_list_operation() {
    let sandbox = Sandbox::start().expect("sandbox");
    let json = run(&mut plivo(), &["operations", "--json"]).json();
    let lists: Vec<&str> = json
        .as_array()
        .expect("array")
        .iter()
        .filter(|o| o["list"] == true)
        .filter_map(|o| o["name"].as_str())
        .collect();
    // The CLI's list operations are the table's paged ones, every one of them.
    let paged: Vec<&str> = OperationKind::ALL
        .iter()
        .filter(|k| k.is_paged())
        .map(|k| k.name())
        .collect();
    assert_eq!(lists, paged);
    assert!(lists.len() >= 15, "{lists:?}");
    // A Powerpack's number pool, for the pool lists.
    let pack = sandbox
        .client()
        .send(plivo::ops::CreatePowerpack::new("cli"))
        .expect("a Powerpack");
    let pool = pack.number_pool_id().expect("its pool").to_owned();
    for name in lists {
        let mut args = vec![name, "--all"];
        if name == "searchNewNumbers" {
            args.extend(["--countryIso", "US"]);
        }
        if name.starts_with("getPool") {
            args.extend(["--numberPoolUuid", pool.as_str()]);
        }
        let out = run(&mut plivo_env(&sandbox), &args);
        assert_eq!(out.code, Some(0), "{name}: {out:?}");
        for line in out.stdout.lines() {
            let item: Value = serde_json::from_str(line).expect("a JSON line");
            assert!(item.is_object(), "{name}: {line}");
        }
    }
}

#[test]
fn operations_lists_every_operation_with_its_fields() {
    let out = run(&mut plivo(), &["operations"]);
    assert_eq!(out.code, Some(0), "{out:?}");
    let text = &out.stdout;
    for kind in OperationKind::ALL {
        assert!(
            text.lines()
                .any(|l| l.starts_with(&format!("{} ", kind.name()))),
            "{} missing",
            kind.name()
        );
    }
    // `src` is required unless `powerpackUuid` is given: a rule of the operation, not a flag.
    assert!(text.contains(
        "sendMessage  POST Message/\n    required: destination, text\n    optional: src, powerpackUuid, "
    ));
    let line = |name: &str| {
        text.lines()
            .find(|l| l.starts_with(&format!("{name} ")))
            .unwrap_or_default()
            .to_owned()
    };
    assert!(line("hangupCalls").contains("[legacy]"));
    assert!(line("addIncomingCarrier").contains("[legacy]"));
    assert!(line("createToken").contains("[beyond seed]"));
    assert!(line("getMessages").contains("[list: --all]"));
    assert!(!line("sendMessage").contains('['));
    // Grouped by service and resource: each operation under its resource's heading.
    for kind in OperationKind::ALL {
        let at = text.find(&format!("\n{} ", kind.name())).expect("listed");
        let heading = text[..at]
            .rfind("\n== ")
            .map(|h| &text[h + 1..at])
            .and_then(|h| h.lines().next())
            .expect("under a heading");
        assert_eq!(
            heading,
            format!("== {} ({}) ==", kind.resource(), kind.service()),
            "{}",
            kind.name()
        );
    }

    let json = run(&mut plivo(), &["operations", "--json"]).json();
    let list = json.as_array().expect("array");
    assert_eq!(list.len(), OperationKind::ALL.len());
    let send = list
        .iter()
        .find(|o| o["name"] == "sendMessage")
        .expect("sendMessage");
    assert_eq!(send["method"], "POST");
    assert_eq!(send["resource"], "Message");
    assert_eq!(send["service"], "api");
    let destination = &send["fields"][0];
    assert_eq!(destination["name"], "destination");
    assert_eq!(destination["wire_name"], "dst");
    assert_eq!(destination["required"], true);
    assert_eq!(destination["separator"], "<");
    let legacy: Vec<&str> = list
        .iter()
        .filter(|o| o["legacy"] == true)
        .filter_map(|o| o["name"].as_str())
        .collect();
    assert_eq!(legacy.len(), 6, "{legacy:?}");
}

#[test]
fn operation_help_shows_route_fields_kinds_and_choices() {
    // An operation of another service shows its own host, without the account prefix.
    let out = run(&mut plivo(), &["lookupNumber", "--help"]);
    assert!(
        out.stdout.starts_with(
            "lookupNumber: GET https://lookup.plivo.com/v1/Number/{number}?type=carrier"
        ),
        "{out:?}"
    );
    for args in [
        &["sendMessage", "--help"][..],
        &["help", "sendMessage"],
        &["-h", "Plivo.sendMessage", "--text", "x"],
    ] {
        let out = run(&mut plivo(), args);
        assert_eq!(out.code, Some(0), "{out:?}");
        assert_eq!(out.stderr, "");
        let text = &out.stdout;
        assert!(
            text.starts_with(
                "sendMessage: POST https://api.plivo.com/v1/Account/{auth_id}/Message/"
            )
        );
        let row = |flag: &str| {
            text.lines()
                .find(|l| l.trim_start().starts_with(&format!("{flag} ")))
                .unwrap_or_default()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert!(
            row("--destination").starts_with("--destination dst list required separator `<`"),
            "{text}"
        );
        assert!(
            row("--type").contains("enum optional one of: sms, mms"),
            "{text}"
        );
        assert!(row("--log").contains("boolean optional"), "{text}");
        assert!(
            row("--messageExpiry").contains("integer optional"),
            "{text}"
        );
    }
    let out = run(&mut plivo(), &["getSingleMessage", "--help"]);
    assert!(out.stdout.contains("in the path"), "{out:?}");
    let out = run(&mut plivo(), &["hangupCalls", "--help"]);
    assert!(out.stdout.contains("Legacy"), "{out:?}");
}

#[test]
fn general_help_and_version() {
    let out = run(&mut plivo(), &["--help"]);
    assert_eq!(out.code, Some(0));
    for needle in ["EXIT CODES", "--auth-id", "--all", "--status", "sandbox"] {
        assert!(out.stdout.contains(needle), "{needle}");
    }
    let out = run(&mut plivo(), &["--version"]);
    assert_eq!(out.code, Some(0));
    assert!(out.stdout.starts_with("plivo "));
    run(&mut plivo(), &[]).fails(2, &["no command"]);
}

#[test]
fn bad_input_is_refused_before_anything_is_sent() {
    let sandbox = Sandbox::start().expect("sandbox");
    let send = |extra: &[&str]| {
        let mut args = vec!["sendMessage", "--src", "14155550100", "--text", "hi"];
        args.extend_from_slice(extra);
        run(&mut plivo_env(&sandbox), &args)
    };

    // Usage errors: 2.
    run(&mut plivo_env(&sandbox), &["sendMesage", "--text", "hi"]).fails(
        2,
        &[
            "unknown operation `sendMesage`",
            "did you mean `sendMessage`",
        ],
    );
    send(&["--destination", "14155550101", "--bogus", "1"])
        .fails(2, &["unknown field `--bogus`", "sendMessage"]);
    send(&["--destination", "14155550101", "--text", "again"])
        .fails(2, &["--text", "more than once"]);
    send(&["--destination"]).fails(2, &["--destination needs a value"]);
    send(&["14155550101"]).fails(2, &["14155550101"]);

    // Invalid input: 3.
    send(&[]).fails(3, &["sendMessage", "`destination` is required"]);
    send(&["--destination", "14155550101", "--log", "maybe"]).fails(3, &["`log`", "boolean"]);
    send(&["--destination", "14155550101", "--type", "fax"]).fails(3, &["`type`", "one of"]);
    send(&["--destination", "14155550101", "--template", "{oops"])
        .fails(3, &["`template`", "JSON object"]);
    run(&mut plivo_env(&sandbox), &["getMessages", "--limit", "50"])
        .fails(3, &["`limit`", "between 1 and 20"]);
    run(&mut plivo_env(&sandbox), &["getMessages", "--limit", "-1"])
        .fails(3, &["`limit`", "non-negative integer"]);

    // Missing or malformed credentials: 3, nothing sent.
    let mut bare = plivo();
    bare.env("PLIVO_BASE_URL", sandbox.url());
    let no_credentials = run(
        &mut bare,
        &[
            "sendMessage",
            "--src",
            "14155550100",
            "--destination",
            "14155550101",
            "--text",
            "hi",
        ],
    );
    no_credentials.fails(3, &["missing credentials", "PLIVO_AUTH_ID", "--auth-token"]);
    let mut only_id = plivo();
    only_id
        .env("PLIVO_BASE_URL", sandbox.url())
        .env("PLIVO_AUTH_ID", sandbox.auth_id());
    run(&mut only_id, &["getMessages"]).fails(3, &["no auth token", "PLIVO_AUTH_TOKEN"]);
    run(
        &mut plivo_env(&sandbox),
        &["getMessages", "--auth-id", "nope"],
    )
    .fails(3, &["auth_id", "--auth-id"]);
    run(
        &mut plivo_env(&sandbox),
        &["getMessages", "--base-url", "ftp://x"],
    )
    .fails(3, &["base_url", "--base-url"]);

    assert_eq!(messages_in(&sandbox), 0);
}

#[test]
fn api_errors_exit_4_with_plivo_message() {
    let sandbox = Sandbox::start().expect("sandbox");
    run(
        &mut plivo_env(&sandbox),
        &["getSingleMessage", "--messageUuid", "no-such-uuid"],
    )
    .fails(4, &["404", "not found"]);
    let mut wrong_token = plivo_env(&sandbox);
    wrong_token.env("PLIVO_AUTH_TOKEN", "wrong");
    run(&mut wrong_token, &["getAccountDetails"]).fails(4, &["401"]);
}

#[test]
fn network_errors_exit_5() {
    // A port that was free a moment ago: the connection is refused.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let sandbox = Sandbox::start().expect("sandbox");
    let url = format!("http://127.0.0.1:{port}");
    run(
        &mut plivo_env(&sandbox),
        &["getAccountDetails", "--base-url", &url],
    )
    .fails(5, &["could not connect", "never left this machine"]);
}

/// Kills the child when the test ends, however it ends.
struct Served(Child);

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A token a careless `export KEY=value` would break: a quote, a `$`, spaces, double quotes.
const ODD_TOKEN: &str = "it's $HOME \"and\" `more`";

#[test]
fn sandbox_command_serves_and_prints_its_settings() {
    let mut command = plivo();
    command
        .args([
            "sandbox",
            "--port",
            "0",
            "--seed",
            "7",
            "--auth-token",
            ODD_TOKEN,
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    let mut served = Served(command.spawn().expect("the sandbox starts"));
    let stdout = served.0.stdout.take().expect("stdout is piped");
    let mut printed = String::new();
    for line in BufReader::new(stdout).lines() {
        let line = line.expect("a line");
        printed.push_str(&line);
        printed.push('\n');
        if line.starts_with("export PLIVO_AUTH_TOKEN=") {
            break;
        }
    }
    // Stdout is three export lines and nothing else: a shell sources it as it is.
    let lines: Vec<&str> = printed.lines().collect();
    assert_eq!(lines.len(), 3, "{printed}");
    assert!(
        lines.iter().all(|l| l.starts_with("export PLIVO_")),
        "{printed}"
    );
    let sourced = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "{printed}printf '%s\\n' \"$PLIVO_BASE_URL\" \"$PLIVO_AUTH_ID\" \"$PLIVO_AUTH_TOKEN\""
        ))
        .env_clear()
        .output()
        .expect("sh runs");
    assert!(sourced.status.success(), "{printed}");
    let values = String::from_utf8(sourced.stdout).expect("UTF-8");
    let values: Vec<&str> = values.lines().collect();
    let settings: Vec<(String, String)> = ["PLIVO_BASE_URL", "PLIVO_AUTH_ID", "PLIVO_AUTH_TOKEN"]
        .iter()
        .zip(&values)
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    assert_eq!(settings.len(), 3, "{values:?}");
    assert!(settings[0].1.starts_with("http://127.0.0.1:"));
    assert!(!settings[0].1.ends_with(":0"));
    assert!(!settings[1].1.is_empty());
    assert_eq!(
        settings[2].1, ODD_TOKEN,
        "quoted so that the shell keeps it as it is"
    );

    let mut client = plivo();
    client.envs(settings.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let sent = run(
        &mut client,
        &[
            "sendMessage",
            "--src",
            "14155550100",
            "--destination",
            "14155550101",
            "--text",
            "hi",
        ],
    )
    .json();
    assert_eq!(sent["message"], "message(s) queued");
    drop(served);
}

/// The features of every crate in this binary's tree are those of the workspace's test build
/// (`cargo test --workspace --all-features`), so that `cargo run -p plivo-cli` after the
/// README's test command compiles nothing but this crate. See the note in Cargo.toml.
#[test]
fn features_line_up_with_the_test_build() {
    let Some(cargo) = std::env::var_os("CARGO") else {
        panic!("CARGO is set when cargo runs the tests");
    };
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the workspace root");
    let tree = |args: &[&str]| -> std::collections::BTreeMap<String, String> {
        let out = Command::new(&cargo)
            .current_dir(root)
            .arg("tree")
            .args(args)
            .args(["--locked", "-f", "{p}|{f}", "--prefix", "none"])
            .output()
            .expect("cargo tree runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter_map(|line| {
                let (package, features) = line.split_once('|')?;
                Some((
                    package.replace(" (*)", "").trim().to_owned(),
                    features.replace(" (*)", "").trim().to_owned(),
                ))
            })
            .collect()
    };
    let test_build = tree(&["--workspace", "--all-features", "-e", "normal,dev,build"]);
    let cli = tree(&["-p", "plivo-cli", "-e", "normal,build"]);
    assert!(cli.len() > 10, "{cli:?}");
    let differ: Vec<String> = cli
        .iter()
        .filter(|(package, features)| test_build.get(*package) != Some(*features))
        .map(|(package, features)| {
            format!(
                "{package}: {features:?} here, {:?} in the test build",
                test_build.get(package)
            )
        })
        .collect();
    assert!(differ.is_empty(), "features differ: {differ:#?}");
}

#[test]
fn upload_media_reads_the_files_named_by_file_flags() {
    let sandbox = Sandbox::start().expect("sandbox");
    let dir = std::env::temp_dir().join(format!("plivo-cli-upload-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let png = dir.join("pixel.png");
    let txt = dir.join("note.txt");
    std::fs::write(&png, [0x89, b'P', b'N', b'G', 0, 1, 2]).expect("write");
    std::fs::write(&txt, "hello").expect("write");
    let uploaded = run(
        &mut plivo_env(&sandbox),
        &[
            "uploadMedia",
            "--file",
            &png.display().to_string(),
            "--file",
            &txt.display().to_string(),
        ],
    )
    .json();
    let objects = uploaded["objects"].as_array().expect("objects");
    assert_eq!(objects.len(), 2, "{uploaded}");
    assert_eq!(objects[0]["file_name"], "pixel.png");
    assert_eq!(objects[0]["content_type"], "image/png");
    assert_eq!(objects[0]["size"], 7);
    assert_eq!(objects[1]["file_name"], "note.txt");
    assert_eq!(objects[1]["size"], 5);

    // The JSON form takes paths on the command line too.
    let form = format!(
        r#"{{"operation": "uploadMedia", "params": {{"file": {{"path": "{}", "filename": "renamed.txt"}}}}}}"#,
        txt.display()
    );
    let again = run(&mut plivo_env(&sandbox), &["call", &form]).json();
    assert_eq!(again["objects"][0]["file_name"], "renamed.txt", "{again}");

    // A missing file is invalid input (exit 3) naming the field; nothing is uploaded.
    let missing = dir.join("missing.png");
    run(
        &mut plivo_env(&sandbox),
        &["uploadMedia", "--file", &missing.display().to_string()],
    )
    .fails(3, &["file", "missing.png"]);
    let listed = run(&mut plivo_env(&sandbox), &["getMedia"]).json();
    assert_eq!(listed["meta"]["total_count"], 3);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn document_files_are_given_by_their_indexed_names() {
    let sandbox = Sandbox::start().expect("sandbox");
    let dir = std::env::temp_dir().join(format!("plivo-cli-compliance-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let scan = dir.join("incorporation.pdf");
    std::fs::write(&scan, b"%PDF-1.4 scan").expect("write");
    let data = r#"{"country_iso": "IN", "number_type": "local", "alias": "acme-in",
        "end_user": {"type": "business", "name": "Acme Ltd"},
        "documents": [{"document_type_id": "dt-incorporation"}]}"#;
    let created = run(
        &mut plivo_env(&sandbox),
        &[
            "createPhoneNumberCompliance",
            "--data",
            data,
            "--documents[0].file",
            &scan.display().to_string(),
        ],
    )
    .json();
    let id = created["compliance_id"].as_str().expect("an id").to_owned();
    let read = run(
        &mut plivo_env(&sandbox),
        &[
            "getSinglePhoneNumberCompliance",
            "--complianceId",
            &id,
            "--expand",
            "documents",
        ],
    )
    .json();
    let documents = &read["compliance"]["documents"];
    assert_eq!(documents[0]["file_name"], "incorporation.pdf", "{read}");
    assert_eq!(documents[0]["file_size"], 13, "{read}");

    // An index that names no document is invalid input (exit 3) naming the field.
    run(
        &mut plivo_env(&sandbox),
        &[
            "createPhoneNumberCompliance",
            "--data",
            data,
            "--documents[3].file",
            &scan.display().to_string(),
        ],
    )
    .fails(3, &["documents[3].file"]);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn operations_md_is_the_table() {
    let out = run(&mut plivo(), &["operations", "--markdown"]);
    assert_eq!(out.code, Some(0), "{out:?}");
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../OPERATIONS.md");
    let file = std::fs::read_to_string(path).expect("OPERATIONS.md");
    assert!(
        file == out.stdout,
        "OPERATIONS.md is not the table: regenerate it with \
         `cargo run -p plivo-cli -- operations --markdown > OPERATIONS.md`"
    );
    // One row per operation, under its resource's heading.
    for kind in OperationKind::ALL {
        let row = format!("| `{}` | {} |", kind.name(), kind.method());
        let at = file
            .find(&row)
            .unwrap_or_else(|| panic!("{} has no row", kind.name()));
        let heading = file[..at].rfind("\n### ").expect("a heading");
        assert!(
            file[heading..].starts_with(&format!("\n### {}\n", kind.resource())),
            "{}",
            kind.name()
        );
    }
    // Flags other than --json and --markdown are refused, and so are both at once.
    run(&mut plivo(), &["operations", "--json", "--markdown"]).fails(2, &["operations"]);
}

#[test]
fn compliance_help_names_the_document_file_flags() {
    for op in ["createPhoneNumberCompliance", "updatePhoneNumberCompliance"] {
        let out = run(&mut plivo(), &[op, "--help"]);
        assert_eq!(out.code, Some(0), "{out:?}");
        assert!(
            out.stdout.contains("--documents[<i>].file <path>"),
            "{op}: {}",
            out.stdout
        );
    }
    let other = run(&mut plivo(), &["uploadMedia", "--help"]);
    assert!(!other.stdout.contains("--documents["), "{}", other.stdout);
}
