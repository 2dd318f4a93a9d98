//! Analysis of one block on its own: sentences, figures, kinds and the attributions found
//! in each sentence. Spans are relative to the block, so results can be cached by the
//! block's text and reused wherever the block moves.

use super::claims::{Figure, Kind};
use super::cues::Lexicon;
use super::interval::Interval;
use super::prose::BlockKind;
use super::span::Span;
use super::{figures, sentences};

/// The results for one block, with spans relative to the block's start.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BlockAnalysis {
    pub figures: Vec<Figure>,
}

/// Analyses one block's text.
pub fn analyze_block(text: &str, _kind: BlockKind, _cues: &Lexicon) -> BlockAnalysis {
    let sentences = sentences::split(text);
    let figures = figures::find(text)
        .into_iter()
        .map(|raw| Figure {
            span: raw.number,
            number: raw.number,
            kind: Kind::Claim,
            value: raw.value,
            interval: Interval::closed(raw.value, raw.value),
            unit: None,
            subject: None,
            qualifier: None,
            qualifier_kind: None,
            attribution: None,
            sentence: sentences
                .iter()
                .copied()
                .find(|s| s.touches(raw.number.start))
                .unwrap_or_default(),
            block: Span::new(0, text.len()),
        })
        .collect();
    BlockAnalysis { figures }
}

/// A block-relative figure moved to document offsets.
pub fn shift_figure(figure: &Figure, block: Span) -> Figure {
    let by = block.start;
    let mut f = figure.clone();
    f.span = f.span.shifted(by);
    f.number = f.number.shifted(by);
    f.sentence = f.sentence.shifted(by);
    f.block = block;
    if let Some(a) = &mut f.attribution {
        a.source_span = a.source_span.shifted(by);
        a.cue_span = a.cue_span.shifted(by);
    }
    f
}
