//! Which claims are about the same thing, and whether a later one contradicts an earlier
//! one. Linear in the number of claims: for each subject the ledger keeps only the highest
//! lower bound and the lowest upper bound seen so far, which is enough to know whether a new
//! interval meets every earlier one.

use std::borrow::Cow;

use crate::analysis::figures::claims::Figure;
use crate::analysis::figures::interval::{Bound, Interval};
use crate::analysis::text::lookup::FastMap;

/// Claims grouped by subject key, with the conflicts found in document order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Ledger {
    /// For each figure, its quantity's index.
    pub quantity_of: Vec<Option<usize>>,
    /// For each quantity, its figures in document order.
    pub quantities: Vec<Vec<usize>>,
    /// `(later, earlier)` figure indexes whose intervals cannot meet.
    pub conflicts: Vec<(usize, usize)>,
}

/// The soft scope of a figure: the day or month named in words, and the unclassed verb of
/// its counted noun ("act:flooded"). Each part keeps apart only two figures that both have
/// it and differ.
type Soft<'a> = (Option<&'a str>, Option<&'a str>);

/// The bounds of one subject and hard scope, per soft scope.
type TimedBounds<'a> = Vec<(Soft<'a>, Bounds)>;

/// Two soft parts meet when either is missing or they are equal.
fn meets(a: Option<&str>, b: Option<&str>) -> bool {
    a.is_none() || b.is_none() || a == b
}

/// The tightest bounds among the accepted claims of one subject and scope.
#[derive(Default)]
struct Bounds {
    max_low: Option<(Bound, usize)>,
    min_high: Option<(Bound, usize)>,
}

