//! Quick-fixes for copydesk's own diagnostics: "Attribute to X" (inserting `, according to X`
//! where the engine says the clause ends) and "Use the earlier figure (14,400)" on a
//! conflict.
//!
//! The fix comes from the server's latest analysis of the text as it stands, not from the
//! diagnostic: a diagnostic carries no `data`. Each keystroke republishes every diagnostic of
//! the draft, and the fixes' data made up over a third of that message on a figure-dense
//! draft (issue 6), while a code action is asked for rarely and its analysis is usually
//! already there. The client's diagnostic is matched to a finding of that analysis by code,
//! range and message ([`super::diagnostics::finding_shown`]); one the text no longer has gets
//! no fix, so an edit is never built from stale offsets.

use std::collections::HashMap;

use ropey::Rope;
use tower_lsp_server::ls_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, Diagnostic, DocumentChanges, OneOf,
    OptionalVersionedTextDocumentIdentifier, TextDocumentEdit, TextEdit, Uri, WorkspaceEdit,
};

use super::diagnostics::{SOURCE, finding_shown};
use super::position::{Encoding, range_of};
use crate::analysis::{Analysis, Config, Fix};

/// At most this many "Attribute to X" actions per diagnostic: the draft's own sources, then
/// the source list's.
const MAX_ATTRIBUTIONS: usize = crate::analysis::findings::source_list::MAX_CANDIDATES;

/// The document a code action edits, as the analysis saw it: its text, version and URI.
pub struct Target<'a> {
    pub uri: &'a Uri,
    pub rope: &'a Rope,
    /// The same text as the rope, for the engine.
    pub text: &'a str,
    /// The configuration the analysis ran under (its source list is offered in fixes).
    pub config: &'a Config,
    pub version: i32,
    pub encoding: Encoding,
    /// The client takes versioned `documentChanges` (else plain `changes`).
    pub document_changes: bool,
}

/// The quick-fixes for the client's copydesk diagnostics, from `analysis` of the target's
/// text (the caller makes sure it is the text as it stands).
pub fn quick_fixes(
    target: &Target<'_>,
    analysis: &Analysis,
    diagnostics: &[Diagnostic],
) -> Vec<CodeActionOrCommand> {
    diagnostics
        .iter()
        .filter(|d| d.source.as_deref() == Some(SOURCE))
        .flat_map(|d| fixes_for(target, analysis, d))
        .map(CodeActionOrCommand::CodeAction)
        .collect()
}

fn fixes_for(target: &Target<'_>, analysis: &Analysis, diagnostic: &Diagnostic) -> Vec<CodeAction> {
    finding_shown(analysis, target.rope, target.encoding, diagnostic)
        .and_then(|finding| crate::analysis::fix(target.text, analysis, finding, target.config))
        .map_or_else(Vec::new, |fix| actions_for(target, diagnostic, &fix))
}

