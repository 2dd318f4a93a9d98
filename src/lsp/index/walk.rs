//! Walking the workspace folders for drafts, and skipping what is no draft of the ledger:
//! other extensions, `.gitignore`d and hidden files, the project file's `skip`, drafts over
//! the byte caps.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use globset::GlobSet;
use tower_lsp_server::ls_types::Uri;

use super::entry::{Entry, Place};
use crate::analysis::desk;
use crate::analysis::{Format, analyze};
use crate::lsp::position::Encoding;
use crate::lsp::session::Session;

/// Extensions of the drafts indexed.
pub(super) const DRAFT_EXTENSIONS: [&str; 3] = ["md", "markdown", "txt"];

/// A file larger than this is no news draft (a log, an export, a book): the background index
/// leaves it out. Opened in the editor, it is checked and filed like any draft.
pub(super) const MAX_DRAFT_BYTES: u64 = 4_000_000;

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
pub(super) struct Skips {
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
pub(super) struct Wanted {
    place: Place,
    config: Arc<crate::analysis::Config>,
}

/// Whether a draft at `path` belongs in the index, and with what settings.
pub(super) fn wanted(session: &Session, skips: &mut Skips, path: &Path) -> Option<Wanted> {
    if !is_draft(path) {
        return None;
    }
    let (_, name) = place_of(session, path)?;
    let uri = Uri::from_file_path(path)?;
    crate::lsp::project::sync::ensure_loaded(session, &uri);
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
pub(super) fn read(wanted: &Wanted, encoding: Encoding) -> Option<Entry> {
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
pub(super) fn walk(session: &Session) -> (Vec<Wanted>, usize, u64) {
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

/// True when a walk of the workspace would pass `path` by: a hidden file or folder, or one
/// a `.gitignore` between its workspace folder and it ignores.
pub(super) fn ignored(session: &Session, path: &Path) -> bool {
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
