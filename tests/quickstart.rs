//! The quickstart example's live mode, run as a process against the sandbox (its offline tour
//! runs in CI as the README's first command): it must say where it sends, and fail loudly.

mod common;

use std::process::{Command, Output};

use plivo::sandbox::Sandbox;

fn quickstart() -> Command {
    let mut command = common::example("quickstart");
    for var in [
        "PLIVO_AUTH_ID",
        "PLIVO_AUTH_TOKEN",
        "PLIVO_BASE_URL",
        "PLIVO_SRC",
        "PLIVO_DST",
    ] {
        command.env_remove(var);
    }
    command
}

fn live(sandbox: &Sandbox, token: &str) -> Command {
    let mut command = quickstart();
    command
        .env("PLIVO_AUTH_ID", sandbox.auth_id())
        .env("PLIVO_AUTH_TOKEN", token)
        .env("PLIVO_BASE_URL", sandbox.url());
    command
}

fn text(out: &Output) -> (String, String) {
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn live_mode_names_the_base_url_and_succeeds() {
    let sandbox = Sandbox::start().expect("sandbox");
    let out = live(&sandbox, sandbox.auth_token()).output().expect("runs");
    let (stdout, stderr) = text(&out);
    assert_eq!(out.status.code(), Some(0), "{stdout}\n{stderr}");
    assert!(
        stdout.contains(&format!("Using PLIVO_BASE_URL, {}", sandbox.url())),
        "{stdout}"
    );
    assert!(!stdout.contains("real Plivo API"), "{stdout}");
    for step in [
        "getAccountDetails: HTTP 200",
        "getPricing: HTTP 200",
        "getMessages: HTTP 200",
    ] {
        assert!(stdout.contains(step), "{step} in {stdout}");
    }
}

#[test]
fn a_wrong_token_fails_with_a_non_zero_exit() {
    let sandbox = Sandbox::start().expect("sandbox");
    let out = live(&sandbox, "wrong-token").output().expect("runs");
    let (stdout, stderr) = text(&out);
    assert_eq!(out.status.code(), Some(1), "{stdout}\n{stderr}");
    assert!(stderr.contains("getAccountDetails failed"), "{stderr}");
    assert!(stderr.contains("401"), "{stderr}");
    assert!(stderr.contains("3 step(s) failed"), "{stderr}");
    assert!(!stderr.contains("wrong-token") && !stdout.contains("wrong-token"));
}

#[test]
fn no_server_fails_with_a_non_zero_exit() {
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.local_addr().expect("addr").port()
    };
    let out = quickstart()
        .env("PLIVO_AUTH_ID", "MAXXXXXXXXXXXXXXXXXX")
        .env("PLIVO_AUTH_TOKEN", "token")
        .env("PLIVO_BASE_URL", format!("http://127.0.0.1:{port}"))
        .output()
        .expect("runs");
    let (stdout, stderr) = text(&out);
    assert_eq!(out.status.code(), Some(1), "{stdout}\n{stderr}");
    assert!(stderr.contains("could not connect"), "{stderr}");
}

#[test]
fn send_without_src_and_dst_is_a_usage_error_before_anything_is_sent() {
    let sandbox = Sandbox::start().expect("sandbox");
    let out = live(&sandbox, sandbox.auth_token())
        .arg("--send")
        .env("PLIVO_SRC", "14155550100")
        .output()
        .expect("runs");
    let (stdout, stderr) = text(&out);
    assert_eq!(out.status.code(), Some(2), "{stdout}\n{stderr}");
    assert!(stderr.contains("PLIVO_SRC and PLIVO_DST"), "{stderr}");
    assert!(stdout.is_empty(), "nothing ran: {stdout}");
}

#[test]
fn send_with_src_and_dst_sends_one_message() {
    let sandbox = Sandbox::start().expect("sandbox");
    let out = live(&sandbox, sandbox.auth_token())
        .arg("--send")
        .env("PLIVO_SRC", "14155550100")
        .env("PLIVO_DST", "14155550101")
        .output()
        .expect("runs");
    let (stdout, stderr) = text(&out);
    assert_eq!(out.status.code(), Some(0), "{stdout}\n{stderr}");
    assert!(stdout.contains("sendMessage: HTTP 202"), "{stdout}");
    let messages = sandbox
        .client()
        .send(plivo::ops::GetMessages::new())
        .expect("listed");
    assert_eq!(messages.objects.len(), 1, "one message sent");
}

#[test]
fn the_offline_tour_exits_zero() {
    let out = quickstart().output().expect("runs");
    let (stdout, stderr) = text(&out);
    assert_eq!(out.status.code(), Some(0), "{stdout}\n{stderr}");
    assert!(stdout.contains("touring the offline sandbox"), "{stdout}");
    assert!(stdout.contains("13. cleaned up"), "{stdout}");
}
