//! The results of one run as every output format sees them: each checked draft with its text,
//! line index and analysis (findings already filtered by `--only` / `--skip`), the regions
//! findings and figures cover in 1-based lines and columns, the totals and the exit status.

use crate::analysis::draft_date::DraftDate;
use crate::analysis::text::lines::floor_char_boundary;
use crate::analysis::{Analysis, Code, Finding, Format, LineCol, LineIndex, Severity, Span};

/// One checked draft.
#[derive(Debug)]
pub struct CheckedFile {
    /// The path as given or walked (or the stdin name).
    pub name: String,
    pub text: String,
    pub format: Format,
    pub lines: LineIndex,
    pub analysis: Analysis,
    /// The draft's date, for the desk's ledger (front matter or file name).
    pub date: Option<DraftDate>,
    /// For each finding of `analysis`, the places in other drafts it points to (the earlier
    /// figure of a conflict across drafts).
    pub elsewhere: Vec<Vec<Elsewhere>>,
}

/// A place in another draft a finding points to: the earlier figure of a conflict across
/// drafts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Elsewhere {
    /// The other draft, as given on the command line or found in a folder.
    pub path: String,
    pub region: Region,
    pub message: String,
    /// The lines of the other draft holding the figure (without line breaks), for the
    /// human format, and the figure's bytes in them.
    pub excerpt: String,
    pub excerpt_span: std::ops::Range<usize>,
}

impl CheckedFile {
    /// A checked draft; findings whose code `filter` rejects are dropped.
    pub fn new(name: String, text: String, mut analysis: Analysis, filter: &CodeFilter) -> Self {
        analysis.findings.retain(|f| filter.keeps(f.code));
        let lines = LineIndex::new(&text);
        let format = Format::from_path(std::path::Path::new(&name));
        let elsewhere = vec![Vec::new(); analysis.findings.len()];
        CheckedFile {
            name,
            text,
            format,
            lines,
            analysis,
            date: None,
            elsewhere,
        }
    }

    /// The places in other drafts finding `index` points to.
    pub fn elsewhere_of(&self, index: usize) -> &[Elsewhere] {
        self.elsewhere.get(index).map_or(&[], Vec::as_slice)
    }

    /// Adds findings that point to other drafts, keeping the findings in order of place
    /// (then code), and each finding's places elsewhere beside it.
    pub fn add_findings(&mut self, found: Vec<(Finding, Vec<Elsewhere>)>) {
        if found.is_empty() {
            return;
        }
        let mut all: Vec<(Finding, Vec<Elsewhere>)> = std::mem::take(&mut self.analysis.findings)
            .into_iter()
            .zip(
                std::mem::take(&mut self.elsewhere)
                    .into_iter()
                    .chain(std::iter::repeat_with(Vec::new)),
            )
            .chain(found)
            .collect();
        all.sort_by_key(|(f, _)| (f.span.start, f.code));
        let (findings, elsewhere) = all.into_iter().unzip();
        self.analysis.findings = findings;
        self.elsewhere = elsewhere;
    }

    /// Keeps the first `cap` findings in document order and counts the rest as dropped: the
    /// engine's own cap (`maxDiagnostics`), applied again once findings that point to other
    /// drafts are added.
    pub fn cap_findings(&mut self, cap: usize) {
        let count = self.analysis.findings.len();
        if count > cap {
            self.analysis.findings.truncate(cap);
            self.elsewhere.truncate(cap);
            self.analysis.truncated += count - cap;
        }
    }

    /// The lines of this draft holding `span`, without line breaks, and the span's bytes in
    /// them: an excerpt to show in another draft's report.
    pub fn excerpt(&self, span: Span) -> (String, std::ops::Range<usize>) {
        let at = |offset: usize| self.lines.line_of(offset.min(self.text.len()));
        let (first, last) = (at(span.start), at(span.end));
        let mut excerpt = String::new();
        // Each line's start in the draft, its length, and its start in the excerpt.
        let mut starts: Vec<(usize, usize, usize)> = Vec::new();
        for line in first..=last.max(first) {
            let start = self.lines.line_start(line).unwrap_or(self.text.len());
            let next = self.lines.line_start(line + 1).unwrap_or(self.text.len());
            let content = self
                .text
                .get(start..next)
                .unwrap_or("")
                .trim_end_matches(['\n', '\r']);
            if line > first {
                excerpt.push('\n');
            }
            starts.push((start, content.len(), excerpt.len()));
            excerpt.push_str(content);
        }
        let map = |offset: usize| {
            let k = starts
                .partition_point(|&(start, _, _)| start <= offset)
                .saturating_sub(1);
            starts.get(k).map_or(0, |&(start, len, at)| {
                at + offset.saturating_sub(start).min(len)
            })
        };
        let from = map(span.start);
        let to = map(span.end).max(from);
        (excerpt, from..to)
    }

