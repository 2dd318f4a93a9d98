//! The engine: pure and synchronous. Text in, [`Analysis`] out; byte offsets only; nothing
//! here knows about the Language Server Protocol, files, terminals or async.
//!
//! The pipeline, per block (cached by the block's text, so a keystroke re-analyses one
//! paragraph): [`prose`] → [`sentences`] → [`figures`] → [`kinds`] → [`claims`] and sentence-level
//! [`attribution`]. Then the cheap document-wide steps: pronoun sources resolved to earlier
//! ones, the [`ledger`] of same-subject figures and their conflicts, and [`findings`].

pub mod attribution;
pub mod catalogue;
pub mod desk;
pub mod draft_date;
pub mod figures;
pub mod findings;
mod fix;
pub mod paragraph;
mod reuse;
pub mod rules;
pub mod subjects;
pub mod text;

use std::hash::{Hash, Hasher};
use std::sync::Arc;

use findings::{config, source_list};
use rayon::prelude::*;
use subjects::ledger;
use text::lookup::{self, FastMap};
use text::{cues, prose};

pub use attribution::{Attribution, CitedSource, Grade};
pub use figures::claims::{Figure, Kind, Qualifier};
pub use figures::interval::{Bound, Interval};
pub use findings::config::{Config, Policy, Preset};
pub use findings::finding::{Code, Finding, Fix, Related, Severity};
pub use findings::source_list::Listed;
pub use findings::weight::ClaimClass;
pub use fix::fix;
pub use text::lines::{LineCol, LineIndex};
pub use text::prose::{Block, BlockKind, Format};
pub use text::span::Span;

use paragraph::BlockAnalysis;

/// Everything the engine found in one draft.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Analysis {
    /// Every number recognised, claims and non-claims, in document order.
    pub figures: Vec<Figure>,
    /// What to report, in document order, at most the configured cap.
    pub findings: Vec<Finding>,
    /// The prose blocks (paragraphs, headings, list items, cells), in document order.
    pub blocks: Vec<Block>,
    /// Sources cited in the draft, one entry per distinct source, in order of first citation.
    pub sources: Vec<CitedSource>,
    /// For each figure, the index of the quantity (same subject key) it belongs to.
    pub quantity_of: Vec<Option<usize>>,
    /// For each quantity, its figures in document order.
    pub quantities: Vec<Vec<usize>>,
    /// Findings dropped by the cap.
    pub truncated: usize,
    /// For each figure, the listed source (`sources` of the configuration) its attribution
    /// names, and the source's figure for the claim's subject.
    pub listed: Vec<Option<Listed>>,
    /// The listed sources the draft's claims are linked to, each once.
    pub listed_sources: Vec<config::Source>,
    /// The attribution cues that name a source (named and document grades), in document
    /// order, whether or not a claim took them: the sources a quick-fix offers
    /// ([`findings::fix`]) are the ones cited nearest.
    pub attributions: Vec<Attribution>,
    /// Which [`Analyzer`] run made it, for [`Analyzer::recycle`].
    pub origin: Origin,
}

/// Analyser runs so far in the process: a run's number stamps the blocks it uses and names
/// the analysis it makes, so an analysis handed to another analyser is never taken for one
/// of its own.
static RUNS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Which [`Analyzer`] run made an analysis (none for [`analyze`]). Not part of what was
/// found: two analyses of one text are equal, and print alike, whatever made them.
#[derive(Clone, Copy, Default)]
pub struct Origin(u64);

impl PartialEq for Origin {
    fn eq(&self, _: &Origin) -> bool {
        true
    }
}

impl std::fmt::Debug for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Origin")
    }
}

impl Analysis {
    /// The figure whose span touches `offset`, if any (the innermost when several do).
    pub fn figure_at(&self, offset: usize) -> Option<usize> {
        let first = self.figures.partition_point(|f| f.span.end < offset);
        self.figures[first..]
            .iter()
            .take_while(|f| f.span.start <= offset)
            .position(|f| f.span.touches(offset))
            .map(|i| first + i)
    }

    /// The other figures about the same quantity as figure `index`, in document order.
    pub fn mentions(&self, index: usize) -> &[usize] {
        match self.quantity_of.get(index).copied().flatten() {
            Some(q) => &self.quantities[q],
            None => &[],
        }
    }

    /// The listed source figure `index` is linked to, and its recorded figure for the
    /// claim's subject, if any.
    pub fn listed_source(
        &self,
        index: usize,
    ) -> Option<(&config::Source, Option<&config::SourceFigure>)> {
        let link = self.listed.get(index).copied().flatten()?;
        let source = self.listed_sources.get(link.source)?;
        Some((source, link.figure.and_then(|f| source.figures.get(f))))
    }

