//! The engine's findings as protocol diagnostics: range in the negotiated encoding,
//! severity, `source: "copydesk"`, the stable code with a link to its documentation,
//! and related places (the earlier figure of a conflict). No `data`: a quick-fix is built
//! from the server's latest analysis, which [`finding_shown`] matches the client's diagnostic
//! to (see [`super::actions`]).

use std::sync::OnceLock;

use ropey::Rope;
use tower_lsp_server::ls_types::{Diagnostic, DiagnosticSeverity, NumberOrString, Range, Uri};

use super::desk::CrossFinding;
use super::outgoing::frame;
use super::position::{Encoding, PositionTable, range_of};
use crate::analysis::{Analysis, Code, Finding, Severity};
use crate::json_out::JsonOut;

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
    let mut out = JsonOut::with_capacity(size + 200);
    out.raw(r#"{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"#);
    out.string(uri.as_str());
    out.raw(r#","diagnostics":["#);
    let mut first = true;
    for finding in &analysis.findings {
        let related = finding.related.iter().map(|related| Related {
            uri,
            range: positions.range(related.span),
            message: &related.message,
        });
        let diagnostic = Wire {
            range: positions.range(finding.span),
            severity: severity(finding.severity),
            code: finding.code,
            message: &finding.message,
        };
        diagnostic.write(&mut out, related, &mut first);
    }
    for c in cross {
        let related = std::iter::once(Related {
            uri: &c.uri,
            range: c.range,
            message: &c.related,
        });
        let diagnostic = Wire {
            range: positions.range(c.span),
            severity: severity(c.severity),
            code: Code::ConflictingFigure,
            message: &c.message,
        };
        diagnostic.write(&mut out, related, &mut first);
    }
    out.raw(r#"],"version":"#);
    out.int(i64::from(version));
    out.raw("}}");
    Some(frame(&out.buf))
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

/// A diagnostic as [`Diagnostic`] serialises, borrowed from its finding: written with the
/// fields in the same order and the same ones left out (`tests` hold it to serde's output).
struct Wire<'a> {
    range: Range,
    severity: DiagnosticSeverity,
    code: Code,
    message: &'a str,
}

/// One of a diagnostic's related places.
struct Related<'a> {
    uri: &'a Uri,
    range: Range,
    message: &'a str,
}

impl Wire<'_> {
    /// Appends the diagnostic, after a comma unless it is the `first`.
    fn write<'r>(
        &self,
        out: &mut JsonOut,
        related: impl Iterator<Item = Related<'r>>,
        first: &mut bool,
    ) {
        if !std::mem::take(first) {
            out.raw(",");
        }
        out.raw(r#"{"range":"#);
        write_range(out, self.range);
        out.raw(r#","severity":"#);
        out.raw(severity_number(self.severity));
        out.raw(r#","code":"#);
        out.string(self.code.as_str());
        out.raw(r#","codeDescription":{"href":"#);
        out.string(doc_url(self.code));
        out.raw(r#"},"source":"#);
        out.string(SOURCE);
        out.raw(r#","message":"#);
        out.string(self.message);
        let mut opened = false;
        for place in related {
            out.raw(if opened {
                ","
            } else {
                r#","relatedInformation":["#
            });
            opened = true;
            out.raw(r#"{"location":{"uri":"#);
            out.string(place.uri.as_str());
            out.raw(r#","range":"#);
            write_range(out, place.range);
            out.raw(r#"},"message":"#);
            out.string(place.message);
            out.raw("}");
        }
        if opened {
            out.raw("]");
        }
        out.raw("}");
    }
}

fn write_range(out: &mut JsonOut, range: Range) {
    out.raw(r#"{"start":{"line":"#);
    out.uint(range.start.line.into());
    out.raw(r#","character":"#);
    out.uint(range.start.character.into());
    out.raw(r#"},"end":{"line":"#);
    out.uint(range.end.line.into());
    out.raw(r#","character":"#);
    out.uint(range.end.character.into());
    out.raw("}}");
}

/// A severity as the protocol numbers it.
fn severity_number(severity: DiagnosticSeverity) -> &'static str {
    match severity {
        DiagnosticSeverity::ERROR => "1",
        DiagnosticSeverity::WARNING => "2",
        DiagnosticSeverity::INFORMATION => "3",
        _ => "4",
    }
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
