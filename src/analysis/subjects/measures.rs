//! Quantities with no counted noun: a rate or share keyed by what it measures ("the jobless
//! rate was 4.1%", "turnout was 62%"), a share of a named group ("52% of women" is not "47%
//! of women over 65") and money for a named thing ("the stadium cost $1.1bn", "the signing
//! fee was £45m").

use crate::analysis::text::lookup;
use crate::analysis::text::nouns::{is_stop, lemma};
use crate::analysis::text::tokens::Tokens;

/// Nouns a percentage measures when it is stated after them: "inflation was 3%".
const MEASURES: &[&str] = &[
    "rate",
    "rates",
    "inflation",
    "turnout",
    "unemployment",
    "share",
    "margin",
    "yield",
    "yields",
    "rating",
    "occupancy",
];

/// Words between a measure and its figure: "was", "stood at", "of", "hit", "reached".
const LINKS: &[&str] = &[
    "was", "is", "were", "are", "stood", "stands", "at", "of", "to", "hit", "reached", "remained",
    "remains", "now", "has", "had", "been",
];

/// Nouns that name money paid for something: "the signing fee was £45m".
const MONEY_NOUNS: &[&str] = &[
    "fee",
    "price",
    "bill",
    "budget",
    "cost",
    "costs",
    "valuation",
    "value",
    "wage",
    "salary",
    "bonus",
    "fine",
    "payout",
    "settlement",
    "gap",
    "deficit",
    "shortfall",
    "overspend",
];

/// The measure a percentage stated after it measures, as a key part: "jobless-rate",
/// "inflation", "food-inflation". A bare "rate" with no modifier measures nothing known.
pub fn measure_before(t: &Tokens<'_>, qualifier_start: usize, start: usize) -> Option<String> {
    let noun = noun_before_links(t, qualifier_start, start, LINKS)?;
    if !t.word_in(noun, MEASURES) {
        return None;
    }
    let name = lemma(t.text_of(noun));
    match modifier(t, noun, start) {
        Some(m) => Some(format!("{m}-{name}")),
        None if matches!(
            name.as_str(),
            "rate" | "share" | "margin" | "yield" | "rating"
        ) =>
        {
            None
        }
        None => Some(name),
    }
}

/// Money keyed by what it is: the money noun ("gap", "fee", "cost") and the kind of it or
/// the thing it pays for, when named ("budget", "signing", "stadium").
#[derive(Debug, PartialEq)]
pub struct MoneyThing {
    /// The money noun, lemmatised: "gap", "fee", "cost".
    pub noun: String,
    /// Its modifier or the thing paid for: a soft part of the key (see `ledger::split_scope`).
    pub kind: Option<String>,
}

/// The thing an amount of money stated after it pays for: "the stadium cost $1.1bn" →
/// cost of the stadium, "the signing fee was £45m" → a fee, signing, "a budget gap of
/// £7.4m" → a gap, budget.
pub fn money_thing_before(
    t: &Tokens<'_>,
    qualifier_start: usize,
    start: usize,
) -> Option<MoneyThing> {
    let at = qualifier_start.checked_sub(1).filter(|&i| i > start)?;
    // "the stadium cost $1.1bn", "the new pier will cost £30m".
    if t.word_in(at, &["cost", "costs"]) {
        let mut k = at - 1;
        while k > start
            && t.word_in(
                k,
                &["will", "would", "to", "has", "had", "finally", "eventually"],
            )
        {
            k -= 1;
        }
        let thing = definite_thing(t, k, start).map(|w| lemma(&w))?;
        return Some(MoneyThing {
            noun: "cost".into(),
            kind: Some(thing),
        });
    }
    let noun = noun_before_links(
        t,
        qualifier_start,
        start,
        &["was", "is", "of", "stood", "at", "will", "be"],
    )?;
    if !t.word_in(noun, MONEY_NOUNS) {
        return None;
    }
    Some(MoneyThing {
        noun: lemma(t.text_of(noun)),
        kind: modifier(t, noun, start),
    })
}

