//! What the sheet shows, worked out from the engine's analysis of each draft and nothing
//! else: the drafts, their claims with a status, who says so, and the other mentions of the
//! same thing. Plain data with line numbers already computed, so the HTML writer
//! ([`super::render`]) only lays it out, and a cross-draft ledger can be added beside it
//! ([`super::ledger`]).

use crate::analysis::{Analysis, Code, Figure, Grade, LineIndex, Span};
use crate::wording::interval_in_words;

/// How the sheet marks a figure. A claim with several problems shows the worst
/// (conflicting before unattributed); the claims table lists every finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    /// A claim with a source.
    Attributed,
    /// A claim no source is found for.
    Unattributed,
    /// A claim that contradicts an earlier figure for the same thing, or the desk's source
    /// list.
    Conflicting,
    /// A date, year, age, name and the like: no source needed.
    NotAClaim,
}

impl Status {
    /// Every status, in the legend's order.
    pub const ALL: [Status; 4] = [
        Status::Attributed,
        Status::Unattributed,
        Status::Conflicting,
        Status::NotAClaim,
    ];

    /// The label a reader sees next to the icon.
    pub fn label(self) -> &'static str {
        match self {
            Status::Attributed => "attributed",
            Status::Unattributed => "unattributed",
            Status::Conflicting => "conflicting",
            Status::NotAClaim => "not a claim",
        }
    }

    /// A stable name for CSS classes and tests.
    pub fn key(self) -> &'static str {
        match self {
            Status::Attributed => "attributed",
            Status::Unattributed => "unattributed",
            Status::Conflicting => "conflicting",
            Status::NotAClaim => "not-claim",
        }
    }

    /// The glyph shown with the status, so that it reads without colour (and in print).
    pub fn icon(self) -> &'static str {
        match self {
            Status::Attributed => "✓",
            Status::Unattributed => "?",
            Status::Conflicting => "≠",
            Status::NotAClaim => "·",
        }
    }

    /// What the status means, for the legend.
    pub fn meaning(self) -> &'static str {
        match self {
            Status::Attributed => "a claim with a source",
            Status::Unattributed => "a claim with no source: who says so?",
            Status::Conflicting => {
                "contradicts an earlier figure for the same thing, or the desk's source list"
            }
            Status::NotAClaim => "a date, year, age, name or the like: needs no source",
        }
    }
}

/// Who says so, as the claims table shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceCell {
    /// The source as written; for a pronoun ("It added"), the source it stands for.
    pub name: String,
    /// The grade: named, document, pronoun or vague.
    pub grade: Grade,
    /// The 1-based line the source is named on.
    pub line: usize,
    /// The entry of the desk's source list the source names, if any.
    pub listed: Option<ListedCell>,
}

/// An entry of the desk's source list, as far as the sheet shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListedCell {
    pub name: String,
    /// Its `url` when it is a web address (`http:` or `https:`); anything else is not linked.
    pub url: Option<String>,
    pub published: Option<String>,
}

/// Another mention of the same thing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Index of the figure in the draft's analysis (for the link to it).
    pub figure: usize,
    pub line: usize,
    /// The figure as written, whitespace collapsed.
    pub text: String,
    pub status: Status,
}

/// One row of the claims table.
#[derive(Clone, Debug, PartialEq)]
pub struct ClaimRow {
    /// Index of the figure in the draft's analysis.
    pub figure: usize,
    pub line: usize,
    pub column: usize,
    /// The figure as written ("about 14,400 soldiers"), whitespace collapsed.
    pub text: String,
    /// Its value or interval in words ("more than 14,400").
    pub value: String,
    pub unit: Option<String>,
    /// The engine's key for "the same thing" ("soldiers killed"), when it has one.
    pub subject: Option<String>,
    pub source: Option<SourceCell>,
    pub status: Status,
    /// The messages of the findings on this figure that say more than its status (which
    /// conflict, which source list entry, a vague source), in order.
    pub findings: Vec<String>,
    /// The other mentions of the same thing nearest to this one (at most
    /// [`MENTIONS_SHOWN`]), in document order.
    pub mentions: Vec<Mention>,
    /// How many other mentions there are beyond those.
    pub more_mentions: usize,
}

