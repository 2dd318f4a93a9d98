//! What the subject rules read from a whole sentence, whatever the figure: its predicate
//! words, its superlative "since", its running-count words, and the times and places it
//! names. [`subject_of_in`](super::keys::subject_of_in) asks these once per figure; a
//! [`SentenceMemo`] works each out once per sentence and hands it to the sentence's other
//! figures. Each is a pure function of the tokens and the sentence's bounds, so the answers
//! are those of asking again.

use std::sync::LazyLock;

use crate::analysis::figures::kinds::is_month_word;
use crate::analysis::subjects::narrow::{
    SUPERLATIVES, SentenceNames, names_tag_of, superlative_since,
};
use crate::analysis::subjects::place::places_in_words;
use crate::analysis::subjects::predicates::predicate_class_at;
use crate::analysis::subjects::running::running_count_parts;
use crate::analysis::subjects::time::{
    ORDINALS, named_days_and_months, ordinal_periods, past_periods, times_of_day,
};
use crate::analysis::subjects::words::vocabulary_where;
use crate::analysis::text::nouns::WEEKDAYS;
use crate::analysis::text::tokens::Tokens;
use crate::analysis::text::vocabulary::{Classes, vocabulary};

/// The sentence facts of the last sentence asked about, for the figures of one block's
/// tokens: make one per block (per [`Tokens`]) and pass it for each figure, in any order.
#[derive(Default)]
pub struct SentenceMemo {
    /// The sentence the facts are of: its text's address and its tokens' count (another
    /// block's, should a memo be passed on), and its token bounds.
    span: Option<(usize, usize, usize, usize)>,
    facts: Facts,
}

/// Each fact, once asked.
#[derive(Default)]
struct Facts {
    /// The [`Trigger`] bits of the sentence's words.
    triggers: Option<u8>,
    superlative_since: Option<Option<usize>>,
    predicates: Option<Vec<(usize, &'static str)>>,
    running: Option<(bool, Option<usize>)>,
    times: Option<[Vec<String>; 4]>,
    places: Option<Vec<String>>,
    names: Option<SentenceNames>,
}

impl SentenceMemo {
    /// The facts of sentence `[start, end)`, forgetting another sentence's.
    fn of(&mut self, t: &Tokens<'_>, start: usize, end: usize) -> &mut Facts {
        let span = Some((t.text.as_ptr() as usize, t.len(), start, end));
        if self.span != span {
            self.span = span;
            self.facts = Facts::default();
        }
        &mut self.facts
    }

    /// The sentence's [`Trigger`] bits: a scan whose bit is missing would find nothing.
    fn triggers(&mut self, t: &Tokens<'_>, start: usize, end: usize) -> u8 {
        *self
            .of(t, start, end)
            .triggers
            .get_or_insert_with(|| Trigger::of_sentence(t, start, end))
    }

    /// [`superlative_since`] of the sentence.
    pub(super) fn superlative_since(
        &mut self,
        t: &Tokens<'_>,
        start: usize,
        end: usize,
    ) -> Option<usize> {
        if self.triggers(t, start, end) & Trigger::SUPERLATIVE == 0 {
            return None;
        }
        *self
            .of(t, start, end)
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
        self.of(t, start, end).predicates.get_or_insert_with(|| {
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
            .of(t, start, end)
            .running
            .get_or_insert_with(|| running_count_parts(t, start, end));
        any || first_by.is_some_and(|by| by + 1 < first)
    }

    /// The time tags of the whole sentence: ranked periods, past periods, days and months,
    /// clock times.
    pub(super) fn times(&mut self, t: &Tokens<'_>, start: usize, end: usize) -> &[Vec<String>; 4] {
        let triggers = self.triggers(t, start, end);
        // Most sentences name no rank, "last", day, month or clock time: no scan for them.
        let scan = |bit: u8, f: fn(&Tokens<'_>, usize, usize) -> Vec<String>| {
            if triggers & bit == 0 {
                Vec::new()
            } else {
                f(t, start, end)
            }
        };
        self.of(t, start, end).times.get_or_insert_with(|| {
            [
                scan(Trigger::ORDINAL, ordinal_periods),
                scan(Trigger::LAST, past_periods),
                scan(Trigger::DAY_OR_MONTH, named_days_and_months),
                scan(Trigger::CLOCK, times_of_day),
            ]
        })
    }

    /// [`places_in_words`] of the sentence.
    pub(super) fn places(&mut self, t: &Tokens<'_>, start: usize, end: usize) -> &[String] {
        self.of(t, start, end)
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
            .of(t, start, end)
            .names
            .get_or_insert_with(|| SentenceNames::of(t, start, end));
        names_tag_of(t, names, first, start)
    }
}

/// Bits of the words some whole-sentence scans need, one table entry per vocabulary word, so
/// that one pass over a sentence's word ids tells which scans can find anything.
struct Trigger {
    /// The bits of each vocabulary word, by id.
    bits: Vec<u8>,
    /// Bits whose list has a word outside the vocabulary: always set, as that word would
    /// have no id to find it by.
    always: u8,
}

impl Trigger {
    /// A word of [`ORDINALS`]: ranked periods.
    const ORDINAL: u8 = 1;
    /// "last": past periods.
    const LAST: u8 = 1 << 1;
    /// A weekday or a month word (`is_month_word`), or a capitalised word with a possessive
    /// ("Friday's"): days and months.
    const DAY_OR_MONTH: u8 = 1 << 2;
    /// "noon", "midday", "am", "pm": clock times.
    const CLOCK: u8 = 1 << 3;
    /// A word of [`SUPERLATIVES`]: a superlative "since".
    const SUPERLATIVE: u8 = 1 << 4;

    /// The table, built once.
    fn table() -> &'static Trigger {
        static TABLE: LazyLock<Trigger> = LazyLock::new(|| {
            let v = vocabulary();
            let mut table = Trigger {
                bits: vec![0; v.len()],
                always: 0,
            };
            let mut mark = |words: &[&str], bit: u8| {
                for w in words {
                    match v.id_of(w) {
                        id if id.is_known() => table.bits[id.0 as usize] |= bit,
                        _ => table.always |= bit,
                    }
                }
            };
            mark(ORDINALS, Trigger::ORDINAL);
            mark(&["last"], Trigger::LAST);
            mark(&["noon", "midday", "am", "pm"], Trigger::CLOCK);
            mark(SUPERLATIVES, Trigger::SUPERLATIVE);
            let days = vocabulary_where(|w| {
                is_month_word(w) || WEEKDAYS.iter().any(|d| d.eq_ignore_ascii_case(w))
            });
            for (bits, day) in table.bits.iter_mut().zip(days) {
                if day {
                    *bits |= Trigger::DAY_OR_MONTH;
                }
            }
            table
        });
        &TABLE
    }

    /// The bits of the sentence `[start, end)`. The scans find their words by id (a word
    /// outside the vocabulary is none of theirs), but a day by its text without a
    /// possessive, which has no id of its own.
    fn of_sentence(t: &Tokens<'_>, start: usize, end: usize) -> u8 {
        let table = Trigger::table();
        let mut bits = table.always;
        for i in start..end {
            let info = t.info(i);
            if info.key == 0 {
                continue;
            }
            bits |= table.bits.get(info.id.0 as usize).copied().unwrap_or(0);
            if info.classes.has(Classes::CAPITALISED) {
                let word = t.text_of(i);
                if word.ends_with("'s") || word.ends_with("’s") {
                    bits |= Trigger::DAY_OR_MONTH;
                }
            }
        }
        bits
    }
}
