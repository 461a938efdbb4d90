//! The `verify_otp` example, run as a process: it walks a Verify session through the sandbox
//! (create, read the code, a wrong code refused, the right one validated) and exits 0.

mod common;

#[test]
fn the_example_validates_a_session_and_exits_zero() {
    let stdout = common::run_example_ok("verify_otp");
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
