//! The engine's findings as protocol diagnostics: range in the negotiated encoding,
//! severity, `source: "copydesk"`, the stable code with a link to its documentation,
//! and related places (the earlier figure of a conflict). No `data`: a quick-fix is built
//! from the server's latest analysis, which [`finding_shown`] matches the client's diagnostic
//! to (see [`super::actions`]).

use std::sync::OnceLock;

use ropey::Rope;
use serde::Serialize;
use tower_lsp_server::ls_types::{Diagnostic, DiagnosticSeverity, NumberOrString, Range, Uri};

use super::desk::CrossFinding;
use super::outgoing::publish_diagnostics_frame;
use super::position::{Encoding, PositionTable, range_of};
use crate::analysis::{Analysis, Code, Finding, Severity};

/// The `source` of every diagnostic this server publishes.
pub const SOURCE: &str = "copydesk";

/// The `textDocument/publishDiagnostics` frame for `analysis` of `text`, version `version` of
/// the document at `uri`: the same JSON as the protocol types would make (the tests hold it to
/// `typed::build`), written straight from the findings (no protocol objects, no copies of
/// their messages), since it is made on every keystroke for every finding of the draft.
pub fn publication(
    uri: &Uri,
    text: &str,
    analysis: &Analysis,
    version: i32,
    encoding: Encoding,
    cross: &[CrossFinding],
) -> Option<Vec<u8>> {
    let positions = positions(text, analysis, encoding, cross);
    // About what each diagnostic takes as JSON: its message and related places, and some 300
    // bytes of range, code, link and source.
    let size = analysis
        .findings
        .iter()
        .map(|f| {
            let related = f
                .related
                .iter()
                .map(|r| r.message.len() + uri.as_str().len() + 130);
            f.message.len() + 300 + related.sum::<usize>()
        })
        .sum::<usize>()
        + cross
            .iter()
            .map(|c| c.message.len() + c.related.len() + c.uri.as_str().len() + 430)
            .sum::<usize>();
    let wire: Vec<Wire<'_>> = analysis
        .findings
        .iter()
        .map(|finding| Wire {
            range: positions.range(finding.span),
            severity: severity(finding.severity),
            code: finding.code.as_str(),
            code_description: Href {
                href: doc_url(finding.code),
            },
            source: SOURCE,
            message: &finding.message,
            related_information: finding
                .related
                .iter()
                .map(|related| WireRelated {
                    location: WireLocation {
                        uri,
                        range: positions.range(related.span),
                    },
                    message: &related.message,
                })
                .collect(),
        })
        .chain(cross.iter().map(|c| Wire {
            range: positions.range(c.span),
            severity: severity(c.severity),
            code: Code::ConflictingFigure.as_str(),
            code_description: Href {
                href: doc_url(Code::ConflictingFigure),
            },
            source: SOURCE,
            message: &c.message,
            related_information: vec![WireRelated {
                location: WireLocation {
                    uri: &c.uri,
                    range: c.range,
                },
                message: &c.related,
            }],
        }))
        .collect();
    publish_diagnostics_frame(uri, wire.as_slice(), Some(version), size)
}

/// The positions of every finding's and related place's ends.
fn positions(
    text: &str,
    analysis: &Analysis,
    encoding: Encoding,
    cross: &[CrossFinding],
) -> PositionTable {
    let spans = analysis
        .findings
        .iter()
        .flat_map(|f| std::iter::once(f.span).chain(f.related.iter().map(|r| r.span)))
        .chain(cross.iter().map(|c| c.span));
    PositionTable::new(text, spans.flat_map(|s| [s.start, s.end]), encoding)
}

/// A diagnostic as [`Diagnostic`] serialises, borrowed from its finding: the fields in the
/// same order, the same ones left out.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Wire<'a> {
    range: Range,
    severity: DiagnosticSeverity,
    code: &'static str,
    code_description: Href,
    source: &'static str,
    message: &'a str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_information: Vec<WireRelated<'a>>,
}

#[derive(Serialize)]
struct Href {
    href: &'static str,
}

#[derive(Serialize)]
struct WireRelated<'a> {
    location: WireLocation<'a>,
    message: &'a str,
}

