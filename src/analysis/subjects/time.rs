//! Scopes of time: a period named by its rank ("his first season") or with "last" ("last
//! year"), a day or month named in words ("on Monday"), and the times that only say when a
//! thing was said or a count began.

use crate::analysis::subjects::words::List;
use crate::analysis::text::nouns::WEEKDAYS;
use crate::analysis::text::tokens::Tokens;

/// Words that rank a period: "first season", "final quarter".
pub(super) const ORDINALS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "final", "last", "opening",
];

/// A period named by its rank ("in his first season", "the second quarter", "first-half
/// profit"), as a scope tag: a count in someone's first season is not this season's.
pub(super) fn ordinal_periods(t: &Tokens<'_>, start: usize, end: usize) -> Vec<String> {
    const PERIODS: &[&str] = &[
        "season", "year", "quarter", "half", "term", "month", "week", "day", "innings",
    ];
    const PERIODS_PLURAL: &[&str] = &[
        "seasons", "years", "quarters", "terms", "months", "weeks", "days", "games", "matches",
    ];
    let ordinals = List::new(ORDINALS);
    (start..end.saturating_sub(1))
        .filter_map(|i| {
            if !ordinals.has(t, i) {
                return None;
            }
            let mut u = i + 1;
            if t.punct(u) == Some('-') && t.attached(u) {
                u += 1;
            }
            // "last year" and "last season" say when, like a year, and scope already as
            // time references where they count; only ranks and halves are added here.
            if t.word_is(i, "last") {
                return None;
            }
            // "in its first three months": a ranked period with a count.
            if t.get(u).is_some_and(|x| x.is_number())
                || t.word_in(
                    u,
                    &[
                        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                        "twelve", "few",
                    ],
                )
            {
                let n = u + 1;
                return (n < end && t.word_in(n, PERIODS_PLURAL)).then(|| {
                    format!(
                        "@{}-{}",
                        t.text_of(i).to_lowercase(),
                        t.text_of(n).to_lowercase()
                    )
                });
            }
            (u < end && t.word_in(u, PERIODS)).then(|| {
                format!(
                    "@{}-{}",
                    t.text_of(i).to_lowercase(),
                    t.text_of(u).to_lowercase()
                )
            })
        })
        .collect()
}

/// A past period named with "last" ("Vantrix cut 900 jobs, or 6% of staff, last March",
/// "it sold 2m cars last year"), as a hard scope tag: the news is about now, so a figure
/// placed in an earlier year, month or season is another quantity, however far the words
/// are from it. Not the day a thing was said ("said last March"), and not the recent days
/// a story often happens in ("last night", "last week", "last Tuesday").
pub(super) fn past_periods(t: &Tokens<'_>, start: usize, end: usize) -> Vec<String> {
    const PERIODS: &[&str] = &[
        "year", "season", "quarter", "summer", "autumn", "winter", "spring", "decade", "term",
    ];
    (start..end.saturating_sub(1))
        .filter(|&i| t.word_is(i, "last"))
        .filter_map(|i| {
            let u = i + 1;
            let period = t.word_in(u, PERIODS)
                || crate::analysis::figures::kinds::is_month_word(t.text_of(u));
            (period && !is_incidental_time(t, u, start))
                .then(|| format!("@last-{}", t.text_of(u).to_lowercase()))
        })
        .collect()
}

/// A date or time reference that says when something was said or when a running count
/// began, not which period a figure covers: "said on 12 March", "(since the invasion) began
/// on 24 February". `sentence_start` bounds the look back.
pub fn is_incidental_time(t: &Tokens<'_>, first: usize, sentence_start: usize) -> bool {
    let mut i = first;
    // Step back over "on", "last", "the", "of": "said on Sunday", "said last week".
    // "since the war began late last month": the start of a running count, not its period.
    while i > sentence_start
        && t.word_in(
            i - 1,
            &[
                "on", "last", "the", "of", "this", "late", "early", "in", "mid",
            ],
        )
    {
        i -= 1;
    }
    i > sentence_start
        && t.word_in(
            i - 1,
            &[
                "said",
                "says",
                "told",
                "announced",
                "reported",
                "confirmed",
                "added",
                "stated",
                "published",
                "released",
                "began",
                "begun",
                "started",
                "launched",
            ],
        )
}

/// The prefix of a scope tag naming a day or a month in words: see `ledger::split_scope`.
pub const WHEN_PREFIX: &str = "when:";

