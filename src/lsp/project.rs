//! The project files (`copydesk.json`) the server reads, per workspace folder: where each
//! document's file is, the last good contents of each file, and the mistake in a broken one.
//!
//! - A document uses the nearest `copydesk.json` in its directory or above it, up to the root
//!   of the workspace folder that contains it (the innermost, in a multi-root workspace), as
//!   `copydesk check` does from the same file. A document outside every folder uses the
//!   client's `rootUri` the same way; with neither, no project file.
//! - Files are read at `initialized`, when a document needing one is opened, and when the
//!   client reports a change (`workspace/didChangeWatchedFiles`). A file that does not parse
//!   keeps its last good contents in force; the mistake is kept for the client to show.
//! - What the editor settings and a file each say is merged in [`super::settings`].

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

use serde_json::{Map, Value};

use crate::analysis::Config;
use crate::analysis::findings::config::ConfigError;

/// The project file's name.
pub const FILE_NAME: &str = "copydesk.json";

/// A mistake in a project file, as read.
#[derive(Clone, Debug, PartialEq)]
pub struct FileProblem {
    pub path: PathBuf,
    /// The file's text, for converting the mistake's span to a protocol range.
    pub text: String,
    pub error: ConfigError,
}

impl FileProblem {
    /// `path:line:column: message`, as `copydesk check` prints it.
    pub fn describe(&self) -> String {
        let name = self.path.display();
        if self.error.line > 0 {
            format!(
                "{name}:{}:{}: {}",
                self.error.line, self.error.column, self.error.message
            )
        } else {
            format!("{name}: {}", self.error.message)
        }
    }
}

/// One project file's state.
#[derive(Clone, Debug, Default)]
struct ProjectFile {
    /// The keys of the last contents that parsed (without `$schema`); `None` when none ever
    /// did or the file is gone.
    good: Option<Arc<Map<String, Value>>>,
    problem: Option<FileProblem>,
    /// The file's modification time when read, for clients that cannot watch files.
    modified: Option<std::time::SystemTime>,
}

/// What reading a project file changed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Reload {
    /// The configuration in force changed: documents need analysing again.
    pub changed: bool,
    /// A new mistake to show (not shown before for this file).
    pub problem: Option<FileProblem>,
    /// The file had a mistake and no longer has: clear what was shown.
    pub fixed: bool,
}

/// The server's project files.
#[derive(Default)]
pub struct Projects {
    /// Workspace folder roots, longest first so the innermost folder wins.
    roots: RwLock<Vec<PathBuf>>,
    files: RwLock<HashMap<PathBuf, ProjectFile>>,
    /// For each directory asked about, its nearest project file (existing or not yet).
    nearest: RwLock<HashMap<PathBuf, Option<PathBuf>>>,
}

impl Projects {
    /// Sets the workspace folder roots (replacing earlier ones).
    pub fn set_roots(&self, mut roots: Vec<PathBuf>) {
        roots.sort_by_key(|r| std::cmp::Reverse(r.as_os_str().len()));
        roots.dedup();
        *write(&self.roots) = roots;
        write(&self.nearest).clear();
    }

    /// The workspace folder roots.
    pub fn roots(&self) -> Vec<PathBuf> {
        read(&self.roots).clone()
    }

    /// The root of the workspace folder holding `path`, if any.
    pub fn root_of(&self, path: &Path) -> Option<PathBuf> {
        read(&self.roots)
            .iter()
            .find(|root| path.starts_with(root))
            .cloned()
    }

    /// The project file a document at `path` uses: the nearest existing `copydesk.json` at or
    /// above its directory within its folder; `None` outside every folder.
    pub fn file_for(&self, path: &Path) -> Option<PathBuf> {
        let root = self.root_of(path)?;
        let dir = path.parent()?.to_path_buf();
        if let Some(cached) = read(&self.nearest).get(&dir) {
            return cached.clone();
        }
        let mut found = None;
        for candidate_dir in dir.ancestors() {
            let candidate = candidate_dir.join(FILE_NAME);
            if candidate.is_file() {
                found = Some(candidate);
                break;
            }
            if candidate_dir == root {
                break;
            }
        }
        write(&self.nearest).insert(dir, found.clone());
        found
    }

