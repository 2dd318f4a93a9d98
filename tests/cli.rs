//! `copydesk check` run as a program: exit statuses, every output format, inputs (files,
//! directories, .gitignore, standard input), configuration search and bad input.

use std::path::Path;

use assert_cmd::cargo::cargo_bin_cmd;
use serde_json::Value;
use tempfile::TempDir;

/// A draft with one bare claim and no source anywhere.
const UNATTRIBUTED: &str = "Russia has lost 300 tanks.\n";
/// A draft with no figures at all.
const CLEAN: &str = "The river rose overnight and the bridge was closed.\n";

/// `copydesk check` in `dir`, with colour decided as on a pipe and no terminal width.
fn check(dir: &Path) -> assert_cmd::Command {
    let mut cmd = cargo_bin_cmd!("copydesk");
    cmd.current_dir(dir)
        .arg("check")
        .env_remove("NO_COLOR")
        .env_remove("COLUMNS");
    cmd
}

fn write(dir: &Path, name: &str, text: impl AsRef<[u8]>) {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("create test directory");
    }
    std::fs::write(path, text).expect("write test file");
}

fn tempdir() -> TempDir {
    tempfile::tempdir().expect("create temporary directory")
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(cmd: &mut assert_cmd::Command) -> Run {
    let output = cmd.output().expect("run copydesk");
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

fn paths(report: &Value) -> Vec<String> {
    report["files"]
        .as_array()
        .map(|files| {
            files
                .iter()
                .map(|f| f["path"].as_str().unwrap_or("").to_string())
                .collect()
        })
        .unwrap_or_default()
}

fn codes(report: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for file in report["files"].as_array().into_iter().flatten() {
        for d in file["diagnostics"].as_array().into_iter().flatten() {
            out.push(d["code"].as_str().unwrap_or("").to_string());
        }
    }
    out
}

// ---------------------------------------------------------------------------------------
// Exit statuses

#[test]
fn clean_draft_exits_0_and_says_no_findings() {
    let dir = tempdir();
    write(dir.path(), "clean.md", CLEAN);
    let out = run(check(dir.path()).arg("clean.md"));
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    assert_eq!(out.stdout.trim(), "1 file checked: no findings");
    assert!(out.stderr.is_empty(), "{}", out.stderr);
}

#[test]
fn unattributed_claim_exits_1_with_a_compiler_style_line() {
    let dir = tempdir();
    write(dir.path(), "draft.md", UNATTRIBUTED);
    let out = run(check(dir.path()).arg("draft.md"));
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
    assert!(
        out.stdout
            .starts_with("draft.md:1:17: warning[unattributed-claim]: "),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("1 | Russia has lost 300 tanks."),
        "{}",
        out.stdout
    );
    assert_eq!(
        out.stdout.lines().last(),
        Some("1 file checked: 1 unattributed claim")
    );
}

#[test]
fn attributed_claim_exits_0() {
    // Needs the engine's attribution (issue 2, item 6).
    let dir = tempdir();
    write(
        dir.path(),
        "draft.md",
        "The ministry said 300 tanks were lost.\n",
    );
    let out = run(check(dir.path()).arg("draft.md"));
    assert_eq!(out.code, 0, "{}", out.stdout);
}

#[test]
fn conflicting_figure_points_to_the_earlier_one() {
    // Needs the engine's attribution and ledger (issue 2, items 6 and 7).
    let dir = tempdir();
    write(
        dir.path(),
        "draft.md",
        "Russia has lost over 450 tanks, the ministry said.\n\n\
         The ministry later said Russia had lost 400 tanks.\n",
    );
    let out = run(check(dir.path()).args(["--format", "json", "draft.md"]));
    assert_eq!(out.code, 1, "{}", out.stdout);
    let report = json(&out);
    assert_eq!(codes(&report), vec!["conflicting-figure"]);
    let diagnostic = &report["files"][0]["diagnostics"][0];
    assert_eq!(diagnostic["line"], 3);
    assert_eq!(diagnostic["related"][0]["line"], 1);
}

#[test]
fn skip_and_only_filter_findings_and_the_exit_status() {
    let dir = tempdir();
    write(dir.path(), "draft.md", UNATTRIBUTED);
    let skipped = run(check(dir.path()).args(["--skip", "unattributed-claim", "draft.md"]));
    assert_eq!(skipped.code, 0, "{}", skipped.stdout);
    let only = run(check(dir.path()).args(["--only", "conflicting-figure", "draft.md"]));
    assert_eq!(only.code, 0, "{}", only.stdout);
    let kept = run(check(dir.path()).args(["--only", "unattributed-claim", "draft.md"]));
    assert_eq!(kept.code, 1, "{}", kept.stdout);
}

#[test]
fn quiet_prints_findings_only() {
    let dir = tempdir();
    write(dir.path(), "clean.md", CLEAN);
    write(dir.path(), "draft.md", UNATTRIBUTED);
    let clean = run(check(dir.path()).args(["--quiet", "clean.md"]));
    assert_eq!((clean.code, clean.stdout.as_str()), (0, ""));
    let draft = run(check(dir.path()).args(["-q", "draft.md"]));
    assert_eq!(draft.code, 1);
    assert!(
        draft.stdout.contains("warning[unattributed-claim]"),
        "{}",
        draft.stdout
    );
    assert!(!draft.stdout.contains("file checked"), "{}", draft.stdout);
}

// ---------------------------------------------------------------------------------------
// Usage errors

#[test]
fn bad_flag_is_one_line_and_a_usage_hint_exit_2() {
    let dir = tempdir();
    let out = run(check(dir.path()).args(["--bogus", "draft.md"]));
    assert_eq!(out.code, 2);
    assert!(out.stdout.is_empty());
    let lines: Vec<&str> = out.stderr.lines().collect();
    assert_eq!(lines.len(), 2, "{}", out.stderr);
    assert!(lines[0].contains("--bogus"), "{}", out.stderr);
    assert!(
        lines[1].starts_with("usage: copydesk check"),
        "{}",
        out.stderr
    );
}

#[test]
fn no_path_is_a_usage_error() {
    let dir = tempdir();
    let out = run(&mut check(dir.path()));
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("no PATH given"), "{}", out.stderr);
}

#[test]
fn unknown_format_and_code_are_usage_errors() {
    let dir = tempdir();
    write(dir.path(), "draft.md", UNATTRIBUTED);
    let format = run(check(dir.path()).args(["--format", "xml", "draft.md"]));
    assert_eq!(format.code, 2);
    assert!(format.stderr.contains("xml"), "{}", format.stderr);
    let code = run(check(dir.path()).args(["--only", "typo", "draft.md"]));
    assert_eq!(code.code, 2);
    assert!(code.stderr.contains("typo"), "{}", code.stderr);
}

#[test]
fn help_exits_0() {
    let dir = tempdir();
    let out = run(check(dir.path()).arg("--help"));
    assert_eq!(out.code, 0);
    assert!(
        out.stdout.contains("Usage: copydesk check"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("--stdin-filename"), "{}", out.stdout);
}

// ---------------------------------------------------------------------------------------
// Bad input

#[test]
fn missing_file_names_it_and_exits_2() {
    let dir = tempdir();
    write(dir.path(), "draft.md", UNATTRIBUTED);
    let out = run(check(dir.path()).args(["draft.md", "nope.md"]));
    assert_eq!(out.code, 2);
    assert!(out.stdout.is_empty(), "{}", out.stdout);
    assert_eq!(out.stderr.trim(), "nope.md: no such file or directory");
}

#[cfg(unix)]
#[test]
fn a_path_that_is_not_unicode_is_not_found_rather_than_a_panic() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempdir();
    let name = std::ffi::OsStr::from_bytes(b"draft-\xff.md");
    let out = run(check(dir.path()).arg(name));
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("no such file or directory"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("panicked"), "{}", out.stderr);
}

#[test]
fn empty_directory_says_no_drafts_found() {
    let dir = tempdir();
    std::fs::create_dir(dir.path().join("drafts")).expect("mkdir");
    write(dir.path(), "drafts/notes.json", "{}");
    let out = run(check(dir.path()).arg("drafts"));
    assert_eq!(out.code, 2);
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
    assert!(
        out.stderr.contains("no drafts found under drafts"),
        "{}",
        out.stderr
    );
}

#[test]
fn invalid_utf8_is_decoded_lossily_with_a_warning() {
    let dir = tempdir();
    write(
        dir.path(),
        "latin1.md",
        b"Caf\xe9 owners say nothing.\nRussia has lost 300 tanks.\n",
    );
    let out = run(check(dir.path()).args(["--format", "json", "latin1.md"]));
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
    assert!(
        out.stderr
            .starts_with("latin1.md: warning: not valid UTF-8"),
        "{}",
        out.stderr
    );
    let report = json(&out);
    assert_eq!(codes(&report), vec!["unattributed-claim"]);
    assert_eq!(report["files"][0]["diagnostics"][0]["line"], 2);
}

#[test]
fn binary_garbage_does_not_panic() {
    let dir = tempdir();
    let garbage: Vec<u8> = (0..=255u8).cycle().take(4096).collect();
    write(dir.path(), "garbage.bin", &garbage);
    let out = run(check(dir.path()).arg("garbage.bin"));
    assert!(out.code == 0 || out.code == 1, "{}", out.stderr);
    assert!(!out.stderr.contains("panicked"), "{}", out.stderr);
}

#[test]
fn broken_config_is_one_line_with_line_and_column() {
    let dir = tempdir();
    write(dir.path(), "copydesk.json", "{\n  \"sevrity\": {}\n}\n");
    write(dir.path(), "draft.md", UNATTRIBUTED);
    let out = run(check(dir.path()).arg("draft.md"));
    assert_eq!(out.code, 2);
    assert!(out.stdout.is_empty(), "{}", out.stdout);
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
    let line = out.stderr.trim();
    assert!(line.contains("copydesk.json:2:"), "{line}");
    assert!(line.contains("sevrity"), "{line}");
}

#[test]
fn broken_explicit_config_names_the_file() {
    let dir = tempdir();
    write(dir.path(), "desk.json", "{\"severity\": ");
    write(dir.path(), "draft.md", UNATTRIBUTED);
    let out = run(check(dir.path()).args(["--config", "desk.json", "draft.md"]));
    assert_eq!(out.code, 2);
    assert!(out.stderr.starts_with("desk.json:1:"), "{}", out.stderr);
    let missing = run(check(dir.path()).args(["--config", "absent.json", "draft.md"]));
    assert_eq!(missing.code, 2);
    assert!(
        missing.stderr.starts_with("absent.json: "),
        "{}",
        missing.stderr
    );
}

#[test]
fn broken_config_names_the_exact_place_of_a_mistake_serde_cannot_see() {
    let dir = tempdir();
    write(
        dir.path(),
        "copydesk.json",
        "{\r\n  \"severity\": {\r\n    \"unattributed-claim\": \"off\",\r\n    \"“bogus”\": \"off\"\r\n  }\r\n}\r\n",
    );
    write(dir.path(), "draft.md", UNATTRIBUTED);
    let out = run(check(dir.path()).arg("draft.md"));
    assert_eq!(out.code, 2);
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
    assert!(
        out.stderr.trim().ends_with(
            "copydesk.json:4:5: unknown finding code \"“bogus”\" in \"severity\" (known: \
         unattributed-claim, conflicting-figure, vague-source)"
        ),
        "{}",
        out.stderr
    );
}

#[test]
fn a_source_figure_without_a_value_is_a_configuration_error() {
    let dir = tempdir();
    write(
        dir.path(),
        "copydesk.json",
        "{\"sources\": [\n  {\"name\": \"the UN\", \"figures\": [{\"subject\": \"deaths\"}]}\n]}",
    );
    write(dir.path(), "draft.md", UNATTRIBUTED);
    let out = run(check(dir.path()).arg("draft.md"));
    assert_eq!(out.code, 2);
    assert!(
        out.stderr
            .contains("copydesk.json:2:34: the figure for \"deaths\""),
        "{}",
        out.stderr
    );
}

/// A desk's project file with the UN's count, and a draft that contradicts it.
const UN_LIST: &str = r#"{
  "$schema": "https://example.org/copydesk.schema.json",
  "sources": [
    {"name": "the UN", "aliases": ["UN human rights office"], "published": "19 March",
     "url": "https://www.ohchr.org/", "note": "Verified deaths only 😀",
     "figures": [{"subject": "civilians killed", "low": 816}]}
  ]
}
"#;
const UN_DRAFT: &str = "About 700 civilians have been killed, according to the UN's human rights office.\n\nMore than 1,000 soldiers have been wounded, the UN said.\n";

