//! What the subject rules read from a whole sentence, whatever the figure: its predicate
//! words, its superlative "since", its running-count words, and the times and places it
//! names. [`subject_of_in`](super::keys::subject_of_in) asks these once per figure; a
//! [`SentenceMemo`] works each out once per sentence and hands it to the sentence's other
//! figures. Each is a pure function of the tokens and the sentence's bounds, so the answers
//! are those of asking again.

use crate::analysis::subjects::narrow::{SentenceNames, names_tag_of, superlative_since};
use crate::analysis::subjects::place::places_in_words;
use crate::analysis::subjects::predicates::predicate_class_at;
use crate::analysis::subjects::running::running_count_parts;
use crate::analysis::subjects::time::{
    named_days_and_months, ordinal_periods, past_periods, times_of_day,
};
use crate::analysis::text::tokens::Tokens;

/// The sentence facts of the last sentence asked about, for the figures of one block's
/// tokens: make one per block (per [`Tokens`]) and pass it for each figure, in any order.
#[derive(Default)]
pub struct SentenceMemo {
    /// The sentence's token bounds, when facts are held.
    span: Option<(usize, usize)>,
    facts: Facts,
}

/// Each fact, once asked.
#[derive(Default)]
struct Facts {
    superlative_since: Option<Option<usize>>,
    predicates: Option<Vec<(usize, &'static str)>>,
    running: Option<(bool, Option<usize>)>,
    times: Option<[Vec<String>; 4]>,
    places: Option<Vec<String>>,
    names: Option<SentenceNames>,
}

impl SentenceMemo {
    /// The facts of sentence `[start, end)`, forgetting another sentence's.
    fn of(&mut self, start: usize, end: usize) -> &mut Facts {
        if self.span != Some((start, end)) {
            self.span = Some((start, end));
            self.facts = Facts::default();
        }
        &mut self.facts
    }

    /// [`superlative_since`] of the sentence.
    pub(super) fn superlative_since(
        &mut self,
        t: &Tokens<'_>,
        start: usize,
        end: usize,
    ) -> Option<usize> {
        *self
            .of(start, end)
            .superlative_since
            .get_or_insert_with(|| superlative_since(t, start, end))
    }

    /// The sentence's predicate words in token order, with their classes: every token `i`
    /// with [`predicate_class_at`], but a capitalised one only at the sentence's start (a
    /// name elsewhere, "the General Staff").
    pub(super) fn predicates(
        &mut self,
        t: &Tokens<'_>,
        start: usize,
        end: usize,
    ) -> &[(usize, &'static str)] {
        self.of(start, end).predicates.get_or_insert_with(|| {
            (start..end)
                .filter(|&i| i == start || !t.is_capitalised(i))
                .filter_map(|i| predicate_class_at(t, i).map(|class| (i, class)))
                .collect()
        })
    }

    /// [`is_running_count`](super::running::is_running_count) of the figure whose first
    /// token is `first`.
    pub(super) fn is_running_count(
        &mut self,
        t: &Tokens<'_>,
        first: usize,
        start: usize,
        end: usize,
    ) -> bool {
        let (any, first_by) = *self
            .of(start, end)
            .running
            .get_or_insert_with(|| running_count_parts(t, start, end));
        any || first_by.is_some_and(|by| by + 1 < first)
    }

    /// The time tags of the whole sentence: ranked periods, past periods, days and months,
    /// clock times.
    pub(super) fn times(&mut self, t: &Tokens<'_>, start: usize, end: usize) -> &[Vec<String>; 4] {
        self.of(start, end).times.get_or_insert_with(|| {
            [
                ordinal_periods(t, start, end),
                past_periods(t, start, end),
                named_days_and_months(t, start, end),
                times_of_day(t, start, end),
            ]
        })
    }

    /// [`places_in_words`] of the sentence.
    pub(super) fn places(&mut self, t: &Tokens<'_>, start: usize, end: usize) -> &[String] {
        self.of(start, end)
            .places
            .get_or_insert_with(|| places_in_words(t, start, end))
    }

    /// [`names_tag_of`] the figure whose first token is `first`.
    pub(super) fn names_tag(
        &mut self,
        t: &Tokens<'_>,
        first: usize,
        start: usize,
        end: usize,
    ) -> Option<String> {
        let names = self
            .of(start, end)
            .names
            .get_or_insert_with(|| SentenceNames::of(t, start, end));
        names_tag_of(t, names, first, start)
    }
}
