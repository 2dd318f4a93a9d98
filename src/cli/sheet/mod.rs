//! `copydesk report`: the fact-check sheet of the drafts as one HTML page, on standard output
//! or in `--output FILE`. The drafts are found, read and analysed as `copydesk check` does
//! ([`super::analyse_drafts`]); the page itself is [`crate::sheet`]'s.
//!
//! Not to be confused with [`super::report`], which holds one `check` run's results.

pub mod args;

use std::io::{self, Write};
use std::path::Path;

use super::report::{CheckedFile, CodeFilter, Summary};
use super::{EXIT_ERROR, EXIT_FINDINGS, Inputs, analyse_drafts};
use crate::sheet::{DraftSheet, Sheet, render};
use args::{ReportArgs, USAGE_HINT};

/// Runs `copydesk report` with the arguments after `report`; returns the exit code.
pub fn run(args: &[String]) -> i32 {
    let args = match args::parse(args) {
        Ok(Some(args)) => args,
        Ok(None) => return 0,
        Err(message) => {
            eprintln!("copydesk report: {message}");
            eprintln!("{USAGE_HINT}");
            return EXIT_ERROR;
        }
    };
    match report(&args) {
        Ok(code) => code,
        Err(lines) => {
            for line in lines {
                eprintln!("{line}");
            }
            EXIT_ERROR
        }
    }
}

fn report(args: &ReportArgs) -> Result<i32, Vec<String>> {
    let inputs = Inputs {
        paths: &args.paths,
        stdin_filename: args.stdin_filename.as_deref(),
        config: args.config.as_deref(),
        quiet: args.quiet,
        isolated: false,
    };
    let files = analyse_drafts(&inputs, &CodeFilter::default())?;
    let summary = Summary::of(&files);
    let page = render(&sheet_of(&files));
    match &args.output {
        Some(path) => {
            write_file(path, &page)?;
            if !args.quiet {
                eprintln!("{}: {}", path.display(), summary.sentence());
            }
        }
        None => write_stdout(&page)?,
    }
    Ok(if summary.exit_code() == 0 {
        0
    } else {
        EXIT_FINDINGS
    })
}

/// The sheet of the checked drafts, in the order given.
pub fn sheet_of(files: &[CheckedFile]) -> Sheet {
    Sheet::new(
        files
            .iter()
            .map(|f| DraftSheet::new(f.name.clone(), f.text.clone(), &f.analysis))
            .collect(),
    )
}

/// Writes the page next to `path` and renames it into place, so a failed run never leaves
/// half a page where the last good one was.
fn write_file(path: &Path, page: &str) -> Result<(), Vec<String>> {
    let fail = |err: io::Error| vec![format!("{}: cannot write the sheet: {err}", path.display())];
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    let Some(name) = name else {
        return Err(vec![format!("{}: not a file name", path.display())]);
    };
    let partial = path.with_file_name(format!(".{name}.partial"));
    std::fs::write(&partial, page).map_err(fail)?;
    std::fs::rename(&partial, path).map_err(|err| {
        let _ = std::fs::remove_file(&partial);
        fail(err)
    })
}

fn write_stdout(page: &str) -> Result<(), Vec<String>> {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    match out.write_all(page.as_bytes()).and_then(|()| out.flush()) {
        // A reader that stopped early (`| head`) got what it wanted.
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(err) => Err(vec![format!(
            "copydesk report: cannot write the sheet: {err}"
        )]),
        Ok(()) => Ok(()),
    }
}
