//! The 10DLC registration example, run as a process: it walks profile → brand → campaign →
//! a linked number against its own sandbox, prints each step and exits 0.

mod common;

use std::process::Command;

fn example() -> Command {
    common::example("register_10dlc")
}

#[test]
fn the_example_registers_links_and_cleans_up() {
    let out = example().output().expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "exit {:?}\n{stdout}\n{stderr}",
        out.status
    );
    assert!(stderr.is_empty(), "{stderr}");
    for step in [
        " 1. created profile ",
        " 2. registered brand B",
        ": COMPLETED",
        " 3. the brand may run: ",
        " 4. registered campaign C",
        " 5. bought ",
        " 6. linked ",
        ": COMPLETED",
        " 8. cleaned up",
    ] {
        assert!(stdout.contains(step), "missing {step:?} in:\n{stdout}");
    }
    let linked = stdout
        .lines()
        .find(|l| l.starts_with(" 7. campaign "))
        .expect("the linked number is listed");
    assert!(linked.ends_with(": COMPLETED"), "{linked}");
}