    /// Where `span` lies, in 1-based lines and columns (columns count Unicode scalar values;
    /// the end is exclusive, the column just after the last character).
    pub fn region(&self, span: Span) -> Region {
        let start = self.lines.line_col(&self.text, span.start);
        // An end on the start's line (most spans) counts its column on from the start's
        // rather than from the line's start again (a paragraph is one long line).
        let from = floor_char_boundary(&self.text, span.start);
        let to = floor_char_boundary(&self.text, span.end.max(span.start));
        let end = if self.lines.line_of(to) + 1 == start.line {
            let chars = self.text.get(from..to).map_or(0, |s| s.chars().count());
            LineCol {
                line: start.line,
                column: start.column + chars,
            }
        } else {
            self.lines.line_col(&self.text, to)
        };
        Region {
            line: start.line,
            column: start.column,
            end_line: end.line,
            end_column: end.column,
        }
    }

    /// The 1-based line holding `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        // The line as `LineIndex::line_col` finds it, without counting the columns.
        self.lines
            .line_number(floor_char_boundary(&self.text, offset))
    }
}

/// A stretch of a draft in 1-based lines and columns; the end column is exclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Region {
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
}

/// Which finding codes a run reports (`--only`, `--skip`).
#[derive(Clone, Debug, Default)]
pub struct CodeFilter {
    pub only: Vec<Code>,
    pub skip: Vec<Code>,
}

impl CodeFilter {
    /// True when findings of `code` are reported.
    pub fn keeps(&self, code: Code) -> bool {
        (self.only.is_empty() || self.only.contains(&code)) && !self.skip.contains(&code)
    }
}

/// True when a finding makes the run fail (exit status 1): errors and warnings do,
/// information and hints are shown but do not.
pub fn fails(finding: &Finding) -> bool {
    matches!(finding.severity, Severity::Error | Severity::Warning)
}

/// The totals of a run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub files: usize,
    /// Figures that are claims.
    pub claims: usize,
    /// Reported `unattributed-claim` findings.
    pub unattributed: usize,
    /// Reported `conflicting-figure` findings.
    pub conflicts: usize,
    /// Reported `vague-source` findings.
    pub vague: usize,
    /// Reported findings of any code.
    pub findings: usize,
    /// Reported findings that fail the run.
    pub failing: usize,
    /// Findings the engine dropped because of the configured cap.
    pub truncated: usize,
}

impl Summary {
    /// Totals over checked drafts.
    pub fn of(files: &[CheckedFile]) -> Self {
        let mut summary = Summary {
            files: files.len(),
            ..Summary::default()
        };
        for file in files {
            summary.claims += file.analysis.claims().count();
            summary.truncated += file.analysis.truncated;
            for finding in &file.analysis.findings {
                summary.findings += 1;
                if fails(finding) {
                    summary.failing += 1;
                }
                match finding.code {
                    Code::UnattributedClaim => summary.unattributed += 1,
                    Code::ConflictingFigure => summary.conflicts += 1,
                    Code::VagueSource => summary.vague += 1,
                }
            }
        }
        summary
    }

    /// The exit status: 1 when a reported finding fails the run, else 0.
    pub fn exit_code(&self) -> i32 {
        if self.failing > 0 { 1 } else { 0 }
    }