#[derive(Serialize)]
struct WireLocation<'a> {
    uri: &'a Uri,
    range: Range,
}

/// The documentation link of `code`, made once per code.
fn doc_url(code: Code) -> &'static str {
    static URLS: OnceLock<Vec<(Code, String)>> = OnceLock::new();
    let urls = URLS.get_or_init(|| Code::ALL.iter().map(|&c| (c, c.doc_url())).collect());
    urls.iter()
        .find(|(c, _)| *c == code)
        .map_or("", |(_, url)| url.as_str())
}

/// The finding of `analysis` (of the text in `rope`) that the client's `diagnostic` shows:
/// same code, same range, same message. `None` for another server's diagnostic, or one the
/// text no longer has (the client shows it where an earlier version had it).
pub fn finding_shown<'a>(
    analysis: &'a Analysis,
    rope: &Rope,
    encoding: Encoding,
    diagnostic: &Diagnostic,
) -> Option<&'a Finding> {
    if diagnostic.source.as_deref() != Some(SOURCE) {
        return None;
    }
    let Some(NumberOrString::String(code)) = &diagnostic.code else {
        return None;
    };
    let code = Code::parse(code)?;
    analysis.findings.iter().find(|finding| {
        finding.code == code
            && finding.message == diagnostic.message
            && range_of(rope, finding.span, encoding) == diagnostic.range
    })
}

fn severity(severity: Severity) -> DiagnosticSeverity {
    match severity {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Information => DiagnosticSeverity::INFORMATION,
        Severity::Hint => DiagnosticSeverity::HINT,
    }
}

/// The plain way to the same diagnostics, as protocol types: the reference [`publication`] is
/// held to in tests.
#[cfg(test)]
pub mod typed {
    use tower_lsp_server::ls_types::{
        CodeDescription, Diagnostic, DiagnosticRelatedInformation, Location, NumberOrString, Uri,
    };

    use super::{PositionTable, SOURCE, doc_url, positions, severity};
    use crate::analysis::{Analysis, Code, Finding};
    use crate::lsp::position::Encoding;

    /// The diagnostics for `analysis` of `text` (the document at `uri`), as protocol types: what
    /// [`super::publication`] writes, built the plain way, for tests to hold it to.
    pub fn build(
        uri: &Uri,
        text: &str,
        analysis: &Analysis,
        encoding: Encoding,
    ) -> Vec<Diagnostic> {
        let positions = positions(text, analysis, encoding, &[]);
        analysis
            .findings
            .iter()
            .map(|finding| diagnostic(uri, &positions, finding))
            .collect()
    }

    fn diagnostic(uri: &Uri, positions: &PositionTable, finding: &Finding) -> Diagnostic {
        let related: Vec<DiagnosticRelatedInformation> = finding
            .related
            .iter()
            .map(|related| DiagnosticRelatedInformation {
                location: Location::new(uri.clone(), positions.range(related.span)),
                message: related.message.clone(),
            })
            .collect();
        Diagnostic {
            range: positions.range(finding.span),
            severity: Some(severity(finding.severity)),
            code: Some(NumberOrString::String(finding.code.as_str().to_string())),
            code_description: code_description(finding.code),
            source: Some(SOURCE.to_string()),
            message: finding.message.clone(),
            related_information: (!related.is_empty()).then_some(related),
            tags: None,
            data: None,
        }
    }

    fn code_description(code: Code) -> Option<CodeDescription> {
        doc_url(code)
            .parse::<Uri>()
            .ok()
            .map(|href| CodeDescription { href })
    }
}

