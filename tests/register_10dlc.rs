//! The 10DLC registration example, run as a process: it walks profile → brand → campaign →
//! a linked number against its own sandbox, prints each step and exits 0.

use std::path::PathBuf;
use std::process::Command;

/// `cargo test` builds the examples next to the test binaries, in `target/<profile>/examples/`
/// (`cargo build --all-features --example register_10dlc` first when running this file alone).
fn example() -> Command {
    let mut path: PathBuf = std::env::current_exe().expect("test binary path");
    path.pop();
    if path.ends_with("deps") {
        path.pop();
    }
    path.push("examples");
    path.push(format!("register_10dlc{}", std::env::consts::EXE_SUFFIX));
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