#[test]
fn source_list_conflicts_appear_in_every_format() {
    let dir = tempdir();
    write(dir.path(), "copydesk.json", UN_LIST);
    write(dir.path(), "draft.md", UN_DRAFT);
    let message =
        "\"About 700 civilians\" conflicts with the UN's count (published 19 March): at least 816";
    let human = run(check(dir.path()).arg("draft.md"));
    assert_eq!(human.code, 1, "{}", human.stderr);
    assert!(
        human.stdout.contains(&format!(
            "draft.md:1:1: warning[conflicting-figure]: {message}"
        )),
        "{}",
        human.stdout
    );
    let report = json(&run(
        check(dir.path()).args(["--format", "json", "draft.md"])
    ));
    let diagnostics = &report["files"][0]["diagnostics"];
    assert_eq!(
        diagnostics.as_array().map(Vec::len),
        Some(1),
        "{diagnostics}"
    );
    assert_eq!(diagnostics[0]["message"], message);
    assert_eq!(diagnostics[0]["related"], serde_json::json!([]));
    let figures = &report["files"][0]["figures"];
    assert_eq!(figures[0]["attribution"]["listed"], "the UN");
    assert_eq!(figures[1]["attribution"]["listed"], "the UN");
    assert_eq!(report["summary"]["conflicts"], 1);
    let sarif = run(check(dir.path()).args(["--format", "sarif", "draft.md"]));
    assert!(
        sarif.stdout.contains(message.replace('"', "\\\"").as_str()),
        "{}",
        sarif.stdout
    );
    let github = run(check(dir.path()).args(["--format", "github", "draft.md"]));
    assert!(
        github.stdout.starts_with("::warning file=draft.md,line=1,"),
        "{}",
        github.stdout
    );
    assert!(github.stdout.contains("at least 816"), "{}", github.stdout);
}