/// "a £2.1m funding gap": money before a modifier and a money noun is keyed by the noun,
/// the modifier its kind. `end` is the token after the figure.
pub fn money_compound(t: &Tokens<'_>, end: usize) -> Option<MoneyThing> {
    let kind = plain_noun(t, end)?;
    t.word_in(end + 1, MONEY_NOUNS).then(|| MoneyThing {
        noun: lemma(t.text_of(end + 1)),
        kind: Some(kind),
    })
}

/// "At £16.8m, the centre cost £3.2m more than planned": money heading the sentence before
/// a thing's cost is that thing's cost. The thing, when the money at `[qualifier_start,
/// end)` heads the sentence so.
pub fn money_heading(
    t: &Tokens<'_>,
    qualifier_start: usize,
    end: usize,
    start: usize,
) -> Option<String> {
    if !(qualifier_start == start + 1 && t.word_is(start, "at") && t.punct(end) == Some(',')) {
        return None;
    }
    let k = end + 2;
    let thing = definite_thing(t, k, start)?;
    (1..=3)
        .any(|d| t.word_in(k + d, &["cost", "costs"]))
        .then(|| lemma(&thing))
}

/// The modifiers after a share's group noun that name a narrower group: "women over 65",
/// "adults in work", "voters aged 18 to 24".
pub fn group_modifier(t: &Tokens<'_>, noun: usize, end: usize) -> Option<String> {
    let next = noun + 1;
    if next + 1 >= end
        || !t.word_in(
            next,
            &[
                "over",
                "under",
                "aged",
                "who",
                "with",
                "without",
                "between",
                "in",
                "from",
                "born",
                "on",
                "taking",
                "receiving",
                "given",
                "using",
            ],
        )
    {
        return None;
    }
    // "patients on the drug": the thing after the article.
    let what_at = if t.word_in(next + 1, &["the", "a", "an"]) {
        next + 2
    } else {
        next + 1
    };
    let what = t.text_of(what_at).to_lowercase();
    Some(format!("{}-{what}", t.text_of(next).to_lowercase()))
}

/// The noun right before the figure across up to three link words.
pub(super) fn noun_before_links(
    t: &Tokens<'_>,
    qualifier_start: usize,
    start: usize,
    links: &'static [&'static str],
) -> Option<usize> {
    let mut k = qualifier_start.checked_sub(1)?;
    let mut steps = 0;
    while k > start && steps < 3 && t.word_in(k, links) {
        k -= 1;
        steps += 1;
    }
    (steps > 0 && t.get(k).is_some_and(|x| x.is_word())).then_some(k)
}

/// A lowercase, non-stop word right before `noun` that modifies it: "jobless", "mortgage".
fn modifier(t: &Tokens<'_>, noun: usize, start: usize) -> Option<String> {
    let k = noun.checked_sub(1).filter(|&k| k >= start)?;
    // "Food inflation was 9.2%": capitalised only because it opens the sentence.
    if k == start && t.get(k).is_some_and(|x| x.is_word()) {
        let lower = lookup::lower(t.text_of(k)).into_owned();
        return (!is_stop(&lower)).then_some(lower);
    }
    plain_noun(t, k)
}

/// The thing named at `k` after a determiner ("the stadium", "its pier"), not a verb
/// ("expected", "traveling"): what a measure or a price is of.
pub(super) fn definite_thing(t: &Tokens<'_>, k: usize, start: usize) -> Option<String> {
    let word = plain_noun(t, k)?;
    // "the museum's refurbishment": a possessor determines the thing too.
    let determined = k > start
        && (t.word_in(
            k - 1,
            &[
                "the", "its", "their", "his", "her", "a", "an", "this", "that", "new",
            ],
        ) || possessive(t.text_of(k - 1)));
    (determined && !word.ends_with("ing") && !word.ends_with("ed")).then_some(word)
}

/// "museum's", "Leeds’", "clubs'": a word with a possessive ending.
fn possessive(word: &str) -> bool {
    ["'s", "’s", "s'", "s’"]
        .iter()
        .any(|e| word.len() > e.len() && word.ends_with(e))
}