/// Days and months named in words that place the sentence's figures in time ("on Monday",
/// "By Wednesday", "in March"), as scope tags; not the day something was said on.
pub(super) fn named_days_and_months(t: &Tokens<'_>, start: usize, end: usize) -> Vec<String> {
    let mut tags = Vec::new();
    for i in start..end {
        if !t.is_capitalised(i) || !t.get(i).is_some_and(|x| x.is_word()) {
            continue;
        }
        let word = t.text_of(i);
        // "Friday's closing price" is Friday too.
        let name = word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix("’s"))
            .unwrap_or(word);
        let weekday = WEEKDAYS.iter().any(|d| d.eq_ignore_ascii_case(name));
        // A month alone ("in March"); with a day it is a date figure and scopes already. The
        // word before is asked first: most capitalised words follow no such word.
        let month = i > start
            && t.word_in(
                i - 1,
                &[
                    "in", "by", "since", "until", "during", "from", "last", "this", "next",
                    "early", "late", "mid", "of",
                ],
            )
            && !t.get(i + 1).is_some_and(|x| x.is_number())
            && !(t.punct(i + 1) == Some('.') && t.get(i + 2).is_some_and(|x| x.is_number()))
            && !t.get(i - 1).is_some_and(|x| x.is_number())
            && crate::analysis::figures::kinds::is_month_word(word);
        if (weekday || month) && !is_incidental_time(t, i, start) {
            // "Monday evening" is a time within Monday: not Monday as a whole, and not
            // "Monday morning".
            match weekday && t.word_in(i + 1, PARTS_OF_DAY) {
                true => tags.push(format!(
                    "{WHEN_PREFIX}{}-{}",
                    name.to_lowercase(),
                    t.text_of(i + 1).to_lowercase()
                )),
                false => tags.push(format!("{WHEN_PREFIX}{}", name.to_lowercase())),
            }
        }
    }
    tags
}

/// Parts of a day that, after a weekday, place a figure within it: "Monday evening".
const PARTS_OF_DAY: &[&str] = &["morning", "afternoon", "evening", "night"];

/// Clock times that place the sentence's figures in time ("At 10am", "by 3.30pm", "at
/// noon"), as scope tags: `when:t600` (minutes after midnight). Not the time something was
/// said at ("said at 3pm").
pub(super) fn times_of_day(t: &Tokens<'_>, start: usize, end: usize) -> Vec<String> {
    let mut tags = Vec::new();
    for i in start..end {
        let Some(minutes) = clock_minutes(t, i, end) else {
            continue;
        };
        // "said at 3pm", "told reporters by noon".
        let lead = if i > start && t.word_in(i - 1, &["at", "by", "until"]) {
            i - 1
        } else {
            i
        };
        if !is_incidental_time(t, lead, start) {
            tags.push(format!("{WHEN_PREFIX}t{minutes}"));
        }
    }
    tags
}

/// The clock time starting at token `i`, in minutes after midnight: "10am" (600), "3.30pm"
/// (930), "noon" (720). Lowercase "am"/"pm" only, as the figures stage reads them.
fn clock_minutes(t: &Tokens<'_>, i: usize, end: usize) -> Option<u32> {
    // Asked of every token: a word is "noon" or nothing, a number is read on.
    let tok = t.get(i)?;
    if tok.is_word() {
        return (t.word_is(i, "noon") || t.word_is(i, "midday")).then_some(720);
    }
    if !tok.is_number() || i + 1 >= end {
        return None;
    }
    let meridiem = t.text_of(i + 1);
    let pm = match meridiem {
        "am" => false,
        "pm" => true,
        _ => return None,
    };
    let text = t.text_of(i);
    let (h, m) = match text.split_once(['.', ':']) {
        Some((h, m)) => (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?),
        None => (text.parse::<u32>().ok()?, 0),
    };
    if !(1..=12).contains(&h) || m >= 60 {
        return None;
    }
    Some(((h % 12) + if pm { 12 } else { 0 }) * 60 + m)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(text: &str) -> Vec<String> {
        let t = Tokens::new(text);
        times_of_day(&t, 0, t.len())
    }

    #[test]
    fn clock_times_and_parts_of_a_named_day_place_a_figure() {
        assert_eq!(tags("At 10am, 40 people were trapped"), ["when:t600"]);
        assert_eq!(tags("By 3.30pm, 17 people had died"), ["when:t930"]);
        assert_eq!(tags("By noon 19 people had died"), ["when:t720"]);
        let t = Tokens::new("By Monday evening 4,000 homes were without power");
        assert_eq!(
            named_days_and_months(&t, 0, t.len()),
            ["when:monday-evening"]
        );
        // Near misses: when a thing was said, a capitalised "PM".
        assert!(tags("The trust said at 10am that 40 people were in hospital").is_empty());
        assert!(tags("The 2 PM hopefuls met 40 voters").is_empty());
    }
}
