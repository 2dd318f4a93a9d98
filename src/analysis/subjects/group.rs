//! Scopes of group and holder: the competitor a count of votes, seats or goals belongs to,
//! and a label that names a category ("grade 7").

use crate::analysis::figures::numerals::RawFigure;
use crate::analysis::text::nouns::{WEEKDAYS, is_stop, lemma};
use crate::analysis::text::tokens::Tokens;

/// Counts that always belong to a competitor: a candidate's votes, a party's seats, a
/// team's goals or points, a player's caps. Two such counts compare only for one holder.
pub(super) const HELD_COUNTS: &[&str] = &[
    "vote",
    "seat",
    "goal",
    "point",
    "medal",
    "delegate",
    "wicket",
    "cap",
    "assist",
    "appearance",
    "title",
    "trophy",
];

/// The holder of a competitor's count: the last name (a capitalised word; the sentence's
/// first word only when it is not a function word or a pronoun) before the figure in its
/// sentence. "Green candidate Fiona Carver received 1,842 votes" and "Reform UK's Gary Pitt
/// came third with 604 votes" are counts of two people's votes, never one to be checked
/// against the other; with no name ("In all, 4,357 votes were cast") the count is a total
/// and stays unscoped.
pub(super) fn holder_before(
    t: &Tokens<'_>,
    f: &RawFigure,
    head: usize,
    sentence_start: usize,
) -> Option<String> {
    if !HELD_COUNTS.contains(&lemma(t.text_of(head)).as_str()) {
        return None;
    }
    (sentence_start..f.first)
        .rev()
        .find(|&i| {
            t.is_capitalised(i)
                && t.get(i).is_some_and(|x| x.is_word())
                && (i > sentence_start || {
                    let lower = t.text_of(i).to_lowercase();
                    !is_stop(&lower)
                        && !["he", "she", "they", "it", "we", "i", "you", "there", "then"]
                            .contains(&lower.as_str())
                })
                && !crate::analysis::figures::kinds::is_month_word(t.text_of(i))
                && !WEEKDAYS
                    .iter()
                    .any(|d| d.eq_ignore_ascii_case(t.text_of(i)))
        })
        .map(|i| t.text_of(i).to_lowercase())
}

/// A label that names a category the figure belongs to: "grade 7", "level 3", "tier 2".
pub fn is_scoping_label(t: &Tokens<'_>, first: usize) -> bool {
    first > 0
        && t.word_in(
            first - 1,
            &[
                "grade", "grades", "level", "levels", "tier", "stage", "category", "band", "phase",
                "class", "division", "year",
            ],
        )
}
