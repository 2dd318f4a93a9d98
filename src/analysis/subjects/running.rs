//! Running counts: "so far", "to date", "in total", "since the war began", "as of": a count
//! that may only grow. A later mention that is higher is an update, a lower one contradicts.
//!
//! [`running_count_may_follow`] is the one rule, shared by the ledger of one draft and the
//! ledger across drafts (issue 15: a later draft may raise a running count, not lower it).

use crate::analysis::figures::interval::{Bound, Interval};
use crate::analysis::subjects::narrow::superlative_since;
use crate::analysis::subjects::words::List;
use crate::analysis::text::lookup::FastMap;
use crate::analysis::text::nouns::MONTHS;
use crate::analysis::text::nouns::WEEKDAYS;
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
    let (any, first_by) = running_count_parts(t, start, end);
    any || first_by.is_some_and(|by| by + 1 < first)
}

/// [`is_running_count`] in two parts that hold for every figure of the sentence `[start,
/// end)`: whether it has a running-count phrase other than "by", and its first "by" with a
/// date or a day after it (which counts for a figure after that date or day).
pub(super) fn running_count_parts(
    t: &Tokens<'_>,
    start: usize,
    end: usize,
) -> (bool, Option<usize>) {
    // Every test below starts with one of these words: the rest of the sentence's tokens
    // are turned away by one bit test.
    let opens = List::new(&["so", "thus", "to", "in", "as", "since", "by"]);
    // The sentence's superlative "since", looked for once, at its first "since".
    let mut compared_since = None;
    let mut first_by = None;
    let any = (start..end).any(|i| {
        if !opens.has(t, i) {
            return false;
        }
        if first_by.is_none()
            && t.word_is(i, "by")
            && (t.get(i + 1).is_some_and(|x| x.is_number())
                || t.word_in(i + 1, &["noon", "midday"])
                || crate::analysis::figures::kinds::is_month_word(t.text_of(i + 1))
                || crate::analysis::text::nouns::WEEKDAYS
                    .iter()
                    .any(|d| d.eq_ignore_ascii_case(t.text_of(i + 1))))
        {
            first_by = Some(i);
        }
        (t.word_is(i, "so") && t.word_is(i + 1, "far"))
            || (t.word_is(i, "thus") && t.word_is(i + 1, "far"))
            || (t.word_is(i, "to") && t.word_is(i + 1, "date"))
            || (t.word_is(i, "in") && t.word_is(i + 1, "total"))
            || (t.word_is(i, "as") && t.word_is(i + 1, "of") && i + 2 < end)
            || (t.word_is(i, "since")
                && !(i > start && t.word_is(i - 1, "ever"))
                // "the largest since 2010" compares; it starts no count.
                && *compared_since.get_or_insert_with(|| superlative_since(t, start, end))
                    != Some(i))
    });
    // Once a phrase is found the scan stops, and the "by" no longer matters.
    (any, first_by)
}

/// What a running count's time is ordered by: a weekday, a month named in words, or a date
/// (day and month). Ranks of different orders are never compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TimeOrder {
    /// A clock time, in minutes after midnight ("by 3pm").
    Clock,
    Weekday,
    Month,
    Date,
}

/// The month a word names, 1 to 12 ("March", "Sept."); `None` for any other word.
fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| *m == w || (w.len() <= 4 && m.starts_with(w.as_str())))
        .and_then(|i| u32::try_from(i + 1).ok())
}

/// The time a running count is stated for, ranked within its order, and its hard scope
/// without that time: "by Wednesday" (`when:wednesday`), "by March" (`when:march`), "as of
/// 10 March" (`@10 March` in the hard scope). `None` when the figure names no such time or
/// names two.
pub fn time_rank(hard: &str, when: Option<&str>) -> Option<(TimeOrder, u32, String)> {
    let tags: Vec<&str> = hard.split(' ').filter(|t| !t.is_empty()).collect();
    // A date is written "@10 March" or "@March 10" in the hard scope: two tags.
    let mut date = None;
    for (k, pair) in tags.windows(2).enumerate() {
        let (a, b) = (pair[0].trim_start_matches('@'), pair[1]);
        let found = match (
            a.parse::<u32>(),
            month_number(b),
            month_number(a),
            b.parse::<u32>(),
        ) {
            (Ok(d), Some(m), _, _) | (_, _, Some(m), Ok(d))
                if pair[0].starts_with('@') && (1..=31).contains(&d) =>
            {
                Some(m * 40 + d)
            }
            _ => None,
        };
        if let Some(rank) = found {
            if date.is_some() {
                return None;
            }
            date = Some((rank, k));
        }
    }
    if let Some((rank, k)) = date {
        if when.is_some() {
            return None;
        }
        let rest: Vec<&str> = tags
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != k && *j != k + 1)
            .map(|(_, t)| *t)
            .collect();
        return Some((TimeOrder::Date, rank, rest.join(" ")));
    }
    let when = when?;
    if let Some(minutes) = when.strip_prefix('t').and_then(|m| m.parse::<u32>().ok()) {
        return Some((TimeOrder::Clock, minutes, hard.to_string()));
    }
    if let Some(d) = WEEKDAYS.iter().position(|d| *d == when) {
        return Some((TimeOrder::Weekday, u32::try_from(d).ok()?, hard.to_string()));
    }
    month_number(when).map(|m| (TimeOrder::Month, m, hard.to_string()))
}

