//! The command line of `copydesk check`: its flags, their defaults, and how a usage mistake
//! is told to the user (one line naming the problem, then a usage hint; exit status 2).

use std::path::PathBuf;

use clap::error::ErrorKind;
use clap::{Parser, ValueEnum};

use crate::analysis::Code;

/// How findings are written to standard output.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Like a compiler: `path:line:col: warning[code]: message`, the line and a caret.
    #[default]
    Human,
    /// One JSON object: every figure and every diagnostic of every file.
    Json,
    /// SARIF 2.1.0, for code-scanning dashboards.
    Sarif,
    /// GitHub Actions workflow commands (`::warning file=...::message`).
    Github,
}

/// When the human format uses colour.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour when standard output is a terminal and `NO_COLOR` is unset.
    #[default]
    Auto,
    Always,
    Never,
}

/// `copydesk check`: the figures in news drafts, checked for attribution and consistency.
#[derive(Debug, Parser)]
#[command(
    name = "copydesk check",
    bin_name = "copydesk check",
    version,
    about = "Check the figures in news drafts: every numeric claim needs an attribution, \
             and a figure must not contradict an earlier one.",
    after_help = "Directories are walked for .md, .markdown and .txt files, respecting .gitignore; \
                  a file named explicitly is always checked.\n\
                  Configuration: --config FILE, else the nearest copydesk.json above each file.\n\
                  Exit status: 0 nothing found, 1 findings reported (errors or warnings), \
                  2 usage, file or configuration error."
)]
pub struct CheckArgs {
    /// Files and directories to check; `-` reads standard input (Markdown unless
    /// --stdin-filename says otherwise).
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t = OutputFormat::Human)]
    pub format: OutputFormat,

    /// Use this configuration file for every draft instead of searching for copydesk.json.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Report only findings with this code (repeatable, or comma-separated).
    #[arg(long, value_name = "CODE", value_parser = parse_code, value_delimiter = ',')]
    pub only: Vec<Code>,

    /// Do not report findings with this code (repeatable, or comma-separated).
    #[arg(long, value_name = "CODE", value_parser = parse_code, value_delimiter = ',')]
    pub skip: Vec<Code>,

    /// The name standard input stands for: it sets the format (.md is Markdown, anything
    /// else plain text), the name in the output and where copydesk.json is searched from.
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<PathBuf>,

    /// Print findings only: no summary line, nothing at all when the drafts are clean.
    #[arg(short, long)]
    pub quiet: bool,

    /// Under each finding of the human format, the ids of the rules that decided its figure
    /// (`copydesk rules ID` explains one).
    #[arg(long)]
    pub explain: bool,

    /// When to colour the human format.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// Check each draft alone: no ledger across the drafts given (by default a figure that
    /// contradicts one in an earlier-dated draft is a conflicting-figure).
    #[arg(long)]
    pub isolated: bool,
}

fn parse_code(name: &str) -> Result<Code, String> {
    Code::parse(name).ok_or_else(|| {
        format!(
            "unknown finding code (known: {})",
            Code::ALL.map(Code::as_str).join(", ")
        )
    })
}

/// What parsing the command line decided.
#[derive(Debug)]
pub enum Parsed {
    /// Check with these arguments.
    Check(CheckArgs),
    /// Help or version was asked for and has been printed: exit with this status.
    Done(i32),
}

/// The hint printed under a usage error.
pub const USAGE_HINT: &str = "usage: copydesk check [--format human|json|sarif|github] \
                              [--config FILE] PATH... (try 'copydesk check --help')";

/// Parses the arguments after `check`. Help and version are printed here; a usage mistake
/// comes back as the one-line description to print.
pub fn parse(args: &[String]) -> Result<Parsed, String> {
    let argv = std::iter::once("copydesk check".to_string()).chain(args.iter().cloned());
    match CheckArgs::try_parse_from(argv) {
        Ok(parsed) => Ok(Parsed::Check(parsed)),
        Err(err)
            if matches!(
                err.kind(),
                ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
            ) =>
        {
            // Printing help can only fail on a closed stdout, where nobody reads it anyway.
            let _ = err.print();
            Ok(Parsed::Done(0))
        }
        Err(err) => Err(describe(&err)),
    }
}

/// One line for a clap error: its first paragraph joined up, plus any tip.
fn describe(err: &clap::Error) -> String {
    if err.kind() == ErrorKind::MissingRequiredArgument {
        return "no PATH given: name the drafts or directories to check, or - for standard input"
            .to_string();
    }
    let rendered = err.render().to_string();
    let mut message = Vec::new();
    let mut tips = Vec::new();
    let mut in_first_paragraph = true;
    for line in rendered.lines() {
        let line = line.trim();
        if line.starts_with("Usage:") || line.starts_with("For more information") {
            break;
        }
        if let Some(tip) = line.strip_prefix("tip:") {
            // "a similar argument exists: '--format'" helps; clap's other tips are noise here.
            if tip.contains("similar") {
                tips.push(tip.trim().to_string());
            }
        } else if line.is_empty() {
            in_first_paragraph = message.is_empty();
        } else if in_first_paragraph {
            message.push(
                line.strip_prefix("error:")
                    .unwrap_or(line)
                    .trim()
                    .to_string(),
            );
        }
    }
    let mut line = message.join(" ");
    for tip in tips {
        line.push_str(&format!(" ({tip})"));
    }
    line
}