    /// "2 files checked: 3 unattributed claims, 1 conflicting figure" or
    /// "1 file checked: no findings".
    pub fn sentence(&self) -> String {
        let mut parts = Vec::new();
        let mut count = |n: usize, one: &str, many: &str| {
            if n > 0 {
                parts.push(format!("{n} {}", if n == 1 { one } else { many }));
            }
        };
        count(
            self.unattributed,
            "unattributed claim",
            "unattributed claims",
        );
        count(self.conflicts, "conflicting figure", "conflicting figures");
        count(
            self.vague,
            "vaguely sourced claim",
            "vaguely sourced claims",
        );
        let files = format!(
            "{} {} checked",
            self.files,
            if self.files == 1 { "file" } else { "files" }
        );
        let mut line = if parts.is_empty() {
            format!("{files}: no findings")
        } else {
            format!("{files}: {}", parts.join(", "))
        };
        if self.truncated > 0 {
            line.push_str(&format!(
                " ({} more not shown: raise maxDiagnostics in copydesk.json to see them)",
                self.truncated
            ));
        }
        line
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::analysis::{
        Attribution, Figure, Grade, Interval, Kind, Qualifier, Related, Severity,
    };

    /// A figure over `span` of `text`, a claim unless `kind` says otherwise.
    pub(crate) fn figure(text: &str, phrase: &str, number: &str, kind: Kind) -> Figure {
        let start = text.find(phrase).unwrap_or(0);
        let number_start = start + phrase.find(number).unwrap_or(0);
        let value = number.replace(',', "").parse::<f64>().unwrap_or(0.0);
        Figure {
            span: Span::new(start, start + phrase.len()),
            number: Span::new(number_start, number_start + number.len()),
            kind,
            value,
            interval: Interval::half_open(value - 50.0, value + 50.0),
            unit: Some("tanks".into()),
            subject: Some("tanks lost".into()),
            scope: Default::default(),
            comparable: true,
            qualifier: None,
            qualifier_kind: None,
            attribution: None,
            sentence: Span::new(0, text.len()),
            rules: Default::default(),
        }
    }

    /// A draft with one attributed claim, a year, and a conflicting unattributed claim.
    pub(crate) fn sample() -> CheckedFile {
        let text = "In 2022 the ministry said over 450 tanks were lost.\r\n\r\n\
                    Later, 400 tanks 🚜 were lost, 記者 wrote.\r\n"
            .to_string();
        let mut over = figure(&text, "over 450 tanks", "450", Kind::Claim);
        over.qualifier = Some("over".into());
        over.qualifier_kind = Some(Qualifier::MoreThan);
        over.interval = Interval::above(450.0, false);
        let said = text.find("the ministry").unwrap_or(0);
        over.attribution = Some(Attribution {
            source: "the ministry".into(),
            source_span: Span::new(said, said + "the ministry".len()),
            cue: "say".into(),
            cue_span: Span::new(said + 13, said + 17),
            grade: Grade::Named,
            resolved: None,
            carried: false,
            rules: Default::default(),
            kind: Default::default(),
        });
        let year = figure(&text, "2022", "2022", Kind::Year);
        let later = figure(&text, "400 tanks", "400", Kind::Claim);
        let later_span = later.span;
        let over_span = over.span;
        let analysis = Analysis {
            figures: vec![year, over, later],
            findings: vec![
                Finding {
                    code: Code::UnattributedClaim,
                    severity: Severity::Warning,
                    span: later_span,
                    figure: 2,
                    message: "\"400 tanks\" has no attribution: who says so?".into(),
                    related: Vec::new(),
                    class: None,
                    class_rule: None,
                },
                Finding {
                    code: Code::ConflictingFigure,
                    severity: Severity::Warning,
                    span: later_span,
                    figure: 2,
                    message: "\"400 tanks\" conflicts with \"over 450 tanks\" on line 1".into(),
                    related: vec![Related {
                        span: over_span,
                        message: "the earlier figure: \"over 450 tanks\"".into(),
                    }],
                    class: None,
                    class_rule: None,
                },
            ],
            ..Analysis::default()
        };
        CheckedFile::new(
            "news/draft.md".into(),
            text,
            analysis,
            &CodeFilter::default(),
        )
    }

    #[test]
    fn regions_count_scalar_values_and_end_after_the_last_character() {
        let file = sample();
        let region = file.region(file.analysis.findings[0].span);
        assert_eq!(
            region,
            Region {
                line: 3,
                column: 8,
                end_line: 3,
                end_column: 17
            }
        );
    }

    #[test]
    fn filter_only_and_skip() {
        let filter = CodeFilter {
            only: vec![Code::ConflictingFigure],
            skip: vec![],
        };
        assert!(filter.keeps(Code::ConflictingFigure));
        assert!(!filter.keeps(Code::UnattributedClaim));
        let filter = CodeFilter {
            only: vec![],
            skip: vec![Code::ConflictingFigure],
        };
        assert!(!filter.keeps(Code::ConflictingFigure));
        assert!(filter.keeps(Code::UnattributedClaim));
    }

    #[test]
    fn summary_counts_claims_and_findings_by_code() {
        let summary = Summary::of(&[sample()]);
        assert_eq!(summary.files, 1);
        assert_eq!(summary.claims, 2);
        assert_eq!(summary.unattributed, 1);
        assert_eq!(summary.conflicts, 1);
        assert_eq!(summary.exit_code(), 1);
        assert_eq!(
            summary.sentence(),
            "1 file checked: 1 unattributed claim, 1 conflicting figure"
        );
    }

    #[test]
    fn hints_do_not_fail_the_run() {
        let mut file = sample();
        for finding in &mut file.analysis.findings {
            finding.severity = Severity::Hint;
        }
        let summary = Summary::of(&[file]);
        assert_eq!(summary.findings, 2);
        assert_eq!(summary.exit_code(), 0);
    }

    #[test]
    fn a_clean_run_says_no_findings() {
        let summary = Summary {
            files: 2,
            ..Summary::default()
        };
        assert_eq!(summary.sentence(), "2 files checked: no findings");
        assert_eq!(summary.exit_code(), 0);
    }
}
