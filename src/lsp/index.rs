//! The workspace index for the desk's ledger: every draft of each workspace folder (Markdown
//! and text, honouring `.gitignore` and the project file's `skip`), summarised by the engine
//! ([`crate::analysis::desk`]) and filed by ledger key, so an open draft's claims are checked
//! against the drafts before it without reading them again.
//!
//! - The drafts are read and analysed in the background at `initialized` (and again when the
//!   workspace folders or a project file change), in batches on the blocking pool, with
//!   `window/workDoneProgress` reports while it runs. Open drafts never wait for it.
//! - Watched files (`workspace/didChangeWatchedFiles`) keep it current; an open document's
//!   latest analysis stands in for its file until it is closed.
//! - Each draft keeps its summary and the protocol range of each claim, not its text: about
//!   a few hundred bytes per claim.
//! - `ledger: false` leaves a draft out; `ledgerMaxBytes` caps the bytes indexed per folder.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::Instant;

use globset::GlobSet;
use rayon::prelude::*;
use tower_lsp_server::ls_types::{
    FileChangeType, FileEvent, MessageType, ProgressToken, Range, Uri,
};

use super::position::{Encoding, PositionTable};
use super::session::{Session, file_path};
use crate::analysis::desk::{self, DeskDraft};
use crate::analysis::draft_date::{DraftDate, draft_date};
use crate::analysis::text::lookup::FastMap;
use crate::analysis::{Analysis, Format, analyze};

/// Extensions of the drafts indexed.
const DRAFT_EXTENSIONS: [&str; 3] = ["md", "markdown", "txt"];

/// Drafts read and analysed between two progress reports.
const BATCH: usize = 256;

/// A file larger than this is no news draft (a log, an export, a book): the background index
/// leaves it out. Opened in the editor, it is checked and filed like any draft.
const MAX_DRAFT_BYTES: u64 = 4_000_000;

/// One indexed draft.
#[derive(Debug)]
pub struct Entry {
    pub path: PathBuf,
    pub uri: Uri,
    /// The path relative to its workspace folder, as messages name it.
    pub name: String,
    pub desk: DeskDraft,
    /// For each claim, its range in the negotiated encoding and its 1-based line.
    pub ranges: Vec<Range>,
    pub lines: Vec<u32>,
    /// From an open document rather than the file on disk.
    pub open: bool,
    pub bytes: usize,
}

/// A draft's place in the ledger order ([`Entry::order`]).
pub type Order<'a> = (bool, Option<DraftDate>, &'a str, &'a Path);

/// Where a draft is: its path, URI and name in its workspace folder.
#[derive(Clone, Debug)]
pub struct Place {
    pub path: PathBuf,
    pub uri: Uri,
    pub name: String,
}

impl Entry {
    /// Summarises `analysis` of `text`, the draft at `place` (`open`: an open document's).
    /// `cache` is what the summary of the draft's last version remembers.
    pub fn new(
        place: Place,
        text: &str,
        format: Format,
        analysis: &Analysis,
        encoding: Encoding,
        open: bool,
        cache: &mut desk::SummaryCache,
    ) -> Entry {
        let Place { path, uri, name } = place;
        let file_name = path.file_name().and_then(|n| n.to_str());
        let date = draft_date(text, format, file_name);
        let desk = desk::summarise_with(text, analysis, date, cache);
        let table = PositionTable::new(
            text,
            desk.claims.iter().flat_map(|c| [c.span.start, c.span.end]),
            encoding,
        );
        let ranges: Vec<Range> = desk.claims.iter().map(|c| table.range(c.span)).collect();
        let lines = ranges.iter().map(|r| r.start.line + 1).collect();
        Entry {
            path,
            uri,
            name,
            desk,
            ranges,
            lines,
            open,
            bytes: text.len(),
        }
    }

    /// Its place in the ledger order: by date, undated last, then by name (then by path:
    /// two workspace folders may hold drafts of the same name).
    pub fn order(&self) -> Order<'_> {
        (
            self.desk.date.is_none(),
            self.desk.date,
            &self.name,
            &self.path,
        )
    }
}

