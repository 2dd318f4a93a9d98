//! The command line of `copydesk report`: the drafts, where the page goes, and the same
//! configuration and input flags as `copydesk check`.

use std::path::PathBuf;

use clap::Parser;
use clap::error::ErrorKind;

/// `copydesk report`: a fact-check sheet of the drafts as one HTML page.
#[derive(Debug, Parser)]
#[command(
    name = "copydesk report",
    bin_name = "copydesk report",
    version,
    about = "Write a fact-check sheet of the drafts: one self-contained HTML page with every \
             figure, who says so, and what is wrong, to read, print or attach to a ticket.",
    after_help = "Directories are walked for .md, .markdown and .txt files, respecting .gitignore.\n\
                  Configuration: --config FILE, else the nearest copydesk.json above each file.\n\
                  Exit status as for copydesk check: 0 nothing found, 1 findings reported \
                  (errors or warnings), 2 usage, file or configuration error (no page is written)."
)]
pub struct ReportArgs {
    /// Files and directories to report on; `-` reads standard input (Markdown unless
    /// --stdin-filename says otherwise).
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<PathBuf>,

    /// Write the page to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Use this configuration file for every draft instead of searching for copydesk.json.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// The name standard input stands for (sets its format and the name on the sheet).
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<PathBuf>,

    /// No note on standard error about the page written.
    #[arg(short, long)]
    pub quiet: bool,
}

/// The hint printed under a usage error.
pub const USAGE_HINT: &str =
    "usage: copydesk report [--output FILE] [--config FILE] PATH... (try 'copydesk report --help')";

/// Parses the arguments after `report`: `Ok(Some(args))` to run, `Ok(None)` when help or the
/// version was printed, `Err` with one line for a usage mistake.
pub fn parse(args: &[String]) -> Result<Option<ReportArgs>, String> {
    let argv = std::iter::once("copydesk report".to_string()).chain(args.iter().cloned());
    match ReportArgs::try_parse_from(argv) {
        Ok(parsed) => Ok(Some(parsed)),
        Err(err)
            if matches!(
                err.kind(),
                ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
            ) =>
        {
            // Printing help can only fail on a closed stdout, where nobody reads it anyway.
            let _ = err.print();
            Ok(None)
        }
        Err(err) if err.kind() == ErrorKind::MissingRequiredArgument => Err(
            "no PATH given: name the drafts or directories to report on, or - for standard input"
                .to_string(),
        ),
        Err(err) => Err(first_line(&err.render().to_string())),
    }
}

/// clap's message without its usage block: the first line, `error:` dropped.
fn first_line(rendered: &str) -> String {
    let line = rendered.lines().next().unwrap_or_default();
    line.strip_prefix("error:")
        .unwrap_or(line)
        .trim()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn output_is_optional_and_paths_are_required() {
        let Ok(Some(parsed)) = parse(&args(&["-o", "sheet.html", "a.md", "b.md"])) else {
            panic!("should parse");
        };
        assert_eq!(parsed.output, Some(PathBuf::from("sheet.html")));
        assert_eq!(parsed.paths.len(), 2);
        let missing = parse(&args(&["--output", "x.html"]))
            .err()
            .unwrap_or_default();
        assert!(missing.starts_with("no PATH given"), "{missing}");
    }

    #[test]
    fn a_bad_flag_is_one_line() {
        let message = parse(&args(&["--format", "json", "a.md"]))
            .err()
            .unwrap_or_default();
        assert!(message.contains("--format"), "{message}");
        assert!(!message.contains('\n'), "{message}");
    }
}
