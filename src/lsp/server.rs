//! The `LanguageServer` implementation: each handler turns protocol messages into calls on
//! the session's documents, scheduler and feature modules, and nothing else.
//!
//! Document notifications apply their change synchronously, before their first `.await`
//! (tower-lsp-server polls up to four handlers at once, and any await would let a later
//! notification overtake an earlier one); logging comes after.

use std::sync::{Arc, Mutex, PoisonError};

use serde::{Deserialize, Serialize};
use tower_lsp_server::LanguageServer;
use tower_lsp_server::jsonrpc::{Error, ErrorCode, Result};
use tower_lsp_server::ls_types::{
    CodeActionKind, CodeActionOptions, CodeActionOrCommand, CodeActionParams,
    CodeActionProviderCapability, CodeActionResponse, CodeLens, CodeLensOptions, CodeLensParams,
    ConfigurationItem, DidChangeConfigurationParams, DidChangeTextDocumentParams,
    DidChangeWatchedFilesParams, DidChangeWatchedFilesRegistrationOptions,
    DidChangeWorkspaceFoldersParams, DidCloseTextDocumentParams, DidOpenTextDocumentParams,
    DocumentSymbolParams, DocumentSymbolResponse, ExecuteCommandOptions, ExecuteCommandParams,
    FileSystemWatcher, GlobPattern, Hover, HoverParams, HoverProviderCapability, InitializeParams,
    InitializeResult, InitializedParams, Location, MessageType, OneOf, ReferenceParams,
    Registration, ServerCapabilities, ServerInfo, TextDocumentIdentifier,
    TextDocumentSyncCapability, TextDocumentSyncKind, TextDocumentSyncOptions, Uri,
    WorkspaceFoldersServerCapabilities, WorkspaceServerCapabilities, WorkspaceSymbolParams,
    WorkspaceSymbolResponse,
};

use super::actions::{self, Target};
use super::documents::ChangeOutcome;
use super::framing::Rejection;
use super::position::byte_at;
use super::project::sync as project_sync;
use super::project_actions::{self, ProjectContext};
use super::scheduler;
use super::session::{ClientFeatures, Session, file_path};
use super::settings::Settings;
use super::{code_lens, desk, hover, index, report_command, symbols};
use crate::analysis::Format;

/// The copydesk language server over one connection.
pub struct Server {
    session: Arc<Session>,
    /// A problem with `initializationOptions`, shown once the client can be told.
    startup_problem: Mutex<Option<String>>,
    /// True when `initializationOptions` carried settings (so there is nothing to pull).
    settings_given: std::sync::atomic::AtomicBool,
}

/// Parameters of `copydesk/documentText`.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DocumentTextParams {
    pub text_document: TextDocumentIdentifier,
}

/// The server's copy of a document, as `copydesk/documentText` returns it.
#[derive(Debug, Serialize)]
pub struct DocumentText {
    pub version: i32,
    pub text: String,
}

impl Server {
    /// A server for the connection `session` belongs to.
    pub fn new(session: Arc<Session>) -> Self {
        Server {
            session,
            startup_problem: Mutex::new(None),
            settings_given: Default::default(),
        }
    }

    /// `copydesk/documentText`: the server's copy of an open document, so a client (or a test)
    /// can check that both sides agree; null for a document that is not open.
    pub async fn document_text(&self, params: DocumentTextParams) -> Result<Option<DocumentText>> {
        Ok(self
            .session
            .documents
            .get(&params.text_document.uri)
            .map(|entry| {
                let document = entry.current();
                DocumentText {
                    version: document.version,
                    text: document.rope.to_string(),
                }
            }))
    }

    /// `copydesk/invalidMessage`: the stand-in [`super::framing`] sends for a message that
    /// could not be read; answers with the error it carries.
    pub async fn invalid_message(&self, rejection: Rejection) -> Result<()> {
        Err(Error {
            code: ErrorCode::from(rejection.code),
            message: rejection.message.into(),
            data: None,
        })
    }