/// How `copydesk ledger` writes the ledger.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum LedgerFormat {
    /// A table per subject, for a desk editor to read or print.
    #[default]
    Human,
    /// `{"subjects": [{"subject", "mentions": [...]}]}`.
    Json,
    /// One row per mention, with the subject in the first column.
    Csv,
}

/// `copydesk ledger`: every claim of the drafts, grouped by subject, in date order.
#[derive(Debug, Parser)]
#[command(
    name = "copydesk ledger",
    bin_name = "copydesk ledger",
    version,
    about = "List every claim of the drafts, grouped by subject, in date order: where it is, \
             what it says, who says so, and whether it conflicts.",
    after_help = "Directories are walked for .md, .markdown and .txt files, respecting .gitignore. \
                  A draft's date comes from its front matter (date: 2022-03-19) or the start of \
                  its file name (2022-03-19-losses.md).\n\
                  Exit status: 0 listed, 2 usage, file or configuration error."
)]
pub struct LedgerArgs {
    /// Files and directories; `-` reads standard input as Markdown.
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t = LedgerFormat::Human)]
    pub format: LedgerFormat,

    /// Use this configuration file for every draft instead of searching for copydesk.json.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

/// The hint printed under a usage error of `copydesk ledger`.
pub const LEDGER_USAGE_HINT: &str = "usage: copydesk ledger [--format human|json|csv] \
                                     [--config FILE] PATH... (try 'copydesk ledger --help')";

/// Parses the arguments after `ledger`: `Ok(None)` when help or version was printed.
pub fn parse_ledger(args: &[String]) -> Result<Option<LedgerArgs>, String> {
    let argv = std::iter::once("copydesk ledger".to_string()).chain(args.iter().cloned());
    match LedgerArgs::try_parse_from(argv) {
        Ok(parsed) => Ok(Some(parsed)),
        Err(err)
            if matches!(
                err.kind(),
                ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
            ) =>
        {
            let _ = err.print();
            Ok(None)
        }
        Err(err) => Err(describe(&err)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn defaults_are_human_and_auto_colour() {
        let Ok(Parsed::Check(parsed)) = parse(&args(&["draft.md"])) else {
            panic!("draft.md should parse");
        };
        assert_eq!(parsed.format, OutputFormat::Human);
        assert_eq!(parsed.color, ColorChoice::Auto);
        assert_eq!(parsed.paths, vec![PathBuf::from("draft.md")]);
    }

    #[test]
    fn codes_can_be_repeated_or_comma_separated() {
        let Ok(Parsed::Check(parsed)) = parse(&args(&[
            "--only",
            "unattributed-claim,conflicting-figure",
            "--skip",
            "vague-source",
            "-",
        ])) else {
            panic!("codes should parse");
        };
        assert_eq!(
            parsed.only,
            vec![Code::UnattributedClaim, Code::ConflictingFigure]
        );
        assert_eq!(parsed.skip, vec![Code::VagueSource]);
    }

    #[test]
    fn unknown_code_is_one_line_naming_it() {
        let message = parse(&args(&["--only", "typo", "a.md"]))
            .err()
            .unwrap_or_default();
        assert!(message.contains("typo"), "{message}");
        assert!(message.contains("unattributed-claim"), "{message}");
        assert!(!message.contains('\n'), "{message}");
    }

    #[test]
    fn bad_flag_is_one_line_naming_it() {
        let message = parse(&args(&["--bogus", "a.md"])).err().unwrap_or_default();
        assert!(message.contains("--bogus"), "{message}");
        assert!(!message.contains('\n'), "{message}");
    }

    #[test]
    fn missing_path_says_so() {
        let message = parse(&args(&["--format", "json"]))
            .err()
            .unwrap_or_default();
        assert!(message.starts_with("no PATH given"), "{message}");
    }

    #[test]
    fn ledger_takes_paths_a_format_and_a_config() {
        let Ok(Some(parsed)) = parse_ledger(&args(&["--format", "csv", "drafts"])) else {
            panic!("ledger arguments should parse");
        };
        assert_eq!(parsed.format, LedgerFormat::Csv);
        assert_eq!(parsed.paths, vec![PathBuf::from("drafts")]);
        let message = parse_ledger(&args(&["--format", "sarif", "drafts"]))
            .err()
            .unwrap_or_default();
        assert!(message.contains("csv"), "{message}");
    }

    #[test]
    fn isolated_checks_each_draft_alone() {
        let Ok(Parsed::Check(parsed)) = parse(&args(&["--isolated", "a.md", "b.md"])) else {
            panic!("--isolated should parse");
        };
        assert!(parsed.isolated);
    }

    #[test]
    fn bad_format_lists_the_possible_values() {
        let message = parse(&args(&["--format", "xml", "a.md"]))
            .err()
            .unwrap_or_default();
        assert!(
            message.contains("xml") && message.contains("sarif"),
            "{message}"
        );
        assert!(!message.contains('\n'), "{message}");
    }
}
