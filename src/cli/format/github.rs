//! The GitHub Actions format: one workflow command per finding
//! (`::warning file=...,line=...,col=...,endColumn=...,title=...::message`), which the runner
//! turns into annotations on the pull request.

use std::io::{self, Write};

use crate::analysis::{Finding, Severity};
use crate::cli::report::{CheckedFile, Elsewhere};

/// Writes one workflow command per finding.
pub fn write(files: &[CheckedFile], out: &mut dyn Write) -> io::Result<()> {
    for file in files {
        for (i, finding) in file.analysis.findings.iter().enumerate() {
            writeln!(out, "{}", command_with(file, finding, file.elsewhere_of(i)))?;
        }
    }
    Ok(())
}

/// The workflow command for one finding. GitHub accepts a column range only within one
/// line, and its `endColumn` is the last annotated column, so the range is inclusive.
pub fn command(file: &CheckedFile, finding: &Finding) -> String {
    command_with(file, finding, &[])
}

/// [`command`], naming the other drafts a finding points to (`elsewhere`) in its message:
/// an annotation has one file.
pub fn command_with(file: &CheckedFile, finding: &Finding, elsewhere: &[Elsewhere]) -> String {
    let region = file.region(finding.span);
    let mut properties = vec![
        ("file", file.name.clone()),
        ("line", region.line.to_string()),
    ];
    if region.line == region.end_line {
        properties.push(("col", region.column.to_string()));
        properties.push((
            "endColumn",
            region
                .end_column
                .saturating_sub(1)
                .max(region.column)
                .to_string(),
        ));
    } else {
        properties.push(("endLine", region.end_line.to_string()));
    }
    properties.push(("title", format!("copydesk {}", finding.code)));
    let properties: Vec<String> = properties
        .into_iter()
        .map(|(key, value)| format!("{key}={}", escape_property(&value)))
        .collect();
    let mut message = finding.message.clone();
    for related in &finding.related {
        let line = file.line_of(related.span.start);
        message.push_str(&format!("\nline {line}: {}", related.message));
    }
    for other in elsewhere {
        message.push_str(&format!(
            "\n{} line {}: {}",
            other.path, other.region.line, other.message
        ));
    }
    format!(
        "::{} {}::{}",
        command_name(finding.severity),
        properties.join(","),
        escape_data(&message)
    )
}

fn command_name(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Information | Severity::Hint => "notice",
    }
}

/// Escapes a command's message: `%`, CR and LF.
pub fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a command property: as a message, plus `:` and `,`.
pub fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::report::tests::sample;

    #[test]
    fn one_command_per_finding_with_position_and_title() {
        let file = sample();
        let line = command(&file, &file.analysis.findings[0]);
        assert_eq!(
            line,
            "::warning file=news/draft.md,line=3,col=8,endColumn=16,title=copydesk unattributed-claim::\"400 tanks\" has no attribution: who says so?"
        );
    }

    #[test]
    fn related_figures_follow_on_escaped_lines() {
        let file = sample();
        let line = command(&file, &file.analysis.findings[1]);
        assert!(
            line.ends_with("on line 1%0Aline 1: the earlier figure: \"over 450 tanks\""),
            "{line}"
        );
        assert!(!line.contains('\n'));
    }

    #[test]
    fn escaping_follows_the_runner() {
        assert_eq!(escape_data("50% of\r\nall"), "50%25 of%0D%0Aall");
        assert_eq!(escape_property("a:b,c%"), "a%3Ab%2Cc%25");
    }

    #[test]
    fn file_names_with_commas_and_colons_are_escaped() {
        let mut file = sample();
        file.name = "a,b:c.md".into();
        let line = command(&file, &file.analysis.findings[0]);
        assert!(
            line.starts_with("::warning file=a%2Cb%3Ac.md,line=3,"),
            "{line}"
        );
    }
}
