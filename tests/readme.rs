//! The README stays true: its first commands, its list of dependencies (against `cargo tree`),
//! and its prose written without hard line breaks inside sentences.

use std::collections::BTreeSet;
use std::process::Command;

const README: &str = include_str!("../README.md");

#[test]
fn it_opens_with_the_quickstart_and_the_test_command() {
    let block = README
        .split("```sh\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("a first sh block");
    let commands: Vec<&str> = block.lines().collect();
    assert_eq!(
        commands,
        [
            "cargo run --example quickstart",
            "cargo test --workspace --all-features"
        ]
    );
}

#[test]
fn the_dependency_sentence_matches_cargo_tree() {
    let cargo = std::env::var_os("CARGO").expect("CARGO is set when cargo runs the tests");
    let out = Command::new(cargo)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "tree",
            "--locked",
            "-p",
            "plivo",
            "--all-features",
            "-e",
            "normal",
        ])
        .args(["--depth", "1", "--prefix", "none", "-f", "{p}"])
        .output()
        .expect("cargo tree runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tree: BTreeSet<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .skip(1) // the crate itself
        .filter_map(|line| line.split_whitespace().next().map(str::to_owned))
        .collect();
    assert!(
        tree.contains("ureq") && tree.contains("tiny_http"),
        "{tree:?}"
    );

    let sentence = README
        .lines()
        .find(|line| line.starts_with("**Dependencies.**"))
        .expect("a Dependencies paragraph");
    let named: BTreeSet<String> = sentence
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(|word| {
            !word.is_empty()
                && word
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        })
        .filter(|word| *word != "sandbox") // the feature's name
        .map(str::to_owned)
        .collect();
    assert_eq!(named, tree, "README: {sentence}");
}

#[test]
fn prose_has_no_hard_line_breaks() {
    let mut in_code = false;
    let mut previous_is_prose = false;
    for (number, line) in README.lines().enumerate() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") {
            in_code = !in_code;
            previous_is_prose = false;
            continue;
        }
        if in_code {
            continue;
        }
        let starts_block = line.trim().is_empty()
            || line.starts_with('#')
            || trimmed.starts_with('|')
            || trimmed.starts_with("- ")
            || trimmed.starts_with("* ")
            || trimmed.starts_with('<')
            || trimmed
                .split_once(". ")
                .is_some_and(|(n, _)| n.parse::<u32>().is_ok());
        assert!(
            !previous_is_prose || starts_block,
            "README line {} continues a sentence of the line before: {line:?}",
            number + 1
        );
        previous_is_prose =
            !(line.trim().is_empty() || line.starts_with('#') || trimmed.starts_with('|'));
    }
}

#[test]
fn the_operation_counts_are_the_table_s() {
    let all = plivo::OperationKind::ALL.len();
    let seed = plivo::OperationKind::ALL
        .iter()
        .filter(|k| k.is_seed())
        .count();
    let sentence = format!(
        "It offers {all} operations. They start with the {seed} of an older Plivo connector \
         package, called \"the seed\" in this README and the docs; the other {} are",
        all - seed
    );
    assert!(
        README.contains(&sentence),
        "the README should say: {sentence}"
    );
}