#[test]
fn the_corpus_source_list_draft_links_exactly_its_listed_sources() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let out = run(check(&corpus).args([
        "--config",
        "listed-sources.config.json",
        "--format",
        "json",
        "listed-sources.txt",
    ]));
    let report = json(&out);
    let linked: Vec<(String, Value)> = report["files"][0]["figures"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["kind"] == "claim")
        .map(|f| {
            (
                f["text"].as_str().unwrap_or_default().to_string(),
                f["attribution"]
                    .get("listed")
                    .cloned()
                    .unwrap_or(Value::Null),
            )
        })
        .collect();
    let expected: Vec<(String, Value)> = [
        ("At least 816 civilians", Some("the UN human rights office")),
        // "The office" alone is too vague to link.
        ("1,363 civilians", None),
        ("nearly 90 attacks", Some("the World Health Organization")),
        (
            "more than 1.2 million people",
            Some("the UN refugee agency"),
        ),
        ("300 ambulances", None),
        ("about 40 civilians", None),
    ]
    .into_iter()
    .map(|(text, listed)| (text.to_string(), listed.map_or(Value::Null, Value::from)))
    .collect();
    assert_eq!(linked, expected);
}

#[test]
fn an_unlisted_source_has_no_listed_key_in_json() {
    let dir = tempdir();
    write(dir.path(), "copydesk.json", UN_LIST);
    write(
        dir.path(),
        "draft.md",
        "Russia lost 300 tanks, the ministry said.\n",
    );
    let report = json(&run(
        check(dir.path()).args(["--format", "json", "draft.md"])
    ));
    let attribution = &report["files"][0]["figures"][0]["attribution"];
    assert_eq!(attribution["source"], "the ministry");
    assert!(attribution.get("listed").is_none(), "{attribution}");
}

