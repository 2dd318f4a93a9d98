//! Running counts: "so far", "to date", "in total", "since the war began", "as of": a count
//! that may only grow. A later mention that is higher is an update, a lower one contradicts.
//!
//! [`running_count_may_follow`] is the one rule, shared by the ledger of one draft and the
//! ledger across drafts (issue 15: a later draft may raise a running count, not lower it).

use crate::analysis::figures::interval::Interval;
use crate::analysis::subjects::narrow::superlative_since;
use crate::analysis::text::tokens::Tokens;

/// The scope tag of a running count: see `ledger::split_scope`.
pub const RUNNING_TAG: &str = "run:";

/// True when a running count stated later (`later`) may follow one stated earlier
/// (`earlier`): it agrees with it or lies above it. Only a later count lying wholly below
/// the earlier one contradicts it ("1,200 so far" then "900 so far").
pub fn running_count_may_follow(earlier: &Interval, later: &Interval) -> bool {
    match (later.high, earlier.low) {
        (Some(high), Some(low)) => {
            high.value > low.value || (high.value == low.value && high.inclusive && low.inclusive)
        }
        _ => true,
    }
}

/// True when the sentence `[start, end)` states a running count: "so far", "to date",
/// "thus far", "in total", "since ...", "as of", and "by" with a date or a day before the
/// figure at `first` ("By Friday, 1,450 had crossed"; not "1.9 million customers will
/// receive an email by Friday").
pub fn is_running_count(t: &Tokens<'_>, first: usize, start: usize, end: usize) -> bool {
    (start..end).any(|i| {
        (t.word_is(i, "so") && t.word_is(i + 1, "far"))
            || (t.word_is(i, "thus") && t.word_is(i + 1, "far"))
            || (t.word_is(i, "to") && t.word_is(i + 1, "date"))
            || (t.word_is(i, "in") && t.word_is(i + 1, "total"))
            || (t.word_is(i, "as") && t.word_is(i + 1, "of") && i + 2 < end)
            || (t.word_is(i, "since")
                && !(i > start && t.word_is(i - 1, "ever"))
                // "the largest since 2010" compares; it starts no count.
                && superlative_since(t, start, end) != Some(i))
            || (t.word_is(i, "by")
                && i + 1 < first
                && (t.get(i + 1).is_some_and(|x| x.is_number())
                    || crate::analysis::figures::kinds::is_month_word(t.text_of(i + 1))
                    || crate::analysis::text::nouns::WEEKDAYS
                        .iter()
                        .any(|d| d.eq_ignore_ascii_case(t.text_of(i + 1)))))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_running_count_may_grow_but_never_fall() {
        let so_far = Interval::half_open(1_150.0, 1_250.0);
        assert!(running_count_may_follow(
            &so_far,
            &Interval::half_open(1_350.0, 1_450.0)
        ));
        assert!(running_count_may_follow(
            &so_far,
            &Interval::half_open(1_190.0, 1_210.0)
        ));
        assert!(running_count_may_follow(
            &so_far,
            &Interval::above(1_000.0, false)
        ));
        assert!(!running_count_may_follow(
            &so_far,
            &Interval::half_open(850.0, 950.0)
        ));
    }

    #[test]
    fn running_counts_are_marked_by_their_words() {
        for (text, running) in [
            ("So far 1,200 people have crossed", true),
            ("To date, 1,200 people have crossed", true),
            ("Since the war began, 1,200 people have died", true),
            ("By 2 June 1,200 people had crossed", true),
            ("As of Tuesday 1,200 people had crossed", true),
            ("About 1,200 people crossed last week", false),
            ("He has lived there ever since", false),
            ("The 1,900 customers will get an email by Friday", false),
            ("The park is as big as 1,200 pitches", false),
        ] {
            let t = Tokens::new(text);
            let first = (0..t.len())
                .rev()
                .find(|&i| t.get(i).is_some_and(|x| x.is_number()));
            let first = first.unwrap_or(t.len());
            assert_eq!(is_running_count(&t, first, 0, t.len()), running, "{text}");
        }
    }
}
