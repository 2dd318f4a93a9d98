//! Reusing an earlier analysis of the same document after an edit.
//!
//! A keystroke changes one block, but the document-wide steps need every figure of the
//! draft at document offsets, in one vector. Copying them out of the block cache on every
//! keystroke (some 2,100 figures, each holding shared strings, on a 36,000-word draft) was
//! the largest cost of a keystroke in the language server, where the cache is cold. When
//! the caller hands back an analysis the analyser made ([`super::Analyzer::recycle`]), its
//! vectors are taken apart instead: the document-wide changes undone, the edited blocks'
//! figures spliced in, and the figures after them moved by the length of the edit.
//!
//! What the analyser remembers of each run to do so is its [`Layout`]. Anything that does
//! not line up falls back to assembling from the block cache, and a property test holds the
//! result equal to a fresh analysis over random edit sequences.

use std::sync::Arc;

use crate::analysis::attribution::sentence::Attribution;
use crate::analysis::figures::claims::Figure;
use crate::analysis::paragraph::{BlockAnalysis, BlockCarry, shift_attribution, shift_figure};
use crate::analysis::text::prose::Block;
use crate::analysis::text::span::Span;

/// The figures, cues and hand-offs of a draft's blocks at document offsets, in document
/// order, before the document-wide steps; with where each block's figures and cues start.
pub(super) struct Assembled {
    pub figures: Vec<Figure>,
    pub cues: Vec<Attribution>,
    pub carried: Vec<BlockCarry>,
    /// Per block, the index of its first figure; one more entry at the end (the total).
    pub figure_starts: Vec<usize>,
    /// Per block, the index of its first cue; one more entry at the end.
    pub cue_starts: Vec<usize>,
}

impl Assembled {
    /// Room for the results of `parts`, one per block: sized once, since growing by
    /// doubling would copy every figure several times.
    pub fn sized_for<'p>(parts: impl Iterator<Item = &'p BlockAnalysis> + Clone) -> Self {
        let figures = parts.clone().map(|p| p.figures.len()).sum();
        let cues = parts.clone().map(|p| p.cues.len()).sum();
        Self::with_capacity(parts.count(), figures, cues)
    }

    /// Room for `blocks` blocks, `figures` figures and `cues` cues.
    pub fn with_capacity(blocks: usize, figures: usize, cues: usize) -> Self {
        let mut figure_starts = Vec::with_capacity(blocks + 1);
        let mut cue_starts = Vec::with_capacity(blocks + 1);
        figure_starts.push(0);
        cue_starts.push(0);
        Assembled {
            figures: Vec::with_capacity(figures),
            cues: Vec::with_capacity(cues),
            carried: Vec::with_capacity(blocks),
            figure_starts,
            cue_starts,
        }
    }

    /// Appends `part`, the results of `block`, copied to document offsets.
    pub fn push_copy(&mut self, block: &Block, part: &BlockAnalysis) {
        self.carried
            .push(BlockCarry::of(block.span, block.kind, part));
        self.figures
            .extend(part.figures.iter().map(|f| shift_figure(f, block.span)));
        self.cues.extend(part.cues.iter().map(|a| {
            let mut a = a.clone();
            shift_attribution(&mut a, block.span.start);
            a
        }));
        self.close_block();
    }

    /// Appends `part`, moved rather than copied (no one else holds it).
    pub fn push_owned(&mut self, block: &Block, mut part: BlockAnalysis) {
        self.carried
            .push(BlockCarry::of(block.span, block.kind, &part));
        // Moved in one copy per block, then shifted where they lie: a draft of megabytes
        // moves tens of thousands of figures here, after the parallel analysis.
        let first = self.figures.len();
        self.figures.append(&mut part.figures);
        for f in &mut self.figures[first..] {
            crate::analysis::paragraph::shift_figure_in_place(f, block.span);
        }
        let first = self.cues.len();
        self.cues.append(&mut part.cues);
        for a in &mut self.cues[first..] {
            shift_attribution(a, block.span.start);
        }
        self.close_block();
    }

    fn close_block(&mut self) {
        self.figure_starts.push(self.figures.len());
        self.cue_starts.push(self.cues.len());
    }
}

/// What one analyser run assembled: enough to take its analysis apart again.
pub(super) struct Layout {
    /// The run that made the analysis (its [`super::Origin`]).
    pub run: u64,
    /// The length of the text analysed.
    pub text_len: usize,
    /// Per block, its cache key (its place is in the analysis's `blocks`).
    pub keys: Vec<u64>,
    pub carried: Vec<BlockCarry>,
    pub figure_starts: Vec<usize>,
    pub cue_starts: Vec<usize>,
    /// The figures whose attribution the carry-over between blocks set, with the one each
    /// had before: the document-wide change to undo.
    pub carry_log: Vec<(usize, Option<Attribution>)>,
}

