//! Dates and clock times in digits: '14:30', '19/03/2022', '24 February', years.

use crate::analysis::figures::kind_rules as R;
use crate::analysis::figures::kinds::*;
use crate::analysis::figures::numerals::RawFigure;
use crate::analysis::rules::Rule;
use crate::analysis::text::tokens::Tokens;

pub(super) fn is_time_of_day(t: &Tokens<'_>, f: &RawFigure) -> bool {
    let Some(d) = digits_token(t, f) else {
        return false;
    };
    // "14:30", and a race time's seconds with hundredths: "26:48.36".
    let two_digits = |i: usize| {
        t.get(i).is_some_and(|x| x.is_number())
            && t.text_of(i).split('.').next().is_some_and(|w| w.len() == 2)
    };
    // "14:30", the "30" of "14:30", "10.30 GMT"
    if f.low.value == 12.0 && is_plain_integer(f) && t.word_in(f.end, &["noon", "midnight"]) {
        return true;
    }
    (t.punct(d + 1) == Some(':') && t.attached(d + 1) && t.attached(d + 2) && two_digits(d + 2))
        || (d >= 2
            && t.punct(d - 1) == Some(':')
            && t.attached(d)
            && t.attached(d - 1)
            && t.get(d - 2).is_some_and(|x| x.is_number()))
        || t.word_in(
            f.end,
            &[
                "GMT",
                "BST",
                "UTC",
                "CET",
                "EST",
                "EDT",
                "PST",
                "PDT",
                "ET",
                "PT",
                "CEST",
                "hrs",
                "o",
                "o'clock",
                "oclock",
                "o’clock",
            ],
        ) && is_plain_integer(f)
            && f.low.value <= 2400.0
}

pub(super) fn is_numeric_date(t: &Tokens<'_>, f: &RawFigure) -> bool {
    let Some(d) = digits_token(t, f) else {
        return false;
    };
    let sep = |i: usize| matches!(t.punct(i), Some('/' | '.' | '-'));
    let num = |i: usize| t.get(i).is_some_and(|x| x.is_number()) && t.attached(i);
    // Every form below has a separator right after or right before the digits: most
    // numbers have none.
    if !(sep(d + 1) || d > 0 && sep(d - 1)) {
        return false;
    }
    // Positions in "19/03/2022" or "2022-03-19": a number with a separator and a number on
    // at least one side, forming three parts in all.
    let forward = sep(d + 1)
        && t.attached(d + 1)
        && num(d + 2)
        && sep(d + 3)
        && t.attached(d + 3)
        && num(d + 4);
    let middle = d >= 2
        && sep(d - 1)
        && t.attached(d)
        && t.attached(d - 1)
        && t.get(d - 2).is_some_and(|x| x.is_number())
        && sep(d + 1)
        && t.attached(d + 1)
        && num(d + 2);
    let back = d >= 4
        && sep(d - 1)
        && t.attached(d)
        && t.attached(d - 1)
        && num(d - 2)
        && sep(d - 3)
        && t.get(d - 4).is_some_and(|x| x.is_number());
    // "24/7" and "9/11" read as dates too.
    let pair =
        t.punct(d + 1) == Some('/') && t.attached(d + 1) && num(d + 2) && !num_after(t, d + 3)
            || d >= 2
                && t.punct(d - 1) == Some('/')
                && t.attached(d)
                && t.attached(d - 1)
                && t.get(d - 2).is_some_and(|x| x.is_number());
    let slash_date = pair && f.low.value <= 31.0 && !f.decimal;
    ((forward || middle || back) && plausible_date_chain(t, d) || slash_date) && is_plain_integer(f)
}

/// The numbers joined by date separators around token `d` read as a day, a month and a
/// year: three parts, each at most 31 or a year. "2024-03-19" is; "1-888-327-4236" is not.
pub(super) fn plausible_date_chain(t: &Tokens<'_>, d: usize) -> bool {
    let sep = |i: usize| matches!(t.punct(i), Some('/' | '.' | '-')) && t.attached(i);
    let num = |i: usize| t.get(i).is_some_and(|x| x.is_number()) && t.attached(i);
    let mut first = d;
    while first >= 2 && sep(first - 1) && t.get(first - 2).is_some_and(|x| x.is_number()) {
        first -= 2;
    }
    let mut parts = vec![first];
    let mut k = first;
    while sep(k + 1) && num(k + 2) {
        k += 2;
        parts.push(k);
    }
    let value = |i: usize| t.text_of(i).parse::<u32>().ok();
    let years = parts
        .iter()
        .filter(|&&i| value(i).is_some_and(|v| (1000..=2100).contains(&v)))
        .count();
    parts.len() == 3
        && years <= 1
        && parts
            .iter()
            .all(|&i| value(i).is_some_and(|v| v <= 31 || (1000..=2100).contains(&v)))
}

pub(super) fn num_after(t: &Tokens<'_>, i: usize) -> bool {
    matches!(t.punct(i), Some('/')) && t.get(i + 1).is_some_and(|x| x.is_number())
}

