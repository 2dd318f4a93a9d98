//! Units of measure: a length, weight, area, volume, speed or temperature given in two unit
//! systems is compared after conversion ("40 kilometres" agrees with "25 miles", not with
//! "40 miles"). The figure keeps its interval as written; its scope carries the conversion
//! (`x:1000`, `x:F` for Fahrenheit) that the ledger applies before comparing.

use std::sync::LazyLock;

use crate::analysis::figures::interval::{Bound, Interval};
use crate::analysis::figures::numerals::{RawFigure, Unit};
use crate::analysis::subjects::measures::{definite_thing, noun_before_links};
use crate::analysis::text::lookup;
use crate::analysis::text::nouns::{is_plural_noun, is_stop, lemma};
use crate::analysis::text::tokens::Tokens;

/// The prefix of a conversion's scope tag.
pub const CONVERSION_PREFIX: &str = "x:";

/// Units by name: dimension and factor to its base unit (metre, kilogram, square metre,
/// litre, metre per second); Fahrenheit and Celsius are named by [`FAHRENHEIT`] and 1.
/// Ambiguous names (ton, gallon, pound) are left out: unsure, so never compared.
const UNITS: &[(&str, &str, f64)] = &[
    ("km", "length", 1_000.0),
    ("kilometre", "length", 1_000.0),
    ("kilometres", "length", 1_000.0),
    ("kilometer", "length", 1_000.0),
    ("kilometers", "length", 1_000.0),
    ("m", "length", 1.0),
    ("metre", "length", 1.0),
    ("metres", "length", 1.0),
    ("meter", "length", 1.0),
    ("meters", "length", 1.0),
    ("cm", "length", 0.01),
    ("mm", "length", 0.001),
    ("mi", "length", 1_609.344),
    ("mile", "length", 1_609.344),
    ("miles", "length", 1_609.344),
    ("ft", "length", 0.3048),
    ("foot", "length", 0.3048),
    ("feet", "length", 0.3048),
    ("yard", "length", 0.9144),
    ("yards", "length", 0.9144),
    ("kg", "weight", 1.0),
    ("kilogram", "weight", 1.0),
    ("kilograms", "weight", 1.0),
    ("kilos", "weight", 1.0),
    ("tonne", "weight", 1_000.0),
    ("tonnes", "weight", 1_000.0),
    ("lb", "weight", 0.453_592),
    ("lbs", "weight", 0.453_592),
    ("stone", "weight", 6.350_29),
    ("ha", "area", 10_000.0),
    ("hectare", "area", 10_000.0),
    ("hectares", "area", 10_000.0),
    ("acre", "area", 4_046.856),
    ("acres", "area", 4_046.856),
    ("litre", "volume", 1.0),
    ("litres", "volume", 1.0),
    ("liter", "volume", 1.0),
    ("liters", "volume", 1.0),
    ("ml", "volume", 0.001),
    ("mph", "speed", 0.447_04),
    ("kph", "speed", 0.277_778),
    ("kmh", "speed", 0.277_778),
    ("C", "temperature", 1.0),
    ("°C", "temperature", 1.0),
    ("celsius", "temperature", 1.0),
    ("F", "temperature", FAHRENHEIT),
    ("°F", "temperature", FAHRENHEIT),
    ("fahrenheit", "temperature", FAHRENHEIT),
];

/// The factor standing for Fahrenheit, converted as (F - 32) * 5 / 9.
const FAHRENHEIT: f64 = -1.0;

/// Words between the thing measured and its figure: "the bypass is 40km", "temperatures
/// reached 40C", "the fish weighed 12lb".
const LINKS: &[&str] = &[
    "is",
    "was",
    "are",
    "were",
    "measures",
    "measured",
    "stretches",
    "stretched",
    "weighs",
    "weighed",
    "covers",
    "covered",
    "reached",
    "hit",
    "of",
    "at",
    "stood",
    "spans",
    "runs",
    "will",
    "be",
    "to",
    "peaked",
];

