//! Ratios: "one in five", "two in five adults", "nine out of 10 doctors", "eight of 10
//! voters". The figure is the share they state, as a percentage like every fraction
//! ("a third" is 33.3%): "one in five" is 20%, not five of something. Read as one figure,
//! so that neither number is taken for a count of the noun after it.

use super::kinds::is_time_unit;
use super::numbers;
use super::numerals::{Form, RawFigure, Unit, Value};
use crate::analysis::text::span::Span;
use crate::analysis::text::tokens::Tokens;

/// The largest "in N" in plain digits a ratio is read with: "one in 1000" is still a share,
/// "2 in 2019" is a count in a year. Grouped digits and words have no limit ("one in 2,000",
/// "one in a million").
const MAX_PLAIN_WHOLE: f64 = 1000.0;

/// The ratio starting at token `i`, if one does.
pub(super) fn ratio_at(tokens: &Tokens<'_>, i: usize) -> Option<RawFigure> {
    // Every number of the draft passes here: most have no "in", "out" or "of" within the
    // few words a number in words takes, and are turned away before they are read.
    let reach = if tokens.get(i)?.is_number() { 2 } else { 8 };
    if !(i + 1..i + reach).any(|k| tokens.word_in(k, &["in", "out", "of"])) {
        return None;
    }
    let (part, after_part, _) = small_whole(tokens, i)?;
    let (whole_at, of_only) = if tokens.word_is(after_part, "in") {
        (after_part + 1, false)
    } else if tokens.word_is(after_part, "out") && tokens.word_is(after_part + 1, "of") {
        (after_part + 2, false)
    } else if tokens.word_is(after_part, "of") {
        (after_part + 1, true)
    } else {
        return None;
    };
    let (whole, end, whole_plain) = small_whole(tokens, whole_at)?;
    // "eight of 10 voters" is a share; "two of three matches" a count of the three.
    let round_whole = [10.0, 100.0, 1000.0].contains(&whole);
    if part < 1.0
        || part >= whole
        || (whole_plain && whole > MAX_PLAIN_WHOLE)
        || (of_only && !round_whole)
    {
        return None;
    }
    // "scored 2 in 5 minutes": a count in a stretch of time.
    if tokens.get(end).is_some_and(|t| t.is_word()) && is_time_unit(tokens.text_of(end)) {
        return None;
    }
    Some(RawFigure {
        span: Span::new(tokens.list[i].span.start, tokens.list[end - 1].span.end),
        first: i,
        end,
        // Shares are percentages, as fractions are. A ratio is a rounded share: "one in five"
        // stands for 18 to 22%, "one in 1,000" for 0.09 to 0.11% (a tenth either way, at
        // most the five points a fraction in words gets).
        low: Value {
            value: part / whole * 100.0,
            half: (part / whole * 10.0).min(5.0),
        },
        high: None,
        unit: Some(Unit::Percent),
        form: if tokens.get(i).is_some_and(|t| t.is_number()) {
            Form::Digits
        } else {
            Form::Words
        },
        suffix: super::numerals::Suffix::None,
        grouped: false,
        decimal: false,
        scaled: false,
        // The rounding is in `half`; "approximate" would widen it to a quarter either way.
        approximate: false,
        large: true,
        hyphen_pair: false,
        after_hyphen: false,
    })
}

/// A whole number at `i` in digits ("10", "2,000") or words ("five", "four hundred"): its
/// value, the token after it, and whether it was plain digits (no thousands separator).
fn small_whole(tokens: &Tokens<'_>, i: usize) -> Option<(f64, usize, bool)> {
    let token = tokens.get(i)?;
    if token.is_number() {
        let text = tokens.text_of(i);
        let plain = !text.contains(',');
        let mut value: u32 = 0;
        for b in text.bytes().filter(|&b| b != b',') {
            let digit = b.checked_sub(b'0').filter(|d| *d < 10)?;
            value = value.checked_mul(10)?.checked_add(u32::from(digit))?;
        }
        return Some((f64::from(value), i + 1, plain));
    }
    let spelled = numbers::parse(tokens, i)?;
    if spelled.fraction || spelled.approximate || spelled.value.fract() != 0.0 {
        return None;
    }
    Some((spelled.value, spelled.end, false))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ratio(text: &str, at: &str) -> Option<(String, f64)> {
        let t = Tokens::new(text);
        let i = (0..t.len()).find(|&i| t.text_of(i) == at)?;
        ratio_at(&t, i).map(|f| {
            (
                f.span.of(text).to_string(),
                (f.low.value * 10.0).round() / 10.0,
            )
        })
    }

    #[test]
    fn shares_in_words_and_digits() {
        let cases = [
            (
                "Around one in five UK retailers is loss-making.",
                "one",
                "one in five",
                20.0,
            ),
            ("Two in five adults said so.", "Two", "Two in five", 40.0),
            (
                "Nine out of 10 doctors agree.",
                "Nine",
                "Nine out of 10",
                90.0,
            ),
            (
                "Nearly eight of 10 voters backed it.",
                "eight",
                "eight of 10",
                80.0,
            ),
            ("About 1 in 4 homes flooded.", "1", "1 in 4", 25.0),
            (
                "One in three voters backed the plan.",
                "One",
                "One in three",
                33.3,
            ),
            ("one in a hundred", "one", "one in a hundred", 1.0),
            (
                "It affects one in 2,000 births.",
                "one",
                "one in 2,000",
                0.1,
            ),
        ];
        for (text, at, phrase, value) in cases {
            let got = ratio(text, at);
            if phrase.is_empty() {
                assert_eq!(got, None, "{text}");
            } else {
                assert_eq!(got, Some((phrase.to_string(), value)), "{text}");
            }
        }
    }

    #[test]
    fn a_small_share_keeps_a_small_interval() {
        let t = Tokens::new("About 1 in 1,000 children");
        let f = ratio_at(&t, 1).map(|f| (f.low.value, f.low.half));
        assert_eq!(
            f.map(|(v, h)| (v > 0.09 && v < 0.11, h < 0.02)),
            Some((true, true))
        );
        let t = Tokens::new("one in five");
        assert_eq!(ratio_at(&t, 0).map(|f| f.low.half), Some(2.0));
    }

    #[test]
    fn counts_are_not_ratios() {
        for (text, at) in [
            ("He scored 2 in 5 minutes.", "2"),
            ("They won two of three matches.", "two"),
            ("There were 1 in 2022 and 5 in 2023.", "1"),
            ("Five of the 12 members voted.", "Five"),
            ("Ten in two hours.", "Ten"),
            ("He was one of 2,000 runners.", "one"),
        ] {
            assert_eq!(ratio(text, at), None, "{text}");
        }
    }
}