    /// Where a new project file for a document at `path` goes: its folder's root.
    pub fn new_file_for(&self, path: &Path) -> Option<PathBuf> {
        self.root_of(path).map(|root| root.join(FILE_NAME))
    }

    /// Forgets which directories use which file (after files were created or deleted).
    pub fn forget_locations(&self) {
        write(&self.nearest).clear();
    }

    /// True once `file` was read.
    pub fn is_loaded(&self, file: &Path) -> bool {
        read(&self.files).contains_key(file)
    }

    /// The last good keys of `file`, if it was read and ever parsed.
    pub fn good(&self, file: &Path) -> Option<Arc<Map<String, Value>>> {
        read(&self.files).get(file).and_then(|f| f.good.clone())
    }

    /// The mistakes currently in files.
    pub fn problems(&self) -> Vec<FileProblem> {
        read(&self.files)
            .values()
            .filter_map(|f| f.problem.clone())
            .collect()
    }

    /// True when `file` changed on disk since it was read (or was never read): for clients
    /// that do not report file changes.
    pub fn is_stale(&self, file: &Path) -> bool {
        let on_disk = std::fs::metadata(file).and_then(|m| m.modified()).ok();
        match read(&self.files).get(file) {
            Some(known) => known.modified != on_disk,
            None => on_disk.is_some(),
        }
    }

    /// Reads `file` again (or for the first time).
    pub fn reload(&self, file: &Path) -> Reload {
        let modified = std::fs::metadata(file).and_then(|m| m.modified()).ok();
        let reload = self.read_file(file);
        if let Some(entry) = write(&self.files).get_mut(file) {
            entry.modified = modified;
        }
        reload
    }

    fn read_file(&self, file: &Path) -> Reload {
        let text = match std::fs::read_to_string(file) {
            Ok(text) => Some(text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => {
                let error = ConfigError {
                    line: 0,
                    column: 0,
                    message: format!("cannot read it: {e}"),
                    span: None,
                };
                return self.record_problem(file, String::new(), error);
            }
        };
        let Some(text) = text else {
            // A deleted file: its settings no longer apply.
            let old = write(&self.files).remove(file);
            return Reload {
                changed: old.as_ref().is_some_and(|f| f.good.is_some()),
                problem: None,
                fixed: old.is_some_and(|f| f.problem.is_some()),
            };
        };
        match parse(&text) {
            Ok(keys) => {
                let mut files = write(&self.files);
                let entry = files.entry(file.to_path_buf()).or_default();
                let changed = entry.good.as_deref() != Some(&keys);
                let fixed = entry.problem.take().is_some();
                entry.good = Some(Arc::new(keys));
                Reload {
                    changed,
                    problem: None,
                    fixed,
                }
            }
            Err(error) => self.record_problem(file, text, error),
        }
    }

    fn record_problem(&self, file: &Path, text: String, error: ConfigError) -> Reload {
        let problem = FileProblem {
            path: file.to_path_buf(),
            text,
            error,
        };
        let mut files = write(&self.files);
        let entry = files.entry(file.to_path_buf()).or_default();
        let new = entry.problem.as_ref() != Some(&problem);
        entry.problem = Some(problem.clone());
        Reload {
            changed: false,
            problem: new.then_some(problem),
            fixed: false,
        }
    }
}

/// Parses a project file: validated as a whole by [`Config::from_json`], then kept as its
/// keys so editor settings can override them one by one.
pub fn parse(text: &str) -> Result<Map<String, Value>, ConfigError> {
    Config::from_json(text)?;
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut keys = match serde_json::from_str::<Value>(body) {
        Ok(Value::Object(keys)) => keys,
        _ => Map::new(),
    };
    keys.remove("$schema");
    Ok(keys)
}

fn read<T>(lock: &RwLock<T>) -> std::sync::RwLockReadGuard<'_, T> {
    lock.read()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn write<T>(lock: &RwLock<T>) -> std::sync::RwLockWriteGuard<'_, T> {
    lock.write()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Telling the client about project files: reading them, showing their mistakes, and
/// re-analysing documents when one changed.
pub mod sync {
    use std::path::{Path, PathBuf};
    use std::sync::Arc;

