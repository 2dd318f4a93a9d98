//! Quick-fixes from a diagnostic's `data`: "Attribute to X" (inserting `, according to X`
//! where the engine says the clause ends) and "Use the earlier figure (14,400)" on a
//! conflict. The engine computed the fix when it analysed the draft; here it is only
//! re-checked against the current text and turned into an edit, so a code action never
//! re-runs the engine.
//!
//! The data holds the engine's [`Fix`] as the engine serialises it (byte offsets into the
//! version analysed), plus the text from the figure to the edit (the anchor). If the text has
//! moved since, the anchor is looked for where the client now shows the diagnostic; if it is
//! not there intact, the fix is stale and no action is offered.

use std::collections::HashMap;

use ropey::Rope;
use serde::{Deserialize, Serialize};
use tower_lsp_server::ls_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, Diagnostic, DocumentChanges, OneOf,
    OptionalVersionedTextDocumentIdentifier, TextDocumentEdit, TextEdit, Uri, WorkspaceEdit,
};

use super::diagnostics::SOURCE;
use super::position::{Encoding, byte_at, range_of};
use crate::analysis::{Finding, Fix, Span};

/// At most this many "Attribute to X" actions per diagnostic: the draft's own sources, then
/// the source list's.
const MAX_ATTRIBUTIONS: usize = crate::analysis::source_list::MAX_CANDIDATES;

/// What a diagnostic's `data` carries for its quick-fixes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QuickFixData {
    /// The document version the engine analysed.
    pub version: i32,
    /// Where the figure started in that version (the diagnostic's start).
    pub figure_start: usize,
    /// The bytes from the start of the figure or the edit, whichever comes first, to the end
    /// of whichever ends last, in that version; and their text, to re-check against.
    pub anchor_start: usize,
    pub anchor_text: String,
    /// The engine's [`Fix`], serialised as the engine does.
    pub fix: serde_json::Value,
}