/// The drafts indexed, and for each ledger key the claims filed under it in ledger order.
#[derive(Default)]
struct State {
    entries: Vec<Option<Arc<Entry>>>,
    free: Vec<u32>,
    by_path: HashMap<PathBuf, u32>,
    postings: FastMap<u64, Vec<(u32, u32)>>,
    /// For each key, a number that changes whenever what is filed under it changes, so that
    /// a fold of its earlier claims can be kept until then ([`Index::conflicts`]).
    versions: FastMap<u64, u64>,
    next_version: u64,
}

impl State {
    fn entry(&self, id: u32) -> Option<&Arc<Entry>> {
        self.entries.get(id as usize).and_then(Option::as_ref)
    }

    fn order_of(&self, id: u32) -> Option<Order<'_>> {
        self.entry(id).map(|e| e.order())
    }

    /// Marks what is filed under `keys` as changed.
    fn touch<'k>(&mut self, keys: impl IntoIterator<Item = &'k u64>) {
        for key in keys {
            self.next_version += 1;
            self.versions.insert(*key, self.next_version);
        }
    }

    /// Removes the draft at `path`, its claims unfiled.
    fn remove(&mut self, path: &Path) -> Option<Arc<Entry>> {
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
    fn add(&mut self, entry: Arc<Entry>, sorted: bool, touched: &mut Vec<u64>) -> u32 {
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

    fn sort(&mut self, mut touched: Vec<u64>) {
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

/// The workspace index of one connection.
#[derive(Default)]
pub struct Index {
    state: RwLock<State>,
    /// Increases with every change, so an analysis knows whether its cross-draft findings
    /// are still those of the index.
    generation: AtomicU64,
    /// The first indexing pass is done.
    ready: AtomicBool,
    /// The indexing pass running: a later one stops an earlier one.
    pass: AtomicU64,
    /// An indexing pass was ever started (changes of settings or folders start another).
    started: AtomicBool,
    /// For each open draft, the fold of the earlier drafts' claims under each of its keys,
    /// with the key's version and the draft's date it was made for: a keystroke that changes
    /// nothing filed under a key reuses it.
    folds: std::sync::Mutex<HashMap<PathBuf, FastMap<u64, Fold>>>,
}

/// A key's earlier claims folded for an open draft: the key's version, the draft's date, the
/// ledger.
type Fold = (u64, Option<DraftDate>, desk::KeyLedger);

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
    /// The current generation.
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::SeqCst)
    }

    fn bump(&self) {
        self.generation.fetch_add(1, Ordering::SeqCst);
    }

    /// True once the first indexing pass is done.
    pub fn is_ready(&self) -> bool {
        self.ready.load(Ordering::SeqCst)
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, State> {
        self.state
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn write(&self) -> std::sync::RwLockWriteGuard<'_, State> {
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
    fn clear_disk(&self) {
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

/// Where a draft at `path` stands for the ledger: its workspace folder and its name in it.
pub fn place_of(session: &Session, path: &Path) -> Option<(PathBuf, String)> {
    let root = session.projects.root_of(path)?;
    let relative = path.strip_prefix(&root).ok()?;
    let name = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/");
    Some((root, name))
}

/// True when `path` has a draft extension.
pub fn is_draft(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|ext| DRAFT_EXTENSIONS.iter().any(|d| ext.eq_ignore_ascii_case(d)))
}

/// The `skip` globs of each project file, compiled once per pass.
#[derive(Default)]
struct Skips {
    by_file: HashMap<PathBuf, Option<GlobSet>>,
}

impl Skips {
    /// True when the project file of the draft at `path` skips it.
    fn skips(&mut self, session: &Session, path: &Path, globs: &[String]) -> bool {
        if globs.is_empty() {
            return false;
        }
        let Some(file) = session.projects.file_for(path) else {
            return false;
        };
        let base = file.parent().map(Path::to_path_buf).unwrap_or_default();
        let set = self
            .by_file
            .entry(file)
            .or_insert_with(|| crate::cli::config_file::skip_globs(globs).ok());
        match (set, path.strip_prefix(&base)) {
            (Some(set), Ok(relative)) => set.is_match(relative),
            _ => false,
        }
    }
}

/// A draft to index: where it is and its settings.
struct Wanted {
    place: Place,
    config: Arc<crate::analysis::Config>,
}

/// Whether a draft at `path` belongs in the index, and with what settings.
fn wanted(session: &Session, skips: &mut Skips, path: &Path) -> Option<Wanted> {
    if !is_draft(path) {
        return None;
    }
    let (_, name) = place_of(session, path)?;
    let uri = Uri::from_file_path(path)?;
    super::project::sync::ensure_loaded(session, &uri);
    let settings = session.settings_for(&uri);
    if !settings.config.ledger || skips.skips(session, path, &settings.config.skip) {
        return None;
    }
    Some(Wanted {
        place: Place {
            path: path.to_path_buf(),
            uri,
            name,
        },
        config: Arc::clone(&settings.config),
    })
}

/// Reads and analyses a draft for the index; `None` when it cannot be read or the analysis
/// failed (the index leaves the draft out; the server says nothing about files nobody
/// opened).
fn read(wanted: &Wanted, encoding: Encoding) -> Option<Entry> {
    let bytes = std::fs::read(&wanted.place.path).ok()?;
    let (text, _) = crate::cli::inputs::decode(bytes);
    let format = Format::from_path(&wanted.place.path);
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let analysis = analyze(&text, format, &wanted.config);
        Entry::new(
            wanted.place.clone(),
            &text,
            format,
            &analysis,
            encoding,
            false,
            &mut desk::SummaryCache::default(),
        )
    }))
    .ok()
}

