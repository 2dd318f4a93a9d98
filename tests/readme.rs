//! The README cannot drift: every command and output shown in `README.md` and
//! `editors/README.md` is run or checked here.
//!
//! - `console` blocks: each `$ command` runs in bash (stdout and stderr together, as a
//!   terminal shows them) in a scratch folder holding the repository's `examples/` (and a
//!   `drafts/` copy of it), with the freshly built `copydesk` first on PATH. Its output must
//!   match the lines under it; a line `...` stands for any number of lines. The exit status
//!   must be 0 or 1 (findings): 2 is a usage, file or configuration error.
//! - Every `copydesk ...` command anywhere else (in `sh` and `yaml` blocks and in inline code)
//!   runs the same way and must not end in a usage error; a synopsis line
//!   (`copydesk check [--format ...] PATH...`) must name only flags `--help` lists.
//! - `cargo` commands must name a bench, example or test that exists; a script must exist and
//!   pass `bash -n`; `json` blocks that look like `copydesk.json` must load; the Action's
//!   `with:` keys must be inputs of `action.yml`, and the pre-commit hook id must be in
//!   `.pre-commit-hooks.yaml`.
//! - Anything else that looks like a command (installers, `git`, editors) must be on the
//!   [`NOT_RUN`] list, with the reason it is not run here: a new kind of command fails the
//!   test until someone decides how to check it.

use std::path::{Path, PathBuf};
use std::process::Command;

use copydesk::analysis::Config;

/// Commands the documentation shows that this test does not run, and why.
const NOT_RUN: &[(&str, &str)] = &[
    (
        "cargo install",
        "installs into the user's cargo home; CI builds the same sources",
    ),
    ("cargo build", "CI builds the release binary itself"),
    ("cargo test", "this test is part of it"),
    (
        "cargo check",
        "named for the Zed extension, a crate of its own built by Zed",
    ),
    ("cargo clippy", "CI runs it over the whole workspace"),
    ("apt install", "system packages"),
    ("apt-get", "system packages"),
    ("hx --health", "Helix is not installed here"),
    (
        "vim.lsp",
        "Lua inside Neovim, run by editors/nvim/test/e2e.sh",
    ),
];

/// A fenced code block: its language tag and lines, and where it starts.
struct Block {
    file: &'static str,
    line: usize,
    lang: String,
    lines: Vec<String>,
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(file: &str) -> String {
    std::fs::read_to_string(repo().join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// The fenced blocks of a Markdown file (indented fences too, their indent removed).
fn blocks(file: &'static str) -> Vec<Block> {
    let text = read(file);
    let mut out = Vec::new();
    let mut open: Option<(usize, Block)> = None;
    for (n, raw) in text.lines().enumerate() {
        let indent = raw.len() - raw.trim_start().len();
        let line = raw.trim_start();
        match &mut open {
            None if line.starts_with("```") => {
                let block = Block {
                    file,
                    line: n + 1,
                    lang: line.trim_start_matches('`').trim().to_string(),
                    lines: Vec::new(),
                };
                open = Some((indent, block));
            }
            None => {}
            Some(_) if line.starts_with("```") => {
                if let Some((_, block)) = open.take() {
                    out.push(block);
                }
            }
            Some((indent, block)) => {
                let cut = raw.len().min(*indent);
                let stripped = if raw[..cut].trim().is_empty() {
                    &raw[cut..]
                } else {
                    raw
                };
                block.lines.push(stripped.to_string());
            }
        }
    }
    out
}

/// Inline code spans (`like this`) of a Markdown file, outside fenced blocks.
fn inline_code(file: &str) -> Vec<String> {
    let mut spans = Vec::new();
    let mut fenced = false;
    for line in read(file).lines() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
            continue;
        }
        if fenced {
            continue;
        }
        let parts: Vec<&str> = line.split('`').collect();
        spans.extend(parts.iter().skip(1).step_by(2).map(|s| s.to_string()));
    }
    spans
}

/// A scratch folder with `examples/` and `drafts/` for the commands to read.
fn scratch() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("scratch folder");
    for folder in ["examples", "drafts"] {
        std::fs::create_dir_all(dir.path().join(folder)).expect("mkdir");
        std::fs::copy(
            repo().join("examples/draft.md"),
            dir.path().join(folder).join("draft.md"),
        )
        .expect("copy the example");
    }
    // The desk's ledger example: two dated drafts of one story.
    std::fs::create_dir_all(dir.path().join("examples/ledger")).expect("mkdir");
    for draft in ["losses.md", "2022-03-26-losses.md"] {
        std::fs::copy(
            repo().join("examples/ledger").join(draft),
            dir.path().join("examples/ledger").join(draft),
        )
        .expect("copy the ledger example");
    }
    dir
}

