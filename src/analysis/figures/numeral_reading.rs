//! What the words and letters after the digits add to a number: a scale ("1.2bn", "14
//! thousand", "7 hundred and 45"), a unit or currency ("10km", "20 km", "70km/h", "250p",
//! "3.5 per cent", "41°C"), an ordinal, meridiem or decade suffix, or a code ("5G"), read
//! from left to right into a [`Reading`] by [`super::numerals`].

use crate::analysis::figures::numbers;
use crate::analysis::figures::numerals::{Suffix, Unit, currency_word_at};
use crate::analysis::text::lookup;
use crate::analysis::text::tokens::Tokens;

fn letter_scale(word: &str) -> Option<f64> {
    Some(match word {
        "k" | "K" => 1e3,
        "m" | "M" | "mn" | "mln" => 1e6,
        "bn" | "b" | "B" | "bln" => 1e9,
        "tn" | "trn" | "T" => 1e12,
        _ => return None,
    })
}

const MEASURES: [&str; 40] = [
    "km", "kg", "mph", "kph", "ft", "cm", "mm", "mi", "lb", "lbs", "oz", "ha", "sq", "kW", "kWh",
    "MW", "MWh", "GW", "GWh", "TWh", "Mt", "GB", "TB", "MB", "mg", "ml", "g", "l", "kmh", "km/h",
    "C", "F", "in", "yd", "t", "x", "mb", "kt", "bpm", "mins",
];

/// Measures written after a space ("20 km"): the abbreviations of `MEASURES` that are no
/// English word and no letter of a grade or a temperature scale.
const SPACED_MEASURES: [&str; 22] = [
    "km", "kg", "mph", "kph", "kmh", "cm", "mm", "ft", "lb", "lbs", "oz", "ha", "kW", "kWh", "MW",
    "MWh", "GW", "GWh", "TWh", "mg", "ml", "bpm",
];

/// What the words around the digits add to them, read from left to right.
pub(super) struct Reading {
    /// One past the last token read.
    pub(super) end: usize,
    pub(super) unit: Option<Unit>,
    pub(super) scale: f64,
    pub(super) scaled: bool,
    pub(super) suffix: Suffix,
    /// The smaller parts added after a scale word: the 45 of "7 hundred and 45".
    pub(super) extra: f64,
}

/// The smaller parts after a scale word in a number of digits and words: the "and 45" of "7
/// hundred and 45", the "2 hundred" of "6 thousand 2 hundred". Kept in `extra`, unscaled.
fn read_digit_compound(tokens: &Tokens<'_>, r: &mut Reading) {
    let mut j = r.end;
    if tokens.word_is(j, "and") {
        j += 1;
    }
    let Some(part) = tokens
        .get(j)
        .filter(|t| t.is_number() && t.space_before)
        .and_then(|_| tokens.text_of(j).parse::<f64>().ok())
        .filter(|v| v.fract() == 0.0 && *v >= 1.0)
    else {
        return;
    };
    let (part, end) = if tokens.word_is(j + 1, "hundred") && r.scale > 100.0 && part < 10.0 {
        let mut end = j + 2;
        let mut rest = 0.0;
        let k = if tokens.word_is(end, "and") {
            end + 1
        } else {
            end
        };
        if let Some(v) = tokens
            .get(k)
            .filter(|t| t.is_number())
            .and_then(|_| tokens.text_of(k).parse::<f64>().ok())
            .filter(|v| v.fract() == 0.0 && *v < 100.0)
        {
            rest = v;
            end = k + 1;
        }
        (part * 100.0 + rest, end)
    } else {
        (part, j + 1)
    };
    // The parts must be smaller than the scale: "3 thousand 400" is one number, "in 2 hundred
    // 2019" is not.
    if part >= r.scale || tokens.get(end).is_some_and(|t| t.is_number()) {
        return;
    }
    r.extra = part;
    r.end = end;
}