impl ClaimRow {
    fn with_mentions(mut self, view: &View<'_>, index: usize) -> Self {
        let all = view.analysis.mentions(index);
        let (shown, more) = nearest(all, index);
        self.mentions = all[shown]
            .iter()
            .filter(|&&i| i != index)
            .filter_map(|&i| Some((i, view.analysis.figures.get(i)?)))
            .map(|(i, other)| Mention {
                figure: i,
                line: view.lines.line_number(other.span.start),
                text: collapse(other.span.of(view.text)),
                status: view.statuses[i],
            })
            .collect();
        self.more_mentions = more;
        self
    }
}

/// A figure's place in the draft's text, for marking it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mark {
    pub figure: usize,
    pub span: Span,
    pub status: Status,
}

/// A source the draft cites, with how many claims credit it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CitedCell {
    pub name: String,
    pub grade: Grade,
    pub line: usize,
    pub claims: usize,
    pub listed: Option<ListedCell>,
}

/// Counts for the summary.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    pub drafts: usize,
    /// Every number recognised, claims or not.
    pub figures: usize,
    pub claims: usize,
    /// Claims no source is found for (whatever else is wrong with them).
    pub unattributed: usize,
    /// Figures with a `conflicting-figure` finding.
    pub conflicting: usize,
    /// Distinct sources cited (by name, ignoring case).
    pub sources: usize,
}

impl Totals {
    /// The counts of one analysed draft, without building its rows (the editor's lens asks
    /// on every keystroke).
    pub fn of(analysis: &Analysis) -> Totals {
        let mut conflicting: Vec<usize> = analysis
            .findings
            .iter()
            .filter(|f| f.code == Code::ConflictingFigure)
            .map(|f| f.figure)
            .collect();
        conflicting.sort_unstable();
        conflicting.dedup();
        let claims = analysis.claims();
        let (mut count, mut unattributed) = (0, 0);
        for claim in claims {
            count += 1;
            unattributed += usize::from(claim.attribution.is_none());
        }
        Totals {
            drafts: 1,
            figures: analysis.figures.len(),
            claims: count,
            unattributed,
            conflicting: conflicting.len(),
            sources: analysis.sources.len(),
        }
    }

    /// "12 figures · 2 unattributed · 1 conflict": the editor's code lens.
    pub fn lens_title(&self) -> String {
        format!(
            "{} · {} unattributed · {}",
            plural(self.figures, "figure", "figures"),
            self.unattributed,
            plural(self.conflicting, "conflict", "conflicts")
        )
    }

    fn add(&mut self, other: &Totals) {
        self.drafts += other.drafts;
        self.figures += other.figures;
        self.claims += other.claims;
        self.unattributed += other.unattributed;
        self.conflicting += other.conflicting;
    }
}

/// "1 figure", "12 figures".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// One draft on the sheet.
#[derive(Clone, Debug)]
pub struct DraftSheet {
    /// The name shown: the path as given, or the document's path in the editor.
    pub name: String,
    pub text: String,
    pub claims: Vec<ClaimRow>,
    /// Every figure, in document order, none overlapping the one before.
    pub marks: Vec<Mark>,
    pub cited: Vec<CitedCell>,
    pub totals: Totals,
    /// Findings the engine left out because of `maxDiagnostics`.
    pub truncated: usize,
}

/// The whole sheet: one or more drafts, and for several the ledger of the things more than
/// one of them gives a figure for.
#[derive(Clone, Debug)]
pub struct Sheet {
    pub drafts: Vec<DraftSheet>,
    pub totals: Totals,
    /// The cross-draft table; empty for one draft.
    pub ledger: super::ledger::LedgerTable,
}