#[test]
fn explicit_config_with_the_source_list_applies_from_anywhere() {
    let dir = tempdir();
    write(dir.path(), "desk/sources.json", UN_LIST);
    write(dir.path(), "elsewhere/draft.txt", UN_DRAFT);
    let out = run(check(dir.path()).args([
        "--config",
        "desk/sources.json",
        "--format",
        "json",
        "elsewhere/draft.txt",
    ]));
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert_eq!(json(&out)["summary"]["conflicts"], 1);
    let without = run(check(dir.path()).args(["--format", "json", "elsewhere/draft.txt"]));
    assert_eq!(json(&without)["summary"]["conflicts"], 0);
}

// ---------------------------------------------------------------------------------------
// Inputs

#[test]
fn directories_are_walked_in_order_respecting_gitignore() {
    let dir = tempdir();
    write(dir.path(), "drafts/.gitignore", "ignored.md\n");
    write(dir.path(), "drafts/ignored.md", UNATTRIBUTED);
    write(dir.path(), "drafts/b.md", UNATTRIBUTED);
    write(dir.path(), "drafts/a.markdown", UNATTRIBUTED);
    write(dir.path(), "drafts/sub/c.txt", UNATTRIBUTED);
    write(dir.path(), "drafts/data.json", "{\"tanks\": 300}");
    write(dir.path(), "drafts/.hidden.md", UNATTRIBUTED);
    let out = run(check(dir.path()).args(["--format", "json", "drafts"]));
    assert_eq!(out.code, 1, "{}", out.stderr);
    let report = json(&out);
    assert_eq!(
        paths(&report),
        vec!["drafts/a.markdown", "drafts/b.md", "drafts/sub/c.txt"]
    );
    assert_eq!(report["summary"]["files"], 3);
}