/// The code actions that apply `fix` to the target, for `diagnostic`.
fn actions_for(target: &Target<'_>, diagnostic: &Diagnostic, fix: &Fix) -> Vec<CodeAction> {
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
    let range = |span| range_of(target.rope, span, target.encoding);
    match fix {
        Fix::Attribute { candidates, .. } => {
            let only_one = candidates.len() == 1;
            candidates
                .iter()
                .filter(|source| !source.trim().is_empty())
                .take(MAX_ATTRIBUTIONS)
                .filter_map(|source| {
                    let (span, text) = fix.attribution_edit(source)?;
                    let edit = TextEdit::new(range(span), text);
                    Some(action(format!("Attribute to {source}"), edit, only_one))
                })
                .collect()
        }
        Fix::UseEarlier { replace, with } => {
            let edit = TextEdit::new(range(*replace), with.clone());
            vec![action(
                format!("Use the earlier figure ({with})"),
                edit,
                false,
            )]
        }
    }
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
    use crate::analysis::{Code, Finding, Severity, Span};
    use crate::lsp::diagnostics;
    use crate::lsp::position::byte_at;

    const TEXT: &str = "Ukraine said 14,400 soldiers died.\n😀 Officials counted 300 tanks.";

    fn uri() -> Uri {
        "file:///draft.txt"
            .parse()
            .unwrap_or_else(|_| unreachable!("a valid URI"))
    }

    /// An unattributed "300 tanks" in `text` and the engine's fix offering `candidates`.
    fn attribute_finding(text: &str, candidates: &[&str]) -> (Finding, Fix) {
        let start = text.find("300 tanks").unwrap_or(0);
        let finding = Finding {
            code: Code::UnattributedClaim,
            severity: Severity::Warning,
            span: Span::new(start, start + 9),
            figure: 0,
            message: "no attribution".into(),
            related: Vec::new(),
            class: None,
            class_rule: None,
        };
        let fix = Fix::Attribute {
            insert_at: start + 9,
            replace_end: start + 9,
            prefix: ", ".into(),
            suffix: String::new(),
            candidates: candidates.iter().map(|c| c.to_string()).collect(),
        };
        (finding, fix)
    }

    fn analysis_of(finding: Finding) -> Analysis {
        Analysis {
            findings: vec![finding],
            ..Analysis::default()
        }
    }

    fn published(text: &str, analysis: &Analysis, encoding: Encoding) -> Diagnostic {
        diagnostics::build(&uri(), text, analysis, encoding).remove(0)
    }

    /// The actions that apply `fix` to `finding`, offered on its own diagnostic.
    fn fixes(
        text: &str,
        (finding, fix): (Finding, Fix),
        encoding: Encoding,
        document_changes: bool,
    ) -> Vec<CodeActionOrCommand> {
        let analysis = analysis_of(finding);
        let diagnostic = published(text, &analysis, encoding);
        let (rope, uri, config) = (Rope::from_str(text), uri(), Config::default());
        let target = target(text, &rope, &uri, &config, encoding, document_changes);
        actions_for(&target, &diagnostic, &fix)
            .into_iter()
            .map(CodeActionOrCommand::CodeAction)
            .collect()
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
        text: &'a str,
        rope: &'a Rope,
        uri: &'a Uri,
        config: &'a Config,
        encoding: Encoding,
        document_changes: bool,
    ) -> Target<'a> {
        Target {
            uri,
            rope,
            text,
            config,
            version: 7,
            encoding,
            document_changes,
        }
    }

    #[test]
    fn one_candidate_is_preferred_and_inserts_according_to() {
        for encoding in [Encoding::Utf8, Encoding::Utf16] {
            let actions = fixes(TEXT, attribute_finding(TEXT, &["Ukraine"]), encoding, true);
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
        let actions = fixes(
            TEXT,
            attribute_finding(TEXT, &names),
            Encoding::Utf16,
            false,
        );
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

    /// The engine's analysis of `text` and the client's diagnostic for the figure `figure`.
    fn engine(text: &str, figure: &str) -> (Analysis, Option<Diagnostic>) {
        let analysis = crate::analysis::analyze(
            text,
            crate::analysis::Format::PlainText,
            &crate::analysis::Config::default(),
        );
        let rope = Rope::from_str(text);
        let shown = diagnostics::build(&uri(), text, &analysis, Encoding::Utf16)
            .into_iter()
            .find(|d| {
                let start = byte_at(&rope, d.range.start, Encoding::Utf16);
                text[start..].starts_with(figure)
            });
        (analysis, shown)
    }

    #[test]
    fn the_fix_follows_text_that_moved() {
        // The client moved its diagnostic with the edit; the analysis of the text as it
        // stands has the finding there, and the fix is built on that text.
        let draft = "The ministry said 14,400 soldiers died.\n\n😀 Russia lost 300 tanks in May.";
        let (_, before) = engine(draft, "300 tanks");
        let Some(mut shown) = before else {
            panic!("the engine flags the unattributed tanks")
        };
        let moved = format!("New first line “quoted” 東京.\n{draft}");
        shown.range.start.line += 1;
        shown.range.end.line += 1;
        let (analysis, _) = engine(&moved, "300 tanks");
        let (rope, uri, config) = (Rope::from_str(&moved), uri(), Config::default());
        let target = target(&moved, &rope, &uri, &config, Encoding::Utf16, true);
        let actions = quick_fixes(&target, &analysis, &[shown]);
        assert_eq!(actions.len(), 1, "{actions:?}");
        let fixed = apply(&moved, &actions[0], Encoding::Utf16);
        assert!(
            fixed.ends_with("300 tanks in May, according to the ministry."),
            "{fixed}"
        );
    }

    #[test]
    fn a_diagnostic_the_text_no_longer_has_gets_no_fix() {
        let draft = "The ministry said 14,400 soldiers died.\n\nRussia lost 300 tanks in May.";
        let (_, before) = engine(draft, "300 tanks");
        let Some(shown) = before else {
            panic!("the engine flags the unattributed tanks")
        };
        // The figure was edited (same length, same place) or the line moved under a client
        // that did not move its diagnostic: nothing is offered until the new diagnostics.
        let edited = draft.replace("300 tanks", "310 tanks");
        let moved = format!("A new first line.\n{draft}");
        for text in [edited, moved] {
            let (analysis, _) = engine(&text, "3");
            let (rope, uri, config) = (Rope::from_str(&text), uri(), Config::default());
            let target = target(&text, &rope, &uri, &config, Encoding::Utf16, true);
            let actions = quick_fixes(&target, &analysis, std::slice::from_ref(&shown));
            assert!(actions.is_empty(), "{text}: {actions:?}");
        }
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
            class: None,
            class_rule: None,
        };
        let fix = Fix::UseEarlier {
            replace: Span::new(start, start + 5),
            with: "14,400".into(),
        };
        let actions = fixes(text, (finding, fix), Encoding::Utf8, false);
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
    fn a_full_stop_inside_quotes_moves_after_the_attribution() {
        // The engine's fix for `“... 300 tanks.”`: the full stop inside the quotes becomes a
        // comma and moves after the source.
        let text = "He wrote: “They had 300 tanks.”";
        let start = text.find("300 tanks").unwrap_or(0);
        let stop = start + 9;
        let (finding, _) = attribute_finding(text, &["Ukraine"]);
        let fix = Fix::Attribute {
            insert_at: stop,
            replace_end: text.len(),
            prefix: ",” ".into(),
            suffix: ".".into(),
            candidates: vec!["Ukraine".into()],
        };
        let actions = fixes(text, (finding, fix), Encoding::Utf16, true);
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