#[cfg(test)]
pub use typed::build;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Related, Span};

    fn uri() -> Uri {
        "file:///draft.txt"
            .parse()
            .unwrap_or_else(|_| unreachable!("a valid URI"))
    }

    fn finding(text: &str, figure: &str, code: Code) -> Finding {
        let start = text.find(figure).unwrap_or(0);
        Finding {
            code,
            severity: Severity::Warning,
            span: Span::new(start, start + figure.len()),
            figure: 0,
            message: format!("\"{figure}\" has no attribution: who says so?"),
            related: Vec::new(),
            class: None,
            class_rule: None,
        }
    }

    #[test]
    fn diagnostics_carry_source_code_link_and_utf16_range() {
        let text = "“Quoted” 😀 東京 held 300 tanks.";
        let analysis = Analysis {
            findings: vec![finding(text, "300 tanks", Code::UnattributedClaim)],
            ..Analysis::default()
        };
        let diagnostics = build(&uri(), text, &analysis, Encoding::Utf16);
        let d = &diagnostics[0];
        assert_eq!(d.source.as_deref(), Some("copydesk"));
        assert_eq!(
            d.code,
            Some(NumberOrString::String("unattributed-claim".into()))
        );
        assert_eq!(d.severity, Some(DiagnosticSeverity::WARNING));
        assert!(
            d.code_description
                .as_ref()
                .is_some_and(|c| c.href.as_str().ends_with("#unattributed-claim"))
        );
        // “Quoted” (8) + space + 😀 (2) + space + 東京 (2) + " held " (6) = 20 UTF-16 units.
        assert_eq!((d.range.start.character, d.range.end.character), (20, 29));
        assert!(
            d.data.is_none(),
            "fixes come from the analysis, not the diagnostic"
        );
    }

    #[test]
    fn conflicts_point_at_the_earlier_figure_and_map_back_to_their_finding() {
        let text = "Ukraine said 14,400 soldiers died.\nLater it said 9,000 soldiers died.";
        let mut conflict = finding(text, "9,000 soldiers", Code::ConflictingFigure);
        let earlier = text.find("14,400").unwrap_or(0);
        conflict.related = vec![Related {
            span: Span::new(earlier, earlier + 6),
            message: "the earlier figure".into(),
        }];
        let analysis = Analysis {
            findings: vec![conflict],
            ..Analysis::default()
        };
        let rope = Rope::from_str(text);
        let diagnostics = build(&uri(), text, &analysis, Encoding::Utf8);
        let related = diagnostics[0]
            .related_information
            .as_deref()
            .unwrap_or_default();
        assert_eq!(related.len(), 1);
        assert_eq!(related[0].location.range.start.character, 13);
        let shown = finding_shown(&analysis, &rope, Encoding::Utf8, &diagnostics[0]);
        assert_eq!(shown.map(|f| f.span), Some(analysis.findings[0].span));
        // Where an earlier version had it, or with another message or source: not this one.
        let mut moved = diagnostics[0].clone();
        moved.range.start.character -= 1;
        let mut reworded = diagnostics[0].clone();
        reworded.message.push('!');
        let mut foreign = diagnostics[0].clone();
        foreign.source = Some("spell".into());
        for other in [moved, reworded, foreign] {
            assert!(finding_shown(&analysis, &rope, Encoding::Utf8, &other).is_none());
        }
    }

    #[test]
    fn the_publication_is_what_the_protocol_types_serialise_to() {
        // Conflicts (related places), every encoding, CRLF, emoji, CJK and curly quotes.
        let text = "The ministry said 14,400 soldiers died. 😀\r\n\r\n“東京” Russia lost 300 \
                    tanks.\r\n\r\nLater it said 9,000 soldiers died, the ministry said.\n";
        let analysis = crate::analysis::analyze(
            text,
            crate::analysis::Format::PlainText,
            &crate::analysis::Config::default(),
        );
        assert!(analysis.findings.iter().any(|f| !f.related.is_empty()));
        for encoding in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
            let params = tower_lsp_server::ls_types::PublishDiagnosticsParams::new(
                uri(),
                build(&uri(), text, &analysis, encoding),
                Some(9),
            );
            let body = format!(
                "{{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/publishDiagnostics\",\"params\":{}}}",
                serde_json::to_string(&params).unwrap_or_default()
            );
            let frame = publication(&uri(), text, &analysis, 9, encoding, &[]).unwrap_or_default();
            let expected = format!("Content-Length: {}\r\n\r\n{body}", body.len());
            assert_eq!(String::from_utf8_lossy(&frame), expected, "{encoding:?}");
            // And the ranges are the rope's.
            let rope = Rope::from_str(text);
            for (d, f) in params.diagnostics.iter().zip(&analysis.findings) {
                assert_eq!(d.range, range_of(&rope, f.span, encoding));
            }
        }
    }
}
