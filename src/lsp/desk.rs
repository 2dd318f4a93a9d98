//! The desk's ledger in the server: an open draft's conflicts with earlier drafts of the
//! workspace ([`super::index`]) as diagnostics with `relatedInformation` in the other file,
//! the same subject in other drafts on hover, and every claim of the workspace as
//! `workspace/symbol`.
//!
//! An open draft's analysis files its summary in the index and asks for its conflicts on the
//! analysis thread, before its diagnostics are written: a few hash lookups per claim, so its
//! own diagnostics are not held up. Before the index is first built there are none; when it
//! is, and whenever another draft changes, the open drafts' conflicts are worked out again
//! and published if they changed ([`super::scheduler::refresh_cross`]).

use std::path::PathBuf;
use std::sync::Arc;

use tower_lsp_server::ls_types::{Location, Range, SymbolInformation, SymbolKind, Uri};

use super::index::{Entry, Index, Place, place_of};
use super::position::Encoding;
use super::scheduler;
use super::session::{Session, file_path};
use crate::analysis::desk;
use crate::analysis::draft_date::{DraftDate, draft_date};
use crate::analysis::{Analysis, Code, Config, Format, Severity, Span};

/// A conflict of an open draft's figure with another draft's, as a diagnostic.
#[derive(Clone, Debug, PartialEq)]
pub struct CrossFinding {
    /// The figure's index in the draft's analysis.
    pub figure: usize,
    pub span: Span,
    pub severity: Severity,
    pub message: String,
    /// The other draft's figure.
    pub uri: Uri,
    pub range: Range,
    pub related: String,
}

/// An open draft's conflicts with other drafts, as of one generation of the index.
#[derive(Clone, Debug, Default)]
pub struct Cross {
    pub generation: u64,
    pub findings: Vec<CrossFinding>,
}

/// What an open draft's analysis needs to take part in the ledger.
pub struct Context {
    index: Arc<Index>,
    place: Place,
    config: Arc<Config>,
}

impl Context {
    /// The ledger context of the document at `uri` under `config`: `None` for a document
    /// outside every workspace folder, not a file, or whose settings turn the ledger off
    /// (then it leaves the index).
    pub fn of(session: &Session, uri: &Uri, config: &Arc<Config>) -> Option<Context> {
        let path = file_path(uri)?;
        if !config.ledger {
            session.index.remove(&path, false);
            return None;
        }
        let (_, name) = place_of(session, &path)?;
        Some(Context {
            index: Arc::clone(&session.index),
            place: Place {
                path,
                uri: uri.clone(),
                name,
            },
            config: Arc::clone(config),
        })
    }

    /// Files `analysis` of the document's `text` in the index and works out its conflicts
    /// with earlier drafts (none until the index is built); also says whether the index
    /// changed, so the other open drafts are checked again.
    pub fn check(
        &self,
        text: &str,
        format: Format,
        analysis: &Analysis,
        encoding: Encoding,
    ) -> (Cross, bool) {
        let entry = Entry::new(self.place.clone(), text, format, analysis, encoding, true);
        let changed = self.index.put_open(entry);
        (self.conflicts(text, format, analysis), changed)
    }

    /// The document's conflicts with earlier drafts, from its summary already in the index.
    pub fn conflicts(&self, text: &str, format: Format, analysis: &Analysis) -> Cross {
        let generation = self.index.generation();
        let Some(severity) = self.config.severity_of(Code::ConflictingFigure) else {
            return Cross {
                generation,
                findings: Vec::new(),
            };
        };
        let (Some(me), true) = (self.index.get(&self.place.path), self.index.is_ready()) else {
            return Cross {
                generation,
                findings: Vec::new(),
            };
        };
        let mut findings: Vec<CrossFinding> = self
            .index
            .conflicts(&self.place.path)
            .into_iter()
            .filter_map(|conflict| {
                let claim = me.desk.claims.get(conflict.claim)?;
                let (other_entry, k) = &conflict.earlier;
                let other = other_entry.desk.claims.get(*k)?;
                let line = other_entry.lines.get(*k).copied().unwrap_or(1) as usize;
                let place = desk::place(&other_entry.name, other_entry.desk.date, line);
                Some(CrossFinding {
                    figure: claim.figure,
                    span: claim.span,
                    severity,
                    message: desk::conflict_message(
                        &claim.text,
                        &other.text,
                        conflict.rule,
                        &place,
                    ),
                    uri: other_entry.uri.clone(),
                    range: other_entry.ranges.get(*k).copied().unwrap_or_default(),
                    related: desk::related_message(&other.text, other_entry.desk.date),
                })
            })
            .collect();
        if !findings.is_empty() {
            let figures: Vec<usize> = findings.iter().map(|f| f.figure).collect();
            let off = desk::conflicts_switched_off(text, format, &self.config, analysis, &figures);
            let mut off = off.into_iter();
            findings.retain(|_| !off.next().unwrap_or(false));
        }
        Cross {
            generation,
            findings,
        }
    }
}

/// Works out every open draft's conflicts again (in the background) and publishes those
/// that changed: the index changed.
pub fn refresh_all(session: &Arc<Session>) {
    refresh_except(session, None);
}

/// [`refresh_all`] but for the document at `except`, whose own analysis changed the index.
pub fn refresh_except(session: &Arc<Session>, except: Option<&Uri>) {
    let documents: Vec<_> = session
        .documents
        .all()
        .into_iter()
        .filter(|d| Some(&d.uri) != except)
        .collect();
    if documents.is_empty() {
        return;
    }
    let session = Arc::clone(session);
    tokio::spawn(async move {
        for document in documents {
            scheduler::refresh_cross(&session, &document).await;
        }
    });
}