/// Verbs that pay money for a thing: "Chelsea paid £107m for Fernandez".
const PAYING: &[&str] = &[
    "paid", "pay", "pays", "paying", "spent", "spend", "spends", "spending", "bid", "bids",
    "offered", "offer", "offers",
];

/// The thing money is paid for when a paying verb comes right before it (across "a", "an",
/// "about", "around", "nearly", "almost", "some") and "for" or "on" right after it: "paid
/// £107m for Fernandez" → "fernandez", "spent £12m on the bridge" → "bridge". A name's run
/// gives its last word; a thing needs a determiner.
pub fn money_paid_for(
    t: &Tokens<'_>,
    qualifier_start: usize,
    end: usize,
    start: usize,
    sentence_end: usize,
) -> Option<String> {
    let mut v = qualifier_start.checked_sub(1).filter(|&v| v >= start)?;
    while v > start
        && t.word_in(
            v,
            &["a", "an", "about", "around", "nearly", "almost", "some"],
        )
    {
        v -= 1;
    }
    if !t.word_in(v, PAYING) || !t.word_in(end, &["for", "on"]) {
        return None;
    }
    let mut k = end + 1;
    if k < sentence_end && crate::analysis::subjects::holders::name_token(t, k, start) {
        while k + 1 < sentence_end
            && crate::analysis::subjects::holders::name_token(t, k + 1, start)
        {
            k += 1;
        }
        let word = t.text_of(k);
        let bare = word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix("’s"))
            .unwrap_or(word);
        return Some(lookup::lower(bare).into_owned());
    }
    if t.word_in(k, &["the", "a", "an", "its", "their", "his", "her"]) {
        k += 1;
        // "the new bridge": one modifier.
        if t.get(k + 1).is_some_and(|x| x.is_word())
            && plain_noun(t, k + 1).is_some()
            && !t.word_in(
                k + 1,
                &[
                    "in", "at", "of", "for", "to", "and", "or", "from", "with", "by", "on",
                ],
            )
        {
            k += 1;
        }
        return definite_thing(t, k, start).map(|w| lemma(&w));
    }
    None
}

/// The word at `k` lower-cased, when it is a lowercase content word.
fn plain_noun(t: &Tokens<'_>, k: usize) -> Option<String> {
    let tok = t.get(k).filter(|x| x.is_word())?;
    let lower = lookup::lower(tok.text(t.text)).into_owned();
    (!t.is_capitalised(k) && !is_stop(&lower) && !lower.ends_with("ly")).then_some(lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn before(text: &str, numeral: &str, money: bool) -> Option<String> {
        let t = Tokens::new(text);
        let raw = crate::analysis::figures::numerals::find(&t);
        let f = raw.iter().find(|f| f.span.of(text) == numeral)?;
        if money {
            money_thing_before(&t, f.first, 0)
                .map(|m| format!("{}/{}", m.noun, m.kind.unwrap_or_default()))
        } else {
            measure_before(&t, f.first, 0)
        }
    }

    #[test]
    fn rates_and_money_are_keyed_by_what_they_measure() {
        assert_eq!(
            before("The jobless rate was 4.1%", "4.1%", false).as_deref(),
            Some("jobless-rate")
        );
        assert_eq!(
            before("Turnout stood at 62%", "62%", false).as_deref(),
            Some("turnout")
        );
        assert_eq!(
            before("The stadium cost $1.1bn", "$1.1bn", true).as_deref(),
            Some("cost/stadium")
        );
        assert_eq!(
            before("The signing fee was £45m", "£45m", true).as_deref(),
            Some("fee/signing")
        );
        assert_eq!(
            before("The council faces a budget gap of £7.4m", "£7.4m", true).as_deref(),
            Some("gap/budget")
        );
        // Near misses: a bare rate, a change, and money with no thing.
        assert_eq!(before("The rate was 4.1%", "4.1%", false), None);
        assert_eq!(before("Prices rose 4.1%", "4.1%", false), None);
        assert_eq!(before("It raised $1.1bn", "$1.1bn", true), None);
    }
}
