//! Hover on a figure: what it is, its value and interval in words, its unit, who says so
//! (or that no attribution was found), and the other mentions of the same quantity with their
//! lines, conflicting ones marked. Markdown when the client takes it, plain text otherwise.

use tower_lsp_server::ls_types::{Hover, HoverContents, MarkupContent, MarkupKind};

use super::desk::HoverLines;
use super::position::{Encoding, range_of};
use super::scheduler::Snapshot;
use crate::analysis::{Code, Figure, Grade};
pub use crate::wording::{interval_in_words, number_in_words};

/// The hover's class line: "an estimate — warned", "a market price: a hint only".
fn class_line(
    class: crate::analysis::findings::weight::ClaimClass,
    severity: crate::analysis::Severity,
) -> String {
    use crate::analysis::Severity;
    match severity {
        Severity::Error => format!("{} — an error", class.describe()),
        Severity::Warning => format!("{} — warned", class.describe()),
        Severity::Information | Severity::Hint => format!("{}: a hint only", class.describe()),
    }
}

/// The hover for the figure at byte `offset`, if there is one.
pub fn hover(
    snapshot: &Snapshot,
    offset: usize,
    markdown: bool,
    encoding: Encoding,
) -> Option<Hover> {
    hover_with_ledger(snapshot, offset, markdown, encoding, |_| {
        HoverLines::default()
    })
}

/// [`hover`], with what the desk's ledger says of the figure (`ledger` is given the
/// figure's index): its conflicts with other drafts, the same subject in other drafts, and
/// the draft's date.
pub fn hover_with_ledger(
    snapshot: &Snapshot,
    offset: usize,
    markdown: bool,
    encoding: Encoding,
    ledger: impl FnOnce(usize) -> HoverLines,
) -> Option<Hover> {
    let analysis = &snapshot.analysis;
    let index = analysis.figure_at(offset)?;
    let figure = analysis.figures.get(index)?;
    let line_of = |byte: usize| {
        snapshot
            .rope
            .byte_to_line(byte.min(snapshot.rope.len_bytes()))
            + 1
    };
    let text_of = |span: crate::analysis::Span| {
        span.of(&snapshot.text)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut out = Lines::new(markdown);

    out.title(&text_of(figure.span), figure.kind.describe());
    if figure.is_claim() {
        out.field("Value", &interval_in_words(figure));
        if let Some(unit) = &figure.unit {
            out.field("Unit", unit);
        }
        let attribution = match &figure.attribution {
            None => "no attribution found".to_string(),
            Some(a) => {
                let source = match &a.resolved {
                    Some(resolved) => format!("{}, standing for {resolved}", a.source),
                    None => a.source.to_string(),
                };
                let grade = match a.grade {
                    Grade::Vague => ", a vague source",
                    Grade::Document => ", a document or statistic",
                    Grade::Named | Grade::Pronoun => "",
                };
                let carried = if a.carried {
                    ", carried over from an earlier sentence"
                } else {
                    ""
                };
                format!(
                    "{source} (cue “{}”, line {}{grade}{carried})",
                    a.cue,
                    line_of(a.cue_span.start)
                )
            }
        };
        out.field("Attribution", &attribution);
        // The class of an unattributed claim, and what the desk's policy makes of it.
        if let Some((class, severity)) = analysis
            .findings
            .iter()
            .find(|f| f.figure == index && f.code == Code::UnattributedClaim)
            .and_then(|f| f.class.map(|c| (c, f.severity)))
        {
            out.field("Class", &class_line(class, severity));
        }
        let whose = crate::analysis::subjects::ledger::holder_and_time(&figure.scope);
        if let Some(whose) = whose.strip_prefix(" (").and_then(|w| w.strip_suffix(')')) {
            out.field("Whose and when", whose);
        }
        if let Some((source, recorded)) = analysis.listed_source(index) {
            listed_source(&mut out, source, recorded, figure);
        }
    } else {
        out.field("Attribution", "not a claim, so none is needed");
    }
    for finding in analysis
        .findings
        .iter()
        .filter(|f| f.figure == index && f.code == Code::ConflictingFigure)
    {
        out.field("Conflict", &finding.message);
    }

    let conflicting = |i: usize| {
        analysis
            .findings
            .iter()
            .any(|f| f.figure == i && f.code == Code::ConflictingFigure)
    };
    let others: Vec<String> = analysis
        .mentions(index)
        .iter()
        .filter(|&&i| i != index)
        .filter_map(|&i| analysis.figures.get(i).map(|f| (i, f)))
        .map(|(i, other)| {
            let mark = if conflicting(i) { " (conflicts)" } else { "" };
            // Whose figure it is and when, so a writer sees why two are (not) compared.
            let whose = crate::analysis::subjects::ledger::holder_and_time(&other.scope);
            format!(
                "line {}: {}{whose}{mark}",
                line_of(other.span.start),
                text_of(other.span)
            )
        })
        .collect();
    if !others.is_empty() {
        out.list("Other mentions", &others);
    }
    let ledger = ledger(index);
    for conflict in &ledger.conflicts {
        out.field("Conflict", conflict);
    }
    if !ledger.elsewhere.is_empty() {
        out.list("In other drafts", &ledger.elsewhere);
    }
    if let Some(date) = &ledger.date {
        out.field("Draft date", date);
    }
    // Last, so a writer who disagrees with the call can name the rule to question
    // (`copydesk rules ID` shows its examples).
    let rules: Vec<&str> = figure.trail().iter().map(|r| r.id).collect();
    if !rules.is_empty() {
        out.field("Rules", &rules.join(", "));
    }

    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: if markdown {
                MarkupKind::Markdown
            } else {
                MarkupKind::PlainText
            },
            value: out.finish(),
        }),
        range: Some(range_of(&snapshot.rope, figure.span, encoding)),
    })
}

