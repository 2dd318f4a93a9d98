//! The cross-draft table of a sheet with several drafts: the things more than one draft gives
//! a figure for, each with every draft's figures side by side.
//!
//! [`ledger_table_from_drafts`] builds it from the drafts' own analyses, grouping claims by
//! the engine's subject key. It judges nothing across drafts (another draft's figure may be
//! about another day, place or group, which only a cross-draft ledger can tell), so every
//! [`LedgerSubject::verdict`] it makes is `None`. A cross-draft ledger plugs in by building a
//! [`LedgerTable`] itself, verdicts filled in, and handing it to
//! [`super::Sheet::with_ledger`]; [`super::render`] draws whichever table it is given.

use std::collections::HashMap;

use super::model::{DraftSheet, Status};

/// The cross-draft table.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LedgerTable {
    /// The subjects, in order of first mention (by draft, then line).
    pub subjects: Vec<LedgerSubject>,
    /// Who made the table, shown under it ("grouped by subject from each draft's
    /// analysis").
    pub made_by: String,
}

/// One thing several drafts give a figure for.
#[derive(Clone, Debug, PartialEq)]
pub struct LedgerSubject {
    /// The engine's subject key ("tanks lost").
    pub subject: String,
    /// Every claim about it, draft by draft, in document order.
    pub entries: Vec<LedgerEntry>,
    /// A cross-draft judgement, when the table's maker can give one: `Some` with what is
    /// wrong ("draft b.md says 400, a.md more than 450") or that the drafts agree.
    pub verdict: Option<Verdict>,
}

/// What a cross-draft ledger found about one subject.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    /// True when the drafts' figures cannot all be true at once.
    pub conflict: bool,
    /// The judgement in words.
    pub message: String,
}

/// One claim in the cross-draft table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LedgerEntry {
    /// Index of the draft in the sheet.
    pub draft: usize,
    /// Index of the figure in that draft's analysis (for the link to it).
    pub figure: usize,
    pub line: usize,
    /// The figure as written.
    pub text: String,
    /// Its value or interval in words.
    pub value: String,
    /// The source as the draft credits it, if any.
    pub source: Option<String>,
    /// Its status within its own draft.
    pub status: Status,
}

/// The cross-draft table worked out from the drafts alone: each subject key that claims in at
/// least two drafts share, with those claims. Empty for a single draft.
pub fn ledger_table_from_drafts(drafts: &[DraftSheet]) -> LedgerTable {
    let mut table = LedgerTable {
        subjects: Vec::new(),
        made_by: "Grouped by subject from each draft's own analysis: figures for the same \
                  subject in different drafts may still differ in date, place or group."
            .to_string(),
    };
    if drafts.len() < 2 {
        return table;
    }
    let mut index: HashMap<&str, usize> = HashMap::new();
    let mut drafts_of: Vec<Vec<usize>> = Vec::new();
    for (d, draft) in drafts.iter().enumerate() {
        for row in &draft.claims {
            let Some(subject) = row.subject.as_deref() else {
                continue;
            };
            let at = *index.entry(subject).or_insert_with(|| {
                table.subjects.push(LedgerSubject {
                    subject: subject.to_string(),
                    entries: Vec::new(),
                    verdict: None,
                });
                drafts_of.push(Vec::new());
                table.subjects.len() - 1
            });
            if !drafts_of[at].contains(&d) {
                drafts_of[at].push(d);
            }
            table.subjects[at].entries.push(LedgerEntry {
                draft: d,
                figure: row.figure,
                line: row.line,
                text: row.text.clone(),
                value: row.value.clone(),
                source: row.source.as_ref().map(|s| s.name.clone()),
                status: row.status,
            });
        }
    }
    let mut kept = drafts_of.iter().map(|d| d.len() >= 2);
    table.subjects.retain(|_| kept.next().unwrap_or(false));
    table
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Config, Format, analyze};

    fn draft(name: &str, text: &str) -> DraftSheet {
        DraftSheet::new(
            name,
            text,
            &analyze(text, Format::Markdown, &Config::default()),
        )
    }

    #[test]
    fn subjects_shared_by_two_drafts_are_listed_with_every_claim() {
        let drafts = [
            draft(
                "a.md",
                "Russia has lost over 450 tanks, the ministry said.\n",
            ),
            draft(
                "b.md",
                "Russia has lost 400 tanks, the ministry said.\n\n\
                 The city has 12 hospitals, the mayor said.\n",
            ),
        ];
        let table = ledger_table_from_drafts(&drafts);
        assert_eq!(table.subjects.len(), 1, "{table:?}");
        let tanks = &table.subjects[0];
        let seen: Vec<(usize, &str)> = tanks
            .entries
            .iter()
            .map(|e| (e.draft, e.text.as_str()))
            .collect();
        assert_eq!(seen, [(0, "over 450 tanks"), (1, "400 tanks")]);
        assert_eq!(tanks.verdict, None, "nothing is judged across drafts here");
    }

    #[test]
    fn one_draft_has_no_table() {
        let drafts = [draft(
            "a.md",
            "Russia has lost 300 tanks, the ministry said.\n",
        )];
        assert!(ledger_table_from_drafts(&drafts).subjects.is_empty());
    }
}