#[test]
fn output_order_is_stable_across_many_files() {
    let dir = tempdir();
    let mut expected = Vec::new();
    for i in 0..40 {
        let name = format!("drafts/d{i:02}.md");
        write(
            dir.path(),
            &name,
            format!("Russia has lost {} tanks.\n", 100 + i),
        );
        expected.push(name);
    }
    let out = run(check(dir.path()).args(["--format", "json", "drafts"]));
    assert_eq!(paths(&json(&out)), expected);
}

#[test]
fn explicit_files_are_checked_whatever_the_extension_in_the_order_given() {
    let dir = tempdir();
    write(dir.path(), "z.rst", UNATTRIBUTED);
    write(dir.path(), "a.md", CLEAN);
    let out = run(check(dir.path()).args(["--format", "json", "z.rst", "a.md", "./z.rst"]));
    assert_eq!(out.code, 1);
    assert_eq!(paths(&json(&out)), vec!["z.rst", "a.md"]);
}

#[test]
fn stdin_is_markdown_by_default() {
    let dir = tempdir();
    let fenced = "The river rose.\n\n```\nRussia has lost 300 tanks.\n```\n";
    let out = run(check(dir.path())
        .args(["--format", "json", "-"])
        .write_stdin(fenced));
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert_eq!(paths(&json(&out)), vec!["<stdin>"]);
}

#[test]
fn stdin_filename_sets_the_name_and_format() {
    let dir = tempdir();
    let fenced = "The river rose.\n\n```\nRussia has lost 300 tanks.\n```\n";
    let out = run(check(dir.path())
        .args(["--format", "json", "--stdin-filename", "notes.txt", "-"])
        .write_stdin(fenced));
    assert_eq!(out.code, 1, "{}", out.stdout);
    let report = json(&out);
    assert_eq!(paths(&report), vec!["notes.txt"]);
    assert_eq!(report["files"][0]["diagnostics"][0]["line"], 4);
}

#[test]
fn stdin_unattributed_claim_is_reported() {
    let dir = tempdir();
    let out = run(check(dir.path()).arg("-").write_stdin(UNATTRIBUTED));
    assert_eq!(out.code, 1);
    assert!(
        out.stdout
            .starts_with("<stdin>:1:17: warning[unattributed-claim]"),
        "{}",
        out.stdout
    );
}

// ---------------------------------------------------------------------------------------
// Configuration

const UNATTRIBUTED_OFF: &str = r#"{"severity": {"unattributed-claim": "off"}}"#;