/// The unit of figure `f` (attached, "40km", or its counted noun, "40 kilometres"): its
/// dimension and factor.
fn unit_of(t: &Tokens<'_>, f: &RawFigure, noun_at: Option<usize>) -> Option<(&'static str, f64)> {
    // Asked of every figure with a counted noun: no copy of the name.
    let name: &str = match &f.unit {
        Some(Unit::Measure(m)) => m,
        None => t.text_of(noun_at?),
        Some(_) => return None,
    };
    let exact = UNIT_OF.get(name);
    let folded = || {
        let lower = lookup::lower(name);
        UNIT_OF.get(lower.as_ref()).filter(|_| lower.len() > 2)
    };
    exact.or_else(folded).copied()
}

/// [`UNITS`] by name (the first entry of a name), for the counted noun of every figure.
static UNIT_OF: LazyLock<lookup::FastMap<&'static str, (&'static str, f64)>> =
    LazyLock::new(|| {
        let mut map = lookup::FastMap::default();
        for (name, dimension, factor) in UNITS {
            map.entry(*name).or_insert((*dimension, *factor));
        }
        map
    });

/// A measure's key ("length bypass") and its conversion tag ("x:1000"), when the figure is
/// in a known unit and the thing measured is named before it.
pub fn measure_key(
    t: &Tokens<'_>,
    f: &RawFigure,
    qualifier_start: usize,
    noun_at: Option<usize>,
    start: usize,
) -> Option<(String, String)> {
    let (dimension, factor) = unit_of(t, f, noun_at)?;
    let thing = noun_before_links(t, qualifier_start, start, LINKS)?;
    let word = definite_thing(t, thing, start).or_else(|| {
        // "Temperatures reached 40C": a plural thing opening the sentence.
        let lower = lookup::lower(t.text_of(thing)).into_owned();
        (thing == start && is_plural_noun(&lower)).then_some(lower)
    })?;
    if is_stop(&word) {
        return None;
    }
    let tag = if factor == FAHRENHEIT {
        format!("{CONVERSION_PREFIX}F")
    } else {
        format!("{CONVERSION_PREFIX}{factor}")
    };
    // "temperatures" and "temperature" are one thing; "bypass" is no plural.
    let thing = if is_plural_noun(&word) {
        lemma(&word)
    } else {
        word
    };
    Some((format!("{dimension} {thing}"), tag))
}

/// `interval` in its dimension's base unit, by the conversion tag's value (`1000`, `F`).
pub fn convert(interval: &Interval, conversion: &str) -> Interval {
    let f: fn(f64, f64) -> f64 = |v, k| {
        if k == FAHRENHEIT {
            (v - 32.0) * 5.0 / 9.0
        } else {
            v * k
        }
    };
    let k = if conversion == "F" {
        FAHRENHEIT
    } else {
        conversion.parse().unwrap_or(1.0)
    };
    let map = |b: Option<Bound>| {
        b.map(|b| Bound {
            value: f(b.value, k),
            inclusive: b.inclusive,
        })
    };
    Interval {
        low: map(interval.low),
        high: map(interval.high),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(text: &str) -> Option<(String, String)> {
        let t = Tokens::new(text);
        let raw = crate::analysis::figures::numerals::find(&t);
        let f = raw.first()?;
        let noun = crate::analysis::text::nouns::counted_noun(&t, f.end);
        measure_key(&t, f, f.first, noun, 0)
    }

    #[test]
    fn measures_in_two_systems_share_a_key_and_convert() {
        let (km, x_km) = key("The bypass is 40 kilometres long").unwrap_or_default();
        let (mi, x_mi) = key("The bypass is 25 miles long").unwrap_or_default();
        assert_eq!(km, "length bypass");
        assert_eq!(km, mi);
        let a = convert(&Interval::half_open(39.5, 40.5), &x_km["x:".len()..]);
        let b = convert(&Interval::half_open(24.5, 25.5), &x_mi["x:".len()..]);
        let c = convert(&Interval::half_open(39.5, 40.5), &x_mi["x:".len()..]);
        assert!(a.overlaps(&b));
        assert!(!a.overlaps(&c));
        let f = convert(&Interval::half_open(103.5, 104.5), "F");
        assert!(f.contains(40.0));
        // Near misses: no thing named, an unknown unit.
        assert_eq!(key("It ran 40 kilometres"), None);
        assert_eq!(key("The ship is 40 fathoms deep"), None);
    }
}
