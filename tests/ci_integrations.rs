//! The desk's CI in one line: the GitHub Action's check step (`ci/check.sh`, which
//! `action.yml` runs) with each `fail-on`, a config and several paths, and the pre-commit
//! hook's entry as pre-commit calls it (the staged files as arguments).

use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `bash ci/check.sh` in `dir` with the built copydesk first on PATH and `env` set.
fn check_step(dir: &Path, env: &[(&str, &str)]) -> (i32, String) {
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_copydesk"));
    let path = format!(
        "{}:{}",
        bin.parent()
            .map(Path::to_path_buf)
            .unwrap_or_default()
            .display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut command = Command::new("bash");
    command
        .arg(repo().join("ci/check.sh"))
        .current_dir(dir)
        .env("PATH", path)
        .env_remove("COPYDESK_PATHS")
        .env_remove("COPYDESK_CONFIG")
        .env_remove("COPYDESK_FAIL_ON")
        .env_remove("COPYDESK_FORMAT");
    for (key, value) in env {
        command.env(key, value);
    }
    let output = command.output().expect("run ci/check.sh");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned()
            + &String::from_utf8_lossy(&output.stderr),
    )
}

fn desk() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(dir.path().join("drafts")).expect("mkdir");
    std::fs::write(dir.path().join("drafts/a.md"), "Russia lost 300 tanks.\n").expect("write");
    std::fs::write(
        dir.path().join("drafts/b.md"),
        "The ministry said 20 jets were lost.\n",
    )
    .expect("write");
    std::fs::write(
        dir.path().join("clean.md"),
        "The ministry said 4 ships sank.\n",
    )
    .expect("write");
    dir
}

#[test]
fn the_check_step_annotates_and_fails_on_warnings_by_default() {
    let dir = desk();
    let (status, out) = check_step(dir.path(), &[("COPYDESK_PATHS", "drafts/")]);
    assert_eq!(status, 1, "{out}");
    assert!(
        out.contains("::warning file=drafts/a.md,line=1,col=13"),
        "{out}"
    );
}

#[test]
fn fail_on_error_and_never_change_only_the_status() {
    let dir = desk();
    let (status, out) = check_step(
        dir.path(),
        &[
            ("COPYDESK_PATHS", "drafts/a.md\nclean.md"),
            ("COPYDESK_FAIL_ON", "error"),
        ],
    );
    assert_eq!(status, 0, "warnings do not fail with fail-on: error: {out}");
    assert!(out.contains("::warning "), "{out}");
    let (status, _) = check_step(
        dir.path(),
        &[("COPYDESK_PATHS", "drafts"), ("COPYDESK_FAIL_ON", "never")],
    );
    assert_eq!(status, 0);
    std::fs::write(
        dir.path().join("strict.json"),
        r#"{"severity": {"unattributed-claim": "error"}}"#,
    )
    .expect("write");
    let (status, out) = check_step(
        dir.path(),
        &[
            ("COPYDESK_PATHS", "drafts"),
            ("COPYDESK_CONFIG", "strict.json"),
            ("COPYDESK_FAIL_ON", "error"),
        ],
    );
    assert_eq!(status, 1, "{out}");
    assert!(out.contains("::error file=drafts/a.md"), "{out}");
}

#[test]
fn errors_always_fail_and_a_bad_fail_on_is_refused() {
    let dir = desk();
    let (status, out) = check_step(
        dir.path(),
        &[
            ("COPYDESK_PATHS", "missing.md"),
            ("COPYDESK_FAIL_ON", "never"),
        ],
    );
    assert_eq!(status, 2, "{out}");
    let (status, out) = check_step(dir.path(), &[("COPYDESK_FAIL_ON", "sometimes")]);
    assert_eq!(status, 2, "{out}");
    assert!(out.contains("fail-on must be"), "{out}");
}

#[test]
fn the_action_installs_from_its_own_repository_or_a_version_and_runs_the_check_step() {
    let action = std::fs::read_to_string(repo().join("action.yml")).expect("action.yml");
    assert!(action.contains("using: composite"));
    assert!(action.contains("bash \"$GITHUB_ACTION_PATH/ci/install.sh\""));
    assert!(action.contains("bash \"$GITHUB_ACTION_PATH/ci/check.sh\""));
    let install = std::fs::read_to_string(repo().join("ci/install.sh")).expect("install.sh");
    assert!(install.contains("cargo install --locked --path \"$repo\""));
    assert!(install.contains("cargo install --locked copydesk --version \"$COPYDESK_VERSION\""));
    for script in ["ci/install.sh", "ci/check.sh"] {
        let ok = Command::new("bash")
            .arg("-n")
            .arg(repo().join(script))
            .status()
            .is_ok_and(|s| s.success());
        assert!(ok, "{script} parses");
    }
}

#[test]
fn the_pre_commit_hook_checks_the_files_it_is_given() {
    let hooks = std::fs::read_to_string(repo().join(".pre-commit-hooks.yaml")).expect("hooks");
    assert!(hooks.contains("- id: copydesk\n"));
    assert!(hooks.contains("entry: copydesk check\n"));
    assert!(hooks.contains("language: rust\n"));
    assert!(hooks.contains("types_or: [markdown, plain-text]\n"));
    // pre-commit runs `entry` with the staged files appended.
    let dir = desk();
    let run = |files: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_copydesk"))
            .arg("check")
            .args(files)
            .current_dir(dir.path())
            .output()
            .map(|o| o.status.code().unwrap_or(-1))
            .unwrap_or(-1)
    };
    assert_eq!(
        run(&["drafts/a.md", "clean.md"]),
        1,
        "a finding fails the commit"
    );
    assert_eq!(run(&["clean.md", "drafts/b.md"]), 0, "clean files pass");
}
