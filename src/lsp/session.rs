//! What one connection shares between its handlers and analysis tasks: the client handle,
//! the open documents, the settings in force, and what the client said it can do at
//! `initialize` (position encoding, Markdown hovers, versioned edits, ...).

use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

use tower_lsp_server::Client;
use tower_lsp_server::ls_types::{
    ClientCapabilities, Diagnostic, MarkupKind, MessageType, ResourceOperationKind, Uri,
};

use super::documents::Documents;
use super::index::Index;
use super::outgoing::Outgoing;
use super::position::Encoding;
use super::project::Projects;
use super::settings::{Settings, SettingsStore};

/// What the client can do, read once from its capabilities.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClientFeatures {
    pub encoding: Encoding,
    /// Hover text may be Markdown.
    pub hover_markdown: bool,
    /// Workspace edits may be versioned `documentChanges`.
    pub document_changes: bool,
    /// Document symbols may nest.
    pub hierarchical_symbols: bool,
    /// The server may pull settings with `workspace/configuration`.
    pub pull_configuration: bool,
    /// The client wants `workspace/didChangeConfiguration` registered dynamically.
    pub register_configuration: bool,
    /// The client watches files for the server when asked (`workspace/didChangeWatchedFiles`
    /// registered dynamically).
    pub register_file_watching: bool,
    /// Workspace edits may create files (`CreateFile` in `documentChanges`).
    pub create_files: bool,
    /// The server may ask the client to refresh its code lenses.
    pub code_lens_refresh: bool,
    /// The server may report progress with `window/workDoneProgress`.
    pub work_done_progress: bool,
}

impl ClientFeatures {
    /// Reads the features from the client's capabilities.
    pub fn from_capabilities(capabilities: &ClientCapabilities) -> Self {
        let general = capabilities.general.as_ref();
        let text = capabilities.text_document.as_ref();
        let workspace = capabilities.workspace.as_ref();
        ClientFeatures {
            encoding: Encoding::negotiate(general.and_then(|g| g.position_encodings.as_deref())),
            hover_markdown: text
                .and_then(|t| t.hover.as_ref())
                .and_then(|h| h.content_format.as_ref())
                .is_some_and(|formats| formats.contains(&MarkupKind::Markdown)),
            document_changes: workspace
                .and_then(|w| w.workspace_edit.as_ref())
                .and_then(|e| e.document_changes)
                .unwrap_or(false),
            hierarchical_symbols: text
                .and_then(|t| t.document_symbol.as_ref())
                .and_then(|s| s.hierarchical_document_symbol_support)
                .unwrap_or(false),
            pull_configuration: workspace.and_then(|w| w.configuration).unwrap_or(false),
            register_configuration: workspace
                .and_then(|w| w.did_change_configuration.as_ref())
                .and_then(|c| c.dynamic_registration)
                .unwrap_or(false),
            register_file_watching: workspace
                .and_then(|w| w.did_change_watched_files.as_ref())
                .and_then(|c| c.dynamic_registration)
                .unwrap_or(false),
            create_files: workspace
                .and_then(|w| w.workspace_edit.as_ref())
                .filter(|e| e.document_changes == Some(true))
                .and_then(|e| e.resource_operations.as_ref())
                .is_some_and(|ops| ops.contains(&ResourceOperationKind::Create)),
            code_lens_refresh: workspace
                .and_then(|w| w.code_lens.as_ref())
                .and_then(|c| c.refresh_support)
                .unwrap_or(false),
            work_done_progress: capabilities
                .window
                .as_ref()
                .and_then(|w| w.work_done_progress)
                .unwrap_or(false),
        }
    }
}

/// The state of one connection.
pub struct Session {
    pub client: Client,
    /// The output queue the diagnostics go through ([`Session::publish_diagnostics`]).
    outgoing: Outgoing,
    pub documents: Documents,
    pub settings: SettingsStore,
    /// The project files (`copydesk.json`) of the workspace folders.
    pub projects: Projects,
    /// The drafts of the workspace folders, for the desk's ledger.
    pub index: std::sync::Arc<Index>,
    features: OnceLock<ClientFeatures>,
    shutdown_requested: AtomicBool,
}

impl Session {
    /// A session talking to `client`, publishing diagnostics through `outgoing`.
    pub fn new(client: Client, outgoing: Outgoing) -> Self {
        Session {
            client,
            outgoing,
            documents: Documents::default(),
            settings: SettingsStore::default(),
            projects: Projects::default(),
            index: std::sync::Arc::default(),
            features: OnceLock::new(),
            shutdown_requested: AtomicBool::new(false),
        }
    }

    /// Publishes `diagnostics` for `uri` (of document version `version`), in order with
    /// every other publication.
    pub fn publish_diagnostics(&self, uri: &Uri, diagnostics: &[Diagnostic], version: Option<i32>) {
        self.outgoing.publish_diagnostics(uri, diagnostics, version);
    }

    /// Sends a whole frame made by [`super::outgoing::publish_diagnostics_frame`], in order
    /// with every other publication.
    pub fn send_frame(&self, frame: Vec<u8>) {
        self.outgoing.send(frame);
    }

    /// What the client can do (the defaults before `initialize`).
    pub fn features(&self) -> ClientFeatures {
        self.features.get().cloned().unwrap_or_default()
    }

    /// The settings for the document at `uri`: the editor's over its project file's.
    pub fn settings_for(&self, uri: &Uri) -> std::sync::Arc<Settings> {
        let file = file_path(uri).and_then(|path| self.projects.file_for(&path));
        let keys = file.as_deref().and_then(|f| self.projects.good(f));
        match (&file, &keys) {
            (Some(file), Some(keys)) => self.settings.with_project(Some((file, keys))),
            _ => self.settings.current(),
        }
    }

    /// The negotiated position encoding.
    pub fn encoding(&self) -> Encoding {
        self.features.get().map(|f| f.encoding).unwrap_or_default()
    }

    /// Records the client's features; only the first `initialize` counts.
    pub fn set_features(&self, features: ClientFeatures) {
        let _ = self.features.set(features);
    }

    /// Notes that `shutdown` was requested, so `exit` ends with status 0.
    pub fn note_shutdown(&self) {
        self.shutdown_requested.store(true, Ordering::SeqCst);
    }

    /// True once `shutdown` was requested.
    pub fn shutdown_requested(&self) -> bool {
        self.shutdown_requested.load(Ordering::SeqCst)
    }

    /// Sends a `window/logMessage`.
    pub async fn log(&self, kind: MessageType, message: impl std::fmt::Display) {
        self.client.log_message(kind, message).await;
    }
}

impl Session {
    /// Runs `work` (synchronous protocol work on an analysis) so that a panic in it becomes
    /// an internal error for this request and a `window/logMessage`, not the end of the
    /// server.
    pub async fn guarded<T>(
        &self,
        request: &str,
        work: impl FnOnce() -> T,
    ) -> tower_lsp_server::jsonrpc::Result<T> {
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(work)) {
            Ok(value) => Ok(value),
            Err(_) => {
                self.log(
                    MessageType::ERROR,
                    format!("copydesk: {request} failed on an internal error; please report it"),
                )
                .await;
                Err(tower_lsp_server::jsonrpc::Error::internal_error())
            }
        }
    }
}

/// The local path of a `file:` URI.
pub fn file_path(uri: &Uri) -> Option<std::path::PathBuf> {
    if !uri.scheme().as_str().eq_ignore_ascii_case("file") {
        return None;
    }
    uri.to_file_path().map(std::borrow::Cow::into_owned)
}