/// The drafts of the workspace folders, in path order, each folder within its byte cap;
/// with the number of drafts and bytes left out by the cap.
fn walk(session: &Session) -> (Vec<Wanted>, usize, u64) {
    let mut skips = Skips::default();
    let mut out = Vec::new();
    let (mut over, mut over_bytes) = (0, 0);
    for root in session.projects.roots() {
        let mut bytes = 0u64;
        let walker = ignore::WalkBuilder::new(&root)
            .require_git(false)
            .sort_by_file_name(|a, b| a.cmp(b))
            .build();
        for entry in walker.flatten() {
            if !entry.file_type().is_some_and(|t| t.is_file()) {
                continue;
            }
            // A nested workspace folder indexes its own drafts.
            if session.projects.root_of(entry.path()).as_deref() != Some(root.as_path()) {
                continue;
            }
            let Some(wanted) = wanted(session, &mut skips, entry.path()) else {
                continue;
            };
            let size = entry.metadata().map_or(0, |m| m.len());
            if size > MAX_DRAFT_BYTES || bytes + size > wanted.config.ledger_max_bytes {
                over += 1;
                over_bytes += size;
                continue;
            }
            bytes += size;
            out.push(wanted);
        }
    }
    (out, over, over_bytes)
}

/// Starts indexing the workspace folders in the background (again, when a pass ran before:
/// the folders or settings changed). Open drafts are checked against the new index when it
/// is done.
pub fn start(session: &Arc<Session>) {
    session.index.started.store(true, Ordering::SeqCst);
    let pass = session.index.pass.fetch_add(1, Ordering::SeqCst) + 1;
    tokio::spawn(run_pass(Arc::clone(session), pass));
}

/// Indexes again if a pass ever started (settings, folders or a project file changed).
pub fn restart(session: &Arc<Session>) {
    if session.index.started.load(Ordering::SeqCst) {
        start(session);
    }
}