    /// Puts new settings in force and re-analyses every open document if they changed.
    fn apply_settings(&self, settings: Settings) {
        if self.session.settings.replace(settings) {
            project_sync::reanalyse_all(&self.session);
            index::restart(&self.session);
        }
    }

    /// Asks the client to report changes to every `copydesk.json`.
    async fn watch_project_files(&self) {
        let mut watchers = vec![FileSystemWatcher {
            glob_pattern: GlobPattern::String(format!("**/{}", super::project::FILE_NAME)),
            kind: None,
        }];
        // The drafts, to keep the desk's ledger current.
        watchers.extend(index::draft_watchers());
        let options = DidChangeWatchedFilesRegistrationOptions { watchers };
        let registration = Registration {
            id: "copydesk-project-files".to_string(),
            method: "workspace/didChangeWatchedFiles".to_string(),
            register_options: serde_json::to_value(options).ok(),
        };
        if let Err(error) = self
            .session
            .client
            .register_capability(vec![registration])
            .await
        {
            self.session
                .log(
                    MessageType::WARNING,
                    format!(
                        "copydesk: could not ask the editor to watch copydesk.json ({error}); \
                         changes to it apply after a restart"
                    ),
                )
                .await;
        }
    }

    /// Asks the client for the `copydesk` section with `workspace/configuration`.
    async fn pull_settings(&self) {
        let item = ConfigurationItem {
            scope_uri: None,
            section: Some("copydesk".to_string()),
        };
        let Ok(values) = self.session.client.configuration(vec![item]).await else {
            return;
        };
        match values.first() {
            None | Some(serde_json::Value::Null) => {}
            Some(section) => match Settings::from_section(section) {
                Ok(settings) => self.apply_settings(settings),
                Err(problem) => self.report_settings_problem(&problem).await,
            },
        }
    }

    async fn report_settings_problem(&self, problem: &str) {
        let message = format!("{problem}; the previous settings stay in force");
        self.session
            .client
            .show_message(MessageType::WARNING, &message)
            .await;
        self.session.log(MessageType::WARNING, message).await;
    }

    async fn unknown_document(&self, uri: &Uri, what: &str) {
        self.session
            .log(
                MessageType::WARNING,
                format!(
                    "copydesk: {what} for {}, which is not open; ignored",
                    uri.as_str()
                ),
            )
            .await;
    }
}

