//! Clock times and calendar forms the digit rules of `kind_dates.rs` miss: the first end of a
//! span of hours ("from 4 to 7pm"), loose meridiems ("8.pm"), bare hours after "at" ("on Fri
//! at 6"), dotted times ("at 7.15"), week numbers, months with years ("11-2019"), dotted
//! dates ("Tuesday 4.9", "31.12.2024"), a day named by its ordinal ("on the 3rd") and ages
//! written "64 yo".

use crate::analysis::figures::claims::Kind;
use crate::analysis::figures::kind_dates::is_time_of_day;
use crate::analysis::figures::kind_rules as R;
use crate::analysis::figures::kinds::Context;
use crate::analysis::figures::numerals::{RawFigure, Suffix};
use crate::analysis::rules::Rule;
use crate::analysis::text::tokens::Tokens;

/// Days of the week, whole and abbreviated.
const WEEKDAYS: [&str; 20] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "today",
    "tonight",
    "tomorrow",
];

/// Words that join the two ends of a span of hours.
const SPAN_JOINS: [&str; 6] = ["to", "and", "until", "till", "through", "til"];

/// Verbs and nouns before "at" that make the number a level, not a time: "stood at 7.15".
const LEVEL_BEFORE_AT: [&str; 22] = [
    "stood",
    "stands",
    "closed",
    "close",
    "traded",
    "trading",
    "peaked",
    "settled",
    "ended",
    "finished",
    "fixed",
    "set",
    "priced",
    "valued",
    "estimated",
    "capped",
    "pegged",
    "remained",
    "stayed",
    "hovered",
    "rate",
    "level",
];

