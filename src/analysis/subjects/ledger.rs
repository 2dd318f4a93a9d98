//! Which claims are about the same thing, and whether a later one contradicts an earlier
//! one. Linear in the number of claims: for each subject the ledger keeps only the highest
//! lower bound and the lowest upper bound seen so far, which is enough to know whether a new
//! interval meets every earlier one.

use std::borrow::Cow;

use crate::analysis::figures::claims::{Figure, Kind};
use crate::analysis::figures::interval::{Bound, Interval};
use crate::analysis::rules::Rule;
use crate::analysis::subjects::holders::{
    HOLDER_PREFIX, MERGED_HOLDER, PRONOUN_HOLDER, UNSURE_PREFIX,
};
use crate::analysis::subjects::keys::{ACT_PREFIX, LEVEL_TAG, WHEN_PREFIX};
use crate::analysis::subjects::narrow::{NAMES_PREFIX, names_holder};
use crate::analysis::subjects::running::{
    RUNNING_TAG, TimedCounts, running_count_may_follow, time_rank,
};
use crate::analysis::subjects::scope_rules as R;
use crate::analysis::subjects::units::{CONVERSION_PREFIX, convert};
use crate::analysis::text::lookup::{FastMap, FastSet, lower};

/// Claims grouped by subject key, with the conflicts found in document order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Ledger {
    /// For each figure, its quantity's index.
    pub quantity_of: Vec<Option<usize>>,
    /// For each quantity, its figures in document order.
    pub quantities: Vec<Vec<usize>>,
    /// `(later, earlier)` figure indexes whose intervals cannot meet.
    pub conflicts: Vec<(usize, usize)>,
    /// For each figure, its holder as written, with a pronoun or a definite description
    /// resolved to the last holder named before it ("the union" after "Unite").
    pub holders: Vec<Option<String>>,
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

/// A figure's scope read into its parts (see [`split_scope`]).
pub(crate) struct Scope<'a> {
    /// Years, dates, places, groups: must be equal.
    pub(crate) hard: Cow<'a, str>,
    /// The day or month and the unclassed verb, which keep figures apart only when both name one.
    pub(crate) soft: Soft<'a>,
    /// A new level after a change ("level:").
    pub(crate) level: bool,
    /// The holder as tagged ("who:Spain"), unresolved.
    pub(crate) holder: Option<&'a str>,
    /// A running count ("run:").
    pub(crate) running: bool,
    /// The conversion to the base unit of a measure ("x:1000").
    pub(crate) conversion: Option<&'a str>,
    /// The names an unheld figure's sentence gives ("nm:loop,tiktok"), comma-separated.
    pub(crate) names: Option<&'a str>,
}