/// Runs `command` in bash in `dir`; returns its exit status and its output (both streams).
fn sh(dir: &Path, command: &str) -> (i32, String) {
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_copydesk"));
    let bin_dir = bin.parent().map(Path::to_path_buf).unwrap_or_default();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let output = Command::new("bash")
        .arg("-c")
        .arg(format!("{command} 2>&1"))
        .current_dir(dir)
        .stdin(std::process::Stdio::null())
        .env("PATH", path)
        .env_remove("COLUMNS")
        .env_remove("NO_COLOR")
        .output()
        .expect("run bash");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
    )
}

/// True when `actual` matches `expected`, a line `...` matching any number of lines.
fn matches(expected: &[String], actual: &[&str]) -> bool {
    match expected.split_first() {
        None => actual.is_empty(),
        Some((first, rest)) if first.trim() == "..." => {
            (0..=actual.len()).any(|skip| matches(rest, &actual[skip..]))
        }
        Some((first, rest)) => actual
            .split_first()
            .is_some_and(|(line, more)| line.trim_end() == first.trim_end() && matches(rest, more)),
    }
}

#[test]
fn console_blocks_print_what_they_show() {
    let dir = scratch();
    let mut ran = 0;
    for block in ["README.md", "editors/README.md"]
        .into_iter()
        .flat_map(blocks)
        .filter(|b| b.lang == "console")
    {
        let mut commands: Vec<(String, Vec<String>)> = Vec::new();
        for line in &block.lines {
            match line.strip_prefix("$ ") {
                Some(command) => commands.push((command.to_string(), Vec::new())),
                None => match commands.last_mut() {
                    Some((_, expected)) => expected.push(line.clone()),
                    None => panic!("{}:{}: output before any $ command", block.file, block.line),
                },
            }
        }
        for (command, expected) in commands {
            let (status, output) = sh(dir.path(), &command);
            let actual: Vec<&str> = output.lines().collect();
            assert!(
                status == 0 || status == 1,
                "{}:{}: `{command}` exited {status}:\n{output}",
                block.file,
                block.line
            );
            assert!(
                matches(&expected, &actual),
                "{}:{}: `{command}` printed\n{output}\nbut the README shows\n{}",
                block.file,
                block.line,
                expected.join("\n")
            );
            ran += 1;
        }
    }
    assert!(ran >= 2, "the READMEs show at least two console commands");
}

/// Every command-like line of the documentation, with where it is shown.
fn shown_commands() -> Vec<(String, String)> {
    let mut found = Vec::new();
    for file in ["README.md", "editors/README.md"] {
        for block in blocks(file) {
            let at = format!("{}:{}", block.file, block.line);
            let lines: Vec<String> = match block.lang.as_str() {
                "sh" | "bash" | "" => block.lines.clone(),
                // Commands inside CI files: after `- ` in a script list, or `run:`.
                "yaml" | "yml" => block
                    .lines
                    .iter()
                    .filter_map(|l| {
                        let l = l.trim_start().trim_start_matches("- ");
                        let l = l.strip_prefix("run:").map(str::trim).unwrap_or(l);
                        (l.starts_with("copydesk ") || l.starts_with("cargo "))
                            .then(|| l.to_string())
                    })
                    .collect(),
                _ => Vec::new(),
            };
            for line in lines {
                let command = line.split(" # ").next().unwrap_or("").trim().to_string();
                if !command.is_empty() && !command.starts_with('#') {
                    found.push((command, at.clone()));
                }
            }
        }
        for span in inline_code(file) {
            if span.starts_with("copydesk ")
                || span.starts_with("bash ")
                || span.starts_with("cargo ")
            {
                found.push((span, format!("{file} (inline)")));
            }
        }
    }
    found
}

#[test]
fn every_shown_command_runs_or_names_something_that_exists() {
    let dir = scratch();
    let cargo_toml = read("Cargo.toml");
    let mut checked = 0;
    for (command, at) in shown_commands() {
        let command = command.trim_end_matches(" || true").to_string();
        let words: Vec<&str> = command.split_whitespace().collect();
        if command.contains('[') && words.first() == Some(&"copydesk") {
            synopsis(&command, &at);
        } else if words.first() == Some(&"copydesk")
            && words.len() == 2
            && !words[1].starts_with('-')
        {
            // `copydesk check` named in a sentence: the subcommand exists.
            let (status, output) = sh(dir.path(), &format!("{command} --help"));
            assert!(
                status == 0 || status == 1,
                "{at}: `{command} --help` exited {status}:\n{output}"
            );
        } else if words.first() == Some(&"copydesk") {
            let placeholder = words
                .iter()
                .any(|w| w.chars().all(|c| c.is_ascii_uppercase() || c == '.') && w.len() > 2);
            if placeholder {
                // `copydesk check FILE`: a form, not a command; its flags must exist.
                synopsis(&command, &at);
            } else {
                let (status, output) = sh(dir.path(), &command);
                assert!(
                    status == 0 || status == 1,
                    "{at}: `{command}` exited {status}:\n{output}"
                );
            }
        } else if let Some(rest) = command.strip_prefix("cargo ") {
            if !NOT_RUN
                .iter()
                .any(|(prefix, _)| command.starts_with(prefix))
            {
                cargo_target(rest, &cargo_toml, &at);
            }
        } else if let Some(script) = script_of(&words) {
            let path = repo().join(script);
            assert!(path.is_file(), "{at}: {script} does not exist");
            let ok = Command::new("bash")
                .arg("-n")
                .arg(&path)
                .status()
                .is_ok_and(|s| s.success());
            assert!(ok, "{at}: {script} does not parse");
        } else {
            assert!(
                NOT_RUN
                    .iter()
                    .any(|(prefix, _)| command.starts_with(prefix)),
                "{at}: `{command}` is shown but neither run nor checked: run it here, or add it \
                 to NOT_RUN with the reason"
            );
        }
        checked += 1;
    }
    assert!(checked >= 15, "only {checked} commands found");
}