async fn run_pass(session: Arc<Session>, pass: u64) {
    let current = |session: &Session| session.index.pass.load(Ordering::SeqCst) == pass;
    let began = Instant::now();
    let progress = Progress::begin(&session, pass).await;
    let walked = {
        let session = Arc::clone(&session);
        tokio::task::spawn_blocking(move || walk(&session)).await
    };
    let Ok((wanted, over, over_bytes)) = walked else {
        progress.end("the drafts could not be listed").await;
        return;
    };
    if !current(&session) {
        progress.end("superseded").await;
        return;
    }
    session.index.clear_disk();
    let total = wanted.len();
    let encoding = session.encoding();
    let mut done = 0;
    let mut bytes = 0usize;
    let mut rest = wanted;
    while !rest.is_empty() {
        let batch: Vec<Wanted> = rest.drain(..BATCH.min(rest.len())).collect();
        let read = tokio::task::spawn_blocking(move || {
            batch
                .par_iter()
                .filter_map(|w| read(w, encoding))
                .collect::<Vec<Entry>>()
        })
        .await
        .unwrap_or_default();
        if !current(&session) {
            progress.end("superseded").await;
            return;
        }
        done += BATCH.min(total - done);
        bytes += read.iter().map(|e| e.bytes).sum::<usize>();
        session.index.put_disk(read);
        progress.report(done, total).await;
    }
    session.index.ready.store(true, Ordering::SeqCst);
    let drafts = session.index.len();
    let summary = format!(
        "{drafts} {} indexed",
        if drafts == 1 { "draft" } else { "drafts" }
    );
    progress.end(&summary).await;
    session
        .log(
            MessageType::INFO,
            format!(
                "copydesk: the ledger indexed {total} drafts ({:.1} MB) in {} ms",
                bytes as f64 / 1e6,
                began.elapsed().as_millis()
            ),
        )
        .await;
    if over > 0 {
        let message = format!(
            "copydesk: {over} drafts ({:.1} MB) were left out of the ledger: a workspace \
             folder holds more than ledgerMaxBytes of drafts (raise it in copydesk.json), or \
             a file is larger than {} MB",
            over_bytes as f64 / 1e6,
            MAX_DRAFT_BYTES / 1_000_000
        );
        session.log(MessageType::WARNING, &message).await;
        session
            .client
            .show_message(MessageType::WARNING, message)
            .await;
    }
    super::desk::refresh_all(&session);
}

/// `window/workDoneProgress` for one indexing pass, when the client takes it.
struct Progress {
    ongoing: Option<
        tower_lsp_server::OngoingProgress<
            tower_lsp_server::Bounded,
            tower_lsp_server::NotCancellable,
        >,
    >,
    last: std::sync::atomic::AtomicU32,
}

impl Progress {
    async fn begin(session: &Session, pass: u64) -> Progress {
        let none = Progress {
            ongoing: None,
            last: Default::default(),
        };
        if !session.features().work_done_progress {
            return none;
        }
        let token = ProgressToken::String(format!("copydesk-ledger-{pass}"));
        if session
            .client
            .create_work_done_progress(token.clone())
            .await
            .is_err()
        {
            return none;
        }
        let ongoing = session
            .client
            .progress(token, "copydesk: indexing drafts")
            .with_message("finding drafts")
            .with_percentage(0)
            .begin()
            .await;
        Progress {
            ongoing: Some(ongoing),
            last: Default::default(),
        }
    }

    async fn report(&self, done: usize, total: usize) {
        let Some(ongoing) = &self.ongoing else {
            return;
        };
        let percentage = (done * 100).checked_div(total).unwrap_or(100) as u32;
        // At most one report per percent.
        if self.last.swap(percentage, Ordering::SeqCst) == percentage && done < total {
            return;
        }
        ongoing
            .report_with_message(format!("{done} of {total} drafts"), percentage)
            .await;
    }

    async fn end(self, message: &str) {
        if let Some(ongoing) = self.ongoing {
            ongoing.finish_with_message(message.to_string()).await;
        }
    }
}

