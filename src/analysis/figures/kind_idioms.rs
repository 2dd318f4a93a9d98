//! Numbers that count nothing: set phrases ('in two minds'), a number inside a descriptive
//! compound ('the 435-member House'). Ratios ('1 in 10') are read whole by `ratios.rs`.

use crate::analysis::figures::kind_words::*;
use crate::analysis::figures::numerals::{Form, RawFigure, Unit};
use crate::analysis::text::tokens::Tokens;

/// Set phrases where a number counts nothing: "in two minds", "a million miles from",
/// "a hundred per cent sure", "one or two".
pub(super) fn is_idiom(t: &Tokens<'_>, f: &RawFigure) -> bool {
    let value = f.low.value;
    let words = f.form == Form::Words;
    // "the top four clubs", "the top 10 of the list": a ranking band, not a count ("the
    // top 1%" has a unit and stays a claim).
    if f.unit.is_none() && f.first > 0 && t.word_in(f.first - 1, &["top", "bottom"]) {
        return true;
    }
    // "10 key takeaways", "Five things to know": a listicle's count of its own items, not a
    // fact anyone needs to source ("10 recommendations" stays a claim).
    if f.unit.is_none() && f.high.is_none() && value <= 100.0 {
        // "300 tips from the public" and "40 lessons cancelled" are counts: those nouns need
        // a listicle's adjective or a "why"/"to" after them.
        let mut e = f.end;
        let adjective = t.word_in(e, &["key", "big", "main", "quick", "essential", "biggest"]);
        if adjective {
            e += 1;
        }
        if t.word_in(e, &["takeaways", "things"])
            || t.word_in(e, &["reasons", "tips", "lessons", "highlights"])
                && (adjective || t.word_in(e + 1, &["why", "to"]))
        {
            return true;
        }
    }
    (words && value == 2.0 && t.word_is(f.end, "minds"))
        || (words
            && value == 2.0
            && f.first >= 2
            && t.word_is(f.first - 1, "or")
            && t.word_is(f.first - 2, "one"))
        || (words
            && value == 1e6
            && t.word_in(f.end, &["miles", "mile"])
            && t.word_in(f.end + 1, &["away", "from", "off"]))
        || (value == 100.0
            && f.unit == Some(Unit::Percent)
            && (words || f.first > 0 && t.word_is(f.first - 1, "a"))
            && t.word_in(
                f.end,
                &[
                    "sure",
                    "certain",
                    "confident",
                    "right",
                    "behind",
                    "committed",
                    "convinced",
                    "correct",
                    "wrong",
                ],
            ))
}

/// The "five" of "one in five got a grade 9": the figure that carries a ratio, counted
/// noun or not.
pub(super) fn is_ratio_tail(t: &Tokens<'_>, f: &RawFigure) -> bool {
    f.first >= 2
        && t.word_is(f.first - 1, "in")
        && (t.word_in(f.first - 2, &["one", "two", "three", "four"])
            || t.get(f.first - 2).is_some_and(|x| x.is_number())
                && t.text_of(f.first - 2).len() == 1)
}

/// A number inside a compound modifier that describes what follows it rather than counting
/// anything: "the 435-member House will vote".
pub(super) fn is_descriptive_compound(t: &Tokens<'_>, f: &RawFigure) -> bool {
    let e = f.end;
    // The inches of "6-foot-4".
    let inches = f.first >= 2
        && t.punct(f.first - 1) == Some('-')
        && t.attached(f.first)
        && t.word_in(f.first - 2, &["foot", "feet"])
        && t.attached(f.first - 1);
    inches
        || f.unit.is_none()
            && f.high.is_none()
            && t.punct(e) == Some('-')
            && t.attached(e)
            && t.attached(e + 1)
            && t.word_in(e + 1, DESCRIPTIVE_NOUNS)
            && (t.get(e + 2).is_some_and(|x| x.is_word())
                || t.word_is(e + 1, "foot") && t.punct(e + 2) == Some('-'))
}