impl Ledger {
    /// Groups `figures` and finds conflicts; records on the figures the ledger rules that
    /// decided how they were compared.
    pub fn build(figures: &mut [Figure]) -> Ledger {
        // Each figure's holder tag, read once for the holders and the rules below.
        let tags: Vec<Option<&str>> = figures.iter().map(|f| holder_tag(&f.scope)).collect();
        let mut ledger = Ledger {
            quantity_of: vec![None; figures.len()],
            holders: resolve_tags(&tags),
            ..Ledger::default()
        };
        // Each compared figure's scope read once: the rivals, the figure itself and, on a
        // clash, the earlier figure all need it (the ledger is serial and document-wide).
        let scopes: Vec<Option<Scope<'_>>> = figures
            .iter()
            .map(|f| {
                (f.subject.is_some() && is_compared(f) && f.comparable)
                    .then(|| split_scope(&f.scope))
            })
            .collect();
        let rivals = holders_per_quantity(figures, &scopes, &ledger.holders);
        let mut quantity_by_key: FastMap<&str, usize> = FastMap::default();
        // Bounds per subject, hard scope and time of day or month (see [`split_scope`]); keys
        // borrow from the figures unless a holder part is added to the hard scope.
        let mut bounds: FastMap<(&str, Cow<'_, str>), TimedBounds<'_>> = FastMap::default();
        let mut fired = holder_rules(&tags, &ledger.holders);
        // Running counts placed at a weekday, month or date, compared across times.
        let mut timed = TimedCounts::default();
        for (i, figure) in figures.iter().enumerate() {
            let Some(key) = figure.subject.as_deref().filter(|_| is_compared(figure)) else {
                continue;
            };
            let q = match quantity_by_key.get(key) {
                Some(&q) => q,
                None => {
                    ledger.quantities.push(Vec::new());
                    quantity_by_key.insert(key, ledger.quantities.len() - 1);
                    ledger.quantities.len() - 1
                }
            };
            ledger.quantities[q].push(i);
            ledger.quantity_of[i] = Some(q);
            if !figure.comparable {
                continue;
            }
            let Some(scope) = &scopes[i] else {
                continue;
            };
            let when = scope.soft;
            let level = scope.level;
            // Holders keep figures apart only where two holders have figures for the key:
            // then an unheld figure meets only unheld ones (precision: whose is it?).
            let holder = ledger.holders[i].as_deref();
            let mut hard: Cow<'_, str> = Cow::Borrowed(&scope.hard);
            let held_by = rivals.get(&(key, &*scope.hard));
            // One holder has figures for the key, and this unheld figure's sentence names
            // others but not them: whose is it? Not theirs, so kept apart.
            if let (Some([sole]), None, Some(names)) =
                (held_by.map(Vec::as_slice), holder, scope.names)
                && !sole.starts_with(UNSURE_PREFIX)
                && !names_holder(names, sole)
            {
                fired.push((i, &R::UNHELD_NAMES_ANOTHER));
                let hard = hard.to_mut();
                hard.push_str(" who:?");
                hard.push_str(names);
            }
            if held_by.is_some_and(|n| n.len() >= 2) {
                fired.push((
                    i,
                    if holder.is_some() {
                        &R::DIFFERENT_HOLDERS
                    } else {
                        &R::UNHELD_AMONG_RIVALS
                    },
                ));
                let hard = hard.to_mut();
                hard.push_str(" who:");
                hard.push_str(&lower(holder.unwrap_or("")));
            }
            let ranked = scope.running.then(|| time_rank(&hard, when.0)).flatten();
            let buckets = bounds.entry((key, hard)).or_default();
            let interval = match scope.conversion {
                Some(x) => convert(&figure.interval, x),
                None => figure.interval,
            };
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
                // `j` was accepted, so it is compared and its scope was read.
                let earlier_running = scopes[j].as_ref().is_some_and(|s| s.running);
                // A running count stated higher later is an update: it becomes the level
                // later figures must meet.
                if (scope.running || earlier_running)
                    && running_count_may_follow(&figures[j].interval, &interval)
                {
                    fired.push((i, &R::RUNNING_UPDATE));
                    for (w, state) in buckets.iter_mut() {
                        if meets(w.0, when.0) && meets(w.1, when.1) {
                            *state = Bounds::default();
                        }
                    }
                } else {
                    // Two figures in one sentence are told apart by the writer ("309,550
                    // were homeless and 3,898 slept rough"): not a contradiction.
                    if figures[j].sentence != figure.sentence || figure.sentence.is_empty() {
                        ledger.conflicts.push((i, j));
                    }
                    continue;
                }
            }
            // "By Monday 1,200 had been evacuated" ... "By Wednesday 900": a running count
            // stated for a later time is lower than one for an earlier time.
            if let Some((order, rank, rest)) = ranked {
                if let Some(j) = timed.clash(key, &rest, order, rank, &interval)
                    && figures[j].sentence != figure.sentence
                {
                    fired.push((i, &R::RUNNING_LATER_TIME));
                    ledger.conflicts.push((i, j));
                    continue;
                }
                timed.accept(key, rest, order, rank, &interval, i);
            }
            let state = match buckets.iter().position(|(w, _)| *w == when) {
                Some(k) => &mut buckets[k].1,
                None => {
                    buckets.push((when, Bounds::default()));
                    let last = buckets.len() - 1;
                    &mut buckets[last].1
                }
            };
            state.accept(&interval, i);
        }
        for (i, rule) in fired {
            figures[i].rules.push(rule);
        }
        ledger
    }
}

