//! Analysis of one block on its own: sentences, figures, kinds, claims and the attributions
//! found in or carried between its sentences. Spans are relative to the block, so results
//! can be cached by the block's text and reused wherever the block moves.

use super::attribution::{self, Attribution, Cue};
use super::claims::{self, Figure, Kind};
use super::cues::Lexicon;
use super::kinds::{self, Context};
use super::prose::BlockKind;
use super::span::Span;
use super::tokens::Tokens;
use super::{figures, sentences, subjects};

/// The results for one block, with spans relative to the block's start.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BlockAnalysis {
    /// Every figure, claims and non-claims, in order.
    pub figures: Vec<Figure>,
    /// Every attribution cue found, in order (also those on sentences without figures, which
    /// pronouns in later sentences may refer back to).
    pub cues: Vec<Attribution>,
}

/// Analyses one block's text.
pub fn analyze_block(text: &str, kind: BlockKind, lexicon: &Lexicon) -> BlockAnalysis {
    let t = Tokens::new(text);
    if t.is_empty() {
        return BlockAnalysis::default();
    }
    let sentences = sentences::split(text);
    let quotes = sentences::quotations(text);
    let ranges: Vec<(usize, usize)> = sentences
        .iter()
        .map(|s| (t.index_at(s.start), t.index_at(s.end)))
        .collect();
    let headline = matches!(kind, BlockKind::Heading(_))
        || (sentences.len() == 1
            && !text
                .trim_end()
                .ends_with(['.', '!', '?', '”', '"', '’', ':', ';', ','])
            && text.len() < 200);
    let title_case = headline && is_title_case(&t);

    let cues: Vec<Vec<Cue>> = ranges
        .iter()
        .map(|&(s, e)| attribution::cues_in_sentence(&t, s, e, &quotes, headline, lexicon))
        .collect();

    let raw = figures::find(&t);
    let sentence_of = |token: usize| {
        ranges
            .iter()
            .position(|&(s, e)| s <= token && token < e)
            .unwrap_or(0)
    };
    let kinds: Vec<Option<Kind>> = (0..raw.len())
        .map(|index| {
            let sentence_start = ranges[sentence_of(raw[index].first)].0;
            kinds::classify(&Context {
                tokens: &t,
                figures: &raw,
                index,
                title_case,
                sentence_start,
            })
        })
        .collect();

    let mut out = Vec::with_capacity(raw.len());
    for (index, r) in raw.iter().enumerate() {
        let Some(kind) = kinds[index] else { continue };
        let si = sentence_of(r.first);
        let (s0, s1) = ranges[si];
        let noun = if kind == Kind::Claim {
            subjects::counted_noun(&t, r.end)
        } else {
            None
        };
        let mut figure = claims::build(&t, r, kind, noun);
        figure.sentence = sentences[si];
        figure.block = Span::new(0, text.len());
        if kind == Kind::Claim {
            // Years, dates and time references in the same sentence scope the claim.
            let scoped_by: Vec<String> = out
                .iter()
                .filter(|other: &&Figure| {
                    other.sentence == sentences[si]
                        && matches!(other.kind, Kind::Year | Kind::Date | Kind::TimeReference)
                })
                .map(|other| other.span.of(text).to_string())
                .chain(
                    raw.iter()
                        .zip(&kinds)
                        .skip(index + 1)
                        .filter(|(other, k)| {
                            other.first < s1
                                && matches!(k, Some(Kind::Year | Kind::Date | Kind::TimeReference))
                        })
                        .map(|(other, _)| other.span.of(text).to_string()),
                )
                .collect();
            let qualifier_start = claims::qualifier_before(&t, r.first).map_or(r.first, |(s, _)| s);
            let subject = subjects::subject_of(&t, r, qualifier_start, s0, s1, &scoped_by);
            figure.subject = subject.key;
            figure.scope = subject.scope;
            figure.comparable = subject.comparable && !r.approximate;
            figure.attribution = attribution_for(&t, r.first, si, &ranges, &cues, &quotes);
        }
        out.push(figure);
    }
    BlockAnalysis {
        figures: out,
        cues: cues.into_iter().flatten().map(|c| c.attribution).collect(),
    }
}