/// The engine's [`Fix`] read back from `data` (the engine's types serialise only); turned
/// straight back into a [`Fix`], so the edits are the engine's own.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(tag = "fix", rename_all = "kebab-case")]
enum StoredFix {
    Attribute {
        insert_at: usize,
        replace_end: usize,
        prefix: String,
        suffix: String,
        candidates: Vec<String>,
    },
    UseEarlier {
        replace: StoredSpan,
        with: String,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
struct StoredSpan {
    start: usize,
    end: usize,
}

impl From<StoredFix> for Fix {
    fn from(stored: StoredFix) -> Fix {
        match stored {
            StoredFix::Attribute {
                insert_at,
                replace_end,
                prefix,
                suffix,
                candidates,
            } => Fix::Attribute {
                insert_at,
                replace_end,
                prefix,
                suffix,
                candidates,
            },
            StoredFix::UseEarlier { replace, with } => Fix::UseEarlier {
                replace: Span::new(replace.start, replace.end),
                with,
            },
        }
    }
}

/// The bytes a fix rewrites.
fn edited_span(fix: &Fix) -> Span {
    match fix {
        Fix::Attribute {
            insert_at,
            replace_end,
            ..
        } => Span::new(*insert_at, (*replace_end).max(*insert_at)),
        Fix::UseEarlier { replace, .. } => *replace,
    }
}

impl QuickFixData {
    /// The data for a finding with a fix, computed on `text` (version `version`).
    pub fn for_finding(finding: &Finding, text: &str, version: i32) -> Option<QuickFixData> {
        let fix = finding.fix.as_ref()?;
        let edit = edited_span(fix);
        let anchor = Span::new(
            finding.span.start.min(edit.start),
            finding.span.end.max(edit.end),
        );
        Some(QuickFixData {
            version,
            figure_start: finding.span.start,
            anchor_start: anchor.start,
            anchor_text: text.get(anchor.start..anchor.end)?.to_string(),
            fix: serde_json::to_value(fix).ok()?,
        })
    }
}

/// The document a code action edits: its text now, its version and URI.
pub struct Target<'a> {
    pub uri: &'a Uri,
    pub rope: &'a Rope,
    pub version: i32,
    pub encoding: Encoding,
    /// The client takes versioned `documentChanges` (else plain `changes`).
    pub document_changes: bool,
}

/// The quick-fixes for the client's copydesk diagnostics.
pub fn quick_fixes(target: &Target<'_>, diagnostics: &[Diagnostic]) -> Vec<CodeActionOrCommand> {
    diagnostics
        .iter()
        .filter(|d| d.source.as_deref() == Some(SOURCE))
        .flat_map(|d| fixes_for(target, d))
        .map(CodeActionOrCommand::CodeAction)
        .collect()
}

fn fixes_for(target: &Target<'_>, diagnostic: &Diagnostic) -> Vec<CodeAction> {
    let Some(data) = diagnostic
        .data
        .clone()
        .and_then(|value| serde_json::from_value::<QuickFixData>(value).ok())
    else {
        return Vec::new();
    };
    let Ok(fix) = serde_json::from_value::<StoredFix>(data.fix.clone()) else {
        return Vec::new();
    };
    let Some(shift) = find_anchor(target, diagnostic, &data) else {
        return Vec::new();
    };
    let action = |title: String, edit: TextEdit, preferred: bool| CodeAction {
        title,
        kind: Some(CodeActionKind::QUICKFIX),
        diagnostics: Some(vec![diagnostic.clone()]),
        edit: Some(workspace_edit(target, edit)),
        command: None,
        is_preferred: preferred.then_some(true),
        disabled: None,
        data: None,
    };
    let moved = |span: Span| {
        range_of(
            target.rope,
            Span::new(shift(span.start), shift(span.end)),
            target.encoding,
        )
    };
    match Fix::from(fix) {
        fix @ Fix::Attribute { .. } => {
            let Fix::Attribute { candidates, .. } = &fix else {
                return Vec::new();
            };
            let only_one = candidates.len() == 1;
            candidates
                .iter()
                .filter(|source| !source.trim().is_empty())
                .take(MAX_ATTRIBUTIONS)
                .filter_map(|source| {
                    let (span, text) = fix.attribution_edit(source)?;
                    let edit = TextEdit::new(moved(span), text);
                    Some(action(format!("Attribute to {source}"), edit, only_one))
                })
                .collect()
        }
        Fix::UseEarlier { replace, with } => {
            let edit = TextEdit::new(moved(replace), with.clone());
            vec![action(
                format!("Use the earlier figure ({with})"),
                edit,
                false,
            )]
        }
    }
}

/// Where the anchor is in the current text: as analysed, or moved to where the client now
/// shows the diagnostic. Returns how to move the data's offsets into the current text.
fn find_anchor(
    target: &Target<'_>,
    diagnostic: &Diagnostic,
    data: &QuickFixData,
) -> Option<impl Fn(usize) -> usize + use<>> {
    let shown_at = byte_at(target.rope, diagnostic.range.start, target.encoding);
    let moved = shown_at as i64 - data.figure_start as i64;
    [moved, 0].into_iter().find_map(|delta| {
        let start = usize::try_from(data.anchor_start as i64 + delta).ok()?;
        let slice = target
            .rope
            .get_byte_slice(start..start.checked_add(data.anchor_text.len())?)?;
        (slice == data.anchor_text.as_str()).then_some(move |offset: usize| {
            usize::try_from(offset as i64 + delta).unwrap_or(offset)
        })
    })
}

fn workspace_edit(target: &Target<'_>, edit: TextEdit) -> WorkspaceEdit {
    if target.document_changes {
        WorkspaceEdit {
            document_changes: Some(DocumentChanges::Edits(vec![TextDocumentEdit {
                text_document: OptionalVersionedTextDocumentIdentifier {
                    uri: target.uri.clone(),
                    version: Some(target.version),
                },
                edits: vec![OneOf::Left(edit)],
            }])),
            ..WorkspaceEdit::default()
        }
    } else {
        WorkspaceEdit::new(HashMap::from([(target.uri.clone(), vec![edit])]))
    }
}

/// True when a code action request's `only` filter admits quick-fixes (kinds are
/// hierarchical: the empty kind admits everything).
pub fn wants_quick_fixes(only: Option<&[CodeActionKind]>) -> bool {
    only.is_none_or(|kinds| {
        kinds
            .iter()
            .any(|kind| kind.as_str().is_empty() || kind == &CodeActionKind::QUICKFIX)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Analysis;
    use crate::analysis::{Code, Severity};
    use crate::lsp::diagnostics;

    const TEXT: &str = "Ukraine said 14,400 soldiers died.\n😀 Officials counted 300 tanks.";

    fn uri() -> Uri {
        "file:///draft.txt"
            .parse()
            .unwrap_or_else(|_| unreachable!("a valid URI"))
    }

    fn attribute_finding(text: &str, candidates: &[&str]) -> Finding {
        let start = text.find("300 tanks").unwrap_or(0);
        Finding {
            code: Code::UnattributedClaim,
            severity: Severity::Warning,
            span: Span::new(start, start + 9),
            figure: 0,
            message: "no attribution".into(),
            related: Vec::new(),
            fix: Some(Fix::Attribute {
                insert_at: start + 9,
                replace_end: start + 9,
                prefix: ", ".into(),
                suffix: String::new(),
                candidates: candidates.iter().map(|c| c.to_string()).collect(),
            }),
        }
    }

    fn published(text: &str, finding: Finding, encoding: Encoding) -> Diagnostic {
        let analysis = Analysis {
            findings: vec![finding],
            ..Analysis::default()
        };
        diagnostics::build(&uri(), &Rope::from_str(text), text, &analysis, 1, encoding).remove(0)
    }

    fn apply(text: &str, action: &CodeActionOrCommand, encoding: Encoding) -> String {
        let CodeActionOrCommand::CodeAction(action) = action else {
            return String::new();
        };
        let Some(edit) = &action.edit else {
            return String::new();
        };
        let changes = edit
            .changes
            .as_ref()
            .and_then(|c| c.values().next())
            .cloned();
        let edits: Vec<TextEdit> = match (&edit.document_changes, changes) {
            (Some(DocumentChanges::Edits(e)), _) => e[0]
                .edits
                .iter()
                .filter_map(|e| match e {
                    OneOf::Left(edit) => Some(edit.clone()),
                    OneOf::Right(_) => None,
                })
                .collect(),
            (_, Some(edits)) => edits,
            _ => Vec::new(),
        };
        let rope = Rope::from_str(text);
        let mut out = text.to_string();
        for edit in edits.iter().rev() {
            let start = byte_at(&rope, edit.range.start, encoding);
            let end = byte_at(&rope, edit.range.end, encoding);
            out.replace_range(start..end, &edit.new_text);
        }
        out
    }

    fn target<'a>(
        rope: &'a Rope,
        uri: &'a Uri,
        encoding: Encoding,
        document_changes: bool,
    ) -> Target<'a> {
        Target {
            uri,
            rope,
            version: 7,
            encoding,
            document_changes,
        }
    }

    #[test]
    fn one_candidate_is_preferred_and_inserts_according_to() {
        for encoding in [Encoding::Utf8, Encoding::Utf16] {
            let diagnostic = published(TEXT, attribute_finding(TEXT, &["Ukraine"]), encoding);
            let (rope, uri) = (Rope::from_str(TEXT), uri());
            let actions = quick_fixes(&target(&rope, &uri, encoding, true), &[diagnostic]);
            assert_eq!(actions.len(), 1);
            let CodeActionOrCommand::CodeAction(action) = &actions[0] else {
                unreachable!()
            };
            assert_eq!(action.title, "Attribute to Ukraine");
            assert_eq!(action.is_preferred, Some(true));
            assert_eq!(action.kind, Some(CodeActionKind::QUICKFIX));
            assert!(
                apply(TEXT, &actions[0], encoding).ends_with("300 tanks, according to Ukraine.")
            );
        }
    }

    #[test]
    fn at_most_eight_candidates_none_preferred() {
        let names = ["A", "B", "C", "D", "E", "F", "G", "H", "I"];
        let diagnostic = published(TEXT, attribute_finding(TEXT, &names), Encoding::Utf16);
        let (rope, uri) = (Rope::from_str(TEXT), uri());
        let actions = quick_fixes(&target(&rope, &uri, Encoding::Utf16, false), &[diagnostic]);
        let titles: Vec<String> = actions
            .iter()
            .filter_map(|a| match a {
                CodeActionOrCommand::CodeAction(a) => Some(a.title.clone()),
                CodeActionOrCommand::Command(_) => None,
            })
            .collect();
        assert_eq!(
            titles,
            [
                "Attribute to A",
                "Attribute to B",
                "Attribute to C",
                "Attribute to D",
                "Attribute to E",
                "Attribute to F",
                "Attribute to G",
                "Attribute to H"
            ]
        );
        assert!(
            actions.iter().all(
                |a| matches!(a, CodeActionOrCommand::CodeAction(a) if a.is_preferred.is_none())
            )
        );
    }

    #[test]
    fn the_fix_follows_text_that_moved() {
        let diagnostic = published(TEXT, attribute_finding(TEXT, &["Ukraine"]), Encoding::Utf16);
        let moved = format!("New first line “quoted” 東京.\n{TEXT}");
        let mut shown = diagnostic.clone();
        shown.range.start.line += 1;
        shown.range.end.line += 1;
        let (rope, uri) = (Rope::from_str(&moved), uri());
        let actions = quick_fixes(&target(&rope, &uri, Encoding::Utf16, true), &[shown]);
        assert_eq!(actions.len(), 1);
        assert!(
            apply(&moved, &actions[0], Encoding::Utf16)
                .ends_with("300 tanks, according to Ukraine.")
        );
    }

    #[test]
    fn a_changed_clause_gets_no_fix() {
        let diagnostic = published(TEXT, attribute_finding(TEXT, &["Ukraine"]), Encoding::Utf16);
        let edited = TEXT.replace("300 tanks", "310 tanks");
        let (rope, uri) = (Rope::from_str(&edited), uri());
        assert!(quick_fixes(&target(&rope, &uri, Encoding::Utf16, true), &[diagnostic]).is_empty());
    }

    #[test]
    fn use_earlier_replaces_the_numeral_and_is_not_preferred() {
        let text = "Ukraine said 14,400 soldiers died.\nIt later said 9,000 soldiers died.";
        let start = text.find("9,000").unwrap_or(0);
        let finding = Finding {
            code: Code::ConflictingFigure,
            severity: Severity::Warning,
            span: Span::new(start, start + 14),
            figure: 1,
            message: "conflict".into(),
            related: Vec::new(),
            fix: Some(Fix::UseEarlier {
                replace: Span::new(start, start + 5),
                with: "14,400".into(),
            }),
        };
        let diagnostic = published(text, finding, Encoding::Utf8);
        let (rope, uri) = (Rope::from_str(text), uri());
        let actions = quick_fixes(&target(&rope, &uri, Encoding::Utf8, false), &[diagnostic]);
        let CodeActionOrCommand::CodeAction(action) = &actions[0] else {
            unreachable!()
        };
        assert_eq!(action.title, "Use the earlier figure (14,400)");
        assert_eq!(action.is_preferred, None);
        assert!(
            apply(text, &actions[0], Encoding::Utf8)
                .ends_with("It later said 14,400 soldiers died.")
        );
    }

    #[test]
    fn the_stored_fix_reads_back_what_the_engine_wrote() {
        let fixes = [
            Fix::Attribute {
                insert_at: 12,
                replace_end: 13,
                prefix: ", ".into(),
                suffix: ".".into(),
                candidates: vec!["the UN".into()],
            },
            Fix::UseEarlier {
                replace: Span::new(3, 8),
                with: "14,400".into(),
            },
        ];
        for fix in fixes {
            let read = serde_json::to_value(&fix)
                .ok()
                .and_then(|v| serde_json::from_value::<StoredFix>(v).ok())
                .map(Fix::from);
            assert_eq!(read, Some(fix));
        }
    }

    #[test]
    fn a_full_stop_inside_quotes_moves_after_the_attribution() {
        // The engine's fix for `“... 300 tanks.”`: the full stop inside the quotes becomes a
        // comma and moves after the source.
        let text = "He wrote: “They had 300 tanks.”";
        let start = text.find("300 tanks").unwrap_or(0);
        let stop = start + 9;
        let mut finding = attribute_finding(text, &["Ukraine"]);
        finding.fix = Some(Fix::Attribute {
            insert_at: stop,
            replace_end: text.len(),
            prefix: ",” ".into(),
            suffix: ".".into(),
            candidates: vec!["Ukraine".into()],
        });
        let diagnostic = published(text, finding, Encoding::Utf16);
        let (rope, uri) = (Rope::from_str(text), uri());
        let actions = quick_fixes(&target(&rope, &uri, Encoding::Utf16, true), &[diagnostic]);
        assert_eq!(
            apply(text, &actions[0], Encoding::Utf16),
            "He wrote: “They had 300 tanks,” according to Ukraine."
        );
    }

    #[test]
    fn only_filters_admit_quickfix_and_its_parents() {
        assert!(wants_quick_fixes(None));
        assert!(wants_quick_fixes(Some(&[CodeActionKind::QUICKFIX])));
        assert!(wants_quick_fixes(Some(&[CodeActionKind::EMPTY])));
        assert!(!wants_quick_fixes(Some(&[CodeActionKind::REFACTOR])));
        assert!(!wants_quick_fixes(Some(&[
            CodeActionKind::SOURCE_ORGANIZE_IMPORTS
        ])));
    }
}