/// The holder rules each figure's resolution fired: an unsure holder confirmed as a name
/// the draft gives elsewhere, a pronoun left unresolved. `tags` are the figures' holder tags
/// ([`holder_tag`]), `holders` their resolution ([`resolve_holders`]).
fn holder_rules(tags: &[Option<&str>], holders: &[Option<String>]) -> Vec<(usize, &'static Rule)> {
    let mut fired: Vec<(usize, &'static Rule)> = Vec::new();
    for (i, (&tag, holder)) in tags.iter().zip(holders).enumerate() {
        if tag.is_some_and(|h| h.starts_with(UNSURE_PREFIX))
            && holder
                .as_deref()
                .is_some_and(|h| !h.starts_with(UNSURE_PREFIX))
        {
            fired.push((i, &R::HOLDER_CONFIRMED_NAME));
        }
        if tag == Some(PRONOUN_HOLDER)
            && holder
                .as_deref()
                .is_some_and(|h| h.starts_with(UNSURE_PREFIX))
        {
            fired.push((i, &R::HOLDER_UNRESOLVED));
        }
    }
    fired
}

/// A claim, or a vague amount with a subject ("dozens of homes"), compared as a lower bound.
fn is_compared(f: &Figure) -> bool {
    f.is_claim() || (f.kind == Kind::Vague && f.subject.is_some())
}

/// Each figure's holder, with pronouns and definite descriptions ("it", "the union")
/// resolved to the last holder named before them in the draft, and merged totals kept as
/// their own holder.
pub(crate) fn resolve_holders(figures: &[Figure]) -> Vec<Option<String>> {
    let tags: Vec<Option<&str>> = figures.iter().map(|f| holder_tag(&f.scope)).collect();
    resolve_tags(&tags)
}

/// [`resolve_holders`] from each figure's holder tag ([`holder_tag`]).
fn resolve_tags(tags: &[Option<&str>]) -> Vec<Option<String>> {
    // Names the draft gives as sure holders somewhere ("Leeds's squad has 27 players"):
    // the same word unsure at a sentence's start ("Leeds has 24 players") is that name.
    let sure: FastSet<&str> = tags
        .iter()
        .filter_map(|&t| t)
        .filter(|h| !h.starts_with(UNSURE_PREFIX) && *h != PRONOUN_HOLDER && *h != MERGED_HOLDER)
        .collect();
    let mut last: Option<String> = None;
    tags.iter()
        .map(|&tag| {
            let mut tag = tag?;
            // "The company employs 18,500 people" with no holder named before it: someone
            // holds the count, but whom is unsure, so it is a holder of its own that meets
            // no named holder's figure (precision: whose is it?).
            if tag == PRONOUN_HOLDER {
                return Some(
                    last.clone()
                        .unwrap_or_else(|| format!("{UNSURE_PREFIX}{PRONOUN_HOLDER}")),
                );
            }
            if let Some(name) = tag.strip_prefix(UNSURE_PREFIX)
                && sure.contains(&name)
            {
                tag = name;
            }
            if tag != MERGED_HOLDER {
                last = Some(tag.to_string());
            }
            Some(tag.to_string())
        })
        .collect()
}

/// The holder tag of a scope, as [`split_scope`] reads it (the last `who:` tag), without
/// taking the rest apart: this runs for every figure of the draft on every keystroke.
fn holder_tag(scope: &str) -> Option<&str> {
    // A colon search (memchr) turns most scopes away, then a plain byte-window scan:
    // `str::contains` would build a substring searcher for every figure.
    let bytes = scope.as_bytes();
    let who = HOLDER_PREFIX.as_bytes();
    if !bytes.contains(&b':') || !bytes.windows(who.len()).any(|w| w == who) {
        return None;
    }
    scope
        .rsplit(' ')
        .find_map(|tag| tag.strip_prefix(HOLDER_PREFIX))
}

/// The different holders (lower-cased) with a comparable figure for each subject key and
/// hard scope. `scopes` holds each compared, comparable figure's scope (see
/// [`Ledger::build`]).
fn holders_per_quantity<'a>(
    figures: &'a [Figure],
    scopes: &'a [Option<Scope<'a>>],
    holders: &'a [Option<String>],
) -> FastMap<(&'a str, &'a str), Vec<Cow<'a, str>>> {
    let mut seen: FastMap<(&'a str, &'a str), Vec<Cow<'a, str>>> = FastMap::default();
    for ((f, scope), holder) in figures.iter().zip(scopes).zip(holders) {
        let (Some(key), Some(scope), Some(holder)) = (f.subject.as_deref(), scope, holder) else {
            continue;
        };
        let list = seen.entry((key, &*scope.hard)).or_default();
        let holder = lower(holder);
        if !list.contains(&holder) {
            list.push(holder);
        }
    }
    seen
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

    /// Tightens the bounds with figure `i`'s interval.
    fn accept(&mut self, interval: &Interval, i: usize) {
        if let Some(low) = interval.low
            && self.max_low.is_none_or(|(b, _)| tighter_low(low, b))
        {
            self.max_low = Some((low, i));
        }
        if let Some(high) = interval.high
            && self.min_high.is_none_or(|(b, _)| tighter_high(high, b))
        {
            self.min_high = Some((high, i));
        }
    }
}

