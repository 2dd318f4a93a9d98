//! Watched-file updates (`workspace/didChangeWatchedFiles`) and closed drafts: the index
//! follows the files on disk.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use rayon::prelude::*;
use tower_lsp_server::ls_types::{FileChangeType, FileEvent, Uri};

use super::entry::Entry;
use super::walk::{DRAFT_EXTENSIONS, Skips, ignored, is_draft, read, wanted};
use crate::lsp::session::{Session, file_path};

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
            crate::lsp::desk::refresh_all(session);
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
        crate::lsp::desk::refresh_all(session);
    }
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
        crate::lsp::desk::refresh_all(session);
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
