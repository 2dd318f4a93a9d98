//! The words around a numeral that the reader in `numerals.rs` consults: the change that
//! makes "from X to Y" no range, the lower and upper bounds that make "above 12 and no more
//! than 18" one, and the ordinal that ends a long number in words ("one hundred and first").

use crate::analysis::text::tokens::Tokens;

/// Words before "from" that make "from X to Y" a change rather than a range.
pub(super) const CHANGE_BEFORE_FROM: [&str; 46] = [
    "rose",
    "fell",
    "gained",
    "lost",
    "added",
    "shed",
    "jumped",
    "dropped",
    "climbed",
    "slipped",
    "slid",
    "fall",
    "rise",
    "up",
    "down",
    "increased",
    "decreased",
    "declined",
    "grew",
    "surged",
    "soared",
    "tumbled",
    "eased",
    "went",
    "moved",
    "cut",
    "reduced",
    "raised",
    "revised",
    "expanded",
    "shrank",
    "changed",
    "risen",
    "fallen",
    "grown",
    "doubled",
    "halved",
    "lowered",
    "lifted",
    "increase",
    "taking",
    "took",
    "take",
    "pushed",
    "brought",
    "bringing",
];

/// True when a lower bound leads in to the figure starting at token `first`: "above 12",
/// "more than 12", "at least 12", "over 12".
pub(super) fn after_lower_bound(tokens: &Tokens<'_>, first: usize) -> bool {
    (first > 0 && tokens.word_in(first - 1, &["above", "over", "exceeding"]))
        || (first > 1
            && tokens.word_in(first - 1, &["than", "least"])
            && tokens.word_in(first - 2, &["more", "greater", "higher", "at"]))
}

/// The length in tokens of an upper bound starting at token `at` ("no more than", "at
/// most", "up to", "below", "under", "less than"), or `None`.
pub(super) fn upper_bound_len(tokens: &Tokens<'_>, at: usize) -> Option<usize> {
    if tokens.word_in(at, &["no", "not"])
        && tokens.word_in(at + 1, &["more", "higher", "greater"])
        && tokens.word_is(at + 2, "than")
    {
        Some(3)
    } else if tokens.word_in(at, &["less", "fewer", "lower"]) && tokens.word_is(at + 1, "than")
        || tokens.word_is(at, "at") && tokens.word_is(at + 1, "most")
        || tokens.word_is(at, "up") && tokens.word_is(at + 1, "to")
    {
        Some(2)
    } else if tokens.word_in(at, &["below", "under"]) {
        Some(1)
    } else {
        None
    }
}

/// The end of an ordinal that finishes a number in words ending at token `end`: "-seventh"
/// in "two hundred forty-seventh", "and first" in "one hundred and first"; `None` when no
/// ordinal follows. A hyphen after the ordinal ("first-time buyers") makes it no ordinal.
pub(super) fn compound_ordinal_end(tokens: &Tokens<'_>, end: usize) -> Option<usize> {
    const UNITS: [&str; 9] = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    ];
    let is_ordinal = |i: usize| {
        tokens.word_in(i, &["first", "second"])
            || tokens.word_in(i, &super::numerals::ORDINAL_WORDS)
    };
    let at = if tokens.punct(end) == Some('-') && tokens.attached(end) && tokens.attached(end + 1) {
        if !tokens.word_in(end + 1, &UNITS) {
            return None;
        }
        end + 1
    } else if tokens.word_is(end, "and") && is_ordinal(end + 1) {
        end + 1
    } else if end > 0 && tokens.word_is(end - 1, "and") && is_ordinal(end) {
        end
    } else {
        return None;
    };
    let glued_after = tokens.punct(at + 1) == Some('-') && tokens.attached(at + 1);
    (!glued_after).then_some(at + 1)
}

/// An amount in words vague in its first word but with a known range, which the conflicts
/// stage can compare: "a couple of dozen" (about 24), "a few hundred" (300 to 900), "a few
/// dozen" (36 to 108), "a score of" (about 20). `(end, low, high, approximate)` when one
/// starts at token `i`. "A handful", "dozens" and "scores of" have no such range and stay
/// vague (`Kind::Vague`).
pub(super) fn vague_count_at(
    tokens: &Tokens<'_>,
    i: usize,
) -> Option<(usize, f64, Option<f64>, bool)> {
    if !tokens.word_is(i, "a") {
        return None;
    }
    let scale = |w: usize| match lookup_lower(tokens, w).as_str() {
        "dozen" => Some(12.0),
        "hundred" => Some(100.0),
        "thousand" => Some(1e3),
        "million" => Some(1e6),
        "billion" => Some(1e9),
        _ => None,
    };
    // A number after the phrase ("a score of 85", "a few hundred 000") makes it no amount.
    let word_after = |w: usize| tokens.get(w).is_some_and(|x| x.is_word());
    if tokens.word_is(i + 1, "couple") && tokens.word_is(i + 2, "of") {
        let s = scale(i + 3)?;
        return Some((i + 4, 2.0 * s, None, true));
    }
    if tokens.word_is(i + 1, "few") {
        let s = scale(i + 2)?;
        return Some((i + 3, 3.0 * s, Some(9.0 * s), false));
    }
    if tokens.word_is(i + 1, "score")
        && tokens.word_is(i + 2, "of")
        && word_after(i + 3)
        && !tokens.word_in(
            i + 3,
            &["the", "his", "her", "their", "its", "a", "an", "about"],
        )
    {
        return Some((i + 2, 20.0, None, true));
    }
    None
}

fn lookup_lower(tokens: &Tokens<'_>, i: usize) -> String {
    tokens.text_of(i).to_ascii_lowercase()
}
