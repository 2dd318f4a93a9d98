//! Which claims conflict: each key's ledger ([`KeyLedger`]) keeps the tightest bounds of the
//! claims filed under it, and [`ledger`] runs a folder's drafts through them in ledger order.

use super::claims::{DeskClaim, DeskDraft};
use super::running::running_count_fell;
use super::{RUNNING_COUNT_ONLY_GROWS, Rule, SAME_DATE};
use crate::analysis::draft_date::DraftDate;
use crate::analysis::figures::interval::{Bound, Interval};
use crate::analysis::text::lookup::FastMap;

/// Where a claim is: the draft (its place in the ledger order) and the claim's index in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct At {
    pub draft: usize,
    pub claim: usize,
}

/// A claim that contradicts one of an earlier draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DeskConflict {
    pub later: At,
    pub earlier: At,
    pub rule: &'static Rule,
}

/// The ledger order of two drafts, by (date, name): dated drafts by date, undated ones after
/// them, ties by name.
pub fn ledger_order(
    a: (Option<DraftDate>, &str),
    b: (Option<DraftDate>, &str),
) -> std::cmp::Ordering {
    let key = |(date, name): (Option<DraftDate>, &str)| (date.is_none(), date, name.to_string());
    key(a).cmp(&key(b))
}

/// The tightest bounds of some claims: the highest lower bound and the lowest upper bound,
/// with the claims they came from.
#[derive(Clone, Copy, Debug, Default)]
struct Bounds {
    max_low: Option<(Bound, At)>,
    min_high: Option<(Bound, At)>,
}

impl Bounds {
    /// The claim whose bound `interval` cannot meet, if any.
    fn clash(&self, interval: &Interval) -> Option<At> {
        let above = |high: Bound| {
            !interval.overlaps(&Interval {
                low: None,
                high: Some(high),
            })
        };
        let below = |low: Bound| {
            !interval.overlaps(&Interval {
                low: Some(low),
                high: None,
            })
        };
        self.min_high
            .filter(|(high, _)| above(*high))
            .or_else(|| self.max_low.filter(|(low, _)| below(*low)))
            .map(|(_, at)| at)
    }

    fn add(&mut self, interval: &Interval, at: At) {
        if let Some(low) = interval.low
            && self.max_low.is_none_or(|(b, _)| tighter_low(low, b))
        {
            self.max_low = Some((low, at));
        }
        if let Some(high) = interval.high
            && self.min_high.is_none_or(|(b, _)| tighter_high(high, b))
        {
            self.min_high = Some((high, at));
        }
    }
}

fn tighter_low(new: Bound, old: Bound) -> bool {
    new.value > old.value || (new.value == old.value && !new.inclusive && old.inclusive)
}

fn tighter_high(new: Bound, old: Bound) -> bool {
    new.value < old.value || (new.value == old.value && !new.inclusive && old.inclusive)
}

/// Two soft scope parts meet when either is missing or they are equal.
fn meets(a: u64, b: u64) -> bool {
    a == 0 || b == 0 || a == b
}

/// The ledger of one key (a subject and hard scope within one story), fed drafts in ledger
/// order with [`KeyLedger::add_draft`].
#[derive(Clone, Debug, Default)]
pub struct KeyLedger {
    /// The date the `all` and `fixed` bounds are of.
    epoch: Option<DraftDate>,
    /// The claims of that date, per soft scope (when, act).
    all: Vec<((u64, u64), Bounds)>,
    /// The claims of that date that are not running counts.
    fixed: Vec<((u64, u64), Bounds)>,
    /// The highest lower bound of the running counts of every date, per verb.
    floor: Vec<(u64, Bound, At)>,
}

impl KeyLedger {
    /// The earlier claim `claim` (of a draft dated `date`) contradicts, and why.
    pub fn check(&self, date: Option<DraftDate>, claim: &DeskClaim) -> Option<(At, &'static Rule)> {
        if !claim.compared {
            return None;
        }
        let runs = claim.runs();
        if runs {
            let fell = self.floor.iter().find(|(act, low, _)| {
                meets(*act, claim.act)
                    && running_count_fell(
                        &Interval {
                            low: Some(*low),
                            high: None,
                        },
                        &claim.interval,
                    )
            });
            if let Some((_, _, at)) = fell {
                return Some((*at, &RUNNING_COUNT_ONLY_GROWS));
            }
        }
        if date.is_none() || self.epoch != date {
            return None;
        }
        // Two running counts of one date may differ (the later one grew); a running count
        // and a plain figure of one date must agree.
        let pool = if runs { &self.fixed } else { &self.all };
        pool.iter()
            .filter(|((when, act), _)| meets(*when, claim.when) && meets(*act, claim.act))
            .find_map(|(_, bounds)| bounds.clash(&claim.interval))
            .map(|at| (at, &SAME_DATE))
    }

