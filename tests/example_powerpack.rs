//! The `powerpack` example, run as a process against the offline sandbox: it makes a
//! Powerpack, buys a number into its pool, sends a message through it (from that number), lists the pool and cleans
//! up, and exits 0.

mod common;

#[test]
fn the_example_walks_a_powerpack_and_exits_zero() {
    let stdout = common::run_example_ok("powerpack");
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(
        lines[0].starts_with("Powerpack against the offline sandbox at http://127.0.0.1:"),
        "{stdout}"
    );
    assert!(lines[1].starts_with(" 1. created Powerpack "), "{stdout}");
    let number = lines[2]
        .strip_prefix(" 2. bought ")
        .and_then(|rest| rest.strip_suffix(" into the pool (rented by the account)"))
        .expect("the purchase line");
    assert!(number.starts_with('1') && number.len() == 11, "{number}");
    assert_eq!(
        lines[3],
        format!(" 3. sent a message through the Powerpack from {number}: message(s) queued")
    );
    assert_eq!(
        lines[4],
        format!(" 4. the pool holds 1 number(s): {number}")
    );
    assert_eq!(
        lines[5],
        format!(" 5. deleted the Powerpack (success); {number} released: true")
    );
    assert_eq!(lines.len(), 6, "{stdout}");
}
