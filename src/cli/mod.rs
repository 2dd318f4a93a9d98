//! `copydesk check`: files and directories in, human / JSON / SARIF / GitHub output out; and
//! `copydesk report` ([`sheet`]): the same drafts as a fact-check sheet in HTML.
//!
//! [`args`] parses the command line, [`inputs`] finds and reads the drafts, [`config_file`]
//! finds each draft's `copydesk.json`, the engine ([`crate::analysis`]) analyses the drafts in
//! parallel, [`report`] gathers the results in a stable order and [`format`] writes them.
//!
//! Exit status: 0 when nothing is reported, 1 when a finding at severity error or warning is
//! reported (information and hints are shown but do not fail a run), 2 on a usage, file or
//! configuration error. Errors are one line on standard error naming the file and the
//! problem; standard output then stays empty.

pub mod args;
pub mod config_file;
pub mod desk;
pub mod format;
pub mod inputs;
pub mod ledger;
pub mod report;
pub mod rules;
pub mod sheet;

use std::cell::{Cell, RefCell};
use std::io::{self, IsTerminal, Write};
use std::panic::{self, AssertUnwindSafe};
use std::sync::Arc;

use rayon::prelude::*;

use crate::analysis::{Analysis, analyze};
use args::{CheckArgs, ColorChoice, Parsed, USAGE_HINT};
use config_file::{ConfigFinder, ProjectConfig};
use format::HumanOptions;
use inputs::{Draft, DraftPath, InputError};
use report::{CheckedFile, CodeFilter, Summary};

/// Exit status when findings are reported.
pub const EXIT_FINDINGS: i32 = 1;
/// Exit status for a usage, file or configuration error.
pub const EXIT_ERROR: i32 = 2;

/// The width long source lines are trimmed to when `COLUMNS` does not say.
const DEFAULT_WIDTH: usize = 140;

/// Runs `copydesk check` with the arguments after `check`; returns the process exit code.
pub fn run(args: &[String]) -> i32 {
    let args = match args::parse(args) {
        Ok(Parsed::Check(args)) => args,
        Ok(Parsed::Done(code)) => return code,
        Err(message) => {
            eprintln!("copydesk check: {message}");
            eprintln!("{USAGE_HINT}");
            return EXIT_ERROR;
        }
    };
    match check(&args) {
        Ok(code) => code,
        Err(lines) => {
            for line in lines {
                eprintln!("{line}");
            }
            EXIT_ERROR
        }
    }
}

/// Everything after parsing; `Err` holds the error lines for standard error.
fn check(args: &CheckArgs) -> Result<i32, Vec<String>> {
    let inputs = Inputs {
        paths: &args.paths,
        stdin_filename: args.stdin_filename.as_deref(),
        config: args.config.as_deref(),
        quiet: args.quiet,
        isolated: args.isolated,
    };
    let filter = CodeFilter {
        only: args.only.clone(),
        skip: args.skip.clone(),
    };
    let files = analyse_drafts(&inputs, &filter)?;
    let summary = Summary::of(&files);
    let human = HumanOptions {
        color: use_color(args.color),
        quiet: args.quiet,
        width: width(),
        explain: args.explain,
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let written =
        format::write(args.format, &files, &summary, human, &mut out).and_then(|()| out.flush());
    // The process ends next: the drafts' analyses (tens of thousands of figures, each with
    // its strings, for a draft of megabytes) are left to the exit rather than freed one by
    // one.
    std::mem::forget(files);
    match written {
        // A reader that stopped early (`| head`) got what it wanted.
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => {}
        Err(err) => {
            return Err(vec![format!(
                "copydesk check: cannot write the report: {err}"
            )]);
        }
        Ok(()) => {}
    }
    Ok(if summary.exit_code() == 0 {
        0
    } else {
        EXIT_FINDINGS
    })
}

/// What a run reads: the paths and standard input's name, and the configuration to use.
pub struct Inputs<'a> {
    pub paths: &'a [std::path::PathBuf],
    pub stdin_filename: Option<&'a std::path::Path>,
    /// `--config`: one file for every draft instead of the nearest `copydesk.json`.
    pub config: Option<&'a std::path::Path>,
    /// No notes on standard error about skipped drafts.
    pub quiet: bool,
    /// Each draft alone: no ledger across the drafts (`--isolated`).
    pub isolated: bool,
}

/// Finds, reads and analyses the drafts (in parallel), each with its configuration and date,
/// then checks them against each other as one desk's ledger (unless `isolated`); findings
/// `filter` rejects are dropped. `Err` holds the lines for standard error: every input that
/// could not be read, or the configuration error.
pub fn analyse_drafts(
    inputs: &Inputs<'_>,
    filter: &CodeFilter,
) -> Result<Vec<CheckedFile>, Vec<String>> {
    let analysed = analyse(inputs)?;
    let mut files = Vec::with_capacity(analysed.len());
    let mut configs = Vec::with_capacity(analysed.len());
    for (draft, analysis, config) in analysed {
        files.push(checked(draft, analysis, filter));
        configs.push(config);
    }
    if !inputs.isolated {
        desk::cross_check(&mut files, &configs, filter);
    }
    Ok(files)
}

