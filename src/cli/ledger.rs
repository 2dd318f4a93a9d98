//! `copydesk ledger PATH... [--format human|json|csv]`: every claim of the drafts, grouped by
//! subject, each group in ledger order (by date, undated drafts last, then by path): where it
//! is, what it says, the values it allows, who says so, the draft's date, and whether it
//! conflicts (inside its draft, or with an earlier draft). Drafts whose configuration says
//! `"ledger": false` are left out.

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::Serialize;

use super::args::{self, LEDGER_USAGE_HINT, LedgerArgs, LedgerFormat};
use super::desk::Filed;
use super::format::serialize_optional_number;
use super::report::{CheckedFile, CodeFilter};
use super::{EXIT_ERROR, Inputs, analyse, checked, install_panic_hook};
use crate::analysis::desk::RUNNING_COUNT_ONLY_GROWS;
use crate::analysis::{Code, Interval};

/// Runs `copydesk ledger` with the arguments after `ledger`; returns the process exit code.
pub fn run(args: &[String]) -> i32 {
    let args = match args::parse_ledger(args) {
        Ok(Some(args)) => args,
        Ok(None) => return 0,
        Err(message) => {
            eprintln!("copydesk ledger: {message}");
            eprintln!("{LEDGER_USAGE_HINT}");
            return EXIT_ERROR;
        }
    };
    install_panic_hook();
    match ledger(&args) {
        Ok(()) => 0,
        Err(lines) => {
            for line in lines {
                eprintln!("{line}");
            }
            EXIT_ERROR
        }
    }
}

fn ledger(args: &LedgerArgs) -> Result<(), Vec<String>> {
    let analysed = analyse(&Inputs {
        paths: &args.paths,
        stdin_filename: None,
        config: args.config.as_deref(),
        quiet: false,
        isolated: false,
    })?;
    let filter = CodeFilter::default();
    let mut files = Vec::with_capacity(analysed.len());
    let mut configs = Vec::with_capacity(analysed.len());
    for (draft, analysis, config) in analysed {
        files.push(checked(draft, analysis, &filter));
        configs.push(config);
    }
    let filed = Filed::new(&files, &configs);
    let subjects = subjects(&files, &filed);
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let written = match args.format {
        LedgerFormat::Human => write_human(&subjects, files.len(), &mut out),
        LedgerFormat::Json => write_json(&subjects, &mut out),
        LedgerFormat::Csv => write_csv(&subjects, &mut out),
    }
    .and_then(|()| out.flush());
    match written {
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(err) => Err(vec![format!(
            "copydesk ledger: cannot write the ledger: {err}"
        )]),
        Ok(()) => Ok(()),
    }
}

/// One subject and its mentions.
#[derive(Debug, Serialize)]
pub struct Subject {
    /// The subject key ("tank lost"); null for claims the engine cannot key.
    pub subject: Option<String>,
    pub mentions: Vec<Mention>,
}

/// One claim in the ledger.
#[derive(Debug, Serialize)]
pub struct Mention {
    pub path: String,
    pub line: usize,
    pub text: String,
    #[serde(serialize_with = "serialize_optional_number")]
    pub low: Option<f64>,
    #[serde(serialize_with = "serialize_optional_number")]
    pub high: Option<f64>,
    pub source: Option<String>,
    /// `2022-03-19`, or null for an undated draft.
    pub date: Option<String>,
    pub conflicts: bool,
    /// What it conflicts with, for the human table.
    #[serde(skip)]
    pub conflict: Option<String>,
    #[serde(skip)]
    interval: Interval,
    #[serde(skip)]
    date_in_words: String,
}