/// One step of [`clock_or_calendar`]: the rule, the kind it gives, and its test.
type Step = (&'static Rule, Kind, fn(&Context<'_, '_>) -> bool);

/// The clock or calendar kind of the figure, with the rule that decided it; `None` when no
/// rule of this file applies.
pub(super) fn clock_or_calendar(ctx: &Context<'_, '_>) -> Option<(Kind, &'static Rule)> {
    let t = ctx.tokens;
    let f = &ctx.figures[ctx.index];
    if f.suffix == Suffix::Ordinal {
        return day_by_ordinal(t, f).then_some((Kind::Date, &R::DATE_DAY_ORDINAL));
    }
    if f.suffix != Suffix::None || f.unit.is_some() || f.scaled || f.grouped {
        return None;
    }
    // Every step but the dotted ones needs a number of at most 120 (an hour, a day, a month,
    // a week, an age); `at_dotted` and `dotted_date` need a '.' in the first token. Most
    // figures are larger and undotted.
    let small = f.low.value <= 120.0;
    if !small && !t.text_of(f.first).contains('.') {
        return None;
    }
    let steps: [Step; 9] = [
        (&R::TIME_SPAN_START, Kind::Time, span_of_hours),
        (&R::TIME_LOOSE_MERIDIEM, Kind::Time, loose_meridiem),
        (&R::TIME_AT_DOTTED, Kind::Time, at_dotted),
        (&R::TIME_AT_HOUR, Kind::Time, at_hour),
        (&R::DATE_MONTH_SLASH, Kind::Date, month_slash),
        (&R::DATE_MONTH_YEAR, Kind::Date, month_year),
        (&R::DATE_WEEK_NUMBER, Kind::Date, week_number),
        (&R::DATE_DOTTED, Kind::Date, dotted_date),
        (&R::AGE_YO, Kind::Age, age_yo),
    ];
    steps
        .into_iter()
        .find(|(_, _, test)| test(ctx))
        .map(|(rule, kind, _)| (kind, rule))
}

/// A whole hour of the clock, 0 to 24.
fn hour(f: &RawFigure) -> bool {
    f.high.is_none()
        && !f.decimal
        && (0.0..=24.0).contains(&f.low.value)
        && f.low.value.fract() == 0.0
}

/// "pm", "a.m.", ".pm", "p.m" starting at token `i`: the number of tokens, or `None`.
fn meridiem_at(t: &Tokens<'_>, i: usize) -> Option<usize> {
    let at = if t.punct(i) == Some('.') && t.attached(i + 1) {
        i + 1
    } else {
        i
    };
    let lead = at - i;
    // Lowercase only: "the 2 PM hopefuls" are prime ministers, "5 AM stations" radio.
    if matches!(t.text_of(at), "am" | "pm") {
        return Some(lead + 1);
    }
    (t.word_in(at, &["a", "p"]) && t.punct(at + 1) == Some('.') && t.word_is(at + 2, "m"))
        .then_some(lead + 3)
}

/// True when the figure is a clock time by the rules of `kind_dates.rs` or has a meridiem.
fn clock_figure(t: &Tokens<'_>, f: &RawFigure) -> bool {
    f.suffix == Suffix::Meridiem
        || is_time_of_day(t, f)
        || (f.high.is_none() && f.low.value <= 24.0 && meridiem_at(t, f.end).is_some())
}

/// "from 4 to 7pm", "between 9 and 10:45", "2-4 pm", "12 to 2pm": the first end of a span
/// whose second end is a clock time.
fn span_of_hours(ctx: &Context<'_, '_>) -> bool {
    let t = ctx.tokens;
    let f = &ctx.figures[ctx.index];
    // A range read as one figure: "9 and 10" before ":45", "2-4" before "pm".
    if let Some(high) = f.high {
        let whole = |v: f64| v.fract() == 0.0 && (0.0..=24.0).contains(&v);
        return whole(f.low.value)
            && whole(high.value)
            && (meridiem_at(t, f.end).is_some()
                || t.punct(f.end) == Some(':') && t.attached(f.end) && t.attached(f.end + 1));
    }
    if !hour(f) {
        return false;
    }
    // "open 9-5", "works 8-6": office hours, the second hour before the first on the clock.
    if f.hyphen_pair
        && f.first > 0
        && t.word_in(
            f.first - 1,
            &["open", "opens", "hours", "works", "working", "staffed"],
        )
        && ctx
            .figures
            .get(ctx.index + 1)
            .is_some_and(|next| hour(next) && next.low.value >= 1.0 && next.low.value < f.low.value)
    {
        return true;
    }
    let joined = matches!(t.punct(f.end), Some('-' | '–' | '—')) || t.word_in(f.end, &SPAN_JOINS);
    joined
        && ctx
            .figures
            .get(ctx.index + 1)
            .is_some_and(|next| next.first == f.end + 1 && clock_figure(t, next))
}

/// "8.pm", "9 pm" that the numeral reader left apart: a number of the clock before a
/// meridiem.
fn loose_meridiem(ctx: &Context<'_, '_>) -> bool {
    let f = &ctx.figures[ctx.index];
    (hour(f) && f.low.value <= 12.0 || f.decimal && f.low.value < 13.0)
        && meridiem_at(ctx.tokens, f.end).is_some()
}

/// "at 7.15", "at 10.45": a dotted time of the clock after "at", unless a level leads in
/// ("the index stood at 7.15").
fn at_dotted(ctx: &Context<'_, '_>) -> bool {
    let t = ctx.tokens;
    let f = &ctx.figures[ctx.index];
    let text = t.text_of(f.first);
    let Some((h, m)) = text.split_once('.') else {
        return false;
    };
    let clock = h.len() <= 2
        && h.parse::<u32>().is_ok_and(|h| h <= 23)
        && m.len() == 2
        && m.parse::<u32>().is_ok_and(|m| m < 60);
    clock
        && f.high.is_none()
        && f.first > 0
        && t.word_is(f.first - 1, "at")
        && !(f.first > 1 && t.word_in(f.first - 2, &LEVEL_BEFORE_AT))
}

/// "on Fri at 6", "at 3 this afternoon", "at 5 in the morning", "half past 9": an hour
/// named with a day or a part of the day.
fn at_hour(ctx: &Context<'_, '_>) -> bool {
    let t = ctx.tokens;
    let f = &ctx.figures[ctx.index];
    if !hour(f) || f.low.value < 1.0 || f.low.value > 12.0 || f.first == 0 {
        return false;
    }
    let b = f.first - 1;
    // "half past 9", "quarter to 10", "ten past 6".
    if t.word_in(b, &["past", "to"]) && b > 0 && t.word_in(b - 1, &["half", "quarter", "minutes"]) {
        return true;
    }
    if !t.word_is(b, "at") || b > 0 && t.word_in(b - 1, &LEVEL_BEFORE_AT) {
        return false;
    }
    let e = f.end;
    let day_before = (1..=3).any(|k| b >= k && t.word_in(b - k, &WEEKDAYS));
    let part_of_day = |i: usize| t.word_in(i, &["morning", "afternoon", "evening", "night"]);
    let part_after = t.word_in(e, &["tonight", "sharp", "tomorrow", "today"])
        || t.word_is(e, "on") && t.word_in(e + 1, &WEEKDAYS)
        || t.word_in(e, &["this", "tomorrow"]) && part_of_day(e + 1)
        || t.word_in(e, &["in", "on"]) && t.word_is(e + 1, "the") && part_of_day(e + 2);
    day_before && crate::analysis::text::nouns::counted_noun(t, e).is_none() || part_after
}

/// "Nov/14": a month and a day joined by a slash.
fn month_slash(ctx: &Context<'_, '_>) -> bool {
    let t = ctx.tokens;
    let f = &ctx.figures[ctx.index];
    f.high.is_none()
        && !f.decimal
        && f.low.value.fract() == 0.0
        && (1.0..=31.0).contains(&f.low.value)
        && f.first >= 2
        && t.punct(f.first - 1) == Some('/')
        && t.attached(f.first)
        && t.attached(f.first - 1)
        && is_month_word(t, f.first - 2)
}

fn is_month_word(t: &Tokens<'_>, i: usize) -> bool {
    t.is_capitalised(i) && crate::analysis::figures::kinds::is_month(t, i)
}

/// "11-2019", "03/2024": a month and a year.
fn month_year(ctx: &Context<'_, '_>) -> bool {
    let t = ctx.tokens;
    let f = &ctx.figures[ctx.index];
    let month = |v: f64| v.fract() == 0.0 && (1.0..=12.0).contains(&v);
    let year = |v: f64| v.fract() == 0.0 && (1900.0..=2100.0).contains(&v);
    if let Some(high) = f.high {
        return month(f.low.value)
            && year(high.value)
            && matches!(t.punct(f.first + 1), Some('-' | '/'))
            && t.attached(f.first + 1)
            && t.attached(f.first + 2);
    }
    month(f.low.value)
        && !f.decimal
        && matches!(t.punct(f.end), Some('-' | '/'))
        && t.attached(f.end)
        && t.attached(f.end + 1)
        && t.text_of(f.end + 1).len() == 4
        && t.text_of(f.end + 1).parse::<f64>().is_ok_and(year)
        && !(t.punct(f.end + 2).is_some_and(|p| matches!(p, '-' | '/')) && t.attached(f.end + 2))
}

/// "week 42", "Week 3": a week of the year, counting nothing after it.
fn week_number(ctx: &Context<'_, '_>) -> bool {
    let t = ctx.tokens;
    let f = &ctx.figures[ctx.index];
    f.high.is_none()
        && !f.decimal
        && f.low.value.fract() == 0.0
        && (1.0..=53.0).contains(&f.low.value)
        && f.first > 0
        && t.word_is(f.first - 1, "week")
        && crate::analysis::text::nouns::counted_noun(t, f.end).is_none()
}

/// "Tuesday 4.9", "31.12.2024": a day and a month joined by a dot, after a weekday or
/// before a year.
fn dotted_date(ctx: &Context<'_, '_>) -> bool {
    let t = ctx.tokens;
    let f = &ctx.figures[ctx.index];
    let text = t.text_of(f.first);
    let Some((d, m)) = text.split_once('.') else {
        return false;
    };
    let day_month = d.len() <= 2
        && m.len() <= 2
        && d.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
        && m.parse::<u32>().is_ok_and(|m| (1..=12).contains(&m));
    let year_after = t.punct(f.end) == Some('.')
        && t.attached(f.end)
        && t.attached(f.end + 1)
        && t.text_of(f.end + 1).len() == 4
        && t.get(f.end + 1).is_some_and(|x| x.is_number());
    let weekday_before = f.first > 0 && t.word_in(f.first - 1, &WEEKDAYS);
    day_month && f.high.is_none() && (year_after || weekday_before)
}

/// "on the 3rd", "by the 21st of May": a day of the month named by its ordinal.
fn day_by_ordinal(t: &Tokens<'_>, f: &RawFigure) -> bool {
    (1.0..=31.0).contains(&f.low.value)
        && f.first >= 2
        && t.word_is(f.first - 1, "the")
        && t.word_in(
            f.first - 2,
            &[
                "on", "by", "until", "till", "from", "since", "before", "after", "for",
            ],
        )
        && (t.get(f.end).is_none_or(|x| !x.is_word())
            || t.word_is(f.end, "of") && is_month_word(t, f.end + 1)
            || t.word_in(f.end, &["and", "or", "to", "through"]))
}

/// "a 64 yo woman", "23 y.o.", "a 30 y/o man": an age in its short form.
fn age_yo(ctx: &Context<'_, '_>) -> bool {
    let t = ctx.tokens;
    let f = &ctx.figures[ctx.index];
    let e = f.end;
    let young = f.high.is_none() && !f.decimal && (0.0..=120.0).contains(&f.low.value);
    young
        && (t.word_in(e, &["yo", "yrs", "yr"])
            && (!t.word_in(e, &["yrs", "yr"]) || t.word_is(e + 1, "old"))
            || t.word_is(e, "y")
                && matches!(t.punct(e + 1), Some('.' | '/'))
                && t.word_is(e + 2, "o"))
}
