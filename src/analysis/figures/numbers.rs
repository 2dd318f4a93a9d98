//! Numbers written in words: "fourteen thousand", "two hundred and fifty", "a dozen",
//! "half a million", "two-thirds", and the rounding rule shared with digits (half a unit of
//! the last significant digit).

use std::sync::LazyLock;

use crate::analysis::text::lookup::{self, WordMap, WordSet};
use crate::analysis::text::tokens::Tokens;
use crate::analysis::text::vocabulary::IdSet;

/// A number written in words, found at a token position.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spelled {
    /// One past the last token of the number.
    pub end: usize,
    pub value: f64,
    /// A fraction of a whole ("two-thirds" is 0.667), not a count.
    pub fraction: bool,
    /// Approximate by nature ("a dozen", "half a million").
    pub approximate: bool,
    /// The words include a scale ("thousand", "million") or are at least ten: small bare
    /// words ("three") are told apart by the caller.
    pub large: bool,
}

const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// The value of a unit word ("seven" is 7), ignoring ASCII case.
fn unit_value(word: &str) -> Option<f64> {
    static MAP: LazyLock<WordMap<u8>> = LazyLock::new(|| positions(&UNITS));
    MAP.get_ignore_ascii_case(word).map(f64::from)
}

/// The value of a tens word ("forty" is 40), ignoring ASCII case.
fn tens_value(word: &str) -> Option<f64> {
    static MAP: LazyLock<WordMap<u8>> = LazyLock::new(|| positions(&TENS));
    MAP.get_ignore_ascii_case(word)
        .map(|n| (f64::from(n) + 2.0) * 10.0)
}

/// Each word of a lower-case list mapped to its first position, as `position` finds it.
fn positions(list: &[&'static str]) -> WordMap<u8> {
    let mut map = lookup::FastMap::default();
    for (n, word) in list.iter().enumerate() {
        map.entry(*word).or_insert(n as u8);
    }
    WordMap::from(map)
}

/// The multiplier of a scale word: "thousand" is 1e3.
pub fn scale_value(word: &str) -> Option<f64> {
    match lookup::ascii_lower(word).as_ref() {
        "hundred" => Some(1e2),
        "thousand" => Some(1e3),
        "million" => Some(1e6),
        "billion" => Some(1e9),
        "trillion" => Some(1e12),
        _ => None,
    }
}

/// [`scale_value`] of token `i`: most tokens are turned away by one bit test on the word's
/// vocabulary id, before any lower-casing.
pub fn scale_value_at(tokens: &Tokens<'_>, i: usize) -> Option<f64> {
    if tokens.word_in(
        i,
        &["hundred", "thousand", "million", "billion", "trillion"],
    ) {
        scale_value(tokens.text_of(i))
    } else {
        None
    }
}

fn fraction_value(word: &str) -> Option<f64> {
    match lookup::ascii_lower(word).as_ref() {
        "half" | "halves" => Some(0.5),
        "third" | "thirds" => Some(1.0 / 3.0),
        "quarter" | "quarters" => Some(0.25),
        "fifth" | "fifths" => Some(0.2),
        "tenth" | "tenths" => Some(0.1),
        _ => None,
    }
}

/// True for a word that is part of a spelled-out cardinal number.
pub fn is_number_word(word: &str) -> bool {
    // The words of `unit_value`, `tens_value` and `scale_value` in one set: one lookup
    // (ignoring ASCII case, as each of them compares).
    static SET: LazyLock<WordSet> = LazyLock::new(|| {
        let words: Vec<&'static str> = UNITS.into_iter().chain(TENS).chain(SCALES).collect();
        WordSet::new(&words)
    });
    SET.contains_ignore_ascii_case(word)
}

/// The scale words of [`scale_value`].
const SCALES: [&str; 5] = ["hundred", "thousand", "million", "billion", "trillion"];

/// The words a number in words can start with: an article or "one" ("a dozen", "a third of",
/// "one quarter of a"), "half", or a unit or tens word.
fn parse_starts() -> impl Iterator<Item = &'static str> {
    ["a", "an", "one", "half"]
        .into_iter()
        .chain(UNITS)
        .chain(TENS)
}

/// Every word a figure in words can begin with or hinge on: the starts of [`parse`] and the
/// number words of [`is_number_word`] ("twenty" in "twenty-first").
pub fn number_word_starts() -> impl Iterator<Item = &'static str> {
    parse_starts().chain(["hundred", "thousand", "million", "billion", "trillion"])
}

