//! The 10DLC registration example, run as a process: it walks profile → brand → campaign →
//! a linked number against its own sandbox, prints each step and exits 0.

mod common;

#[test]
fn the_example_registers_links_and_cleans_up() {
    let stdout = common::run_example_ok("register_10dlc");
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
