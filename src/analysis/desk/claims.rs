//! What is filed: a draft summarised into its claims ([`DeskDraft`], [`summarise`]), each
//! with the keys it is filed under (its subject and hard scope with each mark of its story).

use std::sync::Arc;

use super::hash_of;
use super::names::{BlockNames, Name, story_marks};
use super::running::running_count_cue;
use crate::analysis::draft_date::DraftDate;
use crate::analysis::figures::interval::Interval;
use crate::analysis::text::lookup::{FastMap, FastSet};
use crate::analysis::text::shared_str::SharedStr;
use crate::analysis::text::span::Span;
use crate::analysis::{Analysis, Figure};

/// One claim of a draft, as the desk's ledger keeps it: enough to compare it, show it and
/// point to it, without the draft's text.
#[derive(Clone, Debug, PartialEq)]
pub struct DeskClaim {
    /// Its index in the draft's [`Analysis::figures`].
    pub figure: usize,
    /// The figure as written, in the draft.
    pub span: Span,
    /// The figure as written, on one line ("more than 450 tanks").
    pub text: Box<str>,
    /// The subject key ("tank lost"), when the engine has one.
    pub subject: Option<SharedStr>,
    /// The hard scope that must be equal for a comparison (years, places, groups), with the
    /// figure's holder.
    pub(super) hard: Box<str>,
    /// Hashes of the soft scope: the day or month named in words, the unclassed verb (0:
    /// none).
    pub(super) when: u64,
    pub(super) act: u64,
    pub interval: Interval,
    /// Who says so, as written (a pronoun's source when resolved), on one line.
    pub source: Option<SharedStr>,
    /// The words that make it a running count ([`running_count_cue`]).
    pub running: Option<&'static str>,
    /// Compared with other drafts' claims: not a change, a forecast or a new level.
    pub(super) compared: bool,
    /// The ledger keys it is filed under: its subject and hard scope with each name of its
    /// story ([`SAME_STORY`]). Two claims sharing a key are "the same subject in another
    /// draft".
    pub keys: Box<[u64]>,
}

impl DeskClaim {
    /// True when this claim is compared with other drafts' claims.
    pub fn is_compared(&self) -> bool {
        self.compared && !self.keys.is_empty()
    }

    /// True when a [`KeyLedger`] treats both claims alike: everything but where they are and
    /// how they read (their span, text and source) is the same.
    pub fn same_for_ledger(&self, other: &DeskClaim) -> bool {
        self.subject == other.subject
            && self.hard == other.hard
            && self.when == other.when
            && self.act == other.act
            && self.interval == other.interval
            && self.running == other.running
            && self.compared == other.compared
            && self.keys == other.keys
    }

    /// True when both claims are filed under a common key.
    pub fn shares_key(&self, other: &DeskClaim) -> bool {
        self.keys.iter().any(|k| other.keys.contains(k))
    }

    /// A running count that carries over to later dates (one since a named weekday does not).
    pub(super) fn runs(&self) -> bool {
        self.running.is_some() && self.when == 0
    }
}

/// A draft as the desk's ledger keeps it: its date and its claims.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeskDraft {
    pub date: Option<DraftDate>,
    pub claims: Vec<DeskClaim>,
}

/// Summarises `analysis` of `text` (dated `date`) for the desk's ledger.
pub fn summarise(text: &str, analysis: &Analysis, date: Option<DraftDate>) -> DeskDraft {
    summarise_with(text, analysis, date, &mut SummaryCache::default())
}

