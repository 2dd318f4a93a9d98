//! The human format: like a compiler's. Each finding is a `path:line:col: warning[code]:
//! message` line, then its source line with the figure underlined (and, for a conflict, the
//! earlier figure marked), drawn by annotate-snippets; a one-line summary closes the report.

use std::io::{self, Write};

use annotate_snippets::renderer::{AnsiColor, DecorStyle, Effects, Style};
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet, normalize_untrusted_str};

use super::HumanOptions;
use crate::analysis::{Finding, Severity, Span};
use crate::cli::report::{CheckedFile, Summary};

/// Writes every finding of every file, then the summary (unless quiet).
pub fn write(
    files: &[CheckedFile],
    summary: &Summary,
    options: HumanOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    let renderer = if options.color {
        Renderer::styled()
    } else {
        Renderer::plain()
    }
    .decor_style(DecorStyle::Ascii)
    .term_width(options.width);
    for file in files {
        for (i, finding) in file.analysis.findings.iter().enumerate() {
            write_finding(file, i, finding, &renderer, options, out)?;
        }
    }
    if !options.quiet {
        let line = summary.sentence();
        if options.color {
            let style = Style::new().effects(Effects::BOLD);
            writeln!(out, "{style}{line}{style:#}")?;
        } else {
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}

fn write_finding(
    file: &CheckedFile,
    index: usize,
    finding: &Finding,
    renderer: &Renderer,
    options: HumanOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    let color = options.color;
    let region = file.region(finding.span);
    let location = format!("{}:{}:{}:", file.name, region.line, region.column);
    let severity = format!("{}[{}]", severity_name(finding.severity), finding.code);
    let message = normalize_untrusted_str(&finding.message);
    if color {
        let bold = Style::new().effects(Effects::BOLD);
        let level = severity_style(finding.severity);
        writeln!(
            out,
            "{bold}{location}{bold:#} {level}{severity}{level:#}: {bold}{message}{bold:#}"
        )?;
    } else {
        writeln!(out, "{location} {severity}: {message}")?;
    }
    // The finding's own lines, and each related span either with them (when it is a few lines
    // away) or in an excerpt of its own: an earlier figure hundreds of lines up must not drag
    // every line between into the renderer (which made a long draft's report quadratic).
    let related_labels: Vec<String> = finding
        .related
        .iter()
        .map(|r| normalize_untrusted_str(&r.message))
        .collect();
    let lines_of = |span: Span| {
        let at = |offset: usize| file.lines.line_of(offset.min(file.text.len()));
        (at(span.start), at(span.end))
    };
    // (first line, last line, related spans shown), the finding's own first.
    let (first, last) = lines_of(finding.span);
    let mut clusters: Vec<(usize, usize, Vec<usize>)> = vec![(first, last, Vec::new())];
    for (k, related) in finding.related.iter().enumerate() {
        let (from, to) = lines_of(related.span);
        match clusters
            .iter_mut()
            .find(|(first, last, _)| from <= last + NEAR_LINES && *first <= to + NEAR_LINES)
        {
            Some(cluster) => {
                cluster.0 = cluster.0.min(from);
                cluster.1 = cluster.1.max(to);
                cluster.2.push(k);
            }
            None => clusters.push((from, to, vec![k])),
        }
    }
    let excerpts: Vec<(Excerpt, Vec<usize>)> = clusters
        .into_iter()
        .enumerate()
        .map(|(at, (_, _, members))| {
            let mut spans: Vec<Span> = members.iter().map(|&k| finding.related[k].span).collect();
            if at == 0 {
                spans.push(finding.span);
            }
            (Excerpt::new(file, &spans), members)
        })
        .collect();
    let mut group = Group::with_level(level(finding.severity));
    for (at, (excerpt, members)) in excerpts.iter().enumerate() {
        let mut snippet = Snippet::source(excerpt.text.as_str())
            .line_start(excerpt.first_line)
            .fold(true);
        if at == 0 {
            snippet = snippet.annotation(AnnotationKind::Primary.span(excerpt.range(finding.span)));
        }
        for &k in members {
            snippet = snippet.annotation(
                AnnotationKind::Context
                    .span(excerpt.range(finding.related[k].span))
                    .label(related_labels[k].as_str()),
            );
        }
        group = group.element(snippet);
    }
    // A figure in another draft: an excerpt of that draft, headed by its path and line.
    let elsewhere = file.elsewhere_of(index);
    let elsewhere_labels: Vec<String> = elsewhere
        .iter()
        .map(|o| normalize_untrusted_str(&o.message))
        .collect();
    for (other, label) in elsewhere.iter().zip(&elsewhere_labels) {
        let snippet = Snippet::source(other.excerpt.as_str())
            .line_start(other.region.line)
            .path(other.path.as_str())
            .fold(true)
            .annotation(
                AnnotationKind::Context
                    .span(other.excerpt_span.clone())
                    .label(label.as_str()),
            );
        group = group.element(snippet);
    }
    writeln!(out, "{}", renderer.render(&[group]))?;
    if options.explain {
        write_rules(file, finding, out)?;
    }
    // A blank line between findings, as compilers leave.
    writeln!(out)
}

/// The rules that decided the finding's figure, as `= rules: kind.claim, cue.verb`.
fn write_rules(file: &CheckedFile, finding: &Finding, out: &mut dyn Write) -> io::Result<()> {
    let Some(figure) = file.analysis.figures.get(finding.figure) else {
        return Ok(());
    };
    // The figure's kind, attribution and subject, then the class that weighed it.
    let mut ids: Vec<&str> = figure.trail().iter().map(|r| r.id).collect();
    ids.extend(finding.class_rule.map(|r| r.id));
    if ids.is_empty() {
        return Ok(());
    }
    writeln!(out, "  = rules: {}", ids.join(", "))
}

/// Related spans at most this many lines from an excerpt share it; farther ones get their own.
const NEAR_LINES: usize = 3;

fn severity_name(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Information => "info",
        Severity::Hint => "hint",
    }
}

fn severity_style(severity: Severity) -> Style {
    let color = match severity {
        Severity::Error => AnsiColor::BrightRed,
        Severity::Warning => AnsiColor::Yellow,
        Severity::Information => AnsiColor::BrightBlue,
        Severity::Hint => AnsiColor::BrightGreen,
    };
    color.on_default().effects(Effects::BOLD)
}

fn level(severity: Severity) -> Level<'static> {
    match severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Information => Level::INFO,
        Severity::Hint => Level::NOTE,
    }
}