#[test]
fn explicit_config_wins() {
    let dir = tempdir();
    write(dir.path(), "desk.json", UNATTRIBUTED_OFF);
    write(dir.path(), "copydesk.json", "{}");
    write(dir.path(), "draft.md", UNATTRIBUTED);
    let out = run(check(dir.path()).args(["--config", "desk.json", "draft.md"]));
    assert_eq!(out.code, 0, "{}", out.stdout);
}

#[test]
fn config_is_found_upward_and_the_nearest_wins() {
    let dir = tempdir();
    write(dir.path(), "desk/copydesk.json", UNATTRIBUTED_OFF);
    write(dir.path(), "desk/news/2024/draft.md", UNATTRIBUTED);
    write(dir.path(), "desk/strict/copydesk.json", "{}");
    write(dir.path(), "desk/strict/draft.md", UNATTRIBUTED);
    write(dir.path(), "elsewhere/draft.md", UNATTRIBUTED);
    let relaxed = run(check(dir.path()).arg("desk/news"));
    assert_eq!(relaxed.code, 0, "{}", relaxed.stdout);
    let strict = run(check(dir.path()).arg("desk/strict/draft.md"));
    assert_eq!(strict.code, 1, "{}", strict.stdout);
    let outside = run(check(dir.path()).arg("elsewhere/draft.md"));
    assert_eq!(outside.code, 1, "{}", outside.stdout);
}

#[test]
fn a_broken_nested_config_stops_only_the_drafts_below_it() {
    let dir = tempdir();
    write(dir.path(), "desk/copydesk.json", UNATTRIBUTED_OFF);
    write(dir.path(), "desk/today.md", UNATTRIBUTED);
    write(
        dir.path(),
        "desk/sport/copydesk.json",
        "{\r\n  \"maxDiagnostics\": 10,\r\n  \"cues\": [\"“tallied”\", 7]\r\n}\r\n",
    );
    write(dir.path(), "desk/sport/match.md", UNATTRIBUTED);
    let fine = run(check(dir.path()).arg("desk/today.md"));
    assert_eq!(fine.code, 0, "{}", fine.stderr);
    let broken = run(check(dir.path()).arg("desk/sport/match.md"));
    assert_eq!(broken.code, 2);
    let line = broken.stderr.trim();
    assert!(
        line.ends_with("sport/copydesk.json:3:25: invalid type: integer `7`, expected a string"),
        "{line}"
    );
}

#[test]
fn stdin_searches_config_from_its_filename() {
    let dir = tempdir();
    write(dir.path(), "desk/copydesk.json", UNATTRIBUTED_OFF);
    let out = run(check(dir.path())
        .args(["--stdin-filename", "desk/draft.md", "-"])
        .write_stdin(UNATTRIBUTED));
    assert_eq!(out.code, 0, "{}", out.stdout);
}

#[test]
fn skip_globs_are_relative_to_the_config_file() {
    let dir = tempdir();
    write(
        dir.path(),
        "desk/copydesk.json",
        r#"{"skip": ["archive/**", "*.txt"]}"#,
    );
    write(dir.path(), "desk/archive/2019/old.md", UNATTRIBUTED);
    write(dir.path(), "desk/notes/todo.txt", UNATTRIBUTED);
    write(dir.path(), "desk/today.md", UNATTRIBUTED);
    let out = run(check(dir.path()).args(["--format", "json", "desk"]));
    assert_eq!(paths(&json(&out)), vec!["desk/today.md"]);
}

// ---------------------------------------------------------------------------------------
// Formats