/// What [`summarise_with`] remembers of a draft's blocks and sentences from one summary to the
/// next, so that summarising a draft after a keystroke reads the edited paragraph again and no
/// other. Keeps only what the last summary used.
#[derive(Debug, Default)]
pub struct SummaryCache {
    /// Each block's names by a hash of its text, with the last run that used it.
    blocks: FastMap<u64, (Arc<BlockNames>, u64)>,
    /// Each sentence's running-count cue by a hash of its text, likewise.
    cues: FastMap<u64, (Option<&'static str>, u64)>,
    run: u64,
}

/// [`summarise`], reusing what `cache` remembers of the blocks and sentences of an earlier
/// version of the draft.
pub fn summarise_with(
    text: &str,
    analysis: &Analysis,
    date: Option<DraftDate>,
    cache: &mut SummaryCache,
) -> DeskDraft {
    let blocks = &analysis.blocks;
    let claims_at: Vec<usize> = (0..analysis.figures.len())
        .filter(|&i| analysis.figures[i].is_claim())
        .collect();
    if claims_at.is_empty() {
        return DeskDraft {
            date,
            claims: Vec::new(),
        };
    }
    cache.run += 1;
    let run = cache.run;
    let parts = block_names(text, blocks, cache);
    let proper: FastSet<&str> = parts
        .iter()
        .flat_map(|p| p.proper.iter().map(AsRef::as_ref))
        .collect();
    let names_of = |part: &BlockNames| -> Vec<Name> {
        part.names
            .iter()
            .filter(|(_, opening)| opening.as_deref().is_none_or(|w| proper.contains(w)))
            .map(|(name, _)| *name)
            .collect()
    };
    // The headline: the first heading among the first blocks (a plain-text draft's short
    // first line is one too).
    let headline: Vec<Name> = blocks
        .iter()
        .take(3)
        .position(|b| matches!(b.kind, crate::analysis::BlockKind::Heading(_)))
        .and_then(|b| parts.get(b))
        .map(|part| names_of(part))
        .unwrap_or_default();
    let mut block_marks: Vec<Option<Vec<u64>>> = vec![None; blocks.len()];
    // Whose figure each is, pronouns resolved as the draft's own ledger resolves them.
    let holders = crate::analysis::subjects::ledger::resolve_holders(&analysis.figures);
    let mut claims = Vec::with_capacity(claims_at.len());
    for i in claims_at {
        let f = &analysis.figures[i];
        let block = blocks
            .partition_point(|b| b.span.end <= f.span.start)
            .min(blocks.len().saturating_sub(1));
        let marks = match block_marks.get_mut(block) {
            Some(slot) => slot.get_or_insert_with(|| {
                let names = parts.get(block).map(|p| names_of(p)).unwrap_or_default();
                story_marks(&names, &headline)
            }),
            None => continue,
        };
        // Different holders never share a figure ("Spain has pledged 20 howitzers",
        // "Germany 12"); nor do a held figure and an unheld one, across drafts (whose is
        // it?). A holder that may be a common noun ("?Firefighters") is no known holder.
        let holder = holders
            .get(i)
            .cloned()
            .flatten()
            .filter(|h| !h.starts_with(crate::analysis::subjects::holders::UNSURE_PREFIX))
            .map(|h| h.to_lowercase())
            .unwrap_or_default();
        let sentence = f.sentence.of(text);
        let cue = cache
            .cues
            .entry(hash_of(sentence))
            .or_insert_with(|| (running_count_cue(sentence), run));
        cue.1 = run;
        claims.push(claim_of(text, i, f, marks, &holder, cue.0));
    }
    cache.cues.retain(|_, (_, used)| *used == run);
    DeskDraft { date, claims }
}

/// The names of each of `blocks` of `text`, read again only for a block `cache` has not seen
/// (by a hash of its text); the cache keeps only the blocks of this run.
fn block_names(
    text: &str,
    blocks: &[crate::analysis::Block],
    cache: &mut SummaryCache,
) -> Vec<Arc<BlockNames>> {
    let run = cache.run;
    let parts: Vec<Arc<BlockNames>> = blocks
        .iter()
        .map(|b| {
            let block = b.span.of(text);
            let entry = cache
                .blocks
                .entry(hash_of(block))
                .or_insert_with(|| (Arc::new(BlockNames::of(block)), run));
            entry.1 = run;
            Arc::clone(&entry.0)
        })
        .collect();
    cache.blocks.retain(|_, (_, used)| *used == run);
    parts
}

/// The claim figure `f` (index `i`) of `text` files: its story's `marks`, whose it is
/// (`holder`, lower case, empty for nobody's) and its sentence's running-count cue (`cue`).
fn claim_of(
    text: &str,
    i: usize,
    f: &Figure,
    marks: &[u64],
    holder: &str,
    cue: Option<&'static str>,
) -> DeskClaim {
    let scope = crate::analysis::subjects::ledger::split_scope(&f.scope);
    let (hard, (when, act), level) = (scope.hard, scope.soft, scope.level);
    let hash = |s: Option<&str>| s.map_or(0, |s| hash_of(&s).max(1));
    let keys: Box<[u64]> = match &f.subject {
        Some(subject) => marks
            .iter()
            .map(|mark| hash_of(&(subject.as_str(), hard.as_ref(), holder, *mark)))
            .collect(),
        None => Box::default(),
    };
    // Measures in other units are compared in the base unit ("40 km", "25 miles").
    let interval = match scope.conversion {
        Some(x) => crate::analysis::subjects::units::convert(&f.interval, x),
        None => f.interval,
    };
    DeskClaim {
        figure: i,
        span: f.span,
        text: one_line(f.span.of(text)).into(),
        subject: f.subject.clone(),
        hard: format!("{hard} who:{holder}").into(),
        when: hash(when),
        act: hash(act),
        interval,
        source: f.attribution.as_ref().map(|a| {
            let source = a.resolved.as_ref().unwrap_or(&a.source);
            if is_one_line(source) {
                source.clone()
            } else {
                one_line(source).into()
            }
        }),
        // A running count for the engine (time.running-count) whose words also carry over
        // to another date (no count "so far this year", none since a named weekday).
        running: cue.filter(|_| scope.running),
        compared: f.comparable && !level,
        keys,
    }
}

/// Text on one line: runs of whitespace become one space.
fn one_line(text: &str) -> String {
    if is_one_line(text) {
        return text.to_string();
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// True when `text` is on one line already: no whitespace but single spaces between words.
fn is_one_line(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.first() != Some(&b' ')
        && bytes.last() != Some(&b' ')
        && !bytes.windows(2).any(|w| w == b"  ")
        && !text.chars().any(|c| c.is_whitespace() && c != ' ')
}