    /// The claims among the figures.
    pub fn claims(&self) -> impl Iterator<Item = &Figure> {
        self.figures.iter().filter(|f| f.is_claim())
    }
}

/// Analyses `text` once, with no cache kept afterwards (so the block results are moved into
/// the [`Analysis`], not copied).
pub fn analyze(text: &str, format: Format, config: &Config) -> Analysis {
    Analyzer::default().run(text, format, config, false)
}

/// From this many blocks to analyse on, they are analysed in parallel (a keystroke's one
/// block is not worth waking the thread pool for).
const PARALLEL_FROM: usize = 16;

/// An analyser that remembers each block's results by a hash of its text, so re-analysing a
/// draft after a keystroke redoes only the edited paragraph plus the document-wide steps.
#[derive(Default)]
pub struct Analyzer {
    /// Each block's results by its key, with the last run that used it.
    cache: FastMap<u64, (Arc<BlockAnalysis>, u64)>,
    /// How the last two runs assembled their analyses (the caller may hand either back).
    layouts: Vec<reuse::Layout>,
    /// What the next run builds on: the analysis handed back by [`Analyzer::recycle`].
    recycled: Option<reuse::Previous>,
    config_fingerprint: u64,
    /// Unattributed claims' classes from the last two runs.
    classes: findings::class_memo::ClassMemo,
    /// Blocks analysed from scratch in the last run (for tests and benches).
    pub last_misses: usize,
    /// The last run built on a handed-back analysis (for tests and benches).
    pub last_reused: bool,
}

impl Analyzer {
    /// A new analyser with an empty cache.
    pub fn new() -> Self {
        Self::default()
    }

    /// Analyses `text`, reusing cached results for unchanged blocks.
    pub fn analyze(&mut self, text: &str, format: Format, config: &Config) -> Analysis {
        self.run(text, format, config, true)
    }

    /// Hands back an analysis this analyser made and nobody needs any more (the one the
    /// latest replaced), for the next run to build on: its figures are taken apart and the
    /// unchanged blocks' reused in place rather than copied out of the cache again. An
    /// analysis from elsewhere, or from a run too long ago, is just dropped.
    pub fn recycle(&mut self, analysis: Analysis) {
        let run = analysis.origin.0;
        if let Some(at) = self.layouts.iter().position(|l| run != 0 && l.run == run) {
            // The rest is rebuilt anyway: freed now rather than kept until the next edit.
            self.recycled = Some(reuse::Previous {
                figures: analysis.figures,
                cues: analysis.attributions,
                blocks: analysis.blocks,
                layout: self.layouts.swap_remove(at),
            });
        }
    }