#[test]
fn json_has_the_contract_keys() {
    let dir = tempdir();
    write(
        dir.path(),
        "draft.md",
        "In 2022, Russia has lost about 14400 people.\n",
    );
    let out = run(check(dir.path()).args(["--format", "json", "draft.md"]));
    let report = json(&out);
    for key in ["files", "claims", "unattributed", "conflicts"] {
        assert!(
            report["summary"].get(key).is_some_and(Value::is_u64),
            "summary.{key}: {report}"
        );
    }
    let file = &report["files"][0];
    assert_eq!(file["path"], "draft.md");
    let figures = file["figures"].as_array().cloned().unwrap_or_default();
    assert!(!figures.is_empty(), "{report}");
    for figure in &figures {
        for key in [
            "line",
            "column",
            "end_line",
            "end_column",
            "text",
            "figure",
            "kind",
            "value",
            "low",
            "high",
            "unit",
            "subject",
            "qualifier",
            "attribution",
        ] {
            assert!(figure.get(key).is_some(), "figure lacks {key}: {figure}");
        }
        assert!(
            figure["line"].is_u64() && figure["column"].is_u64(),
            "{figure}"
        );
    }
    let diagnostics = file["diagnostics"].as_array().cloned().unwrap_or_default();
    assert!(!diagnostics.is_empty(), "{report}");
    for diagnostic in &diagnostics {
        for key in [
            "line",
            "column",
            "end_line",
            "end_column",
            "severity",
            "code",
            "message",
            "related",
        ] {
            assert!(
                diagnostic.get(key).is_some(),
                "diagnostic lacks {key}: {diagnostic}"
            );
        }
    }
}

#[test]
fn json_figure_for_about_14400_people() {
    // Needs the engine's figures, qualifiers and intervals (issue 2, items 3 to 5).
    let dir = tempdir();
    write(
        dir.path(),
        "draft.md",
        "Russia has lost about 14400 people, Ukraine said.\n",
    );
    let out = run(check(dir.path()).args(["--format", "json", "draft.md"]));
    let report = json(&out);
    let figure = &report["files"][0]["figures"][0];
    assert_eq!(figure["text"], "about 14400 people");
    assert_eq!(figure["figure"], "14400");
    assert_eq!(figure["kind"], "claim");
    assert_eq!(figure["value"], 14400);
    assert_eq!(figure["low"], 12960);
    assert_eq!(figure["high"], 15840);
    assert_eq!(figure["qualifier"], "about");
    assert_eq!(figure["attribution"]["source"], "Ukraine");
    assert_eq!(out.code, 0);
}