/// The source list's entry for the claim's source: name, url, published date, note, and the
/// figure it recorded for the claim's subject (or which subjects it has, so a desk can match
/// them).
fn listed_source(
    out: &mut Lines,
    source: &crate::analysis::findings::config::Source,
    recorded: Option<&crate::analysis::findings::config::SourceFigure>,
    figure: &Figure,
) {
    use crate::analysis::findings::source_list::recorded_in_words;
    out.field("Listed source", source.name.trim());
    for (name, value) in [
        ("URL", &source.url),
        ("Published", &source.published),
        ("Note", &source.note),
    ] {
        if let Some(value) = value.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
            out.field(name, value);
        }
    }
    match recorded {
        Some(recorded) => out.field(
            "Recorded figure",
            &format!(
                "{} ({})",
                recorded_in_words(recorded),
                recorded.subject.trim()
            ),
        ),
        None if !source.figures.is_empty() => {
            let subjects: Vec<&str> = source.figures.iter().map(|f| f.subject.trim()).collect();
            let subject = figure.subject.as_deref().unwrap_or("not known");
            out.field(
                "Recorded figures",
                &format!(
                    "none for this claim's subject ({subject}); recorded: {}",
                    subjects.join(", ")
                ),
            );
        }
        None => {}
    }
}

/// Hover text built line by line, as Markdown or plain text.
struct Lines {
    markdown: bool,
    text: String,
}

impl Lines {
    fn new(markdown: bool) -> Self {
        Lines {
            markdown,
            text: String::new(),
        }
    }

    fn title(&mut self, figure: &str, kind: &str) {
        if self.markdown {
            self.text
                .push_str(&format!("**{}**: {kind}\n\n", escape(figure)));
        } else {
            self.text.push_str(&format!("{figure}: {kind}\n"));
        }
    }

    fn field(&mut self, name: &str, value: &str) {
        if self.markdown {
            self.text
                .push_str(&format!("- {name}: {}\n", escape(value)));
        } else {
            self.text.push_str(&format!("{name}: {value}\n"));
        }
    }

    fn list(&mut self, name: &str, items: &[String]) {
        if self.markdown {
            self.text.push_str(&format!("- {name}:\n"));
            for item in items {
                self.text.push_str(&format!("  - {}\n", escape(item)));
            }
        } else {
            self.text.push_str(&format!("{name}:\n"));
            for item in items {
                self.text.push_str(&format!("  {item}\n"));
            }
        }
    }

    fn finish(self) -> String {
        self.text.trim_end().to_string()
    }
}

/// Escapes the characters Markdown would read as markup in text from the draft.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '$'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_in_the_draft_is_escaped() {
        assert_eq!(escape("*14,400* [x]"), "\\*14,400\\* \\[x\\]");
    }
}