impl Sheet {
    /// The sheet of `drafts`, with the cross-draft table worked out from the drafts' own
    /// analyses ([`super::ledger::ledger_table_from_drafts`]).
    pub fn new(drafts: Vec<DraftSheet>) -> Sheet {
        let ledger = super::ledger::ledger_table_from_drafts(&drafts);
        Sheet::with_ledger(drafts, ledger)
    }

    /// The sheet of `drafts` with a cross-draft table made elsewhere (the ledger across
    /// drafts, when the caller has one).
    pub fn with_ledger(drafts: Vec<DraftSheet>, ledger: super::ledger::LedgerTable) -> Sheet {
        let mut totals = Totals::default();
        let mut names: Vec<String> = Vec::new();
        for draft in &drafts {
            totals.add(&draft.totals);
            for cited in &draft.cited {
                let key = cited.name.to_lowercase();
                if !names.contains(&key) {
                    names.push(key);
                }
            }
        }
        totals.sources = names.len();
        Sheet {
            drafts,
            totals,
            ledger,
        }
    }
}

impl DraftSheet {
    /// The sheet's view of one analysed draft.
    pub fn new(name: impl Into<String>, text: impl Into<String>, analysis: &Analysis) -> Self {
        let text = text.into();
        let lines = LineIndex::new(&text);
        // Each figure's findings, in one pass: a long draft has thousands of figures.
        let mut findings_of: Vec<Vec<usize>> = vec![Vec::new(); analysis.figures.len()];
        for (i, finding) in analysis.findings.iter().enumerate() {
            if let Some(list) = findings_of.get_mut(finding.figure) {
                list.push(i);
            }
        }
        let statuses: Vec<Status> = analysis
            .figures
            .iter()
            .zip(&findings_of)
            .map(|(figure, found)| {
                let conflicting = found
                    .iter()
                    .any(|&f| analysis.findings[f].code == Code::ConflictingFigure);
                status_from(figure, conflicting)
            })
            .collect();
        let view = View {
            text: &text,
            lines: &lines,
            analysis,
            statuses: &statuses,
            findings_of: &findings_of,
        };
        let claims: Vec<ClaimRow> = analysis
            .figures
            .iter()
            .enumerate()
            .filter(|(_, f)| f.is_claim())
            .map(|(i, f)| view.row(i, f))
            .collect();
        let marks = marks(analysis, &statuses);
        let cited = view.cited(&claims);
        let totals = Totals::of(analysis);
        DraftSheet {
            name: name.into(),
            claims,
            marks,
            cited,
            totals,
            truncated: analysis.truncated,
            text,
        }
    }
}

/// The status of `figure`, which has a `conflicting-figure` finding or not.
fn status_from(figure: &Figure, conflicting: bool) -> Status {
    if conflicting {
        Status::Conflicting
    } else if !figure.is_claim() {
        Status::NotAClaim
    } else if figure.attribution.is_none() {
        Status::Unattributed
    } else {
        Status::Attributed
    }
}

/// The figures to mark, in document order; a figure inside or across one already marked is
/// left unmarked (its row still lists it), so marks never nest.
fn marks(analysis: &Analysis, statuses: &[Status]) -> Vec<Mark> {
    let mut order: Vec<usize> = (0..analysis.figures.len()).collect();
    order.sort_by_key(|&i| {
        (
            analysis.figures[i].span.start,
            usize::MAX - analysis.figures[i].span.end,
        )
    });
    let mut marks: Vec<Mark> = Vec::with_capacity(order.len());
    for i in order {
        let span = analysis.figures[i].span;
        if span.is_empty() || marks.last().is_some_and(|m| m.span.end > span.start) {
            continue;
        }
        marks.push(Mark {
            figure: i,
            span,
            status: statuses[i],
        });
    }
    marks
}

/// Whitespace (line breaks included) collapsed to single spaces.
pub fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What the rows are made from.
struct View<'a> {
    text: &'a str,
    lines: &'a LineIndex,
    analysis: &'a Analysis,
    statuses: &'a [Status],
    /// Each figure's findings (indexes into the analysis's).
    findings_of: &'a [Vec<usize>],
}