/// A constant set of lower-case words a figure can start with, asked of word tokens: a bit
/// test on the vocabulary id the lexer gave the word when every entry is in the vocabulary
/// (as the engine's literals are), else a set lookup of the word's text.
pub(super) struct WordStarts {
    set: WordSet,
    ids: Option<IdSet>,
}

impl WordStarts {
    /// The set of `words` (lower-case).
    pub(super) fn new(words: &[&'static str]) -> WordStarts {
        let lower_case = words
            .iter()
            .all(|w| !w.bytes().any(|b| b.is_ascii_uppercase()));
        WordStarts {
            set: WordSet::new(words),
            ids: if lower_case { IdSet::of(words) } else { None },
        }
    }

    /// True when word token `i` is in the set, ignoring ASCII case (as
    /// [`WordSet::contains_ignore_ascii_case`] of its text).
    #[inline]
    pub(super) fn holds(&self, tokens: &Tokens<'_>, i: usize) -> bool {
        match &self.ids {
            Some(ids) => ids.contains(tokens.word_id(i)),
            None => self.set.contains_ignore_ascii_case(tokens.text_of(i)),
        }
    }
}

/// True for word token `i` in [`parse_starts`]. Every branch of [`parse`] needs one, so any
/// other word (nearly all of them) is turned away at once.
fn may_start_number(tokens: &Tokens<'_>, i: usize) -> bool {
    static STARTS: LazyLock<WordStarts> = LazyLock::new(|| {
        let words: Vec<&'static str> = parse_starts().collect();
        WordStarts::new(&words)
    });
    STARTS.holds(tokens, i)
}

/// Parses a number written in words starting at token `i`.
pub fn parse(tokens: &Tokens<'_>, i: usize) -> Option<Spelled> {
    let first = tokens.text_of(i);
    if !tokens.get(i)?.is_word() || !may_start_number(tokens, i) {
        return None;
    }
    let article = first.eq_ignore_ascii_case("a") || first.eq_ignore_ascii_case("an");

    // "half a million", "half a dozen", "a quarter of a million".
    if let Some(s) = parse_fraction_of_scale(tokens, i) {
        return Some(s);
    }
    // "a dozen", "two dozen".
    if article && tokens.word_in(i + 1, &["dozen"]) {
        return Some(Spelled {
            end: i + 2,
            value: 12.0,
            fraction: false,
            approximate: true,
            large: true,
        });
    }
    // "a third", "two-thirds", "three quarters".
    if let Some(s) = parse_fraction(tokens, i).or_else(|| parse_half(tokens, i)) {
        return Some(s);
    }
    // "a million", "a thousand", "a hundred".
    if article && let Some(scale) = scale_value_at(tokens, i + 1) {
        return Some(Spelled {
            end: i + 2,
            value: scale,
            fraction: false,
            approximate: false,
            large: true,
        });
    }
    let (value, end, large) = parse_cardinal(tokens, i)?;
    if let Some(mixed) = parse_mixed(tokens, value, end) {
        return Some(mixed);
    }
    if tokens.word_in(end, &["dozen", "dozens"]) {
        return Some(Spelled {
            end: end + 1,
            value: value * 12.0,
            fraction: false,
            approximate: true,
            large: true,
        });
    }
    Some(Spelled {
        end,
        value,
        fraction: false,
        approximate: false,
        large,
    })
}

/// A cardinal in words from token `i`: returns value, end and whether it is "large".
fn parse_cardinal(tokens: &Tokens<'_>, i: usize) -> Option<(f64, usize, bool)> {
    let mut current = 0.0;
    let mut total = 0.0;
    let mut j = i;
    let mut seen = false;
    let mut large = false;
    loop {
        let word = tokens.text_of(j);
        if !tokens.get(j).is_some_and(|t| t.is_word()) {
            break;
        }
        if let Some(n) = tens_value(word) {
            if current % 100.0 != 0.0 {
                break;
            }
            current += n;
            j += 1;
            seen = true;
            large = true;
            // "twenty-five"
            if tokens.punct(j) == Some('-')
                && tokens.attached(j)
                && tokens.attached(j + 1)
                && let Some(u) = unit_value(tokens.text_of(j + 1)).filter(|u| *u > 0.0 && *u < 10.0)
            {
                current += u;
                j += 2;
            } else if tokens
                .get(j)
                .is_some_and(|t| t.is_word() && !t.newline_before)
                && let Some(u) = unit_value(tokens.text_of(j)).filter(|u| *u > 0.0 && *u < 10.0)
                && !(tokens.punct(j + 1) == Some('-') && tokens.attached(j + 1))
            {
                // "twenty one", "eighty  six": a compound written with a space. Not the "one" of
                // "twenty one-year-olds", which counts on its own.
                current += u;
                j += 1;
            }
        } else if let Some(n) = unit_value(word) {
            if current % 100.0 != 0.0 || (seen && current == 0.0 && total == 0.0) {
                break;
            }
            current += n;
            if n >= 10.0 {
                large = true;
            }
            j += 1;
            seen = true;
        } else if seen && word.eq_ignore_ascii_case("hundred") {
            current = if current == 0.0 {
                100.0
            } else {
                current * 100.0
            };
            large = true;
            j += 1;
        } else if seen && let Some(scale) = scale_value(word) {
            total += if current == 0.0 { 1.0 } else { current } * scale;
            current = 0.0;
            large = true;
            j += 1;
        } else if seen
            && word.eq_ignore_ascii_case("and")
            && (current >= 100.0 || total > 0.0)
            && current % 100.0 == 0.0
            && (unit_value(tokens.text_of(j + 1)).is_some_and(|u| u > 0.0)
                || tens_value(tokens.text_of(j + 1)).is_some())
        {
            j += 1;
        } else {
            break;
        }
    }
    seen.then_some((total + current, j, large))
}

/// A mixed number: a whole in words, "and", a fraction ("two and a half", "seven and
/// three quarters"), perhaps scaled ("one and a half million").
fn parse_mixed(tokens: &Tokens<'_>, whole: f64, end: usize) -> Option<Spelled> {
    if !tokens.word_is(end, "and") {
        return None;
    }
    let (part, mut j) = if tokens.word_in(end + 1, &["a", "one"]) {
        let each = fraction_value(tokens.text_of(end + 2)).filter(|_| {
            !tokens.text_of(end + 2).ends_with('s') || tokens.word_is(end + 2, "halves")
        })?;
        (each, end + 3)
    } else {
        let n = unit_value(tokens.text_of(end + 1)).filter(|n| (2.0..10.0).contains(n))?;
        let each = fraction_value(tokens.text_of(end + 2))
            .filter(|_| tokens.text_of(end + 2).ends_with('s'))?;
        (n * each, end + 3)
    };
    let mut value = whole + part;
    if let Some(scale) = scale_value_at(tokens, j).filter(|s| *s >= 1e3) {
        value *= scale;
        j += 1;
    }
    Some(Spelled {
        end: j,
        value,
        fraction: false,
        approximate: false,
        large: true,
    })
}

fn parse_fraction_of_scale(tokens: &Tokens<'_>, i: usize) -> Option<Spelled> {
    // "half a million" / "half a dozen"
    let (fraction, next) = if tokens.word_is(i, "half") {
        (0.5, i + 1)
    } else if (tokens.word_is(i, "a") || tokens.word_is(i, "one"))
        && tokens.word_is(i + 1, "quarter")
        && tokens.word_is(i + 2, "of")
    {
        (0.25, i + 3)
    } else {
        return None;
    };
    if !(tokens.word_is(next, "a") || tokens.word_is(next, "an")) {
        return None;
    }
    let word = tokens.text_of(next + 1);
    let whole = if word.eq_ignore_ascii_case("dozen") {
        12.0
    } else {
        scale_value(word).filter(|s| *s >= 1e3)?
    };
    Some(Spelled {
        end: next + 2,
        value: fraction * whole,
        fraction: false,
        approximate: true,
        large: true,
    })
}

fn parse_fraction(tokens: &Tokens<'_>, i: usize) -> Option<Spelled> {
    let numerator = if tokens.word_in(i, &["a", "one"]) {
        1.0
    } else {
        unit_value(tokens.text_of(i)).filter(|n| (2.0..10.0).contains(n))?
    };
    // "two-thirds" or "two thirds"
    let mut j = i + 1;
    if tokens.punct(j) == Some('-') && tokens.attached(j) && tokens.attached(j + 1) {
        j += 1;
    }
    let word = tokens.text_of(j);
    let each = fraction_value(word)?;
    if word.eq_ignore_ascii_case("half") || word.eq_ignore_ascii_case("halves") {
        return None;
    }
    let plural = word.ends_with('s');
    if (numerator > 1.0) != plural {
        return None;
    }
    // "a third of", "two-thirds higher", "rose by a third.": a share of something. Followed by
    // a noun, "a third" is an ordinal ("a third term").
    // "two-thirds higher" is a share whatever follows; "five quarters" (more than a whole)
    // or a spaced "two thirds" needs the same evidence as "a third".
    let hyphenated = j == i + 2;
    let whole = numerator * each <= 1.0;
    if !whole || !(plural && hyphenated || fraction_follower(tokens, j + 1, word)) {
        return None;
    }
    Some(Spelled {
        end: j + 1,
        value: numerator * each,
        fraction: true,
        approximate: true,
        large: true,
    })
}

/// Words that may follow a singular fraction ("a third") without making it an ordinal.
const FRACTION_FOLLOWERS: &[&str] = &[
    "of",
    "higher",
    "lower",
    "more",
    "less",
    "fewer",
    "larger",
    "smaller",
    "bigger",
    "greater",
    "cheaper",
    "in",
    "to",
    "since",
    "from",
    "on",
    "over",
    "than",
    "compared",
    "between",
    "among",
    "after",
    "during",
    "while",
    "last",
    "this",
    "year-on-year",
    "annually",
    // "a quarter were buying fewer branded goods", "a third said": a share of people as the
    // subject of a plural verb.
    "were",
    "are",
    "said",
    "say",
    "think",
    "thought",
    "expect",
    "expected",
];

/// True when what follows token `at` lets a singular fraction be a share: "of", a
/// comparative, a preposition, or the end of the clause.
fn fraction_follower(tokens: &Tokens<'_>, at: usize, fraction: &str) -> bool {
    match tokens.get(at) {
        None => true,
        Some(next) if !next.is_word() => !next.is_number(),
        Some(_) => {
            // "a quarter to five", "a quarter past": clock times.
            let clock =
                fraction.eq_ignore_ascii_case("quarter") && tokens.word_in(at, &["to", "past"]);
            // "a third in a row": a third win.
            let row = tokens.word_is(at, "in")
                && tokens.word_is(at + 1, "a")
                && tokens.word_is(at + 2, "row");
            tokens.word_in(at, FRACTION_FOLLOWERS) && !clock && !row
        }
    }
}

/// "almost half of those", "more than half", "Half of the money": a half as a share, when a
/// qualifier or a sentence start says so (not "the first half of the year").
fn parse_half(tokens: &Tokens<'_>, i: usize) -> Option<Spelled> {
    if !tokens.word_is(i, "half") {
        return None;
    }
    let qualified = i > 0
        && tokens.word_in(
            i - 1,
            &[
                "almost",
                "nearly",
                "about",
                "around",
                "roughly",
                "over",
                "under",
                "than",
                "just",
                "some",
                "only",
                "barely",
                "exactly",
                "precisely",
                "approximately",
            ],
        );
    let opens = tokens.is_capitalised(i) && (i == 0 || !tokens.get(i - 1)?.is_word());
    // "half of", "half the staff", "half their savings".
    let of_whole = tokens.word_in(
        i + 1,
        &[
            "of", "the", "its", "their", "his", "her", "our", "all", "those", "these",
        ],
    );
    let share = of_whole
        || (qualified
            && tokens
                .get(i + 1)
                .is_none_or(|next| !next.is_word() && !next.is_number()));
    // Unqualified, only "Half of ..." opening a sentence ("Half the time" is an idiom).
    ((qualified || opens && tokens.word_is(i + 1, "of")) && share).then_some(Spelled {
        end: i + 1,
        value: 0.5,
        fraction: true,
        approximate: true,
        large: true,
    })
}

/// Half a unit of the last significant digit of a number written as `digits` (the numeral
/// without separators, scale or sign), multiplied by `scale`: "14400" → 50, "2.5" with scale
/// 1e6 → 50,000, "816" → 0.5.
pub fn half_unit(digits: &str, scale: f64) -> f64 {
    let half = if let Some((_, decimals)) = digits.split_once('.') {
        0.5 * 10f64.powi(-(decimals.len() as i32))
    } else {
        let trailing_zeros = digits.bytes().rev().take_while(|b| *b == b'0').count();
        if trailing_zeros == digits.len() {
            0.5
        } else {
            0.5 * 10f64.powi(trailing_zeros as i32)
        }
    };
    half * scale
}

/// Half a unit of the last significant digit of an integer value (for numbers in words).
pub fn half_unit_of_value(value: f64) -> f64 {
    if value.fract() != 0.0 || value == 0.0 {
        return 0.5;
    }
    let digits = format!("{}", value.abs() as u64);
    half_unit(&digits, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_words_are_the_unit_tens_and_scale_words() {
        for word in [
            "one",
            "One",
            "NINETEEN",
            "twenty",
            "Ninety",
            "hundred",
            "Trillion",
            "zero",
            "a",
            "",
            "ones",
            "twentyone",
            "dozen",
            "half",
            "thousands",
            "états",
        ] {
            assert_eq!(
                is_number_word(word),
                unit_value(word).is_some()
                    || tens_value(word).is_some()
                    || scale_value(word).is_some(),
                "{word}"
            );
        }
        assert_eq!(unit_value("Seven"), Some(7.0));
        assert_eq!(tens_value("FORTY"), Some(40.0));
    }

    fn value(text: &str) -> Option<(f64, bool)> {
        let tokens = Tokens::new(text);
        parse(&tokens, 0).map(|s| (s.value, s.fraction))
    }

    #[test]
    fn cardinals_in_words() {
        assert_eq!(value("fourteen thousand"), Some((14_000.0, false)));
        assert_eq!(value("two hundred and fifty people"), Some((250.0, false)));
        assert_eq!(value("twenty-five"), Some((25.0, false)));
        assert_eq!(
            value("fourteen thousand four hundred"),
            Some((14_400.0, false))
        );
        assert_eq!(value("three million"), Some((3e6, false)));
    }

    #[test]
    fn dozens_halves_and_articles() {
        assert_eq!(value("a dozen people"), Some((12.0, false)));
        assert_eq!(value("two dozen"), Some((24.0, false)));
        assert_eq!(value("half a million"), Some((500_000.0, false)));
        assert_eq!(value("a million"), Some((1e6, false)));
        assert_eq!(value("a quarter of a million"), Some((250_000.0, false)));
    }

    #[test]
    fn fractions_need_of() {
        let (v, fraction) = value("two-thirds of voters").unwrap_or_default();
        assert!((v - 2.0 / 3.0).abs() < 1e-9 && fraction);
        assert!(value("a third term").is_none());
    }

    #[test]
    fn runs_of_unrelated_number_words_stop() {
        let tokens = Tokens::new("one two");
        assert_eq!(parse(&tokens, 0).map(|s| s.end), Some(1));
    }

    #[test]
    fn half_units() {
        assert_eq!(half_unit("14400", 1.0), 50.0);
        assert_eq!(half_unit("400", 1.0), 50.0);
        assert_eq!(half_unit("816", 1.0), 0.5);
        assert!((half_unit("2.5", 1e6) - 50_000.0).abs() < 1e-6);
        assert_eq!(half_unit("0", 1.0), 0.5);
        assert_eq!(half_unit_of_value(14_000.0), 500.0);
    }

    #[test]
    fn fractions_without_of() {
        let third = value("a third.").unwrap_or_default();
        assert!((third.0 - 1.0 / 3.0).abs() < 1e-9 && third.1);
        assert!(value("a third in three years").is_some_and(|(_, f)| f));
        assert!(value("a third to 29,437").is_some_and(|(_, f)| f));
        assert!(value("two-thirds higher than").is_some_and(|(_, f)| f));
        // Ordinals: a noun follows.
        assert!(value("a third term").is_none());
        assert!(value("a third in a row").is_none());
        assert!(value("a quarter to five").is_none());
        // A share of people as the subject of a plural verb.
        assert_eq!(value("a quarter were buying less"), Some((0.25, true)));
        assert_eq!(value("a third said they"), Some((1.0 / 3.0, true)));
        assert_eq!(value("five quarters."), Some((5.0, false)));
        assert!(value("two thirds of voters").is_some_and(|(_, f)| f));
    }

    #[test]
    fn half_as_a_share() {
        let tokens = Tokens::new("almost half of those on the list");
        assert_eq!(
            parse(&tokens, 1).map(|s| (s.value, s.fraction)),
            Some((0.5, true))
        );
        let tokens = Tokens::new("in the first half of the year");
        assert_eq!(parse(&tokens, 3), None);
        let tokens = Tokens::new("Half of the money went");
        assert_eq!(parse(&tokens, 0).map(|s| s.value), Some(0.5));
        let tokens = Tokens::new("more than half the staff");
        assert_eq!(parse(&tokens, 2).map(|s| s.value), Some(0.5));
        let tokens = Tokens::new("Half the time, it rains");
        assert_eq!(parse(&tokens, 0), None);
    }
}
