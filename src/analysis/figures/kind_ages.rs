//! Ages in all their forms: '45-year-old', 'aged 45', 'Smith, 45,', 'retired at 38'.

use crate::analysis::figures::kind_rules as R;
use crate::analysis::figures::kind_words::*;
use crate::analysis::figures::kinds::*;
use crate::analysis::figures::numerals::RawFigure;
use crate::analysis::rules::Rule;
use crate::analysis::text::tokens::Tokens;

/// A test of one form of age on a figure.
type AgeForm = fn(&Tokens<'_>, &RawFigure) -> bool;

/// The forms of an age, each with its rule, in the order they are tried.
const AGE_FORMS: [(&Rule, AgeForm); 14] = [
    (&R::AGE_YEAR_OLD, year_old),
    (&R::AGE_YEARS_OLD, years_old),
    (&R::AGE_AGED, aged),
    (&R::AGE_AGED_BOUND, aged_bound),
    (&R::AGE_OF, age_of),
    (&R::AGE_AT, age_at),
    (&R::AGE_SUPERLATIVE, superlative),
    (&R::AGE_PEOPLE_BOUND, people_bound),
    (&R::AGE_BECOMES, becomes),
    (&R::AGE_PEOPLE_ARE_OVER, people_are_over),
    (&R::AGE_COMMA, name_comma),
    (&R::AGE_PERSON_COMMA, person_comma),
    (&R::AGE_WAS, person_was_age),
    (&R::AGE_BRACKETS, in_brackets),
];

/// The rule of the first form of age the figure takes: "45-year-old", "45 years old",
/// "aged 45", "Smith, 45, said", "Smith (45)" ...; `None` when it is no age.
pub(super) fn age_rule(t: &Tokens<'_>, f: &RawFigure) -> Option<&'static Rule> {
    if f.unit.is_some() || f.grouped || f.low.value > 130.0 {
        return None;
    }
    if f.high.is_some_and(|h| h.value > 130.0) {
        return None;
    }
    AGE_FORMS
        .iter()
        .find(|(_, form)| form(t, f))
        .map(|(rule, _)| *rule)
}

/// No noun counted after the figure: an age names no things.
fn counts_nothing(t: &Tokens<'_>, e: usize) -> bool {
    crate::analysis::text::nouns::counted_noun(t, e).is_none()
}

/// "45-year-old", "a six-month-old baby".
fn year_old(t: &Tokens<'_>, f: &RawFigure) -> bool {
    let e = f.end;
    t.punct(e) == Some('-')
        && t.word_in(e + 1, &["year", "years", "month", "week", "day"])
        && t.punct(e + 2) == Some('-')
        && t.word_in(e + 3, &["old", "olds"])
}

/// "45 years old", "18 months old".
fn years_old(t: &Tokens<'_>, f: &RawFigure) -> bool {
    t.word_in(f.end, &["year", "years", "month", "months"])
        && (t.word_is(f.end + 1, "old")
            // "seventy two years of age"
            || t.word_is(f.end + 1, "of") && t.word_is(f.end + 2, "age"))
}

/// "aged 45", "age 45".
fn aged(t: &Tokens<'_>, f: &RawFigure) -> bool {
    f.first > 0 && t.word_in(f.first - 1, &["aged", "age", "ages", "ageing"])
}

/// "aged between 68 and 91", "aged over 65", "aged from 18 to 24".
fn aged_bound(t: &Tokens<'_>, f: &RawFigure) -> bool {
    f.first.checked_sub(2).is_some_and(|b| {
        t.word_in(b, &["aged", "ages"])
            && t.word_in(b + 1, &["between", "over", "under", "from", "up"])
    })
}

/// "of" after "age" names the age at `first`; "an average age of 77" is a statistic.
fn of_age_at(t: &Tokens<'_>, first: usize) -> bool {
    first >= 2
        && t.word_is(first - 1, "of")
        && t.word_in(first - 2, &["age", "ages"])
        && !(first >= 3 && t.word_in(first - 3, &["average", "median", "mean"]))
}

/// What may follow an age named by "of" or "at": no counted noun, no per cent.
fn age_tail(t: &Tokens<'_>, f: &RawFigure) -> bool {
    counts_nothing(t, f.end) && !t.word_in(f.end, &["per", "percent"])
}

/// "died at the age of 81", "between the ages of 50 and 70" (both ends).
fn age_of(t: &Tokens<'_>, f: &RawFigure) -> bool {
    // The second age of "between the ages of 50 and 70", read as two figures.
    let second_of_ages = f.first >= 4
        && t.word_in(f.first - 1, &["and", "to"])
        && t.get(f.first - 2).is_some_and(|x| x.is_number())
        && of_age_at(t, f.first - 2)
        && t.word_is(f.first - 4, "ages");
    (of_age_at(t, f.first) || second_of_ages) && age_tail(t, f)
}

/// Verbs and nouns of a life's milestone before "at": "left school at 15", "retired at 38".
const MILESTONES: &[&str] = &[
    "retired",
    "retiring",
    "retire",
    "retires",
    "died",
    "dying",
    "dies",
    "married",
    "marrying",
    "emigrated",
    "debut",
    "debuted",
    "spotted",
    "orphaned",
    "widowed",
    "school",
    "professional",
    "enlisted",
    "joined",
    "joining",
    "elected",
];

/// "left school at 15", "retired at 38", "made his debut at 18": a life's milestone.
fn age_at(t: &Tokens<'_>, f: &RawFigure) -> bool {
    let e = f.end;
    let window = f.first.saturating_sub(8)..f.first.saturating_sub(1);
    f.first >= 2
        && t.word_is(f.first - 1, "at")
        && f.high.is_none()
        && (5.0..=110.0).contains(&f.low.value)
        && window.clone().any(|k| t.word_in(k, MILESTONES))
        && !window
            .clone()
            .any(|k| t.get(k).is_some_and(|x| x.is_number()))
        && (t.get(e).is_none_or(|x| !x.is_word() && !x.is_number())
            || t.word_in(
                e,
                &[
                    "to", "and", "when", "after", "before", "in", "but", "with", "as",
                ],
            ))
        && !matches!(t.punct(e), Some('%' | '-'))
        && age_tail(t, f)
}

/// "the oldest of whom was 91", "the youngest is 12".
fn superlative(t: &Tokens<'_>, f: &RawFigure) -> bool {
    f.first > 0
        && t.word_in(f.first - 1, &["was", "is", "were", "being"])
        && (f.first.saturating_sub(5)..f.first)
            .any(|i| t.word_in(i, &["oldest", "youngest", "eldest"]))
        && counts_nothing(t, f.end)
}

/// "Children under 5 travel free", "people over 65".
fn people_bound(t: &Tokens<'_>, f: &RawFigure) -> bool {
    f.first.checked_sub(2).is_some_and(|b| {
        t.word_in(
            b,
            &[
                "children", "kids", "babies", "infants", "toddlers", "pupils", "people", "adults",
                "those", "anyone", "everyone", "women", "men", "girls", "boys", "patients",
            ],
        ) && t.word_in(b + 1, &["under", "over", "aged"])
    }) && f.high.is_none()
        && counts_nothing(t, f.end)
}

/// "until they are 18", "when he turned 40".
fn becomes(t: &Tokens<'_>, f: &RawFigure) -> bool {
    f.first.checked_sub(2).is_some_and(|b| {
        t.word_in(
            b,
            &[
                "they", "he", "she", "you", "we", "i", "children", "pupils", "students",
            ],
        ) && t.word_in(
            b + 1,
            &[
                "are", "is", "turn", "turns", "turned", "reach", "reaches", "reached",
            ],
        )
    }) && f.high.is_none()
        && counts_nothing(t, f.end)
}

/// "Nearly 30 per cent are over 80.", "most of whom were under 25": people's ages.
fn people_are_over(t: &Tokens<'_>, f: &RawFigure) -> bool {
    f.first.checked_sub(3).is_some_and(|b| {
        t.word_in(
            b,
            &[
                "cent",
                "percent",
                "people",
                "patients",
                "victims",
                "them",
                "who",
                "whom",
                "half",
                "third",
                "quarter",
                "most",
                "many",
                "all",
                "residents",
                "voters",
            ],
        ) && t.word_in(b + 1, &["are", "were", "is", "was"])
            && t.word_in(b + 2, &["over", "under", "aged"])
    }) && f.high.is_none()
        && (16.0..=110.0).contains(&f.low.value)
        && t.get(f.end).is_none_or(|x| !x.is_word() && !x.is_number())
}

/// "John Smith, 45, said": an age between commas after a name.
fn name_comma(t: &Tokens<'_>, f: &RawFigure) -> bool {
    let e = f.end;
    let after_name_comma = t.punct(e) == Some(',')
        || (matches!(t.punct(e), Some('.' | ';'))
            && f.first >= 3
            && t.is_capitalised(f.first - 3)
            && t.get(f.first - 3).is_some_and(|x| x.is_word()));
    f.first >= 2
        && t.punct(f.first - 1) == Some(',')
        && t.is_capitalised(f.first - 2)
        && t.get(f.first - 2).is_some_and(|x| x.is_word())
        && !is_month(t, f.first - 2)
        && after_name_comma
        && f.high.is_none()
}

/// "The two-time champion, 37, had surgery", "the father-of-two, 45, said": one person
/// named by a noun, with an age between commas.
fn person_comma(t: &Tokens<'_>, f: &RawFigure) -> bool {
    let e = f.end;
    f.first >= 2
        && t.punct(f.first - 1) == Some(',')
        && t.punct(e) == Some(',')
        && f.high.is_none()
        && !f.decimal
        && (1.0..=110.0).contains(&f.low.value)
        && (t.word_in(f.first - 2, crate::analysis::text::cues::PERSON_WORDS)
            || t.word_in(f.first - 2, PERSON_NOUNS)
            || {
                // "father-of-two", "mother-of-three"
                let w = t.text_of(f.first - 2);
                f.first >= 4
                    && t.punct(f.first - 3) == Some('-')
                    && crate::analysis::figures::numbers::is_number_word(w)
            })
        && !t.word_in(e + 1, &["or", "per", "percent"])
}

/// "One was 27 and the other 34", "The victim was 19.": a person's age after "was".
fn person_was_age(t: &Tokens<'_>, f: &RawFigure) -> bool {
    let e = f.end;
    let person_was = |first: usize| {
        first >= 2
            && t.word_in(first - 1, &["was", "is"])
            && (t.word_in(first - 2, &["he", "she", "one", "other", "who"])
                || t.word_in(first - 2, PERSON_NOUNS))
            && (1.0..=110.0).contains(&f.low.value)
    };
    f.high.is_none()
        && !f.decimal
        && counts_nothing(t, e)
        && (t.get(e).is_none_or(|x| !x.is_word() && !x.is_number())
            || t.word_in(e, &["and", "when", "but"]))
        && !matches!(t.punct(e), Some('%' | '-' | '/' | ':'))
        && (person_was(f.first)
            || (f.first >= 5
                && t.word_is(f.first - 1, "other")
                && t.word_is(f.first - 2, "the")
                && t.word_is(f.first - 3, "and")
                && t.get(f.first - 4).is_some_and(|x| x.is_number())
                && person_was(f.first - 4)))
}

/// "Smith (45)": an age in brackets after a name.
fn in_brackets(t: &Tokens<'_>, f: &RawFigure) -> bool {
    f.first >= 2
        && t.punct(f.first - 1) == Some('(')
        && t.is_capitalised(f.first - 2)
        && t.punct(f.end) == Some(')')
}

/// "over-65s", "under-18s".
pub(super) fn is_age_group(t: &Tokens<'_>, f: &RawFigure) -> bool {
    let Some(d) = digits_token(t, f) else {
        return false;
    };
    t.text_of(d + 1) == "s"
        && d >= 2
        && t.punct(d - 1) == Some('-')
        && t.word_in(d - 2, &["over", "under"])
}

/// "in their 40s", "in her 80s".
pub(super) fn is_age_decade(t: &Tokens<'_>, f: &RawFigure) -> bool {
    f.first > 0
        && t.word_in(
            f.first - 1,
            &[
                "their", "his", "her", "my", "your", "our", "early", "mid", "late",
            ],
        )
        && f.low.value < 100.0
}