    use ropey::Rope;
    use tower_lsp_server::ls_types::{
        Diagnostic, DiagnosticSeverity, FileChangeType, FileEvent, MessageType, NumberOrString, Uri,
    };

    use super::{FILE_NAME, FileProblem, Reload};
    use crate::analysis::Span;
    use crate::lsp::diagnostics::SOURCE;
    use crate::lsp::position::range_of;
    use crate::lsp::scheduler;
    use crate::lsp::session::{Session, file_path};

    /// The code of the diagnostic a broken project file gets.
    pub const BROKEN_CODE: &str = "project-file";

    /// Reads the project file at each workspace folder's root before any document is
    /// analysed (at `initialize`, when nothing can be shown yet: [`show_problems`] shows the
    /// mistakes once the client is ready).
    pub fn load_roots_quietly(session: &Session) {
        for root in session.projects.roots() {
            if session.projects.reload(&root.join(FILE_NAME)).changed {
                session.settings.bump();
            }
        }
    }

    /// Shows every mistake currently in a project file.
    pub async fn show_problems(session: &Session) {
        for problem in session.projects.problems() {
            show_problem(session, &problem).await;
        }
    }

    /// Reads the project file at each workspace folder's root, and reports what it found.
    pub async fn load_roots(session: &Arc<Session>) {
        let files: Vec<PathBuf> = session
            .projects
            .roots()
            .into_iter()
            .map(|root| root.join(FILE_NAME))
            .collect();
        let mut changed = false;
        for file in files {
            changed |= apply(session, &file, session.projects.reload(&file)).await;
        }
        if changed {
            reanalyse_all(session);
        }
    }

    /// Makes sure the project file of the document at `uri` was read (synchronously, so the
    /// first analysis uses it); returns what to report.
    pub fn ensure_loaded(session: &Session, uri: &Uri) -> Option<(PathBuf, Reload)> {
        let path = file_path(uri)?;
        let file = session.projects.file_for(&path)?;
        if session.projects.is_loaded(&file) {
            return None;
        }
        let reload = session.projects.reload(&file);
        if reload.changed {
            session.settings.bump();
        }
        Some((file, reload))
    }

    /// Reports what [`ensure_loaded`] found.
    pub async fn report(session: &Arc<Session>, loaded: Option<(PathBuf, Reload)>) {
        if let Some((file, reload)) = loaded {
            let changed = reload.changed;
            apply(
                session,
                &file,
                Reload {
                    changed: false,
                    ..reload
                },
            )
            .await;
            if changed {
                reanalyse_all(session);
            }
        }
    }

    /// For a client that cannot watch files: re-reads the project file of the document at
    /// `uri` if it changed on disk since it was read (a `stat` per call).
    pub async fn refresh_if_changed(session: &Arc<Session>, uri: &Uri) {
        if session.features().register_file_watching {
            return;
        }
        let Some(path) = file_path(uri) else {
            return;
        };
        session.projects.forget_locations();
        let Some(file) = session.projects.file_for(&path) else {
            return;
        };
        if session.projects.is_stale(&file) {
            let reload = session.projects.reload(&file);
            if apply(session, &file, reload).await {
                reanalyse_all(session);
            }
        }
    }

    /// Handles `workspace/didChangeWatchedFiles`: re-reads each changed project file.
    pub async fn files_changed(session: &Arc<Session>, events: &[FileEvent]) {
        let mut changed = false;
        let mut seen: Vec<PathBuf> = Vec::new();
        for event in events {
            let Some(path) = file_path(&event.uri) else {
                continue;
            };
            if path.file_name().is_none_or(|n| n != FILE_NAME) || seen.contains(&path) {
                continue;
            }
            if event.typ != FileChangeType::CHANGED {
                // A file created or deleted moves which documents use which file.
                session.projects.forget_locations();
                changed = true;
            }
            let reload = session.projects.reload(&path);
            changed |= apply(session, &path, reload).await;
            seen.push(path);
        }
        if changed {
            reanalyse_all(session);
        }
    }

