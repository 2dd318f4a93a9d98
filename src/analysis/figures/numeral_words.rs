//! The words around a numeral that the reader in `numerals.rs` consults: the change that
//! makes "from X to Y" no range, the lower and upper bounds that make "above 12 and no more
//! than 18" one, and the ordinal that ends a long number in words ("one hundred and first").

use crate::analysis::text::tokens::Tokens;

/// Words before "from" that make "from X to Y" a change rather than a range.
pub(super) const CHANGE_BEFORE_FROM: [&str; 40] = [
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