impl LanguageServer for Server {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let features = ClientFeatures::from_capabilities(&params.capabilities);
        let encoding = features.encoding;
        // Each workspace folder has its own copydesk.json; without folders, the root.
        #[allow(deprecated)]
        let root_uri = params.root_uri.clone();
        let roots: Vec<std::path::PathBuf> = match &params.workspace_folders {
            Some(folders) if !folders.is_empty() => {
                folders.iter().filter_map(|f| file_path(&f.uri)).collect()
            }
            _ => root_uri.as_ref().and_then(file_path).into_iter().collect(),
        };
        self.session.projects.set_roots(roots);
        self.session.set_features(features);
        // Before any document arrives, so the first analysis already uses the files.
        project_sync::load_roots_quietly(&self.session);
        match Settings::from_initialization_options(params.initialization_options.as_ref()) {
            Ok(Some(settings)) => {
                self.settings_given
                    .store(true, std::sync::atomic::Ordering::SeqCst);
                self.apply_settings(settings);
            }
            Ok(None) => {}
            Err(problem) => {
                *self
                    .startup_problem
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner) = Some(problem);
            }
        }
        Ok(InitializeResult {
            capabilities: ServerCapabilities {
                position_encoding: Some(encoding.kind()),
                text_document_sync: Some(TextDocumentSyncCapability::Options(
                    TextDocumentSyncOptions {
                        open_close: Some(true),
                        change: Some(TextDocumentSyncKind::INCREMENTAL),
                        ..TextDocumentSyncOptions::default()
                    },
                )),
                hover_provider: Some(HoverProviderCapability::Simple(true)),
                code_action_provider: Some(CodeActionProviderCapability::Options(
                    CodeActionOptions {
                        code_action_kinds: Some(vec![CodeActionKind::QUICKFIX]),
                        resolve_provider: Some(false),
                        ..CodeActionOptions::default()
                    },
                )),
                document_symbol_provider: Some(OneOf::Left(true)),
                code_lens_provider: Some(CodeLensOptions {
                    resolve_provider: Some(false),
                }),
                execute_command_provider: Some(ExecuteCommandOptions {
                    commands: vec![report_command::COMMAND.to_string()],
                    ..ExecuteCommandOptions::default()
                }),
                references_provider: Some(OneOf::Left(true)),
                workspace_symbol_provider: Some(OneOf::Left(true)),
                workspace: Some(WorkspaceServerCapabilities {
                    workspace_folders: Some(WorkspaceFoldersServerCapabilities {
                        supported: Some(true),
                        change_notifications: Some(OneOf::Left(true)),
                    }),
                    file_operations: None,
                }),
                ..ServerCapabilities::default()
            },
            server_info: Some(ServerInfo {
                name: "copydesk".to_string(),
                version: Some(env!("CARGO_PKG_VERSION").to_string()),
            }),
            offset_encoding: None,
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        let problem = self
            .startup_problem
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        if let Some(problem) = problem {
            self.report_settings_problem(&problem).await;
        }
        let features = self.session.features();
        if features.register_configuration {
            let registration = Registration {
                id: "copydesk-configuration".to_string(),
                method: "workspace/didChangeConfiguration".to_string(),
                register_options: None,
            };
            if let Err(error) = self
                .session
                .client
                .register_capability(vec![registration])
                .await
            {
                self.session
                    .log(
                        MessageType::WARNING,
                        format!("copydesk: could not register for settings changes: {error}"),
                    )
                    .await;
            }
        }
        if features.pull_configuration
            && !self
                .settings_given
                .load(std::sync::atomic::Ordering::SeqCst)
        {
            self.pull_settings().await;
        }
        project_sync::show_problems(&self.session).await;
        if features.register_file_watching {
            self.watch_project_files().await;
        }
        // The desk's ledger: the workspace's drafts, indexed in the background.
        index::start(&self.session);
    }

    async fn shutdown(&self) -> Result<()> {
        self.session.note_shutdown();
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let document = params.text_document;
        let format = Format::from_language_id(&document.language_id);
        let (entry, replaced) =
            self.session
                .documents
                .open(document.uri, &document.text, document.version, format);
        if let Some(replaced) = &replaced {
            scheduler::retire(replaced);
        }
        let project = project_sync::ensure_loaded(&self.session, &entry.uri);
        scheduler::start(&self.session, &entry);
        project_sync::report(&self.session, project).await;
        if replaced.is_some() {
            self.session
                .log(
                    MessageType::INFO,
                    format!(
                        "copydesk: {} was opened again; its text was replaced",
                        entry.uri.as_str()
                    ),
                )
                .await;
        }
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        let encoding = self.session.encoding();
        let uri = params.text_document.uri;
        let Some(entry) = self.session.documents.get(&uri) else {
            return self.unknown_document(&uri, "a change").await;
        };
        let version = params.text_document.version;
        let outcome =
            entry.with_text(|document| document.apply(&params.content_changes, version, encoding));
        scheduler::request(&entry);
        // Clients that cannot watch copydesk.json get it re-read when it changed, as they type.
        project_sync::refresh_if_changed(&self.session, &uri).await;
        if let ChangeOutcome::StaleVersion { current, received } = outcome {
            self.session
                .log(
                    MessageType::WARNING,
                    format!(
                        "copydesk: stale version for {}: got {received} after {current}; the change was applied",
                        uri.as_str()
                    ),
                )
                .await;
        }
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        let uri = params.text_document.uri;
        match self.session.documents.close(&uri) {
            Some(entry) => {
                scheduler::stop(&self.session, &entry).await;
                // The ledger goes back to the file on disk.
                index::closed(&self.session, &uri).await;
            }
            None => self.unknown_document(&uri, "a close").await,
        }
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        match Settings::from_configuration_change(&params.settings) {
            Ok(Some(settings)) => self.apply_settings(settings),
            Ok(None) if self.session.features().pull_configuration => self.pull_settings().await,
            Ok(None) => {}
            Err(problem) => self.report_settings_problem(&problem).await,
        }
    }

    async fn did_change_watched_files(&self, params: DidChangeWatchedFilesParams) {
        project_sync::files_changed(&self.session, &params.changes).await;
        let project_file = params.changes.iter().any(|e| {
            file_path(&e.uri).is_some_and(|p| {
                p.file_name()
                    .is_some_and(|n| n == super::project::FILE_NAME)
            })
        });
        if project_file {
            // Which drafts the ledger holds depends on the files' skip and ledger keys.
            index::restart(&self.session);
        } else {
            index::files_changed(&self.session, &params.changes).await;
        }
    }

    async fn did_change_workspace_folders(&self, params: DidChangeWorkspaceFoldersParams) {
        let removed: Vec<_> = params
            .event
            .removed
            .iter()
            .filter_map(|f| file_path(&f.uri))
            .collect();
        let mut roots: Vec<_> = self
            .session
            .projects
            .roots()
            .into_iter()
            .filter(|r| !removed.contains(r))
            .collect();
        roots.extend(params.event.added.iter().filter_map(|f| file_path(&f.uri)));
        self.session.projects.set_roots(roots);
        // Documents may now belong to another folder and its file.
        self.session.settings.bump();
        project_sync::load_roots(&self.session).await;
        project_sync::reanalyse_all(&self.session);
        index::restart(&self.session);
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let at = params.text_document_position_params;
        let Some(entry) = self.session.documents.get(&at.text_document.uri) else {
            return Ok(None);
        };
        let Some(snapshot) = scheduler::current_snapshot(&self.session, &entry).await else {
            return Ok(None);
        };
        let features = self.session.features();
        let format = entry.current().format;
        self.session
            .guarded("hover", || {
                let offset = byte_at(&snapshot.rope, at.position, features.encoding);
                hover::hover_with_ledger(
                    &snapshot,
                    offset,
                    features.hover_markdown,
                    features.encoding,
                    |figure| {
                        desk::hover_lines(
                            &self.session,
                            &snapshot.uri,
                            &snapshot.text,
                            format,
                            &snapshot.analysis,
                            &snapshot.cross(),
                            figure,
                        )
                    },
                )
            })
            .await
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        if !actions::wants_quick_fixes(params.context.only.as_deref()) {
            return Ok(None);
        }
        let Some(entry) = self.session.documents.get(&params.text_document.uri) else {
            return Ok(None);
        };
        let document = entry.current();
        let features = self.session.features();
        // Every fix reads the latest analysis of the text as it stands (usually the one just
        // published; else the text is analysed now).
        let Some(snapshot) = scheduler::current_snapshot(&self.session, &entry).await else {
            return Ok(Some(Vec::new()));
        };
        if snapshot.version != document.version {
            return Ok(Some(Vec::new()));
        }
        // The settings the snapshot was made under: `current_snapshot` returns none older.
        let settings = self.session.settings_for(&entry.uri);
        let target = Target {
            uri: &entry.uri,
            rope: &snapshot.rope,
            text: &snapshot.text,
            config: &settings.config,
            version: snapshot.version,
            encoding: features.encoding,
            document_changes: features.document_changes,
        };
        let mut fixes = self
            .session
            .guarded("codeAction", || {
                actions::quick_fixes(&target, &snapshot.analysis, &params.context.diagnostics)
            })
            .await?;
        let context = ProjectContext {
            snapshot: &snapshot,
            format: document.format,
            features: &features,
            projects: &self.session.projects,
        };
        let more = self
            .session
            .guarded("codeAction", || {
                project_actions::quick_fixes(&context, params.range, &params.context.diagnostics)
            })
            .await?;
        fixes.extend(more.into_iter().map(CodeActionOrCommand::CodeAction));
        Ok(Some(fixes))
    }

    async fn document_symbol(
        &self,
        params: DocumentSymbolParams,
    ) -> Result<Option<DocumentSymbolResponse>> {
        let Some(entry) = self.session.documents.get(&params.text_document.uri) else {
            return Ok(None);
        };
        let Some(snapshot) = scheduler::current_snapshot(&self.session, &entry).await else {
            return Ok(None);
        };
        let features = self.session.features();
        self.session
            .guarded("documentSymbol", || {
                Some(symbols::document_symbols(
                    &snapshot,
                    features.encoding,
                    features.hierarchical_symbols,
                ))
            })
            .await
    }

    async fn code_lens(&self, params: CodeLensParams) -> Result<Option<Vec<CodeLens>>> {
        let Some(entry) = self.session.documents.get(&params.text_document.uri) else {
            return Ok(None);
        };
        let Some(snapshot) = scheduler::current_snapshot(&self.session, &entry).await else {
            return Ok(None);
        };
        self.session
            .guarded("codeLens", || Some(code_lens::code_lenses(&snapshot)))
            .await
    }

    async fn execute_command(
        &self,
        params: ExecuteCommandParams,
    ) -> Result<Option<serde_json::Value>> {
        if params.command != report_command::COMMAND {
            return Err(Error::invalid_params(format!(
                "unknown command {:?}; copydesk knows {:?}",
                params.command,
                report_command::COMMAND
            )));
        }
        let Some(uri) = report_command::target(&params.arguments) else {
            return Err(Error::invalid_params(
                "copydesk.report takes the document: its URI, or {\"uri\": URI}",
            ));
        };
        let Some(entry) = self.session.documents.get(&uri) else {
            return Err(Error::invalid_params(format!(
                "{} is not open: open it first",
                uri.as_str()
            )));
        };
        let Some(snapshot) = scheduler::current_snapshot(&self.session, &entry).await else {
            return Err(Error::internal_error());
        };
        let root = file_path(&uri).and_then(|path| self.session.projects.root_of(&path));
        let report = self
            .session
            .guarded("copydesk.report", || {
                report_command::report(&snapshot, root.as_deref())
            })
            .await?;
        serde_json::to_value(report)
            .map(Some)
            .map_err(|_| Error::internal_error())
    }

    async fn symbol(
        &self,
        params: WorkspaceSymbolParams,
    ) -> Result<Option<WorkspaceSymbolResponse>> {
        let found = self
            .session
            .guarded("workspace/symbol", || {
                desk::workspace_symbols(&self.session, &params.query)
            })
            .await?;
        Ok(Some(WorkspaceSymbolResponse::Flat(found)))
    }

    async fn references(&self, params: ReferenceParams) -> Result<Option<Vec<Location>>> {
        let at = params.text_document_position;
        let Some(entry) = self.session.documents.get(&at.text_document.uri) else {
            return Ok(None);
        };
        let Some(snapshot) = scheduler::current_snapshot(&self.session, &entry).await else {
            return Ok(None);
        };
        let encoding = self.session.encoding();
        let include_first = params.context.include_declaration;
        self.session
            .guarded("references", || {
                let offset = byte_at(&snapshot.rope, at.position, encoding);
                symbols::references(&snapshot, offset, include_first, encoding)
            })
            .await
    }
}