/// The script a command runs (`bash x.sh ...`, `benches/x.sh`, `ci/check.sh`), if any.
fn script_of<'a>(words: &[&'a str]) -> Option<&'a str> {
    let first = *words.first()?;
    let script = if first == "bash" {
        *words.get(1)?
    } else {
        first
    };
    script.ends_with(".sh").then_some(script)
}

/// `cargo bench --bench X`, `cargo run --example X`, `cargo test --test X`: X exists.
fn cargo_target(rest: &str, cargo_toml: &str, at: &str) {
    let words: Vec<&str> = rest.split_whitespace().collect();
    for (flag, folder) in [
        ("--bench", "benches"),
        ("--example", "examples"),
        ("--test", "tests"),
    ] {
        if let Some(i) = words.iter().position(|w| *w == flag) {
            let name = words.get(i + 1).copied().unwrap_or_default();
            let file = repo().join(folder).join(format!("{name}.rs"));
            assert!(file.is_file(), "{at}: cargo {rest}: no {}", file.display());
            if flag == "--bench" {
                assert!(
                    cargo_toml.contains(&format!("name = \"{name}\"")),
                    "{at}: {name} is not a [[bench]]"
                );
            }
            return;
        }
    }
    panic!("{at}: `cargo {rest}` is neither run nor checked");
}

/// A synopsis (`copydesk check [--format human|json] PATH...`): each flag is in `--help`.
fn synopsis(line: &str, at: &str) {
    let words: Vec<&str> = line.split_whitespace().collect();
    let sub = words.get(1).copied().unwrap_or("--help");
    let (_, help) = sh(&repo(), &format!("copydesk {sub} --help"));
    for word in &words {
        let flag = word.trim_matches(|c| c == '[' || c == ']');
        let flag = flag.split(['=', '|']).next().unwrap_or("");
        if flag.starts_with("--") {
            assert!(
                help.contains(flag),
                "{at}: `{line}` names {flag}, which `copydesk {sub} --help` lacks"
            );
        }
    }
}

#[test]
fn configuration_examples_load() {
    let mut loaded = 0;
    for block in ["README.md", "editors/README.md"]
        .into_iter()
        .flat_map(blocks)
        .filter(|b| b.lang == "json")
    {
        let text = block.lines.join("\n");
        if text.contains("\"severity\"") || text.contains("\"sources\"") {
            if let Err(err) = Config::from_json(&text) {
                panic!(
                    "{}:{}: the example copydesk.json does not load: {err:?}",
                    block.file, block.line
                );
            }
            loaded += 1;
        }
    }
    assert!(loaded >= 1);
}

#[test]
fn the_action_and_hook_the_readme_shows_exist() {
    let action = read("action.yml");
    let hooks = read(".pre-commit-hooks.yaml");
    let inputs: Vec<String> = action
        .split("\ninputs:\n")
        .nth(1)
        .and_then(|rest| rest.split("\nruns:").next())
        .unwrap_or_default()
        .lines()
        .filter(|l| l.starts_with("  ") && !l.starts_with("   ") && l.trim_end().ends_with(':'))
        .map(|l| l.trim().trim_end_matches(':').to_string())
        .collect();
    assert_eq!(inputs, ["paths", "config", "fail-on", "version"]);
    for block in blocks("README.md").iter().filter(|b| b.lang == "yaml") {
        let text = block.lines.join("\n");
        if text.contains("uses: copydesk/copydesk") {
            let with = text.split("with:").nth(1).unwrap_or_default();
            for line in with.lines().filter(|l| l.contains(':')) {
                let key = line.trim().split(':').next().unwrap_or_default();
                assert!(
                    inputs.iter().any(|i| i == key),
                    "README.md:{}: `{key}` is not an input",
                    block.line
                );
            }
        }
        for line in text.lines().filter(|l| l.trim_start().starts_with("- id:")) {
            let id = line.trim().trim_start_matches("- id:").trim();
            assert!(
                hooks.contains(&format!("- id: {id}\n")),
                "README.md:{}: no hook {id}",
                block.line
            );
        }
    }
}
