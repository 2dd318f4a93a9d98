//! The desk's ledger on the command line: the drafts of one run (a folder, or several files)
//! are dated, put in ledger order (by date, undated last, then by path) and compared with
//! the engine's cross-draft ledger ([`crate::analysis::desk`]); each conflict becomes a
//! `conflicting-figure` on the later draft, pointing to the earlier draft's figure.

use std::sync::Arc;

use rayon::prelude::*;

use super::config_file::ProjectConfig;
use super::report::{CheckedFile, CodeFilter, Elsewhere};
use crate::analysis::desk::{self, DeskConflict, DeskDraft};
use crate::analysis::{Code, Finding};

/// The drafts of a run as the ledger keeps them, in ledger order: each the index of its
/// file in the run and its summary. Drafts whose configuration turns the ledger off are
/// left out.
pub struct Filed {
    pub drafts: Vec<(usize, DeskDraft)>,
    pub conflicts: Vec<DeskConflict>,
}

impl Filed {
    /// Summarises `files` (in parallel), orders them and compares them.
    pub fn new(files: &[CheckedFile], configs: &[Arc<ProjectConfig>]) -> Filed {
        let mut drafts: Vec<(usize, DeskDraft)> = files
            .par_iter()
            .enumerate()
            .filter(|(i, _)| configs.get(*i).is_none_or(|c| c.config.ledger))
            .map(|(i, file)| (i, desk::summarise(&file.text, &file.analysis, file.date)))
            .collect();
        drafts.sort_by(|(a, _), (b, _)| {
            desk::ledger_order(
                (files[*a].date, files[*a].name.as_str()),
                (files[*b].date, files[*b].name.as_str()),
            )
        });
        let ordered: Vec<&DeskDraft> = drafts.iter().map(|(_, d)| d).collect();
        let conflicts = desk::ledger(&ordered);
        Filed { drafts, conflicts }
    }

    /// The file and claim of a place in the ledger.
    pub fn claim(&self, at: desk::At) -> Option<(usize, &desk::DeskClaim)> {
        let (file, draft) = self.drafts.get(at.draft)?;
        Some((*file, draft.claims.get(at.claim)?))
    }
}

/// Compares the drafts of a run and adds each conflict across drafts to the later draft's
/// findings, unless its configuration, `filter` or an ignore switch keeps it quiet.
pub fn cross_check(files: &mut [CheckedFile], configs: &[Arc<ProjectConfig>], filter: &CodeFilter) {
    if files.len() < 2 || !filter.keeps(Code::ConflictingFigure) {
        return;
    }
    let filed = Filed::new(files, configs);
    let mut found: Vec<Vec<(Finding, Vec<Elsewhere>)>> = vec![Vec::new(); files.len()];
    for conflict in &filed.conflicts {
        let (Some((later, claim)), Some((earlier, other))) =
            (filed.claim(conflict.later), filed.claim(conflict.earlier))
        else {
            continue;
        };
        let Some(severity) = configs
            .get(later)
            .and_then(|c| c.config.severity_of(Code::ConflictingFigure))
        else {
            continue;
        };
        let before = &files[earlier];
        let line = before.line_of(other.span.start);
        let place = desk::place(&before.name, before.date, line);
        let (excerpt, excerpt_span) = before.excerpt(other.span);
        let elsewhere = Elsewhere {
            path: before.name.clone(),
            region: before.region(other.span),
            message: desk::related_message(&other.text, before.date),
            excerpt,
            excerpt_span,
        };
        let finding = Finding {
            code: Code::ConflictingFigure,
            severity,
            span: claim.span,
            figure: claim.figure,
            message: desk::conflict_message(&claim.text, &other.text, conflict.rule, &place),
            related: Vec::new(),
            class: None,
            class_rule: None,
        };
        found[later].push((finding, vec![elsewhere]));
    }
    for (i, found) in found.into_iter().enumerate() {
        if found.is_empty() {
            continue;
        }
        let file = &files[i];
        let figures: Vec<usize> = found.iter().map(|(f, _)| f.figure).collect();
        let config = configs.get(i).map(|c| &c.config);
        let off = match config {
            Some(config) => desk::conflicts_switched_off(
                &file.text,
                file.format,
                config,
                &file.analysis,
                &figures,
            ),
            None => vec![false; figures.len()],
        };
        let kept: Vec<(Finding, Vec<Elsewhere>)> = found
            .into_iter()
            .zip(off)
            .filter_map(|(f, off)| (!off).then_some(f))
            .collect();
        files[i].add_findings(kept);
        // The cap holds for a draft's findings however many drafts they come from.
        if let Some(config) = config {
            files[i].cap_findings(config.max_diagnostics);
        }
    }
}