/// A draft read and analysed, as a run reports it: dated, findings filtered.
fn checked(draft: Draft, analysis: Analysis, filter: &CodeFilter) -> CheckedFile {
    let date = crate::analysis::draft_date::draft_date(
        &draft.text,
        draft.path.format,
        draft
            .path
            .path_for_lookup
            .as_deref()
            .and_then(|p| p.file_name())
            .and_then(|n| n.to_str()),
    );
    let mut file = CheckedFile::new(draft.path.name, draft.text, analysis, filter);
    file.format = draft.path.format;
    file.date = date;
    file
}

/// A draft read and analysed, with its configuration.
type Analysed = (Draft, Analysis, Arc<ProjectConfig>);

/// The drafts `inputs` name, read and analysed in parallel, each with its configuration, in
/// the order given (directories' files sorted); drafts the configuration skips are left out.
/// A warning goes to standard error for a draft that is not valid UTF-8. `Err` holds the
/// error lines for standard error.
fn analyse(inputs: &Inputs<'_>) -> Result<Vec<Analysed>, Vec<String>> {
    install_panic_hook();
    let drafts = inputs::collect(inputs.paths, inputs.stdin_filename).map_err(lines)?;
    let drafts = with_configs(drafts, inputs)?;
    let stdin = if drafts
        .iter()
        .any(|(d, _)| d.origin == inputs::Origin::Stdin)
    {
        inputs::read_stdin().map_err(|err| vec![err.to_string()])?
    } else {
        Vec::new()
    };
    let results: Vec<Result<Analysed, InputError>> = drafts
        .into_par_iter()
        .map(|(path, config)| {
            let draft = inputs::read(&path, &stdin)?;
            let analysis = analyze_caught(&draft, &config)?;
            Ok((draft, analysis, config))
        })
        .collect();
    let mut analysed = Vec::with_capacity(results.len());
    let mut errors = Vec::new();
    for result in results {
        match result {
            Ok(done) => {
                if let Some(at) = done.0.lossy_at {
                    eprintln!(
                        "{}: warning: not valid UTF-8 (first bad byte at offset {at}); checked \
                         with the undecodable bytes replaced by U+FFFD",
                        done.0.path.name
                    );
                }
                analysed.push(done);
            }
            Err(err) => errors.push(err.to_string()),
        }
    }
    if errors.is_empty() {
        Ok(analysed)
    } else {
        Err(errors)
    }
}

/// Pairs each draft with its configuration, dropping drafts the configuration skips.
fn with_configs(
    drafts: Vec<DraftPath>,
    inputs: &Inputs<'_>,
) -> Result<Vec<(DraftPath, Arc<ProjectConfig>)>, Vec<String>> {
    let mut finder = ConfigFinder::new(inputs.config).map_err(|e| vec![e.to_string()])?;
    let mut kept = Vec::with_capacity(drafts.len());
    for draft in drafts {
        let config = finder
            .for_draft(draft.path_for_lookup.as_deref())
            .map_err(|e| vec![e.to_string()])?;
        let skipped = draft
            .path_for_lookup
            .as_deref()
            .is_some_and(|p| config.skips(p));
        if !skipped {
            kept.push((draft, config));
        } else if draft.explicit && !inputs.quiet {
            let by = config
                .file
                .as_deref()
                .map_or_else(String::new, inputs::display_name);
            eprintln!("{}: skipped: matches a \"skip\" glob in {by}", draft.name);
        }
    }
    Ok(kept)
}

thread_local! {
    /// Set while this thread runs the engine, whose panics [`analyze_caught`] reports.
    static ANALYSING: Cell<bool> = const { Cell::new(false) };
    /// Where the engine last panicked on this thread.
    static PANIC_PLACE: RefCell<String> = const { RefCell::new(String::new()) };
}

/// A bug must not print a backtrace over a writer's terminal. Engine panics are caught per
/// draft and reported as one line naming the draft; any other panic is one line too.
fn install_panic_hook() {
    panic::set_hook(Box::new(|info| {
        let place = info
            .location()
            .map_or_else(String::new, |l| format!("{}:{}", l.file(), l.line()));
        if ANALYSING.with(Cell::get) {
            PANIC_PLACE.with(|p| *p.borrow_mut() = place);
        } else {
            let message = panic_message(info.payload());
            eprintln!("copydesk check: internal error at {place}: {message}; please report it");
        }
    }));
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    let message = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown cause".to_string());
    message.replace('\n', " ")
}

/// Analyses a draft; an engine panic becomes an error naming the draft.
fn analyze_caught(draft: &Draft, config: &ProjectConfig) -> Result<Analysis, InputError> {
    ANALYSING.with(|a| a.set(true));
    let result = panic::catch_unwind(AssertUnwindSafe(|| {
        analyze(&draft.text, draft.path.format, &config.config)
    }));
    ANALYSING.with(|a| a.set(false));
    result.map_err(|payload| {
        let place = PANIC_PLACE.with(|p| std::mem::take(&mut *p.borrow_mut()));
        InputError {
            name: draft.path.name.clone(),
            problem: format!(
                "internal error in the analysis ({} at {place}); please report it with this \
                 draft",
                panic_message(payload.as_ref())
            ),
        }
    })
}

fn lines(errors: Vec<InputError>) -> Vec<String> {
    errors.into_iter().map(|e| e.to_string()).collect()
}

/// Colour on a terminal unless `NO_COLOR` is set to something, or as `--color` says.
fn use_color(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
            !no_color && io::stdout().is_terminal()
        }
    }
}

fn width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|&c| c >= 40)
        .unwrap_or(DEFAULT_WIDTH)
}