/// The running counts of a draft placed in time, per subject and scope, for comparing a
/// count with those stated earlier in the draft for an earlier (or, for dates, a later)
/// time. Per subject, scope and time only the highest lower bound and the lowest upper
/// bound are kept, so it stays linear in the figures.
#[derive(Default)]
pub(crate) struct TimedCounts {
    seen: FastMap<(String, String, TimeOrder), Vec<TimedBounds>>,
}

struct TimedBounds {
    rank: u32,
    max_low: Option<(Bound, usize)>,
    min_high: Option<(Bound, usize)>,
}

impl TimedCounts {
    /// The earlier figure that the running count `i` (subject `key`, scope `rest`, time
    /// `order`/`rank`, interval `interval`) contradicts: one stated earlier for an earlier
    /// time that lies wholly above it, or, for dates (which never wrap round as weekdays
    /// and months do), one stated earlier for a later date that lies wholly below it.
    pub(crate) fn clash(
        &self,
        key: &str,
        rest: &str,
        order: TimeOrder,
        rank: u32,
        interval: &Interval,
    ) -> Option<usize> {
        let list = self.seen.get(&(key.to_string(), rest.to_string(), order))?;
        list.iter().find_map(|b| {
            if b.rank < rank {
                let (low, j) = b.max_low?;
                let earlier = Interval {
                    low: Some(low),
                    high: None,
                };
                (!running_count_may_follow(&earlier, interval)).then_some(j)
            } else if b.rank > rank && order == TimeOrder::Date {
                let (high, j) = b.min_high?;
                let later = Interval {
                    low: None,
                    high: Some(high),
                };
                (!running_count_may_follow(interval, &later)).then_some(j)
            } else {
                None
            }
        })
    }

    /// Records running count `i` for later comparisons.
    pub(crate) fn accept(
        &mut self,
        key: &str,
        rest: String,
        order: TimeOrder,
        rank: u32,
        interval: &Interval,
        i: usize,
    ) {
        let list = self.seen.entry((key.to_string(), rest, order)).or_default();
        let at = match list.iter().position(|b| b.rank == rank) {
            Some(at) => at,
            None => {
                list.push(TimedBounds {
                    rank,
                    max_low: None,
                    min_high: None,
                });
                list.len() - 1
            }
        };
        let b = &mut list[at];
        if let Some(low) = interval.low
            && b.max_low.is_none_or(|(o, _)| low.value > o.value)
        {
            b.max_low = Some((low, i));
        }
        if let Some(high) = interval.high
            && b.min_high.is_none_or(|(o, _)| high.value < o.value)
        {
            b.min_high = Some((high, i));
        }
    }
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
    fn running_counts_are_ranked_by_their_day_month_or_date() {
        assert_eq!(
            time_rank("", Some("wednesday")),
            Some((TimeOrder::Weekday, 2, String::new()))
        );
        assert_eq!(
            time_rank("@Leeds", Some("march")),
            Some((TimeOrder::Month, 3, "@Leeds".to_string()))
        );
        assert_eq!(
            time_rank("@10 March act:registered", None),
            Some((TimeOrder::Date, 130, "act:registered".to_string()))
        );
        assert_eq!(
            time_rank("", Some("t930")),
            Some((TimeOrder::Clock, 930, String::new()))
        );
        // Two dates, a date and a day, or no time at all: no rank.
        assert_eq!(time_rank("@10 March @12 March", None), None);
        assert_eq!(time_rank("@10 March", Some("monday")), None);
        assert_eq!(time_rank("@2021", None), None);
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