/// Splits a scope into its hard part (years, dates, places, groups: must be equal), the
/// day or month named in words ("when:monday", which only keeps apart two figures that
/// both name one and name different ones), the unclassed verb, whether the figure is a new
/// level after a change ("level:"), its holder ("who:") and whether it is a running count.
pub(crate) fn split_scope(scope: &str) -> Scope<'_> {
    let mut out = Scope {
        hard: Cow::Borrowed(scope),
        soft: (None, None),
        level: false,
        holder: None,
        running: false,
        conversion: None,
        names: None,
    };
    // Every tag ends in a colon: most scopes have none, and one byte search says so (this
    // runs for every figure on every keystroke).
    if !scope.contains(':') {
        return out;
    }
    // The other tags, space-joined, built in one buffer; `taken` says whether a tag was read
    // into a part (else the hard part is the scope itself, less any empty tags).
    let mut hard = String::with_capacity(scope.len());
    let mut taken = false;
    for tag in scope.split(' ').filter(|t| !t.is_empty()) {
        if tag == LEVEL_TAG {
            out.level = true;
        } else if tag == RUNNING_TAG {
            out.running = true;
        } else if let Some(x) = tag.strip_prefix(CONVERSION_PREFIX) {
            out.conversion = Some(x);
        } else if let Some(n) = tag.strip_prefix(NAMES_PREFIX) {
            out.names = Some(n);
        } else if let Some(h) = tag.strip_prefix(HOLDER_PREFIX) {
            out.holder = Some(h);
        } else if let Some(a) = tag.strip_prefix(ACT_PREFIX)
            && out.soft.1.is_none()
        {
            out.soft.1 = Some(a);
        } else {
            match tag.strip_prefix(WHEN_PREFIX) {
                Some(w) if out.soft.0.is_none() => out.soft.0 = Some(w),
                // Two days or months in one sentence: keep it apart from everything else.
                _ => {
                    if !hard.is_empty() {
                        hard.push(' ');
                    }
                    hard.push_str(tag);
                    continue;
                }
            }
        }
        taken = true;
    }
    // Nothing read and no empty tag dropped: the hard part is the scope as written. A scope
    // with empty tags keeps them unless it names a tag prefix (as the hard part always has).
    if !taken
        && (hard.len() == scope.len()
            || ![
                WHEN_PREFIX,
                LEVEL_TAG,
                ACT_PREFIX,
                HOLDER_PREFIX,
                RUNNING_TAG,
                CONVERSION_PREFIX,
                NAMES_PREFIX,
            ]
            .iter()
            .any(|p| scope.contains(p)))
    {
        return out;
    }
    out.hard = Cow::Owned(hard);
    out
}

/// The holder and time a figure's scope names, for the hover: " (Spain, Tuesday)", " (2021)";
/// empty when it names neither. A pronoun's holder is not resolved here.
pub fn holder_and_time(scope: &str) -> String {
    let parts = split_scope(scope);
    let holder = parts
        .holder
        .filter(|h| *h != PRONOUN_HOLDER && !h.starts_with('?'))
        .map(|h| if h == MERGED_HOLDER { "combined" } else { h })
        .or_else(|| scope.split(' ').find_map(|t| t.strip_prefix("of:")));
    match (holder, time_of(scope)) {
        (Some(h), Some(t)) => format!(" ({h}, {t})"),
        (Some(h), None) => format!(" ({h})"),
        (None, Some(t)) => format!(" ({t})"),
        (None, None) => String::new(),
    }
}

