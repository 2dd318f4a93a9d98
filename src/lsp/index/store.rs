//! The index of one connection ([`Index`]): its locks and generation, and how drafts are
//! filed in it (an open document's latest summary, drafts read from disk) and forgotten.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, RwLock};

use super::entry::Entry;
use super::postings::State;
use super::queries::Fold;
use crate::analysis::desk::DeskDraft;
use crate::analysis::text::lookup::FastMap;

/// The workspace index of one connection.
#[derive(Default)]
pub struct Index {
    pub(super) state: RwLock<State>,
    /// Increases with every change, so an analysis knows whether its cross-draft findings
    /// are still those of the index.
    pub(super) generation: AtomicU64,
    /// The first indexing pass is done.
    pub(super) ready: AtomicBool,
    /// The indexing pass running: a later one stops an earlier one.
    pub(super) pass: AtomicU64,
    /// An indexing pass was ever started (changes of settings or folders start another).
    pub(super) started: AtomicBool,
    /// For each open draft, the fold of the earlier drafts' claims under each of its keys,
    /// with the key's version and the draft's date it was made for: a keystroke that changes
    /// nothing filed under a key reuses it.
    pub(super) folds: std::sync::Mutex<HashMap<PathBuf, FastMap<u64, Fold>>>,
}

impl Index {
    /// The current generation.
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::SeqCst)
    }

    pub(super) fn bump(&self) {
        self.generation.fetch_add(1, Ordering::SeqCst);
    }

    /// True once the first indexing pass is done.
    pub fn is_ready(&self) -> bool {
        self.ready.load(Ordering::SeqCst)
    }

    pub(super) fn read(&self) -> std::sync::RwLockReadGuard<'_, State> {
        self.state
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    pub(super) fn write(&self) -> std::sync::RwLockWriteGuard<'_, State> {
        self.state
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// How many drafts are indexed.
    pub fn len(&self) -> usize {
        self.read().by_path.len()
    }

    /// True when no draft is indexed.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The indexed draft at `path`.
    pub fn get(&self, path: &Path) -> Option<Arc<Entry>> {
        let state = self.read();
        let id = *state.by_path.get(path)?;
        state.entry(id).cloned()
    }

    /// Puts an open document's latest summary in force for its path. Returns true when the
    /// ledger changed (not only positions... any change: other drafts may point to it).
    pub fn put_open(&self, entry: Entry) -> bool {
        let mut state = self.write();
        if let Some(&id) = state.by_path.get(&entry.path)
            && let Some(old) = state.entry(id)
            && old.open
            && same_filing(&old.desk, &entry.desk)
        {
            let unchanged = old.desk == entry.desk && old.ranges == entry.ranges;
            let same_for_ledger = old
                .desk
                .claims
                .iter()
                .zip(&entry.desk.claims)
                .all(|(a, b)| a.same_for_ledger(b));
            let keys: Vec<u64> = if same_for_ledger {
                Vec::new()
            } else {
                entry
                    .desk
                    .claims
                    .iter()
                    .flat_map(|c| c.keys.iter().copied())
                    .collect()
            };
            state.entries[id as usize] = Some(Arc::new(entry));
            state.touch(&keys);
            if !unchanged {
                self.bump();
            }
            return !unchanged;
        }
        state.remove(&entry.path);
        state.add(Arc::new(entry), true, &mut Vec::new());
        self.bump();
        true
    }

    /// Files drafts read from disk; a draft open in the editor keeps its open version.
    pub fn put_disk(&self, entries: Vec<Entry>) {
        if entries.is_empty() {
            return;
        }
        let mut state = self.write();
        let mut touched = Vec::new();
        for entry in entries {
            let open = state
                .by_path
                .get(&entry.path)
                .and_then(|&id| state.entry(id))
                .is_some_and(|e| e.open);
            if open {
                continue;
            }
            state.remove(&entry.path);
            state.add(Arc::new(entry), false, &mut touched);
        }
        state.sort(touched);
        self.bump();
    }

    /// Forgets the draft at `path` (deleted, skipped, or closed and gone), unless `only_disk`
    /// and it is open.
    pub fn remove(&self, path: &Path, only_disk: bool) {
        let mut state = self.write();
        let open = state
            .by_path
            .get(path)
            .and_then(|&id| state.entry(id))
            .is_some_and(|e| e.open);
        if only_disk && open {
            return;
        }
        if state.remove(path).is_some() {
            self.bump();
        }
    }

    /// Forgets the drafts read from disk under the folder `dir` (deleted).
    pub fn remove_under(&self, dir: &Path) {
        let mut state = self.write();
        let gone: Vec<PathBuf> = state
            .by_path
            .iter()
            .filter(|(p, id)| p.starts_with(dir) && state.entry(**id).is_some_and(|e| !e.open))
            .map(|(p, _)| p.clone())
            .collect();
        for path in &gone {
            state.remove(path);
        }
        if !gone.is_empty() {
            self.bump();
        }
    }

    /// Forgets every draft read from disk (before indexing the folders again).
    pub(super) fn clear_disk(&self) {
        let mut state = self.write();
        let paths: Vec<PathBuf> = state
            .by_path
            .iter()
            .filter(|(_, id)| state.entry(**id).is_some_and(|e| !e.open))
            .map(|(p, _)| p.clone())
            .collect();
        for path in paths {
            state.remove(&path);
        }
        self.bump();
    }
}

/// True when two summaries file the same claims under the same keys (so the postings that
/// point into one point into the other).
fn same_filing(a: &DeskDraft, b: &DeskDraft) -> bool {
    a.date == b.date
        && a.claims.len() == b.claims.len()
        && a.claims
            .iter()
            .zip(&b.claims)
            .all(|(x, y)| x.keys == y.keys)
}
