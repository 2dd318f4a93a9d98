//! Hover on a figure: what it is, its value and interval in words, its unit, who says so
//! (or that no attribution was found), and the other mentions of the same quantity with their
//! lines, conflicting ones marked. Markdown when the client takes it, plain text otherwise.

use tower_lsp_server::ls_types::{Hover, HoverContents, MarkupContent, MarkupKind};

use super::position::{Encoding, range_of};
use super::scheduler::Snapshot;
use crate::analysis::{Code, Figure, Grade, Qualifier};

/// The hover for the figure at byte `offset`, if there is one.
pub fn hover(
    snapshot: &Snapshot,
    offset: usize,
    markdown: bool,
    encoding: Encoding,
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

/// A figure's value and interval in words: "more than 14,400", "between 10,000 and 12,000",
/// "about 14,400 (12,960 to 15,840)".
pub fn interval_in_words(figure: &Figure) -> String {
    let value = number_in_words(figure.value);
    let interval = figure.interval;
    match (interval.low, interval.high) {
        (None, None) => value,
        (Some(low), None) => {
            format!(
                "{} {}",
                if low.inclusive {
                    "at least"
                } else {
                    "more than"
                },
                number_in_words(low.value)
            )
        }
        (None, Some(high)) => {
            format!(
                "{} {}",
                if high.inclusive {
                    "at most"
                } else {
                    "less than"
                },
                number_in_words(high.value)
            )
        }
        (Some(low), Some(high)) if low.value == high.value => number_in_words(low.value),
        (Some(low), Some(high)) => {
            let (low, high) = (number_in_words(low.value), number_in_words(high.value));
            match figure.qualifier_kind {
                Some(Qualifier::Range) => format!("between {low} and {high}"),
                Some(Qualifier::About) => format!("about {value} ({low} to {high})"),
                Some(Qualifier::Nearly) => format!("nearly {value} ({low} to {high})"),
                _ => format!("{value} ({low} to {high})"),
            }
        }
    }
}

/// A number as a reader writes it: "14,400", "3.5", "2.45 million", "1.2 billion".
pub fn number_in_words(value: f64) -> String {
    if !value.is_finite() {
        return if value > 0.0 {
            "no limit".into()
        } else {
            "no lower limit".into()
        };
    }
    let magnitude = value.abs();
    let (scaled, scale) = if magnitude >= 1e12 {
        (value / 1e12, " trillion")
    } else if magnitude >= 1e9 {
        (value / 1e9, " billion")
    } else if magnitude >= 1e6 {
        (value / 1e6, " million")
    } else {
        (value, "")
    };
    let decimals = if scale.is_empty() { 2 } else { 3 };
    let fixed = format!("{:.*}", decimals, scaled);
    let trimmed = if fixed.contains('.') {
        fixed.trim_end_matches('0').trim_end_matches('.')
    } else {
        &fixed
    };
    let (sign, digits) = match trimmed.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", trimmed),
    };
    let (whole, fraction) = digits
        .split_once('.')
        .map_or((digits, None), |(w, f)| (w, Some(f)));
    let mut grouped = String::with_capacity(whole.len() + whole.len() / 3);
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    match fraction {
        Some(fraction) => format!("{sign}{grouped}.{fraction}{scale}"),
        None => format!("{sign}{grouped}{scale}"),
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
    use crate::analysis::{Interval, Kind, Span};

    fn figure(value: f64, interval: Interval, qualifier: Option<Qualifier>) -> Figure {
        Figure {
            span: Span::new(0, 1),
            number: Span::new(0, 1),
            kind: Kind::Claim,
            value,
            interval,
            unit: None,
            subject: None,
            scope: Default::default(),
            comparable: true,
            qualifier: None,
            qualifier_kind: qualifier,
            attribution: None,
            sentence: Span::new(0, 1),
            rules: Default::default(),
        }
    }

    #[test]
    fn intervals_read_as_a_reporter_would_say_them() {
        let more = figure(
            14400.0,
            Interval::above(14400.0, false),
            Some(Qualifier::MoreThan),
        );
        assert_eq!(interval_in_words(&more), "more than 14,400");
        let between = figure(
            11000.0,
            Interval::closed(10000.0, 12000.0),
            Some(Qualifier::Range),
        );
        assert_eq!(interval_in_words(&between), "between 10,000 and 12,000");
        let about = figure(
            14400.0,
            Interval::half_open(12960.0, 15840.0),
            Some(Qualifier::About),
        );
        assert_eq!(interval_in_words(&about), "about 14,400 (12,960 to 15,840)");
        let at_least = figure(
            816.0,
            Interval::above(816.0, true),
            Some(Qualifier::AtLeast),
        );
        assert_eq!(interval_in_words(&at_least), "at least 816");
        let fewer = figure(
            50.0,
            Interval::below(50.0, false),
            Some(Qualifier::LessThan),
        );
        assert_eq!(interval_in_words(&fewer), "less than 50");
        let exact = figure(300.0, Interval::closed(300.0, 300.0), None);
        assert_eq!(interval_in_words(&exact), "300");
        let bare = figure(400.0, Interval::half_open(350.0, 450.0), None);
        assert_eq!(interval_in_words(&bare), "400 (350 to 450)");
    }

    #[test]
    fn numbers_are_grouped_and_scaled() {
        assert_eq!(number_in_words(14400.0), "14,400");
        assert_eq!(number_in_words(1_333.0), "1,333");
        assert_eq!(number_in_words(3.5), "3.5");
        assert_eq!(number_in_words(-1250.5), "-1,250.5");
        assert_eq!(number_in_words(2_450_000.0), "2.45 million");
        assert_eq!(number_in_words(1.2e9), "1.2 billion");
        assert_eq!(number_in_words(200_000.0), "200,000");
        assert_eq!(number_in_words(0.0), "0");
    }

    #[test]
    fn markdown_in_the_draft_is_escaped() {
        assert_eq!(escape("*14,400* [x]"), "\\*14,400\\* \\[x\\]");
    }
}
