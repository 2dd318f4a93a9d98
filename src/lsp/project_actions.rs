//! Quick-fixes that need the project around the draft, built from the document's latest
//! analysis:
//!
//! - "Add "X" to the source list" on a claim (or its source) attributed to a named source the
//!   list does not have: a new entry at the end of `sources` in the document's
//!   `copydesk.json` (the file is created when there is none and the client can create
//!   files; otherwise the action is not offered).
//! - "Ignore this figure" on a copydesk diagnostic: in Markdown, the
//!   `<!-- copydesk-ignore CODE -->` line above the figure's block; in plain text, an entry in
//!   the `ignore` list of `copydesk.json`, keyed by the figure as written and a hash of its
//!   sentence.
//!
//! Edits to `copydesk.json` are targeted insertions ([`super::project_edit`]); the server then
//! sees the file change (`workspace/didChangeWatchedFiles`), reloads it and re-publishes.

use std::collections::HashMap;
use std::path::PathBuf;

use ropey::Rope;
use tower_lsp_server::ls_types::{
    CodeAction, CodeActionKind, CreateFile, CreateFileOptions, Diagnostic, DocumentChangeOperation,
    DocumentChanges, OneOf, OptionalVersionedTextDocumentIdentifier, Position, Range, ResourceOp,
    TextDocumentEdit, TextEdit, Uri, WorkspaceEdit,
};

use super::diagnostics::{SOURCE, finding_shown};
use super::position::range_of;
use super::project::Projects;
use super::project_edit::{self, TextChange};
use super::scheduler::Snapshot;
use super::session::{ClientFeatures, file_path};
use crate::analysis::findings::source_list::name_words;
use crate::analysis::findings::switches::sentence_hash;
use crate::analysis::{BlockKind, Format, Grade, Span};

/// Everything the project quick-fixes look at.
pub struct ProjectContext<'a> {
    pub snapshot: &'a Snapshot,
    pub format: Format,
    pub features: &'a ClientFeatures,
    pub projects: &'a Projects,
}

/// The project quick-fixes for `range` of the document and the client's `diagnostics` there.
pub fn quick_fixes(
    context: &ProjectContext<'_>,
    range: Range,
    diagnostics: &[Diagnostic],
) -> Vec<CodeAction> {
    let mut actions = Vec::new();
    for diagnostic in diagnostics
        .iter()
        .filter(|d| d.source.as_deref() == Some(SOURCE))
    {
        if let Some(action) = ignore_figure(context, diagnostic) {
            actions.push(action);
        }
    }
    actions.extend(add_sources(context, range));
    actions
}

