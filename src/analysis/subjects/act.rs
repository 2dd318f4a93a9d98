//! The verb or state of a counted noun that no predicate class covers ("homes flooded",
//! "households are on variable tariffs"): a soft scope.

use crate::analysis::text::lookup;
use crate::analysis::text::nouns::is_stop;
use crate::analysis::text::tokens::Tokens;

/// The scope tag of a counted noun's unclassed verb ("act:flooded"): see
/// `ledger::split_scope`.
pub const ACT_PREFIX: &str = "act:";

/// The verb of a counted noun that no predicate class covers, when it follows the noun as
/// a past participle: "300 homes flooded", "20,000 homes were left without power". Two
/// counts of homes that were flooded and homes left without power are not one quantity, so
/// the verb keeps them apart; "homes were flooded" and "homes flooded" still meet.
///
/// A state given after "are" or "were" counts the same way: "22 million households are on
/// variable tariffs" and "6.5 million households in the UK are in fuel poverty" are two
/// groups of households ("on-variable", "in-fuel"), whatever the sources.
pub(super) fn participle_after(
    t: &Tokens<'_>,
    mut i: usize,
    sentence_end: usize,
) -> Option<String> {
    let auxiliaries: &[&str] = &["were", "was", "have", "has", "had", "been", "are", "is"];
    // "households in the UK are ...": a place between the noun and its verb.
    if t.word_in(i, &["in", "across"]) {
        let mut k = i + 1;
        if t.word_is(k, "the") {
            k += 1;
        }
        if t.is_capitalised(k) && t.get(k).is_some_and(|x| x.is_word()) {
            while k < sentence_end && t.is_capitalised(k) && t.get(k).is_some_and(|x| x.is_word()) {
                k += 1;
            }
            i = k;
        }
    }
    let mut copula = false;
    while i < sentence_end && auxiliaries.iter().any(|w| t.word_is(i, w)) {
        copula |= t.word_in(i, &["are", "is", "were", "was"]);
        i += 1;
    }
    if copula {
        while t.word_in(i, &["already", "now", "still", "currently", "also"]) {
            i += 1;
        }
        let mut k = i + 1;
        while t.word_in(k, &["the", "a", "an"]) {
            k += 1;
        }
        if t.word_in(i, &["in", "on", "without", "behind", "under", "at"])
            && k < sentence_end
            && t.get(k).is_some_and(|x| x.is_word())
            && !t.is_capitalised(k)
            && !is_stop(&lookup::lower(t.text_of(k)))
        {
            return Some(format!(
                "{}-{}",
                t.text_of(i).to_ascii_lowercase(),
                t.text_of(k).to_ascii_lowercase()
            ));
        }
    }
    let word = t.get(i).filter(|x| x.is_word()).map(|_| t.text_of(i))?;
    let lower = word.to_ascii_lowercase();
    // "2,000 people are living in camps": a state in "-ing" after the copula.
    if copula && lower.ends_with("ing") && lower != "being" && !t.is_capitalised(i) {
        return Some(lower);
    }
    let participle = lower.ends_with("ed")
        || matches!(
            lower.as_str(),
            "left" | "hit" | "shut" | "built" | "sold" | "taken" | "given" | "seen" | "struck"
        );
    (i < sentence_end && participle && !t.is_capitalised(i)).then_some(lower)
}
