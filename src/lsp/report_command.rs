//! `workspace/executeCommand` `copydesk.report`: the fact-check sheet of an open document,
//! so every client can show it (VS Code in a webview, Neovim in the browser). The sheet is
//! [`crate::sheet`]'s, made from the analysis of the text as it stands.
//!
//! Arguments: the document, as its URI (`"file:///..."`), `{"uri": ...}` or
//! `{"textDocument": {"uri": ...}}`. Result: `{"uri", "version", "title", "html", "totals"}`
//! with `totals` the counts the code lens shows.

use std::path::Path;

use serde::Serialize;
use serde_json::Value;
use tower_lsp_server::ls_types::Uri;

use super::scheduler::Snapshot;
use super::session::file_path;
use crate::sheet::{DraftSheet, Sheet, Totals, render, title};

/// The command's name, as listed in `executeCommandProvider` and used by the code lens.
pub const COMMAND: &str = "copydesk.report";

/// What the command returns.
#[derive(Debug, Serialize)]
pub struct ReportResult {
    pub uri: String,
    /// The document version the sheet was made from.
    pub version: i32,
    /// The page's title ("Fact-check sheet: draft.md").
    pub title: String,
    /// The whole page.
    pub html: String,
    pub totals: TotalsJson,
}

/// The counts, as JSON.
#[derive(Debug, Serialize)]
pub struct TotalsJson {
    pub figures: usize,
    pub claims: usize,
    pub unattributed: usize,
    pub conflicting: usize,
    pub sources: usize,
    /// The code lens's title: "12 figures · 2 unattributed · 1 conflict".
    pub lens: String,
}

/// The document the command's arguments name, if they name one.
pub fn target(arguments: &[Value]) -> Option<Uri> {
    let first = arguments.first()?;
    let text = match first {
        Value::String(uri) => uri.as_str(),
        Value::Object(object) => object
            .get("uri")
            .or_else(|| object.get("textDocument").and_then(|d| d.get("uri")))
            .and_then(Value::as_str)?,
        _ => return None,
    };
    text.parse().ok()
}

/// The name the sheet shows for a document: its path within the workspace folder `root`
/// holding it, else its whole path for a file, else its URI.
pub fn display_name(uri: &Uri, root: Option<&Path>) -> String {
    match file_path(uri) {
        Some(path) => root
            .and_then(|root| path.strip_prefix(root).ok())
            .filter(|relative| !relative.as_os_str().is_empty())
            .unwrap_or(&path)
            .display()
            .to_string(),
        None => uri.as_str().to_string(),
    }
}

/// The sheet of a document's analysis, named as [`display_name`] says.
pub fn sheet(snapshot: &Snapshot, root: Option<&Path>) -> Sheet {
    let draft = DraftSheet::new(
        display_name(&snapshot.uri, root),
        snapshot.text.clone(),
        &snapshot.analysis,
    );
    Sheet::new(vec![draft])
}

/// The command's answer for a document in the workspace folder `root` (if any).
pub fn report(snapshot: &Snapshot, root: Option<&Path>) -> ReportResult {
    let sheet = sheet(snapshot, root);
    let totals = sheet.totals;
    ReportResult {
        uri: snapshot.uri.as_str().to_string(),
        version: snapshot.version,
        title: title(&sheet),
        html: render(&sheet),
        totals: totals_json(&totals),
    }
}

fn totals_json(totals: &Totals) -> TotalsJson {
    TotalsJson {
        figures: totals.figures,
        claims: totals.claims,
        unattributed: totals.unattributed,
        conflicting: totals.conflicting,
        sources: totals.sources,
        lens: totals.lens_title(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_document_can_be_named_three_ways() {
        let uri = "file:///tmp/draft.md";
        for arguments in [
            vec![json!(uri)],
            vec![json!({"uri": uri})],
            vec![json!({"textDocument": {"uri": uri}})],
        ] {
            assert_eq!(
                target(&arguments).map(|u| u.as_str().to_string()),
                Some(uri.to_string()),
                "{arguments:?}"
            );
        }
        assert!(target(&[]).is_none());
        assert!(target(&[json!(42)]).is_none());
        assert!(target(&[json!({"path": uri})]).is_none());
    }

    #[test]
    fn a_draft_is_named_within_its_workspace_folder() {
        let uri: Uri = "file:///desk/news/draft.md"
            .parse()
            .unwrap_or_else(|_| panic!("uri"));
        assert_eq!(
            display_name(&uri, Some(Path::new("/desk"))),
            "news/draft.md"
        );
        assert_eq!(
            display_name(&uri, Some(Path::new("/other"))),
            "/desk/news/draft.md"
        );
        assert_eq!(display_name(&uri, None), "/desk/news/draft.md");
        let untitled: Uri = "untitled:Untitled-1"
            .parse()
            .unwrap_or_else(|_| panic!("uri"));
        assert_eq!(display_name(&untitled, None), "untitled:Untitled-1");
    }
}
