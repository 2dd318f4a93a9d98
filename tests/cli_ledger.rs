//! The desk's ledger on the command line, run as a program on a temporary folder: `copydesk
//! check` over a folder or several files keeps one ledger in date order (every output format
//! names the other draft), `--isolated` and `"ledger": false` check each draft alone, counts
//! that change with time are updated on a later date, and `copydesk ledger` lists every claim
//! by subject as JSON, CSV and a table.

use std::path::Path;

use assert_cmd::cargo::cargo_bin_cmd;
use serde_json::{Value, json};
use tempfile::TempDir;

/// 19 March: a running count.
const EARLIER: &str = "---\ntitle: Russia's losses\ndate: 2022-03-19\n---\n\n# Russia's losses in Ukraine\n\n\
                       Russia has lost more than 450 tanks since the invasion began, Ukraine's \
                       General Staff said.\n";
/// A week later, dated by its file name: the running count fell.
const LATER: &str = "# Russia's losses in Ukraine\n\nThe war went on.\n\nRussia has lost 400 tanks \
                     since the invasion began, Ukraine's General Staff said.\n";

fn tempdir() -> TempDir {
    tempfile::tempdir().expect("create temporary directory")
}

fn write(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("create test directory");
    }
    std::fs::write(path, text).expect("write test file");
}

/// The desk: `drafts/losses.md` (front matter: 19 March) and `drafts/2022-03-26-losses.md`.
fn desk() -> TempDir {
    let dir = tempdir();
    write(dir.path(), "drafts/losses.md", EARLIER);
    write(dir.path(), "drafts/2022-03-26-losses.md", LATER);
    dir
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(dir: &Path, args: &[&str]) -> Run {
    let output = cargo_bin_cmd!("copydesk")
        .current_dir(dir)
        .args(args)
        .env("NO_COLOR", "1")
        .env_remove("COLUMNS")
        .output()
        .expect("run copydesk");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

fn json_of(run: &Run) -> Value {
    serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}\n{}", run.stdout, run.stderr))
}

/// The diagnostics of the file named `path` in a JSON report.
fn diagnostics<'a>(report: &'a Value, path: &str) -> &'a [Value] {
    report["files"]
        .as_array()
        .and_then(|files| files.iter().find(|f| f["path"] == path))
        .and_then(|f| f["diagnostics"].as_array())
        .map_or(&[], Vec::as_slice)
}

