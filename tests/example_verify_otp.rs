//! The `verify_otp` example, run as a process: it walks a Verify session through the sandbox
//! (create, read the code, a wrong code refused, the right one validated) and exits 0.

use std::path::PathBuf;
use std::process::Command;

/// `cargo test` builds the examples next to the test binaries, in `target/<profile>/examples/`;
/// `cargo test --test example_verify_otp` alone does not, so build the example first
/// (`cargo build --all-features --example verify_otp`) when running this file by itself.
fn verify_otp() -> Command {
    let mut path: PathBuf = std::env::current_exe().expect("test binary path");
    path.pop();
    if path.ends_with("deps") {
        path.pop();
    }
    path.push("examples");
    path.push(format!("verify_otp{}", std::env::consts::EXE_SUFFIX));
    assert!(
        path.exists(),
        "{} is missing: cargo test builds it",
        path.display()
    );
    let mut command = Command::new(path);
    command.env("NO_PROXY", "*").env("no_proxy", "*");
    command
}

#[test]
fn the_example_validates_a_session_and_exits_zero() {
    let out = verify_otp().output().expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "exit {:?}\n{stdout}\n{stderr}",
        out.status
    );
    assert!(stderr.is_empty(), "{stderr}");
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(lines[0].starts_with("Verify against the offline sandbox at http://127.0.0.1:"));
    // The code it read is 6 digits, and the same code validated the session.
    let code = lines[2]
        .strip_prefix(" 2. the sandbox sent the code ")
        .expect("the code line");
    assert_eq!(code.len(), 6);
    assert!(code.bytes().all(|b| b.is_ascii_digit()), "{code}");
    assert!(
        lines[3].starts_with(" 3. a wrong code is refused"),
        "{stdout}"
    );
    assert_eq!(lines[4], " 4. session validated successfully.");
    assert!(
        lines[5].contains(" is verified after 1 attempt(s)"),
        "{stdout}"
    );
    assert_eq!(lines[6], " 6. 1 verified session(s) listed");
}