/// How many other mentions a row lists, the nearest ones (a subject mentioned thousands of
/// times in a long draft would otherwise make the page grow with the square of the draft).
pub const MENTIONS_SHOWN: usize = 6;

/// The positions in `all` (sorted) of the `MENTIONS_SHOWN` mentions nearest to `own`, in
/// document order, and how many more there are.
fn nearest(all: &[usize], own: usize) -> (std::ops::Range<usize>, usize) {
    let at = all.partition_point(|&i| i < own);
    let others = all.len() - usize::from(all.get(at) == Some(&own));
    // A window of the mentions around its own, the figure itself included when it is there.
    let width = MENTIONS_SHOWN + (all.len() - others);
    let end = (at.saturating_sub(MENTIONS_SHOWN / 2) + width).min(all.len());
    let start = end.saturating_sub(width);
    let shown = (start..end).filter(|&p| all[p] != own).count();
    (start..end, others - shown)
}

impl View<'_> {
    fn row(&self, index: usize, figure: &Figure) -> ClaimRow {
        let at = self.lines.line_col(self.text, figure.span.start);
        ClaimRow {
            figure: index,
            line: at.line,
            column: at.column,
            text: collapse(figure.span.of(self.text)),
            value: interval_in_words(figure),
            unit: figure.unit.as_deref().map(str::to_string),
            subject: figure.subject.as_deref().map(str::to_string),
            source: self.source(index, figure),
            status: self.statuses[index],
            findings: self.findings_of[index]
                .iter()
                .map(|&f| &self.analysis.findings[f])
                .filter(|f| f.code != Code::UnattributedClaim)
                .map(|f| f.message.clone())
                .collect(),
            mentions: Vec::new(),
            more_mentions: 0,
        }
        .with_mentions(self, index)
    }

    fn source(&self, index: usize, figure: &Figure) -> Option<SourceCell> {
        let attribution = figure.attribution.as_ref()?;
        let named_at = if attribution.source_span.is_empty() {
            attribution.cue_span
        } else {
            attribution.source_span
        };
        Some(SourceCell {
            name: collapse(attribution.effective_source()),
            grade: attribution.grade,
            line: self.lines.line_number(named_at.start),
            listed: self.listed(index),
        })
    }

    fn listed(&self, index: usize) -> Option<ListedCell> {
        let (source, _) = self.analysis.listed_source(index)?;
        let present = |value: &Option<String>| {
            value
                .as_deref()
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_string)
        };
        Some(ListedCell {
            name: source.name.trim().to_string(),
            url: present(&source.url).filter(|u| is_web_address(u)),
            published: present(&source.published),
        })
    }

    /// The sources the draft cites, each with the claims that credit it (counted in one pass
    /// over the claims, by name ignoring case).
    fn cited(&self, claims: &[ClaimRow]) -> Vec<CitedCell> {
        let mut crediting: std::collections::HashMap<String, (usize, Option<&ListedCell>)> =
            std::collections::HashMap::new();
        for source in claims.iter().filter_map(|c| c.source.as_ref()) {
            let entry = crediting.entry(source.name.to_lowercase()).or_default();
            entry.0 += 1;
            entry.1 = entry.1.or(source.listed.as_ref());
        }
        self.analysis
            .sources
            .iter()
            .map(|cited| {
                let name = collapse(&cited.source);
                let (claims, listed) = crediting
                    .get(&name.to_lowercase())
                    .copied()
                    .unwrap_or_default();
                CitedCell {
                    line: self.lines.line_number(cited.span.start),
                    grade: cited.grade,
                    claims,
                    listed: listed.cloned(),
                    name,
                }
            })
            .collect()
    }
}