/// What the hover of a figure adds from the ledger: the draft's date, its conflicts with
/// other drafts, and the same subject in other drafts ("19 March: more than 450 tanks,
/// Ukraine's General Staff").
#[derive(Debug, Default)]
pub struct HoverLines {
    pub date: Option<String>,
    pub conflicts: Vec<String>,
    pub elsewhere: Vec<String>,
}

/// The most other drafts' mentions a hover lists.
const HOVER_MENTIONS: usize = 8;

/// The ledger's lines for the hover of figure `figure` of `analysis` (of `text`, the open
/// document at `uri`), with its conflicts `cross`.
pub fn hover_lines(
    session: &Session,
    uri: &Uri,
    text: &str,
    format: Format,
    analysis: &Analysis,
    cross: &Cross,
    figure: usize,
) -> HoverLines {
    let path: Option<PathBuf> = file_path(uri);
    let name = path
        .as_deref()
        .and_then(|p| p.file_name())
        .and_then(|n| n.to_str());
    let date = draft_date(text, format, name);
    let mine: Vec<&CrossFinding> = cross
        .findings
        .iter()
        .filter(|f| f.figure == figure)
        .collect();
    let mut lines = HoverLines {
        date: date.map(|d| d.in_words()),
        conflicts: mine.iter().map(|f| f.message.clone()).collect(),
        elsewhere: Vec::new(),
    };
    let Some(path) = path else {
        return lines;
    };
    if session.index.is_empty() || !analysis.figures.get(figure).is_some_and(|f| f.is_claim()) {
        return lines;
    }
    // This figure's keys, from the text as it stands.
    let summary = desk::summarise(text, analysis, date);
    let Some(claim) = summary.claims.iter().find(|c| c.figure == figure) else {
        return lines;
    };
    for (entry, k) in session.index.mentions(&claim.keys, &path, HOVER_MENTIONS) {
        let Some(other) = entry.desk.claims.get(k) else {
            continue;
        };
        let range = entry.ranges.get(k).copied().unwrap_or_default();
        let conflicts = mine.iter().any(|f| f.uri == entry.uri && f.range == range);
        lines
            .elsewhere
            .push(mention_line(&entry, k, other, date, conflicts));
    }
    lines
}

/// "19 March: more than 450 tanks, Ukraine's General Staff (losses.md, line 8)".
fn mention_line(
    entry: &Entry,
    k: usize,
    claim: &desk::DeskClaim,
    reader: Option<DraftDate>,
    conflicts: bool,
) -> String {
    let when = entry
        .desk
        .date
        .map_or_else(|| "undated".to_string(), |d| d.in_words_beside(reader));
    let source = claim
        .source
        .as_deref()
        .map_or_else(|| ", no attribution".to_string(), |s| format!(", {s}"));
    let line = entry.lines.get(k).copied().unwrap_or(1);
    let mark = if conflicts { " (conflicts)" } else { "" };
    format!(
        "{when}: {}{source} ({}, line {line}){mark}",
        claim.text, entry.name
    )
}

/// The most claims `workspace/symbol` returns.
pub const SYMBOL_LIMIT: usize = 5000;

/// `workspace/symbol`: the claims of the workspace whose text, subject or source holds
/// `query` (ignoring case, and thousands separators in numbers: "14400" finds "14,400"),
/// drafts in ledger order. Named "400 tanks · tank lost · the General Staff" so that
/// clients that filter by name keep what the server found.
#[allow(deprecated)] // SymbolInformation::deprecated must be written to be left out
pub fn workspace_symbols(session: &Session, query: &str) -> Vec<SymbolInformation> {
    let query = searchable(query);
    let found = session.index.claims(SYMBOL_LIMIT, |entry, c| {
        let Some(claim) = entry.desk.claims.get(c) else {
            return false;
        };
        query.is_empty()
            || [
                Some(claim.text.as_ref()),
                claim.subject.as_deref(),
                claim.source.as_deref(),
            ]
            .into_iter()
            .flatten()
            .any(|field| searchable(field).contains(&query))
    });
    found
        .into_iter()
        .filter_map(|(entry, c)| {
            let claim = entry.desk.claims.get(c)?;
            let mut name = claim.text.to_string();
            for part in [claim.subject.as_deref(), claim.source.as_deref()]
                .into_iter()
                .flatten()
            {
                name.push_str(" · ");
                name.push_str(part);
            }
            let container = match entry.desk.date {
                Some(date) => format!("{} ({})", entry.name, date.in_words()),
                None => entry.name.clone(),
            };
            Some(SymbolInformation {
                name,
                kind: SymbolKind::NUMBER,
                tags: None,
                deprecated: None,
                location: Location::new(
                    entry.uri.clone(),
                    entry.ranges.get(c).copied().unwrap_or_default(),
                ),
                container_name: Some(container),
            })
        })
        .collect()
}

/// Text for searching: lower case, single spaces, no thousands separators between digits.
fn searchable(text: &str) -> String {
    let lower = text.to_lowercase();
    let chars: Vec<char> = lower.chars().collect();
    let mut out = String::with_capacity(lower.len());
    for (i, &c) in chars.iter().enumerate() {
        let between_digits = i > 0
            && chars[i - 1].is_ascii_digit()
            && chars.get(i + 1).is_some_and(char::is_ascii_digit);
        if matches!(c, ',' | '\u{a0}' | '\u{202f}') && between_digits {
            continue;
        }
        if c.is_whitespace() {
            if !out.ends_with(' ') {
                out.push(' ');
            }
            continue;
        }
        out.push(c);
    }
    out.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_ignores_case_and_thousands_separators() {
        assert_eq!(searchable("About 14,400  People"), "about 14400 people");
        assert_eq!(searchable("the General Staff"), "the general staff");
        assert_eq!(searchable("1, 2"), "1, 2");
    }
}
