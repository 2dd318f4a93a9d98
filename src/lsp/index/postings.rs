//! The drafts indexed, and for each ledger key the claims filed under it in ledger order.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::entry::{Entry, Order};
use crate::analysis::text::lookup::FastMap;

/// The drafts indexed, and for each ledger key the claims filed under it in ledger order.
#[derive(Default)]
pub(super) struct State {
    pub(super) entries: Vec<Option<Arc<Entry>>>,
    pub(super) free: Vec<u32>,
    pub(super) by_path: HashMap<PathBuf, u32>,
    pub(super) postings: FastMap<u64, Vec<(u32, u32)>>,
    /// For each key, a number that changes whenever what is filed under it changes, so that
    /// a fold of its earlier claims can be kept until then ([`Index::conflicts`]).
    pub(super) versions: FastMap<u64, u64>,
    pub(super) next_version: u64,
}

impl State {
    pub(super) fn entry(&self, id: u32) -> Option<&Arc<Entry>> {
        self.entries.get(id as usize).and_then(Option::as_ref)
    }

    pub(super) fn order_of(&self, id: u32) -> Option<Order<'_>> {
        self.entry(id).map(|e| e.order())
    }

    /// Marks what is filed under `keys` as changed.
    pub(super) fn touch<'k>(&mut self, keys: impl IntoIterator<Item = &'k u64>) {
        for key in keys {
            self.next_version += 1;
            self.versions.insert(*key, self.next_version);
        }
    }

    /// Removes the draft at `path`, its claims unfiled.
    pub(super) fn remove(&mut self, path: &Path) -> Option<Arc<Entry>> {
        let id = self.by_path.remove(path)?;
        let old = self.entries.get_mut(id as usize)?.take()?;
        self.touch(old.desk.claims.iter().flat_map(|c| c.keys.iter()));
        for key in old.desk.claims.iter().flat_map(|c| c.keys.iter()) {
            if let Some(list) = self.postings.get_mut(key) {
                list.retain(|(e, _)| *e != id);
                if list.is_empty() {
                    self.postings.remove(key);
                    self.versions.remove(key);
                }
            }
        }
        self.free.push(id);
        Some(old)
    }

    /// Adds a draft (none at its path), filing its claims in order when `sorted`, else
    /// appending them (the caller sorts the touched lists).
    pub(super) fn add(&mut self, entry: Arc<Entry>, sorted: bool, touched: &mut Vec<u64>) -> u32 {
        let id = match self.free.pop() {
            Some(id) => {
                self.entries[id as usize] = Some(Arc::clone(&entry));
                id
            }
            None => {
                self.entries.push(Some(Arc::clone(&entry)));
                (self.entries.len() - 1) as u32
            }
        };
        self.by_path.insert(entry.path.clone(), id);
        self.touch(entry.desk.claims.iter().flat_map(|c| c.keys.iter()));
        for (c, claim) in entry.desk.claims.iter().enumerate() {
            for key in claim.keys.iter() {
                let list = self.postings.entry(*key).or_default();
                if sorted {
                    let order = entry.order();
                    let at = list.partition_point(|(e, k)| {
                        let other = self
                            .entries
                            .get(*e as usize)
                            .and_then(Option::as_ref)
                            .map(|o| o.order());
                        other.is_some_and(|o| (o, *k) < (order, c as u32))
                    });
                    list.insert(at, (id, c as u32));
                } else {
                    list.push((id, c as u32));
                    touched.push(*key);
                }
            }
        }
        id
    }

    pub(super) fn sort(&mut self, mut touched: Vec<u64>) {
        touched.sort_unstable();
        touched.dedup();
        let entries = &self.entries;
        let order = |e: u32| {
            entries
                .get(e as usize)
                .and_then(Option::as_ref)
                .map(|x| x.order())
        };
        for key in touched {
            if let Some(list) = self.postings.get_mut(&key) {
                list.sort_by(|(a, c), (b, d)| order(*a).cmp(&order(*b)).then(c.cmp(d)));
            }
        }
    }
}
