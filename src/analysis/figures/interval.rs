//! The range of values a figure's wording allows ("about 14,400" is 12,960 to 15,840), and the
//! arithmetic the ledger needs to decide whether two figures can both be true.

use serde::Serialize;

/// One end of an [`Interval`]: a value, and whether the value itself is included.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Bound {
    pub value: f64,
    pub inclusive: bool,
}

/// The values a figure's wording allows. `None` on either side means unbounded.
#[derive(Clone, Copy, Debug, PartialEq, Default, Serialize)]
pub struct Interval {
    pub low: Option<Bound>,
    pub high: Option<Bound>,
}

impl Interval {
    /// `[low, high)`: the half-open interval of a rounded figure.
    pub fn half_open(low: f64, high: f64) -> Self {
        Interval {
            low: Some(Bound {
                value: low,
                inclusive: true,
            }),
            high: Some(Bound {
                value: high,
                inclusive: false,
            }),
        }
    }

    /// `[low, high]`.
    pub fn closed(low: f64, high: f64) -> Self {
        Interval {
            low: Some(Bound {
                value: low,
                inclusive: true,
            }),
            high: Some(Bound {
                value: high,
                inclusive: true,
            }),
        }
    }

    /// `(value, ∞)` when `inclusive` is false, `[value, ∞)` when true.
    pub fn above(value: f64, inclusive: bool) -> Self {
        Interval {
            low: Some(Bound { value, inclusive }),
            high: None,
        }
    }

    /// `(−∞, value)` when `inclusive` is false, `(−∞, value]` when true.
    pub fn below(value: f64, inclusive: bool) -> Self {
        Interval {
            low: None,
            high: Some(Bound { value, inclusive }),
        }
    }

    /// The lower bound's value, if bounded.
    pub fn low_value(&self) -> Option<f64> {
        self.low.map(|b| b.value)
    }

    /// The upper bound's value, if bounded.
    pub fn high_value(&self) -> Option<f64> {
        self.high.map(|b| b.value)
    }

    /// True when some value satisfies both intervals.
    pub fn overlaps(&self, other: &Interval) -> bool {
        !lies_above(self.low, other.high) && !lies_above(other.low, self.high)
    }

    /// True when `value` lies inside the interval.
    pub fn contains(&self, value: f64) -> bool {
        let above_low = match self.low {
            None => true,
            Some(b) if b.inclusive => value >= b.value,
            Some(b) => value > b.value,
        };
        let below_high = match self.high {
            None => true,
            Some(b) if b.inclusive => value <= b.value,
            Some(b) => value < b.value,
        };
        above_low && below_high
    }
}

/// True when every value admitted by lower bound `low` lies above every value admitted by
/// upper bound `high`: the intervals they belong to cannot meet.
fn lies_above(low: Option<Bound>, high: Option<Bound>) -> bool {
    match (low, high) {
        (Some(low), Some(high)) => {
            low.value > high.value
                || (low.value == high.value && !(low.inclusive && high.inclusive))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn more_than_450_and_400_rounded_do_not_overlap() {
        let over = Interval::above(450.0, false);
        let rounded = Interval::half_open(350.0, 450.0);
        assert!(!over.overlaps(&rounded));
        assert!(!rounded.overlaps(&over));
    }

    #[test]
    fn at_least_touching_an_inclusive_bound_overlaps() {
        let at_least = Interval::above(450.0, true);
        let up_to = Interval::below(450.0, true);
        assert!(at_least.overlaps(&up_to));
    }

    #[test]
    fn unbounded_intervals_always_overlap() {
        assert!(Interval::default().overlaps(&Interval::closed(1.0, 2.0)));
    }

    #[test]
    fn contains_respects_inclusivity() {
        let i = Interval::half_open(350.0, 450.0);
        assert!(i.contains(350.0));
        assert!(!i.contains(450.0));
    }
}
