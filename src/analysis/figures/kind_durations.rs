//! Stretches of time and time references: 'for six months', 'three weeks ago', and the
//! window of fixtures a statistic covers ('in his previous seven matches').

use crate::analysis::figures::claims::Kind;
use crate::analysis::figures::kind_rules as R;
use crate::analysis::figures::kind_words::*;
use crate::analysis::figures::kinds::*;
use crate::analysis::figures::numerals::RawFigure;
use crate::analysis::rules::Rule;
use crate::analysis::text::tokens::Tokens;

/// Words between a number and its unit of time that make a window: "the 3 coming days".
const WINDOW_AFTER: [&str; 6] = ["coming", "next", "past", "last", "following", "previous"];

/// "three weeks ago" (time reference), "for six months", "a 10-year plan" (duration), "in
/// his previous seven matches" (a window of fixtures): the kind and the rule that decided
/// it, or `None` when no unit of time follows.
pub(super) fn time_rule(t: &Tokens<'_>, f: &RawFigure) -> Option<(Kind, &'static Rule)> {
    if f.unit.is_some() {
        return None;
    }
    if is_run_of_fixtures(t, f) {
        return Some((Kind::TimeReference, &R::TIME_FIXTURES));
    }
    if is_average_age(t, f) {
        return None;
    }
    let e = time_unit_after(t, f)?;
    let after = e + 1;
    let ago = t.word_in(
        after,
        &[
            "ago",
            "earlier",
            "later",
            "before",
            "after",
            "hence",
            "previously",
            "prior",
            "since",
            "from",
        ],
    );
    let window = f.first > 0
        && t.word_in(
            f.first - 1,
            &["last", "past", "next", "coming", "within", "previous", "following"],
        )
        && !t.word_is(f.first - 1, "past")
        // "in the 3 coming days", "the 12 past months": the window word after the number.
        || t.word_in(f.end, &WINDOW_AFTER) && t.text_of(e).ends_with('s');
    Some(if stretch_for(t, f) {
        (Kind::Duration, &R::DURATION_FOR)
    } else if ago {
        (Kind::TimeReference, &R::TIME_AGO)
    } else if window {
        (Kind::TimeReference, &R::TIME_WINDOW)
    } else {
        (Kind::Duration, &R::DURATION)
    })
}

/// "The median age ... was 40.7 years": an average age is a statistic, as "an average age
/// of 77" is. Only as the value the sentence gives it, not "over 10 years".
fn is_average_age(t: &Tokens<'_>, f: &RawFigure) -> bool {
    t.word_in(f.end, &["years", "year"])
        && f.first > 0
        && t.word_in(
            f.first - 1,
            &["was", "is", "were", "are", "of", "to", "reached", "hit"],
        )
        && (f.first.saturating_sub(24)..f.first)
            .rev()
            .take_while(|&k| !matches!(t.punct(k), Some('.' | '!' | '?' | ';')))
            .any(|k| t.word_in(k, &["average", "median", "mean"]) && t.word_is(k + 1, "age"))
}

/// The token of the unit of time after the figure: "six months", "a 10-year plan", "six
/// more weeks"; not a school year ("40 Year 11 pupils").
fn time_unit_after(t: &Tokens<'_>, f: &RawFigure) -> Option<usize> {
    let mut e = f.end;
    if t.punct(e) == Some('-') && t.attached(e) {
        e += 1;
    }
    // "two and a half years", "six more weeks", "10 full days", "the 3 coming days"
    let plural_unit = |i: usize| t.word_in(i, &TIME_UNITS) && t.text_of(i).ends_with('s');
    if t.word_in(e, TIME_MODIFIERS) || t.word_in(e, &WINDOW_AFTER) && plural_unit(e + 1) {
        e += 1;
    }
    if !t.word_in(e, &TIME_UNITS) {
        return None;
    }
    // "40 Year 11 pupils": a school year, not a stretch of time.
    if t.is_capitalised(e) && t.get(e + 1).is_some_and(|x| x.is_number()) {
        return None;
    }
    Some(e)
}

/// "close for six months from May", "deliberated for about three hours before returning":
/// a stretch of time after "for", whatever follows.
fn stretch_for(t: &Tokens<'_>, f: &RawFigure) -> bool {
    let mut q = f.first;
    while q > 0
        && t.word_in(
            q - 1,
            &[
                "about", "around", "nearly", "almost", "roughly", "some", "over", "than", "more",
                "up", "to", "just", "at", "least",
            ],
        )
    {
        q -= 1;
    }
    q > 0 && t.word_is(q - 1, "for")
}

/// A run of fixtures that says when, as a stretch of time would: "in his previous seven
/// matches", "over their last five games", "from the past 10 league fixtures". The count
/// is the window a statistic covers, not a claim. Only after a preposition: "won their
/// previous four league matches" claims four wins, and stays a claim.
pub(super) fn is_run_of_fixtures(t: &Tokens<'_>, f: &RawFigure) -> bool {
    const FIXTURES: &[&str] = &[
        "matches",
        "games",
        "fixtures",
        "outings",
        "appearances",
        "starts",
        "races",
        "rounds",
        "innings",
        "meetings",
    ];
    let whole = f.decimal || f.scaled || f.grouped;
    if whole
        || f.first < 3
        || !t.word_in(f.first - 1, &["previous", "last", "past", "next", "first"])
    {
        return false;
    }
    let mut k = f.first - 2;
    if t.word_in(k, &["his", "her", "their", "its", "the", "our", "my"]) {
        k -= 1;
    } else {
        return false;
    }
    if !t.word_in(k, &["in", "over", "from", "during", "across", "within"]) {
        return false;
    }
    // One modifier between the number and the fixtures: "league", "home", "Test".
    let mut e = f.end;
    if !t.word_in(e, FIXTURES) && t.get(e).is_some_and(|x| x.is_word()) {
        e += 1;
    }
    t.word_in(e, FIXTURES)
}