/// The lines a finding touches (its own and its related spans', and those between, which
/// the renderer folds), without their line breaks: CRLF and lone CR never reach the
/// renderer, and offsets into the draft map onto the excerpt line by line.
struct Excerpt {
    text: String,
    /// 1-based number of the excerpt's first line.
    first_line: usize,
    /// For each excerpt line: its start in the draft, its length without the line break,
    /// and its start in the excerpt.
    lines: Vec<(usize, usize, usize)>,
}

impl Excerpt {
    /// The lines from the first to the last of `spans`.
    fn new(file: &CheckedFile, spans: &[Span]) -> Self {
        let (mut first, mut last) = (usize::MAX, 0);
        for span in spans {
            first = first.min(file.lines.line_of(span.start.min(file.text.len())));
            last = last.max(file.lines.line_of(span.end.min(file.text.len())));
        }
        let first = first.min(last);
        let mut text = String::new();
        let mut lines = Vec::with_capacity(last - first + 1);
        for line in first..=last {
            let start = file.lines.line_start(line).unwrap_or(file.text.len());
            let next = file.lines.line_start(line + 1).unwrap_or(file.text.len());
            let content = file.text.get(start..next).unwrap_or("");
            let content = content.trim_end_matches(['\n', '\r']);
            if line > first {
                text.push('\n');
            }
            lines.push((start, content.len(), text.len()));
            text.push_str(content);
        }
        Excerpt {
            text,
            first_line: first + 1,
            lines,
        }
    }