    /// Analyses the blocks not in the cache (in parallel when there are many: each block's
    /// analysis is pure, so the results do not depend on the order), then runs the
    /// document-wide steps in document order. `keep`: remember the blocks for the next run.
    fn run(&mut self, text: &str, format: Format, config: &Config, keep: bool) -> Analysis {
        let fingerprint = config.fingerprint();
        if fingerprint != self.config_fingerprint {
            self.cache.clear();
            self.layouts.clear();
            self.recycled = None;
            self.classes = Default::default();
            self.config_fingerprint = fingerprint;
        }
        let prose = prose::extract(text, format);
        let cues = cues::Lexicon::with_extra(&config.cues);
        let keys: Vec<u64> = prose
            .blocks
            .iter()
            .map(|block| block_key(block.span.of(&prose.masked), block.kind))
            .collect();
        // Each new text once, at its first block; the cached blocks still in use are stamped
        // with this run, and the others dropped after it (updating the cache in place: building
        // a new one cost a hash insertion per block of the draft on every keystroke).
        let run = RUNS.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
        let mut first_of_key = FastMap::default();
        for (index, key) in keys.iter().enumerate() {
            match self.cache.get_mut(key) {
                Some(entry) => entry.1 = run,
                None => {
                    first_of_key.entry(*key).or_insert(index);
                }
            }
        }
        let work: Vec<(u64, usize)> = first_of_key.into_iter().collect();
        let analyse = |&(key, index): &(u64, usize)| {
            let block = &prose.blocks[index];
            let result = paragraph::analyze_block(block.span.of(&prose.masked), block.kind, &cues);
            (key, Arc::new(result))
        };
        let fresh: FastMap<u64, Arc<BlockAnalysis>> = if work.len() >= PARALLEL_FROM {
            work.par_iter().map(analyse).collect()
        } else {
            work.iter().map(analyse).collect()
        };
        self.last_misses = work.len();
        let part_of = |key: u64| {
            self.cache
                .get(&key)
                .map(|(result, _)| result)
                .or_else(|| fresh.get(&key))
        };
        let recycled = self.recycled.take().filter(|_| keep);
        let reused = recycled.and_then(|previous| {
            let new = reuse::NewBlocks {
                blocks: &prose.blocks,
                keys: &keys,
                text_len: text.len(),
                part_of,
            };
            reuse::reassemble(previous, new)
        });
        self.last_reused = reused.is_some();
        let assembled = match reused {
            Some(assembled) => assembled,
            None if keep => {
                let parts: Vec<(&Block, &Arc<BlockAnalysis>)> = prose
                    .blocks
                    .iter()
                    .zip(&keys)
                    .filter_map(|(block, key)| Some((block, part_of(*key)?)))
                    .collect();
                let mut assembled =
                    reuse::Assembled::sized_for(parts.iter().map(|(_, p)| p.as_ref()));
                for (block, part) in parts {
                    assembled.push_copy(block, part);
                }
                assembled
            }
            None => {
                // One-off: the parts are held by nothing else once the fresh results are
                // dropped, so they are moved, not copied.
                let mut parts = Vec::with_capacity(prose.blocks.len());
                for (block, key) in prose.blocks.iter().zip(&keys) {
                    if let Some(part) = part_of(*key) {
                        parts.push((block, Arc::clone(part)));
                    }
                }
                self.cache.clear();
                drop(fresh);
                let mut assembled =
                    reuse::Assembled::sized_for(parts.iter().map(|(_, p)| p.as_ref()));
                for (block, part) in parts {
                    match Arc::try_unwrap(part) {
                        Ok(part) => assembled.push_owned(block, part),
                        Err(part) => assembled.push_copy(block, &part),
                    }
                }
                // No run to remember: the analysis is never handed back.
                let mut classes = findings::class_memo::ClassMemo::one_off();
                return assemble(text, &prose, assembled, config, 0, Vec::new(), &mut classes).0;
            }
        };
        self.cache.retain(|_, (_, used)| *used == run);
        self.cache
            .extend(fresh.into_iter().map(|(key, result)| (key, (result, run))));
        let (analysis, layout) = assemble(
            text,
            &prose,
            assembled,
            config,
            run,
            keys,
            &mut self.classes,
        );
        self.classes.end_run();
        if self.layouts.len() >= 2 {
            self.layouts.remove(0);
        }
        self.layouts.push(layout);
        analysis
    }
}

/// The cache key of a block. foldhash rather than the standard SipHash: several times faster
/// on long paragraphs, and the key only has to tell the writer's own paragraphs apart (no
/// adversary chooses them to collide).
fn block_key(text: &str, kind: BlockKind) -> u64 {
    use std::hash::BuildHasher;
    let mut hasher = lookup::FastState::default().build_hasher();
    text.hash(&mut hasher);
    kind.hash(&mut hasher);
    hasher.finish()
}

/// The document-wide steps over the blocks' results at document offsets, as run `run` with
/// the blocks' cache `keys`; with the layout of what was assembled.
fn assemble(
    text: &str,
    prose: &prose::Prose<'_>,
    assembled: reuse::Assembled,
    config: &Config,
    run: u64,
    keys: Vec<u64>,
    classes: &mut findings::class_memo::ClassMemo,
) -> (Analysis, reuse::Layout) {
    let reuse::Assembled {
        mut figures,
        cues,
        carried,
        figure_starts,
        cue_starts,
    } = assembled;
    let carry_log = paragraph::carry_between_blocks(&carried, &mut figures);
    attribution::pronouns::resolve_pronouns_in(&prose.masked, &mut figures, &cues);
    let sources = attribution::sentence::cited_sources(&cues);
    let ledger = ledger::Ledger::build(&mut figures);
    let index = LineIndex::new(text);
    let (listed, listed_sources) = source_list::link(&figures, &config.sources);
    let links = source_list::Links {
        links: &listed,
        sources: &listed_sources,
    };
    let (findings, truncated) = findings::finding::collect(
        findings::finding::Inputs {
            text,
            index: &index,
            prose,
            figures: &figures,
            ledger: &ledger,
            config,
            listed: &links,
        },
        classes,
    );
    let analysis = Analysis {
        figures,
        findings,
        blocks: prose.blocks.clone(),
        sources,
        quantity_of: ledger.quantity_of,
        quantities: ledger.quantities,
        truncated,
        listed,
        listed_sources,
        attributions: cues,
        origin: Origin(run),
    };
    let layout = reuse::Layout {
        run,
        text_len: text.len(),
        keys,
        carried,
        figure_starts,
        cue_starts,
        carry_log,
    };
    (analysis, layout)
}