/// Handles `workspace/didChangeWatchedFiles` for drafts: each changed or created draft is
/// read again, each deleted one forgotten (an open draft keeps its open version); open
/// drafts are checked again when anything changed.
pub async fn files_changed(session: &Arc<Session>, events: &[FileEvent]) {
    if !session.index.started.load(Ordering::SeqCst) {
        return;
    }
    let changes: Vec<(PathBuf, FileChangeType)> = events
        .iter()
        .filter_map(|e| Some((file_path(&e.uri)?, e.typ)))
        .filter(|(p, _)| session.projects.root_of(p).is_some())
        .collect();
    // A folder deleted: its drafts go (editors report the folder, not each file).
    let mut folders = false;
    for (path, kind) in &changes {
        if *kind == FileChangeType::DELETED && !is_draft(path) {
            session.index.remove_under(path);
            folders = true;
        }
    }
    let changes: Vec<(PathBuf, FileChangeType)> =
        changes.into_iter().filter(|(p, _)| is_draft(p)).collect();
    if changes.is_empty() {
        if folders {
            super::desk::refresh_all(session);
        }
        return;
    }
    let task_session = Arc::clone(session);
    let encoding = session.encoding();
    let applied = tokio::task::spawn_blocking(move || {
        let session = task_session;
        let mut skips = Skips::default();
        let mut read_again = Vec::new();
        for (path, kind) in changes {
            let keep = if kind != FileChangeType::DELETED
                && path.is_file()
                && !ignored(&session, &path)
                && let Some(w) = wanted(&session, &mut skips, &path)
            {
                Some(w)
            } else {
                None
            };
            match keep {
                Some(w) => read_again.push(w),
                None => session.index.remove(&path, true),
            }
        }
        let entries: Vec<Entry> = read_again
            .par_iter()
            .filter_map(|w| read(w, encoding))
            .collect();
        session.index.put_disk(entries);
    })
    .await;
    if applied.is_ok() {
        super::desk::refresh_all(session);
    }
}

/// True when a walk of the workspace would pass `path` by: a hidden file or folder, or one
/// a `.gitignore` between its workspace folder and it ignores.
fn ignored(session: &Session, path: &Path) -> bool {
    let Some(root) = session.projects.root_of(path) else {
        return true;
    };
    let Ok(relative) = path.strip_prefix(&root) else {
        return true;
    };
    if relative
        .components()
        .any(|c| c.as_os_str().to_string_lossy().starts_with('.'))
    {
        return true;
    }
    let mut dir = root.clone();
    let mut builder = ignore::gitignore::GitignoreBuilder::new(&root);
    let mut any = false;
    let parents: Vec<_> = relative
        .parent()
        .into_iter()
        .flat_map(|p| p.components())
        .collect();
    for step in std::iter::once(None).chain(parents.into_iter().map(Some)) {
        if let Some(step) = step {
            dir.push(step);
        }
        let file = dir.join(".gitignore");
        if file.is_file() {
            any |= builder.add(file).is_none();
        }
    }
    if !any {
        return false;
    }
    builder
        .build()
        .map(|g| g.matched_path_or_any_parents(path, false).is_ignore())
        .unwrap_or(false)
}

/// Re-reads the file of a draft that was closed: the index goes back to what is on disk.
pub async fn closed(session: &Arc<Session>, uri: &Uri) {
    let Some(path) = file_path(uri) else {
        return;
    };
    session
        .index
        .folds
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .remove(&path);
    if session.index.get(&path).is_none_or(|e| !e.open) {
        return;
    }
    session.index.remove(&path, false);
    let task_session = Arc::clone(session);
    let encoding = session.encoding();
    let done = tokio::task::spawn_blocking(move || {
        let session = task_session;
        let mut skips = Skips::default();
        if path.is_file()
            && !ignored(&session, &path)
            && let Some(w) = wanted(&session, &mut skips, &path)
            && let Some(entry) = read(&w, encoding)
        {
            session.index.put_disk(vec![entry]);
        }
    })
    .await;
    if done.is_ok() {
        super::desk::refresh_all(session);
    }
}

