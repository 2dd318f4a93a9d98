//! Running counts: the words that make a figure one ([`running_count_cue`], rule
//! [`RUNNING_COUNT_CUE`](super::RUNNING_COUNT_CUE)) and the one rule they follow across
//! drafts ([`running_count_fell`], rule
//! [`RUNNING_COUNT_ONLY_GROWS`](super::RUNNING_COUNT_ONLY_GROWS)).

use crate::analysis::figures::interval::Interval;

/// Rule [`RUNNING_COUNT_ONLY_GROWS`]: true when every value the `later` wording allows lies
/// below every value the `earlier` one allows. "More than 450 tanks" then "400 tanks" fell;
/// "about 450" then "430" did not (they can be the same count); "450" then "500" grew.
///
/// The one rule of running counts, shared with the ledger of one draft: the negation of
/// [`running_count_may_follow`](crate::analysis::subjects::running::running_count_may_follow).
/// Call it only for two mentions of one running count, the `later` one later in time.
pub fn running_count_fell(earlier: &Interval, later: &Interval) -> bool {
    !crate::analysis::subjects::running::running_count_may_follow(earlier, later)
}

/// Rule [`RUNNING_COUNT_CUE`]: the words of `sentence` that make its figures a running count,
/// a total that only grows over time, if any: "so far", "to date", "in total", "in all,",
/// "cumulative", "since the invasion began", "since the start of the war", "since 24
/// February", "since 2014".
///
/// Not a running count: a count bound to a period that starts again ("so far this year"), a
/// record ("the highest since records began", "the first time since 2014"), "since" meaning
/// "because" ("since 300 jobs went"), a count since a day named relative to the draft ("since
/// Monday", "since last week": another draft's Monday is another day), "up to date".
pub fn running_count_cue(sentence: &str) -> Option<&'static str> {
    let lower = sentence.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .collect();
    let word = |i: usize| words.get(i).copied().unwrap_or("");
    let record_before =
        |i: usize| (i.saturating_sub(3)..i).any(|k| RECORD_WORDS.contains(&word(k)));
    for i in 0..words.len() {
        match word(i) {
            "so" if word(i + 1) == "far"
                && !matches!(
                    word(i + 2),
                    "as" | "away" | "from" | "off" | "this" | "more" | "fewer" | "less" | "so"
                )
                && word(i.wrapping_sub(1)) != "not" =>
            {
                return Some("so far");
            }
            "to" if word(i + 1) == "date" && !matches!(word(i.wrapping_sub(1)), "up" | "of") => {
                return Some("to date");
            }
            "in" if word(i + 1) == "total" && word(i + 2) != "of" => return Some("in total"),
            "cumulative" | "cumulatively" => return Some("cumulative"),
            "since" if !record_before(i) => {
                if let Some(cue) = since_cue(&words, i) {
                    return Some(cue);
                }
            }
            _ => {}
        }
    }
    // "In all, 300 people": only with its comma ("in all cases" is no total).
    lower.contains("in all,").then_some("in all")
}

/// Words before "since" that make what follows a record, not a running count.
const RECORD_WORDS: &[&str] = &[
    "highest",
    "lowest",
    "most",
    "least",
    "biggest",
    "largest",
    "smallest",
    "worst",
    "best",
    "first",
    "time",
    "fastest",
    "slowest",
    "strongest",
    "weakest",
    "ever",
    "record",
];

/// "since ..." at word `i`: a running count's start, or `None`.
fn since_cue(words: &[&str], i: usize) -> Option<&'static str> {
    let word = |k: usize| words.get(k).copied().unwrap_or("");
    let next = word(i + 1);
    if matches!(next, "records" | "then") {
        return None;
    }
    if matches!(next, "the" | "its" | "their" | "his" | "her" | "a")
        && matches!(word(i + 2), "start" | "beginning" | "outbreak" | "onset")
        && word(i + 3) == "of"
    {
        return Some("since the start of");
    }
    if matches!(next, "the" | "its" | "their" | "his" | "her" | "this" | "a") {
        // "since the (full-scale) invasion began", "since the war began late last month".
        for k in i + 2..(i + 6).min(words.len()) {
            if matches!(
                word(k),
                "began" | "begun" | "started" | "broke" | "erupted" | "launched"
            ) {
                return (word(i + 2) != "records").then_some("since ... began");
            }
        }
        return None;
    }
    // "since 24 February", "since February 24", "since February", "since 2014".
    let is_year = |w: &str| w.parse::<u16>().is_ok_and(|y| (1900..2100).contains(&y));
    let is_day = |w: &str| {
        ((1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit()))
            || w.strip_suffix("st")
                .or_else(|| w.strip_suffix("nd"))
                .or_else(|| w.strip_suffix("rd"))
                .or_else(|| w.strip_suffix("th"))
                .is_some_and(|d| {
                    (1..=2).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit())
                })
    };
    // One list of months for the engine: the kinds stage owns it.
    let is_month = crate::analysis::figures::kinds::is_month_word;
    if is_month(next) || (is_day(next) && is_month(word(i + 2))) {
        return Some("since <date>");
    }
    if is_year(next) {
        return Some("since <date>");
    }
    None
}
