//! The engine's architecture, checked: the stages of `src/analysis/` import only earlier
//! stages (tests aside), and no file or function outgrows what a reader takes in.

use std::path::{Path, PathBuf};

/// The stages in pipeline order: a stage may import itself and the stages before it.
const STAGES: [&str; 6] = [
    "rules",
    "text",
    "figures",
    "attribution",
    "subjects",
    "findings",
];

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The file's code before its `#[cfg(test)]` module: what the limits and imports are about.
fn code_of(text: &str) -> &str {
    text.find("\n#[cfg(test)]").map_or(text, |at| &text[..at])
}

fn analysis_files() -> Vec<PathBuf> {
    let mut out = Vec::new();
    files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/analysis"),
        &mut out,
    );
    out.sort();
    out
}

/// A file that holds only a stage's tests (`tests.rs`, `pairs_tests.rs`): tests may drive the
/// whole engine.
fn is_test_file(path: &Path) -> bool {
    path.file_stem()
        .and_then(|s| s.to_str())
        .is_some_and(|s| s == "tests" || s.ends_with("_tests"))
}

fn stage_of(path: &Path) -> Option<usize> {
    let rel = path
        .strip_prefix(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/analysis"))
        .ok()?;
    let first = rel.components().next()?.as_os_str().to_str()?;
    STAGES.iter().position(|s| *s == first)
}

#[test]
fn no_stage_imports_a_later_stage() {
    let mut wrong = Vec::new();
    for path in analysis_files().into_iter().filter(|p| !is_test_file(p)) {
        let Some(stage) = stage_of(&path) else {
            continue;
        };
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        for (n, line) in code_of(&text).lines().enumerate() {
            for (later, name) in STAGES.iter().enumerate().skip(stage + 1) {
                if line.contains(&format!("crate::analysis::{name}"))
                    && !line.trim_start().starts_with("//")
                {
                    wrong.push(format!(
                        "{}:{}: {} imports {name}",
                        path.display(),
                        n + 1,
                        STAGES[stage]
                    ));
                }
                let _ = later;
            }
        }
    }
    assert!(wrong.is_empty(), "stage cycles:\n{}", wrong.join("\n"));
}

/// Lines of code: not blank, not a comment.
fn lines_of_code(text: &str) -> usize {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("//"))
        .count()
}

/// Limits the issue sets for the engine; files over them are listed, so the report says where
/// the work is. None may be over them.
#[test]
fn engine_files_and_functions_stay_readable() {
    const MAX_FILE: usize = 1_000;
    const MAX_FUNCTION: usize = 150;
    let mut over = Vec::new();
    for path in analysis_files().into_iter().filter(|p| !is_test_file(p)) {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let code = code_of(&text);
        let loc = lines_of_code(code);
        if loc > MAX_FILE {
            over.push(format!("{}: {loc} lines of code", path.display()));
        }
        let lines: Vec<&str> = code.lines().collect();
        let mut k = 0;
        while k < lines.len() {
            let line = lines[k];
            let trimmed = line.trim_start();
            let indent = line.len() - trimmed.len();
            let is_fn = trimmed.starts_with("fn ")
                || trimmed.starts_with("pub fn ")
                || trimmed.starts_with("pub(crate) fn ")
                || trimmed.starts_with("pub(super) fn ");
            if is_fn && !trimmed.ends_with(';') {
                let close = format!("{}}}", " ".repeat(indent));
                let end = (k + 1..lines.len())
                    .find(|&j| lines[j] == close)
                    .unwrap_or(k);
                let body = lines_of_code(&lines[k..=end].join("\n"));
                if body > MAX_FUNCTION {
                    over.push(format!(
                        "{}:{}: a function of {body} lines",
                        path.display(),
                        k + 1
                    ));
                }
                k = end + 1;
            } else {
                k += 1;
            }
        }
    }
    for line in &over {
        eprintln!("over the limit: {line}");
    }
    // The engine has been split file by file down to none over the limits: it stays so.
    assert!(
        over.is_empty(),
        "{} files or functions over the limits (at most 0):\n{}",
        over.len(),
        over.join("\n")
    );
}