/// Letters glued to the digits: a scale, an ordinal or meridiem suffix, pence, a decade,
/// a measure or a code.
pub(super) fn read_glued(tokens: &Tokens<'_>, numeral: &str, r: &mut Reading) {
    // Letters glued to the digits: "1.2bn", "14k", "3rd", "10am", "1990s", "10km", "5G".
    if tokens.get(r.end).is_some_and(|t| t.is_word()) && tokens.attached(r.end) {
        let word = tokens.text_of(r.end);
        let lower = word.to_ascii_lowercase();
        if let Some(s) = letter_scale(word).filter(|_| !is_metres(tokens, r.end, &r.unit)) {
            r.scale = s;
            r.scaled = true;
            r.end += 1;
        } else if matches!(lower.as_str(), "st" | "nd" | "rd" | "th") {
            r.suffix = Suffix::Ordinal;
            r.end += 1;
        } else if lower == "am" || lower == "pm" {
            r.suffix = Suffix::Meridiem;
            r.end += 1;
        } else if (lower == "a" || lower == "p")
            && tokens.punct(r.end + 1) == Some('.')
            && tokens.word_is(r.end + 2, "m")
        {
            r.suffix = Suffix::Meridiem;
            r.end += 3;
        } else if is_pence(tokens, r.end, &r.unit) {
            // "250p": pence, a hundredth of a pound, so "250p" = "£2.50".
            r.unit = Some(Unit::Currency("GBP"));
            r.scale = 0.01;
            r.end += 1;
        } else if lower == "s"
            && (numeral.len() == 4 || (numeral.len() == 2 && numeral.ends_with('0')))
        {
            r.suffix = Suffix::Decade;
            r.end += 1;
        } else if r.unit.is_none() && matches!(lower.as_str(), "pc" | "pct") {
            // "3.2pc": per cent, as British business copy writes it.
            r.unit = Some(Unit::Percent);
            r.end += 1;
        } else if lookup::in_list(&MEASURES, word) {
            let mut measure = word.to_string();
            r.end += 1;
            read_per_time(tokens, r, &mut measure);
            r.unit = r.unit.take().or(Some(Unit::Measure(measure)));
        } else {
            r.suffix = Suffix::Code;
            r.end += 1;
        }
    }
}

/// "10 a.m." / "10 p.m." / "10 am" after a space.
pub(super) fn read_spaced_meridiem(tokens: &Tokens<'_>, value: f64, r: &mut Reading) {
    // "10 a.m." / "10 p.m." / "10 am"
    if r.suffix == Suffix::None
        && tokens.word_in(r.end, &["am", "pm"])
        && tokens.get(r.end).is_some_and(|t| t.space_before)
        && value <= 12.0
        && (tokens.punct(r.end + 1).is_none() || !tokens.is_capitalised(r.end + 1))
        && (tokens.text_of(r.end) == "am" || tokens.text_of(r.end) == "pm")
    {
        r.suffix = Suffix::Meridiem;
        r.end += 1;
    } else if r.suffix == Suffix::None
        && tokens.word_in(r.end, &["a", "p"])
        && tokens.punct(r.end + 1) == Some('.')
        && tokens.word_is(r.end + 2, "m")
    {
        r.suffix = Suffix::Meridiem;
        r.end += 3;
    }
}

/// "°C", "°F", "°" glued to the digits.
pub(super) fn read_degrees(tokens: &Tokens<'_>, r: &mut Reading) {
    // "°C"
    if r.suffix == Suffix::None
        && r.unit.is_none()
        && tokens.punct(r.end) == Some('°')
        && tokens.attached(r.end)
    {
        let measure = if tokens.attached(r.end + 1) && tokens.word_in(r.end + 1, &["C", "F"]) {
            r.end += 2;
            format!("°{}", tokens.text_of(r.end - 1))
        } else {
            r.end += 1;
            "°".to_string()
        };
        r.unit = Some(Unit::Measure(measure));
    }
}