/// True for an `http:` or `https:` address: the only ones the sheet links (a `javascript:`
/// URL in a desk's source list must not become a link).
pub fn is_web_address(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && !url.chars().any(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Config, Format, analyze};

    fn sheet_of(text: &str) -> DraftSheet {
        let analysis = analyze(text, Format::Markdown, &Config::default());
        DraftSheet::new("draft.md", text, &analysis)
    }

    #[test]
    fn each_claim_has_its_status_source_and_value() {
        let draft = sheet_of(
            "Russia has lost over 450 tanks, the General Staff said.\n\n\
             The General Staff later said Russia had lost 400 tanks.\n\n\
             On 24 February, 12 jets were shot down.\n",
        );
        let texts: Vec<&str> = draft.claims.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(texts, ["over 450 tanks", "400 tanks", "12 jets"]);
        let first = &draft.claims[0];
        assert_eq!(first.status, Status::Attributed);
        assert_eq!(first.value, "more than 450");
        assert_eq!(
            first.source.as_ref().map(|s| s.name.as_str()),
            Some("the General Staff")
        );
        let second = &draft.claims[1];
        assert_eq!(second.status, Status::Conflicting);
        assert_eq!(second.line, 3);
        assert_eq!(second.findings.len(), 1, "{:?}", second.findings);
        assert_eq!(first.mentions.len(), 1);
        assert_eq!(first.mentions[0].line, 3);
        assert_eq!(first.mentions[0].status, Status::Conflicting);
        let third = &draft.claims[2];
        assert_eq!(third.status, Status::Unattributed);
        assert!(third.source.is_none());
        assert_eq!(draft.totals.claims, 3);
        assert_eq!(draft.totals.unattributed, 1);
        assert_eq!(draft.totals.conflicting, 1);
        assert_eq!(draft.totals.sources, 1);
        assert!(draft.totals.figures > 2, "the date is a figure too");
        assert!(draft.marks.iter().any(|m| m.status == Status::NotAClaim));
    }

    #[test]
    fn the_lens_title_counts_and_agrees_in_number() {
        let totals = Totals {
            figures: 12,
            unattributed: 2,
            conflicting: 1,
            ..Totals::default()
        };
        assert_eq!(
            totals.lens_title(),
            "12 figures · 2 unattributed · 1 conflict"
        );
        let one = Totals {
            figures: 1,
            ..Totals::default()
        };
        assert_eq!(one.lens_title(), "1 figure · 0 unattributed · 0 conflicts");
    }

    #[test]
    fn lines_count_crlf_emoji_and_cjk_like_the_cli() {
        let draft = sheet_of("記者 🚜 note.\r\n\r\n“Quoted,” he wrote: 300 tanks were lost.\r\n");
        let row = &draft.claims[0];
        assert_eq!((row.line, row.column), (3, 21));
        assert_eq!(row.text, "300 tanks");
    }

    #[test]
    fn rows_list_the_nearest_mentions_and_count_the_rest() {
        let all: Vec<usize> = (0..20).collect();
        let (shown, more) = nearest(&all, 10);
        assert_eq!((shown.clone(), more), (7..14, 13));
        assert_eq!(shown.filter(|&p| all[p] != 10).count(), MENTIONS_SHOWN);
        let (shown, more) = nearest(&all, 0);
        assert_eq!((shown, more), (0..7, 13));
        let (shown, more) = nearest(&all, 19);
        assert_eq!((shown, more), (13..20, 13));
        let (shown, more) = nearest(&[3, 8], 3);
        assert_eq!((shown, more), (0..2, 0));
        assert_eq!(nearest(&[], 3), (0..0, 0));
    }

    #[test]
    fn only_web_addresses_are_linked() {
        assert!(is_web_address("https://www.ohchr.org/"));
        assert!(is_web_address("HTTP://example.org/a"));
        assert!(!is_web_address("javascript:alert(1)"));
        assert!(!is_web_address("data:text/html,x"));
        assert!(!is_web_address("https://a b"));
    }

    #[test]
    fn several_drafts_add_up_and_sources_count_once() {
        let a = sheet_of("Russia has lost 300 tanks, the ministry said.\n");
        let b = sheet_of("Russia has lost 310 tanks, The Ministry said.\n");
        let sheet = Sheet::new(vec![a, b]);
        assert_eq!(sheet.totals.drafts, 2);
        assert_eq!(sheet.totals.claims, 2);
        assert_eq!(sheet.totals.sources, 1);
    }
}