    /// The excerpt offset of draft offset `offset` (clamped into the excerpt).
    fn offset(&self, offset: usize) -> usize {
        let line = self
            .lines
            .partition_point(|&(start, _, _)| start <= offset)
            .saturating_sub(1);
        match self.lines.get(line) {
            Some(&(start, len, at)) => at + offset.saturating_sub(start).min(len),
            None => 0,
        }
    }

    fn range(&self, span: Span) -> std::ops::Range<usize> {
        let start = self.offset(span.start);
        let end = self.offset(span.end).max(start);
        start..end
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::report::tests::sample;

    fn render(files: &[CheckedFile], quiet: bool) -> String {
        let mut out = Vec::new();
        let summary = Summary::of(files);
        let options = HumanOptions {
            color: false,
            quiet,
            width: 140,
            explain: false,
        };
        let written = write(files, &summary, options, &mut out);
        assert!(written.is_ok());
        String::from_utf8(out).unwrap_or_default()
    }

    #[test]
    fn header_reads_like_a_compiler() {
        let output = render(&[sample()], false);
        assert!(
            output.contains(
                "news/draft.md:3:8: warning[unattributed-claim]: \"400 tanks\" has no attribution: who says so?"
            ),
            "{output}"
        );
    }

    #[test]
    fn caret_sits_under_the_figure_after_emoji_and_cjk() {
        let output = render(&[sample()], false);
        let source = output
            .lines()
            .find(|l| l.contains("Later, 400 tanks"))
            .unwrap_or("");
        let carets = output
            .lines()
            .find(|l| l.contains("^^^^^^^^^"))
            .unwrap_or("");
        let column = source.find("400").unwrap_or(usize::MAX);
        assert_eq!(carets.find('^'), Some(column), "{output}");
        assert!(!output.contains('\r'), "{output:?}");
    }

    #[test]
    fn conflict_marks_the_earlier_figure() {
        let output = render(&[sample()], false);
        assert!(
            output.contains("the earlier figure: \"over 450 tanks\""),
            "{output}"
        );
        assert!(
            output.contains("In 2022 the ministry said over 450 tanks"),
            "{output}"
        );
    }

    #[test]
    fn ends_with_a_summary_unless_quiet() {
        let output = render(&[sample()], false);
        assert_eq!(
            output.lines().last(),
            Some("1 file checked: 1 unattributed claim, 1 conflicting figure")
        );
        let quiet = render(&[sample()], true);
        assert!(!quiet.contains("file checked"), "{quiet}");
    }

    #[test]
    fn plain_output_has_no_escape_codes() {
        assert!(!render(&[sample()], false).contains('\u{1b}'));
    }

    #[test]
    fn a_far_earlier_figure_is_shown_in_an_excerpt_of_its_own() {
        let mut text = String::from("The ministry said over 450 tanks were lost.\n\n");
        for _ in 0..40 {
            text.push_str("Nothing else was reported from the front.\n\n");
        }
        text.push_str("Later, 400 tanks were lost, the ministry said.\n");
        let analysis = crate::analysis::analyze(
            &text,
            crate::analysis::Format::PlainText,
            &crate::analysis::Config::default(),
        );
        let file = CheckedFile::new(
            "far.txt".into(),
            text,
            analysis,
            &crate::cli::report::CodeFilter::default(),
        );
        let output = render(&[file], false);
        assert!(
            output.contains("conflicts with \"over 450 tanks\" on line 1"),
            "{output}"
        );
        assert!(
            output.contains("the earlier figure: \"over 450 tanks\""),
            "{output}"
        );
        assert!(output.contains("Later, 400 tanks"), "{output}");
        assert!(!output.contains("Nothing else"), "{output}");
    }

    #[test]
    fn excerpt_maps_offsets_across_crlf() {
        let file = sample();
        let finding = &file.analysis.findings[1];
        let spans = [finding.span, finding.related[0].span];
        let excerpt = Excerpt::new(&file, &spans);
        let range = excerpt.range(finding.span);
        assert_eq!(&excerpt.text[range], "400 tanks");
        let related = excerpt.range(finding.related[0].span);
        assert_eq!(&excerpt.text[related], "over 450 tanks");
        assert_eq!(excerpt.first_line, 1);
    }
}