/// The project file a document uses, or where a new one goes, and its text (`None`: absent).
fn project_file(context: &ProjectContext<'_>) -> Option<(PathBuf, Option<String>)> {
    let path = file_path(&context.snapshot.uri)?;
    let file = context
        .projects
        .file_for(&path)
        .or_else(|| context.projects.new_file_for(&path))?;
    match std::fs::read_to_string(&file) {
        Ok(text) => Some((file, Some(text))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Some((file, None)),
        Err(_) => None,
    }
}

/// An edit appending `entry` to list `key` of the document's project file.
fn project_file_edit(
    context: &ProjectContext<'_>,
    key: &str,
    entry: &str,
) -> Option<WorkspaceEdit> {
    let (file, text) = project_file(context)?;
    let uri = Uri::from_file_path(&file)?;
    match text {
        Some(text) => {
            let change = project_edit::append_to_list(&text, key, entry)?;
            let rope = Rope::from_str(&text);
            let edit = TextEdit::new(
                range_of(&rope, change.span, context.features.encoding),
                change.text,
            );
            Some(plain_edit(context.features, uri, None, edit))
        }
        None if context.features.create_files => {
            let content = project_edit::new_file(key, entry);
            let start = Position::new(0, 0);
            Some(WorkspaceEdit {
                document_changes: Some(DocumentChanges::Operations(vec![
                    DocumentChangeOperation::Op(ResourceOp::Create(CreateFile {
                        uri: uri.clone(),
                        options: Some(CreateFileOptions {
                            overwrite: Some(false),
                            ignore_if_exists: Some(true),
                        }),
                        annotation_id: None,
                    })),
                    DocumentChangeOperation::Edit(TextDocumentEdit {
                        text_document: OptionalVersionedTextDocumentIdentifier {
                            uri,
                            version: None,
                        },
                        edits: vec![OneOf::Left(TextEdit::new(
                            Range::new(start, start),
                            content,
                        ))],
                    }),
                ])),
                ..WorkspaceEdit::default()
            })
        }
        None => None,
    }
}

/// One edit to one file, as the client takes it.
fn plain_edit(
    features: &ClientFeatures,
    uri: Uri,
    version: Option<i32>,
    edit: TextEdit,
) -> WorkspaceEdit {
    if features.document_changes {
        WorkspaceEdit {
            document_changes: Some(DocumentChanges::Edits(vec![TextDocumentEdit {
                text_document: OptionalVersionedTextDocumentIdentifier { uri, version },
                edits: vec![OneOf::Left(edit)],
            }])),
            ..WorkspaceEdit::default()
        }
    } else {
        WorkspaceEdit::new(HashMap::from([(uri, vec![edit])]))
    }
}

fn action(title: String, edit: WorkspaceEdit, diagnostic: Option<&Diagnostic>) -> CodeAction {
    CodeAction {
        title,
        kind: Some(CodeActionKind::QUICKFIX),
        diagnostics: diagnostic.map(|d| vec![d.clone()]),
        edit: Some(edit),
        command: None,
        is_preferred: None,
        disabled: None,
        data: None,
    }
}

/// "Ignore this figure" for a copydesk diagnostic the latest analysis still has.
fn ignore_figure(context: &ProjectContext<'_>, diagnostic: &Diagnostic) -> Option<CodeAction> {
    let snapshot = context.snapshot;
    let finding = finding_shown(
        &snapshot.analysis,
        &snapshot.rope,
        context.features.encoding,
        diagnostic,
    )?;
    let code = finding.code;
    let figure = snapshot.analysis.figures.get(finding.figure)?;
    let title = "Ignore this figure".to_string();
    match context.format {
        Format::Markdown => {
            let block = snapshot
                .analysis
                .blocks
                .iter()
                .find(|b| b.span.start <= figure.span.start && figure.span.end <= b.span.end)?;
            // A comment line inside a table would break the table.
            if block.kind == BlockKind::TableCell {
                return None;
            }
            let TextChange { span, text } =
                project_edit::ignore_comment(&snapshot.text, block.span.start, code.as_str());
            let edit = TextEdit::new(
                range_of(&snapshot.rope, span, context.features.encoding),
                text,
            );
            let workspace = plain_edit(
                context.features,
                snapshot.uri.clone(),
                Some(snapshot.version),
                edit,
            );
            Some(action(title, workspace, Some(diagnostic)))
        }
        Format::PlainText => {
            let written = figure.number.of(&snapshot.text);
            let sentence = sentence_hash(figure.sentence.of(&snapshot.text));
            let entry = format!(
                "{{\"figure\": {}, \"sentence\": {}, \"code\": {}}}",
                project_edit::json_string(written),
                project_edit::json_string(&sentence),
                project_edit::json_string(code.as_str())
            );
            let edit = project_file_edit(context, "ignore", &entry)?;
            Some(action(title, edit, Some(diagnostic)))
        }
    }
}

/// "Add "X" to the source list" for the named sources of claims in `range` that the list
/// lacks.
fn add_sources(context: &ProjectContext<'_>, range: Range) -> Vec<CodeAction> {
    let snapshot = context.snapshot;
    let analysis = &snapshot.analysis;
    let wanted = super::position::span_of(&snapshot.rope, range, context.features.encoding);
    let touches = |span: Span| span.start <= wanted.end && wanted.start <= span.end;
    let mut names: Vec<String> = Vec::new();
    for (i, figure) in analysis.figures.iter().enumerate() {
        let Some(attribution) = &figure.attribution else {
            continue;
        };
        if !figure.is_claim()
            || !matches!(attribution.grade, Grade::Named)
            || analysis.listed.get(i).copied().flatten().is_some()
            || !(touches(figure.span) || touches(attribution.source_span))
        {
            continue;
        }
        let name = in_running_text(attribution.source.trim());
        if name.is_empty() || names.iter().any(|n| name_words(n) == name_words(&name)) {
            continue;
        }
        names.push(name);
    }
    names
        .into_iter()
        .take(3)
        .filter_map(|name| {
            let entry = format!("{{\"name\": {}}}", project_edit::json_string(&name));
            let edit = project_file_edit(context, "sources", &entry)?;
            Some(action(
                format!("Add \"{name}\" to the source list"),
                edit,
                None,
            ))
        })
        .collect()
}

/// "The ministry" opening a sentence is "the ministry" in a list.
fn in_running_text(source: &str) -> String {
    for article in ["The ", "A ", "An "] {
        if let Some(rest) = source.strip_prefix(article) {
            return format!("{}{rest}", article.to_lowercase());
        }
    }
    source.to_string()
}