/// A measure's abbreviation after a space: "20 km", "70 km/h".
pub(super) fn read_spaced_measure(tokens: &Tokens<'_>, r: &mut Reading) {
    // "some 20 km (12 miles)", "gusts of 70 km/h": a spaced abbreviation of a measure is the
    // figure's r.unit as much as an attached one. Only abbreviations that are no English word
    // ("20 in London", "a 5 C grade" stay as they were).
    if r.suffix == Suffix::None
        && r.unit.is_none()
        && !r.scaled
        && tokens
            .get(r.end)
            .is_some_and(|t| t.is_word() && t.space_before)
        && lookup::in_list(&SPACED_MEASURES, tokens.text_of(r.end))
    {
        let mut measure = tokens.text_of(r.end).to_string();
        r.end += 1;
        read_per_time(tokens, r, &mut measure);
        r.unit = Some(Unit::Measure(measure));
    }
}

/// A speed's "/h" after a measure, spaced ("70 km/h") or glued ("70km/h"): part of the unit,
/// not a separate word.
fn read_per_time(tokens: &Tokens<'_>, r: &mut Reading, measure: &mut String) {
    if tokens.punct(r.end) == Some('/')
        && tokens.attached(r.end)
        && tokens.attached(r.end + 1)
        && tokens.word_in(r.end + 1, &["h", "hr", "s"])
    {
        measure.push('/');
        measure.push_str(tokens.text_of(r.end + 1));
        r.end += 2;
    }
}

/// Scale words, percent and currency words after the digits: "1.5 million", "3.5 per
/// cent", "5 dollars".
/// Every word [`read_after`] reads at the figure's end (with the currency words of
/// `currency_word_at`): a word outside them, or a token that is neither a word nor '%', is
/// read as nothing.
const AFTER_WORDS: &[&str] = &[
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "dozen",
    "dozens",
    "bn",
    "mn",
    "tn",
    "trn",
    "k",
    "per",
    "percent",
    "pc",
    "pct",
    "percentage",
    "pp",
    "ppt",
    "ppts",
];

pub(super) fn read_after(tokens: &Tokens<'_>, r: &mut Reading) {
    // Most figures end before a word that none of the tests below reads: two set lookups
    // turn them away.
    if tokens.punct(r.end) != Some('%')
        && !tokens.word_in(r.end, AFTER_WORDS)
        && currency_word_at(tokens, r.end).is_none()
    {
        return;
    }
    if r.suffix == Suffix::None {
        // Scale words: "1.5 million", "14 thousand", "$3 bn".
        if !r.scaled {
            if let Some(s) = numbers::scale_value_at(tokens, r.end).filter(|s| *s >= 1e3) {
                r.scale = s;
                r.scaled = true;
                r.end += 1;
                read_digit_compound(tokens, r);
                // "1.5 million-strong": leave the hyphen alone.
            } else if tokens.word_is(r.end, "hundred")
                && !(tokens.punct(r.end + 1) == Some('-') && tokens.attached(r.end + 1))
            {
                // "7 hundred and 45", "2 hundred": digits with a scale word in words.
                r.scale = 100.0;
                r.scaled = true;
                r.end += 1;
                read_digit_compound(tokens, r);
            } else if tokens.word_in(r.end, &["dozen", "dozens"]) {
                // "5 dozen": twelve each.
                r.scale = 12.0;
                r.scaled = true;
                r.end += 1;
            } else if tokens.get(r.end).is_some_and(|t| t.space_before)
                && (tokens.word_in(r.end, &["bn", "mn", "tn", "trn"])
                    || tokens.text_of(r.end) == "k"
                        && tokens.get(r.end + 1).is_none_or(|t| !t.is_number()))
            {
                r.scale = letter_scale(tokens.text_of(r.end)).unwrap_or(1.0);
                r.scaled = true;
                r.end += 1;
            }
        }
        // Percent: "%", "per cent", "percent", "pc", "percentage points", "pp".
        if r.unit.is_none() {
            if tokens.punct(r.end) == Some('%') && tokens.attached(r.end) {
                r.end += 1;
                if tokens.word_is(r.end, "points") {
                    r.unit = Some(Unit::PercentagePoints);
                    r.end += 1;
                } else {
                    r.unit = Some(Unit::Percent);
                }
            } else if tokens.word_is(r.end, "per") && tokens.word_is(r.end + 1, "cent") {
                r.end += 2;
                r.unit = Some(Unit::Percent);
            } else if tokens.word_in(r.end, &["percent", "pc", "pct"]) {
                r.end += 1;
                r.unit = Some(Unit::Percent);
            } else if tokens.word_is(r.end, "percentage")
                && tokens.word_in(r.end + 1, &["points", "point"])
            {
                r.end += 2;
                r.unit = Some(Unit::PercentagePoints);
            } else if tokens.word_in(r.end, &["pp", "ppt", "ppts"]) {
                r.end += 1;
                r.unit = Some(Unit::PercentagePoints);
            }
        }
        // Currency after: "5 dollars", "3bn euros", "200 USD" ("500 pounds of" is weight).
        if r.unit.is_none()
            && let Some(code) = currency_word_at(tokens, r.end)
            && !(code == "GBP" && tokens.word_is(r.end + 1, "of"))
        {
            r.end += 1;
            r.unit = Some(Unit::Currency(code));
        }
    }
}