/// Watchers for the drafts, beside the project files'.
pub fn draft_watchers() -> Vec<tower_lsp_server::ls_types::FileSystemWatcher> {
    DRAFT_EXTENSIONS
        .iter()
        .map(|ext| tower_lsp_server::ls_types::FileSystemWatcher {
            glob_pattern: tower_lsp_server::ls_types::GlobPattern::String(format!("**/*.{ext}")),
            kind: None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Config;

    const EARLIER: &str = "# Russia's losses in Ukraine\n\nRussia has lost more than 450 tanks \
                           since the invasion began, Ukraine's General Staff said.\n";
    const LATER: &str = "# Russia's losses in Ukraine\n\nRussia has lost 400 tanks since the \
                         invasion began, Ukraine's General Staff said.\n";

    fn entry(name: &str, text: &str, open: bool) -> Entry {
        let path = PathBuf::from(format!("/desk/{name}"));
        let uri = Uri::from_file_path(&path).unwrap_or_else(|| panic!("no uri for {name}"));
        let analysis = analyze(text, Format::Markdown, &Config::default());
        let place = Place {
            path,
            uri,
            name: name.to_string(),
        };
        Entry::new(
            place,
            text,
            Format::Markdown,
            &analysis,
            Encoding::Utf16,
            open,
            &mut desk::SummaryCache::default(),
        )
    }

    fn conflicts(index: &Index, name: &str) -> Vec<String> {
        index
            .conflicts(Path::new(&format!("/desk/{name}")))
            .into_iter()
            .map(|c| {
                let (earlier, k) = &c.earlier;
                format!("{} {}", earlier.name, earlier.desk.claims[*k].text)
            })
            .collect()
    }

    #[test]
    fn an_open_draft_is_checked_against_the_drafts_before_it() {
        let index = Index::default();
        index.put_disk(vec![
            entry("2022-03-19-a.md", EARLIER, false),
            entry("2022-03-26-b.md", LATER, false),
        ]);
        assert_eq!(
            conflicts(&index, "2022-03-26-b.md"),
            ["2022-03-19-a.md more than 450 tanks"]
        );
        // The earlier draft has nothing before it.
        assert!(conflicts(&index, "2022-03-19-a.md").is_empty());
        // Opened and edited, the earlier draft's new count is what the later one is held to,
        // though its keys did not change (the later draft's fold is made again).
        index.put_open(entry(
            "2022-03-19-a.md",
            &EARLIER.replace("450", "350"),
            true,
        ));
        assert!(conflicts(&index, "2022-03-26-b.md").is_empty());
        index.put_open(entry("2022-03-19-a.md", EARLIER, true));
        assert_eq!(conflicts(&index, "2022-03-26-b.md").len(), 1);
        // A draft read from disk does not replace an open one.
        index.put_disk(vec![entry(
            "2022-03-19-a.md",
            &EARLIER.replace("450", "350"),
            false,
        )]);
        assert_eq!(conflicts(&index, "2022-03-26-b.md").len(), 1);
        // Gone: nothing to conflict with.
        index.remove(Path::new("/desk/2022-03-19-a.md"), false);
        assert!(conflicts(&index, "2022-03-26-b.md").is_empty());
        assert_eq!(index.len(), 1);
        index.put_disk(vec![entry("2022-03-19-a.md", EARLIER, false)]);
        assert_eq!(conflicts(&index, "2022-03-26-b.md").len(), 1);
        index.remove_under(Path::new("/desk"));
        assert!(index.is_empty());
    }

    #[test]
    fn mentions_and_claims_come_in_ledger_order() {
        let index = Index::default();
        index.put_disk(vec![
            entry("2022-03-26-b.md", LATER, false),
            entry("2022-03-19-a.md", EARLIER, false),
        ]);
        let later = index.get(Path::new("/desk/2022-03-26-b.md"));
        let keys = later
            .map(|e| e.desk.claims[0].keys.to_vec())
            .unwrap_or_default();
        let mentions = index.mentions(&keys, Path::new("/desk/2022-03-26-b.md"), 8);
        let names: Vec<&str> = mentions.iter().map(|(e, _)| e.name.as_str()).collect();
        assert_eq!(names, ["2022-03-19-a.md"]);
        let all = index.claims(10, |_, _| true);
        let names: Vec<&str> = all.iter().map(|(e, _)| e.name.as_str()).collect();
        assert_eq!(names, ["2022-03-19-a.md", "2022-03-26-b.md"]);
    }
}