/// What the analyser keeps of a handed-back analysis: the vectors to take apart, the blocks
/// they came from, and the run's layout.
pub(super) struct Previous {
    pub figures: Vec<Figure>,
    pub cues: Vec<Attribution>,
    pub blocks: Vec<Block>,
    pub layout: Layout,
}

/// The blocks of the new text, their keys, and each key's results.
pub(super) struct NewBlocks<'a, F> {
    pub blocks: &'a [Block],
    pub keys: &'a [u64],
    pub text_len: usize,
    pub part_of: F,
}

/// Takes apart the previous analysis's figures and cues by its layout and assembles the new
/// text's blocks from them: the blocks before the first changed one and after the last
/// are reused in place (those after moved by the edit's change in length), the ones between
/// copied from their results. `None` when the layout does not describe the vectors or a
/// block's results are missing: the caller then assembles from the block cache.
pub(super) fn reassemble<'a, F>(previous: Previous, new: NewBlocks<'a, F>) -> Option<Assembled>
where
    F: Fn(u64) -> Option<&'a Arc<BlockAnalysis>>,
{
    let Previous {
        mut figures,
        mut cues,
        blocks: old_blocks,
        layout,
    } = previous;
    let (old_n, new_n) = (layout.keys.len(), new.keys.len());
    if old_blocks.len() != old_n
        || layout.carried.len() != old_n
        || layout.figure_starts.len() != old_n + 1
        || layout.cue_starts.len() != old_n + 1
        || layout.figure_starts.last() != Some(&figures.len())
        || layout.cue_starts.last() != Some(&cues.len())
    {
        return None;
    }
    let delta = new.text_len as isize - layout.text_len as isize;
    // Unchanged blocks before the edit: same text at the same place.
    let mut p = 0;
    while p < old_n.min(new_n) && layout.keys[p] == new.keys[p] && old_blocks[p] == new.blocks[p] {
        p += 1;
    }
    // Unchanged blocks after it: same text, moved by the change in length.
    let mut q = 0;
    while q < (old_n - p).min(new_n - p) {
        let (o, n) = (old_n - 1 - q, new_n - 1 - q);
        let same = layout.keys[o] == new.keys[n]
            && old_blocks[o].kind == new.blocks[n].kind
            && moved(old_blocks[o].span, delta) == Some(new.blocks[n].span);
        if !same {
            break;
        }
        q += 1;
    }
    // The raw figures again: the carried speakers undone. (Pronouns need nothing undone:
    // `resolve_pronouns` sets every pronoun's resolution afresh.)
    for (index, raw) in layout.carry_log.into_iter().rev() {
        figures.get_mut(index)?.attribution = raw;
    }
    // The changed blocks, from their results.
    let changed = p..new_n - q;
    let mut middle = Assembled::with_capacity(changed.len(), 0, 0);
    for i in changed {
        let block = &new.blocks[i];
        middle.push_copy(block, (new.part_of)(new.keys[i])?);
    }
    let (f0, f1) = (layout.figure_starts[p], layout.figure_starts[old_n - q]);
    let (c0, c1) = (layout.cue_starts[p], layout.cue_starts[old_n - q]);
    let (added_figures, added_cues) = (middle.figures.len(), middle.cues.len());
    figures.splice(f0..f1, middle.figures);
    cues.splice(c0..c1, middle.cues);
    for f in &mut figures[f0 + added_figures..] {
        move_figure(f, delta)?;
    }
    for a in &mut cues[c0 + added_cues..] {
        move_attribution(a, delta)?;
    }
    let mut carried = layout.carried;
    carried.splice(p..old_n - q, middle.carried);
    for c in &mut carried[new_n - q..] {
        c.span = moved(c.span, delta)?;
    }
    let starts = |old: &[usize], middle: &[usize], first: usize, end_before: usize, end_after| {
        let mut out = Vec::with_capacity(new_n + 1);
        out.extend_from_slice(&old[..=p]);
        out.extend(middle[1..].iter().map(|k| first + k));
        out.extend(
            old[old_n - q + 1..]
                .iter()
                .map(|k| k - end_before + end_after),
        );
        out
    };
    let figure_starts = starts(
        &layout.figure_starts,
        &middle.figure_starts,
        f0,
        f1,
        f0 + added_figures,
    );
    let cue_starts = starts(
        &layout.cue_starts,
        &middle.cue_starts,
        c0,
        c1,
        c0 + added_cues,
    );
    Some(Assembled {
        figures,
        cues,
        carried,
        figure_starts,
        cue_starts,
    })
}

/// `span` moved by `delta` bytes; `None` if that would leave the text's start behind.
fn moved(span: Span, delta: isize) -> Option<Span> {
    Some(Span::new(
        span.start.checked_add_signed(delta)?,
        span.end.checked_add_signed(delta)?,
    ))
}