#[test]
fn a_folder_is_one_ledger_in_date_order() {
    let dir = desk();
    let run = run(dir.path(), &["check", "--format", "json", "drafts"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let report = json_of(&run);
    // Dates from front matter and from the file name; files in the order walked.
    let dates: Vec<(&str, &Value)> = report["files"]
        .as_array()
        .map(|files| {
            files
                .iter()
                .map(|f| (f["path"].as_str().unwrap_or(""), &f["date"]))
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(
        dates,
        vec![
            ("drafts/2022-03-26-losses.md", &json!("2022-03-26")),
            ("drafts/losses.md", &json!("2022-03-19")),
        ]
    );
    // The earlier draft has nothing to answer for; the later one contradicts it.
    assert_eq!(diagnostics(&report, "drafts/losses.md"), &[] as &[Value]);
    assert_eq!(
        diagnostics(&report, "drafts/2022-03-26-losses.md"),
        &[json!({
            "line": 5, "column": 17, "end_line": 5, "end_column": 26,
            "severity": "warning", "code": "conflicting-figure",
            "message": "\"400 tanks\" is lower than \"more than 450 tanks\" in drafts/losses.md \
                        (19 March 2022), line 8: a running count can only grow",
            "related": [{"path": "drafts/losses.md", "line": 8, "column": 17,
                         "message": "the earlier figure: \"more than 450 tanks\" (19 March 2022)"}]
        })]
    );
    assert_eq!(report["summary"]["conflicts"], 1);
}

#[test]
fn max_diagnostics_caps_a_draft_with_conflicts_from_other_drafts_too() {
    let dir = desk();
    let later = LATER.replace(
        "The war went on.",
        "About 300 protesters gathered in Moscow.",
    );
    write(dir.path(), "drafts/2022-03-26-losses.md", &later);
    write(dir.path(), "copydesk.json", r#"{"maxDiagnostics": 1}"#);
    let run = run(dir.path(), &["check", "--format", "json", "drafts"]);
    let report = json_of(&run);
    // The draft's own warning comes first in the draft; the conflict after it is dropped.
    let shown = diagnostics(&report, "drafts/2022-03-26-losses.md");
    assert_eq!(shown.len(), 1, "{}", run.stdout);
    assert_eq!(shown[0]["code"], "unattributed-claim");
    let human = self::run(dir.path(), &["check", "drafts"]);
    assert!(
        human.stdout.contains("1 more not shown"),
        "{}",
        human.stdout
    );
}

#[test]
fn several_files_are_one_ledger_whatever_order_they_are_given_in() {
    let dir = desk();
    let run = run(
        dir.path(),
        &[
            "check",
            "--format",
            "json",
            "drafts/2022-03-26-losses.md",
            "drafts/losses.md",
        ],
    );
    let report = json_of(&run);
    assert_eq!(
        diagnostics(&report, "drafts/2022-03-26-losses.md").len(),
        1,
        "{report:#}"
    );
    assert!(diagnostics(&report, "drafts/losses.md").is_empty());
}

#[test]
fn the_human_format_prints_the_other_drafts_path_and_line() {
    let dir = desk();
    let run = run(dir.path(), &["check", "drafts"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout.contains(
            "drafts/2022-03-26-losses.md:5:17: warning[conflicting-figure]: \"400 tanks\" is \
             lower than \"more than 450 tanks\" in drafts/losses.md (19 March 2022), line 8"
        ),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("::: drafts/losses.md:8:17"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("the earlier figure: \"more than 450 tanks\" (19 March 2022)"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .ends_with("2 files checked: 1 conflicting figure\n")
    );
}

#[test]
fn sarif_relates_the_other_file_and_github_names_it() {
    let dir = desk();
    let sarif = json_of(&run(dir.path(), &["check", "--format", "sarif", "drafts"]));
    let result = &sarif["runs"][0]["results"][0];
    assert_eq!(
        result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "drafts/2022-03-26-losses.md"
    );
    let related = &result["relatedLocations"][0]["physicalLocation"];
    assert_eq!(related["artifactLocation"]["uri"], "drafts/losses.md");
    assert_eq!(related["region"]["startLine"], 8);
    let github = run(dir.path(), &["check", "--format", "github", "drafts"]);
    assert!(
        github
            .stdout
            .starts_with("::warning file=drafts/2022-03-26-losses.md,line=5,"),
        "{}",
        github.stdout
    );
    assert!(
        github
            .stdout
            .contains("%0Adrafts/losses.md line 8: the earlier figure: \"more than 450 tanks\""),
        "{}",
        github.stdout
    );
}

#[test]
fn isolated_and_a_ledger_switched_off_check_each_draft_alone() {
    let dir = desk();
    let isolated = run(dir.path(), &["check", "--isolated", "drafts"]);
    assert_eq!(isolated.code, 0, "{}", isolated.stdout);
    assert!(isolated.stdout.contains("2 files checked: no findings"));
    write(dir.path(), "drafts/copydesk.json", "{\"ledger\": false}");
    let off = run(dir.path(), &["check", "drafts"]);
    assert_eq!(off.code, 0, "{}", off.stdout);
}

#[test]
fn a_count_that_changes_with_time_is_an_update_on_a_later_date() {
    let dir = tempdir();
    let shelters = "# Floods in Devon\n\nDevon County Council said 1,150 people had been moved \
                    to emergency shelters.\n";
    write(dir.path(), "2022-03-19-floods.md", shelters);
    write(
        dir.path(),
        "2022-03-20-floods.md",
        &shelters.replace("1,150", "800"),
    );
    let run_dated = run(dir.path(), &["check", "."]);
    assert_eq!(run_dated.code, 0, "{}", run_dated.stdout);
    // The same two counts on one date must agree.
    write(
        dir.path(),
        "2022-03-19-floods-update.md",
        &shelters.replace("1,150", "800"),
    );
    let report = json_of(&run(dir.path(), &["check", "--format", "json", "."]));
    let diagnostics = diagnostics(&report, "2022-03-19-floods.md");
    assert_eq!(diagnostics.len(), 1, "{report:#}");
    assert_eq!(
        diagnostics[0]["message"],
        "\"1,150 people\" conflicts with \"800 people\" in 2022-03-19-floods-update.md (19 \
         March 2022), line 3"
    );
}

#[test]
fn different_stories_in_one_folder_are_not_compared() {
    let dir = desk();
    write(
        dir.path(),
        "drafts/2022-03-27-gaza.md",
        "# Gaza\n\nIsrael has lost 30 tanks since the invasion began, the IDF said.\n",
    );
    let report = json_of(&run(dir.path(), &["check", "--format", "json", "drafts"]));
    assert!(diagnostics(&report, "drafts/2022-03-27-gaza.md").is_empty());
    assert_eq!(report["summary"]["conflicts"], 1);
}

#[test]
fn an_ignore_comment_silences_a_conflict_across_drafts() {
    let dir = desk();
    write(
        dir.path(),
        "drafts/2022-03-26-losses.md",
        &LATER.replace(
            "Russia has lost 400",
            "<!-- copydesk-ignore -->\nRussia has lost 400",
        ),
    );
    let run = run(dir.path(), &["check", "drafts"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
}

#[test]
fn the_ledger_lists_every_claim_by_subject_in_date_order() {
    let dir = desk();
    let run = run(dir.path(), &["ledger", "--format", "json", "drafts"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        json_of(&run),
        json!({"subjects": [{"subject": "tank lost", "mentions": [
            {"path": "drafts/losses.md", "line": 8, "text": "more than 450 tanks",
             "low": 450, "high": null, "source": "Ukraine's General Staff",
             "date": "2022-03-19", "conflicts": false},
            {"path": "drafts/2022-03-26-losses.md", "line": 5, "text": "400 tanks",
             "low": 350, "high": 450, "source": "Ukraine's General Staff",
             "date": "2022-03-26", "conflicts": true}
        ]}]})
    );
}

#[test]
fn the_ledger_as_csv_and_as_a_table() {
    let dir = desk();
    let csv = run(dir.path(), &["ledger", "--format", "csv", "drafts"]);
    assert_eq!(
        csv.stdout,
        "subject,date,path,line,text,low,high,source,conflicts\n\
         tank lost,2022-03-19,drafts/losses.md,8,more than 450 tanks,450,,Ukraine's General Staff,false\n\
         tank lost,2022-03-26,drafts/2022-03-26-losses.md,5,400 tanks,350,450,Ukraine's General Staff,true\n"
    );
    let table = run(dir.path(), &["ledger", "drafts"]);
    let lines: Vec<&str> = table.stdout.lines().collect();
    assert_eq!(lines[0], "tank lost (2 mentions, 1 conflicting)");
    assert!(lines[1].starts_with("  Date "), "{}", table.stdout);
    assert!(
        lines[2].starts_with("  19 March 2022  drafts/losses.md "),
        "{}",
        table.stdout
    );
    assert!(
        lines[3].ends_with("lower than drafts/losses.md:8"),
        "{}",
        table.stdout
    );
    // The columns line up.
    let column = |line: &str, text: &str| line.find(text);
    assert_eq!(
        column(lines[2], "more than 450 tanks"),
        column(lines[3], "400 tanks")
    );
    assert_eq!(
        table.stdout.lines().last(),
        Some("2 claims in 2 drafts, 1 subject; 1 conflicting")
    );
}

#[test]
fn ledger_usage_and_file_errors_exit_2_with_one_line() {
    let dir = desk();
    let bad = run(dir.path(), &["ledger", "--format", "xml", "drafts"]);
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr.starts_with("copydesk ledger: "),
        "{}",
        bad.stderr
    );
    let missing = run(dir.path(), &["ledger", "nowhere"]);
    assert_eq!(missing.code, 2);
    assert_eq!(missing.stderr, "nowhere: no such file or directory\n");
}