    /// Adds the claims `claims` (index in draft, claim) of draft `draft` dated `date`, and
    /// returns those that contradict an earlier draft's, with the earlier claim and the rule.
    /// Claims that contradict another draft's or one before them in their own draft (which
    /// the draft's own ledger reports) do not bind later drafts.
    pub fn add_draft(
        &mut self,
        date: Option<DraftDate>,
        draft: usize,
        claims: &[(usize, &DeskClaim)],
    ) -> Vec<(usize, At, &'static Rule)> {
        let conflicts: Vec<(usize, At, &'static Rule)> = claims
            .iter()
            .filter_map(|(k, c)| self.check(date, c).map(|(at, rule)| (*k, at, rule)))
            .collect();
        // An undated draft binds no other: the only drafts after it are undated too.
        if date.is_none() {
            return conflicts;
        }
        for (k, claim) in claims {
            if !claim.compared || conflicts.iter().any(|(c, _, _)| c == k) {
                continue;
            }
            if self.epoch != date {
                self.epoch = date;
                self.all.clear();
                self.fixed.clear();
            }
            if self.check(date, claim).is_some() {
                continue;
            }
            let at = At { draft, claim: *k };
            let soft = (claim.when, claim.act);
            let bounds = |pool: &mut Vec<((u64, u64), Bounds)>| -> usize {
                match pool.iter().position(|(s, _)| *s == soft) {
                    Some(p) => p,
                    None => {
                        pool.push((soft, Bounds::default()));
                        pool.len() - 1
                    }
                }
            };
            let p = bounds(&mut self.all);
            self.all[p].1.add(&claim.interval, at);
            if claim.runs() {
                if let Some(low) = claim.interval.low {
                    match self.floor.iter_mut().find(|(act, _, _)| *act == claim.act) {
                        Some(entry) if tighter_low(low, entry.1) => *entry = (claim.act, low, at),
                        Some(_) => {}
                        None => self.floor.push((claim.act, low, at)),
                    }
                }
            } else {
                let p = bounds(&mut self.fixed);
                self.fixed[p].1.add(&claim.interval, at);
            }
        }
        conflicts
    }
}

/// Of two conflicts found for one claim, the one to report: with the nearest earlier draft,
/// then the first claim in it.
pub fn prefer(a: (At, &'static Rule), b: (At, &'static Rule)) -> (At, &'static Rule) {
    let key = |(at, _): &(At, &'static Rule)| (std::cmp::Reverse(at.draft), at.claim);
    if key(&b) < key(&a) { b } else { a }
}

/// The conflicts between `drafts`, given in ledger order ([`ledger_order`]): for each claim
/// that contradicts an earlier draft's, one conflict (with the nearest earlier draft), in
/// ledger order.
pub fn ledger(drafts: &[&DeskDraft]) -> Vec<DeskConflict> {
    let mut keys: FastMap<u64, KeyLedger> = FastMap::default();
    let mut found: Vec<DeskConflict> = Vec::new();
    for (d, draft) in drafts.iter().enumerate() {
        // The draft's claims under each key, in draft order.
        let mut filed: Vec<(u64, usize)> = draft
            .claims
            .iter()
            .enumerate()
            .filter(|(_, c)| c.is_compared())
            .flat_map(|(k, c)| c.keys.iter().map(move |key| (*key, k)))
            .collect();
        filed.sort_unstable();
        let mut best: FastMap<usize, (At, &'static Rule)> = FastMap::default();
        for group in filed.chunk_by(|a, b| a.0 == b.0) {
            let claims: Vec<(usize, &DeskClaim)> =
                group.iter().map(|&(_, k)| (k, &draft.claims[k])).collect();
            let ledger = keys.entry(group[0].0).or_default();
            for (k, at, rule) in ledger.add_draft(draft.date, d, &claims) {
                if !same_quantity(&draft.claims[k], drafts, at) {
                    continue;
                }
                let pick = match best.get(&k) {
                    Some(&old) => prefer(old, (at, rule)),
                    None => (at, rule),
                };
                best.insert(k, pick);
            }
        }
        let mut mine: Vec<DeskConflict> = best
            .into_iter()
            .map(|(k, (earlier, rule))| DeskConflict {
                later: At { draft: d, claim: k },
                earlier,
                rule,
            })
            .collect();
        mine.sort_by_key(|c| c.later);
        found.extend(mine);
    }
    found
}

/// True when `claim` and the claim at `at` have the same subject and hard scope (their keys
/// match; this guards against a collision of the keys' hashes).
pub fn same_quantity(claim: &DeskClaim, drafts: &[&DeskDraft], at: At) -> bool {
    drafts
        .get(at.draft)
        .and_then(|d| d.claims.get(at.claim))
        .is_some_and(|e| e.subject == claim.subject && e.hard == claim.hard)
}

/// True when two claims have the same subject and hard scope.
pub fn same_subject(a: &DeskClaim, b: &DeskClaim) -> bool {
    a.subject == b.subject && a.hard == b.hard
}