impl Ledger {
    /// Groups `figures` and finds conflicts.
    pub fn build(figures: &[Figure]) -> Ledger {
        let mut ledger = Ledger {
            quantity_of: vec![None; figures.len()],
            ..Ledger::default()
        };
        let mut quantity_by_key: FastMap<&str, usize> = FastMap::default();
        // Bounds per subject, hard scope and time of day or month (see [`split_scope`]).
        let mut bounds: FastMap<(&str, Cow<'_, str>), TimedBounds<'_>> = FastMap::default();
        for (i, figure) in figures.iter().enumerate() {
            let Some(key) = figure.subject.as_deref().filter(|_| figure.is_claim()) else {
                continue;
            };
            let q = *quantity_by_key.entry(key).or_insert_with(|| {
                ledger.quantities.push(Vec::new());
                ledger.quantities.len() - 1
            });
            ledger.quantities[q].push(i);
            ledger.quantity_of[i] = Some(q);
            if !figure.comparable {
                continue;
            }
            let (hard, when, level) = split_scope(&figure.scope);
            let buckets = bounds.entry((key, hard)).or_default();
            let interval = figure.interval;
            // A new level after a change ("fell to 7.6 million") supersedes earlier figures:
            // never flagged, it resets the bounds later figures must meet.
            if level {
                match buckets.iter_mut().find(|(w, _)| *w == when) {
                    Some((_, state)) => *state = Bounds::default(),
                    None => buckets.push((when, Bounds::default())),
                }
            }
            // A figure placed in time meets the figures placed at the same time and those
            // placed nowhere; a figure placed nowhere meets them all.
            let clash = buckets
                .iter()
                .filter(|(w, _)| !level && meets(w.0, when.0) && meets(w.1, when.1))
                .find_map(|(_, state)| state.clash(&interval));
            if let Some(j) = clash {
                // Two figures in one sentence are told apart by the writer ("309,550 were
                // homeless and 3,898 slept rough"): not a contradiction.
                if figures[j].sentence != figure.sentence || figure.sentence.is_empty() {
                    ledger.conflicts.push((i, j));
                }
                continue;
            }
            let state = match buckets.iter().position(|(w, _)| *w == when) {
                Some(k) => &mut buckets[k].1,
                None => {
                    buckets.push((when, Bounds::default()));
                    let last = buckets.len() - 1;
                    &mut buckets[last].1
                }
            };
            if let Some(low) = interval.low
                && state.max_low.is_none_or(|(b, _)| tighter_low(low, b))
            {
                state.max_low = Some((low, i));
            }
            if let Some(high) = interval.high
                && state.min_high.is_none_or(|(b, _)| tighter_high(high, b))
            {
                state.min_high = Some((high, i));
            }
        }
        ledger
    }
}

impl Bounds {
    /// The earlier figure whose bound `interval` cannot meet, if any.
    fn clash(&self, interval: &Interval) -> Option<usize> {
        self.min_high
            .filter(|(high, _)| {
                !interval.overlaps(&Interval {
                    low: None,
                    high: Some(*high),
                })
            })
            .or_else(|| {
                self.max_low.filter(|(low, _)| {
                    !interval.overlaps(&Interval {
                        low: Some(*low),
                        high: None,
                    })
                })
            })
            .map(|(_, j)| j)
    }
}

/// Splits a scope into its hard part (years, dates, places, groups: must be equal), the
/// day or month named in words ("when:monday", which only keeps apart two figures that
/// both name one and name different ones) and whether the figure is a new level after a
/// change ("level:").
pub(crate) fn split_scope(scope: &str) -> (Cow<'_, str>, Soft<'_>, bool) {
    use crate::analysis::subjects::keys::{ACT_PREFIX, LEVEL_TAG, WHEN_PREFIX};
    if !scope.contains(WHEN_PREFIX) && !scope.contains(LEVEL_TAG) && !scope.contains(ACT_PREFIX) {
        return (Cow::Borrowed(scope), (None, None), false);
    }
    let mut hard = Vec::new();
    let mut when = None;
    let mut act = None;
    let mut level = false;
    for tag in scope.split(' ').filter(|t| !t.is_empty()) {
        if tag == LEVEL_TAG {
            level = true;
            continue;
        }
        if let Some(a) = tag.strip_prefix(ACT_PREFIX)
            && act.is_none()
        {
            act = Some(a);
            continue;
        }
        match tag.strip_prefix(WHEN_PREFIX) {
            Some(w) if when.is_none() => when = Some(w),
            // Two days or months in one sentence: keep it apart from everything else.
            Some(_) => hard.push(tag),
            None => hard.push(tag),
        }
    }
    (Cow::Owned(hard.join(" ")), (when, act), level)
}

fn tighter_low(new: Bound, old: Bound) -> bool {
    new.value > old.value || (new.value == old.value && !new.inclusive && old.inclusive)
}

fn tighter_high(new: Bound, old: Bound) -> bool {
    new.value < old.value || (new.value == old.value && !new.inclusive && old.inclusive)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::figures::claims::Kind;
    use crate::analysis::text::shared_str::SharedStr;
    use crate::analysis::text::span::Span;

    fn claim(subject: &str, interval: Interval) -> Figure {
        Figure {
            span: Span::default(),
            number: Span::default(),
            kind: Kind::Claim,
            value: 0.0,
            interval,
            unit: None,
            subject: Some(subject.into()),
            scope: SharedStr::default(),
            comparable: true,
            qualifier: None,
            qualifier_kind: None,
            attribution: None,
            sentence: Span::default(),
            rules: Default::default(),
        }
    }

    #[test]
    fn over_450_then_400_conflicts() {
        let figures = vec![
            claim("tank lost", Interval::above(450.0, false)),
            claim("tank lost", Interval::half_open(350.0, 450.0)),
        ];
        assert_eq!(Ledger::build(&figures).conflicts, vec![(1, 0)]);
    }

    #[test]
    fn honest_rounding_and_hedges_agree() {
        let figures = vec![
            claim("soldier killed", Interval::half_open(14_350.0, 14_450.0)),
            claim("soldier killed", Interval::above(14_400.0, false)),
            claim("soldier killed", Interval::closed(12_960.0, 15_840.0)),
        ];
        let ledger = Ledger::build(&figures);
        assert!(ledger.conflicts.is_empty());
        assert_eq!(ledger.quantities, vec![vec![0, 1, 2]]);
    }

    #[test]
    fn different_subjects_never_conflict() {
        let figures = vec![
            claim("tank lost", Interval::half_open(350.0, 450.0)),
            claim("plane lost", Interval::half_open(50.0, 150.0)),
        ];
        assert!(Ledger::build(&figures).conflicts.is_empty());
    }

    #[test]
    fn scoped_claims_are_not_compared() {
        let mut later = claim("tank lost", Interval::half_open(50.0, 150.0));
        later.comparable = false;
        let figures = vec![claim("tank lost", Interval::half_open(350.0, 450.0)), later];
        assert!(Ledger::build(&figures).conflicts.is_empty());
    }

    #[test]
    fn thirty_thousand_repeats_stay_linear_and_agree() {
        let figures: Vec<Figure> = (0..30_000)
            .map(|_| claim("tank lost", Interval::half_open(350.0, 450.0)))
            .collect();
        let ledger = Ledger::build(&figures);
        assert!(ledger.conflicts.is_empty());
        assert_eq!(ledger.quantities[0].len(), 30_000);
    }

    #[test]
    fn two_figures_in_one_sentence_never_conflict() {
        let mut homeless = claim("people", Interval::half_open(309_545.0, 309_555.0));
        let mut sleeping_rough = claim("people", Interval::half_open(3_897.5, 3_898.5));
        homeless.sentence = Span::new(0, 90);
        sleeping_rough.sentence = Span::new(0, 90);
        assert!(
            Ledger::build(&[homeless.clone(), sleeping_rough.clone()])
                .conflicts
                .is_empty()
        );
        // In the next sentence the same pair is a contradiction.
        sleeping_rough.sentence = Span::new(91, 150);
        assert_eq!(
            Ledger::build(&[homeless, sleeping_rough]).conflicts,
            vec![(1, 0)]
        );
    }

    #[test]
    fn days_named_in_words_keep_apart_only_figures_that_both_name_one() {
        let mut monday = claim("home damaged", Interval::half_open(150.0, 250.0));
        monday.scope = "when:monday".into();
        let mut wednesday = claim("home damaged", Interval::half_open(300.0, 400.0));
        wednesday.scope = "when:wednesday".into();
        assert!(
            Ledger::build(&[monday.clone(), wednesday])
                .conflicts
                .is_empty()
        );
        let undated = claim("home damaged", Interval::half_open(300.0, 400.0));
        assert_eq!(Ledger::build(&[monday, undated]).conflicts, vec![(1, 0)]);
    }

    #[test]
    fn a_new_level_supersedes_and_is_then_the_reference() {
        let mut risen = claim("dead", Interval::half_open(445.0, 455.0));
        risen.scope = "level:".into();
        let before = claim("dead", Interval::half_open(250.0, 350.0));
        let after = claim("dead", Interval::half_open(250.0, 350.0));
        // "300 dead" ... "the toll rose to 450" ... "300 dead": only the last is flagged.
        assert_eq!(
            Ledger::build(&[before, risen, after]).conflicts,
            vec![(2, 1)]
        );
    }
}