    /// Puts a reload in force and tells the client; returns whether settings changed.
    async fn apply(session: &Arc<Session>, file: &Path, reload: Reload) -> bool {
        if reload.changed {
            session.settings.bump();
        }
        if let Some(problem) = &reload.problem {
            show_problem(session, problem).await;
        } else if reload.fixed
            && let Some(uri) = Uri::from_file_path(file)
        {
            session.publish_diagnostics(&uri, &[], None);
            session
                .log(
                    MessageType::INFO,
                    format!("copydesk: {} is fixed and in force", file.display()),
                )
                .await;
        }
        reload.changed
    }

    /// `window/showMessage` naming the path, line and column, and a diagnostic in the file.
    async fn show_problem(session: &Session, problem: &FileProblem) {
        let message = format!(
            "copydesk: {}. The last good settings stay in force until the file is fixed.",
            problem.describe()
        );
        session
            .client
            .show_message(MessageType::ERROR, &message)
            .await;
        session.log(MessageType::ERROR, &message).await;
        let Some(uri) = Uri::from_file_path(&problem.path) else {
            return;
        };
        let rope = Rope::from_str(&problem.text);
        let span = problem.error.span.unwrap_or(Span::new(0, 0));
        let diagnostic = Diagnostic {
            range: range_of(&rope, span, session.encoding()),
            severity: Some(DiagnosticSeverity::ERROR),
            code: Some(NumberOrString::String(BROKEN_CODE.to_string())),
            source: Some(SOURCE.to_string()),
            message: format!(
                "{}; the last good settings stay in force",
                problem.error.message
            ),
            ..Diagnostic::default()
        };
        session.publish_diagnostics(&uri, &[diagnostic], None);
    }

    /// Asks every open document for a new analysis.
    pub fn reanalyse_all(session: &Session) {
        for document in session.documents.all() {
            scheduler::request(&document);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("copydesk-project-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let _ = std::fs::create_dir_all(dir.join("sub"));
        dir
    }

    #[test]
    fn a_broken_file_keeps_the_last_good_keys_and_reports_once() {
        let dir = folder("broken");
        let file = dir.join(FILE_NAME);
        let projects = Projects::default();
        projects.set_roots(vec![dir.clone()]);
        let _ = std::fs::write(&file, "{\"maxDiagnostics\": 3}");
        assert!(projects.reload(&file).changed);
        let _ = std::fs::write(&file, "{\"maxDiagnostics\": \"3\"}");
        let first = projects.reload(&file);
        assert!(!first.changed);
        let problem = first.problem.map(|p| p.describe()).unwrap_or_default();
        assert!(
            problem.ends_with(
                ":1:20: invalid type: string \"3\", expected a whole number of 0 or more"
            ),
            "{problem}"
        );
        assert_eq!(projects.reload(&file).problem, None, "reported once");
        assert_eq!(
            projects
                .good(&file)
                .and_then(|k| k.get("maxDiagnostics").cloned()),
            Some(serde_json::json!(3))
        );
        let _ = std::fs::write(&file, "{\"maxDiagnostics\": 4}");
        let fixed = projects.reload(&file);
        assert!(fixed.changed && fixed.fixed);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_document_uses_the_nearest_file_within_its_folder() {
        let dir = folder("nearest");
        let projects = Projects::default();
        projects.set_roots(vec![dir.clone()]);
        let draft = dir.join("sub").join("draft.md");
        assert_eq!(projects.file_for(&draft), None);
        let _ = std::fs::write(dir.join(FILE_NAME), "{}");
        projects.forget_locations();
        assert_eq!(projects.file_for(&draft), Some(dir.join(FILE_NAME)));
        let _ = std::fs::write(dir.join("sub").join(FILE_NAME), "{}");
        projects.forget_locations();
        assert_eq!(
            projects.file_for(&draft),
            Some(dir.join("sub").join(FILE_NAME))
        );
        assert_eq!(projects.file_for(Path::new("/elsewhere/draft.md")), None);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