pub(super) fn is_month_day(t: &Tokens<'_>, f: &RawFigure) -> bool {
    let day = |v: f64| (1.0..=31.0).contains(&v) && v.fract() == 0.0;
    // "March 19-20", "19–20 March": a range of days.
    let day_range = f.high.is_some_and(|h| day(h.value))
        && !f.grouped
        && !f.decimal
        && f.unit.is_none()
        && !f.scaled
        && day(f.low.value)
        && !(f.first > 0 && t.word_is(f.first - 1, "between"));
    if !(is_plain_integer(f) || day_range) || !day(f.low.value) {
        return false;
    }
    let before = f.first.checked_sub(1);
    // Each test runs only when the ones before it fail (closures, not values).
    let month_before = || {
        before.is_some_and(|b| is_month(t, b))
            || before.is_some_and(|b| t.punct(b) == Some('.') && b > 0 && is_month(t, b - 1))
    };
    let month_after = || is_month(t, f.end) || (t.word_is(f.end, "of") && is_month(t, f.end + 1));
    // "on 11 and 12 March", "March 19 and 20": the other day of a pair.
    let is_day = |i: usize| {
        t.get(i).is_some_and(|x| x.is_number())
            && t.text_of(i).len() <= 2
            && t.text_of(i).parse::<f64>().is_ok_and(day)
    };
    let joins = |i: usize| t.word_in(i, &["and", "or", "to"]) || t.punct(i) == Some(',');
    let paired_after = || joins(f.end) && is_day(f.end + 1) && is_month(t, f.end + 2);
    let paired_before = || {
        f.first >= 3
            && joins(f.first - 1)
            && is_day(f.first - 2)
            && is_month(t, f.first - 3)
            && !is_month(t, f.end)
    };
    month_before() || month_after() || (is_plain_integer(f) && (paired_after() || paired_before()))
}

/// A test of one form of year on the figure of a context.
type YearForm = fn(&Context<'_, '_>) -> bool;

/// The forms of a year, each with its rule, in the order they are tried.
const YEAR_FORMS: [(&Rule, YearForm); 6] = [
    (&R::YEAR_RANGE, year_range),
    (&R::YEAR_SPAN_TAIL, year_span_tail),
    (&R::YEAR_AFTER_MONTH, year_after_month),
    (&R::YEAR_PREPOSITION, year_preposition),
    (&R::YEAR_MODIFIER, year_modifier),
    (&R::YEAR_BARE, year_bare),
];

/// The rule of the first form of year the figure takes ("in 2022", "March 2022",
/// "2020 to 2024"); `None` when it is no year.
pub(super) fn year_rule(ctx: &Context<'_, '_>) -> Option<&'static Rule> {
    let f = &ctx.figures[ctx.index];
    // Every form needs a range (`year_range`), a hyphen before (`year_span_tail`) or a plain
    // whole number of a year's size (`year_digits`): most figures have none of them.
    if f.high.is_none() && !f.after_hyphen && !(is_plain_integer(f) && year_value(f.low.value)) {
        return None;
    }
    YEAR_FORMS
        .iter()
        .find(|(_, form)| form(ctx))
        .map(|(rule, _)| *rule)
}

/// A whole number between 1000 and 2100.
fn year_value(v: f64) -> bool {
    (1000.0..=2100.0).contains(&v) && v.fract() == 0.0
}

/// "2020 to 2024": both ends of a range are years.
fn year_range(ctx: &Context<'_, '_>) -> bool {
    let f = &ctx.figures[ctx.index];
    f.high.is_some_and(|high| {
        !f.grouped && f.unit.is_none() && year_value(f.low.value) && year_value(high.value)
    })
}

/// The "22" of "2021-22": the short end of a span of years.
fn year_span_tail(ctx: &Context<'_, '_>) -> bool {
    let f = &ctx.figures[ctx.index];
    f.after_hyphen
        && ctx.index > 0
        && ctx.figures.get(ctx.index - 1).is_some_and(|prev| {
            is_plain_integer(prev) && year_value(prev.low.value) && f.low.value < 100.0
        })
}

/// The digits token of a plain four-digit whole number that may be a year.
fn year_digits(ctx: &Context<'_, '_>) -> Option<usize> {
    let f = &ctx.figures[ctx.index];
    if !is_plain_integer(f) || !year_value(f.low.value) {
        return None;
    }
    digits_token(ctx.tokens, f).filter(|&d| ctx.tokens.text_of(d).len() == 4)
}

/// After a month: "March 2022", "19 March 2022", "March 19, 2022".
fn year_after_month(ctx: &Context<'_, '_>) -> bool {
    let t = ctx.tokens;
    year_digits(ctx).is_some_and(|d| {
        d > 0
            && (is_month(t, d - 1)
                || (t.punct(d - 1) == Some(',')
                    && d > 1
                    && t.get(d - 2).is_some_and(|x| x.is_number())))
    })
}

/// Words before a year: "in 2022", "since 1998", "the 2019 election".
const YEAR_PREPOSITIONS: &[&str] = &[
    "in",
    "since",
    "by",
    "until",
    "till",
    "from",
    "during",
    "before",
    "after",
    "circa",
    "early",
    "late",
    "mid",
    "spring",
    "summer",
    "autumn",
    "winter",
    "fall",
    "year",
    "of",
    "between",
    "and",
    "to",
    "through",
    "throughout",
    "for",
    "the",
    "as",
    "ca",
    "c",
];

/// "in 2022", "since 1998".
fn year_preposition(ctx: &Context<'_, '_>) -> bool {
    year_digits(ctx).is_some_and(|d| d > 0 && ctx.tokens.word_in(d - 1, YEAR_PREPOSITIONS))
}

/// "a 2018 Southwest Airlines engine failure", "below 2019 levels".
fn year_modifier(ctx: &Context<'_, '_>) -> bool {
    let t = ctx.tokens;
    year_digits(ctx).is_some_and(|d| {
        (d > 0 && t.word_in(d - 1, &["a", "an"]) && t.punct(d + 1) != Some('-'))
            || t.word_in(d + 1, &["levels", "level", "peak"])
    })
}

/// A bare four-digit number that counts nothing: "2022 was a hard year". "2,000 people"
/// is grouped; "2000 people" after no preposition is a count.
fn year_bare(ctx: &Context<'_, '_>) -> bool {
    year_digits(ctx).is_some() && !counts_something(ctx.tokens, &ctx.figures[ctx.index])
}