/// The time a figure's scope places it at, for messages: a day or month named in words, a
/// date or a year ("Tuesday", "2 June", "2021").
pub fn time_of(scope: &str) -> Option<String> {
    scope.split(' ').find_map(|tag| {
        if let Some(w) = tag.strip_prefix(WHEN_PREFIX) {
            // A clock time ("t930") as written in a story: "3.30pm".
            if let Some(minutes) = w.strip_prefix('t').and_then(|m| m.parse::<u32>().ok()) {
                let (h, m) = (minutes / 60, minutes % 60);
                let half = if h >= 12 { "pm" } else { "am" };
                let h12 = if h % 12 == 0 { 12 } else { h % 12 };
                return Some(match m {
                    0 => format!("{h12}{half}"),
                    _ => format!("{h12}.{m:02}{half}"),
                });
            }
            // "sunday-evening": "Sunday evening".
            let mut chars = w.chars();
            return chars.next().map(|c| {
                c.to_uppercase()
                    .chain(chars)
                    .collect::<String>()
                    .replace('-', " ")
            });
        }
        // A year ("@2021"); other tags are places, labels or parts of a date.
        tag.strip_prefix('@')
            .filter(|t| t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()))
            .map(str::to_string)
    })
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
    fn times_read_as_written() {
        assert_eq!(
            time_of("when:sunday-evening").as_deref(),
            Some("Sunday evening")
        );
        assert_eq!(time_of("run: when:t930").as_deref(), Some("3.30pm"));
        assert_eq!(time_of("when:t720").as_deref(), Some("12pm"));
        assert_eq!(time_of("@2021").as_deref(), Some("2021"));
    }

    #[test]
    fn over_450_then_400_conflicts() {
        let mut figures = vec![
            claim("tank lost", Interval::above(450.0, false)),
            claim("tank lost", Interval::half_open(350.0, 450.0)),
        ];
        assert_eq!(Ledger::build(&mut figures).conflicts, vec![(1, 0)]);
    }

    #[test]
    fn honest_rounding_and_hedges_agree() {
        let mut figures = vec![
            claim("soldier killed", Interval::half_open(14_350.0, 14_450.0)),
            claim("soldier killed", Interval::above(14_400.0, false)),
            claim("soldier killed", Interval::closed(12_960.0, 15_840.0)),
        ];
        let ledger = Ledger::build(&mut figures);
        assert!(ledger.conflicts.is_empty());
        assert_eq!(ledger.quantities, vec![vec![0, 1, 2]]);
    }

    #[test]
    fn different_subjects_never_conflict() {
        let mut figures = vec![
            claim("tank lost", Interval::half_open(350.0, 450.0)),
            claim("plane lost", Interval::half_open(50.0, 150.0)),
        ];
        assert!(Ledger::build(&mut figures).conflicts.is_empty());
    }

    #[test]
    fn scoped_claims_are_not_compared() {
        let mut later = claim("tank lost", Interval::half_open(50.0, 150.0));
        later.comparable = false;
        let mut figures = vec![claim("tank lost", Interval::half_open(350.0, 450.0)), later];
        assert!(Ledger::build(&mut figures).conflicts.is_empty());
    }

    #[test]
    fn thirty_thousand_repeats_stay_linear_and_agree() {
        let mut figures: Vec<Figure> = (0..30_000)
            .map(|_| claim("tank lost", Interval::half_open(350.0, 450.0)))
            .collect();
        let ledger = Ledger::build(&mut figures);
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
            Ledger::build(&mut [homeless.clone(), sleeping_rough.clone()])
                .conflicts
                .is_empty()
        );
        // In the next sentence the same pair is a contradiction.
        sleeping_rough.sentence = Span::new(91, 150);
        assert_eq!(
            Ledger::build(&mut [homeless, sleeping_rough]).conflicts,
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
            Ledger::build(&mut [monday.clone(), wednesday])
                .conflicts
                .is_empty()
        );
        let undated = claim("home damaged", Interval::half_open(300.0, 400.0));
        assert_eq!(
            Ledger::build(&mut [monday, undated]).conflicts,
            vec![(1, 0)]
        );
    }

    #[test]
    fn a_new_level_supersedes_and_is_then_the_reference() {
        let mut risen = claim("dead", Interval::half_open(445.0, 455.0));
        risen.scope = "level:".into();
        let before = claim("dead", Interval::half_open(250.0, 350.0));
        let after = claim("dead", Interval::half_open(250.0, 350.0));
        // "300 dead" ... "the toll rose to 450" ... "300 dead": only the last is flagged.
        assert_eq!(
            Ledger::build(&mut [before, risen, after]).conflicts,
            vec![(2, 1)]
        );
    }
}
