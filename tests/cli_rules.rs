//! The engine's named rules as a user sees them: `copydesk rules`, the JSON `rules` of each
//! figure and `check --explain`.

use assert_cmd::cargo::cargo_bin_cmd;
use serde_json::Value;

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn copydesk(args: &[&str], stdin: &str) -> Run {
    let output = cargo_bin_cmd!("copydesk")
        .args(args)
        .env_remove("NO_COLOR")
        .env_remove("COLUMNS")
        .write_stdin(stdin)
        .output()
        .expect("run copydesk");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

fn json(run: &Run) -> Value {
    serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", run.stdout))
}

#[test]
fn rules_lists_every_rule_one_line_each() {
    let run = copydesk(&["rules"], "");
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.lines().any(|l| l.starts_with("kind.age-at ")),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .lines()
            .any(|l| l.starts_with("cue.according-to ")),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains(" rules. copydesk rules ID shows one"),
        "{}",
        run.stdout
    );
}

#[test]
fn rules_json_is_a_list_of_ids_summaries_and_examples() {
    let run = copydesk(&["rules", "--format", "json"], "");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let list = json(&run);
    let rules = list.as_array().expect("a list of rules");
    assert!(rules.len() > 40, "{}", rules.len());
    for rule in rules {
        assert!(
            rule["id"].as_str().is_some_and(|id| id.contains('.')),
            "{rule}"
        );
        assert!(
            rule["summary"].as_str().is_some_and(|s| !s.is_empty()),
            "{rule}"
        );
        let examples = rule["examples"].as_array().expect("examples");
        assert!(
            examples.iter().any(|e| e["fires"] == Value::Bool(false)),
            "{rule}"
        );
        assert!(examples.iter().all(|e| e["text"].is_string()), "{rule}");
    }
}

#[test]
fn one_rule_is_explained_with_its_examples() {
    let run = copydesk(&["rules", "kind.age-at"], "");
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.starts_with("kind.age-at\n"), "{}", run.stdout);
    assert!(run.stdout.contains("Fires on:\n  + "), "{}", run.stdout);
    assert!(
        run.stdout.contains("Does not fire on:\n  - "),
        "{}",
        run.stdout
    );
    let run = copydesk(&["rules", "kind.age-at", "--format", "json"], "");
    assert_eq!(json(&run)[0]["id"], "kind.age-at");
}

#[test]
fn an_unknown_rule_is_a_usage_error_on_one_line() {
    let run = copydesk(&["rules", "kind.nonsense"], "");
    assert_eq!(run.code, 2);
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert!(run.stderr.contains("kind.nonsense"), "{}", run.stderr);
    let run = copydesk(&["rules", "--format", "xml"], "");
    assert_eq!(run.code, 2);
}

#[test]
fn every_figure_in_json_names_the_rules_that_decided_it() {
    let draft = "Russia has lost 300 tanks, Ukraine said on 24 February.\n\nAbout 600 soldiers were sent.\n";
    let run = copydesk(
        &[
            "check",
            "--format",
            "json",
            "--stdin-filename",
            "d.txt",
            "-",
        ],
        draft,
    );
    let report = json(&run);
    let figures = report["files"][0]["figures"].as_array().expect("figures");
    let rules_of = |text: &str| -> Vec<String> {
        figures
            .iter()
            .find(|f| f["text"].as_str().is_some_and(|t| t.contains(text)))
            .and_then(|f| f["rules"].as_array())
            .map(|r| {
                r.iter()
                    .filter_map(|x| x.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    };
    assert_eq!(
        rules_of("300 tanks"),
        [
            "kind.claim",
            "subject.event",
            "holder.clause-subject",
            "cue.said-before",
            "cue.verb"
        ]
    );
    assert_eq!(rules_of("24 February"), ["kind.month-day"]);
    assert_eq!(
        rules_of("600 soldiers"),
        ["kind.claim", "subject.event", "cue.none"]
    );
}

#[test]
fn explain_prints_the_rules_under_each_finding() {
    let draft = "About 600 soldiers were sent.\n";
    let run = copydesk(
        &[
            "check",
            "--explain",
            "--color",
            "never",
            "--stdin-filename",
            "d.txt",
            "-",
        ],
        draft,
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stdout
            .contains("  = rules: kind.claim, subject.event, cue.none, weight.estimate\n"),
        "{}",
        run.stdout
    );
    let plain = copydesk(
        &[
            "check",
            "--color",
            "never",
            "--stdin-filename",
            "d.txt",
            "-",
        ],
        draft,
    );
    assert!(!plain.stdout.contains("= rules:"), "{}", plain.stdout);
}
