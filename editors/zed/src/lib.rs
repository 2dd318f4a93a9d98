//! The Zed extension for copydesk: Zed runs language servers only through extensions, so this
//! one finds the `copydesk` program (the `lsp.copydesk.binary` setting, then PATH) and passes
//! the `lsp.copydesk` settings through as initializationOptions and workspace configuration.

use zed_extension_api::{self as zed, serde_json, settings::LspSettings, LanguageServerId, Result};

struct Copydesk;

/// The name Zed's settings use for this server (`"lsp": {"copydesk": {...}}`).
const SERVER: &str = "copydesk";

impl zed::Extension for Copydesk {
    fn new() -> Self {
        Copydesk
    }

    fn language_server_command(
        &mut self,
        _language_server_id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<zed::Command> {
        let binary = LspSettings::for_worktree(SERVER, worktree)
            .ok()
            .and_then(|settings| settings.binary);
        let configured = binary.as_ref().and_then(|b| b.path.clone());
        let command = configured.or_else(|| worktree.which("copydesk")).ok_or_else(|| {
            "copydesk was not found on PATH. Install it with `cargo install copydesk`, or set \
             \"lsp\": {\"copydesk\": {\"binary\": {\"path\": \"/path/to/copydesk\"}}} in Zed's settings."
                .to_string()
        })?;
        let args = binary
            .and_then(|b| b.arguments)
            .unwrap_or_else(|| vec!["lsp".to_string()]);
        Ok(zed::Command {
            command,
            args,
            env: worktree.shell_env(),
        })
    }

    fn language_server_initialization_options(
        &mut self,
        _language_server_id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<Option<serde_json::Value>> {
        Ok(LspSettings::for_worktree(SERVER, worktree)
            .ok()
            .and_then(|settings| settings.initialization_options))
    }

    fn language_server_workspace_configuration(
        &mut self,
        _language_server_id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<Option<serde_json::Value>> {
        Ok(LspSettings::for_worktree(SERVER, worktree)
            .ok()
            .and_then(|settings| settings.settings))
    }
}

zed::register_extension!(Copydesk);
