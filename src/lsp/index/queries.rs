//! What the server asks of the index: the conflicts of an open draft's claims with the
//! drafts before it, the mentions of a key, the workspace's claims.

use std::path::Path;
use std::sync::Arc;

use super::entry::{Entry, Order};
use super::postings::State;
use super::store::Index;
use crate::analysis::desk;
use crate::analysis::draft_date::DraftDate;
use crate::analysis::text::lookup::FastMap;

/// A key's earlier claims folded for an open draft: the key's version, the draft's date, the
/// ledger.
pub(super) type Fold = (u64, Option<DraftDate>, desk::KeyLedger);

/// A claim of another draft: the draft and the claim's index in it.
pub type Mention = (Arc<Entry>, usize);

/// A conflict of an open draft's claim with an earlier draft's.
#[derive(Clone, Debug)]
pub struct Conflict {
    /// The claim's index in the open draft's summary.
    pub claim: usize,
    pub earlier: Mention,
    pub rule: &'static desk::Rule,
}

impl Index {
    /// The conflicts of the claims of the draft at `path` with the drafts before it in the
    /// ledger order, each claim's with the nearest earlier draft.
    pub fn conflicts(&self, path: &Path) -> Vec<Conflict> {
        let state = self.read();
        let Some(&this) = state.by_path.get(path) else {
            return Vec::new();
        };
        let Some(me) = state.entry(this).cloned() else {
            return Vec::new();
        };
        let order = me.order();
        let mut by_key: FastMap<u64, Vec<usize>> = FastMap::default();
        for (c, claim) in me.desk.claims.iter().enumerate() {
            if claim.is_compared() {
                for key in claim.keys.iter() {
                    by_key.entry(*key).or_default().push(c);
                }
            }
        }
        let mut best: FastMap<usize, (u32, usize, &'static desk::Rule)> = FastMap::default();
        let mut folds = self
            .folds
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let mine = folds.entry(path.to_path_buf()).or_default();
        mine.retain(|key, _| by_key.contains_key(key));
        for (key, claims) in by_key {
            let Some(list) = state.postings.get(&key) else {
                continue;
            };
            let version = state.versions.get(&key).copied().unwrap_or(0);
            let kept = mine
                .get(&key)
                .filter(|(v, date, _)| *v == version && *date == me.desk.date);
            let ledger = match kept {
                Some((_, _, ledger)) => ledger,
                None => {
                    let ledger = fold(&state, list, this, &order);
                    mine.insert(key, (version, me.desk.date, ledger));
                    match mine.get(&key) {
                        Some((_, _, ledger)) => ledger,
                        None => continue,
                    }
                }
            };
            for c in claims {
                let claim = &me.desk.claims[c];
                let Some((earlier, rule)) = ledger.check(me.desk.date, claim) else {
                    continue;
                };
                let id = earlier.draft as u32;
                let same = state
                    .entry(id)
                    .and_then(|e| e.desk.claims.get(earlier.claim))
                    .is_some_and(|e| desk::same_subject(e, claim));
                if !same {
                    continue;
                }
                let nearer = best.get(&c).is_none_or(|(old, k, _)| {
                    (state.order_of(id), std::cmp::Reverse(earlier.claim))
                        > (state.order_of(*old), std::cmp::Reverse(*k))
                });
                if nearer {
                    best.insert(c, (id, earlier.claim, rule));
                }
            }
        }
        let mut out: Vec<Conflict> = best
            .into_iter()
            .filter_map(|(claim, (id, k, rule))| {
                Some(Conflict {
                    claim,
                    earlier: (Arc::clone(state.entry(id)?), k),
                    rule,
                })
            })
            .collect();
        out.sort_by_key(|c| c.claim);
        out
    }

    /// The claims of other drafts filed under one of `keys` (the same subject in the same
    /// story), in ledger order, at most `limit`.
    pub fn mentions(&self, keys: &[u64], except: &Path, limit: usize) -> Vec<Mention> {
        let state = self.read();
        let mut found: Vec<(u32, u32)> = keys
            .iter()
            .filter_map(|k| state.postings.get(k))
            .flatten()
            .copied()
            .filter(|(e, _)| state.entry(*e).is_some_and(|x| x.path != except))
            .collect();
        found.sort_by(|(a, c), (b, d)| state.order_of(*a).cmp(&state.order_of(*b)).then(c.cmp(d)));
        found.dedup();
        found
            .into_iter()
            .take(limit)
            .filter_map(|(e, c)| Some((Arc::clone(state.entry(e)?), c as usize)))
            .collect()
    }

    /// Every claim of the workspace `accept` takes, drafts in ledger order, at most `limit`.
    pub fn claims(&self, limit: usize, accept: impl Fn(&Entry, usize) -> bool) -> Vec<Mention> {
        let state = self.read();
        let mut entries: Vec<&Arc<Entry>> = state.entries.iter().flatten().collect();
        entries.sort_by(|a, b| a.order().cmp(&b.order()));
        let mut out = Vec::new();
        for entry in entries {
            for c in 0..entry.desk.claims.len() {
                if out.len() >= limit {
                    return out;
                }
                if accept(entry, c) {
                    out.push((Arc::clone(entry), c));
                }
            }
        }
        out
    }
}

/// The claims filed under one key (`list`, in ledger order) of the drafts before the draft
/// `this` (at `order`), folded into a ledger of that key.
fn fold(state: &State, list: &[(u32, u32)], this: u32, order: &Order<'_>) -> desk::KeyLedger {
    let mut ledger = desk::KeyLedger::default();
    let mut at = 0;
    while at < list.len() {
        let id = list[at].0;
        let run = list[at..].iter().take_while(|(e, _)| *e == id).count();
        let Some(entry) = state.entry(id) else {
            at += run;
            continue;
        };
        if entry.order() >= *order {
            break;
        }
        if id != this {
            let filed: Vec<(usize, &desk::DeskClaim)> = list[at..at + run]
                .iter()
                .filter_map(|(_, k)| entry.desk.claims.get(*k as usize).map(|c| (*k as usize, c)))
                .collect();
            ledger.add_draft(entry.desk.date, id as usize, &filed);
        }
        at += run;
    }
    ledger
}
