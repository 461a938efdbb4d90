//! A real failed name lookup, without asking any DNS server: the test runs itself again inside
//! a fresh network namespace (`unshare -rn`), where no name server can be reached, and checks
//! that the client calls it a DNS failure that never left the machine.
//!
//! Where `unshare` cannot make a namespace (not Linux, user namespaces disabled) the test says
//! so and passes; CI sets `PLIVO_REQUIRE_NETNS=1`, which makes that a failure.

use std::process::Command;
use std::time::Duration;

use plivo::ops::SendMessage;
use plivo::{Client, Error, RetryPolicy, TransportKind};

const INSIDE: &str = "PLIVO_TEST_INSIDE_NETNS";

fn check_inside_the_namespace() {
    let client = Client::builder()
        .auth_id("MAXXXXXXXXXXXXXXXXXX")
        .auth_token("token")
        .base_url("http://nonexistent.invalid")
        .no_proxy()
        .retry_policy(
            RetryPolicy::default()
                .base_delay(Duration::from_millis(1))
                .max_delay(Duration::from_millis(1)),
        )
        .build()
        .expect("client builds");
    let err = client
        .call(SendMessage::new("14155550100", "14155550101", "hi"))
        .expect_err("no name resolves here");
    let Error::Transport(t) = &err else {
        panic!("expected a transport error, got {err:?}")
    };
    assert_eq!(t.kind, TransportKind::Dns, "{err:?}");
    assert!(!err.may_have_been_sent(), "{err:?}");
    assert_eq!(
        err.attempts(),
        3,
        "a POST that never left is retried: {err:?}"
    );
    let shown = err.to_string();
    assert!(shown.contains("could not be resolved"), "{shown}");
    assert!(shown.contains("never left this machine"), "{shown}");
}

#[test]
fn a_name_that_cannot_resolve_is_a_dns_error() {
    if std::env::var_os(INSIDE).is_some() {
        check_inside_the_namespace();
        return;
    }
    let usable = Command::new("unshare")
        .args(["-rn", "true"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !usable {
        assert!(
            std::env::var_os("PLIVO_REQUIRE_NETNS").is_none(),
            "PLIVO_REQUIRE_NETNS is set but `unshare -rn` cannot make a network namespace"
        );
        eprintln!("skipped: `unshare -rn` cannot make a network namespace here");
        return;
    }
    let exe = std::env::current_exe().expect("the test binary's path");
    let out = Command::new("unshare")
        .arg("-rn")
        .arg(exe)
        .args([
            "--exact",
            "a_name_that_cannot_resolve_is_a_dns_error",
            "--nocapture",
        ])
        .env(INSIDE, "1")
        .output()
        .expect("runs the test binary in the namespace");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.contains("1 passed"),
        "inside the namespace:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
