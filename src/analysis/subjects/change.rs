//! Changes, comparisons and forecasts: a figure that is an amount of change ("up by 300"), a
//! comparison ("compared with"), an earlier or later value ("from 300 to 450", "expected
//! to reach") is not the same measurement as a bare figure, and a new level after a change
//! ("rose to 450") supersedes what came before.

use crate::analysis::figures::numerals::RawFigure;
use crate::analysis::text::tokens::Tokens;

/// Words that mark a figure as a change, a comparison or another period: it is not the
/// same measurement as a bare figure for the same thing.
pub(super) const CHANGE: &[&str] = &[
    // "selling a million copies instead of four": set against another figure.
    "instead",
    "rose",
    "risen",
    "rise",
    "rises",
    "rising",
    "fell",
    "fallen",
    "fall",
    "falls",
    "falling",
    "increase",
    "increased",
    "increases",
    "increasing",
    "decrease",
    "decreased",
    "decreases",
    "grew",
    "grown",
    "grow",
    "growth",
    "jumped",
    "jump",
    "climbed",
    "climb",
    "dropped",
    "drop",
    "declined",
    "decline",
    "surged",
    "surge",
    "soared",
    "doubled",
    "tripled",
    "halved",
    "compared",
    "previous",
    "previously",
    "earlier",
    "initial",
    "initially",
    "originally",
    "revised",
    "updated",
    "up",
    "down",
    "from",
    "than",
    "last",
    "record",
    "before",
    "prior",
    "expected",
    "forecast",
    "projected",
    "target",
    "goal",
    "plans",
    "plan",
    // Intentions are forecasts too: "it planned to open 10 stores".
    "planned",
    "planning",
    "aims",
    "aimed",
    "intends",
    "intended",
    "pledged",
    "promised",
    "could",
    "would",
    "might",
    "may",
    "if",
    "average",
    "per",
    "each",
    "every",
    "a",
    "an",
];

/// The scope tag of a figure that states a new level after a change ("rose to 450"): see
/// `ledger::split_scope`.
pub const LEVEL_TAG: &str = "level:";

/// Verbs of change whose "to" names the new level: "fell to", "has risen to".
pub(super) const CHANGE_TO: &[&str] = &[
    "rose",
    "risen",
    "rise",
    "rises",
    "fell",
    "fallen",
    "fall",
    "falls",
    "increased",
    "decreased",
    "grew",
    "grown",
    "jumped",
    "climbed",
    "dropped",
    "declined",
    "surged",
    "soared",
    "reached",
    "hit",
];

/// Words that make a change a forecast or a plan: such a level is not a fact yet.
pub(super) const FORECAST: &[&str] = &[
    "expected",
    "forecast",
    "projected",
    "target",
    "goal",
    "plans",
    "plan",
    "could",
    "would",
    "might",
    "may",
    "if",
    "will",
];

/// "fell to an estimated 7.6 million", "has risen to 450": a verb of change and "to" right
/// before the figure, and no forecast in the clause.
pub(super) fn is_new_level(
    t: &Tokens<'_>,
    qualifier_start: usize,
    window_start: usize,
    window_end: usize,
    f: &RawFigure,
) -> bool {
    let Some(to) = qualifier_start.checked_sub(1) else {
        return false;
    };
    let verb = to.checked_sub(1);
    let pattern = (t.word_is(to, "to") && verb.is_some_and(|v| t.word_in(v, CHANGE_TO)))
        || t.word_in(to, &["reached", "hit"]);
    pattern
        && !(window_start.min(to.saturating_sub(3))..window_end)
            .any(|i| (i < qualifier_start || i >= f.end) && t.word_in(i, FORECAST))
}

/// The figure is introduced by "by" (perhaps through "a combined", "a further", "another"):
/// the amount of a change or a revision, not a level.
pub(super) fn is_change_amount(t: &Tokens<'_>, qualifier_start: usize) -> bool {
    let mut i = qualifier_start;
    while i > 0
        && t.word_in(
            i - 1,
            &[
                "a",
                "an",
                "combined",
                "further",
                "total",
                "additional",
                "another",
                "extra",
            ],
        )
    {
        i -= 1;
    }
    i > 0 && t.word_is(i - 1, "by")
}

/// The one modal ("would", "could") that made the window a forecast, when no other change
/// word is in it.
pub(super) fn lone_modal(
    t: &Tokens<'_>,
    window_start: usize,
    window_end: usize,
    qualifier_start: usize,
    f: &RawFigure,
) -> Option<String> {
    let mut modal: Option<String> = None;
    for i in window_start..window_end {
        if (i >= qualifier_start && i < f.end)
            || !t.word_in(i, CHANGE)
            || is_qualifier_word(t, i, qualifier_start, f)
        {
            continue;
        }
        ["would", "could", "might", "may"]
            .into_iter()
            .find(|m| t.word_is(i, m))?;
        // The modal with its subject and verb: "group would employ" and "would close" are
        // different forecasts, and so are "the plant would employ" and "it would employ".
        let verb = t.get(i + 1).filter(|x| x.is_word())?;
        let subject = i
            .checked_sub(1)
            .filter(|&b| t.get(b).is_some_and(|x| x.is_word()))?;
        let phrase = format!(
            "{} {} {}",
            t.text_of(subject),
            t.text_of(i),
            verb.text(t.text)
        )
        .to_lowercase();
        if modal.as_ref().is_some_and(|m| *m != phrase) {
            return None;
        }
        modal = Some(phrase);
    }
    modal
}

/// "more than" and "up to" contain words from [`CHANGE`] that are part of the qualifier.
pub(super) fn is_qualifier_word(
    t: &Tokens<'_>,
    i: usize,
    qualifier_start: usize,
    f: &RawFigure,
) -> bool {
    // "a" and "an" only matter as rates: "300 a day", not "a 45-year-old".
    if t.word_in(i, &["a", "an"]) {
        return !(i >= f.end
            && t.word_in(
                i + 1,
                &[
                    "day", "week", "month", "year", "night", "head", "person", "minute", "hour",
                ],
            ));
    }
    if t.word_is(i, "than")
        && i > 0
        && t.word_in(
            i - 1,
            &["more", "less", "fewer", "greater", "higher", "lower"],
        )
        && i < qualifier_start
    {
        return qualifier_start.saturating_sub(i) <= 1;
    }
    if t.word_is(i, "up") && t.word_is(i + 1, "to") {
        return true;
    }
    false
}