/// Every claim the ledger holds, grouped by subject (subjects in alphabetical order, claims
/// the engine cannot key last), each group in ledger order.
pub fn subjects(files: &[CheckedFile], filed: &Filed) -> Vec<Subject> {
    // Conflicts with an earlier draft, by (draft in ledger order, claim).
    let mut across: BTreeMap<(usize, usize), String> = BTreeMap::new();
    for conflict in &filed.conflicts {
        if let Some((earlier, other)) = filed.claim(conflict.earlier) {
            let before = &files[earlier];
            let place = format!("{}:{}", before.name, before.line_of(other.span.start));
            let what = if conflict.rule == &RUNNING_COUNT_ONLY_GROWS {
                "lower than"
            } else {
                "conflicts with"
            };
            across.insert(
                (conflict.later.draft, conflict.later.claim),
                format!("{what} {place}"),
            );
        }
    }
    let mut groups: BTreeMap<(bool, String), Vec<Mention>> = BTreeMap::new();
    for (d, (file_index, draft)) in filed.drafts.iter().enumerate() {
        let file = &files[*file_index];
        for (c, claim) in draft.claims.iter().enumerate() {
            let inside = file
                .analysis
                .findings
                .iter()
                .find(|f| f.figure == claim.figure && f.code == Code::ConflictingFigure)
                .map(|f| match f.related.first() {
                    Some(r) => format!("conflicts with line {}", file.line_of(r.span.start)),
                    None => "conflicts with a listed source".to_string(),
                });
            let conflict = across.get(&(d, c)).cloned().or(inside);
            let subject = claim.subject.as_ref().map(|s| s.to_string());
            groups
                .entry((subject.is_none(), subject.unwrap_or_default()))
                .or_default()
                .push(Mention {
                    path: file.name.clone(),
                    line: file.line_of(claim.span.start),
                    text: claim.text.to_string(),
                    low: claim.interval.low_value(),
                    high: claim.interval.high_value(),
                    source: claim.source.as_ref().map(|s| s.to_string()),
                    date: draft.date.map(|d| d.iso()),
                    conflicts: conflict.is_some(),
                    conflict,
                    interval: claim.interval,
                    date_in_words: draft
                        .date
                        .map_or_else(|| "undated".to_string(), |d| d.in_words()),
                });
        }
    }
    groups
        .into_iter()
        .map(|((none, subject), mentions)| Subject {
            subject: (!none).then_some(subject),
            mentions,
        })
        .collect()
}

#[derive(Serialize)]
struct JsonLedger<'a> {
    subjects: &'a [Subject],
}

/// `{"subjects": [...]}`, pretty-printed, and a newline.
pub fn write_json(subjects: &[Subject], out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &JsonLedger { subjects }).map_err(io::Error::other)?;
    writeln!(out)
}

/// One row per mention: subject, date, path, line, text, low, high, source, conflicts.
pub fn write_csv(subjects: &[Subject], out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "subject,date,path,line,text,low,high,source,conflicts")?;
    for group in subjects {
        for m in &group.mentions {
            let fields = [
                csv_field(group.subject.as_deref().unwrap_or("")),
                csv_field(m.date.as_deref().unwrap_or("")),
                csv_field(&m.path),
                m.line.to_string(),
                csv_field(&m.text),
                m.low.map_or_else(String::new, number),
                m.high.map_or_else(String::new, number),
                csv_field(m.source.as_deref().unwrap_or("")),
                m.conflicts.to_string(),
            ];
            writeln!(out, "{}", fields.join(","))?;
        }
    }
    Ok(())
}

