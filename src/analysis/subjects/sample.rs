//! Samples and wholes: a poll's sample and the whole a part is taken from ("21 of the 80
//! people") are not counts of the thing the sentence is about.

use crate::analysis::text::tokens::Tokens;

/// True when the figure starting at `first` is the sample of a poll or survey: after
/// "surveyed", "polled", "interviewed", or after "among" or "of" in a sentence about a poll.
pub(super) fn is_sample_size(
    t: &Tokens<'_>,
    first: usize,
    sentence_start: usize,
    sentence_end: usize,
) -> bool {
    if first <= sentence_start {
        return false;
    }
    let before = first - 1;
    t.word_in(
        before,
        &["surveyed", "polled", "interviewed", "questioned", "sampled"],
    ) || (t.word_in(before, &["among", "of"])
        && (sentence_start..sentence_end).any(|i| {
            t.word_in(
                i,
                &[
                    "poll",
                    "polls",
                    "survey",
                    "surveys",
                    "pollster",
                    "pollsters",
                    "respondents",
                    "sample",
                ],
            )
        }))
}

/// True when the figure starting at `first` follows "N of the" or "N of": the whole in
/// "21 of the 80 people", "three of 12 passengers".
pub(super) fn is_whole_of_part(t: &Tokens<'_>, first: usize, sentence_start: usize) -> bool {
    let of = if first >= sentence_start + 2 && t.word_is(first - 1, "the") {
        first - 2
    } else if first > sentence_start {
        first - 1
    } else {
        return false;
    };
    of > sentence_start
        && t.word_is(of, "of")
        && (t.get(of - 1).is_some_and(|x| x.is_number())
            || crate::analysis::figures::numbers::is_number_word(t.text_of(of - 1)))
}