/// The attribution of a claim at token `at` in sentence `si`: the nearest cue in its
/// sentence, else one carried by a quotation spanning sentences, else a governing
/// "According to X," earlier in the block.
fn attribution_for(
    t: &Tokens<'_>,
    at: usize,
    si: usize,
    ranges: &[(usize, usize)],
    cues: &[Vec<Cue>],
    quotes: &[Span],
) -> Option<Attribution> {
    if let Some(cue) = cues[si].iter().min_by_key(|c| c.at.abs_diff(at)) {
        return Some(cue.attribution.clone());
    }
    let carried = |a: &Attribution| Attribution {
        carried: true,
        ..a.clone()
    };
    // A quotation that runs over several sentences carries the cue of any of them.
    let offset = t.list[at].span.start;
    for q in quotes
        .iter()
        .filter(|q| q.start <= offset && offset < q.end)
    {
        let nearest = ranges
            .iter()
            .enumerate()
            .filter(|(k, r)| *k != si && !cues[*k].is_empty() && spans_touch(t, r.0, r.1, *q))
            .min_by_key(|(k, _)| k.abs_diff(si));
        if let Some((k, _)) = nearest
            && let Some(cue) = cues[k].first()
        {
            return Some(carried(&cue.attribution));
        }
    }
    // "According to X, ..." governs the following cue-less sentences of its block.
    for k in (0..si).rev() {
        if let Some(first) = cues[k].first() {
            return cues[k]
                .iter()
                .find(|c| c.governing)
                .or(if first.governing { Some(first) } else { None })
                .map(|c| carried(&c.attribution));
        }
    }
    None
}

/// True when the tokens `[s, e)` overlap the byte span `q`, counting a quotation that ends
/// right where the sentence begins.
fn spans_touch(t: &Tokens<'_>, s: usize, e: usize, q: Span) -> bool {
    if s >= e {
        return false;
    }
    let start = t.list[s].span.start;
    let end = t.list[e - 1].span.end;
    start < q.end && q.start < end
}

/// A headline in title case: most words capitalised.
fn is_title_case(t: &Tokens<'_>) -> bool {
    let words: Vec<usize> = (0..t.len())
        .filter(|&i| t.get(i).is_some_and(|x| x.is_word()) && t.text_of(i).len() > 3)
        .collect();
    words.len() >= 3
        && words.iter().filter(|&&i| t.is_capitalised(i)).count() * 4 >= words.len() * 3
}

/// A block-relative figure moved to document offsets.
pub fn shift_figure(figure: &Figure, block: Span) -> Figure {
    let mut f = figure.clone();
    shift_figure_in_place(&mut f, block);
    f
}

/// [`shift_figure`] without the copy, for a block result no one else holds.
pub fn shift_figure_in_place(f: &mut Figure, block: Span) {
    let by = block.start;
    f.span = f.span.shifted(by);
    f.number = f.number.shifted(by);
    f.sentence = f.sentence.shifted(by);
    f.block = block;
    if let Some(a) = &mut f.attribution {
        shift_attribution(a, by);
    }
}

/// A block-relative attribution moved to document offsets.
pub fn shift_attribution(a: &mut Attribution, by: usize) {
    a.source_span = a.source_span.shifted(by);
    a.cue_span = a.cue_span.shifted(by);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims_of(text: &str) -> Vec<(String, Option<String>)> {
        analyze_block(text, BlockKind::Paragraph, &Lexicon::default())
            .figures
            .into_iter()
            .filter(|f| f.is_claim())
            .map(|f| (f.span.of(text).to_string(), f.attribution.map(|a| a.source)))
            .collect()
    }

    #[test]
    fn a_quotation_over_two_sentences_carries_its_cue() {
        let got = claims_of("“We lost 300 tanks. We also lost 40 planes,” the minister said.");
        assert_eq!(got.len(), 2);
        assert!(
            got.iter()
                .all(|(_, s)| s.as_deref() == Some("the minister")),
            "{got:?}"
        );
    }

    #[test]
    fn according_to_governs_the_rest_of_the_paragraph() {
        let got =
            claims_of("According to the UN, 816 civilians have died. Another 1,333 were wounded.");
        assert!(
            got.iter().all(|(_, s)| s.as_deref() == Some("the UN")),
            "{got:?}"
        );
    }

    #[test]
    fn a_new_sentence_without_a_cue_is_unattributed() {
        let got = claims_of("The UN said 816 civilians have died. Russia has 300 tanks.");
        assert_eq!(got[1].1, None);
    }
}
