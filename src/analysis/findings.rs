//! Findings: what copydesk reports about a draft. Each has a stable [`Code`] that is also the
//! configuration key, the diagnostic code, the CLI filter and the README anchor.

use serde::Serialize;

use super::span::Span;

/// The stable identity of a kind of finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Code {
    /// A numeric claim with no source in its sentence or carried over to it.
    UnattributedClaim,
    /// A figure whose interval cannot meet an earlier figure's for the same thing.
    ConflictingFigure,
    /// A claim attributed only to a vague source ("officials said"); off unless the
    /// configuration asks for named sources.
    VagueSource,
}

impl Code {
    /// Every code, in documentation order.
    pub const ALL: [Code; 3] = [
        Code::UnattributedClaim,
        Code::ConflictingFigure,
        Code::VagueSource,
    ];

    /// The code as written in configuration, diagnostics and output.
    pub fn as_str(self) -> &'static str {
        match self {
            Code::UnattributedClaim => "unattributed-claim",
            Code::ConflictingFigure => "conflicting-figure",
            Code::VagueSource => "vague-source",
        }
    }

    /// Parses a code as written; `None` for unknown names.
    pub fn parse(name: &str) -> Option<Code> {
        Code::ALL.into_iter().find(|code| code.as_str() == name)
    }

    /// The severity a finding of this code has unless configured otherwise; `None` is off.
    pub fn default_severity(self) -> Option<Severity> {
        match self {
            Code::UnattributedClaim | Code::ConflictingFigure => Some(Severity::Warning),
            Code::VagueSource => None,
        }
    }

    /// The README anchor documenting this code.
    pub fn doc_url(self) -> String {
        format!(
            "https://github.com/copydesk/copydesk/blob/main/README.md#{}",
            self.as_str()
        )
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How loudly a finding is reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Information,
    Hint,
}

impl Severity {
    /// The severity as written in configuration and output.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Information => "information",
            Severity::Hint => "hint",
        }
    }

    /// Parses "error", "warning", "information" (or "info") and "hint".
    pub fn parse(name: &str) -> Option<Severity> {
        match name {
            "error" => Some(Severity::Error),
            "warning" => Some(Severity::Warning),
            "information" | "info" => Some(Severity::Information),
            "hint" => Some(Severity::Hint),
            _ => None,
        }
    }
}

/// A place in the draft a finding points to besides its own span.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Related {
    pub span: Span,
    pub message: String,
}

/// What a quick-fix needs, computed by the engine so adapters never re-run it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "fix", rename_all = "kebab-case")]
pub enum Fix {
    /// Insert `, according to X` at `insert_at` (the end of the claim's clause, before its
    /// closing punctuation, inside or outside closing quotes as the sentence's style has it).
    Attribute {
        insert_at: usize,
        /// Sources cited in the draft, nearest first, as written.
        candidates: Vec<String>,
    },
    /// Replace the numeral at `replace` with `with`, the earlier figure's numeral.
    UseEarlier { replace: Span, with: String },
}

/// One thing copydesk reports.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    pub code: Code,
    pub severity: Severity,
    /// What is underlined.
    pub span: Span,
    /// Index of the figure in [`super::Analysis::figures`] the finding is about.
    pub figure: usize,
    /// A sentence a journalist understands.
    pub message: String,
    /// Other places that matter (the earlier figure of a conflict).
    pub related: Vec<Related>,
    /// What a quick-fix needs.
    pub fix: Option<Fix>,
}

/// Builds the findings for a draft, capped at the configured maximum; returns them and the
/// number dropped by the cap.
pub fn collect(
    text: &str,
    _index: &super::LineIndex,
    _prose: &super::prose::Prose<'_>,
    figures: &[super::Figure],
    _ledger: &super::ledger::Ledger,
    _sources: &[super::CitedSource],
    config: &super::Config,
) -> (Vec<Finding>, usize) {
    let mut out = Vec::new();
    if let Some(severity) = config.severity_of(Code::UnattributedClaim) {
        for (i, f) in figures.iter().enumerate() {
            if f.is_claim() && f.attribution.is_none() {
                out.push(Finding {
                    code: Code::UnattributedClaim,
                    severity,
                    span: f.span,
                    figure: i,
                    message: format!("\"{}\" has no attribution: who says so?", f.span.of(text)),
                    related: Vec::new(),
                    fix: None,
                });
            }
        }
    }
    let dropped = out.len().saturating_sub(config.max_diagnostics);
    out.truncate(config.max_diagnostics);
    (out, dropped)
}