#[test]
fn sarif_is_2_1_0_with_the_required_fields() {
    let dir = tempdir();
    write(dir.path(), "my draft.md", UNATTRIBUTED);
    let out = run(check(dir.path()).args(["--format", "sarif", "my draft.md"]));
    assert_eq!(out.code, 1);
    let log = json(&out);
    assert_eq!(log["version"], "2.1.0");
    assert_eq!(
        log["$schema"],
        "https://json.schemastore.org/sarif-2.1.0.json"
    );
    let run = &log["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "copydesk");
    assert!(run["tool"]["driver"]["version"].is_string());
    let rules = run["tool"]["driver"]["rules"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(
        rules
            .iter()
            .any(|r| r["id"] == "unattributed-claim" && r["helpUri"].is_string())
    );
    let result = &run["results"][0];
    assert_eq!(result["ruleId"], "unattributed-claim");
    assert_eq!(result["level"], "warning");
    assert!(result["message"]["text"].is_string());
    let location = &result["locations"][0]["physicalLocation"];
    assert_eq!(location["artifactLocation"]["uri"], "my%20draft.md");
    assert_eq!(location["region"]["startLine"], 1);
    assert_eq!(location["region"]["startColumn"], 17);
}

#[test]
fn sarif_of_a_clean_draft_has_an_empty_result_list() {
    let dir = tempdir();
    write(dir.path(), "clean.md", CLEAN);
    let out = run(check(dir.path()).args(["--format", "sarif", "clean.md"]));
    assert_eq!(out.code, 0);
    assert_eq!(json(&out)["runs"][0]["results"], Value::Array(Vec::new()));
}

#[test]
fn github_lines_are_workflow_commands() {
    let dir = tempdir();
    write(
        dir.path(),
        "a,b.md",
        "Russia has lost 300 tanks.\nIt also lost 40 jets.\n",
    );
    let out = run(check(dir.path()).args(["--format", "github", "a,b.md"]));
    assert_eq!(out.code, 1);
    let pattern = regex::Regex::new(
        r"^::(error|warning|notice) file=[^,:]+,line=\d+(,col=\d+,endColumn=\d+|,endLine=\d+),title=copydesk [a-z-]+::[^\r\n]+$",
    )
    .expect("pattern");
    assert!(!out.stdout.is_empty());
    for line in out.stdout.lines() {
        assert!(pattern.is_match(line), "{line}");
        assert!(line.contains("file=a%2Cb.md,"), "{line}");
    }
}

#[test]
fn human_output_has_no_colour_on_a_pipe_unless_asked() {
    let dir = tempdir();
    write(dir.path(), "draft.md", UNATTRIBUTED);
    let plain = run(check(dir.path()).arg("draft.md"));
    assert!(!plain.stdout.contains('\u{1b}'));
    let forced = run(check(dir.path()).args(["--color", "always", "draft.md"]));
    assert!(forced.stdout.contains('\u{1b}'));
    let no_color = run(check(dir.path()).env("NO_COLOR", "1").arg("draft.md"));
    assert!(!no_color.stdout.contains('\u{1b}'));
}

/// Display width as a terminal draws it, for the characters these tests use.
fn display_width(text: &str) -> usize {
    text.chars()
        .map(|c| match c as u32 {
            0x1100..=0x115F
            | 0x2E80..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFF00..=0xFF60
            | 0x1F300..=0x1FAFF => 2,
            _ => 1,
        })
        .sum()
}

#[test]
fn caret_lines_up_after_emoji_cjk_tabs_and_curly_quotes_with_crlf() {
    let dir = tempdir();
    let line = "🚜 記者のメモ:\t“Russia has lost 300 tanks,” the draft reads.";
    write(dir.path(), "draft.md", format!("Heading\r\n\r\n{line}\r\n"));
    let out = run(check(dir.path()).arg("draft.md"));
    assert!(!out.stdout.contains('\r'), "{:?}", out.stdout);
    let source = out
        .stdout
        .lines()
        .find(|l| l.contains("Russia has lost"))
        .unwrap_or_else(|| panic!("no source line in\n{}", out.stdout));
    let carets = out
        .stdout
        .lines()
        .find(|l| l.contains('^'))
        .unwrap_or_else(|| panic!("no carets in\n{}", out.stdout));
    let figure_at = source.find("300").unwrap_or(0);
    assert_eq!(
        carets.find('^'),
        Some(display_width(&source[..figure_at])),
        "\n{source}\n{carets}"
    );
    let header = out.stdout.lines().next().unwrap_or("");
    let column = line[..line.find("300").unwrap_or(0)].chars().count() + 1;
    assert!(
        header.starts_with(&format!("draft.md:3:{column}: ")),
        "{header}"
    );
}

// ---------------------------------------------------------------------------------------
// The bundled example

#[test]
fn example_draft_has_findings_of_each_kind() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = run(check(root).args(["--format", "json", "examples/draft.md"]));
    assert_eq!(out.code, 1, "{}", out.stderr);
    let report = json(&out);
    let codes = codes(&report);
    assert!(codes.iter().any(|c| c == "unattributed-claim"), "{codes:?}");
    assert!(codes.iter().any(|c| c == "conflicting-figure"), "{codes:?}");
}

#[test]
fn example_draft_findings_are_exactly_the_planted_ones() {
    // Needs the finished engine: kinds, attribution and the ledger (issue 2, items 4 to 7).
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = run(check(root).args(["--format", "json", "examples/draft.md"]));
    let report = json(&out);
    let found: Vec<(String, String)> = report["files"][0]["diagnostics"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|d| {
            let text = report["files"][0]["figures"]
                .as_array()
                .into_iter()
                .flatten()
                .find(|f| f["line"] == d["line"] && f["column"] == d["column"])
                .and_then(|f| f["text"].as_str())
                .unwrap_or("?")
                .to_string();
            (d["code"].as_str().unwrap_or("").to_string(), text)
        })
        .collect();
    let expected: Vec<(String, String)> = [
        ("unattributed-claim", "About 600 soldiers"),
        ("unattributed-claim", "42,000 households"),
        ("unattributed-claim", "£25m"),
        ("conflicting-figure", "24,000 households"),
        ("conflicting-figure", "2,800 homes"),
    ]
    .iter()
    .map(|(c, t)| (c.to_string(), t.to_string()))
    .collect();
    assert_eq!(found, expected, "{}", out.stdout);
}
