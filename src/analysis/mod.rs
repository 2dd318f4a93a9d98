//! The engine: pure and synchronous. Text in, [`Analysis`] out; byte offsets only; nothing
//! here knows about the Language Server Protocol, files, terminals or async.
//!
//! The pipeline, per block (cached by the block's text, so a keystroke re-analyses one
//! paragraph): [`prose`] → [`sentences`] → [`figures`] → [`kinds`] → [`claims`] and sentence-level
//! [`attribution`]. Then the cheap document-wide steps: pronoun sources resolved to earlier
//! ones, the [`ledger`] of same-subject figures and their conflicts, and [`findings`].

pub mod attribution;
pub mod claims;
pub mod config;
pub mod cues;
pub mod figures;
pub mod findings;
pub mod interval;
pub mod kinds;
pub mod ledger;
pub mod lookup;
pub mod lines;
pub mod numbers;
pub mod paragraph;
pub mod prose;
pub mod sentences;
pub mod span;
pub mod subjects;
pub mod switches;
pub mod tokens;

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

pub use attribution::{Attribution, Grade};
pub use claims::{Figure, Kind, Qualifier};
pub use config::Config;
pub use findings::{Code, Finding, Fix, Related, Severity};
pub use interval::{Bound, Interval};
pub use lines::{LineCol, LineIndex};
pub use prose::{Block, BlockKind, Format};
pub use span::Span;

use paragraph::BlockAnalysis;

/// A source cited somewhere in the draft, as written, with the place it is first cited.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct CitedSource {
    pub source: String,
    pub span: Span,
    pub grade: Grade,
}

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

    /// The claims among the figures.
    pub fn claims(&self) -> impl Iterator<Item = &Figure> {
        self.figures.iter().filter(|f| f.is_claim())
    }
}

/// Analyses `text` once, with no cache.
pub fn analyze(text: &str, format: Format, config: &Config) -> Analysis {
    Analyzer::default().analyze(text, format, config)
}

/// An analyser that remembers each block's results by a hash of its text, so re-analysing a
/// draft after a keystroke redoes only the edited paragraph plus the document-wide steps.
#[derive(Default)]
pub struct Analyzer {
    cache: HashMap<u64, Arc<BlockAnalysis>>,
    config_fingerprint: u64,
    /// Blocks analysed from scratch in the last run (for tests and benches).
    pub last_misses: usize,
}

impl Analyzer {
    /// A new analyser with an empty cache.
    pub fn new() -> Self {
        Self::default()
    }

    /// Analyses `text`, reusing cached results for unchanged blocks.
    pub fn analyze(&mut self, text: &str, format: Format, config: &Config) -> Analysis {
        let fingerprint = config.fingerprint();
        if fingerprint != self.config_fingerprint {
            self.cache.clear();
            self.config_fingerprint = fingerprint;
        }
        let prose = prose::extract(text, format);
        let cues = cues::Lexicon::with_extra(&config.cues);
        let mut next_cache = HashMap::with_capacity(prose.blocks.len());
        let mut parts = Vec::with_capacity(prose.blocks.len());
        self.last_misses = 0;
        for block in &prose.blocks {
            let block_text = block.span.of(&prose.masked);
            let key = block_key(block_text, block.kind);
            let result = match self.cache.get(&key).or_else(|| next_cache.get(&key)) {
                Some(hit) => Arc::clone(hit),
                None => {
                    self.last_misses += 1;
                    Arc::new(paragraph::analyze_block(block_text, block.kind, &cues))
                }
            };
            next_cache.insert(key, Arc::clone(&result));
            parts.push((block.clone(), result));
        }
        self.cache = next_cache;
        assemble(text, &prose, parts, config)
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

/// The document-wide steps over per-block results.
fn assemble(
    text: &str,
    prose: &prose::Prose<'_>,
    parts: Vec<(Block, Arc<BlockAnalysis>)>,
    config: &Config,
) -> Analysis {
    let mut figures = Vec::new();
    let mut cues = Vec::new();
    let mut blocks = Vec::with_capacity(parts.len());
    for (block, part) in &parts {
        figures.extend(
            part.figures
                .iter()
                .map(|f| paragraph::shift_figure(f, block.span)),
        );
        cues.extend(part.cues.iter().map(|a| {
            let mut a = a.clone();
            paragraph::shift_attribution(&mut a, block.span.start);
            a
        }));
        blocks.push(block.clone());
    }
    attribution::resolve_pronouns(&mut figures, &cues);
    let sources = attribution::cited_sources(&cues);
    let ledger = ledger::Ledger::build(&figures);
    let index = LineIndex::new(text);
    let (findings, truncated) =
        findings::collect(text, &index, prose, &figures, &ledger, &cues, config);
    Analysis {
        figures,
        findings,
        blocks,
        sources,
        quantity_of: ledger.quantity_of,
        quantities: ledger.quantities,
        truncated,
    }
}