/// "250p", "9.5p": pence (the "p" at token `at`). Not a video resolution ("streams in
/// 1080p", "720p video").
fn is_pence(tokens: &Tokens<'_>, at: usize, unit: &Option<Unit>) -> bool {
    const VIDEO: &[&str] = &[
        "video",
        "videos",
        "resolution",
        "display",
        "displays",
        "screen",
        "screens",
        "footage",
        "stream",
        "streams",
        "streaming",
        "hd",
        "camera",
        "tv",
        "monitor",
        "quality",
        "format",
    ];
    let digits_at = at.saturating_sub(1);
    tokens.text_of(at) == "p"
        && unit.is_none()
        && !tokens.word_in(at + 1, VIDEO)
        && !(digits_at >= 2
            && tokens.word_in(digits_at - 1, &["in", "at"])
            && tokens.word_in(digits_at - 2, VIDEO))
}

/// A track event's distance in metres, named as an event: "the 5,000m", "the men's
/// 10,000m", "4x100m". Money in millions carries a currency ("£5,000m"), so a bare standard
/// distance after "the" or a possessive is the race.
fn is_track_event(tokens: &Tokens<'_>, at: usize) -> bool {
    const DISTANCES: [&str; 14] = [
        "60", "100", "110", "200", "400", "800", "1500", "1,500", "3000", "3,000", "5000", "5,000",
        "10000", "10,000",
    ];
    let Some(d) = at.checked_sub(1) else {
        return false;
    };
    if !DISTANCES.contains(&tokens.text_of(d)) || d == 0 {
        return false;
    }
    let before = tokens.text_of(d - 1);
    let possessive = tokens.get(d - 1).is_some_and(|x| x.is_word())
        && (before.ends_with("'s") || before.ends_with("’s") || before.ends_with("s'"));
    // "4x100m": the relay's legs glued before the distance.
    let relay = tokens.attached(d) && tokens.text_of(d - 1).eq_ignore_ascii_case("x");
    possessive || relay || tokens.word_is(d - 1, "the")
}

/// "100m sprint", "the 5,000m": metres, not millions.
fn is_metres(tokens: &Tokens<'_>, at: usize, unit: &Option<Unit>) -> bool {
    unit.is_none()
        && tokens.text_of(at) == "m"
        && (is_track_event(tokens, at)
            || tokens.word_in(
                at + 1,
                &[
                    "sprint",
                    "race",
                    "hurdles",
                    "freestyle",
                    "backstroke",
                    "breaststroke",
                    "butterfly",
                    "relay",
                    "dash",
                    "tall",
                    "high",
                    "long",
                    "wide",
                    "deep",
                    "away",
                    "above",
                    "below",
                    "metres",
                    "meters",
                    "final",
                    "individual",
                    "medley",
                    "steeplechase",
                    "heats",
                    "heat",
                    "title",
                    "champion",
                    "gold",
                    "silver",
                    "bronze",
                ],
            )
            // "breaks 5,000m world record": a headline drops the article before the event.
            || tokens.word_is(at + 1, "world") && tokens.word_is(at + 2, "record"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The gate of `read_after` is one bit test only when every word of it is in the
    /// vocabulary.
    #[test]
    fn the_words_after_a_figure_are_in_the_vocabulary() {
        assert!(lookup::list_ids(AFTER_WORDS).is_some());
    }
}