/// A CSV field (RFC 4180): quoted when it holds a comma, a quote, a line break or edge
/// spaces, with quotes doubled.
fn csv_field(text: &str) -> String {
    let needs =
        text.contains([',', '"', '\n', '\r']) || text.starts_with(' ') || text.ends_with(' ');
    if needs {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// A number as JSON and CSV write it: whole values without a fraction.
fn number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 9_007_199_254_740_992.0 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

/// A number as a reader writes it: "14,400", "3.5".
fn grouped(value: f64) -> String {
    if !value.is_finite() {
        return number(value);
    }
    let fixed = format!("{:.2}", value.abs());
    let trimmed = fixed.trim_end_matches('0').trim_end_matches('.');
    let (whole, fraction) = trimmed.split_once('.').unwrap_or((trimmed, ""));
    let mut out = String::new();
    if value < 0.0 {
        out.push('-');
    }
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    if !fraction.is_empty() {
        out.push('.');
        out.push_str(fraction);
    }
    out
}

/// The values a claim allows, in words: "more than 450", "350 to 450".
fn range_in_words(interval: &Interval) -> String {
    match (interval.low, interval.high) {
        (None, None) => "any".to_string(),
        (Some(low), None) if low.inclusive => format!("at least {}", grouped(low.value)),
        (Some(low), None) => format!("more than {}", grouped(low.value)),
        (None, Some(high)) if high.inclusive => format!("at most {}", grouped(high.value)),
        (None, Some(high)) => format!("less than {}", grouped(high.value)),
        (Some(low), Some(high)) if low.value == high.value => grouped(low.value),
        (Some(low), Some(high)) => format!("{} to {}", grouped(low.value), grouped(high.value)),
    }
}

/// Text cut to `width` characters, with an ellipsis when cut.
fn fit(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        text.to_string()
    } else {
        let mut cut: String = text.chars().take(width.saturating_sub(1)).collect();
        cut.push('…');
        cut
    }
}

const HEADERS: [&str; 7] = [
    "Date", "Draft", "Line", "Figure", "Range", "Source", "Conflict",
];
/// The widest each column may be; longer text is cut.
const WIDEST: [usize; 7] = [17, 40, 6, 36, 28, 36, 60];

/// A table per subject, the columns aligned across the whole ledger, then a count.
pub fn write_human(subjects: &[Subject], drafts: usize, out: &mut dyn Write) -> io::Result<()> {
    let rows: Vec<Vec<Vec<String>>> = subjects
        .iter()
        .map(|group| {
            group
                .mentions
                .iter()
                .map(|m| {
                    vec![
                        m.date_in_words.clone(),
                        m.path.clone(),
                        m.line.to_string(),
                        m.text.clone(),
                        range_in_words(&m.interval),
                        m.source
                            .clone()
                            .unwrap_or_else(|| "(no attribution)".into()),
                        m.conflict.clone().unwrap_or_default(),
                    ]
                })
                .collect()
        })
        .collect();
    let mut widths: Vec<usize> = HEADERS.iter().map(|h| h.chars().count()).collect();
    for row in rows.iter().flatten() {
        for (k, cell) in row.iter().enumerate() {
            widths[k] = widths[k].max(cell.chars().count().min(WIDEST[k]));
        }
    }
    let line = |cells: &[String]| -> String {
        let mut text = String::from("  ");
        for (k, cell) in cells.iter().enumerate() {
            let cell = fit(cell, WIDEST[k]);
            let pad = widths[k].saturating_sub(cell.chars().count());
            if k == 2 {
                // Line numbers right-aligned.
                text.push_str(&" ".repeat(pad));
                text.push_str(&cell);
            } else {
                text.push_str(&cell);
                text.push_str(&" ".repeat(pad));
            }
            text.push_str("  ");
        }
        text.trim_end().to_string()
    };
    let headers: Vec<String> = HEADERS.iter().map(|h| h.to_string()).collect();
    let (mut claims, mut conflicts) = (0, 0);
    for (group, rows) in subjects.iter().zip(&rows) {
        let n = group.mentions.len();
        let c = group.mentions.iter().filter(|m| m.conflicts).count();
        claims += n;
        conflicts += c;
        let name = group.subject.as_deref().unwrap_or("(no subject)");
        let mut title = format!(
            "{name} ({n} {})",
            if n == 1 { "mention" } else { "mentions" }
        );
        if c > 0 {
            title.pop();
            title.push_str(&format!(", {c} conflicting)"));
        }
        writeln!(out, "{title}")?;
        writeln!(out, "{}", line(&headers))?;
        for row in rows {
            writeln!(out, "{}", line(row))?;
        }
        writeln!(out)?;
    }
    writeln!(
        out,
        "{claims} {} in {drafts} {}, {} {}; {conflicts} conflicting",
        if claims == 1 { "claim" } else { "claims" },
        if drafts == 1 { "draft" } else { "drafts" },
        subjects.len(),
        if subjects.len() == 1 {
            "subject"
        } else {
            "subjects"
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::figures::interval::Interval;

    #[test]
    fn ranges_read_like_a_desk_writes_them() {
        assert_eq!(
            range_in_words(&Interval::above(450.0, false)),
            "more than 450"
        );
        assert_eq!(
            range_in_words(&Interval::above(816.0, true)),
            "at least 816"
        );
        assert_eq!(
            range_in_words(&Interval::half_open(14_350.0, 14_450.0)),
            "14,350 to 14,450"
        );
        assert_eq!(
            range_in_words(&Interval::below(3.5, false)),
            "less than 3.5"
        );
        assert_eq!(range_in_words(&Interval::closed(7.0, 7.0)), "7");
    }

    #[test]
    fn csv_fields_are_quoted_only_when_needed() {
        assert_eq!(csv_field("400 tanks"), "400 tanks");
        assert_eq!(csv_field("1,150 people"), "\"1,150 people\"");
        assert_eq!(csv_field("the \"UN\""), "\"the \"\"UN\"\"\"");
        assert_eq!(number(450.0), "450");
        assert_eq!(number(4.05), "4.05");
    }

    #[test]
    fn long_text_is_cut_with_an_ellipsis() {
        assert_eq!(fit("General Staff", 7), "Genera…");
        assert_eq!(fit("UN", 7), "UN");
    }
}