fn move_figure(f: &mut Figure, delta: isize) -> Option<()> {
    f.span = moved(f.span, delta)?;
    f.number = moved(f.number, delta)?;
    f.sentence = moved(f.sentence, delta)?;
    if let Some(a) = &mut f.attribution {
        move_attribution(a, delta)?;
    }
    Some(())
}

fn move_attribution(a: &mut Attribution, delta: isize) -> Option<()> {
    a.source_span = moved(a.source_span, delta)?;
    a.cue_span = moved(a.cue_span, delta)?;
    Some(())
}

#[cfg(test)]
mod tests {
    use crate::analysis::{Analysis, Analyzer, Config, Format, analyze};

    /// A draft whose speakers cross paragraph breaks (an open quotation, a "said:"), so the
    /// carry-over has something to undo, with a word to type in `middle`.
    fn draft(middle: &str) -> String {
        format!(
            "The ministry said 300 tanks were lost.\n\n\
             “We counted 40 jets,” said General Smith. “And 12 ships.\n\n\
             “Also 9 drones {middle} in May,” he added.\n\n\
             The agency said:\n\n\
             - 14,400 soldiers\n\
             - 450 tanks\n\n\
             Russia lost 400 tanks."
        )
    }

    fn same(a: &Analysis, b: &Analysis) -> bool {
        format!("{a:?}") == format!("{b:?}")
    }

    #[test]
    fn typing_builds_on_the_handed_back_analysis_and_matches_a_fresh_one() {
        let config = Config::default();
        let mut analyzer = Analyzer::new();
        let mut previous = analyzer.analyze(&draft(""), Format::Markdown, &config);
        for (k, word) in ["f", "fl", "fle", "flew", "flew, it said,", "", "“"]
            .iter()
            .enumerate()
        {
            let text = draft(word);
            let analysis = analyzer.analyze(&text, Format::Markdown, &config);
            assert_eq!(analyzer.last_reused, k >= 1, "keystroke {k}");
            assert!(
                same(&analysis, &analyze(&text, Format::Markdown, &config)),
                "{text}"
            );
            analyzer.recycle(std::mem::replace(&mut previous, analysis));
        }
    }

    #[test]
    fn a_headline_sourced_below_is_undone_when_the_body_loses_its_source() {
        let config = Config::default();
        let mut analyzer = Analyzer::new();
        let body = |source: &str| {
            format!(
                "# Ministry: 300 tanks lost\n\n# 1,200 troops killed\n\n{source} 1,200 troops were killed.\n\nMore news."
            )
        };
        let mut previous = analyzer.analyze(&body("The ministry said"), Format::Markdown, &config);
        for (k, source) in [
            "The ministry sai",
            "The",
            "",
            "Officials said",
            "The ministry said",
        ]
        .into_iter()
        .enumerate()
        {
            let text = body(source);
            let analysis = analyzer.analyze(&text, Format::Markdown, &config);
            // (The first edit starts the block cache; later ones build on the last analysis.)
            assert!(analyzer.last_reused || k == 0, "{text}");
            assert!(
                same(&analysis, &analyze(&text, Format::Markdown, &config)),
                "{text}"
            );
            analyzer.recycle(std::mem::replace(&mut previous, analysis));
        }
    }

    #[test]
    fn an_analysis_the_analyser_did_not_make_is_not_built_on() {
        let config = Config::default();
        let mut analyzer = Analyzer::new();
        analyzer.analyze(&draft(""), Format::Markdown, &config);
        // A one-off analysis, and one made by another analyser for another text.
        analyzer.recycle(analyze(&draft("x"), Format::Markdown, &config));
        let text = draft("flew");
        let analysis = analyzer.analyze(&text, Format::Markdown, &config);
        assert!(!analyzer.last_reused);
        let mut other = Analyzer::new();
        let foreign = other.analyze("Russia lost 3 tanks.", Format::PlainText, &config);
        analyzer.recycle(foreign);
        let again = analyzer.analyze(&text, Format::Markdown, &config);
        assert!(!analyzer.last_reused);
        assert!(same(&analysis, &again));
    }

    #[test]
    fn a_new_configuration_starts_afresh() {
        let mut analyzer = Analyzer::new();
        let first = analyzer.analyze(&draft(""), Format::Markdown, &Config::default());
        analyzer.analyze(&draft("x"), Format::Markdown, &Config::default());
        analyzer.recycle(first);
        let config = Config {
            max_diagnostics: 3,
            ..Config::default()
        };
        let text = draft("flew");
        let analysis = analyzer.analyze(&text, Format::Markdown, &config);
        assert!(!analyzer.last_reused);
        assert!(same(&analysis, &analyze(&text, Format::Markdown, &config)));
    }
}
